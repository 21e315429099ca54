/**
 * Runs one scan: resolves the targets, loads each root's .secrethygiene.json and the baseline,
 * walks the files, hands their text to the engine and applies the suppressions. Knows nothing
 * about report formats.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applySuppressions, CONFIG_FILE_NAME, ConfigError, configWarnings, DEFAULT_BASELINE_FILE_NAME, createScanner, isEnvFile, parseBaseline, parseWorkspaceConfig,
  runChecks, runWorkspaceChecks, type Baseline, type Finding, type WorkspaceConfig,
} from '../core';
import type { ScanOptions } from './args';
import { gitContext } from './git';
import { visitFile, walk, type FileEntry, type Skipped } from './walk';

/** A problem that stops the scan (exit code 2). Messages never quote file contents. */
export class CliError extends Error {}

export interface ReportFinding extends Finding {
  /** Relative to the report's base folder, forward slashes. */
  path: string;
  /** Tracked by git, when the root is inside a git work tree. */
  tracked?: boolean;
  /** A `.env`-style file that git ignores (seen only with --no-gitignore): lowers its score cost. */
  envIgnored?: boolean;
  /** --history: the commit that added the secret (the full id once its facts are read). */
  commit?: string;
  /** --history: that commit's author name and date (ISO 8601). */
  author?: string;
  date?: string;
  /** --history: false when HEAD's version of the file no longer holds this secret. */
  inHead?: boolean;
}

export interface ScanResult {
  /** Folder the paths are relative to (SARIF's %SRCROOT%). */
  base: string;
  findings: ReportFinding[];
  skipped: Skipped[];
  filesScanned: number;
  bytesScanned: number;
  /** Findings hidden by the baseline (not by the allowlist or rule settings). */
  baselined: number;  /** Set by --history / --staged: what part of the repository's diffs was read. */
  git?: GitScanInfo;
}

export interface GitScanInfo {
  mode: 'history' | 'staged';
  /** Commits read (--history). */
  commits: number;
  /** Why the scan stopped before the end, if it did: reported, never silent. */
  truncated?: 'max-commits' | 'max-size';
}

export type Progress = (filesScanned: number, currentPath: string) => void;

interface Target {
  /** The folder whose config applies and relative to which the engine sees paths. */
  root: string;
  /** Set when the target is a single file. */
  file?: string;
}

export function runScan(targetPaths: readonly string[], options: ScanOptions, progress?: Progress): ScanResult {
  const targets = distinctTargets(targetPaths.map(resolveTarget));
  const base = targets.length === 1 ? targets[0].root : process.cwd();
  const scanner = createScanner();
  const cliBaseline = options.baseline && !options.writeBaseline ? loadBaseline(options.baseline) : undefined;
  const result: ScanResult = { base, findings: [], skipped: [], filesScanned: 0, bytesScanned: 0, baselined: 0 };
  const scannedFiles = new Set<string>();
  for (const target of targets) {
    const config = loadConfig(target.root);
    const baseline = options.writeBaseline ? undefined : cliBaseline ?? configBaseline(target.root, config);
    const git = gitContext(target.root);
    const tracked = git?.tracked;
    const display = (rel: string) => toSlashes(path.relative(base, path.join(target.root, rel)));
    const onFile = (file: FileEntry) => {
      // A file inside two targets (`scan . src/app.js`) is reported once.
      if (scannedFiles.has(file.abs)) return;
      scannedFiles.add(file.abs);
      progress?.(result.filesScanned, display(file.rel));
      const text = readText(file, result, display);
      if (text === undefined) return;
      const isTracked = tracked?.has(file.rel);
      const isEnv = isEnvFile(file.rel);
      // The checks (client exposure, logging, least privilege, committed) run before the
      // suppressions, so a severity the user set in .secrethygiene.json has the last word.
      const found = runChecks(scanner.scan(text, { path: file.rel, languageId: undefined }), {
        path: file.rel, text, git: tracked ? { tracked: !!isTracked, envNotIgnored: isEnv && !file.ignored } : undefined,
      });
      const visible = applySuppressions(found, config);
      const kept = applySuppressions(visible, { allowlist: [], rules: {} }, baseline);
      result.baselined += visible.length - kept.length;
      const where = {
        path: display(file.rel),
        ...(tracked ? { tracked: !!isTracked } : {}),
        ...(file.ignored && isEnv && !isTracked ? { envIgnored: true } : {}),
      };
      for (const f of kept) result.findings.push({ ...f, ...where });
    };
    const onSkip = (s: Skipped) => result.skipped.push({ ...s, path: display(s.path) });
    const walkOptions = { useGitignore: options.gitignore, exclude: [...options.exclude, ...config.exclude], maxFileSize: options.maxFileSize, git };
    if (target.file) {
      const skippedBefore = result.skipped.length;
      visitFile(path.join(target.root, target.file), target.file, walkOptions, onFile, onSkip);
      // A file named on the command line that cannot be read is an I/O error, not a clean scan.
      const skip = result.skipped.slice(skippedBefore).find(s => s.reason === 'unreadable');
      if (skip) throw new CliError(`cannot read ${path.join(target.root, target.file)}`);
    } else {
      walk(target.root, walkOptions, onFile, onSkip);
    }
  }
  result.findings = workspaceChecks(result.findings);
  result.findings.sort(byLocation);
  return result;
}

/** Cross-file checks (the same secret in several environments), over the reported findings. */
function workspaceChecks(findings: readonly ReportFinding[]): ReportFinding[] {
  const byPath = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const files = runWorkspaceChecks([...byPath].map(([p, list]) => ({ path: p, findings: list })));
  // Checked findings are copies: carry the host's facts over by position in each file's list.
  return files.flatMap(file => file.findings.map((f, i) => ({ ...(byPath.get(file.path)?.[i] ?? {}), ...f, path: file.path })));
}

/** Reads one file as UTF-8; undefined (and a skip entry) when it is binary or unreadable. */
function readText(file: FileEntry, result: ScanResult, display: (rel: string) => string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file.abs);
  } catch {
    result.skipped.push({ path: display(file.rel), reason: 'unreadable' });
    return undefined;
  }
  // Git's own test: a NUL byte in the first 8000-odd bytes means binary.
  if (bytes.subarray(0, 8192).includes(0)) {
    result.skipped.push({ path: display(file.rel), reason: 'binary' });
    return undefined;
  }
  result.filesScanned++;
  result.bytesScanned += bytes.length;
  let text = bytes.toString('utf8');
  // Editors do not count a byte-order mark as a column; neither do we.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** `scan X X` walks X once (files reached through two targets are skipped in runScan). */
function distinctTargets(targets: readonly Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter(t => {
    const key = t.file ? path.join(t.root, t.file) : t.root;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function resolveTarget(p: string): Target {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    throw new CliError(`no such file or folder: ${p}`);
  }
  const abs = path.resolve(p);
  if (stat.isDirectory()) {
    try {
      fs.accessSync(abs, fs.constants.R_OK | fs.constants.X_OK);
    } catch (e) {
      throw new CliError(`cannot read folder ${p}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    return { root: abs };
  }
  if (stat.isFile()) return { root: path.dirname(abs), file: path.basename(abs) };
  throw new CliError(`not a file or folder: ${p}`);
}

export function loadConfig(root: string): WorkspaceConfig {
  const file = path.join(root, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { exclude: [], allowlist: [], rules: {} };
  }
  let config: WorkspaceConfig;
  try {
    config = parseWorkspaceConfig(text);
  } catch (e) {
    throw new CliError(`${file}: ${safeMessage(e)}`);
  }
  // On stderr, so JSON/SARIF on stdout stay parseable; once per file per run.
  if (!warnedConfigs.has(file)) {
    warnedConfigs.add(file);
    for (const w of configWarnings(text)) process.stderr.write(`secret-hygiene: warning: ${path.dirname(file)}/${w}\n`);
  }
  return config;
}

const warnedConfigs = new Set<string>();

/**
 * The baseline the config names, else `.secrethygiene-baseline.json` when the folder has one as
 * a regular file (the editor's "add to baseline" writes there; the hook must honour it too).
 */
export function configBaseline(root: string, config: WorkspaceConfig): Baseline | undefined {
  if (config.baseline) return loadBaseline(path.resolve(root, config.baseline));
  const byDefault = path.join(root, DEFAULT_BASELINE_FILE_NAME);
  return fs.lstatSync(byDefault, { throwIfNoEntry: false })?.isFile() ? loadBaseline(byDefault) : undefined;
}

export function loadBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new CliError(`${file}: ${safeMessage(e)}`);
  }
}

/**
 * A ConfigError's own text, minus any quote of the input: recent V8 JSON.parse messages cite
 * the text around the error, which must not reach a terminal or CI log.
 */
function safeMessage(e: unknown): string {
  if (!(e instanceof ConfigError)) return String((e as Error)?.message ?? e).split('\n')[0];
  const m = /^(.*?is not valid JSON)/.exec(e.message);
  if (!m) return e.message.split('\n')[0];
  const at = /position (\d+)/.exec(e.message);
  return at ? `${m[1]} (at character ${at[1]})` : m[1];
}

function byLocation(a: ReportFinding, b: ReportFinding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.range.start.offset - b.range.start.offset;
}

export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
