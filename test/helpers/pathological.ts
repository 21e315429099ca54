/**
 * Pathological inputs for the whole scanning pipeline, by size: shapes that are dense in
 * findings or in keyword hits, deep nesting, one huge line, binary bytes, every line-ending
 * style. Shared by the fuzz tests (test/unit/fuzz) and `npm run bench`, which reports the
 * slowest of them. Deterministic: each build is seeded.
 */

import { ALNUM, awsAccessKeyId, awsSecretKey, crcToken, HEX, join, randomString, rng } from './fakes';

export interface PathologicalCase {
  name: string;
  /** Path the text is scanned as (decides languages and file kinds). */
  path: string;
  build: (size: number) => string;
}

/** Lines from `line(i)` until about `size` characters, joined by `eol`. */
export function linesOf(size: number, line: (i: number) => string, eol = '\n'): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const l = line(i);
    out.push(l);
    n += l.length + eol.length;
  }
  return out.join(eol);
}

/** `unit` repeated to `size` characters. */
function repeatTo(size: number, unit: string): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Printable ASCII with words and punctuation, no keyword: what plain text costs. */
export function plainText(size: number, seed = 1): string {
  const next = rng(seed);
  const words = ['value', 'count', 'index', 'render', 'items', 'result', 'data', 'node', 'list', 'map'];
  return linesOf(size, () => {
    const n = 3 + Math.floor(next() * 8);
    return Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ') + ';';
  });
}

const fakeGithub = () => crcToken(join('gh', 'p_'), 5);
/** Built in two parts so this file does not itself read like client code using a secret. */
const CLIENT_SECRET_NAME = join('NEXT_PUB', 'LIC_STRIPE_SECRET_KEY_');

export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  { name: 'plain text (reference)', path: 'src/plain.ts', build: size => plainText(size) },
  { name: 'password = "…" lines', path: 'settings.py', build: size => linesOf(size, i => `password = "${randomString(16, ALNUM, i + 1)}"`) },
  { name: 'GitHub tokens back to back, one line', path: 'dump.txt', build: size => repeatTo(size, `${fakeGithub()} `) },
  // Many tokens split into joined literals beside many whole ones: each split value is checked against the findings already made.
  { name: 'split tokens beside whole ones', path: 'src/keys.py', build: size => linesOf(size, i => (i % 2 ? `T${i} = "${fakeGithub()}"` : `P${i} = "".join(["${fakeGithub().slice(0, 14)}", "${fakeGithub().slice(14)}"])`)) },
  { name: 'AWS key pairs', path: 'creds/credentials', build: size => linesOf(size, i => i % 2 ? `aws_secret_access_key = ${awsSecretKey(i)}` : `aws_access_key_id = ${awsAccessKeyId(i)}`) },
  { name: 'unclosed print(token lines', path: 'app.py', build: size => linesOf(size, () => 'print(token') },
  { name: 'print(token) lines', path: 'app.py', build: size => linesOf(size, i => `print(token_${i % 97})`) },
  { name: 'console.log(process.env) lines', path: 'server.js', build: size => linesOf(size, () => 'console.log(process.env.API_TOKEN, req.headers.authorization)') },
  { name: 'process.env.NEXT_PUBLIC_ lines', path: 'app/page.tsx', build: size => linesOf(size, i => `const k${i} = process.env.${CLIENT_SECRET_NAME}${i % 50};`) },
  { name: 'keyword prefixes back to back', path: 'a.txt', build: size => repeatTo(size, 'sk-proj-ghp_xoxb-AKIAglpat-token=password:') },
  { name: 'one line of a minified bundle with keywords', path: 'public/assets/app.min.js', build: size => {
    const next = rng(7);
    const parts = ['var a=function(t){return t.token}', ';fetch(u,{headers:{Authorization:"Bearer "+k}})', ';e.apiKey=n.apiKey||""', ';console.log(e)', `;x="${randomString(40, HEX, 3)}"`];
    let out = '';
    while (out.length < size) out += parts[Math.floor(next() * parts.length)];
    return out.slice(0, size);
  } },
  { name: 'interpolations with nested strings', path: 'app.rb', build: size => linesOf(size, i => `puts "token #{ok ? "x" : 'y'} #{api_key_${i % 7}}"`) },
  { name: 'unclosed interpolations', path: 'app.rb', build: size => linesOf(size, () => 'puts "#{#{#{ "#{ token') },
  { name: 'deep nesting: ( [ { ', path: 'app.js', build: size => `console.log(${repeatTo(size >> 1, '([{')}password${repeatTo(size >> 1, ')]}')}` },
  { name: 'unclosed PEM headers', path: 'keys.pem', build: size => linesOf(size, i => i % 3 ? randomString(64, ALNUM + '+/', i) : '-----BEGIN RSA PRIVATE KEY-----') },
  { name: 'binary bytes', path: 'blob.txt', build: size => {
    const next = rng(11);
    let out = '';
    while (out.length < size) out += String.fromCharCode(Math.floor(next() * 256));
    return out;
  } },
  // A wiki page of logins (read again as its Markdown) and a notebook of one-line cells (each list joined).
  { name: 'a page of login tables and open tags', path: 'wiki/logins.html', build: size => linesOf(size, i => (i % 5 ? `<tr><td>Client secret</td><td><code>${randomString(24, ALNUM, i + 2)}</code></td></tr>` : '<p class="x" <a <b <td password &quot;')) },
  { name: 'a notebook of one-line cells', path: 'notebooks/n.ipynb', build: size => linesOf(size, i => `{"cell_type": "code", "source": ["api_key = \\"${randomString(20, ALNUM, i + 3)}\\"\\n", "print(api_key)"]},`) },
  { name: 'CR-only lines of secrets', path: 'legacy.ini', build: size => linesOf(size, i => `api_key=${randomString(32, ALNUM, i + 9)}`, '\r') },
  { name: 'CRLF lines of secrets', path: 'settings.ini', build: size => linesOf(size, i => `secret: ${randomString(24, ALNUM, i + 5)}`, '\r\n') },
  // Credential words of other scripts, dense (the keyword pass matches them apart) and as prose labels.
  { name: 'a wiki of labels in other scripts', path: 'docs/运维手册.md', build: size => linesOf(size, i => `- 密码：${randomString(14, ALNUM, i + 4)} — Пароль — パスワード: ${randomString(12, ALNUM, i + 6)}`) },
  { name: 'one script\'s credential word, repeated', path: 'notes.txt', build: size => repeatTo(size, '密码пароль') },
];
