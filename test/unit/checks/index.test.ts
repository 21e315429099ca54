import * as assert from 'assert';
import { RULES, Scanner, TAG_WEIGHTS, runChecks, scanText, tagMultiplier, type FindingTag, type Rule } from '../../../src/core';
import { join, openaiProjectKey, randomString, token } from '../../helpers/fakes';
import { assertLinear, growth } from '../fuzz/timing';

describe('runChecks', () => {
  it('combines the per-file checks: exposure, privilege, live keys, committed, and tags code-rule findings', () => {
    const path = 'src/components/Pay.test.tsx'.replace('.test', '');
    const text = [
      '"use client";',
      `const stripe = Stripe("${token(join('sk_', 'live_'), 24)}");`,
      'console.log(process.env.NEXT_PUBLIC_OPENAI_API_KEY, apiKey);',
    ].join('\n');
    const out = runChecks(scanText(text, { path }), { path, text, git: { tracked: true } });
    const tags = Object.fromEntries(out.map(f => [f.ruleId, f.tags]));
    assert.deepStrictEqual(tags['stripe-secret-key'], ['client-exposed', 'over-privileged', 'committed']);
    assert.deepStrictEqual(tags['client-exposed-env-var'], ['client-exposed']);
    assert.deepStrictEqual(tags['secret-logged'], ['logged']);
  });

  it('does not mutate its input', () => {
    const text = `const k = "${openaiProjectKey()}";`;
    const findings = scanText(text, { path: 'public/k.js' });
    const before = JSON.stringify(findings);
    runChecks(findings, { path: 'public/k.js', text, git: { tracked: true } });
    assert.strictEqual(JSON.stringify(findings), before);
  });
});

describe('score inputs', () => {
  it('every tag has a non-negative weight, so adding a tag never lowers a finding\'s cost', () => {
    const tags = Object.keys(TAG_WEIGHTS) as FindingTag[];
    for (const t of tags) assert.ok(TAG_WEIGHTS[t] >= 0, t);
    let previous = tagMultiplier([]);
    for (let i = 1; i <= tags.length; i++) {
      const m = tagMultiplier(tags.slice(0, i));
      assert.ok(m >= previous);
      previous = m;
    }
    assert.ok(TAG_WEIGHTS['client-exposed'] >= Math.max(...tags.map(t => TAG_WEIGHTS[t])), 'client exposure weighs most');
    assert.strictEqual(tagMultiplier(['committed', 'committed']), tagMultiplier(['committed']));
  });
});

/**
 * Best of three runs, in milliseconds of CPU time: wall-clock time on a busy CI machine
 * measures the other processes too.
 */
function bestOf3(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

function rule(id: string): Rule {
  return RULES.find(r => r.id === id)!;
}

describe('bounded time on 100 KB adversarial input', () => {
  const SIZE = 100 * 1024;
  const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // Each shape at any size: a prefix, then a unit repeated.
  const shapes: [string, string, string, string][] = [
    ['unclosed output calls', 'a.js', '', 'console.log(apiKey, '],
    ['nested output calls', 'a.js', '', 'console.log('],
    ['dense secret arguments', 'a.js', '', 'console.log(apiKey,apiKey,process.env.OPENAI_API_KEY,!!apiKey,mask(apiKey));'],
    ['unterminated template interpolations', 'a.js', 'console.log(`', '${apiKey'],
    ['f-string braces', 'a.py', 'print(f"', '{api_key'],
    ['one minified line of calls', 'bundle.js', '', 'e.log(t.apiKey);r.json(n);'],
    ['Ruby parenless calls', 'a.rb', '', 'puts "#{api_key}" '],
    ['shell variables', 'a.sh', '', 'echo $OPENAI_API_KEY ${GITHUB_TOKEN} '],
    ['PHP interpolation', 'a.php', '', 'echo "$apiKey->x $apiKey";'],
    ['client env names', '.env', '', 'NEXT_PUBLIC_OPENAI_API_KEY=x\n'],
    ['client env reads', 'a.ts', '', 'process.env.NEXT_PUBLIC_OPENAI_API_KEY;'],
    ['prefix soup', 'a.ts', '', 'PUBLIC_VITE_REACT_APP_'],
  ];
  // Growth (25 KB against 100 KB, CPU time) says whether the work is linear whatever else runs on
  // the machine; a fixed 50 ms budget failed on a loaded 2-core CI box while the scans took
  // 15–40 ms on a quiet one. The budget stays, ten times looser, for a blow-up by a constant.
  for (const id of ['secret-logged', 'client-exposed-env-var']) {
    for (const [name, path, prefix, unit] of shapes) {
      it(`${id}: ${name} grows linearly and stays far under 500 ms`, () => {
        const scanner = new Scanner([rule(id)]);
        const build = (size: number) => prefix + fill(unit, size);
        assertLinear(`${id}: ${name}`, growth(build, text => void scanner.scan(text, { path }), SIZE / 4));
        const ms = bestOf3(() => scanner.scan(build(SIZE), { path }));
        assert.ok(ms < 500, `${ms.toFixed(1)} ms`);
      });
    }
    it(`${id}: random text stays far under 500 ms`, () => {
      const scanner = new Scanner([rule(id)]);
      const text = randomString(SIZE);
      assert.ok(bestOf3(() => scanner.scan(text, { path: 'a.ts' })) < 500);
    });
  }

  // Inputs that defeat every gate on purpose: each line binds a name or judges a call on one, and
  // nothing reaches the findings cap. Their cost is the check's own work, so growth is what is
  // asserted (n against 4n, as the fuzz tests do), not a budget a busy machine can break.
  const bindingShapes: [string, string, (size: number) => string][] = [
    ['names bound to secret env reads', 'a.py', size => 'k = os.environ["OPENAI_API_KEY"]\nprint(len(k), t[:4])\nt = os.getenv("GITHUB_TOKEN")\n'.repeat(Math.ceil(size / 90)).slice(0, size)],
    ['loggers bound under many names', 'a.py', size => 'import logging\n' + Array.from({ length: Math.ceil(size / 40) }, (_, i) => `l${i} = logging.getLogger("x")\nl${i}.info(len(api_key))\n`).join('').slice(0, size)],
  ];
  for (const [name, path, build] of bindingShapes) {
    it(`secret-logged: ${name} grows linearly`, () => {
      const scanner = new Scanner([rule('secret-logged')]);
      assertLinear(name, growth(build, text => void scanner.scan(text, { path }), 50 * 1024));
    });
  }

  // Each line pair is a finding and a check: about 160 ms here, so the bound (1 s) only catches a
  // blow-up, and growth catches work that is not linear in the number of names.
  it('a scan of 100 KB of distinct names bound to found keys and printed grows linearly', () => {
    const build = (size: number) => Array.from({ length: Math.ceil(size / 60) }, (_, i) => `const k${i} = "${openaiProjectKey(i)}";\nconsole.log(k${i});\n`).join('').slice(0, size);
    const text = build(SIZE);
    assert.ok(scanText(text, { path: 'src/keys.js' }).some(f => f.ruleId === 'secret-logged'));
    const g = growth(build, t => void scanText(t, { path: 'src/keys.js' }), SIZE / 4);
    assertLinear('distinct names bound to keys', g);
    assert.ok(g.large < 1000, `${g.large.toFixed(1)} ms`);
  });

  it('runChecks on a 100 KB client file with many findings stays fast', () => {
    const text = '"use client";\n' + fill(`const k = "${openaiProjectKey(7)}";\n`);
    const findings = scanText(text, { path: 'src/components/K.tsx' });
    const ms = bestOf3(() => runChecks(findings, { path: 'src/components/K.tsx', text, git: { tracked: true } }));
    assert.ok(findings.length > 100);
    assert.ok(ms < 50, `${ms.toFixed(1)} ms`);
  });
});
