/**
 * The tokenizer: where the comments and string literals of a text are, per language syntax
 * (`Language.syntax`), heredocs included. Not a parser: regex literals, nested interpolation and
 * raw-string hash fences are not understood; callers treat "unknown" as "no safe rewrite".
 *
 * A text is tokenized at most once per syntax: the result is remembered for the last text seen
 * (by string identity), so the checks of one scan and the fixes computed for its findings share
 * it. Queries are binary searches over the tokens.
 */

import type { Syntax } from './model';

export type { Syntax } from './model';

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

/** One comment or string literal. */
interface Token {
  start: number;
  end: number;
  /** For strings: content bounds and delimiter; comments have none. */
  contentStart?: number;
  contentEnd?: number;
  delimiter?: string;
  /** A line comment includes its line break position (an offset there is still in the comment). */
  lineComment?: boolean;
}

/** The tokens of the last text tokenized with each syntax. */
const MEMO = new WeakMap<Syntax, { text: string; tokens: Token[] }>();

/** Every comment and string literal of `text`, in order (computed once per text and syntax). */
function tokensOf(text: string, syntax: Syntax): Token[] {
  const last = MEMO.get(syntax);
  if (last && last.text === text) return last.tokens;
  const tokens = tokenize(text, syntax);
  MEMO.set(syntax, { text, tokens });
  return tokens;
}

function tokenize(text: string, syntax: Syntax): Token[] {
  const interesting = tokenStarts(syntax);
  const out: Token[] = [];
  for (let i = 0; i < text.length;) {
    // Jump over plain code straight to the next character that may open a comment or string.
    interesting.lastIndex = i;
    const hit = interesting.exec(text);
    if (!hit) break;
    const token = tokenAt(text, hit.index, syntax);
    if (token) out.push(token);
    i = token ? Math.max(token.end, hit.index + 1) : hit.index + 1;
  }
  return out;
}

const STARTS = new WeakMap<Syntax, RegExp>();

/** A global regex matching the first character of every comment opener and quote of `syntax`. */
function tokenStarts(syntax: Syntax): RegExp {
  let re = STARTS.get(syntax);
  if (!re) {
    const openers = [...(syntax.line ?? []), ...(syntax.block ?? []).map(b => b[0]), ...syntax.quotes, ...(syntax.heredoc ? ['<'] : [])];
    const chars = [...new Set(openers.map(o => o[0]))].map(c => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    re = new RegExp(chars ? `[${chars}]` : '[^\\s\\S]', 'g');
    STARTS.set(syntax, re);
  }
  return re;
}

/** The comment or string starting at `i`, if one does. */
function tokenAt(text: string, i: number, syntax: Syntax): Token | undefined {
  // A block opener first: Lua's `--[[` opens with its line comment's `--`.
  const block = syntax.block?.find(([open]) => text.startsWith(open, i));
  if (block) {
    const close = text.indexOf(block[1], i + block[0].length);
    return { start: i, end: close === -1 ? text.length : close + block[1].length };
  }
  const lineComment = syntax.line?.find(c => text.startsWith(c, i) && (!syntax.commentNeedsSpace || i === 0 || /\s/.test(text[i - 1])));
  if (lineComment) return { start: i, end: indexOrEnd(text, '\n', i), lineComment: true };
  if (syntax.heredoc && text[i] === '<') {
    const h = heredocAt(text, i, syntax.heredoc);
    return h && { start: h.start, end: h.end, contentStart: h.contentStart, contentEnd: h.contentEnd, delimiter: `<<${h.word}` };
  }
  const quote = syntax.quotes.find(q => text.startsWith(q, i));
  if (!quote || (i > 0 && syntax.quoteNotAfter?.includes(text[i - 1]))) return undefined;
  const contentStart = i + quote.length;
  const contentEnd = closingDelimiter(text, contentStart, quote, syntax);
  return { start: i, end: Math.min(text.length, contentEnd + quote.length), contentStart, contentEnd, delimiter: quote };
}

/** Longest heredoc read: a terminator further away is taken for a misread opener. */
const MAX_HEREDOC = 100_000;

/** A heredoc: its opener at `start`, its lines from `contentStart` to `contentEnd` (its word's line), ending at `end`. */
export interface Heredoc {
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
  word: string;
}

/**
 * The heredoc opened at `i` (`opener`: a syntax's sticky `heredoc` regex): its lines, from the one
 * after the opener's to the line holding only its word (indented, or followed by `;` or `)`, as
 * `<<~` and `$(cat <<EOF … EOF)` allow). None when that line is not found: a shift (`x << y`) or
 * a misread opener hides nothing.
 */
export function heredocAt(text: string, i: number, opener: RegExp): Heredoc | undefined {
  if (text[i - 1] === '<') return undefined; // the tail of a longer run: shell's `<<<` here-string
  opener.lastIndex = i;
  const m = opener.exec(text);
  if (!m) return undefined;
  const word = m[2];
  const contentStart = text.indexOf('\n', i + m[0].length) + 1;
  if (contentStart === 0) return undefined;
  for (let line = contentStart; line < text.length && line - contentStart <= MAX_HEREDOC;) {
    const next = indexOrEnd(text, '\n', line);
    const body = text.slice(line, next).trim();
    if (body.length <= word.length + 2 && body.replace(/[;)]$/, '') === word) return { start: i, contentStart, contentEnd: line, end: next, word };
    line = next + 1;
  }
  return undefined;
}

/** The last token starting before `offset`. */
function tokenBefore(tokens: Token[], offset: number): Token | undefined {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? tokens[lo - 1] : undefined;
}

/** The lexical state at `offset`. */
export function lexStateAt(text: string, offset: number, syntax: Syntax): LexState {
  const t = tokenBefore(tokensOf(text, syntax), offset);
  if (!t) return { kind: 'code' };
  if (t.delimiter === undefined) return (t.lineComment ? t.end >= offset : t.end > offset) ? { kind: 'comment' } : { kind: 'code' };
  if (offset < t.contentStart! || offset > t.contentEnd!) return { kind: 'code' };
  const prefix = prefixBefore(text, t.start, syntax);
  return { kind: 'string', start: t.start - prefix.length, contentStart: t.contentStart!, delimiter: t.delimiter, prefix };
}

/**
 * Whether `offset` lies in a comment or a string literal (code there does not run). A plain
 * quote that may span lines (Ruby, PHP, shell) counts only on its first line: one quote misread
 * (Ruby's `%q(it's)`, a regex literal, a heredoc) would otherwise hide the rest of the file.
 * Block comments, triple quotes and template literals cover all their lines.
 */
export function inCommentOrString(text: string, offset: number, syntax: Syntax): boolean {
  const state = lexStateAt(text, offset, syntax);
  if (state.kind !== 'string' || state.delimiter.length > 1 || state.delimiter === '`') return state.kind !== 'code';
  return text.lastIndexOf('\n', offset - 1) < state.contentStart;
}

/**
 * Start and end offsets (flattened pairs) of the string literals delimited by one of
 * `delimiters` (Python's triple-quoted strings: docstrings and doctests hold examples).
 */
export function literalsDelimitedBy(text: string, syntax: Syntax, delimiters: readonly string[]): number[] {
  const out: number[] = [];
  for (const t of tokensOf(text, syntax)) if (t.delimiter !== undefined && delimiters.includes(t.delimiter)) out.push(t.start, t.end);
  return out;
}

/** Whether `at` falls inside one of the (start, end) pairs, sorted by start. */
export function insideRanges(ranges: readonly number[], at: number): boolean {
  let lo = 0, hi = ranges.length / 2;
  while (lo < hi) { // first range ending after `at`
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1] <= at) lo = mid + 1; else hi = mid;
  }
  return lo < ranges.length / 2 && ranges[2 * lo] < at;
}

/** Longest interpolation read for nested strings; a longer one is read as plain text (keeps the tokenizer linear). */
const MAX_INTERPOLATION = 300;

/** How a literal opened by one delimiter is read: what may end or interrupt it. */
interface LiteralReader {
  escapes: boolean;
  multi: boolean;
  interpolations?: { open: string; close: string }[];
  /** The characters worth stopping at (delimiter, backslash, line break, interpolation openers). */
  stops: RegExp;
}

const READERS = new WeakMap<Syntax, Map<string, LiteralReader>>();

function readerFor(syntax: Syntax, quote: string): LiteralReader {
  let bySyntax = READERS.get(syntax);
  if (!bySyntax) READERS.set(syntax, bySyntax = new Map());
  let r = bySyntax.get(quote);
  if (!r) {
    const escapes = !syntax.rawQuotes?.includes(quote);
    const multi = !!syntax.multiLine?.includes(quote);
    const interpolations = syntax.interpolations?.filter(x => x.in.includes(quote));
    const chars = new Set([quote[0], ...(escapes ? ['\\'] : []), ...(multi ? [] : ['\n']), ...(interpolations ?? []).map(x => x.open[0])]);
    const stops = new RegExp(`[${[...chars].map(c => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
    bySyntax.set(quote, r = { escapes, multi, interpolations: interpolations?.length ? interpolations : undefined, stops });
  }
  return r;
}

/** Offset of the closing delimiter (or of the line end / text end for unterminated literals). */
function closingDelimiter(text: string, from: number, quote: string, syntax: Syntax, depth = 0, limit = text.length): number {
  const r = readerFor(syntax, quote);
  // Strings nested in an interpolation are read without interpolations of their own: nesting
  // deeper is rare, and reading it would multiply the bounded look-ahead at each level.
  let interpolations = depth === 0 ? r.interpolations : undefined;
  // Shared with nested literals of the same delimiter: `lastIndex` is set before every search.
  const stops = r.stops;
  for (let j = from; j < limit;) {
    stops.lastIndex = j;
    const hit = stops.exec(text);
    if (!hit || hit.index >= limit) break;
    j = hit.index;
    const c = text[j];
    const embedded = interpolations?.find(x => text.startsWith(x.open, j));
    if (embedded) {
      const end = interpolationEnd(text, j + embedded.open.length, embedded, syntax, depth);
      if (end >= 0) { j = end; continue; }
      interpolations = undefined; // one that does not close: read the rest of this literal as text
    }
    if (c === '\\' && r.escapes) { j += 2; continue; }
    if (text.startsWith(quote, j)) return j;
    if (c === '\n' && !r.multi) return j;
    j++;
  }
  return limit;
}

/**
 * Offset just after the interpolation whose code starts at `from` (brackets balanced, nested
 * string literals skipped), or -1 when it does not close within MAX_INTERPOLATION characters.
 */
function interpolationEnd(text: string, from: number, x: { open: string; close: string }, syntax: Syntax, depth: number): number {
  const open = x.close === ')' ? '(' : '{';
  let nesting = 1;
  const limit = Math.min(text.length, from + MAX_INTERPOLATION);
  for (let k = from; k < limit; k++) {
    const c = text[k];
    if (c === open) nesting++;
    else if (c === x.close && --nesting === 0) return k + 1;
    else {
      const q = syntax.quotes.find(d => text.startsWith(d, k));
      if (q) {
        const close = closingDelimiter(text, k + q.length, q, syntax, depth + 1, limit);
        if (!text.startsWith(q, close)) return -1;
        k = close + q.length - 1;
      }
    }
  }
  return -1;
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
  let depth = 0;
  let from = 0;
  const count = (to: number) => {
    for (let k = from; k < to; k++) depth += text[k] === '{' ? 1 : text[k] === '}' ? -1 : 0;
  };
  for (const t of tokensOf(text, syntax)) {
    if (t.start >= offset) break;
    count(t.start);
    from = t.end;
    if (from >= offset) return Math.max(0, depth); // `offset` is inside this comment or string
  }
  count(Math.min(offset, text.length));
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
