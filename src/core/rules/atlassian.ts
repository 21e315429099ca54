import { hasValidAtlassianChecksum } from '../checksums';
import { decodeBase64 } from '../text';
import { leadIn, prefixed, providerKey } from './define';
import type { RawMatch, Rule } from '../types';

/** Data Center / Server tokens are base64 of "<numeric id>:<random bytes>". */
function isIdColonRandom(body: string): boolean {
  const decoded = decodeBase64(body);
  const m = decoded && /^([1-9][0-9]{0,19}):/.exec(decoded);
  return !!m && decoded!.length - m[0].length >= 16;
}

/**
 * The CRC-32 trailer is what issued tokens show, not what Atlassian documents: a token whose
 * trailer does not match is still reported, as a warning that says so (a tool or a paste may
 * have produced a token we have not seen), while a matching one is verified.
 */
function trailerVerifiedOrWarning(value: string): true | Partial<RawMatch> {
  return hasValidAtlassianChecksum(value) || {
    severity: 'warning', confidence: 'provider',
    detail: 'its last 8 characters are not the CRC-32 that issued tokens carry: a test value, or a format we have not seen',
  };
}

export const atlassianRules: Rule[] = [
  prefixed({
    id: 'atlassian-api-token', provider: 'Atlassian', title: 'Atlassian API token',
    source: 'provider docs (staff answer, Atlassian Community 2025-08-25): ATAT prefix; CRC-32 hex trailer observed',
    // The last 8 characters are the hex CRC-32 of everything before them.
    prefix: 'ATATT3', body: '[A-Za-z0-9_=-]{170,200}[A-Fa-f0-9]{8}', tokenChars: 'A-Za-z0-9_=-',
    confidence: 'verified-format',
    validate: trailerVerifiedOrWarning,
    skipPlaceholderCheck: true,
    envVar: 'ATLASSIAN_API_TOKEN', rotateUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    description: 'Atlassian (Jira, Confluence) API token (ATATT3…), checksum verified offline (a token whose trailer does not match is a warning).',
  }),
  prefixed({
    id: 'bitbucket-app-password', provider: 'Atlassian', title: 'Bitbucket app password',
    source: 'provider docs (staff answer, Atlassian Community 2025-08-25): ATBB prefix; CRC-32 hex trailer observed',
    // Like ATATT tokens, these end in the hex CRC-32 of everything before it.
    prefix: 'ATBB', body: '[A-Za-z0-9_=.-]{20,32}[A-Fa-f0-9]{8}', tokenChars: 'A-Za-z0-9_=.-',
    confidence: 'verified-format',
    validate: trailerVerifiedOrWarning,
    skipPlaceholderCheck: true,
    envVar: 'BITBUCKET_APP_PASSWORD', rotateUrl: 'https://bitbucket.org/account/settings/app-passwords/',
    description: 'Bitbucket app password (ATBB…), checksum verified offline (a mismatch is a warning): git and API access as the user.',
  }),
  prefixed({
    id: 'bitbucket-dc-access-token', provider: 'Atlassian', title: 'Bitbucket Data Center HTTP access token',
    source: 'observed (BBDC- + base64 of id:random); Bitbucket Data Center HTTP access token docs name the kind',
    prefix: 'BBDC-', body: '[A-Za-z0-9+/_-]{30,80}={0,2}', tokenChars: 'A-Za-z0-9_+/=-',
    // The body is base64 of "<numeric id>:<random bytes>".
    validate: value => isIdColonRandom(value.slice(5)),
    envVar: 'BITBUCKET_TOKEN', rotateUrl: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html',
    description: 'Bitbucket Data Center / Server HTTP access token (BBDC-…, base64 of id:random).',
  }),
  prefixed({
    id: 'bitbucket-access-token', provider: 'Atlassian', title: 'Bitbucket access token',
    // Repository, project and workspace access tokens; like ATATT tokens they end in a hex CRC-32.
    prefix: 'ATCTT3', keywords: ['tctt3'], body: '[A-Za-z0-9_=-]{170,200}[A-Fa-f0-9]{8}', tokenChars: 'A-Za-z0-9_=-',
    confidence: 'verified-format',
    validate: trailerVerifiedOrWarning,
    skipPlaceholderCheck: true,
    source: 'provider docs (staff answer, Atlassian Community "Can we confirm BitBucket\'s token prefixes?", 2025-08-25): ATCT prefix; the CRC-32 trailer is shared with ATATT tokens',
    envVar: 'BITBUCKET_ACCESS_TOKEN', rotateUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
    description: 'Bitbucket Cloud repository, project or workspace access token (ATCTT3…), checksum verified offline (a mismatch is a warning).',
  }),
  providerKey({
    id: 'atlassian-dc-pat', provider: 'Atlassian', title: 'Jira / Confluence Data Center personal access token',
    body: '[A-Za-z0-9+/]{44}', near: /jira|confluence|atlassian/i, keywords: ['jira', 'confluence', 'atlassian'],
    tokenChars: 'A-Za-z0-9+/=',
    also: value => isIdColonRandom(value),
    source: 'observed: Data Center PATs decode to "<numeric id>:<random bytes>" like Bitbucket DC tokens (a lead; no provider text states it)',
    envVar: 'JIRA_API_TOKEN', rotateUrl: 'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
    description: 'Jira or Confluence Data Center / Server personal access token (base64 of id:random) next to Jira/Confluence usage.',
  }),
  providerKey({
    id: 'atlassian-legacy-api-token', provider: 'Atlassian', title: 'Atlassian API token (legacy)',
    body: '[A-Za-z0-9]{24}', near: /jira|confluence|atlassian/i, keywords: ['jira', 'confluence', 'atlassian'],
    // Random over 62 characters: capitals and small letters both (all but ~4 in a million),
    // which words run together (`oauth2credentialprovider` in an ARN pattern) never have.
    also: (v, ctx, m) => /[A-Z]/.test(v) && /[a-z]/.test(v) && /token/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'observed: Atlassian Cloud API tokens issued before the ATATT format were 24 alphanumerics (a lead)',
    envVar: 'JIRA_API_TOKEN', rotateUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    description: 'Older Atlassian Cloud API token (24 characters) under a token name next to Jira / Confluence usage.',
  }),
];
