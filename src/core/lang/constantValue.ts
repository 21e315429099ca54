/**
 * A right-hand side that computes a constant string from literals alone, the ways languages write
 * it to keep a token out of a search: literals joined by a call (`"".join([…])`, `[…].join('')`,
 * `strings.Join([]string{…}, "")`, `string.Concat(…)`, `-join @(…)`, `listOf(…).joinToString("")`,
 * `Seq(…).mkString`, `%w[…].join`, `(str "…" "…")`, `paste0(…)`), by an operator (`++`, `..`, `<>`,
 * a shell's adjacent quotes), or characters' codes turned into text (`"".join(map(chr, […]))`,
 * `String.fromCharCode(…)`, `new String(new char[] {'x', …})`). Its value is what the code
 * builds; anything else in it (a variable, another call) makes it no constant.
 */

/** Identifiers that only carry literals along: joins, string and list constructors, code-to-text calls. */
const GLUE = new Set(['join', 'Join', 'joined', 'concat', 'Concat', 'String', 'string', 'strings', 'str', 'map', 'chr', 'fromCharCode', 'fromCharCodes',
  'implode', 'array_map', 'mkString', 'joinToString', 'listOf', 'arrayOf', 'Seq', 'List', 'Array', 'new', 'char', 'byte', 'std', 'table',
  'paste0', 'Enum', 'StringBuilder', 'append', 'toString', 'to_string', 'from_utf8', 'unwrap', 'into', 'B', 'pack', 'Text', 'T', 'bytes', 'utf8',
  'encoding', 'Sprintf', 'fmt', 'format', 'Format', 'Append', 'ToString', 'intToUtf8', 'c', 'const', 'util',
  'reverse', 'reversed', 'Reverse', 'strrev', 'rev', 'utf8ToInt', 'split', 'chars', 'collect', 'scalar']);
/** Calls that reverse what they are given (`"…".reversed()`, `strrev(…)`, `intToUtf8(rev(utf8ToInt(…)))`, `.chars().rev()`). */
const REVERSING = new Set(['reverse', 'reversed', 'Reverse', 'strrev', 'rev']);
/** The glue that joins: without one (or an operator), a list of literals is a list (`auth = ("user", "…")`), not one value. */
const JOINING = new Set(['join', 'Join', 'joined', 'concat', 'Concat', 'implode', 'mkString', 'joinToString', 'str', 'paste0', 'append', 'Append', 'Sprintf', 'format', 'Format', 'pack']);
/** Calls and types whose numbers (or one-character literals) are characters' codes. */
const CODE_GLUE = new Set(['chr', 'fromCharCode', 'fromCharCodes', 'char', 'byte', 'bytes', 'pack', 'String', 'string', 'intToUtf8', 'to_string']);
/** Between two literals, what joins them: an operator (`+`, `..`, `.`, `&`, `<>`, `++`) or nothing (adjacent literals). */
const JOIN_OPERATOR = /^(?:\+\+?|\.\.?|&|<>|)$/;
/** A format string of placeholders only (`"%s%s"`, `"{}{}"`): it adds nothing but its arguments. */
const PLACEHOLDERS = /^(?:%s|%v|\{\}|\{\d\})+$/;
const MAX_SPAN = 1200;
const MAX_PARTS = 256;

export interface ConstantValue {
  value: string;
  /** Where the first literal's text begins and the last one's ends. */
  start: number;
  end: number;
}

/** A shell's command substitution that prints a constant: `"$(printf '\x41…')"`, `$(echo '4142…' | xxd -r -p)`, `$(echo '…' | rev)`. */
const SHELL_DECODE = /^"?\$\((?:printf[ \t]{1,4}(["'])((?:\\x[0-9a-fA-F]{2}){8,256})\1|echo[ \t]{1,4}(?:-n[ \t]{1,4})?(["'])((?:[0-9a-fA-F]{2}){8,256})\3[ \t]{0,4}\|[ \t]{0,4}xxd[ \t]{1,4}-r[ \t]{1,4}-p|echo[ \t]{1,4}(?:-n[ \t]{1,4})?(["'])([\x21-\x26\x28-\x7e]{8,400})\5[ \t]{0,4}\|[ \t]{0,4}rev)[ \t]*\)"?/;

/** A template of literals only: JavaScript's `${'…'}${'…'}`, Ruby's and Elixir's `#{'…'}#{'…'}`, Swift's `\("…")\("…")`. */
const LITERAL_TEMPLATE = /^(?:`(?:\$\{[ \t]{0,2}(["'])[^"'`\\\n]{1,200}\1[ \t]{0,2}\}){2,12}`|"(?:#\{[ \t]{0,2}(["'])[^"'\\\n]{1,200}\2[ \t]{0,2}\}){2,12}"|"(?:\\\([ \t]{0,2}"[^"\\\n]{1,200}"[ \t]{0,2}\)){2,12}")/;
const TEMPLATE_PIECE = /(["'])([^"'`\\\n]{1,200})\1/g;

/**
 * The constant string the expression at `i` builds, when it is made of two or more literals (or
 * 16 or more character codes) and glue alone; undefined otherwise. `i` is past the operator.
 */
export function constantValueAt(text: string, i: number): ConstantValue | undefined {
  const c0 = text[i];
  if ((c0 === '"' || c0 === '$') && (text[i + 1] === '$' || text[i + 1] === '(')) return shellDecodedAt(text, i);
  if ((c0 === '`' && text[i + 1] === '$') || (c0 === '"' && (text[i + 1] === '#' || text[i + 1] === '\\'))) return templateAt(text, i);
  if (refusedAtOnce(text, i)) return undefined;
  const parts = new PartsReader(text, i).read();
  if (!parts) return undefined;
  const { pieces, chars, codes, joining, reversed, start, end } = parts;
  const read = (value: string) => (reversed ? [...value].reverse().join('') : value);
  // Characters by their codes (or one-character literals) under a code-to-text call or a string's constructor.
  if (chars.length >= 16 && pieces.length === 0 && codes) return { value: read(chars.join('')), start, end };
  // One literal reversed (`"…".reversed()`), or two and more joined.
  if (chars.length > 0 || pieces.length === 0 || (pieces.length === 1 ? !reversed : !joining)) return undefined;
  const filled = formatted(pieces);
  if (filled === null) return undefined; // a format whose placeholders are not its arguments': what it makes is unknown
  const value = filled ?? pieces.map(p => (p.startsWith('\\x') ? p.replace(/\\x(..)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : p)).join('');
  return value.length >= 8 ? { value: read(value), start, end } : undefined;
}

/** A format's placeholders: C's and Go's `%s`/`%v`, Python's, Rust's and C#'s `{}`/`{0}`. */
const FORMAT_PLACEHOLDER = /%[sv]|\{\d?\}/g;

/**
 * A format filled with literals alone (`fmt.Sprintf("redis://:%s@%s:6379/0", "…", "cache")`,
 * `"…{}…".format("…")`): the text it makes, when it has one placeholder per argument; null when it
 * has placeholders but not one per argument; undefined when it is no format.
 */
function formatted(pieces: string[]): string | null | undefined {
  const placeholders = pieces[0].match(FORMAT_PLACEHOLDER)?.length ?? 0;
  if (placeholders === 0) return undefined;
  if (placeholders !== pieces.length - 1) return null;
  let k = 1;
  return pieces[0].replace(FORMAT_PLACEHOLDER, () => pieces[k++]);
}

/**
 * Most values are one literal ending its statement, or a call that is no glue: refused by looking
 * at a few characters (this runs for every value the generic rule reads).
 */
function refusedAtOnce(text: string, i: number): boolean {
  const c0 = text[i];
  if (c0 === '"' || c0 === "'") {
    const close = closingQuoteOnLine(text, i);
    if (close < 0) return true;
    let k = close + 1;
    while (text[k] === ' ' || text[k] === '\t') k++;
    const next = text[k];
    if (next === undefined || next === ';' || next === ',' || next === ')' || next === ']' || next === '}') return true;
    return (next === '\n' || next === '\r') && !/^\r?\n[ \t]{0,40}[+.&]/.test(text.slice(k, k + 48));
  }
  if (isWordStart(c0)) {
    let k = i + 1;
    while (k < i + 31 && k < text.length && isWordPart(text[k])) k++;
    return !GLUE.has(text.slice(i, k));
  }
  return !(c0 === '[' || c0 === '(' || c0 === '-' || c0 === '%' || c0 === '@');
}

/** What an expression of literals and glue holds, read left to right to the statement's end. */
interface Parts {
  pieces: string[];
  chars: string[];
  codes: boolean;
  joining: boolean;
  reversed: boolean;
  start: number;
  end: number;
}

/** Reads an expression's parts one token at a time; `read()` is undefined at anything but literals, codes and glue. */
class PartsReader {
  private readonly parts: Parts = { pieces: [], chars: [], codes: false, joining: false, reversed: false, start: -1, end: -1 };
  private depth = 0;
  /** What stands between the last literal and here (an operator joins the next one to it). */
  private between: string | undefined;
  private j: number;

  constructor(private readonly text: string, private readonly from: number) {
    this.j = from;
  }

  read(): Parts | undefined {
    const stop = Math.min(this.text.length, this.from + MAX_SPAN);
    while (this.j < stop && this.parts.pieces.length + this.parts.chars.length <= MAX_PARTS) {
      const step = this.step(this.text[this.j]);
      if (step === 'end') break;
      if (step === 'refuse') return undefined;
    }
    return this.depth === 0 ? this.parts : undefined;
  }

  /** Reads the token at `j` (moving past it): 'next', the statement's 'end', or 'refuse'. */
  private step(c: string): 'next' | 'end' | 'refuse' {
    const { text } = this;
    if (c === '"' || c === "'") return this.literal(c);
    // Python's reversing slice: `"…"[::-1]`.
    if (c === '[' && text.startsWith('[::-1]', this.j)) return this.skip(6, () => (this.parts.reversed = true));
    if (c === '(' || c === '[' || c === '{') return this.skip(1, () => { this.depth++; this.between = undefined; });
    if (c === ')' || c === ']' || c === '}') {
      if (this.depth === 0) return 'end';
      return this.skip(1, () => { this.depth--; this.between = undefined; });
    }
    // A line break ends the statement, unless a bracket is open or an operator carries it on.
    // (Elixir's and Haskell's `<>` too: `@ledger_api_key "ldg_" <>⏎ "…"`.)
    if (c === '\n') return this.depth > 0 || /(?:[+.&,]|<>)\s*$/.test(text.slice(Math.max(this.from, this.j - 4), this.j)) || /^\s{0,40}(?:[+.&]|<>)/.test(text.slice(this.j + 1, this.j + 48)) ? this.skip(1) : 'end';
    // A line continued by a backslash (Ruby's and Python's adjacent literals: `"ghp_…" \⏎  "…"`).
    if (c === '\\' && (text[this.j + 1] === '\n' || (text[this.j + 1] === '\r' && text[this.j + 2] === '\n'))) return this.skip(text[this.j + 1] === '\r' ? 3 : 2);
    if (c === ';') return this.depth === 0 ? 'end' : this.skip(1);
    if (c === '%' && text[this.j + 1] === 'w' && text[this.j + 2] === '[') return this.wordList();
    if (' \t\r,+.&-@!<>:*'.includes(c)) return this.skip(1, () => { if (this.between !== undefined) this.between += c; });
    if (c >= '0' && c <= '9') return this.code();
    if (isWordStart(c)) return this.glue();
    return 'refuse';
  }

  private skip(n: number, then?: () => void): 'next' {
    then?.();
    this.j += n;
    return 'next';
  }

  /** A quoted literal: a piece, a one-character literal (a char array's), or glue spelled as a string. */
  private literal(q: string): 'next' | 'refuse' {
    const close = closingQuoteOnLine(this.text, this.j);
    if (close < 0) return 'refuse';
    const body = this.text.slice(this.j + 1, close);
    if (body.includes('\\') && !/^(?:\\x[0-9a-fA-F]{2})+$/.test(body)) return 'refuse';
    if (this.between !== undefined && body && JOIN_OPERATOR.test(this.between.trim())) this.parts.joining = true;
    this.j = close + 1;
    // PHP names its code-to-text call as a string: `array_map('chr', […])`.
    if (CODE_GLUE.has(body) || JOINING.has(body)) {
      this.parts.codes ||= CODE_GLUE.has(body);
      return 'next';
    }
    if (!body || PLACEHOLDERS.test(body)) return 'next';
    this.mark(close - body.length, close);
    this.between = '';
    if (q === "'" && body.length === 1) this.parts.chars.push(body);
    // A separator (`"-".join(…)`) or words (a message) make no token.
    else if (/\s/.test(body) || /^[^A-Za-z0-9]{1,3}$/.test(body)) return 'refuse';
    else this.parts.pieces.push(body);
    return 'next';
  }

  /** Ruby's word list: `%w[xoxb-1 2-abc]`, its words the pieces. */
  private wordList(): 'next' | 'refuse' {
    const open = this.j + 3;
    const close = this.text.slice(open, open + 600).search(/[\]\n]/) + open;
    if (close < open || this.text[close] !== ']') return 'refuse';
    this.mark(open, close);
    this.parts.pieces.push(...this.text.slice(open, close).trim().split(/\s+/));
    this.j = close + 1;
    return 'next';
  }

  /** A character's code, decimal or hex: printable, or the expression is no text. */
  private code(): 'next' | 'refuse' {
    const m = /^(?:0[xX]([0-9a-fA-F]{2})|(\d{1,3}))(?![\w.])/.exec(this.text.slice(this.j, this.j + 5));
    if (!m) return 'refuse';
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (code <= 0x20 || code >= 0x7f) return 'refuse';
    this.parts.chars.push(String.fromCharCode(code));
    this.mark(this.j, this.j + m[0].length);
    this.j += m[0].length;
    return 'next';
  }

  /** An identifier: glue, or the expression is no constant. */
  private glue(): 'next' | 'refuse' {
    let k = this.j + 1;
    while (k < this.j + 31 && k < this.text.length && isWordPart(this.text[k])) k++;
    const word = this.text.slice(this.j, k);
    if (!GLUE.has(word)) return 'refuse';
    this.parts.codes ||= CODE_GLUE.has(word);
    this.parts.joining ||= JOINING.has(word);
    this.parts.reversed ||= REVERSING.has(word);
    this.between = undefined;
    this.j = k;
    return 'next';
  }

  /** Widens the value's span to `[from, to)`. */
  private mark(from: number, to: number): void {
    if (this.parts.start < 0) this.parts.start = from;
    this.parts.end = to;
  }
}

/** The literals of a template of literals only, joined. */
function templateAt(text: string, i: number): ConstantValue | undefined {
  const m = LITERAL_TEMPLATE.exec(text.slice(i, i + 2600));
  if (!m) return undefined;
  const pieces = [...m[0].matchAll(TEMPLATE_PIECE)];
  const value = pieces.map(p => p[2]).join('');
  if (value.length < 8 || /\s/.test(value)) return undefined;
  const first = pieces[0], last = pieces[pieces.length - 1];
  return { value, start: i + first.index! + 1, end: i + last.index! + 1 + last[2].length };
}

/** The text a shell's `printf '\x…'`, `echo '…' | xxd -r -p` or `echo '…' | rev` at `i` prints: printable, or nothing. */
function shellDecodedAt(text: string, i: number): ConstantValue | undefined {
  const m = SHELL_DECODE.exec(text.slice(i, i + 1100));
  if (!m) return undefined;
  const written = m[2] ?? m[4] ?? m[6];
  const value = m[6] !== undefined ? [...m[6]].reverse().join('')
    : (m[2] !== undefined ? m[2].replace(/\\x/g, '') : m[4]).replace(/../g, h => String.fromCharCode(parseInt(h, 16)));
  if (!/^[\x21-\x7e]+$/.test(value)) return undefined;
  const start = i + m[0].indexOf(written);
  return { value, start, end: start + written.length };
}

/** The quote closing the literal whose opening quote is at `open`, on its line and within 400 characters; -1 otherwise. */
function closingQuoteOnLine(text: string, open: number): number {
  const q = text[open];
  for (let k = open + 1, ceiling = Math.min(text.length, open + 401); k < ceiling; k++) {
    const c = text[k];
    if (c === q) return k;
    if (c === '\n') return -1;
  }
  return -1;
}

function isWordStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
}

function isWordPart(c: string): boolean {
  return isWordStart(c) || (c >= '0' && c <= '9');
}
