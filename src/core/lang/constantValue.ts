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
  'encoding', 'Sprintf', 'fmt', 'format', 'Format', 'Append', 'ToString', 'intToUtf8', 'c', 'to_string', 'const', 'util',
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

/**
 * The constant string the expression at `i` builds, when it is made of two or more literals (or
 * 16 or more character codes) and glue alone; undefined otherwise. `i` is past the operator.
 */
/** A shell's command substitution that prints a constant: `"$(printf '\x41…')"`, `$(echo '4142…' | xxd -r -p)`, `$(echo '…' | rev)`. */
const SHELL_DECODE = /^"?\$\((?:printf[ \t]{1,4}(["'])((?:\\x[0-9a-fA-F]{2}){8,256})\1|echo[ \t]{1,4}(?:-n[ \t]{1,4})?(["'])((?:[0-9a-fA-F]{2}){8,256})\3[ \t]{0,4}\|[ \t]{0,4}xxd[ \t]{1,4}-r[ \t]{1,4}-p|echo[ \t]{1,4}(?:-n[ \t]{1,4})?(["'])([\x21-\x26\x28-\x7e]{8,400})\5[ \t]{0,4}\|[ \t]{0,4}rev)[ \t]*\)"?/;

/** A template of literals only: JavaScript's `${'…'}${'…'}`, Ruby's and Elixir's `#{'…'}#{'…'}`, Swift's `\("…")\("…")`. */
const LITERAL_TEMPLATE = /^(?:`(?:\$\{[ \t]{0,2}(["'])[^"'`\\\n]{1,200}\1[ \t]{0,2}\}){2,12}`|"(?:#\{[ \t]{0,2}(["'])[^"'\\\n]{1,200}\2[ \t]{0,2}\}){2,12}"|"(?:\\\([ \t]{0,2}"[^"\\\n]{1,200}"[ \t]{0,2}\)){2,12}")/;
const TEMPLATE_PIECE = /(["'])([^"'`\\\n]{1,200})\1/g;

export function constantValueAt(text: string, i: number): ConstantValue | undefined {
  // Cheap refusals first: most values are one literal or a plain call.
  const c0 = text[i];
  if ((c0 === '"' || c0 === '$') && (text[i + 1] === '$' || text[i + 1] === '(')) return shellDecodedAt(text, i);
  if ((c0 === '`' && text[i + 1] === '$') || (c0 === '"' && (text[i + 1] === '#' || text[i + 1] === '\\'))) return templateAt(text, i);
  if (c0 === '"' || c0 === "'") {
    // One literal and the statement's end (or the next argument): the usual value, read elsewhere.
    // (Checked by character: this runs for every quoted value the generic rule reads.)
    const close = closingQuoteOnLine(text, i);
    if (close < 0) return undefined;
    let k = close + 1;
    while (text[k] === ' ' || text[k] === '\t') k++;
    const next = text[k];
    if (next === undefined || next === ';' || next === ',' || next === ')' || next === ']' || next === '}') return undefined;
    if ((next === '\n' || next === '\r') && !/^\r?\n[ \t]{0,40}[+.&]/.test(text.slice(k, k + 48))) return undefined;
  } else if (isWordStart(c0)) {
    let k = i + 1;
    while (k < i + 31 && k < text.length && isWordPart(text[k])) k++;
    if (!GLUE.has(text.slice(i, k))) return undefined;
  } else if (!(c0 === '[' || c0 === '(' || c0 === '-' || c0 === '%' || c0 === '@')) return undefined;
  const pieces: string[] = [];
  const chars: string[] = [];
  let codes = false, joining = false, reversed = false, depth = 0, start = -1, end = -1;
  // What stands between the last literal and here (an operator joins the next one to it).
  let between: string | undefined;
  const stop = Math.min(text.length, i + MAX_SPAN);
  let j = i;
  for (; j < stop && pieces.length + chars.length <= MAX_PARTS;) {
    const c = text[j];
    if (c === '"' || c === "'") {
      const close = closingQuoteOnLine(text, j);
      if (close < 0) return undefined;
      const body = text.slice(j + 1, close);
      if (body.includes('\\') && !/^(?:\\x[0-9a-fA-F]{2})+$/.test(body)) return undefined;
      if (between !== undefined && body && JOIN_OPERATOR.test(between.trim())) joining = true;
      j = close + 1;
      // PHP names its code-to-text call as a string: `array_map('chr', […])`.
      if (CODE_GLUE.has(body) || JOINING.has(body)) { codes ||= CODE_GLUE.has(body); continue; }
      if (!body || PLACEHOLDERS.test(body)) continue;
      if (start < 0) start = close - body.length;
      end = close;
      between = '';
      if (c === "'" && body.length === 1) chars.push(body);
      else {
        // A separator (`"-".join(…)`) or words (a message) make no token.
        if (/\s/.test(body) || /^[^A-Za-z0-9]{1,3}$/.test(body)) return undefined;
        pieces.push(body);
      }
      continue;
    }
    // Python's reversing slice: `"…"[::-1]`.
    if (c === '[' && text.startsWith('[::-1]', j)) { reversed = true; j += 6; continue; }
    if (c === '(' || c === '[' || c === '{') { depth++; j++; between = undefined; continue; }
    if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
      j++;
      between = undefined;
      continue;
    }
    if (c === '\n') {
      // A line break ends the statement, unless a bracket is open or an operator carries it on.
      if (depth > 0 || /[+.&,]\s*$/.test(text.slice(Math.max(i, j - 4), j)) || /^\s{0,40}[+.&]/.test(text.slice(j + 1, j + 48))) { j++; continue; }
      break;
    }
    if (c === ';') { if (depth === 0) break; j++; continue; }
    // Ruby's word list: `%w[xoxb-1 2-abc]`, its words the pieces.
    if (c === '%' && text[j + 1] === 'w' && text[j + 2] === '[') {
      const close = text.slice(j + 3, j + 600).search(/[\]\n]/) + j + 3;
      if (close < j + 3 || text[close] !== ']') return undefined;
      if (start < 0) start = j + 3;
      end = close;
      pieces.push(...text.slice(j + 3, close).trim().split(/\s+/));
      j = close + 1;
      continue;
    }
    if (' \t\r,+.&-@!<>:*'.includes(c)) {
      if (between !== undefined) between += c;
      j++;
      continue;
    }
    if (c >= '0' && c <= '9') {
      const m = /^(?:0[xX]([0-9a-fA-F]{2})|(\d{1,3}))(?![\w.])/.exec(text.slice(j, j + 5));
      if (!m) return undefined;
      const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
      if (code > 0x20 && code < 0x7f) chars.push(String.fromCharCode(code));
      else return undefined;
      if (start < 0) start = j;
      end = j + m[0].length;
      j += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_]\w{0,30}/.exec(text.slice(j, j + 32))![0];
      if (!GLUE.has(word)) return undefined;
      codes ||= CODE_GLUE.has(word);
      joining ||= JOINING.has(word);
      reversed ||= REVERSING.has(word);
      j += word.length;
      between = undefined;
      continue;
    }
    return undefined;
  }
  if (depth !== 0) return undefined;
  // Characters by their codes (or one-character literals) under a code-to-text call or a string's constructor.
  const read = (value: string) => (reversed ? [...value].reverse().join('') : value);
  if (chars.length >= 16 && pieces.length === 0 && codes) return { value: read(chars.join('')), start, end };
  // One literal reversed (`"…".reversed()`), or two and more joined.
  if (chars.length > 0 || pieces.length === 0 || (pieces.length === 1 ? !reversed : !joining)) return undefined;
  const value = pieces.map(p => (p.startsWith('\\x') ? p.replace(/\\x(..)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : p)).join('');
  return value.length >= 8 ? { value: read(value), start, end } : undefined;
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
