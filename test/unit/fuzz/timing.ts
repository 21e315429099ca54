/**
 * Timing for the scale and fuzz tests. They compare a text of size n with one of size 4n
 * instead of holding a fixed budget: linear work takes about 4× as long, quadratic work 16×,
 * whatever else runs on the machine. CPU time of this process is used (other jobs on a
 * shared 2-core machine stretch wall time, not the work we do) and each size is timed a few
 * times, keeping the best, so a GC pause or a JIT tier-up does not decide.
 */

import * as assert from 'assert';
import { readFileSync } from 'fs';

/** Largest accepted time ratio between the 4n and the n input (linear ≈ 4, quadratic ≈ 16). */
export const MAX_GROWTH = 9;
/** Below this the 4n input is too fast for a ratio to mean anything (and fast enough anyway). */
const NOISE_FLOOR_MS = 15;

/** CPU milliseconds of one call. */
export function cpuMs(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/**
 * Times `run` on `build(n)` and `build(4n)`, best of `rounds` each (interleaved), taking up to
 * two more rounds (with `retry`) while the ratio looks too high. The JIT is warmed on the small input first.
 * With `median`, each size's median time is compared instead of its best: a small input that now
 * and then runs free of garbage collection makes "best of" ratios jump (a scan that allocates
 * much, as the generic reader on thousands of distinct names does).
 * The small input is timed as four runs in a row (their mean is its time): each timing then
 * allocates as much as one run of the large input, so a collection falls into either side
 * alike instead of sparing the small one (CI once measured 2.8 ms against 27.2 ms that way).
 */
export function growth(build: (size: number) => string, run: (text: string) => void, n: number, rounds = 2, retry = true, median = false): Growth {
  const small = build(n), large = build(4 * n);
  run(small);
  const smalls: number[] = [], larges: number[] = [];
  const pick = (xs: number[]) => (median ? [...xs].sort((a, b) => a - b)[xs.length >> 1] : Math.min(...xs));
  for (let i = 0; i < rounds + (retry ? 2 : 0) && (i < rounds || ratioOf(pick(smalls), pick(larges)) > MAX_GROWTH); i++) {
    smalls.push(cpuMs(() => { for (let k = 0; k < 4; k++) run(small); }) / 4);
    larges.push(cpuMs(() => run(large)));
  }
  return { small: pick(smalls), large: pick(larges), ratio: ratioOf(pick(smalls), pick(larges)) };
}

function ratioOf(small: number, large: number): number {
  return large < NOISE_FLOOR_MS ? 0 : large / Math.max(small, 1);
}

/** Fails when going from n to 4n cost more than MAX_GROWTH times as much. */
export function assertLinear(label: string, g: Growth): void {
  assert.ok(g.ratio <= MAX_GROWTH,
    `${label}: ${g.small.toFixed(1)} ms CPU for n, ${g.large.toFixed(1)} ms for 4n (×${g.ratio.toFixed(1)}; linear is about ×4)`);
}

/**
 * CPU milliseconds to scan 100 KB of ordinary code (TypeScript's compiler) on this machine, best
 * of five: a bound written as a multiple of it holds on a slower or busier runner as it does here.
 */
export function ordinaryCodeMs(scanText: (text: string) => unknown): number {
  const text = readFileSync(require.resolve('typescript/lib/typescript.js'), 'utf8').slice(1_000_000, 1_100_000);
  let best = Infinity;
  for (let i = 0; i < 5; i++) best = Math.min(best, cpuMs(() => void scanText(text)));
  return best;
}
