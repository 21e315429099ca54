/** Shared helpers for the integration tests: the extension's API, waits, files, settings. */

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { DIAGNOSTIC_SOURCE } from '../../src/extension/ids';

export const EXTENSION_ID = 'secret-hygiene.secret-hygiene';

export async function extensionApi(): Promise<SecretHygieneApi> {
  const ext = vscode.extensions.getExtension<SecretHygieneApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.whenIdle();
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export function fileUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

/** Writes a file on disk without opening it in an editor. */
export async function writeFile(rel: string, text: string | Uint8Array): Promise<vscode.Uri> {
  const uri = fileUri(rel);
  await vscode.workspace.fs.writeFile(uri, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  return uri;
}

export async function removeFile(rel: string): Promise<void> {
  await vscode.workspace.fs.delete(fileUri(rel), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** The text of every hover at a diagnostic's start (the advice lives there, not in the one-line message). */
export async function hoverAt(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start) ?? [];
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === DIAGNOSTIC_SOURCE);
}

/** Polls until `fn` returns a truthy value; fails with `what` after `ms` (generous: watchers lag under load). */
type Truthy<T> = Exclude<T, 0 | '' | false | null | undefined>;

export async function waitFor<T>(what: string, fn: () => T | Promise<T>, ms = 30_000): Promise<Truthy<T>> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v as Truthy<T>;
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(25);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise(r => setTimeout(r, ms));
}

/** Updates a user-level setting (the extension re-scans on the change event). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration('secretHygiene');
  if (JSON.stringify(config.inspect(key)?.globalValue) === JSON.stringify(value)) return; // no-op: no event would come
  await config.update(key, value, vscode.ConfigurationTarget.Global);
}

/** Closes every editor, discarding unsaved changes (a save prompt would block the suite). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some(g => g.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Whether a text tab shows `uri` (as the extension host sees the tabs now). */
export function inATab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some(g => g.tabs.some(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
}

/** Opens a new untitled document and types `text` at its end, as a user would. */
export async function typeInto(editor: vscode.TextEditor, text: string): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.ok(await editor.edit(b => b.insert(end, text)));
}

/**
 * For a describe block whose tests write under `dir`: after each test, editors close and `dir`
 * goes; after the block, a workspace scan must find nothing of it (later suites score the
 * workspace and need it as it was).
 */
export function scratchFolder(dir: string): void {
  afterEach(async () => {
    await closeAllEditors();
    await removeFile(dir);
    await (await extensionApi()).whenIdle();
  });
  after(async () => {
    const api = await extensionApi();
    await api.scanWorkspace();
    await api.whenIdle();
    assert.deepStrictEqual(api.findings().filter(e => e.uri.path.includes(`/${dir}/`)).map(e => e.uri.path), [], `nothing under ${dir} is left`);
  });
}
