/**
 * An untitled document with a key: "Move to .env…" says why the file must be saved first (it
 * has no folder yet) and offers to save it, instead of missing without a word; once the document
 * is saved into the workspace, the quick fix offers the real move.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { openaiProjectKey } from '../helpers/fakes';
import { closeAllEditors, extensionApi, fileUri, ours, removeFile, waitFor } from './helpers';

const MOVE = 'quickfix.secretHygiene.moveToEnv';

async function moveActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  // The first request can be cancelled while language features start: retry.
  for (let i = 0; ; i++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, MOVE) ?? [];
    } catch (e) {
      if (i >= 5 || !/Canceled/i.test(String(e))) throw e;
    }
  }
}

describe('untitled documents', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeFile('gen/untitled');
    await (await extensionApi()).whenIdle();
  });

  it('say why Move to .env is not offered, and offer it once saved into the workspace', async () => {
    await extensionApi();
    const target = fileUri('gen/untitled/app.py');
    // An untitled document that will be saved to `target` (no Save As dialog).
    const doc = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(0, 0), `import os\n\nclient = OpenAI(api_key="${openaiProjectKey()}")\n`)));
    const [diagnostic] = await waitFor('a finding in the untitled document', () => ours(doc.uri).length === 1 && ours(doc.uri));
    const before = await moveActions(doc.uri, diagnostic.range);
    const untitled = before.find(a => a.title.startsWith('Move') && a.title.includes('to .env'));
    assert.ok(untitled, `a Move to .env action is listed: ${before.map(a => a.title).join(', ')}`);
    assert.match(untitled.title, /\(save the file first\)$/);
    assert.strictEqual(untitled.edit, undefined, 'it edits nothing by itself');
    assert.strictEqual(untitled.command?.command, 'secretHygiene.saveUntitledToMove');
    assert.match(String(untitled.command?.arguments?.[2]), /^Save the file into a workspace folder first: /, 'it says why');

    assert.ok(await doc.save(), 'saved');
    await waitFor('the saved file to be open', () => vscode.workspace.textDocuments.some(d => d.uri.toString() === target.toString()));
    await vscode.window.showTextDocument(target);
    const [saved] = await waitFor('the finding in the saved file', () => ours(target).length === 1 && ours(target));
    const after = await moveActions(target, saved.range);
    const move = after.find(a => a.title.startsWith('Move') && a.title.includes('to .env'));
    assert.ok(move, `Move to .env once saved: ${after.map(a => a.title).join(', ')}`);
    assert.doesNotMatch(move.title, /save the file first/, 'the real move, not the note');
  });
});
