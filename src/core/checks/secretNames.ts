/**
 * Does a variable, identifier or environment-variable name hold a secret? The keyword test
 * of the generic rule (`isSecretName`) plus the conventional names of the provider rules that
 * it does not cover (`DATABASE_URL`, `SLACK_WEBHOOK_URL`, …). test/unit/checks/secretNames.test.ts
 * checks that every rule's `envVar` is recognised here (importing the catalogue from this file
 * would be a module cycle: the catalogue registers the checks' own rules).
 */

import { isSecretName } from '../rules/generic';

/** Names that carry a credential without a "key/token/secret/password" word at the end. */
const CREDENTIAL_NAME = /(?:^|_)(?:(?:DATABASE|DB|REDIS|MONGO(?:DB)?|POSTGRES(?:QL)?|MYSQL|AMQP|RABBITMQ)_URL|CONNECTION_STRING|CONN_STR|WEBHOOK_URL|JWT|BASIC_AUTH|[A-Z]+_AGE_KEY|ORIGIN_CA_KEY|APP_KEY|API_SECRET|PGPASSWORD|(?:SERVICE_ROLE|SERVICE|ADMIN|MASTER|ROOT|WRITE|RESTRICTED)_KEY|BEARER_TOKEN(?:_[A-Z0-9]+)?)$/;

/** Names of things that identify a credential but are not one. */
const NOT_SECRET = /(?:_ID|_PATH|_FILE|_APPLICATION_CREDENTIALS)$/;

/**
 * Flags, negations and descriptions of which credentials apply: `hasToken`, `isPassword`,
 * `resultWithoutToken`, `noApiKey`, `ignoredCredentials` (the names of settings it skipped).
 */
const NOT_A_HOLDER = /(?:^|_)(?:HAS|IS|SHOULD|NEEDS?|USES?|WITHOUT|NO|MISSING|IGNORED|UNUSED|SUPPORTED|REQUIRED)_/;

/** `PWD` and `OLDPWD` are the shell's working directories, in every environment. */
const WORKING_DIRECTORY = /^(?:OLD)?PWD$/;

export function namesASecret(name: string): boolean {
  const bare = name.replace(/^[$@]+/, '');
  if (WORKING_DIRECTORY.test(bare)) return false;
  const upper = bare.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
  if (NOT_SECRET.test(upper) || NOT_A_HOLDER.test(upper)) return false;
  return isSecretName(bare) || CREDENTIAL_NAME.test(upper);
}
