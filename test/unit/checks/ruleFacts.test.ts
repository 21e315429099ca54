import * as assert from 'assert';
import { annotateLeastPrivilege, annotateLiveInTest, maskSecret, Scanner, type Finding, type Rule } from '../../../src/core';
import { namesASecret } from '../../../src/core/rules/secretNames';
import { PROVIDER_RULES } from '../../../src/core/rules/providers';
import { randomString } from '../../helpers/fakes';

/** A bare finding of `ruleId`, as the scanner would hand it to the checks. */
function findingOf(ruleId: string, detail?: string): Finding {
  const at = { offset: 0, line: 0, column: 0 };
  return {
    ruleId, provider: 'X', title: 'x', severity: 'warning', confidence: 'provider', range: { start: at, end: at },
    masked: maskSecret('abc-fake-xyz'), envVar: 'X_KEY', fingerprint: 'f', valueHash: 'h', ...(detail ? { detail } : {}),
  };
}

describe('checks read provider facts from the rule data', () => {
  it('two rules that name each other in pairedWith are linked, whatever the provider', () => {
    // Before: only the AWS pair was linked (a list inside scanner.ts).
    const rule = (id: string, prefix: string, pairedWith: string): Rule => ({
      id, provider: 'Acme', title: id, keywords: [prefix], pattern: new RegExp(`${prefix}[a-z0-9]{20}`),
      confidence: 'provider', severity: 'error', envVar: 'ACME_KEY', pairedWith,
    });
    const scanner = new Scanner([rule('acme-key-id', 'acmeid', 'acme-key-secret'), rule('acme-key-secret', 'acmesk', 'acme-key-id')]);
    const [a, b] = scanner.scan(`id = acmeid${randomString(20, 'abc123')}\nsecret = acmesk${randomString(20, 'xyz789')}\n`, { path: 'a.txt' });
    assert.deepStrictEqual([a.related?.map(r => r.ruleId), b.related?.map(r => r.ruleId)], [['acme-key-secret'], ['acme-key-id']]);
  });

  it('every rule with fixed narrower advice gets the over-privileged tag; others do not', () => {
    for (const r of PROVIDER_RULES) {
      const [f] = annotateLeastPrivilege([findingOf(r.id)]);
      if (typeof r.narrower === 'string') assert.deepStrictEqual([f.tags, f.advice], [['over-privileged'], r.narrower], r.id);
      else if (!r.narrower) assert.strictEqual(f.tags, undefined, r.id);
    }
  });

  it('live-mode rules, and only they, are tagged live-in-test in a test file', () => {
    const live = PROVIDER_RULES.filter(r => r.liveMode).map(r => r.id);
    assert.ok(live.includes('stripe-secret-key') && live.includes('stripe-restricted-key'));
    const tagged = PROVIDER_RULES.filter(r => annotateLiveInTest([findingOf(r.id)], 'test/payments.test.ts')[0].tags?.includes('live-in-test'));
    assert.deepStrictEqual(tagged.map(r => r.id), live);
  });

  it('a rule\'s envVar and secretNames are secret names for the checks', () => {
    for (const n of ['SOPS_AGE_KEY', 'TEAM_AGE_KEY', 'CF_ORIGIN_CA_KEY', 'SESSION_JWT', 'PROXY_BASIC_AUTH']) assert.ok(namesASecret(n), n);
    const named = PROVIDER_RULES.filter(r => r.secretNames);
    assert.ok(named.length >= 4);
  });
});
