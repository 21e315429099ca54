/**
 * Separate environments: each environment should have its own credentials, so that a leaked
 * development key cannot touch production data, and test code never moves real money.
 * - `environmentOf(path)`: which environment a file configures, from its name.
 * - `annotateLiveInTest`: live-mode keys in development/test files (`live-in-test`).
 * - `crossFileFindings`: the same secret (by value hash, never by value) in files of
 *   different environments (`shared-across-envs`).
 */

import { isTestOrExamplePath } from '../fileKinds';
import type { Finding } from '../types';
import { providerRule } from '../rules/providers';
import { CODE_RULES } from './ruleIds';
import { slashes, withTag } from './tags';

export type Environment = 'development' | 'test' | 'staging' | 'production';

const WORDS: Record<string, Environment> = {
  dev: 'development', develop: 'development', development: 'development', local: 'development',
  test: 'test', tests: 'test', testing: 'test', spec: 'test', e2e: 'test',
  stage: 'staging', staging: 'staging', uat: 'staging', preprod: 'staging', qa: 'staging',
  prod: 'production', production: 'production', prd: 'production', live: 'production',
};

/** Folder names that hold one environment's configuration (`config/production/`, `overlays/prod/`). */
const DIR_WORDS = new Set(['dev', 'development', 'test', 'tests', 'testing', 'e2e', 'staging', 'stage', 'uat', 'preprod', 'qa', 'prod', 'production']);

/**
 * The environment a file belongs to, from its name: `.env.production`, `.env.test.local`,
 * `appsettings.Development.json` (and bare `appsettings.json`, which ASP.NET uses as the
 * production default), `application-dev.yml`, `values-prod.yaml`, `config/staging.yml`,
 * `docker-compose.prod.yml`, `*.test.ts`, `config/environments/production.rb`, files
 * under `prod/` or `tests/` folders. Undefined for environment-neutral files (`.env`, `app.ts`).
 */
export function environmentOf(path: string): Environment | undefined {
  const parts = slashes(path).split('/').filter(Boolean);
  const base = parts.pop() ?? '';
  if (/^appsettings\.json$/i.test(base)) return 'production';
  // `.env.development.local` → [env, development, local]: the first environment word wins.
  const words = base.toLowerCase().replace(/^\./, '').split(/[._-]+/);
  const stem = words.length > 1 && !base.startsWith('.') ? words.slice(0, -1) : words; // drop the extension
  for (const w of stem) if (WORDS[w]) return WORDS[w];
  for (let i = parts.length - 1; i >= 0; i--) {
    const dir = parts[i].toLowerCase();
    if (dir === '__tests__') return 'test';
    if (DIR_WORDS.has(dir)) return WORDS[dir];
  }
  return undefined;
}

/** True when live keys have no business in the file: development/test configuration, tests, fixtures. */
function isDevOrTestFile(path: string): boolean {
  const env = environmentOf(path);
  return env === 'development' || env === 'test' || isTestOrExamplePath(path);
}

/**
 * Live-mode keys (`sk_live_`, `rk_live_`) in development or test files get `live-in-test`
 * and error severity (test files are otherwise one level lower): test runs would touch real money.
 */
export function annotateLiveInTest(findings: readonly Finding[], path: string): Finding[] {
  if (!isDevOrTestFile(path)) return [...findings];
  return findings.map(f => providerRule(f.ruleId)?.liveMode
    ? withTag(f, 'live-in-test', {
      severity: 'error',
      advice: 'A live-mode key in a development or test file: tests and local runs would act on real customers and money. Use the test-mode key here and keep the live key only in production secrets.',
    })
    : f);
}

export interface WorkspaceFile {
  /** Workspace-relative path (shown in advice). */
  path: string;
  findings: readonly Finding[];
}

/**
 * The same secret (same `valueHash`) in files of two or more environments: every such
 * finding gets `shared-across-envs`, with advice naming the other files. Files whose
 * environment is unknown do not count. Returns the files in the same order, findings copied.
 */
export function crossFileFindings(files: readonly WorkspaceFile[]): WorkspaceFile[] {
  // Per value: its files (each once, in order) and their environments. Sets keep this linear
  // when one value (a shared test token) sits in thousands of files.
  const byValue = new Map<string, { paths: Set<string>; places: { path: string; env: Environment }[]; envs: Set<Environment> }>();
  for (const file of files) {
    const env = environmentOf(file.path);
    if (!env) continue;
    for (const f of file.findings) {
      if (CODE_RULES.has(f.ruleId)) continue;
      let entry = byValue.get(f.valueHash);
      if (!entry) byValue.set(f.valueHash, entry = { paths: new Set(), places: [], envs: new Set() });
      if (entry.paths.has(file.path)) continue;
      entry.paths.add(file.path);
      entry.places.push({ path: file.path, env });
      entry.envs.add(env);
    }
  }
  return files.map(file => ({
    path: file.path,
    findings: file.findings.map(f => {
      const entry = byValue.get(f.valueHash);
      if (!entry || CODE_RULES.has(f.ruleId) || entry.envs.size < 2 || !entry.paths.has(file.path)) return f;
      const others = firstOthers(entry.places, file.path, 3);
      const more = entry.places.length - 1 - others.length;
      return withTag(f, 'shared-across-envs', {
        advice: `The same secret is also used in ${others.join(', ')}${more > 0 ? ` and ${more} more` : ''}: give each environment its own key so a leak in one cannot reach the others.`,
      });
    }),
  }));
}

/** The first `n` places other than `path`, as `path (env)`. */
function firstOthers(places: readonly { path: string; env: Environment }[], path: string, n: number): string[] {
  const out: string[] = [];
  for (const p of places) {
    if (out.length === n) break;
    if (p.path !== path) out.push(`${p.path} (${p.env})`);
  }
  return out;
}
