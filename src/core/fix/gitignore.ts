/**
 * A small `.gitignore` matcher, enough to tell whether `.env`-like files are ignored.
 *
 * Supported: comments, blank lines, `!` negation (last match wins), leading `/` and inner
 * `/` anchoring, trailing `/` (directories only), `*`, `?`, `[...]`, `**`, and "a file
 * inside an ignored directory is ignored" (git cannot re-include it). Not supported: nested
 * `.gitignore` files, `.git/info/exclude`, `core.excludesFile` and case-insensitive
 * file systems; the caller passes the workspace root's `.gitignore` only.
 */

interface Rule {
  regex: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

function compile(line: string): Rule | undefined {
  let p = line.replace(/(?<!\\)[ \t]+$/, '');
  if (!p || p.startsWith('#')) return undefined;
  const negate = p.startsWith('!');
  if (negate) p = p.slice(1);
  p = p.replace(/^\\([#!])/, '$1');
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.includes('/');
  p = p.replace(/^\//, '');
  if (!p) return undefined;
  const body = globToRegex(p);
  return { regex: new RegExp((anchored ? '^' : '^(?:.*/)?') + body + '$'), negate, dirOnly };
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) { out += '(?:.*/)?'; i += 2; }
    else if (glob.startsWith('/**', i) && i + 3 === glob.length) { out += '/.*'; i += 2; }
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) { out += '\\['; continue; }
      out += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
      i = close;
    } else if (c === '\\' && i + 1 < glob.length) out += '\\' + glob[++i];
    else out += c.replace(/[.+^${}()|\]\\]/g, '\\$&');
  }
  return out;
}

function parseRules(text: string): Rule[] {
  return text.split(/\r?\n/).map(compile).filter((r): r is Rule => !!r);
}

/** True when `relPath` (workspace-relative, `/` or `\` separators) is ignored by `gitignoreText`. */
export function isGitIgnored(gitignoreText: string | undefined, relPath: string): boolean {
  if (!gitignoreText) return false;
  const rules = parseRules(gitignoreText);
  const parts = relPath.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '').split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    if (matches(rules, parts.slice(0, i).join('/'), i < parts.length)) return true;
  }
  return false;
}

function matches(rules: Rule[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir) continue;
    if (rule.regex.test(path)) ignored = !rule.negate;
  }
  return ignored;
}

/**
 * The line to add so `relPath` becomes ignored: the path itself, anchored with `/` when it
 * lives in a subdirectory (`/api/.env`), bare at the root (`.env`, matching it anywhere).
 */
export function ignoreLineFor(relPath: string): string {
  const p = relPath.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
  return p.includes('/') ? '/' + p.replace(/([*?[\]!#])/g, '\\$1') : p.replace(/^([#!])/, '\\$1');
}
