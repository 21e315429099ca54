/**
 * Scans open documents as the user types: every language and scheme except editor internals,
 * debounced per document, stale results dropped, big documents re-scanned incrementally. A
 * whole scan of a big document runs on a worker thread (src/node/scanPool.ts), so typing never
 * waits for it; a newer scan of the same document supersedes it. Small documents and the
 * incremental re-scans of edited lines stay inline: cheaper than a round trip.
 */

import * as vscode from 'vscode';
import {
  addChange, escapeControls, INCREMENTAL_MIN_CHARS, languageIdOfPath, rescanRegion, runChecks, type DirtyRegion, type Finding,
  type Scanner,
} from '../core';
import { isAtOrUnder, type FindingStore } from './findingStore';
import type { FolderConfigs } from './folderConfig';
import { withCommitFacts, type GitFacts } from './gitFacts';
import { IGNORED_SCHEMES } from './ids';
import { readSettings } from './settings';
import type { ScanPool } from '../node/scanPool';
import type { ScanJob } from '../node/scanJobs';

/**
 * Whole-text scans of documents at least this long go to a worker. Below it an inline scan
 * takes a few milliseconds, less than the round trip; above it, it would hold up typing.
 */
export const WORKER_MIN_CHARS = 128 * 1024;

interface DocState {
  timer?: ReturnType<typeof setTimeout>;
  /** Edits since the last scan (undefined: nothing pending or a full scan is due). */
  dirty?: DirtyRegion;
  /** Findings of the last scan before suppressions, in that scan's offsets. */
  raw?: Finding[];
  /** Set when the next scan must read the whole text (open, save, settings). */
  full: boolean;
  /** A whole scan running on a worker, for the document's `version`. */
  worker?: { version: number; done: Promise<Finding[] | undefined> };
  /** Scans started for this document: only the latest may publish (settings may change between two of one version). */
  started: number;
}

export class LiveScan implements vscode.Disposable {
  private readonly docs = new Map<string, DocState>();
  /** The documents in a tab at the last tab event, by URI string. */
  private inTabs = urisInTabs();
  /** Scans started and not yet published (suppressions load asynchronously). */
  private inflight = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** Time of the last scan of each kind, for tests and the output channel. */
  readonly stats = { fullScans: 0, incrementalScans: 0, workerScans: 0, supersededScans: 0, lastScanMs: 0 };

  constructor(
    private readonly scanner: Scanner,
    private readonly pool: ScanPool,
    private readonly store: FindingStore,
    private readonly configs: FolderConfigs,
    private readonly git: GitFacts,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument(e => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument(d => { if (this.follows(d)) this.schedule(d, 0, true); }),
      vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
      // VS Code may keep a document loaded long after its last tab closed; the user sees the
      // tab close, so that is when its editor-only diagnostics go. Both events: when the
      // workbench rebuilds its tab model from scratch, the extension host hears only of changed
      // groups, never of the tabs that closed with that change.
      vscode.window.tabGroups.onDidChangeTabs(() => this.syncTabs()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.syncTabs()),
      // A document shown again (still loaded, so no open event), or open before activation. The
      // editor list may arrive after its tab closed: only a document in a tab counts.
      vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(ed => {
        if (!this.docs.has(ed.document.uri.toString()) && isShown(ed.document.uri)) this.schedule(ed.document, 0, true);
      })),
      vscode.workspace.onDidOpenNotebookDocument(nb => nb.getCells().forEach(c => this.schedule(c.document, 0))),
    );
  }

  /**
   * Scans every open document from scratch (settings or suppression files changed). Only those
   * the user has in a tab (or already tracked): VS Code keeps documents loaded long after their
   * tab closed, even after the file was deleted, and those must not come back as live findings.
   */
  revalidateAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (this.docs.has(doc.uri.toString()) || isShown(doc.uri)) this.schedule(doc, 0, true);
    }
  }

  /** Re-scans a document this scanner follows (git facts about its file changed); false if it follows none. */
  rescanIfOpen(uri: vscode.Uri): boolean {
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (!doc || !this.docs.has(uri.toString())) return false;
    this.schedule(doc, 0, true);
    return true;
  }

  /** Scans one document now (used by "Scan File" on an open editor). */
  async scanNow(doc: vscode.TextDocument): Promise<Finding[]> {
    const state = this.stateOf(doc);
    if (state.timer) clearTimeout(state.timer);
    state.full = true;
    await this.run(doc);
    return this.store.get(doc.uri);
  }

  /** No scan waiting for its debounce or for suppressions to load. */
  get idle(): boolean {
    return this.inflight === 0 && [...this.docs.values()].every(s => !s.timer);
  }

  /**
   * Tracked, or in a tab. A change or save event may land after the document's tab closed (a
   * revert as the tab closes, a save that was in flight): it must not bring back findings the
   * user can no longer see or close. The file watcher reports the file on disk.
   */
  private follows(doc: vscode.TextDocument): boolean {
    return this.docs.has(doc.uri.toString()) || isShown(doc.uri);
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length || !isScannable(e.document) || !this.follows(e.document)) return;
    const state = this.stateOf(e.document);
    for (const c of e.contentChanges) state.dirty = addChange(state.dirty, c);
    this.schedule(e.document, readSettings(e.document.uri).debounceMs);
  }

  private schedule(doc: vscode.TextDocument, delayMs: number, full = false): void {
    if (!isScannable(doc)) return;
    const state = this.stateOf(doc);
    if (full) state.full = true;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.inflight++;
      this.run(doc)
        .catch(e => this.log.error(`scan of ${escapeControls(doc.uri.toString(true))} failed: ${escapeControls((e as Error).message)}`))
        .finally(() => this.inflight--);
    }, delayMs);
  }

  private async run(doc: vscode.TextDocument): Promise<void> {
    // The state this scan belongs to: once its tab closes (`forget`), nothing may bring it back,
    // not even this scan's own bookkeeping after an await (a document VS Code keeps loaded
    // after its file was deleted would otherwise keep its findings).
    const key = doc.uri.toString();
    const tracked = this.docs.get(key);
    if (doc.isClosed || !tracked) return;
    const ticket = ++tracked.started;
    const settings = readSettings(doc.uri);
    const excluded = settings.enable && (await this.configs.isExcluded(doc.uri));
    if (this.docs.get(key) !== tracked) return;
    if (!settings.enable || excluded) {
      const state = this.docs.get(doc.uri.toString());
      if (state) state.raw = undefined;
      this.store.clearLive(doc.uri);
      return;
    }
    const version = doc.version;
    const scanned = await this.scanText(doc);
    // Superseded by a newer scan of the same document: that one publishes.
    if (!scanned) return;
    const raw = await withCommitFacts(scanned, doc.uri, this.git, this.configs);
    const findings = await this.configs.suppress(doc.uri, raw);
    // The user kept typing while suppressions loaded (a newer scan is scheduled), or the
    // document's tab closed meanwhile. Or a newer scan of the same text started, after a settings
    // change: this one read the old settings (a severity override), and must not land after it.
    if (doc.isClosed || doc.version !== version || this.docs.get(key) !== tracked || tracked.started !== ticket) return;
    this.store.setLive(doc.uri, findings);
  }

  /**
   * Full or incremental scan of the document's current text; remembers the raw result.
   * Undefined when a newer scan of the document superseded this one (a worker scan).
   */
  private async scanText(doc: vscode.TextDocument): Promise<Finding[] | undefined> {
    const state = this.stateOf(doc);
    const running = state.worker;
    if (running && (running.version === doc.version || !state.full)) {
      // A whole scan of this document is on a worker: wait for it rather than start another
      // (typing would otherwise restart it at every pause and findings would never arrive). Then
      // only the lines edited meanwhile are re-scanned.
      const landed = await running.done;
      if (running.version === doc.version || doc.isClosed) return landed;
      if (state.worker === running && !landed) return undefined;
      return this.scanText(doc);
    }
    const text = doc.getText();
    // The path decides the file kind, as in the workspace scan and the CLI (core pipeline); the
    // editor's language id only for text with no file of its own (untitled, notebook cells).
    const context = { path: pathOf(doc), languageId: hasOwnFile(doc) ? languageIdOfPath(pathOf(doc) ?? '') : doc.languageId };
    const t0 = performance.now();
    if (!state.full && state.raw && state.dirty && text.length > INCREMENTAL_MIN_CHARS) {
      const raw = rescanRegion({
        text, previous: state.raw, dirty: state.dirty,
        positionAt: o => doc.positionAt(o), scan: slice => this.scanner.scan(slice, context),
      });
      this.stats.incrementalScans++;
      this.remember(state, raw, t0, 'incremental', doc, text.length);
      // Why each finding matters (client-side code, over-privileged key types, live keys in test
      // files) is added on every scan; `state.raw` stays unannotated for the incremental path.
      return runChecks(raw, { path: context.path ?? '', text });
    }
    const job = { kind: 'text' as const, text, ...context };
    if (text.length < WORKER_MIN_CHARS) {
      this.pool.cancel(doc.uri.toString()); // a worker scan of a longer version must not land after this
      const result = this.pool.inline(job);
      this.stats.fullScans++;
      this.remember(state, result.kind === 'text' ? result.raw : [], t0, 'full', doc, text.length);
      return result.kind === 'text' ? result.findings : [];
    }
    // Edits made while the worker scans are collected from here on, against this text; until
    // its result lands there is no raw result to re-scan incrementally from.
    state.raw = undefined;
    state.dirty = undefined;
    state.full = false;
    const entry = { version: doc.version, done: this.onWorker(doc, state, job, t0) };
    state.worker = entry;
    try {
      return await entry.done;
    } finally {
      if (state.worker === entry) state.worker = undefined;
    }
  }

  private async onWorker(doc: vscode.TextDocument, state: DocState, job: ScanJob & { kind: 'text' }, t0: number): Promise<Finding[] | undefined> {
    const result = await this.pool.run(job, { key: doc.uri.toString(), priority: 'live' });
    if (!result || result.kind !== 'text') {
      this.stats.supersededScans++;
      return undefined;
    }
    this.stats.fullScans++;
    this.stats.workerScans++;
    // `state.dirty` now holds the edits made during the scan: the next (scheduled) scan re-reads
    // only those lines.
    this.remember(state, result.raw, t0, 'worker', doc, job.text.length, true);
    return result.findings;
  }

  private remember(state: DocState, raw: Finding[], t0: number, how: string, doc: vscode.TextDocument, chars: number, keepDirty = false): void {
    this.stats.lastScanMs = performance.now() - t0;
    state.raw = raw;
    if (!keepDirty) state.dirty = undefined;
    state.full = false;
    this.log.debug(`live scan (${how}) of ${escapeControls(doc.uri.toString(true))}: ${chars} characters, ` +
      `${raw.length} finding${raw.length === 1 ? '' : 's'} before suppressions, ${this.stats.lastScanMs.toFixed(1)} ms`);
  }

  /** Documents tracked at or under `target` (a file or folder that was deleted). */
  loadedUnder(target: vscode.Uri): vscode.Uri[] {
    return [...this.docs.keys()].map(k => vscode.Uri.parse(k)).filter(u => isAtOrUnder(u, target));
  }

  /**
   * A document's file was deleted: forgotten unless a tab shows it. VS Code may keep such a
   * document loaded (an extension opened it, or its tab closed before the file went), and its
   * findings would otherwise stay with no file and nothing to close.
   */
  forgetIfHidden(uri: vscode.Uri): void {
    if (!isShown(uri)) this.forget(uri);
  }

  /**
   * Compares the documents in tabs with those at the last tab event: one whose last tab closed
   * is forgotten, one newly in a tab (still loaded, so no open event) is scanned.
   */
  private syncTabs(): void {
    const before = this.inTabs;
    this.inTabs = urisInTabs();
    for (const [key, uri] of before) if (!this.inTabs.has(key)) this.forget(uri);
    for (const key of this.inTabs.keys()) {
      if (before.has(key) || this.docs.has(key)) continue;
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
      if (doc) this.schedule(doc, 0, true);
    }
  }

  private forget(uri: vscode.Uri): void {
    const state = this.docs.get(uri.toString());
    if (state?.timer) clearTimeout(state.timer);
    this.pool.cancel(uri.toString());
    this.docs.delete(uri.toString());
    this.store.clearLive(uri);
  }

  private stateOf(doc: vscode.TextDocument): DocState {
    const key = doc.uri.toString();
    let s = this.docs.get(key);
    if (!s) {
      s = { full: true, started: 0 };
      this.docs.set(key, s);
    }
    return s;
  }

  dispose(): void {
    for (const s of this.docs.values()) if (s.timer) clearTimeout(s.timer);
    this.disposables.forEach(d => d.dispose());
  }
}

/** In a tab, or a notebook cell (cells have no tab of their own). */
function isShown(uri: vscode.Uri): boolean {
  return uri.scheme === 'vscode-notebook-cell' || urisInTabs().has(uri.toString());
}

function urisInTabs(): Map<string, vscode.Uri> {
  const uris = new Map<string, vscode.Uri>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const uri = tabUri(tab);
      if (uri) uris.set(uri.toString(), uri);
    }
  }
  return uris;
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

export function isScannable(doc: vscode.TextDocument): boolean {
  return !IGNORED_SCHEMES.has(doc.uri.scheme) && doc.languageId !== 'Log';
}

function hasOwnFile(doc: vscode.TextDocument): boolean {
  return !doc.isUntitled && doc.uri.scheme !== 'vscode-notebook-cell' && pathOf(doc) !== undefined;
}

/** A path for file-kind decisions (tests, docs, .env …); untitled documents have none. */
function pathOf(doc: vscode.TextDocument): string | undefined {
  if (doc.isUntitled) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return folder ? vscode.workspace.asRelativePath(doc.uri, false) : doc.uri.path;
}
