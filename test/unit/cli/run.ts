/**
 * Runs the BUILT command line (dist/cli.js) as a child process against workspaces written to a
 * temp folder at test time, with fake tokens generated at run time.
 */

import { spawnSync, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..', '..', '..');
export const CLI = path.join(REPO, 'dist', 'cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : e.name.endsWith('.ts') ? fs.statSync(p).mtimeMs : 0);
  }
  return newest;
}

/** Bundles dist/cli.js when it is missing or older than a source it is built from. */
export function ensureBuilt(): void {
  const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
  const sources = Math.max(newestSource(path.join(REPO, 'src', 'cli')), newestSource(path.join(REPO, 'src', 'core')));
  if (built < sources) execFileSync(process.execPath, ['esbuild.js', '--cli-only'], { cwd: REPO, stdio: 'inherit' });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  // Tests run under `npm test` too: only an explicit env makes the CLI think it is `npm run scan`.
  if (!options.env || !('npm_lifecycle_event' in options.env)) delete env.npm_lifecycle_event;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO, env, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** Writes `files` (relative path → content) into a fresh temp folder and returns it. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-cli-'));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export function removeWorkspaces(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** 1-based line and column of `needle`'s first occurrence in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error('needle not in text');
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export interface JsonFinding {
  path: string; ruleId: string; provider: string; title: string; severity: string; confidence: string;
  line: number; column: number; endLine: number; endColumn: number; masked: string; fingerprint: string;
  envVar: string; rotateUrl?: string; tracked?: boolean; envIgnored?: boolean; tags?: string[]; detail?: string;
}

export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  score: {
    score: number; grade: string; penalty: number;
    breakdown: { byFactor: { factor: string; count: number; cost: number }[] };
  };
  summary: { findings: number; errors: number; warnings: number; info: number; files: number; filesScanned: number; skipped: number };
  findings: JsonFinding[];
  skipped: { path: string; reason: string }[];
}

export function scanJson(dir: string, extra: string[] = []): { run: Run; report: JsonReport } {
  const run = runCli(['scan', dir, '--format', 'json', ...extra]);
  if (run.code === 2) throw new Error(`cli failed: ${run.stderr}`);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** The text a 1-based region covers in `file` (to check that reported positions are real). */
export function textAt(file: string, r: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (r.line === r.endLine) return lines[r.line - 1].slice(r.column - 1, r.endColumn - 1);
  const middle = lines.slice(r.line, r.endLine - 1);
  return [lines[r.line - 1].slice(r.column - 1), ...middle, lines[r.endLine - 1].slice(0, r.endColumn - 1)].join('\n');
}
