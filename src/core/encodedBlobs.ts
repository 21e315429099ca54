/**
 * Base64 literals that the same file decodes back into text: `echo "<base64>" | base64 -d > .env`,
 * `b64decode("…")`, `Buffer.from("…", "base64")`. A script that ships its `.env` or
 * its credentials file this way holds those secrets; the scanner reads the decoded text as it
 * reads a Kubernetes Secret's values (see `Scanner.collectDecoded`).
 */
import type { DecodedValue } from './kubernetesSecret';
import { decodeBase64, lineEndWithin, lineStartWithin } from './text';

/**
 * Calls and commands that decode base64, confirmed around each `64` of the text: every one of them
 * holds it (`base64 -d`, `b64decode(`, `decode64(`, Elixir's `decode64!(`, Perl's `decode_base64(`,
 * `FromBase64String(`, `Base64.getDecoder()`, `Buffer.from(…, 'base64')`, Dart's `base64.decode(`,
 * Swift's `Data(base64Encoded:`, Go's `base64.StdEncoding.DecodeString(`), and `indexOf('64')` is fast where a regex of these alternatives,
 * tried at every offset, cost a sixth of a scan. (Browsers' `atob(` has no `64`: left out.)
 */
const MARKER = /(?:base64(?:[ \t]{1,4}(?:-d|--decode|-D)\b|["']\s{0,3}\)|_decode\(|\.decode\(|[dD]ecode\(|Encoded:|\.(?:Std|URL|RawStd|RawURL)Encoding\.DecodeString\(|::engine::general_purpose::\w{1,20}\.decode\()|decode_base64\(|b64decode\(|decode64!?\(|FromBase64String\(|Base64\.getDecoder(?:\(\))?\.decode\()/;
/**
 * Or a value whose name or setting says it is base64, which the tool it is given to decodes:
 * Terraform's `user_data_base64 = "…"`, a CI variable `KUBE_CONFIG_B64: "…"`, cloud-init's
 * `encoding: b64` beside a file's `content:`.
 */
const DECLARED = /(?:[_-](?:base64|b64)["']?[ \t]{0,4}[:=]|encoding:[ \t]{0,4}["']?(?:b64|base64)\b)/i;
/** A quoted base64 literal long enough to hold a password (16 characters: 12 bytes); or a YAML value, unquoted. */
const QUOTED_BLOB = /(["'])([A-Za-z0-9+/]{16,8192}={0,2})\1|(?<=:[ \t]{1,4})()([A-Za-z0-9+/]{40,8192}={0,2})(?=[ \t]*\r?$)/gm;
/** How far from a decode marker its literal may be: a variable set on the line before, piped on the next. */
const REACH = 600;

/**
 * An EC2 instance's user data as the API carries it (a launch template's or a request's
 * `"UserData": "…"`): base64 of a script, which the instance decodes and runs.
 */
const USER_DATA = /^UserData["']?[ \t]{0,4}:[ \t]{0,4}["']/;

/** The files that give an instance's user data: a launch template's or a request's JSON, a CloudFormation template. */
const USER_DATA_FILE = /\.(?:json|ya?ml|template)$/i;

/** Offsets of the decode markers in the text, ascending. */
function markerOffsets(text: string, path: string | undefined): number[] {
  const out: number[] = [];
  // (Searched for in those files only: a search of every file's whole text cost a twentieth of a scan.)
  for (let k = USER_DATA_FILE.test(path ?? '') ? text.indexOf('UserData') : -1; k >= 0; k = text.indexOf('UserData', k + 8)) {
    if (USER_DATA.test(text.slice(k, k + 20))) out.push(k);
  }
  for (let k = text.indexOf('64'); k >= 0; k = text.indexOf('64', k + 2)) {
    // Every marker's `64` follows an `e` or a `b` (base64, decode64, b64decode, _B64): most numbers' do not.
    const before = text.charCodeAt(k - 1) | 32;
    if (before !== 101 && before !== 98) continue;
    // The marker ends at most 60 characters after its `64` (Rust's `base64::engine::general_purpose::STANDARD.decode(`), and its `64` is at most 14 in.
    const around = text.slice(Math.max(0, k - 14), k + 60);
    if (MARKER.test(around) || DECLARED.test(around)) out.push(k);
  }
  return out.sort((a, b) => a - b);
}

/** The printable multi-line documents and single tokens that base64 literals near a decode marker hold. */
export function decodedBlobs(text: string, path?: string): DecodedValue[] {
  const out: DecodedValue[] = [];
  let readTo = 0;
  for (const at of markerOffsets(text, path)) {
    // Each stretch of text is searched once, however many markers share it.
    const from = Math.max(readTo, at - REACH);
    const to = Math.min(text.length, at + REACH);
    if (to <= from) continue;
    QUOTED_BLOB.lastIndex = 0;
    const stretch = text.slice(from, to);
    for (let b = QUOTED_BLOB.exec(stretch); b; b = QUOTED_BLOB.exec(stretch)) {
      const blob = b[2] ?? b[4];
      const decoded = decodeBase64(blob);
      // A document: printable lines (an .env, a credentials file, a PEM key); or one token (`xoxb-…`), read by the provider rules.
      if (!decoded || !/^[\x20-\x7e\r\n\t]+$/.test(decoded) || (!decoded.includes('\n') && !/^[\x21-\x7e]{12,}$/.test(decoded))) continue;
      const start = from + b.index + (b[2] === undefined ? 0 : 1);
      const name = decoded.includes('\n') ? '' : nameDecodedInto(text, start);
      // (A token read by the providers' rules is 16 characters at least; a password under a name may be shorter.)
      if (!name && !decoded.includes('\n') && decoded.length < 16) continue;
      out.push({ name, start, end: start + blob.length, decoded });
    }
    readTo = to;
  }
  return out;
}

/**
 * Calls that decode hex into bytes, lower case, for the scan's keyword pass to find: Python's
 * `bytes.fromhex(` and `unhexlify(`, Go's `hex.DecodeString(`, Rust's `hex::decode(`, Java's
 * `Hex.decodeHex(` and `parseHexBinary(`, PHP's `hex2bin(`, .NET's `FromHexString(`, Node's
 * `Buffer.from(…, 'hex')`, Perl's and PHP's `pack('H*', …)`, a shell's `xxd -r -p`, a helper named for it (`mustHex(`).
 */
export const HEX_DECODERS: readonly string[] = ['fromhex(', 'unhexlify(', 'hex.decodestring(', 'hex::decode(', 'hex.decode(', 'decodehex(', 'parsehexbinary(',
  'hex2bin(', 'fromhexstring(', "'hex')", '"hex")', 'musthex(', "'h*'", '"h*"', 'xxd -r'];
/** A quoted hex literal of 8 to 1024 bytes. */
const QUOTED_HEX = /(["'])((?:[0-9a-fA-F]{2}){8,1024})\1/g;

/**
 * Printable text that hex literals next to a hex decode (at `decoders`, ascending) hold: a token
 * kept as hex, with the name each is set to.
 */
export function decodedHexLiterals(text: string, decoders: Iterable<number>): DecodedValue[] {
  const out: DecodedValue[] = [];
  let readTo = 0;
  for (const k of decoders) {
    // The literal is the call's argument, on the decoder's line (or the one before: a variable set, then decoded).
    // (Within reach of the decoder: a minified line is one line.)
    const from = Math.max(readTo, lineStartWithin(text, Math.max(0, lineStartWithin(text, k, REACH) - 1), REACH));
    const to = lineEndWithin(text, k, REACH);
    if (to <= from) continue;
    const stretch = text.slice(from, to);
    QUOTED_HEX.lastIndex = 0;
    for (let m = QUOTED_HEX.exec(stretch); m; m = QUOTED_HEX.exec(stretch)) {
      const decoded = m[2].replace(/../g, h => String.fromCharCode(parseInt(h, 16)));
      if (!/^[\x21-\x7e]{8,}$/.test(decoded)) continue;
      const start = from + m.index + 1;
      out.push({ name: nameDecodedInto(text, start), start, end: start + m[2].length, decoded });
    }
    readTo = to;
  }
  return out;
}

/**
 * The name a one-line decode is set to, on the literal's line: `LEGACY_TOKEN = base64.b64decode("…")`,
 * Perl's `use constant SMTP_PASS => decode_base64('…')`, Elixir's `@webhook_secret Base.decode64!("…")`;
 * '' when the line sets no name.
 */
function nameDecodedInto(text: string, start: number): string {
  const line = text.slice(lineStartWithin(text, start, 160), start);
  // (Anything but another assignment between: `STORAGE_KEY="$(echo '`, `adminPassword = utf8.decode(base64.decode('`.)
  // (A type may follow the name: Swift's `squareAccessToken: String = String(data: Data(base64Encoded: "`.)
  const m = /(?:([A-Za-z_$][\w$]{1,60})["']?(?:[ \t]{0,4}:[ \t]{0,4}[\w.<>[\]?]{1,40})?[ \t]{0,24}(?:=>|:=|=)|^[ \t]*@([a-z_]\w{1,60})[ \t])[^=;]{0,100}[(\s]["']?$/.exec(line);
  return m?.[1] ?? m?.[2] ?? '';
}

/** A YAML single-quoted scalar that quotes within itself (`- 'API_KEY = ''…'''`): its text, `''` for each `'`. */
const YAML_QUOTED = /(?<=^|[\s[{,:-])'((?:[^'\n]|''){0,2048}'')(?:[^'\n]|''){0,2048}'(?=[ \t]*(?:$|[,\]}#]))/gm;

/**
 * YAML's single-quoted scalars that hold a quote (a rule's test case: `- 'API_KEY = ''…'''`, `- 'CREATE
 * USER … IDENTIFIED BY ''…'';'`), read unescaped, offsets kept: the snippet's own syntax shows.
 */
export function yamlStringsQuotingWithin(text: string): DecodedValue[] {
  if (!text.includes("''")) return [];
  const out: DecodedValue[] = [];
  YAML_QUOTED.lastIndex = 0;
  for (let m = YAML_QUOTED.exec(text); m && out.length < 2000; m = YAML_QUOTED.exec(text)) {
    const start = m.index + 1, end = m.index + m[0].length - 1;
    let decoded = '';
    const offsets: number[] = [];
    for (let i = start; i < end; i++) {
      offsets.push(i - start);
      decoded += text[i];
      if (text[i] === "'" && text[i + 1] === "'") i++;
    }
    offsets.push(end - start);
    out.push({ name: '', start, end, decoded, offsets });
  }
  return out;
}

/** Longest string literal unescaped, and the most text unescaped per file (dense lock-like files stay cheap). */
const MAX_ESCAPED_STRING = 8192;
const MAX_UNESCAPED_TOTAL = 65_536;

/**
 * JSON strings that escape `/` as `\/` (Slack and Discord exports, PHP's `json_encode`) or hold
 * lines as `\n` (a pasted `.env` in a chat message, a ticket's description, a logged config), and
 * the messages of exports and tickets (`"text": "…"`, `"body": "…"`): `https:\/\/hooks.slack.com\/…`
 * matches no format, `…:\nAPI_TOKEN=…\n…` reads as one name, and a message is prose (`the new
 * token is …`). Each such string is read unescaped, with its offsets kept: a finding lands on the value.
 */
export function unescapedJsonStrings(text: string): DecodedValue[] {
  return unescapedStringsAt(text, stringFinder(text));
}

/**
 * Double-quoted strings of code and configuration that quote within themselves (`\"`): a rule's
 * test table (`input: "api_key = os.getenv(\"API_KEY\", \"…\")"`), a config fragment or a
 * command kept in a string (`"<add key=\"ApiSecret\" value=\"…\" />"`). The quotes inside
 * hide the snippet's own syntax; each such string is read unescaped, offsets kept, as a JSON
 * string is. (Most languages escape as JSON does in double quotes; a string with another
 * escape, such as a regex's `\d`, is left as it is.)
 */
export function stringsQuotingWithin(text: string): DecodedValue[] {
  // One line each: a string of lines is a file's text (a source map's `sourcesContent`), read as code where it is.
  // (So is one that still holds escaped line ends after unescaping: code quoting code, as a test of a source map does.)
  return unescapedStringsAt(text, from => text.indexOf('\\"', from)).filter(s => !s.decoded.includes('\n') && !s.decoded.includes('\\n'));
}

/** The strings holding the places `next` finds (offsets only grow), unescaped. */
function unescapedStringsAt(text: string, next: (from: number) => number): DecodedValue[] {
  const out: DecodedValue[] = [];
  // `noStringBefore`: where the last search for an opening quote gave up; the next search need not
  // look behind it (no quote opens a string there), which keeps quote-less text linear.
  let readTo = 0, total = 0, noStringBefore = 0;
  for (let k = next(0); k >= 0 && total < MAX_UNESCAPED_TOTAL; k = next(Math.max(k + 2, readTo))) {
    const open = openingQuote(text, k, noStringBefore);
    const close = open < 0 ? -1 : closingQuote(text, k);
    if (close < 0) {
      noStringBefore = k;
      readTo = k + 2;
      continue;
    }
    readTo = close + 1;
    const read = unescapeJsonString(text, open + 1, close);
    // Short strings (a path, a date) hold no credential with its context.
    if (!read || read.decoded.length < 20) continue;
    total += read.decoded.length;
    const prose = MESSAGE_KEY_BEFORE.test(text.slice(Math.max(0, open - 24), open));
    out.push({ name: '', start: open + 1, end: close, ...read, ...(prose ? { prose } : {}) });
  }
  return out;
}

/** The keys of messages: chat exports', issue trackers', logs' and comments' text. */
const MESSAGE_KEYS = 'text|content|body|message|msg|description|comment|summary|note';
const MESSAGE_VALUE = new RegExp(`"(?:${MESSAGE_KEYS})"[ \\t]{0,2}:[ \\t]{0,2}"(?=[^"])`, 'g');
const MESSAGE_KEY_BEFORE = new RegExp(`"(?:${MESSAGE_KEYS})"[ \\t]{0,2}:[ \\t]{0,2}$`);

/**
 * A finder of the next place to read a string at, at or after an offset (-1 when there is none),
 * for offsets that only grow: a `\/`, `\n` or `\"` escape, or the start of a message's value. Each
 * kind's next place is searched for again only once it is passed, so text full of one kind and
 * without the others stays linear.
 */
function stringFinder(text: string): (from: number) => number {
  const search: ((from: number) => number)[] = [
    (from: number) => text.indexOf('\\/', from),
    (from: number) => text.indexOf('\\n', from),
    (from: number) => {
      MESSAGE_VALUE.lastIndex = from;
      const m = MESSAGE_VALUE.exec(text);
      return m ? m.index + m[0].length : -1;
    },
  ];
  const places = search.map(() => -2);
  return from => {
    let first = -1;
    for (let kind = 0; kind < search.length; kind++) {
      if (places[kind] !== -1 && places[kind] < from) places[kind] = search[kind](from);
      if (places[kind] >= 0 && (first < 0 || places[kind] < first)) first = places[kind];
    }
    return first;
  };
}

/**
 * A message's text given as an array of pieces (Telegram Desktop's export: `"text": ["the password is ", {"type": "code", "text": "…"}]`),
 * or a paragraph's nodes in Atlassian's document format (Jira's and Confluence's: `"content": [{"type": "text", "text": "api key "},
 * {"type": "text", "text": "…", "marks": [{"type": "code"}]}]`).
 */
const RICH_TEXT_ARRAY = /"(?:text(?:_entities)?|content)"[ \t]{0,2}:[ \t]{0,2}\[/g;
const RICH_TEXT_CODE = new Set(['code', 'pre']);

/**
 * Messages whose text is an array of plain strings and styled pieces (`{"type": "code", "text": "…"}`),
 * read as the one sentence they make: a label in one piece and its value in the next. A code
 * piece reads as a code span (`` `…` ``). Offsets are kept: a finding lands on the piece's text.
 */
export function richTextArrays(text: string): DecodedValue[] {
  const out: DecodedValue[] = [];
  let total = 0;
  RICH_TEXT_ARRAY.lastIndex = 0;
  for (let m = RICH_TEXT_ARRAY.exec(text); m && total < MAX_UNESCAPED_TOTAL; m = RICH_TEXT_ARRAY.exec(text)) {
    const start = m.index + m[0].length - 1;
    const read = readRichTextArray(text, start);
    if (!read) continue;
    RICH_TEXT_ARRAY.lastIndex = read.end;
    if (read.pieces < 2 || read.decoded.length < 12) continue;
    total += read.decoded.length;
    out.push({ name: '', start, end: read.end, decoded: read.decoded, offsets: read.offsets, prose: true });
  }
  return out;
}

/** The array opening at `open` read piece by piece, or undefined when an element is neither a string nor a flat styled piece. */
function readRichTextArray(text: string, open: number): { decoded: string; offsets: number[]; end: number; pieces: number } | undefined {
  let decoded = '';
  const offsets: number[] = [];
  let pieces = 0;
  const add = (from: number, to: number, code: boolean) => {
    const read = unescapeJsonString(text, from, to);
    if (!read) return false;
    // (A code span's backticks stand on the piece's quotes: a finding's range is the text between.)
    if (code) { decoded += '`'; offsets.push(from - 1 - open); }
    for (let k = 0; k < read.decoded.length; k++) offsets.push(from + read.offsets[k] - open);
    decoded += read.decoded;
    if (code) { decoded += '`'; offsets.push(to - open); }
    pieces++;
    return true;
  };
  let i = open + 1;
  for (let n = 0; n < 200; n++) {
    i = skipBlanks(text, i);
    if (text[i] === ']') {
      offsets.push(i + 1 - open);
      return { decoded, offsets, end: i + 1, pieces };
    }
    if (text[i] === '"') {
      const close = closingQuote(text, i + 1);
      if (close < 0 || !add(i + 1, close, false)) return undefined;
      i = close + 1;
    } else if (text[i] === '{') {
      const piece = styledPiece(text, i);
      // (A piece without text, ADF's `{"type": "hardBreak"}`, breaks the line.)
      if (!piece || (piece.from < 0 ? (decoded += '\n', offsets.push(i - open), false) : !add(piece.from, piece.to, RICH_TEXT_CODE.has(piece.type)))) return undefined;
      i = piece.end;
    } else return undefined;
    i = skipBlanks(text, i);
    if (text[i] === ',') i++;
  }
  return undefined;
}

/** A flat object `{"type": "…", "text": "…", …}` at `open`: its type, its text's body and where it ends. */
function styledPiece(text: string, open: number): { type: string; from: number; to: number; end: number } | undefined {
  let type = '', from = -1, to = -1, coded = false;
  let i = open + 1;
  for (let n = 0; n < 12; n++) {
    i = skipBlanks(text, i);
    if (text[i] === '}') return from >= 0 || type === 'hardBreak' ? { type: coded ? 'code' : type, from, to, end: i + 1 } : undefined;
    if (text[i] !== '"') return undefined;
    const keyEnd = closingQuote(text, i + 1);
    if (keyEnd < 0) return undefined;
    const key = text.slice(i + 1, keyEnd);
    i = skipBlanks(text, keyEnd + 1);
    if (text[i] !== ':') return undefined;
    i = skipBlanks(text, i + 1);
    if (text[i] === '"') {
      const close = closingQuote(text, i + 1);
      if (close < 0) return undefined;
      if (key === 'type') type = text.slice(i + 1, close);
      if (key === 'text') { from = i + 1; to = close; }
      i = close + 1;
    } else if (key === 'marks' && text[i] === '[') {
      // ADF's styles of a text node: a code mark makes it a code span.
      const end = balancedEnd(text, i, 600);
      if (end < 0) return undefined;
      coded = /"type"[ \t]{0,2}:[ \t]{0,2}"code"/.test(text.slice(i, end));
      i = end;
    } else {
      // A number, `true`, `null`: no nested objects or arrays in a styled piece.
      const scalar = /^[\w.+-]{1,40}/.exec(text.slice(i, i + 40));
      if (!scalar) return undefined;
      i += scalar[0].length;
    }
    i = skipBlanks(text, i);
    if (text[i] === ',') i++;
  }
  return undefined;
}

/** Just past the bracket that closes the one at `open` (strings skipped), within `max` characters; -1 when there is none. */
function balancedEnd(text: string, open: number, max: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i - open < max; i++) {
    const c = text[i];
    if (c === '"') {
      i = closingQuote(text, i + 1);
      if (i < 0) return -1;
    } else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i + 1;
  }
  return -1;
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The JSON string body `text[from, to)` unescaped, and for each decoded character the offset
 * (from `from`) of the text it came from, plus the body's length at the end; undefined when the
 * body is not a valid JSON string.
 */
export function unescapeJsonString(text: string, from: number, to: number): { decoded: string; offsets: number[] } | undefined {
  let decoded = '';
  const offsets: number[] = [];
  for (let i = from; i < to;) {
    offsets.push(i - from);
    const c = text[i];
    if (c !== '\\') {
      if (c < ' ') return undefined;
      decoded += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      decoded += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else if (e !== undefined && e in SIMPLE_ESCAPES) {
      decoded += SIMPLE_ESCAPES[e];
      i += 2;
    } else return undefined;
  }
  offsets.push(to - from);
  return { decoded, offsets };
}

/** The `"` opening the string around `at`, on its line, within reach and after `stop`; -1 when there is none. */
function openingQuote(text: string, at: number, stop: number): number {
  for (let i = at - 1, floor = Math.max(stop, at - MAX_ESCAPED_STRING); i >= floor; i--) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '"' && !escapedAt(text, i)) return i;
  }
  return -1;
}

/** The `"` closing the string that holds `at`; -1 when it does not close on its line within reach. */
export function closingQuote(text: string, at: number): number {
  for (let i = at, ceiling = Math.min(text.length, at + MAX_ESCAPED_STRING); i < ceiling; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === '"') return i;
  }
  return -1;
}

/** Whether the character at `i` is escaped (an odd run of backslashes before it). */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  while (i - 1 - n >= 0 && text[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/**
 * PowerShell's flag for a script passed encoded, lower case, for the scan's keyword pass to find:
 * `-EncodedCommand` and the abbreviations PowerShell accepts (`-enc`, `-ec`, `-e`).
 */
export const ENCODED_COMMAND_FLAGS: readonly string[] = ['-encodedcommand', '-enc ', '-ec ', ' -e '];
/** The flag, then the script: base64 of its UTF-16LE bytes. */
const ENCODED_COMMAND = /-(?:EncodedCommand|enc|ec|e)[ \t]{1,4}["']?([A-Za-z0-9+/]{20,20000}={0,2})(?![A-Za-z0-9+/=])/iy;

/**
 * The scripts that `powershell -EncodedCommand <base64>` runs (a scheduled task's arguments, a
 * launcher's command line), decoded from UTF-16LE: read as PowerShell, every rule applies. `flags`
 * are where the keyword pass found a flag, ascending.
 */
export function encodedPowerShellCommands(text: string, flags: Iterable<number>): DecodedValue[] {
  const out: DecodedValue[] = [];
  let readTo = 0;
  for (const at of flags) {
    const dash = text.indexOf('-', at);
    if (dash < readTo || dash < 0 || dash - at > 1) continue;
    ENCODED_COMMAND.lastIndex = dash;
    const m = ENCODED_COMMAND.exec(text);
    if (!m) continue;
    const script = utf16leText(decodeBase64(m[1]));
    const start = dash + m[0].length - m[1].length;
    readTo = start + m[1].length;
    if (script && /^[\x09\x0a\x0d\x20-\x7e]{8,}$/.test(script)) out.push({ name: '', start, end: readTo, decoded: script });
  }
  return out;
}

/** Bytes (one per character) read as UTF-16LE, when they are: an even count, every high byte zero for ASCII text. */
function utf16leText(bytes: string | undefined): string | undefined {
  if (!bytes || bytes.length % 2 !== 0) return undefined;
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes.charCodeAt(i + 1) !== 0) return undefined;
    out += bytes[i];
  }
  return out;
}
