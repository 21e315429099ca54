/**
 * The output check's view of the language model (`src/core/lang`): the languages whose
 * output calls it reads, by short name, and the code view of a call's arguments.
 */

import { codeLanguageOf, languageById } from '../lang/languages';
import type { StringKind } from '../lang/model';

export { readRegion, MAX_REGION, type Region } from '../lang/codeView';

export type Lang = 'js' | 'python' | 'go' | 'java' | 'kotlin' | 'csharp' | 'ruby' | 'php' | 'shell' | 'swift';

/** The language of a file, when the output check reads it. */
export function langOf(path?: string, languageId?: string): Lang | undefined {
  return codeLanguageOf(path, languageId)?.id as Lang | undefined;
}

/** The string literal starting at `i`, if any (prefix letters are read backwards from a quote). */
export function stringAt(text: string, i: number, lang: Lang): StringKind | undefined {
  return languageById(lang)?.stringAt?.(text, i);
}
