/**
 * The user-facing commands (scan workspace / folder / file, show findings) and the Findings
 * view's item actions (reveal, quick fix, allowlist).
 */

import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, withAllowlistEntry, type Finding } from '../core';
import type { FindingsNode } from './findingsView';
import { revealFinding } from './findingsView';
import { askAllowlistDetails } from './allowlistPrompt';
import { readText } from './folderConfig';
import { describeHistory, pickHistoryFolder, scanHistoryWithProgress, showHistoryFinding, type HistoryDeps, type HistoryFinding, type HistorySummary } from './historyScan';
import { COMMANDS, FINDINGS_VIEW } from './ids';
import type { LiveScan } from './liveScan';
import { anyCancelled, describeSummary, type DiskScanner, type ScanOptions, type ScanSummary } from './scanWorkspace';
import type { ScoreStatusBar } from './statusBar';
import type { ExtensionServices } from './services';

export interface CommandDeps {
  services: ExtensionServices;
  disk: DiskScanner;
  live: LiveScan;
  statusBar: ScoreStatusBar;
  history: HistoryDeps;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const { services } = deps;
  const register = (id: string, fn: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register(COMMANDS.scanWorkspace, (options?: ScanOptions) => scanWithProgress(deps, undefined, options));
  register(COMMANDS.scanFolder, (folder?: vscode.Uri) => scanWithProgress(deps, folder ?? pickedFolder()));
  register(COMMANDS.scanFile, (uri?: vscode.Uri) => scanOneFile(deps, uri ?? vscode.window.activeTextEditor?.document.uri));
  register(COMMANDS.showFindings, () => vscode.commands.executeCommand(`${FINDINGS_VIEW}.focus`));
  register(COMMANDS.showOutput, () => services.log.show());
  register(COMMANDS.revealFinding, (node?: FindingsNode) => revealFinding(node));
  register(COMMANDS.quickFixFinding, async (node?: FindingsNode) => {
    if (await revealFinding(node)) await vscode.commands.executeCommand('editor.action.quickFix');
  });
  register(COMMANDS.scanHistory, () => scanHistory(deps));
  register(COMMANDS.showHistoryFinding, (node?: { folder: vscode.WorkspaceFolder; finding: HistoryFinding }) =>
    node && showHistoryFinding(deps.history, node.folder, node.finding));
  register(COMMANDS.ignoreFinding, (node?: FindingsNode) => {
    if (node?.kind === 'finding') return allowlist(services, node.uri, node.finding);
    // A secret in history stays there: allowlist it once it is rotated.
    if (node?.kind === 'historyFinding') return allowlist(services, vscode.Uri.joinPath(node.folder.uri, ...node.finding.path.split('/')), node.finding);
    return false;
  });
}

/** A folder for "Scan Folder" run from the palette: the active file's workspace folder. */
function pickedFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** User-triggered scan: cancellable progress notification, then one summary message. */
export async function scanWithProgress(deps: CommandDeps, target: vscode.Uri | undefined, options: ScanOptions = {}): Promise<ScanSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Secret Hygiene: open a folder to scan it.');
    return undefined;
  }
  const where = target ? vscode.workspace.asRelativePath(target, false) : 'workspace';
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Secret Hygiene: scanning ${where}`, cancellable: true },
    (progress, token) => deps.disk.scanTree(target, { ...options, progress, token: options.token ? anyCancelled(token, options.token) : token }),
  );
  await deps.statusBar.settled();
  const { score, grade } = deps.statusBar.current;
  void showSummary(deps, `Secret Hygiene: ${describeSummary(summary)}. Exposure score ${score} (${grade}).`, summary);
  return summary;
}

/** "Scan Git History": progress, then one summary message with the score. */
async function scanHistory(deps: CommandDeps): Promise<HistorySummary | undefined> {
  const summary = await scanHistoryWithProgress(deps.history, await pickHistoryFolder());
  if (!summary) return undefined;
  await deps.statusBar.settled();
  const { score, grade } = deps.statusBar.current;
  const actions = summary.findings.length ? ['Show Findings'] : [];
  void vscode.window.showInformationMessage(`Secret Hygiene: ${describeHistory(summary)}. Exposure score ${score} (${grade}).`, ...actions)
    .then(choice => choice && vscode.commands.executeCommand(COMMANDS.showFindings));
  return summary;
}

async function showSummary(deps: CommandDeps, message: string, summary: ScanSummary): Promise<void> {
  const skipped = [...summary.skippedLarge, ...summary.skippedBinary, ...summary.unreadable];
  const actions = [...(summary.findings ? ['Show Findings'] : []), ...(skipped.length ? ['List Skipped Files'] : [])];
  const choice = await vscode.window.showInformationMessage(message, ...actions);
  if (choice === 'Show Findings') await vscode.commands.executeCommand(COMMANDS.showFindings);
  if (choice === 'List Skipped Files') {
    const log = deps.services.log;
    for (const p of summary.skippedLarge) log.info(`skipped (over secretHygiene.maxFileSizeKb): ${p}`);
    for (const p of summary.skippedBinary) log.info(`skipped (binary): ${p}`);
    for (const p of summary.unreadable) log.info(`skipped (unreadable): ${p}`);
    log.show();
  }
}

/** "Scan File": the open document's current text, else the file on disk. */
async function scanOneFile(deps: CommandDeps, uri: vscode.Uri | undefined): Promise<Finding[] | undefined> {
  if (!uri) return undefined;
  const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  const findings = doc ? await deps.live.scanNow(doc) : await deps.disk.scanFile(uri);
  const name = vscode.workspace.asRelativePath(uri, false);
  vscode.window.setStatusBarMessage(findings === undefined
    ? `Secret Hygiene: ${name} skipped (binary, unreadable or over the size limit)`
    : `Secret Hygiene: ${findings.length} finding${findings.length === 1 ? '' : 's'} in ${name}`, 5000);
  return findings;
}

/**
 * Adds the finding's fingerprint (a hash, never the value) to `.secrethygiene.json`'s allowlist,
 * with the optional reason and expiry the user gives (allowlistPrompt.ts): works for every file
 * type, including those without comments (JSON).
 */
async function allowlist(services: ExtensionServices, uri: vscode.Uri, f: Finding): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Secret Hygiene: open a folder to keep an allowlist.');
    return false;
  }
  // Asked before the file is read, so what is written is the file as it is after the prompts.
  const answers = await askAllowlistDetails(f.masked);
  const configUri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  let text: string | undefined;
  try {
    text = await readText(configUri);
  } catch (e) {
    // A link or special file: never write through it either.
    void vscode.window.showErrorMessage(`Secret Hygiene: ${(e as Error).message}; fix it first.`);
    return false;
  }
  let data: Record<string, unknown>;
  try {
    data = text?.trim() ? JSON.parse(text) : {};
  } catch {
    void vscode.window.showErrorMessage(`Secret Hygiene: ${CONFIG_FILE_NAME} is not valid JSON; fix it first.`);
    return false;
  }
  data.allowlist = withAllowlistEntry(Array.isArray(data.allowlist) ? data.allowlist : [], f.fingerprint, answers);
  await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`));
  services.configs.invalidate(folder);
  await services.rescan();
  vscode.window.setStatusBarMessage(`Secret Hygiene: ${f.masked} allowlisted in ${CONFIG_FILE_NAME}`, 5000);
  return true;
}
