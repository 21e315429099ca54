import { corruptChecksum, crcToken, join, randomString, ALNUM } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: GitHub', () => {
  it('classic tokens of every kind are verified-format', () => {
    for (const [p, id] of [['ghp_', 'github-pat'], ['gho_', 'github-oauth-token'], ['ghu_', 'github-user-to-server-token'],
      ['ghs_', 'github-server-to-server-token'], ['ghr_', 'github-refresh-token']]) {
      const t = crcToken(join(p.slice(0, 2), p.slice(2)));
      expectFinding(`GITHUB_TOKEN=${t}`, t, id, { path: '.env', confidence: 'verified-format', label: p });
    }
    expectInAllSyntaxes('GITHUB_TOKEN', crcToken(join('gh', 'p_')), 'github-pat');
  });

  it('a wrong checksum is not a finding', () => {
    expectNone(`GITHUB_TOKEN=${corruptChecksum(crcToken(join('gh', 'p_')))}`, 'GitHub', '.env');
  });

  it('fine-grained tokens', () => {
    const t = join('github', '_pat_', randomString(22, ALNUM), '_', randomString(59, ALNUM));
    expectInAllSyntaxes('GITHUB_TOKEN', t, 'github-fine-grained-pat');
    expectNone(`t = "${t.slice(0, -1)}"`, 'GitHub');
  });
});
