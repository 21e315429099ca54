/**
 * Reads the arguments of an output call (`console.log(…)`, `puts …`) into a "code view":
 * the same characters at the same offsets, but with string literals and comments blanked
 * out and string interpolations (`${…}`, f"{…}", "#{…}", "$var", $"{…}", "\(…)") kept.
 * A name inside a plain string is then invisible, a name inside an interpolation is not.
 * Bounded: at most MAX_REGION characters are read per call.
 */

export type Lang = 'js' | 'python' | 'go' | 'java' | 'kotlin' | 'csharp' | 'ruby' | 'php' | 'shell' | 'swift';

const BY_LANGUAGE_ID: Record<string, Lang> = {
  javascript: 'js', typescript: 'js', javascriptreact: 'js', typescriptreact: 'js', vue: 'js', svelte: 'js',
  python: 'python', go: 'go', java: 'java', kotlin: 'kotlin', csharp: 'csharp', ruby: 'ruby', php: 'php',
  shellscript: 'shell', swift: 'swift',
};

const BY_EXTENSION: Record<string, Lang> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', vue: 'js', svelte: 'js',
  py: 'python', go: 'go', java: 'java', kt: 'kotlin', kts: 'kotlin', cs: 'csharp', rb: 'ruby', php: 'php',
  sh: 'shell', bash: 'shell', zsh: 'shell', swift: 'swift',
};

let memo: { path?: string; languageId?: string; lang?: Lang } = {};

/** The language of a file; remembered for the last file (the rule asks once per window). */
export function langOf(path?: string, languageId?: string): Lang | undefined {
  if (memo.path !== path || memo.languageId !== languageId) memo = { path, languageId, lang: computeLang(path, languageId) };
  return memo.lang;
}

function computeLang(path?: string, languageId?: string): Lang | undefined {
  if (languageId && BY_LANGUAGE_ID[languageId]) return BY_LANGUAGE_ID[languageId];
  const base = (path ?? '').replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  const ext = base.includes('.') ? base.split('.').pop()! : '';
  return BY_EXTENSION[ext];
}

export const MAX_REGION = 1500;

/** How a string literal ends and what it interpolates. */
interface StringKind {
  /** Characters of the opening delimiter, prefix included (`f"`, `$@"`, `"""`). */
  open: number;
  close: string;
  escapes: boolean;
  multiline: boolean;
  interp?: 'dollarBrace' | 'brace' | 'hashBrace' | 'php' | 'kotlin' | 'shell' | 'swift';
}

/** The string literal starting at `i`, if any (prefix letters are read backwards from a quote). */
export function stringAt(text: string, i: number, lang: Lang): StringKind | undefined {
  const c = text[i];
  if (c !== '"' && c !== "'" && c !== '`') return undefined;
  const triple = text.startsWith(c.repeat(3), i);
  const q = triple ? c.repeat(3) : c;
  const plain: StringKind = { open: q.length, close: q, escapes: true, multiline: triple };
  switch (lang) {
    case 'js':
      return c === '`' ? { open: 1, close: '`', escapes: true, multiline: true, interp: 'dollarBrace' } : { ...plain, open: 1, close: c, multiline: false };
    case 'python': {
      const prefix = /[rRbBuUfF]{0,2}$/.exec(text.slice(Math.max(0, i - 2), i))![0];
      const interp = /f/i.test(prefix) ? 'brace' as const : undefined;
      return c === '`' ? undefined : { ...plain, escapes: !/r/i.test(prefix), interp };
    }
    case 'ruby':
      return c === "'" ? { ...plain, close: c, open: 1 } : { open: 1, close: c, escapes: true, multiline: true, interp: 'hashBrace' };
    case 'php':
      return c === '"' ? { ...plain, open: 1, close: c, multiline: true, interp: 'php' } : { ...plain, open: 1, close: c, multiline: true };
    case 'csharp': {
      if (c !== '"') return c === "'" ? { ...plain, open: 1, close: c } : undefined;
      const prefix = /[$@]{0,2}$/.exec(text.slice(Math.max(0, i - 2), i))![0];
      return { open: 1, close: '"', escapes: !prefix.includes('@'), multiline: prefix.includes('@'), interp: prefix.includes('$') ? 'brace' : undefined };
    }
    case 'kotlin':
      return c === '"' ? { ...plain, interp: 'kotlin' } : c === "'" ? { ...plain, open: 1, close: c } : undefined;
    case 'swift':
      return c === '"' ? { ...plain, interp: 'swift' } : undefined;
    case 'shell':
      if (c === '`') return { open: 1, close: '`', escapes: true, multiline: true };
      return c === '"' ? { open: 1, close: '"', escapes: true, multiline: true, interp: 'shell' } : { open: 1, close: "'", escapes: false, multiline: true };
    case 'go':
      return c === '`' ? { open: 1, close: '`', escapes: false, multiline: true } : { ...plain, open: 1, close: c, multiline: false };
    case 'java':
      return c === '`' ? undefined : plain;
  }
}

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

function startsComment(text: string, i: number, lang: Lang): boolean {
  const two = text.slice(i, i + 2);
  if (two === '//' && lang !== 'python' && lang !== 'ruby' && lang !== 'shell') return true;
  if (text[i] === '#' && (lang === 'python' || lang === 'ruby' || lang === 'shell' || lang === 'php')) {
    return lang !== 'ruby' || text[i + 1] !== '{';
  }
  return false;
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
export function readRegion(text: string, from: number, lang: Lang, parenthesized: boolean): Region {
  const limit = Math.min(text.length, from + MAX_REGION);
  const view = new CodeView(text);
  let depth = 0;
  let i = from;
  let codeFrom = from;
  const flush = () => view.keep(codeFrom, i);
  while (i < limit) {
    const c = text[i];
    const kind = (c === '"' || c === "'" || c === '`') ? stringAt(text, i, lang) : undefined;
    if (kind) {
      flush();
      i = copyString(text, i, limit, kind, view);
      codeFrom = i;
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
