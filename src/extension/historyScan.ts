/**
 * "Secret Hygiene: Scan Git History": the CLI's `scan --history` in the editor. Reads `git log -p`
 * of a workspace folder (newest commits first, bounded by `secretHygiene.historyMaxCommits`,
 * cancellable), keeps the secrets that commits added, and says which ones the working tree no
 * longer holds: deleting a line does not remove it from history, only rotation helps.
 * Results live in memory until the next history scan; they feed the Findings view and the score.
 */

import * as vscode from 'vscode';
import { escapeControls, runChecks, type Finding, type PatchFinding, type Scanner, type TextScanner } from '../core';
import { byCommitThenLocation, markRemovedFromHead, scanGitPatches } from '../node/gitPatches';
import type { FolderConfigs } from './folderConfig';
import type { GitFacts } from './gitFacts';
import { readSettings } from './settings';

/** Output of git beyond this many characters is not read (the summary says so). */
const MAX_HISTORY_CHARS = 256 * 1024 * 1024;

export interface HistoryFinding extends PatchFinding {
  /** False when HEAD's version of the file no longer holds the secret. */
  inHead?: boolean;
}

export interface HistoryResult {
  folder: vscode.WorkspaceFolder;
  findings: HistoryFinding[];
  commits: number;
  truncated?: 'max-commits' | 'max-size';
}

export interface HistorySummary extends HistoryResult {
  state: 'done' | 'cancelled';
}

/**
 * The last history scan of each workspace folder. Keeps what git held before suppressions, so an
 * allowlist or baseline change (e.g. "Allowlist This Finding" after rotating) applies at once.
 */
export class HistoryFindings implements vscode.Disposable {
  private readonly results = new Map<string, { raw: HistoryFinding[]; result: HistoryResult }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly configs: FolderConfigs) {}

  /** Stores a scan's findings (before suppressions) and publishes the suppressed view of them. */
  async set(result: HistoryResult): Promise<HistoryResult> {
    const raw = result.findings;
    const shown = { ...result, findings: await suppressed(this.configs, result.folder, raw) };
    this.results.set(result.folder.uri.toString(), { raw, result: shown });
    this.changed.fire();
    return shown;
  }

  /** Forgets a folder's results (it is no longer a repository). */
  clear(folder: vscode.WorkspaceFolder): void {
    if (this.results.delete(folder.uri.toString())) this.changed.fire();
  }

  /** Re-applies excludes, allowlist, baseline and severities (the suppression files changed). */
  async resuppress(): Promise<void> {
    for (const [key, entry] of [...this.results]) {
      const findings = await suppressed(this.configs, entry.result.folder, entry.raw);
      this.results.set(key, { raw: entry.raw, result: { ...entry.result, findings } });
    }
    if (this.results.size) this.changed.fire();
  }

  all(): HistoryResult[] {
    return [...this.results.values()].map(e => e.result).filter(r => r.findings.length > 0);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export interface HistoryDeps {
  history: HistoryFindings;
  git: GitFacts;
  scanner: Scanner;
}

/** Runs the scan with a cancellable progress notification; undefined when it could not start. */
export async function scanHistoryWithProgress(deps: HistoryDeps, folder: vscode.WorkspaceFolder | undefined): Promise<HistorySummary | undefined> {
  if (!folder) return undefined;
  if (!(await deps.git.isWorkTree(folder))) {
    deps.history.clear(folder);
    void vscode.window.showWarningMessage(`Secret Hygiene: ${folder.name} is not a local git repository (or git is not installed), so it has no history to scan.`);
    return undefined;
  }
  const maxCommits = readSettings(folder.uri).historyMaxCommits;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Secret Hygiene: scanning the git history of ${folder.name}`, cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      const sub = token.onCancellationRequested(() => controller.abort());
      try {
        const scanner = committedScanner(deps.scanner);
        const scan = await scanGitPatches(folder.uri.fsPath, '.', 'history', scanner, {
          maxCommits, maxBytes: MAX_HISTORY_CHARS, signal: controller.signal,
          onProgress: commits => progress.report({ message: `${commits} commits` }),
        });
        const findings: HistoryFinding[] = scan.findings;
        await markRemovedFromHead(folder.uri.fsPath, findings, scanner);
        findings.sort(byCommitThenLocation(findings));
        const shown = await deps.history.set({ folder, findings, commits: scan.commits, ...(scan.truncated ? { truncated: scan.truncated } : {}) });
        return { ...shown, state: 'done' as const };
      } catch (e) {
        if (controller.signal.aborted) return { folder, findings: [], commits: 0, state: 'cancelled' as const };
        void vscode.window.showErrorMessage(`Secret Hygiene: the history scan failed: ${(e as Error).message}`);
        return undefined;
      } finally {
        sub.dispose();
      }
    });
}

/** The folder to scan: the only one, else the active file's, else the user's pick. */
export async function pickHistoryFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.window.showWorkspaceFolderPick({ placeHolder: 'Scan the git history of which folder?' });
}

/** One-line result for the notification: how many, how far back, and what to do. */
export function describeHistory(s: HistorySummary): string {
  if (s.state === 'cancelled') return 'history scan cancelled';
  const removed = s.findings.filter(f => f.inHead === false).length;
  const commits = `${s.commits} commit${s.commits === 1 ? '' : 's'}`;
  const limit = s.truncated === 'max-commits' ? ` (stopped at secretHygiene.historyMaxCommits; older commits were not read)`
    : s.truncated === 'max-size' ? ' (stopped at the size limit; older commits were not read)' : '';
  if (!s.findings.length) return `no secrets in ${commits} of git history${limit}`;
  const found = `${s.findings.length} secret${s.findings.length === 1 ? '' : 's'} in ${commits} of git history${limit}`;
  return removed
    ? `${found}; ${removed} no longer in the working tree but still in every clone: rotate ${removed === 1 ? 'it' : 'them'}`
    : `${found}: rotate them, removing the lines does not remove them from history`;
}

/** Every patch is committed text: the checks run with `tracked`, so findings carry the rotation checklist. */
function committedScanner(scanner: Scanner): TextScanner {
  return {
    scan: (text, context) => {
      const path = context?.path ?? '';
      return runChecks(scanner.scan(text, { path }), { path, text, git: { tracked: true } });
    },
  };
}

/** Excludes, allowlist, baseline and severity settings, as for files on disk. */
async function suppressed(configs: FolderConfigs, folder: vscode.WorkspaceFolder, findings: readonly HistoryFinding[]): Promise<HistoryFinding[]> {
  const byPath = new Map<string, HistoryFinding[]>();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const out: HistoryFinding[] = [];
  for (const [path, group] of byPath) {
    const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
    if (await configs.isExcluded(uri)) continue;
    out.push(...(await configs.suppress(uri, group as Finding[]) as HistoryFinding[]));
  }
  return out;
}

/**
 * Opens the file at the secret when the working tree still holds it; otherwise says where it
 * was added and offers the provider's rotation page.
 */
export async function showHistoryFinding(deps: HistoryDeps, folder: vscode.WorkspaceFolder, f: HistoryFinding): Promise<void> {
  const uri = vscode.Uri.joinPath(folder.uri, ...f.path.split('/'));
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (exists && f.inHead !== false) {
    const doc = await vscode.workspace.openTextDocument(uri);
    const now = deps.scanner.scan(doc.getText(), { path: f.path }).find(c => c.fingerprint === f.fingerprint);
    const line = Math.min(now?.range.start.line ?? f.line - 1, doc.lineCount - 1);
    const at = now ? new vscode.Range(now.range.start.line, now.range.start.column, now.range.end.line, now.range.end.column) : doc.lineAt(line).range;
    await vscode.window.showTextDocument(doc, { selection: at });
    return;
  }
  const where = exists ? `${escapeControls(f.path)} no longer holds it` : `${escapeControls(f.path)} was deleted`;
  const rotate = f.rotateUrl ? ['Open Rotation Page'] : [];
  const choice = await vscode.window.showWarningMessage(
    `Secret Hygiene: ${f.title} ${f.masked} was added in commit ${f.commit ?? '?'}; ${where}, but every clone still has it. Rotate it.`, ...rotate);
  if (choice && f.rotateUrl) await vscode.env.openExternal(vscode.Uri.parse(f.rotateUrl));
}
