/**
 * The Findings view: files with findings → their findings. Labels show the masked value only;
 * inline actions reveal the finding, open its quick fixes, or allowlist it.
 */

import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import { CONFIDENCE_LABEL, ruleDocsUrl } from './diagnostics';
import { toRange, type FindingStore } from './findingStore';
import { COMMANDS } from './ids';

export type FindingsNode =
  | { kind: 'file'; uri: vscode.Uri; findings: Finding[] }
  | { kind: 'finding'; uri: vscode.Uri; finding: Finding };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_ICON: Record<Severity, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};

export class FindingsTreeProvider implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: FindingStore) {
    // Scans update many files in a burst: refresh the tree once per burst.
    this.subscription = store.onDidChange(() => {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.changed.fire(undefined);
      }, 150);
    });
  }

  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!node) {
      return this.store.all()
        .sort((a, b) => worst(a.findings) - worst(b.findings) || a.uri.path.localeCompare(b.uri.path))
        .map(e => ({ kind: 'file', uri: e.uri, findings: e.findings }));
    }
    if (node.kind === 'file') return node.findings.map(finding => ({ kind: 'finding', uri: node.uri, finding }));
    return [];
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    return node.kind === 'file' ? fileItem(node.uri, node.findings) : findingItem(node.uri, node.finding);
  }

  getParent(node: FindingsNode): FindingsNode | undefined {
    if (node.kind === 'file') return undefined;
    return { kind: 'file', uri: node.uri, findings: this.store.get(node.uri) };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function fileItem(uri: vscode.Uri, findings: Finding[]): vscode.TreeItem {
  const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Expanded);
  item.id = uri.toString();
  item.iconPath = vscode.ThemeIcon.File; // file icon from the icon theme, not a folder
  const where = vscode.workspace.asRelativePath(uri, false);
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

function findingTooltip(f: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${f.title}**: \`${f.masked}\`\n\n`);
  md.appendMarkdown(`${f.severity} · ${CONFIDENCE_LABEL[f.confidence]}${f.detail ? ` · ${f.detail}` : ''} · rule \`${f.ruleId}\`\n\n`);
  if (f.advice) md.appendMarkdown(`${f.advice}\n\n`);
  const url = ruleDocsUrl(f.ruleId);
  if (url) md.appendMarkdown(`[${f.rotateUrl ? 'Rotate this credential' : 'About this format'}](${url})`);
  return md;
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
