/**
 * Scans files on disk: the whole workspace, a folder or one file. Lists files with
 * `workspace.findFiles` (minus `files.exclude`, `search.exclude`, our excludes and every
 * `.gitignore`), scans them on worker threads (src/node/scanPool.ts: the extension host stays
 * responsive), skips binaries and files over the size limit and says so in the summary and the log.
 *
 * A little over 400 lines: listing, filtering, scheduling and reporting are the steps of one
 * scan and share its snapshot of folder settings; the worker side lives in src/node/.
 */

import * as vscode from 'vscode';
import { annotateCommitted, escapeControls, skipByPath, type Finding } from '../core';
import type { ScanPool } from '../node/scanPool';
import type { ScanJob } from '../node/scanJobs';
import type { FindingStore } from './findingStore';
import { relativePath, type FolderConfigs, type FolderView } from './folderConfig';
import { commitFacts, withCommitFacts, type GitFacts } from './gitFacts';
import { matchesAny } from './globs';
import { editorExcludeGlobs, readSettings } from './settings';

export interface ScanSummary {
  state: 'completed' | 'cancelled';
  /** Files listed after excludes (what the scan set out to read). */
  filesListed: number;
  filesScanned: number;
  filesWithFindings: number;
  findings: number;
  /** Left out by our excludes or a `.gitignore`. */
  excluded: number;
  /** Workspace-relative paths skipped for size or content. */
  skippedLarge: string[];
  skippedBinary: string[];
  /** Unreadable, or a link or special file (not followed, as in the CLI). */
  unreadable: string[];
  durationMs: number;
  /** For the log: why files were left out, and where the time went. */
  details?: ScanDetails;
}

export interface ScanDetails {
  /** Reason → files left out for it. */
  excludedBy: Partial<Record<ExcludeReason, number>>;
  /** Path → why it was not read (unreadable ones), never content. */
  unreadableWhy: Record<string, string>;
  listMs: number;
  filterMs: number;
  scanMs: number;
  /** Worker threads the scan could use (0: on the extension host thread). */
  workers: number;
  bytes: number;
}

export type ExcludeReason = 'secretHygiene.exclude or .secrethygiene.json' | '.gitignore' | 'files.exclude/search.exclude' | 'secretHygiene.enable off';

export interface ScanOptions {
  /** Besides the progress notification's cancel button (tests pass their own). */
  token?: vscode.CancellationToken;
  /** Called after each file (tests cancel mid-way from here). */
  onFileScanned?: (uri: vscode.Uri, done: number, total: number) => void;
  progress?: vscode.Progress<{ message?: string; increment?: number }>;
}

type FileResult =
  | { kind: 'scanned'; findings: Finding[]; bytes: number }
  | { kind: 'large' | 'binary' }
  | { kind: 'unreadable'; why: string };

/** One workspace folder's settings and state, read once per scan (not once per file). */
interface FolderSnapshot {
  folder: vscode.WorkspaceFolder;
  enable: boolean;
  maxBytes: number;
  editorExcludes: string[];
  view: FolderView;
  /** Paths git tracks; null without git facts. */
  tracked: ReadonlySet<string> | null;
}

/** Files being read and scanned at once: enough to keep every worker busy, few enough to keep memory flat. */
const FILES_IN_FLIGHT = 16;
/** The host's own loops over the file list pause this often for other work. */
const YIELD_EVERY_MS = 10;
/** Progress notification updates at most this often. */
const PROGRESS_EVERY_MS = 100;

export class DiskScanner implements vscode.Disposable {
  private running = 0;
  /** The tree scan in progress: a new one cancels it and waits for it, so results never interleave. */
  private current: { cancel: vscode.CancellationTokenSource; done: Promise<unknown> } | undefined;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Fires when a scan starts or ends (the status bar shows a spinner meanwhile). */
  readonly onDidChangeState = this.stateChanged.event;
  /** Set once the workspace was scanned: from then on, saved/created files are re-scanned on disk. */
  workspaceScanned = false;
  lastSummary: ScanSummary | undefined;
  /** When the last tree scan ended (ms since the epoch). */
  lastScanAt: number | undefined;

  constructor(
    private readonly pool: ScanPool,
    private readonly store: FindingStore,
    private readonly configs: FolderConfigs,
    private readonly git: GitFacts,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get isScanning(): boolean {
    return this.running > 0;
  }

  /** Scans every workspace folder, or only `target` (a folder) when given. */
  async scanTree(target: vscode.Uri | undefined, options: ScanOptions = {}): Promise<ScanSummary> {
    this.setRunning(+1);
    const previous = this.current;
    const cancel = new vscode.CancellationTokenSource();
    const token = options.token ? anyCancelled(cancel.token, options.token) : cancel.token;
    const run = (async () => {
      if (previous) {
        previous.cancel.cancel(); // its settings or file list are older than ours
        this.pool.sweep(); // its queued files go now, not when a worker reaches them
        await previous.done.catch(() => undefined);
      }
      return this.scanTreeUnguarded(target, { ...options, token });
    })();
    const entry = { cancel, done: run };
    this.current = entry;
    try {
      const summary = await run;
      if (!target && summary.state === 'completed') this.workspaceScanned = true;
      this.lastSummary = summary;
      this.lastScanAt = Date.now();
      logSummary(this.log, target ? vscode.workspace.asRelativePath(target) : 'workspace', summary);
      return summary;
    } finally {
      if (this.current === entry) this.current = undefined;
      cancel.dispose();
      this.setRunning(-1);
    }
  }

  /** Scans one file on disk into the store; returns what it found (undefined when skipped). */
  async scanFile(uri: vscode.Uri, options: { onlyIfIncluded?: boolean } = {}): Promise<Finding[] | undefined> {
    if (!readSettings(uri).enable) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const snapshot = folder ? await this.snapshot(folder) : undefined;
    const result = await this.readAndScan(uri, snapshot);
    if (!result) return undefined;
    // Settings may have changed while the file was read (an exclude added): check again.
    if (options.onlyIfIncluded && !(await this.isIncluded(uri))) return undefined;
    if (result.kind !== 'scanned') {
      // Now too large, binary or gone: an earlier finding of the file no longer stands.
      this.store.setScanned(uri, []);
      this.log.info(`scan ${vscode.workspace.asRelativePath(uri, false)}: skipped (${skipWhy(result)})`);
      return undefined;
    }
    this.store.setScanned(uri, result.findings);
    return result.findings;
  }

  /** Whether a file belongs in scans: not excluded by our settings/config nor git-ignored. */
  async isIncluded(uri: vscode.Uri): Promise<boolean> {
    if (!readSettings(uri).enable) return false;
    if (await this.configs.isExcluded(uri)) return false;
    // A file git tracks is in the repository whatever .gitignore says (committed before it was
    // ignored): scanned, as by the CLI, and its findings say so.
    if ((await this.configs.isGitIgnored(uri)) && !(await this.git.isTracked(uri))) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const rel = folder ? relativePath(folder, uri) : uri.path;
    // files.exclude/search.exclude again: findFiles applied them, but the file watcher did not.
    return !matchesAny(rel, editorExcludeGlobs(uri));
  }

  /** The same decision as `isIncluded`, from a folder snapshot: the reason a file is left out, if it is. */
  private exclusion(snap: FolderSnapshot, rel: string): ExcludeReason | undefined {
    if (!snap.enable) return 'secretHygiene.enable off';
    if (snap.view.isExcluded(rel)) return 'secretHygiene.exclude or .secrethygiene.json';
    if (snap.view.isGitIgnored(rel) && !snap.tracked?.has(rel)) return '.gitignore';
    if (matchesAny(rel, snap.editorExcludes)) return 'files.exclude/search.exclude';
    return undefined;
  }

  private async snapshot(folder: vscode.WorkspaceFolder): Promise<FolderSnapshot> {
    const settings = readSettings(folder.uri);
    return {
      folder, enable: settings.enable, maxBytes: settings.maxFileSizeKb * 1024,
      editorExcludes: editorExcludeGlobs(folder.uri),
      view: await this.configs.view(folder),
      tracked: await this.git.trackedPaths(folder),
    };
  }

  private async scanTreeUnguarded(target: vscode.Uri | undefined, options: ScanOptions): Promise<ScanSummary> {
    const t0 = Date.now();
    const mark = this.store.scanMark;
    const details: ScanDetails = { excludedBy: {}, unreadableWhy: {}, listMs: 0, filterMs: 0, scanMs: 0, workers: this.pool.inlineOnly ? 0 : this.pool.size, bytes: 0 };
    const summary: ScanSummary = {
      state: 'completed', filesListed: 0, filesScanned: 0, filesWithFindings: 0, findings: 0,
      excluded: 0, skippedLarge: [], skippedBinary: [], unreadable: [], durationMs: 0, details,
    };
    const listed = await this.listFiles(target, options.token);
    details.listMs = Date.now() - t0;
    const snapshots = new Map<string, FolderSnapshot | undefined>();
    const files: { uri: vscode.Uri; snap: FolderSnapshot | undefined }[] = [];
    let lastYield = Date.now();
    for (const uri of listed) {
      // Thousands of files: let the extension host answer other work every few milliseconds.
      if (Date.now() - lastYield > YIELD_EVERY_MS) {
        await new Promise(r => setImmediate(r));
        lastYield = Date.now();
      }
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const key = folder?.uri.toString() ?? '';
      if (!snapshots.has(key)) snapshots.set(key, folder ? await this.snapshot(folder) : undefined);
      const snap = snapshots.get(key);
      const why = snap ? this.exclusion(snap, relativePath(snap.folder, uri)) : (await this.isIncluded(uri)) ? undefined : 'secretHygiene.exclude or .secrethygiene.json';
      if (why) {
        summary.excluded++;
        details.excludedBy[why] = (details.excludedBy[why] ?? 0) + 1;
      } else files.push({ uri, snap });
    }
    summary.filesListed = files.length;
    const t1 = Date.now();
    details.filterMs = t1 - t0 - details.listMs;

    const visited = new Set<string>();
    let next = 0;
    let lastProgress = 0;
    let reported = 0;
    const report = (force: boolean) => {
      const done = visited.size;
      if (!options.progress || (!force && Date.now() - lastProgress < PROGRESS_EVERY_MS)) return;
      lastProgress = Date.now();
      options.progress.report({
        increment: (100 * (done - reported)) / Math.max(1, files.length),
        message: `${done}/${files.length} files, ${summary.findings} finding${summary.findings === 1 ? '' : 's'}`,
      });
      reported = done;
    };
    // A few files in flight at once: the pool spreads them over its workers, the host only
    // lists, filters and files the results.
    const lane = async () => {
      while (next < files.length && !options.token?.isCancellationRequested) {
        const { uri, snap } = files[next++];
        const result = await this.readAndScan(uri, snap, options.token);
        if (!result) break; // cancelled while it waited
        visited.add(uri.toString());
        this.record(uri, result, summary);
        options.onFileScanned?.(uri, summary.filesScanned + skippedCount(summary), files.length);
        report(false);
      }
    };
    await Promise.all(Array.from({ length: Math.min(FILES_IN_FLIGHT, files.length) }, lane));
    // Cancelled (a newer scan started) even before the listing ended: a partial or empty list
    // must not count as the whole workspace, or every earlier result would be dropped below.
    if (options.token?.isCancellationRequested) summary.state = 'cancelled';
    report(true);
    // Files that vanished, or are now excluded, lose their old results (not after a cancel:
    // unvisited files keep what the previous scan found; nor files the watcher scanned after
    // the listing, created meanwhile).
    if (summary.state === 'completed') {
      for (const root of target ? [target] : (vscode.workspace.workspaceFolders ?? []).map(f => f.uri)) {
        this.store.removeScanned(root, visited, mark);
      }
    }
    for (const list of [summary.skippedLarge, summary.skippedBinary, summary.unreadable]) list.sort();
    details.scanMs = Date.now() - t1;
    summary.durationMs = Date.now() - t0;
    return summary;
  }

  private record(uri: vscode.Uri, result: FileResult, summary: ScanSummary): void {
    const rel = vscode.workspace.asRelativePath(uri); // with the folder's name in a multi-root workspace
    if (result.kind === 'scanned') {
      summary.filesScanned++;
      if (result.findings.length) summary.filesWithFindings++;
      summary.findings += result.findings.length;
      if (summary.details) summary.details.bytes += result.bytes;
      this.store.setScanned(uri, result.findings);
      return;
    }
    // Skipped now (the size limit was lowered, it became binary): an old finding must not stay.
    this.store.setScanned(uri, []);
    switch (result.kind) {
      case 'large': summary.skippedLarge.push(rel); break;
      case 'binary': summary.skippedBinary.push(rel); break;
      case 'unreadable':
        summary.unreadable.push(rel);
        if (summary.details) summary.details.unreadableWhy[rel] = result.why;
        break;
    }
  }

  /** Candidate files under `target` (or all folders), minus files.exclude/search.exclude and `.git`. */
  private async listFiles(target: vscode.Uri | undefined, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const roots = target ? [target] : (vscode.workspace.workspaceFolders ?? []).map(f => f.uri);
    const out: vscode.Uri[] = [];
    for (const root of roots) {
      const exclude = excludeGlob(editorExcludeGlobs(root));
      out.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*'), exclude, undefined, token));
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /**
   * The core per-file pipeline (path kind, size cap, binary check and decoding, scan, checks),
   * as in the CLI, on a worker thread: it reads `file:` files itself; other schemes are read
   * here through `workspace.fs` and their bytes sent. Then git facts and suppressions, here.
   * Undefined when the scan was cancelled first.
   */
  private async readAndScan(uri: vscode.Uri, snap: FolderSnapshot | undefined, token?: vscode.CancellationToken): Promise<FileResult | undefined> {
    const limit = snap?.maxBytes ?? readSettings(uri).maxFileSizeKb * 1024;
    const path = snap ? relativePath(snap.folder, uri) : uri.path;
    if (skipByPath(path)) return { kind: 'binary' };
    let job: ScanJob;
    if (uri.scheme === 'file') {
      job = { kind: 'file', fsPath: uri.fsPath, path, maxBytes: limit };
    } else {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > limit) return { kind: 'large' };
        job = { kind: 'bytes', bytes: await vscode.workspace.fs.readFile(uri), path, maxBytes: limit };
      } catch (e) {
        return { kind: 'unreadable', why: (e as { code?: string }).code ?? 'not readable' };
      }
    }
    let result;
    try {
      result = await this.pool.run(job, { priority: 'bulk', token });
    } catch (e) {
      return { kind: 'unreadable', why: `scan failed: ${(e as Error).message}` };
    }
    if (!result) return undefined;
    if (result.kind !== 'file') return { kind: 'unreadable', why: 'unexpected scan result' };
    const scan = result.scan;
    switch (scan.kind) {
      case 'too-large': return { kind: 'large' };
      case 'binary': return { kind: 'binary' };
      case 'not-a-file': return { kind: 'unreadable', why: 'a link or special file (not followed)' };
      case 'unreadable': return { kind: 'unreadable', why: scan.code };
    }
    return { kind: 'scanned', findings: await this.finish(uri, path, scan.findings, snap), bytes: scan.chars };
  }

  /** Git facts, then suppressions: from the folder snapshot when there is one (the same answers, no awaits per file). */
  private async finish(uri: vscode.Uri, rel: string, findings: Finding[], snap: FolderSnapshot | undefined): Promise<Finding[]> {
    if (!snap) return this.configs.suppress(uri, await withCommitFacts(findings, uri, this.git, this.configs));
    if (findings.length && uri.scheme === 'file' && snap.tracked) {
      findings = annotateCommitted(findings, commitFacts(snap.tracked.has(rel), snap.view.isGitIgnored(rel), rel));
    }
    return snap.view.suppress(uri, findings);
  }

  private setRunning(delta: number): void {
    this.running += delta;
    this.stateChanged.fire();
  }

  dispose(): void {
    this.stateChanged.dispose();
  }
}

function skipWhy(result: FileResult): string {
  switch (result.kind) {
    case 'large': return 'over secretHygiene.maxFileSizeKb';
    case 'binary': return 'binary';
    case 'unreadable': return `unreadable: ${result.why}`;
    default: return '';
  }
}

/** Paths listed per skip reason in the log at most (the rest counted). */
const LOGGED_PATHS = 50;

/** What a scan did, for "Show Log": counts, reasons, timings and skipped paths; never a value. */
export function logSummary(log: vscode.LogOutputChannel, where: string, s: ScanSummary): void {
  log.info(`scan ${where}: ${describeSummary(s)} (${(s.durationMs / 1000).toFixed(2)} s)`);
  const d = s.details;
  if (!d) return;
  log.info(`scan ${where}: listed ${s.filesListed + s.excluded} files in ${d.listMs} ms, filtered in ${d.filterMs} ms, ` +
    `read and scanned ${s.filesScanned} (${(d.bytes / 1048576).toFixed(1)} M characters) in ${d.scanMs} ms on ` +
    `${d.workers ? `${d.workers} worker thread${d.workers === 1 ? '' : 's'}` : 'the extension host thread'}`);
  for (const [why, n] of Object.entries(d.excludedBy)) log.info(`scan ${where}: ${n} excluded by ${why}`);
  const list = (what: string, paths: string[], why?: (p: string) => string) => {
    for (const p of paths.slice(0, LOGGED_PATHS)) log.info(`  skipped (${why ? why(p) : what}): ${escapeControls(p)}`);
    if (paths.length > LOGGED_PATHS) log.info(`  … and ${paths.length - LOGGED_PATHS} more skipped (${what})`);
  };
  list('over secretHygiene.maxFileSizeKb', s.skippedLarge);
  list('binary', s.skippedBinary);
  list('unreadable', s.unreadable, p => `unreadable: ${d.unreadableWhy[p] ?? '?'}`);
}

/** Cancelled when either token is. */
export function anyCancelled(a: vscode.CancellationToken, b: vscode.CancellationToken): vscode.CancellationToken {
  return {
    get isCancellationRequested() { return a.isCancellationRequested || b.isCancellationRequested; },
    onCancellationRequested: (listener, thisArgs, disposables) => vscode.Disposable.from(
      a.onCancellationRequested(listener, thisArgs, disposables),
      b.onCancellationRequested(listener, thisArgs, disposables)),
  };
}

function skippedCount(s: ScanSummary): number {
  return s.skippedLarge.length + s.skippedBinary.length + s.unreadable.length;
}

function hasBraces(glob: string): boolean {
  return glob.includes('{') || glob.includes(',');
}

/**
 * One `findFiles` exclude pattern from the editor's globs. VS Code globs do not nest braces,
 * so globs that already hold braces are left for the per-file check to catch instead.
 */
function excludeGlob(globs: string[]): string {
  const flat = ['**/.git/**', ...globs.filter(g => !hasBraces(g))];
  return `{${[...new Set(flat)].join(',')}}`;
}

/** One line for the log and the notification: counts, skips, never a value. */
export function describeSummary(s: ScanSummary): string {
  const files = `${s.filesScanned} file${s.filesScanned === 1 ? '' : 's'} scanned`;
  const parts = [s.findings
    ? `${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.filesWithFindings} of ${files}`
    : `no hardcoded secrets in ${files}`];
  if (s.excluded) parts.push(`${s.excluded} excluded`);
  if (s.skippedLarge.length) parts.push(`${s.skippedLarge.length} skipped as too large`);
  if (s.skippedBinary.length) parts.push(`${s.skippedBinary.length} binary skipped`);
  if (s.unreadable.length) parts.push(`${s.unreadable.length} unreadable`);
  if (s.state === 'cancelled') parts.push('cancelled');
  return parts.join(', ');
}
