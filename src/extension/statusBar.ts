/**
 * The workspace exposure score in the status bar (left: it is about the whole workspace):
 * `$(shield) 72 C`, a tooltip that says what costs how much, click → the Findings view.
 */

import * as vscode from 'vscode';
import { costTerms, escapeControls, exposureScore, isEnvFile, type ExposureScore, type ScoredFinding } from '../core';
import type { FindingStore } from './findingStore';
import { relativePath, type FolderConfigs } from './folderConfig';
import type { GitFacts } from './gitFacts';
import type { HistoryFindings } from './historyScan';
import { COMMANDS } from './ids';
import type { DiskScanner } from './scanWorkspace';

/** Recompute at most this often while findings stream in (typing, scans). */
const UPDATE_DELAY_MS = 100;
const WARN_BELOW = 75;
const ERROR_BELOW = 50;

export class ScoreStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('secretHygiene.score', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<void> = Promise.resolve();
  current: ExposureScore = exposureScore([]);
  private enabled = true;

  constructor(
    private readonly store: FindingStore,
    private readonly history: HistoryFindings,
    private readonly git: GitFacts,
    private readonly configs: FolderConfigs,
    private readonly disk: DiskScanner,
  ) {
    this.item.name = 'Secret Hygiene exposure score';
    this.item.command = COMMANDS.showFindings;
    this.disposables.push(
      store.onDidChange(() => this.updateSoon()),
      git.onDidChange(() => this.updateSoon()),
      history.onDidChange(() => this.updateSoon()),
      configs.onDidChange(() => this.updateSoon()),
      disk.onDidChangeState(() => this.render()),
    );
    this.render();
    this.item.show();
    this.updateSoon();
  }

  /** Hidden while Secret Hygiene is switched off (`secretHygiene.enable`). */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (enabled) this.item.show();
    else this.item.hide();
  }

  get visible(): boolean {
    return this.enabled;
  }

  get text(): string {
    return this.item.text;
  }

  get tooltipMarkdown(): string {
    const t = this.item.tooltip;
    return typeof t === 'string' ? t : t?.value ?? '';
  }

  /** Resolves once the score reflects every change made so far. */
  async settled(): Promise<void> {
    while (this.timer) await new Promise(r => setTimeout(r, UPDATE_DELAY_MS));
    await this.pending;
  }

  updateSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pending = this.update();
    }, UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const scored = [...await scoredFindings(this.store, this.git, this.configs), ...historyScored(this.history)];
    this.current = exposureScore(scored);
    this.perFolder = scoresPerFolder(scored);
    this.render();
  }

  /** Multi-root workspaces: each folder's own score (the status bar shows the workspace total). */
  perFolder: FolderScore[] = [];

  private render(): void {
    const { score, grade } = this.current;
    const icon = this.disk.isScanning ? '$(sync~spin)' : '$(shield)';
    // Before the first workspace scan ends, a grade would only cover open files: never a premature 100 A.
    const firstScan = this.disk.isScanning && !this.disk.lastSummary;
    this.item.text = firstScan ? `${icon} scanning` : `${icon} ${score} ${grade}`;
    this.item.backgroundColor = score < ERROR_BELOW ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : score < WARN_BELOW ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = tooltipFor(this.current, this.perFolder, this.disk, this.store);
    this.item.accessibilityInformation = { label: firstScan ? 'Secret Hygiene: scanning the workspace' : `Secret exposure score ${score}, grade ${grade}` };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach(d => d.dispose());
    this.item.dispose();
  }
}

export interface FolderScore {
  folder: string;
  score: ExposureScore;
}

/** A scored finding and the workspace folder it belongs to ('' outside any). */
type FolderScored = ScoredFinding & { folder?: string };

/**
 * Every current finding with the facts the score weighs: path, tracked by git, ignored `.env`.
 * In a multi-root workspace the path starts with the folder's name, so two folders'
 * `src/index.ts` stay two files (the score groups and de-duplicates by path).
 */
export async function scoredFindings(store: FindingStore, git: GitFacts, configs: FolderConfigs): Promise<FolderScored[]> {
  const out: FolderScored[] = [];
  for (const { uri, findings } of store.all()) {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const path = folder ? qualified(folder, relativePath(folder, uri)) : uri.path;
    const tracked = folder ? await git.isTracked(uri) : undefined;
    const envIgnored = isEnvFile(path) && folder ? await configs.isGitIgnored(uri) : undefined;
    for (const f of findings) {
      out.push({ ...f, path, folder: folder?.name ?? '', ...(tracked !== undefined ? { tracked } : {}), ...(envIgnored ? { envIgnored } : {}) });
    }
  }
  return out;
}

/**
 * Secrets found in git history count like committed files (they carry the `committed` tag). One
 * still in the tree shares its file's path, so the score's per-file de-duplication counts it once.
 */
function historyScored(history: HistoryFindings): FolderScored[] {
  return history.all().flatMap(r => r.findings.map(f => ({ ...f, path: qualified(r.folder, f.path), folder: r.folder.name, tracked: true })));
}

function isMultiRoot(): boolean {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
}

/** A folder-relative path as the score and tooltip show it: with the folder's name in a multi-root workspace. */
function qualified(folder: vscode.WorkspaceFolder, rel: string): string {
  return isMultiRoot() ? `${folder.name}/${rel}` : rel;
}

/** One score per workspace folder, in the folders' order (multi-root workspaces only). */
export function scoresPerFolder(scored: FolderScored[]): FolderScore[] {
  if (!isMultiRoot()) return [];
  return (vscode.workspace.workspaceFolders ?? []).map(f => ({
    folder: f.name,
    score: exposureScore(scored.filter(x => x.folder === f.name)),
  }));
}

function tooltipFor(s: ExposureScore, perFolder: FolderScore[], disk: DiskScanner, store: FindingStore): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [COMMANDS.showFindings, COMMANDS.scanWorkspace] };
  md.appendMarkdown(`**Secret exposure score: ${s.score}/100 (${s.grade})**${perFolder.length ? ' for the whole workspace' : ''}\n\n`);
  if (perFolder.length) {
    md.appendMarkdown(`| folder | score | findings |\n|---|---:|---:|\n`);
    for (const f of perFolder) {
      const n = f.score.breakdown.bySeverity.reduce((k, r) => k + r.count, 0);
      md.appendMarkdown(`| ${escapeCell(escapeControls(f.folder))} | ${f.score.score} ${f.score.grade} | ${n} |\n`);
    }
    md.appendMarkdown(`| **workspace** | **${s.score} ${s.grade}** | **${s.breakdown.bySeverity.reduce((k, r) => k + r.count, 0)}** |\n\n`);
  }
  if (!s.breakdown.bySeverity.length) {
    md.appendMarkdown('No hardcoded secrets found.\n\n');
  } else {
    md.appendMarkdown(`| severity | findings | cost |\n|---|---:|---:|\n`);
    for (const row of s.breakdown.bySeverity) md.appendMarkdown(`| ${row.severity} | ${row.count} | ${row.cost} |\n`);
    md.appendMarkdown(`\nTotal cost ${s.penalty}: score = 100 / √(1 + cost / 12).\n\n`);
    md.appendMarkdown(`${costLine(s)}\n\n`);
    md.appendMarkdown('Top files:\n\n');
    for (const f of s.breakdown.topFiles.slice(0, 5)) md.appendMarkdown(`- \`${escapeMd(escapeControls(f.path || 'untitled'))}\` — ${f.cost}\n`);
    md.appendMarkdown('\nBase cost = severity (error 10, warning 4, info 0) × confidence (verified 1, provider 0.8, generic 0.5); ' +
      'client-side code, committed files, logging and over-powered keys add to it, a git-ignored `.env` divides it by 4.\n\n');
  }
  md.appendMarkdown(scanLine(disk, store));
  md.appendMarkdown(`\n\n[Show findings](command:${COMMANDS.showFindings}) · [Scan workspace](command:${COMMANDS.scanWorkspace})`);
  return md;
}

/** `Cost 41.5 = base 12 + client-exposed 16 + committed 12 - git-ignored .env 1.5`: where the cost comes from. */
function costLine(s: ExposureScore): string {
  return `Cost ${s.penalty} = ${costTerms(s).join(' ')}`;
}

/**
 * What the score covers. The findings are those of now (kept current as files change and
 * fixes apply), not the last scan's count, which goes stale with the first fix.
 */
function scanLine(disk: DiskScanner, store: FindingStore): string {
  if (disk.isScanning) return '$(sync~spin) Scanning the workspace…';
  const last = disk.lastSummary;
  if (!last || disk.lastScanAt === undefined) return 'Open files only: the workspace has not been scanned yet.';
  const now = store.all();
  const count = now.reduce((n, e) => n + e.findings.length, 0);
  const at = new Date(disk.lastScanAt).toLocaleTimeString();
  return `Workspace scanned at ${at} (${last.filesScanned} files${last.state === 'cancelled' ? ', cancelled' : ''}); ` +
    `now ${count} finding${count === 1 ? '' : 's'} in ${now.length} file${now.length === 1 ? '' : 's'}, updated as files change.`;
}

function escapeCell(s: string): string {
  return s.replace(/[|\\`*_[\]<>]/g, '\\$&');
}

function escapeMd(s: string): string {
  return s.replace(/[`\\]/g, '\\$&');
}
