/**
 * Keyword prefilter: one pass over the text that reports where any rule keyword occurs,
 * case-insensitively, so that rule patterns only run on small windows around those places.
 *
 * The pass reads the text in chunks of 16 K characters, as bytes when the chunk is all ASCII (a
 * copy through `TextEncoder`; reading bytes is about twice as fast as `charCodeAt`), else as
 * characters, in two steps:
 * 1. **Gate.** Each keyword is anchored on four of its characters, the rarest in ordinary code
 *    (commonGrams.ts): `console.` is looked for at `ole.`, not at `cons`, which opens every
 *    `const`. A rolling hash of the text's last four characters (each folded to lower case by
 *    setting bit 5, five bits a step, 20 bits in all) indexes a 2^20-bit set (128 KB) of the anchors'
 *    hashes. A 3-character keyword is anchored on itself and the character before it, whatever
 *    that is (its 32 hashes are set). The gate runs over a chunk and notes where it passed, so
 *    its loop stays small and call-free: it is most of the prefilter's time. About 1% of real
 *    code's positions pass.
 * 2. **Check.** Where the gate passed, its hash picks the keywords anchored on it, and each is
 *    compared with the text where it would begin. A hit is found at its anchor's end, up to
 *    `MAX_ANCHOR_END` characters after it begins: hits are sorted by where they begin and
 *    reported once no earlier one can still be found.
 * The gate may pass false positives, never drop a keyword; the pass stays linear on any input
 * (a check is bounded by the longest keyword, the keywords anchored on one hash are fixed).
 *
 * Keywords in other scripts (`密码`, `пароль`) cannot be hashed so: they are looked up by their first
 * character that is not ASCII (`ł` of `hasło`, then read back), only in chunks that are not all
 * ASCII, and merged into the chunk's hits in text order.
 */

import { CHARACTER_RARITY, COMMON_CODE_GRAMS } from './commonGrams';

const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** A hit begins at most this many characters before its anchor ends (its anchor starts within its first 13). */
const MAX_ANCHOR_END = 15;
/** Characters gated before the passing positions are checked. */
const CHUNK = 1 << 14;
/**
 * `TextEncoder` is a global in every host the engine runs in (Node, browsers, web workers); the
 * core's type settings include none of their libraries, so its one use is declared here.
 */
declare const TextEncoder: new () => { encodeInto(source: string, destination: Uint8Array): { read: number; written: number } };
const ENCODER = new TextEncoder();
/** A 32-bit word's first byte is its lowest (the gate reads bytes four at a time so). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The hits of one stretch of text, in text order (keywords at one offset in insertion order). */
export interface ChunkHits {
  /** Where each hit begins; the first `count` entries are this stretch's. */
  offsets: Int32Array;
  /** Which keyword each hit is (`KeywordIndex.idOf`). */
  ids: Int32Array;
  count: number;
  /** Every hit that begins before this offset has been reported, in this stretch or an earlier one. */
  knownTo: number;
}

export class KeywordIndex {
  /** Rolling hash of four folded characters → its bit is set when some keyword is anchored on it. */
  private readonly gate = new Int32Array((1 << HASH_BITS) >>> 5);
  /** Anchor hash → the keywords anchored on it, with where each anchor ends in its keyword. */
  private readonly anchors: AnchorTable;
  /** The current chunk as bytes (up to 3 a character when it is not ASCII). */
  private readonly bytes = new Uint8Array(3 * CHUNK);
  /** The same bytes, four at a time. */
  private readonly words = new Uint32Array(this.bytes.buffer);
  private readonly keywords: string[] = [];
  /** Per ASCII keyword id, its lower-case character codes. */
  private readonly codes: Uint8Array[] = [];
  private readonly ids = new Map<string, number>();
  /** Positions where the gate passed in the current chunk, and the hash that passed there. */
  private readonly passed = new Int32Array(CHUNK);
  private readonly passedHash = new Int32Array(CHUNK);
  /** The gate's hash at the end of a chunk. */
  private carry = 0;
  /** A pass is running (see forEachChunk). */
  private busy = false;
  /** The current chunk's hits. */
  private readonly hits: ChunkHits = { offsets: new Int32Array(1024), ids: new Int32Array(1024), count: 0, knownTo: 0 };
  /** Hits found but not reported yet, as `offset * idSpan + id` (sorting them sorts by offset, then id). */
  private pending = new Float64Array(1024);
  private pendingCount = 0;
  private readonly idSpan: number;

  /**
   * Keywords in other scripts (`密码`, `пароль`, `パスワード`), by their first character in either
   * case: looked for only in stretches that are not all ASCII, one comparison per such character.
   */
  private readonly foreign = new Map<number, { keyword: string; id: number; back: number }[]>();
  /**
   * The most ASCII characters a foreign keyword holds before its first other one (`has` of `hasło`):
   * such a keyword is found at that character and read back from it.
   */
  private maxBack = 0;
  /** A stretch of the previous chunk that was not all ASCII: a foreign keyword may begin in its last characters. */
  private foreignCarry = false;

  constructor(keywords: Iterable<string>) {
    const unique = [...new Set([...keywords].map(raw => checkedKeyword(raw)))];
    const anchored = new Map<number, number[]>();
    for (const kw of unique) {
      if (isAscii(kw)) this.add(kw, anchored);
      else this.addForeign(kw);
    }
    this.anchors = new AnchorTable(anchored);
    this.idSpan = Math.max(1, unique.length);
  }

  /** The id of a keyword (its place among the distinct lower-cased keywords given), if indexed. */
  idOf(keyword: string): number | undefined {
    return this.ids.get(keyword.toLowerCase());
  }

  /** The length of keyword `id`. */
  lengthOf(id: number): number {
    return this.keywords[id].length;
  }

  /** Calls `onHit` for every keyword occurrence, in text order (keywords at one offset in insertion order). */
  forEachHit(text: string, onHit: (offset: number, keyword: string) => void): void {
    this.forEachChunk(text, hits => {
      for (let k = 0; k < hits.count; k++) onHit(hits.offsets[k], this.keywords[hits.ids[k]]);
    });
  }

  /**
   * Calls `onChunk` with the hits of each stretch of the text, in text order. Each call knows
   * every hit that begins before its `knownTo`, so a caller can look ahead to the end of the
   * stretch before acting on its first hit. The buffers are reused: read them during the call.
   * `shouldStop`, asked before each stretch, ends the pass early.
   */
  forEachChunk(text: string, onChunk: (hits: ChunkHits) => void, shouldStop?: () => boolean): void {
    // The chunk buffers are this index's own: a pass started from inside `onChunk` (a rule
    // scanning with the scanner that runs it) would overwrite them under the outer pass.
    if (this.busy) throw new Error('KeywordIndex.forEachChunk is not re-entrant: scan nested text with another scanner');
    this.busy = true;
    try {
      this.passOver(text, onChunk, shouldStop);
    } finally {
      this.busy = false;
    }
  }

  private passOver(text: string, onChunk: (hits: ChunkHits) => void, shouldStop?: () => boolean): void {
    const n = text.length;
    const passed = this.passed;
    const passedHash = this.passedHash;
    const hits = this.hits;
    let h = 0;
    let reportedTo = 0;
    this.pendingCount = 0;
    this.foreignCarry = false;
    // Gate a chunk, then check where it passed: the gate loop stays small and call-free.
    for (let from = 0; from < n; from += CHUNK) {
      if (shouldStop?.()) return;
      const to = Math.min(n, from + CHUNK);
      const count = this.asciiChunk(text, from, to) ? this.gateBytes(from, to - from, h) : this.gateChars(text, from, to, h);
      h = this.carry;
      for (let k = 0; k < count; k++) this.check(text, passed[k], passedHash[k]);
      // A keyword beginning in the chunk's last MAX_ANCHOR_END characters may end its anchor in the next chunk.
      const knownTo = to === n ? n : Math.max(reportedTo, to - MAX_ANCHOR_END);
      this.reportPending(knownTo);
      hits.knownTo = knownTo;
      // (A keyword such as `hasło` may begin here and reach its first other character in the next chunk.)
      const foreignHere = this.foreign.size > 0 && (!this.lastChunkAscii || notAsciiWithin(text, to, to + this.maxBack));
      if (foreignHere || this.foreignCarry) this.addForeignHits(text, reportedTo, knownTo);
      this.foreignCarry = foreignHere;
      reportedTo = knownTo;
      if (hits.count) onChunk(hits);
    }
  }

  /** Moves the pending hits that begin before `knownTo` to the chunk's hits, in text order. */
  private reportPending(knownTo: number): void {
    const hits = this.hits;
    const span = this.idSpan;
    const pending = this.pending.subarray(0, this.pendingCount).sort();
    if (pending.length > hits.ids.length) this.growHits(pending.length);
    let k = 0;
    for (; k < pending.length; k++) {
      const offset = Math.floor(pending[k] / span);
      if (offset >= knownTo) break;
      hits.offsets[k] = offset;
      hits.ids[k] = pending[k] - offset * span;
    }
    hits.count = k;
    this.pending.copyWithin(0, k, pending.length);
    this.pendingCount = pending.length - k;
  }

  /**
   * Copies `text[from, to)` into `bytes` and says whether it is all ASCII (offsets then agree).
   * The copy costs a few percent of the gate; reading bytes makes the gate about twice as fast
   * as reading `charCodeAt`.
   */
  private asciiChunk(text: string, from: number, to: number): boolean {
    const { read, written } = ENCODER.encodeInto(text.substring(from, to), this.bytes);
    this.lastChunkAscii = read === to - from && written === read;
    return this.lastChunkAscii;
  }

  /** The chunk just gated was all ASCII. */
  private lastChunkAscii = true;

  /**
   * Adds the foreign-script keywords that begin in `[from, to)` to the chunk's hits, keeping them in
   * text order (the ASCII checks have added theirs already). Only stretches holding other characters
   * are read, once each: the pass stays linear.
   */
  private addForeignHits(text: string, from: number, to: number): void {
    const hits = this.hits;
    const found: [offset: number, id: number][] = [];
    const end = Math.min(text.length, to + this.maxBack);
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) continue;
      const candidates = this.foreign.get(c);
      if (!candidates) continue;
      for (const { keyword, id, back } of candidates) {
        const start = i - back;
        if (start >= from && start < to && text.substr(start, keyword.length).toLowerCase() === keyword) found.push([start, id]);
      }
    }
    if (found.length === 0) return;
    // Read back from their first other character, keywords may be found out of order.
    if (this.maxBack > 0) found.sort((a, b) => a[0] - b[0]);
    const foundOffsets = found.map(f => f[0]);
    const foundIds = found.map(f => f[1]);
    // Merge the two ordered lists (stable: at one offset, ASCII keywords first).
    const offsets = Array.from(hits.offsets.subarray(0, hits.count));
    const ids = Array.from(hits.ids.subarray(0, hits.count));
    if (hits.count + foundOffsets.length > hits.ids.length) this.growHits(hits.count + foundOffsets.length);
    let a = 0, b = 0, k = 0;
    while (a < offsets.length || b < foundOffsets.length) {
      const takeA = b >= foundOffsets.length || (a < offsets.length && offsets[a] <= foundOffsets[b]);
      hits.offsets[k] = takeA ? offsets[a] : foundOffsets[b];
      hits.ids[k++] = takeA ? ids[a++] : foundIds[b++];
    }
    hits.count = k;
  }

  /** Indexes a keyword holding other characters by its first such character, in either case. */
  private addForeign(kw: string): void {
    const id = this.keywords.push(kw) - 1;
    this.ids.set(kw, id);
    let back = 0;
    while (kw.charCodeAt(back) < 128) back++;
    this.maxBack = Math.max(this.maxBack, back);
    for (const first of new Set([kw[back], kw[back].toUpperCase()])) {
      const code = first.charCodeAt(0);
      const list = this.foreign.get(code) ?? [];
      list.push({ keyword: kw, id, back });
      this.foreign.set(code, list);
    }
  }

  /**
   * The gate over the chunk's `length` bytes (text offset `base`), continuing from the hash `h`
   * of the characters before: writes the positions where an anchor's hash ends, and that hash,
   * to `passed` and `passedHash`, returns how many, and leaves the hash to continue from in
   * `carry`. Most of the prefilter's time is here.
   */
  private gateBytes(base: number, length: number, h: number): number {
    const gate = this.gate;
    const passed = this.passed;
    const passedHash = this.passedHash;
    const bytes = this.bytes;
    const words = this.words;
    let count = 0;
    let i = 0;
    // Four bytes a read where words are little-endian (every common platform): a quarter of the loads.
    if (LITTLE_ENDIAN) {
      // (Unrolled by hand: a loop over the four shifts loses what the wide read gains.)
      for (const end = length & ~3; i < end; i += 4) {
        const word = words[i >>> 2] | 0x20202020;
        h = ((h << 5) ^ (word & 0xff)) & HASH_MASK;
        if (((gate[h >>> 5] >>> h) & 1) !== 0) {
          passed[count] = base + i;
          passedHash[count++] = h;
        }
        h = ((h << 5) ^ ((word >>> 8) & 0xff)) & HASH_MASK;
        if (((gate[h >>> 5] >>> h) & 1) !== 0) {
          passed[count] = base + i + 1;
          passedHash[count++] = h;
        }
        h = ((h << 5) ^ ((word >>> 16) & 0xff)) & HASH_MASK;
        if (((gate[h >>> 5] >>> h) & 1) !== 0) {
          passed[count] = base + i + 2;
          passedHash[count++] = h;
        }
        h = ((h << 5) ^ (word >>> 24)) & HASH_MASK;
        if (((gate[h >>> 5] >>> h) & 1) !== 0) {
          passed[count] = base + i + 3;
          passedHash[count++] = h;
        }
      }
    }
    for (; i < length; i++) {
      h = ((h << 5) ^ (bytes[i] | 32)) & HASH_MASK;
      if (((gate[h >>> 5] >>> h) & 1) !== 0) {
        passed[count] = base + i;
        passedHash[count++] = h;
      }
    }
    this.carry = h;
    return count;
  }

  /** `gateBytes` for a chunk that is not all ASCII, read from the text (no keyword anchor holds another character). */
  private gateChars(text: string, from: number, to: number, h: number): number {
    const gate = this.gate;
    const passed = this.passed;
    const passedHash = this.passedHash;
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      h = ((h << 5) ^ (c < 128 ? c | 32 : 0)) & HASH_MASK;
      if (((gate[h >>> 5] >>> h) & 1) !== 0) {
        passed[count] = i;
        passedHash[count++] = h;
      }
    }
    this.carry = h;
    return count;
  }

  /** Adds to the pending hits the keywords anchored on `hash` whose anchor ends at `at`. */
  private check(text: string, at: number, hash: number): void {
    const anchors = this.anchors;
    const slot = anchors.slotOf(hash);
    if (slot < 0) return;
    const first = anchors.firsts[slot];
    const last = first + anchors.counts[slot];
    for (let e = first; e < last; e++) {
      const id = anchors.ids[e];
      const start = at - anchors.ends[e];
      if (start >= 0 && matchesAt(text, start, this.codes[id])) this.addPending(start, id);
    }
  }

  private addPending(start: number, id: number): void {
    if (this.pendingCount === this.pending.length) {
      const grown = new Float64Array(2 * this.pending.length);
      grown.set(this.pending);
      this.pending = grown;
    }
    this.pending[this.pendingCount++] = start * this.idSpan + id;
  }

  private growHits(least: number): void {
    const size = Math.max(least, 2 * this.hits.ids.length);
    const offsets = new Int32Array(size);
    const ids = new Int32Array(size);
    offsets.set(this.hits.offsets.subarray(0, this.hits.count));
    ids.set(this.hits.ids.subarray(0, this.hits.count));
    this.hits.offsets = offsets;
    this.hits.ids = ids;
  }

  /** Indexes an ASCII keyword under the hash of its anchor (see anchorOf). */
  private add(kw: string, anchored: Map<number, number[]>): void {
    const id = this.keywords.push(kw) - 1;
    this.ids.set(kw, id);
    this.codes[id] = Uint8Array.from(kw, ch => ch.charCodeAt(0));
    const note = (hash: number, end: number) => {
      this.gate[hash >>> 5] |= 1 << (hash & 31);
      const list = anchored.get(hash) ?? [];
      list.push(id, end);
      anchored.set(hash, list);
    };
    const x = (j: number) => kw.charCodeAt(j) | 32;
    if (kw.length === 3) {
      // The character before is any: only its low five bits stay in the hash.
      const own = (x(0) << 10) ^ (x(1) << 5) ^ x(2);
      for (let before = 0; before < 32; before++) note(((before << 15) ^ own) & HASH_MASK, 2);
      return;
    }
    const a = anchorOf(kw);
    note(((x(a) << 15) ^ (x(a + 1) << 10) ^ (x(a + 2) << 5) ^ x(a + 3)) & HASH_MASK, a + 3);
  }
}

/** The rank of each common four-character sequence in code, most frequent 0 (commonGrams.ts). */
let gramRanks: Map<string, number> | undefined;

/**
 * Where a keyword's anchor begins: its four characters least frequent in ordinary code. Among four
 * that are not common at all, those of the rarest characters (`tvar` before `gete` in
 * `getenvironmentvariable`): the table lists only the most common fours.
 */
function anchorOf(kw: string): number {
  if (!gramRanks) {
    gramRanks = new Map();
    for (let k = 0; k < COMMON_CODE_GRAMS.length; k += 4) gramRanks.set(COMMON_CODE_GRAMS.substr(k, 4), k / 4);
  }
  let best = 0;
  let bestRank = -1;
  let bestRarity = -1;
  for (let a = 0; a + 4 <= kw.length && a + 3 <= MAX_ANCHOR_END; a++) {
    const gram = kw.substr(a, 4);
    const rank = gramRanks.get(gram) ?? Infinity;
    const rarity = rank === Infinity ? rarityOf(gram) : 0;
    if (rank > bestRank || (rank === bestRank && rarity > bestRarity)) [best, bestRank, bestRarity] = [a, rank, rarity];
  }
  return best;
}

/** The sum of the characters' rarities (-log2 of their share in code): the lower, the more often such four occur. */
function rarityOf(gram: string): number {
  let sum = 0;
  for (const ch of gram) sum += CHARACTER_RARITY[ch] ?? RAREST;
  return sum;
}

/** The rarity of a character the table does not list (a line end, a control character). */
const RAREST = 16;

/** The text holds the keyword `codes` (lower-case ASCII) at `start`, in any case. */
function matchesAt(text: string, start: number, codes: Uint8Array): boolean {
  if (start + codes.length > text.length) return false;
  for (let j = 0; j < codes.length; j++) {
    let c = text.charCodeAt(start + j);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== codes[j]) return false;
  }
  return true;
}

/**
 * Anchor hash → the keywords anchored on it, in typed arrays (open addressing): every check
 * starts with this lookup.
 */
class AnchorTable {
  private readonly keys: Int32Array;
  /** Per slot, where its keywords begin in `ids` and `ends`, and how many. */
  readonly firsts: Int32Array;
  readonly counts: Int32Array;
  /** Keyword ids and where their anchor ends, grouped by hash. */
  readonly ids: Int32Array;
  readonly ends: Int32Array;

  constructor(anchored: Map<number, number[]>) {
    let size = 16;
    // Kept at most a quarter full, so a lookup seldom probes twice.
    while (size < 4 * anchored.size) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.firsts = new Int32Array(size);
    this.counts = new Int32Array(size);
    let total = 0;
    for (const list of anchored.values()) total += list.length / 2;
    this.ids = new Int32Array(total);
    this.ends = new Int32Array(total);
    let next = 0;
    for (const [hash, list] of anchored) {
      let slot = homeSlot(hash, size - 1);
      while (this.keys[slot] !== -1) slot = (slot + 1) & (size - 1);
      this.keys[slot] = hash;
      this.firsts[slot] = next;
      this.counts[slot] = list.length / 2;
      for (let k = 0; k < list.length; k += 2) {
        this.ids[next] = list[k];
        this.ends[next++] = list[k + 1];
      }
    }
  }

  /** The slot of `hash`, or -1 when no keyword is anchored on it (the gate passed by collision). */
  slotOf(hash: number): number {
    const mask = this.keys.length - 1;
    for (let slot = homeSlot(hash, mask); ; slot = (slot + 1) & mask) {
      if (this.keys[slot] === hash) return slot;
      if (this.keys[slot] === -1) return -1;
    }
  }
}

/** A hash's home slot: Fibonacci hashing spreads neighbouring hashes apart. */
function homeSlot(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 11) & mask;
}

function checkedKeyword(raw: string): string {
  const kw = raw.toLowerCase();
  // Line ends may end a keyword (a name alone on its line: `- name: DB_PASS`). A keyword holding
  // letters of another script (`密码`, `hasło`) is matched apart and may be shorter: two CJK characters make a word.
  const foreign = !isAscii(kw) && /^[\p{L}\p{M}_]{2,}$/u.test(kw);
  if (!foreign && (kw.length < 3 || /[^\x20-\x7e\n\r]/.test(kw))) {
    throw new Error(`prefilter keyword must be 3+ printable ASCII characters or line ends, or letters of another script: ${JSON.stringify(raw)}`);
  }
  return kw;
}

function isAscii(kw: string): boolean {
  return !/[^\x00-\x7f]/.test(kw);
}

/** Some character of `text[from, to)` is not ASCII. */
function notAsciiWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, text.length); i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}
