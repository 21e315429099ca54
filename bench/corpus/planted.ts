/**
 * The fake secrets planted in the corpus, one of each kind per batch, each in a file and
 * syntax where such a credential is typically leaked. Tokens are built at run time from the
 * helpers in test/helpers/fakes.ts (never committed as literals) and never written anywhere
 * but the gitignored corpus; the manifest records only where they are and what they are.
 */

import {
  ALNUM, URLSAFE, awsAccessKeyId, awsSecretKey, corruptChecksum, crcToken, join, openaiLegacyKey,
  openaiProjectKey, pemBlock, randomString,
} from '../../test/helpers/fakes';

export interface Plant {
  /** What was planted, e.g. `openai-project-key`; decoys are not secrets and should not be reported. */
  kind: string;
  /** Path relative to the batch directory of the file that receives it. */
  host: string;
  /** The lines to insert, given a seed. */
  lines: (seed: number) => string[];
  /** Which inserted lines hold a value, and what each is; default: line 0 holds `kind`. */
  parts?: { kind: string; line: number }[];
  /** A look-alike or documented example, not a credential: reporting it is a false positive. */
  decoy?: boolean;
}

export const PLANTS: Plant[] = [
  { kind: 'openai-project-key', host: '.env', lines: s => [`OPENAI_API_KEY=${openaiProjectKey(s)}`] },
  { kind: 'openai-legacy-key', host: 'scripts/summarize_reports.py', lines: s => [`openai.api_key = "${openaiLegacyKey(s)}"`] },
  { kind: 'github-pat', host: '.github/workflows/release.yml', lines: s => [`          GH_TOKEN: ${crcToken(join('gh', 'p_'), s)}`] },
  {
    kind: 'aws-access-key-pair', host: 'app/storage/settings.py',
    parts: [{ kind: 'aws-access-key-id', line: 0 }, { kind: 'aws-secret-access-key', line: 1 }],
    lines: s => [`AWS_ACCESS_KEY_ID = "${awsAccessKeyId(s)}"`, `AWS_SECRET_ACCESS_KEY = "${awsSecretKey(s + 1)}"`],
  },
  {
    kind: 'rsa-private-key', host: 'src/server/tls.ts',
    lines: s => [`export const TLS_KEY = \`${pemBlock(join('RSA ', 'PRIVATE KEY'), s)}\`;`],
  },
  {
    kind: 'anthropic-api-key', host: 'src/lib/assistant.ts',
    lines: s => [`const anthropic = new Anthropic({ apiKey: '${join('sk-ant-', 'api03-', randomString(93, URLSAFE, s), 'AA')}' });`],
  },
  {
    kind: 'slack-bot-token', host: 'config/notifications.json',
    lines: s => [`  "slackBotToken": "${join('xo', 'xb-', digits(s, 11), '-', digits(s + 1, 13), '-', randomString(24, ALNUM, s + 2))}",`],
  },
  { kind: 'stripe-live-key', host: 'src/routes/checkout.js', lines: s => [`const stripe = require('stripe')('${join('sk_', 'live_', randomString(99, ALNUM, s))}');`] },
  {
    kind: 'google-api-key', host: 'public/assets/index-bundle.js',
    lines: s => [`var firebaseConfig={apiKey:"${join('AI', 'za', randomString(35, URLSAFE, s))}",authDomain:"acme-web.firebaseapp.com",projectId:"acme-web"};`],
  },
  {
    kind: 'generic-password', host: 'deploy/values.yaml', parts: [{ kind: 'generic-password', line: 2 }],
    lines: s => ['database:', '  host: db.internal', `  password: "${randomString(20, ALNUM + '!#%^*', s)}"`],
  },
  {
    kind: 'database-url', host: 'docker-compose.env',
    lines: s => [`DATABASE_URL=postgres://app:${randomString(18, ALNUM, s)}@db.internal:5432/app`],
  },
  { kind: 'npm-token', host: '.npmrc', lines: s => [`//registry.npmjs.org/:_authToken=${crcToken(join('np', 'm_'), s)}`] },
  {
    kind: 'sendgrid-api-key', host: 'services/mailer/send_digest.py',
    lines: s => [`sg = SendGridAPIClient("${join('SG', '.', randomString(22, URLSAFE, s), '.', randomString(43, URLSAFE, s + 1))}")`],
  },
  {
    kind: 'github-fine-grained-pat', host: 'services/gateway/github.go',
    lines: s => [`const githubToken = "${join('github_', 'pat_', randomString(22, ALNUM, s), '_', randomString(59, ALNUM, s + 1))}"`],
  },
  // Look-alikes: a GitHub-shaped token whose checksum fails, and AWS's documented example pair.
  { kind: 'decoy-bad-checksum-token', host: 'src/auth/legacy.ts', decoy: true,
    lines: s => [`const LEGACY_HEADER = '${corruptChecksum(crcToken(join('gh', 'p_'), s))}';`] },
  {
    kind: 'decoy-aws-docs-pair', host: 'docs/aws-setup.md', decoy: true,
    lines: () => ['```ini', '[default]', `aws_access_key_id = ${join('AKIA', 'IOSFODNN7EXAMPLE')}`,
      `aws_secret_access_key = ${join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY')}`, '```'],
    parts: [{ kind: 'decoy-aws-docs-key-id', line: 2 }, { kind: 'decoy-aws-docs-secret', line: 3 }],
  },
];

function digits(seed: number, n: number): string {
  return randomString(1, '123456789', seed) + randomString(n - 1, '0123456789', seed + 7);
}
