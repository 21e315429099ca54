/**
 * Reads the arguments of an output call (`console.log(…)`, `puts …`) into a "code view":
 * the same characters at the same offsets, but with string literals and comments blanked
 * out and string interpolations (`${…}`, f"{…}", "#{…}", "$var", $"{…}", "\\(…)") kept, as
 * the language record's `stringAt` describes them. A name inside a plain string is then
 * invisible, a name inside an interpolation is not. Bounded: at most MAX_REGION characters
 * are read per call.
 */

import type { Language, StringKind } from './model';

export const MAX_REGION = 1500;

/** Index of the bracket closing the one at `open`, or `limit` when it does not close in time. */
function matching(text: string, open: number, limit: number): number {
  const o = text[open];
  const c = o === '(' ? ')' : o === '[' ? ']' : '}';
  let depth = 0;
  for (let i = open; i < limit; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i;
  }
  return limit;
}

/** Collects the code view in chunks (per-character pushes would dominate on large input). */
class CodeView {
  private readonly chunks: string[] = [];
  /** Last non-blank code character, for line continuation. */
  lastCode = '';
  constructor(private readonly text: string) {}
  keep(from: number, to: number): void {
    if (to <= from) return;
    const piece = this.text.slice(from, to);
    this.chunks.push(piece);
    const trimmed = piece.trimEnd();
    if (trimmed) this.lastCode = trimmed[trimmed.length - 1];
  }
  /** Interpolated code, with string literals nested in it blanked (`${ok ? "password" : ""}`). */
  keepInterpolated(from: number, to: number): void {
    if (to <= from) return;
    this.chunks.push(this.text.slice(from, to).replace(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, m => ' '.repeat(m.length)));
  }

  blank(from: number, to: number): void {
    if (to > from) this.chunks.push(' '.repeat(to - from));
  }
  toString(): string {
    return this.chunks.join('');
  }
}

/**
 * Copies the string literal at `i` into `view`: delimiters and text blanked, interpolated
 * code kept. Returns the index after the literal.
 */
function copyString(text: string, i: number, limit: number, kind: StringKind, view: CodeView): number {
  let j = i + kind.open;
  let blankFrom = i;
  const end = (at: number) => { view.blank(blankFrom, at); return at; };
  while (j < limit) {
    const ch = text[j];
    const embedded = interpolationAt(text, j, limit, kind);
    if (embedded) {
      view.blank(blankFrom, embedded.codeStart);
      view.keepInterpolated(embedded.codeStart, embedded.codeEnd);
      blankFrom = embedded.codeEnd;
      j = embedded.next;
      continue;
    }
    if (kind.escapes && ch === '\\') { j += 2; continue; }
    if (text.startsWith(kind.close, j)) return end(j + kind.close.length);
    if (ch === '\n' && !kind.multiline) return end(j);
    j++;
  }
  return end(Math.min(j, limit));
}

interface Embedded { codeStart: number; codeEnd: number; next: number }

const IDENT_AT = /[A-Za-z_][\w]{0,80}/y;

function identEnd(text: string, at: number): number {
  IDENT_AT.lastIndex = at;
  return IDENT_AT.test(text) ? IDENT_AT.lastIndex : at;
}

/** The interpolation starting at `j` inside a string of `kind`, if any. */
function interpolationAt(text: string, j: number, limit: number, kind: StringKind): Embedded | undefined {
  const two = text.slice(j, j + 2);
  const braced = (openAt: number, codeStart: number): Embedded => {
    const close = matching(text, openAt, limit);
    return { codeStart, codeEnd: close, next: Math.min(limit, close + 1) };
  };
  switch (kind.interp) {
    case 'dollarBrace':
      return two === '${' ? braced(j + 1, j + 2) : undefined;
    case 'brace':
      if (two === '{{' || two === '}}') return { codeStart: j + 2, codeEnd: j + 2, next: j + 2 };
      return text[j] === '{' ? braced(j, j + 1) : undefined;
    case 'hashBrace':
      return two === '#{' ? braced(j + 1, j + 2) : undefined;
    case 'swift':
      return two === '\\(' ? braced(j + 1, j + 2) : undefined;
    case 'php':
      if (two === '{$') return braced(j, j + 1);
      if (text[j] === '$' && /[A-Za-z_]/.test(text[j + 1] ?? '')) {
        let end = identEnd(text, j + 1);
        if (text.startsWith('->', end)) end = identEnd(text, end + 2);
        return { codeStart: j, codeEnd: end, next: end };
      }
      return undefined;
    case 'kotlin':
    case 'shell':
      if (two === '${') return braced(j + 1, j + 2);
      if (kind.interp === 'shell' && two === '$(') return braced(j + 1, j + 2);
      if (text[j] === '$' && /[A-Za-z_]/.test(text[j + 1] ?? '')) {
        const end = identEnd(text, j + 1);
        return { codeStart: j, codeEnd: end, next: end };
      }
      return undefined;
    default:
      return undefined;
  }
}

/** A line comment opens at `i` (Ruby's `#{` outside a string is not one). */
function startsComment(text: string, i: number, lang: Language): boolean {
  const marker = lang.syntax?.line?.find(m => text.startsWith(m, i));
  return !!marker && !(marker === '#' && lang.id === 'ruby' && text[i + 1] === '{');
}

export interface Region {
  /** Offset in the scanned text where the region starts. */
  start: number;
  end: number;
  /** The region's text with strings and comments blanked (same length as `end - start`). */
  code: string;
}

/**
 * Reads the arguments starting at `from`. With `parenthesized` (after a call's `(`) the region
 * ends at the matching `)`; otherwise (`puts …`, `echo …`, `return …`) at the end of the
 * statement: `;`, a line break outside brackets, or an unmatched closing bracket.
 */
export function readRegion(text: string, from: number, lang: Language, parenthesized: boolean): Region {
  const limit = Math.min(text.length, from + MAX_REGION);
  const view = new CodeView(text);
  let depth = 0;
  let i = from;
  let codeFrom = from;
  const flush = () => view.keep(codeFrom, i);
  while (i < limit) {
    const c = text[i];
    const kind = (c === '"' || c === "'" || c === '`') ? lang.stringAt?.(text, i) : undefined;
    if (kind) {
      flush();
      i = copyString(text, i, limit, kind, view);
      codeFrom = i;
      continue;
    }
    const block = c === '/' || c === '<' ? lang.syntax?.block?.find(([open]) => text.startsWith(open, i)) : undefined;
    if (block) {
      // `/* translators: … password … */` between arguments is documentation: blanked, the region goes on.
      flush();
      const close = text.indexOf(block[1], i + block[0].length);
      const stop = close === -1 || close + block[1].length > limit ? limit : close + block[1].length;
      view.blank(i, stop);
      i = codeFrom = stop;
      continue;
    }
    if ((c === '/' || c === '#') && startsComment(text, i, lang)) {
      if (!parenthesized) break;
      flush();
      const e = text.indexOf('\n', i);
      const stop = e === -1 || e > limit ? limit : e;
      view.blank(i, stop);
      i = codeFrom = stop;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (!parenthesized && depth === 0 && (c === ';' || (c === '\n' && !continuesLine(view, text, codeFrom, i)))) break;
    i++;
  }
  flush();
  return { start: from, end: i, code: view.toString() };
}

/** A statement continues on the next line after a trailing operator, comma or backslash. */
function continuesLine(view: CodeView, text: string, codeFrom: number, at: number): boolean {
  const pending = text.slice(codeFrom, at).trimEnd();
  const last = pending ? pending[pending.length - 1] : view.lastCode;
  return last === ',' || last === '+' || last === '\\' || last === '.' || last === '(';
}
