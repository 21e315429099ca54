/**
 * Incremental re-scan for big documents, the editor's path on each keystroke. A full scan of
 * a 5,000-line (196 KB) TypeScript file takes ~4.5 ms on a quiet 2-core machine (`npm run bench`)
 * and many times that under load: too much per keystroke. Above INCREMENTAL_MIN_CHARS (where a
 * full scan would pass ~2 ms) only the edited lines plus a margin are re-scanned, and earlier
 * findings elsewhere are kept, shifted past the edit: ~0.25 ms for that file, same findings as
 * a full scan (test/unit/incremental.test.ts checks this after random edits).
 *
 * Limits, accepted because a full re-scan runs on save and on open: a multi-line secret
 * (PEM block) typed far from its header, and AWS id ↔ secret pairing across the edit boundary,
 * are only picked up by that full scan.
 *
 * Host-agnostic: positions come from a `positionAt` callback (the editor's document, or a
 * `LineIndex`).
 */

import type { Finding, Position, Span } from './types';

export const INCREMENTAL_MIN_CHARS = 64 * 1024;
/** Lines re-scanned above and below an edit: covers "name on the line above" and ignore comments. */
const MARGIN_LINES = 3;

/** What changed since the last scan, in the current text's offsets. */
export interface DirtyRegion {
  start: number;
  end: number;
  /** Total length change; text after `end` moved by this much. */
  delta: number;
}

export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** Folds one more change (applied after the earlier ones) into the dirty region. */
export function addChange(dirty: DirtyRegion | undefined, c: TextChange): DirtyRegion {
  const grow = c.text.length - c.rangeLength;
  const changeEnd = c.rangeOffset + c.text.length;
  if (!dirty) return { start: c.rangeOffset, end: changeEnd, delta: grow };
  const oldEnd = c.rangeOffset + c.rangeLength;
  // Map the earlier region through this change, then take the union with it.
  const mapStart = dirty.start < c.rangeOffset ? dirty.start : dirty.start >= oldEnd ? dirty.start + grow : c.rangeOffset;
  const mapEnd = dirty.end <= c.rangeOffset ? dirty.end : dirty.end >= oldEnd ? dirty.end + grow : changeEnd;
  return { start: Math.min(mapStart, c.rangeOffset), end: Math.max(mapEnd, changeEnd), delta: dirty.delta + grow };
}

export interface IncrementalInput {
  text: string;
  /** Findings of the previous scan (before suppressions), in the previous text's offsets. */
  previous: readonly Finding[];
  dirty: DirtyRegion;
  positionAt: (offset: number) => { line: number; character: number };
  scan: (slice: string) => Finding[];
}

/** Re-scans the edited lines; returns all findings in the current text's offsets. */
export function rescanRegion({ text, previous, dirty, positionAt, scan }: IncrementalInput): Finding[] {
  const at = (offset: number): Position => {
    const p = positionAt(offset);
    return { offset, line: p.line, column: p.character };
  };
  // Earlier findings in current offsets; those the edit touched are dropped (re-found below).
  const oldDirtyEnd = dirty.end - dirty.delta;
  const carried: Finding[] = [];
  for (const f of previous) {
    if (f.range.end.offset <= dirty.start) carried.push(f);
    else if (f.range.start.offset >= oldDirtyEnd) carried.push(shift(f, dirty, at));
  }
  let from = linesBefore(text, dirty.start, MARGIN_LINES);
  let to = linesAfter(text, dirty.end, MARGIN_LINES);
  // A kept finding straddling the window would be cut in half: widen to cover it.
  for (const f of carried) {
    if (f.range.start.offset < to && f.range.end.offset > from) {
      from = Math.min(from, linesBefore(text, f.range.start.offset, 0));
      to = Math.max(to, linesAfter(text, f.range.end.offset, 0));
    }
  }
  const fresh = scan(text.slice(from, to)).map(f => moveBy(f, from, at));
  const outside = carried.filter(f => f.range.end.offset <= from || f.range.start.offset >= to);
  return [...outside, ...fresh].sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** Moves a finding that sat after the edit by the edit's length change. */
function shift(f: Finding, dirty: DirtyRegion, at: (o: number) => Position): Finding {
  const oldDirtyEnd = dirty.end - dirty.delta;
  const moved = (span: Span): Span => span.start.offset >= oldDirtyEnd
    ? { start: at(span.start.offset + dirty.delta), end: at(span.end.offset + dirty.delta) }
    : span;
  return {
    ...f,
    range: moved(f.range),
    ...(f.related ? { related: f.related.map(r => ({ ...r, range: moved(r.range) })) } : {}),
  };
}

/** Converts a finding of a slice starting at `base` into document positions. */
function moveBy(f: Finding, base: number, at: (o: number) => Position): Finding {
  const span = (s: Span): Span => ({ start: at(s.start.offset + base), end: at(s.end.offset + base) });
  return {
    ...f,
    range: span(f.range),
    ...(f.related ? { related: f.related.map(r => ({ ...r, range: span(r.range) })) } : {}),
  };
}

/** Start of the line `n` lines above the one holding `offset`. */
function linesBefore(text: string, offset: number, n: number): number {
  let i = Math.min(offset, text.length);
  for (let k = 0; k <= n; k++) {
    const nl = text.lastIndexOf('\n', i - 1);
    if (nl < 0) return 0;
    i = k === n ? nl + 1 : nl;
  }
  return i;
}

/** End (after the newline) of the line `n` lines below the one holding `offset`. */
function linesAfter(text: string, offset: number, n: number): number {
  let i = offset;
  for (let k = 0; k <= n; k++) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
  }
  return i;
}
