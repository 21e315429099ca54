/** `secret-hygiene rules`: the catalogue as a list, one rule explained, and as JSON. */

import * as assert from 'assert';
import { RULES } from '../../../src/core';
import { ensureBuilt, runCli } from './run';

describe('CLI rules command', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('lists every rule once with its default severity, in 80 columns', () => {
    const run = runCli(['rules']);
    assert.strictEqual(run.code, 0, run.stderr);
    const listed = run.stdout.split('\n').map(l => /^(\S+) +(error|warning|info) +\S/.exec(l)?.[1]).filter(Boolean);
    assert.deepStrictEqual(listed, RULES.map(r => r.id));
    assert.deepStrictEqual(run.stdout.split('\n').filter(l => l.length > 80), []);
    assert.match(run.stdout, new RegExp(`\\n${RULES.length} rules\\. Explain one: secret-hygiene rules RULE-ID\\n$`));
  });

  it('explains one rule: what it finds, where to rotate, how to configure it', () => {
    const run = runCli(['rules', 'github-pat']);
    assert.strictEqual(run.code, 0, run.stderr);
    const rule = RULES.find(r => r.id === 'github-pat')!;
    assert.match(run.stdout, /^github-pat: GitHub personal access token \(classic\)\n/);
    assert.ok(run.stdout.includes(`rotate            ${rule.rotateUrl}`));
    assert.match(run.stdout, /env variable {6}GITHUB_TOKEN/);
    assert.match(run.stdout, /\{"rules": \{"github-pat": "off"\}\}/);
    assert.match(run.stdout, /secret-hygiene:ignore github-pat/);
  });

  it('--format json gives the same facts for tools, for all rules or one', () => {
    const all = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string; severity: string; envVar: string; rotateUrl?: string }[];
    assert.deepStrictEqual(all.map(r => [r.id, r.severity, r.envVar, r.rotateUrl]), RULES.map(r => [r.id, r.severity, r.envVar, r.rotateUrl]));
    const one = JSON.parse(runCli(['rules', 'secret-logged', '--format', 'json']).stdout);
    assert.strictEqual(one.id, 'secret-logged');
    assert.ok(!('pattern' in one) && !('keywords' in one));
  });

  it('exits 2 for an unknown rule or a scan option', () => {
    const unknown = runCli(['rules', 'github-pta']);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /no rule "github-pta"/);
    assert.strictEqual(runCli(['rules', '--fail-on', 'error']).code, 2);
    assert.strictEqual(runCli(['rules', 'a', 'b']).code, 2);
  });
});
