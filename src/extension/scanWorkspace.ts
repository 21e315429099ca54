/**
 * Scans files on disk: the whole workspace, a folder or one file. Lists files with
 * `workspace.findFiles` (minus `files.exclude`, `search.exclude`, our excludes and every
 * `.gitignore`), reads them through `workspace.fs` (virtual workspaces work), skips binaries and
 * files over the size limit and says so in the summary.
 */

import * as vscode from 'vscode';
import { scanFileBytes, skipByPath, type Finding, type Scanner } from '../core';
import type { FindingStore } from './findingStore';
import { relativePath, type FolderConfigs } from './folderConfig';
import { withCommitFacts, type GitFacts } from './gitFacts';
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
  unreadable: string[];
  durationMs: number;
}

export interface ScanOptions {
  /** Besides the progress notification's cancel button (tests pass their own). */
  token?: vscode.CancellationToken;
  /** Called after each file (tests cancel mid-way from here). */
  onFileScanned?: (uri: vscode.Uri, done: number, total: number) => void;
  progress?: vscode.Progress<{ message?: string; increment?: number }>;
}

type FileResult =
  | { kind: 'scanned'; findings: Finding[] }
  | { kind: 'large' | 'binary' | 'unreadable' };

/** Files read at once: enough to overlap I/O, few enough to keep memory flat. */
const PARALLEL_READS = 8;

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
    private readonly scanner: Scanner,
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
      this.log.info(`scan ${target ? vscode.workspace.asRelativePath(target) : 'workspace'}: ${describeSummary(summary)}`);
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
    const result = await this.readAndScan(uri);
    if (result.kind !== 'scanned') return undefined;
    // Settings may have changed while the file was read (an exclude added): check again.
    if (options.onlyIfIncluded && !(await this.isIncluded(uri))) return undefined;
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

  private async scanTreeUnguarded(target: vscode.Uri | undefined, options: ScanOptions): Promise<ScanSummary> {
    const t0 = Date.now();
    const summary: ScanSummary = {
      state: 'completed', filesListed: 0, filesScanned: 0, filesWithFindings: 0, findings: 0,
      excluded: 0, skippedLarge: [], skippedBinary: [], unreadable: [], durationMs: 0,
    };
    const listed = await this.listFiles(target, options.token);
    const files: vscode.Uri[] = [];
    for (const uri of listed) {
      if (await this.isIncluded(uri)) files.push(uri);
      else summary.excluded++;
    }
    summary.filesListed = files.length;
    const visited = new Set<string>();
    for (let i = 0; i < files.length; i += PARALLEL_READS) {
      if (options.token?.isCancellationRequested) {
        summary.state = 'cancelled';
        break;
      }
      const batch = files.slice(i, i + PARALLEL_READS);
      const results = await Promise.all(batch.map(uri => this.readAndScan(uri)));
      batch.forEach((uri, k) => {
        visited.add(uri.toString());
        this.record(uri, results[k], summary);
        options.onFileScanned?.(uri, summary.filesScanned + skippedCount(summary), files.length);
      });
      options.progress?.report({
        increment: (100 * batch.length) / Math.max(1, files.length),
        message: `${Math.min(i + batch.length, files.length)}/${files.length} files, ${summary.findings} finding${summary.findings === 1 ? '' : 's'}`,
      });
    }
    // Files that vanished, or are now excluded, lose their old results (not after a cancel:
    // unvisited files keep what the previous scan found).
    if (summary.state === 'completed') {
      for (const root of target ? [target] : (vscode.workspace.workspaceFolders ?? []).map(f => f.uri)) {
        this.store.removeScanned(root, visited);
      }
    }
    summary.durationMs = Date.now() - t0;
    return summary;
  }

  private record(uri: vscode.Uri, result: FileResult, summary: ScanSummary): void {
    const rel = vscode.workspace.asRelativePath(uri, false);
    switch (result.kind) {
      case 'scanned':
        summary.filesScanned++;
        if (result.findings.length) summary.filesWithFindings++;
        summary.findings += result.findings.length;
        this.store.setScanned(uri, result.findings);
        break;
      case 'large': summary.skippedLarge.push(rel); break;
      case 'binary': summary.skippedBinary.push(rel); break;
      case 'unreadable': summary.unreadable.push(rel); break;
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
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The core per-file pipeline (path kind, size cap, binary check and decoding, scan, checks), as in the CLI. */
  private async readAndScan(uri: vscode.Uri): Promise<FileResult> {
    const limit = readSettings(uri).maxFileSizeKb * 1024;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const path = folder ? relativePath(folder, uri) : uri.path;
    if (skipByPath(path)) return { kind: 'binary' };
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > limit) return { kind: 'large' };
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return { kind: 'unreadable' };
    }
    const scanned = scanFileBytes(this.scanner, bytes, { path }, { maxBytes: limit });
    if (scanned.kind !== 'scanned') return { kind: scanned.kind === 'too-large' ? 'large' : 'binary' };
    const raw = await withCommitFacts(scanned.findings, uri, this.git, this.configs);
    return { kind: 'scanned', findings: await this.configs.suppress(uri, raw) };
  }

  private setRunning(delta: number): void {
    this.running += delta;
    this.stateChanged.fire();
  }

  dispose(): void {
    this.stateChanged.dispose();
  }
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
