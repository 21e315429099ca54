import { decodeBase64, decodeJsonSegment, shannonEntropy } from '../text';
import { eachSecret, isDummyPassword, passwordsIn } from './define';
import { acceptValue } from './generic';
import { isProviderWord, namesHash, normaliseName } from './names';
import { isPublicByDesign } from './publicKeys';
import { isPlaceholder, isUuid } from '../filters';
import type { RawMatch, Rule, RuleContext } from '../types';

/**
 * `Authorization: Basic …` / `"Authorization": "Bearer …"` / `-H 'authorization: bearer …'` / Rust's
 * `(AUTHORIZATION, HeaderValue::from_static("Bearer …"))`, and
 * with only a space before the value (nginx `proxy_set_header Authorization "Bearer …"`, Fluent Bit's
 * `Header Authorization Bearer …`).
 */
// (A header's values may be a list: Consul's check `"header": {"Authorization": ["Bearer …"]}`, Go's http.Header,
// and a recorded cassette's YAML (vcrpy's and Ruby VCR's `Authorization:⏎      - Basic …`).)
const HEADER = (scheme: string, value: string) =>
  new RegExp(`authorization["'\\]]{0,2}(?:\\s{0,3}[:=,](?:[ \\t]{0,4}\\r?\\n[ \\t]{0,40}-[ \\t]{1,3}|\\s{0,3})(?:\\[\\s{0,3})?(?:(?:\\w{1,20}::){0,2}from_(?:static|str)\\(\\s{0,2})?[fr]?["'\`]?|[ \\t]{1,3}["']?)\\s{0,3}${scheme}\\s{1,3}(?<secret>${value})(?![A-Za-z0-9._~+/=\\\${-])`, 'i');

/**
 * Swift and Objective-C set the header's value before its name: `setValue("Bearer …", forHTTPHeaderField: "Authorization")`,
 * `[req setValue:@"Bearer …" forHTTPHeaderField:@"Authorization"]`.
 */
const SWIFT_HEADER = (scheme: string, value: string) =>
  new RegExp(`(?:set|add)Value(?:\\(|:)\\s{0,3}@?"${scheme}\\s{1,3}(?<secret>${value})"\\s{0,3},?\\s{0,3}forHTTPHeaderField:\\s{0,3}@?"authorization"`, 'dgi');

/** Every match of the regexes, as raw matches of their `secret` group. */
function secretsOf(regexes: readonly RegExp[], window: string, start: number): RawMatch[] {
  return regexes.flatMap(re => eachSecret(re, window, start));
}

const BASIC_VALUE = '[A-Za-z0-9+/]{6,400}={0,2}';
const BASIC_HEADER = new RegExp(HEADER('Basic', BASIC_VALUE).source, 'dgi');
/** A string literal that is a whole Basic credential, e.g. passed to `setCredentials(…)`. */
const BASIC_LITERAL = new RegExp(`(?<=["'\`])Basic (?<secret>${BASIC_VALUE})(?=["'\`])`, 'dg');
/** .NET's `new AuthenticationHeaderValue("Bearer", "…")`: the scheme and the credential apart. */
const DOTNET_HEADER = (scheme: string, value: string) =>
  new RegExp(`AuthenticationHeaderValue\\(\\s{0,3}"${scheme}"\\s{0,3},\\s{0,3}@?"(?<secret>${value})"\\s{0,3}\\)`, 'dgi');
/** A log's words for the header: `auth header: Basic …`, `basic_auth=Basic …`, `Authorization header tried: Basic …`. */
const BASIC_LOGGED = new RegExp(`(?<=\\bauth[\\w -]{0,30}[:=][ \\t]{0,3})Basic[ \\t]{1,3}(?<secret>${BASIC_VALUE})(?![A-Za-z0-9+/=])`, 'dgi');
/** A Basic credential kept encoded under a name that says so: `const BASIC = "…"`, `basicAuth: '…'`. */
const BASIC_NAMED = new RegExp(`\\b[A-Za-z_]{0,30}(?:basic|BASIC|Basic)[A-Za-z_]{0,30}["']?[ \\t]{0,3}[:=][ \\t]{0,3}["'\`](?<secret>${BASIC_VALUE})["'\`]`, 'dg');
/**
 * The scheme's literal joined to the credential's: `"Basic " & "…"` (VBA), `"Basic " + "…"`, `"Basic " .. "…"`,
 * Clojure's `(str "Basic " "…")`, adjacent literals.
 */
const BASIC_JOINED = new RegExp(`["']Basic ["'][ \\t]{0,3}(?:&|\\+|\\.\\.?|<>|\\+\\+)?[ \\t]{0,3}["'](?<secret>${BASIC_VALUE})["']`, 'dg');
const BASIC_REGEXES = [BASIC_HEADER, BASIC_LITERAL, BASIC_LOGGED, BASIC_NAMED, BASIC_JOINED, SWIFT_HEADER('Basic', BASIC_VALUE), DOTNET_HEADER('Basic', BASIC_VALUE)];
/** A bearer credential; one `:` may join two parts (Asana's `1/<user id>:<secret>`). */
const BEARER_VALUE = '(?=[A-Za-z0-9._~+/:-]{20})[A-Za-z0-9._~+/-]{1,1000}(?::[A-Za-z0-9._~+/-]{8,1000})?={0,2}';
/**
 * `Bearer`, `Token`, and any provider's own scheme that takes the credential as it is: `Bot`
 * (Discord, Kagi), `GenieKey` (Opsgenie), `Splunk`, `DeepL-Auth-Key`, `Klaviyo-API-Key`,
 * `Zoho-oauthtoken`. Not the schemes whose credential is something else: Basic (its own rule),
 * Digest and signatures (parameters, a per-request hash), Negotiate and NTLM (short-lived
 * tickets), AWS's v2 signature (`AWS <key id>:<signature>`).
 */
const TOKEN_SCHEME = '(?!(?:Basic|Digest|Negotiate|NTLM|Kerberos|AWS|AWS4-HMAC-SHA256|HOBA|Mutual|SCRAM-SHA-(?:1|256)|Signature|SharedKey|SharedKeyLite|HMAC|MAC)(?![A-Za-z0-9_-]))[A-Za-z][A-Za-z0-9_-]{1,30}';
const BEARER_REGEXES = [
  new RegExp(HEADER(TOKEN_SCHEME, BEARER_VALUE).source, 'dgi'), SWIFT_HEADER(TOKEN_SCHEME, BEARER_VALUE),
  DOTNET_HEADER(TOKEN_SCHEME, BEARER_VALUE),
  // Spring's `HttpHeaders.setBearerAuth("…")`, Ktor's and WebTestClient's `bearerAuth("…")`.
  // (And reqwest's `.bearer_auth("…")`.)
  new RegExp(`\\b(?:setBearerAuth|bearerAuth|bearer_auth)\\(\\s{0,3}"(?<secret>${BEARER_VALUE})"\\s{0,3}\\)`, 'dg'),
  // A header's value under a name that says so, its header's name elsewhere: Grafana's
  // `httpHeaderName1: Authorization` and `httpHeaderValue1: "Bearer …"` in secureJsonData.
  new RegExp(`(?<=[Hh]eader[\\w-]{0,30}["']?[ \\t]{0,3}[:=][ \\t]{0,3}["'\`])Bearer (?<secret>${BEARER_VALUE})(?=["'\`])`, 'dg'),
  // R's header built by pasting the scheme to the token: `Authorization = paste("Bearer", "…")`, `paste0("Bearer ", "…")`.
  new RegExp(`\\bAuthorization["'\`]?\\s{0,3}=\\s{0,3}paste0?\\(\\s{0,3}["']Bearer ?["']\\s{0,3},\\s{0,3}["'](?<secret>${BEARER_VALUE})["']`, 'dgi'),
  // Rails' token scheme with its parameter (`Authorization: Token token="…"`), as PagerDuty's REST API takes it.
  new RegExp(`\\bAuthorization["']?[ \\t]{0,3}[:=,][ \\t]{0,3}["']?Token[ \\t]{1,3}token=\\\\?"?(?<secret>${BEARER_VALUE})`, 'dgi'),
];

/**
 * A string literal that is a whole bearer credential, its header's name elsewhere (a Node-RED
 * node's `"valueValue": "Bearer …"`, a header table's cell), as `Basic …` literals are read.
 * Under a credential's own name (`token = "Bearer …"`) the name's reading reports it, with that name.
 */
const BEARER_LITERAL = new RegExp(`(?<=["'\`])Bearer (?<secret>${BEARER_VALUE})(?=["'\`])`, 'dg');
const CREDENTIAL_NAME_BEFORE = /(?:token|auth\w{0,20}|bearer|secret|key|password|credentials?)["'\]]?\s{0,3}[:=]\s{0,3}["'`]$/i;

/** A call argument that is a literal or a plain name: `"deploy"`, `user`, `cfg.user`. */
const ARG = String.raw`(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[\w.$\[\]{}]{1,100})`; // (Perl's `$config{user}` too)
/** A SASL mechanism's name, quoted: IMAP and SMTP clients take it before the user and the password. */
const SASL_MECHANISM = String.raw`["'](?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|SCRAM-SHA-(?:1|256|512)|NTLM|GSSAPI)["']`;
/** The password argument itself, a string literal (escapes kept: the value is what the source holds). */
const PW = String.raw`(?<q>["'])(?<secret>(?:[^"'\\\n]|\\.){1,200})\k<q>`;

/** A command line's password, quoted or not, not an option (`/persistent:yes`) or a prompt (`*`). */
const BARE_PW = String.raw`"?(?<secret>[^\s"/*][^\s"]{0,200})"?(?=[\s"]|$)`;

/** The same, or one that opens with `*` (a lone `*` asks for the password: no literal). */
const BARE_PW_OR_STAR = String.raw`"?(?<secret>(?:[^\s"/*]|\*(?=[^\s"]))[^\s"]{0,200})"?(?=[\s"]|$)`;

/** `net use`'s share: `\\server\share`, or a variable holding it (`%DEPLOY_SHARE%`, PowerShell's `$share`). */
const SHARE = String.raw`(?:\\\\\S{1,200}|%[A-Za-z_]\w{0,60}%|\$[A-Za-z_]\w{0,60})`;

/**
 * A sign-in written down as a pair in prose (a README, a handover note, an e-mail): a word for an
 * account, then `` `user` / `password` `` in code spans (`The staging admin login is `admin@acme.io` / `…``).
 */
// (Or a user named so: `Snowflake service user for dbt cloud: `SVC` / `…``, a UI's `basic auth `admin` / `…``;
// or a list item's label: `- Postgres superuser: `postgres` / `…``, `user `rosabake` / pw `…``;
// or an arrow and a word for the user, in any language: `Zugangsdaten -> Benutzer `deploy` / `…``.)
const LOGIN_PAIR = /(?:(?:\b(?:login|log-in|logon|account|credentials?|sign[- ]?in|user(?:name)?|basic[- ]auth|zugang(?:sdaten)?|anmeldung|identifiants?|acceso|acesso|toegang|inloggegevens)\b|\bacc[eè]s(?![\w\u00c0-\u024f])|(?<![\u0400-\u04ff])(?:логин|доступ|учётная запись|учетная запись)(?![\u0400-\u04ff]))[^`\n]{0,80}(?:\r?\n[ \t]{0,8}(?=`))?|(?:->|→|=>)[ \t]{1,3}[^\s`]{1,30}[ \t]{1,3}|^[ \t]{0,8}(?:[-*+][ \t]{1,4})?(?<label>[^`\n:]{1,80}):[ \t]{0,4}|(?<![\w`])(?=`(?:admin|administrator|root|sa|postgres|superuser|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63})`))`(?<user>[^`\s]{2,100})`[ \t]{0,2}\/[ \t]{0,2}(?:(?:pw|pwd|pass(?:word|wort)?)[ \t]{1,2})?`(?<secret>[^`\s]{6,100})`/dgim;

/**
 * The same pair without code spans, where a word for an account says so: `creds -> svc-staging / …`,
 * `login: deploy / …`, `service account: svc_ssrs / …`, or a built-in account's name (`reproduced with admin / …`, `- Printer panel: admin / …`,
 * a host's line of a notes file: `app02.contoso.local   admin / …`).
 * (A sentence's comma or full stop after the password is punctuation, not its last character.)
 */
const BARE_LOGIN_PAIR = /(?:(?:\b(?:creds|credentials|login|logon|sign[- ]?in|user(?:name)?|wi-?fi|zugang)\b[ \t]{0,3}(?:->|=>|→|:|=)?|\baccount[ \t]{0,2}:)[ \t]{0,3}[\w.@-]{2,40}|(?:(?:\bwith|\bas|\bis|:)[ \t]{1,3}(?:'{2,3}|\*{1,2})?|^[ \t]{0,8}(?=(?:admin|administrator|root)[ \t])|^[ \t]{0,8}(?:[-*+][ \t]{1,4})?[\w-]{1,60}(?:\.[\w-]{1,60}){1,6}(?::\d{1,5})?[ \t]{1,12})(?:admin|administrator|root|sa|postgres|sys|system|superuser)|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})[ \t]{1,2}\/[ \t]{1,2}(?<secret>(?:[^\s`'"\\]|\\(?![nNrt,;])){6,100})(?<![,;.)])(?=[\s,;.)]|'{2,3}|\*{1,2}|\\[nNrt,;]|$)/dgim;

/** The window's line, and the next one when it opens with a code span (the pair a sentence's last word introduces). */
function withNextLineOpeningASpan(text: string, start: number, line: string): string {
  const end = start + line.length;
  const indent = /^\r?\n[ \t]{0,8}`/.exec(text.slice(end, end + 12));
  if (!indent) return line;
  const opens = end + indent[0].indexOf('\n') + 1;
  const next = text.indexOf('\n', opens);
  return text.slice(start, next < 0 || next - opens > 300 ? Math.min(text.length, opens + 300) : next);
}

/** The separator of a bare pair: `/` between blanks. */
const BLANKS_AROUND_SLASH = /[ \t]\/[ \t]/;
/** The user named in a code span, then a colon and the password in another: `reporting user `rcfc-reports`: `…``. */
const USER_THEN_PASSWORD_SPAN = /\b(?:user(?:name)?|login|account)[ \t]{1,3}`(?<user>[^`\s]{2,100})`[ \t]{0,2}:[ \t]{0,2}`(?<secret>[^`\s]{6,100})`/dgi;

/** A password a person or a generator made: letters with digits or marks, not a word or a path. */
function looksLikePassword(value: string): boolean {
  return isLiteralPassword(value) && /[A-Za-z]/.test(value) && /[0-9!#$%&*+=?@^_~.-]/.test(value) && !/^(?:https?:|\/|\.{1,2}\/)/.test(value);
}

/** A selector or label naming a password field: `'#password'`, `By.ID, "passwd"`, `getByLabel('Password')`. */
const PASSWORD_FIELD = String.raw`["'][^"'\n]{0,60}(?:pass|pwd)[^"'\n]{0,60}["']`;

/**
 * Calls that take a user and a literal password: `req.SetBasicAuth("u", "…")`,
 * `requests.get(url, auth=("u", "…"))`, `smtp.login(user, "…")`, `new NetworkCredential("u", "…")`,
 * `Credentials.basic("u", "…")` (OkHttp), LDAP binds (`simple_bind_s(dn, "…")`, `ldap_bind($ds, $dn, "…")`),
 * `DriverManager.getConnection(url, "u", "…")`, `new PDO($dsn, "u", "…")`, `new DirectoryEntry(path, "u", "…")`.
 */
const PASSWORD_CALLS = [
  // AWS CDK's SecretValue.unsafePlainText("…"): the name says it, the literal ends up in the template.
  new RegExp(String.raw`\bSecretValue\.(?:unsafePlainText|plainText)\(\s{0,3}${PW}\s{0,3}\)`, 'dg'),
  // A constant-time comparison of a password with a literal: Rails' `secure_compare(password, "…")` in a basic-auth block.
  new RegExp(String.raw`\b(?:secure_compare|compare_digest|constant_time_compare|timingSafeEqual|ConstantTimeCompare|FixedTimeEquals)\(\s{0,3}[\w.]{0,40}(?:password|passwd|pass|pwd)\w{0,20}\s{0,3},\s{0,3}${PW}\s{0,3}\)`, 'dgi'),
  // (And a client's `SetCredentials("user", "…")`, `withCredentials(…)`; Jenkins' `realm.createAccount("admin", "…")`.)
  // (Not a SASL mechanism's name first: Net::IMAP's `authenticate('LOGIN', user, password)`, read below.)
  new RegExp(String.raw`\b(?:SetBasicAuth|setBasicAuth|[Ss]etCredentials|withCredentials|createAccount|UserPassword|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|UsernamePasswordCredentials|PasswordAuthentication|NetworkCredential|TableauAuth|authenticate!?|login|basic|simple_bind_s|simple_bind|wpdb)\s{0,3}\(\s{0,12}(?!${SASL_MECHANISM})${ARG}\s{0,3},\s{0,12}${PW}(?:\.toCharArray\(\))?\s{0,3}(?:[,)]|\+\s{0,3}["'])`, 'dg'),
  // Ruby's Net::IMAP and Net::SMTP take the mechanism, then the user and the password: `authenticate('PLAIN', user, '…')`.
  new RegExp(String.raw`\bauthenticate\s{0,3}\(\s{0,12}${SASL_MECHANISM}\s{0,3},\s{0,12}${ARG}\s{0,3},\s{0,12}${PW}\s{0,3}[,)]`, 'dg'),
  // (An argument a line each: `HTTPBasicAuth(⏎    "user",⏎    "…",⏎)`.)
  // Freshdesk's API key is the user, with `X` for the password: `auth=("<key>", "X")` (BambooHR's, `x`).
  new RegExp(String.raw`\bauth[ \t]{0,2}=[ \t]{0,2}\([ \t]{0,2}(?<q>["'])(?<secret>[A-Za-z0-9]{16,64})\k<q>[ \t]{0,2},[ \t]{0,2}["'][xX]["'][ \t]{0,2}\)`, 'dg'),
  // Zendesk's API token goes with the agent's address and `/token` as the user: `auth=("me@acme.com/token", "…")`.
  new RegExp(String.raw`["'][\w.+-]{1,64}@[\w.-]{1,100}\/token["']\s{0,3},\s{0,12}${PW}`, 'dg'),
  // (Salesforce's login takes the password and the security token as one: `login(u, '…' + '…')`.)
  // libcurl's `user:password` option (C, PHP's curl_setopt).
  new RegExp(String.raw`\bCURLOPT_(?:PROXY)?USERPWD\s{0,3},\s{0,3}(?<q>["'])[^"':\n\\]{1,64}:(?<secret>[^"'\n\\]{1,200})\k<q>`, 'dg'),
  // Basic credentials encoded where they are sent: `btoa("user:…")`, `base64.b64encode(b"user:…")` (not a time of day: `Buffer.from('2024-01-08T10:22:41Z')`).
  // (Apex encodes a Blob: `EncodingUtil.base64Encode(Blob.valueOf('user:…'))`; .NET and PowerShell
  // its bytes: `[Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("user:…"))`.)
  new RegExp(String.raw`\b(?:btoa|b64encode|base64_encode|Buffer\.from|encode64|strict_encode64|encodeToString|base64Encode\(\s{0,3}Blob\.valueOf|ToBase64String\(\s{0,3}(?:\[?(?:System\.)?Text\.Encoding\]?::|(?:System\.)?(?:Text\.)?Encoding\.)(?:ASCII|UTF8|Default|Unicode|Latin1)\.GetBytes)\(\s{0,3}b?(?<q>["'\`])(?!\d{4}-\d{2}-\d{2}[T ]\d)[^"'\`:\s\\]{1,64}:(?<secret>[^"'\`\s\\]{1,200})\k<q>`, 'dg'),
  // (Tcl's command takes its argument after a space: `[base64::encode "user:…"]`.)
  new RegExp(String.raw`\bbase64::encode[ \t]{1,4}(?:-\w{1,12}[ \t]{1,4}\S{1,10}[ \t]{1,4}){0,2}(?<q>["'])(?!\d{4}-\d{2}-\d{2}[T ]\d)[^"':\s\\]{1,64}:(?<secret>[^"'\s\\]{1,200})\k<q>`, 'dg'),
  // The InfluxDB CLI's token after `-t` (`influx backup … -t <token>`), on the command's line or a continued one.
  new RegExp(String.raw`\binflux[ \t]{1,4}[a-z]{2,20}\b(?:[^\n|;&\\]|\\\r?\n){0,400}?[ \t](?:-t|--token)(?:[ \t]{1,4}|=)(?<q>["']?)(?<secret>[A-Za-z0-9_-]{40,120}={0,2})\k<q>(?=[\s;]|$)`, 'dg'),
  // PocketBase's CLI makes or resets its superuser (admin before v0.23) with the password after the address: `pocketbase superuser upsert ops@acme.io '…'`.
  new RegExp(String.raw`\b(?:superuser|admin)[ \t]{1,4}(?:upsert|create|update)[ \t]{1,4}["']?[^\s"'@]{1,64}@[^\s"']{1,100}["']?[ \t]{1,4}(?<q>["']?)(?<secret>[^\s"'$]{6,200})\k<q>(?=[\s;]|$)`, 'dg'),
  // FreeRDP's password and its gateway's, on the command line: `xfreerdp /v:host /u:user /p:'…' /gp:'…'` (continued lines too).
  new RegExp(String.raw`\b(?:x|wl|sdl)?freerdp3?\b(?:[^\n|;&\\]|\\\r?\n|\\){0,400}?[ \t]\/g?p:(?<q>["']?)(?<secret>[^\s"'$]{4,200})\k<q>(?=[\s\\]|$)`, 'dg'),
  // lftp's `-u user,password` (a comma between, the password quoted or not).
  new RegExp(String.raw`\blftp\b[^\n|;&]{0,200}?[ \t]-u[ \t]{1,4}["']?[^\s,'"$]{1,100},(?<q>["']?)(?<secret>[^\s'"$]{1,200})\k<q>(?=[\s;]|$)`, 'dg'),
  // OpenSSL's raw key in hex on the command line: `openssl enc -aes-256-cbc -K <hex> -iv <hex>` (no passphrase, the key itself).
  new RegExp(String.raw`\bopenssl[ \t]{1,4}(?:enc[ \t]|aes-|des|camellia|chacha|bf-)[^\n|;&]{0,300}?[ \t]-K[ \t]{1,4}(?<secret>[0-9A-Fa-f]{32,64})(?![0-9A-Za-z])`, 'dg'),
  // Swift encodes the literal's bytes after it: `Data("user:…".utf8).base64EncodedString()`, `"user:…".data(using: .utf8)!.base64EncodedString()`.
  new RegExp(String.raw`"[^"\s:\\]{1,64}:(?<secret>[^"\s\\]{1,200})"(?:\.utf8\)|\.data\(using:\s{0,3}\.utf8\)!?)\.base64EncodedString\(`, 'dg'),
  // requests' `auth=(…)`, jira-python's and elasticsearch-py's `basic_auth=(…)`, `http_auth=(…)`.
  // (A constant of one too: `PARTNER_AUTH = ("svc", "…")`.)
  new RegExp(String.raw`(?:\b|_)[Aa][Uu][Tt][Hh]\s{0,3}=\s{0,3}\(\s{0,3}${ARG}\s{0,3},\s{0,3}${PW}\s{0,3}\)`, 'dg'),
  // SDK constructors that take (id or user, secret): pika's PlainCredentials, tweepy's OAuth handlers
  // (consumer key, consumer secret, …), PayPal's Live/SandboxEnvironment, Box's BoxConfigBuilder,
  // python-cloudflare's CloudFlare(email, key).
  new RegExp(String.raw`\b(?:PlainCredentials|OAuth1UserHandler|OAuthHandler|LiveEnvironment|SandboxEnvironment|BoxConfigBuilder|CloudFlare)\s{0,3}\(\s{0,3}${ARG}\s{0,3},\s{0,3}${PW}\s{0,3}[,)]`, 'dg'),
  // SDK clients built from the token alone: Postmark's ServerClient/PostmarkClient, NetlifyAPI, Dropbox,
  // OpenCage's OpenCageGeocode, LINE's WebhookHandler (the channel secret) and LineBotApi, SparkPost.
  new RegExp(String.raw`\b(?:PostmarkClient|ServerClient|AccountClient|NetlifyAPI|Dropbox|OpenCageGeocode|WebhookHandler|LineBotApi|SparkPost)\s{0,3}\(\s{0,3}${PW}\s{0,3}[,)]`, 'dg'),
  // (Arguments may each have a line of their own.)
  // (A PHP stack trace prints the constructor's arguments: `PDO->__construct('mysql:…', 'shop', '…')`.)
  // (Python's `keyring.set_password(service, user, '…')` stores the literal in the system's keyring: it is in the source.)
  new RegExp(String.raw`\b(?:PlainAuth|getConnection|PDO(?:->__construct)?|mysqli_connect|mysqli(?:->__construct)?|mysql_connect|pg_connect|ldap_bind|DirectoryEntry|ftp_login|keyring\.set_password)\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  // sbt's `Credentials(realm, host, user, "…")`, Perl LWP's `$ua->credentials(host, realm, user, '…')`;
  // MATLAB's `database(name, user, "…")`.
  new RegExp(String.raw`\b[Cc]redentials\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}\)`, 'dg'),
  new RegExp(String.raw`(?<![\w.])database\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  // The Erlang VM's distribution cookie (`vm.args`, `erl … -setcookie …`): whoever has it runs code on every node.
  new RegExp(String.raw`(?<![\w-])-setcookie[ \t]{1,4}(?<q>["']?)(?<secret>[A-Za-z0-9_@.+-]{8,255})\k<q>(?=[\s;]|$)`, 'dg'),
  // Perl's `DBI->connect($dsn, $user, '…')` (mod_perl's `Apache::DBI->connect_on_init` too); Rust reqwest's `.basic_auth("user", Some("…"))`.
  new RegExp(String.raw`\bDBI\s{0,2}->\s{0,2}connect(?:_cached|_on_init)?\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  // Jenkins' `new UsernamePasswordCredentialsImpl(scope, id, description, user, '…')` (init.groovy.d seeding);
  // WebLogic's WLST `connect(user, '…', 't3://host:7001')`.
  new RegExp(String.raw`\bUsernamePasswordCredentialsImpl\s{0,3}\(\s{0,40}${ARG}(?:\s{0,3},\s{0,40}${ARG}){3}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  new RegExp(String.raw`(?<![\w.])connect\(\s{0,3}${ARG}\s{0,3},\s{0,3}${PW}\s{0,3},\s{0,3}(?:["'](?:t3s?|iiops?|https?):\/\/|[A-Za-z_]\w{0,40}(?:url|Url|URL)\b)`, 'dg'),
  // Clients built from host, user and password: Python's `FTP(host, user, passwd)` and `FTP_TLS(…)`, FluentFTP's
  // `new FtpClient(host, user, pass)`, SSH.NET's `new SftpClient(host, [port,] user, pass)`; JavaMail's
  // `Transport.send(message, user, password)` and `transport.connect(host, [port,] user, password)`.
  // (MATLAB's `ftp(host, user, password)` too; the ArcGIS API's `GIS(url, user, password)` signs in to a portal.)
  new RegExp(String.raw`(?<![\w.])(?:FTP|FTP_TLS|ftp|FtpClient|AsyncFtpClient|SftpClient|SshClient|ScpClient|GIS)\s{0,3}\(\s{0,40}${ARG}\s{0,3},(?:\s{0,40}\d{1,5}\s{0,3},)?\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  new RegExp(String.raw`\b[Tt]ransport\.(?:send|connect)\s{0,3}\(\s{0,40}${ARG}\s{0,3},(?:\s{0,40}\d{1,5}\s{0,3},)?\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}\)`, 'dg'),
  // An MQTT client's connect (Arduino's PubSubClient, paho): `mqtt.connect("sensor-17", "user", "…")`.
  new RegExp(String.raw`\b(?:mqtt\w{0,20}|\w{0,20}Mqtt\w{0,20}|pubsub\w{0,20})\.connect\(\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  // paho-mqtt's `client.username_pw_set("user", "…")`; the Cassandra drivers' `PlainTextAuthProvider("user", "…")`.
  new RegExp(String.raw`\b(?:username_pw_set|PlainTextAuthProvider)\s{0,3}\(\s{0,40}(?:username\s{0,3}=\s{0,3})?${ARG}\s{0,3},\s{0,40}(?:password\s{0,3}=\s{0,3})?${PW}\s{0,40}[,)]`, 'dg'),
  // Sequelize's `new Sequelize("database", "user", "…", { … })`.
  new RegExp(String.raw`\bnew\s{1,3}Sequelize\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  // The MinIO client's builder: `MinioClient.builder().endpoint(…).credentials("access key", "…")`.
  new RegExp(String.raw`\.credentials\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}\)`, 'dg'),
  // kafka-go's SASL/SCRAM: `scram.Mechanism(scram.SHA512, "user", "…")`.
  new RegExp(String.raw`\bscram\.Mechanism\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  // The AWS SDKs' static credentials given another store's key id (DigitalOcean Spaces' `DO00…`, MinIO's,
  // R2's): `credentials.NewStaticCredentialsProvider("…", "…", "")`, `new BasicAWSCredentials(…)`. (AWS's own pair is the AWS rules'.)
  new RegExp(String.raw`\b(?:NewStaticCredentials(?:Provider)?|BasicAWSCredentials|BasicSessionCredentials|Aws(?:Basic|Session)Credentials\.create)\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  // Twilio's Node client: `twilio(accountSid, '…')`, the auth token second.
  new RegExp(String.raw`\btwilio\s{0,3}\(\s{0,40}${ARG}\s{0,3},\s{0,40}${PW}\s{0,40}[,)]`, 'dg'),
  new RegExp(String.raw`\.basic_auth\(\s{0,3}${ARG}\s{0,3},\s{0,3}Some\(\s{0,3}${PW}\s{0,3}\)`, 'dg'),
  // JNDI's credentials (`env.put(Context.SECURITY_CREDENTIALS, "…")`); Go's `ssh.Password("…")`.
  new RegExp(String.raw`\bSECURITY_CREDENTIALS\s{0,3},\s{0,3}${PW}\s{0,3}\)`, 'dg'),
  new RegExp(String.raw`\bssh\.Password\(\s{0,3}${PW}\s{0,3}\)`, 'dg'),
  // A microcontroller joining Wi-Fi: Arduino's `WiFi.begin("ssid", "…")`, `wifiMulti.addAP(…)`, `WiFi.softAP(…)`;
  // MicroPython's `sta.connect("ssid", "…")` on a `network.WLAN`.
  new RegExp(String.raw`\b(?:\w{0,20}(?:WiFi|wifi|Wifi|WIFI)\w{0,20}\.(?:begin|addAP|softAP)|\w{0,20}(?:wlan|WLAN|sta|STA|wifi|WiFi|station)\w{0,10}\.connect)\s{0,3}\(\s{0,3}${ARG}\s{0,3},\s{0,3}${PW}\s{0,3}[,)]`, 'dg'),
  // UI tests typing into a password field: Playwright's `page.fill('#password', '…')`, Cypress's
  // `cy.get('#password').type('…')`, Selenium's `find_element(By.ID, "password").send_keys("…")`.
  new RegExp(String.raw`\b(?:type|fill)\(\s{0,3}${PASSWORD_FIELD}\s{0,3},\s{0,3}${PW}\s{0,3}[,)]`, 'dg'),
  new RegExp(String.raw`${PASSWORD_FIELD}\s{0,3}\){1,3}\s{0,3}\.\s{0,3}(?:type|fill|send_keys|sendKeys|setValue|pressSequentially)\(\s{0,3}${PW}\s{0,3}[,)]`, 'dg'),
  // superagent and supertest: `.auth('user', '…')`, and a bearer token `.auth('…', { type: 'bearer' })`.
  new RegExp(String.raw`\.auth\(\s{0,3}${ARG}\s{0,3},\s{0,3}${PW}\s{0,3}[,)]`, 'dg'),
  new RegExp(String.raw`\.auth\(\s{0,3}${PW}\s{0,3},\s{0,3}\{\s{0,3}type\s{0,3}:\s{0,3}["']bearer["']`, 'dg'),
  // Windows' `net use \\server\share <password> /user:<user>` (the documented order), or the password after the user.
  new RegExp(String.raw`\bnet[ \t]{1,4}use[ \t]{1,4}(?:[A-Za-z]:[ \t]{1,4}|\*[ \t]{1,4})?${SHARE}[ \t]{1,4}${BARE_PW}[ \t]{1,4}/user:`, 'dgi'),
  new RegExp(String.raw`\bnet[ \t]{1,4}use[ \t]{1,4}(?:[A-Za-z]:[ \t]{1,4}|\*[ \t]{1,4})?${SHARE}[ \t]{1,4}/user:\S{1,200}[ \t]{1,4}${BARE_PW_OR_STAR}`, 'dgi'),
  // Windows tools' password switches: `schtasks … /RP "…"`, `psexec … -p …`, `sqlcmd … -P "…"`, 7-Zip's `-p…`,
  // signtool's `sign /f <pfx> … /p …`; `net user <name> <password> /add`; ADSI's `OpenDSObject(path, user, "…", …)`.
  new RegExp(String.raw`\bsign[ \t]{1,4}/f[ \t][^\n]{0,300}?[ \t]/p[ \t]{1,4}${BARE_PW}`, 'dgi'),
  new RegExp(String.raw`\bnet[ \t]{1,4}user[ \t]{1,4}[^\s/"]{1,60}[ \t]{1,4}${BARE_PW}[ \t]{1,4}/add\b`, 'dgi'),
  // (A reset: `net user localadm <password>` with nothing after it.)
  new RegExp(String.raw`\bnet[ \t]{1,4}user[ \t]{1,4}[^\s/"]{1,60}[ \t]{1,4}${BARE_PW}[ \t]*\r?$`, 'dgim'),
  // (VBScript continues a call's line with ` _`.)
  new RegExp(String.raw`\bOpenDSObject\s{0,3}\((?:\s|_(?=\s)){0,40}${ARG}\s{0,3},(?:\s|_(?=\s)){0,40}${ARG}\s{0,3},(?:\s|_(?=\s)){0,40}${PW}\s{0,40}[,)]`, 'dgi'),
  new RegExp(String.raw`\bschtasks(?:\.exe)?[ \t][^\n]{0,300}?[ \t]/RP[ \t]{1,4}${BARE_PW}`, 'dgi'),
  // (The tool may be held in a variable or quoted: `%PSEXEC% \\host -p …`, `"C:\…\PsExec.exe" …`.)
  new RegExp(String.raw`\bpsexec(?:64)?(?:\.exe)?["%]?[ \t][^\n]{0,300}?[ \t]-p[ \t]{1,4}${BARE_PW}`, 'dgi'),
  // SQL Server's command-line tools: sqlcmd, bcp, and the older osql and isql (`-P` in capitals: `-p` prints statistics).
  // (Their names in either case: a batch file's `%SQLCMD%`.)
  new RegExp(String.raw`\b(?:sqlcmd|SQLCMD|bcp|BCP|osql|OSQL|isql|ISQL)(?:\.exe|\.EXE)?["%]?[ \t][^\n]{0,300}?[ \t]-P[ \t]{1,4}${BARE_PW}`, 'dg'),
  // Nagios' check_mysql plugins take the password spaced (`-p 'password'`), unlike the mysql client.
  // (So do check_pgsql's and check_vmware_esx's; check_http's `-a user:password` is Basic auth's pair.)
  new RegExp(String.raw`\bcheck_(?:mysql(?:_[a-z]{1,20})?|pgsql|vmware_esx(?:\.pl)?)[ \t][^\n]{0,300}?[ \t]-p[ \t]{1,4}(?<q>['"]?)(?<secret>[^\s'"/*$][^\s'"]{2,200})\k<q>(?=\s|$)`, 'dg'),
  new RegExp(String.raw`\bcheck_(?:http|curl)[ \t][^\n]{0,300}?[ \t](?:-a[ \t]{1,4}|--authorization=)(?<q>['"]?)[^\s:'"$]{1,64}:(?<secret>[^\s'"$][^\s'"]{2,200})\k<q>(?=\s|$)`, 'dg'),
  // PuTTY's pscp, plink and psftp take `-pw`; WinRM's winrs `-p:`; CPAU `-p`; Sysinternals Autologon `user domain password`.
  new RegExp(String.raw`\b(?:pscp|plink|psftp)(?:\.exe)?"?[ \t](?:[^\n]{0,300}?[ \t])?-pw[ \t]{1,4}${BARE_PW}`, 'dgi'),
  new RegExp(String.raw`\bwinrs(?:\.exe)?[ \t](?:[^\n]{0,300}?[ \t])?-(?:p|password):${BARE_PW}`, 'dgi'),
  new RegExp(String.raw`\bcpau(?:\.exe)?[ \t](?:[^\n]{0,300}?[ \t])?-p[ \t]{1,4}${BARE_PW}`, 'dgi'),
  new RegExp(String.raw`\bautologon(?:64)?(?:\.exe)?[ \t]{1,4}[^\s/-][^\s]{0,60}[ \t]{1,4}[^\s/-][^\s]{0,60}[ \t]{1,4}${BARE_PW}`, 'dgi'),
  // A password written to the registry: `reg add …\Winlogon /v DefaultPassword /t REG_SZ /d …`.
  new RegExp(String.raw`\breg(?:\.exe)?[ \t]{1,4}add[ \t][^\n]{0,300}?/v[ \t]{1,4}"?\w{0,30}Passw(?:or)?d\w{0,20}"?[ \t][^\n]{0,80}?/d[ \t]{1,4}${BARE_PW}`, 'dgi'),
  new RegExp(String.raw`\b7z[ar]?(?:\.exe)?"?[ \t][^\n]{0,200}?[ \t]-p(?<secret>[^\s"-][^\s"]{3,200})(?=[\s"]|$)`, 'dgi'),
  // PowerShell: `ConvertTo-SecureString "…" -AsPlainText -Force` (or `-String "…"`) makes a credential from a literal.
  new RegExp(String.raw`\bConvertTo-SecureString[ \t]{1,3}(?:-String[ \t]{1,3})?${PW}[ \t]{1,3}-AsPlainText\b`, 'dgi'),
  new RegExp(String.raw`\bConvertTo-SecureString[ \t]{1,3}-AsPlainText[ \t]{1,3}(?:-String[ \t]{1,3})?${PW}`, 'dgi'),
  // A literal password hashed where it is set (a seeder's admin user): Laravel's `Hash::make('…')` and
  // `bcrypt('…')`, PHP's `password_hash('…', …)`, Django's `make_password('…')`, Werkzeug's
  // `generate_password_hash('…')` (not Ansible's filter, `password_hash('sha512', salt)`: its algorithm first), Ruby's `BCrypt::Password.create('…')`, puppetlabs-mysql's `mysql_password('…')`.
  new RegExp(String.raw`(?:\bHash::make|\bbcrypt|\bpassword_hash(?!\(\s{0,3}["'](?:sha\d{3}|md5|bcrypt|blowfish|des|argon2\w{0,4}|pbkdf2\w{0,12}|\w{1,12}_crypt)["'])|\bmake_password|\bgenerate_password_hash|\bBCrypt::Password\.create|\bmysql_password)\(\s{0,3}${PW}\s{0,3}[,)]`, 'dg'),
  // puppetlabs-postgresql's `postgresql_password('<role>', '…')`, the password maybe wrapped in Puppet's `Sensitive(…)`.
  new RegExp(String.raw`\bpostgresql_password\(\s{0,3}${ARG}\s{0,3},\s{0,3}(?:Sensitive\(\s{0,3})?${PW}\s{0,3}\)?\s{0,3}[,)]`, 'dg'),
  // A cmdlet's or a tool's named parameter given a quoted literal: `Invoke-Sqlcmd … -Password '…'`, `--api-key "…"`.
  new RegExp(String.raw`(?<![\w-])--?(?:Password|Passwd|Pwd|PlainTextPassword|AdminPassword|Passphrase|Api-?Key|Access-?Token|Client-?Secret|Secret|Token)[ \t]{1,3}${PW}`, 'dgi'),
];

/**
 * An SDK client built from a literal token: `aai.NewClient("…")`, `pagerduty.NewClient("…")`,
 * `createClient("…")` (Deepgram), `new KlaviyoAPI("…")`, `Plivo::RestClient.new(id, "…")`,
 * `new Api(keyId, "…")` (Razorpay), `SearchClient.create(appId, "…")` (Algolia), and a Node
 * package called as it is required, with the token (MessageBird's). The first argument, or the
 * second after a literal id.
 */
const CLIENT_CALL = String.raw`(?:\b(?:new[ \t]{1,3})?(?:\b[A-Z]\w{0,40}|\b)(?:Client|API|Api)(?:\.new|::new|\.create|::create)?|\bNewClient|\bcreateClient|\brequire\(\s{0,3}["'][\w@./-]{1,60}["']\s{0,3}\))`;
const TOKEN_ARG = String.raw`(?<q>["'\`])(?<secret>[A-Za-z0-9_-][A-Za-z0-9_+/=.-]{19,199})\k<q>`;
/** `bitly.New("…")`, `\\SevenShores\\Hubspot\\Factory::create("…")`: a constructor whose path names a service. */
const SERVICE_CONSTRUCTOR = new RegExp(String.raw`(?<path>[A-Za-z_\\][\w\\.:]{1,80})(?:\.|::)(?:New|new|create)\s{0,3}\(\s{0,3}${TOKEN_ARG}\s{0,3}(?:\)|,(?!\s{0,3}["'\`]))`, 'dg');

function namesService(path: string): boolean {
  return path.toLowerCase().split(/[\\.:]+/).some(isProviderWord);
}

/**
 * An identifier the file calls or declares as a function (`SSL_EnableTls13GreaseEch(fd, …)`): a
 * macro that passes its own name as a string (`SSL_EXPERIMENTAL_API("SSL_EnableTls13GreaseEch", …)`).
 */
function isCalledIn(text: string, value: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(value)) return false;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
    if (text[at + value.length] === '(' && !/\w/.test(text[at - 1] ?? '')) return true;
  }
  return false;
}

/**
 * The client's argument is an id: the client is held under a name for what it identifies
 * (`buildCommitConn = createClient("<commit sha>")`, `spanIdClient = new ApiClient("<span id>")`),
 * or its constructor takes one (Crowdin's `new OtaClient("<distribution hash>")`).
 */
function clientTakesAnId(text: string, valueStart: number): boolean {
  const m = /([A-Za-z_$][\w$]{0,60})[ \t]{0,4}(?::[^=\n]{0,40})?=[ \t]{0,4}(?:new[ \t]{1,4})?[\w$.:]{1,80}\([ \t]{0,4}["'`]$/.exec(text.slice(Math.max(0, valueStart - 200), valueStart));
  return !!m && (namesHash(m[1]) || /(?:^|_)(?:span|trace|request|build|correlation)(?:_|$)/.test(normaliseName(m[1])))
    // Crowdin's over-the-air client takes a distribution hash, compiled into every app build: public by design.
    || /\bOtaClient[ \t]{0,4}\([ \t]{0,4}["'`]$/.test(text.slice(Math.max(0, valueStart - 40), valueStart));
}

/** Between a call's arguments: spaces, or a line break and the next line's indent (`NewClient(⏎\t\t"…",⏎\t\t"…")`). */
const ARG_GAP = String.raw`[ \t]{0,3}(?:\r?\n[ \t]{0,24})?`;

const CLIENT_TOKEN_CALLS = [
  // The only string argument (a second one makes this the id: the next pattern reads that one).
  new RegExp(String.raw`${CLIENT_CALL}\s{0,3}\(${ARG_GAP}${TOKEN_ARG}\s{0,3}(?:\)|,(?!${ARG_GAP}["'\`]))`, 'dg'),
  // (Or a constant holding the id: `plivo.RestClient(PLIVO_AUTH_ID, "…")`.)
  new RegExp(String.raw`${CLIENT_CALL}\s{0,3}\(${ARG_GAP}[A-Z][A-Z0-9_]{2,60}\s{0,3},${ARG_GAP}${TOKEN_ARG}\s{0,3}[,)]`, 'dg'),
  // (The id may be the server's URL: `meilisearch.Client("https://…", "…")`.)
  new RegExp(String.raw`${CLIENT_CALL}\s{0,3}\(${ARG_GAP}(?<q0>["'])(?:[A-Za-z0-9_-]{6,60}|https?:\/\/[\w.:/-]{4,200})\k<q0>\s{0,3},${ARG_GAP}${TOKEN_ARG}\s{0,3}[,)]`, 'dg'),
];

/** Appwrite's server SDKs chain the key after the project: `Client().setEndpoint(…).setProject(…).setKey('…')`. */
const APPWRITE_SET_KEY = /\.setProject\(\s{0,3}[^()\n]{1,100}\)\s{0,40}\.setKey\(\s{0,3}(?<q>["'])(?<secret>[A-Za-z0-9_-]{16,600})\k<q>\s{0,3}\)/dg;

/**
 * OmniAuth's strategies take the OAuth app's id, then its secret: `config.omniauth :github, '<id>',
 * '<secret>'` (Devise), `provider :google_oauth2, '<id>', '<secret>'` (OmniAuth::Builder).
 */
const OMNIAUTH_SECRET = new RegExp(String.raw`(?:\bomniauth|^[ \t]{0,16}provider)[ \t]{1,4}:\w{2,40}[ \t]{0,3},${ARG_GAP}(?<q0>["'])[^"'\s]{4,120}\k<q0>[ \t]{0,3},${ARG_GAP}${TOKEN_ARG}`, 'dgm');

/** `curl … -u user:password`, on one command line (continued lines included: `\⏎`), or in a shell array of its arguments (`AUTH=(-u "user:…" -H …)`). */
const CURL_USER = /(?:\bcurl\b|\b[A-Za-z_]\w{0,60}=(?=\((?:[^\n)]{0,200}?[ \t])?-u[ \t]))(?:[^\n|;&\\]|\\\r?\n|\\){0,400}?[ \t(](?:-u|--user)(?:[ \t]{1,4}|=)["']?(?<user>[^\s:'"$]{1,100}):["']?(?<secret>[^\s'"]{1,200})/dg;
/**
 * An API key sent as the Basic user with no password, or a throwaway one: `curl -u <key>:`
 * (Stripe, Mixpanel), `curl -u <key>:X` (Freshdesk). The key is the user part.
 */
const CURL_KEY_AS_USER = /\bcurl\b(?:[^\n|;&\\]|\\\r?\n|\\){0,400}?[ \t](?:-u|--user)(?:[ \t]{1,4}|=)["']?(?<secret>[A-Za-z0-9_-]{16,100}):[A-Za-z]?(?=["'\s]|$)/dg;

/** A literal password, not a variable, a template or a placeholder. */
/** A format verb after a password's name in a format string: `password=%s`, `pwd=%v`, `:%s@` in a URL. */
const FORMAT_PASSWORD = /(?:(?<![\w-])(?:password|passwd|pwd|pass)[ \t]{0,2}[=:][ \t]{0,2}|:\/\/[^:/@\s"'%]{0,60}%[sv]:)%[sv]/g;
const FORMAT_VERB = /%[-+# 0]{0,4}\d{0,3}(?:\.\d{1,3})?[sdvqfx]/g;

/**
 * The password a format call fills in from a literal argument: Go's `fmt.Sprintf("host=%s user=%s
 * password=%s", "db", "app", "…")`, C's `snprintf(dsn, n, "…password=%s", …, "…")`, Java's
 * `String.format(…)`: the verb's place in the format string is the argument's among those after it.
 */
function formatStringPasswords(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  const literal = /"((?:[^"\\\n]|\\.){1,400})"/g;
  for (let f = literal.exec(window); f; f = literal.exec(window)) {
    FORMAT_PASSWORD.lastIndex = 0;
    const verb = FORMAT_PASSWORD.exec(f[1]);
    if (!verb) continue;
    const place = (f[1].slice(0, verb.index + verb[0].length).match(FORMAT_VERB) ?? []).length - 1;
    const args = argumentsAfter(window, f.index + f[0].length);
    const arg = args[place];
    if (arg && /^"[^"\\\n]{1,200}"$/.test(arg.text)) {
      const value = arg.text.slice(1, -1);
      if (isLiteralPassword(value)) out.push({ start: windowStart + arg.start + 1, end: windowStart + arg.start + 1 + value.length, value });
    }
    literal.lastIndex = f.index + f[0].length;
  }
  return out;
}

/** The comma-separated arguments after offset `i` (just past a call's format string), up to the call's `)`. */
function argumentsAfter(text: string, i: number): { text: string; start: number }[] {
  const args: { text: string; start: number }[] = [];
  let depth = 0, start = -1;
  for (let k = i; k < text.length && k - i < 600; k++) {
    const c = text[k];
    if (c === '"') { const close = text.indexOf('"', k + 1); if (close < 0) break; k = close; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth-- === 0) { if (start >= 0) args.push({ text: text.slice(start, k).trim(), start: start + text.slice(start, k).search(/\S/) }); break; }
    } else if (c === ',' && depth === 0) {
      if (start >= 0) args.push({ text: text.slice(start, k).trim(), start: start + text.slice(start, k).search(/\S/) });
      start = k + 1;
    } else if (start < 0 && k === i && c !== ',') return args; // not an argument list
  }
  return args;
}

export function isLiteralPassword(value: string): boolean {
  // (`%` opens a substitution only as one: `%DB_PASS%`, `%(pw)s`, `%s`; a generated password may open with it.)
  return !isDummyPassword(value) && !/^[${<]|^%(?:[\w.]{1,60}%|[({]|[-#0 +]?\d{0,3}[sdvqfx](?![A-Za-z]))|\$\{|\$\(|\{\{/.test(value);
}

/** A key, not a word: a UUID, or 24+ letters and digits of high entropy. */
function isEncodedKey(decoded: string, maxLength = 100): boolean {
  return /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(decoded)
    || (decoded.length <= maxLength && /^[A-Za-z0-9_-]{24,200}$/.test(decoded) && /[0-9]/.test(decoded) && /[A-Za-z]/.test(decoded) && shannonEntropy(decoded) >= 3.5);
}

/** Header and payload both decode as JSON: a JWT, which the JWT rules judge. */
function isJwtShaped(value: string): boolean {
  const [header, payload] = value.split('.');
  return !!decodeJsonSegment(header) && payload !== undefined && !!decodeJsonSegment(payload);
}

/**
 * The shared secret of an `otpauth://` URI (a QR code's text): base32, 80 bits or more. Its
 * parameters may come in any order.
 */
const OTPAUTH_SECRET = /otpauth:\/\/(?:totp|hotp)\/[^?\s"'<>]{0,200}\?(?:[^\s"'<>#&]{0,200}&){0,8}secret=(?<secret>[A-Za-z2-7]{16,128})=*(?![A-Za-z0-9])/dgi;
/**
 * The seed alone under a one-time-password name: a password manager's export (`"totp": "…"`), a
 * setting (`TOTP_SECRET=…`, `otp_seed: …`). Base32 in capitals, as authenticators show it.
 */
const NAMED_OTP_SEED = /(?<![\w-])["']?(?:[\w-]{0,40}[_-])?(?:totp|(?:totp|otp|mfa|2fa|two_?factor)_?(?:secret|seed|key))["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<secret>[A-Z2-7]{16,128})={0,6}(?![A-Za-z0-9])/dgi;

/**
 * A URL's key parameter filled from a variable (`"…&appid=" + k`, `` `…&apiKey=${key}` ``, Python's
 * `f"…key={k}"`, PHP's `"…?key=" . $k`): the variable's name says nothing, the parameter does.
 */
const KEY_PARAM_FROM_VARIABLE = /[?&](?<param>app_?id|api_?key|apikey|key|access_?key|access_?token|token|auth_?token)=(?:["'`][ \t]{0,3}[+.][ \t]{0,3}|\$\{[ \t]{0,2}|\{)\$?(?<ident>[A-Za-z_]\w{0,40})\b(?![.(\[])/gi;

/** The literals the code above sets each such variable to (`const k = "…"`, a commented-out older one too): each is the key. */
function keysOfUrlVariables(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  const seen = new Set<string>();
  KEY_PARAM_FROM_VARIABLE.lastIndex = 0;
  for (let m = KEY_PARAM_FROM_VARIABLE.exec(window); m; m = KEY_PARAM_FROM_VARIABLE.exec(window)) {
    const { param, ident } = m.groups!;
    if (seen.has(ident)) continue;
    seen.add(ident);
    const assigned = new RegExp(`(?:^|[^\\w$.])\\$?${ident}[ \\t]{0,4}(?::[ \\t]{0,4}[\\w<>[\\]]{1,30}[ \\t]{0,4})?=(?!=)[ \\t]{0,4}(["'\`])(?<secret>[^"'\`\\n\\\\]{16,200})\\1`, 'dg');
    // (Set above the use, within a few screens: the same short name elsewhere in a long file is another variable.)
    const from = Math.max(0, windowStart + m.index - 4000);
    const before = ctx.text.slice(from, windowStart + m.index);
    let count = 0;
    for (let a = assigned.exec(before); a && count < 8; a = assigned.exec(before), count++) {
      const value = a.groups!.secret;
      if (!acceptValue('api_key', value, true, ctx) || isPublicByDesign(value)) continue;
      const [s, e] = a.indices!.groups!.secret;
      out.push({ start: from + s, end: from + e, value, reasons: [`${ident} is sent as the URL's ${param} parameter`] });
    }
  }
  return out;
}

export const httpAuthRules: Rule[] = [
  {
    id: 'url-key-parameter-variable', provider: 'Generic', title: 'API key sent in a URL, set in a variable',
    source: 'the query parameters services document for their keys: OpenWeatherMap `appid`, NewsAPI `apiKey`, Google APIs `key`, OAuth 2.0 bearer `access_token` (RFC 6750 2.3)',
    keywords: ['key=', 'appid=', 'app_id=', 'token='],
    // (From the `?` or `&` before the parameter's name.)
    window: { before: 16, after: 120 },
    find: (window, start, ctx) => keysOfUrlVariables(window, start, ctx),
    confidence: 'generic', severity: 'warning',
    envVar: 'API_KEY',
    description: 'A literal set to a variable (of any name: `k`, `myKey`) that the code then sends as a URL\'s key parameter (`&appid=" + k`, `apiKey=${k}`): the literal is the service\'s key.',
  },
  {
    id: 'totp-secret', provider: 'Generic', title: 'Two-factor (TOTP/HOTP) shared secret',
    source: 'Google Authenticator "Key Uri Format" (otpauth://totp|hotp/label?secret=<base32>&issuer=…); RFC 6238 and RFC 4226',
    keywords: ['otpauth://', 'totp', 'otp_secret', 'otpsecret', 'otp_seed', 'mfa_secret', '2fa_secret'],
    find: (window, start) => [
      ...eachSecret(OTPAUTH_SECRET, window, start, value => (isPlaceholder(value) ? undefined : {})),
      // Named only: capitals and digits of base32, random (not `AAAA…`, not a word in capitals).
      ...eachSecret(NAMED_OTP_SEED, window, start, value => (isPlaceholder(value) || !/^[A-Z2-7]+$/.test(value) || shannonEntropy(value) < 3 ? undefined : {})),
    ],
    confidence: 'provider', severity: 'warning',
    envVar: 'TOTP_SECRET',
    description: 'The shared secret of a one-time-password generator (an otpauth:// URI, what a 2FA QR code holds): whoever has it makes the account\'s second factor. Reset the 2FA enrolment.',
  },
  {
    id: 'http-basic-auth', provider: 'HTTP', title: 'HTTP Basic credentials',
    source: 'RFC 7617 (Basic credentials: base64 of user:password)',
    // The header, or a string that is a whole Basic credential: `setCredentials("Basic …")`.
    keywords: ['authorization', 'nheadervalue(', '"basic ', "'basic ", '`basic ', ': basic ', '=basic ', 'basic =', 'basic=', 'basic:', 'basicauth', 'basic_auth'],
    // The line after the header's name too: a cassette's `Authorization:⏎      - Basic …`.
    window: { before: 0, after: 240, wholeLines: true },
    find: (window, start) => secretsOf(BASIC_REGEXES, window, start),
    validate: value => {
      // Basic credentials are base64 of "user:password": decode and check the password part.
      const decoded = decodeBase64(value);
      if (!decoded || !/^[\x20-\x7e]+$/.test(decoded)) return false;
      const colon = decoded.indexOf(':');
      // No user part: some APIs take their key itself after `Basic` (OneSignal's REST key, base64 of a UUID).
      if (colon < 0) return isEncodedKey(decoded) ? { title: 'API key in a Basic Authorization header' } : false;
      const password = decoded.slice(colon + 1);
      // An API key as the user, the password empty: Stripe's, Paystack's and others' Basic form (`sk_live_…:`).
      if (password === '' && colon > 0) return isEncodedKey(decoded.slice(0, colon), 200) && !isPublicByDesign(decoded.slice(0, colon)) ? { title: 'API key in a Basic Authorization header' } : false;
      // No user either: Azure DevOps takes a personal access token as `:<PAT>` (git's extraheader).
      if (colon < 1) return isEncodedKey(password) ? { title: 'Access token in a Basic Authorization header' } : false;
      // A key made public (Mailgun's `api:pubkey-…` validation key) is no password.
      // (Nor is a stand-in typed for one: `api:key-000…`, `api:test-mailgun-key`.)
      return !isDummyPassword(password) && !isPublicByDesign(password) && !isPlaceholder(password);
    },
    confidence: 'provider', severity: 'error',
    envVar: 'BASIC_AUTH', secretNames: /(?:^|_)BASIC_AUTH$/,
    description: 'Literal `Authorization: Basic <base64 user:password>` header (decoded offline; placeholder passwords ignored).',
  },
  {
    id: 'http-bearer-token', provider: 'HTTP', title: 'Hardcoded bearer token',
    source: 'RFC 6750 (Authorization: Bearer <token>); Django REST framework TokenAuthentication and GitHub REST docs (Authorization: Token <token>); RFC 9110 section 11 (any auth-scheme); Discord, Opsgenie, Splunk HEC, DeepL, Klaviyo and Zoho API references (their own schemes)',
    keywords: ['authorization', 'nheadervalue(', 'bearerauth(', 'bearer_auth(', 'headervalue', 'bearer '],
    window: { before: 0, after: 240, wholeLines: true },
    // `Token` is the same kind of scheme (Django REST framework, GitHub's API): a bare credential.
    find: (window, start) => [...secretsOf(BEARER_REGEXES, window, start),
      ...eachSecret(BEARER_LITERAL, window, start, (_v, m) => (CREDENTIAL_NAME_BEFORE.test(window.slice(Math.max(0, m.index - 60), m.index)) ? undefined : {}))],
    // JWTs are judged by the JWT rules (they decode them); a JWT-looking value whose header or
    // payload does not decode is an opaque token here (TeamCity's `eyJ0eXAiOiAiVENWMiJ9.…`).
    // Low-entropy values are words or placeholders. A long random value may lack digits by chance
    // (one 40-character token in a thousand does): mixed case and high entropy say random there.
    // A public SDK key sent as a bearer (RevenueCat's `goog_…` from an app) is no credential to leak.
    // A UUID sent as the bearer is the token (Railway's, Codecov's): hex, so judged by a hex's entropy;
    // so is a run of 32 or more hex (Sinch's, many APIs' opaque tokens): the header says what it is.
    validate: value => !isJwtShaped(value) && !isPublicByDesign(value)
      && ((isUuid(value) && shannonEntropy(value.replace(/-/g, '')) >= 2.9) || (/^[0-9a-f]{32,128}$/i.test(value) && shannonEntropy(value) >= 3)
        || (shannonEntropy(value) >= 3.5 && /[A-Za-z]/.test(value)
      && (/[0-9]/.test(value) || (value.length >= 30 && /[a-z]/.test(value) && /[A-Z]/.test(value) && shannonEntropy(value) >= 4.2)))),
    // Generic tier: the header says "credential", the value says nothing more. Provider rules
    // (GitHub, Google, …) claim the same text first when they recognise it.
    confidence: 'generic', severity: 'warning',
    envVar: 'API_TOKEN',
    description: 'Literal high-entropy token in an `Authorization: Bearer …` header (or `Token …`, or a provider\'s own scheme such as `Bot …` or `GenieKey …`).',
  },
  {
    id: 'client-token-argument', provider: 'Generic', title: 'Hardcoded token passed to an API client',
    source: 'SDK quickstarts that build a client from the key: AssemblyAI Go NewClient, Deepgram createClient, PagerDuty NewClient, Klaviyo KlaviyoAPI, Plivo RestClient, Razorpay Api; Appwrite server SDKs (Client().setProject(…).setKey(…))',
    // `client(` in code is common: the call's exact shape and the value's judgement decide.
    keywords: ['client(', "client.new(", 'client::new(', 'client.create(', 'client::create(', 'api(', 'api.new(', "')(", '")(', '.setkey(',
      '.new("', ".new('", '::create(', '.create("', ".create('", 'omniauth', 'provider :'],
    // The arguments may sit on the lines below the call.
    // (Appwrite's keys run to 265 characters after `.setKey(`.)
    window: { before: 120, after: 320 },
    find: (window, start) => [...secretsOf(CLIENT_TOKEN_CALLS, window, start),
      ...eachSecret(OMNIAUTH_SECRET, window, start, () => ({ reasons: ["an OmniAuth strategy's client secret (after its client id)"] })),
      ...eachSecret(APPWRITE_SET_KEY, window, start, () => ({ reasons: ["an Appwrite client's API key (after its project)"] })),
      ...eachSecret(SERVICE_CONSTRUCTOR, window, start, (_v, m) => (namesService(m.groups!.path) ? { reasons: [`${m.groups!.path} names a service`] } : undefined))],
    // As the generic detector judges a value under an API key's name; a UUID is as often a
    // project or tenant id (HubSpot's and Heroku's keys are UUIDs: under a service's own
    // constructor, it is the key), and a JWT is the JWT rules' to judge.
    // A repository or model id (`InferenceClient("meta-llama/Llama-3.1-8B-Instruct", …)`) is no key.
    validate: (value, ctx, m) => !/^eyJ/.test(value) && (!!m.reasons || !/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value))
      && !(/\//.test(value) && /[-.]/.test(value))
      // (Whether the file calls the value as a function reads the whole file: asked last.)
      && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !isPublicByDesign(value)
      && !clientTakesAnId(ctx.text, m.start) && acceptValue('api_key', value, true, ctx) && !isCalledIn(ctx.text, value),
    confidence: 'generic', severity: 'warning',
    envVar: 'API_KEY',
    description: 'A literal token passed as the key of an SDK client (`NewClient("…")`, `createClient("…")`, `new SomeAPI("…")`, `RestClient.new(id, "…")`).',
  },
  {
    id: 'http-file-basic-auth', provider: 'HTTP', title: 'Password in an HTTP request file',
    source: 'VS Code REST Client README (its Basic Auth section: an Authorization header of Basic user:passwd, or user passwd, which it encodes before sending); JetBrains HTTP Client likewise; Hurl manual (a [BasicAuth] section, then the user and the password on one line)',
    keywords: ['basic ', '[basicauth]'],
    // (A window of whole lines: Hurl's user and password are on the line below its section.)
    window: { before: 0, after: 240, wholeLines: true },
    find: (window, start, ctx) => (/\.(?:http|rest)$/i.test(ctx.path ?? '')
      ? passwordsIn(/^[ \t]{0,8}Authorization[ \t]{0,4}:[ \t]{0,4}Basic[ \t]{1,4}[^\s:]{1,100}(?:[ \t]{1,4}|:)(?<secret>[^\s{}]{1,200})[ \t]*\r?$/dgim, window, start)
      : /\.hurl$/i.test(ctx.path ?? '') ? passwordsIn(/^\[BasicAuth\][ \t]*\r?\n(?:[ \t]{0,8}#[^\n]{0,200}\n)?[ \t]{0,8}[^\s:#]{1,100}[ \t]{0,4}:[ \t]{0,4}(?<secret>[^\s{}]{1,200})[ \t]*\r?$/dgm, window, start) : []),
    validate: value => !/^\{\{/.test(value),
    confidence: 'provider', severity: 'error',
    envVar: 'BASIC_AUTH_PASSWORD',
    description: 'A password in clear in a REST Client or JetBrains HTTP Client request file (`Authorization: Basic user password`) or under a Hurl file\'s `[BasicAuth]`: the tool encodes it before sending, the file keeps it readable.',
  },
  {
    id: 'curl-user-password', provider: 'HTTP', title: 'Password on a curl command line',
    source: 'curl manual: -u/--user <user:password>; Stripe, Mixpanel and Freshdesk API docs (the key as the Basic user)',
    keywords: [' -u ', '--user', '(-u '],
    // The command may start lines above the flag, continued with `\⏎`.
    window: { before: 400, after: 300, wholeLines: true },
    // Variables and prompts (`-u "$USER:$PASS"`, `-u admin:`) are not literals; a key as the user is judged as a key.
    find: (window, start, ctx) => [
      ...eachSecret(CURL_USER, window, start, value => (isLiteralPassword(value) && value.length > 1 ? {} : undefined)),
      ...eachSecret(CURL_KEY_AS_USER, window, start, value => (/[0-9]/.test(value) && /[A-Za-z]/.test(value) && acceptValue('api_key', value, true, ctx) ? {} : undefined)),
    ],
    confidence: 'provider', severity: 'error',
    envVar: 'BASIC_AUTH_PASSWORD',
    description: 'A literal password in `curl -u user:password` / `--user user:password` (shell scripts, Makefiles, CI files, docs), or an API key sent as the user with no password (`-u <key>:`, `-u <key>:X`).',
  },
  {
    id: 'login-pair-in-prose', provider: 'Generic', title: 'Sign-in written down in prose',
    source: 'the way handover notes, READMEs and e-mails give an account: a sign-in word, then user / password in code spans',
    // (An e-mail address as the user: its domain's end, then ` / `.)
    keywords: ['login', 'log-in', 'logon', 'account', 'credential', 'sign in', 'sign-in', 'signin', '` / `', '`/`', 'creds', 'admin / ', 'root / ', 'administrator / ', 'wi-fi', 'wifi', 'user ',
      '.com / ', '.io / ', '.dev / ', '.org / ', '.net / ', '.co / ', '.app / ', '.de / ', '.fr / ', '.ru / ', '.pl / ', '.nl / ', '.es / ', '.pt / ', '.it / ', '.uk / ',
      // (Other languages' words for an account's sign-in: `Der Zugang … ist `…` / `…``, `Логин/пароль: …`.)
      'zugang', 'anmeldung', 'identifiant', 'acceso', 'acesso', 'toegang', 'inloggegevens', 'accès', 'логин', 'доступ', 'учётная', 'учетная'],
    // Under a list item's label alone (no word for an account), only a password with both cases: a pair of paths is no sign-in.
    // (The patterns need a pair's separator: a `/` in code spans or between blanks, or a colon between spans. Looked for first, natively: these
    // keywords are common words, and most windows hold no pair.)
    find: (line, start, ctx) => {
      // (The pair may open the next line: `… the shared staging console login is⏎`qa-admin` / `…``; read on into it only then.)
      const window = withNextLineOpeningASpan(ctx.text, start, line);
      return [...(window.includes('`') ? eachSecret(LOGIN_PAIR, window, start, (value, m) => (looksLikePassword(value)
        && (m.groups!.label === undefined || (/[a-z]/.test(value) && /[A-Z]/.test(value))) ? {} : undefined)) : []),
      // (Or the user's span, a colon and the password's: both cases, as a label's pair must.)
      ...(window.includes('`:') ? eachSecret(USER_THEN_PASSWORD_SPAN, window, start, value => (looksLikePassword(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) ? {} : undefined)) : []),
      // (Without code spans the password must look generated: both cases and a digit or a mark.)
      ...(BLANKS_AROUND_SLASH.test(window) ? eachSecret(BARE_LOGIN_PAIR, window, start, value => (looksLikePassword(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) ? {} : undefined)) : [])];
    },
    confidence: 'generic', severity: 'warning',
    envVar: 'PASSWORD',
    description: 'An account\'s user and password written as a pair in prose (`login: `user` / `password``): whoever reads the note signs in. Keep it in a password manager and share it from there.',
  },
  {
    id: 'password-argument', provider: 'Generic', title: 'Hardcoded password argument',
    source: 'API references: Go net/http Request.SetBasicAuth, net/url.UserPassword, net/smtp.PlainAuth; Python requests auth tuples and HTTPBasicAuth, tableauserverclient TableauAuth, smtplib/ftplib/imaplib login; Java DriverManager.getConnection; .NET NetworkCredential; PHP PDO and mysqli; PowerShell ConvertTo-SecureString; python-ldap simple_bind_s, PHP ldap_bind, .NET DirectoryEntry, JNDI Context.SECURITY_CREDENTIALS; OkHttp Credentials.basic; superagent auth(); Windows net use; PHP ftp_login; pika PlainCredentials; tweepy OAuth handlers; PayPal Live/SandboxEnvironment; Box BoxConfigBuilder; python-cloudflare; Postmark, Netlify and Dropbox clients; Go x/crypto/ssh Password; Playwright fill/type, Cypress type, Selenium send_keys; Perl DBI->connect; Rust reqwest basic_auth; OpenCage, LINE Messaging API and SparkPost clients; WordPress wpdb; the Twilio Node client; libcurl CURLOPT_USERPWD; Laravel Hash::make and bcrypt, PHP password_hash, Django make_password, Werkzeug generate_password_hash, Ruby BCrypt::Password.create, puppetlabs-mysql mysql_password() and puppetlabs-postgresql postgresql_password(); MATLAB ftp(host, user, password); format strings (Go Sprintf, C snprintf, Java String.format) filled with a literal password; user:password literals base64-encoded for a Basic header (btoa, b64encode, base64_encode, Buffer.from, Apex EncodingUtil.base64Encode, Swift base64EncodedString); sbt Credentials; MATLAB Database Toolbox database(); erl -setcookie (Erlang distribution docs); Jenkins UsernamePasswordCredentialsImpl; WebLogic WLST connect(); Arduino WiFi.begin/WiFiMulti.addAP/WiFi.softAP and MicroPython network.WLAN.connect; Python ftplib FTP/FTP_TLS(host, user, passwd); FluentFTP FtpClient and SSH.NET SftpClient/SshClient constructors; JavaMail Transport.send(message, user, password) and connect(host, user, password); paho-mqtt username_pw_set; Cassandra drivers PlainTextAuthProvider; Sequelize constructor; Zendesk API token auth (`{email}/token` as the user), Freshdesk API key auth (the key as the user, `X` as the password); kafka-go scram.Mechanism; the MinIO client builder credentials(accessKey, secretKey); AWS SDK static credentials (NewStaticCredentialsProvider, BasicAWSCredentials, AwsBasicCredentials.create) used for S3-compatible stores; Nagios plugins check_mysql, check_pgsql and check_vmware_esx (-p password), check_http and check_curl (-a user:password); lftp -u user,password; openssl enc -K (a raw key in hex); the InfluxDB CLI (-t/--token); the PocketBase CLI (superuser upsert/create/update, admin create/update); FreeRDP (/p:, /gp:)',
    // Chosen for rare first characters (the prefilter's cost): `yentry(` finds `DirectoryEntry(`, `y_credentials`
    // finds `SECURITY_CREDENTIALS`; a UI test's password field by its name closing a selector (`'#password'`, `[name=password]`).
    keywords: ['setbasicauth', 'userpassword(', 'plainauth(', 'auth=(', 'auth = (', 'basicauth(', 'digestauth(', 'login(', '.basic(',
      'simple_bind', 'ldap_bind(', 'yentry(', 'y_credentials', 'ssh.password(', "password'", 'password"', 'password]', "passwd'", 'passwd"',
      "pwd'", 'pwd"',
      'passwordcredentials(', 'passwordauthentication(', 'networkcredential(', 'tableauauth(', 'authenticate(', 'authenticate!(', 'mqtt.connect(', 'mqttclient.connect(', 'getconnection(', 'pdo(', 'pdo->__construct(', 'mysqli', 'mysql_connect(', 'pg_connect(',
      'convertto-securestring', '.auth(', 'net use', 'ftp_login(', 'gis(', 'set_password(', 'ncredentials(', 'tcredentials(', 'hcredentials(', 'createaccount(', 'secure_compare(', 'compare_digest(', 'erhandler(', 'authhandler(', 'environment(',
      'igbuilder(', 'oudflare(', 'kclient(', 'verclient(', 'untclient(', 'netlifyapi(', 'opbox(', 'unsafeplaintext(', 'value.plaintext(',
      'dbi->connect', '.basic_auth(', 'opencagegeocode(', 'webhookhandler(', 'linebotapi(', 'sparkpost(', 'wpdb(',
      'btoa(', 'base64::encode', 'b64encode(', 'base64_encode(', 'buffer.from(', 'encode64(', 'encodetostring(', 'tobase64string(', 'base64encodedstring(', 'lftp ', 'influx ', 'freerdp', 'superuser upsert', 'superuser create', 'superuser update', 'admin create ', 'admin update ', 'openssl enc', 'openssl aes-', 'twilio(', 'userpwd', 'base64encode(',
      'credentials(', 'tabase(', '-setcookie ', 'credentialsimpl(', 'connect(',
      'password=%', 'pwd=%', 'password:%', '%s:%s@', '%v:%v@',
      '-password ', '-passwd ', '-pwd ', '-passphrase ', '-apikey ', '-api-key ', '-accesstoken ', '-access-token ', '-clientsecret ',
      '-client-secret ', '-secret ', '-token ', 'schtasks', 'psexec', 'sqlcmd', 'check_mysql', 'check_pgsql', 'check_vmware', 'check_http', 'check_curl', '7z.exe', '7z a', '7za ', 'sign /f', 'net user', 'opendsobject(', 'sh::make(', 'bcrypt(', 'password_hash(', 'e_password(', 'password.create(', 'mysql_password(', 'postgresql_password(',
      'ftp(', 'ftp_tls(', 'ftpclient(', 'sftpclient(', 'sshclient(', 'scpclient(', 'transport.send(', 'transport.connect(',
      'username_pw_set(', 'textauthprovider(', 'sequelize(', 'scram.mechanism(', '.credentials(', 'credentialsprovider(', 'credentials.create(',
      'bcp ', 'osql', 'isql', 'pscp', 'plink', 'psftp', 'winrs', 'cpau', 'utologon', 'reg add',
      'wifi.begin(', 'addap(', 'softap(', 'wlan.connect(', 'sta.connect(', 'sta_if.connect(', 'wifi.connect(', '/token"', "/token'"],
    // A call's arguments may take a line each.
    window: { before: 0, after: 240, wholeLines: true, readsAhead: true },
    find: (window, start) => [...secretsOf(PASSWORD_CALLS, window, start), ...(window.includes('%') ? formatStringPasswords(window, start) : [])],
    validate: isLiteralPassword,
    confidence: 'generic', severity: 'warning',
    envVar: 'PASSWORD',
    description: 'A literal password passed to a call that takes a user and a password (SetBasicAuth, requests auth tuples, login(), NetworkCredential, getConnection, PDO, LDAP binds, OkHttp Credentials.basic, superagent .auth, Windows net use), made into a PowerShell credential (ConvertTo-SecureString -AsPlainText), or typed into a password field by a UI test (Playwright, Cypress, Selenium).',
  },
];
