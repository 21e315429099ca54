/** The exposure score in the status bar, fed by open documents and workspace scans. */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { crcToken, join, openaiProjectKey } from '../helpers/fakes';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { closeAllEditors, extensionApi, removeFile, waitFor, workspaceRoot, writeFile } from './helpers';

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: workspaceRoot().fsPath, encoding: 'utf8' });
}

function hasGit(): boolean {
  try { execFileSync('git', ['--version']); return true; } catch { return false; }
}

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
    // The same state at both ends: the clean score is taken, and restored, with no editor open.
    await closeAllEditors();
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
    assert.match(api.tooltip(), /gen\/score\/one\.js/, `tooltip names the file: ${api.tooltip()}`);
    assert.ok(api.tooltip().includes(`${one.score}/100 (${one.grade})`), 'tooltip repeats the score');

    // An open, unsaved document counts too.
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: `token: ${crcToken(join('gh', 'p_'))}\n` });
    await vscode.window.showTextDocument(doc);
    await api.whenIdle();
    const two = shown(api);
    assert.ok(two.score < one.score, `score ${two.score} < ${one.score} with a second secret`);
    assert.match(api.tooltip(), /\| (error|warning|info) \| \d+ \|/, 'tooltip breaks the cost down by severity');
    // The scan line counts the findings of now (the untitled one included), not the last scan's.
    const now = api.findings().reduce((n, e) => n + e.findings.length, 0);
    assert.match(api.tooltip(), new RegExp(`now ${now} findings? in ${api.findings().length} files?`), api.tooltip());

    await closeAllEditors();
    await removeFile('gen/score');
    await api.scanWorkspace();
    await api.whenIdle();
    assert.deepStrictEqual(shown(api), clean, 'back to a clean score');
  });

  it('says a workspace scan is running while it runs, then shows the grade of its result', async () => {
    for (let i = 0; i < 30; i++) await writeFile(`gen/score/many/f${i}.js`, `const a = "${openaiProjectKey()}";\n`);
    const during: string[] = [];
    const summary = await api.scanWorkspace({ onFileScanned: () => { during.push(api.statusText()); } });
    await api.whenIdle();
    assert.ok(summary && during.length > 0, 'files were scanned');
    // Never a grade alone while the result is still coming: the spinning icon says it is a scan in progress.
    assert.ok(during.every(text => text.startsWith('$(sync~spin)')), `status during the scan: ${[...new Set(during)].join(' | ')}`);
    const after = shown(api);
    assert.ok(after.score < 100, `the result counts the 30 keys: ${after.score}`);
    await removeFile('gen/score');
    await api.scanWorkspace();
    await api.whenIdle();
  });

  it('weighs a secret in a file tracked by git more', async function () {
    if (!hasGit()) this.skip();
    const root = workspaceRoot().fsPath;
    const createdRepo = !fs.existsSync(path.join(root, '.git'));
    if (createdRepo) git(['init', '-q']);
    try {
      await writeFile('gen/score/tracked.js', `const a = "${openaiProjectKey()}";\n`);
      await api.scanWorkspace();
      await api.whenIdle();
      const untracked = shown(api).score;
      git(['add', 'gen/score/tracked.js']);
      // The watcher sees .git/index change and re-reads `git ls-files`.
      await waitFor('a lower score once tracked', async () => { await api.whenIdle(); return shown(api).score < untracked; });
    } finally {
      git(['rm', '-q', '--cached', '--ignore-unmatch', 'gen/score/tracked.js']);
      if (createdRepo) fs.rmSync(path.join(root, '.git'), { recursive: true, force: true });
      await removeFile('gen/score');
    }
  });
});
