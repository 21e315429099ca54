/**
 * The Findings view's "Allowlisted" group, one per workspace folder with allowlist entries:
 * each entry with the finding it hides (masked value, file, line) when a scan met it, its
 * reason and its expiry. An expired entry is marked: its finding is reported again above.
 */

import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, escapeControls, localDay } from '../core';
import { codeSpan } from './diagnostics';
import type { ShownAllowlistEntry } from './folderConfig';

export type AllowlistNode =
  | { kind: 'allowlist'; folder: vscode.WorkspaceFolder; entries: ShownAllowlistEntry[] }
  | { kind: 'allowlistEntry'; folder: vscode.WorkspaceFolder; entry: ShownAllowlistEntry };

/** Where the view reads entries from (FolderConfigs). */
export interface AllowlistSource {
  allowlisted(): { folder: vscode.WorkspaceFolder; entries: ShownAllowlistEntry[] }[];
}

export function allowlistRoots(source: AllowlistSource): AllowlistNode[] {
  return source.allowlisted().map(({ folder, entries }) => ({ kind: 'allowlist', folder, entries }));
}

export function allowlistChildren(node: AllowlistNode): AllowlistNode[] {
  return node.kind === 'allowlist' ? node.entries.map(entry => ({ kind: 'allowlistEntry', folder: node.folder, entry })) : [];
}

export function allowlistItem(node: AllowlistNode): vscode.TreeItem {
  return node.kind === 'allowlist' ? groupItem(node.folder, node.entries) : entryItem(node.folder, node.entry);
}

function groupItem(folder: vscode.WorkspaceFolder, entries: ShownAllowlistEntry[]): vscode.TreeItem {
  const expired = entries.filter(e => e.expired).length;
  const item = new vscode.TreeItem(`Allowlisted: ${entries.length}`, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `allowlist:${folder.uri.toString()}`;
  item.iconPath = new vscode.ThemeIcon('pass');
  item.description = `${folder.name}${expired ? ` · ${expired} expired` : ''}`;
  item.tooltip = `Findings accepted in ${CONFIG_FILE_NAME}, with the reason and expiry given when they were allowlisted.`;
  item.contextValue = 'allowlist';
  return item;
}

function entryItem(folder: vscode.WorkspaceFolder, e: ShownAllowlistEntry): vscode.TreeItem {
  // A fingerprint is a hash, never the value; an entry no scan met yet shows its start.
  const label = e.match ? `${e.match.title}: ${e.match.masked}` : `${e.fingerprint.slice(0, 40)}${e.fingerprint.length > 40 ? '…' : ''}`;
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = `allowlist:${folder.uri.toString()}#${e.fingerprint}`;
  const when = e.expires ? (e.expired ? `expired ${e.expires}: reported again` : `until ${e.expires}`) : 'no expiry';
  // The reason is text from the repository's config file: control characters shown escaped.
  item.description = [e.reason ? escapeControls(e.reason) : 'no reason given', when].join(' · ');
  item.iconPath = new vscode.ThemeIcon(e.expired ? 'warning' : 'pass');
  const md = new vscode.MarkdownString();
  if (e.match) md.appendMarkdown(`**${codeSpan(e.match.title)}** \`${codeSpan(e.match.masked)}\` in \`${codeSpan(escapeControls(vscode.workspace.asRelativePath(e.match.uri, false)))}\` line ${e.match.line}\n\n`);
  md.appendText(`Reason: ${e.reason ? escapeControls(e.reason) : 'none given'}\n\n`);
  md.appendText(e.expires
    ? (e.expired ? `Expired on ${e.expires}: the finding is reported again. Remove the entry or set a later "expires" in ${CONFIG_FILE_NAME}.` : `Allowlisted until ${e.expires} (today is ${localDay()}).`)
    : 'No expiry.');
  item.tooltip = md;
  item.contextValue = 'allowlistEntry';
  if (e.match) item.command = { command: 'vscode.open', title: 'Open', arguments: [e.match.uri, { selection: new vscode.Range(e.match.line - 1, 0, e.match.line - 1, 0) }] };
  item.accessibilityInformation = { label: `Allowlisted ${label}, ${item.description}` };
  return item;
}
