import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { atlassianToken, corruptChecksum, crc32Hex, join, randomString, URLSAFE } from '../../helpers/fakes';
import { expectInAllSyntaxes, expectNone } from './support';

describe('rules: Atlassian', () => {
  it('API tokens with a valid CRC-32 trailer are verified-format', () => {
    expectInAllSyntaxes('JIRA_API_TOKEN', atlassianToken(), 'atlassian-api-token', { severity: 'error', confidence: 'verified-format' });
  });

  it('a trailer that is not the CRC-32 is a warning that says so (the checksum is observed, not documented)', () => {
    const t = atlassianToken();
    const bad = t.slice(0, -1) + (t.endsWith('0') ? '1' : '0');
    for (const value of [bad, corruptChecksum(t)]) {
      const [f, ...rest] = scanText(`JIRA_API_TOKEN=${value}\n`, { path: '.env' });
      assert.deepStrictEqual([f?.ruleId, f?.severity, f?.confidence, rest.length], ['atlassian-api-token', 'warning', 'provider', 0]);
      assert.match(f.detail ?? '', /CRC-32/);
    }
  });

  it('Bitbucket app passwords carry the same checksum: verified-format, or a warning', () => {
    const head = join('AT', 'BB', randomString(24, URLSAFE));
    const checked = head + crc32Hex(head);
    expectInAllSyntaxes('BITBUCKET_APP_PASSWORD', checked, 'bitbucket-app-password', { confidence: 'verified-format' });
    expectNone(`BITBUCKET_APP_PASSWORD=${join('AT', 'BB', randomString(10))}`, 'bitbucket-app-password', '.env');
    const [f] = scanText(`BITBUCKET_APP_PASSWORD=${head}${crc32Hex(head + 'x')}\n`, { path: '.env' });
    assert.deepStrictEqual([f?.ruleId, f?.severity], ['bitbucket-app-password', 'warning']);
  });

  it('Bitbucket Data Center tokens decode to id:random', () => {
    const t = join('BB', 'DC-', Buffer.from(`${randomString(12, '0123456789').replace(/^0/, '7')}:` + randomString(24, URLSAFE), 'latin1').toString('base64'));
    expectInAllSyntaxes('BITBUCKET_TOKEN', t, 'bitbucket-dc-access-token');
    expectNone(`x = "${join('BB', 'DC-', Buffer.from('hello world, not an id and some text').toString('base64'))}"`, 'bitbucket-dc-access-token');
  });
});
