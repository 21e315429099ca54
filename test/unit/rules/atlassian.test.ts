import { atlassianToken, corruptChecksum, crc32Hex, join, randomString, token, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: Atlassian', () => {
  it('API tokens with a valid CRC-32 trailer are verified-format', () => {
    expectInAllSyntaxes('JIRA_API_TOKEN', atlassianToken(), 'atlassian-api-token', { severity: 'error', confidence: 'verified-format' });
  });

  it('a wrong checksum is not a finding', () => {
    const t = atlassianToken();
    const bad = t.slice(0, -1) + (t.endsWith('0') ? '1' : '0');
    expectNone(`JIRA_API_TOKEN=${bad}`, 'atlassian-api-token', '.env');
    expectNone(`JIRA_API_TOKEN=${corruptChecksum(t)}`, 'atlassian-api-token', '.env');
  });

  it('Bitbucket app passwords; verified-format when they carry the Atlassian checksum', () => {
    const plain = token(join('AT', 'BB'), 32);
    expectInAllSyntaxes('BITBUCKET_APP_PASSWORD', plain, 'bitbucket-app-password', { confidence: 'provider' });
    const head = join('AT', 'BB', randomString(24, URLSAFE));
    const checked = head + crc32Hex(head);
    expectFinding(`BITBUCKET_APP_PASSWORD=${checked}`, checked, 'bitbucket-app-password', { path: '.env', confidence: 'verified-format' });
    expectNone(`x = "${token(join('AT', 'BB'), 20)}"`, 'bitbucket-app-password');
  });
});
