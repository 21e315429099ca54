/**
 * Fuzz and pathological input, seeded and bounded (a few seconds of CPU in all):
 * - per rule: its own near-misses (test/unit/rules/adversarial.ts) at n and 4n characters,
 *   on lines and as one line, must grow linearly;
 * - the whole pipeline (every rule, then the checks) on the shared pathological shapes
 *   (test/helpers/pathological.ts, also timed by `npm run bench`): linear, within a fixed
 *   multiple of plain text per MB, every range inside the text;
 * - one multi-MB line; random texts mixing every rule's keywords with token bodies, quotes,
 *   brackets, binary bytes and all three line-ending styles; random unified diffs.
 * Asserted each time: no exception, every finding's range inside the text and consistent
 * with its line and column.
 */

import * as assert from 'assert';
import {
  createScanner, parsePatch, RULES, runChecks, runWorkspaceChecks, scanPatch, Scanner, type Finding,
} from '../../../src/core';
import { ALNUM, BASE64, crcToken, HEX, join, openaiProjectKey, rng } from '../../helpers/fakes';
import { PATHOLOGICAL_CASES, linesOf, plainText } from '../../helpers/pathological';
import { adversarialText } from '../rules/adversarial';
import { assertLinear, cpuMs, growth } from './timing';

/**
 * Per MB, no shape may cost more than this many times plain text. The densest shapes (a
 * finding or two on every line, each weighed, hashed and checked) take 150–460× here; how a
 * machine compares the two differs by up to three times, so the limit catches a blow-up by a
 * constant, not a drift: linearity is what `assertLinear` holds.
 */
const MAX_TIMES_PLAIN = 1500;

/** Every range lies inside the text, and its line/column agree with its offset. */
function assertRangesInside(text: string, findings: readonly Finding[], label: string): void {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  for (const f of findings) {
    const { start, end } = f.range;
    assert.ok(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length,
      `${label}: ${f.ruleId} range ${start.offset}..${end.offset} outside 0..${text.length}`);
    for (const p of [start, end]) {
      assert.ok(p.line >= 0 && p.column >= 0 && p.offset - p.column >= 0, `${label}: ${f.ruleId} position ${JSON.stringify(p)}`);
      // The line index may count CR-only line ends or not (see issue 12): accept either, never garbage.
      const lfStart = text.lastIndexOf('\n', p.offset - 1) + 1;
      const anyStart = lineStarts[upperBound(lineStarts, p.offset) - 1];
      assert.ok(p.offset - p.column === lfStart || p.offset - p.column === anyStart,
        `${label}: ${f.ruleId} column ${p.column} does not match offset ${p.offset}`);
    }
    assert.ok(!f.masked.includes('\u0000'), `${label}: NUL in masked value`);
  }
}

function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

describe('fuzz: every rule on its own near-misses grows linearly', function () {
  this.timeout(120_000);
  // Rules without keywords read only the first 64 KB of the files their `paths` name: bounded by that cap.
  for (const rule of RULES.filter(r => r.keywords.length > 0)) {
    it(rule.id, () => {
      const scanner = new Scanner([rule]);
      for (const sep of ['\n', '']) {
        const run = (text: string) => assertRangesInside(text, scanner.scan(text, { path: 'src/adversarial.ts' }), rule.id);
        // Medians of five: see `growth`.
        assertLinear(`${rule.id} (${sep ? 'lines' : 'one line'})`, growth(n => adversarialText(rule.keywords, sep, n), run, 40_000, 5, true, true));
      }
    });
  }
});

describe('fuzz: the generic reader on one long line of near-misses', function () {
  this.timeout(120_000);
  // At 40K characters a per-hit search back to the text's start hides under the noise floor:
  // only at a few hundred KB does it show (the SQL row reader had one, caught on a slower machine).
  it('grows linearly from 250K to 1M characters', () => {
    const rule = RULES.find(r => r.id === 'generic-secret-assignment')!;
    const scanner = new Scanner([rule]);
    const run = (text: string) => assertRangesInside(text, scanner.scan(text, { path: 'src/adversarial.ts' }), rule.id);
    assertLinear('generic-secret-assignment (one long line)', growth(n => adversarialText(rule.keywords, '', n), run, 250_000, 2));
  });
});

describe('fuzz: pathological shapes through the whole pipeline', function () {
  this.timeout(120_000);
  const scanner = createScanner();
  const pipeline = (path: string) => (text: string) => {
    const { findings } = scanner.scanCapped(text, { path });
    const checked = runChecks(findings, { path, text, git: { tracked: true } });
    assertRangesInside(text, checked, path);
    runWorkspaceChecks([{ path, findings: checked }]);
  };
  let plainMsPerMb = 0;

  before(() => {
    const text = plainText(1_000_000);
    pipeline('src/plain.ts')(text);
    plainMsPerMb = Math.min(cpuMs(() => pipeline('src/plain.ts')(text)), cpuMs(() => pipeline('src/plain.ts')(text)));
  });

  for (const c of PATHOLOGICAL_CASES) {
    it(`${c.name}: linear, within ${MAX_TIMES_PLAIN}× plain text per MB`, () => {
      const g = growth(c.build, pipeline(c.path), 20_000);
      assertLinear(c.name, g);
      const msPerMb = g.large / 0.08;
      const limit = MAX_TIMES_PLAIN * Math.max(plainMsPerMb, 10);
      assert.ok(msPerMb < limit, `${c.name}: ${msPerMb.toFixed(0)} ms/MB, plain text ${plainMsPerMb.toFixed(1)} ms/MB`);
    });
  }

  it('one 4 MB line (a bundle with keywords) scans in linear time', () => {
    const bundle = PATHOLOGICAL_CASES.find(c => c.name.startsWith('one line of a minified bundle'))!;
    const g = growth(bundle.build, pipeline(bundle.path), 1_000_000, 1);
    assertLinear('4 MB line', g);
  });
});

/** Fragments random texts are made of: keywords, near-tokens, real-shaped fakes, syntax. */
function fragments(): string[] {
  const keywords = [...new Set(RULES.flatMap(r => r.keywords))];
  const next = rng(99);
  const body = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  return [
    ...keywords,
    ...keywords.map(k => `${k}${body(ALNUM, 40)}`),
    ...keywords.map(k => `${k}="${body(ALNUM + '_-', 32)}"`),
    crcToken(join('gh', 'p_'), 3), openaiProjectKey(4), body(HEX, 40), body(BASE64, 88),
    'password = "', 'token: ', 'Authorization: Bearer ', 'print(', 'console.log(', 'process.env.', 'os.environ["',
    '"', "'", '`', '${', '#{', '{', '}', '(', ')', '[', ']', '\\', '//', '#', '/*', '*/', '"""', '-----BEGIN PRIVATE KEY-----',
    '-----END PRIVATE KEY-----', 'eyJ', '://', '@', ':', '=', ' ', '\t', '\u0000', '\uFFFD', '\uD800', '\u200B', 'é', '🔑',
    'secret-hygiene:ignore', '\n', '\r\n', '\r',
  ];
}

describe('fuzz: random texts', function () {
  this.timeout(120_000);
  const scanner = createScanner();
  const pieces = fragments();
  const paths = ['src/app.ts', 'app.py', 'main.go', '.env', 'config/prod.yaml', 'Dockerfile', 'test/fixtures/a.json', 'app/page.tsx', 'x.rb', 'run.sh'];

  it('150 seeded random texts: no exception, every range inside the text', () => {
    const next = rng(20261203);
    for (let round = 0; round < 150; round++) {
      const count = 20 + Math.floor(next() * 300);
      let text = '';
      for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)];
      const path = paths[round % paths.length];
      const label = `round ${round} (${path})`;
      const found = scanner.scan(text, { path });
      assertRangesInside(text, runChecks(found, { path, text, git: { tracked: round % 2 === 0 } }), label);
    }
  });

  it('the same lines with \\n, \\r\\n and \\r line ends: ranges inside the text for each', () => {
    const next = rng(7);
    const oneLine = pieces.filter(p => !/[\r\n]/.test(p));
    for (let round = 0; round < 30; round++) {
      const lines = Array.from({ length: 30 }, () => oneLine[Math.floor(next() * oneLine.length)] + oneLine[Math.floor(next() * oneLine.length)]);
      for (const eol of ['\n', '\r\n', '\r']) {
        const text = lines.join(eol);
        assertRangesInside(text, scanner.scan(text, { path: 'config/settings.ini' }), `round ${round} ${JSON.stringify(eol)}`);
      }
    }
  });

  it('random unified diffs: parsed and scanned without exception, findings on added lines', () => {
    const next = rng(5);
    for (let round = 0; round < 60; round++) {
      const body = linesOf(2000 + Math.floor(next() * 4000), () => {
        const r = next();
        const piece = pieces[Math.floor(next() * pieces.length)].replace(/[\r\n]/g, '');
        return r < 0.1 ? '@@ -1,3 +1,4 @@' : r < 0.15 ? `diff --git a/f${round} b/f${round}` : r < 0.2 ? `+++ b/f${round}.py` : `${r < 0.7 ? '+' : r < 0.85 ? ' ' : '-'}${piece}`;
      });
      const patch = `commit ${'a'.repeat(40)}\n${body}`;
      parsePatch(patch);
      const result = scanPatch(patch, scanner, { maxFileBytes: 3000 });
      for (const f of result.findings) assert.ok(f.line >= 1 && f.range.start.line === f.line - 1, `round ${round}: line ${f.line}`);
    }
  });

  it('a large patch scans in linear time', () => {
    const build = (size: number) => 'commit ' + 'b'.repeat(40) + '\n' + linesOf(size, i => i % 50 === 0
      ? `diff --git a/s${i}.py b/s${i}.py\n--- a/s${i}.py\n+++ b/s${i}.py\n@@ -0,0 +1,49 @@`
      : `+password = "${pieces[i % 40].replace(/\W/g, '')}${i}xQ9"`);
    assertLinear('patch', growth(build, text => void scanPatch(text, scanner), 40_000));
  });
});
