/**
 * Reading a watch's occurrences (`Rule.watches`): the scan's keyword pass records where the
 * literals begin, so a rule asks "where is the next one" without searching the text again.
 * The record covers the text up to `knownTo` (the pass reads a stretch ahead of the window
 * being judged); past it, and outside a scan, the caller's own search answers. The scanner
 * writes the records (`recordOccurrence`, `advanceOccurrences`); rules read them.
 */

import type { Occurrences, RuleContext, WatchedLiterals } from './types';

/**
 * Most occurrences of one watch recorded per scan (1 MB of offsets and lengths): past it the
 * record stops growing and readers search the rest themselves.
 */
const MAX_OCCURRENCES = 1 << 17;
const EMPTY = new Int32Array(0);

/** One watch's record for one scan; `full` once MAX_OCCURRENCES were recorded (`knownTo` then stays). */
export interface OccurrenceRecord extends Occurrences { offsets: Int32Array; lengths: Int32Array; count: number; knownTo: number; full: boolean }

export function newOccurrenceRecord(): OccurrenceRecord {
  return { offsets: EMPTY, lengths: EMPTY, count: 0, knownTo: 0, full: false };
}

/** The keyword pass has reported every hit before `knownTo`. */
export function advanceOccurrences(r: OccurrenceRecord, knownTo: number): void {
  if (!r.full) r.knownTo = knownTo;
}

/** Adds one occurrence (hits arrive in text order; at one offset, the shortest literal is kept). */
export function recordOccurrence(r: OccurrenceRecord, offset: number, length: number): void {
  if (r.full) return;
  if (r.count && r.offsets[r.count - 1] === offset) {
    r.lengths[r.count - 1] = Math.min(r.lengths[r.count - 1], length);
    return;
  }
  if (r.count === MAX_OCCURRENCES) {
    r.full = true;
    r.knownTo = offset;
    return;
  }
  if (r.count === r.offsets.length) {
    const size = Math.min(MAX_OCCURRENCES, Math.max(64, 2 * r.count));
    const offsets = new Int32Array(size);
    const lengths = new Int32Array(size);
    offsets.set(r.offsets);
    lengths.set(r.lengths);
    r.offsets = offsets;
    r.lengths = lengths;
  }
  r.offsets[r.count] = offset;
  r.lengths[r.count++] = length;
}

/** Finds, in `[from, to)`, the first place the caller's way: -1 for none. */
export type Search = (from: number, to: number) => number;

/**
 * The first offset in `[from, to)` where a literal of `watch` begins, or -1. `search(from, to)`
 * must find the first literal that begins in `[from, to)`, wherever it ends.
 */
export function nextOccurrence(ctx: RuleContext, watch: WatchedLiterals, from: number, to: number, search: Search): number {
  return firstWhere(ctx, watch, from, to, search, () => true);
}

/**
 * The first offset in `[from, to)` where a literal of `watch` begins and also ends by `to`, or
 * -1: what a regex of the literals finds in `text.slice(from, to)`, and `search` must find.
 */
export function firstWithin(ctx: RuleContext, watch: WatchedLiterals, from: number, to: number, search: Search): number {
  // A literal that ends with a line end (`pass⏎`) may end on the line end just past a window of whole lines.
  const lineEnd = ctx.text[to] === '\n' || ctx.text[to] === '\r';
  return firstWhere(ctx, watch, from, to, search, (at, length) => at + length <= to || (lineEnd && at + length === to + 1));
}

function firstWhere(ctx: RuleContext, watch: WatchedLiterals, from: number, to: number, search: Search, fits: (at: number, length: number) => boolean): number {
  const seen = ctx.occurrences?.(watch);
  if (!seen) return from < to ? search(from, to) : -1;
  const { offsets, lengths, count, knownTo } = seen;
  for (let k = lowerBound(offsets, count, from); k < count && offsets[k] < to; k++) {
    if (fits(offsets[k], lengths[k])) return offsets[k];
  }
  const rest = Math.max(from, knownTo);
  return rest < to ? search(rest, to) : -1;
}

/** The first index in `offsets[0, count)` whose offset is at least `at`. */
function lowerBound(offsets: Int32Array, count: number, at: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first recorded occurrence at or after `at`, if any. */
export function firstRecordedAtOrAfter(seen: Occurrences, at: number): number | undefined {
  const k = lowerBound(seen.offsets, seen.count, at);
  return k < seen.count ? seen.offsets[k] : undefined;
}
