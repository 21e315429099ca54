/**
 * The Findings view: files with findings → their findings. Labels show the masked value only;
 * inline actions reveal the finding, open its quick fixes, or allowlist it.
 */

import * as vscode from 'vscode';
import { escapeControls, type Finding, type Severity } from '../core';
import { allowlistChildren, allowlistItem, allowlistRoots, type AllowlistNode, type AllowlistSource } from './allowlistView';
import { codeSpan, findingTooltip } from './diagnostics';
import { toRange, type FindingStore } from './findingStore';
import type { HistoryFinding, HistoryFindings, HistoryResult } from './historyScan';
import { COMMANDS } from './ids';

export type FindingsNode =
  | { kind: 'file'; uri: vscode.Uri; findings: Finding[] }
  | { kind: 'finding'; uri: vscode.Uri; finding: Finding }
  | { kind: 'history'; result: HistoryResult }
  | { kind: 'historyFinding'; folder: vscode.WorkspaceFolder; finding: HistoryFinding }
  | AllowlistNode;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_ICON: Record<Severity, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};

export class FindingsTreeProvider implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: FindingStore, private readonly history: HistoryFindings, private readonly allowlist?: AllowlistSource) {
    // Scans update many files in a burst: refresh the tree once per burst.
    const refresh = () => {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.changed.fire(undefined);
      }, 150);
    };
    this.subscriptions = [store.onDidChange(refresh), history.onDidChange(refresh)];
  }

  private enabled = true;

  /** Empty while Secret Hygiene is switched off (`secretHygiene.enable`). */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.changed.fire(undefined);
  }

  /** Files with findings (worst first), then one "Git history" node per scanned folder. */
  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!this.enabled) return [];
    if (!node) {
      const files: FindingsNode[] = this.store.all()
        .sort((a, b) => worst(a.findings) - worst(b.findings) || a.uri.path.localeCompare(b.uri.path))
        .map(e => ({ kind: 'file', uri: e.uri, findings: e.findings }));
      return [...files, ...this.history.all().map(result => ({ kind: 'history' as const, result })), ...(this.allowlist ? allowlistRoots(this.allowlist) : [])];
    }
    if (node.kind === 'allowlist') return allowlistChildren(node);
    if (node.kind === 'file') return node.findings.map(finding => ({ kind: 'finding', uri: node.uri, finding }));
    if (node.kind === 'history') {
      // Secrets only history still holds first: the ones in the tree are listed above already.
      const removedFirst = [...node.result.findings].sort((a, b) => Number(a.inHead !== false) - Number(b.inHead !== false));
      return removedFirst.map(finding => ({ kind: 'historyFinding', folder: node.result.folder, finding }));
    }
    return [];
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'file': return fileItem(node.uri, node.findings);
      case 'finding': return findingItem(node.uri, node.finding);
      case 'history': return historyItem(node.result);
      case 'historyFinding': return historyFindingItem(node.folder, node.finding);
      case 'allowlist': case 'allowlistEntry': return allowlistItem(node);
    }
  }

  getParent(node: FindingsNode): FindingsNode | undefined {
    if (node.kind === 'finding') return { kind: 'file', uri: node.uri, findings: this.store.get(node.uri) };
    if (node.kind === 'historyFinding') {
      const result = this.history.all().find(r => r.folder.uri.toString() === node.folder.uri.toString());
      return result && { kind: 'history', result };
    }
    return undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach(s => s.dispose());
    this.changed.dispose();
  }
}

function historyItem(result: HistoryResult): vscode.TreeItem {
  const n = result.findings.length;
  const item = new vscode.TreeItem(`Git history: ${n} secret${n === 1 ? '' : 's'}`, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `history:${result.folder.uri.toString()}`;
  item.iconPath = new vscode.ThemeIcon('git-commit');
  item.description = `${result.folder.name} · ${result.commits} commits${result.truncated ? ' (limit reached)' : ''}`;
  item.tooltip = 'Secrets added by past commits. Removing them from the files does not remove them from history: rotate them.';
  item.contextValue = 'history';
  return item;
}

function historyFindingItem(folder: vscode.WorkspaceFolder, f: HistoryFinding): vscode.TreeItem {
  const item = new vscode.TreeItem(`${f.title}: ${f.masked}`, vscode.TreeItemCollapsibleState.None);
  item.id = `history:${folder.uri.toString()}#${f.commit}:${f.path}:${f.line}:${f.ruleId}`;
  // Paths come from the repository: control characters shown escaped, in labels and in the log alike.
  item.description = `${escapeControls(f.path)}:${f.line} · ${f.commit ?? ''}${f.inHead === false ? ' · removed from the tree' : ''}`;
  item.iconPath = SEVERITY_ICON[f.severity];
  const md = findingTooltip(f);
  md.appendMarkdown(`\n\nAdded in commit \`${f.commit ?? '?'}\` to \`${codeSpan(escapeControls(f.path))}\` line ${f.line}. ` +
    (f.inHead === false ? 'No longer in the working tree, but still in every clone of the repository.' : 'Still in the current version of the file.'));
  item.tooltip = md;
  item.contextValue = 'historyFinding';
  item.command = { command: COMMANDS.showHistoryFinding, title: 'Show', arguments: [{ kind: 'historyFinding', folder, finding: f }] };
  item.accessibilityInformation = { label: `${f.severity}: ${f.title} ${f.masked}, commit ${f.commit}, ${escapeControls(f.path)} line ${f.line}` };
  return item;
}

function fileItem(uri: vscode.Uri, findings: Finding[]): vscode.TreeItem {
  const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Expanded);
  item.id = uri.toString();
  item.iconPath = vscode.ThemeIcon.File; // file icon from the icon theme, not a folder
  // In a multi-root workspace the path starts with the folder's name: two folders' `src/index.ts`
  // are told apart by their description and tooltip.
  const where = escapeControls(vscode.workspace.asRelativePath(uri));
  item.description = where.includes('/') ? where.slice(0, where.lastIndexOf('/')) : '';
  item.tooltip = `${where}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  item.contextValue = 'file';
  return item;
}

function findingItem(uri: vscode.Uri, f: Finding): vscode.TreeItem {
  const item = new vscode.TreeItem(`${f.title}: ${f.masked}`, vscode.TreeItemCollapsibleState.None);
  item.id = `${uri.toString()}#${f.range.start.offset}:${f.ruleId}`;
  item.description = `Ln ${f.range.start.line + 1}, Col ${f.range.start.column + 1}`;
  item.iconPath = SEVERITY_ICON[f.severity];
  item.tooltip = findingTooltip(f);
  item.contextValue = 'finding';
  item.command = { command: COMMANDS.revealFinding, title: 'Reveal', arguments: [{ kind: 'finding', uri, finding: f }] };
  item.accessibilityInformation = { label: `${f.severity}: ${f.title} ${f.masked}, line ${f.range.start.line + 1}` };
  return item;
}

function worst(findings: Finding[]): number {
  return Math.min(...findings.map(f => SEVERITY_ORDER[f.severity]));
}

/** Opens the file and selects the finding's value. */
export async function revealFinding(node: FindingsNode | undefined): Promise<vscode.TextEditor | undefined> {
  if (!node || node.kind !== 'finding') return undefined;
  const range = toRange(node.finding);
  return vscode.window.showTextDocument(node.uri, { selection: range, preserveFocus: false });
}
