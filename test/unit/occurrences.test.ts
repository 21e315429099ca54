/**
 * Watched literals (`Rule.watches`): the scan's keyword pass records where they occur, and a
 * rule reads the record instead of searching. What a rule learns must be exactly what its own
 * search of the text would find: at chunk edges, past where the pass has read, in text that is
 * not all ASCII, and past the record's cap.
 */

import * as assert from 'assert';
import { Scanner } from '../../src/core/scanner';
import { firstWithin, nextOccurrence } from '../../src/core/occurrences';
import type { RawMatch, Rule, RuleContext, WatchedLiterals } from '../../src/core/types';
import { rng } from '../helpers/fakes';

const WATCH: WatchedLiterals = { literals: ['env', 'envelope', 'Token', 'api_key'] };
const LOWER = WATCH.literals.map(l => l.toLowerCase());

/** Every place a literal begins in `[from, to)` (`fit`: and ends by `to`), the obvious way. */
function naive(lower: string, from: number, to: number, fit: boolean): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (beginsAt(lower, i, to, fit)) out.push(i);
  return out;
}

function beginsAt(lower: string, i: number, to: number, fit: boolean): boolean {
  return LOWER.some(l => lower.startsWith(l, i) && (!fit || i + l.length <= to));
}

/** The search a rule would do without the record. */
function searchFor(text: string, fit: boolean) {
  const lower = asciiLower(text);
  return (from: number, to: number) => {
    for (let i = from; i < to; i++) if (beginsAt(lower, i, to, fit)) return i;
    return -1;
  };
}

/** Lower-cases ASCII letters only, as the keyword pass folds them. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, c => c.toLowerCase());
}

/**
 * A rule keyed on `#` that, in each window, lists where WATCH's literals begin (and fit) by
 * the helpers, and also by searching: the test compares both with the naive answer.
 */
function probeRule(seen: { window: [number, number]; begins: number[]; fits: number[] }[]): Rule {
  return {
    id: 'probe', provider: 'Test', title: 'probe', keywords: ['###'], watches: [WATCH],
    window: { before: 300, after: 3000 },
    find: (window: string, start: number, ctx: RuleContext): RawMatch[] => {
      const end = start + window.length;
      const begins: number[] = [];
      const fits: number[] = [];
      const [anyEnd, fitting] = [searchFor(ctx.text, false), searchFor(ctx.text, true)];
      for (let at = nextOccurrence(ctx, WATCH, start, end, anyEnd); at >= 0; at = nextOccurrence(ctx, WATCH, at + 1, end, anyEnd)) begins.push(at);
      for (let at = firstWithin(ctx, WATCH, start, end, fitting); at >= 0; at = firstWithin(ctx, WATCH, at + 1, end, fitting)) fits.push(at);
      seen.push({ window: [start, end], begins, fits });
      return [];
    },
    severity: 'warning', confidence: 'generic', envVar: 'X',
  };
}

function check(text: string, label: string): number {
  const seen: { window: [number, number]; begins: number[]; fits: number[] }[] = [];
  new Scanner([probeRule(seen)]).scan(text, { path: 'probe.txt' });
  const lower = asciiLower(text);
  for (const { window: [from, to], begins, fits } of seen) {
    assert.deepStrictEqual(begins, naive(lower, from, to, false), `${label}: literals beginning in [${from}, ${to})`);
    assert.deepStrictEqual(fits, naive(lower, from, to, true), `${label}: literals within [${from}, ${to})`);
  }
  return seen.length;
}

describe('watched literals', function () {
  this.timeout(60_000);

  it('tell a rule exactly where its literals occur, across chunk edges and past where the pass has read', () => {
    const random = rng(20261203);
    const pieces = ['env', 'ENVELOPE', 'token', 'Api_Key', 'api_ke', 'en', ' ', '\n', 'x', '###', 'é', '\u{1F511}'];
    for (let round = 0; round < 12; round++) {
      let text = '';
      // Long enough for several 16 K chunks; windows then straddle the chunk edges.
      while (text.length < 60_000) text += pieces[Math.floor(random() * pieces.length)];
      assert.ok(check(text, `round ${round}`) > 0, 'the probe ran');
    }
  });

  it('stay exact past the record\'s cap, where the rule searches for itself', () => {
    // 150,000 occurrences (more than a watch records), then probes near the end.
    const text = 'env '.repeat(150_000) + '### api_key Token envelope ###\n';
    assert.ok(check(text, 'capped') > 0, 'the probe ran');
  });

  it('outside a scan, the rule\'s own search answers', () => {
    const text = 'a env b Token c';
    const ctx: RuleContext = { text, configLike: false };
    assert.strictEqual(nextOccurrence(ctx, WATCH, 0, text.length, searchFor(text, false)), 2);
    assert.strictEqual(firstWithin(ctx, WATCH, 3, text.length, searchFor(text, true)), 8);
    assert.strictEqual(firstWithin(ctx, WATCH, 8, 12, searchFor(text, true)), -1, '`Token` does not end by 12');
  });
});
