/**
 * The bundled demo workspace.
 *
 * `test/fixtures/demo/workspace/` is a small app committed WITHOUT any token-shaped literal:
 * where a credential would sit it holds a placeholder such as `{{FAKE:openai-project}}`.
 * Before a demo scan, `materializeDemo` copies it to a temporary folder and fills each
 * placeholder with a fake token of that provider's format, made here from a fixed-seed PRNG
 * (same tokens on every run, no real entropy, never valid credentials). Checksummed formats
 * (GitHub) get a correct checksum so they show up as *verified-format*.
 *
 * Template file names starting with `_dot_` become dotfiles (`_dot_gitignore` → `.gitignore`),
 * so the demo's own ignore rules do not hide template files from this repository's git.
 */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { base62, crc32, utf8Bytes } from '../core';
import { ALNUM, BASE32, BASE64, DIGITS, drawChars, seededRandom, URLSAFE } from './seededRandom';

type Chars = (n: number, alphabet: string) => string;

/** Each kind builds one fake from a character source. Prefixes are split: no literal is token-shaped. */
const GENERATORS: Record<string, (chars: Chars) => string> = {
  'openai-project': c => ['sk-', 'proj-', c(74, URLSAFE), 'T3Blbk', 'FJ', c(74, URLSAFE)].join(''),
  anthropic: c => ['sk-', 'ant-', 'api03-', c(93, URLSAFE), 'AA'].join(''),
  'github-pat': c => {
    const body = c(30, ALNUM);
    return ['gh', 'p_', body, base62(crc32(utf8Bytes(body)), 6)].join('');
  },
  'aws-key-id': c => ['AK', 'IA', c(16, BASE32)].join(''),
  'aws-secret': c => c(40, BASE64),
  'stripe-live': c => ['sk_', 'live_', c(34, ALNUM)].join(''),
  'slack-bot': c => ['xo', 'xb-', c(12, DIGITS), '-', c(13, DIGITS), '-', c(24, ALNUM)].join(''),
  'google-api': c => ['AI', 'za', c(35, URLSAFE)].join(''),
  password: c => c(20, ALNUM),
};

export const DEMO_KINDS = Object.keys(GENERATORS);

const PLACEHOLDER = /\{\{FAKE:([a-z0-9-]+)\}\}/g;

/** Replaces every `{{FAKE:kind}}`; the n-th placeholder of a file always gets the same token. */
export function fillPlaceholders(template: string, seed: number): string {
  const next = seededRandom(seed);
  const chars: Chars = (n, alphabet) => drawChars(next, n, alphabet);
  return template.replace(PLACEHOLDER, (whole, kind: string) => {
    const make = GENERATORS[kind];
    if (!make) throw new Error(`demo template: unknown placeholder kind "${kind}"`);
    return make(chars);
  });
}

/** Finds the folder holding this package's package.json (dist/cli.js and out/src/cli/*.js both work). */
export function packageRoot(): string | undefined {
  let dir = __dirname;
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'secret-hygiene') return dir;
    } catch {
      // not here; keep climbing
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function demoTemplateDir(): string | undefined {
  const root = packageRoot();
  const dir = root && path.join(root, 'test', 'fixtures', 'demo', 'workspace');
  return dir && fs.existsSync(dir) ? dir : undefined;
}

/**
 * Writes the demo workspace to `target` (default: a fixed folder in the OS temp dir,
 * replaced on each run) and returns its path.
 */
export function materializeDemo(target = path.join(os.tmpdir(), `secret-hygiene-demo-${userTag()}`)): string {
  const template = demoTemplateDir();
  if (!template) throw new Error('the demo workspace (test/fixtures/demo/workspace) is not in this installation');
  fs.rmSync(target, { recursive: true, force: true });
  copyTemplate(template, target, 1);
  // A binary file, so the demo also shows a skipped file in its summary.
  fs.mkdirSync(path.join(target, 'public'), { recursive: true });
  fs.writeFileSync(path.join(target, 'public', 'favicon.ico'), Uint8Array.from([0, 0, 1, 0, 1, 0, 16, 16, 0, 0]));
  return target;
}

function copyTemplate(from: string, to: string, seed: number): number {
  fs.mkdirSync(to, { recursive: true });
  const entries = fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const name = entry.name.replace(/^_dot_/, '.');
    if (entry.isDirectory()) {
      seed = copyTemplate(path.join(from, entry.name), path.join(to, name), seed);
    } else if (entry.isFile()) {
      const text = fs.readFileSync(path.join(from, entry.name), 'utf8');
      fs.writeFileSync(path.join(to, name), fillPlaceholders(text, seed++ * 7919));
    }
  }
  return seed;
}

function userTag(): string {
  try {
    return String(os.userInfo().uid);
  } catch {
    return 'user';
  }
}
