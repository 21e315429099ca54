import { isDummyPassword } from './define';
import type { RawMatch, Rule, RuleContext } from '../types';

/** The file's base name, lower-cased ('' when the scan has no path). */
function baseName(ctx: RuleContext): string {
  return (ctx.path ?? '').replace(/\\/g, '/').split('/').pop()!.toLowerCase();
}

/** Every match of `re` (with a `secret` group) in the window, minus dummy passwords. */
function secrets(re: RegExp, window: string, windowStart: number, dummyCheck = true): RawMatch[] {
  const out: RawMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) {
    const value = m.groups!.secret;
    if (dummyCheck && isDummyPassword(value)) continue;
    const [s, e] = m.indices!.groups!.secret;
    out.push({ start: windowStart + s, end: windowStart + e, value });
  }
  return out;
}

/** `.pgpass` line: host:port:database:user:password, where `\:` escapes a colon. */
function pgpassPasswords(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  let lineStart = 0;
  for (const line of window.split('\n')) {
    const at = passwordOffset(line);
    const value = line.slice(at).replace(/\r$/, '');
    if (at > 0 && !line.startsWith('#') && value && !isDummyPassword(value)) {
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

export const credentialFileRules: Rule[] = [
  {
    id: 'npmrc-auth', provider: 'npm', title: 'npm registry credential in .npmrc',
    keywords: ['_authtoken', '_auth=', '_auth =', '_password'],
    // `//registry.npmjs.org/:_authToken=…`, `_auth=<base64 user:pass>`, `_password=<base64>`.
    // In .npmrc any line counts; elsewhere (CI scripts writing one) only the registry-scoped form.
    find: (window, start, ctx) => secrets(/^\.?npmrc$|^\.yarnrc(?:\.yml)?$/.test(baseName(ctx))
      ? /(?:^|[:\s"'])_(?:authToken|auth|password)\s{0,2}=\s{0,2}["']?(?<secret>[^\s"'#;()]{8,500})/dgm
      : /\/\/[^\s"']{1,200}\/:_(?:authToken|auth|password)\s{0,2}=\s{0,2}["']?(?<secret>[^\s"'#;()]{8,500})/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'NPM_TOKEN', rotateUrl: 'https://www.npmjs.com/settings/~/tokens',
    description: 'Registry token or password written into an .npmrc (_authToken=, _auth=, _password=); use ${NPM_TOKEN} instead.',
  },
  {
    id: 'pypirc-password', provider: 'PyPI', title: 'Password in .pypirc',
    keywords: ['password'],
    find: (window, start, ctx) => baseName(ctx) === '.pypirc'
      ? secrets(/^[ \t]{0,8}password[ \t]{0,4}[:=][ \t]{0,4}(?<secret>\S{1,500})[ \t]*\r?$/dgm, window, start) : [],
    confidence: 'provider', severity: 'error',
    envVar: 'TWINE_PASSWORD', rotateUrl: 'https://pypi.org/manage/account/token/',
    description: 'Password or API token in a .pypirc file.',
  },
  {
    id: 'netrc-password', provider: 'netrc', title: 'Password in .netrc',
    keywords: ['password'],
    find: (window, start, ctx) => /^[._]netrc$/.test(baseName(ctx))
      ? secrets(/(?<![A-Za-z0-9_])password[ \t]{1,8}(?<secret>[^\s]{1,300})/dg, window, start)
      // Inline form anywhere (CI scripts that write a netrc): machine … login … password …
      : secrets(/\bmachine[ \t]{1,8}\S{1,200}[ \t]{1,8}login[ \t]{1,8}\S{1,200}[ \t]{1,8}password[ \t]{1,8}(?<secret>[^\s'"\\]{1,300})/dg, window, start),
    confidence: 'provider', severity: 'error',
    envVar: 'NETRC_PASSWORD',
    description: 'Password in a .netrc entry (machine … login … password …), used by curl, git and ftp.',
  },
  {
    id: 'git-credentials', provider: 'Git', title: 'Token in .git-credentials',
    keywords: ['://'],
    find: (window, start, ctx) => baseName(ctx) === '.git-credentials'
      ? secrets(/^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{0,200}:(?<secret>[^\s@]{1,300})@/dgm, window, start) : [],
    confidence: 'provider', severity: 'error',
    envVar: 'GIT_TOKEN',
    description: 'Password or token stored in a .git-credentials file (https://user:token@host).',
  },
  {
    id: 'pgpass-password', provider: 'Database', title: 'Password in .pgpass',
    // No literal is on every line: the default port, wildcards and local hosts cover most files.
    keywords: [':5432:', ':*:', 'localhost:', '127.0.0.1:'],
    find: (window, start, ctx) => baseName(ctx) === '.pgpass' ? pgpassPasswords(window, start) : [],
    window: { before: 0, after: 0, wholeLines: true },
    confidence: 'provider', severity: 'error',
    envVar: 'PGPASSWORD',
    description: 'Password in a PostgreSQL .pgpass file (host:port:database:user:password).',
  },
];
