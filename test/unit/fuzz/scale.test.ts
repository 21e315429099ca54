/**
 * Scale: time grows linearly with the input and the number of findings, on the shapes that
 * used to blow up (dense `password = "…"` lines: quadratic overlap resolution; unclosed Python
 * `print(token` lines: each line re-read 1,500 characters of arguments), and a file with
 * thousands of findings reports the first MAX_FINDINGS_PER_FILE and says how many it left out.
 */

import * as assert from 'assert';
import {
  createScanner, maskSecret, MAX_FINDINGS_PER_FILE, runWorkspaceChecks, type Finding, type RawMatch, type Rule,
} from '../../../src/core';
import { resolveOverlaps } from '../../../src/core/scanner';
import { awsAccessKeyId, awsSecretKey, randomString, rng } from '../../helpers/fakes';
import { linesOf } from '../../helpers/pathological';
import { assertLinear, growth, ordinaryCodeMs } from './timing';

const passwordLine = (i: number) => `password = "${randomString(16, undefined, i + 1)}"`;

describe('scale: linear in input size and finding count', function () {
  this.timeout(120_000);
  const scanner = createScanner();
  const scan = (path: string) => (text: string) => void scanner.scanCapped(text, { path });

  it('dense `password = "…"` lines: 4× the lines cost about 4× the time (was 16×: overlap resolution compared every pair)', () => {
    assertLinear('password lines', growth(n => linesOf(n, passwordLine), scan('settings.py'), 25_000));
  });

  it('unclosed `print(token` lines (no finding at all) stay linear and cheap', () => {
    const ordinary = ordinaryCodeMs(text => scanner.scanCapped(text, { path: 'src/reference.ts' }));
    for (const line of ['print(token', 'print(token,', 'print(f"{token}', '  console.log(password +']) {
      const g = growth(n => linesOf(n, () => line), scan(line.startsWith('print') ? 'app.py' : 'app.js'), 25_000);
      assertLinear(JSON.stringify(line), g);
      // Before: ~75 s/MB (each line read 1,500 characters of arguments); now 1–1.6 s/MB here, 3–6
      // times ordinary code. How the two compare differs by machine (a CI runner once took 233 ms
      // here for 172), so the bound sits five times above today's cost and still far below the old way's 7.5 s.
      const bound = Math.max(1000, 50 * ordinary);
      assert.ok(g.large < bound, `${JSON.stringify(line)}: ${g.large.toFixed(0)} ms CPU for 100 KB (bound ${bound.toFixed(0)})`);
    }
  });

  it('a file with more findings than the cap reports the first ones and counts the rest', () => {
    const lines = MAX_FINDINGS_PER_FILE + 300;
    const text = Array.from({ length: lines }, (_, i) => passwordLine(i)).join('\n');
    const all = createScanner({ maxFindingsPerFile: Infinity }).scan(text, { path: 'settings.py' });
    assert.ok(all.length > MAX_FINDINGS_PER_FILE + 100, `${all.length} findings uncapped`);
    const { findings, dropped } = scanner.scanCapped(text, { path: 'settings.py' });
    assert.strictEqual(findings.length, MAX_FINDINGS_PER_FILE);
    assert.strictEqual(dropped, all.length - MAX_FINDINGS_PER_FILE);
    assert.deepStrictEqual(findings.map(f => f.fingerprint), all.slice(0, MAX_FINDINGS_PER_FILE).map(f => f.fingerprint));
    assert.strictEqual(scanner.scan(text, { path: 'settings.py' }).length, MAX_FINDINGS_PER_FILE);
    const under = scanner.scanCapped(text.split('\n').slice(0, 10).join('\n'), { path: 'settings.py' });
    assert.deepStrictEqual([under.findings.length, under.dropped], [10, 0]);
  });

  it('hundreds of AWS key pairs in one file link each key to its nearest partners only', () => {
    const text = Array.from({ length: 300 }, (_, i) => `aws_access_key_id = ${awsAccessKeyId(i + 1)}\naws_secret_access_key = ${awsSecretKey(i + 1)}`).join('\n');
    const found = scanner.scan(text, { path: 'dump/credentials' });
    assert.strictEqual(found.length, 600);
    for (const f of found) assert.ok(f.related && f.related.length >= 1 && f.related.length <= 4, `${f.related?.length} related`);
    // The secret on the next line is among an id's partners.
    const [id, secret] = found;
    assert.ok(id.related!.some(r => r.range.start.offset === secret.range.start.offset));
  });

  it('the same secret in thousands of environment files: cross-file check stays linear', () => {
    const finding = (i: number): Finding => ({
      ruleId: 'generic-secret-assignment', provider: 'Generic', title: 't', severity: 'warning', confidence: 'generic',
      range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 1, offset: 1 } },
      masked: maskSecret('x-fake-secret-value-y'), envVar: 'X', fingerprint: `fp${i}`, valueHash: 'same-value',
    });
    const files = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `${i % 2 ? 'config/dev' : 'config/prod'}/${i}.env`, findings: [finding(i)] }));
    // 4,000 files: at 2,000 the small run took about 15 ms, where a GC pause alone could push the ratio past 9.
    const g = growth(n => JSON.stringify(files(n)), text => void runWorkspaceChecks(JSON.parse(text)), 4000);
    assertLinear('same secret in many files', g);
    const out = runWorkspaceChecks(files(50));
    assert.match(out[0].findings[0].advice ?? '', /also used in config\/dev\/1\.env \(development\), .* and 46 more/);
  });
});

describe('resolveOverlaps: same result as comparing every pair', function () {
  this.timeout(60_000);
  const rule = (id: string, confidence: Rule['confidence']): Rule =>
    ({ id, provider: 'p', title: id, keywords: ['abc'], severity: 'warning', confidence, envVar: 'X', description: '' });
  const rules = [rule('a', 'generic'), rule('b', 'provider'), rule('c', 'verified-format')];

  /** The rule as it was: rank order, each kept unless it overlaps one already kept. */
  function reference(items: { rule: Rule; match: RawMatch }[]) {
    const rank = (x: { rule: Rule; match: RawMatch }) => ({ generic: 1, provider: 2, 'verified-format': 3 })[x.rule.confidence] * 1e6 + x.match.end - x.match.start;
    const kept: typeof items = [];
    for (const item of [...items].sort((a, b) => rank(b) - rank(a))) {
      if (!kept.some(k => item.match.start < k.match.end && k.match.start < item.match.end)) kept.push(item);
    }
    return kept.sort((a, b) => a.match.start - b.match.start);
  }

  /** `n` candidates of 20 characters, one every 25, with a longer one over every tenth gap. */
  const candidates = (n: number) => Array.from({ length: n }, (_, i) => i % 10 === 9
    ? { rule: rules[1], match: { start: (i - 1) * 25 + 10, end: (i - 1) * 25 + 40, value: 'v' } }
    : { rule: rules[i % 3], match: { start: i * 25, end: i * 25 + 20, value: 'v' } });

  it('grows linearly with the number of candidates (comparing every pair grows 16× for 4× as many)', () => {
    // The harness itself tells the two apart: the pairwise version fails the same check.
    const built = new Map<string, ReturnType<typeof candidates>>();
    const build = (n: number) => (built.set(String(n), candidates(n)), String(n));
    const pairwise = growth(build, n => void reference(built.get(n)!), 4_000, 4, false);
    assert.ok(pairwise.ratio > 9, `pairwise ×${pairwise.ratio.toFixed(1)}`);
    assertLinear('resolveOverlaps', growth(build, n => void resolveOverlaps(built.get(n)!), 50_000));
    assert.deepStrictEqual(resolveOverlaps(candidates(3_000)), reference(candidates(3_000)));
  });

  it('on 300 random sets of overlapping candidates', () => {
    const next = rng(20261203);
    for (let round = 0; round < 300; round++) {
      const items = Array.from({ length: 1 + Math.floor(next() * 40) }, () => {
        const start = Math.floor(next() * 200);
        const end = start + 1 + Math.floor(next() * 30);
        return { rule: rules[Math.floor(next() * 3)], match: { start, end, value: 'v' } };
      });
      assert.deepStrictEqual(resolveOverlaps(items), reference(items), `round ${round}`);
    }
  });
});
