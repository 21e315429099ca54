/**
 * Values written so that a search for the token misses them: split into string literals the code
 * joins (`"".join(["ghp_…", "…"])`, `table.concat{…}`, `snprintf(buf, n, "%s%s", "SG.…", "…")`,
 * `(str "…" "…")`, Haskell's `++`, Pascal's `+` across lines), or spelled as the codes of their
 * characters (`byteArrayOf(100, 121, …)`, `[0x73, 0x6b, …]`). A build still ships the token.
 * Each is read back as text, offsets kept, and scanned with the provider rules (`Scanner.collectDecoded`).
 */
import type { DecodedValue } from './kubernetesSecret';

/** A piece: a quoted run of a token's characters, 4 to 200 of them. */
const PIECE = /(["'])([A-Za-z0-9_\-.+/=:~]{4,200})\1/g;
/**
 * Between two pieces of one value: a list's comma, a join operator, a Lisp's space, a line break
 * (Visual Basic's ` _` before it), and the parenthesis of a first piece's constructor (`std::string("…")⏎+ "…"`).
 */
const BETWEEN = /^\)?[ \t]{0,8}(?:,|\+\+|\+|\.\.|\.|&|<>)?[ \t]{0,8}(?:_?\r?\n[ \t]{0,40})?(?:(?:,|\+\+|\+|\.\.|\.|&|<>)[ \t]{0,8})?$/;
const MAX_PIECES = 8;
/** A token split in two is at least this long (the shortest provider keys with a prefix). */
const MIN_JOINED = 20;
/** The most of the line before the first piece kept as its context. */
const MAX_LEAD = 120;

/** Letters and digits both: a piece of a random token, not a word (`"id", "name"` never join into a key). */
const RANDOM_PIECE = /^(?=.{0,199}[A-Za-z])(?=.{0,199}\d)/;

/**
 * Runs of two or more adjacent string literals of a token's characters, at least one of them
 * random, joined: what each would be if the code's join ran. `boundaries` are where the pieces meet.
 */
export function splitLiterals(text: string): DecodedValue[] {
  const out: DecodedValue[] = [];
  PIECE.lastIndex = 0;
  let run: { start: number; end: number }[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const value = joinRun(text, run);
      if (value) out.push(value);
    }
    run = [];
  };
  for (let m = PIECE.exec(text); m; m = PIECE.exec(text)) {
    const start = m.index + 1, end = start + m[2].length;
    const last = run[run.length - 1];
    if (last && (run.length >= MAX_PIECES || !BETWEEN.test(text.slice(last.end + 1, m.index)))) flush();
    // A key (`"PublishableKey": …`, PHP's `'gitlab_token' =>` after a value's line) names the next value: it is no piece of this one.
    if (/^[ \t]{0,4}(?::(?!:)|=>|->|=(?!=))/.test(text.slice(end + 1, end + 7))) {
      flush();
      continue;
    }
    run.push({ start, end });
    // A quote closing one piece may open the next (`'a''b'` is never written): go on after it.
  }
  flush();
  return out;
}

/**
 * The pieces' text joined, with each character's offset; undefined when too short or too plain to
 * be a split token. The line's text before the first piece comes first, as written: the name it
 * is set to (`awsSecretKey = B.pack (`) is the context a provider's rule looks for.
 */
function joinRun(text: string, run: { start: number; end: number }[]): DecodedValue | undefined {
  const pieces = run.map(p => text.slice(p.start, p.end));
  if (!pieces.some(p => RANDOM_PIECE.test(p)) || pieces.join('').length < MIN_JOINED) return undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', run[0].start) + 1, run[0].start - MAX_LEAD);
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

/** A list of 16 to 256 character codes, decimal or hex, each maybe cast or suffixed (`(byte)0x41`, `0x41u8`). */
const CODES = /(?:\((?:byte|char|u8|UInt8)\)[ \t]{0,2})?(?:0[xX][0-9a-fA-F]{2}|\d{2,3})(?:u8)?(?:[ \t]{0,4},[ \t\r\n]{0,40}(?:\((?:byte|char|u8|UInt8)\)[ \t]{0,2})?(?:0[xX][0-9a-fA-F]{2}|\d{2,3})(?:u8)?){15,255}/g;
const CODE = /(?:0[xX]([0-9a-fA-F]{2})|(\d{2,3}))(?![0-9a-fA-F])/g;

/** Lists of character codes that spell printable text (a token as bytes): the text, each character at its code. */
export function textSpelledAsCodes(text: string): DecodedValue[] {
  const out: DecodedValue[] = [];
  CODES.lastIndex = 0;
  for (let m = CODES.exec(text); m; m = CODES.exec(text)) {
    let decoded = '';
    const offsets: number[] = [];
    CODE.lastIndex = 0;
    let printable = true;
    for (let c = CODE.exec(m[0]); c; c = CODE.exec(m[0])) {
      const code = c[1] !== undefined ? parseInt(c[1], 16) : Number(c[2]);
      // A token's characters: no spaces, no controls (a sentence as bytes is a message, a table of codes is data).
      if (code <= 0x20 || code >= 0x7f) {
        printable = false;
        break;
      }
      decoded += String.fromCharCode(code);
      offsets.push(c.index);
    }
    if (!printable || decoded.length < 16) continue;
    offsets.push(m[0].length);
    out.push({ name: '', start: m.index, end: m.index + m[0].length, decoded, offsets });
  }
  return out;
}
