/**
 * The extension's one source of truth for current findings, per file. Two layers: what the
 * live scan of an open document found (wins while the document is open) and what the last
 * workspace/file/folder scan found on disk. Diagnostics, the tree view and the status bar all
 * render from here, so they never disagree.
 */

import * as vscode from 'vscode';
import type { Finding } from '../core';

export interface FileFindings {
  uri: vscode.Uri;
  /** Findings after suppressions and severity settings, ordered by position. */
  findings: Finding[];
}

export class FindingStore implements vscode.Disposable {
  private readonly live = new Map<string, FileFindings>();
  private readonly scanned = new Map<string, FileFindings>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fires with the files whose effective findings may have changed. */
  readonly onDidChange = this.changed.event;

  /** Findings of an open document's current text. */
  setLive(uri: vscode.Uri, findings: Finding[]): void {
    this.live.set(uri.toString(), { uri, findings });
    this.changed.fire([uri]);
  }

  /** The document closed: fall back to what a scan found on disk, if anything. */
  clearLive(uri: vscode.Uri): void {
    if (this.live.delete(uri.toString())) this.changed.fire([uri]);
  }

  setScanned(uri: vscode.Uri, findings: Finding[]): void {
    const key = uri.toString();
    if (!findings.length && !this.scanned.has(key)) return;
    if (findings.length) this.scanned.set(key, { uri, findings });
    else this.scanned.delete(key);
    this.changed.fire([uri]);
  }

  /** Forgets scan results for a file or everything below a folder (deleted, or about to be re-scanned). */
  removeScanned(target: vscode.Uri, keep: ReadonlySet<string> = new Set()): void {
    const key = target.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    const gone: vscode.Uri[] = [];
    for (const [k, entry] of this.scanned) {
      if ((k === key || k.startsWith(prefix)) && !keep.has(k)) {
        this.scanned.delete(k);
        gone.push(entry.uri);
      }
    }
    if (gone.length) this.changed.fire(gone);
  }

  get(uri: vscode.Uri): Finding[] {
    const key = uri.toString();
    return (this.live.get(key) ?? this.scanned.get(key))?.findings ?? [];
  }

  hasLive(uri: vscode.Uri): boolean {
    return this.live.has(uri.toString());
  }

  /** Every file with findings, live results taking precedence over scanned ones. */
  all(): FileFindings[] {
    const merged = new Map(this.scanned);
    for (const [k, v] of this.live) merged.set(k, v);
    return [...merged.values()].filter(e => e.findings.length > 0);
  }

  /** The finding a diagnostic (or any range on its value) stands for. */
  findingAt(uri: vscode.Uri, range: vscode.Range, ruleId?: string): Finding | undefined {
    return this.get(uri).find(f =>
      (!ruleId || f.ruleId === ruleId) &&
      toRange(f).intersection(range) !== undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function toRange(f: Pick<Finding, 'range'>): vscode.Range {
  return new vscode.Range(f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column);
}
