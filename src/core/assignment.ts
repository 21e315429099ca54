/**
 * Reading "name = value" shapes in any syntax: code assignments, object and map literals,
 * YAML/TOML/INI/.properties/.env keys, XML elements, HCL attributes, keyword arguments
 * and CLI flags. Hand-written scanning keeps this linear on any input.
 */

import { commandOutputValue, tableRowValue } from './transcript';
import { SETTING_COMMAND, constantValueAt, type AssignmentFacts } from './lang';
import { indexWithin, isEmailAddress, lastIndexWithin, lineEndWithin, lineStartWithin, toEnvName } from './text';
import type { Rule } from './types';

/** Identifier characters of names across languages: letters, digits, `_`, `$`, `.`, `-`. */
function isIdentChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 45
    // Letters of other alphabets: `contraseña`, `Schlüssel`, `пароль`, `数据库.密码` are names too.
    || (c >= 0xc0 && LETTER.test(ch));
}

const LETTER = /^[\p{L}\p{M}]/u;

/**
 * The name around the keyword at `at` is plainly used, not assigned: it closes a block comment
 * (`/* EqualsToken *\/`) or is called without arguments inside an expression (`token() === x`,
 * `scanner.getToken();`). Both are dense in compilers and parsers; answering this first spares
 * reading every assignment form there.
 */
/** Where the name around the keyword at `at` ends (at most 80 characters on). */
export function identifierEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length && isIdentChar(text[e]) && e - at < 80) e++;
  return e;
}

export function isPlainUse(text: string, at: number): boolean {
  const e = identifierEnd(text, at);
  if (text[e] === ' ' && text[e + 1] === '*' && text[e + 2] === '/') return true;
  return text[e] === '(' && text[e + 1] === ')' && /[;,)\].&]/.test(text[e + 2] ?? '');
}

/**
 * The identifier that `valueStart` is assigned to on its own line, if any:
 * `stripeSecretKey = "…"`, `"apiKey": "…"`, `password: …`, `--token=…`, `<secret>…`.
 */
export function assignedNameBefore(text: string, valueStart: number): string | undefined {
  const element = text[valueStart - 1] === '>' ? elementNameBefore(text, valueStart) : undefined;
  if (element) return element;
  const lineStart = lineStartWithin(text, valueStart, 200);
  let i = valueStart - 1;
  // Opening quote or bracket of the value, e.g. `"`, `'`, `` ` ``, `(`, `@"`, `r"`, `b'`, `f"`.
  while (i >= lineStart && /["'`(@]/.test(text[i])) i--;
  if (i >= lineStart && /[rbfuRBFU]/.test(text[i]) && i - 1 >= lineStart && /[\s=:(,]/.test(text[i - 1])) i--;
  while (i >= lineStart && (text[i] === ' ' || text[i] === '\t')) i--;
  const opEnd = i;
  // The operator: =, :, :=, =>, ->, >, (XML closing of the start tag), or a space after a --flag.
  while (i >= lineStart && /[=:>!?|+-]/.test(text[i]) && opEnd - i < 3) i--;
  const hadOperator = i < opEnd;
  while (i >= lineStart && (text[i] === ' ' || text[i] === '\t')) i--;
  // Closing quote/bracket of the name: `"apiKey":`, `['token'] =`, `[secret]` (INI section keys).
  while (i >= lineStart && /["'\]]/.test(text[i])) i--;
  const nameEnd = i + 1;
  while (i >= lineStart && isIdentChar(text[i]) && nameEnd - i <= 80) i--;
  let name = text.slice(i + 1, nameEnd).replace(/^[-.]+|[-.]+$/g, '');
  if (!name || /^\d/.test(name)) return undefined;
  // C's and Objective-C's `#define KF_API_KEY @"…"` names its value with a space.
  if (!hadOperator && !text.slice(i + 1, nameEnd).startsWith('--') && !/^[ \t]*#[ \t]*define[ \t]+$/.test(text.slice(lineStart, i + 1))) return undefined;
  return meaningfulTail(name);
}

/** A property's or a plist entry's value element names its value with the element before: Hadoop's `<name>fs.azure.account.key.…</name>⏎<value>`, `<key>APIKey</key>⏎<string>`. */
const ELEMENT_NAME_BEFORE = /<(name|key)>([^<>\n]{1,120})<\/\1>\s{0,40}(?:<description>[^<]{0,300}<\/description>\s{0,40})?<(?:value|defaultValue|string)>$/;
/** An element named by its attribute: Android's `<string name="agora_app_certificate" translatable="false">`. */
const NAMED_ELEMENT_BEFORE = /<[\w:.-]{1,40}[ \t]{1,4}(?:[\w:.-]{1,40}[ \t]{0,2}=[ \t]{0,2}"[^"<>\n]{0,100}"[ \t]{1,4}){0,3}(?:name|key)[ \t]{0,2}=[ \t]{0,2}"([^"<>\n]{1,120})"(?:[ \t]{1,4}[\w:.-]{1,40}[ \t]{0,2}=[ \t]{0,2}"[^"<>\n]{0,100}"){0,3}[ \t]{0,4}>$/;

function elementNameBefore(text: string, valueStart: number): string | undefined {
  const before = text.slice(Math.max(0, valueStart - 520), valueStart);
  return ELEMENT_NAME_BEFORE.exec(before)?.[2] ?? NAMED_ELEMENT_BEFORE.exec(before.slice(-400))?.[1];
}

/**
 * `this.apiKey` → `apiKey`, `config.openai.key` → `openai_key`, `db.password` → `db_password`:
 * the last part of a dotted name, plus its parent when the last part alone is vague.
 */
export function meaningfulTail(name: string): string {
  const parts = name.replace(/^[@$]+/, '').split('.').filter(p => p && !/^(?:this|self|me|cls|ctx|context)$/i.test(p));
  if (parts.length <= 1) return parts[0] ?? name;
  const last = parts[parts.length - 1];
  const vague = VAGUE_NAMES.has(toEnvName(last).toLowerCase());
  return vague && !/^(?:config|settings|options|opts|env|process|conf|cfg|app|params|props|self)$/i.test(parts[parts.length - 2])
    ? `${parts[parts.length - 2]}_${last}`
    : last;
}

/** Words that make a name say nothing beyond "it is a credential". */
const VAGUE_NAMES = new Set(['key', 'token', 'secret', 'password', 'pass', 'pwd', 'value', 'auth', 'apikey', 'api_key',
  'credential', 'credentials', 'access_token', 'accesstoken', 'api_token', 'apitoken', 'authorization', 'bearer', 'authtoken', 'auth_token']);

/**
 * The environment variable to suggest: a descriptive assigned name wins
 * (`stripeSecretKey` → `STRIPE_SECRET_KEY`), otherwise the provider's convention.
 */
export function envNameFor(rule: Rule, assignedName: string | undefined): string {
  if (!assignedName) return rule.envVar;
  const env = toEnvName(meaningfulTail(assignedName));
  if (!env || env.length > 60 || env.length < 3) return rule.envVar;
  // A provider's convention (OPENAI_API_KEY) says more than a vague `apiKey`; for
  // generic findings the name is all we know.
  // HTTP header names count as vague too: `x-api-key` says no more than `api_key`.
  if (VAGUE_NAMES.has(env.toLowerCase().replace(/^x_/, '')) && rule.confidence !== 'generic') return rule.envVar;
  return env;
}

/**
 * Skips a type between name and `=`: `token: string = "…"` (TS, Kotlin, Swift, Scala),
 * `var authToken string = "…"` (Go). Returns the offset after `=` when found, else `i`.
 */
function skipTypeAnnotation(text: string, i: number, limit: number, op: string, setOp: (op: string) => void,
  nameStart: number): number {
  // Visual Basic's `Dim apiToken As String =`, T-SQL's `DECLARE @password NVARCHAR(50) =`, PL/SQL's
  // `c_key CONSTANT VARCHAR2(64) :=`, COBOL's `WS-DB-PASSWORD PIC X(20) VALUE '…'`, ABAP's `c_api_key TYPE string VALUE '…'`.
  const declared = op === '' ? DECLARED_TYPE.exec(text.slice(i, Math.min(limit, i + 60))) : null;
  if (declared) {
    setOp('=');
    return i + declared[0].length;
  }
  // Go's `var name Type =` needs the declaration keyword; `name: Type =` needs the colon. Bicep's `param name string =` too.
  if (op === '' && !/(?:^|[\s;{(])(?:var|const|let|val|param)[ \t]+$/.test(text.slice(Math.max(0, nameStart - 8), nameStart))) return i;
  // Types as languages write them (Ada's and Pascal's `: constant String :=` too): `&str` / `&'static str` (Rust), `Final[str]` (Python),
  // `Map<String, String>`, `string[]`, `String?`, `string | null` (TypeScript), Rust's byte
  // slices and arrays (`&[u8]`, `[u8; 32]`), Zig's and Go's (`[]const u8`, `[32]u8`, `[]byte`).
  // A space or a quote follows the `=` (or a line break before an indented quote, a formatter's wrap):
  // `password: c2VjcmV0=` in YAML is a base64 value, no type.
  const m = /^[ \t]{0,4}(?:(?:constant|aliased)[ \t]+)?(?:&(?:'\w{1,20}[ \t]+)?)?(?:\[[A-Za-z_]\w{0,10}(?:;[ \t]{0,2}\d{1,4})?\]|\[:?\d{0,4}(?::0)?\](?:const[ \t]+)?[A-Za-z_]\w{0,10}|[A-Za-z_][\w.]{0,30}(?:<[\w.,<> ?]{0,40}>|\[[\w.,[\] ]{0,40}\])?(?:\[\])?\??(?:[ \t]{0,2}\|[ \t]{0,2}[A-Za-z_]\w{0,20}){0,2})[ \t]{0,4}:?=(?![=>])(?=[ \t"'`]|\r?\n[ \t]{1,40}["'`])/
    .exec(text.slice(i, i + 120)); // (past the line's end only for the lookahead: types hold no line break)
  if (!m || i + m[0].length > limit) return i;
  setOp('=');
  return i + m[0].length;
}

/** Start-tag attributes that say the element's text is encrypted. */
const ENCRYPTED_ELEMENT = /\b(?:encoding[ \t]{0,2}=[ \t]{0,2}["']crypt["']|encrypted[ \t]{0,2}=[ \t]{0,2}["'](?:true|yes|1)["'])/i;

/**
 * What opens a byte array after the operator: C's and Java's `{`, Rust's and Swift's `[`, and
 * the constructors around them (`new byte[] {`, Go's `[]byte{`, Zig's `[_]u8{`, Kotlin's
 * `byteArrayOf(`, Python's `bytes([`, JavaScript's `new Uint8Array([`, C++'s `{{`, Dart's `const [`,
 * PowerShell's `[byte[]]@(`).
 */
// (Erlang's and Elixir's binaries `<<97, …>>`, Haskell's `BS.pack [`, Lua's `string.char(`, Julia's `UInt8[`, Dart's `<int>[`.)
const BYTE_ARRAY_OPENING = /^(?:<<|(?:B|BS|BC|C8|ByteString)\.pack[ \t]{1,2}\[|string\.char\(|UInt8\[|<int>\[|const[ \t]{1,3}\[|\[byte\[\]\][ \t]{0,2}@\(|new[ \t]{1,3}(?:byte|sbyte|Byte|UInt8|uint8_t|unsigned char|char|u8)[ \t]{0,2}\[\d{0,4}\][ \t]{0,2}\{|\[\]byte\{|\[(?:_|\d{1,4})\](?:u8|const u8)\{|&?\[|(?:u?byteArrayOf|bytes|bytearray|Buffer\.from|(?:new[ \t]{1,3})?Uint8Array(?:\.from)?|\w{0,20}\.fromList)\([ \t]{0,2}\[?|\{\{?)/;
/** One element: a hex or decimal byte, maybe cast (`(byte)0x9c`) or suffixed (Rust's `0x9cu8`). */
// (Or a character's literal: C's and Java's `{ '1', 'U', … }`; C's closing `'\0'` is read and dropped.)
const BYTE_ELEMENT = /^[ \t\r\n]{0,40}(?:\((?:byte|u?int8_t|unsigned char|char|u8|UInt8)\)[ \t]{0,2})?(0[xX][0-9a-fA-F]{1,2}|-?\d{1,3}|'(?:[^'\\\n]|\\['\\0])')(?:u8|[uU])?[ \t\r\n]{0,40}(?:\/\/[^\n]{0,120}\n[ \t]{0,40})?([,}\])>])/;
const MIN_KEY_BYTES = 16;
/** Printable characters spell a password in fewer: `{'1', 'U', 'C', 'a', '.', …}`, `<<97, 113, …>>`. */
const MIN_SPELLED_CHARS = 8;
const MAX_ARRAY_BYTES = 128;

/**
 * A byte array literal of 16 to 128 elements at `i` (a key written as bytes, on one line or
 * many): where its first and last elements are, and the bytes as hex. Larger arrays are tables.
 */
function byteArrayAt(text: string, i: number): { start: number; end: number; hex: string } | undefined {
  const opening = BYTE_ARRAY_OPENING.exec(text.slice(i, i + 40));
  if (!opening) return undefined;
  let j = i + opening[0].length;
  let start = -1, end = -1, hex = '';
  for (let n = 0; n <= MAX_ARRAY_BYTES; n++) {
    const m = BYTE_ELEMENT.exec(text.slice(j, j + 300));
    if (!m) return undefined;
    const at = j + m[0].indexOf(m[1]);
    // (Characters' literals in braces only: C's, C++'s, Java's and C#'s `char[]`; JavaScript's `['!', '#', …]` is a list of strings.)
    if (m[1][0] === "'" && !opening[0].endsWith('{')) return undefined;
    const byte = m[1][0] === "'" ? charLiteralCode(m[1]) : /^0x/i.test(m[1]) ? parseInt(m[1].slice(2), 16) : Number(m[1]);
    if (byte < -128 || byte > 255) return undefined;
    j += m[0].length;
    const last = m[2] !== ',' || /^[ \t\r\n]{0,40}[}\])>]/.test(text.slice(j, j + 42)); // (a trailing comma before the bracket)
    if (byte === 0 && m[1][0] === "'" && last) return enough(hex, start, end); // C's terminator is no character of the value
    hex += ((byte + 256) % 256).toString(16).padStart(2, '0');
    if (start < 0) start = at;
    end = at + m[1].length;
    if (last) return enough(hex, start, end);
  }
  return undefined;
}

/** The array read, if it is long enough: a key's bytes, or fewer printable characters spelling a password. */
function enough(hex: string, start: number, end: number): { start: number; end: number; hex: string } | undefined {
  const codes = hex.match(/../g) ?? [];
  const spelled = codes.length >= MIN_SPELLED_CHARS && codes.every(c => parseInt(c, 16) > 0x20 && parseInt(c, 16) < 0x7f);
  return codes.length >= MIN_KEY_BYTES || spelled ? { start, end, hex } : undefined;
}

/** The code of a character's literal: `'a'`, `'\''`, `'\\'`, `'\0'`. */
function charLiteralCode(literal: string): number {
  const body = literal.slice(1, -1);
  return body === '\\0' ? 0 : body.length === 2 ? body.charCodeAt(1) : body.charCodeAt(0);
}

/** Between two joined literals: the language's operator (or none), spaces, and maybe a line break. */
const JOIN_GAP = /^[ \t]{0,8}(?:\r?\n[ \t]{0,40})?(\+|\.\.|\.|&|@|)[ \t]{0,8}(?:\r?\n[ \t]{0,40})?(["'`])/;
const MAX_PIECES = 8;

/**
 * A value split into string literals the language joins (`"os_v2_app_" + "exku…"`, C's `"SG.a" "b"`):
 * the pieces' text joined, and where the last one ends. Undefined for a single literal, or when
 * anything but a literal follows (`"Bearer " + token`).
 */
function joinedLiterals(text: string, firstStart: number, firstEnd: number, joins: readonly string[]): { value: string; end: number } | undefined {
  let value = text.slice(firstStart, firstEnd);
  let end = firstEnd;
  let pieces = 1;
  for (let i = firstEnd + 1; pieces < MAX_PIECES; pieces++) {
    const m = JOIN_GAP.exec(text.slice(i, i + 120));
    if (!m || !joins.includes(m[1])) break;
    // Side by side across lines only where a line break ends no statement (C): in Python or Ruby
    // the next line's literal is another statement.
    if (m[1] === '' && m[0].includes('\n') && joins.includes('+')) break;
    const q = m[2];
    const start = i + m[0].length;
    let j = start;
    while (j < text.length && text[j] !== q && text[j] !== '\n' && j - start <= MAX_VALUE) j += text[j] === '\\' ? 2 : 1;
    if (text[j] !== q || value.length + j - start > MAX_VALUE) break;
    value += text.slice(start, j);
    end = j;
    i = j + 1;
  }
  // What follows the last piece must end the expression: `"a" + "b".trim()` is a call, not a value.
  return pieces > 1 && /^[ \t]*(?:[;,)\]}]|\r?\n|$)/.test(text.slice(end + 1, end + 4)) ? { value, end } : undefined;
}

/**
 * Openings of raw and bracketed string literals (and XML's CDATA sections), with what closes them:
 * Rust's `r#"…"#`, C++'s `R"(…)"`, Ruby's `%q(…)`, Perl's `q(…)`, Raku's `Q[…]`, Elixir's sigils
 * (`~s(…)`, `~S"…"`), Lua's `[[…]]`, OCaml's quoted strings (`{|…|}`), R's `r"(…)"` (or `r"[…]"`, `r"-(…)-"`).
 */
const RAW_STRING = /^(?:r(#{1,3})"|R"(\w{0,16})\(|(?:%[qQ]?|qq?|Q|~[sScC])([({[<|!/"'])|\[(=*)\[|(<!\[CDATA\[)|(\{\|)|[rR](["'])(-{0,8})([([{]))/;
const BRACKET_CLOSER: Record<string, string> = { '(': ')', '{': '}', '[': ']', '<': '>', '|': '|', '!': '!', '/': '/', '"': '"', "'": "'" };

/** Tcl's braced word of one line at `i` (`{…}`, nothing nested): where its content starts and ends. */
function bracedStringAt(text: string, i: number, limit: number): { start: number; end: number } | undefined {
  const m = /^\{([^{}\r\n]{1,2048})\}/.exec(text.slice(i, Math.min(limit, i + MAX_VALUE + 2)));
  return m ? { start: i + 1, end: i + 1 + m[1].length } : undefined;
}

/** A raw or bracketed string literal of one line at `i`: where its content starts and ends. */
function rawStringAt(text: string, i: number, limit: number): { start: number; end: number } | undefined {
  const c = text[i];
  if (c !== 'r' && c !== 'R' && c !== '%' && c !== 'q' && c !== 'Q' && c !== '~' && c !== '{' && c !== '[' && c !== '<') return undefined;
  const m = RAW_STRING.exec(text.slice(i, i + 24));
  if (!m) return undefined;
  const close = m[1] !== undefined ? `"${m[1]}` : m[2] !== undefined ? `)${m[2]}"` : m[3] !== undefined ? BRACKET_CLOSER[m[3]]
    : m[5] !== undefined ? ']]>' : m[6] !== undefined ? '|}' : m[7] !== undefined ? `${BRACKET_CLOSER[m[9]]}${m[8]}${m[7]}` : `]${m[4]}]`;
  const start = i + m[0].length;
  const end = indexWithin(text, close, start, MAX_VALUE + 1);
  if (end <= start || end > limit || end - start > MAX_VALUE || text.slice(start, end).includes('\n')) return undefined;
  return { start, end };
}

/** C#'s auto-implemented property's accessors, then its initializer's `=`: `{ get; set; } =`, `{ get; private set; } =`, `{ get; init; } =`. */
const AUTO_PROPERTY = /^\{[ \t]{0,4}get;[ \t]{0,4}(?:(?:private|protected|internal)[ \t]{1,4})?(?:(?:set|init);[ \t]{0,4})?\}[ \t]{0,4}=(?![=>])/;

/** The value flag of `gh secret set NAME --body …`. */
const GH_SECRET_BODY = /^(?:--body|-b)(?:[ \t]{1,4}|=)/;

/**
 * A type after the name that says so by itself: VB's `As String`, SQL's character types (PL/pgSQL's
 * `api_key constant text := '…'`, MySQL's `DECLARE pwd VARCHAR(40) DEFAULT '…'`), ABAP's `TYPE string VALUE '…'`.
 */
const DECLARED_TYPE = /^[ \t]{0,4}(?:(?:As[ \t]+[A-Za-z_][\w.]{0,30}|(?:AS[ \t]+|CONSTANT[ \t]+)?N?(?:VAR)?CHAR(?:2)?(?:\([ \t]?(?:\d{1,5}|MAX)[ \t]?\))?)[ \t]{0,4}:?=(?![=>])|(?:CONSTANT[ \t]+)?(?:N?(?:VAR)?CHAR(?:2)?|CHARACTER[ \t]+VARYING|TEXT)(?:\([ \t]?\d{1,5}[ \t]?\))?[ \t]{1,4}DEFAULT[ \t]{1,4}(?=['"])|(?:CONSTANT[ \t]+)?TEXT[ \t]{0,4}:=|PIC(?:TURE)?[ \t]{1,4}[XA9]{1,4}(?:\(\d{1,4}\))?[ \t]{1,4}VALUE(?:[ \t]{1,4}IS)?[ \t]{1,4}(?=["'])|TYPE[ \t]{1,4}[\w/]{1,30}(?:[ \t]{1,4}LENGTH[ \t]{1,4}\d{1,4})?[ \t]{1,4}VALUE[ \t]{1,4}(?=['`]))/i;

/**
 * A template expression whose value is a string literal: GitHub Actions' `${{ "…" }}`, ERB's
 * `<%= "…" %>`, Jinja and Helm's `{{ "…" }}` (with or without filters). The quote must follow.
 */
const TEMPLATE_EXPRESSION = /^(?:\$\{\{|<%=?|\{\{-?)[ \t]{0,3}(?=["'])/;

/**
 * A string constructor around a literal value, or a conversion to bytes (a signing key's usual
 * form): Go's `[]byte("…")`, .NET's `Encoding.UTF8.GetBytes("…")`, Node's `Buffer.from("…")`,
 * `new TextEncoder().encode("…")`, Python's `bytes("…", …)`, Swift's `Data("…".utf8)` and `Array("…".utf8)`,
 * Dart's `utf8.encode("…")` and cryptography's `SecretKey('…')`, or a key given in base64 and decoded where declared (`Convert.FromBase64String`,
 * Java's `Base64.getDecoder().decode`, Python's `base64.b64decode` and `bytes.fromhex`, Julia's `hex2bytes`,
 * Elixir's `Base.decode64!`, Swift's `Data(base64Encoded:)`), Pulumi's `pulumi.secret(…)`, the CDK's `SecretValue.unsafePlainText(…)` and Haystack's `Secret.from_token(…)` (they mark a
 * literal secret, and the literal stays in the program), applied with or without parentheses
 * (F#'s `Convert.FromBase64String "…"`), and Erlang's binaries (`<<"…">>`). The quote must follow (or open the next line, where a formatter wrapped the call: `String::from(⏎    "…",⏎)`).
 */
const STRING_WRAPPER = /^(?:(?:new[ \t]+)?(?:std::)?(?:String|string|SecretStr|SecretString|SecureString|Secret|Some|QStringLiteral|QLatin1String|QByteArrayLiteral|_T|_TEXT|TEXT|wxT|CFSTR)(?:::(?:from|new))?|QByteArray(?:::from(?:Hex|Base64|RawData))?|QString(?:::from(?:Utf8|Latin1))?|\[\]byte|Encoding\.(?:UTF8|ASCII|Default|Unicode)\.GetBytes|Buffer\.from|new[ \t]TextEncoder\(\)\.encode|JSON\.stringify|bytes|bytearray|Data|Array|SecretKey|utf8\.encode|(?:System\.)?Convert\.FromBase64String|(?:java\.util\.)?Base64\.getDecoder(?:\(\))?\.decode|(?:base64\.)?(?:urlsafe_|standard_)?b64decode|hex2bytes|hex2bin|hex|base64_decode|Base\.decode(?:64|32|16)!?|bytes\.fromhex|(?:binascii\.)?(?:unhexlify|a2b_base64)|hex::decode|Hex\.decodeHex|decodeBase64|atob|pulumi\.(?:Output\.)?secret|Secret\.from_token|(?:cdk\.)?SecretValue\.(?:unsafe_plain_text|unsafePlainText|plain_text|plainText))(?:\([ \t]{0,2}(?:\r?\n[ \t]{0,40})?|[ \t]{1,2})(?=[@"'L`])|^Data\(base64Encoded:[ \t]{0,2}(?=")|^<<(?=")|^\*(?=b")/;

/**
 * A key type built from the literal (or from a wrapper around it) under the key's name: CryptoKit's
 * `SymmetricKey(data: …)`, Rust jsonwebtoken's `EncodingKey::from_secret(…`. (Java's and .NET's
 * signing-key constructors are read by the signing-secret-argument rule, named or not.)
 */
const KEY_CONSTRUCTOR = /^(?:SymmetricKey\(data:|(?:Encoding|Decoding)Key::from_(?:secret|base64_secret)\()[ \t]{0,2}(?=["'bD])/;

/**
 * A settings schema's default for the named setting: zod's `NEXTAUTH_SECRET: z.string().default("…")`
 * (t3-env, Next.js apps), Joi's and yup's `.default('…')`. Where the variable is unset, the literal
 * is the secret. The quote must follow.
 */
// (And pydantic's `wandb_api_key: str = Field(default="…", alias="WANDB_API_KEY")`, the default also first and maybe on the next line;
// Terraform's `coalesce(var.x_override, "…")`, the literal used when the variable is null.)
const SCHEMA_DEFAULT = /^(?:[A-Za-z_$][\w$]{0,20}(?:\.[A-Za-z_$][\w$]{0,30}\([^()\n]{0,40}\)){1,6}\.default\([ \t]{0,2}|(?:pydantic\.)?Field\((?:[ \t]{0,2}|[ \t]{0,2}\r?\n[ \t]{0,40})(?:default[ \t]{0,2}=[ \t]{0,2})?|coalesce\([ \t]{0,2}(?:var|local)\.[\w.-]{1,100}[ \t]{0,2},[ \t]{0,2})(?=["'`])/;

/** Make's `?=`, `+=`, `::=` and `:::=`, PHP's `.=`, besides the usual ones (and comparisons, refused later). */
// (A comparison either way, `==` or `!=`, with a literal holds the expected secret: `if token != "…": abort()`.)
const ASSIGNMENT_OPERATOR = /^(?:=|:|:=|::=|:::=|=>|\?=|\+=|\.=|\?\?=|\|\|=|==|===|!=|!==)$/;

/** Calls that compare their two arguments: C's `strcmp`, .NET's `string.Equals`, constant-time comparisons. */
const COMPARING_CALL = String.raw`(?:\bstrn?cmp|\bstrn?casecmp|\b[Ss]tring\.Equals|\bcompare_digest|\bconstant_time_compare|\bsecure_compare|\bConstantTimeCompare|\bhash_equals|\btimingSafeEqual)\(`;
/**
 * A comparing call with the name first: `strcmp(session_token, "…")`, `string.Equals(token, "…", …)`.
 * A literal there is the secret expected.
 */
const COMPARED_BY_CALL = new RegExp(String.raw`${COMPARING_CALL}[ \t]{0,2}(?:[\w.$@]{1,40}\.)?$`);

/** Another value, then a fallback operator before a literal: `password || `, `params[:token] ?? `, `opts.get("key") or `. */
const LITERAL_FALLBACK = /^[A-Za-z_$@][\w$@.:\[\]"'()-]{0,60}[ \t]{1,3}(?:\|\||\?\?|or)[ \t]{1,3}(?=["'])/;

/** Longest value read: long enough for 128-hex Rails keys and 300-character signed tokens. */
const MAX_VALUE = 2048;

/** A function declared by its keyword: Python's `def`, JavaScript's `function`, Go's `func`, Kotlin's `fun`. */
// (Or by a string's return type, in C++, Java and C#: `std::string licenseServerPassword() { return "…"; }`.)
// (Java's `char[] keystorePassword() { return "…".toCharArray(); }` too.)
const FUNCTION_KEYWORD_BEFORE = /(?:^|[\s;{}])(?:(?:def|function|func|fun)[ \t]+|(?:(?:std::)?w?string|String|QString|CString|(?:const[ \t]+)?char[ \t]*\*|char\[\]|NSString[ \t]*\*)[ \t]*&?[ \t]*)$/;
/**
 * After the name: parameters, a return type (`-> str`, `: String`, Go's `string`), then an
 * expression body (`= "…"`) or a body whose first statement returns a literal, on the next line at most.
 */
// (A comment line or two may sit above the return: `def jwt_secret():⏎    # matches mock-hub⏎    return "…"`; the brace may have its own line.)
const RETURNED_LITERAL = /^\([^()\n]{0,200}\)(?:[ \t]{0,4}(?:->|:)?[ \t]{0,4}[\w.[\]<>|&?*]{1,40})?[ \t]{0,4}(?:=[ \t]{0,4}|:?[ \t]{0,4}(?:\r?\n[ \t]{0,40}(?=\{))?\{?[ \t]{0,4}(?:\r?\n[ \t]{0,40}(?:(?:#|\/\/)[^\n]{0,120}\r?\n[ \t]{0,40}){0,2})?return[ \t]{1,4})(?=["'`])/;

/** Where the literal starts that a function named at `nameStart` returns as its whole body, if it does. */
function returnedLiteralAt(text: string, nameStart: number, open: number): number | undefined {
  if (!FUNCTION_KEYWORD_BEFORE.test(text.slice(Math.max(0, nameStart - 12), nameStart))) return undefined;
  const m = RETURNED_LITERAL.exec(text.slice(open, open + 320));
  return m ? open + m[0].length : undefined;
}

/** The length of ` (note)` before a colon when the name opens a comment line's text; else 0. */
function commentNoteLength(text: string, nameStart: number, i: number): number {
  const note = /^ \([^()\n]{1,40}\)(?=[ \t]{0,2}:)/.exec(text.slice(i, i + 48));
  // (Words may come first, whose key it is: `-- Old PlayFab secret (still active on EU): …`, in a block comment's line too.)
  const lead = text.slice(lineStartWithin(text, nameStart, 200), nameStart);
  if (!note || !(/^[ \t]*(?:#|\/\/|--|;|\*|\/\*|<!--)[ \t]{0,4}(?:[A-Za-z][\w.-]{0,30}[ \t]){0,3}$/.test(lead) || /^[ \t]*(?:[A-Z][\w.-]{0,30}[ \t])(?:[A-Za-z][\w.-]{0,30}[ \t]){0,2}$/.test(lead))) return 0;
  return note[0].length;
}

/** `define('NAME', …)`: the name is a string literal, the first argument of a call. */
function isQuotedFirstArgument(text: string, nameStart: number, nameEnd: number): boolean {
  // A settings path names the setting by its last part: Qt's `m.insert("sync/apiKey", …)`.
  let open = nameStart - 1;
  while (text[open] === '/' && open > 0 && nameStart - open < 80) {
    open--;
    while (open > 0 && /[\w.-]/.test(text[open]) && nameStart - open < 80) open--;
  }
  const q = text[open];
  if ((q !== '"' && q !== "'") || text[nameEnd] !== q) return false;
  let k = open - 1;
  while (k >= 0 && open - k < 60 && (text[k] === ' ' || text[k] === '\t')) k--;
  // A call (`define(`, `setenv (`), not a tuple or a group: `("auth", "0006_require_…"), …` is data.
  // A collection initializer's pair is a name and its value: C#'s `{ "ApiKey", "…" }`.
  if (text[k] === '{') return true;
  let c = k - 1;
  while (c >= 0 && k - c < 8 && (text[c] === ' ' || text[c] === '\t')) c--;
  if (text[k] === '(' && c >= 0 && /[\w$]/.test(text[c])) return true;
  // A pair and nothing more, `("api_token", "…")` or `["apiKey", "…"]` (settings tuples, Map
  // entries): the name's value, not a tuple of data.
  if ((text[k] === '(' || text[k] === '[') && PAIR_REST.test(text.slice(nameEnd, nameEnd + 320))) return true;
  // F#'s tuples need no brackets: `Map.ofList [⏎ "api_secret", "…"⏎ ]`, entries apart by `;` or lines.
  if ((text[k] === '\n' || text[k] === '\r' || text[k] === ';') && LINE_PAIR_REST.test(text.slice(nameEnd, nameEnd + 320))) return true;
  // MATLAB's name/value arguments continued over lines: `struct('bucket', 'b', ...⏎ 'secretKey', '…', ...`.
  return (text[k] === '\n' || text[k] === '\r') && /\.\.\.[ \t]*\r?\n?$/.test(text.slice(Math.max(0, k - 8), k + 1))
    && CONTINUED_PAIR_REST.test(text.slice(nameEnd, nameEnd + 320));
}

/** A quoted name after PowerShell's `-Name` or `-VariableName` parameter (`Set-ItemProperty -Name 'DefaultPassword'`). */
const POWERSHELL_NAME_PARAMETER = /-(?:Variable)?Name[ \t]{1,4}["']$/i;
/** Then its `-Value` parameter, before a quoted value. */
const POWERSHELL_VALUE_PARAMETER = /^-Value[ \t]{1,4}(?=["'])/i;

/** The rest of a continued name/value pair: its value, then more arguments (`, ...`) or the call's end. */
const CONTINUED_PAIR_REST = /^["'][ \t]{0,3},[ \t]{0,3}(["'])[^"'\n]{1,300}\1[ \t]{0,3}(?:,|\))/;

/**
 * The rest of a two-item pair after its quoted name: `", "…")` or `', '…']`. Not a Django
 * migration dependency, `("authtoken", "0001_initial")`: an app label and a migration's name.
 */
const PAIR_REST = /^["'][ \t]{0,3},[ \t]{0,3}(["'])(?!\d{4}_)[^"'\n]{8,300}\1[ \t]{0,3}[)\]]/;

/**
 * The rest of a bracketless pair alone on its line or before `;`: `", "…"` then the line's end, `;` or `]`;
 * or a comma and the line's end, or `)`, as Java's `Map.of(⏎ "encryption.key", "…",⏎ …)` lists its pairs.
 */
const LINE_PAIR_REST = /^["'][ \t]{0,3},[ \t]{0,3}(["'])(?!\d{4}_)[^"'\n]{8,300}\1[ \t]{0,3}(?:;|\]|\)|,?[ \t]{0,3}\r?\n)/;

/** Ruby's settings calls name the setting with a symbol: `set :api_token, "…"` (Sinatra, Capistrano). */
function isSymbolFirstArgument(text: string, nameStart: number): boolean {
  if (text[nameStart - 1] !== ':') return false;
  return /(?:^|[\s(])[a-z_]\w{0,30}(?:[ \t]{1,4}|[ \t]{0,4}\([ \t]{0,4}):$/.test(text.slice(Math.max(0, nameStart - 40), nameStart));
}

/**
 * An Erlang term pairing a bare atom with its value, `{password, "…"}` (`sys.config`,
 * `rebar.config`, `app.config`): exactly two items, the value a string literal.
 */
function isAtomPair(text: string, nameStart: number, nameEnd: number): boolean {
  return text[nameStart - 1] === '{' && ATOM_PAIR_REST.test(text.slice(nameEnd, nameEnd + 320));
}

const ATOM_PAIR_REST = /^[ \t]{0,3},[ \t]{0,3}(?:<<)?(["'])[^"'\n]{1,300}\1(?:>>)?[ \t]{0,3}\}/;

/**
 * Android's `buildConfigField "String", "API_KEY", "\"…\""` (Groovy or Kotlin DSL), and Kamailio's and OpenSIPS's
 * `modparam("auth", "secret", "…")` (the module, then its parameter): the name is the second argument.
 */
function isNamedSecondArgument(text: string, nameStart: number, nameEnd: number): boolean {
  const q = text[nameStart - 1];
  if ((q !== '"' && q !== "'") || text[nameEnd] !== q) return false;
  return /\b(?:buildConfigField|resValue|modparam)[ \t]{0,4}\(?[ \t]{0,4}["'][\w.]{1,40}["'][ \t]{0,4},[ \t]{0,4}$/.test(text.slice(Math.max(0, nameStart - 80), nameStart - 1));
}

/**
 * A setter's property: `setAccessToken(` → `accessToken`, `client.WithAuthToken(` → `authToken`,
 * `->setApiKey(` → `apiKey`. Its one argument is the value set (builders and PHP/Java/Go clients).
 */
function setterTarget(name: string): string | undefined {
  // R's httr2 sets a request's credential with `req_auth_bearer_token(req, "…")`, piped: `|> req_auth_bearer_token("…")`.
  if (/(?:^|\.)req_auth_bearer_token$/.test(name)) return 'bearer_token';
  // (Snake case too: `client.set_password("…")`.)
  const m = /(?:^|[.-])(?:[sS]et|[wW]ith)_?([A-Z]\w*|[a-z]\w*_\w+)$|(?:^|[.-])(?:set|with)_([a-z]\w*)$/.exec(name);
  if (m?.[2]) return m[2];
  // (An acronym stays one: Go's functional option `WithAPIKey("…")` sets `APIKey`.)
  if (m) return /^[A-Z]{2}/.test(m[1]) ? m[1] : m[1].charAt(0).toLowerCase() + m[1].slice(1);
  // R's installers named for the service's key: tidycensus's `census_api_key("…", install = TRUE)`.
  return /^(?!(?:get|read|load|fetch|find|check|validate|verify|parse|decode|lookup|has|is|new|create|generate|revoke|delete|use|mask|redact|hash)_)[a-z][a-z0-9]{2,20}_(?:api_key|access_token|auth_token|api_token)$/.test(name) ? name : undefined;
}

/**
 * A builder's method named for the credential it sets, called with one string literal:
 * `.password("…")`, `.apiKey("…")`, `->token('…')`, Directus's `staticToken('…')`. Only the credential's own noun: a
 * `.getToken("…")` argument names what to look up.
 */
const BUILDER_METHOD = /^(?:(?:api|access|auth|bearer|refresh|bot|app|client|consumer|personal|service|cookie|session|webhook|signing|jwt|hmac|static|shared)_?)?(?:token|secret|password|passwd)$|^(?:mongo|redis|mysql|postgres|pg|rabbit|amqp|kafka|broker|cache|cluster|registry|repo|nexus|sftp|ssh)_?(?:password|passwd|pass|token|secret)$|^(?:key_?store|trust_?store|store|key|db|database|admin|root|master|proxy|smtp|mail|ldap|ftp)_?(?:password|passwd|pass)$|^(?:api|secret|private|signing|encryption|master|access|shared)_?key$|^(?:client_?)?secret$|^(?:git_?)?basic_?authorization$/i;

function builderTarget(text: string, nameStart: number, nameEnd: number, name: string): string | undefined {
  // Names keep their dots (`spring.datasource.password`): the method is the last part.
  const method = /(?:^|\.)([A-Za-z_]\w*)$/.exec(name)?.[1];
  // (Or a DSL's statement, a call alone on its line: fastlane's `git_basic_authorization("…")` in a Matchfile.)
  const statement = method === name && /^[ \t]*$/.test(text.slice(lineStartWithin(text, nameStart, 80), nameStart))
    && /^\([ \t]{0,2}(["'])[^"'\n]{1,300}\1[ \t]{0,2}\)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.test(text.slice(nameEnd, nameEnd + 400));
  // (Or an attribute's or an annotation's: C#'s `[Secret("…")]`, `@Token("…")`.)
  const attribute = method === name && (text[nameStart - 1] === '[' || text[nameStart - 1] === '@');
  // (Or a qualified one given as another call's argument: Directus's `.with(staticToken('…'))`; a bare `token('…')` may look one up.)
  // (Among others too: Go's functional options, `NewService(WithHost("…"), ConsumerSecret("…"))`.)
  const argument = method === name && /[(,][ \t]{0,4}$/.test(text.slice(Math.max(0, nameStart - 6), nameStart)) && !/^(?:token|secret|password|passwd)$/i.test(method);
  const member = method !== undefined && (method !== name || text.slice(nameStart - 2, nameStart) === '->' || statement || attribute || argument);
  if (!member || !BUILDER_METHOD.test(method.replace(/_/g, ''))) return undefined;
  // One argument only: `("…")` closes right after the literal.
  return /^\([ \t]{0,2}(["'])[^"'\n]{1,300}\1[ \t]{0,2}\)/.test(text.slice(nameEnd, nameEnd + 320)) ? method : undefined;
}

/** An element's text on a line of its own: `<apiToken>⏎    …⏎  </apiToken>`; where it starts. */
function xmlTextOnNextLine(text: string, i: number): number | undefined {
  const m = /^[ \t]*\r?\n[ \t]{0,40}(?=[^\s<])/.exec(text.slice(i, i + 60));
  if (!m) return undefined;
  const start = i + m[0].length;
  const lineEnd = indexWithin(text, '\n', start, MAX_VALUE);
  return lineEnd !== -1 && !text.slice(start, lineEnd).includes('<')
    && /^[ \t]*<\//.test(text.slice(lineEnd + 1, lineEnd + 60)) ? start : undefined;
}

/** A name its language defines with its value as the next argument (`-define(API_KEY, "…")`). */
function isDefined(text: string, nameStart: number, facts: AssignmentFacts | undefined): boolean {
  return !!facts?.definesBefore && facts.definesBefore.test(text.slice(lineStartWithin(text, nameStart, 200), nameStart));
}

/** A name its language declares with its value after a space (`#define API_KEY "…"`, `ENV API_KEY …`). */
function isDeclared(text: string, nameStart: number, facts: AssignmentFacts | undefined): boolean {
  const before = text.slice(lineStartWithin(text, nameStart, 200), nameStart);
  // (C's `#define NAME "…"` is one in any file: a header quoted in a test table, pasted in docs, commented out.)
  return (!!facts?.declaresBefore && facts.declaresBefore.test(before)) || ANY_DEFINE.test(before);
}

/**
 * A directive quoted whole as a string (a detector's test table: `` `ldap_bind_password "…"` ``,
 * `'password z+37…'`): the string opens at the name, and closes right after its one value.
 */
function isQuotedDirective(text: string, nameStart: number, nameEnd: number): boolean {
  const quote = text[nameStart - 1];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || (text[nameEnd] !== ' ' && text[nameEnd] !== '\t')) return false;
  if (!/(?:^|[\s(\[{,:=])$/.test(text.slice(Math.max(0, nameStart - 2), nameStart - 1))) return false;
  const rest = text.slice(nameEnd, nameEnd + 220);
  const value = /^[ \t]{1,4}(?:"[^"\n]{4,200}"|'[^'\n]{4,200}'|[^\s"'`]{4,200});?/.exec(rest);
  return !!value && rest[value[0].length] === quote && !value[0].slice(1).includes(quote);
}

/** The text of an escaped element from `start` (after its `&gt;`) to its escaped end tag on the line. */
function escapedElementText(text: string, name: string, start: number): Assignment | undefined {
  const end = indexWithin(text, '&lt;/', start, MAX_VALUE + 1);
  if (end <= start || text.slice(start, end).includes('\n') || !text.startsWith(`&lt;/${name}&gt;`, end)) return undefined;
  return { name, value: text.slice(start, end), start, end, quoted: true };
}

/** The C preprocessor's `#define `, at a line's start. */
const ANY_DEFINE = /^[ \t]*#[ \t]*define[ \t]+$/;

/** A tool's command setting a named setting before it (`aws configure set …`): in any file, docs and transcripts too. */
function isSetByCommand(text: string, nameStart: number): boolean {
  const before = text.slice(lineStartWithin(text, nameStart, 300), nameStart);
  // Every such command holds one of these words: a cheap test for the many names followed by a blank.
  return (before.includes('config') || before.includes('user-secrets')) && SETTING_COMMAND.test(before);
}

/** After `let(:name` or `let!(:name`, its block's opening: `) { "`. Where the literal starts, or undefined. */
function rspecLetBlock(text: string, nameStart: number, close: number): number | undefined {
  if (!/\blet!?\([ \t]{0,2}:$/.test(text.slice(Math.max(0, nameStart - 8), nameStart))) return undefined;
  const m = /^\)[ \t]{0,4}\{[ \t]{0,4}(?=["'])/.exec(text.slice(close, close + 12));
  return m ? close + m[0].length : undefined;
}

/**
 * A value written with escaped quotes, inside another string: `openai_key = \"…\"` in a notebook's
 * JSON source, `"\"…\""` in a `buildConfigField`. `i` is at the backslash or at the outer quote.
 */
function escapedQuotedValue(text: string, i: number, limit: number): { start: number; end: number } | undefined {
  const outer = text[i] === '"' || text[i] === "'" ? 1 : 0;
  const q = text[i + outer + 1];
  if (text[i + outer] !== '\\' || (q !== '"' && q !== "'")) return undefined;
  const start = i + outer + 2;
  const end = indexWithin(text, '\\' + q, start, MAX_VALUE + 1);
  if (end === -1 || end > limit || end - start > MAX_VALUE || text.slice(start, end).includes('\n')) return undefined;
  return { start, end };
}

/**
 * XML settings whose name is an attribute: `<add key="ApiKey" value="…"/>` (.NET), `<property
 * name="hibernate.connection.password">…</property>` and `<property name="password" value="…"/>`
 * (Hibernate, Spring). Returns the value, or undefined when the name is not such an attribute.
 */
function xmlNamedValue(text: string, nameStart: number, nameEnd: number, limit: number): Omit<Assignment, 'name'> | undefined {
  // The setting's name may carry a prefix of its own: ASP.NET's `<add key="ida:ClientSecret" value="…"/>`,
  // a JNDI path's (Tomcat's `<Environment name="ib/statementHmacKey" …>`).
  let open = nameStart - 1;
  if (text[open] === ':' || text[open] === '/') while (open > 0 && nameStart - open < 40 && /[\w.-]/.test(text[open - 1])) open--;
  if (open < nameStart - 1) open--;
  while (text[open] === '/' && open > 0 && nameStart - open < 80) { // more path segments: `jdbc/app/…`
    open--;
    while (open > 0 && nameStart - open < 80 && /[\w.-]/.test(text[open])) open--;
  }
  const q = text[open];
  if ((q !== '"' && q !== "'") || text[nameEnd] !== q) return undefined;
  // Namespaced attributes too: Android's `<meta-data android:name="…API_KEY" android:value="…"/>`, SSIS's `DTS:Name="ServerPassword"`.
  // (Or an id: WiX's `<Property Id="SERVICE_PASSWORD" Value="…"/>`.)
  // (SSIS names a package variable `DTS:ObjectName="CarrierApiToken"`, its value in the `<DTS:VariableValue>` inside.)
  if (!/(?:^|\s)(?:[A-Za-z]{1,12}:)?(?:key|name|id|ObjectName)\s{0,2}=\s{0,2}$/i.test(text.slice(Math.max(0, open - 24), open))) return undefined;
  let i = nameEnd + 1;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  // An attribute per line (Android Studio's layout): `android:name="…"⏎    android:value="…"`; other
  // attributes between (Tomcat's `<Environment name="…" type="java.lang.String" override="false"⏎ value="…"/>`).
  const between = /^(?:\s{0,40}[\w:-]{1,30}\s{0,2}=\s{0,2}"[^"\n]{0,80}"){0,4}\s{0,40}(?=(?:android:)?value\s{0,2}=)/i.exec(text.slice(i, i + 480));
  if (between && between[0].length > 0 && !/^(?:android:)?value\s{0,2}=/i.test(text.slice(i, i + 20))) {
    i += between[0].length;
    limit = Math.max(limit, Math.min(text.length, i + MAX_VALUE + 24));
  }
  // HTML's `<meta name="api-token" content="…">` names its value `content`.
  const value = /^(?:(?:android:)?value|content)\s{0,2}=\s{0,2}(["'])/i.exec(text.slice(i, i + 20));
  if (value) {
    const vStart = i + value[0].length;
    // (A long value may close past the keyword's window: NuGet's ClearTextPassword of an API key.)
    limit = Math.max(limit, Math.min(text.length, vStart + MAX_VALUE + 1));
    const vEnd = indexWithin(text, value[1], vStart, MAX_VALUE + 1);
    if (vEnd === -1 || vEnd > limit || vEnd - vStart > MAX_VALUE || text.slice(vStart, vEnd).includes('\n')) return undefined;
    return { value: text.slice(vStart, vEnd), start: vStart, end: vEnd, quoted: true };
  }
  // The value's attribute before the name's, in the same tag: Boomi's `<bns:field … value="…" id="password"/>`.
  const tagOpen = text.lastIndexOf('<', open);
  if (tagOpen >= 0 && open - tagOpen <= 600 && !/[<>\n]/.test(text.slice(tagOpen + 1, open)) && /^["'][ \t]{0,4}\/?>/.test(text.slice(nameEnd, nameEnd + 8))) {
    const before = /[ \t](?:[A-Za-z]{1,12}:)?value[ \t]{0,2}=[ \t]{0,2}(["'])([^"'\n]{1,1000})\1/i.exec(text.slice(tagOpen, open));
    if (before) {
      const vStart = tagOpen + before.index + before[0].length - before[2].length - 1;
      return { value: before[2], start: vStart, end: vStart + before[2].length, quoted: true };
    }
  }
  // Other attributes first, and a .NET settings file's `<value>` element: `<setting
  // name="ApiKey" serializeAs="String"><value>…</value>` (HP Web Jetadmin's `<Value Type="Password">` too).
  // (An attribute a line, indented: SSIS's `<DTS:Password⏎  DTS:Name="Password"⏎  Sensitive="1">…`.)
  const rest = /^(?:\s{1,40}[\w:-]{1,30}\s{0,2}=\s{0,2}"[^"\n]{0,60}"){0,4}\s{0,4}>(?:\s{0,40}<[Vv]alue(?:\s{1,40}[\w:-]{1,30}\s{0,2}=\s{0,2}"[^"\n]{0,60}"){0,4}\s{0,4}>|\s{0,40}<DTS:VariableValue(?:\s{1,40}[\w:-]{1,30}\s{0,2}=\s{0,2}"[^"\n]{0,60}"){0,4}\s{0,4}>)?/.exec(text.slice(nameEnd + 1, nameEnd + 400));
  if (!rest) return undefined;
  let vStart = nameEnd + 1 + rest[0].length;
  limit = Math.max(limit, Math.min(text.length, vStart + MAX_VALUE + 1)); // `<value>` may be on the next line
  // Character data kept as it is (Spring's `<value><![CDATA[…]]></value>`): it may hold `<` and `&`.
  if (text.startsWith('<![CDATA[', vStart)) {
    const close = indexWithin(text, ']]>', vStart + 9, MAX_VALUE + 1);
    if (close === -1 || close === vStart + 9 || text.slice(vStart + 9, close).includes('\n')) return undefined;
    vStart += 9;
    return { value: text.slice(vStart, close), start: vStart, end: close, quoted: true };
  }
  let j = vStart;
  while (j < limit && text[j] !== '<' && text[j] !== '\n' && j - vStart <= MAX_VALUE) j++;
  if (text[j] !== '<' || j === vStart) return undefined;
  return { value: text.slice(vStart, j), start: vStart, end: j, quoted: false };
}

/**
 * A key/value record written as two elements (Odoo's `ir.config_parameter` data: `<field name="key">…_secret</field>`
 * then `<field name="value">…</field>`): the first element's text names the second's.
 */
const KEY_FIELD_BEFORE = /<(\w{1,20})[ \t]{1,4}name=["'](?:key|name)["'][ \t]{0,4}>(?:[\w-]{1,60}\.){0,6}$/;
const VALUE_FIELD_AFTER = /^<\/(\w{1,20})>\s{0,200}<\1[ \t]{1,4}name=["']value["'][ \t]{0,4}>/;
const METADATA_VALUE_AFTER = /^<\/field>\s{0,200}<value(?:[ \t]{1,4}[\w:]{1,20}=["'][\w:]{1,40}["']){0,3}[ \t]{0,4}>/;
function xmlKeyFieldValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameEnd] !== '<') return undefined;
  // (Salesforce's custom metadata records: `<field>Coupa_API_Key__c</field>` then `<value xsi:type="xsd:string">…</value>`.)
  const metadata = text.startsWith('<field>', nameStart - 7) ? METADATA_VALUE_AFTER.exec(text.slice(nameEnd, nameEnd + 300)) : null;
  const before = metadata ? null : KEY_FIELD_BEFORE.exec(text.slice(Math.max(0, nameStart - 420), nameStart));
  const after = metadata ?? (before ? VALUE_FIELD_AFTER.exec(text.slice(nameEnd, nameEnd + 300)) : null);
  if (!after || (!metadata && (!before || after[1] !== before[1]))) return undefined;
  const vStart = nameEnd + after[0].length;
  const vEnd = indexWithin(text, '</', vStart, MAX_VALUE + 1);
  if (vEnd <= vStart || text.slice(vStart, vEnd).includes('\n')) return undefined;
  return { value: text.slice(vStart, vEnd), start: vStart, end: vEnd, quoted: true };
}

/**
 * A list of name/value pairs, where the name and its value are siblings: a Kubernetes container's
 * `- name: API_TOKEN` with `value: "…"` on the next line, an ECS task's `{"name": "API_TOKEN",
 * "value": "…"}`, a Postman environment's `{"key": "api_key", "value": "…"}`.
 */
/**
 * What `namedPairValue`'s look back needs just before a name: `:` or `=`, then up to two blanks,
 * a quote and a path (`/app/ses/`). Checked backwards first: most names follow something else.
 */
function followsPairOperator(text: string, nameStart: number): boolean {
  let k = nameStart - 1;
  // (A Consul key's path ends in a dotted name: `config/orders/prod/db.password`.)
  if (text[k] === '/' || text[k] === '.') while (k >= 0 && nameStart - k < 200 && /[\w./-]/.test(text[k])) k--;
  if (text[k] === '"' || text[k] === "'") k--;
  for (let blanks = 0; blanks < 2 && (text[k] === ' ' || text[k] === '\t'); blanks++) k--;
  return text[k] === ':' || text[k] === '=';
}

function namedPairValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  // (The value may be on the next line, past the keyword's window: it is read to the text's end.)
  // Spring Boot's failure analysis prints the same pair: `Property: spring.datasource.password` then `Value: "…"`.
  // CloudFormation capitalises them (`- Name: X` / `Value: …`); an SSM parameter's name is a path (`/app/ses/smtp_password`).
  if (!followsPairOperator(text, nameStart)) return undefined;
  // (Keycloak's realm and user exports type their credentials: `{"type": "password", "value": "…"}`.)
  // (An attribute's named arguments too: C#'s `[ApiKeyHeader(Name = "X-Api-Key", Value = "…")]`.)
  const before = /(?:^|[\s{,(])(["']?)(?:name|key|Property|Name|Key|ParameterKey|OutputKey|variable_name|type(?=\1[ \t]{0,2}:))\1[ \t]{0,2}[:=][ \t]{0,2}(["']?)(?:\/?[\w.-]{1,60}\/){0,8}(?:(?<=\/)[\w-]{1,40}\.)?$/.exec(text.slice(Math.max(0, nameStart - 200), nameStart));
  if (!before) return undefined;
  const q = before[2];
  if (q && text[nameEnd] !== q) return undefined;
  // (`terraform plan` marks each line of a new or changed block: `+ name = "DB_PASSWORD"`, `+ value = "…"`.)
  // A type may come between (`"Type": "PLAINTEXT"` in CodeBuild's variables, `Type: String` in an SSM parameter),
  // a Consul export's flags (`"flags": 0`; `consul kv export` writes each value base64-encoded), or an app spec's
  // scope (DigitalOcean's `scope: RUN_TIME`). CloudFormation's parameter files pair `ParameterKey` and `ParameterValue`,
  // Astronomer's `airflow_settings.yaml` `variable_name` and `variable_value`; CloudFormation's stack outputs; Hoppscotch's
  // environments (`"key": "pushToken", "initialValue": "…"`). An OpenShift template's parameter may describe itself first
  // (`displayName:`, `description:`, `required:`).
  const m = /^[ \t]*,?[ \t]*(?:(?:\r?\n[ \t]{0,40})?(["']?)(?:Type|type|flags|scope)\1[ \t]{0,2}:[ \t]{0,2}(["']?)[\w:]{1,40}\2[ \t]*,?[ \t]*)?(?:\r?\n[ \t]{0,40}["']?(?:displayName|description|Description|required)["']?[ \t]{0,2}:[^\n]{0,120}){0,2}(?:\r?\n[ \t]{0,40}(?:[+~][ \t]{1,4})?)?(["']?)(?:value|Value|ParameterValue|OutputValue|variable_value|initialValue)\3[ \t]{0,2}[:=][ \t]{0,2}/.exec(text.slice(nameEnd + q.length, nameEnd + q.length + 160));
  if (!m) return undefined;
  return pairValueAt(text, nameEnd + q.length + m[0].length);
}

/** A pair's value at `i`: quoted, or a run up to a blank, a comma or a closing bracket. */
function pairValueAt(text: string, i: number): Omit<Assignment, 'name'> | undefined {
  const vq = text[i] === '"' || text[i] === "'" ? text[i] : '';
  if (vq) i++;
  let j = i;
  while (j < text.length && j - i <= MAX_VALUE && (vq ? text[j] !== vq && text[j] !== '\n' : !/[\s,}\]]/.test(text[j]))) j++;
  if ((vq && text[j] !== vq) || j === i) return undefined;
  return { value: text.slice(i, j), start: i, end: j, quoted: !!vq };
}

/** An INI or TOML section named for the secret, the secret its first member's under a plain name: `[db_password]⏎value = "…"`. */
const SECTION_MEMBER = /^\][ \t]*\r?\n(?:[ \t]*[#;][^\n]{0,120}\r?\n){0,2}[ \t]*(?:value|key|secret|data)[ \t]*=[ \t]*/;
function sectionMemberValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameStart - 1] !== '[' || text[nameEnd] !== ']' || (nameStart > 1 && text[nameStart - 2] !== '\n')) return undefined;
  const m = SECTION_MEMBER.exec(text.slice(nameEnd, nameEnd + 300));
  return m ? pairValueAt(text, nameEnd + m[0].length) : undefined;
}

/**
 * A PHP-serialized array's string pair (WordPress options: `s:4:"pass";s:20:"…";`), in a dump
 * or a PHP string with its quotes escaped (`s:4:\\"pass\\";s:20:\\"…\\"`): the value is the
 * next string, read by its stated length.
 */
function serializedValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  const before = /s:\d{1,3}:(\\?)"$/.exec(text.slice(Math.max(0, nameStart - 8), nameStart));
  if (!before) return undefined;
  const escape = before[1];
  const m = new RegExp(`^${escape ? '\\\\' : ''}";s:(\\d{1,4}):${escape ? '\\\\' : ''}"`).exec(text.slice(nameEnd, nameEnd + 16));
  if (!m) return undefined;
  const start = nameEnd + m[0].length, length = Number(m[1]);
  if (length === 0 || length > MAX_VALUE || !text.startsWith(`${escape}"`, start + length)) return undefined;
  return { value: text.slice(start, start + length), start, end: start + length, quoted: true };
}

const PLIST_VALUE = /^<\/key>\s{0,40}<(string|data)>/;
/** Hadoop's `<name>…</name><value>`, and a Jenkins job's string parameter: `<name>…</name>`, a description, `<defaultValue>`. */
const PROPERTY_VALUE = /^<\/name>\s{0,40}(?:<description>[^<]{0,300}<\/description>\s{0,40})?<(value|defaultValue)>/;
/** A KeePass XML export's field: `<String><Key>Password</Key><Value ProtectInMemory="True">…</Value></String>`. */
const KEEPASS_VALUE = /^<\/Key>\s{0,40}<(Value)(?:[ \t][^<>]{0,80})?>/;

/**
 * A property list's entry (`Info.plist`, `GoogleService-Info.plist`): `<key>APIKey</key>` with
 * its value in the `<string>` element that follows, usually on the next line: read past the
 * keyword's line (boundedly: 60 characters, then one value).
 */
function plistValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> & { name?: string } | undefined {
  // A key of words (Cyberduck's `<key>OAuth Client Secret</key>`): the words name it (OAuth_Client_Secret).
  const words = text[nameStart - 1] === ' ' && text.startsWith('</key>', nameEnd) ? /<key>((?:[A-Za-z][\w.-]{0,30} ){1,4})$/.exec(text.slice(Math.max(0, nameStart - 130), nameStart)) : null;
  // Hadoop's, Hive's and HBase's `<property><name>fs.s3a.secret.key</name><value>…</value>` too.
  const [element, opening] = words || text.endsWith('<key>', nameStart) ? ['key', PLIST_VALUE]
    : text.endsWith('<name>', nameStart) ? ['name', PROPERTY_VALUE] : text.endsWith('<Key>', nameStart) ? ['Key', KEEPASS_VALUE] : [];
  if (!element || !text.startsWith(`</${element}>`, nameEnd)) return undefined;
  const limit = text.length;
  const m = opening!.exec(text.slice(nameEnd, Math.min(limit, nameEnd + 420)));
  if (!m) return undefined;
  const valueElement = m[1] ?? 'string';
  const vStart = nameEnd + m[0].length;
  const vEnd = indexWithin(text, `</${valueElement}>`, vStart, MAX_VALUE + 1);
  if (vEnd === -1 || vEnd > limit || vEnd - vStart > MAX_VALUE || text.slice(vStart, vEnd).includes('\n')) return undefined;
  const name = words ? `${words[1].trim().replace(/ +/g, '_')}_${text.slice(nameStart, nameEnd)}` : undefined;
  return { value: text.slice(vStart, vEnd), start: vStart, end: vEnd, quoted: element === 'name', ...(name ? { name } : {}) };
}

/** Longest line the member reader looks at (minified text has no useful default member). */
const MEMBER_LINE_MAX = 2000;
/** A name that opens a mapping on its line: `"adminPassword": {`, YAML's `DBPassword:`. */
const OPENS_MAPPING = /^["']?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}\r?\n/;
/** A member holding the mapping's value: ARM's `value`/`defaultValue`, CloudFormation's `Default`. */
const VALUE_MEMBER = /^([ \t]{1,40})["']?(?:value|defaultValue|default|Default)["']?[ \t]{0,4}:[ \t]{0,4}(["'])([^"'\r\n]{1,300})\2/;
/** YAML's `value:` unquoted (a Helm chart's `clientSecret:` with `existingSecret:` and `value:` under it). */
const PLAIN_VALUE_MEMBER = /^([ \t]{1,40})value[ \t]{0,4}:[ \t]{1,4}([^\s"'#{[&*!|>%@`][^\s"'#]{0,299})[ \t]*(?:#[^\r\n]*)?\r?$/;

/**
 * Names assigned together, then their values (`const user, password = "…", "…"`), on one line.
 * One way to read each element (a quoted one takes the blanks after it, an unquoted one runs from a
 * non-blank to its comma), so a failed match does not backtrack between them.
 */
const TUPLE_ASSIGNMENT = /^[ \t]*(?:(?:const|var|let|local|my)[ \t]+)?\(?((?:[$@]?[A-Za-z_]\w{0,80}[ \t]*,[ \t]*){1,7}[$@]?[A-Za-z_]\w{0,80})\)?[ \t]*:?=[ \t]*\(?((?:(?:"[^"\n\\]{0,300}"[ \t]*|'[^'\n\\]{0,300}'[ \t]*|[^,"'\n \t][^,"'\n]{0,199}),[ \t]*){1,7}(?:"[^"\n\\]{0,300}"|'[^'\n\\]{0,300}'|[^,"'\n \t][^,"'\n]{0,199}))/;

/** Whether a `,` is at `from`, or past up to four blanks in direction `step`. */
function commaBeside(text: string, from: number, step: 1 | -1): boolean {
  for (let k = from, n = 0; k >= 0 && k < text.length && n <= 4; k += step, n++) {
    if (text[k] === ',') return true;
    if (text[k] !== ' ' && text[k] !== '\t') return false;
  }
  return false;
}

/**
 * Whether the characters from `from` in direction `step` are a tuple's: names, commas, blanks and
 * its parenthesis (`my ($user, $pass)`) back to the line's start (or a `const`/`let`/`local`/`my`
 * before them), or on to its `=` or `:=`. Past MEMBER_LINE_MAX characters it does not say no.
 */
function onlyNamesTo(text: string, from: number, step: 1 | -1): boolean {
  for (let k = from, n = 0; n < MEMBER_LINE_MAX; k += step, n++) {
    if (k < 0 || k >= text.length) return step < 0;
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return step < 0;
    if (step > 0 && (c === 61 || c === 58)) return true; // `=`, `:`
    const nameChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 64;
    if (!nameChar && c !== 44 && c !== 32 && c !== 9 && c !== (step < 0 ? 40 : 41)) return false; // `,`, blanks, `(` before, `)` after
  }
  return true;
}

/**
 * A name among several assigned on one line, given its value by place: Go's `const debugUser,
 * debugPassword = "inventory-debug", "…"`, Python's and Lua's `user, password = "…", "…"`, Perl's `my ($u, $p) = (…)`.
 */
function tupleAssignedValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  // A comma beside the name (blanks between), checked without copying: this runs for every name read.
  if (!commaBeside(text, nameEnd, 1) && !commaBeside(text, nameStart - 1, -1)) return undefined;
  // Names, commas and blanks only, from the line's start to an `=` (`f(token, 27)` is a call): walked before copying the line.
  if (!onlyNamesTo(text, nameStart - 1, -1) || !onlyNamesTo(text, nameEnd, 1)) return undefined;
  const lineStart = lineStartWithin(text, nameStart, MEMBER_LINE_MAX);
  const m = TUPLE_ASSIGNMENT.exec(text.slice(lineStart, lineEndWithin(text, nameStart, MEMBER_LINE_MAX)));
  if (!m || lineStart + m.index + m[0].indexOf(m[1]) > nameStart) return undefined;
  const names = m[1].split(',').map(n => n.trim().replace(/^[$@]/, ''));
  const place = names.indexOf(text.slice(nameStart, nameEnd).replace(/^[$@]/, ''));
  const values = [...m[2].matchAll(/[ \t]*(?:"([^"\n\\]{0,300})"[ \t]*|'([^'\n\\]{0,300})'[ \t]*|([^,"'\n \t][^,"'\n]{0,199}))(?:,|$)/g)];
  if (place < 0 || values.length !== names.length) return undefined;
  const v = values[place];
  if (v[3] !== undefined) return undefined; // code, not a literal
  const value = v[1] ?? v[2];
  const start = lineStart + m.index + m[0].length - m[2].length + v.index! + v[0].search(/["']/) + 1;
  return { value, start, end: start + value.length, quoted: true };
}

/**
 * A parameter whose value is a member of its mapping: ARM templates' `"adminPassword": {
 * "type": "securestring", "defaultValue": "…" }` and parameter files' `{ "value": "…" }`,
 * CloudFormation's `DBPassword:` with `Default: …` below. The next eight lines of the mapping, more indented.
 */
/**
 * A property or method named for the secret whose body is a literal: Swift's `var apiSecret: String { "…" }`
 * (or `{ return "…" }`), Objective-C's `+ (NSString *)mixpanelSecret { return @"…"; }`, Kotlin's
 * `val apiKey: String get() = "…"`.
 */
const GETTER_BEFORE = /(?:^|[\s;{}])(?:(?:static|class|private|public|internal|override|lazy)[ \t]+){0,3}(?:var|val)[ \t]+$|^[ \t]*[-+][ \t]{0,2}\([\w \t*]{1,40}\)[ \t]{0,2}$/;
const GETTER_BODY = /^(?:[ \t]{0,4}:[ \t]{0,4}[\w.?<>]{1,40})?[ \t]{0,4}(?:\{[ \t]{0,4}(?:return[ \t]{1,4})?@?|get\(\)[ \t]{0,4}=[ \t]{0,4})(["'])([^"'\n\\]{1,300})\1/;

function getterLiteralValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (!/[:{ \tg]/.test(text[nameEnd] ?? '')) return undefined; // most names go on with `=`, `(` or `.`: no regex run
  const m = GETTER_BODY.exec(text.slice(nameEnd, nameEnd + 400));
  if (!m || !GETTER_BEFORE.test(text.slice(lineStartWithin(text, nameStart, 80), nameStart))) return undefined;
  const start = nameEnd + m[0].length - m[2].length - 1;
  return { value: m[2], start, end: start + m[2].length, quoted: true };
}

/**
 * A function named for the secret that returns a literal, often after an environment lookup
 * (`func clientSecret() string { if s := os.Getenv(…); s != "" { return s }; return "…" }`,
 * Python's `def api_key() -> str:`): the literal is the secret's fallback. Its body is read up to
 * 600 characters, to the first line that closes it at the function's own indent.
 */
const FUNCTION_BEFORE = /(?:^|[\s;])(?:func|def|function|fun|fn)[ \t]{1,4}(?:\([^()\n]{0,60}\)[ \t]{0,4})?$/;
const FUNCTION_HEAD = /^\(\)(?:[ \t]{0,4}(?::|->)?[ \t]{0,4}[\w.*[\]<>|]{1,40})?[ \t]{0,4}[{:][ \t]*\r?\n/;
const LAST_RETURN_LITERAL = /\breturn[ \t]{1,4}(["'`])([^"'`\n\\]{8,300})\1/g;

function fallbackReturnValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameEnd] !== '(' || text[nameEnd + 1] !== ')') return undefined;
  const head = FUNCTION_HEAD.exec(text.slice(nameEnd, nameEnd + 80));
  const lineStart = lineStartWithin(text, nameStart, 120);
  if (!head || !FUNCTION_BEFORE.test(text.slice(lineStart, nameStart))) return undefined;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, nameStart))![0];
  const from = nameEnd + head[0].length;
  let body = text.slice(from, from + 600);
  // (The body ends where a line comes back to the function's indent: Go's `}`, Python's next `def`.)
  const close = new RegExp(`\\n${indent}(?=\\S)`).exec(body);
  if (close) body = body.slice(0, close.index + (body[close.index + 1 + indent.length] === '}' ? 2 + indent.length : 0));
  let last: RegExpExecArray | undefined;
  LAST_RETURN_LITERAL.lastIndex = 0;
  for (let m = LAST_RETURN_LITERAL.exec(body); m; m = LAST_RETURN_LITERAL.exec(body)) last = m;
  if (!last) return undefined;
  const start = from + last.index + last[0].length - last[2].length - 1;
  return { value: last[2], start, end: start + last[2].length, quoted: true };
}

/**
 * A Java EE descriptor's parameter: `<param-name>sftp.password</param-name>` then, within two lines,
 * `<param-value>…</param-value>` (web.xml's init-param and context-param).
 */
const PARAM_VALUE_AFTER = /^<\/param-name>\s{0,200}<param-value>[ \t]{0,8}([^<\s][^<\n]{0,300}?)[ \t]{0,8}<\/param-value>/;

function paramValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameEnd] !== '<' || !text.startsWith('<param-name>', nameStart - 12)) return undefined;
  const m = PARAM_VALUE_AFTER.exec(text.slice(nameEnd, nameEnd + 560));
  if (!m) return undefined;
  const start = nameEnd + m[0].lastIndexOf(m[1]);
  return { value: m[1], start, end: start + m[1].length, quoted: true };
}

/**
 * A row of ESP-IDF's NVS partition CSV (`key,type,encoding,value`): `wifi_pass,data,string,…` at a
 * line's start. The value is the rest of the line, written to the device's flash as is.
 */
const NVS_ROW = /^,data,(?:string|binary|base64|hex2bin),([^\s,][^\r\n]{0,300})/;

function nvsRowValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameEnd] !== ',' || (nameStart > 0 && text[nameStart - 1] !== '\n')) return undefined;
  const m = NVS_ROW.exec(text.slice(nameEnd, nameEnd + 340));
  if (!m) return undefined;
  const start = nameEnd + m[0].length - m[1].length;
  return { value: m[1].trimEnd(), start, end: start + m[1].trimEnd().length, quoted: true };
}

function memberDefaultValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  const open = OPENS_MAPPING.exec(text.slice(nameEnd, nameEnd + 16));
  if (!open) return undefined;
  // Bounded reads: on a minified line, unbounded searches per hit would make the scan quadratic.
  const lineStart = lineStartWithin(text, nameStart, MEMBER_LINE_MAX);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, nameStart))![0].length;
  let at = nameEnd + open[0].length;
  for (let lines = 0; lines < 8 && at < text.length; lines++) {
    const end = lineEndWithin(text, at, MEMBER_LINE_MAX);
    const line = text.slice(at, end);
    const m = VALUE_MEMBER.exec(line);
    if (m && m[1].length > indent) {
      const start = at + m[0].length - m[3].length - 1;
      return { value: m[3], start, end: start + m[3].length, quoted: true };
    }
    const plain = PLAIN_VALUE_MEMBER.exec(line);
    if (plain && plain[1].length > indent) {
      const start = at + line.indexOf(plain[2], plain[1].length + 6);
      return { value: plain[2], start, end: start + plain[2].length, quoted: false };
    }
    if (/^[ \t]*\}/.test(line) || (line.trim() && /^[ \t]*/.exec(line)![0].length <= indent)) return undefined;
    if (end >= text.length || !/[\r\n]/.test(text[end])) return undefined;
    at = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return undefined;
}

/** `INSERT INTO name (` and the column names before the one read. */
const INSERT_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[\w.`"[\]]{1,80}[ \t]*\(([^()]{0,300})$/i;
/** The rest of the column list and the opening of the first row. */
const INSERT_TAIL = /^[`"\]]?[^()]{0,300}\)\s{0,40}VALUES\s{0,40}\(/i;

/**
 * A column of an SQL insert, `INSERT INTO oauth_clients (client_id, client_secret) VALUES
 * ('…', '…')`: the quoted value at the column's position in the first row. Seed migrations and
 * dumps store credentials this way. Reads at most a few thousand characters.
 */
function insertedColumnValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  const first = firstInsertedRow(text, nameStart, nameEnd);
  if (!first) return undefined;
  const row = rowCell(text, first.at, Math.min(text.length, first.at + 4000), first.column);
  const cell = row?.cell;
  return cell?.quoted ? { value: text.slice(cell.start, cell.end), start: cell.start, end: cell.end, quoted: true, detached: true } : undefined;
}

/** Where an insert's first row opens after the column name at `nameStart`, and the column's place. */
function firstInsertedRow(text: string, nameStart: number, nameEnd: number): { at: number; column: number } | undefined {
  // A column name follows `(` or `,` (most names do not: a cheap test before the regex).
  let k = nameStart - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '`' || text[k] === '"' || text[k] === '\n' || text[k] === '\r') && nameStart - k < 40) k--;
  if (text[k] !== '(' && text[k] !== ',') return undefined;
  // The column list is the stretch after the last `(`, with no `)` (`f(a, token)` is a call in most code).
  const open = lastIndexWithin(text, '(', nameStart - 1, 301);
  if (open < 0 || lastIndexWithin(text, ')', nameStart - 1, nameStart - 1 - open) >= 0 || !followsIntoTable(text, open)) return undefined;
  const head = INSERT_HEAD.exec(text.slice(Math.max(0, nameStart - 400), nameStart));
  if (!head) return undefined;
  const tail = INSERT_TAIL.exec(text.slice(nameEnd, nameEnd + 400));
  if (!tail) return undefined;
  return { at: nameEnd + tail[0].length, column: head[1].split(',').length - 1 };
}

/** `INTO <table>` (any case) ends at `open`, blanks between: where an insert's column list opens. */
function followsIntoTable(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && open - k <= 400 && (text[k] === ' ' || text[k] === '\t')) k--;
  const tableEnd = k;
  while (k >= 0 && tableEnd - k < 80 && /[\w.`"[\]]/.test(text[k])) k--;
  if (k === tableEnd || (text[k] !== ' ' && text[k] !== '\t')) return false;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k >= 3 && text.slice(k - 3, k + 1).toLowerCase() === 'into';
}

/** One row of values from `i` (just past its `(`): the cell at `column`, and where the row ends (past its `)`). */
function rowCell(text: string, i: number, end: number, column: number): { cell?: { start: number; end: number; quoted: boolean }; next: number } | undefined {
  let cell: { start: number; end: number; quoted: boolean } | undefined;
  for (let col = 0; i < end; col++) {
    while (i < end && /\s/.test(text[i])) i++;
    const value = sqlValueAt(text, i, end);
    if (!value) return undefined;
    if (col === column) cell = value;
    i = value.next;
    while (i < end && /\s/.test(text[i])) i++;
    if (text[i] === ')') return { cell, next: i + 1 };
    if (text[i] !== ',') return undefined;
    i++;
  }
  return undefined;
}

/**
 * The column's values in the later rows of a many-row insert (`VALUES (…),⏎    (…)`): seed
 * migrations list a table's clients this way. (The first row is the name's own assignment,
 * `insertedColumnValue`.) Up to MAX_COPY_ROWS rows.
 */
export function laterInsertedValues(text: string, at: number): ColumnValues | undefined {
  const [s, e] = nameAround(text, at);
  const first = firstInsertedRow(text, s, e);
  if (!first) return undefined;
  const values: ColumnValues['values'] = [];
  let i = first.at;
  for (let row = 0; row < MAX_COPY_ROWS; row++) {
    const read = rowCell(text, i, Math.min(text.length, i + 4000), first.column);
    if (!read) break;
    if (row > 0 && read.cell?.quoted) values.push({ value: text.slice(read.cell.start, read.cell.end), start: read.cell.start, end: read.cell.end });
    const next = /^\s{0,40},\s{0,40}\(/.exec(text.slice(read.next, read.next + 84));
    if (!next) break;
    i = read.next + next[0].length;
  }
  return values.length ? { name: text.slice(s, e), values, nameEnd: e } : undefined;
}

/** Literals found for one name elsewhere than beside it (a dump's rows, a constructor's instances). */
export interface ColumnValues {
  name: string;
  values: { value: string; start: number; end: number }[];
  nameEnd: number;
}

/** A secret printed in a terminal transcript: a command's output, or a row of Vault's table. */
function transcriptValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> & { name?: string } | undefined {
  const v = commandOutputValue(text, nameStart, nameEnd) ?? tableRowValue(text, nameStart, nameEnd);
  if (!v) return undefined;
  const { name, ...at } = v;
  return { ...at, quoted: false, ...(name ? { name } : {}) };
}

/** The whole name around offset `at` (a keyword hit inside it), up to 80 characters each way. */
function nameAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && isIdentChar(text[s - 1]) && at - s < 80) s--;
  let e = at;
  while (e < text.length && isIdentChar(text[e]) && e - at < 80) e++;
  return [s, e];
}

/** `COPY table (a, b, …` before a column name: pg_dump's default output. */
const COPY_HEAD = /\bCOPY[ \t]+[\w."]{1,100}[ \t]*\(([^()]{0,400})$/i;
const COPY_TAIL = /^"?[^()\n]{0,400}\)[ \t]+FROM[ \t]+stdin;[ \t]*\r?\n/i;
/** Rows read per column: a dump's table of users or clients, not a whole data table. */
const MAX_COPY_ROWS = 2000;

/**
 * The values of one column in the rows of a PostgreSQL `COPY … FROM stdin;` block (tab-separated,
 * `\N` for null, ended by `\.`): `COPY public.oauth_applications (id, uid, secret) FROM stdin;`.
 * The hit is inside the column's name in the header. Values with escapes are left out (their
 * text is not the value).
 */
export function copiedColumnValues(text: string, at: number): ColumnValues | undefined {
  const [s, e] = nameAround(text, at);
  const before = text.slice(Math.max(0, s - 400), s);
  if (!before.includes('COPY') && !before.includes('copy')) return undefined; // a native search before the regex's
  const head = COPY_HEAD.exec(before.endsWith('"') ? before.slice(0, -1) : before);
  const tail = head && COPY_TAIL.exec(text.slice(e, e + 500));
  if (!head || !tail) return undefined;
  const column = head[1].split(',').length - 1;
  const values: ColumnValues['values'] = [];
  let lineStart = e + tail[0].length;
  for (let row = 0; row < MAX_COPY_ROWS && lineStart < text.length; row++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    // The block's end; or a next header where the end is missing (each block is then read once).
    if (line === '\\.' || line.startsWith('COPY ')) break;
    const cells = line.split('\t');
    if (column < cells.length) {
      const cell = cells[column];
      const start = lineStart + cells.slice(0, column).reduce((n, c) => n + c.length + 1, 0);
      if (cell !== '\\N' && !cell.includes('\\')) values.push({ value: cell, start, end: start + cell.length });
    }
    lineStart = lineEnd + 1;
  }
  return { name: text.slice(s, e), values, nameEnd: e };
}

/** A column's definition line in `CREATE TABLE`: its name, then a type. */
const COLUMN_DEFINITION = /^[ \t]{0,8}[`"[]?[A-Za-z_]\w{0,63}[`"\]]?[ \t]{1,8}[A-Za-z]/;
/** Lines of a `CREATE TABLE` body that define no column. */
const TABLE_CONSTRAINT = /^[ \t]{0,8}(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|FULLTEXT|SPATIAL|CHECK)\b/i;
const CREATE_TABLE = /\bCREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?[`"[]?(?:\w{1,64}[`"\]]?\.[`"[]?)?(\w{1,64})[`"\]]?[ \t]*\($/i;
/** A column definition's comment that names a digest. */
const HASHED_COLUMN_COMMENT = /\bCOMMENT[ \t]+'[^'\n]{0,200}\b(?:sha-?(?:1|224|256|384|512)|hash(?:ed)?|digest|hmac|bcrypt|md5)\b/i;
/** How far a column's rows are looked for past its table's definition (mysqldump writes them right after it). */
const MAX_DUMP_REACH = 1 << 20;

/**
 * The values of one column in a MySQL dump's rows: mysqldump writes `CREATE TABLE \`users\` (…)`,
 * then `INSERT INTO \`users\` VALUES (…),(…);` without the column names, so the definition gives
 * the column's place. The hit is inside the column's name in the definition.
 */
export function dumpedColumnValues(text: string, at: number): ColumnValues | undefined {
  const [s, e] = nameAround(text, at);
  const lineStart = lineStartWithin(text, s, 200);
  if (!COLUMN_DEFINITION.test(text.slice(lineStart, e + 12)) || !/^[ \t]{0,8}[`"[]?$/.test(text.slice(lineStart, s))) return undefined;
  // A column its comment says holds a digest (`token varchar(64) COMMENT 'sha256 of the token'`): no token's text.
  if (HASHED_COLUMN_COMMENT.test(text.slice(e, lineEndWithin(text, e, 400)))) return undefined;
  // Back to the table's header, counting the column definitions on the way.
  let column = 0;
  let header: RegExpExecArray | null = null;
  for (let end = lineStart - 1, n = 0; end > 0 && n < 80 && !header; n++) {
    const start = lineStartWithin(text, end, 400);
    const line = text.slice(start, end).replace(/\r$/, '');
    header = CREATE_TABLE.exec(line);
    if (!header) {
      if (!COLUMN_DEFINITION.test(line) || TABLE_CONSTRAINT.test(line)) return undefined;
      column++;
    }
    end = start - 1;
  }
  if (!header) return undefined;
  const table = header[1];
  const values: ColumnValues['values'] = [];
  // The table's rows come before the next table's definition (each region is searched once per column).
  const next = indexWithin(text, 'CREATE TABLE', e, MAX_DUMP_REACH);
  const region = text.slice(e, next < 0 ? Math.min(text.length, e + MAX_DUMP_REACH) : next);
  const insert = new RegExp(`\\bINSERT[ \\t]+(?:IGNORE[ \\t]+)?INTO[ \\t]+[\`"]?${table}[\`"]?[ \\t]+VALUES[ \\t]*`, 'gi');
  for (let m = insert.exec(region); m && values.length < MAX_COPY_ROWS; m = insert.exec(region)) {
    insert.lastIndex = readDumpedRows(region, m.index + m[0].length, column, values, e);
  }
  return { name: text.slice(s, e), values, nameEnd: e };
}

/**
 * Reads `(…),(…);` from `i`: each row's value at `column` when quoted and free of escapes (their
 * offsets in the whole text: `text` starts at `base`). Returns where the statement ends.
 */
function readDumpedRows(text: string, i: number, column: number, values: ColumnValues['values'], base: number): number {
  while (text[i] === '(' && values.length < MAX_COPY_ROWS) {
    i++;
    for (let col = 0; ; col++) {
      let start = i, end = i, quoted = false;
      if (text[i] === "'") {
        quoted = true;
        start = ++i;
        while (i < text.length && text[i] !== "'" && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
        end = i++;
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== ')' && text[i] !== '\n') i++;
        end = i;
      }
      if (col === column && quoted && !text.slice(start, end).includes('\\')) values.push({ value: text.slice(start, end), start: base + start, end: base + end });
      if (text[i] === ',') { i++; continue; }
      if (text[i] === ')') { i++; break; }
      return i; // a row cut off: stop reading
    }
    if (text[i] === ',') i++;
  }
  return i;
}

/** A class or enum declared with its parameters: Kotlin's `enum class Env(`, `data class Cfg(`, Scala's `case class Cfg(`. */
const DECLARED_CLASS = /\b(enum[ \t]+class|(?:data[ \t]+|case[ \t]+)?class)[ \t]+([A-Z]\w{0,60})[ \t]*(?:<[^<>()]{0,60}>)?[ \t]*(?:(?:private|internal|public|protected)?[ \t]*constructor[ \t]*)?\($/;
/** A parameter after its type (Java, C#, C++): `String apiKey`, `final String apiKey`, `string apiKey`, `const std::string& api_key`. */
const TYPED_PARAMETER = /[(,][ \t\r\n]{0,40}(?:(?:final|const)[ \t]+)?[A-Za-z_][\w.<>?:]{0,40}(?:\[\])?[&*]?[ \t]+[&*]?$/;
/** The same, first in the text (a parameter list cut off before its `(`). */
const TYPED_PARAMETER_FIRST = /^[ \t\r\n]{0,40}(?:(?:final|const)[ \t]+)?[A-Za-z_][\w.<>?:]{0,40}(?:\[\])?[&*]?[ \t]+[&*]?$/;
/** A parameter before its type (Kotlin, Scala, Swift, TypeScript, Python): `val apiKey: String`, `apiKey: string`, `api_key: str`. */
const PARAMETER_TYPE = /^[ \t]{0,4}:[ \t]{0,4}[A-Za-z][\w.<>?]{0,40}/;
/** A Python or TypeScript parameter without a type: the name, then `,` or `)` (Python's `def __init__(self, a, api_secret)`). */
const UNTYPED_PARAMETER = /^[ \t]{0,4}[,)]/;
/** A constructor declared inside its class: Python's `def __init__(self, `, TypeScript's `constructor(`. */
const INNER_CONSTRUCTOR = /(?:\bdef[ \t]+__init__|\bconstructor)[ \t]*\($/;
const MAX_INSTANCES = 200;

/**
 * A class's or enum's constructor parameter named like a secret, and the literal each instance
 * passes in its place: Kotlin's `enum class Env(val baseUrl: String, val apiKey: String) { PROD("…", "…") }`,
 * Java's enum constructor `Partner(String code, String apiKey)` after `DHL("dhl", "…")`, `data class`
 * and Scala `case class` instances in the same file (`Settings("…", "…")`).
 */
export function constructedArgumentValues(text: string, at: number): ColumnValues | undefined {
  const [s, e] = nameAround(text, at);
  const after = text.slice(e, e + 60);
  const typedAfter = PARAMETER_TYPE.test(after);
  // A type and its modifiers fit in 200 characters; a pattern anchored at the end is tried from every start.
  const before = text.slice(Math.max(0, s - 200), s).replace(/(?:(?:private|public|protected|internal|override|val|var|final|readonly)[ \t]+)+$/, '');
  const untyped = !typedAfter && !TYPED_PARAMETER.test(before) && !(s <= 200 && TYPED_PARAMETER_FIRST.test(before));
  if (untyped && !UNTYPED_PARAMETER.test(after)) return undefined;
  // Back to the list's `(`, counting the parameters before this one.
  let depth = 0, index = 0, open = -1;
  for (let k = s - 1; k >= Math.max(0, s - 600); k--) {
    const c = text[k];
    if (c === ')' || c === '>' || c === ']') depth++;
    else if (c === '(' || c === '<' || c === '[') {
      if (depth === 0) { open = k; break; }
      depth--;
    } else if (c === ',' && depth === 0) index++;
    else if (c === ';' || c === '{' || c === '}' || c === '=') return undefined;
  }
  if (open < 0) return undefined;
  const head = text.slice(Math.max(0, open - 120), open + 1);
  const inner = INNER_CONSTRUCTOR.test(head) ? enclosingClass(text, open) : undefined;
  if (untyped && !inner) return undefined; // only Python and TypeScript write parameters without types
  // Python's first parameter is the instance, which no call passes.
  if (inner?.python) index--;
  const declared = inner ? null : DECLARED_CLASS.exec(head);
  const javaEnum = !inner && !declared ? /(?:^|[\s;{}])(?:(?:private|protected|public)[ \t]+)?([A-Z]\w{0,60})[ \t]*\($/.exec(head) : null;
  if ((!inner && !declared && !javaEnum) || index < 0) return undefined;
  const className = inner ? inner.name : declared ? declared[2] : javaEnum![1];
  const values: ColumnValues['values'] = [];
  // A constructor named after its class is an enum's when the enum is declared: else a class's (Java, C#, C++).
  const isEnum = (!!javaEnum && new RegExp(`\\benum[ \\t]+${className}\\b`).test(text.slice(Math.max(0, open - 20_000), open))) || /^enum/.test(declared?.[1] ?? '');
  if (javaEnum && !isEnum && !new RegExp(`\\b(?:class|struct)[ \\t]+${className}\\b`).test(text.slice(Math.max(0, open - 20_000), open))) return undefined;
  // Instances: an enum's entries (`NAME(…)` in its body, before a Java enum's constructor), or
  // the class called by name anywhere in the file (found once per file and class).
  let starts: number[];
  if (isEnum) {
    const region = declared ? text.slice(open, Math.min(text.length, open + 20_000)) : text.slice(Math.max(0, open - 20_000), open);
    const base = declared ? open : Math.max(0, open - 20_000);
    starts = [];
    const entry = /(?:^|[\s,{])[A-Z][A-Z0-9_]{0,60}[ \t]*\(/g;
    for (let m = entry.exec(region); m && starts.length < MAX_INSTANCES; m = entry.exec(region)) starts.push(base + m.index + m[0].length);
  } else {
    starts = instancesOf(text, className);
  }
  for (const argsStart of starts) {
    if (argsStart === open + 1) continue; // the declaration itself
    const arg = argumentAt(text, argsStart, index);
    if (arg) values.push(arg);
  }
  return values.length ? { name: text.slice(s, e), values, nameEnd: e } : undefined;
}

/** The class a constructor declared inside it belongs to: the nearest `class Name` above, less indented. */
function enclosingClass(text: string, open: number): { name: string; python: boolean } | undefined {
  const lineStart = text.lastIndexOf('\n', open) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 80))![0].length;
  const above = text.slice(Math.max(0, lineStart - 20_000), lineStart);
  const classes = [...above.matchAll(/^([ \t]*)(?:export[ \t]+)?(?:default[ \t]+)?(?:abstract[ \t]+)?class[ \t]+([A-Za-z_]\w{0,60})/gm)];
  const owner = classes.reverse().find(m => m[1].length < indent);
  if (!owner) return undefined;
  return { name: owner[2], python: /\bdef[ \t]+__init__[ \t]*\($/.test(text.slice(Math.max(0, open - 40), open + 1)) };
}

/** Where each `Name(` call's arguments start, per class, for the text last asked about. */
let instanceCache: { text: string; byClass: Map<string, number[]> } | undefined;

function instancesOf(text: string, className: string): number[] {
  if (instanceCache?.text !== text) instanceCache = { text, byClass: new Map() };
  let found = instanceCache.byClass.get(className);
  if (!found) {
    found = [];
    const call = new RegExp(`\\b${className}[ \\t]*\\(`, 'g');
    for (let m = call.exec(text); m && found.length < MAX_INSTANCES; m = call.exec(text)) found.push(m.index + m[0].length);
    instanceCache.byClass.set(className, found);
  }
  return found;
}

/** The `index`th argument of a call whose arguments start at `i`, when it is a string literal. */
function argumentAt(text: string, i: number, index: number): { value: string; start: number; end: number } | undefined {
  const end = Math.min(text.length, i + 2000);
  let depth = 0;
  for (let arg = 0; i < end; ) {
    while (i < end && /\s/.test(text[i])) i++;
    if (arg === index) {
      const q = text[i];
      if (q !== '"' && q !== "'") return undefined;
      const close = text.indexOf(q, i + 1);
      if (close < 0 || close - i > MAX_VALUE || text.slice(i + 1, close).includes('\n')) return undefined;
      return /^\s{0,40}[,)]/.test(text.slice(close + 1, close + 44)) ? { value: text.slice(i + 1, close), start: i + 1, end: close } : undefined;
    }
    // Skip this argument to its comma (strings and brackets kept whole).
    for (; i < end; i++) {
      const c = text[i];
      if (c === '"' || c === "'") { const close = text.indexOf(c, i + 1); if (close < 0) return undefined; i = close; }
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') { if (depth === 0) return undefined; depth--; }
      else if (c === ',' && depth === 0) { i++; arg++; break; }
    }
  }
  return undefined;
}

/**
 * The columns of a key/value table or export (`settings (name, value)`, `vendor,field,value`):
 * one holds a setting's name, the next its value. Shared by the SQL readers here and the CSV rule.
 * (Magento's `core_config_data` names a setting by its `path`: `payment/paypal/api_password`.)
 */
const NAME_WORDS = '(?:\\w{0,20}[_ ])?(?:key|keyword|name|field|setting|option|param|property|path)';
const VALUE_WORDS = '(?:\\w{0,20}[_ ])?(?:value|val|data|secret)';
export const NAME_COLUMN = new RegExp(`^${NAME_WORDS}$`, 'i');
export const VALUE_COLUMN = new RegExp(`^${VALUE_WORDS}$`, 'i');

/** `UPDATE settings SET value = '…' WHERE key = '` before a name: a key/value table's row. */
const SQL_UPDATE_ROW = new RegExp(`\\bSET[ \\t]+["\`]?${VALUE_WORDS}["\`]?[ \\t]*=[ \\t]*'(?<value>(?:[^'\\n]|''){1,300})'[ \\t]+WHERE[ \\t]+["\`]?${NAME_WORDS}["\`]?[ \\t]*=[ \\t]*'$`, 'di');

/**
 * A key/value table's row set by name, `UPDATE settings SET value = '…' WHERE key = 'smtp_password'`:
 * the name is the row's key, the value the one set. (Inserted rows are read as a call's pair.)
 */
function updatedRowValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameStart - 1] !== "'" || text[nameEnd] !== "'") return undefined;
  const from = Math.max(0, nameStart - 500);
  const m = SQL_UPDATE_ROW.exec(text.slice(from, nameStart));
  if (!m) return undefined;
  const [start, end] = m.indices!.groups!.value;
  return { value: m.groups!.value, start: from + start, end: from + end, quoted: true, detached: true };
}

/**
 * WordPress's options table, dumped without its column list (`INSERT INTO wp_options VALUES
 * (112,'logged_in_salt','…','no')`): plugins keep their SMTP passwords and API keys there.
 */
const WORDPRESS_OPTIONS_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+`?\w{0,40}options`?[ \t]*VALUES\s{0,40}\($/i;
const WORDPRESS_OPTIONS_COLUMNS = ['option_id', 'option_name', 'option_value', 'autoload'];
/** Magento's configuration table, dumped without its column list (`INSERT INTO core_config_data VALUES (416,'default',0,'payment/…/api_key','…',…)`). */
const MAGENTO_CONFIG_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+`?\w{0,40}core_config_data`?[ \t]*VALUES\s{0,40}\($/i;
const MAGENTO_CONFIG_COLUMNS = ['config_id', 'scope', 'scope_id', 'path', 'value', 'updated_at'];
/** Moodle's configuration tables, dumped without their column list (`INSERT INTO mdl_config VALUES (322,'smtppass','…')`). */
const MOODLE_CONFIG_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+`?\w{0,20}config`?[ \t]*VALUES\s{0,40}\($/i;
const MOODLE_CONFIG_COLUMNS = ['id', 'name', 'value'];
/** FreePBX's device tables, one setting a row (`INSERT INTO `sip` VALUES ('2001','secret','…',2),…`): an extension's SIP password. */
const FREEPBX_DEVICE_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+`?(?:sip|iax|dahdi)`?[ \t]*VALUES\s{0,40}\($/i;
const FREEPBX_DEVICE_INSERT = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+`?(?:sip|iax|dahdi)`?[ \t]*VALUES\b/gi;
const FREEPBX_DEVICE_COLUMNS = ['id', 'keyword', 'data', 'flags'];

/**
 * A later row of a dump's many-row insert into a known table, WordPress's options (`…),⏎(88, 'wordpress_api_key', …`):
 * the statement's head within 50,000 characters back. The text's statement heads are found once
 * (one pass), so each row costs a binary search, not a search back through the text.
 */
function isLaterRowOf(inserts: RegExp, text: string, open: number): boolean {
  if (!/\)[ \t]{0,4},\s{0,40}$/.test(text.slice(Math.max(0, open - 48), open))) return false;
  const heads = insertHeads(inserts, text);
  let lo = 0, hi = heads.length - 1, before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (heads[mid] < open) { before = heads[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return before >= 0 && open - before <= 50_000;
}

const OPTIONS_INSERT = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+`?\w{0,40}options`?[ \t]*VALUES\b/gi;
const headsOf = new Map<RegExp, { text: string; heads: number[] }>();

/** Where the text's inserts into one kind of table start, for the last text asked about. */
function insertHeads(inserts: RegExp, text: string): number[] {
  let known = headsOf.get(inserts);
  if (known?.text !== text) {
    const heads: number[] = [];
    inserts.lastIndex = 0;
    for (let m = inserts.exec(text); m; m = inserts.exec(text)) heads.push(m.index);
    headsOf.set(inserts, known = { text, heads });
  }
  return known.heads;
}

/** `INSERT INTO t (provider, field, value) VALUES (` before a row's first cell. */
const INSERT_ROW_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[\w.`"[\]]{1,80}[ \t]*\(([^()]{1,300})\)\s{0,40}VALUES\s{0,40}\($/i;

/**
 * A key/value table's inserted row, `INSERT INTO integrations (provider, field, value) VALUES
 * ('zendesk', 'api_token', '…')`: a quoted cell under a name column is the name, the next cell
 * (under a value column) its value. The first row only; the row opens within 300 characters.
 */
function insertedRowValue(text: string, keywordStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  // The name may be a path whose last part is the keyword (`smtp/configuration_option/password`):
  // looked back over only after a `/`, so ordinary names pay one character's check.
  let nameStart = keywordStart;
  if (text[keywordStart - 1] === '/') {
    while (nameStart > 0 && keywordStart - nameStart < 120 && /[\w/.-]/.test(text[nameStart - 1])) nameStart--;
  }
  if (text[nameStart - 1] !== "'" || text[nameEnd] !== "'") return undefined;
  const open = lastIndexWithin(text, '(', nameStart, 300);
  if (open < 0) return undefined;
  const before = text.slice(Math.max(0, open - 400), open + 1);
  const head = INSERT_ROW_HEAD.exec(before);
  const columns = head ? head[1].split(',').map(c => c.trim().replace(/^[`"[]|[`"\]]$/g, ''))
    : WORDPRESS_OPTIONS_HEAD.test(before) || isLaterRowOf(OPTIONS_INSERT, text, open) ? WORDPRESS_OPTIONS_COLUMNS
      : MAGENTO_CONFIG_HEAD.test(before) ? MAGENTO_CONFIG_COLUMNS : MOODLE_CONFIG_HEAD.test(before) ? MOODLE_CONFIG_COLUMNS
        : FREEPBX_DEVICE_HEAD.test(before) || isLaterRowOf(FREEPBX_DEVICE_INSERT, text, open) ? FREEPBX_DEVICE_COLUMNS : undefined;
  if (!columns) return undefined;
  const end = Math.min(text.length, nameEnd + 600);
  let i = open + 1;
  for (let col = 0; col < columns.length && i < end; col++) {
    while (i < end && /\s/.test(text[i])) i++;
    const cell = sqlValueAt(text, i, end);
    if (!cell) return undefined;
    if (cell.start === nameStart) {
      if (!NAME_COLUMN.test(columns[col]) || !VALUE_COLUMN.test(columns[col + 1] ?? '')) return undefined;
      let k = cell.next;
      while (k < end && /\s/.test(text[k])) k++;
      if (text[k] !== ',') return undefined;
      k++;
      while (k < end && /\s/.test(text[k])) k++;
      const value = sqlValueAt(text, k, end);
      return value?.quoted ? { value: text.slice(value.start, value.end), start: value.start, end: value.end, quoted: true, detached: true } : undefined;
    }
    i = cell.next;
    while (i < end && /\s/.test(text[i])) i++;
    if (text[i] !== ',') return undefined;
    i++;
  }
  return undefined;
}

/** One SQL value at `i`: a quoted string (`''` escapes a quote) or a bare token up to `,` or `)`. */
function sqlValueAt(text: string, i: number, end: number): { start: number; end: number; next: number; quoted: boolean } | undefined {
  if (text[i] === "'") {
    let j = i + 1;
    while (j < end && (text[j] !== "'" || text[j + 1] === "'")) j += text[j] === "'" ? 2 : 1;
    return j < end ? { start: i + 1, end: j, next: j + 1, quoted: true } : undefined;
  }
  let j = i;
  let depth = 0;
  while (j < end && (depth > 0 || (text[j] !== ',' && text[j] !== ')'))) {
    if (text[j] === '(') depth++;
    else if (text[j] === ')') depth--;
    j++;
  }
  return j < end && j > i ? { start: i, end: j, next: j, quoted: false } : undefined;
}

/**
 * Spring's `@Value("…") String apiToken;`: the annotation gives the field its value, before the
 * field's name. A literal only: `@Value("${api.token}")` reads a property (env-fallback reads its default).
 */
function annotatedValueBefore(text: string, nameStart: number): Omit<Assignment, 'name'> | undefined {
  // The annotation may be on the line above; a look at the 400 characters before keeps dense input cheap.
  const before = text.slice(Math.max(0, nameStart - 400), nameStart);
  if (!before.includes('@Value(')) return undefined;
  const m = /@Value\([ \t]{0,3}(?:value[ \t]{0,3}=[ \t]{0,3})?"([^"\\\n$#{}]{1,300})"[ \t]{0,3}\)\s{0,20}(?:(?:private|protected|public|final|static|lateinit|var|val)[ \t]{1,4}){0,4}(?:[\w.<>?]{1,80}[ \t]{1,4})?$/.exec(before);
  if (!m) return undefined;
  const vStart = nameStart - m[0].length + m[0].indexOf('"') + 1;
  return { value: m[1], start: vStart, end: vStart + m[1].length, quoted: true };
}

/** A static or instance field set from a register in smali (`sput-object v0, Lapp/Api;->`), up to the field's name. */
const SMALI_FIELD_SET = /(?:sput|iput)-object[ \t]{1,4}([vp]\d{1,3}),[ \t]{0,4}(?:[vp]\d{1,3},[ \t]{0,4})?L[\w/$]{1,200};->$/;

/** Java's comparison written the other way round: `"…".equals(pass)`; the literal is the name's. */
function comparedLiteralBefore(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameEnd] !== ')' || text[nameStart - 1] !== '(') return undefined;
  // (The method's name ends where the name's parenthesis opens: a native test before the regex.)
  if (!text.endsWith('quals(', nameStart) && !text.endsWith('IgnoreCase(', nameStart)) return undefined;
  const m = /(["'])([^"'\\\n]{6,300})\1\.(?:equals|equalsIgnoreCase|Equals)\($/.exec(text.slice(Math.max(0, nameStart - 330), nameStart));
  if (!m) return undefined;
  const start = nameStart - m[0].length + 1;
  return { value: m[2], start, end: start + m[2].length, quoted: true };
}

/** A comparing call with the literal first: PHP's `hash_equals('…', $pass)`, Go's `subtle.ConstantTimeCompare([]byte("…"), []byte(pw))`. */
const LITERAL_COMPARED_BY_CALL = new RegExp(String.raw`${COMPARING_CALL}[ \t]{0,2}(?:\[\]byte\(|Buffer\.from\()?(["'])([^"'\\\n]{6,300})\1\)?[ \t]{0,2},[ \t]{0,2}(?:\[\]byte\(|Buffer\.from\()?(?:[$@]?[A-Za-z_]\w{0,40}(?:\.|->|::))*[$@]?$`);
/** A literal compared by an operator with the name after it: `"…" == settings.admin_password`. */
const LITERAL_COMPARED = /(["'])([^"'\\\n]{6,300})\1[ \t]{1,3}(?:===?|!==?)[ \t]{1,3}(?:[$@]?[A-Za-z_]\w{0,40}(?:\.|->|::))*[$@]?$/;
/**
 * A literal compared with the name the other way round (`if "…" == settings.admin_password:`,
 * PHP's `if ('…' === $password)`, `hash_equals('…', $password)`): the literal is the secret expected.
 */
function literalComparedBefore(text: string, nameStart: number): Omit<Assignment, 'name'> | undefined {
  // Most names have no comparison before them: walk back over the member chain and the blanks to
  // an `==`/`!=` or a call's comma (Go's `[]byte(` between) before running a pattern.
  let k = nameStart - 1;
  while (k >= 0 && nameStart - k < 120 && /[\w.$@:>-]/.test(text[k])) k--;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (text[k] === '(' && text.startsWith('[]byte(', k - 6)) {
    k -= 7;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  }
  const compared = text[k] === '=' && (text[k - 1] === '=' || text[k - 1] === '!');
  if (!compared && text[k] !== ',') return undefined;
  const before = text.slice(Math.max(0, nameStart - 360), nameStart);
  if (!compared && !before.includes('cmp') && !before.includes('ompare') && !before.includes('qual')) return undefined;
  const m = (compared ? LITERAL_COMPARED : LITERAL_COMPARED_BY_CALL).exec(before);
  if (!m) return undefined;
  const start = nameStart - before.length + m.index + m[0].indexOf(m[1] + m[2]) + 1;
  return { value: m[2], start, end: start + m[2].length, quoted: true };
}

/**
 * A decompiled app's field set to a literal (smali, apktool's output): `const-string v0, "…"`,
 * then `sput-object v0, L…;->S3_SECRET:Ljava/lang/String;`. The value is the register's last
 * string within the 400 characters above.
 */
function smaliFieldValue(text: string, nameStart: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameStart - 1] !== '>' || text[nameStart - 2] !== '-') return undefined;
  const set = SMALI_FIELD_SET.exec(text.slice(Math.max(0, nameStart - 260), nameStart));
  if (!set) return undefined;
  const lineStart = lineStartWithin(text, nameStart, 300);
  const from = Math.max(0, lineStart - 400);
  const loads = [...text.slice(from, lineStart).matchAll(new RegExp(`const-string(?:/jumbo)?[ \\t]{1,4}${set[1]},[ \\t]{0,4}"([^"\\\\\\n]{1,2048})"`, 'g'))];
  const last = loads[loads.length - 1];
  if (!last) return undefined;
  const start = from + last.index! + last[0].length - last[1].length - 1;
  return { value: last[1], start, end: start + last[1].length, quoted: true, detached: true };
}

/** R's right assignment, the literal before the name: `"…" -> access_token`. */
function rightAssignedValue(text: string, nameStart: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameStart - 1] !== ' ' && text[nameStart - 1] !== '>') return undefined;
  const m = /(["'])([^"'\\\n]{1,300})\1[ \t]{0,3}->[ \t]{0,3}$/.exec(text.slice(Math.max(0, nameStart - 320), nameStart));
  if (!m) return undefined;
  const start = nameStart - m[0].length + 1;
  return { value: m[2], start, end: start + m[2].length, quoted: true };
}

/**
 * Swift and Objective-C set a header's value before its name: `request.setValue("…",
 * forHTTPHeaderField: "X-Api-Key")`. The value is the first argument, on the name's line.
 */
function headerValueBefore(text: string, nameStart: number): Omit<Assignment, 'name'> | undefined {
  if (!text.endsWith('"', nameStart) || !/forHTTPHeaderField:\s{0,3}@?"$/.test(text.slice(Math.max(0, nameStart - 24), nameStart))) return undefined;
  const lineStart = lineStartWithin(text, nameStart, MAX_VALUE + 100);
  const m = /(?:set|add)Value\(\s{0,3}@?"([^"\\\n]{1,2048})"\s{0,3},\s{0,3}forHTTPHeaderField:\s{0,3}@?"$/.exec(text.slice(lineStart, nameStart));
  if (!m) return undefined;
  const vStart = lineStart + m.index + m[0].indexOf('"') + 1;
  return { value: m[1], start: vStart, end: vStart + m[1].length, quoted: true };
}

/** A web server's header directive, up to the header's name: nginx's `proxy_set_header`, Apache's `RequestHeader set`, Caddy's `header_up`. */
const HEADER_DIRECTIVE = /(?:^|[ \t;{])(?:proxy_set_header|add_header|grpc_set_header|fastcgi_param|header_up|header_down|RequestHeader[ \t]{1,8}(?:set|add|append)|Header[ \t]{1,8}(?:always[ \t]{1,8})?(?:set|add|append))[ \t]{1,8}["']?$/i;

const HEADER_WORD = /eader|_param/i;

/**
 * A header a web server sets to a literal: `proxy_set_header X-Api-Key "…";` (nginx),
 * `RequestHeader set X-Api-Key "…"` (Apache). The name, then spaces, then the value.
 */
function serverHeaderValue(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  // The directive ends in blanks, then maybe a quote (a cheap test before the regex).
  const q = text[nameStart - 1] === '"' || text[nameStart - 1] === "'" ? 1 : 0;
  if (text[nameStart - 1 - q] !== ' ' && text[nameStart - 1 - q] !== '\t') return undefined;
  const before = text.slice(Math.max(0, nameStart - 48), nameStart);
  // Every directive holds `eader` or `_param` (a native search before the regex's at every position).
  if (!HEADER_WORD.test(before) || !HEADER_DIRECTIVE.test(before)) return undefined;
  const m = /^(["']?[ \t]{1,8}(["']?))([^\s;"']{1,2048})\2[ \t]*(?:;|\r?\n|$)/.exec(text.slice(nameEnd, nameEnd + 2100));
  if (!m) return undefined;
  const vStart = nameEnd + m[1].length;
  return { value: m[3], start: vStart, end: vStart + m[3].length, quoted: m[2] !== '' };
}

/**
 * Terraform's `variable "db_password" {` block with a literal `default = "…"`: the variable's
 * name names the value. Read within the block (800 characters, no nested braces).
 */
function hclVariableDefault(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameEnd] !== '"' || !/(?:^|\n)[ \t]*variable[ \t]+"$/.test(text.slice(Math.max(0, nameStart - 40), nameStart))) return undefined;
  const m = /^"[ \t]*\{[^{}]{0,800}?\n[ \t]*default[ \t]*=[ \t]*(?:"([^"\\\n]{1,2048})"|(?=<<))/.exec(text.slice(nameEnd, nameEnd + 3000));
  if (!m) return undefined;
  if (m[1] === undefined) {
    // A heredoc default: `default = <<-EOT⏎    …⏎  EOT`.
    const start = oneLineHeredoc(text, nameEnd + m[0].length);
    const end = start === undefined ? -1 : indexWithin(text, '\n', start, MAX_VALUE);
    const value = end === -1 ? '' : text.slice(start, end).trimEnd();
    return value && !/\s/.test(value) ? { value, start: start!, end: start! + value.length, quoted: true } : undefined;
  }
  const vStart = nameEnd + m[0].length - 1 - m[1].length;
  return { value: m[1], start: vStart, end: vStart + m[1].length, quoted: true };
}

/**
 * nginx's `map $host $oidc_client_secret {⏎ default "…";⏎ }`: the map sets the variable, to its default
 * for every host (NGINX Plus's OpenID Connect configuration keeps its client secret and HMAC key so).
 */
function nginxMapDefault(text: string, nameStart: number, nameEnd: number): Omit<Assignment, 'name'> | undefined {
  if (text[nameStart] !== '$' || !/\bmap[ \t]{1,4}\$?[\w$]{1,60}[ \t]{1,4}$/.test(text.slice(Math.max(0, nameStart - 80), nameStart))) return undefined;
  const m = /^[ \t]{0,4}\{[^{}]{0,400}?\n[ \t]*default[ \t]{1,16}(["']?)([^"'\s;{}]{1,300})\1[ \t]{0,4};/.exec(text.slice(nameEnd, nameEnd + 800));
  if (!m) return undefined;
  const vStart = nameEnd + m[0].lastIndexOf(m[2]);
  return { value: m[2], start: vStart, end: vStart + m[2].length, quoted: m[1] !== '' };
}

/** After `key`/`name`: an XML attribute naming the element's setting, or a pair's name before its `value`. */
// (The value attribute may be long: NuGet's `<add key="ClearTextPassword" value="<an API key of 120 characters>" />`.)
const NAMING_ATTRIBUTE = /^\s{0,2}=\s{0,2}(["'])[^"'\n]{1,100}\1(?:\s{1,4}[\w:-]{1,30}\s{0,2}=\s{0,2}(["'])[^"'\n]{0,1200}\2){0,4}\s{0,4}\/?>/i;
const NAMING_PAIR = /^(["']?)[ \t]{0,2}:[ \t]{0,2}(["']?)[\w./-]{1,100}\2[ \t]*,?[ \t]*(?:(?:\r?\n[ \t]{0,40})?(["']?)(?:Type|flags|scope)\3[ \t]{0,2}:[ \t]{0,2}(["']?)[\w:]{1,40}\4[ \t]*,?[ \t]*)?(?:\r?\n[ \t]{0,40})?(["']?)(?:parameter|output|initial)?value\5[ \t]{0,2}:/i;

/** A heredoc's opening: shell's and Terraform's `<<EOT`, `<<-EOT`, Ruby's `<<~EOS`, PHP's `<<<EOT`, shell's `$(cat <<EOF`. */
// (Ruby may call a method on it: `<<~KEY.strip`.)
const HEREDOC_OPENING = /^(?:\$\([ \t]*cat[ \t]+)?<<<?[-~]?[ \t]?(["']?)([A-Za-z_]{1,20})\1(?:\.[a-z_]{1,20}[!?]?){0,3}[ \t]*\r?\n[ \t]{0,40}(?=\S)/;

/**
 * The value of a heredoc of one line (`api_token = <<EOT⏎…⏎EOT`) or a PowerShell here-string
 * (`@"⏎…⏎"@`): where it starts, when its end marker is the next line. A heredoc of more lines
 * is a document (a script, a JSON body), not a credential's value.
 */
function oneLineHeredoc(text: string, i: number): number | undefined {
  const head = text.slice(i, i + 90);
  const heredoc = HEREDOC_OPENING.exec(head);
  const hereString = heredoc ? null : /^@(["'])[ \t]*\r?\n(?=\S)/.exec(head);
  if (!heredoc && !hereString) return undefined;
  const start = i + (heredoc ?? hereString)![0].length;
  const lineEnd = indexWithin(text, '\n', start, MAX_VALUE);
  if (lineEnd === -1) return undefined;
  const closing = text.slice(lineEnd + 1, lineEnd + 60).split(/\r?\n/)[0].trim();
  // PHP closes with `EOT;`, a command substitution with `EOF` then `)`.
  return heredoc ? (closing.replace(/[;)]$/, '') === heredoc[2] ? start : undefined) : (closing === `${hereString![1]}@` ? start : undefined);
}

/** Where a value on the lines after its name starts; `literal` when the syntax makes it a string (a heredoc). */
interface NextLineValue {
  start: number;
  literal: boolean;
}

/**
 * Where a value that a formatter moved to the next line starts: Prettier's `apiKey:⏎    "…",`,
 * Python's `API_KEY = (⏎    "…"⏎)` (quoted values only: an unquoted next line is code), a
 * line continuation (`key=\⏎  …` in .properties, Python's `= \⏎ "…"`), a YAML block scalar or
 * plain scalar of one line (`password: |⏎  …`, `password:⏎  …`, with nothing more indented
 * after it), and a heredoc of one line.
 */
/**
 * Where the one line of a text block starts: Jsonnet's `|||⏎  …⏎|||` and PowerShell's here-strings
 * (`@'⏎…⏎'@`, `@"⏎…⏎"@`), whose closing delimiter is on the line after it.
 */
function oneLineTextBlock(text: string, i: number): number | undefined {
  const open = /^(\|\|\||@["'])[ \t]*\r?\n[ \t]{0,40}(?=\S)/.exec(text.slice(i, i + 60));
  if (!open) return undefined;
  const start = i + open[0].length;
  const lineEnd = indexWithin(text, '\n', start, MAX_VALUE);
  const closer = open[1] === '|||' ? '|||' : `${open[1][1]}@`;
  return lineEnd !== -1 && text.slice(lineEnd + 1, lineEnd + 50).trimStart().startsWith(closer) ? start : undefined;
}

function nextLineValue(text: string, i: number, op: string): NextLineValue | undefined {
  const wrapped = /^(?:\(|\\)?[ \t]*\r?\n[ \t]{1,40}\(?(?=["'`])/.exec(text.slice(i, i + 90));
  if (wrapped) return { start: i + wrapped[0].length, literal: false };
  const heredoc = oneLineHeredoc(text, i);
  if (heredoc !== undefined) return { start: heredoc, literal: true };
  const textBlock = oneLineTextBlock(text, i);
  if (textBlock !== undefined) return { start: textBlock, literal: true };
  // A setting given as a mapping that holds its value: Pulumi's `cloudflare:apiToken:⏎    value: …`.
  const valued = op === ':' ? /^\r?\n[ \t]{1,40}value:[ \t]{1,4}(?=[^\s|>])/.exec(text.slice(i, i + 64)) : null;
  if (valued) return { start: i + valued[0].length, literal: false };
  // A .properties value continued on the next line: `api.token=\⏎    …`.
  const continued = /^\\\r?\n[ \t]{0,40}(?=[^\s\\])/.exec(text.slice(i, i + 50));
  if (continued) return { start: i + continued[0].length, literal: false };
  const block = /^[|>][-+]?[ \t]*\r?\n([ \t]{1,40})(?=[^\s#])/.exec(text.slice(i, i + 90));
  // YAML's plain scalar on the next line: one word, neither a key (`name: …`) nor a list item.
  // (Or an INI value continued on an indented line, Python's configparser's: `password =⏎    …`.)
  const plain = block || (op !== ':' && op !== '=') || (text[i] !== '\n' && text[i] !== '\r') ? null : /^\r?\n([ \t]{1,40})(?=[^\s#\-[{&*!|>"'])[^\s:]{1,2048}(?::(?!\s)[^\s:]{0,2048})*(?=\r?\n|$)/.exec(text.slice(i, i + 2200));
  const opening = block ?? plain;
  if (!opening) return undefined;
  const start = i + opening[0].length - (plain ? plain[0].length - plain[0].search(/\S/) : 0);
  const lineEnd = indexWithin(text, '\n', start, MAX_VALUE);
  if (lineEnd === -1) return { start, literal: false };
  // One line only: the next non-blank line is less indented (a multi-line block is a document).
  const next = /^(?:[ \t]*\r?\n)*([ \t]*)\S/.exec(text.slice(lineEnd + 1, lineEnd + 200));
  return !next || next[1].length < opening[1].length ? { start, literal: false } : undefined;
}

/** One `name <op> value` occurrence found around a keyword. */
export interface Assignment {
  name: string;
  value: string;
  /** Offsets of the value (inside quotes when quoted). */
  start: number;
  end: number;
  quoted: boolean;
  /** A URL query parameter (`?api_key=…&`). */
  inUrl?: boolean;
  /** Named in prose (`the API key is …`), not assigned. */
  prose?: boolean;
  /** Read apart from its name, past other names (an SQL insert's row): those names are still read. */
  detached?: boolean;
  /** A byte array's elements (`{0x4e, 0x6e, …}`): the bytes they hold, as hex, to judge instead of the text. */
  bytesHex?: string;
  /** String literals joined (`"sk-" + "…"`): `value` is their text, not the text between start and end. */
  joined?: boolean;
}

/**
 * Reads the assignment whose *name* contains offset `at` (a keyword hit inside the name).
 * Returns undefined when the text there is not an assignment of a literal value.
 */
export function assignmentAt(text: string, at: number, limit: number, facts?: AssignmentFacts): Assignment | undefined {
  const a = readAssignment(text, at, limit, facts);
  // A Markdown table's value fills its cell: `| PRIVATE_KEY | PEM/OpenSSH/PGP key block |` is prose.
  if (a && facts?.tableCells && /^[ \t]*\|/.test(text.slice(lineStartWithin(text, a.start, 400), a.start))
    && !/^["'`]?[ \t]*\|/.test(text.slice(a.end, a.end + 40))) return undefined;
  return a;
}

function readAssignment(text: string, at: number, limit: number, facts?: AssignmentFacts): Assignment | undefined {
  // Expand to the whole name.
  let s = at;
  while (s > 0 && isIdentChar(text[s - 1]) && at - s < 80) s--;
  let e = at;
  while (e < limit && isIdentChar(text[e]) && e - at < 80) e++;
  // Arabic and Persian name a password in two words, a YAML key or a label (`كلمة المرور: …`).
  s = twoWordNameStart(text, s);
  // A quoted key of words (`'api key': "…"`, `"Client Secret" = …`): the words are the name.
  const words = text[s - 1] === ' ' && (text[e] === '"' || text[e] === "'") ? quotedWordsBefore(text, s, text[e]) : undefined;
  if (words !== undefined) s = words;
  let name = text.slice(s, e);
  // `--token abc`, and Java tools' one-dash long options (`keytool -storepass abc`).
  const isFlag = name.startsWith('--') || /^-[a-z]{4,}$/.test(name);
  // (A namespace's prefix before it too: an HP EWS export's `<dd:BindPassword>`.)
  const isXmlTag = s > 0 && (text[s - 1] === '<' || (text[s - 1] === ':' && /<[A-Za-z][\w.-]{0,20}:$/.test(text.slice(Math.max(0, s - 24), s))));
  // An element escaped as text (a ticket's XML-escaped `&lt;password&gt;…&lt;/password&gt;`): its text, to the escaped end tag.
  if (text[s - 1] === ';' && text.startsWith('&lt;', s - 4) && text.startsWith('&gt;', e)) return escapedElementText(text, name, e + 4);
  // A property list's `<key>` holds a name, read where that name is (`plistValue`), not a value.
  if (isXmlTag && (name === 'key' || name === 'Key')) return undefined; // (KeePass's `<Key>` too)
  // SQL's `WHERE key = '…'` picks a key/value table's row; the key it names is read by `updatedRowValue`.
  if (NAME_COLUMN.test(name) && /\bWHERE[ \t]+["`]?$/i.test(text.slice(Math.max(0, s - 8), s))) return undefined;
  let i = e;
  // Lisp's earmuffs: `(defparameter *db-password* "…")`.
  if (text[s - 1] === '*' && text[e] === '*' && (text[e + 1] === ' ' || text[e + 1] === '\t')) i++;
  // Nim's export marker: `s3Secret* = "…"`, `apiKey*: string`.
  else if (text[e] === '*' && /^\*[ \t]{0,4}(?:=[^=]|:[^=])/.test(text.slice(e, e + 8))) i++;
  // Closing quote / bracket of a quoted key: "apiKey": , ['token'] =, and Perl's hash subscript
  // (`$ENV{API_TOKEN} =`, `$config{api_key} =`).
  while (i < limit && (/["'\]]/.test(text[i]) || (text[i] === '}' && (text[s - 1] === '{' || (/["']/.test(text[s - 1]) && text[s - 2] === '{')))) && i - e < 2) i++;
  // A key given as an argument, then assigned (VBScript's `Fields.Item("…/sendpassword") = "…"`), or
  // Tcl's array element (`set cfg(api_key) "…"`).
  // (Or compared with a literal: Go's `os.Getenv("WORKER_TOKEN") == "…"`.)
  if (text[i] === ')' && (i > e || text[s - 1] === '(') && /^\)[ \t]{1,4}(?:=[^=]|===?[ \t]{0,3}["']|["'])/.test(text.slice(i, i + 10))) i++;
  // JSON inside a string: `"{\"api_token\": \"…\"}"` (the value's escaped quotes are read below).
  if (i === e && text[i] === '\\' && text[i + 1] === '"' && text[s - 1] === '"' && text[s - 2] === '\\') i += 2;
  if (text[i] === '[' && /^\[\d{0,5}\]/.test(text.slice(i, i + 8))) i = text.indexOf(']', i) + 1; // C's `char api_key[] =`
  // A note between the name and its colon, in a comment: `# aes_key (kept for rollback): …`.
  if (i === e && text[i] === ' ' && text[i + 1] === '(') i += commentNoteLength(text, s, i);
  // (A label of words fills the cell too: `| Client secret | … |` names client_secret.)
  const cellLead = facts?.tableCells ? /\|[ \t]*`?((?:[A-Za-z][\w-]{0,30}[ \t]){0,3})$/.exec(text.slice(lineStartWithin(text, s, 200), s)) : null;
  const tableCell = !!cellLead;
  if (cellLead?.[1] && /^[ \t]*\|/.test(text.slice(e, e + 40))) name = `${cellLead[1].trim().replace(/[ \t]+/g, '_')}_${name}`;
  // A name in code style (`| `API_TOKEN` | … |`), or quoted as R and Kotlin quote names: httr2's `` req_headers(`X-API-KEY` = "…") ``.
  if (i === e && text[i] === '`' && text[s - 1] === '`') i++;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  // A formatter's break before the operator: `String apiToken⏎    = "…";`.
  const brokenBefore = text[i] === '\n' || text[i] === '\r' ? /^\r?\n[ \t]{1,40}(?==[ \t]*["'`])/.exec(text.slice(i, i + 50)) : null;
  if (brokenBefore && !isXmlTag) {
    i += brokenBefore[0].length;
    limit = Math.max(limit, Math.min(text.length, i + MAX_VALUE + 8)); // the value is past the keyword's line
  }
  // C#'s auto-property with an initializer: `public string SecretKey { get; set; } = "…";` (the `=` is read below).
  const autoProperty = text[i] === '{' ? AUTO_PROPERTY.exec(text.slice(i, i + 60)) : null;
  if (autoProperty) i += autoProperty[0].length - 1;
  const opStart = i;
  // `key="ApiKey" value="…"`, `<entry key="apiKey">…</entry>`: the attribute names the setting;
  // the hit inside "ApiKey" reads it.
  // So do a name/value pair's `name` and `key` (`{"key": "api_key", "value": "…"}`, `- name: API_TOKEN`).
  if (/^(?:key|name|parameterkey|outputkey)$/i.test(name) && (NAMING_ATTRIBUTE.test(text.slice(e, e + 1400)) || NAMING_PAIR.test(text.slice(e, e + 200)))) return undefined;
  const attribute = xmlNamedValue(text, s, e, limit) ?? namedPairValue(text, s, e) ?? xmlKeyFieldValue(text, s, e) ?? serializedValue(text, s, e) ?? plistValue(text, s, e) ?? headerValueBefore(text, s) ?? smaliFieldValue(text, s) ?? comparedLiteralBefore(text, s, e) ?? literalComparedBefore(text, s) ?? serverHeaderValue(text, s, e) ?? (facts?.annotatedFields ? annotatedValueBefore(text, s) : undefined) ?? hclVariableDefault(text, s, e) ?? nginxMapDefault(text, s, e) ?? insertedColumnValue(text, s, e) ?? updatedRowValue(text, s, e) ?? insertedRowValue(text, s, e) ?? memberDefaultValue(text, s, e) ?? getterLiteralValue(text, s, e) ?? fallbackReturnValue(text, s, e) ?? paramValue(text, s, e) ?? nvsRowValue(text, s, e) ?? transcriptValue(text, s, e) ?? tupleAssignedValue(text, s, e) ?? sectionMemberValue(text, s, e)
    ?? (facts?.operators?.includes('<-') ? rightAssignedValue(text, s) : undefined);
  if (attribute) return { name, ...attribute };
  // A flag and its value as items of an argument list: `CMD ["./server", "--api-token", "…"]`.
  const quotedFlag = isFlag && /["']/.test(text[s - 1] ?? '') && text[e] === text[s - 1];
  const letBlock = text[i] === ')' ? rspecLetBlock(text, s, i) : undefined;
  if (letBlock !== undefined) {
    i = letBlock; // RSpec's `let(:webhook_secret) { "…" }`: the block's value is the name's
  } else if (text[i] === ',' && (quotedFlag || isQuotedFirstArgument(text, s, e) || isSymbolFirstArgument(text, s) || isAtomPair(text, s, e) || isNamedSecondArgument(text, s, e) || isDefined(text, s, facts)
    || COMPARED_BY_CALL.test(text.slice(Math.max(0, s - 40), s)))) {
    // A call that sets a named value: define('MAIL_PASSWORD', '…'), setenv("API_KEY", "…").
    i++;
  } else if (text[i] === '-' && POWERSHELL_NAME_PARAMETER.test(text.slice(Math.max(0, s - 30), s)) && POWERSHELL_VALUE_PARAMETER.test(text.slice(i, i + 12))) {
    // PowerShell names a value by a parameter: `New-CMDeviceCollectionVariable -VariableName 'AdminPassword' -Value '…'`.
    i += POWERSHELL_VALUE_PARAMETER.exec(text.slice(i, i + 12))![0].length;
  } else if (isXmlTag) {
    // Attributes of the start tag, past the keyword's window if they are long (WS-Security's
    // `<wsse:Password Type="http://docs.oasis-open.org/…#PasswordText">`): the text follows them.
    const tagEnd = Math.min(text.length, opStart + 400);
    while (i < tagEnd && text[i] !== '>' && text[i] !== '\n') i++;
    if (text[i] !== '>') return undefined;
    limit = Math.max(limit, Math.min(text.length, i + MAX_VALUE + 4));
    // Ciphertext whose key is elsewhere: FileZilla's `<Pass encoding="crypt">` (its master password).
    if (ENCRYPTED_ELEMENT.test(text.slice(opStart, i))) return undefined;
    i++;
    const ownLine = xmlTextOnNextLine(text, i);
    if (ownLine !== undefined) {
      i = ownLine;
      limit = Math.max(limit, Math.min(text.length, i + MAX_VALUE + 4));
    }
  } else {
    // PowerShell's comparison with a literal: `$Password -eq "…"`.
    const psEqual = text[i] === '-' ? /^-c?eq[ \t]{1,4}(?=["'])/i.exec(text.slice(i, i + 10)) : null;
    if (psEqual) i += psEqual[0].length;
    else while (i < limit && /[=:>!?|.+]/.test(text[i]) && i - opStart < 4) i++;
    let op = psEqual ? '==' : text.slice(opStart, i);
    if (op !== '' && facts?.operators?.includes(op)) op = '='; // a Lisp's dotted pair: `(:password . "…")`
    // A full-width colon, as Chinese and Japanese text writes one (`密码：…`), is a colon.
    if (op === '' && text[i] === '\uff1a') {
      op = ':';
      i++;
    }
    // The value may start with an operator character (`SECRET=+V/…`, `password:!Xk…`): the
    // operator is the longest known one at the start.
    // A properties or .env line whose value opens with `=` (`connection-password==0SB…`): the separator, then the value.
    if (op === '==' && opStart === e && !/^["'`]/.test(text[i] ?? '') && /^[ \t]*$/.test(text.slice(lineStartWithin(text, s, 200), s))) {
      op = '=';
      i = opStart + 1;
    }
    // Odin's and Jai's constants (`API_KEY :: "…"`), Julia's typed fields and defaults (`api_key::String = "…"`).
    // AsciiDoc's definition list, `PagerDuty integration key::` ending its line: a label, read as prose.
    if (op === '::' && /^[ \t]*\r?\n/.test(text.slice(i, i + 4))) return undefined;
    if (op === '::') {
      const typed = /^[ \t]{0,2}[A-Za-z_][\w.{}]{0,30}[ \t]{0,4}=(?![=>])[ \t]{0,4}(?=["'])/.exec(text.slice(i, i + 50));
      if (typed) {
        op = '=';
        i += typed[0].length;
      } else if (/^[ \t]{0,4}["']/.test(text.slice(i, i + 6))) op = '=';
      // Org-mode's and AsciiDoc's definition list, the value after it (`- root password :: …`): a word with
      // letters and digits alone to the line's end (a Haskell signature's type after `::` holds no digit, or a space).
      else if (/^[ \t]{1,2}(?=[^\s]{0,200}\d)(?=[^\s]{0,200}[A-Za-z])[^\s]{8,200}[ \t]*(?:\r?\n|$)/.test(text.slice(i, i + 204))) {
        op = '=';
        i++;
      }
    }
    // Odin's typed constant: `PLAYFAB_SECRET : string : "…"`.
    const typedConstant = op === ':' ? /^[ \t]{0,2}[A-Za-z_]\w{0,20}[ \t]{0,2}:[ \t]{0,4}(?=["'])/.exec(text.slice(i, i + 40)) : null;
    if (typedConstant) i += typedConstant[0].length;
    if (op.length > 1 && !ASSIGNMENT_OPERATOR.test(op)) {
      const known = ['=', ':'].find(o => op.startsWith(o) && !ASSIGNMENT_OPERATOR.test(op.slice(0, 2)));
      if (known) {
        op = known;
        i = opStart + 1;
      }
    }
    // Kotlin's pairs: `mapOf("apiKey" to "…")`; Scala's and Groovy's: `Map("db.password" -> "…")`.
    // The value is a string literal there (`'spring.datasource.password' to java.lang.String` is prose).
    const pair = op === '' && /["']/.test(text[e] ?? '') ? /^(?:to[ \t]{1,4}|->[ \t]{0,4})(?=["'`])/.exec(text.slice(i, i + 12)) : null;
    if (pair) {
      op = '=';
      i += pair[0].length;
    }
    // C++'s direct initialisation: `std::string api_key("…")`, `std::array<std::uint8_t, 32> kKey{0x…}`.
    // (Not a function returning a string: `std::string licenseServerPassword() { return "…"; }`, read below.)
    if (op === '' && (text[i] === '(' || text[i] === '{') && text[i + 1] !== ')' && (/(?:^|[\s(,])(?:const[ \t]+)?(?:std::w?string|w?string|QString|CString|auto)[ \t]+&?$/.test(text.slice(Math.max(0, s - 30), s))
      || (text[i] === '{' && byteArrayAt(text, i) !== undefined))) {
      op = '=';
      if (text[i] === '(' || byteArrayAt(text, i) === undefined) i++; // the array is read from its brace
    }
    // A function named for the secret, returning a literal (a test fixture's `def webhook_secret():⏎ return "…"`).
    const returned = op === '' && text[i] === '(' ? returnedLiteralAt(text, s, i) : undefined;
    if (returned !== undefined) {
      op = '=';
      i = returned;
      limit = Math.max(limit, Math.min(text.length, i + MAX_VALUE + 4)); // the value is past the name's line
    }
    // A declaration's type, then its initial value after a keyword: COBOL's `PIC X(8) VALUE '…'`, IBM i CL's
    // `VAR(&RMTPWD) VALUE('…')`, RPG's `varchar(32) inz('…')`, Progress's `AS CHARACTER NO-UNDO INITIAL "…"`.
    // (And Fortran's `DATA PASSWD /'…'/`.)
    const initial = op === '' ? DECLARED_INITIAL.exec(text.slice(i, i + 140))
      ?? (/^[ \t]*DATA[ \t]+$/i.test(text.slice(lineStartWithin(text, s, 80), s)) ? /^[ \t]{0,8}\/(?=['"])/.exec(text.slice(i, i + 10)) : null) : null;
    if (initial) {
      op = '=';
      i += initial[0].length;
    }
    // GitHub CLI: `gh secret set API_TOKEN --body "…"` names the secret, then gives its value.
    const ghBody = op === '' ? GH_SECRET_BODY.exec(text.slice(i, i + 12)) : null;
    if (ghBody && /\bgh[ \t]+secret[ \t]+set[ \t]+$/.test(text.slice(Math.max(0, s - 30), s))) {
      op = '=';
      i += ghBody[0].length;
    }
    // Java's and C#'s comparison by method: `apiKey.equals("…")` is `==` with a literal (the name read took the method).
    const equals = op === '' && text[i] === '(' && text[i + 1] === '"' ? /\.(?:equals|Equals|equalsIgnoreCase)$/.exec(name) : null;
    if (equals) {
      name = name.slice(0, equals.index);
      i++;
      op = '==';
    }
    // (R's `<-` before a literal is read in any file: a rule's test case quotes R code in YAML or Go.)
    const own = op === '' ? facts?.operators?.find(o => text.startsWith(o, i)) ?? (/^<-[ \t]{0,4}["']/.test(text.slice(i, i + 8)) ? '<-' : undefined) : undefined; // R's `<-`
    const setter = op === '' && text[i] === '(' ? setterTarget(name) ?? builderTarget(text, s, e, name) : undefined;
    if (own || setter) {
      i += own ? own.length : 1;
      op = '=';
      if (setter) name = setter;
    }
    // A Markdown table's row, `| API_TOKEN | … |`: the cell after the name's cell holds its value.
    if (op === '|' && tableCell) op = '=';
    if (op === ':' || op === '') i = skipTypeAnnotation(text, i, limit, op, (o) => (op = o), s);
    // A value that opens with an operator's character after a blank, where a blank assigns
    // (`aws configure set aws_secret_access_key +hfJA…`, `--password +x…`): the character is the value's.
    if (op !== '' && !ASSIGNMENT_OPERATOR.test(op) && opStart > e && (isFlag || isDeclared(text, s, facts) || isSetByCommand(text, s) || isQuotedDirective(text, s, e))) {
      op = '';
      i = opStart;
    }
    // Make's `?=`, `+=`, `::=` and `:::=`, PHP's `.=`, besides the usual ones.
    if (!ASSIGNMENT_OPERATOR.test(op)) {
      // `--token abc`, and names a language declares with a space (`#define API_KEY "…"`).
      if (!(op === '' && i > e && (isFlag || isDeclared(text, s, facts) || isSetByCommand(text, s) || isQuotedDirective(text, s, e)))) return undefined;
    }
    // A comparison with a literal (`if password == "…"`) is a hardcoded credential too; with
    // anything else (`token === SyntaxKind.X`, dense in compilers) it is code, refused here cheaply.
    if ((op === '==' || op === '===' || op === '!=' || op === '!==') && !/^[ \t]{0,4}["'`]/.test(text.slice(i, i + 6))) return undefined;
  }
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  // A literal default after another value (`@password = password || "…"`, `token = opts[:token] ?? '…'`): the name's literal.
  const fallback = text[i] !== '"' && text[i] !== "'" && ASSIGNMENT_OPERATOR.test(text.slice(opStart, i).trim()) ? LITERAL_FALLBACK.exec(text.slice(i, i + 120)) : null;
  if (fallback) i += fallback[0].length;
  const wrapped = nextLineValue(text, i, text.slice(opStart, i).trim());
  if (wrapped !== undefined) {
    i = wrapped.start;
    limit = Math.max(limit, Math.min(text.length, i + MAX_VALUE + 4)); // the value is past the keyword's line
  }
  // A YAML type tag before the value: `api_key: !!str …`. Other tags stay part of the value, so
  // Home Assistant's `password: !secret db_password` is no literal. An anchor (`&token …`) names it.
  const tag = /^!!?[\w/:-]{1,40}[ \t]{1,4}/.exec(text.slice(i, i + 48));
  if (tag && /^!!(?:str|binary)\b/.test(tag[0])) i += tag[0].length;
  const anchor = /^&[\w-]{1,40}[ \t]{1,4}(?=\S)/.exec(text.slice(i, i + 48));
  if (anchor && text[opStart] === ':') i += anchor[0].length;
  // A literal wrapped in a string constructor: `String::from("…")` (Rust), `new String("…")`
  // (Java), `SecretStr("…")` (pydantic), `Some("…")`.
  const keyType = text[i] === 'S' || text[i] === 'E' || text[i] === 'D' ? KEY_CONSTRUCTOR.exec(text.slice(i, i + 40)) : null;
  if (keyType) i += keyType[0].length;
  // An optional's or a result's wrapper around a string constructor: Rust's `Some(String::from("…"))`.
  const optional = text[i] === 'S' || text[i] === 'O' ? /^(?:Some|Ok)\((?=[A-Za-z])/.exec(text.slice(i, i + 6)) : null;
  if (optional && STRING_WRAPPER.test(text.slice(i + optional[0].length, i + optional[0].length + 40))) i += optional[0].length;
  const wrapper = STRING_WRAPPER.exec(text.slice(i, i + 40)) ?? TEMPLATE_EXPRESSION.exec(text.slice(i, i + 12))
    ?? SCHEMA_DEFAULT.exec(text.slice(i, i + 360));
  if (wrapper) {
    i += wrapper[0].length;
    if (wrapper[0].includes('\n')) limit = Math.max(limit, Math.min(text.length, i + MAX_VALUE + 4)); // the value is on the next line
  }
  // (Or a C initializer quoted in a config: Mbed's `"lora.application-key": "{ 0x2B, 0x7E, … }"`.)
  const bytes = byteArrayAt(text, i) ?? (text[i] === '"' && text[i + 1] === '{' ? byteArrayAt(text, i + 1) : undefined);
  if (bytes) return { name, value: text.slice(bytes.start, bytes.end), start: bytes.start, end: bytes.end, quoted: true, bytesHex: bytes.hex };
  // A constant the code builds from literals alone (`"".join([…])`, `String.fromCharCode(…)`, a shell's `'…'"…"`): its value.
  const built = constantValueAt(text, i);
  if (built) return { name, value: built.value, start: built.start, end: built.end, quoted: true, joined: true };
  // Raw and bracketed strings on one line: Rust's `r#"…"#`, C++'s `R"(…)"`, Ruby's `%q(…)`, Lua's `[[…]]`.
  const raw = rawStringAt(text, i, limit) ?? (facts?.braceStrings && text[i] === '{' ? bracedStringAt(text, i, limit) : undefined);
  if (raw) return { name, value: text.slice(raw.start, raw.end), ...raw, quoted: true };
  // Optional string prefixes: r"…", b'…', @"…", f"…", Scala's s"…" (no interpolation in it: judged as a literal),
  // SQL Server's national strings (`@rmtpassword = N'…'`).
  if (((/[rbfus@]/i.test(text[i] ?? '') || text[i] === 'L') && /["']/.test(text[i + 1] ?? '')) || (text[i] === 'N' && text[i + 1] === "'")) i++;
  const escaped = escapedQuotedValue(text, i, limit);
  if (escaped) return { name, value: text.slice(escaped.start, escaped.end), ...escaped, quoted: true };
  const q = text[i];
  if ((q === '"' || q === "'") && text.startsWith(q.repeat(3), i)) {
    // A triple-quoted value on one line: `SECRET = """…"""`.
    let vStart = i + 3;
    let vEnd = indexWithin(text, q.repeat(3), vStart, MAX_VALUE + 1);
    if (vEnd === -1 || vEnd - vStart > MAX_VALUE) return undefined;
    // Or one word on a line of its own: TOML's `"""⏎…"""` (the first newline is trimmed), Python's `"""⏎    …⏎"""`.
    const ownLine = /^[ \t]*\r?\n[ \t]*(\S+)[ \t]*(?:\r?\n[ \t]*)?$/.exec(text.slice(vStart, vEnd));
    if (ownLine) {
      vStart += ownLine[0].indexOf(ownLine[1]);
      vEnd = vStart + ownLine[1].length;
    } else if (vEnd > limit || text.slice(vStart, vEnd).includes('\n')) return undefined;
    return { name, value: text.slice(vStart, vEnd), start: vStart, end: vEnd, quoted: true };
  }
  if (q === '"' || q === "'" || q === '`') {
    const vStart = i + 1;
    let j = vStart;
    while (j < limit && text[j] !== q && text[j] !== '\n' && j - vStart <= MAX_VALUE) {
      if (text[j] === '\\') j++;
      j++;
    }
    if (text[j] !== q) return undefined;
    const joined = facts?.joins ? joinedLiterals(text, vStart, j, facts.joins) : undefined;
    if (joined) return { name, ...joined, start: vStart, quoted: true, joined: true };
    return { name, value: text.slice(vStart, j), start: vStart, end: j, quoted: true };
  }
  // Unquoted: runs to whitespace, a comment, or a delimiter.
  const vStart = i;
  let j = vStart;
  // An XML element's text runs to the closing tag (spaces included, so prose is seen as prose).
  // A `#` starts a comment only after whitespace (YAML, shell, INI, .properties, Compose's .env):
  // `Xq7!vR2pL9#mW4tZ` is one value, and a fix or a masked form built from a part of it is wrong.
  // `"API_TOKEN=value"` (a Compose list item, `docker run -e`, batch `set "…"`), `"host=db
  // password=…"` (a libpq conninfo), `"mysql --password=…"`: the string open at the name closes
  // the value, and makes it a literal. So does a backtick in Markdown (`` `API_KEY=…` ``).
  // In a URL's query (`?api_key=…&q=1`), `&` ends the value and a quote ends the URL.
  const opener = openQuoteAt(text, s, e);
  // A URL's query: `?api_key=…` with `=` right after the name (`?this.url.password+=t` is a ternary).
  const query = s > 0 && (text[s - 1] === '?' || text[s - 1] === '&') && text[e] === '=' ? `&#"'\`)` : '';
  // Inside a string literal an escape (`\n`) is not part of the value.
  // Inside a string, any quote ends the value: a struct tag's `json:"…"` inside backticks.
  const stops = isXmlTag ? '<\r\n' : ` \t\r\n,;${opener ? `"'\`` : ''}${query}${opener || query ? '\\' : ''}`;
  // At the value's start, it does so after a space or YAML's `:`; glued to `=` it is the value's
  // (`KEY=#p…` in .env, shell, Dockerfile ENV and INI).
  const commentFirst = !isXmlTag && text[vStart] === '#' && (text[opStart] === ':' || /[ \t]/.test(text[vStart - 1] ?? ''));
  if (commentFirst) return undefined;
  while (j < limit && !stops.includes(text[j]) && j - vStart <= MAX_VALUE && !startsQueryParameter(text, j)) j++;
  // A raw string opened on an earlier line closes at the value's end (a Go test's `input: \`…⏎NAME=…\`,`).
  const rawClose = !opener && j - vStart > 1 && text[j - 1] === '`' && /^(?:[\s,;)\]}]|$)/.test(text.slice(j, j + 1));
  if (rawClose) j--;
  if (j === vStart) return undefined;
  // An element's text runs to its end tag (on its line, or the next when the text has a line of
  // its own); a name in angle brackets with none is a slot to fill in (`<api_secret>@host`).
  if (isXmlTag && text[j] !== '<' && !/^[ \t]*\r?\n[ \t]*<\//.test(text.slice(j, j + 60))) return undefined;
  // A Google app password pasted as Google shows it, unquoted: `password: abcd efgh ijkl mnop`.
  const spaced = !opener && text[j] === ' ' ? SPACED_APP_PASSWORD.exec(text.slice(vStart, vStart + 21)) : null;
  if (spaced) j = vStart + spaced[1].length;
  // Words with spaces closed by the quote open before the name (`Environment="BORG_PASSPHRASE=plinth velvet … otter-588"`):
  // a passphrase, the whole of the string's value. (Another `name=` inside is a list of settings: a conninfo.)
  const spacedWords = opener && text[j] === ' ' ? SPACED_WORDS.exec(text.slice(vStart, vStart + 120)) : null;
  if (spacedWords && text[vStart + spacedWords[0].length] === opener) j = vStart + spacedWords[0].length;
  // Closed by the quote that opened before the name, or inside a URL literal: a literal, not code.
  // A `$NAME` inside is an interpolation (`"-auth=anonymous:$FROM_EMAIL"`): code after all.
  // So is an XML element's text that its end tag closes.
  const delimited = (rawClose || (!!opener && closesValue(text, s, vStart, j, opener)) || (!!query && /["'`&)]/.test(text[j] ?? ''))
    || (isXmlTag && text.startsWith('</', j))) && (!!facts?.literalDollar || !(isXmlTag ? /\$\{/ : /\$[{(A-Za-z_]/).test(text.slice(vStart, j)));
  const bareString = !!facts?.bareWordStrings && !/[$[]/.test(text.slice(vStart, j));
  return { name, value: text.slice(vStart, j), start: vStart, end: j, quoted: delimited || !!wrapped?.literal || bareString, ...(query ? { inUrl: true } : {}) };
}

/** Three to eight words separated by single spaces, without a setting's `=`: a passphrase's shape. */
const SPACED_WORDS = /^[A-Za-z0-9-]{2,20}(?: [A-Za-z0-9-]{2,20}){2,7}/;

/** Up to four words of a declaration's type (`PIC X(8)`, `AS CHARACTER NO-UNDO`, `varchar(32)`), then `VALUE`, `INITIAL` or `INZ` and a quote. */
const DECLARED_INITIAL = /^\)?[ \t]{0,20}(?:[A-Za-z][\w*-]{0,19}(?:\([^()\n]{1,12}\))?[ \t]{1,8}){0,4}(?:VALUE|INITIAL|INZ)[ \t]{0,4}\(?[ \t]{0,2}(?=['"])/i;

/** A setting's name: one case, with a word of three letters (`onelogin.sdk.client_id`, `LOGON_FLAGS`; `Qs6ZDOQ` is a password's start). */
const SETTING_NAME = String.raw`(?=[a-z0-9_.-]{0,60}[a-z]{3}|[A-Z0-9_.-]{0,60}[A-Z]{3})(?:[a-z_][a-z0-9_.-]{2,60}|[A-Z_][A-Z0-9_.-]{2,60})`;
/** A setting's name and its operator opening a text. */
const SETTING_OPENING = new RegExp(`^${SETTING_NAME}[=:]`);
/** A setting's name and `=` inside a value read from prose (`logon_flags=netcredentials_only`), or `=` before a quote. */
const SETTING_INSIDE = new RegExp(`(?:^|[^\\w.-])${SETTING_NAME}=(?!=*$)|=["'\`<]`);

/** A password a generator draws, in prose after a password's word: a digit, letters of both cases and a mark, no path or address, up to the sentence's end. */
// (Both cases: a package's version after `passwd`, `1:4.13+dfsg1…`, has one.)
// (An `@` may be one of its marks, `5-EW5MDsIaVoQ@`; an e-mail address is no password.)
const GENERATED_PASSWORD = /^(?![^\s@]{1,64}@[\w-]{1,63}\.[\w.-])(?=[^\s/]{0,64}\d)(?=[^\s/]{0,64}[a-z])(?=[^\s/]{0,64}[A-Z])(?=[^\s/]{0,64}[^\w\s/])[^\s/"'`()]{10,64}(?=[\s,;)]|\.(?:\s|$)|$)/;

/** Four groups of four letters, alone on the rest of the line. */
const SPACED_APP_PASSWORD = /^([a-z]{4}(?: [a-z]{4}){3})[ \t]*(?:\r?\n|$)/;

/**
 * The quote of a string literal open at a name (`"API_TOKEN=…"`, `"host=db password=…"`), read
 * from the line's start; '' when there is none, or when the string is the name itself (`"token"`).
 * A line that starts over 256 characters back (minified code) is judged by the character before
 * the name only: quotes counted from mid-line say nothing.
 */
function openQuoteAt(text: string, nameStart: number, nameEnd: number): string {
  const before = text[nameStart - 1];
  if ((before === '"' || before === "'" || before === '`') && text[nameEnd] !== before) return before;
  const from = lineStartWithin(text, nameStart, 256);
  if (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') return '';
  let open = '';
  for (let k = from; k < nameStart; k++) {
    const c = text[k];
    if (open) {
      if (c === '\\') k++;
      else if (c === open) open = '';
    } else if (c === '"' || c === "'" || c === '`') open = c;
  }
  return open && text[nameEnd] !== open ? open : '';
}

/**
 * Whether the string open at the name makes the unquoted value at `[vStart, j)` a literal. Opened
 * right before the name (`"API_TOKEN=…"`), it must close right after the value. Opened earlier
 * (`"host=db password=…"`), the value must be one token, not code (`Platform.environment[`), and
 * the string must close later on the line.
 */
function closesValue(text: string, nameStart: number, vStart: number, j: number, quote: string): boolean {
  if (text[nameStart - 1] === quote) return text[j] === quote;
  return (text[j] === quote || /[\s,;&]/.test(text[j] ?? '')) && /^[^\s(){}[\]<>;:,"'`]+$/.test(text.slice(vStart, j))
    && !text.slice(vStart, j).includes('+=') && closesOnItsLine(text, j, quote);
}

/** The string that `quote` opened closes at `j` or later on the same line (within 1,024 characters: dense input stays linear). */
function closesOnItsLine(text: string, j: number, quote: string): boolean {
  for (let k = j, end = Math.min(text.length, j + 1024); k < end; k++) {
    if (text[k] === quote) return true;
    if (text[k] === '\n') return false;
  }
  return false;
}

/** `&user=x` after a value: the next parameter of a query string, even one without its `?`. */
function startsQueryParameter(text: string, j: number): boolean {
  return text[j] === '&' && /^&[A-Za-z_][\w.-]{0,40}=/.test(text.slice(j, j + 44));
}

/** Words that say whose or which credential a prose `key`/`token`/`secret` is: `API key`, `client secret`. */
// (A wireless network's too: `WPA2 key: …`, `Wi-Fi key: …`.)
const PROSE_QUALIFIER = /^(?:api|access|auth|secret|private|client|bearer|refresh|app|master|admin|root|service|signing|encryption|license|deploy|personal|shared|wpa[23]?|wi-?fi|wlan)$/i;

/** Words that say whose credential follows, in the languages whose credential words the scanner knows: `for`, `für`, `pour`, `de`, `dla`, `для`. */
const PROSE_WHOSE = '(?:for|of|on|für|fuer|pour|para|per|voor|dla|для|от|de|di|da|van|do|del|della|der|des|du|von|vom|zum|zur)';

/** After a credential's name in prose: `:`, `=`, ` - `, ` is `, ` was `, ` to `, ` for <what> is: `, or just a space. */
// (Other languages' `is` and dashes too: `Das Kennwort lautet …`, `Пароль — …`, `le mot de passe est …`.)
// (And a colon after the verb: `Das Passwort lautet: …`, `Le mot de passe est : …`, `पासवर्ड है: …`.)
// (Whose, in other languages too, and then `is` or a colon: `Das Passwort für die Staging-Datenbank lautet …`,
// `Kennwort für den SFTP-Zugang: …`, `le mot de passe de la base de préproduction est …`; an arrow: `admin password -> …`.)
const PROSE_CONNECTOR = new RegExp(`^(?:[ \\t]{1,2}${PROSE_WHOSE}(?:[ \\t]{1,3}[^\\s:=\`"'()]{1,40}){1,4}(?:[ \\t]{1,2}(?:is|was|ist|lautet|est|es|é|è|jest|to|är|er|это|—|–|-)[ \\t]{0,2}:?|[ \\t]{0,2}[:\\uff1a])[ \\t]{1,3}`
  + `|(?=[\u300c\u300e])|[ \\t]{1,2}\\([^()\\n]{1,80}\\)[ \\t]{0,2}[:=\\uff1a][ \\t]{1,3}|[ \\t]{0,2}\\uff08[^\\uff08\\uff09\\n]{1,40}\\uff09[ \\t]{0,2}[:\\uff1a][ \\t]{0,3}|[ \\t]{0,2}(?:::|[:=\\uff1a]|->|=>|→)[ \\t]{0,3}|[ \\t]{1,2}\\.{3,80}[ \\t]{1,3}|[ \\t]{1,2}(?:-|\\u2014|\\u2013|is|was|to|ist|lautet|est|es|jest|är|er|adalah|è|é|je|là|είναι|היא|הוא|هي|هو|है|это)(?:[ \\t]{1,2}(?:now|still|nu|jetzt|nun|maintenant|ahora|agora|teraz|ora))?(?:[ \\t]{0,2}[:\\uff1a])?[ \\t]{1,3}|[ \\t]{1,3})`, 'i');

/** An inline element a page sets a value in: `<code>`, `<tt>`, `<kbd>`, `<b>`, `<strong>`, MediaWiki's `<nowiki>`. */
// (Google Docs' HTML sets each run of text in a span of its own: `mot de passe </span><span class="c1 c5">…</span>`.)
const INLINE_TAG = /^(?:<\/span>[ \t]{0,2})?<(?:code|tt|kbd|samp|b|strong|em|nowiki|span)(?:[ \t][^<>\n]{0,60})?>(?=[^<\s]{6,300}<\/)/i;

/** Japanese quotes, by their openers. */
const CORNER_CLOSERS: Record<string, string> = { '\u300c': '\u300d', '\u300e': '\u300f' };

/** A system's name, capitalised, between the credential's word and its colon: `Mot de passe SFTP : …`, `Passwort VPN: …`. */
const SYSTEM_THEN_COLON = /^(?:[ \t]{1,2}[A-Z0-9][\w.-]{0,29}){1,2}[ \t]{0,2}[:\uff1a][ \t]{1,3}/;

/** Words that say "is" glued to the word before, as Japanese, Korean, Chinese and Thai write them: `パスワードは …`, `密码是：…`. */
const GLUED_VERB = /(?:は|が|는|은|是|为|คือ)$/;

/** A qualifier after another language's credential word: `clé d'API`, `clave de la API`, `Klucz API`, `Kunci API-nya`. */
/** A wireless network's name after another language's word for key: `clé WPA2 : …`, `Schlüssel WLAN: …`, `clave del WiFi: …`. */
const WIRELESS_AFTER = /^[ \t]{1,2}(?:(?:du|de[ \t]la|del|der|des|do|da)[ \t]{1,2})?(WPA[23]?|Wi-?Fi|WLAN)(?=[ \t:\uff1a\u2014-])/i;

const API_AFTER = /^[ \t]{1,2}(?:(?:de[ \t]{1,2}la|de|da|della|del|der|des)[ \t]{1,2}|d'|dell')?API(?:-nya)?(?=[ \t:\uff1a\u2014-])/;

/** Two-word credential names of scripts written with spaces: Arabic `كلمة المرور`, Persian `رمز عبور` (password). */
const SPACED_NATIVE_NAME = /(?:كلمة|رمز)[ \t]$/;

/**
 * Where a name that begins at `s` really begins: before its first word when the two make one
 * name (`كلمة المرور`). Looked for only after a space that follows Arabic script: most names are ASCII.
 */
/** Where a quoted key of two or three words begins, the last word at `s` (the quote before the first word). */
function quotedWordsBefore(text: string, s: number, quote: string): number | undefined {
  const m = /(["'])([A-Za-z][A-Za-z0-9]{0,20} ){1,2}$/.exec(text.slice(Math.max(0, s - 45), s));
  return m && m[1] === quote ? s - m[0].length + 1 : undefined;
}

function twoWordNameStart(text: string, s: number): number {
  if (s < 2 || text.charCodeAt(s - 2) < 0x600 || text.charCodeAt(s - 2) >= 0x700) return s;
  const first = SPACED_NATIVE_NAME.exec(text.slice(Math.max(0, s - 6), s));
  return first ? s - first[0].length : s;
}

/** Credential names of two or three words, read as one: `mot de passe`, `mật khẩu`, `kata sandi`, `κωδικός πρόσβασης`. */
const SPACED_NAME = /^(?:mot[ \t]de[ \t]passe|m[aậ]t[ \t]kh[aẩ]u|kata[ \t]sandi(?:nya)?|κωδικός[ \t]πρόσβασης|parola[ \t]d'ordine)/i;

/** Words between the name and a colon, a code span after it: ``the Photon secret that was pasted: `…` ``. */
// (A remark in parentheses among the words: ``token for manual testing (rotate monthly): `…` ``.)
const PROSE_CLAUSE_LABEL = /^(?:[ \t]{1,2}(?:[\w'.@/-]{1,30}|\([^()`\n]{1,40}\))){1,8}[ \t]{0,2}:[ \t]{1,3}(?=`[^`\s]{8,300}`)/;

/**
 * A credential's word in another language, alone (`Passwort`, `contraseña`, `пароль`, `密码`): in
 * prose it is a word of a sentence as often (`das richtige Passwort eingeben`), as the English ones are.
 */
function isForeignCredentialWord(name: string): boolean {
  return /[^\x00-\x7f]/.test(name) || /^(?:passwort|kennwort|contrasena|senha|parola|wachtwoord|haslo|sifre|parol|mima|jelszo|heslo|losenord|passord|salasana|adgangskode|clave|chave|chiave|jeton|schluessel|schlussel|sleutel|klucz|klic|anahtar|kunci|khoa)$/i.test(name);
}

function isProseWordChar(ch: string | undefined): boolean {
  // (Letters of other alphabets too: `Пароль — …`, `Mật khẩu: …`.)
  return ch !== undefined && (/[A-Za-z0-9_-]/.test(ch) || (ch.charCodeAt(0) >= 0xc0 && LETTER.test(ch)));
}

/**
 * A credential named in prose (a comment, a text or docs file, a log line): `API key: …`,
 * `the client secret is …`, `set the token to …`, `apikey …`. The keyword's word, with the
 * qualifier before it, is the name; the value is the next word, without the punctuation and
 * quotes that prose puts around it. Whether the value is a credential is the caller's judgement.
 * `namesWhose` tells other words that say whose credential it is (`Zendesk token …`).
 */
/**
 * After a credential's word: whose (`for the QA team`), an aside, a colon (AsciiDoc's `::` of a
 * definition list too, reStructuredText's `::` opening a literal block) ending the line, then the next line (a runbook's `# password (rotated …):` above the value),
 * maybe past one blank line or a Markdown fence's opening; or Markdown's code span opening
 * the next line, after a colon or `is`
 * (`the shared secret is⏎`whk_…``).
 */
// (Or a sentence wrapped after the credential's word, the value alone on the next line and with a digit: `… avec le mot de passe⏎k.#e+9…`;
// or a definition list's term, the value indented below it: reStructuredText's `Database password⏎   …`.)
const LABEL_THEN_VALUE = /^(?:[ \t]{1,2}for[ \t]{1,3}[\w .@*-]{1,40}?)?(?:[ \t]{1,3}\([^()\n]{0,100}\))?(?:[ \t]{0,3}::?[ \t]*\r?\n(?:[ \t]*\r?\n)?(?:[ \t]{0,3}(?:```|~~~)[\w-]{0,20}[ \t]*\r?\n)?(?:[ \t]{0,12}(?=\S)|(?=`[^`\s]{8,300}`))|[ \t]{1,2}(?:is|was)[ \t]*\r?\n(?=`[^`\s]{8,300}`)|[ \t]*\r?\n[ \t]{0,12}(?=(?=[^\s`]{0,300}\d)(?=[^\s`]{0,300}[A-Za-z])[^\s`]{8,300}[ \t]*(?:\r?\n|$)))/;

/** A clause on the password word's line, up to a colon, a word for "is" or a change's `… to` (a parenthesis may open the value). */
// (A remark in parentheses may hold a colon of its own: `hasło do panelu (login: admin.magazyn): …`.)
const CLAUSE_THEN_VALUE = /^(?:[^\n:\uff1a(]|\([^()\n]{0,60}\)){1,140}?(?:[ \t]{0,2}[:\uff1a]|[ \t](?:is|was|ist|lautet|lauten|est|es|é|è|это|jest|är|er)(?:[ \t]{1,2}(?:now|nu|jetzt|nun|maintenant|ahora|agora|teraz|ora))?(?:[ \t]{0,2}[:\uff1a])?|[ \t](?:changed|rotated|reset|set|updated)(?:[ \t]{1,2}on[ \t]{1,2}[\w./-]{1,12})?[ \t]{1,2}to)[ \t]{1,3}(?:[(\u201e\u201c"'`]|«[ \t\u00a0]?)?/i;
/** The password's words this reads across a clause: English (`pw` too), French's `mdp`, and other languages' (`isForeignCredentialWord`). */
const PASSWORD_WORD = /^(?:pass(?:word|wd|phrase)?|pwd|pw|mdp|secret)$/i;
/** A key's or a token's word: across a clause it names a generated value, not a password a person makes up. */
const KEY_WORD = /^(?:key|token|secret|apikey)$/i;
/** A generated key or token after a clause: letters and digits (base64's and URL-safe marks too), 16 to 300 of them. */
const CLAUSE_KEY = /^(?=[\w+/=.-]{0,300}\d)(?=[\w+/=.-]{0,300}[A-Za-z])[\w+/=.-]{16,300}(?=[\s,;)"'`\u201c\u201d\u00bb]|\.(?:\s|$)|$)/;
/** As `GENERATED_PASSWORD`, closed by a quote of any language too (`„…“`, `«…»`). */
// (An `@` may be one of its marks: `Gr@f-4Y26-2024`; an e-mail address is refused after.)
const CLAUSE_PASSWORD = /^(?=[^\s/]{0,64}\d)(?=[^\s/]{0,64}[a-z])(?=[^\s/]{0,64}[A-Z])(?=[^\s/]{0,64}[^\w\s/])[^\s/"'`()<\u201c\u201d\u201e\u00ab\u00bb]{10,64}(?=[\s,;)"'`<\u201c\u201d\u00bb]|\.(?:\s|$)|$)/;

/**
 * A password's word, then a clause on its line up to a colon or a word for "is" (`Das Passwort für
 * den Hyper-V-Cluster (lokaler Admin auf hv01) lautet: …`, `le mot de passe root du serveur (…) est : …`),
 * then a password a generator draws (a digit, both cases and a mark): the clause says whose it is.
 * A key's or a token's word the same way, then a generated value (`Secret key ЮKassa: live_…`).
 * Read only where prose is, after `proseAssignmentAt` found no value beside the word.
 */
export function passwordAcrossClause(text: string, at: number, limit: number): Assignment | undefined {
  let s = at;
  while (s > 0 && isProseWordChar(text[s - 1]) && at - s < 40) s--;
  let e = at;
  while (e < limit && isProseWordChar(text[e]) && e - at < 40) e++;
  const phrase = SPACED_NAME.exec(text.slice(s, s + 30));
  if (phrase) e = s + phrase[0].length;
  let name = phrase ? phrase[0].replace(/[ \t']/g, '_') : text.slice(s, e);
  // (A compound's last part may be the word: German's `WLAN-Passwort`, `Admin-Kennwort`.)
  let word = phrase ? name : name.slice(name.lastIndexOf('-') + 1);
  // A qualifier found first (`API key for the billing cluster (prod): …`): the name goes on to the credential's word.
  const credentialWord = !phrase && PROSE_QUALIFIER.test(word) ? /^[ \t](key|token|secret)\b/i.exec(text.slice(e, e + 10)) : null;
  if (credentialWord) {
    name = `${name}_${credentialWord[1]}`;
    word = credentialWord[1];
    e += credentialWord[0].length;
  }
  const keyWord = !phrase && KEY_WORD.test(word);
  if (!phrase && !PASSWORD_WORD.test(word) && !keyWord && !isForeignCredentialWord(word)) return undefined;
  const clause = clauseAfter(text, e);
  if (!clause) return undefined;
  // (A page may set a password in bold or code: `Senha provisória: <strong>…</strong>`. Not a key's or a token's:
  // reference pages set their examples so, `the same token in the following format: <code>Console-CreateStack-…</code>`.)
  const tag = text[clause.valueAt] === '<' && !keyWord ? INLINE_TAG.exec(text.slice(clause.valueAt, clause.valueAt + 100)) : null;
  const i = clause.valueAt + (tag ? tag[0].length : 0);
  // (The sentence's own full stop or comma is no part of it: `… lautet I7m…!ad, bitte …`.)
  // A key's or a token's word names a generated value (`Klucz API Hetzner Cloud (projekt magazyn): …`): letters and digits do.
  // (Only across words: `"key": "auth0_client_secret"` is a name/value pair's name, no clause.)
  // (Nor across a sentence, nor to another label's colon: `The refresh token has expired. Trace ID: <uuid>`.)
  const words = clause.text.replace(/[:\uff1a][^]*$/, '');
  // (Nor where the clause says the value is an id or public: `API key (client id) of the app is …`.)
  // (A qualifier and its word are a name of their own: `(secret key): …` needs no words after them.)
  const acrossWords = (/[\p{L}\p{N}]/u.test(words) || (!!credentialWord && !/["']/.test(words))) && !/[.!?][ \t]/.test(words) && !/\b(?:id|ids|identifier|hash|sha|checksum|fingerprint|uuid)[ \t]*$/i.test(words)
    && !/\b(?:client|app|application|account|project|user|site)[ \t_-]?id\b|\bpublic\b|\bpublishable\b/i.test(words);
  const generated = /^(?:pass(?:word|wd|phrase)?|pwd|pw|mdp)$/i.test(word) || !acrossWords ? undefined : CLAUSE_KEY.exec(text.slice(i, i + 302))?.[0].replace(/[.,]$/, '');
  const value = CLAUSE_PASSWORD.exec(text.slice(i, i + 66))?.[0].replace(/[.,]$/, '') ?? generated;
  if (!value || value.length < 10 || isEmailAddress(value)) return undefined;
  // (The word before a key's says which: a `csrf token from meta: …` is no credential.)
  const before = keyWord ? /([A-Za-z]{2,12})[ \t_-]$/.exec(text.slice(Math.max(0, s - 14), s)) : null;
  const named = before ? `${before[1]}_${name}` : name;
  return { name: value === generated ? keyNameOfClause(named, clause.text) : name, value, start: i, end: i + value.length, quoted: false, prose: true };
}

/** A sentence's next line, indented, going on in lower case (a Markdown list item wrapped: `Temporary password until Priya⏎  rotates it properly: …`). */
const CONTINUED_LINE = /^\r?\n([ \t]{2,12})(?=[a-z])/;
/** A line that opens with a line comment's marker (the clause's words are in it). */
const LINE_COMMENT_OPENING = /^[ \t]{0,40}(?:\/\/|#|--|;)/;

/**
 * The clause after a credential's word at `e`, up to its colon or its word for "is" (`CLAUSE_THEN_VALUE`),
 * on its line or wrapped onto the next: its words, and where the value after it starts.
 */
function clauseAfter(text: string, e: number): { text: string; valueAt: number } | undefined {
  const lineEnd = lineEndWithin(text, e, 200);
  const first = text.slice(e, lineEnd);
  const onLine = CLAUSE_THEN_VALUE.exec(first);
  if (onLine) return { text: onLine[0], valueAt: e + onLine[0].length };
  const next = CONTINUED_LINE.exec(text.slice(lineEnd, lineEnd + 16));
  if (!next || /[.:!?]\s*$/.test(first)) return undefined;
  const nextStart = lineEnd + next[0].length;
  // (A line comment's words go on in another comment line, not in the code below it: `// bearer token for the sync⏎districtId: '…'`.)
  if (LINE_COMMENT_OPENING.test(text.slice(lineStartWithin(text, e, 400), e))) return undefined;
  const wrapped = CLAUSE_THEN_VALUE.exec(`${first} ${text.slice(nextStart, lineEndWithin(text, nextStart, 200))}`);
  // (The clause must go on past the line break: its colon is on the next line.)
  if (!wrapped || wrapped[0].length <= first.length + 1) return undefined;
  return { text: wrapped[0], valueAt: nextStart + wrapped[0].length - first.length - 1 };
}

/** Words of a clause that say a key is secret: `Clé d'accès secrète`, `Khóa bí mật`, `Gizli anahtar`. */
const SECRET_ADJECTIVE = /(?:^|[\s'(])(?:secret|secrète|secrete|secreta|secreto|segreta|segreto|geheim\w{0,3}|bí[ \t]mật|секрет\w{0,4}|gizli|rahasia|tajny)(?=[\s):\uff1a]|$)/iu;

/** A user's name just before, then a separator: `user `jkoster.nh`, ` or `login admin / `. */
const USER_THEN_PASS = /\b(?:user(?:name)?|login)[ \t]{1,3}[`"']?[^\s`"',;/]{1,64}[`"']?[ \t]{0,2}[,;/][ \t]{0,3}$/i;

/**
 * The name a key's word stands for with its clause: `Klucz API Hetzner Cloud (…)` is an API key,
 * `Clé d'accès secrète` a secret key (the clause's words qualify the word, as in its own language).
 */
function keyNameOfClause(name: string, clause: string): string {
  if (/(?:^|[\s(])API(?=[\s):\uff1a-]|$)/i.test(clause)) return `${name}_api`;
  return SECRET_ADJECTIVE.test(clause) ? `${name}_${SECRET_ADJECTIVE.exec(clause)![0].trim().replace(/^[('\s]+/, '').replace(/[ \t]+/g, '_')}` : name;
}

export function proseAssignmentAt(text: string, at: number, limit: number, namesWhose?: (word: string) => boolean): Assignment | undefined {
  let s = at;
  while (s > 0 && isProseWordChar(text[s - 1]) && at - s < 40) s--;
  let e = at;
  while (e < limit && isProseWordChar(text[e]) && e - at < 40) e++;
  if (s > 0 && /[/.\\]/.test(text[s - 1])) return undefined; // a path's part: `k8s.io/…/apis/authorization <commit>`
  s = twoWordNameStart(text, s);
  const phrase = SPACED_NAME.exec(text.slice(s, s + 30));
  if (phrase) e = s + phrase[0].length;
  let name = phrase ? phrase[0].replace(/[ \t']/g, '_') : text.slice(s, e);
  // A verb glued to the name (`パスワードは`, `비밀번호는`, `รหัสผ่านคือ`) says "is": the name is before it.
  const glued = GLUED_VERB.exec(name);
  if (glued && glued.index > 0) name = name.slice(0, glued.index);
  // Another language's credential word, then whose: `clé d'API`, `Klucz API` (an API key).
  const apiAfter = isForeignCredentialWord(name) ? API_AFTER.exec(text.slice(e, e + 20)) : null;
  if (apiAfter) {
    name = `${name}_api`;
    e += apiAfter[0].length;
  }
  const wireless = !apiAfter && isForeignCredentialWord(name) ? WIRELESS_AFTER.exec(text.slice(e, e + 24)) : null;
  if (wireless) {
    name = `${wireless[1].replace('-', '')}_key`;
    e += wireless[0].length;
  }
  const qualifier = /([A-Za-z]{2,12})[ \t]$/.exec(text.slice(Math.max(0, s - 14), s));
  if (qualifier && (PROSE_QUALIFIER.test(qualifier[1]) || namesWhose?.(qualifier[1].toLowerCase()))) name = `${qualifier[1]}_${name}`;
  // The qualifier itself found (`api key …`, `secret key …`): the name goes on to the credential word.
  // (`Secret access key …`: AWS's words for its secret key.)
  const credentialWord = PROSE_QUALIFIER.test(name) ? /^[ \t]((?:access[ \t])?(?:key|token|secret|password))\b/i.exec(text.slice(e, e + 18)) : null;
  if (credentialWord) {
    name = `${name}_${credentialWord[1].replace(/[ \t]/, '_')}`;
    e += credentialWord[0].length;
  }
  // A label ending its line, the value alone and indented on the next (a provider's welcome e-mail,
  // a handover note): `Server API token (use with the … header):⏎    <value>`.
  const labelled = LABEL_THEN_VALUE.exec(text.slice(e, e + 160));
  if (labelled) {
    const i = e + labelled[0].length + (text[e + labelled[0].length] === '`' ? 1 : 0);
    const lineEnd = text[i - 1] === '`' ? text.indexOf('`', i) : indexWithin(text, '\n', i, MAX_VALUE + 2);
    const value = text.slice(i, lineEnd === -1 ? Math.min(text.length, i + MAX_VALUE) : lineEnd).replace(/[ \t\r]+$/, '');
    // (Not a setting of its own below a comment's words: `# OneLogin API credentials⏎onelogin.sdk.client_id=…`.)
    if (value.length >= 8 && !/\s/.test(value) && !SETTING_OPENING.test(value)) return { name, value, start: i, end: i + value.length, quoted: false, prose: true };
  }
  // A name in a code span (``The `RAILS_MASTER_KEY` for staging is `…` ``): the sentence goes on after its backtick.
  const spanName = text[e] === '`' && text[s - 1] === '`';
  if (spanName) e++;
  // Glued to something else (`token.refresh()`, `secret/`): not a name followed by a value.
  const after = text.slice(e, Math.min(limit, e + 90));
  const connector = (after.includes('`') ? PROSE_CLAUSE_LABEL.exec(after) : null) ?? SYSTEM_THEN_COLON.exec(after) ?? PROSE_CONNECTOR.exec(after);
  if (!connector) return undefined;
  // (A code span's name and a space is a list of names: ``the `jaas-user-password` (Kafka…)`` rule.)
  if (spanName && /^[ \t]*$/.test(connector[0])) return undefined;
  // A bare word and a space is a list or a sentence (`passwd 1:4.13-1`, `token expiry`): only a
  // name that says which credential (`apikey …`, `client secret …`) may be followed by nothing else.
  // A quoted value after it is one, though: ``the token `…` ``.
  let i = e + connector[0].length;
  // `pass` is a verb as often (`a pattern to pass to …`): only `pass: …` or `pass = …` names a password,
  // or `pass …` after a user's name (``user `jkoster.nh`, pass `…` ``, `login admin / pass …`).
  if (/^pass$/i.test(name) && !/[:=]/.test(connector[0]) && !USER_THEN_PASS.test(text.slice(Math.max(0, s - 90), s))) return undefined;
  // (A quote may open inside a remark's parenthesis: ``the reporting user's password (`…`) was …``.)
  const quoteAt = text[i] === '(' ? i + 1 : i;
  const bareWord = !glued && !/[:=a-z\u2014\u2013>→\uff1a]/i.test(connector[0]) && !/["'`\u300c\u300e]/.test(text[quoteAt] ?? '') && !text.startsWith('{{', quoteAt) && !INLINE_TAG.test(text.slice(quoteAt, quoteAt + 100)) && (/^(?:password|passwd|pass|pwd|secret|token|key|auth|authorization|credentials?)$/i.test(name) || isForeignCredentialWord(name));
  // …unless what follows is plainly generated: 16 or more letters and digits of both cases (`secret Xq7…`).
  // Or, after `password`, the password a person makes up, with a mark or a year (`password <Word><digits><mark> (please …`).
  // Or, after a password's word, a password a generator draws: a digit, both cases and a mark in 10 to 64 characters (as a generator draws twelve of them after `password`).
  if (bareWord && !/^(?=[A-Za-z0-9_-]{0,80}[a-z])(?=[A-Za-z0-9_-]{0,80}[A-Z])(?=[A-Za-z0-9_-]{0,80}[0-9])[A-Za-z0-9_-]{16,80}(?![^\s.,;)])/.test(text.slice(i, i + 82))
    && !(/^pass(?:word|wd)$/i.test(name) && /^[A-Z][a-z]{2,20}(?:\d{2,6}[!#$%*?&@]|\d{4,6})(?=[\s,;)]|\.(?:\s|$)|$)/.test(text.slice(i, i + 40)))
    && !((/^pass(?:word|wd)?$|^pwd?$/i.test(name) || isForeignCredentialWord(name)) && GENERATED_PASSWORD.test(text.slice(i, i + 66)))) return undefined;
  while (text[i] === '(' || text[i] === '[') i++;
  // (Japanese quotes its values in corner brackets: `パスワード「…」`, `パスワードは『…』です`.)
  // (Confluence's wiki markup sets a value in monospace with double braces: `API key: {{…}}`.)
  const braces = text.startsWith('{{', i) && text[i + 2] !== '{';
  if (braces) i++;
  // (A page's inline markup around it too: `<code>…</code>`, `<b>…</b>`, MediaWiki's `<nowiki>…</nowiki>`.)
  const tag = text[i] === '<' ? INLINE_TAG.exec(text.slice(i, i + 100)) : null;
  if (tag) i += tag[0].length - 1;
  const q = text[i] === '"' || text[i] === "'" || text[i] === '`' ? text[i] : braces ? '}' : tag ? '<' : CORNER_CLOSERS[text[i]] ?? '';
  if (q) i++;
  let j = i;
  while (j < limit && !/[\s]/.test(text[j]) && text[j] !== q && j - i <= MAX_VALUE) j++;
  if (q && text[j] !== q) return undefined;
  // Prose ends a value with its sentence and its quotes: `My password is Xq7!vR2pL9.` (a last `!`
  // may belong to it).
  while (!q && j > i && /[.,;:?)\]'"`]/.test(text[j - 1])) j--;
  if (j - i < 8) return undefined;
  // `logon_flags=netcredentials_only`: another setting (a quoted value may hold `=`, and so may a random one: `jOO%=rP*7z…`,
  // `Qs6ZDOQ=HJ…`: a setting's name is of one case, with a word of three letters).
  if (!q && SETTING_INSIDE.test(text.slice(i, j))) return undefined;
  if (/[[\](){}<>]/.test(text.slice(i, j))) return undefined; // code quoted in prose: `set_passwd config[:Realm], …`
  return { name, value: text.slice(i, j), start: i, end: j, quoted: false, prose: true };
}
