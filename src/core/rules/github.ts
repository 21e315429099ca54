import { hasValidCrc32Base62 } from '../checksums';
import { prefixed } from './define';
import type { Rule } from '../types';

const KINDS: [string, string, string][] = [
  ['ghp_', 'github-pat', 'GitHub personal access token (classic)'],
  ['gho_', 'github-oauth-token', 'GitHub OAuth access token'],
  ['ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token'],
  ['ghs_', 'github-server-to-server-token', 'GitHub App installation token'],
  ['ghr_', 'github-refresh-token', 'GitHub App refresh token'],
];

const CLASSIC_PAT_ADVICE = 'Classic personal access tokens reach every repository the user can; use a fine-grained token limited to the needed repositories and permissions, or a GitHub App installation token.';

export const githubRules: Rule[] = [
  ...KINDS.map(([prefix, id, title]) =>
    prefixed({
      id, provider: 'GitHub', title, prefix, body: '[A-Za-z0-9]{36}',
      confidence: 'verified-format',
      // The last 6 characters are a CRC-32 of the first 30: look-alikes fail it.
      validate: value => hasValidCrc32Base62(value, 4),
      skipPlaceholderCheck: true,
      ...(prefix === 'ghp_' ? { narrower: CLASSIC_PAT_ADVICE } : {}),
      envVar: 'GITHUB_TOKEN', rotateUrl: 'https://github.com/settings/tokens',
      docsUrl: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
      source: 'provider announcement: GitHub changelog and blog "Behind GitHub\'s new authentication token formats" (2021-04-05): prefix + 30 random + base62 CRC-32',
      description: `${title} (${prefix}…), checksum verified offline.`,
    })),
  prefixed({
    id: 'github-fine-grained-pat', provider: 'GitHub', title: 'GitHub fine-grained personal access token',
    // Issued ones split 22 + `_` + 59; the 82 characters are read as one run of word characters, as
    // other tools write them, so a copy whose underscore moved is reported as well.
    prefix: 'github_pat_', body: '[A-Za-z0-9_]{82}',
    source: 'third-party only (github_pat_ + 22 + _ + 59 observed, 82 word characters in all; GitHub docs name fine-grained tokens)',
    envVar: 'GITHUB_TOKEN', rotateUrl: 'https://github.com/settings/personal-access-tokens',
    description: 'GitHub fine-grained personal access token (github_pat_…).',
  }),
];
