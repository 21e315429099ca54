/**
 * Every rule must stay fast on hostile input: ~100 KB of near-misses built from its own
 * keywords (bodies one character short, runs of body characters that never terminate,
 * repeated prefixes, unclosed PEM blocks and URLs). A catastrophic regex shows up here as
 * seconds, not milliseconds.
 */

import * as assert from 'assert';
import { performance } from 'perf_hooks';
import { RULES, scanText } from '../../../src/core';
import { adversarialText } from './adversarial';

const BUDGET_MS = 50;

/**
 * Best of at least three runs (up to five while over budget), so a GC pause or a busy
 * machine does not fail the test; a catastrophic pattern is slow on every run.
 */
function bestOf(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5 && (i < 3 || best >= BUDGET_MS); i++) {
    const t0 = performance.now();
    scanText(text, { path: 'src/adversarial.ts' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('rules: bounded time on adversarial input', function () {
  this.timeout(120_000);

  for (const rule of RULES) {
    it(`${rule.id} stays under ${BUDGET_MS} ms on 100 KB of near-misses`, () => {
      for (const sep of ['\n', '']) {
        const text = adversarialText(rule.keywords, sep);
        const ms = bestOf(text);
        assert.ok(ms < BUDGET_MS, `${rule.id} (${sep ? 'lines' : 'one line'}): ${ms.toFixed(1)} ms`);
      }
    });
  }
});
