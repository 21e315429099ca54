/**
 * Values written so that a search for the token misses them: split into string literals the code
 * joins (`"".join(["ghp_…", "…"])`, `table.concat{…}`, `snprintf(buf, n, "%s%s", "SG.…", "…")`,
 * `(str "…" "…")`, Haskell's `++`, Pascal's `+` across lines), or spelled as the codes of their
 * characters (`byteArrayOf(100, 121, …)`, `[0x73, 0x6b, …]`). A build still ships the token.
 * Each is read back as text, offsets kept, and scanned with the provider rules (`Scanner.collectDecoded`).
 *
 * Both are read only from places the scan's keyword pass already found (a provider's prefix opening
 * a literal; a byte array's type or call): a search of the whole text for either shape cost a
 * quarter of a scan.
 */
import type { DecodedValue } from './kubernetesSecret';
import { lineStartWithin } from './text';

/** A piece at a quote: a quoted run of a token's or a URL's characters, up to 200 of them (the first holds a prefix). */
const PIECE = /(["'])([^\s"'\\`]{1,200})\1/y;
/**
 * Between two pieces of one value: a list's comma, a join operator, a Lisp's space, a line break
 * (Visual Basic's ` _` before it), and the parenthesis of a first piece's constructor (`std::string("…")⏎+ "…"`).
 */
const BETWEEN = /\)?[ \t]{0,8}(?:,|\+\+|\+|\.\.|\.|&|<>)?[ \t]{0,8}(?:_?\r?\n[ \t]{0,40})?(?:(?:,|\+\+|\+|\.\.|\.|&|<>)[ \t]{0,8})?(?=["'])/y;
/** What follows a key rather than a value (`"PublishableKey": …`, PHP's `'gitlab_token' =>`). */
const KEY_AFTER = /[ \t]{0,4}(?::(?!:)|=>|->|=(?!=))/y;
const MAX_PIECES = 8;
/** A token split in two is at least this long (the shortest provider keys with a prefix). */
const MIN_JOINED = 20;
/** The most of the line before the first piece kept as its context. */
const MAX_LEAD = 120;

/**
 * From each place a provider's prefix opens a string literal, the run of adjacent literals the
 * code joins to it (two or more), joined: what the code builds. The line before the first piece
 * comes first, as written: the name it is set to is context for a provider's rule. `boundaries`
 * are where the pieces meet.
 */
export function splitLiterals(text: string, prefixes: Iterable<number>): DecodedValue[] {
  const out: DecodedValue[] = [];
  let readTo = 0;
  for (const at of prefixes) {
    if (at < readTo) continue;
    // The literal holding the prefix (`'https://hooks.slack.com/…' + '…'`): its opening quote.
    const quote = openingQuoteBefore(text, at);
    if (quote < 0) continue;
    const run = piecesFrom(text, quote);
    if (run.length < 2) continue;
    readTo = run[run.length - 1].end;
    const value = joinRun(text, run);
    if (value) out.push(value);
  }
  return out;
}

/** The quote opening the literal that holds `at`, on its line and within a piece's reach; -1 when there is none. */
function openingQuoteBefore(text: string, at: number): number {
  for (let k = at - 1; k >= 0 && at - k <= 200; k--) {
    const c = text[k];
    if (c === '"' || c === "'") return k;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\\' || c === '`') return -1;
  }
  return -1;
}

/** The pieces of a run that starts with the literal whose quote is at `quote`. */
function piecesFrom(text: string, quote: number): { start: number; end: number }[] {
  const run: { start: number; end: number }[] = [];
  for (let i = quote; run.length < MAX_PIECES;) {
    PIECE.lastIndex = i;
    const m = PIECE.exec(text);
    if (!m) break;
    const start = i + 1, end = start + m[2].length;
    // A key names the next value: it is no piece of this one.
    KEY_AFTER.lastIndex = end + 1;
    if (KEY_AFTER.test(text)) break;
    // After the first, a piece of a random token holds a digit or both cases: a list of words
    // (`['glimt-', 'gitlab-incoming-mail-token']`) is no token. An upper-case token's pieces are
    // upper case (`"AKIA…" + "…" + "GCB"`).
    if (run.length > 0 && !looksLikeTokenPiece(m[2], text.slice(run[0].start, run[0].end))) break;
    run.push({ start, end });
    BETWEEN.lastIndex = end + 1;
    if (!BETWEEN.test(text)) break;
    i = BETWEEN.lastIndex;
  }
  return run;
}

function looksLikeTokenPiece(piece: string, first: string): boolean {
  // (A token's own separator as a piece of its own: Postman's `"PMAK-" ++ "…" ++ "-" ++ "…"`.)
  if (/\d/.test(piece) || (/[a-z]/.test(piece) && /[A-Z]/.test(piece)) || /^[-_.]$/.test(piece)) return true;
  return /^[A-Z]+$/.test(piece) && /^[A-Z0-9]+$/.test(first);
}

/** The pieces' text joined after the line's lead, with each character's offset; undefined when too short. */
function joinRun(text: string, run: { start: number; end: number }[]): DecodedValue | undefined {
  const pieces = run.map(p => text.slice(p.start, p.end));
  if (pieces.join('').length < MIN_JOINED) return undefined;
  const lineStart = lineStartWithin(text, run[0].start, MAX_LEAD);
  let decoded = text.slice(lineStart, run[0].start);
  const offsets = Array.from(decoded, (_, i) => i);
  const boundaries: number[] = [];
  run.forEach((p, k) => {
    if (k > 0) boundaries.push(decoded.length);
    for (let i = p.start; i < p.end; i++) offsets.push(i - lineStart);
    decoded += pieces[k];
  });
  const end = run[run.length - 1].end;
  offsets.push(end - lineStart);
  return { name: '', start: lineStart, end, decoded, offsets, boundaries };
}

/**
 * What writes a byte array or turns codes into text, lower case: the scan's keyword pass finds
 * them (Swift's `[UInt8]`, Kotlin's `byteArrayOf(`, Python's `bytes([`, R's `as.raw(c(`, Java's
 * and C#'s `byte[]` and `char[]`, Go's `[]byte{`, Rust's `[u8`, Zig's `]u8{`, C's `unsigned char`/`uint8_t`/`char `
 * arrays, C++'s `std::string{'…', …}`, JavaScript's and Dart's `fromCharCode(s)` and `Uint8Array`/`Buffer.from([`,
 * Perl's and Ruby's `pack(`, Python's `map(chr, …)`, Perl's `map { chr }`, PHP's `array_map('chr', …)`, Swift's
 * `String(bytes:`, Elixir's `List.to_string([`, R's `intToUtf8(`).
 */
export const CODE_LIST_OPENERS: readonly string[] = ['uint8', 'bytearrayof(', 'bytes([', 'bytearray([', 'as.raw(', 'byte[', '[]byte{', '[u8',
  ']u8{', 'unsigned char', 'char ', 'char[]', "string{'", 'fromcharcode', 'buffer.from([', 'pack(', 'chr(', 'map(chr', 'chr }', "'chr'", 'list<int>',
  'string(bytes:', 'to_string([', 'inttoutf8('];

/** A list of 16 to 256 character codes, decimal or hex, each maybe cast or suffixed (`(byte)0x41`, `0x41u8`), or one-character literals (`'x'`). */
const CODES = /(?:\((?:byte|char|u8|UInt8)\)[ \t]{0,2})?(?:0[xX][0-9a-fA-F]{2}|\d{2,3}|'[^'\\\n]')(?:u8)?(?:[ \t]{0,4},[ \t\r\n]{0,40}(?:\((?:byte|char|u8|UInt8)\)[ \t]{0,2})?(?:0[xX][0-9a-fA-F]{2}|\d{2,3}|'[^'\\\n]')(?:u8)?){15,255}/y;
const CODE = /(?:0[xX]([0-9a-fA-F]{2})|(\d{2,3})|'([^'\\\n])')(?![0-9a-fA-F])/g;
/** From an opener to its list's first code: the rest of a type or call, a bracket or two. */
const TO_FIRST_CODE = /[^;\n]{0,60}?[[{(<][ \t\r\n]{0,40}(?=\((?:byte|char|u8|UInt8)\)|0[xX]|\d|'[^'\\\n]',)/y;

/** Lists of character codes after a byte array's opener that spell printable text (a token as bytes): the text, each character at its code. */
export function textSpelledAsCodes(text: string, openers: Iterable<number>): DecodedValue[] {
  const out: DecodedValue[] = [];
  let readTo = 0;
  for (const at of openers) {
    if (at < readTo) continue;
    TO_FIRST_CODE.lastIndex = at;
    if (!TO_FIRST_CODE.test(text)) continue;
    CODES.lastIndex = TO_FIRST_CODE.lastIndex;
    const m = CODES.exec(text);
    if (!m) continue;
    readTo = CODES.lastIndex;
    const spelled = spelledText(m[0]);
    if (spelled) out.push({ name: '', start: m.index, end: m.index + m[0].length, ...spelled });
  }
  return out;
}

/** The text a list of codes spells, with each character's offset in the list; undefined unless every code is a token's character. */
function spelledText(list: string): { decoded: string; offsets: number[] } | undefined {
  let decoded = '';
  const offsets: number[] = [];
  CODE.lastIndex = 0;
  for (let c = CODE.exec(list); c; c = CODE.exec(list)) {
    const code = c[1] !== undefined ? parseInt(c[1], 16) : c[2] !== undefined ? Number(c[2]) : c[3].charCodeAt(0);
    // No spaces, no controls: a sentence as bytes is a message, a table of codes is data.
    if (code <= 0x20 || code >= 0x7f) return undefined;
    decoded += String.fromCharCode(code);
    offsets.push(c.index);
  }
  offsets.push(list.length);
  return decoded.length >= 16 ? { decoded, offsets } : undefined;
}
