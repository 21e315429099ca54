/**
 * A cap on findings per file for the code rules (`secret-logged`, `client-exposed-env-var`).
 * They report code patterns, not secrets: past a few hundred in one file (generated or
 * minified code) more of the same adds nothing, while each finding costs the scanner
 * masking, hashing and suppression checks. Counted per scan: the scanner makes a fresh
 * RuleContext for every `scan` call, and rule finders only see windows of the file.
 */

import type { RuleContext } from '../types';

export const MAX_CODE_FINDINGS_PER_FILE = 200;

const counts = new WeakMap<RuleContext, number>();

export function underFileCap(ctx: RuleContext): boolean {
  return (counts.get(ctx) ?? 0) < MAX_CODE_FINDINGS_PER_FILE;
}

/** Counts one more finding; false when the file already reached the cap (do not report it). */
export function countFinding(ctx: RuleContext): boolean {
  const n = counts.get(ctx) ?? 0;
  if (n >= MAX_CODE_FINDINGS_PER_FILE) return false;
  counts.set(ctx, n + 1);
  return true;
}
