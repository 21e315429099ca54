/**
 * Just enough lexing to know whether an offset sits inside a string literal or a comment,
 * and where that literal starts and ends. Not a parser: regex literals, heredocs, nested
 * interpolation and raw-string hash fences are not understood; callers treat "unknown" as
 * "no safe rewrite".
 */

export interface Syntax {
  line?: string[];
  block?: [string, string][];
  /** String delimiters, longest first. */
  quotes: string[];
  /** Delimiters inside which a backslash does not escape. */
  rawQuotes?: string[];
  /** Delimiters whose literals may span lines. */
  multiLine?: string[];
  /** Characters allowed right before a quote as a string prefix (`r`, `b`, `f`, `@`, `$`). */
  prefix?: RegExp;
  /** Line comments start only at the line start or after whitespace (shell, YAML). */
  commentNeedsSpace?: boolean;
}

export interface StringLiteral {
  /** Offset of the prefix (or the opening delimiter when there is none). */
  start: number;
  contentStart: number;
  contentEnd: number;
  /** Offset just after the closing delimiter. */
  end: number;
  delimiter: string;
  prefix: string;
}

export type LexState =
  | { kind: 'code' }
  | { kind: 'comment' }
  | { kind: 'string'; start: number; contentStart: number; delimiter: string; prefix: string };

/** The lexical state at `offset` (scanning from the start of the text). */
export function lexStateAt(text: string, offset: number, syntax: Syntax): LexState {
  const interesting = tokenStarts(syntax);
  let i = 0;
  while (i < offset) {
    // Jump over plain code straight to the next character that may open a comment or string.
    interesting.lastIndex = i;
    const hit = interesting.exec(text);
    if (!hit || hit.index >= offset) break;
    const next = skipToken(text, hit.index, syntax, offset);
    if (next.state) return next.state;
    i = next.end;
  }
  return { kind: 'code' };
}

const STARTS = new WeakMap<Syntax, RegExp>();

/** A global regex matching the first character of every comment opener and quote of `syntax`. */
function tokenStarts(syntax: Syntax): RegExp {
  let re = STARTS.get(syntax);
  if (!re) {
    const openers = [...(syntax.line ?? []), ...(syntax.block ?? []).map(b => b[0]), ...syntax.quotes];
    const chars = [...new Set(openers.map(o => o[0]))].map(c => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    re = new RegExp(chars ? `[${chars}]` : '[^\\s\\S]', 'g');
    STARTS.set(syntax, re);
  }
  return re;
}

/** Advances over one token starting at `i`; returns the state when `target` falls inside it. */
function skipToken(text: string, i: number, syntax: Syntax, target: number): { end: number; state?: LexState } {
  const lineComment = syntax.line?.find(c => text.startsWith(c, i) && (!syntax.commentNeedsSpace || i === 0 || /\s/.test(text[i - 1])));
  if (lineComment) {
    const end = indexOrEnd(text, '\n', i);
    return end >= target ? { end, state: { kind: 'comment' } } : { end };
  }
  const block = syntax.block?.find(([open]) => text.startsWith(open, i));
  if (block) {
    const close = text.indexOf(block[1], i + block[0].length);
    const end = close === -1 ? text.length : close + block[1].length;
    return end > target ? { end, state: { kind: 'comment' } } : { end };
  }
  const quote = syntax.quotes.find(q => text.startsWith(q, i));
  if (quote) {
    const contentStart = i + quote.length;
    const contentEnd = closingDelimiter(text, contentStart, quote, syntax);
    const end = Math.min(text.length, contentEnd + quote.length);
    if (target >= contentStart && target <= contentEnd) {
      const prefix = prefixBefore(text, i, syntax);
      return { end, state: { kind: 'string', start: i - prefix.length, contentStart, delimiter: quote, prefix } };
    }
    return { end: Math.max(end, i + 1) };
  }
  return { end: i + 1 };
}

/** Offset of the closing delimiter (or of the line end / text end for unterminated literals). */
function closingDelimiter(text: string, from: number, quote: string, syntax: Syntax): number {
  const escapes = !syntax.rawQuotes?.includes(quote);
  const multi = syntax.multiLine?.includes(quote);
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\\' && escapes) { j++; continue; }
    if (text.startsWith(quote, j)) return j;
    if (c === '\n' && !multi) return j;
  }
  return text.length;
}

function prefixBefore(text: string, quoteAt: number, syntax: Syntax): string {
  if (!syntax.prefix) return '';
  let p = quoteAt;
  while (p > 0 && syntax.prefix.test(text[p - 1]) && quoteAt - p < 3) p--;
  // A prefix must not be the tail of an identifier (`foo"…"` is not a prefixed string).
  if (p > 0 && /[\w$@]/.test(text[p - 1])) return '';
  return text.slice(p, quoteAt);
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i === -1 ? text.length : i;
}

/** How many `{` blocks enclose `offset`, ignoring braces in strings and comments. */
export function braceDepth(text: string, offset: number, syntax: Syntax): number {
  const interesting = new RegExp(`${tokenStarts(syntax).source.replace(/\]$/, '{}]')}`, 'g');
  let depth = 0;
  for (let i = 0; i < offset;) {
    interesting.lastIndex = i;
    const hit = interesting.exec(text);
    if (!hit || hit.index >= offset) break;
    const next = skipToken(text, hit.index, syntax, offset);
    if (next.state) break;
    if (next.end === hit.index + 1) depth += text[hit.index] === '{' ? 1 : text[hit.index] === '}' ? -1 : 0;
    i = next.end;
  }
  return Math.max(0, depth);
}

/** The string literal enclosing `[start, end)`, when both ends fall inside the same one. */
export function literalAround(text: string, start: number, end: number, syntax: Syntax): StringLiteral | undefined {
  const state = lexStateAt(text, start, syntax);
  if (state.kind !== 'string') return undefined;
  const contentEnd = closingDelimiter(text, state.contentStart, state.delimiter, syntax);
  if (end > contentEnd || !text.startsWith(state.delimiter, contentEnd)) return undefined;
  return { start: state.start, contentStart: state.contentStart, contentEnd, end: contentEnd + state.delimiter.length, delimiter: state.delimiter, prefix: state.prefix };
}

const C_LIKE: Syntax = { line: ['//'], block: [['/*', '*/']], quotes: ['"', "'"] };

/** Lexical syntax by language family (see `languageKind`). */
export const SYNTAX: Record<string, Syntax> = {
  js: { ...C_LIKE, quotes: ['"', "'", '`'], multiLine: ['`'] },
  python: { line: ['#'], quotes: ['"""', "'''", '"', "'"], multiLine: ['"""', "'''"], prefix: /[rRbBuUfF]/ },
  go: { ...C_LIKE, quotes: ['"', "'", '`'], rawQuotes: ['`'], multiLine: ['`'] },
  java: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'] },
  kotlin: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'], rawQuotes: ['"""'] },
  scala: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'], rawQuotes: ['"""'], prefix: /[sfr]/ },
  swift: { ...C_LIKE, quotes: ['"""', '"'], multiLine: ['"""'] },
  dart: { ...C_LIKE, quotes: ['"""', "'''", '"', "'"], multiLine: ['"""', "'''"], prefix: /r/ },
  csharp: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'], prefix: /[@$]/ },
  c: C_LIKE,
  cpp: { ...C_LIKE, prefix: /[LuU8R]/ },
  rust: { ...C_LIKE, quotes: ['"'], multiLine: ['"'], prefix: /[rb]/ },
  php: { line: ['//', '#'], block: [['/*', '*/']], quotes: ['"', "'"], multiLine: ['"', "'"] },
  ruby: { line: ['#'], quotes: ['"', "'"], multiLine: ['"', "'"] },
  elixir: { line: ['#'], quotes: ['"""', '"', "'"], multiLine: ['"""', '"'] },
  lua: { line: ['--'], quotes: ['"', "'"] },
  r: { line: ['#'], quotes: ['"', "'"], multiLine: ['"', "'"] },
  shell: { line: ['#'], quotes: ['"', "'"], rawQuotes: ["'"], multiLine: ['"', "'"], commentNeedsSpace: true },
  powershell: { line: ['#'], block: [['<#', '#>']], quotes: ['"', "'"], rawQuotes: ["'"], multiLine: ['"', "'"], commentNeedsSpace: true },
  terraform: { line: ['#', '//'], block: [['/*', '*/']], quotes: ['"'] },
  tfvars: { line: ['#', '//'], block: [['/*', '*/']], quotes: ['"'] },
  dockerfile: { line: ['#'], quotes: ['"', "'"], rawQuotes: ["'"], commentNeedsSpace: true },
  yaml: { line: ['#'], quotes: [], commentNeedsSpace: true },
  properties: { quotes: [] },
  dotenv: { line: ['#'], quotes: ['"', "'", '`'], multiLine: ['"', "'", '`'], rawQuotes: ["'", '`'], commentNeedsSpace: true },
};
