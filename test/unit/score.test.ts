import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createScanner, maskSecret, runChecks } from '../../src/core';
import { costParts, exposureScore, findingCost, gradeFor, SCORE_FACTORS, type ScoredFinding } from '../../src/core/score';
import type { Confidence, FindingTag, Severity } from '../../src/core/types';
import { openaiProjectKey, randomString, rng } from '../helpers/fakes';
import { WORKED_EXAMPLE } from '../helpers/workedExample';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const CONFIDENCES: Confidence[] = ['verified-format', 'provider', 'generic'];
const TAGS: FindingTag[] = ['client-exposed', 'over-privileged', 'live-in-test', 'shared-across-envs', 'committed', 'logged'];

function finding(over: Partial<ScoredFinding> = {}): ScoredFinding {
  const pos = { offset: 0, line: 0, column: 0 };
  return {
    ruleId: 'openai-project-key', provider: 'OpenAI', title: 'key', severity: 'error', confidence: 'verified-format',
    range: { start: pos, end: pos }, masked: maskSecret('sk-test-x'), envVar: 'OPENAI_API_KEY', fingerprint: 'fp', valueHash: 'v1',
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
  it('never rises when a tag is added to a finding, or a file turns out to be tracked', () => {
    const next = rng(7151);
    for (let trial = 0; trial < 500; trial++) {
      const set = Array.from({ length: 1 + Math.floor(next() * 8) }, () => randomFinding(next));
      const before = exposureScore(set);
      const i = Math.floor(next() * set.length);
      const tag = TAGS[Math.floor(next() * TAGS.length)];
      const changed = set.map((f, j) => (j !== i ? f : next() < 0.8 ? { ...f, tags: [...(f.tags ?? []), tag] } : { ...f, tracked: true }));
      const after = exposureScore(changed);
      assert.ok(after.score <= before.score && after.penalty >= before.penalty, `trial ${trial}: ${before.penalty} -> ${after.penalty}`);
    }
    // The one exchange in the model: `committed` replaces the tracked-in-git weight, and outweighs it.
    const tracked = finding({ tracked: true, tags: ['client-exposed', 'logged', 'over-privileged'] });
    assert.ok(findingCost({ ...tracked, tags: [...tracked.tags!, 'committed'] }) > findingCost(tracked));
  });

  it('does not discount a client-exposed secret in a git-ignored .env (the framework ships it anyway)', () => {
    const publicVar = finding({ envIgnored: true, tags: ['client-exposed'] });
    assert.strictEqual(findingCost(publicVar), findingCost({ ...publicVar, envIgnored: false }));
    assert.strictEqual(findingCost(finding({ envIgnored: true })), findingCost(finding()) / 4);
  });

  it('grades a workspace whose only findings are informational A, and moves with every fix when many are exposed', () => {
    const jwt = (i: number) => finding({ severity: 'info', path: `tests/test_${i}.py`, valueHash: `jwt${i}` });
    const infoOnly = exposureScore([0, 1, 2, 3, 4, 5].map(jwt));
    assert.deepStrictEqual([infoOnly.score, infoOnly.grade], [99, 'A']);
    // Six committed client-side keys, moved one by one to a git-ignored .env: the score rises at every step.
    const exposed = (i: number) => finding({ path: `app/c${i}.tsx`, valueHash: `k${i}`, tags: ['client-exposed', 'committed'] });
    const moved = (i: number) => finding({ path: '.env', valueHash: `k${i}`, envIgnored: true });
    const scores = [0, 1, 2, 3, 4, 5, 6].map(n => exposureScore([0, 1, 2, 3, 4, 5].map(i => (i < n ? moved(i) : exposed(i)))).score);
    for (let n = 1; n < scores.length; n++) assert.ok(scores[n] > scores[n - 1], `score after ${n} moved: ${scores.join(' → ')}`);
  });

  it('splits each cost into parts that add up to it: base, base × weight per tag and tracked, then the .env discount', () => {
    const next = rng(4242);
    for (let trial = 0; trial < 1000; trial++) {
      const f = randomFinding(next);
      const parts = costParts(f);
      assert.strictEqual(parts[0].factor, 'base');
      assert.ok(Math.abs(parts.reduce((n, p) => n + p.cost, 0) - findingCost(f)) < 1e-9, JSON.stringify(f));
      assert.deepStrictEqual(parts.map(p => p.factor), SCORE_FACTORS.filter(x => parts.some(p => p.factor === x)), 'parts in SCORE_FACTORS order');
      // Info findings cost nothing: one part, base 0.
      if (f.severity === 'info') assert.deepStrictEqual(parts, [{ factor: 'base', cost: 0 }]);
      else for (const p of parts) assert.ok(p.factor === 'env-ignored' ? p.cost < 0 : p.cost > 0, `${p.factor} ${p.cost}`);
    }
    const f = finding({ severity: 'warning', confidence: 'generic', tags: ['logged'], tracked: true, envIgnored: true });
    assert.deepStrictEqual(costParts(f), [
      { factor: 'base', cost: 2 }, { factor: 'logged', cost: 2 }, { factor: 'tracked', cost: 1 }, { factor: 'env-ignored', cost: -3.75 },
    ]);
  });

  it('explains the penalty by factor: the rounded parts add up to the penalty exactly', () => {
    const next = rng(99);
    for (let trial = 0; trial < 500; trial++) {
      const set = Array.from({ length: 1 + Math.floor(next() * 20) }, () => randomFinding(next));
      const s = exposureScore(set);
      const byFactor = s.breakdown.byFactor;
      const cents = byFactor.reduce((n, x) => n + Math.round(x.cost * 100), 0);
      assert.strictEqual(cents, Math.round(s.penalty * 100), `trial ${trial}: ${JSON.stringify(byFactor)} vs ${s.penalty}`);
      for (const x of byFactor) assert.strictEqual(Math.round(x.cost * 100) / 100, x.cost, 'cents');
      assert.strictEqual(byFactor[0].factor, 'base');
      // Every counted finding has a base; duplicates in one file are counted once.
      const counted = new Set(set.map(f => `${f.path ?? ''}\0${f.valueHash}`)).size;
      assert.strictEqual(byFactor[0].count, counted);
    }
    assert.deepStrictEqual(exposureScore([]).breakdown.byFactor, []);
  });

  it('computes the documented worked example (docs/score.md) with the real rules and checks', () => {
    const key = openaiProjectKey(7);
    const files = [
      { path: 'app/components/Chat.tsx', tracked: true, envIgnored: false,
        text: `"use client";\nconst client = new OpenAI({ apiKey: "${key}", dangerouslyAllowBrowser: true });\n` },
      { path: 'app/server.ts', tracked: true, envIgnored: false,
        text: 'export function start() {\n  console.log("key", process.env.OPENAI_API_KEY);\n}\n' },
      { path: '.env', tracked: false, envIgnored: true, text: `DB_PASSWORD=${randomString(20, undefined, 3)}\n` },
    ];
    const scanner = createScanner();
    // As the CLI does it: the checks get the git facts, the score gets tracked/envIgnored.
    const findings: ScoredFinding[] = files.flatMap(file =>
      runChecks(scanner.scan(file.text, { path: file.path }), { path: file.path, text: file.text, git: { tracked: file.tracked, envNotIgnored: false } })
        .map(f => ({ ...f, path: file.path, tracked: file.tracked, ...(file.envIgnored ? { envIgnored: true } : {}) })));
    const described = findings.map(f => [f.path, f.ruleId, f.severity, f.confidence, f.tags ?? []]);
    assert.deepStrictEqual(described, [
      ['app/components/Chat.tsx', 'openai-project-key', 'error', 'provider', ['client-exposed', 'committed']],
      ['app/server.ts', 'secret-logged', 'warning', 'generic', ['logged']],
      ['.env', 'generic-secret-assignment', 'warning', 'generic', []],
    ]);
    // Each finding, step by step.
    assert.deepStrictEqual(findings.map(costParts), [
      [{ factor: 'base', cost: 8 }, { factor: 'client-exposed', cost: 16 }, { factor: 'committed', cost: 12 }],
      [{ factor: 'base', cost: 2 }, { factor: 'logged', cost: 2 }, { factor: 'tracked', cost: 1 }],
      [{ factor: 'base', cost: 2 }, { factor: 'env-ignored', cost: -1.5 }],
    ]);
    assert.deepStrictEqual(findings.map(findingCost), [36, 5, 0.5]);
    const s = exposureScore(findings);
    assert.deepStrictEqual([s.penalty, s.score, s.grade], [WORKED_EXAMPLE.penalty, WORKED_EXAMPLE.score, WORKED_EXAMPLE.grade]);
    assert.deepStrictEqual(s.breakdown.byFactor, WORKED_EXAMPLE.byFactor);
    // The fix the docs describe: the key moves to the ignored .env, the log line goes.
    const fixed = exposureScore([
      { ...findings[0], path: '.env', tags: [], tracked: false, envIgnored: true },
      findings[2],
    ]);
    assert.deepStrictEqual([fixed.penalty, fixed.score, fixed.grade], [2.5, 91, 'A']);
  });
  it('docs/score.md opens with the model as score.ts documents it (its header comment is the source)', () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    const source = fs.readFileSync(path.join(root, 'src', 'core', 'score.ts'), 'utf8');
    const header = source.slice(source.indexOf('/**') + 3, source.indexOf('*/'))
      .split('\n').map(line => line.replace(/^ \*( |$)/, '').trimEnd()).join('\n');
    const model = header.slice(header.indexOf('## How the exposure score is computed')).trim().replace(/^## /, '# ');
    const doc = fs.readFileSync(path.join(root, 'docs', 'score.md'), 'utf8');
    assert.ok(doc.startsWith(model + '\n'), 'docs/score.md differs from the score.ts header: copy the header over');
  });
});
