import { atlassianToken, corruptChecksum, crc32Hex, join, randomString, token, URLSAFE } from '../../helpers/fakes';
import { expectInAllSyntaxes, expectNone } from './support';

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

  it('Bitbucket app passwords carry the same checksum: verified-format, look-alikes dropped', () => {
    const head = join('AT', 'BB', randomString(24, URLSAFE));
    const checked = head + crc32Hex(head);
    expectInAllSyntaxes('BITBUCKET_APP_PASSWORD', checked, 'bitbucket-app-password', { confidence: 'verified-format' });
    expectNone(`BITBUCKET_APP_PASSWORD=${token(join('AT', 'BB'), 32)}`, 'bitbucket-app-password', '.env');
    expectNone(`BITBUCKET_APP_PASSWORD=${head}${crc32Hex(head + 'x')}`, 'bitbucket-app-password', '.env');
  });

  it('Bitbucket Data Center tokens decode to id:random', () => {
    const t = join('BB', 'DC-', Buffer.from(`${randomString(12, '0123456789').replace(/^0/, '7')}:` + randomString(24, URLSAFE), 'latin1').toString('base64'));
    expectInAllSyntaxes('BITBUCKET_TOKEN', t, 'bitbucket-dc-access-token');
    expectNone(`x = "${join('BB', 'DC-', Buffer.from('hello world, not an id and some text').toString('base64'))}"`, 'bitbucket-dc-access-token');
  });
});
