/** Small text helpers used across rules and the scanner. */

import type { Position } from './types';

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (!value) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const c of counts.values()) {
    const p = c / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How many of lower, upper, digit and other printable classes the value uses. */
export function charClassCount(value: string): number {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/**
 * Maps offsets to 0-based line/column, built lazily once per scanned text. Lines end at
 * `\n`, `\r\n` or a lone `\r` (classic Mac files), as in VS Code and SARIF viewers; an
 * offset inside a `\r\n` pair stays on the line it ends.
 */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) this.starts = lineStarts(this.text);
    return this.starts;
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo, column: offset - starts[lo] };
  }
}

/** Offsets where each line starts, for every line-ending style. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, with the fast native search.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1); // a lone CR; CRLF breaks at its LF
  }
  return starts;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndOf(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}

/**
 * Start of the line holding `offset` (lines end at `\n`, `\r\n` or a lone `\r`), looking back at most `max` characters: on a minified
 * multi-megabyte line an unbounded search per keyword hit would make scanning quadratic.
 */
export function lineStartWithin(text: string, offset: number, max: number): number {
  const floor = Math.max(0, offset - max);
  for (let i = offset - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1; // `\n`, or a lone `\r` (a `\r\n` is met at its `\n` first)
  }
  return floor;
}

/** `text.indexOf(needle, from)` when the match starts within `max` characters of `from`, else -1: a search bounded like the line helpers. */
export function indexWithin(text: string, needle: string, from: number, max: number): number {
  const at = text.slice(from, from + max + needle.length).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** `text.lastIndexOf(char, from)` looking back at most `max` characters (-1 when not there): bounded for the same reason. */
export function lastIndexWithin(text: string, char: string, from: number, max: number): number {
  const code = char.charCodeAt(0);
  for (let i = from, floor = Math.max(0, from - max); i >= floor; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** End of the line holding `offset` (its `\n`, `\r` or the text end), looking ahead at most `max`. */
export function lineEndWithin(text: string, offset: number, max: number): number {
  const ceiling = Math.min(text.length, offset + max);
  for (let i = offset; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return ceiling;
}

/**
 * `lineStartWithin` and `lineEndWithin` for one text, remembering the last stretch they found
 * free of line breaks: the keyword hits of one scan ask about nearby offsets in text order, and
 * on a minified line each question would otherwise read up to a few KB again. Same answers as
 * the plain functions, and never more characters read per question than they read.
 */
export class LineBounds {
  /** text[lo, hi) holds no `\n` or `\r`. */
  private lo = 0;
  private hi = 0;

  constructor(private readonly text: string) {}

  start(offset: number, max: number): number {
    const floor = Math.max(0, offset - max);
    let i: number;
    if (offset >= this.lo && offset <= this.hi) {
      if (this.lo <= floor) return floor;
      i = this.lo - 1; // text[lo, offset) is known free of breaks
    } else {
      this.hi = offset;
      i = offset - 1;
    }
    for (; i >= floor; i--) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13) break;
    }
    this.lo = Math.max(i + 1, floor);
    return this.lo;
  }

  end(offset: number, max: number): number {
    const ceiling = Math.min(this.text.length, offset + max);
    let i: number;
    if (offset >= this.lo && offset <= this.hi) {
      if (this.hi >= ceiling) return ceiling;
      i = this.hi; // text[offset, hi) is known free of breaks
    } else {
      this.lo = offset;
      i = offset;
    }
    for (; i < ceiling; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13) break;
    }
    this.hi = i;
    return i;
  }
}

/** The text of the line holding `offset`, without its line break. */
export function lineAt(text: string, offset: number): string {
  return text.slice(lineStartOf(text, offset), lineEndOf(text, offset));
}

/** Decodes base64 or base64url to a string of bytes (latin1); undefined when invalid. */
/** An e-mail address (a top-level domain of letters): a user's, not a password, when it stands where one might. */
export function isEmailAddress(value: string): boolean {
  return /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-z]{2,24}$/i.test(value);
}

export function decodeBase64(input: string): string | undefined {
  const clean = input.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let buffer = 0, bits = 0;
  for (let i = 0; i < clean.length; i++) {
    buffer = (buffer << 6) | alphabet.indexOf(clean[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

/** Parses base64url-encoded JSON (a JWT segment); undefined when it is not an object. */
export function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  const raw = decodeBase64(segment);
  if (raw === undefined) return undefined;
  try {
    // Bytes → UTF-8 text without TextDecoder (not in the core's ES library).
    const parsed: unknown = JSON.parse(decodeURIComponent(escape(raw)));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `stripeSecretKey`, `stripe-secret.key` → `STRIPE_SECRET_KEY`. */
export function toEnvName(identifier: string): string {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toUpperCase();
}

/**
 * The line that opens a nested mapping: YAML's `mailgun:`, JSON's `"Jwt": {`, PHP's
 * `'crypt' => [` or `=> array(`, Ruby's `jwt: {`, HCL's `jwt = {`.
 */
const PARENT_LINE = /^[ \t]*(?:- )?["']?([A-Za-z][\w.-]{0,40})["']?[ \t]*(?::|(?:=>|:|=)[ \t]*(?:\[|\{|array[ \t]*\())[ \t]*\r?$/;

/** Longest line read looking for a parent mapping (a longer one is minified text, no mapping). */
const PARENT_LOOKBACK = 400;

/**
 * The name of the mapping a line at `at` is nested in (`mailgun:` above `  key: …`): the nearest
 * less-indented line above, within 40 lines, if it opens one.
 */
export function parentMappingName(text: string, at: number): string | undefined {
  // Lines longer than PARENT_LOOKBACK are no nested mapping's (and an unbounded look back would be quadratic on minified text).
  const lineStart = lineStartWithin(text, at, PARENT_LOOKBACK);
  const indent = /^[ ]*/.exec(text.slice(lineStart, at))![0].length;
  if (indent === 0 || (lineStart > 0 && !/[\r\n]/.test(text[lineStart - 1]))) return undefined;
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 40; lines++) {
    const start = lineStartWithin(text, end, PARENT_LOOKBACK);
    const line = text.slice(start, end);
    if (line.trim() && /^[ ]*/.exec(line)![0].length < indent) return PARENT_LINE.exec(line)?.[1];
    end = start - 1;
  }
  return undefined;
}
