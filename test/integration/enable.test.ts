/** `secretHygiene.enable`: off empties everything the user sees; on again brings it all back. */

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { crcToken, join, openaiProjectKey } from '../helpers/fakes';
import { DIAGNOSTIC_SOURCE } from '../../src/extension/ids';
import { closeAllEditors, extensionApi, ours, removeFile, setSetting, waitFor, writeFile } from './helpers';

/** Every diagnostic of ours, in any file. */
function allOurs(): number {
  return vscode.languages.getDiagnostics().reduce((n, [, ds]) => n + ds.filter(d => d.source === DIAGNOSTIC_SOURCE).length, 0);
}

describe('secretHygiene.enable', () => {
  let api: SecretHygieneApi;
  before(async () => { api = await extensionApi(); });
  after(async () => {
    await setSetting('enable', undefined);
    await closeAllEditors();
    await removeFile('gen/enable');
    await api.scanWorkspace();
    await api.whenIdle();
  });

  it('false clears every diagnostic, the Findings view and the status bar; true restores them', async () => {
    // One secret in an open editor (live scan), one only on disk (workspace scan).
    const open = await writeFile('gen/enable/open.js', `const key = "${openaiProjectKey(9201)}";\n`);
    await writeFile('gen/enable/closed.yaml', `token: ${crcToken(join('gh', 'p_'), 9202)}\n`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(open));
    await api.scanWorkspace();
    await api.whenIdle();
    await waitFor('the open file\'s diagnostic', () => ours(open).length > 0);
    assert.ok(api.treeChildren().length >= 2, 'the Findings view lists both files');
    assert.ok(api.statusVisible(), 'the status bar shows the score');

    await setSetting('enable', false);
    await waitFor('everything to clear', async () => {
      await api.whenIdle();
      return allOurs() === 0 && api.treeChildren().length === 0 && !api.statusVisible() && api.findings().length === 0;
    });
    // A workspace scan brings nothing back while off.
    await api.scanWorkspace();
    await api.whenIdle();
    assert.strictEqual(allOurs(), 0, 'no diagnostic while off');
    assert.deepStrictEqual(api.treeChildren(), [], 'no finding in the view while off');

    await setSetting('enable', true);
    await waitFor('diagnostics, view and status bar to come back', async () => {
      await api.whenIdle();
      const files = api.findings().map(f => f.uri.path);
      return api.statusVisible() && ours(open).length >= 1 && files.some(p => p.endsWith('/gen/enable/closed.yaml'))
        && api.treeChildren().length >= 2;
    });
  });
});
