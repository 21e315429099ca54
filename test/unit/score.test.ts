import * as assert from 'assert';
import { exposureScore, findingCost, gradeFor, type ScoredFinding } from '../../src/core/score';
import type { Confidence, FindingTag, Severity } from '../../src/core/types';
import { rng } from '../helpers/fakes';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const CONFIDENCES: Confidence[] = ['verified-format', 'provider', 'generic'];
const TAGS: FindingTag[] = ['client-exposed', 'over-privileged', 'live-in-test', 'shared-across-envs', 'committed', 'logged'];

function finding(over: Partial<ScoredFinding> = {}): ScoredFinding {
  const pos = { offset: 0, line: 0, column: 0 };
  return {
    ruleId: 'openai-project-key', provider: 'OpenAI', title: 'key', severity: 'error', confidence: 'verified-format',
    range: { start: pos, end: pos }, masked: 'sk…x', envVar: 'OPENAI_API_KEY', fingerprint: 'fp', valueHash: 'v1',
    path: 'src/a.ts', ...over,
  };
}

/** A random finding drawn from a small space, so duplicates (same file + value) happen often. */
function randomFinding(next: () => number): ScoredFinding {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  return finding({
    severity: pick(SEVERITIES), confidence: pick(CONFIDENCES), ruleId: pick(['a', 'b', 'c']),
    path: pick(['x.ts', 'y.py', '.env', undefined]), valueHash: pick(['v1', 'v2', 'v3', 'v4']),
    tracked: pick([true, false, undefined]), envIgnored: pick([true, false, undefined]),
    tags: TAGS.filter(() => next() < 0.2),
  });
}

describe('exposure score', () => {
  it('is 100 (A) with nothing to report', () => {
    const s = exposureScore([]);
    assert.deepStrictEqual([s.score, s.grade, s.penalty], [100, 'A', 0]);
  });

  it('never rises when a finding is added (random finding sets)', () => {
    const next = rng(20261124);
    for (let trial = 0; trial < 500; trial++) {
      const set: ScoredFinding[] = [];
      let previous = exposureScore(set).score;
      const size = 1 + Math.floor(next() * 25);
      for (let i = 0; i < size; i++) {
        set.push(randomFinding(next));
        const current = exposureScore(set).score;
        assert.ok(current <= previous, `score rose from ${previous} to ${current} at trial ${trial}`);
        assert.ok(current >= 0 && current <= 100);
        previous = current;
      }
    }
  });

  it('drops below 100 for any single finding, even a git-ignored .env info', () => {
    const s = exposureScore([finding({ severity: 'info', confidence: 'generic', envIgnored: true })]);
    assert.ok(s.score < 100, `got ${s.score}`);
  });

  it('rates a verified hardcoded key worse than a generic warning, and two keys worse than one', () => {
    const key = exposureScore([finding()]).score;
    const generic = exposureScore([finding({ severity: 'warning', confidence: 'generic' })]).score;
    const two = exposureScore([finding(), finding({ valueHash: 'v2' })]).score;
    assert.ok(key < generic && two < key, `${two} < ${key} < ${generic}`);
    assert.notStrictEqual(gradeFor(key), 'A');
  });

  it('counts the same value twice in one file once, but once per file across files', () => {
    const once = exposureScore([finding()]);
    const twiceSameFile = exposureScore([finding(), finding({ ruleId: 'generic-secret-assignment', confidence: 'generic' })]);
    const twoFiles = exposureScore([finding(), finding({ path: 'src/b.ts' })]);
    assert.strictEqual(twiceSameFile.penalty, once.penalty);
    assert.strictEqual(twoFiles.penalty, 2 * once.penalty);
  });

  it('weighs tracked files up and git-ignored .env files down', () => {
    const base = findingCost(finding());
    assert.ok(findingCost(finding({ tracked: true })) > base);
    assert.ok(findingCost(finding({ envIgnored: true })) < base);
  });

  it('weighs tagged findings up (client-exposed most), without counting "committed" and tracked twice', () => {
    const base = findingCost(finding());
    const exposed = findingCost(finding({ tags: ['client-exposed'] }));
    const logged = findingCost(finding({ tags: ['logged'] }));
    assert.ok(exposed > logged && logged > base, `${exposed} > ${logged} > ${base}`);
    assert.ok(findingCost(finding({ tags: ['client-exposed', 'logged'] })) > exposed);
    const committed = findingCost(finding({ tags: ['committed'], tracked: true }));
    assert.strictEqual(committed, findingCost(finding({ tags: ['committed'] })));
  });

  it('explains the penalty by severity, rule and file', () => {
    const s = exposureScore([
      finding({ path: 'a.ts', valueHash: '1' }), finding({ path: 'a.ts', valueHash: '2' }),
      finding({ path: 'b.py', ruleId: 'generic-secret-assignment', severity: 'warning', confidence: 'generic' }),
    ]);
    const total = (xs: { cost: number }[]) => Math.round(xs.reduce((n, x) => n + x.cost, 0) * 100) / 100;
    assert.strictEqual(total(s.breakdown.bySeverity), s.penalty);
    assert.strictEqual(total(s.breakdown.byRule), s.penalty);
    assert.deepStrictEqual(s.breakdown.topFiles.map(f => f.path), ['a.ts', 'b.py']);
    assert.strictEqual(s.breakdown.byRule[0].ruleId, 'openai-project-key');
    assert.strictEqual(s.breakdown.byRule[0].count, 2);
  });

  it('grades at the documented boundaries', () => {
    assert.deepStrictEqual([90, 89, 75, 74, 60, 59, 40, 39, 0].map(gradeFor), ['A', 'B', 'B', 'C', 'C', 'D', 'D', 'F', 'F']);
  });
});
