/**
 * Shared false-positive filters: placeholders, references to secrets stored elsewhere,
 * test dummies, hashes and other high-entropy values that are not credentials.
 */

import { ENV_REFERENCE } from './lang';
import { charClassCount, shannonEntropy } from './text';

/**
 * Words that mark a value as a placeholder or a test dummy rather than a credential.
 * Long words may appear anywhere (a random token contains `placeholder` with negligible odds);
 * short ones only as words of their own (`fake_key`, `FAKE-TOKEN`, `fakeApiKey`), since random
 * text contains `tbd` or `mock` often enough to lose ~0.5% of real 100-character keys. A
 * capitals word ends where the capitals do (`FAKE_KEY`), so `TBDQ7X2K9` (a Slack team id) is no
 * placeholder; `fakeApiKey` still is. A `%NAME%` field is in capitals: Django's key alphabet holds
 * `%` and lower-case letters, and `…=%dps%d6…` is random; a generator's `U%EL%x` is set in letters, as a field is not. A slot in angle brackets holds words
 * (`<your-api-key>`, `<db password>`): a generator's punctuation between them (`<u,5ad=W>`, `<M>`) is none.
 */
// (The two UUIDs are the examples of Wikipedia's UUID article, which documentation copies: DeepL's `<uuid>:fx`.)
const PLACEHOLDER_PHRASES =
  /(?:your|my)[-_ ]?(?:api|own|secret|token|key|pass)|replace[-_ ]?(?:me|with|this)|changeme|change[-_]me|insert[-_]?(?:your|here)|placeholder|example|sample|redacted|dummy|test[-_]?(?:token|key|secret|pass)|not[-_ ]?a[-_ ]?real|secret[-_]?here|key[-_]?here|token[-_]?here|\*{3}|\.\.\.|…|\\u2026|x{8,}|0{12,}|<[A-Za-z][\w .:/@#-]{2,40}>|&lt;[^&]{0,60}&gt;|\{\{[^}]{0,60}\}\}|\bnull\b|\bundefined\b|\bnone\b|123e4567-e89b-12d3-a456-426614174000|550e8400-e29b-41d4-a716-446655440000/i;
/** A capitalised word in brackets, a scrubber's mark: `[SCRUBBED]`, `[FILTERED]`. */
const SCRUBBER_MARK = /\[[A-Z][A-Z _-]{2,30}\]/;
const PLACEHOLDER_SHORT_WORDS =
  /(?<![A-Za-z0-9])%[A-Z_]{2,40}%(?![a-z0-9])|(?<![A-Za-z0-9])(?:(?:fake|mock|todo|tbd|fixme|lorem|ipsum|xxx+|Fake|Mock|Todo|Xxx+)(?![a-z0-9])|(?:FAKE|MOCK|TODO|TBD|FIXME|XXX+)(?![A-Za-z0-9]))/;

/** A value that is a reference to a secret kept elsewhere: env lookups, templates, vaults. */
const REFERENCE_PATTERNS: readonly RegExp[] = [
  /\$\{\{?\s{0,5}[A-Za-z_][\w.\-]{0,80}\s{0,5}\}?\}/, // ${VAR}, ${{ secrets.X }}
  /^\$[A-Za-z_]\w{0,80}(?:\.[A-Za-z_]\w{0,80}){0,4}$/, // $VAR, and PowerShell's $params.Credential
  /^\$\(/, // $(command substitution)
  /^%\(env\.[A-Za-z_]\w{0,80}\)s$/, // Pants's (and configparser's) `%(env.BUILDBUDDY_API_KEY)s`: read from the environment
  /^!(?:env_var|secret|include|vault)$/, // Home Assistant's `!env_var NAME` and `!secret name`, Ansible's `!vault`: the value is elsewhere
  /^\$env:[A-Za-z_]\w{0,80}$/i, // PowerShell's environment drive: $env:NUGET_FEED_PAT
  /^credentialsJSON:[0-9a-f-]{36}$/, // TeamCity's token for a secure value kept on its server
  /^\(\([\w./:-]{1,100}\)\)$/, // Concourse's `((name))`: its credential manager fills it in
  /^BAMSCRT@\d@\d@[A-Za-z0-9+/=]{8,}$/, // Bamboo's encrypted plan variable (`BAMSCRT@0@0@…`): its key stays on the Bamboo server
  /[:@/=]\$[A-Za-z_]\w{2,80}$/, // user:$PASSWORD, anonymous:$FROM_EMAIL: the last part is a variable
  /^%[A-Za-z_]\w{0,80}%$/, // %VAR%
  // __VAR__, __ServiceBusSendKey__: a deploy step's token to replace (Azure Pipelines' Replace Tokens, Octopus), named in either case.
  /^__[A-Z][A-Z0-9_]{1,80}__$|^__[A-Za-z][a-z]{1,20}(?:[A-Z0-9][a-z0-9]{0,20}){1,8}__$/,
  /^"?@[A-Z_][A-Z0-9_]{1,80}@"?$/, // @VAR@: autoconf's and CMake's configure_file substitutions, NixOS's environment substitutions
  /^_env:[A-Za-z_]\w{0,80}:/, // Yesod's `_env:VAR:default` (a literal default is env-fallback-secret's to judge)
  ENV_REFERENCE, // process.env.X, os.getenv("X"), ENV["X"]: every language's env reads (lang/records.ts)
  /^(?:op|vault|awssm|gcpsm|azkv|doppler|sm|secretsmanager|keyvault|arn:aws:secretsmanager):\/?\/?/i,
  /^(?:ENC\[|AQICA|\$ANSIBLE_VAULT|vault:v\d:)/, // SOPS, KMS blobs, ansible-vault, Vault transit
  /^CiQA[A-Za-z0-9+/]{40,}={0,2}$/, // Google Cloud KMS ciphertext (Cloud Build's secretEnv: its protobuf's first bytes)
  /^encrypted:[0-9A-Fa-f]{32,}$/, // Lucee's and Adobe ColdFusion's encrypted datasource passwords
  /^v1:[A-Za-z0-9+/]{12,24}:[A-Za-z0-9+/]{8,}={0,2}$/, // Pulumi's secrets provider ciphertext (`secure: v1:<nonce>:<ciphertext>`)
  /^U2FsdGVkX1/, // `Salted__` in base64: an `openssl enc` ciphertext
  // Java middleware's ciphertexts, each product's key apart: WebLogic's `{AES256}…`, WebSphere's `{aes}…`,
  // Spring Cloud Config's `{cipher}…`, Jasypt's `ENC(…)`, Talend's `enc:system.encryption.key.v1:…`.
  // (WebSphere's `{xor}`, Jetty's `OBF:` and PicketBox's `MASK-` are read back by anyone: its key is public.)
  /^\{(?:AES(?:128|192|256)?|3DES|DES|aes(?:128|256)?|cipher)\}[A-Za-z0-9+/=_-]{8,}$/,
  /^ENC\([A-Za-z0-9+/=_-]{8,}\)$/,
  /^crypt2:[A-Za-z0-9+/]{16,}={0,2}$/, // GeoServer's stored passwords, encrypted with the install's keystore (`crypt1:` uses a public key: reported)
  /^!\[[A-Za-z0-9+/=]{8,}\]$/, // MuleSoft's secure configuration properties: `![…]`, encrypted with the app's key, given at deploy
  /^enc\\?:system\.encryption\.key\.v\d{1,2}\\?:/,
  /^gAAAAAB[A-Za-z0-9_-]{60,}={0,2}$/, // a Fernet token (version 0x80, then a timestamp): Airflow's encrypted connection passwords
  /^(?:sha\d{3}|sha1|md5)-[A-Za-z0-9+/=]{20,}$/, // SRI integrity hashes
  /^data:[a-z]+\/[\w.+-]+;base64,/i, // data URIs
  /^[@?](?:[a-z]+:)?(?:string|raw|xml|integer|attr|array)\/[\w.]{1,100}$/, // Android resources: @string/maps_key
];

/** Hexspeak, the words people type for a hex value they make up (`cafebabe:deadbeef`, `0xDEADBEEF`), with separators. */
const HEXSPEAK = /^(?:0x)?(?:(?:dead|beef|cafe|babe|feed|face|f00d|c0de|d00d|c0ffee|decaf|bad|b00b|fee|1337)[:._-]?){2,8}$/i;

export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_PHRASES.test(value) || PLACEHOLDER_SHORT_WORDS.test(value) || HEXSPEAK.test(value) || SCRUBBER_MARK.test(value)) return true;
  return isLowDiversity(value) || isSequential(value) || isPeriodic(value);
}

/** `0123456789abcdef0123456789abcdef`, `deadbeefdeadbeef`: a short unit repeated, typed as a stand-in. */
export function isPeriodic(value: string): boolean {
  if (value.length < 12) return false;
  for (let p = 1; p <= value.length / 2; p++) {
    let k = p;
    while (k < value.length && value.charCodeAt(k) === value.charCodeAt(k - p)) k++;
    if (k === value.length) return true;
  }
  return false;
}

export function isReference(value: string): boolean {
  return REFERENCE_PATTERNS.some(p => p.test(value));
}

/** `aaaaaaaa`, `00000000`, `abababab`: too few distinct characters to be random. */
export function isLowDiversity(value: string): boolean {
  const distinct = new Set(value).size;
  return distinct <= 3 || (value.length >= 16 && distinct / value.length < 0.2 && distinct < 8);
}

/**
 * `1234567890`, `abcdefgh`, `ABCDEF123456`: runs of consecutive characters. Several runs count
 * together (`whsec_0123456789abcdefghijklmnopqrstuv`, `xoxb-1234567890-1234567890123-abcdef…`): a
 * random value holds a run of four about once in 60³ places.
 */
export function isSequential(value: string): boolean {
  if (value.length < 6) return false;
  let run = 1, longest = 1, covered = 0;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) - value.charCodeAt(i - 1) === 1) {
      run++;
      continue;
    }
    if (run > longest) longest = run;
    if (run >= 4) covered += run;
    run = 1;
  }
  const enough = Math.max(6, value.length * 0.6);
  return longest >= enough || covered >= Math.max(enough, value.length * 0.75);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Hex strings of the lengths of common digests (md5, sha1/git, sha256, sha512). */
export function isHashLike(value: string): boolean {
  return HEX.test(value) && [32, 40, 64, 96, 128].includes(value.length);
}

/** Looks like code or prose rather than a credential: identifiers, paths, URLs, words. */
export function isIdentifierOrPath(value: string): boolean {
  if (isCamelCaseWords(value)) return true;
  // Snake/kebab/dotted words (`pipeline_factory_v21`): each part one case, or camel-case words, not
  // a random run after a label (`account-zAPRJFvhsmVjlVFifTP4`, an exchange's key).
  // (Not a UUID after a label: Persona's `persona_production_<uuid>` keys.)
  // (A prefix of words, its separator last: `mercury_production_`; a word may end in digits: `base58_string`.)
  if (/^[a-z]+\d{0,3}(?:[_.\-][a-z]+\d{0,3})+[_.-]?$/i.test(value) && value.replace(/[_.-]$/, '').split(/[_.-]/).every(isWordPart) && !isUuid(value.slice(-36))) return true;
  // CONSTANT_NAME, __MARKER__; an upper-case UUID has the same alphabet and is no name.
  // (Not a prefix before a random run of capitals and digits, as CapSolver's `CAP-<32 hex>` is.)
  if (/^[_-]{0,4}[A-Z][A-Z0-9]*(?:[_-]{1,2}[A-Z0-9]+){1,12}[_-]{0,4}$/.test(value) && !isUuid(value) && !value.split(/[_-]+/).some(part => part.length >= 20 && (part.match(/\d/g)?.length ?? 0) >= 5)) return true;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value) && !hasRandomSegment(value)) return true; // paths
  if (/^\.?[a-z][a-z0-9_-]*(?:\.[a-z0-9]+)*(?:\/\.?[a-z][a-z0-9_-]*(?:\.[a-z0-9]+)*)+\/?$/.test(value)) return true; // relative paths: `home/ci/.aws/credentials`, a folder's `netops/data/wg/`
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(value)) return true; // URLs (credential URLs have own rules)
  if (/^(?:arn|urn|amzn\d?):/i.test(value)) return true; // resource names
  // A namespaced name of words: `serverlessrepo:applicationId`, `aws:cloudformation:stackName`.
  if (/^[a-z][a-z0-9-]{1,40}(?::[A-Za-z]{3,60}){1,3}$/.test(value) && value.split(/[:-]/).every(part => !/^[a-z]{12,}$/i.test(part) || !isUnpronounceable(part))
    && value.split(':').slice(1).every(part => /^[a-z]+$/.test(part) || isCamelCaseWords(part))) return true;
  // Google Cloud's resource names: `projects/PROJECT_ID/locations/global/keyRings/ring/cryptoKeys/KEY`.
  if (/^(?:projects|organizations|folders|billingAccounts)\/[\w.-]{1,100}(?:\/[\w.-]{1,100}){1,12}$/.test(value)) return true;
  if (/^[a-z]{2,3}_[A-Z]{2}(?:\.[\w-]{1,20})?(?:@\w{1,20})?$/.test(value)) return true; // a locale: `sk_SK.ISO8859-2`, `de_DE.UTF-8@euro`
  // A JVM type descriptor (smali, JNI): `Ljava/lang/String;`, lower-case packages, then a class.
  if (/^\[{0,4}L[a-z][a-z0-9_]{0,30}(?:\/[a-z][a-z0-9_]{0,30}){0,12}\/[A-Z][\w$]{0,60};?$/.test(value)) return true;
  // A file's name, or its path (`aws/.aws/cli/cache/7f3b.json`: a segment may open with a digit).
  if (/^[\w.-]+(?:\/[\w.-]+){0,12}\.(?:js|ts|json|pem|key|crt|txt|yml|yaml|env|html|css|png|svg|py|rb|go)$/i.test(value)) return true;
  if (/^\.[a-z][a-z0-9_.-]{1,40}$/.test(value)) return true; // a dotfile's name: `.esmtprc`, `.netrc`
  if (/^[\w.]+\(.*\)$/.test(value)) return true; // a call
  // A dotted name of words: `_models.CopyAuthorizationResult` (a type annotation), `settings.DB_PASSWORD`.
  // (Not a prefix before a random run that happens to start with a letter: LocationIQ's `pk.a3f9…`.)
  if (/^[A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60}){1,8}$/.test(value) && !value.split('.').some(part => part.length >= 16 && (part.match(/\d/g)?.length ?? 0) >= 4)
    && value.split('.').every(part => /^_*[a-z][a-z0-9]*(?:_[a-z0-9]+)*$|^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(part) || isCamelCaseWords(part.replace(/^_+/, ''))
      // (A prefix on a constant's name: pywin32's `_win32typing.PySECURITY_ATTRIBUTES`.)
      || /^[A-Z]?[a-z]{1,4}[A-Z]{2,}(?:_[A-Z0-9]+)+$/.test(part))) return true;
  if (/^[A-Za-z_]\w{0,60}(?:::[A-Za-z_]\w{0,60}){1,8}(?:\.[A-Za-z_]\w{0,60}){0,4}$/.test(value)) return true; // `WEBrick::HTTPAuth::BasicAuth.new`
  if (/^\.?[A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60}){1,8}:[A-Za-z_]\w{0,60}$/.test(value)) return true; // entry points: `IPython.core.magics.osm:OSMagics`
  return false;
}

/**
 * A part of a joined name: short (`v2`, `db`), one case (`factory`, `V21`, `Pipeline`), or camel-case
 * words. Not a run whose case flips at random (`iCsgbiXnSFD_zWs0`, `vXpJ_l9-s8` are passwords, not words).
 */
function isWordPart(part: string): boolean {
  // Short parts are abbreviations (`v2`, `db`, `iOS`), unless their case flips back and forth (`vXpJ`).
  if (part.length <= 4) return (part.match(/[a-z](?=[A-Z])/g)?.length ?? 0) < 2;
  // A long run of letters no word reads like is a key's body (SiliconFlow's `sk-` + 48 lower-case letters).
  if (part.length >= 16 && isUnpronounceable(part)) return false;
  return /^[A-Z]?[a-z]+\d*$|^[A-Z]+\d*$|^\d+$/.test(part) || isCamelCaseWords(part);
}

/** A base64 value that starts with `/` is not a path: its segments are long random runs. */
function hasRandomSegment(value: string): boolean {
  return /[+=]/.test(value) || value.split(/[/\\]/).some(seg => seg.length >= 20 && charClassCount(seg) >= 3 && !/[._-]/.test(seg));
}

/**
 * `userPasswordInput`, `InvalidTokenError`, `AzureDocumentDBAuthKey`: letters in word-sized
 * humps, an acronym of up to five capitals counting as one. Random strings also mix cases,
 * but in humps of one or two letters.
 */
function isCamelCaseWords(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value)) return false;
  const humps = value.match(/[A-Z]{2,5}(?![a-z])|[A-Z]?[a-z0-9]+|[A-Z]/g) ?? [];
  if (humps.filter(h => /[a-z]/.test(h)).length * 2 < humps.length) return false; // mostly acronyms: capitals, not words
  // Words carry digits only at their end (`Base64`, `Http2Client`); random text anywhere (`Ml75d`).
  // An API version is a word (`GoogleCloudAiplatformV1beta1OutputConfig`).
  if (humps.some(h => /\d[A-Za-z]/.test(h) && !/^v\d{1,2}(?:alpha|beta|rc|p)\d{0,2}$/i.test(h))) return false;
  const short = humps.filter(h => h.replace(/\d+$/, '').length < 3).length; // `Tk5899` is short: two letters
  // A long hump no one could say is a random run, not a word (`vsryqkamc27MueHK`).
  if (humps.some(h => h.replace(/\d+$/, '').length >= 7 && commonPairShare(h.replace(/\d+$/, '').toLowerCase()) < 0.6)) return false;
  // Nor is a shorter word of rare pairs only, or nearly (`Sxlq` of `IasteydSxlq76CQW65Mxp`; `Mqtt` has `tt`).
  // An acronym's capitals are letters to spell out (`JDBC`, `HTTP`): not a word to pronounce.
  if (humps.some(h => /[a-z]/.test(h) && h.replace(/\d+$/, '').length >= 4 && commonPairShare(h.replace(/\d+$/, '').toLowerCase()) < 0.25)) return false;
  return humps.length >= 2 && short <= 1 && value.length / humps.length >= 3.5;
}

/**
 * The 250 commonest letter pairs of English prose (counted over the Debian copyright files of a
 * stock system), grouped by first letter: `ab…` lists ab, ac, ad, ….
 */
const COMMON_PAIRS = new Set(('abcdgiklmnprstuvy baeiklorsu cacehikloprtu daeiou eabcdefgilmnopqrstvwx faefiortu '
  + 'gaehilnopr haeimoprt iabcdefglmnoprstvxz jae kae ladegilostuy mabeilmopsu nacdefgiostuvy obcdefglmnoprstuvw '
  + 'paehiloprstuy qbu racdefgikmnoprstuvy sacehilmoprstuy taehioprstuwy uabcdeilmnprstx vaeim waehio xacpt yoprst')
  .split(' ').flatMap(group => [...group.slice(1)].map(second => group[0] + second)));

/**
 * A run of one-case letters that no one could pronounce: `vwsejamwcwfyhkgv` (a Google app
 * password) rather than `strengthcheck` (words glued together). Random letters fall mostly on
 * rare pairs; in words at least 60% of the pairs are common ones (about 1 in 100 identifiers
 * in node_modules and the Python library falls under, 9 in 10 random 12-letter strings do).
 */
export function isUnpronounceable(value: string): boolean {
  if (value.length < 12 || !/^(?:[a-z]+|[A-Z]+)$/.test(value)) return false;
  return commonPairShare(value.toLowerCase()) < 0.6;
}

/** A short run of letters (five or more) that no one could pronounce: few of English's commonest letter pairs (`QGIZZSWH`). */
export function isUnpronounceableShort(letters: string): boolean {
  return /^[A-Za-z]{5,}$/.test(letters) && commonPairShare(letters.toLowerCase()) < 0.5;
}

/**
 * Letters of both cases that no one could pronounce either (`ziukfHZyegTc`, ESPHome's fallback
 * hotspot password): random letters, not words in camel case (`IAmSensitive`, `xmlHttpRequest`).
 */
export function isUnpronounceableMixedCase(value: string): boolean {
  return value.length >= 10 && /^[A-Za-z]+$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && commonPairShare(value.toLowerCase()) < 0.4;
}

/** The share of a lower-case word's letter pairs that are among English's commonest. */
function commonPairShare(lower: string): number {
  let common = 0;
  for (let i = 0; i + 1 < lower.length; i++) if (COMMON_PAIRS.has(lower.slice(i, i + 2))) common++;
  return common / Math.max(1, lower.length - 1);
}

/**
 * Brackets that make a template or code: a value opening with one (`<token>`, `{"a": 1}`,
 * `[REDACTED]`), `{{ x }}`, an interpolation (`${VAR}`, `#{ENV['X']}`), a format field (`{0}`,
 * `{name}`), a name indexed (`item[dr_host`, `config[:Realm`), a tag or type argument (`</b>`,
 * `<String>`), an index (`[0]`, `["key"]`), a character class (`[A-Za-z0-9]`), a Python
 * `%(name)s` field. Brackets a password generator scattered (`x7{Kq]2<m…`) are none of these.
 */
const TEMPLATE = /^[{[<]|^[A-Za-z_][\w.]{2,80}\[[A-Za-z_'":[]|\{\{[^{}]{0,60}\}\}|[#$]\{[A-Za-z_][\w.]{0,80}(?:[[(}:|?-]|\s)|(?<!\{)\{[\w.:-]{0,40}\}|<\/?[A-Za-z][\w\s/-]{0,40}>|\[[\w\s.-]{0,40}\]|\[["']|%\(\w{1,40}\)/;

/**
 * The pieces a template is made of, removed to see what is left: a format field, a tag, an index.
 * Interpolations (`${…}`, `{{…}}`, `#{…}`, `%(…)`) are not removed: with them, the value is a template.
 */
const TEMPLATE_PIECES = /(?<!\{)\{[\w.:-]{0,40}\}|<\/?[A-Za-z][\w\s/-]{0,40}>|\[[\w\s.'"-]{0,40}\]/g;

export function isTemplate(value: string): boolean {
  return TEMPLATE.test(value) && !isRandomBesideTemplatePieces(value);
}

/**
 * A generated password whose symbols happen to form `[S]`, `{q}` or `<b>` (one in ten of 20
 * characters drawn from every printable symbol): long and random once those pieces are gone.
 */
function isRandomBesideTemplatePieces(value: string): boolean {
  // Wholly bracketed, it is a template or a tool's ciphertext (Maven's and Jenkins' `{…}`), as before.
  if (value.length < 16 || /\$\{|\{\{|#\{|%\(|\$\(/.test(value) || /^(?:\{.*\}|\[.*\]|<.*>)$/.test(value)) return false;
  // A piece that names what goes there is a slot, not scattered symbols: `cloudinary://<api_key>:<api_secret>@…`.
  if (/<[a-z]{2,20}(?:[_-][a-z]{2,20})+>|\{[a-z]{2,20}(?:[_-][a-z]{2,20})+\}/i.test(value)) return false;
  const rest = value.replace(TEMPLATE_PIECES, '');
  return rest.length >= 12 && charClassCount(rest) >= 4 && shannonEntropy(rest) >= 3.3;
}

/** Gate for values found only through a secret-looking name (the generic tier). */
export function looksRandomEnough(value: string, minEntropy: number, maxLength = 512): boolean {
  if (value.length < 8 || value.length > maxLength) return false;
  if (/\s/.test(value)) return false;
  if (charClassCount(value) < 2 && !isUnpronounceable(value)) return false;
  return shannonEntropy(value) >= minEntropy;
}
