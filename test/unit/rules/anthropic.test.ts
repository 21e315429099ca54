import { anthropicKey, join, randomString, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: Anthropic', () => {
  it('finds API keys in every common syntax, as errors', () => {
    expectInAllSyntaxes('ANTHROPIC_API_KEY', anthropicKey(), 'anthropic-api-key', { severity: 'error', confidence: 'provider' });
  });

  it('drops documented example keys (EXAMPLE in the body)', () => {
    const key = anthropicKey();
    expectNone(`ANTHROPIC_API_KEY=${key.slice(0, 20)}EXAMPLE${key.slice(27)}`, 'Anthropic', '.env');
  });

  it('finds admin keys and suggests their own env var', () => {
    const key = anthropicKey('admin01');
    const f = expectFinding(`client = Admin(key="${key}")`, key, 'anthropic-admin-key', { path: 'ops/admin.py' });
    if (f.envVar !== 'ANTHROPIC_ADMIN_KEY') throw new Error(`env var ${f.envVar}`);
  });

  it('ignores placeholders, wrong lengths, a missing AA tail and keys glued into longer words', () => {
    const good = anthropicKey();
    const prefix = join('sk-', 'ant-', 'api03-');
    expectNone(`ANTHROPIC_API_KEY=${prefix}${'x'.repeat(93)}AA`, 'Anthropic');
    expectNone(`ANTHROPIC_API_KEY=<YOUR_KEY>`, 'Anthropic');
    expectNone('ANTHROPIC_API_KEY=${ANTHROPIC_KEY}', 'Anthropic');
    expectNone(`key = "${good.slice(0, -3)}AA"`, 'Anthropic'); // 92 + AA
    expectNone(`key = "${good}Z"`, 'Anthropic');
    expectNone(`key = "${prefix}${randomString(93, URLSAFE, 5)}QQ"`, 'Anthropic');
    expectNone(`key = "xx${good}"`, 'Anthropic');
  });
});
