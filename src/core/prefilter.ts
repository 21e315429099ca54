/**
 * Keyword prefilter: one pass over the text that reports where any rule keyword occurs,
 * case-insensitively, so that rule patterns only run on small windows around those places.
 *
 * The pass reads the text in chunks of 16 K characters, as bytes when the chunk is all ASCII (a
 * copy through `TextEncoder`; reading bytes is about twice as fast as `charCodeAt`), else as
 * characters, in two steps:
 * 1. **Gate.** Each ASCII character maps to a 5-bit class (letters fold to lower case; the
 *    keywords' 55 or so characters share 31 classes, the rarest sharing). The last four classes
 *    form a 20-bit number that indexes a 2^20-bit set (128 KB, which stays in cache) of the
 *    keywords' first four characters; a 3-character keyword sets its bit for every fourth
 *    class. The gate runs over a chunk and notes where it passed, so its loop stays small and
 *    call-free: it is most of the prefilter's time. About 1.7% of real code's positions pass.
 * 2. **Trie.** Where the gate passed, the exact folded trigram picks a trie of the keywords
 *    that begin with it, walked from the fourth character until it stops matching. A walk
 *    costs about as many steps as the text shares with the keywords, not one comparison per
 *    keyword (`return x` and eight `return …` keywords take five steps).
 * The gate may pass false positives, never drop a keyword; the pass stays linear on any input
 * (a walk is bounded by the longest keyword).
 *
 * Keywords in other scripts (`密码`, `пароль`) cannot be classed so: they are looked up by their first
 * character that is not ASCII (`ł` of `hasło`, then read back), only in chunks that are not all
 * ASCII, and merged into the chunk's hits in text order.
 */

/** ASCII → lower case. */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;

const CLASS_BITS = 5;
const GATE_BITS = 4 * CLASS_BITS;
const GATE_MASK = (1 << GATE_BITS) - 1;
/** Characters gated before the passing positions are walked. */
const CHUNK = 1 << 14;
/**
 * `TextEncoder` is a global in every host the engine runs in (Node, browsers, web workers); the
 * core's type settings include none of their libraries, so its one use is declared here.
 */
declare const TextEncoder: new () => { encodeInto(source: string, destination: Uint8Array): { read: number; written: number } };
const ENCODER = new TextEncoder();

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

/** A trie node below a trigram: the keywords that end here, and the next folded characters. */
interface TrieNode {
  /** Ids (insertion order) of the keywords ending at this node. */
  ends: number[];
  codes: number[];
  next: TrieNode[];
}

export class KeywordIndex {
  /** Byte or ASCII character → gate class (0: no keyword holds it; 128–255 stay 0). */
  private readonly classOf = new Uint8Array(256);
  /** The current chunk as bytes (up to 3 a character when it is not ASCII). */
  private readonly bytes = new Uint8Array(3 * CHUNK);
  private readonly gate = new Int32Array((1 << GATE_BITS) >>> 5);
  /** Exact folded trigram (7 bits a character) → the trie of keywords beginning with it. */
  private readonly tries = new TrigramTable();
  private readonly keywords: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Positions where the gate passed in the current chunk. */
  private readonly passed = new Int32Array(CHUNK);
  /** The gate's last classes at the end of a chunk. */
  private carry = 0;
  /** A pass is running (see forEachChunk). */
  private busy = false;
  /** The current chunk's hits. */
  private readonly hits: ChunkHits = { offsets: new Int32Array(1024), ids: new Int32Array(1024), count: 0, knownTo: 0 };
  /** Ids found at one offset (at most one per keyword), reused between offsets. */
  private found = new Int32Array(0);

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
    const ascii = unique.filter(isAscii);
    this.assignClasses(ascii);
    for (const kw of unique) {
      if (isAscii(kw)) this.add(kw);
      else this.addForeign(kw);
    }
    this.found = new Int32Array(unique.length);
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
    const hits = this.hits;
    let h = 0;
    this.foreignCarry = false;
    // Gate a chunk, then walk where it passed: the gate loop stays small and call-free.
    for (let from = 0; from < n; from += CHUNK) {
      if (shouldStop?.()) return;
      const to = Math.min(n, from + CHUNK);
      const count = this.asciiChunk(text, from, to) ? this.gateBytes(from, to - from, h) : this.gateChars(text, from, to, h);
      h = this.carry;
      hits.count = 0;
      // Class 0 never begins a keyword, so a passing gate has three real characters before it.
      for (let k = 0; k < count; k++) this.walk(text, passed[k] - 3);
      // One step past the end (class 0) lets a 3-character keyword end the text.
      if (to === n && this.passes((h << CLASS_BITS) & GATE_MASK)) this.walk(text, n - 3);
      // A keyword beginning in the last three characters passes the gate in the next chunk.
      hits.knownTo = to === n ? n : to - 3;
      // (A keyword such as `hasło` may begin here and reach its first other character in the next chunk.)
      const foreignHere = this.foreign.size > 0 && (!this.lastChunkAscii || notAsciiWithin(text, to, to + this.maxBack));
      if (foreignHere || this.foreignCarry) this.addForeignHits(text, Math.max(0, from - 3), hits.knownTo);
      this.foreignCarry = foreignHere;
      if (hits.count) onChunk(hits);
    }
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
   * text order (the ASCII walks have added theirs already). Only stretches holding other characters
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
   * Gate 1 over the chunk's `length` bytes (text offset `base`), continuing from the classes
   * `h` of the characters before: writes the positions whose last four classes pass to
   * `passed`, returns how many, and leaves the classes to continue from in `carry`. Most of
   * the prefilter's time is here.
   */
  private gateBytes(base: number, length: number, h: number): number {
    const classOf = this.classOf;
    const gate = this.gate;
    const passed = this.passed;
    const bytes = this.bytes;
    let count = 0;
    for (let i = 0; i < length; i++) {
      h = ((h << CLASS_BITS) | classOf[bytes[i]]) & GATE_MASK;
      if (((gate[h >>> 5] >>> h) & 1) !== 0) passed[count++] = base + i;
    }
    this.carry = h;
    return count;
  }

  /** `gateBytes` for a chunk that is not all ASCII, read from the text: other characters have class 0. */
  private gateChars(text: string, from: number, to: number, h: number): number {
    const classOf = this.classOf;
    const gate = this.gate;
    const passed = this.passed;
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      h = ((h << CLASS_BITS) | (c < 128 ? classOf[c] : 0)) & GATE_MASK;
      if (((gate[h >>> 5] >>> h) & 1) !== 0) passed[count++] = i;
    }
    this.carry = h;
    return count;
  }

  private passes(h: number): boolean {
    return ((this.gate[h >>> 5] >>> h) & 1) !== 0;
  }

  /** Appends to `hits` the keywords that begin at `start`, which the gate let through. */
  private walk(text: string, start: number): void {
    let node = this.tries.get((fold(text, start) << 14) | (fold(text, start + 1) << 7) | fold(text, start + 2));
    const found = this.found;
    let count = 0;
    for (let j = start + 3; node !== undefined; j++) {
      const ends = node.ends;
      for (let k = 0; k < ends.length; k++) found[count++] = ends[k];
      node = j < text.length ? childOf(node, fold(text, j)) : undefined;
    }
    if (count === 0) return;
    if (count > 1) found.subarray(0, count).sort();
    const hits = this.hits;
    if (hits.count + count > hits.ids.length) this.growHits(hits.count + count);
    for (let k = 0; k < count; k++) {
      hits.offsets[hits.count] = start;
      hits.ids[hits.count++] = found[k];
    }
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

  /**
   * Classes for the characters keywords use, most frequent first; past 31 they share classes.
   * Case folding happens here too: `A` has `a`'s class.
   */
  private assignClasses(keywords: readonly string[]): void {
    // Only a keyword's first four characters reach the gate (the trie reads the rest exactly): a
    // character found only later needs no class, and leaves the classes to those that do.
    const counts = new Map<number, number>();
    for (const kw of keywords) for (let j = 0; j < Math.min(4, kw.length); j++) counts.set(kw.charCodeAt(j), (counts.get(kw.charCodeAt(j)) ?? 0) + 1);
    const byUse = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a - b);
    byUse.forEach((code, rank) => { this.classOf[code] = 1 + (rank % ((1 << CLASS_BITS) - 1)); });
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32];
  }

  private add(kw: string): void {
    const id = this.keywords.push(kw) - 1;
    this.ids.set(kw, id);
    const cls = (j: number) => this.classOf[kw.charCodeAt(j)];
    const head = (cls(0) << (2 * CLASS_BITS)) | (cls(1) << CLASS_BITS) | cls(2);
    if (kw.length === 3) for (let x = 0; x < 1 << CLASS_BITS; x++) this.setGate((head << CLASS_BITS) | x);
    else this.setGate((head << CLASS_BITS) | cls(3));
    const trigram = (kw.charCodeAt(0) << 14) | (kw.charCodeAt(1) << 7) | kw.charCodeAt(2);
    let node = this.tries.get(trigram);
    if (!node) this.tries.add(trigram, (node = newNode()));
    for (let j = 3; j < kw.length; j++) {
      const code = kw.charCodeAt(j);
      let child = childOf(node, code);
      if (!child) {
        child = newNode();
        node.codes.push(code);
        node.next.push(child);
      }
      node = child;
    }
    node.ends.push(id);
  }

  private setGate(bits: number): void {
    this.gate[bits >>> 5] |= 1 << (bits & 31);
  }
}

/**
 * Exact folded trigram → its trie, by open addressing in typed arrays. Every walk starts with
 * this lookup, and the gate lets through many frequent words (`return`, `const`, `create`):
 * with a `Map`, the lookup took about a third of a walk's time.
 */
class TrigramTable {
  private keys = new Int32Array(1 << 10).fill(-1);
  private slots = new Int32Array(1 << 10);
  private readonly nodes: TrieNode[] = [];

  get(trigram: number): TrieNode | undefined {
    const mask = this.keys.length - 1;
    for (let slot = slotOf(trigram, mask); ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === trigram) return this.nodes[this.slots[slot]];
      if (key === -1) return undefined;
    }
  }

  add(trigram: number, node: TrieNode): void {
    // Kept at most a quarter full, so a lookup seldom probes twice.
    if (4 * (this.nodes.length + 1) > this.keys.length) this.grow();
    this.place(trigram, this.nodes.push(node) - 1);
  }

  private place(trigram: number, index: number): void {
    const mask = this.keys.length - 1;
    let slot = slotOf(trigram, mask);
    while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
    this.keys[slot] = trigram;
    this.slots[slot] = index;
  }

  private grow(): void {
    const [keys, slots] = [this.keys, this.slots];
    this.keys = new Int32Array(2 * keys.length).fill(-1);
    this.slots = new Int32Array(2 * keys.length);
    for (let k = 0; k < keys.length; k++) if (keys[k] !== -1) this.place(keys[k], slots[k]);
  }
}

/** A trigram's home slot: Fibonacci hashing spreads neighbouring trigrams apart. */
function slotOf(trigram: number, mask: number): number {
  return (Math.imul(trigram, 0x9e3779b1) >>> 11) & mask;
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

function newNode(): TrieNode {
  return { ends: [], codes: [], next: [] };
}

function childOf(node: TrieNode, code: number): TrieNode | undefined {
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.next[k];
  return undefined;
}

/** The folded character at `at`: lower-case ASCII, 0 for anything else (no keyword holds 0). */
function fold(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c < 128 ? FOLD[c] : 0;
}
