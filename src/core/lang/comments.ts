/**
 * Comment syntax of a file, from its language record (`records.ts`): the fixes use it to write
 * an ignore comment, the generic rule to tell a comment (`# previous key: …`) from code.
 */

import { extensionOf, type CommentStyle } from './model';
import { languageOfExtension, languageOfFileName, languageOfVscodeId } from './languages';

export type { CommentStyle } from './model';

/** The comment syntax of a file; C-style `//` is the default for code. JSON has none. */
export function commentStyleFor(path?: string, languageId?: string): CommentStyle | undefined {
  if (languageId === 'json') return undefined;
  const byId = languageOfVscodeId(languageId)?.comment;
  if (byId) return byId;
  const named = languageOfFileName(path)?.comment;
  if (named) return named;
  if (path && extensionOf(path) === 'json') return undefined;
  // C-family languages (JS, TS, Java, C#, Go, Rust, PHP, Swift, Kotlin, …) are the default.
  return languageOfExtension(path)?.comment ?? { line: '//' };
}

/**
 * True when `offset` lies in a whole-line comment: the line starts (after indentation) with
 * the file's line-comment marker, or with `*` / `/*` in a C-style block comment. Comments that
 * follow code on the same line are not recognised (a `#` or `//` inside a string is common).
 */
export function inLineComment(text: string, lineStart: number, offset: number, style: CommentStyle | undefined): boolean {
  if (!style) return false;
  let i = lineStart;
  while (i < offset && (text[i] === ' ' || text[i] === '\t')) i++;
  const markers = style.line ? [style.line] : [];
  if (style.block?.[0] === '/*' || style.line === '//') markers.push('/*', '* ', '*\t');
  const marker = markers.find(m => text.startsWith(m, i) && i + m.length <= offset);
  if (marker === undefined) return false;
  // A block comment closed before the offset (a bundle's `/*! license */` then code) is over.
  const close = marker === '/*' ? '*/' : style.block?.[0] === marker ? style.block[1] : undefined;
  return !(close && text.lastIndexOf(close, offset - close.length) >= i + marker.length);
}
