/**
 * Credentials in system and service configuration files, each in its own line grammar: PPP and
 * IPsec secrets, rsync, Postfix and davfs2 password files, HAProxy, SNMP, ZNC, Redis Sentinel,
 * OpenVPN static keys, Subversion's password cache, Bundler's source credentials, LDIF, Windows
 * answer files and Group Policy Preferences, installers' answer files (Kickstart, Debian preseed),
 * CloudFormation's NoEcho parameters. Formats from each tool's manual page or documentation (`source`).
 * `name = value` settings in these files (Wi-Fi `psk=`, BIND's `secret "…";`) the generic rule reads.
 */

import { decodeBase64 } from '../text';
import { looksRandomEnough } from '../filters';
import { eachSecret, isDummyPassword, loneSecretFile, passwordsIn } from './define';
import type { RawMatch, Rule } from '../types';

/** WebSphere's {xor} encoding undone: base64, then each byte XORed with `_`; undefined unless printable text. */
function xorDecoded(base64: string): string | undefined {
  const bytes = decodeBase64(base64);
  if (bytes === undefined) return undefined;
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes.charCodeAt(i) ^ 0x5f);
  return text.length >= 4 && /^[\x21-\x7e]+$/.test(text) ? text : undefined;
}

/** A keytab's first entry read back: version 0x0502, a length, 1 to 8 components and a realm of printable characters. */
function isKeytab(base64: string): boolean {
  const bytes = decodeBase64(base64.slice(0, 64));
  if (bytes === undefined || bytes.length < 12 || bytes.charCodeAt(0) !== 5 || bytes.charCodeAt(1) !== 2) return false;
  const components = bytes.charCodeAt(6) * 256 + bytes.charCodeAt(7);
  const realmLength = bytes.charCodeAt(8) * 256 + bytes.charCodeAt(9);
  const realm = bytes.slice(10, 10 + realmLength);
  return components >= 1 && components <= 8 && realmLength >= 1 && /^[\x21-\x7e]+$/.test(realm);
}

/** `{SSHA}…`, `{CRYPT}$6$…`: an LDAP password scheme prefix, so the value is a hash. */
const LDAP_SCHEME = /^\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|PBKDF2(?:-SHA\d{1,3})?|ARGON2|BCRYPT)\}/i;

/**
 * `userPassword: …` / `userPassword:: <base64>` in an LDIF file: a hash (`{SSHA}…`) is crackable
 * offline, reported lower; anything else is the password itself.
 */
function ldifPasswords(window: string, windowStart: number): RawMatch[] {
  return eachSecret(/^userPassword(?<b64>::?)[ \t]{0,4}(?<secret>[^\s]{3,1000})[ \t]*\r?$/dgim, window, windowStart, (value, m) => {
    const plain = m.groups!.b64 === '::' ? decodeBase64(value) : value;
    if (!plain || !/^[\x20-\x7e]+$/.test(plain)) return undefined;
    if (LDAP_SCHEME.test(plain)) return { severity: 'warning', title: 'Password hash in LDIF (crackable offline)' };
    if (isDummyPassword(plain)) return undefined;
    return m.groups!.b64 === '::' ? { detail: 'base64, readable by anyone' } : {};
  });
}

/**
 * Windows answer files keep account passwords as `<Value>` with `<PlainText>true</PlainText>`, or
 * "hidden" as base64 of the UTF-16 password followed by the element's name: reversible either way.
 */
function unattendPasswords(window: string, windowStart: number): RawMatch[] {
  const re = /<(?<el>AdministratorPassword|Password)>\s{0,40}<Value>(?<secret>[^<\r\n]{1,500})<\/Value>\s{0,40}<PlainText>(?<plain>true|false)<\/PlainText>/dgi;
  return eachSecret(re, window, windowStart, (value, m) => {
    if (m.groups!.plain.toLowerCase() === 'true') return isDummyPassword(value) ? undefined : {};
    const decoded = decodeBase64(value);
    const text = decoded && Array.from({ length: decoded.length >> 1 }, (_, i) => decoded[i * 2]).join('');
    const password = text?.endsWith(m.groups!.el) ? text.slice(0, -m.groups!.el.length) : undefined;
    return password && !isDummyPassword(password) ? { detail: 'base64, readable by anyone' } : undefined;
  });
}

/**
 * `BUNDLE_GEMS__ACME__IO: "user:password"` or a token, alone or as `token:x-oauth-basic` (GitHub's
 * form). Settings with dotted names are no hosts: `build.<gem>` options, `mirror.<url>`, `local.<gem>`
 * paths, `path.system`, `gem.*` defaults. Sidekiq's source has its own rule.
 */
function bundlerCredentials(window: string, windowStart: number): RawMatch[] {
  const re = /(?<![\w])BUNDLE_(?!BUILD__|MIRROR__|LOCAL__|PATH__|GEM__|GEMS__CONTRIBSYS__COM)[A-Z0-9_]{1,200}__[A-Z]{2,12}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<first>[^\s"':@/\\]{1,300})(?::(?<second>[^\s"'@/\\]{1,300}))?/dg;
  const out: RawMatch[] = [];
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const { first, second } = m.groups!;
    const which = second === undefined || /^x-oauth-basic$/i.test(second) ? 'first' : 'second';
    const value = m.groups![which];
    if (isDummyPassword(value) || !looksRandomEnough(value, 2.5)) continue;
    if (which === 'first' && second === undefined && first.length < 16) continue; // a lone token is long
    const [s, e] = m.indices!.groups![which]!;
    out.push({ start: windowStart + s, end: windowStart + e, value });
  }
  return out;
}

/** `$6$…`, `$2b$…`: a crypt(3) hash, crackable offline, not the password itself. */
const CRYPT_HASH = /^\$(?:1|2[abxy]|5|6|y|apr1)\$/;

/** A password or, when it is a crypt(3) hash, a lower-severity finding that says so. */
function passwordOrHash(value: string, crypted: boolean): Partial<RawMatch> | undefined {
  if (crypted || CRYPT_HASH.test(value)) return CRYPT_HASH.test(value) ? { severity: 'warning', title: 'Password hash (crackable offline)' } : undefined;
  return isDummyPassword(value) || /^[$%{]/.test(value) ? undefined : {};
}

/**
 * CloudFormation's `NoEcho: true` declares a parameter secret; its `Default` is then a secret
 * in the template. The parameter's block is the lines indented at least as deep as `NoEcho`.
 */
function noEchoDefaults(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  const re = /^([ \t]{1,40})NoEcho:[ \t]{0,4}["']?true["']?[ \t]*\r?$/dgmi;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const indent = m[1].length;
    let from = m.index;
    for (let p = window.lastIndexOf('\n', from - 2); p >= 0 && indentOf(window, p + 1) >= indent; p = window.lastIndexOf('\n', p - 1)) from = p + 1;
    let to = window.indexOf('\n', m.index);
    while (to >= 0 && to + 1 < window.length && indentOf(window, to + 1) >= indent) to = window.indexOf('\n', to + 1);
    const block = window.slice(from, to < 0 ? window.length : to);
    // (A YAML string tag may come first: `Default: !!str …`; other tags are intrinsic functions.)
    const d = new RegExp(`^[ \\t]{${indent}}Default:[ \\t]{0,4}(?:!!str[ \\t]{1,4})?(?<q>["']?)(?<secret>[^\\s"'#][^\\r\\n"']{0,300}?)\\k<q>[ \\t]*\\r?$`, 'dm').exec(block);
    if (!d || isDummyPassword(d.groups!.secret) || /^(?:!|\{\{resolve:)/.test(d.groups!.secret)) continue;
    const [s, e] = d.indices!.groups!.secret;
    out.push({ start: windowStart + from + s, end: windowStart + from + e, value: d.groups!.secret });
  }
  return out;
}

/** Spaces and tabs at the start of the line beginning at `at`; a blank line counts as deep (it continues the block). */
function indentOf(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === '\n' || text[i] === '\r' || i >= text.length ? Infinity : i - at;
}

/** A Cisco IOS (or IOS-XE, NX-OS) configuration: `!` separator lines and a `hostname` line. */
function isIosConfig(text: string): boolean {
  if (lastIos?.text !== text) lastIos = { text, ios: /^!\r?$/m.test(text) && /^hostname[ \t]+\S/m.test(text) };
  return lastIos.ios;
}
let lastIos: { text: string; ios: boolean } | undefined;

/** The key Cisco's type 7 encoding XORs with, from an offset the first two digits give. */
const TYPE7_KEY = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';

/** A type 7 value decodes to printable text (it is an encoding, not a hash). */
function decodesAsType7(value: string): boolean {
  if (!/^[0-5]\d(?:[0-9A-Fa-f]{2}){1,60}$/.test(value)) return false;
  const seed = Number(value.slice(0, 2));
  if (seed > 52) return false;
  for (let i = 2, k = seed; i < value.length; i += 2, k++) {
    const c = parseInt(value.slice(i, i + 2), 16) ^ TYPE7_KEY.charCodeAt(k % TYPE7_KEY.length);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

// (Anywhere on its line: a key chain's `key-string 7 …`, OSPF's `message-digest-key 1 md5 7 …`, BGP's
// `neighbor … password 7 …`; NTP writes the type after the key: `ntp authentication-key 1 md5 … 7`.)
const IOS_TYPE7 = /(?:^[ \t]*(?:(?:enable|username[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}privilege[ \t]{1,4}\d{1,2})?)[ \t]{1,4})?|[ \t])(?:password|key|key-string|md5)[ \t]{1,4}7[ \t]{1,4}(?<secret>[0-9A-Fa-f]{4,122})[ \t]*\r?$|^[ \t]*ntp[ \t]{1,4}authentication-key[ \t]{1,4}\d{1,5}[ \t]{1,4}md5[ \t]{1,4}(?<secret2>[0-9A-Fa-f]{4,122})[ \t]{1,4}7[ \t]*\r?$/dgm;
/**
 * Clear-text keys of IOS and ASA: a RADIUS server's `key …` (its block's or `radius-server key …`), IKEv2's
 * `pre-shared-key [local|remote] …`, an ASA tunnel group's `ikev1 pre-shared-key …`, an SNMPv3 user's auth and priv passwords.
 */
const IOS_CLEAR_KEYS = /^[ \t]+key[ \t]{1,4}(?:0[ \t]{1,4})?(?<radius>[^\s7][^\s]{5,127})[ \t]*\r?$|^[ \t]*radius-server[ \t]{1,4}key[ \t]{1,4}(?:0[ \t]{1,4})?(?<radius2>\S{6,128})[ \t]*\r?$|pre-shared-key[ \t]{1,4}(?:(?:local|remote)[ \t]{1,4})?(?:0[ \t]{1,4})?(?<psk>[^\s*][^\s]{5,127})[ \t]*\r?$|^[ \t]*snmp-server[ \t]{1,4}user[ \t]{1,4}\S{1,64}[ \t]{1,4}\S{1,64}[ \t]{1,4}v3[ \t]{1,4}auth[ \t]{1,4}(?:md5|sha\S{0,6})[ \t]{1,4}(?<auth>\S{6,128})/dgm;
/** The priv password after an SNMPv3 user's auth password. */
const IOS_SNMP_PRIV = /^[ \t]*snmp-server[ \t]{1,4}user[ \t][^\n]{0,200}?[ \t]priv[ \t]{1,4}(?:des|3des|aes(?:[ \t]{1,4}\d{3})?)[ \t]{1,4}(?<secret>\S{6,128})/dgm;
const IOS_PLAIN = /^[ \t]*(?:(?:enable|username[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}privilege[ \t]{1,4}\d{1,2})?)[ \t]{1,4})?password[ \t]{1,4}0[ \t]{1,4}(?<secret>\S{3,128})[ \t]*\r?$|^[ \t]*snmp-server[ \t]{1,4}community[ \t]{1,4}(?<community>\S{3,64})|^[ \t]*crypto[ \t]{1,4}isakmp[ \t]{1,4}key[ \t]{1,4}(?:0[ \t]{1,4})?(?<psk>\S{3,128})[ \t]{1,4}(?:address|hostname)\b/dgm;
/**
 * The clear-text forms the lines above leave: a key chain's `key-string …`, an ISAKMP keyring's
 * `pre-shared-key address|hostname … key …`, DMVPN's `ip nhrp authentication …`, OSPF's
 * `message-digest-key N md5 …` and `authentication-key …`, a BGP neighbor's `password …`, NTP's key
 * without its trailing 7, HSRP and VRRP text authentication, PPP's CHAP and PAP passwords, IS-IS's,
 * a user's or enable's password typed without a type digit. (A type digit, 5/6/7/8/9, is never the value.)
 */
const NOT_A_TYPE = String.raw`(?![0-9][ \t])(?:0[ \t]{1,4})?`;
const IOS_CLEAR_MORE: RegExp[] = [
  new RegExp(String.raw`(?:^|[ \t])key-string[ \t]{1,4}${NOT_A_TYPE}(?<secret>\S{3,80})[ \t]*\r?$`, 'dgm'),
  new RegExp(String.raw`pre-shared-key[ \t]{1,4}(?:address[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}\d{1,3}(?:\.\d{1,3}){3})?|hostname[ \t]{1,4}\S{1,128})[ \t]{1,4}key[ \t]{1,4}${NOT_A_TYPE}(?<secret>\S{3,128})[ \t]*\r?$`, 'dgm'),
  /^[ \t]*ip[ \t]{1,4}nhrp[ \t]{1,4}authentication[ \t]{1,4}(?<secret>\S{3,8})[ \t]*\r?$/dgm,
  new RegExp(String.raw`^[ \t]*ipv?6?[ \t]{1,4}ospf[ \t]{1,4}(?:message-digest-key[ \t]{1,4}\d{1,3}[ \t]{1,4}md5|authentication-key)[ \t]{1,4}${NOT_A_TYPE}(?<secret>\S{3,80})[ \t]*\r?$`, 'dgm'),
  new RegExp(String.raw`^[ \t]*neighbor[ \t]{1,4}\S{1,64}[ \t]{1,4}password[ \t]{1,4}${NOT_A_TYPE}(?<secret>\S{3,80})[ \t]*\r?$`, 'dgm'),
  /^[ \t]*ntp[ \t]{1,4}authentication-key[ \t]{1,4}\d{1,5}[ \t]{1,4}(?:md5|sha1|sha2|hmac-sha2-256|cmac-aes-128)[ \t]{1,4}(?<secret>\S{3,64})[ \t]*\r?$/dgm,
  /^[ \t]*(?:standby|vrrp)[ \t]{1,4}\d{1,4}[ \t]{1,4}authentication[ \t]{1,4}(?:text[ \t]{1,4})?(?!md5\b)(?<secret>\S{3,80})[ \t]*\r?$/dgm,
  new RegExp(String.raw`^[ \t]*ppp[ \t]{1,4}(?:chap[ \t]{1,4}password|pap[ \t]{1,4}sent-username[ \t]{1,4}\S{1,64}[ \t]{1,4}password)[ \t]{1,4}${NOT_A_TYPE}(?<secret>\S{3,80})[ \t]*\r?$`, 'dgm'),
  new RegExp(String.raw`^[ \t]*(?:isis[ \t]{1,4}password|area-password|domain-password)[ \t]{1,4}${NOT_A_TYPE}(?<secret>\S{3,80})[ \t]*\r?$`, 'dgm'),
  new RegExp(String.raw`^[ \t]*(?:enable|username[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}privilege[ \t]{1,4}\d{1,2})?)[ \t]{1,4}(?:password|secret)[ \t]{1,4}(?![0-9][ \t])(?<secret>\S{3,128})[ \t]*\r?$`, 'dgm'),
];
const IOS_HASH = /^[ \t]*(?:enable|username[ \t]{1,4}\S{1,64}(?:[ \t]{1,4}privilege[ \t]{1,4}\d{1,2})?)[ \t]{1,4}secret[ \t]{1,4}[589][ \t]{1,4}(?<secret>\$[15789]\$\S{8,200})[ \t]*\r?$/dgm;

function iosPasswords(window: string, start: number): RawMatch[] {
  const plain: RawMatch[] = [];
  IOS_PLAIN.lastIndex = 0;
  for (let m = IOS_PLAIN.exec(window); m; m = IOS_PLAIN.exec(window)) {
    const group = m.groups!.secret !== undefined ? 'secret' : m.groups!.community !== undefined ? 'community' : 'psk';
    const value = m.groups![group];
    if (isDummyPassword(value) || /^(?:public|private)$/i.test(value)) continue;
    const [s, e] = m.indices!.groups![group]!;
    plain.push({ start: start + s, end: start + e, value });
  }
  IOS_CLEAR_KEYS.lastIndex = 0;
  for (let m = IOS_CLEAR_KEYS.exec(window); m; m = IOS_CLEAR_KEYS.exec(window)) {
    const group = (['radius', 'radius2', 'psk', 'auth'] as const).find(g => m!.groups![g] !== undefined)!;
    const value = m.groups![group];
    if (isDummyPassword(value)) continue;
    const [s, e] = m.indices!.groups![group]!;
    plain.push({ start: start + s, end: start + e, value });
  }
  const type7 = (value: string) => (decodesAsType7(value) ? { detail: 'type 7: a reversible encoding, not a hash' } : undefined);
  IOS_TYPE7.lastIndex = 0;
  const encoded: RawMatch[] = [];
  for (let m = IOS_TYPE7.exec(window); m; m = IOS_TYPE7.exec(window)) {
    const group = m.groups!.secret !== undefined ? 'secret' : 'secret2';
    const value = m.groups![group];
    const judged = type7(value);
    if (!judged) continue;
    const [s, e] = m.indices!.groups![group]!;
    encoded.push({ start: start + s, end: start + e, value, ...judged });
  }
  return [
    ...encoded,
    ...plain,
    ...eachSecret(IOS_SNMP_PRIV, window, start, value => (isDummyPassword(value) ? undefined : {})),
    ...IOS_CLEAR_MORE.flatMap(re => passwordsIn(re, window, start)),
    ...eachSecret(IOS_HASH, window, start, () => ({ severity: 'warning', title: 'Cisco password hash (crackable offline)' })),
  ];
}

/** Dovecot's passwd-file schemes that store the password itself. */
const DOVECOT_PLAIN_SCHEMES = /^(?:PLAIN|CLEAR|CLEARTEXT|PLAIN-TRUNC)$/i;

/** A Dovecot passwd-file entry, `user:{SCHEME}value:uid:gid:…`: a plaintext scheme's value is the password, the others hashes. */
function dovecotPasswords(window: string, start: number): RawMatch[] {
  return eachSecret(/^[^:\s#]{1,200}:\{(?<scheme>[A-Z0-9.-]{2,30})\}(?<secret>[^:\s]{3,400})(?=:|\r?$)/dgim, window, start, (value, m) => {
    if (DOVECOT_PLAIN_SCHEMES.test(m.groups!.scheme)) return isDummyPassword(value) ? undefined : { title: 'Plaintext password in a Dovecot passwd-file', severity: 'error' };
    // Crypt formats (`{SHA512-CRYPT}$6$…`) are the password-hash rule's; a bare digest here is a hash
    // too, when the entry goes on with its uid (`user:{SHA}…` alone is an .htpasswd line).
    const passwdFile = window[(m.indices!.groups!.secret[1])] === ':';
    return /^\$/.test(value) || !passwdFile ? undefined : { title: 'Password hash in a Dovecot passwd-file (crackable offline)' };
  });
}

/**
 * A line of a Netscape cookie file (curl's `-c` jar, browser extensions' cookies.txt exports, yt-dlp's
 * `--cookies`): domain, subdomains flag, path, secure flag, expiry, name, value, tab-separated.
 */
const COOKIE_LINE = /^(?:#HttpOnly_)?[^\t\r\n#][^\t\r\n]{0,252}\t(?:TRUE|FALSE)\t[^\t\r\n]{1,1000}\t(?:TRUE|FALSE)\t\d{1,12}\t(?<name>[^\t\r\n]{1,200})\t(?<secret>[^\t\r\n]{16,4096})\r?$/dgm;
/** Cookies that keep a signed-in session: `session`, `_gitlab_session`, `user_session`, `sid`, `auth_token`, `remember_me`. */
const SESSION_COOKIE = /sess|(?:^|[_.-])(?:sid|ssid|token|auth|jwt|login|remember(?:_?me|_?token)?)(?:$|[_.-])|^__(?:Host|Secure)-(?!.*(?:csrf|xsrf))/i;

/** Grandstream's text provisioning files: `cfg<MAC>.txt`, or any file under a `grandstream/` folder. */
const GRANDSTREAM_TEXT_CONFIG = /(?:^|\/)cfg[0-9a-f]{12}(?:\.(?:txt|cfg))?$|(?:^|\/)grandstream\/[^/]{1,100}$/i;

export const systemFileRules: Rule[] = [
  {
    id: 'cookie-file-session', provider: 'Browser', title: 'Session cookie in a cookie file',
    source: 'curl docs, "HTTP Cookies" (the Netscape cookie file format, as curl -c writes it and cookies.txt exports use it)',
    keywords: [],
    paths: /(?:^|\/)[\w.-]{0,40}cookies?[\w.-]{0,40}\.txt$/i,
    find: (window, start) => eachSecret(COOKIE_LINE, window, start, (value, m) =>
      (SESSION_COOKIE.test(m.groups!.name) && looksRandomEnough(value, 3.3) ? { assignedName: m.groups!.name } : undefined)),
    confidence: 'provider', severity: 'warning',
    envVar: 'SESSION_COOKIE',
    description: 'A signed-in session\'s cookie in a cookie file (a browser export, curl\'s cookie jar): whoever loads it is signed in as the user until the session ends. Sign out of that session, and keep cookie files out of the repository.',
  },
  {
    id: 'dovecot-passwd-file', provider: 'Dovecot', title: 'Password in a Dovecot passwd-file',
    source: 'Dovecot docs "Password Schemes" and "passwd-file": user:{SCHEME}password:uid:gid:…; PLAIN/CLEAR/CLEARTEXT store the password itself',
    keywords: ['{plain}', '{clear}', '{cleartext}', '{plain-trunc}', '{cram-md5}', '{plain-md5}', '{ldap-md5}', '{digest-md5}', '{ssha256}', '{ssha512}', '{sha256}', '{sha512}'],
    find: dovecotPasswords,
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'warning',
    envVar: 'MAIL_PASSWORD',
    description: 'A mail user\'s password in a Dovecot passwd-file: in plain text under PLAIN/CLEARTEXT (an error), or as a crackable hash (CRAM-MD5, PLAIN-MD5, salted SHA).',
  },
  {
    id: 'smbpasswd-hash', provider: 'Samba', title: 'NT password hash in smbpasswd (usable as the password)',
    source: 'smbpasswd(5): username:uid:LANMAN hash:NT hash:[flags]:LCT-…; NTLM authenticates with the NT hash itself (pass-the-hash)',
    keywords: [':lct-', ':[u', ':[nu'],
    find: (window, start) => eachSecret(/^[^:\s#]{1,100}:\d{1,10}:(?:[0-9A-F]{32}|X{32}|NO PASSWORDX{21}):(?<secret>[0-9A-F]{32}):\[[A-Z ]{1,12}\]/dgm, window, start,
      value => (/^(?:X{32}|0{32})$/.test(value) ? undefined : {})),
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'SMB_PASSWORD',
    description: 'A Samba user\'s NT hash in an smbpasswd file: NTLM accepts the hash in place of the password, so it logs in as the user without cracking.',
  },
  {
    id: 'des-crypt-hash', provider: 'Password hash', title: 'DES crypt password hash (crackable offline)',
    source: 'crypt(3): traditional DES crypt, 2 salt and 11 hash characters of ./0-9A-Za-z (htpasswd -d, old shadow files); 8 password characters at most',
    keywords: [],
    paths: /(?:^|\/)(?:\.?htpasswd[\w.-]*|shadow-?|passwd-?|master\.passwd)$/,
    find: (window, start) => eachSecret(/^[^:\s#]{1,100}:(?<secret>[./0-9A-Za-z]{13})(?=:|\r?$)/dgm, window, start,
      // Mixed as crypt output is: `x`, `*` and words are markers, not hashes.
      value => (/[0-9./]/.test(value) && /[A-Za-z]/.test(value) ? {} : undefined)),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'warning',
    envVar: 'PASSWORD_HASH',
    description: 'A traditional DES crypt hash in .htpasswd or a shadow/passwd file: cracked in minutes on any GPU (8 characters at most).',
  },
  {
    id: 'ppp-secret', provider: 'PPP', title: 'Password in a PPP secrets file',
    source: 'pppd(8), "Authentication": chap-secrets and pap-secrets lines are client, server, secret, addresses',
    keywords: [],
    paths: /(?:^|\/)(?:chap|pap|srp|l2tp)-secrets$/,
    find: (window, start) => passwordsIn(/^[ \t]*(?:"[^"\r\n]{1,200}"|[^\s"#]{1,200})[ \t]+(?:"[^"\r\n]{0,200}"|\S{1,200})[ \t]+"?(?<secret>[^\s"]{3,300})"?/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'PPP_PASSWORD',
    description: 'A PPP (DSL, dial-up, VPN) login password in /etc/ppp/chap-secrets or pap-secrets.',
  },
  {
    id: 'ipsec-secret', provider: 'IPsec', title: 'IPsec pre-shared key or password',
    source: 'ipsec.secrets(5) (strongSwan, Libreswan): `selectors : PSK "…"`, EAP, XAUTH, NTLM; 0x hex and 0s base64 forms',
    keywords: [],
    paths: /(?:^|\/)ipsec(?:\.d\/[\w.-]{1,80})?\.secrets$/,
    find: (window, start) => passwordsIn(/:[ \t]{0,8}(?:PSK|EAP|XAUTH|NTLM)[ \t]{1,8}"?(?<secret>[^\s"]{3,500})"?/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'IPSEC_PSK',
    description: 'An IPsec VPN pre-shared key (PSK) or an EAP/XAUTH password in ipsec.secrets: whoever has it can join the tunnel.',
  },
  loneSecretFile({
    id: 'rsync-password-file', provider: 'rsync', title: 'Password in an rsync client password file',
    source: 'rsync(1), --password-file: the file holds the daemon password alone on its first line',
    paths: /(?:^|\/)\.?rsync[\w.-]{0,30}\.(?:pass|passwd|password|pwd|secret)$|(?:^|\/)\.?rsync[-_]?(?:pass|passwd|password|pwd)$/i,
    envVar: 'RSYNC_PASSWORD',
    description: 'The password an rsync client sends to an rsync daemon, in the file `--password-file` names.',
  }),
  loneSecretFile({
    id: 'osquery-enroll-secret', provider: 'osquery', title: 'osquery enroll secret file',
    source: 'osquery docs, remote settings: `--enroll_secret_path` names a file holding the enroll secret alone (Fleet and other TLS servers check it)',
    paths: /(?:^|\/)(?:osquery\/)?enroll[_-]?secret(?:\.txt)?$/i,
    envVar: 'OSQUERY_ENROLL_SECRET',
    description: 'The shared secret osquery agents present to enrol with the fleet server: whoever has it enrols a host of their own and reads the queries (and with some servers, distributes them).',
  }),
  {
    id: 'kerberos-keytab-base64', provider: 'Kerberos', title: 'Kerberos keytab (base64)',
    source: 'MIT Kerberos keytab file format (keytab.txt): version 0x0502, then entries of a 32-bit length, a 16-bit component count and a counted realm; a keytab holds principals\' long-term keys',
    keywords: ['bqiaaa'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>BQIAAA[A-Za-z0-9+/]{40,16000}={0,2})(?![A-Za-z0-9+/=])/,
    validate: isKeytab,
    confidence: 'provider', severity: 'error',
    envVar: 'KRB5_KEYTAB_B64',
    description: 'A Kerberos keytab encoded in base64 (a Kubernetes Secret\'s data, a CI variable): it signs in as its principals without a password.',
  },
  {
    id: 'bind-private-key-file', provider: 'BIND', title: 'BIND key file (TSIG secret or DNSSEC private key)',
    source: 'BIND 9 Administrator Reference Manual, dnssec-keygen: K<name>+<alg>+<id>.private files open with `Private-key-format: v1.x` and an `Algorithm:` line; an HMAC key\'s secret is its `Key:` line, an RSA key\'s its `PrivateExponent:`, an ECDSA or EdDSA key\'s its `PrivateKey:`',
    keywords: ['private-key-format'],
    pattern: /^Private-key-format:[ \t]{0,4}v1\.\d{1,2}[ \t]{0,4}\r?\n(?:[^\n]{0,400}\n){0,12}?(?:Key|PrivateExponent|PrivateKey):[ \t]{0,4}(?<secret>[A-Za-z0-9+/]{16,1400}={0,2})[ \t]{0,4}(?:\r?\n|$)/m,
    window: { before: 0, after: 6000, wholeLines: true },
    confidence: 'provider', severity: 'error',
    envVar: 'TSIG_KEY_SECRET',
    description: 'A BIND key file (dnssec-keygen\'s .private): an HMAC key signs zone transfers and dynamic updates (nsupdate) as the key\'s holder; a DNSSEC private key signs the zone itself. Keep it on the name server only, and generate a new one.',
  },
  {
    id: 'nsupdate-tsig-secret', provider: 'BIND', title: 'TSIG secret on an nsupdate command line',
    source: 'BIND 9 nsupdate(1): `-y [hmac:]keyname:secret` gives the TSIG key in base64 on the command line (the manual warns it shows in ps and shell history; `-k keyfile` reads it from a file)',
    keywords: ['nsupdate'],
    pattern: /\bnsupdate\b[^\n|;&]{0,200}?[ \t]-y[ \t]{1,4}["']?(?:hmac-[\w-]{1,20}:)?[\w.-]{1,253}:(?<secret>[A-Za-z0-9+/]{16,200}={0,2})(?![\w/+=])/,
    validate: value => looksRandomEnough(value, 3.5, 200),
    confidence: 'provider', severity: 'error',
    envVar: 'TSIG_KEY_SECRET',
    description: 'A TSIG key\'s secret given to `nsupdate -y` in a script or a hook: it signs dynamic updates to the zone (any record, ACME challenges included). Use `nsupdate -k <keyfile>` with the key file outside the repository.',
  },
  {
    id: 'xilinx-bitstream-key', provider: 'Xilinx', title: 'FPGA bitstream encryption key (Vivado)',
    source: 'AMD/Xilinx Vivado, bitstream encryption (UG908 and XAPP1239): `set_property BITSTREAM.ENCRYPTION.KEY0 <256-bit hex>` in an XDC file, or `Key 0 <hex>;` in the generated .nky key file',
    keywords: ['bitstream.encryption.key', 'key 0 '],
    pattern: /(?:\bBITSTREAM\.ENCRYPTION\.KEY\d[ \t]{1,4}(?:256'h)?|^Key[ \t]0[ \t]{1,4})(?<secret>[0-9A-Fa-f]{64})\b/m,
    validate: value => looksRandomEnough(value, 3, 64),
    confidence: 'provider', severity: 'error',
    envVar: 'BITSTREAM_AES_KEY',
    description: 'The AES key that encrypts an FPGA\'s bitstream, in the design\'s constraints or its .nky file: with it the bitstream (the design) decrypts, and a forged one loads. Program the key into the device\'s eFUSE/BBRAM from outside the repository.',
  },
  {
    id: 'chef-data-bag-secret', provider: 'Chef', title: 'Chef encrypted data bag secret',
    source: 'Chef documentation, "Encrypted data bags": the secret file (`encrypted_data_bag_secret`, made with `openssl rand -base64 512`) decrypts every encrypted data bag item',
    keywords: [],
    paths: /(?:^|\/)encrypted_data_bag_secret$/,
    pattern: /^(?<secret>[A-Za-z0-9+/]{40,1200}={0,2})[ \t]{0,20}(?:\r?\n|$)/,
    validate: value => looksRandomEnough(value, 4, 1200),
    confidence: 'provider', severity: 'error',
    envVar: 'CHEF_DATA_BAG_SECRET', rotateUrl: 'https://docs.chef.io/data_bags/',
    description: 'The shared secret that decrypts every Chef encrypted data bag item (passwords, keys), committed with the repository: rotate it and re-encrypt the items.',
  },
  {
    id: 'otel-basicauth-htpasswd', provider: 'OpenTelemetry', title: 'Plain-text password in an OpenTelemetry basicauth htpasswd',
    source: 'OpenTelemetry Collector contrib, basicauth extension README (`htpasswd: inline: |` holds `user:password` lines; a hash is accepted too)',
    keywords: ['htpasswd:'],
    window: { before: 0, after: 400, readsAhead: true },
    find: (window, start) => eachSecret(/htpasswd:[ \t]*\r?\n[ \t]{1,40}inline:[ \t]*\|[-+]?[ \t]*\r?\n[ \t]{1,40}[^\s:]{1,100}:(?<secret>\S{3,200})[ \t]*(?:\r?\n|$)/dg, window, start,
      value => (isDummyPassword(value) || /^(?:\$(?:2[aby]|apr1|[156])\$|\{SHA\})/.test(value) ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'OTEL_BASICAUTH_PASSWORD',
    description: 'A password written in plain text in the Collector\'s basicauth `htpasswd.inline` (a bcrypt hash there is accepted as well): whoever reads it can send telemetry as that user.',
  },
  {
    id: 'ssis-configured-password', provider: 'Database', title: 'Password in an SSIS package configuration',
    source: 'SQL Server Integration Services, XML configuration files (.dtsConfig): `<Configuration ConfiguredType="Property" Path="…Properties[Password]">` holds its `<ConfiguredValue>` in plain text',
    keywords: ['password]'],
    window: { before: 40, after: 400 },
    find: (window, start) => passwordsIn(/Properties\[(?:Server)?Password\]"[^>\n]{0,200}>\s{0,40}<ConfiguredValue>(?<secret>[^<\n]{3,200})<\/ConfiguredValue>/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'SSIS_CONNECTION_PASSWORD',
    description: 'A connection\'s password in an SSIS XML configuration (.dtsConfig): plain text, unlike the package\'s own protection levels.',
  },
  loneSecretFile({
    id: 'ldap-bind-secret-file', provider: 'LDAP', title: 'LDAP bind password in a secret file',
    source: 'pam_ldap(5) and libnss-ldap: `rootbinddn` reads the root bind password from /etc/ldap.secret (or libnss-ldap.secret, pam_ldap.secret), alone in the file',
    paths: /(?:^|\/)(?:ldap|libnss-ldap|pam_ldap|nss-ldap)\.secret$/,
    envVar: 'LDAP_BIND_PASSWORD',
    description: 'The LDAP root bind password that pam_ldap and libnss-ldap read from a file of its own.',
  }),
  {
    id: 'exim-client-password', provider: 'Exim', title: 'SMTP password in Exim\'s passwd.client',
    source: 'Debian exim4 README and passwd.client(5): `target.mail.server.example:login:password`, one smarthost per line',
    keywords: [],
    paths: /(?:^|\/)passwd\.client$/,
    find: (window, start) => passwordsIn(/^[ \t]{0,20}[^\s#:]{1,253}:[^\s:]{1,200}:(?<secret>\S{3,300})[ \t]{0,20}\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'SMTP_PASSWORD',
    description: 'The password (or a mail provider\'s API key) Exim uses to relay through a smarthost, in passwd.client.',
  },
  {
    id: 'exim-authenticator-password', provider: 'Exim', title: 'SMTP password in an Exim authenticator',
    source: 'Exim specification, "The plaintext authenticator": client_send = ^user^password (PLAIN) or client_send = : user : password (LOGIN); `^` stands for a NUL byte',
    keywords: ['client_send'],
    // (A `$` opens an expansion: `${extract{…}{…}}` reads the password from a file, as the Debian configuration does.)
    find: (window, start) => [
      ...passwordsIn(/^[ \t]{0,40}client_send[ \t]{0,8}=[ \t]{0,8}\^[^^\s$]{1,200}\^(?<secret>[^^\s$]{3,200})[ \t]*\r?$/dgm, window, start),
      ...passwordsIn(/^[ \t]{0,40}client_send[ \t]{0,8}=[ \t]{0,8}:[ \t]{0,8}[^:\s$]{1,200}[ \t]{0,8}:[ \t]{0,8}(?<secret>[^:\s$]{3,200})[ \t]*\r?$/dgm, window, start)],
    confidence: 'provider', severity: 'error',
    envVar: 'SMTP_PASSWORD',
    description: 'The password Exim sends to a smarthost as a client (a plaintext authenticator\'s client_send): whoever has it relays mail as that account.',
  },
  {
    id: 'orthanc-registered-user-password', provider: 'Orthanc', title: 'User password in an Orthanc configuration',
    source: 'Orthanc Book, configuration file: "RegisteredUsers" maps each HTTP user to its password in clear text, checked when "AuthenticationEnabled" is true',
    keywords: ['registeredusers'],
    window: { before: 0, after: 4000 },
    find: (window, start) => {
      const open = /RegisteredUsers"[ \t]{0,8}:[ \t]{0,8}\{/.exec(window);
      if (!open) return [];
      const from = open.index + open[0].length, close = window.indexOf('}', from);
      // One entry a line or several on one (`{ "alice" : "…", "bob" : "…" }`); a `//` line is a commented-out entry.
      // (`${VAR}` is an environment variable Orthanc expands.)
      return eachSecret(/(?:^|[{,])[ \t]{0,40}"[^"\n]{1,100}"[ \t]{0,8}:[ \t]{0,8}"(?<secret>[^"\n$]{3,200})"/dgm,
        window.slice(from, close < 0 ? undefined : close), start + from, value => (isDummyPassword(value) ? undefined : {}));
    },
    confidence: 'provider', severity: 'error',
    envVar: 'ORTHANC_PASSWORD',
    description: 'A user\'s password for Orthanc\'s REST API and Explorer, written in its JSON configuration: whoever has it reads (and as an admin, deletes) the stored medical images. Write `${ORTHANC_PASSWORD}` instead: Orthanc expands environment variables in its configuration.',
  },
  {
    id: 'grandstream-provisioning-password', provider: 'Grandstream', title: 'Password in a Grandstream provisioning file',
    source: 'Grandstream configuration templates (cfg<MAC>.xml and text cfg files): P-values name each setting; P2 is the admin password, P196 the end user\'s, P34 account 1\'s SIP authentication password (P406, P506, P606 accounts 2-4)',
    keywords: ['<p2>', '<p34>', '<p196>', '<p406>', '<p506>', '<p606>', 'p2 =', 'p2=', 'p34 =', 'p34=', 'p196', 'p406', 'p506', 'p606'],
    window: { before: 0, after: 300, wholeLines: true },
    // (A factory default of a few digits, `<P196>123</P196>`, is no password anyone chose.)
    // (The text form, `P34 = …`, only in a provisioning file by its name: `P2 = Point(…)` is everyday code.)
    find: (window, start, ctx) => [/<P(2|34|196|406|506|606)>(?<secret>[^<\n]{4,100})<\/P\1>/dg, ...(GRANDSTREAM_TEXT_CONFIG.test(ctx.path ?? '') ? [/^[ \t]{0,8}P(?:2|34|196|406|506|606)[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s#;()]{4,100})[ \t]*\r?$/dgm] : [])]
      .flatMap(re => eachSecret(re, window, start, value => (isDummyPassword(value) || /^\d{1,6}$/.test(value) || value.startsWith('$') ? undefined : {}))),
    confidence: 'provider', severity: 'error',
    envVar: 'SIP_PASSWORD',
    description: 'A Grandstream phone\'s admin, user or SIP account password in its provisioning file (served to the phone by TFTP/HTTP): whoever has it registers as the extension or takes over the phone. Keep provisioning files out of repositories and behind authenticated provisioning.',
  },
  {
    id: 'coturn-user-password', provider: 'coturn', title: 'TURN user password in turnserver.conf',
    source: 'coturn turnserver.conf: `user=<name>:<password>` adds a long-term credential in clear text (`user=<name>:0x<key>` gives the hashed key instead)',
    keywords: ['user='],
    fileNames: /^turnserver\.conf(?:\.[\w-]{1,20})?$/,
    find: (window, start) => eachSecret(/^[ \t]{0,8}user[ \t]{0,4}=[ \t]{0,4}[^\s:#]{1,100}:(?<secret>(?!0x)[^\s#]{4,200})[ \t]*\r?$/dgm, window, start,
      value => (isDummyPassword(value) ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'TURN_PASSWORD',
    description: 'A TURN user\'s password in coturn\'s configuration: whoever has it relays traffic through the server as that user. Prefer the REST API\'s time-limited credentials (`use-auth-secret`).',
  },
  {
    id: 'borg-key-file', provider: 'BorgBackup', title: 'BorgBackup repository key file',
    source: 'Borg documentation, "borg key export" and keyfile mode: `BORG_KEY <repository id>` then the key, encrypted with the passphrase, in base64 lines',
    keywords: ['borg_key '],
    window: { before: 0, after: 2000 },
    pattern: /^BORG_KEY [0-9a-f]{64}\r?\n(?<secret>(?:[A-Za-z0-9+/]{20,100}={0,2}\r?\n){2,60})/m,
    confidence: 'provider', severity: 'warning',
    envVar: 'BORG_REPO_KEY',
    description: 'A BorgBackup repository key (keyfile mode, or a `borg key export`): encrypted with the passphrase, so a warning; with the passphrase it opens every archive of the repository. Keep it with the passphrase in a password manager, not in the repository.',
  },
  {
    id: 'caddy-dns-token', provider: 'Caddy', title: 'DNS provider token in a Caddyfile',
    source: 'Caddy documentation, tls directive: `dns <provider> [<params…>]`; the caddy-dns modules (cloudflare, duckdns, …) take the API token as the argument',
    keywords: [],
    paths: /(?:^|\/)Caddyfile(?:\.[\w.-]{1,40})?$/,
    find: (window, start) => eachSecret(/^[ \t]{0,40}dns[ \t]{1,4}[a-z][\w-]{1,40}[ \t]{1,4}(?<secret>[^\s{}]{16,300})[ \t]{0,20}\r?$/dgm, window, start,
      value => (isDummyPassword(value) || !looksRandomEnough(value, 3, 300) ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'DNS_API_TOKEN',
    description: 'The API token Caddy gives a DNS provider (Cloudflare, DuckDNS, …) to solve ACME challenges, written in the Caddyfile: it can change the zone\'s records. Use `{env.CF_API_TOKEN}`.',
  },
  {
    id: 'caddy-security-crypto-key', provider: 'Caddy', title: 'Token signing key in a Caddyfile (caddy-security)',
    source: 'caddy-security (AuthCrypt) documentation, authentication portal: `crypto key sign-verify <shared secret>` signs and verifies the portal\'s JWT access tokens',
    keywords: [],
    paths: /(?:^|\/)Caddyfile(?:\.[\w.-]{1,40})?$/,
    find: (window, start) => eachSecret(/^[ \t]{0,40}crypto[ \t]{1,4}key[ \t]{1,4}(?:[\w-]{1,40}[ \t]{1,4})?(?:sign-verify|sign|verify)[ \t]{1,4}(?<secret>[^\s{}]{16,300})[ \t]{0,20}\r?$/dgm, window, start,
      value => (isDummyPassword(value) || !looksRandomEnough(value, 3, 300) ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'JWT_SHARED_KEY',
    description: 'The shared secret caddy-security signs its portal\'s access tokens with, written in the Caddyfile: whoever has it can mint a session for any user. Use `{env.JWT_SHARED_KEY}`.',
  },
  {
    id: 'synapse-signing-key', provider: 'Matrix', title: 'Matrix homeserver signing key',
    source: 'Synapse configuration manual, signing_key_path: a file of `ed25519 <key id> <unpadded base64 seed>` lines',
    keywords: [],
    paths: /\.signing\.key$|(?:^|\/)signing\.key$/,
    find: (window, start) => eachSecret(/^ed25519[ \t]{1,4}[\w]{1,40}[ \t]{1,4}(?<secret>[A-Za-z0-9+/]{43})[ \t]{0,20}\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'SYNAPSE_SIGNING_KEY',
    description: 'A Matrix homeserver\'s ed25519 signing key: whoever has it signs events and federation requests as the server.',
  },
  loneSecretFile({
    id: 'erlang-cookie-file', provider: 'Erlang', title: 'Erlang distribution cookie',
    source: 'Erlang/OTP distribution protocol docs: nodes authenticate with the cookie in $HOME/.erlang.cookie (RabbitMQ\'s CLI tools and nodes share it)',
    paths: /(?:^|\/)\.erlang\.cookie$/,
    alphabet: 'A-Za-z0-9_-',
    envVar: 'RABBITMQ_ERLANG_COOKIE',
    description: 'The cookie Erlang nodes (RabbitMQ, CouchDB, Elixir releases) authenticate each other with: whoever has it joins the cluster and runs code on every node.',
  }),
  {
    id: 'rsync-secret', provider: 'rsync', title: 'Password in an rsync secrets file',
    source: 'rsyncd.conf(5), "secrets file": one username:password per line',
    keywords: [],
    paths: /(?:^|\/)rsyncd?[\w-]{0,20}\.secrets$/,
    find: (window, start) => passwordsIn(/^[ \t]*@?[^\s:#]{1,64}:(?<secret>[^\s]{3,300})[ \t]*\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'RSYNC_PASSWORD',
    description: 'A user\'s password in an rsync daemon secrets file (user:password).',
  },
  {
    id: 'postfix-sasl-password', provider: 'Postfix', title: 'SMTP relay password in Postfix sasl_passwd',
    source: 'Postfix SASL_README, "Enabling SASL authentication in the Postfix SMTP client": `[host]:port username:password`, and sender-dependent entries keyed by the sender (`user@domain`, `@domain`)',
    keywords: [],
    paths: /(?:^|\/)sasl_passwd$/,
    // (Aligned in columns; a sender-dependent entry is keyed by the sender's address or `@domain`.)
    find: (window, start) => passwordsIn(/^[ \t]*(?:\[?[\w.-]{1,253}\]?(?::\d{1,5})?|[\w.+-]{0,64}@[\w.-]{1,253})[ \t]{1,80}[^\s:]{1,200}:(?<secret>\S{3,300})[ \t]*\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'SMTP_PASSWORD',
    description: 'The password (or a mail provider\'s API key) Postfix uses to relay mail, in sasl_passwd.',
  },
  {
    id: 'davfs2-secret', provider: 'davfs2', title: 'WebDAV password in davfs2 secrets',
    source: 'davfs2.conf(5), "secrets": mount point or server URL, user name, password',
    keywords: [],
    paths: /(?:^|\/)(?:davfs2\/secrets|\.davfs2\/secrets)$/,
    find: (window, start) => passwordsIn(/^[ \t]*(?:"[^"\r\n]{1,300}"|[^\s"#]{1,300})[ \t]{1,20}(?:"[^"\r\n]{1,200}"|[^\s"]{1,200})[ \t]{1,20}"?(?<secret>[^\s"]{3,300})"?[ \t]*\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'WEBDAV_PASSWORD',
    description: 'A WebDAV account password in davfs2\'s secrets file.',
  },
  {
    id: 'haproxy-password', provider: 'HAProxy', title: 'Password in an HAProxy configuration',
    source: 'HAProxy configuration manual: `stats auth <user>:<passwd>`; userlist `user <name> insecure-password <password>`',
    // Keywords with rare first letters (the prefilter's cost): `stats auth`, `insecure-password`.
    keywords: ['ats auth', 'cure-password'],
    find: (window, start) => passwordsIn(/^[ \t]*(?:stats[ \t]{1,8}auth[ \t]{1,8}[^\s:]{1,100}:|user[ \t]{1,8}\S{1,100}[ \t]{1,8}(?:groups[ \t]{1,8}\S{1,200}[ \t]{1,8})?insecure-password[ \t]{1,8})(?<secret>\S{3,300})/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'HAPROXY_STATS_PASSWORD',
    description: 'A clear-text password for HAProxy\'s statistics page or a userlist (`insecure-password`); userlists can hold a crypt hash (`password`) instead.',
  },
  {
    id: 'jetty-realm-password', provider: 'Jetty', title: 'Password in a Jetty realm file',
    source: 'Jetty docs: HashLoginService realm properties, `username: password[,rolename …]`; OBF:, MD5: and CRYPT: mark obfuscated or hashed passwords (ActiveMQ\'s jetty-realm.properties uses the same file)',
    keywords: [],
    paths: /(?:^|\/)(?:[\w.-]{0,40}[-_.])?realm\.properties$/i,
    // `OBF:` is reversible obfuscation: a password all the same. `MD5:` and `CRYPT:` are hashes.
    find: (window, start) => passwordsIn(/^[ \t]{0,8}[^\s#!:=]{1,100}[ \t]{0,4}[:=][ \t]{0,4}(?!MD5:|CRYPT:)(?<secret>[^\s,]{3,300})[ \t]{0,4}(?:,[ \t]{0,4}[\w.-]{1,60}[ \t]{0,4}){0,20}\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'JETTY_REALM_PASSWORD', rotateUrl: 'https://jetty.org/docs/',
    description: 'A user\'s password in a Jetty HashLoginService realm file (ActiveMQ\'s web console logins): clear or `OBF:` obfuscated, which anyone can reverse.',
  },
  {
    id: 'websphere-xor-password', provider: 'IBM WebSphere', title: 'WebSphere {xor}-encoded password',
    source: 'IBM docs: WebSphere "PropFilePasswordEncoder" and security.xml passwords: {xor} is base64 of the password XORed with "_" (an encoding, not encryption; {aes} needs the keystore)',
    keywords: ['{xor}'],
    find: (window, start) => eachSecret(/\{xor\}(?<secret>[A-Za-z0-9+/]{4,400}={0,2})(?![A-Za-z0-9+/=])/dgi, window, start, value => {
      const password = xorDecoded(value);
      return password !== undefined && !isDummyPassword(password) ? {} : undefined;
    }),
    confidence: 'provider', severity: 'error',
    envVar: 'WAS_PASSWORD', rotateUrl: 'https://www.ibm.com/docs/en/was',
    description: 'A password in WebSphere\'s {xor} form (security.xml, soap.client.props, ssl.client.props): base64 of the password XORed with one known byte, which anyone can reverse. Encode with {aes}, or keep it out of the file.',
  },
  {
    id: 'perforce-ticket', provider: 'Perforce', title: 'Perforce login ticket',
    source: 'Perforce Helix Core docs: P4TICKETS (tickets file: `server:port=user:ticket` a line; `p4 login` writes 32-hex tickets)',
    keywords: [],
    paths: /(?:^|\/)\.?p4tickets(?:\.txt)?$/i,
    find: (window, start) => eachSecret(/^[ \t]{0,8}[^\s=#]{1,200}=[^\s:]{1,100}:(?<secret>[0-9A-F]{32})[ \t]*\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'P4PASSWD', rotateUrl: 'https://www.perforce.com/manuals/cmdref/Content/CmdRef/p4_logout.html',
    description: 'A login ticket in a Perforce tickets file (p4tickets.txt, .p4tickets): acts as the user on the server until it expires (`p4 logout -a` revokes it).',
  },
  {
    id: 'jmx-remote-password', provider: 'Java', title: 'Password in a JMX password file',
    source: 'Java Management guide, "Using Password and Access Files": jmxremote.password holds `role password` lines in clear text',
    keywords: [],
    paths: /(?:^|\/)jmxremote\.password(?:\.[\w-]{1,20})?$/i,
    find: (window, start) => passwordsIn(/^[ \t]{0,8}(?!#)[^\s#]{1,100}[ \t]{1,20}(?<secret>\S{3,300})[ \t]*\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'JMX_PASSWORD', rotateUrl: 'https://docs.oracle.com/en/java/javase/21/management/monitoring-and-management-using-jmx-technology.html',
    description: 'A role\'s password in a JMX jmxremote.password file: whoever has it manages the JVM remotely (the control role can invoke any MBean).',
  },
  {
    id: 'nagios-resource-password', provider: 'Nagios', title: 'Password in a Nagios resource file',
    source: 'Nagios Core docs: resource.cfg holds $USERn$ macros, meant for "sensitive information such as usernames and passwords"',
    keywords: [],
    paths: /(?:^|\/)resource\.cfg$/i,
    // `$USER1$` is conventionally the plugin directory: paths and plain words are not passwords.
    find: (window, start) => eachSecret(/^[ \t]{0,8}\$USER\d{1,3}\$[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s\/][^\s]{5,300})[ \t]*\r?$/dgm, window, start,
      value => (!isDummyPassword(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && looksRandomEnough(value, 2.5, 300) ? {} : undefined)),
    confidence: 'generic', severity: 'warning',
    envVar: 'NAGIOS_USER_MACRO',
    description: 'A $USERn$ macro in Nagios\' resource.cfg holding a password or community string that checks log in with.',
  },
  {
    id: 'wildfly-clear-text-credential', provider: 'WildFly', title: 'Clear-text password in a WildFly credential reference',
    source: 'WildFly Elytron docs: credential-reference with a clear-text attribute (instead of a credential store alias)',
    keywords: ['ar-text='], // `clear-text=`, by rare first letters
    // PicketBox's `MASK-…;salt;iterations` is masked, not encrypted: its default key is public. A warning.
    find: (window, start) => passwordsIn(/<credential-reference\b[^>]{0,300}?\bclear-text="(?<secret>[^"\r\n]{3,300})"/dg, window, start)
      .map(m => (m.value.startsWith('MASK-') ? { ...m, severity: 'warning' as const, detail: 'PicketBox-masked (reversible with its default key)' } : m)),
    confidence: 'provider', severity: 'error',
    envVar: 'WILDFLY_PASSWORD', rotateUrl: 'https://docs.wildfly.org/main/WildFly_Elytron_Security.html',
    description: 'A `<credential-reference clear-text="…">` in WildFly\'s standalone.xml or domain.xml: a datasource, LDAP or credential-store password in clear text.',
  },
  {
    id: 'unity-license-serial', provider: 'Unity', title: 'Unity license serial number',
    source: 'Unity manual: command-line activation `-serial <serial> -username … -password …`; a Unity license file (.ulf) keeps the serial in `<DeveloperData Value="…"/>` (base64: 4 bytes, then the serial)',
    keywords: ['-serial', 'developerdata'],
    find: (window, start) => [
      ...eachSecret(/[ \t]-serial[ \t]{1,4}(?<q>["']?)(?<secret>[A-Z0-9]{2}(?:-[A-Z0-9]{4}){5})\k<q>(?=[\s;]|$)/dg, window, start, value => (/\d/.test(value) && !/X{4}/.test(value) ? {} : undefined)),
      ...eachSecret(/<DeveloperData[ \t]{1,4}Value="(?<secret>[A-Za-z0-9+/]{24,80}={0,2})"/dg, window, start,
        value => (/^[A-Z0-9]{2}(?:-[A-Z0-9]{4}){5}$/.test((decodeBase64(value) ?? '').slice(4)) ? { detail: 'the serial, base64-encoded in the license file' } : undefined)),
    ],
    confidence: 'provider', severity: 'warning',
    envVar: 'UNITY_SERIAL', rotateUrl: 'https://id.unity.com/en/subscriptions',
    description: 'A Unity Plus or Pro serial number, on an activation command line or inside a license file: whoever has it activates the seat.',
  },
  {
    id: 'bind-tsig-key', provider: 'BIND', title: 'DNS TSIG key (BIND key statement)',
    source: 'BIND 9 ARM: `key "name" { algorithm hmac-…; secret "<base64>"; };` (rndc.key, tsig-keygen output, named.conf includes)',
    // The algorithm comes first in the statement that tsig-keygen and rndc-confgen write; the secret follows it.
    keywords: ['algorithm hmac'],
    window: { before: 0, after: 400, wholeLines: true },
    find: (window, start) => eachSecret(/\balgorithm[ \t]{1,4}"?hmac-[a-z0-9-]{2,12}"?[ \t]{0,4};\s{0,200}secret[ \t]{1,4}"(?<secret>[A-Za-z0-9+/]{16,512}={0,2})"[ \t]{0,4};/dg, window, start,
      value => (looksRandomEnough(value, 3) ? {} : undefined)),
    confidence: 'provider', severity: 'error',
    envVar: 'TSIG_SECRET', rotateUrl: 'https://bind9.readthedocs.io/en/latest/chapter7.html#tsig',
    description: 'A BIND `key { algorithm hmac-…; secret "…"; }` statement: whoever holds the secret can update the zone, transfer it, or control named through rndc.',
  },
  {
    id: 'zos-ftp-batch-password', provider: 'z/OS', title: 'Password in a z/OS batch FTP job',
    source: 'IBM z/OS Communications Server IP User\'s Guide, "Using FTP in batch" (EXEC PGM=FTP; the INPUT DD holds the host, then the user and the password, then the subcommands)',
    keywords: ['pgm=ftp'],
    window: { before: 0, after: 1200, wholeLines: true },
    // The job's DD statements (`//…`) up to `//INPUT DD *`, the host line (a port may follow), then `user password`.
    find: (window, start) => passwordsIn(/\bPGM=FTP\b[^\n]{0,120}\r?\n(?:\/\/[^\n]{0,120}\r?\n){0,12}?\/\/INPUT[ \t]{1,12}DD[ \t]{1,4}\*[^\n]{0,60}\r?\n[ \t]{0,8}[\w.-]{1,100}(?:[ \t]{1,4}\d{1,5})?[ \t]*\r?\n[ \t]{0,8}[\w@#$.-]{1,64}[ \t]{1,8}(?<secret>[^\s]{4,64})[ \t]*\r?$/dgim, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'FTP_PASSWORD', rotateUrl: 'https://www.ibm.com/docs/en/zos/3.1.0?topic=ftp-using-in-batch',
    description: 'A user\'s password in the INPUT of a z/OS batch FTP step (`//STEP EXEC PGM=FTP`): whoever reads the job library signs in as that user. Keep it in a NETRC data set or RACF-protected input instead.',
  },
  {
    id: 'nginx-secure-link-secret', provider: 'nginx', title: 'nginx secure_link shared secret',
    source: 'nginx docs: ngx_http_secure_link_module, `secure_link_md5 "<expression>"`: the literal in the expression is the secret that signs download links',
    keywords: ['secure_link_md5'],
    // The expression's words are variables (`$uri`, `$secure_link_expires`) and one literal: the secret.
    find: (window, start) => eachSecret(/\bsecure_link_md5[ \t]{1,8}"(?:[^"\s]{0,200}[ \t]){1,6}(?<secret>[^"\s$]{8,128})"[ \t]{0,4};/dg, window, start,
      value => (!isDummyPassword(value) && looksRandomEnough(value, 3) ? {} : undefined)),
    confidence: 'provider', severity: 'error',
    envVar: 'SECURE_LINK_SECRET', rotateUrl: 'https://nginx.org/en/docs/http/ngx_http_secure_link_module.html',
    description: 'The literal in an nginx `secure_link_md5` expression: whoever knows it can sign links to every protected file.',
  },
  {
    id: 'haproxy-redis-auth', provider: 'HAProxy', title: 'Redis password in an HAProxy health check',
    source: 'HAProxy configuration manual: `tcp-check send <data>` (a Redis check sends `AUTH\\ <password>\\r\\n`, spaces escaped)',
    keywords: ['send auth'],
    find: (window, start) => passwordsIn(/\btcp-check[ \t]{1,4}send[ \t]{1,4}AUTH\\[ ](?:[^\s\\]{1,64}\\[ ])?(?<secret>[^\s\\]{3,128})\\r\\n/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'REDIS_PASSWORD', rotateUrl: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/',
    description: 'A Redis `AUTH` sent by an HAProxy `tcp-check send` line: the password of the Redis servers it checks.',
  },
  {
    id: 'proftpd-sql-password', provider: 'ProFTPD', title: 'Database password in ProFTPD SQLConnectInfo',
    source: 'ProFTPD mod_sql docs: `SQLConnectInfo database[@host[:port]] [username] [password] [policy]`',
    keywords: ['sqlconnectinfo'],
    find: (window, start) => passwordsIn(/^[ \t]*SQLConnectInfo[ \t]{1,16}\S{1,200}[ \t]{1,16}(?!%\{)\S{1,100}[ \t]{1,16}(?!%\{env:)(?<secret>\S{3,128})(?=[ \t]|\r?$)/dgim, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'PROFTPD_SQL_PASSWORD', rotateUrl: 'https://www.proftpd.org/docs/contrib/mod_sql.html',
    description: 'The database password of a ProFTPD `SQLConnectInfo` line: the store of the server\'s users.',
  },
  {
    id: 'proxy-header-secret', provider: 'HTTP', title: 'Secret header set by a proxy configuration',
    source: 'nginx proxy_set_header and add_header, HAProxy http-request set-header, Apache mod_headers RequestHeader set: a header and its value',
    // (Chosen for rare first letters, the prefilter's cost: `t_header` finds `proxy_set_header`, `stheader ` Apache's `RequestHeader set`.)
    keywords: ['t_header', 'd_header', 't-header', 'd-header', 'stheader '],
    find: (window, start) => eachSecret(/\b(?:proxy_set_header|add_header|http-request[ \t]{1,4}(?:set|add)-header|RequestHeader[ \t]{1,4}(?:set|append|add))[ \t]{1,8}["']?(?<header>[\w-]{0,40}(?:auth|token|key|secret|password|bypass)[\w-]{0,40})["']?[ \t]{1,8}(?<q>["']?)(?<secret>[^\s"';$%{]{16,300})\k<q>[ \t]*(?:;|\r?$)/dgim, window, start,
      // (Not a cache's key: `add_header X-Cache-Key "<digest>"`.)
      (value, m) => (!/^(?:Bearer|Basic|Token)$/i.test(value) && !/cache/i.test(m.groups!.header) && !isDummyPassword(value) && looksRandomEnough(value, 3, 300) && /[0-9]/.test(value) ? { assignedName: m.groups!.header } : undefined)),
    confidence: 'generic', severity: 'warning',
    envVar: 'UPSTREAM_AUTH_TOKEN',
    description: 'A fixed token a reverse proxy sends upstream or to clients (`proxy_set_header X-Api-Key …`, `http-request set-header X-Internal-Auth …`): whoever reads the configuration can call the service directly.',
  },
  {
    id: 'jaas-user-password', provider: 'JAAS', title: 'Password in a JAAS login configuration',
    source: 'Apache Kafka and ZooKeeper security docs: PlainLoginModule and DigestLoginModule define users as `user_<name>="<password>"` in a JAAS file',
    // The login module's name comes first in its section; the users follow it.
    keywords: ['loginmodule'],
    window: { before: 0, after: 2000, wholeLines: true },
    find: (window, start) => passwordsIn(/\buser_[\w.-]{1,60}[ \t]{0,4}=[ \t]{0,4}"(?<secret>[^"\r\n]{3,300})"/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'JAAS_USER_PASSWORD',
    description: 'A user\'s clear-text password in a Kafka or ZooKeeper JAAS file (`user_<name>="…"` under PlainLoginModule or DigestLoginModule): it logs in to the broker as that user.',
  },
  {
    id: 'snmp-community', provider: 'SNMP', title: 'SNMP community string or user password',
    source: 'snmpd.conf(5): rocommunity/rwcommunity, com2sec, trapsink/trap2sink/informsink <host> <community>, createUser <user> <MD5|SHA…> <authpass> [DES|AES <privpass>]',
    keywords: ['ommunity', 'com2sec', 'teuser', 'trapsink', 'trap2sink', 'informsink'], // rocommunity, com2sec, createUser, trap sinks
    fileNames: /^snmp(?:d|trapd)?\.conf$/,
    find: (window, start) => eachSecret(/^[ \t]*(?:(?:ro|rw)community6?[ \t]{1,8}|(?:trap2?sink|informsink)[ \t]{1,8}\S{1,100}[ \t]{1,8}|com2sec6?[ \t]{1,8}(?:-Cn[ \t]{1,8}\S{1,64}[ \t]{1,8})?\S{1,64}[ \t]{1,8}\S{1,100}[ \t]{1,8}|createUser[ \t]{1,8}(?:-e[ \t]{1,8}\S{1,64}[ \t]{1,8})?\S{1,64}[ \t]{1,8}(?:MD5|SHA(?:-\d{3})?)[ \t]{1,8}"?)(?<secret>[^\s"]{3,200})/dgim, window, start,
      // `public` and `private` are the well-known defaults: open, but no secret.
      value => (/^(?:public|private)$/i.test(value) || isDummyPassword(value) ? undefined : {})),
    confidence: 'provider', severity: 'error',
    envVar: 'SNMP_COMMUNITY',
    description: 'An SNMP v1/v2c community string (the agent\'s password, sent in clear) or an SNMPv3 user\'s authentication password in snmpd.conf.',
  },
  {
    id: 'junos-secret', provider: 'Juniper', title: 'Secret in a Junos configuration',
    source: 'Junos OS docs: configuration secrets are shown as `$9$…` (an obfuscation Junos reverses, not a hash) and marked `## SECRET-DATA`; `set … pre-shared-key ascii-text`, `authentication-password`, `privacy-password` take plain text',
    keywords: ['"$9$', 'ascii-text "', 'ion-password "', 'acy-password "', 'radius-server ', 'tacplus-server '],
    window: { before: 0, after: 300, wholeLines: true },
    find: (window, start) => [
      ...eachSecret(/"(?<secret>\$9\$[A-Za-z0-9./_-]{6,400})"/dg, window, start, () => ({ detail: '$9$: an obfuscation Junos reverses, not a hash' })),
      // Plain text given to `set` commands (Junos shows it as `$9$` once committed; a script keeps it).
      ...passwordsIn(/\b(?:pre-shared-key[ \t]{1,4}ascii-text|authentication-password|privacy-password)[ \t]{1,4}"(?<secret>[^"$*\s][^"\s]{5,200})"/dg, window, start),
      // A RADIUS or TACACS+ server's shared secret, given in a `set` command: `set system radius-server <ip> secret "…"`.
      ...passwordsIn(/^[ \t]{0,40}set[ \t]{1,4}(?:system|access)[ \t]{1,4}(?:radius-server|tacplus-server)[ \t]{1,4}\S{1,100}[ \t]{1,4}secret[ \t]{1,4}"?(?<secret>[^"$*\s][^"\s]{5,200})"?[ \t]*\r?$/dgm, window, start)],
    confidence: 'provider', severity: 'error',
    envVar: 'JUNOS_SECRET',
    description: 'A secret in a Junos configuration or `set` script: a `$9$…` value (Junos\'s reversible obfuscation, which anyone can decode), or a plain-text IKE pre-shared key or SNMPv3 password.',
  },
  {
    id: 'fortios-encrypted-secret', provider: 'FortiOS', title: 'FortiOS secret encrypted with the fixed key',
    source: 'Fortinet PSIRT FG-IR-19-007 (CVE-2019-6693): FortiOS encrypts configuration secrets (`set password ENC …`, `set psksecret ENC …`) with a key hard-coded in every device',
    keywords: ['password enc ', 'psksecret enc ', 'passwd enc ', 'secret enc ', 'passphrase enc '],
    // (An administrator's `ENC SH2…` or `ENC AK1…` is a hash of the password, not the key-encrypted kind.)
    find: (window, start) => eachSecret(/\bset[ \t]{1,4}(?:password|passwd|psksecret|secret|passphrase)[ \t]{1,4}ENC[ \t]{1,4}(?<secret>(?!SH2|AK1)[A-Za-z0-9+/]{20,600}={0,2})(?![A-Za-z0-9+/=])/dg, window, start,
      () => ({ detail: 'ENC: encrypted with a key that every FortiOS device shares, so anyone can decrypt it' })),
    confidence: 'provider', severity: 'error',
    envVar: 'FORTIOS_SECRET',
    description: 'A secret in a FortiGate configuration backup (`set password ENC …`, an IPsec `set psksecret ENC …`): FortiOS encrypts it with a key hard-coded in the firmware (CVE-2019-6693), so the backup holds it in effect in clear.',
  },
  {
    id: 'cisco-ios-password', provider: 'Cisco IOS', title: 'Password in a Cisco IOS configuration',
    source: 'Cisco IOS security configuration guides: password 7 (a reversible encoding), secret 5/8/9 (MD5, PBKDF2, scrypt hashes), snmp-server community and v3 user auth/priv, crypto isakmp key, IKEv2 and ASA pre-shared-key, TACACS+/RADIUS key (7 or clear), key chain key-string, OSPF message-digest-key, BGP neighbor password, NTP authentication-key',
    // A running-config is `!`-separated with a `hostname` line; the keywords are its directives.
    keywords: ['password 7 ', 'password 0 ', 'secret 5 ', 'secret 8 ', 'secret 9 ', 'key 7 ', 'snmp-server community', 'isakmp key ',
      'key-string 7', 'md5 7 ', 'authentication-key', '\n key ', 'radius-server key', 'pre-shared-key', 'snmp-server user',
      'key-string ', 'nhrp authentication', 'message-digest-key', 'neighbor ', ' authentication text ', 'chap password', 'sent-username', 'isis password',
      'area-password', 'domain-password', 'enable password', 'enable secret', 'username '],
    // (The line after the keyword too: `\n key …` is found at the line end before a RADIUS server's key.)
    window: { before: 0, after: 300, wholeLines: true },
    find: (window, start, ctx) => (isIosConfig(ctx.text) ? iosPasswords(window, start) : []),
    confidence: 'provider', severity: 'error',
    envVar: 'CISCO_PASSWORD',
    description: 'A password in a Cisco IOS running-config backup: type 7 (`password 7 …`, `key 7 …`) is an encoding anyone reverses, type 0 is plain text, SNMP communities and IKE pre-shared keys are clear text; `secret 5/8/9` hashes are warnings (crackable offline).',
  },
  {
    id: 'irc-nickserv-password', provider: 'IRC', title: 'IRC NickServ password',
    source: 'Atheme and Anope NickServ help: IDENTIFY [account] <password>; irssi autosendcmd, WeeChat server command and HexChat connect commands run it at login',
    keywords: ['nickserv', 'ns identify'],
    // The last argument is the password (an account name may come first); `;` ends an irssi command.
    find: (window, start) => passwordsIn(/(?:\bnickserv[ \t]{1,4}:?|\/ns[ \t]{1,4})identify[ \t]{1,4}(?:[^\s"';]{1,60}[ \t]{1,4})?(?<secret>[^\s"';\\]{3,300})(?=[ \t]*(?:["';\\]|\r?$))/dgim, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'IRC_NICKSERV_PASSWORD',
    description: 'A nickname\'s password sent to NickServ (`/msg NickServ IDENTIFY …`) from an IRC client\'s config or a bot\'s code: whoever has it takes over the nickname and its channel rights.',
  },
  {
    id: 'znc-password', provider: 'ZNC', title: 'Password in a ZNC configuration',
    source: 'ZNC wiki, Configuration: a user\'s <Pass password> block holds Method (plain, md5, sha256), Hash and Salt',
    keywords: ['<pass password>'],
    fileNames: /^znc\.conf$/,
    // With `Method = plain` the "hash" is the password itself; a salted hash is crackable offline.
    find: (window, start) => eachSecret(/<Pass[ \t]+password>\s{0,40}Method[ \t]*=[ \t]*(?<method>\w{1,10})\s{0,40}Hash[ \t]*=[ \t]*(?<secret>\S{3,300})/dgi, window, start,
      (value, m) => (m.groups!.method.toLowerCase() !== 'plain' ? { severity: 'warning', title: 'Password hash in a ZNC configuration (crackable offline)' }
        : isDummyPassword(value) ? undefined : {})),
    window: { before: 0, after: 300 },
    confidence: 'provider', severity: 'error',
    envVar: 'ZNC_PASSWORD',
    description: 'A ZNC (IRC bouncer) user\'s password in znc.conf: in clear text with `Method = plain` (an error), else a salted hash (a warning).',
  },
  {
    id: 'kickstart-password', provider: 'Kickstart', title: 'Password in a Kickstart file',
    source: 'Anaconda/pykickstart documentation: rootpw [--plaintext|--iscrypted] <password>; user --password=<password>',
    keywords: ['ootpw', '-password='], // rootpw, user --password= (rare first letters: the prefilter's cost)
    fileNames: /\.ks$|^(?:anaconda-)?ks[\w.-]{0,40}\.cfg$|kickstart[\w.-]{0,40}\.cfg$/,
    find: (window, start) => eachSecret(/^[ \t]*(?:rootpw(?<flags>(?:[ \t]{1,4}--(?:plaintext|iscrypted|allow-ssh))*)[ \t]{1,4}|user[ \t][^\r\n]{0,200}?--password=)(?<secret>[^\s-]\S{0,300})/dgm, window, start,
      (value, m) => passwordOrHash(value, /iscrypted/.test(m[0]))),
    confidence: 'provider', severity: 'error',
    envVar: 'ROOT_PASSWORD',
    description: 'A root or user password in a Kickstart installation file (an error), or its crypt hash with --iscrypted (a warning: crackable offline).',
  },
  {
    id: 'preseed-password', provider: 'Debian installer', title: 'Password in a Debian preseed file',
    source: 'Debian installation guide, appendix B (preseeding): d-i passwd/root-password password …, passwd/user-password, -crypted forms, grub-installer/password',
    keywords: ['passwd/', 'aller/password'],
    find: (window, start) => eachSecret(/^[ \t]*d-i[ \t]{1,8}(?:passwd\/(?:root|user)-password|grub-installer\/password)(?<crypted>-crypted)?[ \t]{1,8}password[ \t]{1,8}(?<secret>\S{1,300})/dgm, window, start,
      (value, m) => passwordOrHash(value, m.groups!.crypted !== undefined)),
    confidence: 'provider', severity: 'error',
    envVar: 'ROOT_PASSWORD',
    description: 'A root, user or GRUB password preseeded for the Debian installer (an error), or its crypt hash (a warning: crackable offline).',
  },
  {
    id: 'redis-sentinel-password', provider: 'Redis', title: 'Redis password in a Sentinel configuration',
    source: 'Redis Sentinel documentation: sentinel auth-pass <master-name> <password>, sentinel sentinel-pass <password>',
    keywords: ['auth-pass', 'inel-pass'],
    find: (window, start) => passwordsIn(/^[ \t]*sentinel[ \t]{1,8}(?:auth-pass[ \t]{1,8}\S{1,100}|sentinel-pass)[ \t]{1,8}"?(?<secret>[^\s"]{3,300})"?/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'REDIS_PASSWORD',
    description: 'The password Redis Sentinel uses to reach a monitored master (auth-pass) or other Sentinels (sentinel-pass).',
  },
  {
    id: 'cloudformation-noecho-default', provider: 'AWS', title: 'Default of a NoEcho CloudFormation parameter',
    source: 'AWS CloudFormation User Guide, Parameters: NoEcho masks a parameter, "we recommend … not … default values"',
    keywords: ['noecho:'],
    find: noEchoDefaults,
    window: { before: 600, after: 600, wholeLines: true },
    confidence: 'provider', severity: 'error',
    envVar: 'DB_PASSWORD', rotateUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
    description: 'A literal Default of a template parameter declared NoEcho (a password or key): masked in the console, in the clear in the template. Use a dynamic reference to Secrets Manager or SSM instead.',
  },
  {
    id: 'openvpn-static-key', provider: 'OpenVPN', title: 'OpenVPN static key',
    source: 'OpenVPN manual, --secret / --tls-auth / --tls-crypt: a 2048-bit key as 16 lines of 32 hex digits',
    keywords: ['vpn static key'],
    // The whole block, BEGIN to END, as a PEM key's.
    pattern: /(?<secret>-----BEGIN OpenVPN Static key V1-----\r?\n(?:[0-9a-f]{32}\r?\n){15}[0-9a-f]{32}\r?\n-----END OpenVPN Static key V1-----)/,
    window: { before: 16, after: 900 },
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'OPENVPN_TLS_KEY',
    description: 'An OpenVPN static key (tls-auth, tls-crypt or a pre-shared --secret key), inline in a .ovpn profile or in its own file.',
  },
  {
    id: 'openvpn-auth-user-pass', provider: 'OpenVPN', title: 'Password in an OpenVPN auth-user-pass file',
    source: 'OpenVPN manual, --auth-user-pass [up]: a file of two lines, username then password; OpenVPN 2.6 also reads them inline (<auth-user-pass> … </auth-user-pass>)',
    keywords: [],
    // Its file name is whatever the profile's `auth-user-pass <file>` says: a two-line file
    // (nothing else) in an OpenVPN folder, or the inline block of a profile.
    // (A VPN folder's profiles may sit in folders of their own: `OpenVPN/config/contoso/auth.txt`, `~/vpn/auth.txt`.)
    paths: /(?:^|\/)(?:open)?vpn\/(?:[^/]{1,100}\/){0,3}[^/.]{1,60}(?:\.(?:txt|auth|pass|cred|creds))?$|\.ovpn$/i,
    pattern: /(?:^|<auth-user-pass>\r?\n)[ \t]{0,4}[^\s<>#;][^\s<>]{0,100}\r?\n(?<secret>[^\s<>]{1,200})[ \t]{0,4}(?:\r?\n)?(?:$|<\/auth-user-pass>)/,
    validate: value => !isDummyPassword(value),
    confidence: 'provider', severity: 'error',
    envVar: 'OPENVPN_PASSWORD',
    description: 'The password line of an OpenVPN auth-user-pass file (username, then password) or of a profile\'s inline <auth-user-pass> block: logs in to the VPN as that user.',
  },
  {
    id: 'hexchat-network-password', provider: 'HexChat', title: 'Password in HexChat\'s network list',
    source: 'HexChat source (servlist.c: servlist.conf keys, P= server/SASL password, B= NickServ password)',
    keywords: [],
    paths: /(?:^|\/)(?:hexchat|xchat2?)\/servlist(?:_)?\.conf$/i,
    find: (window, start) => passwordsIn(/^[PB]=(?<secret>[^\r\n]{1,200})\r?$/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'IRC_PASSWORD',
    description: 'A server, SASL or NickServ password (P=, B=) in HexChat\'s servlist.conf: logs in to the IRC network as the user.',
  },
  {
    id: 'svn-cached-password', provider: 'Subversion', title: 'Password in Subversion\'s credential cache',
    source: 'Subversion book, "Client Credentials": ~/.subversion/auth/svn.simple/ files in hash-dump format (K/V lengths)',
    keywords: [],
    paths: /(?:^|\/)svn\.simple\/[0-9a-f]{32}$/,
    find: (window, start) => passwordsIn(/^K 8\r?\npassword\r?\nV \d{1,4}\r?\n(?<secret>[^\r\n]{1,500})/dgm, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'SVN_PASSWORD',
    description: 'A Subversion password the client cached in plain text (`passtype simple`).',
  },
  {
    id: 'bundler-source-credential', provider: 'Bundler', title: 'Gem source credential in Bundler config',
    source: 'bundle-config(1), "Credentials for gem sources": BUNDLE_<HOST> (dots as __) = username:password or a token',
    keywords: ['undle_'],
    find: bundlerCredentials,
    confidence: 'provider', severity: 'error',
    envVar: 'BUNDLE_SOURCE_CREDENTIAL',
    description: 'A private gem server\'s password or token in .bundle/config or a BUNDLE_<HOST> variable.',
  },
  {
    id: 'ldif-password', provider: 'LDAP', title: 'Password in LDIF',
    source: 'RFC 2849 (LDIF: `attr:: <base64>`), RFC 3112 / OpenLDAP slappasswd ({SSHA} schemes)',
    keywords: ['erpassword:'], // userPassword:
    fileNames: /\.ldif$/,
    find: ldifPasswords,
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'LDAP_PASSWORD',
    description: 'A userPassword in an LDIF export or seed file: in clear text or base64 (an error), or as a {SSHA}-style hash (a warning: crackable offline).',
  },
  {
    id: 'windows-unattend-password', provider: 'Windows', title: 'Password in a Windows answer file',
    source: 'Microsoft Learn, unattend.xml Microsoft-Windows-Shell-Setup UserAccounts / AutoLogon (Value, PlainText)',
    keywords: ['<value>'],
    fileNames: /^(?:auto)?unattend(?:ed)?[\w.-]{0,40}\.xml$|^sysprep[\w.-]{0,40}\.xml$/,
    find: unattendPasswords,
    window: { before: 200, after: 300 },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'WINDOWS_ADMIN_PASSWORD',
    description: 'An administrator, local account or auto-logon password in unattend.xml: clear text, or base64 that anyone can decode.',
  },
  {
    id: 'gpp-cpassword', provider: 'Windows', title: 'Group Policy Preferences password (decryptable)',
    source: 'Microsoft [MS-GPPREF] 2.2.1.1.4: cpassword is AES-256 with a key Microsoft published; MS14-025',
    keywords: ['cpassword='],
    pattern: /(?<![\w-])cpassword="(?<secret>[A-Za-z0-9+/]{16,2000}={0,2})"/,
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'GPP_PASSWORD', rotateUrl: 'https://support.microsoft.com/kb/2962486',
    description: 'A password in Group Policy Preferences XML (Groups.xml, Services.xml, ScheduledTasks.xml, DataSources.xml, Drives.xml): encrypted with a key Microsoft published, so anyone can decrypt it.',
  },
  {
    id: 'proxmox-api-token', provider: 'Proxmox', title: 'Proxmox VE or Backup Server API token',
    source: 'Proxmox VE admin guide, pveum "API Tokens": `USER@REALM!TOKENID=UUID` in an `Authorization: PVEAPIToken=…` header; Proxmox Backup Server\'s `PBSAPIToken=USER@REALM!TOKENID:UUID`',
    // (The token's whole id before its secret is what says Proxmox: `root@pam!backupcheck=<uuid>`.)
    keywords: ['apitoken=', '@pam!', '@pve!', '@pbs!'],
    pattern: /(?<![\w.-])[\w.-]{1,64}@[\w.-]{1,64}![\w.-]{1,64}[=:](?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    confidence: 'provider', severity: 'error',
    envVar: 'PROXMOX_API_TOKEN',
    description: 'A Proxmox VE or Proxmox Backup Server API token (`user@realm!tokenid=<uuid>`): acts on the cluster or the backup server with the token\'s (or its user\'s) privileges until it is removed.',
  },
  loneSecretFile({
    id: 'irods-password-file', provider: 'iRODS', title: 'iRODS scrambled password file (.irodsA)',
    source: 'iRODS docs, iinit: the native password is stored in ~/.irods/.irodsA, scrambled by an obfuscation the iRODS client reverses (no key)',
    paths: /(?:^|\/)\.irods\/\.irodsA$/,
    envVar: 'IRODS_PASSWORD',
    description: 'An iRODS user\'s password in ~/.irods/.irodsA: scrambled, not encrypted, so anyone with the file signs in to the zone as the user.',
  }),
  loneSecretFile({
    id: 'proxmox-storage-password', provider: 'Proxmox', title: 'Proxmox VE storage password file',
    source: 'Proxmox VE storage docs: the password of a CIFS or Proxmox Backup Server storage (for PBS, its API token\'s secret) is kept in /etc/pve/priv/storage/<storage id>.pw',
    paths: /(?:^|\/)priv\/storage\/[\w.-]{1,100}\.pw$/,
    envVar: 'PROXMOX_STORAGE_PASSWORD',
    description: 'The password (or a Backup Server API token\'s secret) a Proxmox VE cluster uses to reach a backup or CIFS storage: whoever has it reads and deletes the backups there.',
  }),
  {
    id: 'proxmox-backup-encryption-key', provider: 'Proxmox', title: 'Proxmox Backup client encryption key (unprotected)',
    source: 'Proxmox Backup Server docs, "Encryption": `proxmox-backup-client key create --kdf none` writes the key as JSON with `"kdf": null` and the key itself base64 in `data`',
    keywords: ['"kdf"'],
    window: { before: 400, after: 600 },
    // (With a KDF, `data` holds the key encrypted with a password: no secret on its own.)
    pattern: /"kdf"[ \t]{0,4}:[ \t]{0,4}null[^{}]{0,400}?"data"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[A-Za-z0-9+/]{43}=)"/,
    confidence: 'provider', severity: 'error',
    envVar: 'PBS_ENCRYPTION_KEY',
    description: 'A Proxmox Backup client\'s encryption key stored without a password (`"kdf": null`): whoever has it decrypts every backup made with it.',
  },
];
