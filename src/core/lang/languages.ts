/**
 * Which language record a file belongs to. Three questions, one table (`records.ts`):
 * - `codeLanguageOf`: the language whose code the checks read (the VS Code id decides, then the extension);
 * - `fixLanguageOf`: the language a fix writes an env lookup in (a file name like `Dockerfile`
 *   decides first, then the id, then other file names (`.bashrc`), then the extension; YAML/properties are refined by their consumer);
 * - `syntaxLanguageOf`: the language whose strings a file is written with (any record with a syntax);
 * - `commentStyleFor` (comments.ts): the comment markers of an ignore comment.
 */

import { baseName, extensionOf, type AssignmentFacts, type Language } from './model';
import { LANGUAGES } from './records';

const BY_ID = new Map(LANGUAGES.map(l => [l.id, l]));
const BY_VSCODE_ID = new Map(LANGUAGES.flatMap(l => (l.vscodeIds ?? []).map(id => [id, l] as const)));
const BY_EXTENSION = new Map(LANGUAGES.flatMap(l => (l.extensions ?? []).map(e => [e, l] as const)));
const NAMED = LANGUAGES.filter(l => l.fileNames);
const REFINING = LANGUAGES.filter(l => l.refinesPath);
const PATHED = LANGUAGES.filter(l => l.filePaths);

export function languageById(id: string): Language | undefined {
  return BY_ID.get(id);
}

export function languageOfVscodeId(languageId: string | undefined): Language | undefined {
  return languageId ? BY_VSCODE_ID.get(languageId) : undefined;
}

export function languageOfExtension(path: string | undefined): Language | undefined {
  return path ? BY_EXTENSION.get(extensionOf(path)) : undefined;
}

/** The record whose file names match the path's base name (`Dockerfile`, `.npmrc`, `.bashrc`), or whose paths match it. */
export function languageOfFileName(path: string | undefined): Language | undefined {
  if (!path) return undefined;
  const base = baseName(path);
  return NAMED.find(l => l.fileNames!.test(base)) ?? PATHED.find(l => l.filePaths!.test(path.replace(/\\/g, '/')));
}

/** The language a record's code is written in (a `.vue` file's scripts are JS). */
function codeOf(l: Language | undefined): Language | undefined {
  return l?.codeAs ? BY_ID.get(l.codeAs) : l;
}

/** The language whose output calls the checks read; the last file is remembered (asked once per window). */
let lastCode: { path?: string; languageId?: string; lang?: Language } = {};

export function codeLanguageOf(path?: string, languageId?: string): Language | undefined {
  if (lastCode.path !== path || lastCode.languageId !== languageId) {
    const byId = codeOf(languageOfVscodeId(languageId));
    lastCode = { path, languageId, lang: byId?.output ? byId : outputLanguage(codeOf(languageOfExtension(path))) };
  }
  return lastCode.lang;
}

/** The language whose strings and comments a file is written with (any record with a tokenizer syntax). */
export function syntaxLanguageOf(path?: string, languageId?: string): Language | undefined {
  const byId = codeOf(languageOfVscodeId(languageId));
  if (byId?.syntax) return byId;
  const byExtension = codeOf(languageOfExtension(path));
  return byExtension?.syntax ? byExtension : undefined;
}

function outputLanguage(l: Language | undefined): Language | undefined {
  return l?.output ? l : undefined;
}

/**
 * The assignment forms a file's language adds to the shared ones (`#define`, `ENV`, R's `<-`): a
 * file name (`Dockerfile`) decides first, then the VS Code id, then the extension.
 */
export function assignmentFactsOf(path?: string, languageId?: string): AssignmentFacts | undefined {
  const l = languageOfFileName(path) ?? languageOfVscodeId(languageId) ?? languageOfExtension(path);
  return l?.assignment;
}

/** The language a fix writes an env lookup in, or undefined when there is no safe lookup (JSON, unknown). */
export function fixLanguageOf(languageId: string, path: string): Language | undefined {
  const named = languageOfFileName(path);
  if (named?.env && named.nameDecides) return named;
  const byExtension = codeOf(languageOfExtension(path));
  const byId = codeOf(languageOfVscodeId(languageId));
  const l = byExtension?.extensionDecides ? byExtension : (byId?.env ? byId : undefined) ?? (named?.env ? named : byExtension);
  if (!l?.env) return undefined;
  return l.id === 'yaml' || l.id === 'properties' || l.refinesPath ? refine(path.replace(/\\/g, '/'), l) : l;
}

/** YAML/properties files whose consumer we know: workflows, Compose, Spring. */
function refine(path: string, fallback: Language): Language {
  return REFINING.find(l => l.refinesPath!.test(path)) ?? fallback;
}
