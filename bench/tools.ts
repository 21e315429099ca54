/**
 * Runs the two CLIs on a corpus as child processes and measures wall time and peak RSS
 * (`/usr/bin/time -v` when present), then reads their JSON reports back as (path, line)
 * findings so recall on the planted secrets can be compared.
 */

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';

const GNU_TIME = '/usr/bin/time';
const TIMEOUT = '/usr/bin/timeout';

export interface ToolRun {
  wallMs: number;
  /** User + system CPU time: unlike wall time, barely affected by other load on the machine. */
  cpuMs?: number;
  exitCode: number | null;
  peakRssMb?: number;
  /** True when the run was stopped at its time limit (wallMs is then a lower bound). */
  timedOut?: boolean;
  /** Tail of stderr when the run failed, for the report (never contains full secrets: both tools mask). */
  error?: string;
}

export interface ToolFinding {
  path: string;
  /** 0-based line. */
  line: number;
  ruleId: string;
}

/**
 * Runs `node <args>` from `cwd`, timing it end to end. With `limitSeconds`, coreutils
 * `timeout` stops it (inside /usr/bin/time, so the whole process tree goes and RSS is still read).
 */
export function timeNode(args: string[], cwd: string, okExitCodes: number[], limitSeconds?: number): ToolRun {
  let argv = [process.execPath, ...args];
  if (limitSeconds && fs.existsSync(TIMEOUT)) argv = [TIMEOUT, String(limitSeconds), ...argv];
  if (fs.existsSync(GNU_TIME)) argv = [GNU_TIME, '-v', ...argv];
  const t0 = performance.now();
  const res = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  const run: ToolRun = { wallMs, exitCode: res.status, ...resourceUse(res.stderr ?? '') };
  if (limitSeconds && res.status === 124) run.timedOut = true;
  else if (res.status === null || !okExitCodes.includes(res.status)) {
    run.error = (res.stderr ?? String(res.error)).replace(/\tCommand being timed[\s\S]*/, '').trim().slice(-600);
  }
  return run;
}

/** Peak RSS and CPU time from `/usr/bin/time -v` output. */
function resourceUse(stderr: string): Pick<ToolRun, 'peakRssMb' | 'cpuMs'> {
  const num = (label: string) => {
    const m = new RegExp(`${label}: ([\\d.]+)`).exec(stderr);
    return m ? Number(m[1]) : undefined;
  };
  const rss = num('Maximum resident set size \\(kbytes\\)');
  const user = num('User time \\(seconds\\)');
  const sys = num('System time \\(seconds\\)');
  return {
    ...(rss !== undefined ? { peakRssMb: rss / 1024 } : {}),
    ...(user !== undefined && sys !== undefined ? { cpuMs: (user + sys) * 1000 } : {}),
  };
}

export function ourCliArgs(cliPath: string, corpus: string, output: string): string[] {
  return [cliPath, 'scan', corpus, '--format', 'json', '--output', output, '--fail-on', 'never'];
}

export function secretlintArgs(repoRoot: string, corpus: string, rc: string, output: string): string[] {
  // bench/package.json holds secretlint: only the benchmark needs it (`npm run bench` installs it).
  const bin = path.join(repoRoot, 'bench/node_modules/secretlint/bin/secretlint.js');
  return [bin, `${corpus}/**/*`, '--secretlintrc', rc, '--format', 'json', '--output', output, '--no-color'];
}

/** The recommended preset, as a secretlint config file. */
export function writeSecretlintRc(file: string): void {
  fs.writeFileSync(file, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2));
}

/** secretlint's JSON: `[{ filePath, messages: [{ ruleId, loc: { start: { line (1-based) } } }] }]`. */
export function readSecretlintFindings(file: string, corpus: string): ToolFinding[] {
  const results = JSON.parse(fs.readFileSync(file, 'utf8')) as { filePath: string; messages: { ruleId: string; loc?: { start: { line: number } } }[] }[];
  return results.flatMap(r => r.messages.map(m => ({
    path: toRel(corpus, r.filePath), line: (m.loc?.start.line ?? 1) - 1, ruleId: m.ruleId,
  })));
}

/**
 * Our JSON report, read leniently (its exact shape belongs to the CLI): every object with a
 * `ruleId` and a 1-based `line` (or a 0-based engine `range`) found anywhere in the document,
 * with the path taken from the nearest enclosing `path`/`file`/`filePath`.
 */
export function readOurFindings(file: string, corpus: string): ToolFinding[] {
  const out: ToolFinding[] = [];
  const visit = (node: unknown, filePath: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach(n => visit(n, filePath));
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    const here = ['path', 'file', 'filePath', 'uri'].map(k => obj[k]).find(v => typeof v === 'string') as string | undefined;
    const p = here ?? filePath;
    const line = lineOf(obj);
    if (typeof obj.ruleId === 'string' && line !== undefined && p) {
      out.push({ path: toRel(corpus, p), line, ruleId: obj.ruleId });
      return; // nested objects (`related`) point at other findings already listed
    }
    for (const v of Object.values(obj)) if (v && typeof v === 'object') visit(v, p);
  };
  visit(JSON.parse(fs.readFileSync(file, 'utf8')), undefined);
  return out;
}

function lineOf(obj: Record<string, unknown>): number | undefined {
  const range = obj.range as { start?: { line?: number } } | undefined;
  if (typeof range?.start?.line === 'number') return range.start.line;
  return typeof obj.line === 'number' ? obj.line - 1 : undefined; // a bare `line` is assumed 1-based, as printed
}

/** Corpus-relative path of a reported file, whether the tool printed it absolute, relative to the scan root or to cwd. */
function toRel(corpus: string, p: string): string {
  const clean = p.replace(/^file:\/\//, '');
  const candidates = [path.resolve(corpus, clean), path.resolve(clean)];
  const abs = candidates.find(c => fs.existsSync(c)) ?? candidates[0];
  return path.relative(corpus, abs).split(path.sep).join('/');
}
