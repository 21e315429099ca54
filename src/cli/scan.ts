/**
 * Runs one scan: resolves the targets, loads each root's .secrethygiene.json and the baseline,
 * walks the files, hands their text to the engine and applies the suppressions. Knows nothing
 * about report formats.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applySuppressions, CONFIG_FILE_NAME, ConfigError, isEnvFile, parseBaseline, parseWorkspaceConfig,
  runChecks, runWorkspaceChecks, type Baseline, type CommitFacts, type Finding, type Scanner, type WorkspaceConfig,
} from '../core';
import type { ScanOptions } from './args';
import { gitContext } from './git';
import { visitFile, walk, type FileEntry, type Skipped, type SkipReason } from './walk';
import { scanFiles } from './workers';

/** A problem that stops the scan (exit code 2). Messages never quote file contents. */
export class CliError extends Error {}

export interface ReportFinding extends Finding {
  /** Relative to the report's base folder, forward slashes. */
  path: string;
  /** Tracked by git, when the root is inside a git work tree. */
  tracked?: boolean;
  /** A `.env`-style file that git ignores (seen only with --no-gitignore): lowers its score cost. */
  envIgnored?: boolean;  /** --history: the (short) commit that added the secret. */
  commit?: string;
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
  /** Files with more findings than the per-file cap (MAX_FINDINGS_PER_FILE): how many were left out. */
  capped?: { path: string; dropped: number }[];  /** Set by --history / --staged: what part of the repository's diffs was read. */
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
  const targets = targetPaths.map(resolveTarget);
  const base = targets.length === 1 ? targets[0].root : process.cwd();
  const cliBaseline = options.baseline && !options.writeBaseline ? loadBaseline(options.baseline) : undefined;
  const result: ScanResult = { base, findings: [], skipped: [], filesScanned: 0, bytesScanned: 0, baselined: 0 };
  // First every target is walked (cheap), then the files are scanned, on worker threads when
  // there is enough to do, and their results taken in walk order: the report does not depend on --jobs.
  const items: WalkItem[] = [];
  for (const target of targets) {
    const config = loadConfig(target.root);
    const baseline = options.writeBaseline ? undefined : cliBaseline ?? configBaseline(target.root, config);
    const git = gitContext(target.root);
    const tracked = git?.tracked;
    const display = (rel: string) => toSlashes(path.relative(base, path.join(target.root, rel)));
    const onFile = (file: FileEntry) => {
      const isTracked = tracked?.has(file.rel);
      const isEnv = isEnvFile(file.rel);
      items.push({
        // The checks (client exposure, logging, least privilege, committed) run before the
        // suppressions, so a severity the user set in .secrethygiene.json has the last word.
        job: { abs: file.abs, rel: file.rel, git: tracked ? { tracked: !!isTracked, envNotIgnored: isEnv && !file.ignored } : undefined },
        config, baseline, size: file.size,
        where: {
          path: display(file.rel),
          ...(tracked ? { tracked: !!isTracked } : {}),
          ...(file.ignored && isEnv && !isTracked ? { envIgnored: true } : {}),
        },
      });
    };
    const onSkip = (s: Skipped) => items.push({ skip: { ...s, path: display(s.path) } });
    const walkOptions = { useGitignore: options.gitignore, exclude: [...options.exclude, ...config.exclude], maxFileSize: options.maxFileSize, git };
    if (target.file) visitFile(path.join(target.root, target.file), target.file, walkOptions, onFile, onSkip);
    else walk(target.root, walkOptions, onFile, onSkip);
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
  result.findings = workspaceChecks(result.findings);
  result.findings.sort(byLocation);
  return result;
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

/** What scanning one file gives, before suppressions: computed in-process or on a worker thread. */
export type FileScan = { skip: SkipReason } | { bytes: number; findings: Finding[]; dropped: number };

/** One file to scan, and what git knows about it (for the committed-secret check). */
export interface FileJob {
  abs: string;
  rel: string;
  git?: CommitFacts;
}

/** Reads one file and runs the engine and the per-file checks on it. */
export function scanOneFile(scanner: Scanner, job: FileJob): FileScan {
  const read = readText(job.abs);
  if ('skip' in read) return read;
  const scanned = scanner.scanCapped(read.text, { path: job.rel, languageId: undefined });
  const findings = runChecks(scanned.findings, { path: job.rel, text: read.text, git: job.git });
  return { bytes: read.bytes, findings, dropped: scanned.dropped };
}

/** Applies the suppressions to one file's findings and adds them to the result. */
function addFileScan(result: ScanResult, item: FileItem, scan: FileScan): void {
  if ('skip' in scan) {
    result.skipped.push({ path: item.where.path, reason: scan.skip });
    return;
  }
  result.filesScanned++;
  result.bytesScanned += scan.bytes;
  if (scan.dropped) (result.capped ??= []).push({ path: item.where.path, dropped: scan.dropped });
  const visible = applySuppressions(scan.findings, item.config);
  const kept = applySuppressions(visible, { allowlist: [], rules: {} }, item.baseline);
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

/** Reads one file as UTF-8; a skip reason when it is binary or unreadable. */
function readText(abs: string): { text: string; bytes: number } | { skip: SkipReason } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch {
    return { skip: 'unreadable' };
  }
  // Git's own test: a NUL byte in the first 8000-odd bytes means binary.
  if (bytes.subarray(0, 8192).includes(0)) return { skip: 'binary' };
  let text = bytes.toString('utf8');
  // Editors do not count a byte-order mark as a column; neither do we.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, bytes: bytes.length };
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
  try {
    return parseWorkspaceConfig(text);
  } catch (e) {
    throw new CliError(`${file}: ${safeMessage(e)}`);
  }
}

export function configBaseline(root: string, config: WorkspaceConfig): Baseline | undefined {
  return config.baseline ? loadBaseline(path.resolve(root, config.baseline)) : undefined;
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
