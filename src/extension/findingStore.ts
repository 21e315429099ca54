/**
 * The extension's one source of truth for current findings, per file. Two layers: what the
 * live scan of an open document found (wins while the document is open) and what the last
 * workspace/file/folder scan found on disk. Diagnostics, the tree view and the status bar all
 * render from here, so they never disagree.
 */

import * as vscode from 'vscode';
import { environmentOf, runWorkspaceChecks, type Finding } from '../core';

export interface FileFindings {
  uri: vscode.Uri;
  /** Findings after suppressions and severity settings, ordered by position. */
  findings: Finding[];
}

export class FindingStore implements vscode.Disposable {
  private readonly live = new Map<string, FileFindings>();
  private readonly scanned = new Map<string, FileFindings & { seq: number }>();
  /** Counts scan results filed: a tree scan drops unvisited files only if filed before it began. */
  private filed = 0;
  /** Findings of per-environment files (`.env.production`, `appsettings.Development.json`) with the cross-file tags. */
  private shared = new Map<string, FileFindings>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fires with the files whose effective findings may have changed. */
  readonly onDidChange = this.changed.event;

  /** Findings of an open document's current text. */
  setLive(uri: vscode.Uri, findings: Finding[]): void {
    this.live.set(uri.toString(), { uri, findings });
    this.emit([uri]);
  }

  /** The document closed: fall back to what a scan found on disk, if anything. */
  clearLive(uri: vscode.Uri): void {
    if (this.live.delete(uri.toString())) this.emit([uri]);
  }

  setScanned(uri: vscode.Uri, findings: Finding[]): void {
    const key = uri.toString();
    if (!findings.length && !this.scanned.has(key)) return;
    if (findings.length) this.scanned.set(key, { uri, findings, seq: this.filed++ });
    else this.scanned.delete(key);
    this.emit([uri]);
  }

  /** A mark to pass to `removeScanned`: results filed after it are newer than the caller's view. */
  get scanMark(): number {
    return this.filed;
  }

  /** Files at or below `target` with scan results. */
  scannedUnder(target: vscode.Uri): vscode.Uri[] {
    return [...this.scanned.values()].filter(e => isAtOrUnder(e.uri, target)).map(e => e.uri);
  }

  /**
   * Forgets scan results for a file or everything below a folder (deleted, or left out by a
   * whole scan), except `keep` and, given `filedBefore`, results filed since that mark: a file
   * created while a tree scan ran was scanned by the watcher, not listed by the scan.
   */
  removeScanned(target: vscode.Uri, keep: ReadonlySet<string> = new Set(), filedBefore = Infinity): void {
    const gone: vscode.Uri[] = [];
    for (const [k, entry] of this.scanned) {
      if (isAtOrUnder(entry.uri, target) && !keep.has(k) && entry.seq < filedBefore) {
        this.scanned.delete(k);
        gone.push(entry.uri);
      }
    }
    if (gone.length) this.emit(gone);
  }

  /** Forgets every finding (Secret Hygiene was switched off). */
  clearAll(): void {
    const uris = [...this.merged().values()].map(e => e.uri);
    this.live.clear();
    this.scanned.clear();
    this.shared = new Map();
    if (uris.length) this.changed.fire(uris);
  }

  get(uri: vscode.Uri): Finding[] {
    const key = uri.toString();
    // An open notebook's cells report its findings: the file's own scan result would repeat them.
    if (this.shadowedByCells(key)) return [];
    return (this.shared.get(key) ?? this.live.get(key) ?? this.scanned.get(key))?.findings ?? [];
  }

  /** Notebook files (`file:` URIs) whose cells are open and scanned live. */
  private notebooksWithLiveCells(): Set<string> {
    const out = new Set<string>();
    for (const entry of this.live.values()) {
      if (entry.uri.scheme === 'vscode-notebook-cell') out.add(notebookOf(entry.uri).toString());
    }
    return out;
  }

  private shadowedByCells(key: string): boolean {
    return this.scanned.has(key) && !this.live.has(key) && this.notebooksWithLiveCells().has(key);
  }

  hasLive(uri: vscode.Uri): boolean {
    return this.live.has(uri.toString());
  }

  /** Every file with findings, live results taking precedence over scanned ones. */
  all(): FileFindings[] {
    const notebooks = this.notebooksWithLiveCells();
    return [...this.merged()].filter(([k]) => !(notebooks.has(k) && !this.live.has(k)))
      .map(([k, v]) => this.shared.get(k) ?? v).filter(e => e.findings.length > 0);
  }

  private merged(): Map<string, FileFindings> {
    const merged = new Map<string, FileFindings>(this.scanned);
    for (const [k, v] of this.live) merged.set(k, v);
    return merged;
  }

  /**
   * Fires the change, after re-deriving which environment files share a secret: a change in
   * `.env.production` can tag (or untag) `.env.development`, so that file is reported too.
   */
  private emit(uris: vscode.Uri[]): void {
    // A cell's findings changed: its notebook file's diagnostics may now be shadowed (or back).
    const notebooks = uris.filter(u => u.scheme === 'vscode-notebook-cell').map(notebookOf);
    if (notebooks.length) uris = [...uris, ...notebooks.filter(n => this.scanned.has(n.toString()))];
    // Only environment files' findings decide the cross-file tags: typing in any other file
    // (the per-keystroke path) skips the pass.
    if (!uris.some(u => this.environmentFilePath(u.toString(), u) !== undefined)) {
      this.changed.fire(uris);
      return;
    }
    const before = this.shared;
    this.shared = this.sharedAcrossEnvironments();
    const also = [...new Set([...before.keys(), ...this.shared.keys()])]
      .filter(k => before.get(k) !== this.shared.get(k) && !uris.some(u => u.toString() === k))
      .map(k => (this.shared.get(k) ?? before.get(k))!.uri);
    this.changed.fire([...uris, ...also]);
  }

  /** Asked on every change (each keystroke's scan): the path test is cached per file. */
  private readonly envPaths = new Map<string, string | undefined>();

  private environmentFilePath(key: string, uri: vscode.Uri): string | undefined {
    if (!this.envPaths.has(key)) {
      const path = vscode.workspace.asRelativePath(uri, false);
      this.envPaths.set(key, environmentOf(path) ? path : undefined);
    }
    return this.envPaths.get(key);
  }

  private sharedAcrossEnvironments(): Map<string, FileFindings> {
    const files = [...this.merged()].filter(([, e]) => e.findings.length)
      .map(([key, e]) => ({ key, e, path: this.environmentFilePath(key, e.uri) }))
      .filter((f): f is { key: string; e: FileFindings; path: string } => f.path !== undefined);
    const out = new Map<string, FileFindings>();
    if (files.length < 2) return out;
    const checked = runWorkspaceChecks(files.map(f => ({ path: f.path, findings: f.e.findings })));
    checked.forEach((file, i) => {
      const tagged = file.findings.some((f, j) => f !== files[i].e.findings[j]);
      // Reuse the previous object when nothing changed, so `emit` can tell what did.
      const prev = this.shared.get(files[i].key);
      if (tagged) out.set(files[i].key, prev && sameFindings(prev.findings, file.findings) ? prev : { uri: files[i].e.uri, findings: [...file.findings] });
    });
    return out;
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

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.fingerprint === b[i].fingerprint && f.range.start.offset === b[i].range.start.offset
    && f.severity === b[i].severity && (f.tags ?? []).join() === (b[i].tags ?? []).join() && f.advice === b[i].advice);
}

/** The notebook a cell belongs to: the open notebook holding it, else the file its URI names. */
export function notebookOf(cell: vscode.Uri): vscode.Uri {
  const key = cell.toString();
  const notebook = vscode.workspace.notebookDocuments.find(nb => nb.getCells().some(c => c.document.uri.toString() === key));
  return notebook?.uri ?? cell.with({ scheme: 'file', authority: '', fragment: '' });
}

export function toRange(f: Pick<Finding, 'range'>): vscode.Range {
  return new vscode.Range(f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column);
}

/** `uri` is `target` or lies below it (a folder). */
export function isAtOrUnder(uri: vscode.Uri, target: vscode.Uri): boolean {
  const key = target.toString();
  const k = uri.toString();
  return k === key || k.startsWith(key.endsWith('/') ? key : `${key}/`);
}
