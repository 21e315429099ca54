import * as assert from 'assert';
import { annotateLeastPrivilege, scanText, type Finding } from '../../../src/core';
import {
  ALNUM, BASE32, OPENAI_MARKER, URLSAFE, anthropicKey, awsAccessKeyId, crcToken, gcpServiceAccountJson, join, openaiProjectKey,
  pypiToken, randomString, token,
} from '../../helpers/fakes';

function privileges(path: string, text: string): Finding[] {
  return annotateLeastPrivilege(scanText(text, { path }), text);
}

const openaiAdminKey = () => join('sk-', 'admin-', randomString(40, URLSAFE), OPENAI_MARKER, randomString(40, URLSAFE));

describe('annotateLeastPrivilege', () => {
  it('tags admin keys, unrestricted Stripe live keys, long-term AWS keys and classic PATs, saying what to use instead', () => {
    const cases: [string, RegExp][] = [
      [openaiAdminKey(), /project key or a service-account key/],
      [anthropicKey('admin01'), /regular API key .* workspace/],
      [token(join('sk_', 'live_'), 24), /restricted key \(rk_live_\)/],
      [awsAccessKeyId(), /IAM role .* short-lived STS credentials/],
      [crcToken(join('gh', 'p_')), /fine-grained token/],
    ];
    for (const [secret, advice] of cases) {
      const [f] = privileges('src/app.ts', `const credential = "${secret}";`);
      assert.deepStrictEqual(f.tags, ['over-privileged'], f.ruleId);
      assert.match(f.advice!, advice, f.ruleId);
      assert.ok(!f.advice!.includes(secret.slice(8, 20)));
    }
  });

  it('leaves narrower credentials alone: project keys, restricted keys, STS keys, fine-grained PATs, API keys', () => {
    const narrow = [
      openaiProjectKey(), anthropicKey('api03'), token(join('rk_', 'live_'), 24), join('AS', 'IA', randomString(16, BASE32)),
      join('github_', 'pat_', randomString(22, ALNUM), '_', randomString(59, ALNUM)),
    ];
    for (const secret of narrow) {
      const found = privileges('src/app.ts', `const credential = "${secret}";`);
      assert.ok(found.length > 0, secret.slice(0, 6));
      assert.deepStrictEqual(found.filter(f => f.tags?.includes('over-privileged')).map(f => f.ruleId), []);
    }
  });

  it('tags user-wide PyPI tokens but not project-scoped ones', () => {
    const [wide] = privileges('.pypirc', `password = ${pypiToken()}`).filter(f => f.ruleId === 'pypi-api-token');
    assert.deepStrictEqual(wide.tags, ['over-privileged']);
    assert.match(wide.advice!, /project-scoped token/);
    const scoped = pypiToken(['{"version": 1, "permissions": {"projects": ["demo"]}}']);
    const [narrow] = privileges('.pypirc', `password = ${scoped}`).filter(f => f.ruleId === 'pypi-api-token');
    assert.strictEqual(narrow.tags, undefined);
  });

  it('tags a service-account key only when the file shows an owner or editor role', () => {
    const { json } = gcpServiceAccountJson();
    const plain = privileges('sa.json', json).find(f => f.ruleId === 'gcp-service-account-key')!;
    assert.strictEqual(plain.tags, undefined);
    const withRole = `# granted roles/editor on the project\n${json}`;
    const owner = privileges('sa.json', withRole).find(f => f.ruleId === 'gcp-service-account-key')!;
    assert.deepStrictEqual(owner.tags, ['over-privileged']);
    assert.match(owner.advice!, /owner\/editor role/);
  });
});
