/** Text-edit helpers shared by the planners. */

import type { FileEdit, TextEdit } from './types';

/** Applies non-overlapping edits (any order) to `text`; later offsets are applied first. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.start > e.end || e.end > limit || e.end > text.length) throw new Error('overlapping or out-of-range edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/**
 * Appends lines at the end of a file, first adding the missing final newline.
 * `current === undefined` means the file does not exist: the plan creates it.
 */
export function appendLines(file: FileEdit['file'], current: string | undefined, lines: string[]): FileEdit {
  const eol = current?.includes('\r\n') ? '\r\n' : '\n';
  const body = lines.map(l => l + eol).join('');
  if (current === undefined) return { file, create: true, edits: [{ start: 0, end: 0, newText: body }] };
  const sep = current.length > 0 && !current.endsWith('\n') ? eol : '';
  return { file, edits: [{ start: current.length, end: current.length, newText: sep + body }] };
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line break ending the line holding `offset` (or the text's end). */
export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}

/** Leading spaces/tabs of the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, lineEnd(text, offset)))![0];
}

/** In an HTML-like component file (Vue, Svelte, HTML): the `<script>`/`<style>` section holding `offset`. */
export function enclosingTag(text: string, offset: number): 'script' | 'style' | undefined {
  const before = text.slice(0, offset).toLowerCase();
  for (const tag of ['script', 'style'] as const) {
    if (before.lastIndexOf(`<${tag}`) > before.lastIndexOf(`</${tag}`)) return tag;
  }
  return undefined;
}

/** The line break `text` uses: `\r\n` (Windows), a lone `\r` (classic Mac, no `\n` at all) or `\n`. */
export function lineEndingOf(text: string): '\r\n' | '\r' | '\n' {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** `inserted` with its line breaks turned into the ones `text` uses. */
export function withLineEndingsOf(text: string, inserted: string): string {
  const eol = lineEndingOf(text);
  return eol === '\n' ? inserted : inserted.replace(/\r?\n/g, eol);
}
