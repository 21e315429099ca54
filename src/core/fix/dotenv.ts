/**
 * Reading and writing `.env` files.
 *
 * Quoting follows what the common loaders agree on (Node `dotenv`, `python-dotenv`,
 * Docker Compose): plain values stay bare; values with spaces, `#`, `$` or quotes go in
 * single quotes (taken literally, no `$` expansion); values with line breaks (PEM keys) go
 * in double quotes with `\n` escapes, the only escape every loader expands. A value that
 * holds both quote kinds and cannot be single-quoted uses backticks (Node dotenv only); one
 * that also holds a backtick cannot be written exactly, and the fix is not offered.
 */

export interface DotenvEntry {
  value: string;
  /** 0-based line of the key. */
  line: number;
  /** Offsets of the value as written (quotes included), to replace it in place. */
  valueStart: number;
  valueEnd: number;
  /** Loaders disagree on this value (a double-quoted escape other than `\n`): never reuse it. */
  ambiguous?: boolean;
}

const ENTRY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;

/** Parses `.env` text; a key defined twice keeps its last value, as `dotenv.parse` does. */
export function parseDotenv(text: string): Map<string, DotenvEntry> {
  const out = new Map<string, DotenvEntry>();
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) starts.push(at);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const m = ENTRY.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const valueStart = starts[i] + m[0].length;
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const q = readQuoted(lines, i, m[0].length + 1, quote);
      const entry: DotenvEntry = { value: q.value, line: i, valueStart, valueEnd: starts[q.endLine] + q.endColumn };
      // A double-quoted escape other than `\n`, or text after the closing quote (`'a'b'`): loaders disagree.
      const after = lines[q.endLine].replace(/\r$/, '').slice(q.endColumn).trim();
      if ((quote === '"' && /\\[^n]/.test(text.slice(valueStart, entry.valueEnd))) || (after && !after.startsWith('#'))) entry.ambiguous = true;
      out.set(m[1], entry);
      i = q.endLine;
    } else {
      // Unquoted: an inline comment starts at ` #`.
      const value = rest.replace(/(?:^|[ \t]+)#.*$/, '').trimEnd();
      const entry: DotenvEntry = { value: value.trim(), line: i, valueStart, valueEnd: valueStart + value.length };
      // Node's dotenv ends an unquoted value at any `#`, others only at ` #`.
      if (value.includes('#')) entry.ambiguous = true;
      out.set(m[1], entry);
    }
  }
  return out;
}

/** Reads a quoted value that may span lines; returns it and where it closed (after the quote). */
function readQuoted(lines: string[], line: number, from: number, quote: string): { value: string; endLine: number; endColumn: number } {
  let raw = '';
  for (let l = line; l < lines.length; l++) {
    const text = (l === line ? lines[l].slice(from) : lines[l]).replace(/\r$/, '');
    const close = findClosingQuote(text, quote);
    if (close !== -1) {
      return { value: unescape(raw + text.slice(0, close), quote), endLine: l, endColumn: (l === line ? from : 0) + close + 1 };
    }
    raw += text + '\n';
  }
  // Unterminated: dotenv takes the line as a plain value.
  const plain = lines[line].replace(/\r$/, '');
  return { value: plain.slice(from - 1).trim(), endLine: line, endColumn: plain.length };
}

function findClosingQuote(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function unescape(raw: string, quote: string): string {
  if (quote !== '"') return raw;
  return raw.replace(/\\([nrt"\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c);
}

const BARE = /^[A-Za-z0-9_\-.:/+=@,~%^]*$/;

/**
 * The value as it must be written after `KEY=` so that dotenv loaders read it back unchanged;
 * undefined when no quoting does (a value holding `'`, `"` and a backtick: Node's dotenv
 * expands no `\"` or `\\` escapes, so nothing can hold all three exactly).
 */
export function formatDotenvValue(value: string): string | undefined {
  const v = value.replace(/\r\n/g, '\n');
  if (BARE.test(v)) return v;
  if (!v.includes("'") && !v.includes('\n') && !v.includes('\r')) return `'${v}'`;
  // Double quotes expand `\n`/`\r` (every loader) and `$` (Compose, python-dotenv): allow neither else.
  if (!v.includes('"') && !v.includes('\\') && !v.includes('$')) return `"${v.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
  if (!v.includes('`') && !v.includes('\r')) return '`' + v + '`';
  return undefined;
}

/** `NAME`, `NAME_2`, `NAME_3`…: the first not already a key. */
export function uniqueKey(name: string, taken: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) if (!taken.has(`${name}_${i}`)) return `${name}_${i}`;
}

/** The key that already holds exactly `value`, if any. */
export function keyHoldingValue(entries: ReadonlyMap<string, DotenvEntry>, value: string): string | undefined {
  const wanted = value.replace(/\r\n/g, '\n');
  for (const [key, entry] of entries) if (entry.value === wanted && !entry.ambiguous) return key;
  return undefined;
}
