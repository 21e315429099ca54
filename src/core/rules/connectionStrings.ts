import { assignedNameBefore } from '../assignment';
import { decodeBase64, shannonEntropy, toEnvName } from '../text';
import { isPlaceholder } from '../filters';
import { constantValueAt } from '../lang';
import { around, eachSecret, isDummyPassword, mixesLettersAndDigits } from './define';
import type { RawMatch, Rule, RuleContext } from '../types';

/** Hosts of a template, to be filled in: nothing was connected to with what is there. */
const PLACEHOLDER_HOST = /^(?:host|hostname|server|your[-_.\w]*)(?::\d{1,5})?$/i;
/** A host filled in by the program (`@{DB_HOST}`, `@${host}`): the password beside it may be literal all the same. */
const VARIABLE_HOST = /^(?:\$\{?\w+\}?|<[^>]{1,40}>|\{[^}]{1,40}\})(?::\d{1,5})?$/;
/**
 * Domains reserved for documentation (RFC 2606) and their look-alikes: a password for them reaches
 * no server, yet a real password is sometimes pasted there to share a command. Told as info.
 */
const DOCUMENTATION_HOST = /^(?:(?:[\w-]+\.)*example\.(?:com|org|net)|[\w.-]*\.example|(?:[\w-]+\.)*(?:my)?(?:company|domain)\.(?:com|org|net))(?::\d{1,5})?$/i;
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?::\d{1,5})?$/i;

/** The schemes `database-url-password` reads; the other URL rules leave them to it. */
const DB_SCHEME = /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver)$/i;
const DB_SCHEMES = ['postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'sqlserver'];

/** scheme(+driver)://user:password@host — the password is the secret. */
// (After a shell default's `:-` too: `${AMQP_URL:-amqps://user:pass@host}`.)
const DB_URL = /(?<![A-Za-z0-9+.]|(?<!:)-)(?<scheme>postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver)(?:\+[a-z0-9]{1,20})?\\?:\/\/(?<user>[^\s:@/'"`<>]{0,80}):(?<secret>[^\s@/'"`<>\\]{1,200})@(?<host>[^\s/?#'"`<>,;]{1,200}|(?=[/?]))/dg;

/**
 * Any other scheme with userinfo: https://user:pass@host, ftp://, smtp://, ldap://, git…, and
 * Airflow's connection URIs, whose host may be empty (`snowflake://user:pass@/db?account=…`), and
 * URLs in .properties files, whose colon is escaped (`distributionUrl=https\://user:pass@host/…`). User
 * and password hold none of the characters RFC 3986 never allows there unencoded (`\ [ ] { } | ^`):
 * `\k\+:\k\+@` is a regular expression, `git://[path-to-repo[:]][ref@]…` a syntax description.
 * A `#` or `?` is let through: pasted passwords often hold them unencoded; so is a `^` in the
 * password (an Elasticsearch password ending `^+`), which no syntax description or pattern puts there alone.
 */
// (Mail clients take an e-mail address as the user unencoded: mutt's `smtps://bob@example.org:…@smtp.example.org/`.)
// (CUPS's SMB backend puts the workgroup first: `smb://WORKGROUP/user:…@server/queue`.)
const ANY_URL = /(?<![A-Za-z0-9+.]|(?<!:)-)(?<scheme>[a-z][a-z0-9+.-]{1,20})\\?:\/\/(?<user>(?:(?<=smb:\/\/)[A-Za-z0-9._-]{1,32}\/)?[^\s:@/'"`<>\\[\]{}|^]{1,80}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?=:))?):(?<secret>[^\s@/'"`<>\\[\]{}|]{1,1200})@(?<host>[^\s/?#'"`<>,;]{1,200}|(?=[/?]))/dg;

/**
 * A token standing alone in userinfo: as the user (`https://TOKEN@gem.fury.io/acme/`), the user
 * with an empty password (packagecloud's `https://TOKEN:@…`), or the password of an empty user
 * (Heroku's `https://:KEY@git.heroku.com`). A person's user name is no random run.
 */
const TOKEN_USER_URL = /(?<![A-Za-z0-9+.]|(?<!:)-)(?:https?|git\+https|ssh):\/\/:?(?<secret>[A-Za-z0-9_-]{16,200}):?@[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,63})+(?<path>\/[\w./-]{0,40})?/dg;

/**
 * A Sentry-style DSN (`https://<32 hex>@o123.ingest.sentry.io/456`, GlitchTip's and self-hosted
 * ones alike: a project number for path): its key is public by design, made for browsers.
 */
const PUBLIC_DSN_PATH = /^\/(?:[\w.-]{1,40}\/)?\d{1,20}\/?$/;

/** Random: letters and digits mixed, not a word joined to a word (`x-access-token`), and high in entropy. */
function isRandomToken(value: string): boolean {
  if (isPlaceholder(value) || !/[0-9]/.test(value) || !/[A-Za-z]/.test(value) || /^[a-z]+(?:[-_][a-z]+)*\d{0,4}$/i.test(value)) return false;
  return shannonEntropy(value) >= 3.3;
}

/**
 * A registry that takes its token as the URL's user (Gemfury's `https://TOKEN@gem.fury.io/…`):
 * there a run of letters of both cases is the token, digits or not.
 */
function isTokenHostUser(value: string, url: string): boolean {
  return /@(?:[\w-]{1,40}\.)?fury\.io\b/.test(url) && value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value)
    && !isPlaceholder(value) && shannonEntropy(value) >= 3.5;
}

/** Credential URLs read the same way in every syntax; placeholders are skipped, local hosts lowered. */
function urlPasswords(re: RegExp, skipSchemes: RegExp | undefined, window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) {
    const g = m.groups!;
    if (skipSchemes?.test(g.scheme)) continue;
    const host = g.host.replace(/\\&/g, '').replace(/[.)\]]+$/, ''); // (roff escapes a dot in a manual: `example\&.org`)
    // Multi-host `host:5432,user:pass@host`: the first colon is a port; the password follows the second.
    const multiHost = /^\d{1,5},[^\s:@/]{1,80}:/.exec(g.secret)?.[0] ?? '';
    const user = multiHost ? multiHost.slice(multiHost.indexOf(',') + 1, -1) : g.user;
    const secret = g.secret.slice(multiHost.length);
    // A format's placeholder, filled by a literal argument (`fmt.Sprintf("redis://:%s@cache:6379", "…")`): that literal.
    if (FORMAT_FIELD.test(secret)) {
      out.push(...formatFilledPasswords(re, skipSchemes, window, windowStart, m.index));
      continue;
    }
    // (A run of `X` or `*` marks a value to fill in: `token:dapiXXXXXXXX…@`.)
    if (!secret || isDummyPassword(secret) || /x{6}|\*{6}/i.test(secret) || PLACEHOLDER_HOST.test(host)) continue;
    // Docs' own examples there are short and plain (`abc:xyz@example.com`, `pa%3Fsword`); so are templates'.
    // An empty host is filled in elsewhere: Airflow's connection URIs (`aws://KEY:SECRET@/?region_name=…`).
    if ((DOCUMENTATION_HOST.test(host) || VARIABLE_HOST.test(host) || !host) && !isStrongPassword(secret)) continue;
    if (user && secret === user) continue; // `user:user@`, `guest:guest@`
    if (/^(?:user(?:name)?|admin|root)$/i.test(user) && /^pass/i.test(secret)) continue;
    if (/^your[-_.]?/i.test(user)) continue; // `your-name%40gmail.com:…@`: a template to fill in
    const [s0, e] = m.indices!.groups!.secret;
    const s = s0 + multiHost.length;
    const lowered = LOCAL_HOST.test(host) ? { severity: 'warning' as const, detail: 'local host' }
      : DOCUMENTATION_HOST.test(host) ? { severity: 'info' as const, detail: 'a documentation host (example.com)' } : {};
    out.push({
      start: windowStart + s, end: windowStart + e, value: secret, envVar: urlPasswordEnvName(window, m.index, g.scheme),
      ...lowered,
    });
  }
  return out;
}

/** A format's placeholder standing for the whole password: C's and Go's `%s`/`%v`, Python's, Rust's and C#'s `{}`/`{0}`. */
const FORMAT_FIELD = /^(?:%[sv]|\{\d?\})$/;
/** A format call's name before its `(`: `fmt.Sprintf`, `String.format`, `format!`, `string.Format`. */
const FORMAT_CALL_BEFORE = /(?:[A-Za-z_][\w.]{0,40}[fF]ormat!?|Sprintf|sprintf)[ \t]{0,3}\([ \t]{0,3}$/;

/**
 * The password of a URL made by a format filled with literals: the literal the URL's placeholder
 * stands for, reported on the whole expression (its pieces are the secret together). `urlAt` is
 * where the URL starts in its format string.
 */
function formatFilledPasswords(re: RegExp, skipSchemes: RegExp | undefined, window: string, windowStart: number, urlAt: number): RawMatch[] {
  const lineStart = window.lastIndexOf('\n', urlAt) + 1;
  const quote = Math.max(window.lastIndexOf('"', urlAt), window.lastIndexOf("'", urlAt));
  if (quote < lineStart) return [];
  // `"…".format(…)` reads from the format string; `Sprintf("…", …)` from the call's name.
  const call = FORMAT_CALL_BEFORE.exec(window.slice(Math.max(lineStart, quote - 60), quote));
  const built = constantValueAt(window, call ? quote - call[0].length : quote);
  if (!built) return [];
  const filled = urlPasswords(new RegExp(re.source, re.flags), skipSchemes, built.value, 0);
  return filled.slice(0, 1).map(f => ({ ...f, start: windowStart + built.start, end: windowStart + built.end }));
}

/** A literal opening a URL (or a JDBC URL) that an operator joins to the next literal: `"https://user:" + "…" + "@host"`. */
const SPLIT_URL_LITERAL = /(["'])(?:[a-z][a-z0-9+.-]{1,20}:\/\/|jdbc:)[^"'\n]{0,300}\1[ \t]{0,4}(?:\r?\n[ \t]{0,40})?(?:\+|\.|&)[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["']/g;
/** A literal alone in a template's placeholder: JavaScript's `${'…'}`, Scala's and Kotlin's `${"…"}`. */
const LITERAL_PLACEHOLDER = /\$\{[ \t]{0,2}(["'])([^"'\n\\$]{1,200})\1[ \t]{0,2}\}/g;

/**
 * URLs written in pieces, read whole by `read`: literals joined by an operator (reported on the
 * joined literals, which together are the secret), and a template whose placeholders hold literals
 * (`postgres://app:${'…'}@db/x`, reported on the literal). `read` scans a text from offset 0.
 */
function piecedUrlPasswords(read: (text: string) => RawMatch[], window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  if (window.includes('${')) {
    for (const line of linesWith(window, '${')) {
      // The line as the program makes it, and where each of its characters was.
      let made = '';
      const from: number[] = [];
      let last = 0;
      LITERAL_PLACEHOLDER.lastIndex = 0;
      for (let m = LITERAL_PLACEHOLDER.exec(line.text); m; m = LITERAL_PLACEHOLDER.exec(line.text)) {
        for (let k = last; k < m.index; k++) { made += line.text[k]; from.push(k); }
        const at = m.index + m[0].indexOf(m[2]);
        for (let k = 0; k < m[2].length; k++) { made += m[2][k]; from.push(at + k); }
        last = m.index + m[0].length;
      }
      if (last === 0) continue;
      for (let k = last; k < line.text.length; k++) { made += line.text[k]; from.push(k); }
      for (const f of read(made)) {
        out.push({ ...f, start: windowStart + line.start + from[f.start], end: windowStart + line.start + from[f.end - 1] + 1 });
      }
    }
  }
  // (The operator may open the next line: `"https://user:"⏎    + "…"`.)
  const reach = ctx.text.slice(windowStart, windowStart + window.length + 200);
  if (/["'][ \t]*(?:\r?\n[ \t]*)?[+.&]/.test(reach)) {
    SPLIT_URL_LITERAL.lastIndex = 0;
    for (let m = SPLIT_URL_LITERAL.exec(reach); m && m.index < window.length; m = SPLIT_URL_LITERAL.exec(reach)) {
      const built = constantValueAt(ctx.text, windowStart + m.index);
      if (!built) continue;
      for (const f of read(built.value).slice(0, 1)) out.push({ ...f, start: built.start, end: built.end });
    }
  }
  return out;
}

/** The lines of `text` holding `needle`, with their offsets. */
function linesWith(text: string, needle: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const start = text.lastIndexOf('\n', i) + 1;
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    if (!out.length || out[out.length - 1].start !== start) out.push({ text: text.slice(start, end), start });
    i = end;
  }
  return out;
}

/** Ten characters or more once percent-decoded, letters and digits: generated or chosen, not a stand-in. */
function isStrongPassword(secret: string): boolean {
  let plain = secret;
  try {
    plain = decodeURIComponent(secret);
  } catch {
    // A stray `%` (`pa%ss`) is the password's own character.
  }
  return plain.length >= 10 && mixesLettersAndDigits(plain) && !isDummyPassword(plain);
}

/**
 * The variable for a URL's password, named for what the URL is for, never for its user name:
 * `REDIS_URL=redis://…` → `REDIS_PASSWORD`, `DATABASE_URL` → `DATABASE_PASSWORD`; without a
 * name, the scheme decides (`DATABASE_PASSWORD`, `REDIS_PASSWORD`, `SMTP_PASSWORD`).
 */
export function urlPasswordEnvName(text: string, urlStart: number, scheme: string): string {
  const assigned = assignedNameBefore(text, urlStart);
  const base = assigned && toEnvName(assigned).replace(/(?:^|_)(?:URL|URI|DSN|CONN(?:ECTION)?(?:_?STR(?:ING)?)?|ADDR(?:ESS)?|ENDPOINT)$/, '');
  if (base && base.length <= 50 && !/^(?:PASSWORD|PASS|PWD|SECRET|TOKEN|KEY|VALUE|DEFAULT|URL)$/.test(base)) {
    return base.endsWith('_PASSWORD') || base === 'PASSWORD' ? base : `${base}_PASSWORD`;
  }
  const s = scheme.toLowerCase();
  if (/^rediss?$/.test(s)) return 'REDIS_PASSWORD';
  if (/^amqps?$/.test(s)) return 'AMQP_PASSWORD';
  if (DB_SCHEMES.includes(s)) return 'DATABASE_PASSWORD';
  return /^https?$/.test(s) || !/^[a-z][a-z0-9]*$/.test(s) ? 'URL_PASSWORD' : `${s.toUpperCase()}_PASSWORD`;
}

/** `jdbc:…;password=…` / `?password=…` and Oracle's `jdbc:oracle:thin:user/password@host`. */
function jdbcPasswords(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  const re = /jdbc:[a-z0-9]{2,20}:(?:thin:[^\s/'"@]{1,60}\/(?<oracle>[^\s@'"]{1,100})@|[^\s'"]{0,300}?[;?&]password=(?<param>[^;&\s'"]{1,200}))/dgi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) {
    const which = m.groups!.oracle !== undefined ? 'oracle' : 'param';
    const value = m.groups![which];
    // (An escaped template's opening, `\${…}` in Kotlin or a template literal, is no password.)
    if (isDummyPassword(value) || value.startsWith('\\$')) continue;
    const [s, e] = m.indices!.groups![which]!;
    out.push({ start: windowStart + s, end: windowStart + e, value });
  }
  return out;
}

/** ADO.NET / ODBC: `Server=…;User ID=…;Password=…;` — only inside a connection string. */
function adoPasswords(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  // Not after a sigil: `$password = null;` is a PHP or shell variable, not a connection string key.
  const re = /(?<![A-Za-z0-9_$])(?:password|pwd)\s{0,2}=\s{0,2}(?<secret>[^;'"\s<>]{1,200})/dgi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) {
    const [s, e] = m.indices!.groups!.secret;
    const value = m.groups!.secret;
    const near = around(ctx.text, windowStart + s, windowStart + e, 200);
    if (!/(?:server|data source|host|addr(?:ess)?|initial catalog|database|uid|user id)\s{0,2}=/i.test(near)) continue;
    if (!/;/.test(near) || isDummyPassword(value)) continue;
    if (/[()…]/.test(value)) continue; // `password = strdup(…);` is code, not a connection string
    if (/^[A-Za-z_][\w.]*=/.test(value)) continue; // an empty password, then the next key: `password= auth_user=`
    // Values in connection strings end at `;`, a quote or the line's end; prose goes on with a space.
    if (!/^(?:[;"'<\r\n]|$)/.test(window.slice(e, e + 1))) continue;
    out.push({ start: windowStart + s, end: windowStart + e, value });
  }
  return out;
}

/**
 * Passwords given on a command line: `mysql -u root -pSECRET` (glued to -p), `mysqldump
 * --password=SECRET`, `sshpass -p SECRET`, `redis-cli -a SECRET`, `docker login -p SECRET` (or `-p=SECRET`, Quay's robot login).
 */
const COMMAND_LINE_PASSWORD = /(?:\bmysql(?:dump|admin|import|sh)?\b[^\n|;&]{0,200}?[ \t](?:-p["']?(?<glued>[^\s'"]{3,100})|--password[= ]["']?(?<long>[^\s'"]{3,100}))|\b(?:vault[ \t]{1,4}operator[ \t]{1,4}unseal|sshpass[ \t]{1,4}-p|redis-cli\b[^\n|;&]{0,200}?[ \t]-a|docker[ \t]{1,4}login\b[^\n|;&]{0,200}?[ \t](?:-p|--password)|kadmin(?:\.local)?\b[^\n|;&]{0,200}?[ \t]-w|ldap(?:search|modify|add|delete|compare|modrdn|whoami|passwd)\b[^\n|;&]{0,200}?[ \t]-w|runmq[ac]km\b[^\n|;&]{0,200}?[ \t]-(?:target_)?pw|infacmd(?:\.sh)?\b[^\n|;&]{0,200}?[ \t]-pd|pmrep[ \t]{1,4}connect\b[^\n|;&]{0,200}?[ \t]-x|(?:altool|notarytool)\b[^\n|;&]{0,300}?[ \t](?:-p|--password)|ssh-keygen\b[^\n|;&]{0,200}?[ \t]-[NP]|kdb5_util\b[^\n|;&]{0,200}?[ \t]-P|(?:useradd|usermod)\b[^\n|;&]{0,200}?[ \t](?:-P|--clear-password)(?=[ \t]{1,4}(?<uq>["']?)[^\s'"]{3,100}\k<uq>(?:\s|;|$))|mosquitto_(?:pub|sub|rr)\b[^\n|;&]{0,200}?[ \t]-P|snmp(?:set|get|getnext|walk|bulkwalk|bulkget|table|trap|inform|status|df|netstat|delta)\b[^\n|;&]{0,200}?[ \t]-[cAX]|doveadm[ \t]{1,4}pw\b[^\n|;&]{0,100}?[ \t]-p|nmcli\b[^\n|;&]{0,200}?[ \t](?:password|wifi-sec\.psk|802-11-wireless-security\.psk)|addprinc\b[^\n|;&]{0,100}?[ \t]-pw|composer[ \t]{1,4}config\b[^\n|;&]{0,60}?[ \t](?:http-basic\.[\w.-]{1,100}[ \t]{1,4}[^\s-]\S{0,100}|bearer\.[\w.-]{1,100}))(?:[ \t]{1,4}|=)["']?(?<spaced>[^\s'"]{3,100}))/dg;

/** SMTP's `AUTH PLAIN` with its initial response. */
const SMTP_AUTH_PLAIN = /\bAUTH[ \t]+PLAIN[ \t]+(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/dgi;

/** The Go MySQL driver's DSN: `user:password@tcp(host:3306)/db`, `user:password@unix(/tmp/mysql.sock)/db`. */
const MYSQL_DSN = /(?<![\w.:/@-])[\w.-]{1,64}:(?<secret>[^\s@"'`:/]{1,200})@(?:tcp6?|unix)\(/dg;

/**
 * A DSN without a scheme, named so: Snowflake's Go driver (`user:password@account/db/schema?…`),
 * ClickHouse's and others' `user:password@host:port/db`. Only under a name that says DSN: elsewhere
 * `a:b@c` is an e-mail or a package spec. (The Go MySQL driver's `@tcp(` form is read above.)
 */
const NAMED_DSN = /\b(?:[A-Za-z_]\w{0,40}?)?dsn\w{0,20}["'`]?[ \t]{0,4}(?::=|=|:|=>)[ \t]{0,4}["'`]?[\w.-]{1,64}:(?<secret>[^\s@"'`:/]{1,200})@(?<host>[A-Za-z0-9][\w.-]{0,200})(?=[/:?"'`\s]|$)/dgi;

/**
 * A literal echoed into a login that reads its password from stdin (`echo "…" | docker login -u ci
 * --password-stdin`), into a keystore's password setting (`echo "…" | elasticsearch-keystore add -x -f …password`, any flags), into
 * Kerberos's `kinit` (it reads the password from a pipe), `passwd --stdin` or `sudo -S` (the user's own password).
 */
const PIPED_PASSWORD = /\b(?:echo|printf)[ \t]{1,4}(?:-n[ \t]{1,4})?["']?(?<piped>[^\s'"|]{3,100})["']?[ \t]{0,4}\|[^\n|;&]{0,200}?(?:--password-stdin\b|\badd(?=(?:[ \t]{1,4}-[\w-]{1,20}){0,3}[ \t]{1,4}(?:-x|--stdin)\b)(?:[ \t]{1,4}-[\w-]{1,20}){1,4}[ \t]{1,4}\S{0,120}(?:password|secret(?:_key)?)\b|\bkinit\b|\bpasswd[ \t]{1,4}--stdin\b|\bsudo[ \t]{1,4}(?:-[A-Za-z]{1,4}[ \t]{1,4}){0,3}-[A-RT-Za-z]{0,3}S\b)/dg;

/** A password a program hands to `kinit` or `passwd --stdin` on standard input: Python's `subprocess.run(["kinit", …], input=b"…\n")`. */
/** A DSN without a scheme where a tool expects one: msfconsole's `db_connect user:pass@host:port/db`, Nakama's `--database.address` and its YAML `address:` list. */
const SCHEMELESS_DSN = /(?:\bdb_connect[ \t]{1,4}|\bdatabase\.address[ \t=]{1,4}|\baddress:[ \t]{0,4}(?:\r?\n[ \t]{0,20}-[ \t]{1,4})?)["']?[\w.-]{1,60}:(?<dsn>[^\s@"':/]{3,200})@[\w.-]{1,200}:\d{2,5}(?:\/[\w.-]{1,60})?(?=["'\s?]|$)/dg;

/**
 * Active Directory's tools: `dsquery … -p password` and `ldifde`/`csvde -b user domain password` (a `*` asks
 * for it instead). SQL Server's are password-argument's.
 */
const WINDOWS_TOOL_PASSWORD = /\bdsquery\b[^\n|&]{0,300}?[ \t]-p[ \t]{1,4}(?<dsquery>[^\s'"*]{3,100})|\b(?:ldifde|csvde)\b[^\n|&]{0,300}?[ \t]-b[ \t]{1,4}\S{1,100}[ \t]{1,4}\S{1,100}[ \t]{1,4}(?<ldifde>[^\s'"*-][^\s'"]{2,100})/dg;

/** The same login fed a here-string: `docker login -u ci --password-stdin <<<"…"` (bash, zsh). */
const HERE_STRING_PASSWORD = /(?:--password-stdin\b|\bkinit\b|\bpasswd[ \t]{1,4}--stdin\b)[^\n|;&<]{0,200}?<<<[ \t]{0,2}(["']?)(?<piped>[^\s'"]{3,100})\1(?=[\s;&|]|$)/dg;

const STDIN_PASSWORD = /\[[ \t]{0,4}["'](?:kinit|passwd)["'][^\]\n]{0,200}\][^\n)]{0,200}?\binput[ \t]{0,2}=[ \t]{0,2}b?["'](?<stdin>[^"'\\\s]{3,100})(?:\\n)?["']/dg;

/**
 * Other tools' password arguments, from their manuals: HTTPie's `--auth user:password`,
 * `htpasswd -b file user password`, its options apart or together (`-b -c`, `-cb`; `-nb user password` prints instead of writing a file), and
 * OpenSSL's `-pass pass:…` / `-passin` / `-passout` / `enc -k …`.
 */
const TOOL_PASSWORD = /\bhttps?(?=[ \t])[^\n|;&]{0,200}?(?:[ \t]--auth[ \t=]|[ \t]-a[ \t])[ \t]{0,3}["']?[^\s:'"]{1,100}:(?<httpie>[^\s'"]{3,100})|\bhtpasswd(?=(?:[ \t]{1,4}-[a-zA-Z]{1,5}){0,2}[ \t]{1,4}-[a-zA-Z]{0,4}b)(?:(?=(?:[ \t]{1,4}-[a-zA-Z]{1,5}){0,2}[ \t]{1,4}-[a-zA-Z]{0,4}n)(?:[ \t]{1,4}-[a-zA-Z]{1,5}){1,3}|(?:[ \t]{1,4}-[a-zA-Z]{1,5}){1,3}[ \t]{1,4}[^\s-]\S{0,200})[ \t]{1,4}[^\s-]\S{0,100}[ \t]{1,4}["']?(?<htpasswd>[^\s'"]{3,100})|\bopenssl[ \t][^\n|;&]{0,200}?[ \t](?:-pass(?:in|out)?[ \t]{1,4}(?=["']?pass:)|-k[ \t]{1,4})(?<pq>["']?)(?:pass:)?(?<openssl>[^\s'"]{3,100})\k<pq>(?=[\s;|&)]|$)/dg;

/**
 * Logins with a secret argument, from their manuals: Samba's `smbclient -U user%password` and
 * the Azure CLI's `az login --service-principal -u … -p <secret>`; the MongoDB shell's and tools'
 * `-p`/`--password` (`mongosh -u root -p …`, `mongodump --password=…`).
 */
const LOGIN_PASSWORD = /\bsmbclient\b[^\n|;&]{0,200}?[ \t](?:-U|--user=?)[ \t]{0,4}["']?[^\s%'"]{1,100}%(?<smb>[^\s'"]{3,100})|\baz[ \t]{1,4}login\b[^\n|;&]{0,200}?[ \t](?:-p|--password)(?:[ \t]{1,4}|=)["']?(?<az>[^\s'"]{3,100})|\bmongo(?:sh|dump|restore|export|import|stat|top|files)?\b[^\n|;&]{0,200}?[ \t](?:-p|--password)(?:[ \t]{1,4}|=)["']?(?<mongo>[^\s'"-][^\s'"]{2,100})/dg;

/**
 * More tools' logins, from their manuals: Oracle's `user/password@service` connect string after
 * its tools (`sqlplus -s`, `expdp`, `sqlldr`, `rman target`) or as a parameter file's `userid=`;
 * the MinIO client's `mc alias set` (alias, URL, access key, then the secret key; the older
 * `mc config host add` alike); SteamCMD's `+login` (user, then password); macOS's `security
 * unlock-keychain -p …`; SignTool's `/p <pfx password>`; lftp's `-u user,password` (and its `open -u`).
 */
const TOOL_LOGIN = /(?:\b(?:sqlplus|sqlldr|expdp|impdp|dgmgrl|rman[ \t]{1,4}target)[ \t]{1,4}(?:-[A-Za-z][ \t]{1,4}){0,3}|(?:^|[\s;])[uU][sS][eE][rR][iI][dD][ \t]{0,2}=[ \t]{0,2}|^[ \t]*CONN(?:ECT)?[ \t]{1,4}(?=[^\n]{1,100}@))["']?[A-Za-z][\w$#]{0,29}\/(?<oracle>[^\s@\/"']{3,64})(?=[@\s"']|$)|\bmc[ \t]{1,4}(?:alias[ \t]{1,4}set|config[ \t]{1,4}host[ \t]{1,4}add)[ \t]{1,4}\S{1,100}[ \t]{1,4}\S{1,300}[ \t]{1,4}["']?[^\s'"]{1,200}["']?[ \t]{1,4}["']?(?<mc>[^\s'"]{3,100})|\+login[ \t]{1,4}["']?[^\s+"']{1,64}["']?[ \t]{1,4}["']?(?<steam>[^\s+"']{3,100})|\bsecurity[ \t]{1,4}(?:unlock|create)-keychain\b[^\n|;&]{0,100}?[ \t]-p[ \t]{1,4}["']?(?<keychain>[^\s'"]{3,100})|\bsigntool(?:\.exe)?[ \t][^\n|;&]{0,300}?[ \t]\/p[ \t]{1,4}["']?(?<signtool>[^\s'"]{3,100})|\b(?:lftp\b[^\n|;&]{0,200}?|open)[ \t]{1,4}-u[ \t]{1,4}["']?[^\s,'"]{1,100},(?<lftp>[^\s,'";]{3,100})|\b(?:echo|printf)[ \t]{1,4}["']?[\w.-]{1,32}:(?<chpasswd>[^\s'":]{3,100})["']?[ \t]{0,4}\|[ \t]{0,4}(?:sudo[ \t]{1,4})?chpasswd\b|\brabbitmqctl[ \t]{1,4}(?:add_user|change_password)[ \t]{1,4}["']?[^\s'"]{1,100}["']?[ \t]{1,4}["']?(?<rabbit>[^\s'"]{3,100})|\b(?:zip|unzip)(?:[ \t][^\n|;&]{0,200}?)?[ \t]-P[ \t]{1,4}["']?(?<zip>[^\s'"]{3,100})|\b7za?[ \t]{1,4}[a-z](?:[ \t][^\n|;&]{0,200}?)?[ \t]["']?-p(?<sevenzip>[^\s'"-][^\s'"]{2,100})|\bdb2[ \t]{1,4}["']?connect[ \t]{1,4}to[ \t]{1,4}\S{1,60}[ \t]{1,4}user[ \t]{1,4}\S{1,60}[ \t]{1,4}using[ \t]{1,4}["']?(?<db2>[^\s'";]{3,100})|\borapki\b[^\n|;&]{0,200}?[ \t]-pwd[ \t]{1,4}["']?(?<orapki>[^\s'"]{3,100})|\bmkstore\b[^\n|;&]{0,200}?[ \t]-createCredential[ \t]{1,4}\S{1,100}[ \t]{1,4}\S{1,100}[ \t]{1,4}["']?(?<mkstore>[^\s'"<]{3,100})/dgm;

/**
 * The new password `ldappasswd -s …` sets (read apart: its bind password, `-w`, comes first on the
 * line), and the one `mysqladmin … password '…'` sets (MySQL manual, mysqladmin's `password` command).
 */
const LDAP_NEW_PASSWORD = /\bldappasswd\b[^\n|;&]{0,300}?[ \t]-s[ \t]{1,4}["']?(?<ldapnew>[^\s'"]{3,100})|\bmysqladmin\b[^\n|;&]{0,200}?[ \t]password[ \t]{1,4}["']?(?<mysqladmin>[^\s'"]{3,100})/dg;

/** An expect script answering a password prompt: `expect "assword:"` then `send "…\r"`. */
const EXPECT_SEND = /\bexpect[ \t]{1,4}(?:-(?:re|ex|gl)[ \t]{1,4})?["{][^"}\n]{0,40}(?:assword|assphrase|PIN)[^"}\n]{0,20}["}][^\n]{0,40}\r?\n[ \t]{0,40}send(?:[ \t]{1,4}--)?[ \t]{1,4}["{](?<expect>[^"}\n\\$[]{3,100})(?:\\r|\\n)?["}]/dg;
/** The same inside an `expect { … }` block: the prompt's pattern, then its action's `send` on its line or the next (`"*assword:*" {⏎ send "…\r"`). */
const EXPECT_BLOCK_SEND = /^[ \t]{0,40}(?:-(?:re|ex|gl)[ \t]{1,4})?["{][^"}\n]{0,40}(?:assword|assphrase|PIN)[^"}\n]{0,20}["}][ \t]{0,4}\{[ \t]*(?:\r?\n[ \t]{0,40})?send(?:[ \t]{1,4}--)?[ \t]{1,4}["{](?<expect>[^"}\n\\$[]{3,100})(?:\\r|\\n)?["}]/dgm;

/** cloud-init's `chpasswd:` module, its `list: |` block of `user:password` lines (the passwords set at first boot). */
const CLOUD_INIT_CHPASSWD = /^chpasswd:[ \t]*\r?\n(?:[ \t]{1,8}\w{1,20}:[^\n]{0,100}\n){0,3}?[ \t]{1,8}list:[ \t]*\|[ \t]*\r?\n/m;
const CHPASSWD_LINE = /^[ \t]{2,16}[\w.-]{1,32}:(?<secret>[^\s:]{3,100})[ \t]*\r?$/;

function cloudInitPasswords(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  const list = CLOUD_INIT_CHPASSWD.exec(window);
  if (!list) return out;
  let at = list.index + list[0].length;
  for (let n = 0; n < 20 && at < window.length; n++) {
    const end = window.indexOf('\n', at) < 0 ? window.length : window.indexOf('\n', at);
    const m = CHPASSWD_LINE.exec(window.slice(at, end));
    if (!m) break;
    const value = m.groups!.secret;
    // (`RANDOM` asks cloud-init to make one up; a hash is given with its `$6$`.)
    if (value !== 'RANDOM' && !value.startsWith('$') && !isDummyPassword(value)) {
      const s = at + m[0].indexOf(':') + 1;
      out.push({ start: windowStart + s, end: windowStart + s + value.length, value });
    }
    at = end + 1;
  }
  return out;
}

function commandLinePasswords(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = cloudInitPasswords(window, windowStart);
  // An exec-form command (`["redis-cli", "-a", "…"]` in Compose, Dockerfiles, Kubernetes) reads
  // as the command line it runs: the separators between its strings become spaces, offsets kept.
  let text = /"[ \t]{0,2},[ \t]{0,2}"/.test(window) ? window.replace(/"[ \t]{0,2},[ \t]{0,2}"/g, sep => ' '.repeat(sep.length)) : window;
  // So does a command continued over lines (`redis-cli -h host \⏎  -a '…' ping`).
  if (text.includes('\\\n') || text.includes('\\\r\n')) text = text.replace(/\\\r?\n/g, cont => ' '.repeat(cont.length));
  for (const re of [COMMAND_LINE_PASSWORD, PIPED_PASSWORD, HERE_STRING_PASSWORD, STDIN_PASSWORD, SCHEMELESS_DSN, WINDOWS_TOOL_PASSWORD, TOOL_PASSWORD, LOGIN_PASSWORD, TOOL_LOGIN, EXPECT_SEND, EXPECT_BLOCK_SEND, LDAP_NEW_PASSWORD]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const which = (['glued', 'long', 'spaced', 'piped', 'httpie', 'htpasswd', 'openssl', 'smb', 'az', 'mongo', 'oracle', 'mc', 'steam', 'keychain', 'signtool', 'lftp', 'chpasswd', 'rabbit', 'zip', 'sevenzip', 'db2', 'orapki', 'mkstore', 'expect', 'ldapnew', 'mysqladmin', 'stdin', 'dsn', 'dsquery', 'ldifde'] as const)
        .find(g => m!.groups![g] !== undefined)!;
      const value = m.groups![which];
      // References, not literals: `$PW`, `%PW%`, `{{pw}}`, `<password>`, `$(cat pw)`, fish's `(read)`.
      // (A generated password may open with `%` and a mark: `%!h^F2v…`.)
      if (isDummyPassword(value) || /^[${<(]|^%(?=[\w(~*{])|\$\{|\$\(|[`…]/.test(value) || !/[A-Za-z0-9]/.test(value)) continue;
      // Prose about the switches (`ldapmodify -w and ldappasswd -s`): a word of the sentence, not a password.
      if (/^(?:and|or|the|to|for|with|is|are|as|in|on|of|a|an|then|flag|option|switch|argument)$/i.test(value)) continue;
      // SNMP's default communities are no secret (`snmpwalk -c public`).
      if (/^(?:public|private)$/i.test(value) && /^snmp/i.test(m[0])) continue;
      const [s, e] = m.indices!.groups![which]!;
      out.push({ start: windowStart + s, end: windowStart + e, value, ...(which === 'piped' ? { envVar: 'REGISTRY_PASSWORD' } : {}) });
    }
  }
  return out;
}

export const connectionStringRules: Rule[] = [
  {
    id: 'proxy-list-credentials', provider: 'Generic', title: 'Proxy credentials in a proxy list',
    source: 'proxy providers\' list exports (Webshare, IPRoyal, Smartproxy and others): one proxy a line as host:port:username:password',
    keywords: [],
    // (A list named for proxies, or any list in a `proxies/` folder.)
    paths: /(?:^|\/)(?:[\w.-]{0,40}prox(?:y|ies)[\w.-]{0,40}|prox(?:y|ies)\/[\w.-]{1,80})\.(?:txt|csv|lst|list)$/i,
    find: (window, start) => eachSecret(/^[ \t]{0,8}(?:(?:\d{1,3}\.){3}\d{1,3}|[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,6})[:,]\d{2,5}[:,][^:\s,]{2,100}[:,](?<secret>[^:\s,]{6,100})[ \t]*\r?$/dgm, window, start,
      value => (isDummyPassword(value) || isPlaceholder(value) || shannonEntropy(value) < 2.5 ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'PROXY_PASSWORD',
    description: 'A proxy service\'s username and password, one proxy a line (`ip:port:user:password`): anyone with the list spends the plan\'s bandwidth, under the account\'s name.',
  },
  {
    id: 'database-url-password', provider: 'Database', title: 'Database / broker URL with password',
    source: 'RFC 3986 userinfo in database URLs (postgres://user:password@host)',
    keywords: DB_SCHEMES.map(s => s.split('+')[0]).filter((s, i, a) => a.indexOf(s) === i),
    find: (window, start, ctx) => [...urlPasswords(DB_URL, undefined, window, start),
      ...piecedUrlPasswords(text => urlPasswords(DB_URL, undefined, text, 0), window, start, ctx)],
    skipPlaceholderCheck: true, // isDummyPassword is the check for passwords
    confidence: 'provider', severity: 'error',
    envVar: 'DATABASE_URL',
    description: 'Password inside a postgres/mysql/mariadb/mongodb/redis/amqp/mssql URL (user:password@host). Placeholder passwords are skipped; local hosts are warnings.',
  },
  {
    id: 'mysql-dsn-password', provider: 'Database', title: 'MySQL DSN with password',
    source: 'go-sql-driver/mysql README, "DSN (Data Source Name)": [username[:password]@][protocol[(address)]]/dbname',
    keywords: ['@tcp(', '@tcp6(', '@unix('],
    // The user name before the password is no variable name (`app:…` would suggest APP).
    find: (window, start) => eachSecret(MYSQL_DSN, window, start,
      value => (isDummyPassword(value) || /^[$%{<]/.test(value) ? undefined : { envVar: 'DATABASE_PASSWORD' })),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'DATABASE_PASSWORD',
    description: 'Password in a Go MySQL driver DSN (user:password@tcp(host:3306)/db).',
  },
  {
    id: 'dsn-password', provider: 'Database', title: 'DSN with password',
    source: 'Snowflake Go driver docs, "Connection string": username[:password]@<account_identifier>/dbname/schemaname[?param1=value&...]',
    keywords: ['dsn'],
    find: (window, start) => eachSecret(NAMED_DSN, window, start,
      (value, m) => (isDummyPassword(value) || /^[$%{<]/.test(value) || PLACEHOLDER_HOST.test(m.groups!.host) ? undefined
        : LOCAL_HOST.test(m.groups!.host) ? { severity: 'warning', detail: 'local host' } : {})),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'DATABASE_PASSWORD',
    description: 'Password in a DSN without a scheme under a DSN name (dsn := "user:password@account/db", Snowflake\'s Go driver, ClickHouse).',
  },
  {
    id: 'jdbc-password', provider: 'Database', title: 'JDBC URL with password',
    source: 'JDBC driver URL formats (password= parameter, Oracle user/password@)',
    keywords: ['jdbc:'],
    find: (window, start, ctx) => [...jdbcPasswords(window, start), ...piecedUrlPasswords(text => jdbcPasswords(text, 0), window, start, ctx)],
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'DATABASE_PASSWORD',
    description: 'Password in a JDBC URL (…;password=… or jdbc:oracle:thin:user/password@host).',
  },
  {
    id: 'connection-string-password', provider: 'Database', title: 'Connection string password',
    source: 'ADO.NET / ODBC connection strings (Password=/Pwd=)',
    keywords: ['password', 'pwd'],
    find: adoPasswords,
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'DATABASE_PASSWORD',
    description: 'Password=/Pwd= in an ADO.NET or ODBC connection string (Server=…;User ID=…;Password=…).',
  },
  {
    id: 'command-line-password', provider: 'Database', title: 'Password on a command line',
    source: 'tool manuals: mysql -p<password>, sshpass -p, redis-cli -a, docker login -p / --password-stdin, HTTPie --auth, htpasswd -b, openssl -pass pass:, smbclient -U user%password, az login -p, kadmin -w, elasticsearch-keystore add -x, Oracle SQL*Plus/Data Pump user/password@service, userid= and CONNECT user/password@service, MinIO mc alias set, SteamCMD +login, macOS security unlock-keychain -p, SignTool /p, lftp -u user,password, OpenLDAP ldapsearch/ldapmodify -w and ldappasswd -s, IBM MQ runmqakm -pw, Informatica infacmd -pd and pmrep connect -x (-X names a variable), chpasswd (user:password on stdin, and the chpasswd list of cloud-init), Expect (send after a password prompt), Apple altool/notarytool -p (an app-specific password), ssh-keygen -N/-P (the key passphrase), Kerberos kdb5_util -P and addprinc -pw, Yocto extrausers useradd/usermod -P (--clear-password), Mosquitto mosquitto_pub/sub -P, Net-SNMP snmpget/snmpset/snmpwalk -c <community> (-A/-X SNMPv3 passphrases), Dovecot doveadm pw -p, NetworkManager nmcli … password/wifi-sec.psk, composer config http-basic/bearer, rabbitmqctl add_user/change_password, zip/unzip -P, 7-Zip -p, MongoDB mongosh/mongo/mongodump -p and --password, IBM Db2 connect to … user … using, Oracle orapki -pwd and mkstore -createCredential, kinit(1), passwd --stdin and sudo -S (each reads a piped password), msfconsole db_connect and Nakama --database.address (user:password@host:port/db without a scheme), dsquery -p, ldifde/csvde -b user domain password, mysqladmin password',
    keywords: ['mysql', 'shpass', 'is-cli', 'ker login', 'password-stdin', '--auth', 'http -a', 'https -a', 'htpasswd', 'openssl', 'smbclient', 'az login', 'operator unseal',
      'kadmin', 'add -x', 'add --stdin', 'sqlplus', 'sqlldr', 'expdp', 'impdp', 'dgmgrl', 'rman target', 'erid=', 'erid =', 'connect ', 'conn ', 'mc alias', 'g host add',
      '+login', '-keychain', 'gntool', 'lftp', 'pen -u', 'ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapcompare', 'ldapwhoami', 'ldapmodrdn', 'runmqakm', 'runmqckm', 'infacmd', 'pmrep', 'chpasswd', 'send "', 'send -- "', 'send {', 'altool', 'notarytool', 'ssh-keygen', 'snmpset', 'snmpget', 'snmpwalk', 'snmpbulk', 'snmptable', 'snmptrap', 'useradd', 'usermod', 'kdb5_util', 'addprinc', 'mosquitto_', 'doveadm', 'nmcli', 'composer config', 'rabbitmqctl', 'zip -', '7z ', '7za ', 'mongo', 'connect to', 'orapki', 'mkstore', 'kinit', 'd --stdin', 'sudo -s', 'sudo -ks', 'db_connect', 'database.address', 'address:', 'dsquery', 'ldifde', 'csvde'],
    find: (window, start) => commandLinePasswords(window, start),
    // (Lines around the keyword: an Expect script's prompt is on the line before its answer.)
    window: { before: 120, after: 120, wholeLines: true },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'MYSQL_PWD',
    description: 'A literal password in `mysql -u user -pPASSWORD` / `--password=…`, `sshpass -p …`, `redis-cli -a …`, `docker login -p …`, echoed into a `--password-stdin` login or fed it a here-string (`<<<"…"`), `http --auth user:…`, `htpasswd -b … user …`, `openssl … -pass pass:…`, `smbclient -U user%…`, `az login … -p …`, Oracle\'s `sqlplus user/…@service` and `userid=user/…`, `mc alias set … <secret key>`, `steamcmd +login user …`, `security unlock-keychain -p …`, `signtool … /p …`, `ldapsearch … -w …`, `runmqakm … -pw …` or `echo user:… | chpasswd` (shell history, scripts, CI files).',
  },
  {
    id: 'url-basic-auth', provider: 'URL credentials', title: 'Password in URL',
    source: 'RFC 3986 userinfo (scheme://user:password@host)',
    keywords: ['://'],
    // Userinfo ends at an `@`: most windows opened by `://` (links in code and docs) have none,
    // and a native search for it is far cheaper than the pattern trying every position.
    find: (window, start, ctx) => {
      const read = (text: string, at: number) => urlPasswords(ANY_URL, DB_SCHEME, text, at).filter(m => !/^\d{1,5}$/.test(m.value)); // `host:8080@…` is not a password
      return [...(window.includes('@') ? read(window, start) : []), ...piecedUrlPasswords(text => read(text, 0), window, start, ctx)];
    },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'URL_PASSWORD',
    description: 'A password in URL userinfo (scheme://user:password@host), for any other scheme (https, ftp, smtp, ldap, …).',
  },
  {
    id: 'url-token-user', provider: 'URL credentials', title: 'Token in URL',
    source: 'RFC 3986 userinfo; Gemfury (https://TOKEN@gem.fury.io), packagecloud (https://TOKEN:@packagecloud.io), Heroku git (https://:API_KEY@git.heroku.com) docs',
    keywords: ['://'],
    find: (window, start) => !window.includes('@') ? [] : eachSecret(TOKEN_USER_URL, window, start,
      // (A BLS public key, 0x + 96 hex, names an MEV-Boost relay: `https://0x…@boost-relay.flashbots.net`.)
      (value, m) => ((isRandomToken(value) || isTokenHostUser(value, m[0])) && !(/^[0-9a-f]{32}$/.test(value) && PUBLIC_DSN_PATH.test(m.groups!.path ?? '')) && !/^0x[0-9a-f]{96}$/i.test(value) ? {} : undefined)),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'URL_TOKEN',
    description: 'A random token as the whole userinfo of a URL (https://TOKEN@host, https://TOKEN:@host, https://:TOKEN@host): package registries and git hosts take a token so.',
  },
  {
    id: 'smtp-auth-plain', provider: 'SMTP', title: 'SMTP AUTH PLAIN credentials',
    source: 'RFC 4954 (SMTP AUTH with an initial response) and RFC 4616 (PLAIN: authzid NUL user NUL password, base64)',
    // In protocol traces, packet-capture text and mail-library debug logs.
    keywords: ['auth plain'],
    find: (window, start) => eachSecret(SMTP_AUTH_PLAIN, window, start, value => {
      const parts = decodeBase64(value)?.split('\0');
      return parts?.length === 3 && parts[1] && parts[2].length >= 4 && !isDummyPassword(parts[2]) ? { detail: 'base64 of user and password' } : undefined;
    }),
    confidence: 'provider', severity: 'error',
    envVar: 'SMTP_PASSWORD',
    description: 'A mail login in a protocol trace: `AUTH PLAIN <base64 of user and password>` (SMTP debug logs, packet captures).',
  },
  {
    id: 'sql-password', provider: 'Database', title: 'Password in a SQL statement',
    source: 'SQL references: PostgreSQL CREATE/ALTER ROLE … PASSWORD, MySQL CREATE USER … IDENTIFIED BY and SET PASSWORD, SQL Server CREATE LOGIN … WITH PASSWORD = N\'…\', Oracle CREATE USER / DATABASE LINK … IDENTIFIED BY "…"; PostgreSQL dollar-quoted string constants ($$…$$, $tag$…$tag$)',
    keywords: ['password', 'identified'],
    // (A statement may open on a line above its password: `CREATE DATABASE LINK x⏎  CONNECT TO u IDENTIFIED BY "…"`.)
    window: { before: 240, after: 240, wholeLines: true },
    find: (window, start) => {
      if (!/create|alter|grant|set\s/i.test(window)) return [];
      // The MySQL client's history file writes spaces as `\040`: read them as spaces, offsets kept.
      const text = window.includes('\\040') ? window.replace(/\\040/g, '    ') : window;
      const out: RawMatch[] = [];
      for (const re of SQL_PASSWORDS) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const value = m.groups!.secret;
          // A hash (`*6BB4…`, PostgreSQL's `md5…`/`SCRAM-SHA-256$…`: the password-hash rule's), a bind or a template.
          if (isDummyPassword(value) || /^[*$:?%{]|^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$/i.test(value)) continue;
          const [s, e] = m.indices!.groups!.secret;
          out.push({ start: start + s, end: start + e, value });
        }
      }
      return out;
    },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'DATABASE_PASSWORD',
    description: 'A literal password in a SQL statement that creates or changes a database user (CREATE USER … PASSWORD \'…\', IDENTIFIED BY \'…\', SET PASSWORD), in SQL files, migrations or code that runs them.',
  },
];

/** A quoted SQL literal (`''` is a quote inside it). */
const SQL_LITERAL = String.raw`N?'(?<secret>(?:[^'\n\\]|''){1,200})'`;
/** Statements that set a database user's password. */
const SQL_PASSWORDS = [
  // (A statement may run over lines: `CREATE DATABASE LINK x⏎  CONNECT TO u IDENTIFIED BY "…"`.)
  new RegExp(String.raw`\b(?:(?:CREATE|ALTER)\s{1,4}(?:USER|ROLE|LOGIN|(?:PUBLIC\s{1,4})?DATABASE\s{1,4}LINK)|GRANT)\b[^;]{0,200}?(?:\bPASSWORD\s{0,4}=?\s{0,4}|\bIDENTIFIED\s{1,4}(?:WITH\s{1,4}(?!\w{0,30}_hash\b)\w{1,40}\s{1,4})?BY\s{1,4})${SQL_LITERAL}`, 'dgi'),
  // Oracle quotes a password as an identifier: `IDENTIFIED BY "…"` (users and database links).
  new RegExp(String.raw`\b(?:CREATE|ALTER)\s{1,4}(?:USER|(?:PUBLIC\s{1,4})?DATABASE\s{1,4}LINK)\b[^;]{0,200}?\bIDENTIFIED\s{1,4}BY\s{1,4}"(?<secret>[^"\n]{1,200})"`, 'dgi'),
  // Or leaves it unquoted, as an identifier may be: `CREATE USER rpt IDENTIFIED BY Xk9…` (not `BY VALUES '<hash>'`).
  new RegExp(String.raw`\b(?:CREATE|ALTER)\s{1,4}USER\s{1,4}[\w$#]{1,128}\s{1,4}IDENTIFIED\s{1,4}BY\s{1,4}(?!VALUES\b)(?<secret>[A-Za-z][\w$#]{5,29})(?![\w$#'"])`, 'dgi'),
  new RegExp(String.raw`\bSET\s{1,4}PASSWORD\b[^;\n=]{0,200}=\s{0,4}(?:PASSWORD\s{0,4}\(\s{0,4})?${SQL_LITERAL}`, 'dgi'),
  // PostgreSQL's dollar quoting: `ALTER ROLE app PASSWORD $$…$$`, `$pw$…$pw$`.
  new RegExp(String.raw`\b(?:CREATE|ALTER)\s{1,4}(?:USER|ROLE)\b[^;]{0,200}?\bPASSWORD\s{1,4}\$(?<tag>[A-Za-z_]\w{0,20})?\$(?<secret>[^$\n]{1,200})\$\k<tag>\$`, 'dgi'),
];
