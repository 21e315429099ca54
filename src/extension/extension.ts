/**
 * Entry point: builds the services, wires them to VS Code events and registers every
 * provider and command. No logic of its own; the engine lives in src/core.
 */

import * as os from 'os';
import * as vscode from 'vscode';
import { ScanPool } from '../node/scanPool';
import { createScanner, type ExposureScore, type Finding } from '../core';
import { registerCodeActions } from './codeActions';
import { registerCommands, scanWithProgress, type CommandDeps } from './commands';
import { DiagnosticsPublisher, FindingHover } from './diagnostics';
import { FindingStore, type FileFindings } from './findingStore';
import { FindingsTreeProvider, type FindingsNode } from './findingsView';
import { FolderConfigs } from './folderConfig';
import { GitFacts } from './gitFacts';
import { HistoryFindings, type HistoryFinding, type HistorySummary } from './historyScan';
import { COMMANDS, FINDINGS_VIEW, SETTINGS_SECTION } from './ids';
import { LiveScan } from './liveScan';
import { DiskScanner, type ScanOptions, type ScanSummary } from './scanWorkspace';
import type { ExtensionServices } from './services';
import { readSettings } from './settings';
import { ScoreStatusBar } from './statusBar';
import { templateWarnings } from './templateWarning';
import { registerUntitledFixes } from './untitledFixes';
import { watchFiles } from './watcher';

/** What `activate()` returns: read-only views of the extension's state, used by the integration tests. */
export interface SecretHygieneApi {
  statusText(): string;
  /** False while `secretHygiene.enable` is off: the status bar item is hidden. */
  statusVisible(): boolean;
  /** The status bar tooltip's Markdown source. */
  tooltip(): string;
  score(): ExposureScore;
  /** Current findings per file (masked values only, like everything else). */
  findings(): FileFindings[];
  findingsFor(uri: vscode.Uri): Finding[];
  treeChildren(node?: FindingsNode): FindingsNode[];
  treeItem(node: FindingsNode): vscode.TreeItem;
  /** Runs "Scan Git History" on the first workspace folder and returns its summary. */
  scanHistory(): Promise<HistorySummary | undefined>;
  historyFindings(): HistoryFinding[];
  /** Runs "Scan Workspace" (with its progress notification) and returns the summary. */
  scanWorkspace(options?: ScanOptions): Promise<ScanSummary | undefined>;
  /** Resolves when no scan is pending or running and the status bar shows the result. */
  whenIdle(): Promise<void>;
  /**
   * The latest lines written to the log ("Show Log"), as `level: message`; with `after`, only
   * those logged after the first `after` lines of the session (see `loggedCount`).
   */
  logLines(after?: number): string[];
  /** How many lines the log has received this session (the kept lines are the latest of them). */
  loggedCount(): number;
  liveStats(): { fullScans: number; incrementalScans: number; workerScans: number; supersededScans: number; lastScanMs: number };
  /** Warnings about unusable settings shown in this session (templateWarning.ts), oldest first. */
  settingWarnings(): string[];
}

export function activate(context: vscode.ExtensionContext): SecretHygieneApi {
  const recorded: RecordedLog = { lines: [], total: 0 };
  const log = recordingLog(vscode.window.createOutputChannel('Secret Hygiene', { log: true }), recorded);
  const scanner = createScanner();
  const store = new FindingStore();
  const configs = new FolderConfigs(log);
  const git = new GitFacts(log);
  const pool = new ScanPool({
    script: vscode.Uri.joinPath(context.extensionUri, 'dist', 'scanWorker.js').fsPath,
    size: scanThreads(), scanner,
    onFallback: reason => log.warn(reason),
  });
  const live = new LiveScan(scanner, pool, store, configs, git, log);
  const disk = new DiskScanner(pool, store, configs, git, log);
  const diagnostics = new DiagnosticsPublisher(store);
  const history = new HistoryFindings(configs);
  const statusBar = new ScoreStatusBar(store, history, git, configs, disk);
  const tree = new FindingsTreeProvider(store, history, configs);
  context.subscriptions.push(log, pool, store, history, configs, git, live, disk, diagnostics, statusBar, tree,
    vscode.window.createTreeView(FINDINGS_VIEW, { treeDataProvider: tree, showCollapseAll: true }),
    vscode.languages.registerHoverProvider('*', new FindingHover(store, (uri, f) => configs.expiredEntry(uri, f))));

  const services: ExtensionServices = {
    store, configs, git, log,
    settings: readSettings,
    rescan: async () => {
      configs.invalidate();
      live.revalidateAll();
      await history.resuppress();
      if (disk.workspaceScanned) await disk.scanTree(undefined);
    },
    rescanFile: async uri => {
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      return doc ? live.scanNow(doc) : (await disk.scanFile(uri)) ?? [];
    },
  };
  const deps: CommandDeps = { services, disk, live, statusBar, history: { history, git, scanner } };
  registerCommands(context, deps);
  // Quick fixes (codeActions.ts) map diagnostics back through services.store and call rescan().
  registerCodeActions(context, services);
  registerUntitledFixes(context, store);
  const files = watchFiles({ services, disk, live });
  // `secretHygiene.enable: false` empties everything the user sees; on again, it all comes back.
  const applyEnabled = () => {
    const enabled = isEnabled();
    statusBar.setEnabled(enabled);
    tree.setEnabled(enabled);
    if (!enabled) store.clearAll();
    // Off since start-up: the start-up scan never ran (the rescan on this change covers the rest).
    else if (!disk.workspaceScanned && !disk.isScanning) void startupScan(disk, log);
  };
  statusBar.setEnabled(isEnabled());
  tree.setEnabled(isEnabled());
  context.subscriptions.push(
    files,
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.enable`)) applyEnabled();
      if (e.affectsConfiguration(SETTINGS_SECTION) || e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) {
        void services.rescan();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void services.rescan()),
  );

  // A file was committed or untracked: its findings gain or lose the `committed` facts.
  let gitRescans = 0;
  context.subscriptions.push(git.onDidChange(uris => {
    // Open documents re-scan as they are; files only a workspace scan reported, from disk.
    const onDisk = uris.filter(u => !live.rescanIfOpen(u) && store.get(u).length > 0);
    gitRescans++;
    void Promise.all(onDisk.map(u => disk.scanFile(u, { onlyIfIncluded: true })))
      .catch(e => log.error(`re-scan after a git change failed: ${(e as Error).message}`))
      .finally(() => gitRescans--);
  }));

  live.revalidateAll();
  const startup = startupScan(disk, log);

  return {
    statusText: () => statusBar.text,
    statusVisible: () => statusBar.visible,
    tooltip: () => statusBar.tooltipMarkdown,
    score: () => statusBar.current,
    findings: () => store.all(),
    findingsFor: uri => store.get(uri),
    treeChildren: node => tree.getChildren(node),
    treeItem: node => tree.getTreeItem(node),
    scanWorkspace: options => scanWithProgress(deps, undefined, options),
    scanHistory: async () => vscode.commands.executeCommand<HistorySummary | undefined>(COMMANDS.scanHistory),
    historyFindings: () => history.all().flatMap(r => r.findings),
    whenIdle: async () => {
      await startup;
      while (!live.idle || !files.idle || disk.isScanning || !git.idle || gitRescans > 0) await new Promise(r => setTimeout(r, 25));
      await statusBar.settled();
    },
    liveStats: () => ({ ...live.stats }),
    settingWarnings: () => [...templateWarnings],
    logLines: (after = 0) => recorded.lines.slice(Math.max(0, recorded.lines.length - (recorded.total - after))),
    loggedCount: () => recorded.total,
  };
}

/** Lines the tests can read back (the output channel itself cannot be read). */
const RECORDED_LOG_LINES = 2000;

/** The log channel, also keeping its latest lines in `into` (they are what the user sees: never values). */
/** The latest RECORDED_LOG_LINES lines of the log, and how many there were in all. */
interface RecordedLog { lines: string[]; total: number }

function recordingLog(channel: vscode.LogOutputChannel, into: RecordedLog): vscode.LogOutputChannel {
  const levels = new Set(['trace', 'debug', 'info', 'warn', 'error']);
  return new Proxy(channel, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !levels.has(prop) || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
      return (message: unknown, ...args: unknown[]) => {
        into.lines.push(`${prop}: ${message instanceof Error ? message.message : String(message)}`);
        into.total++;
        if (into.lines.length > RECORDED_LOG_LINES) into.lines.splice(0, into.lines.length - RECORDED_LOG_LINES);
        return (value as (...a: unknown[]) => unknown).call(target, message, ...args);
      };
    },
  });
}

/**
 * Worker threads for scans: one per core, at most 4 (more only cost memory; a workspace scan is
 * partly bound by reading files). The extension host thread itself only lists and files results.
 */
function scanThreads(): number {
  // 0 keeps every scan on the extension host thread (to compare, and a way out should workers misbehave).
  const forced = Number(process.env.SECRET_HYGIENE_SCAN_THREADS);
  if (process.env.SECRET_HYGIENE_SCAN_THREADS && Number.isInteger(forced) && forced >= 0) return Math.min(forced, 16);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores));
}

/** Switched on for at least one workspace folder (or the window, without folders). */
function isEnabled(): boolean {
  const folders = vscode.workspace.workspaceFolders;
  return folders?.length ? folders.some(f => readSettings(f.uri).enable) : readSettings().enable;
}

/** Background scan at startup: status bar spinner only, no notification. */
async function startupScan(disk: DiskScanner, log: vscode.LogOutputChannel): Promise<void> {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders?.length || !readSettings().scanOnStartup || !isEnabled()) return;
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Secret Hygiene' },
      () => disk.scanTree(undefined));
  } catch (e) {
    log.error(`startup scan failed: ${(e as Error).message}`);
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
