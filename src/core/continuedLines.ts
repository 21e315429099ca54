/**
 * Logical lines a file's syntax writes over several physical ones: a `.properties` value wrapped
 * with a backslash at each line's end (`url=https://…/\⏎    B0…/\⏎    nW…`). The reader joins
 * them and drops the next line's leading blanks, so a token written this way is one value; the
 * lines as written hold only pieces of it. Each logical line of two or more is read back whole,
 * offsets kept (`Scanner.collectDecoded`).
 */
import type { DecodedValue } from './kubernetesSecret';

/** Physical lines joined into one logical line, at most. */
const MAX_JOINED = 16;
/** A logical line longer than this is data, not a setting. */
const MAX_LOGICAL = 8192;

/**
 * The logical lines of `text` that `marker` (a line's last character) continues, joined: the
 * marker and the next line's leading blanks are dropped. `boundaries` are where the lines meet.
 */
export function continuedLines(text: string, marker: string): DecodedValue[] {
  const out: DecodedValue[] = [];
  // (A Windows file ends its lines with `\r\n`: the marker stands before the `\r`.)
  const wrap = text.includes(`${marker}\r\n`) ? `${marker}\r\n` : `${marker}\n`;
  let at = text.indexOf(wrap);
  while (at !== -1) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    // A comment line is not continued (`# see C:\`).
    const line = /^[ \t]*[#!]/.test(text.slice(start, start + 50)) ? undefined : joinFrom(text, start, marker);
    if (line) out.push(line);
    const next = line ? line.end : text.indexOf('\n', at + 1);
    at = next === -1 ? -1 : text.indexOf(wrap, next);
  }
  return out;
}

/** The logical line starting at `start`, when it continues past its first physical line. */
function joinFrom(text: string, start: number, marker: string): DecodedValue | undefined {
  let decoded = '';
  const offsets: number[] = [];
  const boundaries: number[] = [];
  let i = start;
  for (let joined = 0; ; joined++) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    const body = text[end - 1] === '\r' ? end - 1 : end;
    // An odd run of markers continues the line; an even run is escaped markers (`\\`).
    let run = 0;
    while (body - run - 1 >= i && text[body - run - 1] === marker) run++;
    const continues = run % 2 === 1 && end < text.length && joined < MAX_JOINED && decoded.length < MAX_LOGICAL;
    const upTo = continues ? body - 1 : body;
    for (let k = i; k < upTo; k++) offsets.push(k - start);
    decoded += text.slice(i, upTo);
    if (!continues) {
      offsets.push(upTo - start);
      return boundaries.length ? { name: '', start, end: upTo, decoded, offsets, boundaries } : undefined;
    }
    i = end + 1;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    boundaries.push(decoded.length);
  }
}
