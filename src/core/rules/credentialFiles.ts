import { NAME_COLUMN, VALUE_COLUMN } from '../assignment';
import { decodeBase64, shannonEntropy } from '../text';
import { hasValidCrc32Base62 } from '../checksums';
import { isLowDiversity, looksRandomEnough } from '../filters';
import { eachSecret, isDummyPassword, passwordsIn } from './define';
import { acceptValue, isSecretName } from './generic';
import type { RawMatch, Rule, RuleContext } from '../types';

/** The file's base name, lower-cased ('' when the scan has no path); worked out once per scan. */
const baseNames = new WeakMap<RuleContext, string>();
function baseName(ctx: RuleContext): string {
  let name = baseNames.get(ctx);
  if (name === undefined) baseNames.set(ctx, name = (ctx.path ?? '').replace(/\\/g, '/').split('/').pop()!.toLowerCase());
  return name;
}

/** `.pgpass` line: host:port:database:user:password, where `\:` escapes a colon. */
function pgpassPasswords(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  let lineStart = 0;
  for (const line of window.split('\n')) {
    const at = passwordOffset(line);
    const value = line.slice(at).replace(/\r$/, '');
    // A password that repeats its user (`ledgerly:ledgerly`) is a local container's default.
    const user = at > 0 ? line.slice(line.lastIndexOf(':', at - 2) + 1, at - 1) : '';
    if (at > 0 && !line.startsWith('#') && value && value !== user && !isDummyPassword(value)) {
      out.push({ start: windowStart + lineStart + at, end: windowStart + lineStart + at + value.length, value });
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** Offset after the fourth unescaped colon of a .pgpass line, or -1. */
function passwordOffset(line: string): number {
  let colons = 0;
  for (let i = 0; i < line.length && i < 1000; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === ':' && ++colons === 4) return i + 1;
  }
  return -1;
}

/**
 * An .npmrc value that is a credential: an `npm_` token with a valid checksum (one without is a
 * look-alike), or a base64 password that decodes to more than a stand-in (`cGFzc3dvcmQ=` is
 * base64 of `password`, npm's docs' example).
 */
function isNpmrcCredential(value: string): boolean {
  if (value.startsWith('npm_')) return hasValidCrc32Base62(value, 4);
  const decoded = /^[A-Za-z0-9+/]{8,}={0,2}$/.test(value) ? decodeBase64(value) : undefined;
  if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded)) return true;
  return !isDummyPassword(decoded.slice(decoded.indexOf(':') + 1));
}

/** Jenkins' own XML files: credentials, job and user configs, global settings (`hudson.tasks.Mailer.xml`). */
const JENKINS_XML = /(?:^|[\\/])(?:credentials|config|(?:hudson|jenkins)\.[\w.]{1,100})\.xml$/i;

export const credentialFileRules: Rule[] = [
  {
    id: 'npmrc-auth', provider: 'npm', title: 'npm registry credential in .npmrc',
    keywords: ['_authtoken', '_auth=', '_auth =', '_password'],
    // `//registry.npmjs.org/:_authToken=…`, `_auth=<base64 user:pass>`, `_password=<base64>`.
    // In .npmrc any line counts; elsewhere (CI scripts writing one) only the registry-scoped form.
    find: (window, start, ctx) => passwordsIn(/^\.?npmrc$|^\.yarnrc(?:\.yml)?$/.test(baseName(ctx))
      ? /(?:^|[:\s"'])_(?:authToken|auth|password)\s{0,2}=\s{0,2}["']?(?<secret>[^\s"'#;()]{8,500})/dgm
      : /\/\/[^\s"']{1,200}\/:_(?:authToken|auth|password)\s{0,2}=\s{0,2}["']?(?<secret>[^\s"'#;()]{8,500})/dg, window, start),
    validate: isNpmrcCredential,
    confidence: 'provider', severity: 'error',
    envVar: 'NPM_TOKEN', rotateUrl: 'https://www.npmjs.com/settings/~/tokens',
    description: 'Registry token or password written into an .npmrc (_authToken=, _auth=, _password=); use ${NPM_TOKEN} instead.',
  },
  {
    id: 'pypirc-password', provider: 'PyPI', title: 'Password in .pypirc',
    keywords: ['password'],
    fileNames: /(?:^|\.)pypirc$/,
    find: (window, start) => passwordsIn(/^[ \t]{0,8}password[ \t]{0,4}[:=][ \t]{0,4}(?<secret>\S{1,500})[ \t]*\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'TWINE_PASSWORD', rotateUrl: 'https://pypi.org/manage/account/token/',
    description: 'Password or API token in a .pypirc file.',
  },
  {
    id: 'gem-credentials-key', provider: 'RubyGems', title: 'API key in ~/.gem/credentials',
    source: 'RubyGems guides, "API key scopes" and gem push --key/--host (~/.gem/credentials: :rubygems_api_key: and one key per named key or host)',
    keywords: [':rubygems', '_api_key', '://', 'bearer'],
    fileNames: /^credentials$/,
    // Every entry is a key `gem push` sends: `:rubygems_api_key:`, a named key (`:github:`), a private host's URL.
    find: (window, start, ctx) => (/(?:^|\/)\.gem\/credentials$/.test(ctx.path ?? '') || window.includes(':rubygems_api_key:')
      ? eachSecret(GEM_CREDENTIAL, window, start, value => (acceptValue('api_key', value.replace(/^Bearer[ \t]+/, ''), true, ctx) ? {} : undefined)) : []),
    window: { before: 0, after: 4200, wholeLines: true },
    confidence: 'provider', severity: 'error',
    envVar: 'GEM_HOST_API_KEY', rotateUrl: 'https://rubygems.org/profile/api_keys',
    description: 'An API key in RubyGems\' credentials file, under its name or a private gem server\'s URL: whoever has it pushes gems as the account.',
  },
  {
    id: 'composer-auth-token', provider: 'Composer', title: 'Token in a Composer auth.json',
    source: 'Composer docs, "Authentication for privately hosted packages and repositories" (auth.json: github-oauth, gitlab-token, gitlab-oauth, bearer)',
    keywords: ['github-oauth', 'gitlab-token', 'gitlab-oauth', '"bearer"'],
    fileNames: /^auth\.json$/,
    find: composerTokens,
    window: { before: 0, after: 4200, wholeLines: true },
    confidence: 'provider', severity: 'error',
    envVar: 'COMPOSER_AUTH', rotateUrl: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md',
    description: 'A GitHub, GitLab or bearer token per host in Composer\'s auth.json (its http-basic passwords are read by the generic rule).',
  },
  {
    id: 'gradle-password', provider: 'Gradle', title: 'Password in a Gradle build file',
    source: 'Gradle Groovy DSL (property calls without `=`: signingConfigs storePassword/keyPassword, repository credentials)',
    keywords: ['password', 'secret', 'token'],
    fileNames: /\.gradle$/,
    // `storePassword "…"`, `credentials { password '…' }`: a Groovy method call with a literal.
    // (Groovy interpolates `$` in double quotes only: `storePassword 'V4B…#…$L'` is a literal.)
    find: (window, start) => eachSecret(/^[ \t]{0,40}(?:[\w.]{0,80}[Pp]assword|[\w.]{0,80}[Ss]ecret|[\w.]{0,80}[Tt]oken)[ \t]{1,8}(?<q>["'])(?<secret>[^"'\n]{1,300})\k<q>[ \t]*(?:\/\/.*)?\r?$/dgm, window, start,
      (value, m) => ((m.groups!.q === '"' && value.includes('$')) || isDummyPassword(value) ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'SIGNING_STORE_PASSWORD',
    description: 'A literal password or token in a Gradle (Groovy) build file: keystore passwords of signingConfigs, repository credentials. Read them from gradle.properties outside the repository or from the environment.',
  },
  {
    id: 'redis-cli-history-password', provider: 'Database', title: 'Redis password in redis-cli commands',
    source: 'Redis docs: AUTH [username] password, ACL SETUSER (>password adds one); redis-cli keeps typed commands in ~/.rediscli_history and replays a file of them (redis-cli < file.redis)',
    keywords: ['auth', 'requirepass', 'setuser', 'user '],
    // (redis.conf and ACL files declare users the same way: `user app on >password ~* +@all`.)
    fileNames: /^\.rediscli_history$|\.redis$|^redis[\w.-]{0,40}\.conf$|^users\.acl$/,
    // `AUTH <password>` or `AUTH <user> <password>`: the last argument is the password. Or the
    // one the server was given: `CONFIG SET requirepass <password>` (`masterauth` too), or a
    // user's: `ACL SETUSER worker on >password ~keys:* +@read` (`#<sha256>` is a hash, not read).
    find: (window, start) => [
      ...passwordsIn(/^[ \t]{0,8}(?:auth[ \t]{1,4}(?:\S{1,100}[ \t]{1,4})?|config[ \t]{1,4}set[ \t]{1,4}(?:requirepass|masterauth)[ \t]{1,4})(?<q>["']?)(?<secret>[^\s"']{1,300})\k<q>[ \t]*\r?$/dgim, window, start),
      ...passwordsIn(/^[ \t]{0,8}(?:acl[ \t]{1,4}setuser|user)[ \t]{1,4}\S{1,100}(?:[ \t]{1,4}[^\s>]\S{0,100}){0,12}[ \t]{1,4}>(?<secret>[^\s"']{1,300})/dgim, window, start)],
    validate: value => !isDummyPassword(value),
    confidence: 'provider', severity: 'error',
    envVar: 'REDIS_PASSWORD',
    description: 'A Redis password in redis-cli commands (AUTH …, CONFIG SET requirepass …, ACL SETUSER … >password), in its history file or a file of commands replayed into it.',
  },
  {
    id: 'redis-protocol-password', provider: 'Database', title: 'Redis password in captured protocol traffic',
    source: 'Redis docs: the RESP protocol sends a command as bulk strings ($<length> then the bytes): AUTH [username] password; tcpdump -A and proxies print them',
    keywords: ['auth\n$', 'auth\r\n$'],
    // (Each bulk string's length is stated before it: the password must be as long as its `$<n>` says.)
    find: (window, start) => eachSecret(RESP_AUTH, window, start, (value, m) => (value.length === Number(m.groups!.length) && !isDummyPassword(value) ? {} : undefined)),
    window: { before: 0, after: 400 },
    confidence: 'provider', severity: 'error',
    envVar: 'REDIS_PASSWORD',
    description: 'A Redis password in captured RESP traffic (tcpdump -A, a proxy\'s dump): AUTH is sent in clear, its password as a bulk string after its length.',
  },
  {
    id: 'redis-monitor-password', provider: 'Database', title: 'Redis password in a MONITOR log',
    source: 'Redis docs: MONITOR prints every command as `<time> [<db> <client>] "CMD" "arg" …`; AUTH [username] password',
    keywords: ['"auth" "'],
    find: (window, start) => passwordsIn(/\] "AUTH"(?: "[^"\n]{1,100}")? "(?<secret>(?:[^"\\\n]|\\.){1,300})"[ \t]*\r?$/dgim, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'REDIS_PASSWORD',
    description: 'A Redis password in the output of MONITOR (a saved log or a debugging session), where every AUTH a client sent is printed.',
  },
  {
    id: 'har-session-cookie', provider: 'HTTP', title: 'Session cookie in an HTTP archive',
    source: 'W3C HAR 1.2 (request headers and cookies arrays); browser devtools export them with live values',
    keywords: [],
    paths: /\.har$/i,
    find: harSessionCookies,
    confidence: 'provider', severity: 'error',
    envVar: 'SESSION_COOKIE',
    description: 'A session or auth cookie recorded in a .har file (devtools\' "Save all as HAR"): whoever has the file is logged in as the user until the session ends.',
  },
  {
    id: 'http-session-cookie', provider: 'HTTP', title: 'Session cookie in an HTTP header',
    source: 'RFC 6265 (Cookie and Set-Cookie headers); curl -v, proxies and debug logs print them with live values; curl manual (-b/--cookie); VCR, Betamax and WireMock docs (recorded and matched headers); .NET System.Net.Cookie(name, value, path, domain), as the Copy as PowerShell of browser devtools writes it',
    keywords: ['cookie', " -b '", ' -b "'],
    // (Whole lines, and the next: a cassette lists the header's value below it.)
    window: { before: 0, after: 300, wholeLines: true },
    find: headerSessionCookies,
    confidence: 'provider', severity: 'warning',
    envVar: 'SESSION_COOKIE',
    description: 'A session or auth cookie in a Cookie or Set-Cookie header written to a log, a transcript or a request file: until the session ends, whoever reads it is logged in as that user.',
  },
  {
    id: 'saved-session-cookie', provider: 'HTTP', title: 'Session cookie in a saved cookie jar',
    source: 'HTTPie docs: sessions (a `cookies` list of name/value objects); Playwright docs: storageState (`cookies` with name, value, domain)',
    keywords: ['"cookies"'],
    window: { before: 0, after: 60000, wholeLines: true },
    find: savedSessionCookies,
    confidence: 'provider', severity: 'warning',
    envVar: 'SESSION_COOKIE',
    description: 'A session or auth cookie in a cookie jar saved as JSON (an HTTPie session, a Playwright storage state, a browser extension\'s export): until the session ends, whoever has the file is logged in as that user.',
  },
  {
    id: 'mongodb-keyfile', provider: 'MongoDB', title: 'MongoDB replica-set keyfile',
    source: 'MongoDB docs: internal authentication with keyfiles (security.keyFile; 6 to 1024 base64 characters, the same file on every member)',
    keywords: [],
    // (Or any `.key` file of a MongoDB folder: `/etc/mongodb/replica.key`.)
    paths: /(?:^|\/)mongo[\w.-]{0,40}\/(?:[\w.-]{1,60}\/)?(?:key-?file|[\w.-]{1,60}\.key)$|(?:^|\/)mongo(?:db)?[-_.]?key(?:-?file)?$/i,
    find: (window, start) => eachSecret(/^\s{0,8}(?<secret>[A-Za-z0-9+/=\r\n]{32,1400}?)\s{0,8}$/dg, window, start,
      value => (looksRandomEnough(value.replace(/\s/g, ''), 4, 2048) ? {} : undefined)),
    confidence: 'provider', severity: 'error',
    envVar: 'MONGODB_KEYFILE', rotateUrl: 'https://www.mongodb.com/docs/manual/tutorial/rotate-key-replica-set/',
    description: 'A MongoDB keyfile: every member of the replica set or sharded cluster proves itself with it, so whoever has it joins the cluster as a member, with full access to its data.',
  },
  {
    id: 'pgbouncer-userlist-password', provider: 'Database', title: 'Password in a PgBouncer userlist',
    source: 'PgBouncer docs: auth_file (userlist.txt), one "user" "password" line each; md5 and SCRAM-SHA-256 verifiers are hashes, anything else is the password itself',
    keywords: [],
    paths: /(?:^|\/)userlist\.txt$/,
    find: (window, start) => passwordsIn(/^"[^"\r\n]{1,64}"[ \t]{1,8}"(?!md5[0-9a-f]{32}"|SCRAM-SHA-256\$)(?<secret>[^"\r\n]{1,300})"[ \t]{0,8}\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'PGBOUNCER_PASSWORD', rotateUrl: 'https://www.pgbouncer.org/config.html#auth_file',
    description: 'A plaintext password in PgBouncer\'s userlist.txt: the pooler logs in to PostgreSQL with it, and clients log in to the pooler. (md5 and SCRAM verifiers are reported as password hashes.)',
  },
  {
    id: 'netrc-password', provider: 'netrc', title: 'Password in .netrc',
    keywords: ['password'],
    // msmtp and fetchmail read the same `password <value>` syntax (fetchmail quotes it).
    // (A netrc kept under another name says so: `training-host.netrc`, `ci.netrc`, a CI job's `netrc`.)
    // (msmtp's XDG location too: `~/.config/msmtp/config`.)
    find: (window, start, ctx) => /^(?:[._]?netrc|[\w.-]{1,60}\.netrc|\.?msmtprc|\.fetchmailrc|\.?authinfo)$/.test(baseName(ctx)) || /(?:^|\/)msmtp\/config$/.test(ctx.path ?? '')
      ? passwordsIn(/(?<![A-Za-z0-9_])password[ \t]{1,8}"?(?<secret>[^\s"]{1,300})/dg, window, start)
      // Inline form anywhere (CI scripts that write a netrc): machine … login … password …
      // (Not a manual's example for a documentation host, in either form: `machine example\&.org`, as roff escapes it.)
      // (`password` opens windows in most files: a native search for `machine` rules most out.)
      : !window.includes('machine') ? [] : passwordsIn(/\bmachine[ \t]{1,8}(?!(?:[\w-]{1,63}\.)*example(?:\\&)?\.(?:org|com|net)\b)\S{1,200}[ \t]{1,8}login[ \t]{1,8}\S{1,200}[ \t]{1,8}password[ \t]{1,8}(?<secret>[^\s'"\\]{1,300})/dg, window, start)
        // (Or a line each, as a script writes the file with a heredoc: `machine …⏎login …⏎password …`.)
        .concat(passwordsIn(/^[ \t]{0,40}machine[ \t]{1,8}(?!(?:[\w-]{1,63}\.)*example(?:\\&)?\.(?:org|com|net)\b)[^\s'"]{1,200}[ \t]*\r?\n[ \t]{0,40}login[ \t]{1,8}[^\s'"]{1,200}[ \t]*\r?\n[ \t]{0,40}password[ \t]{1,8}(?<secret>[^\s'"\\]{1,300})[ \t]*\r?$/dgm, window, start)),
    // (The lines above the password: a netrc's entry written a line each.)
    window: { before: 160, after: 0, wholeLines: true },
    // Anonymous FTP's convention: log in as `anonymous` with an e-mail address (or `user@`) for a password.
    validate: (value, ctx, m) => !(/^[^\s@]{0,64}@[\w.-]{0,100}$/.test(value)
      && /\blogin[ \t]{1,8}(?:anonymous|ftp)\b[^\n]{0,200}$/i.test(ctx.text.slice(Math.max(0, m.start - 300), m.start))),
    confidence: 'provider', severity: 'error',
    envVar: 'NETRC_PASSWORD',
    description: 'Password in a .netrc entry (machine … login … password …), used by curl, git and ftp; also .authinfo (Emacs, Gnus), .msmtprc and .fetchmailrc, which share the syntax.',
  },
  {
    id: 'copernicus-cds-api-key', provider: 'Copernicus', title: 'Copernicus Data Store API key',
    source: 'ECMWF Climate Data Store docs, "CDS API setup" (~/.cdsapirc holds url: and key:, the key a personal access token; before 2024 <UID>:<API key>); the Atmosphere Data Store uses the same file as .adsapirc',
    keywords: ['key:'],
    fileNames: /^\.(?:cds|ads)apirc$/,
    find: (window, start) => eachSecret(/^[ \t]{0,8}key[ \t]{0,4}:[ \t]{0,4}(?<secret>(?:\d{1,10}:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[ \t]*\r?$/dgim, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'CDSAPI_KEY', rotateUrl: 'https://cds.climate.copernicus.eu/profile',
    description: "A Copernicus Climate (or Atmosphere) Data Store API key in the API client's .cdsapirc: it queues data requests under the account's licences and quota.",
  },
  {
    id: 'ecmwf-api-key', provider: 'ECMWF', title: 'ECMWF Web API key',
    source: 'ECMWF Web API docs, "Access ECMWF Public Datasets": ~/.ecmwfapirc holds {"url", "key", "email"}, the key 32 hex; the Python client also takes ECMWFDataServer(url=…, key=…, email=…)',
    keywords: ['ecmwfdataserver('],
    paths: /(?:^|\/)\.ecmwfapirc$/,
    window: { before: 0, after: 400 },
    find: (window, start) => eachSecret(/(?:"key"|\bkey)[ \t]{0,8}[:=][ \t]{0,8}["'](?<secret>[0-9a-f]{32})["']/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'ECMWF_API_KEY', rotateUrl: 'https://api.ecmwf.int/v1/key/',
    description: 'An ECMWF Web API key (.ecmwfapirc or the ECMWFDataServer call): retrieves MARS and public datasets under the account\'s entitlements and quota.',
  },
  {
    id: 'planet-cli-api-key', provider: 'Planet', title: 'Planet API key in the CLI\'s settings',
    source: 'Planet CLI docs (planet auth init): ~/.planet.json stores {"key": "<API key>"}',
    keywords: [],
    paths: /(?:^|\/)\.planet\.json$/,
    find: (window, start) => eachSecret(/"key"[ \t]{0,8}:[ \t]{0,8}"(?<secret>[A-Za-z0-9]{24,64})"/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'PL_API_KEY', rotateUrl: 'https://www.planet.com/account/#/user-settings',
    description: 'The API key the Planet CLI saved in ~/.planet.json: orders and downloads imagery under the account\'s quota.',
  },
  {
    id: 'maven-encrypted-password', provider: 'Maven', title: 'Maven password, encrypted reversibly',
    source: 'Maven guide, "Password Encryption" (settings-security.xml holds the master password encrypted with a fixed key; settings.xml server passwords are encrypted with that master password, {…} base64)',
    keywords: ['<master>{', '<password>{'],
    fileNames: /^settings(?:-security)?\.xml$/,
    // A server password needs the master password to decrypt: information unless that is at hand too.
    find: (window, start) => eachSecret(/<(?<tag>master|password)>(?<secret>\{[A-Za-z0-9+/]{16,400}={0,2}\})<\/\k<tag>>/dg, window, start,
      (_v, m) => (m.groups!.tag === 'master' ? {} : { severity: 'info', title: 'Maven server password, encrypted with the master password' })),
    confidence: 'provider', severity: 'warning',
    envVar: 'MAVEN_PASSWORD', rotateUrl: 'https://maven.apache.org/guides/mini/guide-encryption.html',
    description: "A Maven master password (settings-security.xml) or server password (settings.xml) in Maven's {…} encrypted form: the master password's key is fixed in Maven, so whoever has both files decrypts every server password (a server password alone is information).",
  },
  {
    id: 'curlrc-password', provider: 'curl', title: 'Password in a curl config file',
    source: 'curl manual: -K/--config (one option a line, long names without dashes, = or : allowed) and -u/--user, -U/--proxy-user <user:password>',
    keywords: ['user'],
    fileNames: /^[._]?curlrc$/,
    find: (window, start) => passwordsIn(/^[ \t]{0,8}(?:--?)?(?:user|u|proxy-user|U)(?:[ \t]{0,4}[=:][ \t]{0,4}|[ \t]{1,8})"?[^\s:"]{1,100}:(?<secret>[^\s"]{1,200})/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'CURL_PASSWORD',
    description: 'A user:password for every request (or for the proxy) in a .curlrc: curl sends it to whichever host a command names.',
  },
  {
    id: 'git-credentials', provider: 'Git', title: 'Token in .git-credentials',
    keywords: ['://'],
    fileNames: /^\.git-credentials$/,
    find: (window, start) => passwordsIn(/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{0,200}:(?<secret>[^\s@]{1,300})@/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'GIT_TOKEN',
    description: 'Password or token stored in a .git-credentials file (https://user:token@host).',
  },
  {
    id: 'password-manager-export', provider: 'Generic', title: "Password in a password manager's export",
    source: "the export formats' own marks of a secret field: KeePass 2 XML (<Value ProtectInMemory=\"True\">), Bitwarden's JSON export (a custom field of type 1, hidden), 1Password's 1PUX export.data (a concealed field, a login field designated password, the password history)",
    keywords: ['protectinmemory="true"', '"concealed"', '"designation"', '"linkedid"', 'passwordhistory'],
    window: { before: 400, after: 2000 },
    find: (window, start) => [KEEPASS_PROTECTED, BITWARDEN_HIDDEN_FIELD, ONEPUX_CONCEALED, ONEPUX_LOGIN_PASSWORD, ONEPUX_HISTORY_ENTRY]
      .flatMap(re => eachSecret(re, window, start, value => (isStoredSecret(value) ? {} : undefined))),
    skipPlaceholderCheck: true, // (isStoredSecret judges: a PIN of digits is no placeholder here)
    confidence: 'provider', severity: 'error',
    envVar: 'PASSWORD',
    description: "A password, a PIN or another field the password manager was told to hide, in its plain-text export (KeePass XML, Bitwarden JSON, 1Password 1PUX): the export holds every account's secret unencrypted. Delete it, and change what it held.",
  },
  {
    id: 'pgpass-password', provider: 'Database', title: 'Password in .pgpass',
    // No literal is on every line (`pgbouncer:6432:…`): the file is read whole.
    keywords: [':5432:', ':*:', 'localhost:', '127.0.0.1:'],
    // pgAdmin keeps its servers' file as `pgpass`, without the dot; on Windows it is `%APPDATA%\postgresql\pgpass.conf`.
    fileNames: /^\.?pgpass(?:\.conf)?$/,
    paths: /(?:^|\/)\.?pgpass(?:\.conf)?$/,
    find: (window, start) => pgpassPasswords(window, start),
    window: { before: 0, after: 0, wholeLines: true },
    confidence: 'provider', severity: 'error',
    envVar: 'PGPASSWORD',
    description: 'Password in a PostgreSQL .pgpass file (host:port:database:user:password).',
  },
];


/** KeePass 2's XML export marks the values it protects: the password, and any field its user chose to protect (a PIN). */
const KEEPASS_PROTECTED = /<Value[ \t]{1,4}ProtectInMemory="True"[ \t]{0,4}>(?<secret>[^<\n]{1,500})<\/Value>/dg;
/** A Bitwarden JSON export's custom field of type 1, hidden (its value, the type, then `linkedId`). */
const BITWARDEN_HIDDEN_FIELD = /"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>(?:[^"\\\n]|\\.){1,500})"[ \t]{0,4},\s{0,40}"type"[ \t]{0,4}:[ \t]{0,4}1[ \t]{0,4},\s{0,40}"linkedId"/dg;
/** 1Password's 1PUX export: a concealed field's value (`"value": {"concealed": "…"}`). */
const ONEPUX_CONCEALED = /"concealed"[ \t]{0,4}:[ \t]{0,4}"(?<secret>(?:[^"\\\n]|\\.){1,500})"/dg;
/** …a login's field designated as its password (the value first, on the field's line). */
const ONEPUX_LOGIN_PASSWORD = /\{[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>(?:[^"\\\n]|\\.){1,500})"[^{}\n]{0,200}"designation"[ \t]{0,4}:[ \t]{0,4}"password"/dg;
/** …and an entry of its password history: an old password with the time it was replaced. */
const ONEPUX_HISTORY_ENTRY = /\{[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>(?:[^"\\\n]|\\.){1,500})"[ \t]{0,4},[ \t]{0,4}"time"[ \t]{0,4}:[ \t]{0,4}\d{9,13}[ \t]{0,4}\}/dg;

/** A value a password manager kept hidden: a password, or a PIN of four digits or more (not a stand-in). */
function isStoredSecret(value: string): boolean {
  if (/^\d{4,12}$/.test(value)) return !/^(\d)\1+$/.test(value) && !'01234567890'.includes(value) && !'09876543210'.includes(value);
  return !isDummyPassword(value) && !isLowDiversity(value);
}

/** RESP's AUTH command: `AUTH`, then (a user's bulk string and) the password's length and bytes, a line each. */
const RESP_AUTH = /^AUTH\r?\n(?:\$\d{1,3}\r?\n[^\r\n]{1,100}\r?\n)?\$(?<length>\d{1,3})\r?\n(?<secret>[^\r\n]{1,300})\r?$/dgim;

/** Files that store AWS-style keys for CLIs: `~/.aws/credentials`, `~/.aws/config`, `.s3cfg`, `.boto`, `.passwd-s3fs`. */
const AWS_STYLE_FILE = /(?:^|\/)\.aws\/(?:credentials|config)$|(?:^|\/)(?:\.s3cfg|\.boto|\.passwd-s3fs|s3cfg)$/i;

/**
 * Crypt(3) and framework password hashes: md5-crypt/apr1, bcrypt, sha256/512-crypt, yescrypt,
 * scrypt, argon2, Django PBKDF2, LDAP {SHA}/{SSHA}; Mosquitto's `$6$`/`$7$` (base64 salt and
 * SHA-512 or PBKDF2-SHA512 digest). Lengths from the formats' specifications. Framework prefixes
 * stay with the hash: WordPress 6.8's `$wp` before bcrypt, Django's `bcrypt$`, `bcrypt_sha256$`, `argon2$`.
 */
const PASSWORD_HASH = /(?<![\w$])(?<secret>\$(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|(?:\$wp|bcrypt(?:_sha256)?\$)?\$2[abxy]\$\d\d\$[./A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}|\$(?:y|7|gy)\$[./A-Za-z0-9]{1,60}\$[./A-Za-z0-9]{1,60}\$[./A-Za-z0-9]{43}|\$[89]\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43}|(?:argon2)?\$argon2(?:id|i|d)\$v=\d{1,3}\$[a-z=\d,]{5,40}\$[A-Za-z0-9+/]{8,100}\$[A-Za-z0-9+/]{16,200}|pbkdf2_sha(?:1|256)\$\d{1,7}\$[A-Za-z0-9]{1,64}\$[A-Za-z0-9+/]{20,100}={0,2}|\$pbkdf2(?:-sha(?:256|512))?\$\d{1,7}\$[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{27,86}|\{S?SHA(?:256|512)?\}[A-Za-z0-9+/]{20,200}={0,2}|\$[PH]\$[./A-Za-z0-9]{31}|(?<=')\*[0-9A-F]{40}(?=')|(?<=")\*[0-9A-F]{40}(?=")|(?<=["'])md5[0-9a-f]{32}(?=["'])|SCRAM-SHA-256\$\d{4,7}:[A-Za-z0-9+/]{16,64}={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=|\$6\$[A-Za-z0-9+/]{12,24}={0,2}\$[A-Za-z0-9+/]{86}==|\$7\$\d{1,7}\$[A-Za-z0-9+/]{12,24}={0,2}\$[A-Za-z0-9+/]{86}==|grub\.pbkdf2\.sha512\.\d{1,7}\.[0-9A-Fa-f]{32,256}(?:\.[0-9A-Fa-f]{32,256})?)(?![\w$])/dg;

/**
 * Where a password hash is a leak: the password files themselves and database dumps, exports
 * (CSV, logs of a database's statements) and JSON dumps or fixtures (Django's `dumpdata` users).
 */
// (Copies keep their kind: `shadow-`, `shadow.bak`, a dated `shadow.2024-02-28`.)
const HASH_FILE = /(?:^|\/)(?:\.?htpasswd[\w.-]*|g?shadow(?:-|~|\.(?:bak|old|orig|save|\d[\d-]{3,20}))?|[\w.-]{0,20}passwd(?:-|~|\.(?:bak|old|orig|save|\d[\d-]{3,20}))?|master\.passwd|users\.auth\.php|userlist\.txt)$|\.(?:sql|dump|ldif|csv|tsv|log)$|(?:fixtures?|dumps?|backups?|exports?)\/[^/]{1,100}\.json$|[^/]{0,60}(?:dump|backup|export)[^/]{0,60}\.json$/i;

/**
 * Password hashes where they are a leak: password files and dumps, and configuration (web
 * servers' and apps' user lists: Traefik, Caddy, Argo CD, installers' answer files), there not
 * in a commented-out line (a documented example, `# pwdhash => "$6$…"`).
 */
/** Seed and fixture data: a development database's users, not a dump of real ones. */
const SEED_PATH = /(?:^|\/)(?:seeds?|seeders|fixtures?|factories|testdata|test_data)\/|(?:^|\/)[^/]*(?:seed|fixture)[^/]*\.(?:sql|json|ya?ml|csv)$/i;

/** A role's definition before the hash: `CREATE ROLE app … PASSWORD 'SCRAM-SHA-256$…'`, MySQL's `IDENTIFIED … AS '*…'`. */
const ROLE_DEFINITION = /\b(?:CREATE|ALTER)[ \t]{1,4}(?:USER|ROLE)\b[^;]{0,300}$/i;

function passwordHashes(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const path = (ctx.path ?? '').replace(/\\/g, '/');
  const hashFile = HASH_FILE.test(path);
  // (Jupyter's configuration is Python: `c.PasswordIdentityProvider.hashed_password = "argon2:…"`.)
  if (!hashFile && !ctx.configLike && !/(?:^|\/)jupyter_(?:server|notebook|lab)_config\.py$/.test(path)) return [];
  // In configuration a hash is how the app asks for its users' passwords (Argo CD's `admin.password`,
  // NATS, cloud-init's `passwd`): told as information there, as in seed data and in a role's
  // definition (hashed in advance so that no password is written). A password file or a dump is a leak.
  const inConfig = hashFile && !SEED_PATH.test(path) ? {} : { severity: 'info' as const, title: 'Password hash in configuration (crackable offline)' };
  const predefined = { severity: 'info' as const, title: 'Password hash given to a role (crackable offline)' };
  // (A hash typed as a stand-in, `$2y$10$xxxx…`, hashes nothing.)
  return eachSecret(PASSWORD_HASH, window, windowStart, (value, m) => (isLowDiversity(value.slice(value.lastIndexOf('$') + 1)) ? undefined
    : ROLE_DEFINITION.test(window.slice(Math.max(0, m.index - 300), m.index)) ? predefined
      : hashFile || !/^[ \t]*(?:#|\/\/|;|--)/.test(window.slice(window.lastIndexOf('\n', m.index) + 1, m.index)) ? inConfig : undefined));
}

/** A plan written as JSON: `tfplan.json`, `plan.json`, `prod.tfplan.json`. */
const TERRAFORM_PLAN_JSON = /(?:^|[\\/])[\w.-]{0,60}plan\.json$/i;

/** `"name": { "value": "…", … }` objects (state outputs): the value when the output is sensitive or named as a secret. */
const STATE_OUTPUT = /"(?<name>[\w-]{1,100})"\s{0,20}:\s{0,20}\{\s{0,40}"value"\s{0,4}:\s{0,4}"(?<secret>(?:[^"\\\n]|\\.){1,2000})"(?<rest>[^{}]{0,300})/dg;

function terraformStateSecrets(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  // (A plan shown as JSON holds the same values, sensitive ones in plain text: `terraform show -json tfplan > tfplan.json`.)
  const kept = TERRAFORM_PLAN_JSON.test(ctx.path ?? '') ? 'plan' : 'state file';
  return [...eachSecret(STATE_OUTPUT, window, windowStart, (value, m) => {
    const name = m.groups!.name;
    const sensitive = /"sensitive"\s{0,4}:\s{0,4}true/.test(m.groups!.rest);
    if (isSecretName(name)) return acceptValue(name, value, true, ctx) ? {} : undefined;
    return sensitive && value.length >= 8 && !isDummyPassword(value) ? {} : undefined;
  }), ...eachSecret(RANDOM_PASSWORD_RESULT, window, windowStart, value => (value.length >= 8 && !isDummyPassword(value) ? { title: `Generated password in a Terraform ${kept}` } : undefined)),
  ...eachSecret(TOKEN_RESOURCE_VALUE, window, windowStart, value => (value.length >= 16 && !isDummyPassword(value) && looksRandomEnough(value, 3, 2048) ? { title: `Token created by Terraform, in its ${kept}` } : undefined)),
  ...sensitiveAttributes(window, windowStart, kept)];
}

/** The `[…]` list opened at `open`, up to its closing bracket (at most 4,000 characters on). */
function bracketedList(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + 4000); i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return text.slice(open, i + 1);
  }
  return '';
}

/** A resource instance's list of its sensitive attributes' paths, after its `"attributes"`. */
const SENSITIVE_ATTRIBUTES = /"sensitive_attributes"\s{0,4}:\s{0,4}\[/g;
const GET_ATTR = /"type"\s{0,4}:\s{0,4}"get_attr"\s{0,4},\s{0,40}"value"\s{0,4}:\s{0,4}"(?<name>[\w-]{1,100})"/g;

/**
 * The string attributes a resource instance lists as sensitive (`"sensitive_attributes":
 * [[{"type": "get_attr", "value": "key"}]]`): the provider's schema says they are secrets
 * (`datadog_application_key`'s `key`, a database's `password`), and state keeps them in plain text.
 */
function sensitiveAttributes(window: string, windowStart: number, kept: string): RawMatch[] {
  const out: RawMatch[] = [];
  SENSITIVE_ATTRIBUTES.lastIndex = 0;
  for (let m = SENSITIVE_ATTRIBUTES.exec(window); m; m = SENSITIVE_ATTRIBUTES.exec(window)) {
    const names = new Set([...bracketedList(window, m.index + m[0].length - 1).matchAll(GET_ATTR)].map(a => a.groups!.name));
    const from = window.lastIndexOf('"attributes"', m.index);
    if (!names.size || from < 0 || m.index - from > 20000) continue;
    const attributes = window.slice(from, m.index);
    for (const name of names) {
      const re = new RegExp(`"${name}"\\s{0,4}:\\s{0,4}"(?<secret>(?:[^"\\\\\\n]|\\\\.){8,4000})"`, 'dg');
      out.push(...eachSecret(re, attributes, windowStart + from, value => (isDummyPassword(value) || !looksRandomEnough(value, 3, 4096)
        ? undefined : { title: `Sensitive attribute \`${name}\` in a Terraform ${kept}` })));
    }
  }
  return out;
}

/**
 * A resource that creates a token (`cloudflare_api_token`, `gitlab_project_access_token`,
 * `tfe_team_token`): state keeps the token it got back in its `value` or `token` attribute,
 * read up to the next resource's `"type"`.
 */
const TOKEN_RESOURCE_VALUE = /"type"\s{0,4}:\s{0,4}"[a-z0-9]{1,30}_[a-z0-9_]{0,60}(?:token|api_key|access_key|secret)"(?:(?!"type"\s{0,4}:)[^]){0,3000}?"(?:value|token|secret|key)"\s{0,4}:\s{0,4}"(?<secret>(?:[^"\\\n]|\\.){16,500})"/dg;

/**
 * A `random_password` resource's `result` (the password Terraform generated, usually handed to
 * a database): state keeps it in plain text. Its `bcrypt_hash` is only a hash.
 */
const RANDOM_PASSWORD_RESULT = /"type"\s{0,4}:\s{0,4}"random_password"[^]{0,3000}?"result"\s{0,4}:\s{0,4}"(?<secret>(?:[^"\\\n]|\\.){8,300})"/dg;

/** Hex of UTF-16 code units XORed with 0xDFAA that decode to printable text (a saved password). */
function isJetBrainsObfuscated(hex: string): boolean {
  let text = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16) ^ 0xdfaa);
  return /^[\x21-\x7e]{2,100}$/.test(text) && !isDummyPassword(text);
}

/**
 * HeidiSQL's obfuscation: each character's code plus one digit, as two hex digits, then that digit.
 * The password when the text decodes to printable characters, else undefined.
 */
export function heidiSqlPassword(text: string): string | undefined {
  const shift = Number(text[text.length - 1]);
  if (!/^(?:[0-9a-f]{2}){2,300}[1-9]$/i.test(text)) return undefined;
  let out = '';
  for (let i = 0; i + 2 < text.length; i += 2) out += String.fromCharCode(parseInt(text.slice(i, i + 2), 16) - shift);
  return /^[\x20-\x7e]+$/.test(out) ? out : undefined;
}

/** A cookie name that says session or auth, not preferences or analytics (`_ga`, `theme`). */
// (A refresh token's too: `acme_rt`.)
// (Not HTTP/2's `:authority`, the host; not a page's cursor, `page_token`, `next_token`.)
// (And Spotify's `sp_dc`, the web player's sign-in that scrapers and lyrics bots copy.)
const SESSION_COOKIE_NAME = /sess|^sid$|_sid$|token|auth(?!or)|jwt|remember|login|refresh|_rt$|^connect\.sid$|^sp_dc$/i;
// (Nor an analytics tool's visit cookies: Hotjar's `_hjSessionUser_<site>`, Microsoft Clarity's, Amplitude's, Mixpanel's.)
const NOT_A_SESSION = /csrf|xsrf|(?:page|next|prev|continuation)[_-]?token|cursor|^_hj|^_cl(?:ck|sk)$|^amp_|^amplitude_|^mp_[0-9a-f]{8,}|^_ga_?|^ajs_/i;

/** A cookie that holds a session: named so, not CSRF's or a page's cursor, and random. */
function isSessionCookie(name: string, value: string): boolean {
  return SESSION_COOKIE_NAME.test(name) && !NOT_A_SESSION.test(name) && looksRandomEnough(value, 3, 4096);
}

/**
 * The session cookies of one header's value at `base`: every `name=value` pair of a `Cookie`
 * header; only the first of a `Set-Cookie` header (the rest are its attributes, `Path=/`).
 */
function sessionCookiesOfHeader(kind: string, pairs: string, base: number): RawMatch[] {
  const out: RawMatch[] = [];
  const cookies = /^set-cookie$/i.test(kind) ? pairs.slice(0, (pairs.indexOf(';') + 1 || pairs.length + 1) - 1) : pairs;
  const pair = /(?:^|;\s{0,4})(?<name>[^=;\s]{1,100})=(?<value>[^;\s]{8,4000})/dg;
  for (let p = pair.exec(cookies); p; p = pair.exec(cookies)) {
    if (!isSessionCookie(p.groups!.name, p.groups!.value)) continue;
    const [s, e] = p.indices!.groups!.value;
    out.push({ start: base + s, end: base + e, value: p.groups!.value });
  }
  return out;
}

/** Session cookies of a HAR file: `Cookie` request headers (`a=1; b=2`) and `cookies` entries. */
function harSessionCookies(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  // Exported with indentation, the value's key is on the next line.
  const header = /"name"\s{0,4}:\s{0,4}"(?<kind>(?:set-)?cookie)"\s{0,4},\s{0,40}"value"\s{0,4}:\s{0,4}"(?<pairs>[^"\n]{1,8000})"/dgi;
  for (let m = header.exec(window); m; m = header.exec(window)) {
    out.push(...sessionCookiesOfHeader(m.groups!.kind, m.groups!.pairs, windowStart + m.indices!.groups!.pairs[0]));
  }
  const judge = isSessionCookie;
  const entry = /\{\s{0,20}"name"\s{0,4}:\s{0,4}"(?<name>[^"\n]{1,100})"\s{0,4},\s{0,20}"value"\s{0,4}:\s{0,4}"(?<secret>[^"\n;]{8,4000})"/dg;
  // A cookies entry names the cookie itself (header entries were read above).
  out.push(...eachSecret(entry, window, windowStart, (value, m) =>
    (!/^(?:cookie|set-cookie)$/i.test(m.groups!.name) && judge(m.groups!.name, value) ? {} : undefined)));
  return out;
}

/**
 * Session cookies in an HTTP header written out: `curl -v`'s `< set-cookie: …`, a log's request
 * headers, `-H 'Cookie: …'`, a `.http` file, a header map's `"Cookie": "…"`. HAR files have their rule.
 */
function headerSessionCookies(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  if (/\.har$/i.test(baseName(ctx))) return [];
  const out: RawMatch[] = [];
  for (const header of COOKIE_HEADERS) {
    header.lastIndex = 0;
    for (let m = header.exec(window); m; m = header.exec(window)) {
      out.push(...sessionCookiesOfHeader(m.groups!.kind ?? 'cookie', m.groups!.pairs, windowStart + m.indices!.groups!.pairs[0]));
    }
  }
  // .NET's cookie built by name and value: devtools' "Copy as PowerShell" adds each to its web session.
  out.push(...eachSecret(DOTNET_COOKIE, window, windowStart, (value, m) => (isSessionCookie(m.groups!.name, value) ? {} : undefined)));
  return out;
}

/** `New-Object System.Net.Cookie("connect.sid", "…", "/", "host")`, C#'s `new Cookie("…", "…")`. */
const DOTNET_COOKIE = /\bCookie[ \t]{0,2}\([ \t]{0,4}"(?<name>[^"\s]{1,100})"[ \t]{0,4},[ \t]{0,4}"(?<secret>[^"\s;]{8,4000})"/dg;

/**
 * Where a recorded request's cookies are written: a `Cookie:` header's value on its line, or as
 * the first item of a list below it (a VCR cassette's YAML, Betamax's and nock's JSON), or a mock's
 * matcher (`"Cookie": { "equalTo": "…" }`, WireMock); a header object's `name`/`value` pair (a
 * Charles session, as HAR writes it); curl's `-b`/`--cookie` option.
 */
const COOKIE_HEADERS: readonly RegExp[] = [
  // (Or a setting named for a site's cookie, camelCase or not: `"spotifyCookie": "sp_dc=…"`.)
  /(?<![\w-])(?:(?!set-)[A-Za-z]{1,30}[_-]?)?(?<kind>set-cookie|cookie)["']?[ \t]{0,4}:[ \t]{0,4}(?:\[\s{0,60}|\{\s{0,40}"(?:equalTo|contains|matches)"[ \t]{0,4}:[ \t]{0,4}|\r?\n[ \t]{0,24}-[ \t]{1,4})?["']?(?<pairs>[^\r\n'"`]{1,8000})/dgi,
  /"name"\s{0,4}:\s{0,4}"(?<kind>(?:set-)?cookie)"\s{0,4},\s{0,40}"value"\s{0,4}:\s{0,4}"(?<pairs>[^"\n]{1,8000})"/dgi,
  /(?:^|[ \t])(?:-b|--cookie)[ \t]{1,4}(?<q>["'])(?<pairs>[^\r\n'"`]{1,8000})\k<q>/dgm,
];

/** A cookie object of a saved jar: a flat `{…}` holding `"name"` and `"value"` in any order, among its attributes. */
const COOKIE_OBJECT = /\{[^{}]{10,1500}\}/g;
const COOKIE_NAME = /"name"\s{0,4}:\s{0,4}"(?<name>[^"\n]{1,100})"/;
const COOKIE_VALUE = /"value"\s{0,4}:\s{0,4}"(?<value>[^"\n;]{8,4000})"/d;
/**
 * Session cookies of a saved cookie jar in JSON: the `cookies` list of an HTTPie session, a
 * Playwright storage state, a browser extension's export (objects with `name`, `value` and their
 * attributes). A HAR file has its rule; so has a Netscape cookie file (`cookie-file-session`).
 */
function savedSessionCookies(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  if (/\.har$/i.test(baseName(ctx))) return [];
  const out: RawMatch[] = [];
  const list = window.search(/"cookies"\s{0,4}:\s{0,4}\[/);
  if (list < 0) return out;
  COOKIE_OBJECT.lastIndex = list;
  for (let m = COOKIE_OBJECT.exec(window); m; m = COOKIE_OBJECT.exec(window)) {
    const name = COOKIE_NAME.exec(m[0])?.groups!.name;
    const value = COOKIE_VALUE.exec(m[0]);
    if (!name || !value || !isSessionCookie(name, value.groups!.value)) continue;
    const at = windowStart + m.index + value.indices!.groups!.value[0];
    out.push({ start: at, end: at + value.groups!.value.length, value: value.groups!.value });
  }
  return out;
}

/** One cell of a delimited line: its text without the quotes around it, and where that text is. */
interface Cell { text: string; start: number }

/** How far a quoted cell may run over lines (a password manager's notes): past it, an unclosed quote is read as text. */
const MAX_RECORD = 8000;

/**
 * The cells of the CSV/TSV record at `at` (RFC 4180): a quoted cell may hold the delimiter (`"a,b"`),
 * a doubled quote and line breaks (a password manager's notes), so a record may run over lines.
 * Starts are from `at`; `end` is where the record's line break is.
 */
function csvRecord(text: string, at: number, delimiter: string): { cells: Cell[]; end: number } {
  const cells: Cell[] = [];
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  let i = at, stop = lineEnd;
  for (;;) {
    if (text[i] === '"') {
      let close = text.indexOf('"', i + 1);
      while (close >= 0 && text[close + 1] === '"' && close < at + MAX_RECORD) close = text.indexOf('"', close + 2);
      // (An unclosed quote, or one closing far away: the cell is the rest of its line, as written.)
      if (close < 0 || close >= at + MAX_RECORD) return { cells: [...cells, { text: text.slice(i, stop).replace(/\r$/, ''), start: i - at }], end: stop };
      cells.push({ text: text.slice(i + 1, close), start: i + 1 - at });
      if (close > stop) stop = text.indexOf('\n', close) < 0 ? text.length : text.indexOf('\n', close);
      i = close + 1;
      while (i < stop && !text.startsWith(delimiter, i)) i++; // (text after the closing quote is not the cell's)
    } else {
      let next = text.indexOf(delimiter, i);
      if (next < 0 || next > stop) next = stop;
      cells.push({ text: text.slice(i, next).replace(/\r$/, ''), start: i - at });
      i = next;
    }
    if (i >= stop) return { cells, end: stop };
    i += delimiter.length;
  }
}

/** A CSV's delimiter: `;` where its header has more of them than commas (Excel's in many locales, mRemoteNG's export), else `,`. */
function csvDelimiter(text: string): string {
  const header = text.slice(0, Math.max(0, text.indexOf('\n')) || Math.min(text.length, 2000));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * A CSV or TSV export whose header names a credential column (`Password`, `Secret access key`,
 * `client_secret`, `API Key`): password-manager exports, cloud consoles' key downloads. Each
 * row's cell in that column is judged as a value under that name. A key/value export
 * (`vendor,field,value`) is read by row: a secret's name in the name column, its value beside it.
 */
function csvCredentialColumns(text: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const delimiter = /\.tsv$/i.test(ctx.path ?? '') ? '\t' : csvDelimiter(text);
  const out: RawMatch[] = [];
  let columns: { index: number; name: string }[] | undefined;
  let pairColumn = -1;
  let labelColumns: number[] = [];
  let at = 0;
  for (let row = 0; at < text.length && row < 5000; row++) {
    const { cells, end } = csvRecord(text, at, delimiter);
    if (!columns) {
      // (A device's export opens with comment lines before its header: Ricoh's `# Format Version: …`.)
      if (text.slice(at, end).trim() && !(row < 20 && /^#[^,\t"]*$/.test(text.slice(at, end).trim()))) {
        // A first row holding a number or a path is data, not a header (a manifest of `path<TAB>line<TAB>label<TAB>note`).
        if (cells.some(c => /^\d+$|^[\w.-]+(?:\/[\w.-]+)+$/.test(c.text.trim()))) return out;
        columns = credentialColumns(cells.map(c => c.text.trim()));
        labelColumns = cells.map((c, index) => (LABEL_COLUMN.test(c.text.trim()) ? index : -1)).filter(index => index >= 0);
        pairColumn = cells.findIndex((c, index) => NAME_COLUMN.test(c.text.trim()) && VALUE_COLUMN.test(cells[index + 1]?.text.trim() ?? ''));
        if (!columns.length && pairColumn < 0) return out;
      }
    } else if (pairColumn >= 0) {
      const name = cells[pairColumn]?.text.trim() ?? '';
      const cell = cells[pairColumn + 1];
      if (cell && cell.text && name.length <= 60 && isSecretName(name) && acceptValue(name, cell.text, true, ctx)) {
        out.push({ start: windowStart + at + cell.start, end: windowStart + at + cell.start + cell.text.length, value: cell.text, assignedName: name });
      }
    } else {
      // What the row's label cells say the value is: a public key or an id is no credential; a password is judged as one.
      const label = labelColumns.map(index => cells[index]?.text ?? '').join(' ');
      if (PUBLIC_LABEL.test(label)) { at = end + 1; continue; }
      const asPassword = /\b(?:password|passphrase|pwd)\b/i.test(label);
      for (const { index, name } of columns) {
        const cell = cells[index];
        if (cell && cell.text && acceptValue(asPassword ? 'password' : name, cell.text, true, ctx)) {
          out.push({ start: windowStart + at + cell.start, end: windowStart + at + cell.start + cell.text.length, value: cell.text, assignedName: name });
        }
      }
    }
    at = end + 1;
  }
  return out;
}

/** Columns that say what a row's value is: `Name`, `Type`, `Kind`, `Description`. */
const LABEL_COLUMN = /^(?:name|type|kind|label|description|item|title|what|usage|secret[ _-]?type|key[ _-]?type)$/i;
/** A label for a value made public or an identifier: a search-only or site key, a publishable key, a DSN, a key's id. */
const PUBLIC_LABEL = /\b(?:search(?:[- ]only)?[- ]key|site[- ]key|publishable|public[- ]key|client[- ]id|key[- ]id|app[- ]id|dsn)\b/i;

/** A registry export's VNC password: `"Password"=hex:` and 8 bytes (TightVNC, RealVNC 4, WinVNC3). */
// (RealVNC 4 keeps it as a string of 16 hex digits too: `"Password"="0e2d…"`.)
const VNC_REG_PASSWORD = /"(?:Password|PasswordViewOnly|ControlPassword)"=(?:hex:|")(?<secret>[0-9a-fA-F]{2}(?:,[0-9a-fA-F]{2}){7}(?![,0-9a-fA-F])|[0-9a-fA-F]{16}(?="))/dg;
/** UltraVNC's ini: `passwd=` and 8 encrypted bytes in hex, a checksum byte after (18 digits). */
const VNC_INI_PASSWORD = /^passwd2?=(?<secret>[0-9A-Fa-f]{16}(?:[0-9A-Fa-f]{2})?)[ \t]*\r?$/dgm;

/** A sheet's columns of service names: a vague `Key` beside one holds that service's API key. */
const SERVICE_COLUMN = /^(?:vendor|service|provider|api|platform|integration|app|application|tool|system)s?$/i;

/**
 * The columns a header names as credentials: by a secret's name (`Password`, `client_secret`), a
 * password manager's TOTP seed (`login_totp`), or a plain `Key` in a sheet of services' keys.
 */
function credentialColumns(headers: string[]): { index: number; name: string }[] {
  // (So does one beside its alias: a key inventory, LiteLLM's virtual keys.)
  const services = headers.some(h => SERVICE_COLUMN.test(h) || /^key[ _-]?(?:alias|name|label)$/i.test(h));
  return headers.map((name, index) => ({ index, name: /^(?:login_)?totp$/i.test(name) ? 'totp_secret' : services && /^(?:api[ _-]?)?key$/i.test(name) ? 'api_key' : eitherName(withoutValueWord(name)) }))
    .filter(c => c.name.length <= 40 && isSecretName(c.name) && !isIdBesideItsValue(c.name, headers));
}

/** A header naming a secret's value (`SecretValue`, `Password value`): the secret's name. */
function withoutValueWord(header: string): string {
  const named = /^(.{3,40}?)[ _-]?value$/i.exec(header)?.[1];
  return named && isSecretName(named) ? named : header;
}

/** A column of ids beside the column of the values they name: Azure's `SecretId` beside `SecretValue`, `key_id` beside `key`. */
function isIdBesideItsValue(header: string, headers: string[]): boolean {
  const stem = /^(.{2,40}?)[ _-]?id$/i.exec(header)?.[1].toLowerCase();
  return !!stem && headers.some(h => h !== header && new RegExp(`^${stem.replace(/[^a-z0-9]/g, '.')}[ _-]?(?:value|text)?$`, 'i').test(h));
}

/** A header naming two kinds of value (`Password / key`, `Contraseña / clave`): the first that names a secret. */
function eitherName(header: string): string {
  if (isSecretName(header) || !/\/| or /i.test(header)) return header;
  return header.split(/\s*(?:\/| or )\s*/i).find(part => isSecretName(part)) ?? header;
}

/** A Markdown table's separator row: `|---|:--:|` (org-mode's `|---+---|`, psql's `---+---`, the mysql client's `+---+---+`). */
const MARKDOWN_SEPARATOR = /^[ \t]{0,3}[|+]?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)+[|+]?[ \t]*\r?$/;

/** The cells of a Markdown table row, `| a | `b` |`: each cell's text without spaces and code ticks, and where it is. */
function markdownCells(line: string): Cell[] {
  const cells: Cell[] = [];
  const body = line.replace(/\r$/, '');
  let i = body.search(/\S/);
  if (body[i] === '|') i++;
  while (i < body.length) {
    let end = body.indexOf('|', i);
    while (end > 0 && body[end - 1] === '\\') end = body.indexOf('|', end + 1); // `\|` is text
    if (end < 0) end = body.length;
    const raw = body.slice(i, end);
    const trimmed = raw.trim().replace(/^`([^`]*)`$/, '$1');
    cells.push({ text: trimmed, start: i + raw.indexOf(trimmed) });
    i = end + 1;
  }
  return cells;
}

/** A credential in a cell, judged as a value under its column's name: one token, no prose. */
function cellSecret(name: string, cell: Cell | undefined, rowStart: number, ctx: RuleContext): RawMatch | undefined {
  // (Words a column of passwords says instead of one: `SSO/Smartcard`, `N/A`, `LDAP/AD`.)
  if (!cell || !cell.text || /\s/.test(cell.text) || /^[A-Za-z]{1,20}(?:\/[A-Za-z]{1,20}){1,3}$/.test(cell.text) || !acceptValue(name, cell.text, true, ctx)) return undefined;
  return { start: rowStart + cell.start, end: rowStart + cell.start + cell.text.length, value: cell.text, assignedName: name };
}

/**
 * A Markdown table whose header names a credential column (`| Service | User | Password / token |`):
 * a wiki's page of shared logins. Each row's cell in that column is judged as a value of that name.
 * A database client's result table is one too (psql's ` a | b ` under `---+---`, the mysql client's
 * `+---+` borders): in a text file, only those are read (`dbClientOnly`); there a table of names and
 * values (`| name | value |`) holds each row's value under the row's name.
 */
function markdownTableSecrets(text: string, ctx: RuleContext, dbClientOnly = false): RawMatch[] {
  const out: RawMatch[] = [];
  let columns: { index: number; name: string }[] = [];
  let pair = -1;
  let previous = { start: 0, line: '' };
  for (let at = 0, row = 0; at < text.length && row < 20_000; row++) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const line = text.slice(at, Math.min(end, at + 4000));
    if (MARKDOWN_SEPARATOR.test(line) && (!dbClientOnly || line.includes('+'))) {
      // (A border after the rows closes the table: the mysql client's last `+---+`.)
      const closing = columns.length > 0 || pair >= 0;
      const headers = closing ? [] : markdownCells(previous.line).map(c => c.text);
      columns = headers.map((text, index) => ({ index, name: eitherName(text) })).filter(c => c.name.length <= 40 && isSecretName(c.name));
      // (A Markdown page's `| Name | Value |` rows are the generic rule's, read as assignments.)
      pair = dbClientOnly ? headers.findIndex((h, index) => NAME_COLUMN.test(h) && VALUE_COLUMN.test(headers[index + 1] ?? '')) : -1;
    } else if ((columns.length || pair >= 0) && line.includes('|')) {
      const cells = markdownCells(line);
      for (const { index, name } of columns) {
        const found = cellSecret(name, cells[index], at, ctx);
        if (found) out.push(found);
      }
      const name = pair >= 0 ? cells[pair]?.text ?? '' : '';
      const found = name.length <= 60 && isSecretName(name) ? cellSecret(name, cells[pair + 1], at, ctx) : undefined;
      if (found) out.push(found);
    } else {
      columns = [];
      pair = -1;
    }
    previous = { start: at, line };
    at = end + 1;
  }
  return out;
}

/** A fixed-width report's underline: a run of dashes under each column, blanks between (`------  ----------`). */
const FIXED_WIDTH_UNDERLINE = /^[ \t]{0,8}-{3,}(?: {1,8}-{3,}){1,30}[ \t]*\r?$/;

/**
 * A fixed-width report (an audit's or a mainframe job's printout, `sqlcmd`'s and Oracle's result
 * tables): its header names the columns above dashes that mark where each one is. Rows run to a
 * blank line; each row's text under a credential column's dashes is judged as a value of that name.
 */
function fixedWidthTableSecrets(text: string, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  let columns: { name: string; from: number; to: number }[] = [];
  let previous = '';
  for (let at = 0, row = 0; at < text.length && row < 20_000; row++) {
    const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const line = text.slice(at, Math.min(end, at + 4000)).replace(/\r$/, '');
    if (FIXED_WIDTH_UNDERLINE.test(line)) {
      columns = [...line.matchAll(/-{3,}/g)].map((m, i, all) => ({ from: m.index!, to: i + 1 < all.length ? all[i + 1].index! : 4000,
        name: eitherName(previous.slice(m.index!, m.index! + m[0].length + 1).trim()) }))
        .filter(c => c.name.length <= 40 && isSecretName(c.name));
    } else if (!line.trim()) {
      columns = [];
    } else {
      for (const { name, from, to } of columns) {
        const raw = line.slice(from, to);
        const text = raw.trim();
        // (A value that runs on past its column, or one that starts before it, is not this column's.)
        if (line[from - 1] !== undefined && line[from - 1] !== ' ' && line[from - 1] !== '\t') continue;
        const found = cellSecret(name, { text, start: from + raw.indexOf(text) }, at, ctx);
        if (found) out.push(found);
      }
    }
    previous = line;
    at = end + 1;
  }
  return out;
}

const HTML_CELL = /<t([hd])\b[^>]{0,200}>([^]{0,2000}?)<\/t[hd]>/gi;

/** An HTML table whose header row names a credential column (a Confluence page of logins). */
function htmlTableSecrets(text: string, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  let columns: { index: number; name: string }[] = [];
  const lower = text.toLowerCase();
  // Row by row with native searches, each character read once (a `<tr` without its end stops the reading).
  for (let open = lower.indexOf('<tr'); open >= 0; ) {
    const close = lower.indexOf('</tr>', open);
    const tagEnd = lower.indexOf('>', open);
    if (close < 0 || tagEnd < 0) break;
    const rowStart = tagEnd + 1;
    const body = text.slice(rowStart, Math.max(rowStart, close));
    open = lower.indexOf('<tr', close);
    if (body.length > 8000) continue;
    const cells: (Cell & { header: boolean })[] = [];
    HTML_CELL.lastIndex = 0;
    for (let c = HTML_CELL.exec(body); c; c = HTML_CELL.exec(body)) {
      // The cell's own text: inner markup (`<code>`, `<p>`) taken off.
      const inner = c[2].replace(/^\s*(?:<[^>]{1,200}>\s*)*/, '').replace(/(?:\s*<\/?[^>]{1,200}>)*\s*$/, '');
      cells.push({ text: inner, start: c.index + c[0].indexOf('>') + 1 + c[2].indexOf(inner), header: c[1].toLowerCase() === 'h' });
    }
    if (cells.length && cells.every(c => c.header)) {
      columns = cells.map((c, index) => ({ index, name: eitherName(c.text) })).filter(c => c.name.length <= 40 && isSecretName(c.name));
      continue;
    }
    for (const { index, name } of columns) {
      const found = cellSecret(name, cells[index], rowStart, ctx);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Markup around a cell's value: Confluence's `{{…}}`, MediaWiki's `<code>`, `<tt>`, `<nowiki>` and `''…''`, AsciiDoc's and Markdown's code. */
const CELL_WRAPPER = /^(?:\{\{([^]*)\}\}|<(code|tt|nowiki|kbd)>([^]*)<\/\2>|('{2,3})([^]*)\4|`([^`]*)`|\+([^+]*)\+)$/;

/** A cell's text with its markup taken off, and where that text starts in the line. */
function wikiCell(line: string, from: number, to: number): Cell {
  const raw = line.slice(from, to);
  const trimmed = raw.trim();
  const m = CELL_WRAPPER.exec(trimmed);
  const text = m ? (m[1] ?? m[3] ?? m[5] ?? m[6] ?? m[7]) : trimmed;
  return { text, start: from + raw.indexOf(trimmed) + (m ? trimmed.indexOf(text) : 0) };
}

/** Splits `line` (from `from`) on `separator` into cells. */
function splitCells(line: string, from: number, separator: string): Cell[] {
  const cells: Cell[] = [];
  for (let i = from; i <= line.length;) {
    let end = line.indexOf(separator, i);
    if (end < 0) end = line.length;
    cells.push(wikiCell(line, i, end));
    i = end + separator.length;
  }
  return cells;
}

/** One row of a wiki table: header cells or data cells, offsets from the text's start. */
interface WikiRow { header: boolean; cells: Cell[] }

/**
 * Tables written in wiki markup, row by row: Confluence's (`||Host||Password||` then `|a|b|`),
 * MediaWiki's (`{|`, `! A !! B`, `|-`, `| a || b`, a cell a line too) and AsciiDoc's (`|===`, a header
 * line, then cells a line each, grouped by the header's count). Other lines end a table.
 */
function wikiTableRows(text: string): WikiRow[] {
  const rows: WikiRow[] = [];
  let mode: 'none' | 'mediawiki' | 'asciidoc' = 'none';
  let pending: WikiRow | undefined;
  let width = 0;
  const flush = () => { if (pending?.cells.length) rows.push(pending); pending = undefined; };
  for (let at = 0, n = 0; at < text.length && n < 50_000; n++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, Math.min(end, at + 4000)).replace(/\r$/, '');
    const shift = (cells: Cell[]) => cells.map(c => ({ text: c.text, start: at + c.start }));
    const t = line.trimStart(), lead = line.length - t.length;
    if (mode === 'asciidoc') {
      if (t.startsWith('|===')) { flush(); mode = 'none'; } else if (t.startsWith('|')) {
        for (const cell of shift(splitCells(line, lead + 1, '|'))) {
          if (!width) { (pending ??= { header: true, cells: [] }).cells.push(cell); continue; }
          (pending ??= { header: false, cells: [] }).cells.push(cell);
          if (pending.cells.length === width) flush();
        }
        if (!width) { width = pending?.cells.length ?? 0; flush(); }
      }
    } else if (mode === 'mediawiki') {
      if (t.startsWith('|}')) { flush(); mode = 'none'; } else if (t.startsWith('|-')) flush();
      else if (t.startsWith('!')) (pending ??= { header: true, cells: [] }).cells.push(...shift(splitCells(line, lead + 1, '!!')));
      else if (t.startsWith('|') && !t.startsWith('|+')) (pending ??= { header: false, cells: [] }).cells.push(...shift(splitCells(line, lead + 1, '||')));
    } else if (t.startsWith('|===')) { mode = 'asciidoc'; width = 0; } else if (t.startsWith('{|')) mode = 'mediawiki';
    else if (t.startsWith('||')) rows.push({ header: true, cells: shift(splitCells(line.replace(/\|\|[ \t]*$/, ''), lead + 2, '||')) });
    else if (t.startsWith('|') && rows.length && /\|[ \t]*$/.test(t)) rows.push({ header: false, cells: shift(splitCells(line.replace(/\|[ \t]*$/, ''), lead + 1, '|')) });
    at = end + 1;
  }
  flush();
  return rows;
}

/** A wiki table whose header names a credential column: each data row's cell there, judged as that name's value. */
function wikiTableSecrets(text: string, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  let columns: { index: number; name: string }[] = [];
  for (const row of wikiTableRows(text)) {
    if (row.header) {
      columns = credentialColumns(row.cells.map(c => c.text));
      continue;
    }
    for (const { index, name } of columns) {
      const found = cellSecret(name, row.cells[index], 0, ctx);
      if (found) out.push(found);
    }
  }
  return out;
}

/** The Private-Lines block of a PuTTY key file (the lines after `Private-Lines: N`). */
function puttyPrivateLines(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  // Indented too: a key file pasted into a YAML block scalar (`ppk: |`).
  const re = /^[ \t]{0,40}PuTTY-User-Key-File-\d: [^\r\n]{1,60}\r?\n(?:[ \t]{0,40}Encryption: (?<enc>[^\r\n]{1,40})\r?\n)?[\s\S]{0,4000}?^[ \t]{0,40}Private-Lines: (?<n>\d{1,3})\r?\n/dgm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) {
    let start = m.index + m[0].length;
    while (window[start] === ' ' || window[start] === '\t') start++;
    let end = start;
    for (let i = 0; i < Number(m.groups!.n); i++) {
      const next = window.indexOf('\n', end);
      end = next === -1 ? window.length : next + 1;
    }
    const privateLines = window.slice(start, end).replace(/\r?\n$/, '');
    if (!/^[A-Za-z0-9+/=\r\n \t]{20,}$/.test(privateLines)) continue;
    // The finding spans the key file from its first line, as a PEM key's does from BEGIN.
    const header = m.index + (m[0].length - m[0].trimStart().length);
    out.push(puttyMatch(windowStart + header, window.slice(header, start) + privateLines, m.groups!.enc));
  }
  return [...out, ...escapedPuttyPrivateLines(window, windowStart)];
}

/**
 * A .ppk file kept inside a JSON or INI string, its line breaks written `\n` (session exports of
 * WinSCP, Termius and their kin): the same block, read between the escapes.
 */
function escapedPuttyPrivateLines(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  const re = /PuTTY-User-Key-File-\d: [^\\"\r\n]{1,60}(?:\\r)?\\n(?:Encryption: (?<enc>[^\\"\r\n]{1,40})(?:\\r)?\\n)?[^"\r\n]{0,4000}?Private-Lines: (?<n>\d{1,3})(?:\\r)?\\n/dg;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const start = m.index + m[0].length;
    let end = start;
    for (let i = 0; i < Number(m.groups!.n); i++) {
      const next = window.indexOf('\\n', end);
      if (next === -1 || /["\r\n]/.test(window.slice(end, next))) break;
      end = next + 2;
    }
    const value = window.slice(start, end).replace(/(?:\\r)?\\n$/, '');
    if (!/^(?:[A-Za-z0-9+/=]|\\r|\\n){20,}$/.test(value)) continue;
    out.push(puttyMatch(windowStart + start, value, m.groups!.enc));
  }
  return out;
}

function puttyMatch(start: number, value: string, encryption: string | undefined): RawMatch {
  const encrypted = encryption !== undefined && encryption !== 'none';
  return { start, end: start + value.length, value,
    ...(encrypted ? { severity: 'warning' as const, detail: 'passphrase-encrypted' } : {}) };
}

/** One entry of ~/.gem/credentials: `:name: <key>` or `https://host: <key>`, a line each. */
const GEM_CREDENTIAL = /^(?::[\w-]{1,60}|["']?https?:\/\/[^\s"']{1,200}["']?):[ \t]{1,4}["']?(?<secret>(?:Bearer[ \t]+)?[^\s"']{8,300})["']?[ \t]*\r?$/dgm;

/** One `"host": "<token>"` entry of an auth.json map. */
const COMPOSER_ENTRY = /"[^"\n]{1,100}"\s{0,20}:\s{0,20}"(?<secret>[^"\\\n]{8,300})"/dg;

/** auth.json's token maps, `"github-oauth": { "github.com": "<token>", … }`: every host's token. */
function composerTokens(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  const maps = /"(?:github-oauth|gitlab-token|gitlab-oauth|bearer)"\s{0,40}:\s{0,40}\{(?<body>[^{}]{0,4000})\}/dg;
  for (let m = maps.exec(window); m; m = maps.exec(window)) {
    out.push(...eachSecret(COMPOSER_ENTRY, m.groups!.body, windowStart + m.indices!.groups!.body[0]));
  }
  return out;
}

/**
 * `define('AUTH_KEY', '…')` in either quote style, not commented out; the value may hold the other quote.
 * Bedrock's and other twelve-factor WordPress setups keep them quoted in `.env`: `AUTH_KEY='…'` (spaces included).
 */
const WORDPRESS_SALTS = [
  // wp-config-sample.php aligns the values: `define( 'AUTH_KEY',         '…' );`.
  /define[ \t]{0,4}\(\s{0,4}(["'])(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)\1\s{0,4},\s{0,40}(?:'(?<single>[^'\r\n]{8,300})'|"(?<double>[^"\r\n]{8,300})")/dg,
  /^[ \t]{0,8}(?:export[ \t]{1,4})?(?:WP_|WORDPRESS_)?(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)[ \t]{0,4}=[ \t]{0,4}(?:'(?<single>[^'\r\n]{8,300})'|"(?<double>[^"\r\n]{8,300})")/dgm,
];

/** `define('CIVICRM_…', '…')` or `CIVICRM_…=…`: the value, quoted or not. */
const CIVICRM_KEY_SETTING = /\bCIVICRM_(?<kind>SITE_KEY|CRED_KEYS|SIGN_KEYS)(?:["'][ \t]{0,4},[ \t]{0,4}|[ \t]{0,4}=[ \t]{0,4})(?<q>["']?)(?<value>[^"'\r\n]{16,600})\k<q>/dg;

/**
 * CiviCRM's secret keys. A credential or signing key is `<suite>:<kdf>:<key>` and the setting may
 * hold several, separated by spaces (the first encrypts, the others decrypt old values): each key
 * part is judged apart. Docs write theirs with a word in it (`ExAMPle…`, `dUmmY…`).
 */
function civicrmKeys(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  CIVICRM_KEY_SETTING.lastIndex = 0;
  for (let m = CIVICRM_KEY_SETTING.exec(window); m; m = CIVICRM_KEY_SETTING.exec(window)) {
    const { kind, value } = m.groups!;
    const at = windowStart + m.indices!.groups!.value[0];
    const keys = kind === 'SITE_KEY' ? [{ key: value.trim(), offset: value.indexOf(value.trim()) }] : suiteKeysOf(value);
    for (const { key, offset } of keys) {
      if (key.length < 16 || /\$|\{|example|dummy|change|your|placeholder/i.test(key) || !looksRandomEnough(key, 3.5)) continue;
      out.push({ start: at + offset, end: at + offset + key.length, value: key });
    }
  }
  return out;
}

/** The key parts of `aes-cbc::<key> aes-cbc:hkdf-sha256:<key>`, with where each begins in the value. */
function suiteKeysOf(value: string): { key: string; offset: number }[] {
  const out: { key: string; offset: number }[] = [];
  for (const m of value.matchAll(/(?:^|[ \t])(?:[\w-]{1,30}:[\w-]{0,30}:)?([A-Za-z0-9+/=_-]{16,200})(?=[ \t]|$)/g)) {
    out.push({ key: m[1], offset: m.index! + m[0].length - m[1].length });
  }
  return out;
}

function wordpressSalts(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  for (const re of WORDPRESS_SALTS) {
    re.lastIndex = 0;
    out.push(...saltsOf(re, window, windowStart));
  }
  return out;
}

function saltsOf(re: RegExp, window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) {
    // WordPress's own docblocks show example defines (`*     define('AUTH_KEY', …)`): documentation.
    if (/^[ \t]*(?:\*|\/\/|#)/.test(window.slice(window.lastIndexOf('\n', m.index) + 1, m.index))) continue;
    const which = m.groups!.single !== undefined ? 'single' : 'double';
    const value = m.groups![which];
    // Words with spaces are a phrase (`put your unique phrase here`); a run of letters and digits is a generated salt.
    if (/unique phrase|put your|changeme|^\w+(?: \w+)+$/i.test(value) || shannonEntropy(value) < 4) continue;
    const [s, e] = m.indices!.groups![which]!;
    out.push({ start: windowStart + s, end: windowStart + e, value });
  }
  return out;
}

/** Base names of FileZilla's site and history files. */
const FILEZILLA_FILE = /(?:^|\/)(?:sitemanager|recentservers|filezilla)\.xml$/i;

/** Espanso's match and config files (`~/.config/espanso/match/base.yml`). */
const ESPANSO_MATCH_FILE = /(?:^|\/)espanso\/(?:match|config)\/[^/]{1,100}\.ya?ml$/;

credentialFileRules.push(
  {
    id: 'espanso-secret-expansion', provider: 'Espanso', title: 'Secret typed by an Espanso text expansion',
    source: 'Espanso docs, "Matches": each match has a `trigger` (the typed shortcut) and the `replace` text it expands to, in match/*.yml',
    keywords: ['trigger:'],
    window: { before: 0, after: 400, wholeLines: true },
    // (A shortcut named for a password, a PIN, a Wi-Fi key or a token: `:bankpw`, `:wifi`, `:ghtok`.)
    find: (window, start, ctx) => !ESPANSO_MATCH_FILE.test(ctx.path ?? '') ? [] : eachSecret(/trigger:[ \t]{0,4}["']?:?(?<trigger>[\w-]{0,40}(?:pw|pwd|pass|pin|wifi|wlan|wpa|tok|token|key|secret)[\w-]{0,20})["']?[ \t]*\r?\n[ \t]{0,40}replace:[ \t]{0,4}(["'])(?<secret>[^"'\n]{6,200})\2/dgi, window, start,
      value => (isDummyPassword(value) || !/\d/.test(value) || /\{\{|\s/.test(value) || !looksRandomEnough(value, 2.8, 200) ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'ESPANSO_SECRET',
    description: 'A password, PIN, Wi-Fi key or token that an Espanso shortcut types out, kept in clear text in a match file (often synced or committed with dotfiles). Espanso can run a password manager\'s command (`type: shell`) instead.',
  },
  {
    id: 'develocity-keys-file', provider: 'Gradle', title: 'Develocity access key (keys.properties)',
    source: 'Develocity Gradle plugin docs, "Authenticating": `./gradlew provisionDevelocityAccessKey` stores `<server host>=<access key>` in ~/.gradle/develocity/keys.properties (~/.gradle/enterprise/ before)',
    keywords: [],
    paths: /(?:^|\/)\.gradle\/(?:develocity|enterprise)\/keys\.properties$/,
    find: (window, start) => eachSecret(/^[ \t]{0,8}[\w.-]{1,253}[ \t]{0,4}=[ \t]{0,4}(?<secret>[A-Za-z0-9]{20,200})[ \t]*\r?$/dgm, window, start,
      value => (looksRandomEnough(value, 3, 200) ? {} : undefined)),
    confidence: 'provider', severity: 'error',
    envVar: 'DEVELOCITY_ACCESS_KEY', rotateUrl: 'https://docs.gradle.com/develocity/gradle-plugin/current/#authenticating',
    description: 'A Develocity (Gradle Enterprise) access key in keys.properties: it publishes build scans and writes the remote build cache as its owner. The file belongs in the home directory, never in a repository.',
  },
  {
    id: 'kubeconfig-client-key', provider: 'Kubernetes', title: 'Kubernetes client private key (kubeconfig)',
    keywords: ['-key-data'],
    // base64 of a PEM private key: decoded to check it is one.
    find: (window, start) => eachSecret(/client-key-data:[ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/]{100,20000}={0,2})/dg, window, start, v => {
      const pem = decodeBase64(v.slice(0, 120)) ?? '';
      return /^-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/.test(pem) ? {} : undefined;
    }),
    window: { before: 0, after: 21000, wholeLines: true },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'KUBE_CLIENT_PRIVATE_KEY', rotateUrl: 'https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/',
    description: 'client-key-data in a kubeconfig: a base64 PEM private key that authenticates to the cluster (decoded to check).',
  },
  {
    id: 'kubernetes-bootstrap-token', provider: 'Kubernetes', title: 'Kubernetes bootstrap token',
    source: 'Kubernetes docs, "Authenticating with Bootstrap Tokens": [a-z0-9]{6}.[a-z0-9]{16}, the token id then its secret (kubeadm token create, kubeadm join --token)',
    keywords: ['kubeadm', 'bootstrap', 'token:', '--token', 'token='],
    // The id's and the secret's own alphabet: an address (`images.googleusercontent`) has no digits in both.
    pattern: /(?<![A-Za-z0-9._-])(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9._-])/,
    validate: (value, ctx, match) => /\d/.test(value.slice(0, 6) + value.slice(7)) && /[a-z]/.test(value.slice(7)) && !/^abcdef\.0123456789abcdef$/.test(value)
      && /kubeadm|bootstrap|token/i.test(ctx.text.slice(Math.max(0, match.start - 120), match.start)),
    confidence: 'provider', severity: 'error',
    envVar: 'KUBEADM_TOKEN', rotateUrl: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-token/',
    description: 'A Kubernetes bootstrap token (`abcdef.0123456789abcdef`\'s shape) in a kubeconfig, a kubeadm join command or its configuration: it joins nodes to the cluster until it expires.',
  },
  {
    id: 'aws-credentials-file', provider: 'AWS', title: 'AWS secret in a credentials file',
    keywords: ['secret_access_key', 'secret_key', 'n_token', 'security_token', 'access_key_id', 'access_key'],
    // Any length: S3-compatible stores (MinIO, Ceph, Wasabi) issue secrets of other lengths than AWS's 40.
    find: (window, start, ctx) => AWS_STYLE_FILE.test((ctx.path ?? '').replace(/\\/g, '/'))
      ? [...eachSecret(/^[ \t]{0,8}(?:aws_secret_access_key|secret_key|aws_session_token|aws_security_token)[ \t]{0,4}[=:][ \t]{0,4}(?<secret>[^\s#;]{12,2000})/dgim, window, start,
        v => (isDummyPassword(v) || /^[<$%{]/.test(v) ? undefined : {})),
      // The secret's other half, as the AWS key id rule reports `AKIA…`: an S3-compatible store's
      // (DigitalOcean Spaces `DO00…`, Cloudflare R2's 32 hex, Google's HMAC `GOOG1…`), a warning.
      ...eachSecret(/^[ \t]{0,8}(?:aws_access_key_id|access_key|gs_access_key_id)[ \t]{0,4}[=:][ \t]{0,4}(?<secret>[A-Za-z0-9]{16,128})[ \t]*\r?$/dgim, window, start,
        // AWS's own ids (`AKIA…`, `ASIA…`) are the AWS key id rule's.
        v => (/[0-9]/.test(v) && /[A-Za-z]/.test(v) && !/^A[A-Z]IA/.test(v) && !isDummyPassword(v) ? { severity: 'warning', title: 'Access key id in a credentials file' } : undefined))]
      : [],
    confidence: 'provider', severity: 'error',
    envVar: 'AWS_SECRET_ACCESS_KEY', rotateUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
    description: 'Secret key or session token in ~/.aws/credentials, ~/.aws/config, .s3cfg, .boto or .passwd-s3fs, of any length (S3-compatible stores included).',
  },
  {
    id: 'password-hash', provider: 'Password hash', title: 'Password hash (crackable offline)',
    keywords: ['$1$', '$apr1$', '$2a$', '$2b$', '$2y$', '$2x$', '$5$', '$6$', '$y$', '$7$', '$gy$', '$argon2', 'pbkdf2_sha', '$pbkdf2', '{sha}', '{ssha}', '{sha256}', '{ssha256}', '{sha512}', '{ssha512}',
      '$p$', '$h$', // phpass (WordPress, phpBB user tables)
      '$8$', '$9$', // Cisco's type 8 (PBKDF2) and type 9 (scrypt) secrets, in an inventory's export
      'grub.pbkdf2', // GRUB 2's `password_pbkdf2` (grub-mkpasswd-pbkdf2), in grub.cfg and a kickstart's `bootloader --iscrypted`
      '"md5', "'md5", 'am-sha-256$', // PostgreSQL's (pgbouncer's userlist.txt, pg_authid dumps, an ALTER ROLE's quoted md5 hash): SCRAM-SHA-256$…
      // MySQL native password hashes in mysql.user dumps and configuration (`password: "*…"`).
      ...'0123456789abcdef'.split('').flatMap(c => [`'*${c}`, `"*${c}`])],
    // A hash is not a live key: it leaks the password only to someone who cracks it.
    find: passwordHashes,
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'warning',
    envVar: 'PASSWORD_HASH',
    description: 'A crypt(3), bcrypt, argon2, PBKDF2 (GRUB\'s too), phpass, MySQL native, PostgreSQL (md5, SCRAM) or LDAP password hash in .htpasswd, shadow/passwd files, a SQL/LDIF dump or a configuration file: not a live key, but crackable offline. Reported as a warning in password files and dumps; as information in configuration, where a hash is how the app asks for a password.',
  },
  {
    id: 'terraform-state-secret', provider: 'Terraform', title: 'Secret output in a Terraform state file',
    source: 'Terraform docs: state holds every value in plain text, outputs marked "sensitive" included (State: Sensitive Data)',
    keywords: [],
    // `terraform state pull > prod.tfstate.json` too, and a plan shown as JSON (`terraform show -json tfplan > tfplan.json`).
    paths: new RegExp(`\\.tfstate(?:\\.backup|\\.json)?$|${TERRAFORM_PLAN_JSON.source}`, 'i'),
    find: terraformStateSecrets,
    confidence: 'provider', severity: 'error',
    envVar: 'TF_OUTPUT_SECRET', rotateUrl: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data',
    description: 'An output of a .tfstate file marked sensitive or named as a secret, a generated password or a created token: state keeps them in plain text, so a committed state file leaks them. A plan shown as JSON (tfplan.json) holds the same values.',
  },
  {
    id: 'wildfly-user-hash', provider: 'WildFly', title: 'WildFly/JBoss user password hash (crackable offline)',
    source: 'WildFly docs: add-user utility (mgmt-users.properties, application-users.properties: user=HEX(MD5(user:realm:password)))',
    keywords: [],
    paths: /(?:^|\/)(?:mgmt|application)-users\.properties$/,
    // An unsalted MD5 of user, realm and password: quick to crack for any weak password.
    find: (window, start) => eachSecret(/^[ \t]{0,8}[^\s#!=:]{1,100}[ \t]{0,4}=[ \t]{0,4}(?<secret>[0-9a-f]{32})[ \t]{0,4}$/dgm, window, start),
    window: { before: 0, after: 0, wholeLines: true },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'warning',
    envVar: 'PASSWORD_HASH', rotateUrl: 'https://docs.wildfly.org/main/Admin_Guide.html#add-user-utility',
    description: 'A user line of WildFly/JBoss mgmt-users.properties or application-users.properties: an unsalted MD5 of user:realm:password, crackable offline. Reported as a warning.',
  },
  {
    id: 'wordpress-salt', provider: 'WordPress', title: 'WordPress authentication key or salt',
    keywords: ['auth_key', 'auth_salt', 'd_in_key', 'd_in_salt', 'ce_key', 'ce_salt'],
    find: wordpressSalts,
    skipPlaceholderCheck: true, // salts are random punctuation; wordpressSalts skips the default phrase
    confidence: 'provider', severity: 'error',
    envVar: 'WP_AUTH_KEY', rotateUrl: 'https://api.wordpress.org/secret-key/1.1/salt/',
    description: 'A WordPress AUTH_KEY / SECURE_AUTH_SALT / LOGGED_IN_* / NONCE_* define in wp-config.php, or the same variable in a Bedrock-style .env: lets anyone forge login cookies.',
  },
  {
    id: 'civicrm-secret-key', provider: 'CiviCRM', title: 'CiviCRM secret key',
    source: 'CiviCRM System Administrator Guide, "Secret keys": CIVICRM_SITE_KEY (96-190 bits), CIVICRM_CRED_KEYS and CIVICRM_SIGN_KEYS (256 bits), each key written `<suite>:<kdf>:<key>` (`aes-cbc::…`, `jwt-hs256::…`), several keys separated by spaces',
    keywords: ['civicrm_site_key', 'civicrm_cred_keys', 'civicrm_sign_keys'],
    find: civicrmKeys,
    confidence: 'provider', severity: 'error',
    envVar: 'CIVICRM_SITE_KEY', rotateUrl: 'https://docs.civicrm.org/sysadmin/en/latest/setup/site-key/',
    description: "A CiviCRM secret key in civicrm.settings.php or the environment: the site key authenticates cron and REST callers, the credential keys decrypt the stored payment and mail passwords, the signing keys forge its JWTs and mailing links.",
  },
  {
    id: 'magento-crypt-key', provider: 'Magento', title: 'Magento encryption key',
    source: 'Adobe Commerce configuration guide, env.php reference: `crypt` => [`key` => …], 32 characters; rotated keys are appended one per line, new ones written `base64<key>`',
    keywords: ["'crypt'", '"crypt"'],
    window: { before: 0, after: 400 },
    find: (window, start) => {
      const open = /(["'])crypt\1[ \t]{0,8}=>[ \t]{0,8}(?:\[|array\()\s{0,40}(["'])key\2[ \t]{0,8}=>[ \t]{0,8}(["'])/.exec(window);
      if (!open) return [];
      // Each line of the value is one key: the first, then the rotated ones.
      const from = open.index + open[0].length;
      const close = window.indexOf(open[3], from);
      const value = window.slice(from, close < 0 ? window.length : close);
      return eachSecret(/^(?:base64)?(?<secret>[a-z0-9]{32}|[A-Za-z0-9+/]{43}=)[ \t]{0,8}$/dgm, value, start + from);
    },
    confidence: 'provider', severity: 'error',
    envVar: 'MAGENTO_CRYPT_KEY', rotateUrl: 'https://experienceleague.adobe.com/docs/commerce-admin/systems/security/encryption-key.html',
    description: 'A Magento (Adobe Commerce) encryption key in app/etc/env.php: it decrypts the payment, integration and API credentials the store keeps in its database.',
  },
  {
    id: 'drf-auth-token-fixture', provider: 'Django REST framework', title: 'Django REST framework auth token in a fixture',
    source: 'Django REST framework docs: TokenAuthentication (the authtoken.Token model, its key the primary key: 40 hex characters); Django docs: fixtures (model, pk, fields)',
    keywords: ['authtoken.token'],
    // `dumpdata` writes each token as a row whose primary key is the token itself, JSON or YAML.
    pattern: /["']?model["']?[ \t]{0,4}:[ \t]{0,4}["']?authtoken\.token["']?[ \t]{0,4},?\s{0,40}(?:-[ \t]{1,4})?["']?pk["']?[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[0-9a-f]{40})(?![0-9a-zA-Z])/,
    window: { before: 0, after: 200, wholeLines: true },
    confidence: 'provider', severity: 'error',
    envVar: 'DRF_AUTH_TOKEN', rotateUrl: 'https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication',
    description: 'A Django REST framework auth token in a fixture or a dumpdata export (model authtoken.token, its pk): whoever sends it is signed in as the token\'s user. Fixtures made for tests should create tokens, not ship them.',
  },
  {
    id: 'rails-master-key', provider: 'Rails', title: 'Rails master key',
    keywords: [],
    paths: /(?:^|\/)config\/(?:master\.key|credentials\/[\w.-]{1,60}\.key)$/,
    pattern: /^(?<secret>[0-9a-f]{32})\s{0,4}$/,
    confidence: 'provider', severity: 'error',
    envVar: 'RAILS_MASTER_KEY', rotateUrl: 'https://guides.rubyonrails.org/security.html#custom-credentials',
    description: 'config/master.key (or a per-environment credentials key): decrypts config/credentials.yml.enc.',
  },
  {
    id: 'symfony-secrets-decrypt-key', provider: 'Symfony', title: 'Symfony secrets vault decryption key',
    source: 'Symfony docs, "How to Keep Sensitive Information Secret" (config/secrets/<env>/<env>.decrypt.private.php: the vault\'s private key, never to be committed; a sodium key written as a PHP string of \\x escapes)',
    keywords: [],
    paths: /(?:^|\/)config\/secrets\/[\w.-]{1,40}\/[\w.-]{1,40}\.decrypt\.private\.php$/,
    pattern: /\breturn[ \t]{1,4}"(?<secret>(?:\\x[0-9A-Fa-f]{2}){32,128})"/,
    confidence: 'provider', severity: 'error',
    envVar: 'SYMFONY_DECRYPTION_SECRET', rotateUrl: 'https://symfony.com/doc/current/configuration/secrets.html#rotating-secrets',
    description: 'A Symfony secrets vault\'s private key (<env>.decrypt.private.php): it decrypts every secret committed in the vault. Keep it out of the repository (SYMFONY_DECRYPTION_SECRET on the server), and regenerate the keys (secrets:generate-keys --rotate).',
  },
  {
    id: 'jenkins-master-key', provider: 'Jenkins', title: 'Jenkins controller master key',
    keywords: [],
    paths: /(?:^|\/)secrets\/master\.key$/,
    pattern: /^(?<secret>[0-9a-f]{64,1024})\s{0,4}$/,
    confidence: 'provider', severity: 'error',
    envVar: 'JENKINS_MASTER_KEY', rotateUrl: 'https://www.jenkins.io/doc/book/security/controller-isolation/',
    description: 'A Jenkins controller secrets/master.key: with secrets/hudson.util.Secret it decrypts every stored credential.',
  },
  {
    id: 'ansible-vault-password-file', provider: 'Ansible', title: 'Ansible Vault password file',
    keywords: [],
    // The file `--vault-password-file` / `vault_password_file` points at: the password alone on
    // its first line (Ansible docs, "Storing passwords in files"). A script instead starts `#!`.
    paths: /(?:^|\/)\.?vault[_-]?pass(?:word)?(?:[_-]file)?(?:\.txt)?$/i,
    pattern: /^(?<secret>[^\s#][^\s]{7,199})[ \t]{0,4}(?:\r?\n[ \t\r\n]{0,8})?$/,
    confidence: 'provider', severity: 'error',
    envVar: 'ANSIBLE_VAULT_PASSWORD', rotateUrl: 'https://docs.ansible.com/ansible/latest/vault_guide/vault_managing_passwords.html',
    description: 'An Ansible Vault password file (.vault_pass): decrypts every vault-encrypted variable and file of the project. Pass it from a secret store or a prompt instead.',
  },
  {
    id: 'secret-value-file', provider: 'Generic', title: 'Secret kept alone in a file',
    source: "Docker docs: Compose secrets (`secrets: db_password: file: ./secrets/db_password.txt`, the value alone in the file); Vault Agent's AppRole auto-auth (`secret_id_file_path`, the secret id alone)",
    keywords: [],
    // A file of a secrets folder, or one named for the secret it holds (`db_password.txt`, Vault Agent's `secret-id`).
    // (Or a pre-shared key's file: Zabbix's `TLSPSKFile=/etc/zabbix/zabbix_agentd.psk`, the key alone in hex.)
    paths: /(?:^|\/)(?:docker[-_]?)?secrets\/[\w.-]{1,80}\.(?:txt|secret)$|(?:^|\/)[\w.-]{0,60}(?:password|passwd|token|api[_-]?key|secret[_-]?id)(?:\.txt)?$|\.psk$/i,
    // The value alone on the file's one line (a refresh token may run to a few hundred characters).
    pattern: /^(?<secret>[^\s#][^\s]{7,4095})[ \t]{0,4}(?:\r?\n[ \t\r\n]{0,8})?$/,
    validate: value => !isDummyPassword(value) && !/^(?:https?:|\/|\.{1,2}\/|\$)/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value)
      && (looksRandomEnough(value, 3, 2048) || /[^A-Za-z0-9]/.test(value)),
    confidence: 'generic', severity: 'warning',
    envVar: 'SECRET',
    description: 'A secret alone in a file made to hold it: a Docker Compose secrets file (secrets/db_password.txt), Vault Agent\'s secret-id file, a token file. Keep such files out of the repository (git ignores them, the deployment writes them).',
  },
  {
    id: 'vault-token-file', provider: 'HashiCorp', title: 'HashiCorp Vault token file',
    keywords: [],
    // The Vault CLI's token helper stores the login token in ~/.vault-token, the token alone:
    // the file names it even in the legacy form (`s.` + 24, before Vault 1.10), which has no
    // prefix worth trusting elsewhere, and in any hvs./hvb. length (the long forms are their own rules' anywhere).
    paths: /(?:^|\/)\.vault-token$/,
    pattern: /^(?<secret>(?:[sb]|hv[sbr])\.[A-Za-z0-9_-]{24,400})[ \t]{0,4}(?:\r?\n)?$/,
    confidence: 'provider', severity: 'error',
    envVar: 'VAULT_TOKEN', rotateUrl: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
    description: 'A ~/.vault-token file (the Vault CLI token helper\'s store) with a token (s.…, hvs.…): valid until its TTL ends or it is revoked.',
  },
  {
    id: 's3fs-password-file', provider: 'AWS', title: 'AWS secret in a .passwd-s3fs file',
    keywords: [],
    // ACCESS_KEY_ID:SECRET_ACCESS_KEY, or bucket:ACCESS_KEY_ID:SECRET_ACCESS_KEY, one per line.
    paths: /(?:^|\/)\.?passwd-s3fs$/,
    pattern: /^(?:[\w.-]{1,80}:)?[A-Z0-9]{16,128}:(?<secret>[A-Za-z0-9+/=]{20,200})\r?$/m,
    confidence: 'provider', severity: 'error',
    envVar: 'AWS_SECRET_ACCESS_KEY', rotateUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
    description: 'The secret half of an access key in an s3fs password file (key-id:secret).',
  },
  {
    id: 'laravel-app-key', provider: 'Laravel', title: 'Laravel application key',
    // (Or a retired key kept to decrypt old payloads: `config/app.php`'s `'previous_keys' => ['base64:…']`, APP_PREVIOUS_KEYS.)
    // (And config/app.php's own `'key' => 'base64:…'` when the key is written there.)
    keywords: ['p_key', 'previous_keys', "'key' =>"],
    window: { before: 0, after: 600, wholeLines: true },
    // (Or a default of the variable's read on the same line: Rust's `env::var("APP_KEY").unwrap_or_else(|_| "base64:…")`, Ansible's `lookup('env', 'APP_KEY') | default('base64:…')`.)
    pattern: /(?:(?<![A-Za-z0-9_])APP_KEY(?:[ \t]{0,4}=[ \t]{0,4}["']?|["']?[^\n]{0,160}?["'])|previous_keys['"]?[ \t]{0,4}(?:=>|=)[ \t]{0,4}\[?[^\]]{0,400}?["',]\s{0,40}|'key'[ \t]{0,4}=>[ \t]{0,4}')(?<secret>base64:[A-Za-z0-9+/]{43}=)/i,
    // A key of one repeated byte (`base64:AAAA…`) is a test suite's stand-in.
    validate: value => new Set(value.slice(7, 49)).size > 4,
    confidence: 'provider', severity: 'error',
    envVar: 'APP_KEY', rotateUrl: 'https://laravel.com/docs/encryption#gracefully-rotating-encryption-keys',
    description: 'Laravel APP_KEY=base64:…: encrypts sessions and cookies; with it, signed payloads can be forged.',
  },
  {
    id: 'vnc-password', provider: 'VNC', title: 'VNC password (DES-obfuscated with the fixed key)',
    source: 'RFB protocol (RFC 6143, VNC authentication) and the VNC servers\' stores: TightVNC, RealVNC 4 and WinVNC3 keep 8 DES-encrypted bytes under Password values in the registry, UltraVNC as passwd= hex in ultravnc.ini; the key is the same in every copy, so anyone can decrypt them',
    keywords: ['password"=hex:', 'password"="', 'passwd='],
    // (The registry key's path above names the server; an ini's own name does.)
    find: (window, start, ctx) => [
      ...eachSecret(VNC_REG_PASSWORD, window, start, (_v, m) => (/vnc/i.test(ctx.text.slice(Math.max(0, start + m.index - 1500), start + m.index)) ? {} : undefined)),
      ...(/(?:^|\/)(?:[\w.-]{0,30}ultravnc\.ini|[\w.-]{1,60}\.vnc)$/i.test(ctx.path ?? '') ? eachSecret(VNC_INI_PASSWORD, window, start) : []),
    ],
    window: { before: 0, after: 200, wholeLines: true },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'VNC_PASSWORD', rotateUrl: 'https://www.rfc-editor.org/rfc/rfc6143#section-7.2.2',
    description: 'A VNC server\'s password as its store keeps it: DES with a key built into every VNC program, so it reads back as plain text. Whoever has it controls the desktop; change it, and prefer a VPN or SSH tunnel to VNC passwords.',
  },
  {
    id: 'putty-private-key', provider: 'Private key', title: 'PuTTY private key',
    keywords: ['putty-user-key-file'],
    find: puttyPrivateLines,
    window: { before: 0, after: 12000, wholeLines: true },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'SSH_PRIVATE_KEY',
    description: 'The private part of a PuTTY .ppk key file. Passphrase-encrypted keys are warnings.',
  },
  {
    id: 'filezilla-password', provider: 'FileZilla', title: 'FileZilla saved password',
    keywords: ['<pass', 'proxy password"'],
    // Saved sites' <Pass>, and filezilla.xml's proxy settings (`<Setting name="FTP Proxy password">`).
    find: (window, start, ctx) => eachSecret(/(?:<Pass(?<b64> encoding="base64")?>|<Setting name="(?:FTP )?Proxy password">)(?<secret>[^<\r\n]{3,500})<\/(?:Pass|Setting)>/dg, window, start, (v, m) => {
      const plain = m.groups!.b64 ? decodeBase64(v) : FILEZILLA_FILE.test(ctx.path ?? '') ? v : undefined;
      return plain && /^[\x20-\x7e]+$/.test(plain) && !isDummyPassword(plain) ? { detail: m.groups!.b64 ? 'base64, readable by anyone' : undefined } : undefined;
    }),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'FTP_PASSWORD',
    description: 'A password FileZilla saved in sitemanager.xml or recentservers.xml (plain or base64: readable by anyone), or a proxy password in filezilla.xml.',
  },
  {
    id: 'securecrt-password', provider: 'SecureCRT', title: 'SecureCRT saved password (decryptable)',
    source: 'observed: VanDyke SecureCRT session .ini files, S:"Password V2"=02:<hex> (AES with a key from the configuration passphrase, empty unless the user set one) and the older S:"Password"=u<hex>',
    keywords: ['password v2"=02:', '"password"=u'],
    // The session's login password, and the firewall's or proxy's.
    pattern: /^S:"(?:[A-Za-z]{1,20} )?Password(?: V2)?"=(?<secret>02:[0-9a-f]{32,1000}|u[0-9a-f]{32,1000})[ \t]{0,8}\r?$/m,
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'SSH_PASSWORD',
    description: 'A password SecureCRT saved in a session file: encrypted with a key anyone can derive while the configuration has no passphrase of its own.',
  },
  {
    id: 'couchdb-admin-password', provider: 'CouchDB', title: 'CouchDB admin password',
    source: 'CouchDB docs: configuring server administrators (the [admins] section of local.ini or a local.d/*.ini: `name = password`, hashed as -pbkdf2-… on the next start)',
    keywords: [],
    paths: /(?:^|\/)(?:local\.ini|local\.d\/[\w.-]{1,60}\.ini)$/,
    // The section's entries up to the next section: a plain value is the password; a hashed one (`-pbkdf2-…`, `-hashed-…`) is not.
    find: (window, start) => {
      const section = /^\[admins\][ \t]*\r?$/m.exec(window);
      if (!section) return [];
      const from = section.index + section[0].length;
      const next = window.slice(from).search(/^[ \t]*\[/m);
      const body = window.slice(from, next < 0 ? window.length : from + next);
      return passwordsIn(/^[ \t]{0,8}[^\s=;#[][^\s=]{0,60}[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s;#-][^\s;#]{0,199})[ \t]*\r?$/dgm, body, start + from);
    },
    confidence: 'provider', severity: 'error',
    envVar: 'COUCHDB_PASSWORD',
    description: "A server administrator's password in CouchDB's configuration ([admins] in local.ini or local.d): CouchDB hashes it on its next start, but the file in the repository keeps it as written.",
  },
  {
    id: 'deluge-auth-password', provider: 'Deluge', title: 'Deluge daemon password',
    source: 'Deluge docs: the daemon\'s auth file (~/.config/deluge/auth), one user:password:level per line; localclient\'s is generated',
    keywords: [],
    paths: /(?:^|\/)deluge\/auth$/,
    find: (window, start) => passwordsIn(/^[^\s:#]{1,64}:(?<secret>[^:\r\n]{1,200}):\d{1,2}[ \t]{0,8}\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'DELUGE_PASSWORD',
    description: 'A password of the Deluge BitTorrent daemon: whoever has it controls the daemon, its downloads and, through its plugins, the files of the user it runs as.',
  },
  {
    id: 'winscp-password', provider: 'WinSCP', title: 'WinSCP saved password (reversibly obfuscated)',
    keywords: ['password='],
    find: (window, start, ctx) => /(?:^|\/)winscp[\w.-]*\.ini$/i.test(ctx.path ?? '')
      ? eachSecret(/^Password=(?<secret>[0-9A-F]{16,1000})\r?$/dgm, window, start) : [],
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'SFTP_PASSWORD',
    description: 'A session password in WinSCP.ini: obfuscated with a public, reversible scheme.',
  },
  {
    id: 'jetbrains-saved-password', provider: 'JetBrains', title: 'JetBrains IDE saved password (reversibly obfuscated)',
    source: 'observed: older JetBrains IDEs store deployment (FTP/SFTP) passwords in .idea/WebServers.xml as hex UTF-16 XOR 0xDFAA, decoded here to check',
    keywords: ['password="df'],
    find: (window, start, ctx) => /(?:^|\/)\.idea\/[\w.-]{1,60}\.xml$/i.test(ctx.path ?? '')
      ? eachSecret(/\bpassword="(?<secret>(?:df[0-9a-f]{2}){2,200})"/dg, window, start, value => (isJetBrainsObfuscated(value) ? {} : undefined)) : [],
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'DEPLOY_PASSWORD', rotateUrl: 'https://www.jetbrains.com/help/idea/deployment-connection-tab.html',
    description: 'A deployment server password in a JetBrains project\'s .idea/WebServers.xml: obfuscated with a fixed XOR anyone can reverse.',
  },
  {
    id: 'heidisql-saved-password', provider: 'HeidiSQL', title: 'HeidiSQL saved password (reversibly encoded)',
    source: 'observed: HeidiSQL\'s exported settings file (Servers\\<session>\\Password<|||>1<|||><hex>), a shifted-hex encoding with its shift as the last digit',
    keywords: ['password<|||>'],
    // The SSH tunnel's password is saved as typed; the server's is decoded to check it is one.
    find: (window, start) => eachSecret(/\\(?<field>SSHtunnelPassword|Password)<\|\|\|>1<\|\|\|>(?<secret>[^\s<]{1,600})[ \t]*\r?$/dgm, window, start,
      (value, m) => { const plain = m.groups!.field === 'Password' ? heidiSqlPassword(value) : value; return plain && !isDummyPassword(plain) ? {} : undefined; }),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'DATABASE_PASSWORD', rotateUrl: 'https://www.heidisql.com/help.php',
    description: 'A session password in a HeidiSQL settings export: encoded with a public, reversible scheme.',
  },
  {
    id: 'firefox-saved-login', provider: 'Firefox', title: 'Firefox saved logins (encrypted with the profile key)',
    keywords: ['edpassword'],
    // logins.json and the backups Firefox keeps beside it; elsewhere the field is another app's.
    fileNames: /^logins(?:[-.][\w.-]{0,40})?\.json$/,
    pattern: /"encryptedPassword"\s{0,3}:\s{0,3}"(?<secret>[A-Za-z0-9+/=]{20,4000})"/,
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'warning',
    envVar: 'BROWSER_SAVED_PASSWORD', rotateUrl: 'https://support.mozilla.org/kb/use-primary-password-protect-stored-logins',
    description: 'A Firefox logins.json entry: encrypted, but with a key stored in the same profile (key4.db); without a primary password it decrypts offline.',
  },
  {
    id: 'csv-credential-column', provider: 'Generic', title: 'Credential in a CSV export',
    source: 'RFC 4180 (CSV); column names of credential exports (password managers, cloud consoles\' key downloads)',
    keywords: [],
    paths: /\.(?:csv|tsv)$/i,
    find: csvCredentialColumns,
    skipPlaceholderCheck: true, // acceptValue runs the shared filters itself
    confidence: 'generic', severity: 'warning',
    envVar: 'SECRET',
    description: 'A value in a CSV or TSV column whose header names a credential (Password, Secret access key, client_secret, API key): a password manager\'s or a console\'s export committed by mistake.',
  },
  {
    id: 'table-credential-column', provider: 'Generic', title: 'Credential in a table',
    source: 'GitHub Flavored Markdown and org-mode tables; HTML tables (wiki and Confluence exports); Confluence wiki markup, MediaWiki and AsciiDoc tables: a header cell names the column',
    keywords: [],
    // (Org-mode's tables too, `|---+---|` between header and rows; Confluence's storage-format exports are XML.)
    // (Wiki markup's tables too: Confluence's `||…||`, MediaWiki's `{|`, AsciiDoc's `|===`, in their pages and in text exports.)
    paths: /\.(?:md|markdown|mdx|html?|wiki|mediawiki|org|xml|adoc|asciidoc|txt|confluence)$/i,
    find: (text, start, ctx) => (/\.(?:html?|xml)$/i.test(ctx.path ?? '') ? htmlTableSecrets(text, ctx)
      : [...markdownTableSecrets(text, ctx, /\.txt$/i.test(ctx.path ?? '')), ...wikiTableSecrets(text, ctx), ...(/\.txt$/i.test(ctx.path ?? '') ? fixedWidthTableSecrets(text, ctx) : [])])
      .map(m => ({ ...m, start: start + m.start, end: start + m.end })),
    skipPlaceholderCheck: true, // acceptValue runs the shared filters itself
    confidence: 'generic', severity: 'warning',
    envVar: 'SECRET',
    description: 'A value in a Markdown, org-mode, HTML, Confluence, MediaWiki or AsciiDoc table column whose header names a credential (Password, Token, API key): a wiki page of shared logins.',
  },
  {
    id: 'jenkins-credential', provider: 'Jenkins', title: 'Jenkins stored credential (encrypted with the controller key)',
    keywords: ['<password>', '<secret>', '<passphrase>', '<privatekey>', '<apitoken>', '<smtpauthpassword>', '<defaultvalue>{'],
    // Jenkins writes secrets as {base64} encrypted with secrets/master.key; plain ones the generic rule reads.
    // (Its global settings too, `hudson.tasks.Mailer.xml`, and any XML holding a value in its format: `{AQAAAB…}`.)
    find: (window, start, ctx) => {
      if (!/\.xml$/i.test(ctx.path ?? '')) return [];
      const jenkinsFile = JENKINS_XML.test(ctx.path ?? '');
      // (A job's password parameter keeps its default as `<defaultValue>{…}</defaultValue>`.)
      return eachSecret(/<(?<tag>password|secret|passphrase|privateKey|apiToken|smtpAuthPassword|defaultValue)>(?<secret>\{[A-Za-z0-9+/=]{24,8000}\})<\/\k<tag>>/dg, window, start,
        v => (jenkinsFile || v.startsWith('{AQAAAB') ? {} : undefined));
    },
    window: { before: 0, after: 9000, wholeLines: true },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'warning',
    envVar: 'JENKINS_CREDENTIAL', rotateUrl: 'https://www.jenkins.io/doc/book/using/using-credentials/',
    description: 'An encrypted secret in Jenkins credentials.xml or a job config.xml: decryptable by anyone who also has the controller\'s secrets/ folder.',
  },
);
