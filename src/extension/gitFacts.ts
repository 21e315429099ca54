/**
 * Which files git tracks, for the exposure score (a committed secret is worse than a local one).
 * Uses the `git` binary through child_process: fine in a Node extension host, skipped (facts
 * unknown) when git is missing, the folder is not a repository, or the workspace is virtual.
 */

import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { relativePath } from './folderConfig';

const GIT_TIMEOUT_MS = 10_000;

export class GitFacts implements vscode.Disposable {
  /** Folder uri → tracked paths (folder-relative); `null` = not a repository or no git. */
  private readonly tracked = new Map<string, Promise<Set<string> | null>>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** True/false when known; undefined when git facts are unavailable. */
  async isTracked(uri: vscode.Uri): Promise<boolean | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const set = await this.trackedIn(folder);
    return set ? set.has(relativePath(folder, uri)) : undefined;
  }

  /** Whether the folder is inside a git work tree (false when unknown). */
  async inGitRepo(folder: vscode.WorkspaceFolder): Promise<boolean> {
    return (await this.trackedIn(folder)) !== null;
  }

  /** Re-reads `git ls-files` soon (files were added, removed or committed). */
  refreshSoon(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.tracked.clear();
      this.changed.fire();
    }, 1000);
  }

  private trackedIn(folder: vscode.WorkspaceFolder): Promise<Set<string> | null> {
    const key = folder.uri.toString();
    let p = this.tracked.get(key);
    if (!p) {
      p = folder.uri.scheme === 'file' ? lsFiles(folder.uri.fsPath) : Promise.resolve(null);
      this.tracked.set(key, p);
    }
    return p;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }
}

/** Tracked files relative to `cwd` (a repo's subfolder works: ls-files lists relative to it). */
function lsFiles(cwd: string): Promise<Set<string> | null> {
  return new Promise(resolve => {
    execFile('git', ['ls-files', '-z'], { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: 64 << 20 },
      (err, stdout) => resolve(err ? null : new Set(stdout.split('\0').filter(Boolean))));
  });
}
