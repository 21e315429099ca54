/**
 * What git knows about workspace files: which ones it tracks (a committed secret is in history
 * for good, so it is raised and weighs more in the score). Uses the `git` binary through
 * child_process: fine in a Node extension host, skipped (facts unknown) when git is missing,
 * the folder is not a repository, or the workspace is virtual.
 */

import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { annotateCommitted, escapeControls, isEnvFile, type CommitFacts, type Finding } from '../core';
import { dubiousOwnershipMessage, safeGitArgs } from '../node/git';
import { relativePath, type FolderConfigs } from './folderConfig';

const GIT_TIMEOUT_MS = 10_000;
/** `.git/index` changes in bursts (VS Code's own git extension refreshes it often). */
const REFRESH_DELAY_MS = 1000;

type Tracked = Set<string> | null;

export class GitFacts implements vscode.Disposable {
  /** Folder uri → tracked paths (folder-relative); `null` = not a repository or no git. */
  private readonly tracked = new Map<string, { folder: vscode.WorkspaceFolder; files: Promise<Tracked> }>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fires with the files whose tracked state changed (added to or removed from the index). */
  readonly onDidChange = this.changed.event;
  /** Folders whose refusal by git was logged (refreshes re-run git; one log line per folder). */
  private readonly refusedLogged = new Set<string>();

  constructor(private readonly log?: vscode.LogOutputChannel) {}

  /** True/false when known; undefined when git facts are unavailable. */
  async isTracked(uri: vscode.Uri): Promise<boolean | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const set = await this.trackedIn(folder);
    return set ? set.has(relativePath(folder, uri)) : undefined;
  }

  /** Paths git tracks in the folder (folder-relative); null when git facts are unavailable. */
  trackedPaths(folder: vscode.WorkspaceFolder): Promise<ReadonlySet<string> | null> {
    return this.trackedIn(folder);
  }

  /** Whether the folder is inside a git work tree (false when unknown). */
  async inGitRepo(folder: vscode.WorkspaceFolder): Promise<boolean> {
    return (await this.trackedIn(folder)) !== null;
  }

  /** Asks git now (not the cached listing) whether the folder is in a work tree. */
  isWorkTree(folder: vscode.WorkspaceFolder): Promise<boolean> {
    if (folder.uri.scheme !== 'file') return Promise.resolve(false);
    return new Promise(resolve => {
      execFile('git', safeGitArgs('rev-parse', '--is-inside-work-tree'), { cwd: folder.uri.fsPath, timeout: GIT_TIMEOUT_MS },
        (err, stdout) => resolve(!err && stdout.trim() === 'true'));
    });
  }

  /**
   * Asks git now whether it tracks the file (not the cached listing, which lags a moment
   * behind `git add`): for decisions about writing a key into that file. Unknown → false.
   */
  isTrackedNow(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || folder.uri.scheme !== 'file') return Promise.resolve(false);
    return new Promise(resolve => {
      execFile('git', safeGitArgs('ls-files', '--error-unmatch', '--', relativePath(folder, uri)), { cwd: folder.uri.fsPath, timeout: GIT_TIMEOUT_MS },
        (err, stdout) => resolve(!err && stdout !== ''));
    });
  }

  /** No refresh of `git ls-files` waiting or running. */
  get idle(): boolean {
    return !this.refreshTimer && !this.refreshing;
  }

  /** Re-reads `git ls-files` soon (files were added, removed or committed). */
  refreshSoon(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      const run = this.refresh().finally(() => { if (this.refreshing === run) this.refreshing = undefined; });
      this.refreshing = run;
    }, REFRESH_DELAY_MS);
  }

  /** Reads every known folder's listing again and reports the files that changed state. */
  private async refresh(): Promise<void> {
    const changed: vscode.Uri[] = [];
    for (const [key, entry] of [...this.tracked]) {
      const before = await entry.files;
      const files = lsFiles(entry.folder, this.onRefused);
      this.tracked.set(key, { folder: entry.folder, files });
      const after = await files;
      for (const rel of symmetricDifference(before, after)) changed.push(vscode.Uri.joinPath(entry.folder.uri, ...rel.split('/')));
    }
    if (changed.length) this.changed.fire(changed);
  }

  private trackedIn(folder: vscode.WorkspaceFolder): Promise<Tracked> {
    const key = folder.uri.toString();
    let entry = this.tracked.get(key);
    if (!entry) {
      entry = { folder, files: lsFiles(folder, this.onRefused) };
      this.tracked.set(key, entry);
    }
    return entry.files;
  }

  /** Git refused the folder's repository (another user's): say so, with the fix, instead of silently "no git". */
  private readonly onRefused = (folder: vscode.WorkspaceFolder, message: string) => {
    if (this.refusedLogged.has(folder.uri.toString())) return;
    this.refusedLogged.add(folder.uri.toString());
    this.log?.warn(`${escapeControls(folder.name)}: ${message}`);
  };

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }
}

/**
 * The findings with what git says about their file: tracked → `committed`, raised, with a
 * rotation checklist; a `.env` git does not ignore → raised, with a warning. Runs before the
 * suppressions, so a severity the user set has the last word (as in the CLI).
 */
export async function withCommitFacts(findings: Finding[], uri: vscode.Uri, git: GitFacts, configs: FolderConfigs): Promise<Finding[]> {
  if (!findings.length) return findings;
  const facts = await commitFactsFor(uri, git, configs);
  return facts ? annotateCommitted(findings, facts) : findings;
}

async function commitFactsFor(uri: vscode.Uri, git: GitFacts, configs: FolderConfigs): Promise<CommitFacts | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.scheme !== 'file') return undefined;
  const tracked = await git.isTracked(uri);
  if (tracked === undefined) return undefined; // not a repository: nothing will be committed
  return commitFacts(tracked, await configs.isGitIgnored(uri), relativePath(folder, uri));
}

/**
 * What git means for a file's findings, from whether git tracks it and a `.gitignore` ignores
 * it (a workspace scan looks both up in per-folder snapshots; `withCommitFacts` asks per file).
 */
export function commitFacts(tracked: boolean, ignored: boolean, rel: string): CommitFacts {
  const envNotIgnored = !tracked && isEnvFile(rel) && !ignored;
  return { tracked, envNotIgnored, ...(tracked && ignored ? { ignoredButTracked: true } : {}) };
}

function symmetricDifference(a: Tracked, b: Tracked): string[] {
  const left = a ?? new Set<string>();
  const right = b ?? new Set<string>();
  return [...[...left].filter(x => !right.has(x)), ...[...right].filter(x => !left.has(x))];
}

/** Tracked files relative to the folder (a repo's subfolder works: ls-files lists relative to it). */
function lsFiles(folder: vscode.WorkspaceFolder, onRefused: (folder: vscode.WorkspaceFolder, message: string) => void): Promise<Tracked> {
  if (folder.uri.scheme !== 'file') return Promise.resolve(null);
  return new Promise(resolve => {
    execFile('git', safeGitArgs('ls-files', '-z'), { cwd: folder.uri.fsPath, timeout: GIT_TIMEOUT_MS, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const refused = err ? dubiousOwnershipMessage(String(stderr), folder.uri.fsPath) : undefined;
        if (refused) onRefused(folder, refused);
        resolve(err ? null : new Set(stdout.split('\0').filter(Boolean)));
      });
  });
}
