import { hasValidAtlassianChecksum } from '../checksums';
import { decodeBase64 } from '../text';
import { prefixed } from './define';
import type { Rule } from '../types';

export const atlassianRules: Rule[] = [
  prefixed({
    id: 'atlassian-api-token', provider: 'Atlassian', title: 'Atlassian API token',
    // The last 8 characters are the hex CRC-32 of everything before them.
    prefix: 'ATATT3', body: '[A-Za-z0-9_=-]{170,200}[A-Fa-f0-9]{8}', tokenChars: 'A-Za-z0-9_=-',
    confidence: 'verified-format',
    validate: hasValidAtlassianChecksum,
    skipPlaceholderCheck: true,
    envVar: 'ATLASSIAN_API_TOKEN', rotateUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    description: 'Atlassian (Jira, Confluence) API token (ATATT3…), checksum verified offline.',
  }),
  prefixed({
    id: 'bitbucket-app-password', provider: 'Atlassian', title: 'Bitbucket app password',
    // Like ATATT tokens, these end in the hex CRC-32 of everything before it.
    prefix: 'ATBB', body: '[A-Za-z0-9_=.-]{20,32}[A-Fa-f0-9]{8}', tokenChars: 'A-Za-z0-9_=.-',
    confidence: 'verified-format',
    validate: hasValidAtlassianChecksum,
    skipPlaceholderCheck: true,
    envVar: 'BITBUCKET_APP_PASSWORD', rotateUrl: 'https://bitbucket.org/account/settings/app-passwords/',
    description: 'Bitbucket app password (ATBB…), checksum verified offline: git and API access as the user.',
  }),
  prefixed({
    id: 'bitbucket-dc-access-token', provider: 'Atlassian', title: 'Bitbucket Data Center HTTP access token',
    prefix: 'BBDC-', body: '[A-Za-z0-9+/_-]{30,80}={0,2}', tokenChars: 'A-Za-z0-9_+/=-',
    // The body is base64 of "<numeric id>:<random bytes>".
    validate: value => {
      const decoded = decodeBase64(value.slice(5));
      const m = decoded && /^([1-9][0-9]{0,19}):/.exec(decoded);
      return !!m && decoded!.length - m[0].length >= 16;
    },
    envVar: 'BITBUCKET_TOKEN', rotateUrl: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html',
    description: 'Bitbucket Data Center / Server HTTP access token (BBDC-…, base64 of id:random).',
  }),
];
