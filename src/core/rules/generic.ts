import { assignedNameBefore, assignmentAt, identifierEnd, isPlainUse, constructedArgumentValues, copiedColumnValues, dumpedColumnValues, laterInsertedValues, passwordAcrossClause, proseAssignmentAt, type Assignment, type ColumnValues } from '../assignment';
import { isIdentifierOrPath, isPlaceholder, isReference, isTemplate, isUnpronounceable, isUnpronounceableMixedCase, isUnpronounceableShort, isUuid, looksRandomEnough } from '../filters';
import { isDocumentation, isLockfile } from '../fileKinds';
import { assignmentFactsOf, insideRanges, lexStateAt, pythonDocstrings, syntaxLanguageOf, type AssignmentFacts } from '../lang';
import { commentStyleFor, inLineComment, type CommentStyle } from '../lang/comments';
import { charClassCount, decodeBase64, indexWithin, lineStartWithin, parentMappingName, shannonEntropy } from '../text';
import { callsBefore, escapeRegExp, isDummyPassword } from './define';
import type { RawMatch, Rule, RuleContext, WatchedLiterals } from '../types';
import { firstWithin } from '../occurrences';
import { PROVIDER_WORDS } from './providerWords';
import { HASH_NAMES, PROVIDER_WORD_SET, isProviderWord, normaliseName, rememberedByName } from './names';
import { clientPrefixOf, isPublicByDesign, isPublicServiceKeyName } from './publicKeys';
import { decodeJwt, jwtKind } from './jwt';
import { sectionAt } from './sections';
import { inSecretData, isKubernetesSecret } from '../kubernetesSecret';

/**
 * Words that, as the *last* meaningful part of a name, say it holds a credential:
 * `dbPassword`, `client_secret`, `STRIPE_API_KEY`, `auth-token`, `basicAuth`; glued to a lower-case
 * word too when unmistakable (`dbpassword`, `$dbpass`, `authtoken`, `apisecret`, but not `bypass` or `compass`).
 */
const SECRET_TAIL = /(?:^|[^a-z])(?:pass(?:word|wd|_?phrase|_?key|_?code)?\d?|signature_?key|pwd|pswd|psk|pre_?shared_?key|shared_?key|private_?exponent|secret|token|api_?key|apikey|access_?key|private_?key|secret_?key|client_?secret|auth_?key|signing_?key|sign_?key|session_?key|encryption_?key|master_?key|key_?base|credentials?|creds|priv_?key|auth|authorization)$|(?:^|_)(?:requirepass|masterauth|pw|(?:webhook_|signing_)?hmac|pass4_?symm_?key|symmetric_?key|(?:nwk|app)_?s_?key|security_?key|network_?key|(?:wpa[23]?|wi_?fi|wlan|wireless)_?(?:key|psk)|remember_?me_?key|sapwd)$|(?:^|_)(?:hapikey|bearer|bw_session)$|(?:^|_)(?:vapid_?private(?:_?key)?|replica_?set_?key|azure_?(?:storage|blob)_?key|(?:pd|pagerduty)_?(?:routing|integration|service|events)_?key)$|(?:^|_)(?:aes\d{0,3}|des|3des|triple_?des|sodium|nacl|x?chacha\d{0,2}|secretbox|blowfish|fernet|aead)_?keys?$|(?:^|_)api_?key_?(?:private|secret)$|(?:^|_)(?:secret|private)_?api_?key$|[a-z](?:password|passwd|passphrase|accesskey|secretkey|apikey|apitoken|accesstoken|authtoken|clientsecret|apisecret|storageaccountkey)$|(?:^|_)(?:auth|access|api|bearer|refresh|oauth|session|bot|app|client|personal|service|deploy|admin|private)token$|(?:^|_)(?:api|client|app|consumer|shared|webhook|jwt|signing|oauth)secret$|(?:^|_)(?:slack|stripe|webhook)_signing$|(?:^|_)(?:access|secret|private|auth|client|license|master|signing|encryption|consumer|subscription)key$|(?:^|_)(?:db|user|admin|root|mysql|sql|ftp|smtp|imap|pop|sasl|proxy|mail|app|my|ldap|sa|ssh|store|key|srcstore|deststore|srckey|destkey|remote|local|dn|bind|vnc|wifi|wlan|rpc|rcon|redis|meta)pass$|(?:^|_)(?:db(?:rw|ro)?|admin|root|mysql|sql|ftp|smtp|ldap|ssh|vnc|rcon|redis|new|old)pw$|dbpass$|^(?!old)[a-z]{2,8}pwd$|(?:^|_)keytab(?:_b64|_base64)?$|(?:^|_)(?:snmp_?(?:v2c?_?)?(?:ro_?|rw_?|read_?|write_?|set_?|get_?)?|ro_?|rw_?)community(?:_?string|_?name)?$|(?:^|_)community_?string$/;

/** Names that talk *about* a credential without holding one: `tokenUrl`, `passwordField`, `secretName`. */
const NOT_A_VALUE = /(?:id|name|names|url|uri|path|file|type|types|length|len|count|size|prefix|suffix|header|field|label|env|var|key_id|keyid|policy|regex|pattern|placeholder|hint|hash|digest|checksum|sha|endpoint|format|mode|expiry|expires|expiration|ttl|timeout|usage|param|schema|storage|store|provider|kind|version|dir|location|method|accessor|lease)$/;

/**
 * Tokens that are not credentials: pagination cursors, idempotency and change tokens
 * (`NextToken`, `ClientToken`, `pageToken`, `continuationToken`), CSRF tokens.
 */
/** A service's webhook verification token (`DRIFT_VERIFICATION_TOKEN`, eBay's): the service's word before it, not a user's or an e-mail's. */
function isServiceVerificationToken(n: string): boolean {
  const m = /(?:^|_)([a-z0-9]{2,20})_verification_token$/.exec(n);
  return !!m && isProviderWord(m[1]);
}
const NOT_A_CREDENTIAL_TOKEN = /(?:^|_)(?:dkim|authenticity|remember|next|page|pagination|continuation|change|client|export|import|copy|grant|update|idempotency|sync|resume|request|cancel|forward|backward|marker|cursor|csrf|xsrf|(?<!kofi_|ko_fi_|slack_|webhook_|zoom_)verification|notification|(?<!runner_|agent_)registration|lexer|parser|syntax|cancellation|test|mock|fake|dummy|example|sample)_token$/;

/** `auth` names that are not credentials: `oauth` settings, `author`, flags. */
const NOT_AN_AUTH_VALUE = /(?:^|_)(?:o|use|require|requires|enable|enabled|no|skip|allow|with|needs?|is|has)_?auth$|^oauth$/;

/** Whether a name says it holds a credential (each verdict costs a dozen regex passes: remembered by name). */
export const isSecretName = rememberedByName(judgeSecretName);

/**
 * `<what>_key` names that hold a credential: a provider's (`OPENAI_KEY`, `mapboxKey`) or a
 * credential role's (`consumer_key`, `license_key`, `subscription_key`). Most `_key` names hold
 * no secret (`cache_key`, `sort_key`, `primary_key`), and public keys are public by design
 * (`site_key`, `publishable_key`), so the word before `key` must say which.
 */
const CREDENTIAL_KEY_WORDS = new Set([
  // Roles
  'consumer', 'app', 'application', 'license', 'licence', 'subscription', 'hmac', 'sas', 'admin', 'live', 'prod',
  'production', 'service', 'account', 'integration', 'server', 'management', 'mgmt', 'developer', 'dev', 'partner',
  'merchant', 'webhook', 'jwt', 'cookie', 'ingest', 'write', 'rest', 'sdk', 'root', 'crypt', 'encrypt', 'cipher', 'fernet', 'deploy',
  'recaptcha_secret', 'llm', 'gpt', 'chatgpt', 'serp',
  // A bank's keys by kind: a MAC key, key-encryption and data keys, an HSM's zone, terminal and
  // base derivation keys (ZMK, ZPK, TMK, BDK), SWIFT's LAU key.
  'mac', 'kek', 'dek', 'zmk', 'zpk', 'tmk', 'tpk', 'bdk', 'lmk', 'lau',
  // OCPP's `AuthorizationKey`: the charge point's Basic-auth password to its central system.
  'authorization',
  // Appwrite's `_APP_OPENSSL_KEY_V1`: the key its instance encrypts stored secrets with.
  'openssl',
  // A token's signing key (Vivox's `vivoxTokenKey`, `TOKEN_KEY`): the values it must be random for are checked apart.
  'token',
  ...PROVIDER_WORDS,
]);

/*
 * The name tests below read a snake-case name from its end, segment by segment, and look the
 * segments up in sets: one regex of 700 alternatives tried at every position cost 5 µs a name,
 * which a file of many distinct names (a generated one) pays thousands of times.
 */

/** The last `_`-separated segment of a snake-case name (the whole name when it has none). */
function lastSegment(n: string): string {
  return n.slice(n.lastIndexOf('_') + 1);
}

/** `<role or service>_key`, glued too (`stripekey`): the word before `key` is in CREDENTIAL_KEY_WORDS. */
function isCredentialKey(n: string): boolean {
  if (!n.endsWith('key')) return false;
  const r = n.slice(0, -3).replace(/_$/, '');
  if (!r) return false;
  const last = lastSegment(r);
  if (CREDENTIAL_KEY_WORDS.has(last)) return true;
  const before = r.slice(0, r.length - last.length - 1);
  return before.length > 0 && CREDENTIAL_KEY_WORDS.has(`${lastSegment(before)}_${last}`);
}

/**
 * Words between a service's name and its credential word that still name the service's credential:
 * Splunk's HEC token, an Opsgenie heartbeat key, a PagerDuty routing or integration key, Cypress's record key.
 */
const PROVIDER_CREDENTIAL_ROLE = /(?:hec|heartbeat|ingest|ingestion|integration|routing|events?|acl|master|agent|bot|webhook|management|mgmt|deploy|license|write|push|admin|app|account|service|server|rest|sdk|record|upload|commerce|primary|secondary)_$/;
/** The kind of credential before its word: `api` key, `access` token, `auth` token. */
const CREDENTIAL_KIND = /(?:api|access|auth|secret|private|personal)_?$/;

/**
 * A service's credential by name: `hubspotToken`, `KUCOIN_SECRET`, `netlify_auth_token`, glued
 * too (`OKTATOKEN`, `DROPBOXAPIKEY`): the service word says whose, so the name is as strong as
 * `api_key` and carries a UUID-shaped value (HubSpot, Heroku and Snyk issue UUIDs).
 */
function isProviderCredential(n: string): boolean {
  // <service>_?[<role>_][<kind>_?](token|key|secret), read from the end.
  const tail = /(?:token|key|secret)$/.exec(n);
  if (!tail) return false;
  const r0 = n.slice(0, tail.index);
  const kind = CREDENTIAL_KIND.exec(r0);
  for (const r1 of kind ? [r0, r0.slice(0, kind.index)] : [r0]) {
    const role = PROVIDER_CREDENTIAL_ROLE.exec(r1);
    for (const r2 of role ? [r1, r1.slice(0, role.index)] : [r1]) {
      const service = r2.replace(/_$/, '');
      if (service && PROVIDER_WORD_SET.has(lastSegment(service))) return true;
    }
  }
  return false;
}

/**
 * Keys that are public by design: `STRIPE_PUBLISHABLE_KEY`, `recaptcha_site_key`, Supabase's anon key,
 * a search-only key (`ALGOLIA_SEARCH_API_KEY`; but a search service's admin key writes the index,
 * `AZURE_SEARCH_ADMIN_KEY`, and a search cluster's API key is its credential: `search.cluster.api-key`).
 */
// (Not a web search API's key, which bills per query: `BRAVE_SEARCH_API_KEY`, `BING_SEARCH_KEY`.)
// (Matrix's encrypted events name their sender's Curve25519 identity key `sender_key`: public.)
// (And Shopify's Storefront API token, made for a storefront's browser code; Indeed Apply's
// `apiToken`, which every job page carries in its apply button: its secret signs, not the token.)
const PUBLIC_KEY_NAME = /^sender_key$|(?:^|_)(?:(?:public|publishable|pub|site|website|browser|client_side|anon)_|storefront_(?=(?:access_)?(?:api_)?token$)|indeed_apply_(?=api_?token$)|(?<!(?:^|_)(?:brave|bing|serp|serper|tavily|exa|kagi|google|jina|you)_)search(?:_only)?_(?=(?:api_)?(?:key|token)$|$))/;

/**
 * An application-wide salt in configuration is a secret (Drupal's `hash_salt`, CakePHP's
 * `Security.salt`): whoever has it forges one-time links and signed values. A salt stored
 * next to a password hash is not (`salt` alone, `password_salt`).
 */
const APPLICATION_SALT = /(?:^|_)(?:hash|security|secret|app|application|auth|session|cookie|signing|merchant|token|logged_in|nonce|encryption|crypt)_salt$|^security_password_salt$|^secretsalt$|^passwordsalt(?:main|alt\d{1,2})?$|(?:^|_)(?:public_?link|persistent_?id|ticket)_salt$/; // (Flask-Security's HMAC salt, SimpleSAMLphp's `secretsalt`, Nextcloud's `passwordsalt`, Moodle's `passwordsaltmain`, Mattermost's `PublicLinkSalt` that signs shared links, Shibboleth's `persistentId.salt` that keeps its pairwise ids unguessable, Icinga's `TicketSalt` that makes its agents' enrolment tickets)

/**
 * Credentials that services name in their own words, without a key/token/secret word:
 * Authorize.Net's transaction key (its ASP samples' `TXNKEY`), Duo's `skey` (beside its `ikey`), PayU's merchant salt (above), Paddle Classic's vendor auth
 * code, Etsy's keystring, SSSD's `ldap_default_authtok`, a `-Dbasicauth=user:password` property,
 * Devise's `pepper` (mixed into every password hash), RabbitMQ's Erlang cookie (joins the
 * cluster as any node), Strapi's `APP_KEYS` (signs sessions), the `SK` beside an `AK` (Huawei
 * Cloud's, Baidu's: the secret key of the pair), Joken's `key_octet` (a JOSE octet key: the HMAC key),
 * Vault AppRole's `secret_id` (the role's password; Tencent Cloud's SecretId is its key id, half the pair),
 * Vault's unseal keys and their shares (`UNSEAL_SHARE_2`, `unseal_key_share_3`), a key-encryption or data key (`encryption.kek`), Honeycomb's `x-honeycomb-team` header (its API key),
 * Flutterwave's webhook "secret hash" (`webhookHash`: a shared secret, not a digest), Active Record
 * encryption's `key_derivation_salt` and `deterministic_key`, PhonePe's `salt_key` (its API secret), Przelewy24's CRC key (signs every transaction), a product's licence (`WPMDB_LICENCE`), an HSM's or a
 * smart card's PIN (`hsm.session.pin`: it opens the keys inside), Agora's app certificate (signs its RTC tokens), phpMyAdmin's
 * `controlpass` (its control user's password), WordPress's `LOGGED_IN_KEY` and `NONCE_KEY` (with its salts, they sign its cookies and nonces),
 * Moodle's `wstoken` (a web-service token), MediaWiki's `$wgUpgradeKey` (runs its web installer), GameCI's `UNITY_SERIAL` (a licence), Intuit's webhook verifier token (signs its webhooks), Flutterwave's secret hash (the shared secret its webhooks carry; Cognito's
 * `SECRET_HASH` is a digest computed from the client secret, not one), ReportPortal's `rp_uuid` (its agents' old name for the API key),
 * acme.sh's `OVH_AS` and `OVH_CK` (OVH's application secret and consumer key), an ACME account's EAB HMAC key (`LEGO_EAB_HMAC`),
 * Chrome Browser Cloud Management's enrollment token (`CloudManagementEnrollmentToken`, a UUID: it enrols browsers into the organisation),
 * OCPI's credentials tokens (`token_a`, `token_c`: a roaming partner's keys to the platform), a key pair's `private` half beside
 * its `public` one (securesystemslib's TUF keys, `"keyval": {"private": "…"}`).
 */
const SERVICE_CREDENTIAL_NAME = /(?:^|_)(?:sonar_login|(?:authorize_?net|authnet|anet)_(?:api_)?(?:transaction|trans|tran)_?key|^transaction_?key|txn_?key|secret_?word|(?:paypal_)?api_?sig(?:nature)?|(?:vendor|paddle)_auth_?code|keystring|authtok|d?basic_?auth|pepper|erlang_cookie|npm_auth_ident|basic_auth_user_info|bind_?pw|ice_?secret_?(?:read|write)|sk|key_octet|(?<!client_|client)secret_?id|unseal_(?:key_share|key|share)(?:_\d{1,2})?|(?:encryption|master|data)_(?:kek|dek)|honeycomb_team|webhook_?hash|(?:flw|flutterwave)_secret_?hash|key_derivation_salt|active_record_encryption_primary_key|salt_key|(?:p24|przelewy24)_crc(?:_key)?|deterministic_key|skey|key_material|[a-z0-9]{2,20}_licen[cs]e|(?:hsm|session|partition|slot|pkcs11|crypto|smartcard|keystore|token|so|hsm_user|user)_pin|agora_app_certificate|agora_certificate|recaptcha_?(?:private|secret)(?:_?key)?|hash_?(?:key|iv)|db_?root|(?:webhook_)?auth(?:orization)?_header_?(?:value|key|secret)?|controlpass|logged_in_key|secure_auth_key|nonce_key|wstoken|webhooks?_verifier(?:_token)?|unity_serial|wg_upgrade_key|machine_key_(?:validation|decryption)(?:_key)?)$|^root_?(?:bind_?)?pw$|^app_keys$|^rp_uuid$|(?:^|_)token_[abc]$|^private$|(?:^|_)ovh_(?:as|ck)$|(?:^|_)eab_h?mac(?:_key)?$|(?:^|_)enrol(?:l)?ment_token$|^client_?state$/;

/**
 * Words after a credential's name that say which copy it is, not what it is: a version
 * (`ses_smtp_password_v4`, `API_KEY_2`), an environment (`DB_PASSWORD_PROD`, `API_KEY_LIVE`), a
 * role or a generation (`db_pass_readonly`, `token_backup`, `secret_legacy`).
 */
const COPY_QUALIFIER = /(?:_(?:v?\d{1,2}|legacy|readonly|read_only|ro|rw|old|new|backup|bak|primary|secondary|prod|production|staging|stage|stg|dev|development|local|live|sandbox|test|testing|qa|uat|current|previous|prev|alt|plain|plaintext|raw|b64|base64|default|fallbacks?|admin|root|internal|external|orig|original|temp|tmp|txt|(?:part|pt|p|half|chunk|piece|seg)_?\d)|(?<=_[a-z]{2,20})\d{1,2}){1,2}$/; // (or a number glued to a name of words: `jwtSecret2`; or one piece of a value split in two, `API_SECRET_P1`)

function judgeSecretName(name: string): boolean {
  // Unicode's general categories are named in title case (`Sk`, modifier symbols): character tables, not a secret key.
  if (name === 'Sk') return false;
  // The encoding it is written in (`SIGNING_KEY_HEX`, `hmacKeyHex`), but not a private key's: DER
  // test vectors in hex (`pkcs8RSAPrivateKeyHex`) are the private-key rules' to judge.
  // (A version inside the name says which copy too: WeChat Pay's `API_V3_KEY` is its API key.)
  // (So does what it is for, after a password: Azure DevOps' IIS task's `AppPoolPasswordForWebsite`.)
  // (Salesforce names a custom field or metadata type with a suffix: `Coupa_API_Key__c`; a form's control
  // is read by its property: VB's `txtPassword.Text`.)
  const n = normaliseName(name.replace(/__(?:c|mdt)$/i, '').replace(/^((?:txt|tb|edt|txtbox|textbox)[A-Z]\w{0,40})\.(?:Text|Value)$/, '$1')).replace(COPY_QUALIFIER, '').replace(/(?<!private_key)_hex$/, '').replace(/_v\d{1,2}(?=_)/g, '').replace(/(?<=pass(?:word)?)_for_[a-z]{2,20}$/, '');
  if (isPublicServiceKeyName(n)) return false;
  // Ciphertext of a key or token, named so (Rails' `encrypted_access_token`, `hashed_secret`): the
  // key that opens it is elsewhere. A password column's (Devise's `encrypted_password`) holds a
  // hash, in a dump a crackable one: judged as a password.
  // (Not the key of encrypted things: GitLab's `encrypted_settings_key_base` opens them.)
  if (/^(?:encrypted|crypted|ciphertext|hashed|obfuscated)_(?!pass|pwd)/.test(n) && !/key_?base$/.test(n)) return false;
  if (APPLICATION_SALT.test(n) || SERVICE_CREDENTIAL_NAME.test(n)) return true;
  // A personal access token in an env-style name: `ASANA_PAT`, `AZURE_DEVOPS_PAT`, `NUGET_FEED_PAT`.
  if (/^[A-Z][A-Z0-9_]*_PAT$/.test(name)) return true;
  // (And a service's, in any case: LiveChat's `livechatPAT`; not a pattern's, `date_pat`.)
  if (/^[a-z0-9]{2,20}_pat$/.test(n) && isProviderWord(n.slice(0, -4))) return true;
  if (isCredentialKey(n) || isProviderCredential(n)) return !PUBLIC_KEY_NAME.test(n);
  // (SNMP calls its shared secret a community's name: HP Web Jetadmin's `SnmpSetCommunityName`.)
  if (!SECRET_TAIL.test(n) || (NOT_A_VALUE.test(n) && !/community_?name$/.test(n)) || (NOT_A_CREDENTIAL_TOKEN.test(n) && !isServiceVerificationToken(n))) return false;
  if (n.endsWith('auth') && NOT_AN_AUTH_VALUE.test(n)) return false;
  // A key or token public by design (`ALGOLIA_SEARCH_API_KEY`, `PUBLIC_API_KEY`, `site_key`, Judge.me's and
  // Storyblok's `publicToken`); its secrets stay (`public_key_secret`).
  if (/(?:key|token)$/.test(n) && PUBLIC_KEY_NAME.test(n)) return false;
  // (A digest authentication's password is a password: ZooKeeper's `digest_password`; so is the
  // secret that signs an integrity check, Wompi's `integrity_secret`.)
  // (Nor is VNPay's `vnp_HashSecret`, the key its request hashes are signed with.)
  return !HASH_NAMES.test(n.replace(/token$/, '').replace(/digest_(?=pass)/, '').replace(/(?:integrity|hash)_(?=secret$)/, ''));
}

/**
 * `<word>_key` and `<word>_pat` names the list above does not know: a provider's (`typeform_key`,
 * `NYTIMES_KEY`, `figma_pat`) or, as often, none (`cache_key`, `gpg_key`). They count only with
 * a value that is plainly a key (see `weigh`), and not when the word says what else the key is.
 */
const OTHER_KEY = /^(?:[a-z][a-z0-9]*_){0,4}([a-z][a-z0-9]{2,20})_(?:key|pat)\d?$/; // (numbered too: ZaloPay's `KEY2`; words before: `STEAM_APP_TICKET_KEY`)
const NOT_A_CREDENTIAL_KEY = new RegExp(`^(?:${[
  // Data structures and storage: the key of a map, a row, an object, a cache entry.
  'cache', 'caching', 'cached', 'sort', 'primary', 'foreign', 'partition', 'range', 'hash', 'row', 'column', 'col', 'object', 'bucket', 'file',
  'blob', 'map', 'dict', 'lookup', 'index', 'idx', 'unique', 'composite', 'compound', 'shard', 'routing', 'group', 'dedup',
  'dedupe', 'idempotency', 'list', 'item', 'node', 'entry', 'field', 'attr', 'attribute', 'property', 'prop', 'record',
  'data', 'value', 'meta', 'metadata', 'tag', 'resource', 'lock', 'mutex', 'queue', 'job', 'task', 'redis', 'memcache',
  'storage', 'store', 'state', 'registry', 'context', 'ctx', 'namespace', 'prefix', 'suffix', 'parent', 'child', 'next',
  'prev', 'last', 'first', 'name', 'type', 'kind', 'mode', 'path', 'url', 'route', 'query', 'param', 'header', 'event',
  'config', 'setting', 'settings', 'option', 'options', 'env', 'feature', 'flag', 'experiment', 'variant', 'default',
  // A record's key in a listing standard (RESO's `ListingKey`, `MemberKey`, `OfficeKey`): its id.
  'listing', 'member', 'office',
  // Labels and input: translation keys, keyboard keys.
  'i18n', 'translation', 'message', 'msg', 'lang', 'locale', 'label', 'text', 'title', 'keyboard', 'hot', 'short', 'shortcut',
  'modifier', 'press', 'music', 'sign',
  // Patterns and formats (`url_pat`, `date_key`).
  'date', 'time', 'datetime', 'timestamp', 'regex', 'regexp', 'glob', 'match', 'pattern', 'format', 'fmt',
  // One-time links' keys, as URLs carry them: shares, invitations, resets, confirmations.
  'share', 'invite', 'invitation', 'download', 'upload', 'activation', 'confirmation', 'confirm', 'reset',
  'unsubscribe', 'tracking', 'referral', 'coupon', 'promo', 'order', 'cart', 'page', 'cursor', 'continuation',
  // Public halves and identifiers: fingerprints, host keys, site keys, ids.
  'public', 'pub', 'site', 'gpg', 'pgp', 'gnupg', 'host', 'dkim', 'ssh', 'captcha', 'recaptcha', 'verify', 'verification',
  'project', 'user', 'team', 'org', 'device', 'session', 'form', 'csrf', 'xsrf', 'nonce', 'unused', 'old', 'missing',
  // Keys that browsers and apps hold by design: Web Push (VAPID) public keys, search-only keys, map and analytics keys.
  'vapid', 'search', 'maps', 'tracking', 'analytics', 'measurement', 'mobile', 'frontend', 'widget', 'embed', 'js',
  'javascript', 'web',
].join('|')})$`);

/**
 * A service's name and a word that, after it, stands for its key: `ZENDESK_API`, `mattermost_access`,
 * `KRAKEN_PRIVATE`, `stripe_live`. Like `<word>_key`, they count only with a value plainly a key.
 */
function isServiceKeyWord(n: string): boolean {
  const m = /_(?:api|access|private|live|keystring)$/.exec(n);
  return !!m && m.index > 0 && PROVIDER_WORD_SET.has(lastSegment(n.slice(0, m.index)));
}

export function isOtherKeyName(name: string): boolean {
  // A member's path names its owner (`application.paymentGatewayKey` in ColdFusion): the last part is the name.
  const dot = name.lastIndexOf('.');
  if (dot > 0 && dot < name.length - 1 && /^[A-Za-z_]\w*$/.test(name.slice(dot + 1)) && isOtherKeyName(name.slice(dot + 1))) return true;
  // (The encoding it is written in says nothing: `APP_TICKET_KEY_HEX`.)
  // (A private key's DER in hex is a test vector's shape: the private-key rules judge it.)
  const n = normaliseName(name).replace(/(?<!private_key)_(?:hex|b64|base64)$/, '');
  if (/^(?:test|mock|fake|dummy|example|sample)_/.test(n) || isPublicServiceKeyName(n)) return false;
  // A key's digest or ciphertext, named so (`hashedKey` beside the key's shown prefix): not the key.
  if (/^(?:encrypted|crypted|ciphertext|hashed|obfuscated)_/.test(n)) return false;
  if (isServiceKeyWord(n)) return true;
  // A bare `pat` (`$pat = "…"` before `--auth pat --token $pat`): a personal access token, or a pattern, which is no plain key.
  if (n === 'pat') return true;
  // A key's name with a word of its own after it (`PINECONE_API_KEY_POD`, `api_key_reporting`):
  // which copy, as often as not; a value that is plainly a key says it holds one.
  // (Or with nothing before it: Elastic's `api_key_encoded`.)
  // (Or a password named first, then what it opens: Bamboo's `password.pagerduty`.)
  const qualified = /^((?:.+_)?(?:api_key|secret_key|access_key|access_token|api_token|secret|token|password))_([a-z]{2,12})$/.exec(n);
  if (qualified && !NOT_A_VALUE.test(qualified[2]) && !HASH_NAMES.test(qualified[2]) && !/^(?:public|pub|name|type|prefix|address|addr)$/.test(qualified[2]) && isSecretName(qualified[1])) return true;
  // A signing key's rotation pair (Box's `webhookPrimaryKey` and `webhookSecondaryKey`): no table's primary key.
  if (/(?:^|_)(?:webhook|signature|signing|hmac)_(?:primary|secondary)_key$/.test(n)) return true;
  const m = OTHER_KEY.exec(n);
  // `secret` first says which kind of key, whatever the word before `key` (Arduino Cloud's `SECRET_DEVICE_KEY`).
  if (m && n.startsWith('secret_') && !PUBLIC_KEY_NAME.test(n)) return true;
  return !!m && !NOT_A_CREDENTIAL_KEY.test(m[1]) && !PUBLIC_KEY_NAME.test(n);
}

/**
 * `secretValue`, `token_str`: a literal under such a name is the credential's value. Only for
 * literals: a lexer's `tokenString` printed is no token logged.
 */
function isSecretValueName(name: string): boolean {
  const m = /^(.+)_(?:value|val|str|string)$/.exec(normaliseName(name));
  return !!m && isSecretName(m[1]);
}

/** Passwords, and Wi-Fi's and VPNs' pre-shared keys (a passphrase a person chose). */
export function isPasswordName(name: string): boolean {
  // (A command's `--auth` flag takes a password: espota's OTA upload, `mosquitto_passwd`-style tools.)
  return PASSWORD_NAME.test(normaliseName(name)) || name === '--auth';
}

/** Passwords and pre-shared keys; an HSM's, a PKCS#11 slot's or a smart card's PIN (it opens the keys inside). */
const PASSWORD_NAME = /pass|pwd|pswd|(?:^|_)psk$|(?:^|_)community(?:_?string|_?name)?$|pre_?shared_?key|(?:^|_|bind|root|db(?:rw|ro)?|admin|mysql|sql|ftp|smtp|ldap|ssh|vnc|rcon|redis|new|old)pw$|(?:^|_)(?:hsm|session|partition|slot|pkcs11|smartcard|so|user)_pin$/;

/**
 * Names that say more than "token" or "auth": enough to carry a UUID-shaped value. An access, API
 * or auth token is a credential by name (many services issue UUIDs as such, Splunk's HEC tokens among them); `projectToken` is not.
 */
const STRONG_NAME = /api_?key|secret|pass|pwd|private_?key|access_?key|auth_?key|signing|signature_?key|encryption|master_?key|key_base|credential|(?:access|api|auth|bearer|refresh|acl|hec|admin|customer)_?token/;

/** A name that says which credential it holds, not only "token" or "auth". */
function isStrongName(name: string): boolean {
  const n = normaliseName(name);
  return STRONG_NAME.test(n) || isCredentialKey(n) || (isProviderCredential(n) && !PUBLIC_KEY_NAME.test(n));
}

/** Where the value was written, as far as it matters for judging it. */
interface Place {
  quoted: boolean;
  configLike: boolean;
  inComment: boolean;
  /** A store's base64 value, judged decoded: a Kubernetes Secret's `data:`, a Consul KV export's value. */
  base64Data: boolean;
  /** Where such a base64 value comes from, when not a Secret's data (said in the finding's reasons). */
  encodedIn?: string;
  /** Spelled as its characters' codes (`byteArrayOf(0x45, …)`, `{'1', 'U', …}`): kept from a search on purpose. */
  spelled?: boolean;
}

/** What a candidate has for it (name, shape, place), added up; reported with the finding. */
interface Evidence {
  score: number;
  reasons: string[];
}

/**
 * A finding needs this much evidence. A credential name (2) plus a random-looking value
 * (up to 1.5) passes; a comment (−1.5) needs a long, mixed, random value on top.
 * Calibrated on test/helpers/labelledCorpus.ts (calibration split; `npm run bench` reports the held-out split).
 */
const THRESHOLD = 2.5;

/** An Apple ID app-specific password (support.apple.com/102654): `xxxx-xxxx-xxxx-xxxx`, lower-case letters. */
const APPLE_APP_PASSWORD = /^[a-z]{4}(?:-[a-z]{4}){3}$/;
const GROUPED_PASSWORD = /^[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){2,5}$/;

const PREFIXED_UUID = /^[a-z]{2,12}[-_][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A serial under a serial's name (a licence key's may be a product's, no credential): dashed groups of capitals and digits. */
function isLicenceSerial(name: string, value: string): boolean {
  return /^[A-Z0-9]{2,6}(?:-[A-Z0-9]{4,6}){3,6}$/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && /(?:^|_)serial(?:_key|_number)?$/.test(normaliseName(name));
}

/** Random letters and digits in dashed groups, two groups or more mixing cases or digits (`IvEZ-Bmvy-zqCc-wbpq`): a generator's, no identifier. */
function isGroupedPassword(value: string): boolean {
  return GROUPED_PASSWORD.test(value) && value.split('-').filter(g => /[a-z]/.test(g) && /[A-Z0-9]/.test(g)).length >= 2;
}

/**
 * Password hashes as GeoServer (`digest1:`, salted SHA-256), Werkzeug (`pbkdf2:sha256:…$`, `scrypt:…$`) and Django (`pbkdf2_sha256$…$`, `argon2$`,
 * `bcrypt_sha256$`) store them; crypt(3)'s (`$1$`, `$5$`, `$6$`, `$2b$`, `$y$`, `$argon2id$`) and LDAP's
 * `{SSHA}…` userPassword values (not `{CLEARTEXT}`, which is the password), PostgreSQL's SCRAM verifiers,
 * Django's mark of an unusable password (`!` and 40 random characters: no password opens it), and
 * Jupyter's `passwd()` output (`argon2:$argon2id$…`, formerly `sha1:<salt>:<digest>`), and Magento's `<sha256 or argon2id hex>:<salt>:<version>`.
 */
const STORED_PASSWORD_HASH = /^(?:pbkdf2[:_]sha\d{1,3}[:$]\d{1,7}\$|scrypt:\d{1,7}:\d{1,3}:\d{1,3}\$|(?:argon2|bcrypt(?:_sha256)?|sha1|md5|scrypt)\$|\$(?:1|2[abxy]?|5|6|7|y|gy|argon2i?d?|sha1|md5|pbkdf2(?:-sha(?:1|256|512))?)\$|\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|PBKDF2[\w-]{0,20}|ARGON2|BCRYPT|MD4|NT)\}|SCRAM-SHA-(?:1|256)\$|![A-Za-z0-9]{40}$|argon2:\$argon2|digest1:[A-Za-z0-9+/]{40,}={0,2}$|sha1:[0-9a-f]{12}:[0-9a-f]{40}$|[0-9a-f]{64}:[A-Za-z0-9]{32}:(?:[0-3]|3_32_2_\d{4,10})$)/i;

/** 16 to 19 hex digits, letters and digits mixed, under an `api_secret`-like name. */
function isShortHexSecret(name: string, value: string): boolean {
  if (!/^[0-9a-f]+$/i.test(value) || !/[a-f]/i.test(value) || !/[0-9]/.test(value)) return false;
  // Akismet's keys are 12 hex digits, stored as WordPress's `wordpress_api_key` option.
  if (value.length === 12 && /^(?:wordpress|akismet)_api_key$/.test(normaliseName(name))) return true;
  // (And the 16 hex of a licence, UPS's access licence number under its names; Pusher's app secrets are 20 hex; MediaWiki's upgrade key is 16.)
  // (And a password drawn as hex, `openssl rand -hex 8`: Icinga 2's `api setup` writes its ApiUser's so.)
  return value.length >= 16 && (/(?:^|_)(?:(?:api|app|client|consumer|shared|oauth|pusher)_?secret|licen[cs]e(?:_number|_key)?|ups_access_key|wg_upgrade_key)$/.test(normaliseName(name))
    || (isPasswordName(name) && !HASH_NAMES.test(normaliseName(name))));
}

/** Letters in alphabet order, a stand-in typed by a person: `abcd-efgh-ijkl-mnop`. */
function isAlphabetRun(letters: string): boolean {
  for (let i = 1; i < letters.length; i++) if (letters.charCodeAt(i) !== letters.charCodeAt(i - 1) + 1) return false;
  return true;
}

/** Values that can never be a credential, whatever the name says. */
function isNeverACredential(name: string, value: string, quoted = false): boolean {
  // Apple's app-specific passwords are four groups of four letters (`abcd-efgh-…`): random, not words or an id.
  if (APPLE_APP_PASSWORD.test(value) && isPasswordName(name)) return isPlaceholder(value) || isDummyPassword(value) || isAlphabetRun(value.replace(/-/g, ''));
  // A licence's serial is groups of capitals and digits (Unity's `U3-XXXX-XXXX-XXXX-XXXX-XXXX`): the format, no identifier.
  if (isLicenceSerial(name, value)) return isPlaceholder(value);
  // A service's prefix before a UUID is the token's own (Hathora's `secret-<uuid>`): no identifier under a secret's name.
  if (PREFIXED_UUID.test(value) && isStrongName(name)) return isPlaceholder(value);
  // Generators group random letters and digits with dashes too (`IvEZ-Bmvy-zqCc-wbpq`, under any secret's name: SSSD's `authtok`,
  // slapd's `credentials=`): an identifier has no mixed case in every group.
  if (isGroupedPassword(value)) return isPlaceholder(value) || isDummyPassword(value);
  if (isPlaceholder(value) || isReference(value) || (isIdentifierOrPath(value) && !isMemorablePassword(name, value) && !isPassphrase(name, value))) return true;
  // Omnibus GitLab's database passwords are given as their MD5 (`gitlab-ctl pg-password-md5`): a hash there.
  if (/^(?:sql_user|sql_replication|pgbouncer_user|sql_ro_user)_password$/.test(normaliseName(name)) && /^[0-9a-f]{32}$/.test(value)) return true;
  // An id and the file that holds the secret (systemd's `LoadCredential=jwt-key:/etc/app/credentials/jwt.key`): a path.
  if (/^[\w.@-]{1,60}:\/[\w.-]{1,60}\/[\w./-]{1,200}$/.test(value)) return true;
  // ASP.NET's machine key left to the runtime: `AutoGenerate,IsolateApps` is a setting, no key.
  if (/^AutoGenerate(?:,Isolate\w{1,20}){0,2}$/.test(value)) return true;
  // A reference closed by a string that opened before the name: `echo ":api_key: $GEM_API_KEY" > …`.
  if (/^[^"'`]+["'`]$/.test(value) && isReference(value.slice(0, -1))) return true;
  if (/^(?:true|false|yes|no|on|off|required|optional|null|nil|none|empty|string|number|boolean|secret|password|token)$/i.test(value)) return true;
  // addons.mozilla.org's API key is the JWT issuer, `user:<id>:<n>`: an id (its secret signs).
  if (/^user:\d{1,12}:\d{1,6}$/.test(value)) return true;
  // A package's version with its epoch (`1:4.13+dfsg1-1+deb12u1`, as `dpkg -l` lists `passwd`'s).
  if (/^\d{1,3}:\d{1,4}(?:\.\d{1,6}){1,4}[\w.+~-]{0,60}$/.test(value)) return true;
  // A command's option (`Get-AzKeyVaultSecret -VaultName …`, `--password-stdin`): letters after one or two dashes.
  if (/^--?[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*$/.test(value)) return true;
  // Lowercase words closed by a colon: a chat's emoji shortcode (`the real token :sweat_smile:`), a label.
  if (/^:?[a-z][a-z0-9]*(?:[_+-][a-z0-9]+)*:$/.test(value)) return true;
  // A generic type (`ReturnType<typeof …`, `Map<String, …`, C++'s `__use_future_ct<decay_t<_Func>`): a type read as a value.
  if (/^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Za-z_]\w*_\w*|[a-z]{3,}\w*)<[A-Za-z_]/.test(value)) return true;
  // A regex's character class of ranges (`…\/[a-zA-Z0-9\/_+=.@-]+$` in a schema's `pattern`): the shape of values, not one.
  if (/\[\^?(?:[a-zA-Z0-9]-[a-zA-Z0-9]|\\[dwsDWS])[^\]]{0,60}\][+*?{]/.test(value)) return true;
  // (The ranges may follow marks: RFC 7230's token class, `[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,}`.)
  if (/\[[^\]]{1,60}(?:0-9|[aA]-[zZfF])[^\]]{0,60}\][+*?{]/.test(value)) return true;
  // Postman stamps every request with a `Postman-Token` header: a random UUID, a nonce.
  if (/^postman[-_]?token$/i.test(name) && isUuid(value)) return true;
  // Terraform state keeps a resource's provider data as base64 JSON under `private` (`eyJ…`, its timeouts and schema version).
  if (/^private$/i.test(name) && value.startsWith('eyJ')) return true;
  // A WebSocket handshake's `Sec-WebSocket-Key` is sixteen random bytes the client draws per connection: a nonce (RFC 6455).
  if (/^sec[-_]?websocket[-_]?key$/i.test(name) && /^[A-Za-z0-9+/]{22}==$/.test(value)) return true;
  // Git's `user.signingkey` names a GPG key by its id or fingerprint (`!` forces that key): public.
  if (/^signingkey$/i.test(name) && /^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})!?$/.test(value)) return true;
  // So does a release's signing key written as gpg prints it, in capitals (`SIGNING_KEY ?= 44C3…77FF`): its fingerprint or long id.
  if (/(?:^|_)(?:signing|sign|gpg|pgp|release)_?key(?:_?id)?$/.test(normaliseName(name)) && /^(?:0x)?(?=[0-9A-F]{0,39}[A-F])(?:[0-9A-F]{16}|[0-9A-F]{40})$/.test(value)) return true;
  // A BuildKit secret's mount spec names where the secret comes from: `id=npm_token,env=NPM_TOKEN`, `id=aws,src=$HOME/.aws/credentials`.
  if (/^id=[\w.-]{1,60},(?:env|src|source|type|target|required)=/.test(value)) return true;
  // A Bitwarden cipher string (`2.<iv>|<ciphertext>|<mac>`, the type before the dot): encrypted, as its vault stores every key.
  if (/^[0-7]\.[A-Za-z0-9+/]{16,}={0,2}\|[A-Za-z0-9+/]{16,}={0,2}(?:\|[A-Za-z0-9+/]{16,}={0,2})?$/.test(value)) return true;
  // A word set off by marks is a marker: a locked account's `!disabled!`, `*locked*`, `<none>`.
  if (/^[^\w\s]{1,2}[A-Za-z]{3,20}[^\w\s]{1,2}$/.test(value)) return true;
  // A call at the start or after a dot means code (`Joi.string().min(8)`). Parentheses elsewhere
  // are common in generated keys: Django's alphabet has both, so about a third of its keys hold
  // a `x(…)` run.
  // The call must end there or go on as code does (`.min(8)`, `;`): in a Django key (`c(=u819)v…`)
  // random characters follow.
  // (An HSM's PIN is digits: eight or more under a PIN's name are the PIN.)
  if ((/^-?\d+$/.test(value) && !(value.length >= 8 && /_pin$/.test(normaliseName(name)) && isPasswordName(name))) || isTemplate(value) || /(?:^|\.)[A-Za-z_$][\w$]*\([^)]{0,40}\)(?=$|[.;,)\s])/.test(value)) return true;
  // A call cut at a space (`f.encrypt(b"A` in prose): a dotted callee, or a string argument.
  // So is a name closing a call (`credentials)` from `Client(credentials=credentials)`).
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(|\(\w?["']|^[A-Za-z_$][\w$.]*\)+;?$/.test(value)) return true;
  // The name was prose inside a string: `"Unexpected token =",Dup…`. A quoted literal may open with
  // any character its generator draws (Django's keys open with `)` or `&` one time in twenty-five).
  if (!quoted && /^[,;:)\]}>|&]/.test(value)) return true;
  // A call cut open (`generate_account_sas(`, `t.setAttribute(` after a string ends), a keyword
  // argument closing one (`logging_enable=True)`), a cast or a PowerShell sub-expression.
  if (/(?:^|[.(])[A-Za-z_$][\w$]*\($|^[A-Za-z_$][\w$]*=[\w$.'"]*\)+;?$|^\([A-Za-z][\w.-]*(?:\)[\w.]*\(?)?$/.test(value)) return true;
  if (/\)["'`]/.test(value)) return true; // prose quoting code: `(Using password: YES)"-error`
  if (/^[a-z][a-z0-9.-]{0,250}:\d{2,5}$/i.test(value)) return true; // a host and port: `localhost:6379`
  if (value.startsWith('django-insecure-')) return isNeverACredential(name, value.slice(16), true);
  if (/^unix:/.test(value)) return true; // a socket: nginx's `fastcgi_pass unix:/run/php-fpm.sock;`
  if (/^(?:[a-z_]{2,40}|[A-Z_]{2,40})=$/.test(value)) return true; // the next argument's name: `getenv("DB_PASSWORD", default=…)`
  if (isPublicByDesign(value)) return true; // publishable keys: made for browsers and apps
  if (value.startsWith('eyJ') && isPublicJwt(value)) return true; // a Supabase anon key: made for browsers
  if (decodesToProse(value)) return true; // a documented example: base64 of `Hello from Google Cloud Platform`
  if (/^\*[0-9A-F]{40}$/.test(value)) return true; // a MySQL native password hash: the password-hash rule's, where it leaks
  // A digest named by its algorithm: Vault's audit log (`hmac-sha256:…`), an SSH key's fingerprint (`SHA256:…`).
  if (/^(?:hmac-)?(?:sha1|sha224|sha256|sha384|sha512|md5):(?:[0-9a-f]{32,128}|[A-Za-z0-9+/]{27,86}={0,2})$/i.test(value)) return true;
  if (STORED_PASSWORD_HASH.test(value)) return true; // stored hashes: `pbkdf2:sha256:600000$salt$…`, `$6$…`, `{SSHA}…`
  // A Windows DPAPI blob, in base64 or hex (a WLAN profile's protected keyMaterial): ciphertext the user's logon key opens.
  if (value.startsWith('AQAAANCMnd8BFdERjHoAwE') || /^01000000d08c9ddf0115d1118c7a00c04fc297eb/i.test(value)) return true;
  if (/^\d:[0-3]:[A-Za-z0-9+/]{20,}={0,2}$/.test(value)) return true; // Magento's encrypted config (`0:3:<base64>`): ciphertext its env.php key opens
  if (/^EV\[\d:[A-Za-z0-9+/=]{16,}:[A-Za-z0-9+/=]{16,}\]?$/.test(value)) return true; // DigitalOcean App Platform's encrypted secret (`EV[1:…:…]`)
  if (/^\d+(?:\.\d+){2,}$/.test(value)) return true; // versions, OIDs (`1.2.840.113556.1.4.90`), addresses
  // A date and time (Argo CD's `admin.passwordMtime`, base64 in its Secret): when the password changed, not the password.
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return true;
  if (/(?:^|[^\d.])(?:\d{1,3}\.){3}\d{1,3}(?:[^\d.]|$)/.test(value)) return true; // holds an IP address: `192.168.8.100:2274->…` in a log
  if (/%[sdr]$|%\(\w{1,40}\)[sdr]/.test(value)) return true; // a format string: `storage-systems/%s`
  // A regular expression: `(YES|NO)?\)\s*$`, `(.*)EndpointSuffix=`. A lone `.*` also turns up in
  // generated keys drawn from punctuation (`…W9.*~.sld3`): it counts with a group, class or anchor,
  // or at an end (`AmazonLookoutMetrics-.+`).
  // (A `.+` closing a password with digits in it is the password's: `…4lpQ.+`.)
  if (/\\[sdwbSDW]|\(\?[:=!<]/.test(value) || (/\.[*+]/.test(value) && (/[()[\]|]|^\^|\$$|^\.[*+]/.test(value) || (/\.[*+]$/.test(value) && !/\d/.test(value))))) return true;
  // A name, not a value: `ec2_custom_key`, or the assigned name itself (`AUTH_KEY = "AuthKey"`).
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:key|secret|token|password|pass|pwd)$/i.test(value) || echoesName(name, value)) return true;
  if (/^--[a-z]/i.test(value)) return true; // another flag: `--password --inputbox`
  if (/^\p{Ll}{3,24}[?!]$/u.test(value)) return true; // a word and its question: a UI label's `"Password dimenticata?"`
  // Hex of an encrypted keystore's JSON (`7b2263727970746f…`, `{"crypto": {"cipher": …`): hummingbot's saved keys, encrypted with its password.
  if (/^7b22[0-9a-f]{60,}$/i.test(value) && /^\{"(?:crypto|ciphertext|cipher|encrypted)"/.test(hexText(value.slice(0, 40)))) return true;
  // Another setting inside the value (`key.pem:certKey=crt.pem`), an AWS SigV4 credential scope (`AKID/20240101/us-east-1/s3/aws4_request`).
  if (/[:;][a-z][A-Za-z_.-]{2,40}=|(?:\/|%2F)aws4_request$/i.test(value)) return true;
  // Words of another script in a key's value (`请填写APIv3密钥`, `vk1.a.ВАШ_ТОКЕН`): a note to fill it in.
  // Issued keys are ASCII; a person's password may not be.
  if (!isPasswordName(name) && /[^\x00-\x7f]/.test(value) && countBeyondLatin(value) >= 2) return true;
  // A user and its secret joined (Milvus's `token="root:…"`, Dagster+'s `user:<hex>`): the secret decides.
  const joined = /^(?:root|user|admin|guest):(.{12,})$/.exec(value);
  if (joined) return isNeverACredential(name, joined[1], quoted);
  // (`foo`, `bar` and `abc` as words: `Barcelona6324.` is someone's password.)
  // (A service's prefix that opens with such a word before a long random run is no stand-in: Rootly's `rootly_<hex>`.)
  if (/^(?:test|dummy|fake|demo|sample|example|foobar)|^(?:foo|bar|abc)(?![a-z])|^(?:admin|root|guest|user|pass)(?![a-z]{0,10}[_-][A-Za-z0-9]{24,}$)/i.test(value)) return true;
  if (/abc12|12345|qwerty/i.test(value)) return true; // typed by a person as a stand-in: `jwt_abc123`
  // Words joined by punctuation: package coordinates and labels (`google-auth-library-credentials:1.3.0`).
  // (Not a label before a UUID: Persona's `persona_production_<uuid>`.)
  if (value.split(/[-_.:/]/).filter(part => /^[a-z]{4,}$/.test(part)).length >= 3 && !isPassphrase(name, value) && !isUuid(value.slice(-36))) return true;
  // Short hex: ids, colours. A 16-hex value under a `…secret` name is 64 random bits, as
  // Flickr's API secrets are (`api_secret = 71b5…`): kept when it mixes letters and digits.
  if (/^(?:0x)?[0-9a-f]+$/i.test(value) && value.length < 20 && !/^\d+$/.test(value) && !isShortHexSecret(name, value)) return true;
  // Words in any script: `IAmSensitive`, `accesstoken`, `Contraseña`; not random one-case
  // letters (`vwsejamwcwfyhkgv`).
  // (Nor random letters of both cases: `ziukfHZyegTc`.)
  if (/^\p{L}+$/u.test(value) && (value.match(/\p{Lu}/gu)?.length ?? 0) <= 3 && !isUnpronounceable(value) && !isUnpronounceableMixedCase(value)) return true;
  // (A provider's word prefix before a random body is a key's format, not a stand-in: ImageKit's `private_…`,
  // GrowthBook's `secret_admin_…`, Khalti's `live_secret_key_…`, Efí's `Client_Secret_<40 hex>`.)
  if (/pass(?:word|wd)|secret|token|sensitive|private|change_?(?:me|this|it)/.test(deLeet(value).replace(/-/g, '_'))
    && !/^(?:(?:live|test)_)?(?:private|secret|token)[_-](?:(?:key|admin|api)_)?[A-Za-z0-9+/]{20,}={0,2}$/.test(value)
    && !isWordPrefixedFormat(value)
    && !/^(?:[A-Z][a-z]{1,11}_){1,3}[0-9a-f]{32,}$/.test(value)) return true; // `P@ssw0rd!`, `mySecret123`
  if (isEncodedStandIn(value)) return true;
  return isPasswordName(name) && isDummyPassword(value);
}

/**
 * A short issuer's prefix ending in `secret` or `token`, then a random body of 16 or more: a format
 * (Tesla's `ta-secret.…`), unless the body has words of its own.
 */
function isWordPrefixedFormat(value: string): boolean {
  const m = /^[a-z]{0,6}[-_]?(?:secret|token)[-_.]([\x21-\x7e]{16,200})$/.exec(value);
  return !!m && charClassCount(m[1]) >= 3 && !/pass|secret|token|private|change|example|sample|dummy/.test(deLeet(m[1]));
}

/** Letters beyond the Latin alphabets (CJK, Cyrillic, Hangul, Arabic…). */
function countBeyondLatin(value: string): number {
  let n = 0;
  for (const ch of value) if (ch.charCodeAt(0) > 0x24f && /\p{L}/u.test(ch)) n++;
  return n;
}

/** A signed JWT whose claims make it public (the anon role of Supabase and PostgREST). */
function isPublicJwt(value: string): boolean {
  if (!/^[^.]+\.[^.]+\./.test(value)) return false; // three segments, or no JWT
  const decoded = decodeJwt(value);
  return !!decoded && jwtKind(decoded.claims) === 'public';
}

/**
 * A diceware-style passphrase under a password or secret name: four to eight random words joined
 * by `-` (`forest-bronze-anchor-hollow`). Labels name what they are for, so a value with a word
 * of configuration (`dev-session-secret-value`, `my-app-signing-key`) is none.
 */
function isPassphrase(name: string, written: string): boolean {
  // (The number may hang on the last word by another mark: `plinth velvet cipher marble otter-588`.)
  const value = written.includes(' ') ? written.replace(/(?<=[a-z])[-_.](\d{1,5})$/, ' $1') : written;
  const words = value.split(/[-_. ]/);
  if (words.length > 8 || new Set(value.match(/[-_. ]/g)).size !== 1) return false;
  // Four words or more; or, under a password's name, three and a number (`spruce-saffron-zephyr-697`,
  // a password manager's memorable password), the number glued to the last word too (`…-bramble72`).
  const last = words[words.length - 1];
  // (A generator may capitalise a word: `Velvet-willow-cobalt-quarry-731`.)
  const numbered = (/^\d{1,5}$/.test(last) || /^[A-Za-z][a-z]{2,8}\d{1,5}$/.test(last)) && isPasswordName(name);
  const letters = (!numbered ? words : /^\d/.test(last) ? words.slice(0, -1) : [...words.slice(0, -1), last.replace(/\d+$/, '')]).map(w => w.toLowerCase());
  if (letters.length < (numbered ? 3 : 4) || !words.every(w => /^[A-Za-z]?[a-z0-9]*$/.test(w)) || !letters.every(w => /^[a-z]{3,9}$/.test(w))) return false;
  // Unnumbered: four words with dashes under a secret's name, or with any separator under a password's (`heron.russet.quarry.amber`).
  if (!numbered && !isPasswordName(name) && (!value.includes('-') || !/pass|secret|key|pwd/i.test(name))) return false;
  return !letters.some(w => CONFIG_WORDS.has(w));
}

/** Words of labels and placeholders, which a random passphrase is unlikely to draw. */
const CONFIG_WORDS = new Set(('secret session key token password pass pwd change replace dev development test testing prod production '
  + 'staging stage local default example sample app application api your the this that not real dummy fake placeholder value here '
  + 'admin user cookie jwt signing salt insecure unsafe please must should only use for and with from demo mock temp tmp config '
  + 'setting settings env server client service web site auth access private public master root data database cache correct staple keystore release debug backup primary replica readonly file name role account vault '
  // (And the words of a note to fill in, in other languages: `coloque_sua_chave_aqui`, `mettre_votre_cle_ici`.)
  + 'sua seu tua teu votre vos ihr ihre dein deine tuo tua vostro uw twoj tvoj aqui aca ici hier qui qua tutaj '
  + 'chave clave cle schluessel chiave sleutel klucz senha contrasena passwort kennwort parola wachtwoord haslo '
  + 'coloque ponga pon poner mettre insira insere inserire inserisci voeg wpisz enter insert put fill').split(' '));

/**
 * Capitalised words joined by a separator, digits at the end (`Velvet-Osprey363`, `Nutmeg_Quokka122`):
 * a password manager's memorable password, or a person's; or glued, with two digits or more
 * (`TopazForest4491`, `Summit2002!`). Under a password's name that is no identifier.
 */
function isMemorablePassword(name: string, value: string): boolean {
  return (/^(?:[A-Z][a-z]{2,12}[-_.]){1,4}[A-Z][a-z]{2,12}\d{1,5}[-_.!@#$%]?$/.test(value) || isPersonalPassword(value) || isLowerCaseMemorable(value))
    && isPasswordName(name);
}

/**
 * Two or three words in lower case and a number (`lantern_orchard101`, `walnut-zephyr821`): a
 * memorable password as generators and people make them, under a password's name. Unless a word
 * says what the value is instead (`db_user_2024`, `test_pass123`, `app-v2-2024`).
 */
function isLowerCaseMemorable(value: string): boolean {
  const m = /^([a-z]{4,12})[-_.]([a-z]{4,12})(?:[-_.]([a-z]{4,12}))?\d{2,4}$/.exec(value);
  return !!m && !m.slice(1).some(word => word !== undefined && IDENTIFIER_WORDS.has(word));
}

/** Words of names, settings and stand-ins, never of a memorable password. */
const IDENTIFIER_WORDS = new Set(['pass', 'password', 'passwd', 'secret', 'token', 'user', 'users', 'admin', 'root', 'test', 'testing',
  'demo', 'example', 'sample', 'default', 'prod', 'production', 'stage', 'staging', 'local', 'main', 'master', 'backup', 'temp', 'release',
  'build', 'version', 'service', 'server', 'client', 'account', 'database', 'mysql', 'postgres', 'redis', 'mongo', 'docker', 'change',
  'changeme', 'replace', 'dummy', 'fake', 'mock', 'none', 'null', 'empty', 'value', 'string', 'config', 'setting', 'settings', 'guest', 'login']);

/**
 * The password a person makes up: a word or two (a name, a pet, a team), digits, maybe a symbol
 * (`Tygrys2000`, `Gandalf_kasia88`, `$Natalia225`, `BARCelona6324.`). Weak, and for that reason
 * below any entropy bar; a capital or a symbol tells it from a snake-case name with a number.
 */
function isPersonalPassword(value: string): boolean {
  return value.length >= 8 && /[A-Z]|^[$@#!*]|[-.!@#$%*?&]$/.test(value)
    && /^[$@#!*]?[A-Za-z]{3,15}(?:[-_.@][A-Za-z]{2,15}){0,3}\d{2,6}[-_.!@#$%*?&]?$/.test(value);
}

/** Base64 of a stand-in: `dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl` is "this is not a real value". */
function isEncodedStandIn(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = decodeBase64(value);
  if (!decoded || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  // `user:password` (a registry's `auth`) stands in by its password: Azure Container Registry's
  // token logins name the all-zero GUID as their user.
  const text = /^[\w.@-]{1,100}:(?=[\x21-\x7e]{8})/.test(decoded) ? decoded.slice(decoded.indexOf(':') + 1) : decoded;
  // (A document, `{"UserID":…,"Password":…}`, is a token's payload: only a lone word is a dummy password.)
  return isPlaceholder(text) || (!/[{}":,\s]/.test(text) && isDummyPassword(text));
}

/** The text a run of hex spells, byte by byte. */
function hexText(hex: string): string {
  return hex.replace(/[0-9a-f]{2}/gi, pair => String.fromCharCode(parseInt(pair, 16)));
}

/** The value spells the name it is assigned to, or a part of it: an enum member or a label. */
function echoesName(name: string, value: string): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const v = letters(value);
  const n = letters(name);
  // (A short name turns up in random values by chance: `sk` in one 40-character key of twenty.)
  // (A name a provider writes before the random part is the token's own prefix: Efí's `Client_Secret_<40 hex>`.)
  return v.length >= 6 && (n.includes(v) || (n.length >= 5 && v.includes(n) && !hasRandomTail(v.replace(n, ''))));
}

/** Letters and digits left of a value once its name's letters are gone: 32 hex or more, or 24 mixed letters and digits. */
function hasRandomTail(rest: string): boolean {
  return /^[0-9a-f]{32,}$/.test(rest) || (rest.length >= 24 && /\d/.test(rest) && /[a-z]/.test(rest) && looksRandomEnough(rest, 3.5));
}

/** One token of key characters, mixing cases (and digits, when short), random one-case alphanumerics or 32+ hex; not a UUID, not in a comment. */
function isPlainlyAKey(value: string, hex: boolean, place: Place): boolean {
  if (place.inComment || value.length < 16 || isUuid(value) || !/^[A-Za-z0-9_\-+/.=~]+$/.test(value)) return false;
  if (hex && value.length >= 32) return true;
  // Mostly words is a label (`heightOfGeoidAboveWGS84Units`): a random key has word-like runs
  // over 60% of its length about once in a hundred.
  const wordy = (value.match(/[A-Z]?[a-z]{3,}/g) ?? []).join('').length / value.length;
  if (/[A-Z]/.test(value) && /[a-z]/.test(value)) return (/\d/.test(value) || value.length >= 20) && wordy <= 0.6;
  return isRandomOneCase(value);
}

/**
 * Letters of one case and digits, drawn at random (`ng6k8z92qy6l…`, `922IHY7OR8…`): many services
 * issue keys so. A random draw has about 28% digits and switches between letter and digit at
 * about two characters in five; these bars miss 2–4% of 20 to 32-character draws (simulated)
 * and keep out `build2024release2025final`, which switches four times in 25.
 */
function isRandomOneCase(value: string): boolean {
  if (value.length < 20 || !/^[a-z0-9]+$|^[A-Z0-9]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  if (digits < value.length * 0.1 || digits > value.length * 0.7) return false;
  const switches = value.match(/\d(?=\D)|\D(?=\d)/g)?.length ?? 0;
  return switches >= value.length * 0.18;
}

/**
 * Google's app password without its spaces (`MAIL_PASSWORD = "uccreycn…"`): sixteen lowercase letters
 * under a mail account's password, with no more vowels than letters drawn at random have (a word has about two in five).
 */
function isUnspacedAppPassword(name: string, value: string): boolean {
  if (!/^[a-z]{16}$/.test(value) || !/mail|smtp|imap|gmail|google|app_?pass/i.test(name)) return false;
  return (value.match(/[aeiou]/g)?.length ?? 0) <= 5;
}

/** Adds up the evidence for `name = value`; undefined when something rules the value out. */
/** Three or more words joined by colons: a format's fields (`UID:GID:GECOS:dir:shell`), not a password. */
const FIELD_LIST = /^[\p{L}_ ]{1,30}(?::[\p{L}_ ()（）]{1,30}){2,}$/u;

function weigh(name: string, value: string, place: Place, otherKey = false): Evidence | undefined {
  if (!place.quoted && !place.configLike && !place.inComment) return undefined; // `token = getToken()` in code is not a literal
  if (place.base64Data) return weighKubernetesData(name, value, place.encodedIn);
  // A comment's unquoted value is a token or nothing: `const credential = JSON.parse(…)` is example code.
  if (place.inComment && !place.quoted && /[()'"`]/.test(value)) return undefined;
  // Nor is an unquoted call anywhere: `auth: ldap(user@host,…)` in a log line.
  // (A call is named and closes its parenthesis last, or is cut before it: `e(cz1J…)NGs(8hF…` in an .env, `nu(qg…` in a Dockerfile's ARG, are passwords.)
  if (!place.quoted && /^[A-Za-z_$][\w$.]{2,}\(/.test(value) && (/\)[;,]?$/.test(value) || !value.includes(')'))) return undefined;
  // Nor a list of fields after a field's name (passwd(5) in any language: `jelszó:UID:GID:…`, `pw_passwd:pw_uid:…`).
  if (!place.quoted && FIELD_LIST.test(value)) return undefined;
  // An Erlang VM makes its cookie 20 random capital letters (RabbitMQ's `.erlang.cookie`): no digits, no case to mix.
  if (/(?:^|_)erlang_cookie$/.test(normaliseName(name)) && /^[A-Z]{20}$/.test(value) && shannonEntropy(value) >= 3.3) {
    return { score: THRESHOLD, reasons: [`the name ${name} says credential`, 'an Erlang cookie\'s shape (20 random capitals)'] };
  }
  // Words with a letter no generator draws (`API-Schlüssel`, a translation file's label for an API key): text, not a key.
  if (/[^\x00-\x7f]/.test(value) && /^[\p{L}' -]+$/u.test(value)) return undefined;
  const password = isPasswordName(name);
  // Google shows an app password as four groups of four letters (`abcd efgh ijkl mnop`); pasted
  // with its spaces it still works, so judge the letters.
  // (Its letters joined read as one lowercase word: judged as written for what is never a credential.)
  // WordPress shows its application passwords as six groups of four letters and digits (`a7Gv fDKh …`).
  // Unspaced, under a mail account's password, its sixteen letters are as random as spaced (few vowels, unlike a word).
  const written = password && isUnspacedAppPassword(name, value) ? value.replace(/(.{4})(?=.)/g, '$1 ') : value;
  // (Google's is sixteen letters, often written without its spaces: `qkzvmtrhwplbxsne`, letters no one could pronounce.)
  const appPassword = password && (/^[a-z]{4}(?: [a-z]{4}){3}$/.test(written) || /^[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}$/.test(value) || (/^[a-z]{16}$/.test(written) && isUnpronounceable(written)));
  if (appPassword) value = value.replace(/ /g, '');
  // A passphrase of words with spaces between (`thistle juniper falcon copper rafter`): judged as its words joined.
  else if (password && value.includes(' ') && isPassphrase(name, value)) value = value.replace(/ /g, '-');
  // Hex has 4 bits per character at most: a random 32-hex key falls under 3.3 bits about once
  // in 50 draws, a 20-hex one once in 3. Placeholders (`deadbeef…`, `0123…`) are ruled out apart.
  const hex = /^[0-9a-f]{20,}$/i.test(value) || isShortHexSecret(name, value);
  // A UUID is 32 hex digits: its dashes say nothing of how random it is.
  const uuid = isUuid(value);
  // A password a person chose is low in entropy by nature: its shape says what it is.
  // (Twelve hex digits, Akismet's keys, fall under 2.9 bits about half the time.)
  // A short value cannot reach a long one's entropy: 8 characters hold 3 bits each at most, so one
  // repeated character (a mainframe's `LD1LCRH2`) would fall under 2.8. The bar sits below the most it can hold.
  // (Passwords from 8 characters; keys from 12: an 8-character value under a key's name is rarely random.)
  // (A named service's secret may be shorter when it mixes cases and digits: Naver's client secrets are 10.)
  const shortest = password ? 8 : value.length >= 12 || value.length < 10 ? 12 : !hex && charClassCount(value) >= 3 && namesProvider(name) ? 10 : 12;
  // (A mainframe's password is eight capitals and digits, drawn at random: `QGIZZSWH` repeats a letter as often as not.
  // So is a router's generated Wi-Fi key, ten to twelve of them: `6AP3JAHLHC`.)
  const mainframe = password && /^[A-Z0-9#@$]{8,12}$/.test(value) && isUnpronounceableShort(value.replace(/[^A-Z]/g, ''));
  const minEntropy = Math.min(password ? (isMemorablePassword(name, value) ? 2 : mainframe ? 2.5 : 2.8) : hex || uuid ? (value.length <= 12 ? 2.4 : 2.9) : 3.3,
    value.length >= shortest ? Math.log2(value.length) - 0.4 : Infinity);
  // (An HSM's or a card's PIN is digits alone by design: one class of character, judged by its entropy.)
  const pinDigits = /^\d{8,}$/.test(value) && /_pin$/.test(normaliseName(name)) && password;
  // (So is an app password's: lowercase letters alone.)
  // (So is a grouped password's: its dashes are the generator's, its groups may lack digits.)
  const random = pinDigits || mainframe || appPassword || isGroupedPassword(value) || isLicenceSerial(name, value) ? shannonEntropy(value) >= minEntropy : looksRandomEnough(uuid ? value.replace(/-/g, '') : value, minEntropy, 2048);
  if (!random || isNeverACredential(name, appPassword ? written : value, place.quoted)) return undefined;
  // A `<word>_key` name the lists do not know needs a value that is plainly a key: long, and
  // mixed-case alphanumerics or 32+ hex, not a UUID (`typeform_key`, but no `asset_key` id).
  if (otherKey && !isPlainlyAKey(value, hex, place)) return undefined;
  const reasons = [otherKey ? `the name ${name} may name a service's key` : `the name ${name} says credential`];
  let score = otherKey ? 1.5 : 2;
  const entropy = shannonEntropy(value);
  score += Math.min(1.5, (entropy - minEntropy) * 2);
  reasons.push(`random-looking value (${entropy.toFixed(1)} bits/char, ${value.length} chars)`);
  if (value.length >= 16) score += 0.5;
  if (charClassCount(value) >= 3) score += 0.5;
  // Its length says it is no default.
  if (pinDigits) {
    score += 0.5;
    reasons.push(`a PIN of ${value.length} digits`);
  }
  const basic = basicCredential(value);
  if (basic === 'dummy' || encodesDummy(value)) return undefined;
  if (basic) {
    score += 1;
    reasons.push('decodes to user:password');
  }
  if (uuid) {
    // Most UUIDs are identifiers (`projectToken`, `teamAuth` in JSON documents): a UUID counts only
    // under a name that says key, secret or password, or under an env-style name (`SNYK_TOKEN`).
    // (A provider's token or key, `dns_duckdns_token`, is the credential that provider issues, UUIDs included.)
    // (So does a service's own credential name: PhonePe's salt key is a UUID.)
    if (!isStrongName(name) && !/^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(name) && !isProviderCredentialName(name) && !SERVICE_CREDENTIAL_NAME.test(normaliseName(name))) return undefined;
    // (An integration key that is a UUID is DocuSign's: its OAuth client id, shown in every consent URL.)
    if (/(?:^|_)integration_key$/.test(normaliseName(name))) return undefined;
    score -= 0.5;
    reasons.push('UUID-shaped');
  } else if (hex) {
    // A warehouse's surrogate key is an md5 of a business key under `<entity>_sk` (dbt's generate_surrogate_key):
    // a key of rows, not of a service. (Not a provider's secret key: `stripe_sk`, `huawei_sk`.)
    const words = normaliseName(name).split('_');
    if (value.length === 32 && words.length >= 2 && words[words.length - 1] === 'sk' && !isProviderWord(words[words.length - 2])
      && !/^(?:sdk|api|app|access|secret|client|account|cloud|oss|obs|cos|bos|tos)$/.test(words[words.length - 2])) return undefined;
    // 32 hex digits or more are 128 bits: a key's usual size, where the alphabet earns nothing.
    if (value.length >= 32) score += 0.5;
    reasons.push('hex (not a hash: the name is not a hash name)');
  }
  if (place.configLike && !place.inComment) {
    score += 0.5;
    reasons.push('config file');
  }
  if (place.spelled) {
    score += 0.5;
    reasons.push("spelled as its characters' codes");
  }
  if (place.inComment) {
    // A name written as code (`api_key:`, `apiKey:`) is a pasted setting more often than a
    // prose word is (`token: see the wiki`): it costs less.
    score -= /_|[a-z][A-Z]/.test(name) ? 1 : 1.5;
    reasons.push('in a comment');
  }
  return score >= THRESHOLD ? { score, reasons } : undefined;
}

/** A word of the name before its last is a service's: `NAVER_CLIENT_SECRET`, `dlocal_trans_key`. */
function namesProvider(name: string): boolean {
  return normaliseName(name).split('_').slice(0, -1).some(isProviderWord);
}

/** `<provider>_token`, `<provider>_key`: the credential a named service issues (`dns_duckdns_token`). */
function isProviderCredentialName(name: string): boolean {
  const words = normaliseName(name).split('_');
  // (The service names the credential itself: `slack_channel_token` is a channel's id.)
  return words.length >= 2 && /^(?:token|key|secret)$/.test(words[words.length - 1]) && isProviderWord(words[words.length - 2]);
}

/** A byte array's name without the word for its encoding after the secret's: `secretBytes` → `secret`, `key_raw` → `key`. */
function withoutEncodingWord(name: string): string {
  return normaliseName(name).replace(/_(?:bytes|data|raw)$/, '');
}

/** Any `…Key` but a public one: as 16+ random bytes (`kFixSessionKey`, `cacheKeyBytes`), key material. */
function isKeyNamedArray(name: string): boolean {
  const n = withoutEncodingWord(name);
  return /(?:^|_)key$/.test(n) && !/(?:^|_)(?:public|pub|verify|verifying|peer)_/.test(n);
}

/** Bytes counting up or down by one, most of the way (RFC 8439's test key `0x80, 0x81, …, 0x9f`): a test vector. */
function isByteRun(codes: number[]): boolean {
  let steps = 0;
  for (let i = 1; i < codes.length; i++) if (Math.abs(codes[i] - codes[i - 1]) === 1) steps++;
  return steps >= (codes.length - 1) * 0.8;
}

/**
 * A key written as a byte array: random bytes (most of them distinct, as 16 to 128 random bytes
 * are), judged as their hex under the array's name. A run (`0x00, 0x01, …`) or a table of
 * repeats is no key.
 */
function weighBytes(name: string, hex: string, place: Place, otherKey: boolean): Evidence | undefined {
  const bytes = hex.match(/../g)!;
  // Printable characters' codes spell text (`byteArrayOf(100, 121, …)`): a key kept from a search, judged as that text.
  const codes = bytes.map(b => parseInt(b, 16));
  // (Or, failing that, as random bytes that happen to be printable: `cVWfyKY9eQ~t.4Q*…` is both.)
  const spelled = codes.every(c => c > 0x20 && c < 0x7f) ? weigh(name, String.fromCharCode(...codes), { ...place, spelled: true }, otherKey) : undefined;
  if (spelled) return spelled;
  if (new Set(bytes).size < bytes.length * 0.7 || isByteRun(codes)) return undefined;
  const evidence = weigh(name, hex, place, otherKey);
  return evidence && { score: evidence.score, reasons: [...evidence.reasons, `a byte array of ${bytes.length} bytes`] };
}

/**
 * A Kubernetes Secret's `data:` values are base64: judge what they decode to (`Y2hhbmdlbWU=` is
 * `changeme`). Values that do not decode to text are binary keys and certificates: reported.
 */
function weighKubernetesData(name: string, value: string, encodedIn = 'Kubernetes Secret data'): Evidence | undefined {
  if (value.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || isPlaceholder(value) || isReference(value)) return undefined;
  const decoded = decodeBase64(value);
  if (decoded === undefined) return undefined;
  const reasons = [`the name ${name} says credential`, `${encodedIn}, base64-decoded`];
  if (!/^[\x20-\x7e\r\n\t]+$/.test(decoded)) return decoded.length >= 16 ? { score: THRESHOLD, reasons: [...reasons, 'binary'] } : undefined;
  const text = decoded.trim();
  const password = isPasswordName(name);
  if (text.length < 6 || /\s/.test(text) || isNeverACredential(name, text) || isDummyPassword(text)) return undefined;
  if (shannonEntropy(text) < (password ? 2.5 : 3)) return undefined;
  return { score: THRESHOLD, reasons: [...reasons, `decodes to a random-looking ${text.length}-character value`] };
}

/** Base64 of a sentence (words and spaces): an example in docs, never a generated key. */
function decodesToProse(value: string): boolean {
  if (value.length < 16 || value.length > 400 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = decodeBase64(value);
  return !!decoded && /^[A-Za-z][A-Za-z ,.'!?-]+$/.test(decoded) && (decoded.match(/ /g)?.length ?? 0) >= 2;
}

/** Padded base64 of a stand-in (FileZilla's `<Pass encoding="base64">ZGVtbw==</Pass>` is `demo`). */
function encodesDummy(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{4,60}={1,2}$/.test(value)) return false;
  const decoded = decodeBase64(value);
  return !!decoded && /^[\x20-\x7e]+$/.test(decoded) && (isDummyPassword(decoded) || isPlaceholder(decoded));
}

/** A base64 value that decodes to `user:password`: 'dummy' when the password is a placeholder. */
function basicCredential(value: string): boolean | 'dummy' {
  if (value.length < 8 || value.length > 400 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = decodeBase64(value);
  // (JSON holds colons too: `{"UserID":…}` is a document, not `user:password`.)
  if (!decoded || !/^[\x21-\x7e]{1,100}:[\x20-\x7e]{0,200}$/.test(decoded) || /^[{["]/.test(decoded)) return false;
  // `user:` alone (Docker's config for a registry that takes no password) holds nothing.
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return !password || isDummyPassword(password) ? 'dummy' : true;
}

/**
 * Whether `name = value` would be reported by the generic detector's value judgement (for rules
 * that find a literal by other means, such as an env read's fallback).
 */
export function acceptValue(name: string, value: string, quoted: boolean, ctx: RuleContext, otherKey = false): boolean {
  return weigh(name, value, { quoted, configLike: !!ctx.configLike, inComment: false, base64Data: false }, otherKey) !== undefined;
}

/** `P@ssw0rd` → `password`: placeholder passwords often come in leetspeak. */
function deLeet(value: string): string {
  return value.toLowerCase().replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/3/g, 'e')
    .replace(/[$5]/g, 's').replace(/7/g, 't');
}

export const GENERIC_RULE_ID = 'generic-secret-assignment';

/** The query before a Jenkins job's remote-trigger token (`/job/nightly/buildWithParameters?token=`). */
const JENKINS_TRIGGER = /\/job\/[^\s?#]{1,200}\/build(?:WithParameters)?\?(?:[^\s#?]{0,200}&)?token=$/;
/** A webhook's or a deploy hook's endpoint (`/api/hooks/deploy?token=…`): the token is what lets a caller in. */
const HOOK_TRIGGER = /\/(?:hooks?|webhooks?|deploy|triggers?)(?:\/[\w.-]{1,60}){0,3}\?(?:[^\s#?]{0,200}&)?token=$/i;

/** `sk-` or `sk_` and at least 20 more letters, digits and dashes: a secret key as its issuer prefixes it. */
const SECRET_KEY_PREFIXED = /^sk[-_][A-Za-z0-9_-]{20,200}$/;
/** A key shown by its ends only, in quotes: `"sk-...Lu2W"`, `'pk_…9f3a'`, `"sk_live_****4242"`. */
const MASKED_PREVIEW = /["'][A-Za-z][\w-]{0,14}(?:\.{3}|…|\*{3,})[A-Za-z0-9]{2,8}["']/;
/** Words joined by dashes, then a digest of 40 to 128 hex: a cache's or an artifact's key. */
// (Not a key's own prefix: Inngest's `signkey-prod-<64 hex>` opens with a word for key.)
const CACHE_KEY_VALUE = /^(?![\w.]{0,30}(?:key|secret|token|sk)[-_.])[A-Za-z][\w.]{0,30}(?:-[\w.]{1,40}){1,8}-[0-9a-f]{40,128}$/i;
const TOMCAT_DIGEST = /^[0-9a-f]{8,128}\$\d{1,7}\$[0-9a-f]{32,128}$/i;
/** Transmission's `rpc-password` once the daemon has hashed it: `{`, a salted SHA-1's 40 hex, then the 8-character salt. */
const TRANSMISSION_DIGEST = /^\{[0-9a-f]{40}[\x21-\x7e]{8}$/;

// Keywords are chosen for rare beginnings too: the prefilter's cost grows with how often a
// keyword's first four characters occur in ordinary code (`pi.key` finds `api.key=…` in .properties).
const KEYWORDS = ['password', 'passwd', 'passphrase', 'pass_phrase', 'pwd', 'pswd', 'pass"', "pass'", 'pass\\"', 'pass=', 'pass =', 'pass:', 'pass ', 'pass[', 'pass1', 'pass2', 'secret', 'token', 'api_key', 'apikey', 'api-key',
  'creds', 'privkey', 'priv_key', 'storepass', 'keypass', 'sapwd', 'keytab',
  // Rails' key bases under any name (GitLab's `db_key_base`, `otp_key_base`).
  'key_base',
  // Web Push's VAPID private key (`vapidPrivate`), MongoDB's replica set key (Bitnami's `MONGODB_REPLICA_SET_KEY`).
  'vapidprivate', 'vapid_private', 'replica_set_key', 'replicasetkey',
  // Pre-shared keys: Wi-Fi (`psk="…"`, NetworkManager's `psk=`), WireGuard's `PresharedKey = …`.
  'psk=', 'psk_hex', 'psk_b64', 'psk "', 'psk"', 'psk  ', 'psk: ', 'psk `', '_psk[', '_psk =', '_psk:', 'redkey',
  // A hash's symbol key (Ruby's `knife[:vsphere_pass] = …`); Java's comparison the other way round (`"…".equals(pass)`).
  'pass]', 'pass)',
  // `<what>_pw` (`ldap_bind_pw => …`, hiera's `ldap::bind_pw:`), an RSA key's private exponent, Splunk's `pass4SymmKey`.
  '_pw ', '_pw=', '_pw:', '_pw"', "_pw'", 'teexponent', 'te_exponent', 'ymmkey',
  // A bare `pw` set to or compared with a literal (`pw := "…"`, `if pw == "…"`).
  'pw ==', 'pw !=', 'pw :=', 'pw = "', "pw = '",
  'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'private-key', 'private"', 'credential', 'auth_key', 'authkey',
  'signing_key', 'signingkey', 'encryption_key', 'encryptionkey', 'master_key', 'masterkey', 'auth"', "auth'", 'auth:', 'auth=', 'auth =',
  ' key:', 'pi.key',
  // `<word>Key` in camelCase with any operator: Go's `:=`, aligned `=` and `:`, `+=`, PHP's `.=`, R's `<-`.
  'key:', 'key :=', 'key  ', 'key +=', 'key .=', 'key ?=', 'key ||=', 'key <-', 'key":', "key':",
  // A name as a call's first argument (`setProperty("apiKey", "…")`, `put("apiKey", …)`), an XML element (`<apiKey>`),
  // .NET's app settings (`<add key="AzureStorageKey" value="…" />`).
  'key",', "key',", 'key>', 'key" value=',
  // PHP's, Perl's and Ruby's hash entries (`'cookieValidationKey' => '…'`), Scala's and Kotlin's pairs (`"data.encryption.key" -> "…"`),
  // C#'s indexed initializers (`["SodiumKey"] = "…"`), a copy's number after the key (`fernetKey2:`).
  "key' =>", 'key" =>', "key'=>", 'key"=>', 'key" ->', "key' ->", 'key" to ', 'key"]', "key']", 'key1', 'key2',
  // `<word>Auth` and `<word>Pat` in every assignment form: Go's `:=`, PHP's `.=`, XML elements.
  'auth :=', 'auth .=', 'auth>', 'auth  ', '--auth ', '--auth=', 'pat =', 'pat  ', 'pat=', 'pat"', "pat'", 'pat :=', 'pat .=', 'pat>',
  // A key named in prose with a word for a connector: `the API key is …`, `API Key - …`.
  ' key is ', ' key - ', ' key was ', 'api key ',
  // `<what>_key` names (`OPENAI_KEY=`, `"consumer_key":`); which of them hold a credential is the name judgement's call.
  '_key=', '_key ', '_key:', '_key"', "_key'", 'aikey',
  // (A key's numbered version: Appwrite's `_APP_OPENSSL_KEY_V1=…`.)
  '_key_v',
  // In a code span: a Markdown table's `` | `AES_KEY` | `…` | ``.
  '_key`', 'key` |',
  // A setter named for the key (R's `set_entrez_key("…")`); an ESP-IDF NVS partition CSV's row (`wifi_pass,data,string,…`).
  '_key("', "_key('", ',data,string,', ',data,base64,',
  // A key declared as an array (`static const uint8_t kAesKey[16] = {0x…}`, C++'s `kKey{0x…}`).
  'key[', 'key{', 'keybytes', 'key_bytes',
  // C#'s auto-property with an initializer: `public string SodiumKey { get; set; } = "…";`.
  'key { get',
  // Perl's hash element (`$config{hmac_key} = …`), Erlang's pair (`{hmac_key, "…"}`, `{api_key, <<"…">>}`).
  '_key}', '_key, "', '_key, <<',
  // The Bitwarden CLI's unlocked session key (`export BW_SESSION=…`): it decrypts the vault.
  'bw_session',
  // Personal access tokens: `ASANA_PAT=…`, `figma_pat: …`.
  '_pat=', '_pat ', '_pat:', '_pat"', "_pat'",
  // A service's key by another word (`ZENDESK_API=…`, `mattermost_access: …`): rare in code, so cheap.
  '_api=', '_api:', '_api"', "_api'", '_api ', '_access=', '_access:', '_access"', "_access'", '_access ',
  '_private=', '_private:', '_private"', "_private'", '_private ', '_live=', '_live:', '_live"', "_live'", '_live ', 'keystring',
  // Paddle Classic's `vendor_auth_code` (`auth` already opens keywords: the gate pays nothing more).
  'authcode', 'auth_code', 'authtok', 'txnkey', 'txn_key', 'skey=', 'skey ', 'skey:', 'skey"', "skey'",
  // Kebab-case names (Lisps, YAML, CLI flags): `(def signing-key "…")`, `consumer-key: …`.
  '-key=', '-key ', '-key:', '-key"', "-key'",
  // XML elements: `<intercom_key>…</intercom_key>`.
  '_key>', '-key>', '_pat>',
  // A raw token as a header's whole value (`headers["Authorization"] = "…"`); Redis's password directives.
  'authorization', 'requirepass', 'masterauth', 'bearer =', 'bearer=', 'bearer":',
  // `key = …` under an INI/TOML section or a YAML mapping that names the credential (`[openai]`,
  // `mailgun:`), and dotted names (`app.jwt.key=…`).
  'key =', 'key=', '.key:', '"key"', "'key'", '_salt', 'salt = "', 'consumerkey', 'licensekey',
  'subscriptionkey', 'adminkey', 'servicekey', 'hmackey', 'appkey', 'stripekey',
  // LoRaWAN's session keys as LMIC writes them (`NWKSKEY[16] = { 0x… }`).
  'nwkskey', 'appskey',
  // Rails' master key printed in a transcript (`$ git show HEAD~3:config/master.key`, then the key).
  'master.key',
  // Credentials without a key word (SERVICE_CREDENTIAL_NAME): Devise's pepper, RabbitMQ's cookie, Strapi's `APP_KEYS=`.
  'pepper', 'erlang_cookie', '_keys=', 'app_keys', 'id.salt', 'linksalt', 'link_salt', 'key_fallback', 'unity_serial', 'ticketsalt', 'auth_value', 'passcode', 'authident', 'sonar.login', 'sonar_login', 'auth.user.info', 'key_octet',
  // ASP.NET's machine key copied into app settings (`MachineKeyValidation`).
  'keyvalidation', 'key_validation', 'keydecryption', 'key_decryption',
  // An HSM's or a smart card's PIN (`hsm.session.pin=`, `HSM_PIN=`, `pkcs11_pin`).
  '.pin=', '_pin=', '.pin"', '_pin"', '_pin:', '_pin ', '.pin:',
  // A map of secrets under a plural name (`PARTNER_KEYS = {`, `apiTokens: {`).
  'stringdata:', 'keymaterial>', 'keys = {', 'keys = map', 'keys = immutablemap', 'secrets = map', 'tokens = map', 'passwords = map', 'keys: {', 'keys={', 'keys": {', 'secrets = {', 'secrets: {', 'tokens = {', 'tokens: {', 'keys = [', 'keys: [', 'secrets = [', 'tokens = [',
  // … with its type written (`PARTNER_KEYS: Record<string, string> = {`, `API_KEYS: dict[str, str] = {`).
  'keys: record', 'keys: dict', 'keys: map', 'secrets: record', 'secrets: dict', 'tokens: record', 'tokens: dict',
  // The secret key beside an access key (`sk = …` in an INI section, `HUAWEICLOUD_SDK_SK=`, a Go struct's `SK:  "…"`).
  '_sk=', '_sk"', "_sk'", '_sk:', '_sk ', 'sk = ', 'sk=', 'sk: "', "sk: '", 'sk:  ', 'withsk(', 'setsk(', '_key1', '_key2',
  // LDAP's bind and root passwords: nslcd's `bindpw`, slapd's `rootpw`, OpenMediaVault's `<rootbindpw>`.
  'bindpw', 'rootpw',
  // Mumble's Ice secrets (`icesecretwrite=` grants control of the server).
  'icesecret',
  // A signing secret named by what it signs (`SlackSigning: "…"` in a Go struct).
  'signing:', 'signing =', 'signing=',
  // A qualifier after the name: `DB_PASS_READONLY=`, `db_pass_legacy:`; the encoding (`hmacKeyHex`).
  'pass_', 'eyhex', 'ey_hex',
  // Vault's unseal keys and their shares; Honeycomb's key header (`OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=…`).
  // (Each chosen for rare first letters: the prefilter's cost.)
  'erlangcookie', 'apisig', 'api_sig', 'secret_word', 'secretword', 'trankey', 'tran_key', 'transactionkey', 'transaction_key', 'nseal_', '.kek=', '_kek=', '.kek:', '_kek:', '_kek"', '.dek=', '_dek=', 'eycomb-team', 'eycomb_team', 'webhookhash', 'webhook_hash', 'derivation_salt', 'nistic_key', '_licence', '_license', 'app_certificate',
  // Credential words of other languages (names.ts reads them as English): `passwort`, `contraseña` (`trase`),
  // `mot_de_passe`, `senha`, `şifre` (`ifre`), pinyin `mima`, `miyao`, Korean `bimilbeonho`, `Schlüssel` (`schl`)…
  'passwort', 'kennwort', 'de_passe', 'depasse', 'de-passe', 'trase', 'senha', 'parol', 'wachtwoord', 'haslo', 'ifre', 'mat_khau', 'matkhau',
  'ta_sandi', 'tasandi', 'mima', 'kouling', 'bimil', 'pasuwa', 'salasana', 'jelszo', 'heslo', 'losenord', 'adgangskode', 'lozinka',
  'schl', 'clave', 'chave', 'chiave', 'sleutel', 'klucz', 'anahtar', 'kunci', 'klyuch', 'miyao', 'geheim', 'segredo', 'segreto',
  'gizli', 'rahasia', 'himitsu', 'sekret', 'jeton', 'zugangsdaten', 'credenci', 'credenzi', 'cle_api', 'cle_secr', 'bi_mat', 'lingpai', 'quanma',
  // …and in their own scripts (the keyword pass matches these apart, in stretches that are not ASCII).
  '密码', '密碼', '密钥', '密鑰', '秘钥', '口令', '授权码', '令牌', 'パスワード', 'トークン', 'シークレット', 'キー', '暗証', '비밀번호', '암호', '토큰', 'пароль', 'ключ', 'токен', 'секрет',
  'κωδικ', 'סיסמ', 'المرور', 'السر', 'المفتاح', 'पासवर्ड', 'รหัสผ่าน', '서명', '비밀', 'passord', 'jelsz', 'senord', 'rahatphan', 'rahat_phan', 'amho_',
  // (`hasło` and Vietnamese `mật` begin in ASCII: found at their first other letter and read back.)
  'hasło', 'mật', 'klíč', 'khóa', 'κλειδ', 'מפתח', 'عبور', 'mot de passe', 'kata sandi', 'mat khau', 'truy_cập', 'sisma',
  'कुंजी', 'गुप्त', 'टोकन', 'โทเค็น', 'คีย์',
  // ECPay's and NewebPay's merchant keys (`HashKey`, `HashIV`): they sign and encrypt the shop's payment requests.
  'hashkey', 'hash_key', 'hashiv', 'hash_iv',
  // ReportPortal's agents named their API key `rp_uuid` before `rp_api_key`.
  'rp_uuid',
  // acme.sh's OVH application secret and consumer key (`OVH_AS`, `OVH_CK`); an ACME account's EAB HMAC key (`LEGO_EAB_HMAC`, `--eab-hmac-key`).
  'client_state', 'clientstate', 'ovh_as', 'ovh_ck', 'eab_hmac', 'eab-hmac', 'eab_mac',
  // A key's second copy named after it (`hmac-key-secondary:`, DocuSign Connect's rotation pair).
  'key-secondary', 'key_secondary', 'keysecondary',
  // A webhook's HMAC key under its bare name (`DAILY_WEBHOOK_HMAC=…`).
  '_hmac=', '_hmac:', '_hmac "', '_hmac"', "_hmac'",
  // A release's Erlang cookie in mix.exs (`cookie: "…"`).
  'cookie: "',
  // A configuration profile's SCEP challenge (`<key>Challenge</key>`).
  'challenge</key',
  // SAS's `libname … pw=…` and `metapass=`.
  ' pw=', 'metapass',
  // mailcow.conf's database root password (`DBROOT=…`).
  'dbroot',
  // SNMP communities under a variable's name (`snmp_ro_community: …` in Ansible's host_vars).
  'ro_community', 'rw_community', 'snmp_community', 'snmpcommunity', 'communityname', 'community_name', 'community_string', 'communitystring', 'rocommunity', 'rwcommunity',
  // A password's short name as a label (`# pw: …` in a note).
  'pw: ',
  // French notes' `mdp` (mot de passe) as a label: `mdp : …`, `mdp root MariaDB : …`.
  'mdp:', 'mdp :', 'mdp ',
  // `pw` in a note: `restic repo pw (needed to restore): …`, `pw = …`, Obsidian's inline field `web pw:: …`.
  'pw (', ' pw is ', 'pw = ', 'pw::', 'pw for ',
  // …aligned (`pw  = '…'`), and glued to what it opens (`set SQLPW=…`, `ADMINPW: …`).
  'pw  ', 'pw=', 'pw:',
  // A wireless network's key in a note (`WPA2 key: …`, `clé WPA2 : …`).
  'wpa key', 'wpa2 key', 'wpa3 key', 'wifi key', 'wi-fi key', 'wlan key', 'clé',
  'salainen', 'parola_chiave', 'laluan', 'hemlig', 'hemmelig', 'tajny', 'sekretn', 'truy_cap', 'zugangstoken', 'dostupa',
  // A YAML mapping of secrets under a plural name: `api_keys:` then `  serpapi: …` a line each.
  'keys:\n', 'keys:\r', 'tokens:\n', 'tokens:\r', 'secrets:\n', 'secrets:\r', 'passwords:\n', 'passwords:\r',
  // …and as an INI or TOML section: `[api_keys]` then `spoolman: …` a line each.
  'keys]\n', 'keys]\r', 'tokens]\n', 'tokens]\r', 'secrets]\n', 'secrets]\r', 'passwords]\n', 'passwords]\r',
  // A name that ends its line, its value on the next (`- name: DB_PASS` then `value: …`).
  'pass\n', 'pass\r', 'pat\n', 'pat\r', '_key\n', '_key\r', '_pw\n', '_pw\r',
  // A camel-case key's name closing its line, the value below it (Azure Pipelines' `- name: AzureStorageKey⏎  value: …`).
  'key\n', 'key\r'];

// Escaped: keywords are literals (`pi.key`, `key ||=`), and an unescaped `||` would match everywhere.
const KEYWORD_PATTERN = new RegExp(KEYWORDS.map(escapeRegExp).join('|'), 'gi');
/** The same keywords as a watch: the scan's keyword pass already located them. */
const KEYWORD_WATCH: WatchedLiterals = { literals: KEYWORDS };

/**
 * Offsets (from the window's start) of every keyword that lies wholly in the window, ascending,
 * overlapping ones included (`secret` in `client_secret`): read from the keyword pass, and by
 * KEYWORD_PATTERN past where it has read.
 */
function keywordOffsets(window: string, start: number, ctx: RuleContext): number[] {
  const offsets: number[] = [];
  const end = start + window.length;
  // The window and the line end after it: keywords may end with one (`pass⏎`).
  let withLineEnd: string | undefined;
  const search = (from: number, to: number) => {
    withLineEnd ??= window + (ctx.text[end] === '\n' || ctx.text[end] === '\r' ? ctx.text[end] : '');
    KEYWORD_PATTERN.lastIndex = from - start;
    const m = KEYWORD_PATTERN.exec(withLineEnd);
    return m && start + m.index < to ? start + m.index : -1;
  };
  for (let at = firstWithin(ctx, KEYWORD_WATCH, start, end, search); at >= 0; at = firstWithin(ctx, KEYWORD_WATCH, at + 1, end, search)) {
    offsets.push(at - start);
  }
  return offsets;
}

/** The words before a bare `key` in prose that say it is a credential: `API key`, `previous key`, `Netlify key`. */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'previous', 'old', 'new', 'signing', 'encryption', 'master', 'license', 'service', 'gossip', 'unseal',
  ...PROVIDER_WORDS]);

/** The word right before `key`; looked up in a set, as a regex of some 700 alternatives would be slow. */
const WORD_BEFORE_KEY = /(?:^|[^a-z])([a-z][a-z0-9]*)[ _-]?$/i;

/**
 * `# previous key: …`, `// API key = …`, `Netlify key: …`: a bare `key` in a comment or prose,
 * qualified by the word before it; the name it reads as (`api_key`), or undefined.
 */
function proseKeyName(text: string, at: number, name: string): { name: string; other: boolean } | undefined {
  if (name.toLowerCase() !== 'key') return undefined;
  const word = WORD_BEFORE_KEY.exec(text.slice(Math.max(0, at - 24), at))?.[1].toLowerCase();
  if (!word) return undefined;
  if (KEY_QUALIFIERS.has(word)) return { name: `${word}_key`, other: false };
  // Another word (`Old provisioning key: …`): a key only when the value is plainly one, as under a `<word>_key` name.
  return isOtherKeyName(`${word}_key`) ? { name: `${word}_key`, other: true } : undefined;
}

/**
 * `key` under an INI/TOML section that says whose key it is: `[openai]` → `openai_key`,
 * `[api]` → `api_key`: the nearest section header above decides.
 */
function sectionQualifiedName(ctx: RuleContext, at: number): string | undefined {
  const section = sectionAt(ctx, at);
  return section && (keyNamedBy(section.name) ?? keyNamedByBackend(ctx.text, section.start, at));
}

/** rclone's backends whose name is not their service's: `type = b2` is Backblaze's. */
const BACKEND_SERVICES: Record<string, string> = { b2: 'backblaze' };

/**
 * `key` in an rclone remote, named for its backend: `[offsite]⏎type = b2⏎key = …` is a Backblaze
 * application key whatever the remote is called. (Read between the section's header and the key.)
 */
function keyNamedByBackend(text: string, header: number, at: number): string | undefined {
  const backend = /^[ \t]*type[ \t]*=[ \t]*([a-z][a-z0-9]{1,20})[ \t]*\r?$/m.exec(text.slice(header, Math.min(at, header + 2000)))?.[1];
  return backend && keyNamedBy(BACKEND_SERVICES[backend] ?? backend);
}

/** `openai` → `openai_key` when that names a credential (`app.jwt` → `jwt_key`; `cache` → none). */
function keyNamedBy(scope: string, leaf = 'key'): string | undefined {
  const name = `${scope.split('.').pop()!.replace(/-/g, '_')}_${leaf}`;
  return isSecretName(name) ? name : undefined;
}

/**
 * `key` nested under a mapping that names whose key it is (`mailgun:` then `  key: …`, `"Jwt":
 * {` then `"Key": "…"`): the nearest less-indented line above, if it opens one.
 */
function parentQualifiedName(text: string, at: number, leaf = 'key'): string | undefined {
  const parent = parentMappingName(text, at);
  return parent ? keyNamedBy(parent, leaf) : undefined;
}

/** The URL around `at` goes to a service's API: an `api` host label or path segment, or a service's name in the host. */
function isServiceHost(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const scheme = before.lastIndexOf('://');
  if (scheme < 0 || /[\s"'`]/.test(before.slice(scheme))) return false;
  return isServiceUrl(before.slice(scheme + 3));
}

/** The URL (after its `://`) is a service's API: see isServiceHost. */
function isServiceUrl(url: string): boolean {
  const [host, ...path] = url.split(/[/?]/);
  const labels = host.toLowerCase().replace(/^www\./, '').replace(/:\d+$/, '').split('.');
  // A service's own domain (`finnhub.io`) or its ingestion hosts (`listener-eu.logz.io`, `…ingest.…`),
  // not one of its apps (`docs.google.com` share links).
  const domain = labels[labels.length - 2] ?? '';
  // (Or a hook a service calls: an alert relay's `…/alert?token=`, a webhook endpoint's `…/hooks/…?token=`.)
  return labels.includes('api') || path.slice(0, 2).includes('api') || (labels.length === 2 && isProviderWord(labels[0]))
    || path.some(part => /^(?:webhooks?|hooks?|alerts?|notify|notifications?|callbacks?|ingest|events)$/i.test(part))
    || (labels.length === 3 && /^(?:listener|ingest|intake|collector|logs|http-intake)(?:-[a-z0-9]{1,12})?$/.test(labels[0]) && isProviderWord(domain));
}

/**
 * A request's query parameters given as a mapping, to a service's API: `requests.get("https://api.tomtom.com/…",
 * params={"key": "…"})`, axios's `params: { token: "…" }`. They end up in its URL, where a plain `key` is the API's credential.
 */
function inServiceRequestParams(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const params = before.lastIndexOf('params');
  if (params < 0 || !/^params["']?[ \t]{0,3}[=:][ \t]{0,3}\{[^{}]{0,200}$/.test(before.slice(params))) return false;
  const url = /https?:\/\/([^\s"'`]{1,200})["'`][^"'`]{0,40}$/.exec(before.slice(0, params));
  return !!url && isServiceUrl(url[1]);
}

/** `<service>_<name>` when a service's name is among the words of the 160 characters before `at`. */
function serviceNamedBefore(text: string, at: number, name: string): string | undefined {
  const words = text.slice(Math.max(0, at - 160), at).toLowerCase().match(/[a-z][a-z0-9]{2,30}/g) ?? [];
  const service = words.reverse().find(isProviderWord);
  return service && `${service}_${name}`;
}

/** A 64-hex token id beside a token or consumer secret (NetSuite's TBA quadruple). */
function isTokenBasedAuthId(text: string, a: Assignment): boolean {
  return /(?:^|[^a-z])token_?id$/i.test(a.name) && /^[0-9a-f]{64}$/i.test(a.value)
    && /(?:token|consumer)[_-]?secret/i.test(text.slice(Math.max(0, a.start - 400), a.end + 400));
}

/** A user name assigned a literal on the lines just before the key's name, with the same prefix (`BS_USER` before `BS_KEY`). */
function keyBesideUser(text: string, at: number, keyName: string): boolean {
  const prefix = keyName.slice(0, -3); // (letters, digits and `_` only: the caller's pattern says so)
  const before = text.slice(Math.max(0, at - 160), at);
  const lines = before.split('\n').slice(-3).join('\n');
  if (!/user/i.test(lines)) return false; // (most keys have none: no pattern to build)
  return new RegExp(`(?:^|[^A-Za-z0-9_])${prefix}user(?:name)?["']?[ \\t]{0,16}(?::|=>?)[ \\t]{0,4}["'][^"'\\n]{1,60}["']`, 'i').test(lines);
}

/** `key` qualified by its INI/TOML section, or by its parent mapping (YAML, JSON, PHP arrays, …). */
function qualifiedKeyName(ctx: RuleContext, at: number): string | undefined {
  // A struct's member names its owner's secret: Unreal's `+SecondaryEncryptionKeys=(Guid="…",Name="…",Key="…")`.
  const owner = /([A-Za-z_]\w{0,60})=\((?:[^()\n]{0,300},)?[ \t]{0,2}$/.exec(ctx.text.slice(lineStartWithin(ctx.text, at, 400), at));
  if (owner) return memberName(owner[1]) ?? owner[1];
  // A keyword argument of a call on a service's module: `cdsapi.Client(url=…, key='…')` is cdsapi's key.
  const callee = /(?:^|[^\w.])([A-Za-z_]\w{1,40})\.[A-Za-z_]\w{0,40}\((?:[^()\n]{0,200},)?[ \t]{0,2}$/.exec(ctx.text.slice(lineStartWithin(ctx.text, at, 400), at));
  if (callee && PROVIDER_WORD_SET.has(callee[1].toLowerCase())) return keyNamedBy(callee[1].toLowerCase());
  // A cipher's key beside its initialization vector: `Key = Convert.FromBase64String("…");⏎Iv = …`.
  if (besideAnIv(ctx.text, at)) return 'encryption_key';
  // (A `.conf` may hold YAML, as salt-cloud's providers do: without a section, its parent key names it.)
  const section = INI_LIKE.test(ctx.path ?? '') ? sectionQualifiedName(ctx, at) : undefined;
  if (section) return section;
  // (Or the object it is a member of, opened on its line: `"Jwt": { "Key": "…" }`, `"steam": { "key": "…" }`.)
  const parent = parentObjectName(ctx.text, at);
  return siblingServiceKeyName(ctx.text, at) ?? parentQualifiedName(ctx.text, at) ?? (parent ? keyNamedBy(parent) : undefined) ?? (ctx.configLike ? sectionQualifiedName(ctx, at) : undefined);
}

/**
 * A mapping's `type:` (or `service:`, `provider:`, `name:`) naming a service, on one of the four lines
 * above the key at the same indent: a dashboard widget's `type: sabnzbd` then `key: …` is SABnzbd's API key.
 */
function siblingServiceKeyName(text: string, at: number): string | undefined {
  const lineStart = lineStartWithin(text, at, 400);
  // (A list item's first member sits after its `- `: the same column as the members below it.)
  const column = (line: string) => /^[ \t]*(?:-[ \t]+)?/.exec(line)![0].length;
  const indent = column(text.slice(lineStart, at));
  for (const line of text.slice(Math.max(0, lineStart - 400), lineStart).split('\n').slice(-5, -1)) {
    // (JSON's too: freqtrade's `"exchange": { "name": "kraken", "key": "…" }`.)
    const m = /^[ \t]*(?:-[ \t]+)?(["']?)(?:type|service|provider|name|exchange)\1[ \t]{0,2}:[ \t]{0,4}["']?([A-Za-z0-9]{2,30})["']?[ \t]*,?[ \t]*\r?$/.exec(line);
    if (m && column(line) === indent && PROVIDER_WORD_SET.has(m[2].toLowerCase())) return keyNamedBy(m[2].toLowerCase());
  }
  return undefined;
}

/** A test vectors file (NIST CAVP's `.rsp`, a `vectors/` or `kat` file), or a value inside a `Count = N` block of one. */
// (Not a bare `vector/`: the Vector agent's configuration holds real keys.)
const TEST_VECTORS_PATH = /(?:^|[/_.-])(?:test[-_]?vectors?|vectors|kats?)(?:[/_.-]|$)|\.(?:rsp|req|fax)$|known[-_]?answer/i;
function isKnownAnswerTest(ctx: RuleContext, at: number): boolean {
  return TEST_VECTORS_PATH.test(ctx.path ?? '') || /^Count[ \t]{0,4}=[ \t]{0,4}\d{1,6}[ \t]*\r?$/m.test(ctx.text.slice(Math.max(0, at - 300), at));
}

/** An initialization vector or a nonce assigned on the key's line or the two lines each side of it. */
function besideAnIv(text: string, at: number): boolean {
  let from = lineStartWithin(text, at, 400);
  for (let k = 0; k < 2 && from > 0; k++) from = lineStartWithin(text, from - 1, 400);
  let to = at;
  for (let k = 0; k < 3 && to >= 0; k++) to = indexWithin(text, '\n', to + 1, 400);
  const lines = text.slice(from, to < 0 ? Math.min(text.length, at + 400) : to);
  return /(?:^|[^\w.])(?:iv|IV|Iv|_iv|nonce|Nonce|initVector|InitVector|InitializationVector)["']?[ \t]{0,16}(?:=(?!=)|:)/m.test(lines);
}

/** Files whose `key` belongs to the `[section]` above it. */
const INI_LIKE = /\.(?:ini|toml|cfg|conf|cnf|properties)$|(?:^|\/)\.[\w-]{1,20}rc$/i;


/**
 * Stretches whose values are never literal secrets, as [start, end) pairs: a whole lockfile
 * (hashes and versions), and each Bitnami SealedSecret manifest, whose `encryptedData` only the
 * cluster's controller can decrypt (in a multi-document file, only the SealedSecret documents: a
 * plain Secret beside one is still read). Worked out once per scan rather than per window.
 */
const withoutLiterals = new WeakMap<RuleContext, number[]>();
function stretchesWithoutLiterals(ctx: RuleContext): number[] {
  let found = withoutLiterals.get(ctx);
  if (!found) withoutLiterals.set(ctx, found = isLockfile(ctx.path) ? [0, ctx.text.length] : sealedSecretDocuments(ctx));
  return found;
}

const SEALED_SECRET_KIND = /^[ \t]*"?kind"?[ \t]*:[ \t]*["']?SealedSecret\b/m;
function sealedSecretDocuments(ctx: RuleContext): number[] {
  if (!/\.(?:ya?ml|json)$/i.test(ctx.path ?? '') || !SEALED_SECRET_KIND.test(ctx.text)) return [];
  // YAML documents start at a `---` line; a `List`'s items (what `kubectl get … -o yaml` prints) at a
  // `- apiVersion:` line; outputs pasted one after another (a terminal session) at a prompt.
  // JSON has one document.
  const starts = [0, ...[...ctx.text.matchAll(/^(?:---[ \t]*\r?$|-[ \t]+apiVersion:|\$[ \t])/gm)].map(m => m.index!)];
  const ranges: number[] = [];
  starts.forEach((from, k) => {
    const to = starts[k + 1] ?? ctx.text.length;
    if (SEALED_SECRET_KIND.test(ctx.text.slice(from, to))) ranges.push(from, to);
  });
  return ranges;
}

/** The file's comment syntax, worked out once per scan (the context object lives for one scan). */
const commentStyles = new WeakMap<RuleContext, CommentStyle | undefined>();
function commentStyleOf(ctx: RuleContext): CommentStyle | undefined {
  if (!commentStyles.has(ctx)) commentStyles.set(ctx, commentStyleFor(ctx.path, ctx.languageId));
  return commentStyles.get(ctx);
}

/** The language's own assignment forms (`#define`, `ENV`, `<-`), worked out once per scan. */
const assignmentFacts = new WeakMap<RuleContext, AssignmentFacts | undefined>();
function assignmentFactsOfScan(ctx: RuleContext): AssignmentFacts | undefined {
  if (!assignmentFacts.has(ctx)) assignmentFacts.set(ctx, assignmentFactsOf(ctx.path, ctx.languageId));
  return assignmentFacts.get(ctx);
}

/**
 * A value inside a string literal that spans lines: a config file kept in code (Python's
 * `"""⏎api_token: …⏎"""`, a Go raw string, a JS template literal). It is data, a literal, when it
 * is one token; interpolations (`${…}`, `{…}`) are templates and judged so. Not in a Python
 * docstring: its unquoted values are a module's documented examples (`auth_key: 1543…`).
 */
const ONE_TOKEN = /^[^\s(){}[\]<>;,"'`]+$/;
/**
 * A quoted snippet that sets a secret's name (`api_key = "…"`, `pushover token: …`): a test table's
 * case, read as code. (Only a secret's name: re-reading every quoted `label: text` cost a twentieth of a scan.)
 */
function quotesAnAssignment(value: string): boolean {
  // (The name may be quoted itself: a JSON member, `"client_secret": "…"`.)
  const m = /^["']?([A-Za-z_][\w.-]{0,60}(?: [A-Za-z_][\w.-]{0,30})?)["']?[ \t]{0,3}[:=][ \t]{0,3}["'`]?[^\s"'`]/.exec(value);
  return m !== null && judgeSecretName(m[1].replace(' ', '_'));
}

/** A member read: names joined by dots, none of them random (`scanner.token`, `SyntaxKind.EqualsToken`). */
const MEMBER_ACCESS = /^[A-Za-z_$][A-Za-z_$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){1,6}$/;
function inMultiLineString(ctx: RuleContext, a: Assignment): boolean {
  if (!ONE_TOKEN.test(a.value)) return false;
  const language = syntaxLanguageOf(ctx.path, ctx.languageId);
  if (!language?.syntax) return false;
  const state = lexStateAt(ctx.text, a.start, language.syntax);
  if (state.kind !== 'string' || (state.delimiter.length === 1 && state.delimiter !== '`')) return false;
  return language.id !== 'python' || !insideRanges(docstringsOf(ctx), a.start);
}

/**
 * An unquoted value in code that would count as a literal, when a multi-line string holds it.
 * The string is looked up last: that costs a pass over the file, which only candidates get.
 */
function weighInMultiLineString(ctx: RuleContext, a: Assignment, place: Place, otherKey: boolean): Evidence | undefined {
  if (place.quoted || place.configLike || place.inComment || a.prose) return undefined;
  if (!ONE_TOKEN.test(a.value)) return undefined; // code, not a literal: before the weighing
  if (MEMBER_ACCESS.test(a.value)) return undefined; // `token.kind`, `this.password`: code, and dense in compilers
  const asLiteral = { ...place, quoted: true };
  const evidence = weigh(a.name, a.value, asLiteral, otherKey);
  return evidence && inMultiLineString(ctx, a) ? evidence : undefined;
}

/** The Python docstrings of the scanned file, found once per scan. */
const docstrings = new WeakMap<RuleContext, number[]>();
function docstringsOf(ctx: RuleContext): number[] {
  let found = docstrings.get(ctx);
  if (!found) docstrings.set(ctx, found = pythonDocstrings(ctx.text));
  return found;
}

/** The value at `at` follows a Consul KV export's `"flags": <n>,` on the line above. */
function isConsulExportValue(text: string, at: number): boolean {
  return /"flags":[ \t]{0,2}\d{1,20},[ \t]*\r?\n[ \t]{0,40}"value":[ \t]{0,2}"$/.test(text.slice(Math.max(0, at - 120), at));
}

function placeOf(text: string, at: number, quoted: boolean, ctx: RuleContext, prose = false, value?: string): Place {
  // (An unquoted value's line in code may sit in a block comment without a marker: asked only of values that could be a secret.)
  const inComment = inLineComment(text, lineStartWithin(text, at, 256), at, commentStyleOf(ctx))
    || (value !== undefined && !quoted && !ctx.configLike && text === ctx.text && ONE_TOKEN.test(value) && looksRandomEnough(value, 3, 2048) && inBlockComment(ctx, at));
  const kubernetesSecret = isKubernetesSecret(ctx.path, text) && inSecretData(text, at, ctx.path);
  // Prose in a text or docs file is a literal as much as a config file's value is.
  return { quoted, configLike: ctx.configLike || (prose && !inComment), inComment, base64Data: kubernetesSecret };
}

/** What follows a cookie's value in a `Set-Cookie` header. */
const COOKIE_ATTRIBUTE = /^;[ \t]?(?:path|expires|domain|max-age|httponly|secure|samesite)\b/i;

/** Files of prose, where `API key: …` is how a credential is written down. */
// (And the logs terminals write under their own names: script(1)'s `typescript`, GNU screen's `screenlog.0`.)
const PROSE_FILE = /\.(?:txt|text|log|out|eml|mbox)$|(?:^|\/)(?:typescript|screenlog\.\d{1,3})$/i;

function isProseFile(path: string | undefined): boolean {
  return !!path && (PROSE_FILE.test(path) || isDocumentation(path));
}

/** A credential named in prose, read where prose is: comments, text, docs and log files. */
function proseAssignmentIn(ctx: RuleContext, at: number, limit: number, proseFile: boolean): Assignment | undefined {
  const prose = proseFile || inLineComment(ctx.text, lineStartWithin(ctx.text, at, 256), at, commentStyleOf(ctx));
  // (A block comment's line without a marker is prose too.)
  if (prose || inBlockComment(ctx, at)) return proseValue(ctx, at, limit);
  // A page's text, outside its tags and scripts, is prose (`<p>The replication password is <code>…</code></p>`).
  if (HTML_PAGE.test(ctx.path ?? '') && inPageText(ctx.text, at)) return proseValue(ctx, at, limit);
  // Sentences kept as data (a ticket's description in a CSV, a chat message in JSON): a password across a clause only.
  return SENTENCE_DATA.test(ctx.path ?? '') ? passwordAcrossClause(ctx.text, at, limit) : undefined;
}

const HTML_PAGE = /\.(?:html?|xhtml)$/i;

/** Offset `at` of a page is in its text: not inside a tag, a script, a style or a block of code (read up to 2,000 characters back). */
function inPageText(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2000), at);
  if (before.lastIndexOf('<') > before.lastIndexOf('>')) return false;
  const lower = before.toLowerCase();
  // (A `<pre>` or a `<code>` holds code: `printf("Password is correct.")` in a manual's example.)
  return PAGE_CODE_ELEMENTS.every(name => lower.lastIndexOf(`<${name}`) <= lower.lastIndexOf(`</${name}`));
}

const PAGE_CODE_ELEMENTS = ['script', 'style', 'pre', 'code', 'textarea'];

/**
 * The value prose gives a credential's word: beside it, or across a clause up to a colon. A plain
 * word beside it (`Shared Secret zwischen Controller und NPS: …`) is the clause's first word.
 */
function proseValue(ctx: RuleContext, at: number, limit: number): Assignment | undefined {
  const near = proseAssignmentAt(ctx.text, at, limit, isProviderWord);
  if (near && !/^[\p{L}]+$/u.test(near.value)) return near;
  return passwordAcrossClause(ctx.text, at, limit) ?? near;
}

/**
 * Another language's bare word for a key read as a name (`キー：…`, `कुंजी: …`) says no more than `key`:
 * in prose, the words before it say whose (`Datadog の API キー：…`, `Paytm मर्चेंट कुंजी: …`), read as prose reads them.
 */
function qualifiedInProse(ctx: RuleContext, a: Assignment | undefined, at: number, limit: number, proseFile: boolean): Assignment | undefined {
  // (A bare `key:` in a note is a label too: `Pre-shared key: …` names a pre-shared key.)
  if (!a || a.prose || !(/[^\x00-\x7f]/.test(a.name) || (proseFile && /^key$/i.test(a.name))) || isSecretName(a.name)) return a;
  const prose = proseAssignmentIn(ctx, at, limit, proseFile);
  return prose && prose.start === a.start && isSecretName(prose.name) ? prose : a;
}

/** The line above `at`'s says the value below was encrypted with a tool or a key (`encrypted with: …`, `encrypted using …`). */
function saysEncryptedAbove(text: string, at: number): boolean {
  const lineStart = lineStartWithin(text, at, 400);
  const above = text.slice(lineStartWithin(text, Math.max(0, lineStart - 1), 300), lineStart);
  return /\bencrypted[ \t]{1,4}(?:with|using|by)\b/i.test(above) && !/\b(?:un|not[ \t]{1,4})encrypted\b/i.test(above);
}

/** Files whose strings are often people's sentences: exports of tickets, chats, mail and pages. */
const SENTENCE_DATA = /\.(?:jsonl?|ndjson|csv|tsv|html?|xml)$/i;

/** A line inside a block comment with no marker of its own (C's `/*` without a leading `*`, Lua's `--[[`). */
function inBlockComment(ctx: RuleContext, at: number): boolean {
  const ranges = blockCommentsOf(ctx);
  return ranges.length > 0 && insideRanges(ranges, at);
}

/**
 * The file's block comments (flattened start/end pairs), found once per file by its language's
 * openers and closers alone: a tokenizer's pass (strings too) would cost a tenth of a scan of real
 * code, for the rare value found there. An opener inside a string is taken for one: the value
 * found there is still weighed.
 */
const blockComments = new WeakMap<RuleContext, number[]>();
function blockCommentsOf(ctx: RuleContext): number[] {
  let known = blockComments.get(ctx);
  if (known) return known;
  known = [];
  const pairs = syntaxLanguageOf(ctx.path, ctx.languageId)?.syntax?.block ?? [];
  const { text } = ctx;
  for (const [open, close] of pairs.slice(0, 1)) { // (one pair per language record; a second would need a merge)
    for (let i = text.indexOf(open); i >= 0;) {
      const c = text.indexOf(close, i + open.length);
      const end = c < 0 ? text.length : c + close.length;
      known.push(i, end);
      i = end >= text.length ? -1 : text.indexOf(open, end);
    }
  }
  blockComments.set(ctx, known);
  return known;
}

/** The hit's name follows `(` or `,`: a column list's (a cheap test before a header's regex). */
function inColumnList(window: string, at: number): boolean {
  return followsOpenerOrComma(window, at, COLUMN_LIST_CHARS);
}

/** The same for a parameter list, whose types may hold `::`, `<…>`, `&` or `*`: `const std::string& api_key`. */
function inParameterList(window: string, at: number): boolean {
  return followsOpenerOrComma(window, at, PARAMETER_LIST_CHARS);
}

/** ASCII characters as a lookup table (a test per character runs for every keyword hit). */
function asciiSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (const c of chars) set[c.charCodeAt(0)] = 1;
  return set;
}
const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const COLUMN_LIST_CHARS = asciiSet(`${WORD_CHARS}" \t\r\n`);
const PARAMETER_LIST_CHARS = asciiSet(`${WORD_CHARS}" \t\r\n:<>&*.`);

function followsOpenerOrComma(window: string, at: number, skipped: Uint8Array): boolean {
  let k = at - 1;
  for (; k >= 0 && at - k < 80; k--) {
    const c = window.charCodeAt(k);
    if (c >= 128 || skipped[c] === 0) break;
  }
  return window[k] === '(' || window[k] === ',';
}

/** The name an object's members are judged under: its own, or the singular of a plural one (`api_keys`, `partnerSecrets`). */
function memberName(name: string): string | undefined {
  if (isSecretName(name) || isSecretValueName(name)) return name;
  // (A plural may carry an encoding after it: Vault's init output, `unseal_keys_b64`.)
  const singular = name.replace(/(key|secret|token|password|credential)s(_(?:b64|base64|hex))?$/i, '$1$2');
  // (Or be a `<word>_key` no list knows, `UPSTREAM_KEYS = { billing = "…" }`: its values count when plainly keys.)
  return singular !== name && (isSecretName(singular) || isOtherKeyName(singular)) ? singular : undefined;
}

/** A value under a map's or a list's name: a `<word>_key` name (see `memberName`) needs a value plainly a key. */
function weighMember(name: string, value: string, place: Place): Evidence | undefined {
  return weigh(name, value, place, !isSecretName(name) && !isSecretValueName(name));
}

/** A member of an object literal: a key (Lua's and PHP's in brackets, `["globex"] =`, aligned or not), then a quoted literal. */
const OBJECT_MEMBER = /(?:^|[\s,{])\[?(?:["']([\w.-]{1,40})["']|([A-Za-z_][\w-]{0,40}))\]?[ \t]{0,16}(?::|=>?)[ \t]{0,4}(?:\[\]byte\()?(["'`])([^"'`\n\\]{8,300})\3/g;

/**
 * The direct members of the object opened at `open` (a `{`), each judged as the secret the
 * object is named for, qualified by its key (`api_key_mainnet`). Up to 1500 characters.
 */
/**
 * A member `own` of a map under the secret's name `name`, judged: its own name may say it is one of
 * the map's other facts or public, else the value is weighed under the map's name or its own.
 */
/** A map member's name as a key's: `algolia_search` → `algolia_search_key` (a service's name first); others as they are. */
function asKeyName(member: string): string {
  return !/(?:key|token)$/.test(member) && member.includes('_') && isProviderWord(member.split('_')[0]) ? `${member}_key` : member;
}

function memberEvidence(name: string, own: string, value: string, place: Place): Evidence | undefined {
  const member = normaliseName(own);
  // `url`, `id`, `type`, `salt`, `alg`: the object's other facts. (An authorization's `action` and `scope`: Azure's activity log.)
  // (A schema's members describe the field: botocore's `"KdcAdminPassword": {"shape": "XmlStringMaxLen256", "documentation": …}`.)
  if ((member !== 'value' && NOT_A_VALUE.test(member)) || HASH_NAMES.test(member) || /^(?:alg|algorithm|method|kid|iterations|scheme|kind|region|user(?:name)?|email|account|shape|documentation|description|desc|doc|docs|title|summary|comment|help|example|examples|action|actions|scope|operation|effect|permission|permissions|role)$/.test(member)) return undefined;
  // A member whose own name says it is public (`recaptchaSiteKey`, `stripe_publishable_key`), among secrets or not;
  // in a map of keys, a service's name and a word name the key (`"algoliaSearch"` under `VENDOR_KEYS`: a search-only key; a bare `search:` is a service's).
  // (A tenant's name is no service's: `"acme-search": "sk-…"` under `TENANT_KEYS` is that tenant's key.)
  const asKey = asKeyName(member);
  if (/(?:key|token)$/.test(asKey) && PUBLIC_KEY_NAME.test(asKey)) return undefined;
  // (A member named as a secret of its own is judged by that name too: `logzio_api: { logzioApiToken: "<uuid>" }`.)
  return weighMember(name, value, place) ?? (isSecretName(own) ? weigh(own, value, place) : undefined);
}

/** The value also appears in the text (at most 20 places looked at) under a name that says public: `algoliaSearchKey`, `publishableKey`. */
function namedPublicElsewhere(text: string, value: string, at: number): boolean {
  if (value.length < 16) return false;
  let seen = 0;
  for (let k = text.indexOf(value); k >= 0 && seen < 20; k = text.indexOf(value, k + value.length), seen++) {
    if (k === at) continue;
    const name = assignedNameBefore(text, k);
    if (name && PUBLIC_KEY_NAME.test(asKeyName(normaliseName(name)))) return true;
  }
  return false;
}

/** The names of holders of secrets: qualified keys or tokens (`ApiKeys`, not a keyboard's `Keys`), or secrets, credentials, passwords. */
const HOLDER_NAME = /^(?:(?:Api|API|Access|Auth|Secret|Service|Partner|Vendor|Provider)(?:Keys|Tokens)|(?:Api|API|App|Service|Partner|Vendor)?(?:Secrets|Credentials|Passwords))$/;

/** A class, object, enum or struct named as a holder of secrets whose name is at `at`: the member name its members go under, and its `{`. */
function secretsHolderAt(text: string, at: number): { name: string; open: number } | undefined {
  let s = at;
  while (s > 0 && /\w/.test(text[s - 1]) && at - s < 40) s--;
  // (Asked at every keyword: a holder's name opens with a capital, after a blank.)
  if (!/[A-Z]/.test(text[s] ?? '') || (text[s - 1] !== ' ' && text[s - 1] !== '\t')) return undefined;
  let e = at;
  while (e < text.length && /\w/.test(text[e]) && e - s < 40) e++;
  const word = text.slice(s, e);
  if (!HOLDER_NAME.test(word) || !/\b(?:class|object|enum|struct)[ \t]{1,4}$/.test(text.slice(Math.max(0, s - 20), s))) return undefined;
  const brace = /^[^{};\n]{0,80}(?:\r?\n[ \t]{0,40})?\{/.exec(text.slice(e, e + 160));
  const name = brace ? memberName(word) : undefined;
  return name ? { name, open: e + brace![0].length - 1 } : undefined;
}

function memberSecrets(ctx: RuleContext, name: string, open: number): RawMatch[] {
  const out: RawMatch[] = [];
  let depth = 0, end = open;
  for (; end < Math.min(ctx.text.length, open + 1500); end++) {
    if (ctx.text[end] === '{') depth++;
    else if (ctx.text[end] === '}' && --depth === 0) break;
  }
  const body = ctx.text.slice(open, end);
  const nested = /\{[^{}]*\{/.test(body); // members of nested objects are theirs, not this one's
  const place = placeOf(ctx.text, open, true, ctx);
  if (place.inComment) return out; // an example object in a doc comment
  // An encryption envelope holds ciphertext, not the secret: Chef's encrypted data bag item
  // (`"password": { "encrypted_data": …, "iv": …, "cipher": … }`), JWE-like `ciphertext`/`tag` objects.
  if (/["']?(?:encrypted_data|ciphertext|cipher_?text)["']?[ \t]{0,4}[:=]/i.test(body)) return out;
  OBJECT_MEMBER.lastIndex = 0;
  for (let m = OBJECT_MEMBER.exec(body); m; m = OBJECT_MEMBER.exec(body)) {
    const [own, value] = [m[1] ?? m[2], m[4]];
    if (nested && (body.slice(0, m.index).match(/\{/g)?.length ?? 0) - (body.slice(0, m.index).match(/\}/g)?.length ?? 0) !== 1) continue;
    const member = normaliseName(own);
    // An ARM parameter file's `"adminPassword": { "value": "…" }`: the object holds the secret itself.
    const key = member === 'value' ? name : `${name}_${own}`;
    const evidence = memberEvidence(name, own, value, place);
    if (!evidence) continue;
    const start = open + m.index + m[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, value, assignedName: key, reasons: evidence.reasons, title: isPasswordName(name) ? 'Hardcoded password' : 'Hardcoded secret' });
  }
  // A map initialized with pairs, one level in: C++'s `std::map<…> kProviderTokens = {⏎{"pagerduty", "…"},`, Kotlin's and C#'s the same.
  if (!nested) return out;
  PAIR_MEMBER.lastIndex = 0;
  for (let m = PAIR_MEMBER.exec(body); m; m = PAIR_MEMBER.exec(body)) {
    const [own, value] = [m[2], m[4]];
    if ((body.slice(0, m.index).match(/\{/g)?.length ?? 0) - (body.slice(0, m.index).match(/\}/g)?.length ?? 0) !== 1) continue;
    const evidence = memberEvidence(name, own, value, place);
    if (!evidence) continue;
    const start = open + m.index + m[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, value, assignedName: `${name}_${own}`, reasons: evidence.reasons, title: isPasswordName(name) ? 'Hardcoded password' : 'Hardcoded secret' });
  }
  return out;
}

/** A pair in a map's initializer: `{"pagerduty", "…"}`. */
const PAIR_MEMBER = /\{[ \t]{0,4}(["'])([\w.-]{1,40})\1[ \t]{0,4},[ \t]{0,4}(["'])([^"'`\n\\]{8,300})\3[ \t]{0,4}\}/g;

/** An entry of a Secret's `stringData:` block: its indent, its name and a one-line value. */
const STRING_DATA_ENTRY = /^([ \t]{1,16})["']?([A-Za-z0-9_.-]{1,100})["']?:[ \t]{1,4}(["']?)([^\s"'#|>][^\s"']{0,300})\3[ \t]*\r?$/;

/**
 * The entries of the `stringData:` block at `at`, each judged as a secret qualified by its name
 * (`secret_pagerduty_key_payments`): in a Secret, every entry is one. Names that say what else
 * the entry is (a host, a user, a URL) are passed over, as in an object of secrets.
 */
/**
 * An entry of a store of secrets under any names (a Kubernetes Secret's `stringData:` and
 * `data:`) that may hold one: not one whose name says it is something else (a host, a time, a
 * public key, a model's name), nor settings (`a=b,c=d`). `member` is normalised.
 */
export function isSecretsEntry(member: string, value: string): boolean {
  return !(NOT_A_VALUE.test(member) || HASH_NAMES.test(member) || PUBLIC_KEY_NAME.test(`${member}_`)
    || /(?:^|_)(?:user(?:name)?|email|account|host|port|region|database|db|m?time|date|timestamp|created|updated|attributes|model|engine|enabled|level|tier)$/.test(member)
    || /[=,](?!=*$)/.test(value) || /^\d{4}-\d{2}-\d{2}/.test(value));
}

function stringDataSecrets(ctx: RuleContext, at: number): RawMatch[] {
  const out: RawMatch[] = [];
  const text = ctx.text;
  const indent = at - lineStartWithin(text, at, 200);
  let lineStart = text.indexOf('\n', at) + 1;
  for (let n = 0; lineStart > 0 && lineStart < text.length && n < 100; n++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const m = STRING_DATA_ENTRY.exec(line);
    if (!m || m[1].length <= indent) break;
    const member = normaliseName(m[2]);
    const place = placeOf(text, lineStart, true, ctx);
    const evidence = isSecretsEntry(member, m[4]) ? weigh(`secret_${member}`, m[4], place) : undefined;
    if (evidence) {
      const start = lineStart + line.lastIndexOf(m[4]);
      out.push({ start, end: start + m[4].length, value: m[4], assignedName: m[2], reasons: [...evidence.reasons, "an entry of a Kubernetes Secret's stringData"], title: 'Hardcoded secret' });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The key named `name` at `at` is one its service publishes: a member of an object named for the
 * service (`mixpanel: { token: "…" }`), an argument of a call named for it (Swift's
 * `Amplitude(configuration: Configuration(apiKey: "…"`), a docs site's DocSearch key
 * (Docusaurus's and VitePress's `algolia: { apiKey }`). Asked only of values worth reporting:
 * reading the enclosing object and calls costs more than weighing the value.
 */
function madePublicByItsService(ctx: RuleContext, at: number, name: string): boolean {
  const parent = parentObjectName(ctx.text, at);
  if (isPublicServiceKeyName(normaliseName(`${parent ?? ''}_${name}`))) return true;
  if (calledServiceMakesPublic(ctx.text, at, name)) return true;
  return parent === 'algolia' && DOCS_SITE_CONFIG.test(ctx.path ?? '');
}

/** A call in the 80 characters before `at` is named for a service that makes this name's key public. */
function calledServiceMakesPublic(text: string, at: number, name: string): boolean {
  return callsBefore(text, at).some(call => isPublicServiceKeyName(normaliseName(`${call}_${name}`)));
}

/** A map built by a call from its entries: Java's `Map.of(`, Guava's `ImmutableMap.of(`, Kotlin's `mapOf(`, Scala's `Map(`. */
const MAP_CONSTRUCTOR = /^(?:(?:Immutable)?Map\.of|(?:mutable|hash|linkedMap|sorted)?[mM]apOf|Map)\([ \t]{0,3}/;
/** Go's map literal of strings or byte slices: `map[string]string{`, `map[string][]byte{`. */
const GO_MAP_LITERAL = /^map\[string\](?:string|\[\]byte)[ \t]{0,2}\{/;
/** An entry of such a call: a quoted key, then `,` (Java), `to` (Kotlin) or `->` (Scala), then a quoted literal. */
const MAP_ENTRY = /(["'])([\w.-]{1,40})\1\s{0,3}(?:,|to\b|->)\s{0,3}(["'])([^"'\n\\]{8,300})\3/g;
/** Bash's associative array opened by its name (`declare -A store_pw=(`), its first entry after. */
const SHELL_MAP_OPEN = /^\((?=\s{0,40}\[["']?[\w.@:-]{1,60}["']?\]=)/;
/** An entry of one: `[berlin-mitte]='…'`, `[slack]=xoxb-…` (a value read from elsewhere, `$…`, is none). */
const SHELL_MAP_ENTRY = /\[(["']?)([\w.@:-]{1,60})\1\]=(["']?)([^\s"'()$`\\]{8,300})\3(?=[\s)]|$)/g;

/** The entries of a map built by a call opened just before `from`, each judged as the secret the map is named for. */
function mapEntrySecrets(ctx: RuleContext, name: string, from: number, entries = MAP_ENTRY): RawMatch[] {
  const out: RawMatch[] = [];
  const close = indexWithin(ctx.text, ')', from, 1500); // bounded: dense text stays linear
  if (close < 0) return out;
  const place = placeOf(ctx.text, from, true, ctx);
  if (place.inComment) return out;
  const body = ctx.text.slice(from, close);
  entries.lastIndex = 0;
  for (let m = entries.exec(body); m; m = entries.exec(body)) {
    const evidence = memberEvidence(name, m[2], m[4], place);
    if (!evidence) continue;
    const start = from + m.index + m[0].lastIndexOf(m[4]);
    out.push({ start, end: start + m[4].length, value: m[4], assignedName: `${name}_${m[2]}`, reasons: evidence.reasons, title: isPasswordName(name) ? 'Hardcoded password' : 'Hardcoded secret' });
  }
  return out;
}

/** The file declares that its passwords are digests; read once per scan, however many hex passwords it holds. */
function storesDigests(ctx: RuleContext): boolean {
  let digests = digestFiles.get(ctx);
  if (digests === undefined) {
    // (Tomcat's users file holds hex only as a digest: its handler is configured in server.xml.)
    digests = /passwordFormat[ \t]*=[ \t]*["'](?:SHA1|MD5)["']|MessageDigestCredentialHandler|\bdigest[ \t]*=[ \t]*["'](?:SHA|MD5)/i.test(ctx.text)
      || /(?:^|\/)tomcat-users\.xml$/.test(ctx.path ?? '');
    digestFiles.set(ctx, digests);
  }
  return digests;
}
const digestFiles = new WeakMap<RuleContext, boolean>();

/** Docs sites' configuration, whose `algolia` search key is DocSearch's, and Nuxt's (its Algolia module's key is search-only): made for browsers. */
const DOCS_SITE_CONFIG = /(?:^|\/)(?:docusaurus\.config|\.vitepress\/config|nuxt\.config)\.[cm]?[jt]s$/;

/**
 * The service a configuration file is named for, if any: `cypress.config.ts`, `sentry.properties`,
 * `codecov.yml`. Only the service's own settings file: `vimeo_import.py` and `lastpass_export.csv`
 * hold other things.
 */
function serviceOfFile(ctx: RuleContext): string | undefined {
  let service = servicesOfFiles.get(ctx);
  if (service === undefined) {
    // (A service's command-line tool's own file too: allurectl.yml is Allure TestOps's.)
    const m = /^\.?([a-z0-9]{2,30}?)(?:ctl|cli)?(?:\.config)?\.(?:[cm]?[jt]s|json|ya?ml|toml|ini|properties|conf|cfg)$/.exec((ctx.path ?? '').split('/').pop()!.toLowerCase());
    servicesOfFiles.set(ctx, service = m && isProviderWord(m[1]) ? m[1] : '');
  }
  return service || undefined;
}
/** Worked out once per scan: a file has many candidates. */
const servicesOfFiles = new WeakMap<RuleContext, string>();

/** The services among the words of the file's base name (`shopify_sync.rb` → `shopify`), once per scan. */
function servicesNamingFile(ctx: RuleContext): string[] {
  let words = serviceWordsOfFiles.get(ctx);
  if (!words) {
    const base = (ctx.path ?? '').split('/').pop()!.toLowerCase().replace(/\.[a-z0-9]{1,10}$/, '');
    serviceWordsOfFiles.set(ctx, words = base.split(/[_.-]/).filter(isProviderWord));
  }
  return words;
}
const serviceWordsOfFiles = new WeakMap<RuleContext, string[]>();

/**
 * The name of the object literal a member sits in, up to 600 characters back: `mixpanel` in
 * `mixpanel: { token: "…" }`, `dropbox` in `const dropbox = {⏎ appKey: "…",`, `Mixpanel` in
 * Swift's `enum Mixpanel {⏎ static let projectToken = "…"`.
 */
function parentObjectName(text: string, nameAt: number): string | undefined {
  let depth = 0;
  for (let i = nameAt - 1; i >= Math.max(0, nameAt - 600); i--) {
    if (text[i] === '}') depth++;
    else if (text[i] === '{' && depth-- === 0) {
      const before = text.slice(Math.max(0, i - 60), i + 1);
      // An object literal's key, or a type named for the service (Swift's `enum Mixpanel {`).
      // (A browser snippet's global: `var _rollbarConfig = {`.)
      // (Or JSON quoted as a setting's value: Hasura's `HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"…"}'`.)
      // (A member's path names it by its last part: `config.x.shopify = {`.)
      return (/(?:^|[\s{,(.])["']?_?([A-Za-z][\w-]{1,40})["']?[ \t]{0,3}[:=][ \t]{0,3}'?\{$/.exec(before)
        ?? /\b(?:enum|struct|class|object|module|namespace)[ \t]{1,4}([A-Za-z][\w]{1,40})[^{}\n]{0,40}\{$/.exec(before))?.[1];
    }
  }
  return undefined;
}

/** A list's string literal element, then `,` or the list's end. */
const LIST_ELEMENT = /(["'`])([^"'`\n\\]{8,300})\1[ \t\r\n]{0,40}(?=[,\]}])/g;
/** A list of literals in braces (C's and C#'s array initialisers, a Lua sequence): `{ "…", "…", NULL }`. */
const BRACED_LIST = /^\{(?:[ \t\r\n]{0,40}(?:(["'])[^"'\n\\]{1,300}\1|NULL|nullptr|nil)[ \t\r\n]{0,40},){1,64}[ \t\r\n]{0,40}(?:(["'])[^"'\n\\]{1,300}\2[ \t\r\n]{0,40})?\}/;

/**
 * The string literals of the list opened at `open` (a `[`), each judged as the secret the list is
 * named for: Django's `SECRET_KEY_FALLBACKS`, a key ring (`FERNET_KEYS`), express-session's rotating
 * `secret: […]`. Flat lists only, up to 1500 characters.
 */
function elementSecrets(ctx: RuleContext, name: string, open: number, closer = ']'): RawMatch[] {
  const out: RawMatch[] = [];
  const close = indexWithin(ctx.text, closer, open, 1500); // bounded: dense text stays linear
  if (close < 0) return out;
  const body = ctx.text.slice(open, close + 1);
  const place = placeOf(ctx.text, open, true, ctx);
  if (place.inComment) return out;
  // A Postman collection's auth: `"apikey": [{"key": "value", "value": "…"}, {"key": "key", "value": "X-Api-Key"}]`.
  if (/^[[{(]/.test(body.slice(1).trimStart()) && /^\[\s{0,40}\{\s{0,40}"(?:key|value)"/.test(body)) return postmanAuthSecrets(ctx, name, open, body, place);
  if (/[[{(]/.test(body.slice(1))) return out; // a list of lists or objects is data
  // PHP's and Ruby's maps are bracketed too (`'credentials' => ['search_only_api_key' => '…', …]`): members, each by its name.
  if (body.includes('=>')) return arrowMemberSecrets(name, open, body, place);
  LIST_ELEMENT.lastIndex = 0;
  for (let m = LIST_ELEMENT.exec(body); m; m = LIST_ELEMENT.exec(body)) {
    const evidence = weighMember(name, m[2], place);
    if (!evidence) continue;
    const start = open + m.index + 1;
    out.push({ start, end: start + m[2].length, value: m[2], assignedName: name, reasons: evidence.reasons, title: isPasswordName(name) ? 'Hardcoded password' : 'Hardcoded secret' });
  }
  return out;
}

/** A map's member written with an arrow: `'name' => 'value'`. */
const ARROW_MEMBER = /(["'])([\w.-]{1,80})\1[ \t]{0,8}=>[ \t]{0,8}(["'])([^"'`\n\\]{8,300})\3/g;

function arrowMemberSecrets(name: string, open: number, body: string, place: Place): RawMatch[] {
  const out: RawMatch[] = [];
  ARROW_MEMBER.lastIndex = 0;
  for (let m = ARROW_MEMBER.exec(body); m; m = ARROW_MEMBER.exec(body)) {
    const evidence = memberEvidence(name, m[2], m[4], place);
    if (!evidence) continue;
    const start = open + m.index + m[0].lastIndexOf(m[4]);
    out.push({ start, end: start + m[4].length, value: m[4], assignedName: `${name}_${m[2]}`, reasons: evidence.reasons, title: isPasswordName(name) ? 'Hardcoded password' : 'Hardcoded secret' });
  }
  return out;
}

/** A Postman auth entry: its `key` says which credential (`value` is the auth type's own, apikey's), then its `value`. */
const POSTMAN_AUTH_ENTRY = /\{\s{0,40}"key"\s{0,4}:\s{0,4}"(value|token|password)"\s{0,4},\s{0,40}"value"\s{0,4}:\s{0,4}"([^"\n\\]{8,300})"|\{\s{0,40}"value"\s{0,4}:\s{0,4}"([^"\n\\]{8,300})"\s{0,4},\s{0,40}"key"\s{0,4}:\s{0,4}"(value|token|password)"/g;

function postmanAuthSecrets(ctx: RuleContext, name: string, open: number, body: string, place: Place): RawMatch[] {
  const out: RawMatch[] = [];
  POSTMAN_AUTH_ENTRY.lastIndex = 0;
  for (let m = POSTMAN_AUTH_ENTRY.exec(body); m; m = POSTMAN_AUTH_ENTRY.exec(body)) {
    const [key, value] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
    const judged = key === 'value' ? name : key;
    const evidence = weigh(judged, value, place);
    if (!evidence) continue;
    const start = open + m.index + m[0].indexOf(`"${value}"`) + 1;
    out.push({ start, end: start + value.length, value, assignedName: judged, reasons: evidence.reasons, title: isPasswordName(judged) ? 'Hardcoded password' : 'Hardcoded secret' });
  }
  return out;
}

/** A Parse app's or server's setup: `Parse.initialize(…)`, `ParseSwift.initialize(…)`, `new ParseServer({…})`. */
const PARSE_SETUP = /\bParse(?:Swift)?\.initialize\b|\bnew[ \t]{1,3}ParseServer\b|\bParseServer\.(?:start|createLiveQueryServer)\b/;

/** Keys public by design under names other services use for secrets: the name, the value's shape, and the provider's word or setup before it. */
const PUBLIC_IN_SETUP: readonly { name: RegExp; value: RegExp; setup: RegExp }[] = [
  // Parse's client and JavaScript keys ship inside its apps (its master key is the secret).
  { name: /^(?:client|javascript)_?key$/i, value: /^/, setup: PARSE_SETUP },
  // Socrata's app tokens (25 letters and digits) only lift anonymous throttling: its docs let browser code carry them.
  { name: /app_?token$/i, value: /^[A-Za-z0-9]{25}$/, setup: /socrata/i },
];

/** The assignment is one of those keys: its path, its name or the 600 characters before it name the provider's setup. */
function isPublicInItsSetup(ctx: RuleContext, a: Assignment): boolean {
  const known = PUBLIC_IN_SETUP.find(p => p.name.test(a.name) && p.value.test(a.value));
  return !!known && known.setup.test(`${ctx.path ?? ''} ${a.name} ${ctx.text.slice(Math.max(0, a.start - 600), a.start)}`);
}

/** The hit's name opens its line (after a quote): a column's definition in `CREATE TABLE`. */
function inColumnDefinition(window: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\w/.test(window[k]) && at - k < 80) k--;
  if (window[k] === '`' || window[k] === '"' || window[k] === '[') k--;
  while (k >= 0 && (window[k] === ' ' || window[k] === '\t')) k--;
  return k < 0 || window[k] === '\n';
}

/** A YAML line that opens a mapping under a plural name: `tool_keys:`, `- api_tokens:`. */
const PLURAL_MAP_HEADER = /^([ \t]*)(?:- )?["']?([A-Za-z][\w.-]{0,60}s)["']?[ \t]*:[ \t]*(?:#[^\n]*)?$/;
/** The plural names of such a mapping: qualified by whose they are, or a bare `secrets:`, `passwords:`, `tokens:`. (`ssh_keys`, `hash_keys`, `sort_keys` are others.) */
const SECRET_MAP_NAME = /^(?:(?:api|tool|service|provider|access|secret|private|client|app|integration|vendor|llm|ai|partner|third_party|external|auth|bot|webhook|signing)_(keys|tokens|secrets|passwords)|(tokens|secrets|passwords))$/;
/** One entry of it: `  serpapi: <value>`, the value one word, quoted or not. */
const YAML_MAP_ENTRY = /^([ \t]+)["']?([A-Za-z][\w.-]{0,40})["']?[ \t]*:[ \t]+(["']?)([^\s"'#]{8,300})\3[ \t]*(?:#[^\n]*)?$/;
/** An entry that opens a list below it: `  system:`. */
const YAML_LIST_HEAD = /^[ \t]+["']?([A-Za-z][\w.-]{0,40})["']?[ \t]*:[ \t]*(?:#[^\n]*)?$/;
/** The same as an INI or TOML section: `[api_keys]`, then `spoolman: …` or `spoolman = …` until the next section. */
const INI_MAP_HEADER = /^()[ \t]*\[([A-Za-z][\w.-]{0,60}s)\][ \t]*(?:[#;][^\n]*)?$/;
const INI_MAP_ENTRY = /^([ \t]*)["']?([A-Za-z][\w.-]{0,40})["']?[ \t]*[:=][ \t]*(["']?)([^\s"'#;]{8,300})\3[ \t]*(?:[#;][^\n]*)?$/;

/**
 * A YAML mapping of secrets under a plural name (`tool_keys:` then `  serpapi: …`, `passwords:`
 * then `  grafana: …`): each entry is one, named `<entry>_<singular>` (`serpapi_key`). Entries run
 * while indented deeper than the name, at most 40 lines; a nested mapping (compose's `secrets:`
 * with `file:` under each) has no values on its entries' lines.
 */
function mappedSecrets(ctx: RuleContext, at: number): { found: RawMatch[]; end: number } | undefined {
  const text = ctx.text;
  const lineStart = lineStartWithin(text, at, 200);
  const lineEnd = indexWithin(text, '\n', at, 200);
  if (lineStart < 0 || lineEnd < 0) return undefined;
  const headerLine = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const section = INI_MAP_HEADER.exec(headerLine);
  const header = section ?? PLURAL_MAP_HEADER.exec(headerLine);
  const names = header ? SECRET_MAP_NAME.exec(normaliseName(header[2])) : null;
  const kind = names ? names[1] ?? names[2] : undefined;
  if (!header || !kind) return undefined;
  const singular = kind.slice(0, -1);
  const place = placeOf(text, at, true, ctx);
  if (place.inComment) return undefined;
  const found: RawMatch[] = [];
  let from = lineEnd + 1, entryIndent = -1;
  let listName: string | undefined;
  for (let lines = 0; lines < 40 && from < text.length; lines++) {
    const end = indexWithin(text, '\n', from, 400);
    const line = text.slice(from, end < 0 ? Math.min(text.length, from + 400) : end).replace(/\r$/, '');
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() && !/^[#;]/.test(line.trim())) {
      if (section ? line.trim().startsWith('[') : indent <= header[1].length) break;
      if (entryIndent < 0) entryIndent = indent;
      // (An entry may hold a list of them, as Ory's `secrets: system: [- …]` keeps a key and the ones it rotated from.)
      const listHead = section || indent !== entryIndent ? null : YAML_LIST_HEAD.exec(line);
      if (listHead) listName = listHead[1];
      else if (indent === entryIndent) listName = undefined;
      const item = !section && listName && indent > entryIndent ? YAML_LIST_ITEM.exec(line) : null;
      const entry = item ? [line, '', listName!, item[2], item[3]] : (section ? INI_MAP_ENTRY : YAML_MAP_ENTRY).exec(line);
      if (entry && (section || indent === entryIndent || item)) {
        // (An entry named for a service (`spoolman: …` under `api_keys:`) holds its key if the value is plainly one;
        // a UUID, as Opsgenie's keys are, under the mapping's whole name: `sre: <uuid>` under `apiKeys:` is sre's API key.)
        const entryName = entry[2].replace(/[.-]/g, '_');
        const qualified = names![1] && isUuid(entry[4]) ? `${entryName}_${normaliseName(header[2]).slice(0, -1)}` : undefined;
        const name = qualified && isStrongName(qualified) ? qualified : `${entryName}_${singular}`;
        // (Nor one its name says is something else: `langfusePublicKey:` under `secrets:`.)
        const judged = !isSecretsEntry(normaliseName(entry[2]), entry[4]) ? undefined : isSecretName(name) ? 'secret' : isOtherKeyName(name) ? 'other' : undefined;
        const evidence = judged ? weigh(name, entry[4], place, judged === 'other') : undefined;
        const start = from + line.lastIndexOf(entry[4]);
        if (evidence) found.push({ start, end: start + entry[4].length, value: entry[4], assignedName: name, reasons: evidence.reasons, title: isPasswordName(name) ? 'Hardcoded password' : 'Hardcoded secret' });
      }
    }
    if (end < 0) break;
    from = end + 1;
  }
  return { found, end: from };
}

/** A YAML sequence's item: `- <value>`, the value one word, quoted or not. */
const YAML_LIST_ITEM = /^([ \t]*)-[ \t]+(["']?)([^\s"'#]{8,500})\2[ \t]*(?:#[^\n]*)?$/;

/**
 * A YAML sequence under a secret's name (`secretKey:` then `- …` lines, at its indent or deeper):
 * each item is one, weighed under that name. Undefined when the name is no secret's or no item follows.
 */
function listedSecrets(ctx: RuleContext, at: number): { found: RawMatch[]; end: number } | undefined {
  const text = ctx.text;
  const lineStart = lineStartWithin(text, at, 200);
  const lineEnd = indexWithin(text, '\n', at, 200);
  if (lineStart < 0 || lineEnd < 0) return undefined;
  const header = /^([ \t]*)(?:- )?["']?([A-Za-z][\w.-]{0,60})["']?[ \t]*:[ \t]*(?:#[^\n]*)?$/.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
  const name = header ? memberName(header[2]) : undefined;
  if (!header || !name) return undefined;
  const place = placeOf(text, at, true, ctx);
  if (place.inComment) return undefined;
  const found: RawMatch[] = [];
  let from = lineEnd + 1, items = 0;
  for (; items < 40 && from < text.length; items++) {
    const end = indexWithin(text, '\n', from, 600);
    const line = text.slice(from, end < 0 ? Math.min(text.length, from + 600) : end).replace(/\r$/, '');
    const item = YAML_LIST_ITEM.exec(line);
    if (!item || item[1].length < header[1].length) break;
    const evidence = weighMember(name, item[3], place);
    const start = from + line.indexOf(item[3]);
    if (evidence) found.push({ start, end: start + item[3].length, value: item[3], assignedName: name, reasons: evidence.reasons, title: isPasswordName(name) ? 'Hardcoded password' : 'Hardcoded secret' });
    if (end < 0) break;
    from = end + 1;
  }
  return items ? { found, end: from } : undefined;
}

/** The rows of a dump's credential column that hold a secret, weighed as a config file's values. */
/** A hex digest's lengths: MD5, SHA-1, SHA-256, SHA-512. */
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;

function copiedSecrets(column: string, values: ColumnValues['values']): RawMatch[] {
  if (!isSecretName(column)) return [];
  const place: Place = { quoted: true, configLike: true, inComment: false, base64Data: false };
  const out: RawMatch[] = [];
  for (const v of values) {
    const evidence = weigh(column, v.value, place);
    if (!evidence) continue;
    // A password column of hex digests (a legacy app's md5 or sha1 of each password): hashes, crackable offline, not the passwords.
    const digest = isPasswordName(column) && HEX_DIGEST.test(v.value)
      ? { severity: 'info' as const, title: 'Password hash in a database dump (crackable offline)' } : undefined;
    out.push({ ...v, assignedName: column, reasons: [...evidence.reasons, 'a column of a database dump'], title: isPasswordName(column) ? 'Hardcoded password' : 'Hardcoded secret', ...digest });
  }
  return out;
}

export const genericRules: Rule[] = [
  {
    id: GENERIC_RULE_ID, provider: 'Generic', title: 'Hardcoded secret',
    keywords: KEYWORDS,
    watches: [KEYWORD_WATCH],
    find: (window, start, ctx) => {
      const sealed = stretchesWithoutLiterals(ctx);
      if (sealed.length === 2 && sealed[0] === 0 && sealed[1] === ctx.text.length) return [];
      const proseFile = ctx.prose || isProseFile(ctx.path);
      const sqlFile = /\.(?:sql|dump)$/i.test(ctx.path ?? '');
      // (Unity's assets and scenes are YAML too.)
      const yamlFile = /\.(?:ya?ml|asset)$/i.test(ctx.path ?? '');
      const classFile = /\.(?:kt|kts|java|scala|cs|cpp|cc|cxx|hpp|hh|h|py|ts|tsx|mts)$/i.test(ctx.path ?? '');
      const out: RawMatch[] = [];
      // Visit keyword places in text order, skipping those inside a value already read:
      // a keyword inside a value is not a name, and this keeps dense input linear.
      let skipUntil = -1;
      for (const hit of keywordOffsets(window, start, ctx)) {
        // ` key:` starts at the space before the name, `"key"` at its quote.
        const i = window[hit] === ' ' || window[hit] === '"' || window[hit] === "'" ? hit + 1 : hit;
        if (start + i < skipUntil || (sealed.length && insideRanges(sealed, start + i))) continue;
        if (isPlainUse(ctx.text, start + i)) continue;
        // A class, an object or an enum named as a holder of secrets (C#'s `static class ApiKeys {`, Kotlin's
        // `object Secrets {`): each member's literal is one, judged under the holder's name.
        const secretsHolder = secretsHolderAt(ctx.text, start + i);
        if (secretsHolder) {
          // (A member named as a credential or a public key of its own is read under that name, where it is: `segmentWriteKey` in an app.)
          const own = (m: RawMatch) => (m.assignedName ?? '').slice(secretsHolder.name.length + 1);
          out.push(...memberSecrets(ctx, secretsHolder.name, secretsHolder.open).filter(m => !isSecretName(own(m)) && !/(?:key|token)$/.test(asKeyName(normaliseName(own(m))))));
          continue;
        }
        // A Secret's `stringData:` holds secrets under any names (`pagerduty-key-payments: …`): each entry is one.
        if (/^stringData:/i.test(window.slice(i, i + 11)) && isKubernetesSecret(ctx.path, ctx.text)) {
          out.push(...stringDataSecrets(ctx, start + i));
          continue;
        }
        // (An INI section's name follows its `[`, or its `]` closes `keys`, `tokens`, `secrets` or `passwords`: 4, 6, 7 or 9 characters on.)
        const section = window[i - 1] === '[' || window[i + 4] === ']' || window[i + 6] === ']' || window[i + 7] === ']' || window[i + 9] === ']';
        const headerRest = yamlFile || section ? window.slice(i, i + 80).split('\n')[0] : '';
        // (The name's first keyword reads it: `api_keys:` is found at `api_key` before `keys:`.)
        const mapped = /^[\w.-]{0,60}?(?:keys|tokens|secrets|passwords)[:\]]\r?$/i.test(headerRest) ? mappedSecrets(ctx, start + i) : undefined;
        // (A sequence under a secret's name: Django's `SECRET_KEY_FALLBACKS:` then `- …`, a Unity asset's `secretKey:`.)
        const listed = mapped ?? (/^[\w.-]{0,60}:[ \t]*\r?$/.test(headerRest) ? listedSecrets(ctx, start + i) : undefined);
        if (listed) {
          out.push(...listed.found);
          skipUntil = listed.end;
          continue;
        }
        const copied = inColumnList(window, i) ? copiedColumnValues(ctx.text, start + i)
          : sqlFile && inColumnDefinition(window, i) ? dumpedColumnValues(ctx.text, start + i) : undefined;
        if (copied) {
          skipUntil = copied.nameEnd;
          out.push(...copiedSecrets(copied.name, copied.values));
          continue;
        }
        // A constructor parameter's instances; its default, if any, is read below as an assignment.
        const constructed = classFile && inParameterList(window, i) ? constructedArgumentValues(ctx.text, start + i) : undefined;
        if (constructed) out.push(...copiedSecrets(constructed.name, constructed.values));
        const laterRows = sqlFile && inColumnList(window, i) ? laterInsertedValues(ctx.text, start + i) : undefined;
        if (laterRows) out.push(...copiedSecrets(laterRows.name, laterRows.values));
        const a = qualifiedInProse(ctx, assignmentAt(ctx.text, start + i, start + window.length, assignmentFactsOfScan(ctx)), start + i, start + window.length, proseFile)
          ?? proseAssignmentIn(ctx, start + i, start + window.length, proseFile);
        // Another keyword in the same name reads the same name again (`密码пароль…`, `password_pass_pwd`): skip it.
        if (!a) {
          skipUntil = Math.max(skipUntil, identifierEnd(ctx.text, start + i));
          continue;
        }
        // A release's `cookie:` in mix.exs is the Erlang distribution cookie: it joins the node's cluster.
        if (/^cookie$/i.test(a.name) && /(?:^|\/)(?:mix\.exs|rel\/[^/]{1,60}\.exs)$/.test(ctx.path ?? '')) a.name = 'erlang_cookie';
        // Matomo's `[General] salt` signs its tokens and sessions: an application's salt, not a hash's.
        if (/^salt$/i.test(a.name) && /(?:^|\/)config\/config\.ini\.php$/.test(ctx.path ?? '')) a.name = 'app_salt';
        // A configuration profile's SCEP payload: its `Challenge` is the NDES enrolment password that issues device certificates.
        if (/^challenge$/i.test(a.name) && /\.mobileconfig$/i.test(ctx.path ?? '')) a.name = 'scep_challenge_password';
        // A key public by design that only its provider's setup tells apart (Parse's client key, Socrata's app token).
        if (isPublicInItsSetup(ctx, a)) continue;
        // ParseSwift names Parse's master key `primaryKey`.
        if (/^primary_?key$/i.test(a.name) && PARSE_SETUP.test(ctx.text.slice(Math.max(0, a.start - 600), a.start))) a.name = 'parse_master_key';
        // An unquoted value that opens an object or a struct (`StaticTokenSource(&oauth2.Token{AccessToken: "…"})`)
        // holds names of its own: skip only to its brace. A call's arguments stay read as the call's.
        const bracket = a.quoted ? -1 : a.value.search(/(?<![$#{]|^)\{/); // not a template's `${…}`
        // (A quoted JSON object holds names of its own too: CloudFormation's `SecretString: '{"password":"…"}'`.)
        // (So does a quoted snippet of code that sets a name: a test table's `{"case", `api_key = "…"`}`.)
        // (And a record's key naming the setting, `<field name="key">app.smtp_password</field>`: its value is the next element's.)
        const quotedObject = (a.quoted && (a.value[0] === '{' ? /^\{\s{0,4}"/.test(a.value) : quotesAnAssignment(a.value)))
          || (/^(?:key|name)$/i.test(a.name) && /^[\w-]{1,60}(?:\.[\w-]{1,60}){0,6}$/.test(a.value) && ctx.text[a.end] === '<');
        // (And a quoted word followed by another quoted argument names the next: `modparam("auth", "secret", "…")`.)
        const namesNext = a.quoted && /^[A-Za-z_][\w.-]{0,60}$/.test(a.value) && /^["'][ \t]{0,3},[ \t]{0,3}["']/.test(ctx.text.slice(a.end, a.end + 8));
        // (A URL's query holds names of its own: nginx's `proxy_pass https://…?apikey=…;` under a name that says pass.)
        const query = /^[a-z][\w+.-]{1,20}:\/\/[^\s?#]{1,300}\?/i.exec(a.value);
        skipUntil = a.detached ? skipUntil : bracket >= 0 ? a.start + bracket : quotedObject || namesNext ? a.start : query ? a.start + query[0].length - 1 : a.end;
        // An object under a secret's name holds that secret per key (`apiKey: { mainnet: "…", sepolia: "…" }`).
        // So does one under the plural (`PARTNER_KEYS = { ["globex"] = "…" }`): a map of secrets, each judged as one.
        const mapCall = a.quoted ? null : MAP_CONSTRUCTOR.exec(ctx.text.slice(a.start, a.start + 40));
        // Go's map literal opens an object too: `sharedKeys = map[string][]byte{`.
        const goMap = a.quoted || mapCall ? null : GO_MAP_LITERAL.exec(ctx.text.slice(a.start, a.start + 60));
        const shellMap = a.quoted || mapCall || goMap ? null : SHELL_MAP_OPEN.exec(ctx.text.slice(a.start, a.start + 120));
        const one = a.quoted || (!/^[{[]/.test(a.value) && !mapCall && !goMap && !shellMap) ? undefined : memberName(a.name);
        // An object or a list under another name (`"logzio_api": { "logzioApiToken": "…" }`) holds names of its own: read on into it.
        if (!one && !a.quoted && !a.detached && /^[{[]/.test(a.value)) skipUntil = a.start;
        if (one && goMap) {
          out.push(...memberSecrets(ctx, one, a.start + goMap[0].length - 1));
          continue;
        }
        if (one && shellMap) {
          out.push(...mapEntrySecrets(ctx, one, a.start + 1, SHELL_MAP_ENTRY));
          continue;
        }
        if (one && mapCall) {
          // `PARTNER_KEYS = Map.of("globex", "…", …)`, Kotlin's `mapOf("globex" to "…")`: each value is one.
          out.push(...mapEntrySecrets(ctx, one, a.start + mapCall[0].length));
          continue;
        }
        if (one) {
          // A list of them (`SECRET_KEY_FALLBACKS = ["…"]`, express-session's `secret: ["…", "…"]`): each element is one.
          // (C's `static const char *fallback_tokens[] = { "…", "…", NULL };` is a list in braces.)
          out.push(...(a.value.startsWith('[') ? elementSecrets(ctx, one, a.start)
            : BRACED_LIST.test(ctx.text.slice(a.start, a.start + 1500)) ? elementSecrets(ctx, one, a.start, '}') : memberSecrets(ctx, one, a.start)));
          continue;
        }
        // An analytics write key handed to the browser snippet's loader (`AnalyticsBrowser.load({ writeKey })`,
        // `analytics.load("…")`): public by design there; a server library's write key is not.
        if (/^write_?key$/i.test(a.name) && /\.load\(\s{0,3}\{?[^()]{0,40}$/.test(ctx.text.slice(Math.max(0, a.start - 60), a.start))) continue;
        // (Or named first, then handed to the loader in the same file: `const WRITE_KEY = "…"` and `analytics.load("…")`.)
        if (/write_?key$/i.test(a.name) && a.value.length >= 16 && (ctx.text.includes(`.load("${a.value}"`) || ctx.text.includes(`.load('${a.value}'`))) continue;
        // So is the snippet's own (`analytics._writeKey="…"` in a page; Python's library sets `analytics.write_key`, a server's).
        if (/_writeKey$/.test(a.name) && /\banalytics\._writeKey\s{0,3}=\s{0,3}["']?$/.test(ctx.text.slice(Math.max(0, a.start - 40), a.start))) continue;
        // So is Segment's write key in an app's or a page's code (a mobile app's constants, a bundle);
        // in a server's configuration (Helm values, a Dockerfile) it feeds a server-side source.
        // (An app's build settings and a bundler's public variables are the app's: `VITE_SEGMENT_WRITE_KEY`, an .xcconfig.)
        // (So are an Android app's resources: `res/values/secrets.xml`.)
        if ((!ctx.configLike || clientPrefixOf(a.name) || /\.xcconfig$|(?:^|\/)res\/values[\w-]{0,30}\/[^/]+\.xml$/i.test(ctx.path ?? '')) && /(?:^|_)segment_write_key$/.test(normaliseName(a.name))) continue;
        // (Whether a service made this key public is asked once a value is worth reporting: see below.)
        const assignedName = a.name;
        // A build cache's key (`pip-Linux-x64-<sha256 of the lockfile>`, actions/cache's log line): labels, then a digest.
        if (/key$/i.test(a.name) && CACHE_KEY_VALUE.test(a.value)) continue;
        // A key's stored digest beside the key's masked preview (`"token": "<sha256>"` by `"key_name": "sk-...Lu2W"`,
        // LiteLLM's and most API-key tables'): the service keeps the hash and shows the ends, never the key.
        if (/^[0-9a-f]{64}$/.test(a.value) && MASKED_PREVIEW.test(ctx.text.slice(Math.max(0, a.start - 300), a.end + 300))) continue;
        // Helm's `checksum/secret: <sha256>` annotation restarts pods when a Secret changes: a digest of it, no secret.
        if (/checksum\/[\w.-]{0,40}$/i.test(ctx.text.slice(Math.max(0, start + i - 50), start + i))) continue;
        // A finding's fingerprint (`slack-bot-token:<24 hex>`) in an allowlist or a baseline names a secret, holds none.
        if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(a.name) && /^[0-9a-f]{24}$/.test(a.value) && ctx.text[a.start - 1] === ':') continue;
        // A token kept with its scheme (`token = "Bearer …"` in a Cargo credentials file): the credential follows it.
        const scheme = a.quoted ? /^(?:Bearer|bearer|Token|token)[ \t]+(?=\S{16,}$)/.exec(a.value) : null;
        if (scheme) {
          a.start += scheme[0].length;
          a.value = a.value.slice(scheme[0].length);
        }
        // Yarn's `npmAuthIdent: "user:password"`, Confluent's `basic.auth.user.info=KEY:SECRET`: the password is the secret.
        const ident = /authident$|auth[._]user[._]info$/i.test(a.name) ? /^[^\s:]{1,100}:(?=\S)/.exec(a.value) : null;
        if (ident) {
          a.start += ident[0].length;
          a.value = a.value.slice(ident[0].length);
          // The secret half is named for what it authenticates to (`schema.registry.…` → SCHEMA_REGISTRY_SECRET).
          if (/user[._]info$/i.test(a.name)) a.name = a.name.replace(/[._]?basic[._]auth[._]user[._]info$/i, '').replace(/\./g, '_').concat('_secret').replace(/^_/, '');
        }
        // WebLogic encrypts `<password-encrypted>` as `{AES256}…` (`{AES}`, `{3DES}`): a value without it is the password in clear text,
        // as WLST writes it before the server encrypts it on activation.
        if (/^password-encrypted$/i.test(a.name) && !a.value.startsWith('{')) a.name = 'password';
        // Spring Security's `{noop}` marks a password kept as it is (its other ids mark hashes): the password follows.
        if (a.value.startsWith('{noop}') && a.value.length > 12) {
          a.start += 6;
          a.value = a.value.slice(6);
        }
        // Develocity's (Gradle Enterprise's) access key names its server: `ge.example.com=<key>`; the key follows.
        const server = /(?:develocity|gradle[._]?enterprise)[._]?access[._]?key$/i.test(a.name) ? /^[\w.-]{1,100}=(?=\S{16})/.exec(a.value) : null;
        if (server) {
          a.start += server[0].length;
          a.value = a.value.slice(server[0].length);
        }
        // A cookie (`"session-token=…; path=/"`): a browser session in a mock or a fixture, not a key.
        if (COOKIE_ATTRIBUTE.test(ctx.text.slice(a.end, a.end + 12))) continue;
        // URLs carry many tokens that are no credential (share links, CSRF, paging): a query
        // parameter counts only under a name that says key, secret or access token, or a
        // `<word>_key` name with a value that is plainly a key (`?typeform_key=…`).
        // Or a plain `token`/`key` sent to a service's API host (`api.trello.com/…?key=…&token=…`, `finnhub.io/…?token=…`):
        // there it is the API's credential.
        // A Redis URL's `?auth=` is its password (phpredis's session.save_path: `tcp://host:6379?auth=…`).
        if (a.inUrl && a.name.toLowerCase() === 'auth' && /(?:tcp|rediss?|unix):\/\/[^\s"'?]{1,200}\?(?:[^\s"']{0,200}&)?$/.test(ctx.text.slice(Math.max(0, a.start - 420), a.start - 5))) a.name = 'redis_password';
        if (a.inUrl && !isStrongName(a.name) && !isOtherKeyName(a.name)) {
          // (Not a badge's short read-only token: `codecov.io/…/badge.svg?token=…`.)
          // (Or a Jenkins job's remote trigger, `/job/…/build?token=…`: whoever has it starts the job.)
          // (Or a webhook's or a deploy hook's: `/api/hooks/deploy?token=…`.)
          const before = /^token$/i.test(a.name) && a.value.length >= 16 ? ctx.text.slice(Math.max(0, a.start - 300), a.start) : '';
          const trigger = before && JENKINS_TRIGGER.test(before) ? 'jenkins_build_token' : before && HOOK_TRIGGER.test(before) ? 'webhook_token' : '';
          if (!trigger && (!/^(?:token|key|auth|authorization|hapikey|apikey)$/i.test(a.name) || a.value.length < 16 || !isServiceHost(ctx.text, a.start))) continue;
          a.name = trigger || (/token|auth/i.test(a.name) ? 'access_token' : 'api_key');
        }
        // Only a value that could be a key is worth looking up its parent for (dense `key = …` code stays cheap).
        const qualified = a.name.toLowerCase() === 'key' && looksRandomEnough(a.value, 2.9, 2048) ? qualifiedKeyName(ctx, start + i)
          // A table's `primary_key` is a column; under Rails' `active_record_encryption:` it is the key that encrypts them.
          : a.name === 'primary_key' && looksRandomEnough(a.value, 2.9, 2048) ? parentQualifiedName(ctx.text, start + i, 'primary_key')
          // An on-call service's routing or service key under its receiver (Alertmanager's `pagerduty_configs:`, Grafana's, Argo CD's).
          : /^(?:routing|service|integration)_?keys?$/i.test(a.name) && /pagerduty|victorops/i.test(ctx.text.slice(Math.max(0, start + i - 300), start + i)) ? `pagerduty_${normaliseName(a.name).replace(/s$/, '')}`
          // A UUID under a bare `token` is an id unless a service is named just before (`uses: codecov/codecov-action` over `with: token:`).
          // (Or the file is a Consul's or a Nomad's configuration: a service definition's `token` is its ACL token, a UUID.)
          // (Or a sink's default one: Vector's `default_token` under `[sinks.splunk]`, a Splunk HEC token.)
          : /^(?:--?)?(?:default_?)?(?:token|auth)$/i.test(a.name) && isUuid(a.value) ? serviceNamedBefore(ctx.text, start + i, a.name.replace(/^default_?/i, ''))
            ?? (/(?:^|\/)(?:consul|nomad)(?:\.d)?\/[^\s]*\.(?:hcl|json)$/i.test(ctx.path ?? '') ? 'acl_token' : undefined)
          // A `--key` flag on a service's own command is its access key (`cypress run --record --key <uuid>`, BrowserStack Local's `--key`).
          : a.name === '--key' && looksRandomEnough(a.value.replace(/-/g, ''), 2.9, 2048) ? serviceNamedBefore(ctx.text, start + i, 'access_key') : undefined;
        if (qualified) a.name = qualified;
        // A key set beside a user (`user: 'ci', key: '…'` in a WebdriverIO config, `BS_USER = …` then `BS_KEY = …`):
        // the pair signs in, so the key is the account's access key (Sauce Labs, BrowserStack, LambdaTest).
        else if (a.quoted && /^(?:[A-Za-z][A-Za-z0-9]{0,20}_)?key$/i.test(a.name) && keyBesideUser(ctx.text, start + i, a.name)) a.name = `${a.name.slice(0, -3)}access_key`;
        // A secret key by its own prefix under a bare `key` (`"key": "sk-…"`, a LiteLLM virtual key, Stripe's `sk_live_…`):
        // `sk` says secret key wherever the issuer puts it.
        else if (/^key$/i.test(a.name) && SECRET_KEY_PREFIXED.test(a.value) && looksRandomEnough(a.value.slice(3), 3.3, 2048)) a.name = 'secret_key';
        // A role's key in a file named for its service: `recordKey` in cypress.config.ts is Cypress's record key.
        // A key that a service the file is named for makes public: `api_key` in shopify_sync.rb is the app's client id.
        if (servicesNamingFile(ctx).some(word => isPublicServiceKeyName(`${word}_${normaliseName(a.name)}`))) continue;
        // A note that says the value below is no secret (`# … client id, not secret`): its words are no name.
        if (/^not_/.test(normaliseName(a.name))) continue;
        // A meeting's join link carries its attendees' passcode (`zoom.us/j/<id>?pwd=…`), and its invite spells the passcode
        // beside the meeting's id: shared with every invitee by design.
        // (An invite's text may keep its escapes: an ICS description's `\nPasscode: …\n`.)
        if (/^(?:pwd|passcode)$/i.test(a.name.replace(/^n(?=passcode$)/i, '')) && (a.inUrl ? /zoom(?:gov)?\.(?:us|com)\/[jsw]\/\d{9,11}\?(?:[^\s"'?]{0,200}&)?$/.test(ctx.text.slice(Math.max(0, a.start - 260), a.start - a.name.length - 1))
          : /^\d{4,10}(?:\\n|$)/.test(a.value) && /Meeting ID\b/i.test(ctx.text.slice(Math.max(0, a.start - 300), a.end + 300)))) continue;
        // The fallback of a variable the environment names public: `SDK_KEY = process.env.ZOOM_MEETING_SDK_KEY || '…'`.
        const fallbackOf = /(?:process\.env\.|import\.meta\.env\.|getenv\(\s{0,2}["'])([A-Za-z_]\w{2,80})["')]{0,2}\s{0,4}(?:\|\||\?\?|or)\s{0,4}["'`]$/.exec(ctx.text.slice(Math.max(0, a.start - 140), a.start));
        // (A browser's variable too: `process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY ?? "…"` is Segment's write key, made for browsers.)
        const browserPrefix = fallbackOf ? clientPrefixOf(fallbackOf[1])?.prefix : undefined;
        const fallbackEnv = fallbackOf ? normaliseName(fallbackOf[1].slice(browserPrefix?.length ?? 0)) : '';
        if (fallbackOf && (isPublicServiceKeyName(fallbackEnv) || (browserPrefix && /(?:^|_)segment_write_key$/.test(fallbackEnv)))) continue;
        // A plain `key` among a request's parameters to a service's API is that API's key, as in its URL.
        if (!a.inUrl && a.quoted && a.value.length >= 16 && /^(?:key|token|apikey|appid)$/i.test(a.name) && inServiceRequestParams(ctx.text, a.start)) a.name = /token/i.test(a.name) ? 'access_token' : 'api_key';
        const service = isSecretName(a.name) ? undefined : serviceOfFile(ctx);
        if (service && isSecretName(`${service}_${normaliseName(a.name)}`)) a.name = `${service}_${normaliseName(a.name)}`;
        // NetSuite's token-based authentication pairs a token id with a token secret, each 64 hex digits:
        // the id is half the credential (an HMAC signs with both), no record's id.
        // (A byte array names its encoding after the secret: `secretBytes`, `password_raw`.)
        const secretName = isSecretName(a.name) || isSecretValueName(a.name) || isTokenBasedAuthId(ctx.text, a)
          || (a.bytesHex !== undefined && isSecretName(withoutEncodingWord(a.name)));
        // Passwords stored as digests, as the file declares (Tomcat's MessageDigestCredentialHandler,
        // ASP.NET's `<credentials passwordFormat="SHA1">`): hex under a password's name is a hash there.
        if (secretName && HEX_DIGEST.test(a.value) && isPasswordName(a.name) && storesDigests(ctx)) continue;
        const otherKey = !secretName && !a.prose && (isOtherKeyName(a.name) || (a.bytesHex !== undefined && isKeyNamedArray(a.name)));
        // A value built from pieces is still read by the providers' rules (`AWS_KEY_ID = "".join(map(chr, […]))`: an id's name, AWS's key).
        const builtForProviders = a.joined && a.value.length >= 16
          ? { start: a.start, end: a.end, value: a.value, assignedName: a.name, title: 'Hardcoded secret', joined: true, providerOnly: true } : undefined;
        if (!secretName && !otherKey && a.name.toLowerCase() !== 'key') {
          if (builtForProviders) out.push(builtForProviders);
          continue;
        }
        const place = placeOf(ctx.text, start + i, a.quoted, ctx, a.prose || proseFile, a.value);
        // A JSON string holds a command (package.json's `"PERCY_TOKEN=web_… percy exec"`): an env prefix there is the shell's assignment.
        if (!a.quoted && !place.configLike && ctx.text[a.start - 1] === '=' && /^[A-Z][A-Z0-9_]{2,60}$/.test(a.name) && /\.json$/i.test(ctx.path ?? '')) place.configLike = true;
        // A config line's whole value glued to its `=` (`FASTLANE_PASSWORD=&Z8R…` in .env) is a literal, whatever its first character.
        if (!a.quoted && place.configLike && !place.inComment && a.value[0] === '&' && ctx.text[a.start - 1] === '=' && /^[ \t]*(?:export[ \t]+)?[\w.-]{1,100}=$/.test(ctx.text.slice(lineStartWithin(ctx.text, a.start, 120), a.start))) place.quoted = true;
        // (A `consul kv export` holds values base64-encoded, as a Secret's data: judged decoded.)
        if (isConsulExportValue(ctx.text, a.start)) Object.assign(place, { base64Data: true, encodedIn: "a Consul KV export's value" });
        if (!secretName && !otherKey) {
          const qualifiedInProse = place.inComment || proseFile ? proseKeyName(ctx.text, start + i, a.name) : undefined;
          // (Under another word, a value plainly a key and long: a comment's `provisioning key: <88 base64>`. Not hex:
          // a crash log's `CrashReporter Key: <40 hex>` is a device's hash.)
          if (!qualifiedInProse || (qualifiedInProse.other && (a.value.length < 32 || /^[0-9a-f]+$/i.test(a.value) || !isPlainlyAKey(a.value, false, { ...place, inComment: false })))) continue;
          a.name = qualifiedInProse.name;
        }
        // A byte array is judged by its bytes (as hex): the text's commas and `0x`s say nothing.
        // So is a string of hex escapes (C's and Rust's `b"\x2e\x41…"`).
        if (a.quoted && a.bytesHex === undefined && /^(?:\\x[0-9a-fA-F]{2}){16,128}$/.test(a.value)) a.bytesHex = a.value.replace(/\\x/g, '').toLowerCase();
        const evidence = a.bytesHex !== undefined ? weighBytes(a.name, a.bytesHex, place, otherKey)
          : weigh(a.name, a.value, place, otherKey) ?? weighInMultiLineString(ctx, a, place, otherKey);
        if (!evidence) {
          if (builtForProviders) out.push(builtForProviders);
          continue;
        }
        if (madePublicByItsService(ctx, start + i, assignedName)) continue;
        // OAuth 1.0's (and LTI 1.1's) consumer key beside its secret is the consumer's identifier: the secret is the credential.
        if (/^(?:oauth_|lti_)?consumer_?key$/.test(normaliseName(a.name)) && /(?:shared|consumer|oauth)_?secret/i.test(ctx.text.slice(Math.max(0, a.start - 200), a.end + 200))) continue;
        // A comment right above that says how the value was encrypted (`; encrypted with: pmpasswd <password> -e CRYPT_DATA`,
        // Data Loader's `encrypt.bat -e …`): ciphertext, its key elsewhere.
        if (/^[A-Za-z0-9+/=]{16,}$/.test(a.value) && saysEncryptedAbove(ctx.text, a.start)) continue;
        // A cryptographic library's known-answer tests: hex keys and secrets in a vectors file, or in NIST's `Count = N` blocks.
        if (/^(?:0x)?[0-9a-fA-F]+$/.test(a.value) && isKnownAnswerTest(ctx, a.start)) continue;
        // Renovate's `"encrypted": { "token": "…" }` holds ciphertext its app's private key opens (as `encryptedSecrets` do).
        const owner = parentObjectName(ctx.text, start + i);
        if (/^encrypted(?:Secrets)?$/i.test(owner ?? '')) continue;
        // A key a service makes public, in the service's own object: `config.x.shopify = { api_key: "…" }` is Shopify's app's client id.
        // (Or in its mapping: `shopify:` above `  api-key: …`.)
        const holder = owner ?? parentMappingName(ctx.text, start + i);
        if (holder && isPublicServiceKeyName(`${holder.toLowerCase().replace(/-/g, '_')}_${normaliseName(assignedName)}`)) continue;
        // A map of ids names each id for what it is for (`playbook_ids:` → `leaked_credential: <uuid>`): an id still.
        if (holder && /(?:^|_)ids$/.test(normaliseName(holder)) && isUuid(a.value)) continue;
        // The same value named public elsewhere in the file (`algoliaSearchKey: "…"` beside `algolia: { apiKey: "…" }`): that public key.
        if (namedPublicElsewhere(ctx.text, a.value, a.start)) continue;
        // Tomcat's MessageDigestCredentialHandler stores `salt$iterations$digest` (tomcat-users.xml): a hash, crackable offline (Transmission's salted SHA-1 too).
        const digest = TOMCAT_DIGEST.test(a.value) || TRANSMISSION_DIGEST.test(a.value) ? { severity: 'info' as const, title: 'Password hash in configuration (crackable offline)' }
          // So is hex in a password column of an SQL row (read apart from its name): a legacy app's md5 or sha1 of the password.
          : a.detached && isPasswordName(a.name) && HEX_DIGEST.test(a.value) ? { severity: 'info' as const, title: 'Password hash in a database dump (crackable offline)' } : undefined;
        out.push({ start: a.start, end: a.end, value: a.value, assignedName: a.name, reasons: evidence.reasons,
          title: isPasswordName(a.name) ? 'Hardcoded password' : 'Hardcoded secret', ...(a.joined ? { joined: true } : {}), ...digest });
      }
      return out;
    },
    skipPlaceholderCheck: true, // weigh() runs the shared filters itself
    confidence: 'generic', severity: 'warning',
    envVar: 'SECRET',
    description: 'A high-entropy literal assigned to a name such as password, secret, token or api_key, in any syntax (code, config, define() calls, comments). Hex and UUID values count unless the name says hash or id.',
  },
];
