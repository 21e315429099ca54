import { hasValidAtlassianChecksum } from '../checksums';
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
    prefix: 'ATBB', body: '[A-Za-z0-9_=.-]{28,40}', tokenChars: 'A-Za-z0-9_=.-',
    // Newer ones end in the same CRC-32 as Atlassian API tokens: say so when it checks out.
    validate: value => hasValidAtlassianChecksum(value) ? { confidence: 'verified-format' } : true,
    envVar: 'BITBUCKET_APP_PASSWORD', rotateUrl: 'https://bitbucket.org/account/settings/app-passwords/',
    description: 'Bitbucket app password (ATBB…): git and API access as the user.',
  }),
];
