/**
 * Helpers for the quick-fix tests: files on disk versus the buffers VS Code holds, code actions
 * requested and applied the way the lightbulb does, and clean-up between tests.
 */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { extensionApi, ours, setSetting, sleep, waitFor } from './helpers';

export const KIND = 'quickfix.secretHygiene';
/** `itemResolveCount` of `vscode.executeCodeActionProvider`: resolve every action (edits are computed on resolve). */
export const RESOLVE_ALL = 100;

export function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder');
  return folder.uri.fsPath;
}

export const abs = (rel: string) => path.join(root(), ...rel.split('/'));
export const uriOf = (rel: string) => vscode.Uri.file(abs(rel));
export const documentOf = (rel: string) => vscode.workspace.textDocuments.find(d => d.uri.fsPath === abs(rel));

/** What is on disk (undefined: no such file): what git, a terminal or a loader sees. */
export function disk(rel: string): string | undefined {
  try {
    return fs.readFileSync(abs(rel), 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes through VS Code's file service and waits until a document it holds shows the new text. */
export async function write(rel: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uriOf(rel), new TextEncoder().encode(text));
  // An open buffer normally reloads from disk through the file watcher, which can lag far behind
  // on a loaded machine; if it has not caught up after a while, revert it to the disk text.
  const reloaded = () => !documentOf(rel) || documentOf(rel)!.getText() === text;
  try {
    await waitFor(`${rel} to reload`, reloaded, 5_000);
  } catch {
    await vscode.window.showTextDocument(documentOf(rel)!);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(`${rel} to reload after a revert`, reloaded, 20_000);
  }
}

/**
 * Deletes a file or folder. A buffer VS Code keeps of a deleted file is emptied first: when a
 * fix re-creates the file, a buffer with other text would be reloaded as an undo step of its
 * own and cut the fix's undo short (see toWorkspaceEdit in codeActions.ts).
 */
export async function remove(rel: string): Promise<void> {
  if (!fs.existsSync(abs(rel))) return;
  for (const doc of vscode.workspace.textDocuments.filter(d => d.uri.fsPath.startsWith(abs(rel)) && d.getText() !== '')) {
    if (fs.existsSync(doc.uri.fsPath) && fs.statSync(doc.uri.fsPath).isFile()) await write(path.relative(root(), doc.uri.fsPath), '');
  }
  await vscode.workspace.fs.delete(uriOf(rel), { recursive: true, useTrash: false });
}

/** Opens the file in an editor and waits for the extension's diagnostic on `secret`. */
export async function openWithFinding(rel: string, secret: string): Promise<{ editor: vscode.TextEditor; diagnostic: vscode.Diagnostic }> {
  const doc = await vscode.workspace.openTextDocument(uriOf(rel));
  const editor = await vscode.window.showTextDocument(doc);
  const diagnostic = await waitFor(`a diagnostic on the secret in ${rel}`,
    () => ours(doc.uri).find(d => doc.getText(d.range) === secret), 20_000);
  return { editor, diagnostic };
}

/**
 * Asks for code actions as the lightbulb does. The request is cancelled when the document or
 * its diagnostics change meanwhile (harness README, "Canceled"): retry then.
 */
export async function codeActions(rel: string, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>(
        // Resolved as when the user picks one: the fixes compute their edit lazily.
        'vscode.executeCodeActionProvider', uriOf(rel), range, `${KIND}.${kind}`, RESOLVE_ALL) ?? [];
    } catch (e) {
      if (attempt >= 10 || !/Canceled/i.test(String(e))) throw e;
      await sleep(200);
    }
  }
}

export async function actionOfKind(rel: string, diagnostic: vscode.Diagnostic, kind: string): Promise<vscode.CodeAction> {
  const actions = await codeActions(rel, diagnostic.range, kind);
  assert.strictEqual(actions.length, 1, `one ${kind} action expected, got: [${actions.map(a => a.title).join(' | ')}]`);
  return actions[0];
}

/** Applies a code action through the extension API: its edit as a refactoring (auto-saved), then its command. */
export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit, { isRefactoring: true }), `${action.title} applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/**
 * Applies the first quick fix of `kind` on the diagnostic exactly as choosing it from the
 * lightbulb does: the cursor on the squiggle, VS Code's own code-action command, which applies
 * the edit (with `files.refactoring.autoSave`) and then runs the action's command. The request
 * can be cancelled while a language server starts (harness README): tried again until `applied`.
 */
export async function applyFromLightbulb(editor: vscode.TextEditor, diagnostic: vscode.Diagnostic, kind: string,
  applied: () => boolean): Promise<void> {
  assert.ok((await codeActions(vscode.workspace.asRelativePath(editor.document.uri, false), diagnostic.range, kind)).length > 0,
    `a ${kind} fix is offered`);
  for (let attempt = 0; attempt < 5; attempt++) {
    await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: `${KIND}.${kind}`, apply: 'first' });
    if (await waitFor(`the ${kind} fix`, applied, 8_000).then(() => true, () => false)) {
      // The action's command runs right after its edit is saved (it prepares the undo); no user
      // presses Ctrl+Z within that moment, a test could.
      await sleep(500);
      return;
    }
  }
  throw new Error(`the ${kind} fix was not applied`);
}

export async function saveAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.saveAll');
}

export function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Throws away unsaved buffers (a failed test may leave some) and closes every editor. */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.scheme === 'file')) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export type RootTexts = Partial<Record<string, string>>;

/**
 * The set-up the quick-fix suites share, as mocha hooks of the calling `describe`: autosave off
 * (the harness's web workbench saves after a delay by default, which would save restored buffers
 * behind a test's back), the workspace-root files the fixes write kept and restored afterwards,
 * a clean fixture folder and root files before each test, a git repository when asked for.
 * Returns the clean-up, for a test that resets part-way: `rootTexts` are the root files' texts
 * to leave (absent: removed), `settings` are reset.
 */
export function useFixSuite(options: { dir: string; rootFiles: readonly string[]; git?: boolean; settings?: readonly string[] }): (rootTexts: RootTexts) => Promise<void> {
  const original: RootTexts = {};
  let createdRepo = false;
  const cleanUp = async (rootTexts: RootTexts) => {
    await revertAndCloseAll();
    await remove(options.dir);
    for (const f of options.rootFiles) {
      const text = rootTexts[f];
      if (text === undefined) await remove(f);
      else await write(f, text);
    }
    for (const key of options.settings ?? []) await setSetting(key, undefined);
  };
  before(async () => {
    await extensionApi();
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    for (const f of options.rootFiles) original[f] = disk(f);
    if (options.git && !fs.existsSync(abs('.git'))) {
      git('init', '-q');
      createdRepo = true;
    }
  });
  beforeEach(() => cleanUp({}));
  after(async () => {
    await cleanUp(original);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    if (createdRepo) fs.rmSync(abs('.git'), { recursive: true, force: true });
  });
  return cleanUp;
}
