/**
 * Rule ids the checks reason about, in one place. The provider rules themselves live in
 * src/core/rules/*.ts; if one of those ids changes, this is the only file to update
 * (test/unit/checks/ruleIds.test.ts fails when an id here names no registered rule).
 */

export const RULE = {
  openaiAdmin: 'openai-admin-key',
  anthropicAdmin: 'anthropic-admin-key',
  stripeSecret: 'stripe-secret-key',
  stripeRestricted: 'stripe-restricted-key',
  awsAccessKeyId: 'aws-access-key-id',
  githubClassicPat: 'github-pat',
  pypiToken: 'pypi-api-token',
  gcpServiceAccount: 'gcp-service-account-key',
  googleApiKey: 'google-api-key',
  // Rules defined by the checks themselves.
  clientExposedEnvVar: 'client-exposed-env-var',
  secretLogged: 'secret-logged',
} as const;

/** Live-mode (real money / production data) variants of keys that also exist in a test mode. */
export const LIVE_MODE_RULES: ReadonlySet<string> = new Set([RULE.stripeSecret, RULE.stripeRestricted]);

/**
 * Rules whose match is code or a variable name, not a secret value: they are not secrets
 * themselves, so they never count as "the same secret in two files" and are never re-tagged
 * as exposed or committed.
 */
export const CODE_RULES: ReadonlySet<string> = new Set([RULE.clientExposedEnvVar, RULE.secretLogged]);
