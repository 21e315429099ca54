/** The exposure score in the status bar, fed by open documents and workspace scans. */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { crcToken, join, openaiProjectKey } from '../helpers/fakes';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { closeAllEditors, extensionApi, removeFile, writeFile } from './helpers';

const STATUS = /^\$\(shield\) (\d+) ([A-F])$/;

function shown(api: SecretHygieneApi): { score: number; grade: string } {
  const m = STATUS.exec(api.statusText());
  assert.ok(m, `status text "${api.statusText()}"`);
  return { score: Number(m[1]), grade: m[2] };
}

describe('status bar score', () => {
  let api: SecretHygieneApi;
  before(async () => { api = await extensionApi(); });
  after(async () => {
    await closeAllEditors();
    await removeFile('gen/score');
    await api.scanWorkspace();
    await api.whenIdle();
  });

  it('drops as secrets appear, names the costly file, and recovers when they go', async () => {
    await removeFile('gen/score');
    await api.scanWorkspace();
    await api.whenIdle();
    const clean = shown(api);
    if (!api.findings().length) {
      assert.deepStrictEqual(clean, { score: 100, grade: 'A' }, 'nothing found: a perfect score');
      assert.match(api.tooltip(), /No hardcoded secrets/);
    }

    await writeFile('gen/score/one.js', `const a = "${openaiProjectKey()}";\n`);
    await api.scanWorkspace();
    await api.whenIdle();
    const one = shown(api);
    assert.ok(one.score < 100, `score ${one.score} after one secret`);
    assert.match(api.tooltip(), /gen\/score\/one\.js/, 'tooltip names the file');
    assert.ok(api.tooltip().includes(`${one.score}/100 (${one.grade})`), 'tooltip repeats the score');

    // An open, unsaved document counts too.
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: `token: ${crcToken(join('gh', 'p_'))}\n` });
    await vscode.window.showTextDocument(doc);
    await api.whenIdle();
    const two = shown(api);
    assert.ok(two.score < one.score, `score ${two.score} < ${one.score} with a second secret`);
    assert.match(api.tooltip(), /\| (error|warning|info) \| \d+ \|/, 'tooltip breaks the cost down by severity');

    await closeAllEditors();
    await removeFile('gen/score');
    await api.scanWorkspace();
    await api.whenIdle();
    assert.deepStrictEqual(shown(api), clean, 'back to a clean score');
  });
});
