/**
 * Does a variable, identifier or environment-variable name hold a secret? The keyword test
 * of the generic rule (`isSecretName`), names that carry a credential without such a keyword
 * (`DATABASE_URL`), and the provider rules' own names: each rule's `envVar` and `secretNames`
 * (`SOPS_AGE_KEY`, `CLOUDFLARE_ORIGIN_CA_KEY`), so a new provider needs no edit here.
 */

import { isSecretName } from './generic';
import { isPublicServiceKeyName } from './publicKeys';
import { PROVIDER_RULES } from './providers';

/** Names that carry a credential without a "key/token/secret/password" word at the end. */
const CREDENTIAL_NAME = /(?:^|_)(?:(?:DATABASE|DB|REDIS|MONGO(?:DB)?|POSTGRES(?:QL)?|MYSQL|AMQP|RABBITMQ)_URL|CONNECTION_STRING|CONN_STR|WEBHOOK_URL|APP_KEY|API_SECRET|PGPASSWORD|(?:SERVICE_ROLE|SERVICE|ADMIN|MASTER|ROOT|WRITE|RESTRICTED)_KEY|BEARER_TOKEN(?:_[A-Z0-9]+)?)$/;

/** The provider rules' conventional names, built on first use. */
let ruleNames: { exact: Set<string>; patterns: RegExp[] } | undefined;

function namedByARule(upper: string): boolean {
  ruleNames ??= {
    exact: new Set(PROVIDER_RULES.map(r => upperSnake(r.envVar))),
    patterns: PROVIDER_RULES.flatMap(r => r.secretNames ? [r.secretNames] : []),
  };
  return ruleNames.exact.has(upper) || ruleNames.patterns.some(p => p.test(upper));
}

/** Names of things that identify a credential but are not one. */
const NOT_SECRET = /(?:_ID|_PATH|_FILE|_APPLICATION_CREDENTIALS)$/;

/**
 * Flags, negations and descriptions of which credentials apply: `hasToken`, `isPassword`,
 * `resultWithoutToken`, `noApiKey`, `ignoredCredentials` (the names of settings it skipped).
 */
const NOT_A_HOLDER = /(?:^|_)(?:HAS|IS|SHOULD|NEEDS?|USES?|WITHOUT|NO|MISSING|IGNORED|UNUSED|SUPPORTED|REQUIRED)_/;

/**
 * `PWD` and `OLDPWD` are the shell's working directories, in every environment; a bare `pwd`
 * (`self.pwd`, `{pwd}`) is as often the working directory as a password.
 */
const WORKING_DIRECTORY = /^(?:OLD)?PWD$|^pwd$/;

/** `stripeSecretKey`, `stripe-secret-key`, `BUNDLE_GEMS__CONTRIBSYS__COM` → `STRIPE_SECRET_KEY`, `BUNDLE_GEMS_CONTRIBSYS_COM`. */
function upperSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

export function namesASecret(name: string): boolean {
  const bare = name.replace(/^[$@]+/, '');
  if (WORKING_DIRECTORY.test(bare)) return false;
  const upper = upperSnake(bare);
  // A key its service makes public (`PUSHER_APP_KEY` beside its secret), though `APP_KEY` alone is Laravel's.
  if (NOT_SECRET.test(upper) || isPublicServiceKeyName(upper.toLowerCase())) return false;
  // A provider's own name first: `BROWSER_USE_API_KEY` is no "use the API key" flag.
  if (namedByARule(upper)) return true;
  if (NOT_A_HOLDER.test(upper)) return false;
  return isSecretName(bare) || CREDENTIAL_NAME.test(upper);
}
