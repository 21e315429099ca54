/**
 * Keyword prefilter: one pass over the text that reports where any rule keyword occurs,
 * case-insensitively, so that rule patterns only run on small windows around those places.
 *
 * Two gates before a keyword is compared character by character:
 * 1. A rolling trigram of ASCII-folded characters indexes a 2 M-entry table (2 MB) that says
 *    which trigrams begin a keyword, and how long those keywords are.
 * 2. Common trigrams (`con`, `ret`, `tok` begin 4% of real code's positions) then meet a
 *    bitset of the keywords' first 4, 5 and 6 characters, so the keyword lists are only walked
 *    where a longer prefix matches too (0.4–1.3% of positions on TypeScript's own sources).
 * Both gates are exact on the trigram and may pass false positives, never drop a true one; the
 * pass stays linear on any input.
 */

const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

const TABLE_BITS = 21;
const MASK = (1 << TABLE_BITS) - 1;

/** Trigram table flags: a keyword of exactly 3, exactly 4, exactly 5, or 6+ characters begins here. */
const LEN3 = 1;
const LEN4 = 2;
const LEN5 = 4;
const LEN6 = 8;

/** Prefix bitset: 2^20 bits (128 KB), indexed by a hash of a keyword's first 4, 5 or 6 characters. */
const PREFIX_BITS = 20;

export interface KeywordHit {
  /** Offset where the keyword starts. */
  offset: number;
  keyword: string;
}

export class KeywordIndex {
  private readonly table = new Uint8Array(1 << TABLE_BITS);
  private readonly prefixes = new Int32Array((1 << PREFIX_BITS) >>> 5);
  private readonly byTrigram = new Map<number, string[]>();

  constructor(keywords: Iterable<string>) {
    for (const raw of new Set(keywords)) {
      const kw = raw.toLowerCase();
      if (kw.length < 3 || /[^\x20-\x7e]/.test(kw)) {
        throw new Error(`prefilter keyword must be 3+ printable ASCII characters: ${JSON.stringify(raw)}`);
      }
      const key = (kw.charCodeAt(0) << 14) | (kw.charCodeAt(1) << 7) | kw.charCodeAt(2);
      const length = Math.min(kw.length, 6);
      this.table[key] |= length === 3 ? LEN3 : length === 4 ? LEN4 : length === 5 ? LEN5 : LEN6;
      if (length > 3) this.setPrefix(prefixHash(key, kw, length));
      const list = this.byTrigram.get(key);
      if (list) list.push(kw);
      else this.byTrigram.set(key, [kw]);
    }
  }

  /** Calls `onHit` for every keyword occurrence, in text order. */
  forEachHit(text: string, onHit: (offset: number, keyword: string) => void): void {
    const n = text.length;
    const table = this.table;
    let h = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      h = ((h << 7) | (c < 128 ? FOLD[c] : 0)) & MASK;
      const flags = table[h];
      if (flags === 0 || i < 2) continue;
      const start = i - 2;
      if ((flags & LEN3) === 0 && !this.longerPrefixMayMatch(text, h, start, flags)) continue;
      for (const kw of this.byTrigram.get(h)!) {
        if (kw.length === 3 || this.matchesAt(text, start, kw)) onHit(start, kw);
      }
    }
  }

  /**
   * Gate 2: does the text at `start` begin with the 4-, 5- or 6-character prefix of some
   * keyword? Reads the characters after the trigram one at a time, testing each length the
   * trigram's flags name (one pass, as `prefixHash` hashes them).
   */
  private longerPrefixMayMatch(text: string, trigram: number, start: number, flags: number): boolean {
    const mixed = Math.imul(trigram, TRIGRAM_MIX);
    let rest = 0;
    for (let length = 4; length <= 6; length++) {
      const at = start + length - 1;
      const c = at < text.length ? text.charCodeAt(at) : 0;
      rest = (rest << 7) | (c < 128 ? FOLD[c] : 0);
      if ((flags & LENGTH_FLAG[length]) !== 0 && this.hasPrefix(mixPrefix(mixed, length, rest))) return true;
    }
    return false;
  }

  private setPrefix(hash: number): void {
    this.prefixes[hash >>> 5] |= 1 << (hash & 31);
  }

  private hasPrefix(hash: number): boolean {
    return (this.prefixes[hash >>> 5] & (1 << (hash & 31))) !== 0;
  }

  private matchesAt(text: string, start: number, kw: string): boolean {
    if (start + kw.length > text.length) return false;
    for (let j = 3; j < kw.length; j++) {
      const c = text.charCodeAt(start + j);
      if ((c < 128 ? FOLD[c] : 0) !== kw.charCodeAt(j)) return false;
    }
    return true;
  }
}

const TRIGRAM_MIX = 0x9e3779b1;
const REST_MIX = 0x85ebca77;
/** LENGTH_FLAG[n]: the trigram-table flag of keywords whose gate-2 prefix is n characters long. */
const LENGTH_FLAG = [0, 0, 0, LEN3, LEN4, LEN5, LEN6];

/**
 * Hash of a prefix of `length` (4–6) characters: `mixedTrigram` is its first three (already
 * multiplied), `rest` the other folded characters, 7 bits each. The length is mixed in, so
 * `toke` (a 4-character prefix) and `token` never share a bit by construction.
 */
function mixPrefix(mixedTrigram: number, length: number, rest: number): number {
  return (mixedTrigram ^ Math.imul((length << 21) | rest, REST_MIX)) >>> (32 - PREFIX_BITS);
}

/** The gate-2 hash of a keyword's first `length` characters (built once per keyword). */
function prefixHash(trigram: number, kw: string, length: number): number {
  let rest = 0;
  for (let j = 3; j < length; j++) rest = (rest << 7) | kw.charCodeAt(j);
  return mixPrefix(Math.imul(trigram, TRIGRAM_MIX), length, rest);
}
