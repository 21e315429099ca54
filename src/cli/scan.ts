/**
 * Runs one scan: resolves the targets, loads each root's .secrethygiene.json and the baseline,
 * walks the files, hands their text to the engine and applies the suppressions. Knows nothing
 * about report formats.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applySuppressions, CONFIG_FILE_NAME, configWarnings, DEFAULT_BASELINE_FILE, isEnvFile, MAX_BASELINE_BYTES,
  MAX_CONFIG_BYTES, parseBaseline, parseWorkspaceConfig, runWorkspaceChecks,
  type Baseline, type CommitFacts, type Finding, type WorkspaceConfig,
} from '../core';
import { GlobError, type GlobSource } from '../node/globs';
import { readBounded, readWorkspaceFile, UnsafeFileError } from '../node/safeRead';
import type { ScanOptions } from './args';
import { gitContext } from './git';
import type { FileJob, FileScan } from './fileJob';
import { visitFile, walk, type FileEntry, type Skipped } from './walk';
import { scanFiles } from './workers';

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
  baselined: number;
  /** Things the user should know that did not stop the scan (an ignore file not read). Never file content. */
  warnings?: string[];
  /** Files with more findings than the per-file cap (MAX_FINDINGS_PER_FILE): how many were left out. */
  capped?: { path: string; dropped: number }[];
  /** Set by --history / --staged: what part of the repository's diffs was read. */
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

export async function runScan(targetPaths: readonly string[], options: ScanOptions, progress?: Progress): Promise<ScanResult> {
  const targets = distinctTargets(targetPaths.map(resolveTarget));
  const base = targets.length === 1 ? targets[0].root : process.cwd();
  const cliBaseline = options.baseline && !options.writeBaseline ? loadBaseline(options.baseline) : undefined;
  const result: ScanResult = { base, findings: [], skipped: [], filesScanned: 0, bytesScanned: 0, baselined: 0, warnings: [] };
  // First every target is walked (cheap), then the files are scanned, on worker threads when
  // there is enough to do, and their results taken in walk order: the report does not depend on --jobs.
  const items: WalkItem[] = [];
  const scannedFiles = new Set<string>();
  // Files named on the command line: one that cannot be read is an I/O error, not a clean scan.
  const named = new Map<string, string>();
  for (const target of targets) {
    const config = loadConfig(target.root);
    // The default baseline too (the one the editor's "accept" writes), unless one is being written.
    const baseline = options.writeBaseline ? undefined : cliBaseline ?? configBaseline(target.root, config);
    // Two targets in one refused repository: one warning.
    const git = gitContext(target.root, message => { if (!result.warnings!.includes(message)) result.warnings!.push(message); });
    const display = (rel: string) => toSlashes(path.relative(base, path.join(target.root, rel)));
    const onFile = (file: FileEntry) => {
      // A file inside two targets (`scan . src/app.js`) is reported once.
      if (scannedFiles.has(file.abs)) return;
      scannedFiles.add(file.abs);
      items.push({
        job: { abs: file.abs, rel: file.rel, maxBytes: options.maxFileSize, git: git ? commitFacts(file) : undefined },
        config, baseline, size: file.size,
        where: {
          path: display(file.rel),
          ...(git ? { tracked: !!file.tracked } : {}),
          ...(file.ignored && isEnvFile(file.rel) && !file.tracked ? { envIgnored: true } : {}),
        },
      });
    };
    const onSkip = (s: Skipped) => items.push({ skip: { ...s, path: display(s.path) } });
    const walkOptions = {
      useGitignore: options.gitignore, exclude: excludeSources(options.exclude, config), maxFileSize: options.maxFileSize, git,
      onWarning: (message: string) => result.warnings!.push(message),
    };
    try {
      if (target.file) named.set(display(target.file), path.join(target.root, target.file));
      if (target.file) visitFile(path.join(target.root, target.file), target.file, walkOptions, onFile, onSkip);
      else walk(target.root, walkOptions, onFile, onSkip);
    } catch (e) {
      if (e instanceof GlobError) throw new CliError(e.message);
      throw e;
    }
  }
  const files = items.filter((i): i is FileItem => 'job' in i);
  let next = 0;
  const takeSkipsBefore = (item?: FileItem) => {
    for (; next < items.length && items[next] !== item; next++) result.skipped.push((items[next] as SkipItem).skip);
    next++;
  };
  await scanFiles(files.map(f => f.job), options.jobs, (i, scan) => {
    const item = files[i];
    takeSkipsBefore(item);
    progress?.(result.filesScanned, item.where.path);
    addFileScan(result, item, scan);
  }, files.reduce((n, f) => n + f.size, 0));
  takeSkipsBefore(undefined);
  const unreadable = result.skipped.find(s => s.reason === 'unreadable' && named.has(s.path));
  if (unreadable) throw new CliError(`cannot read ${named.get(unreadable.path)}`);
  result.findings = workspaceChecks(result.findings);
  result.findings.sort(byLocation);
  return result;
}

/** The command line's and the config's exclude globs, each named for errors. */
export function excludeSources(cliExclude: readonly string[], config: WorkspaceConfig): GlobSource[] {
  return [{ globs: cliExclude, source: '--exclude' }, { globs: config.exclude, source: `${CONFIG_FILE_NAME} "exclude"` }];
}

interface FileItem {
  job: FileJob;
  config: WorkspaceConfig;
  baseline?: Baseline;
  size: number;
  where: Pick<ReportFinding, 'path' | 'tracked' | 'envIgnored'>;
}
interface SkipItem { skip: Skipped }
type WalkItem = FileItem | SkipItem;

/** What git knows about a listed file (the same facts the extension passes). */
function commitFacts(file: FileEntry): CommitFacts {
  const tracked = !!file.tracked;
  return { tracked, envNotIgnored: !tracked && isEnvFile(file.rel) && !file.ignored, ...(tracked && file.ignored ? { ignoredButTracked: true } : {}) };
}

/** Applies the suppressions (allowlist and rule settings, then the baseline) to one file's findings and adds them to the result. */
function addFileScan(result: ScanResult, item: FileItem, scan: FileScan): void {
  if ('skip' in scan) {
    result.skipped.push({ path: item.where.path, reason: scan.skip });
    return;
  }
  result.filesScanned++;
  result.bytesScanned += scan.bytes;
  if (scan.dropped) (result.capped ??= []).push({ path: item.where.path, dropped: scan.dropped });
  const visible = applySuppressions(scan.findings, item.config);
  const kept = item.baseline ? applySuppressions(visible, undefined, item.baseline) : visible;
  result.baselined += visible.length - kept.length;
  for (const f of kept) result.findings.push({ ...f, ...item.where });
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
  if (stat.isFile()) {
    // Named by the user, so a link is followed here (files are otherwise read without following
    // links): the file is scanned at its real place, with its real folder's config.
    const real = fs.realpathSync(abs);
    return { root: path.dirname(real), file: path.basename(real) };
  }
  throw new CliError(`not a file or folder: ${p}`);
}

/** The root's `.secrethygiene.json` (defaults when there is none); read only as a regular file within the cap. */
export function loadConfig(root: string): WorkspaceConfig {
  let text: string | undefined;
  try {
    text = readWorkspaceFile(root, CONFIG_FILE_NAME, { maxBytes: MAX_CONFIG_BYTES, what: 'config file' });
  } catch (e) {
    throw asCliError(e);
  }
  if (text === undefined) return { exclude: [], allowlist: [], rules: {} };
  const file = path.join(root, CONFIG_FILE_NAME);
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
 * The baseline the config names (it must exist), or the default `.secrethygiene-baseline.json`
 * when there is one: the file the editor's "accept" writes, so the pre-commit hook and CI honour
 * it too. Read only inside the root, as a regular file within the cap.
 */
export function configBaseline(root: string, config: WorkspaceConfig): Baseline | undefined {
  const file = config.baseline ?? DEFAULT_BASELINE_FILE;
  let text: string | undefined;
  try {
    text = readWorkspaceFile(root, file, { maxBytes: MAX_BASELINE_BYTES, what: 'baseline' });
  } catch (e) {
    throw asCliError(e);
  }
  if (text === undefined) {
    if (config.baseline === undefined) return undefined;
    throw new CliError(`cannot read baseline ${path.resolve(root, file)}: ENOENT`);
  }
  return parseBaselineText(text, path.resolve(root, file));
}

/** A baseline the user named on the command line: any place they choose, but a regular file within the cap. */
export function loadBaseline(file: string): Baseline {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (e) {
    throw new CliError(`cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const read = readBounded(real, MAX_BASELINE_BYTES);
  if (read.kind === 'too-large') throw new CliError(`baseline ${file} is larger than ${MAX_BASELINE_BYTES / (1024 * 1024)} MB; not reading it`);
  if (read.kind === 'not-a-file') throw new CliError(`baseline ${file} is not a regular file`);
  if (read.kind === 'unreadable') throw new CliError(`cannot read baseline ${file}: ${read.code}`);
  return parseBaselineText(read.bytes.toString('utf8'), file);
}

function parseBaselineText(text: string, file: string): Baseline {
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new CliError(`${file}: ${safeMessage(e)}`);
  }
}

function asCliError(e: unknown): unknown {
  return e instanceof UnsafeFileError ? new CliError(e.message) : e;
}

/**
 * A ConfigError's own text (core's config and baseline errors name the field and position and
 * quote no file content); anything else, its first line only.
 */
function safeMessage(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

function byLocation(a: ReportFinding, b: ReportFinding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.range.start.offset - b.range.start.offset;
}

export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
