/**
 * Rule ids the checks still name, in one place (test/unit/checks/ruleIds.test.ts fails when
 * an id here names no registered rule). Facts about provider rules (live mode, narrower
 * credentials, pairs, secret names) are rule data, read through rules/providers.ts, so adding
 * a provider never means editing a check.
 */

export const RULE = {
  googleApiKey: 'google-api-key',
  // Rules defined by the checks themselves.
  clientExposedEnvVar: 'client-exposed-env-var',
  secretLogged: 'secret-logged',
} as const;

/**
 * Rules whose match is code or a variable name, not a secret value: they are not secrets
 * themselves, so they never count as "the same secret in two files" and are never re-tagged
 * as exposed or committed.
 */
export const CODE_RULES: ReadonlySet<string> = new Set([RULE.clientExposedEnvVar, RULE.secretLogged]);
