/**
 * A multi-root workspace (two folders, `alpha` and `beta`, opened from a `.code-workspace`):
 * each folder has its own score and the status bar shows the workspace total; two folders'
 * files of the same relative path stay two rows; the Findings view names each row's folder; a
 * history scan reads the active file's folder and counts in that folder's score only.
 */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { crcToken, join, openaiProjectKey } from '../../helpers/fakes';
import type { SecretHygieneApi } from '../../../src/extension/extension';
import { extensionApi, waitFor } from '../helpers';

function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find(w => w.name === name);
  assert.ok(f, `workspace folder ${name} is open (folders: ${vscode.workspace.workspaceFolders?.map(w => w.name).join(', ')})`);
  return f;
}

async function write(name: string, rel: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(name).uri, ...rel.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** `| alpha | 83 B | 1 |` rows of the tooltip's per-folder table. */
function folderRows(tooltip: string): Map<string, { score: number; grade: string; findings: number }> {
  const rows = new Map<string, { score: number; grade: string; findings: number }>();
  for (const m of tooltip.matchAll(/^\| (\S+) \| (\d+) ([A-F]) \| (\d+) \|$/gm)) rows.set(m[1], { score: Number(m[2]), grade: m[3], findings: Number(m[4]) });
  return rows;
}

describe('multi-root workspace', () => {
  let api: SecretHygieneApi;
  const created: vscode.Uri[] = [];
  before(async () => {
    api = await extensionApi();
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 2, 'two folders are open');
  });
  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    await api.scanWorkspace();
    await api.whenIdle();
  });

  it('scores each folder, shows the workspace total, and keeps two folders\' src/index.ts apart', async () => {
    // One secret in alpha, two in beta, both in `src/index.ts`.
    created.push(await write('alpha', 'src/index.ts', `export const key = "${openaiProjectKey()}";\n`));
    created.push(await write('beta', 'src/index.ts', `export const key = "${openaiProjectKey()}";\nexport const gh = "${crcToken(join('gh', 'p_'))}";\n`));
    const summary = await api.scanWorkspace();
    await api.whenIdle();
    assert.ok(summary && summary.state === 'completed');
    assert.strictEqual(api.findingsFor(created[0]).length, 1, 'alpha/src/index.ts: one finding');
    assert.strictEqual(api.findingsFor(created[1]).length, 2, 'beta/src/index.ts: two findings');

    const tooltip = api.tooltip();
    const rows = folderRows(tooltip);
    const alpha = rows.get('alpha');
    const beta = rows.get('beta');
    assert.ok(alpha && beta, `a score row per folder in the tooltip:\n${tooltip}`);
    assert.strictEqual(alpha.findings, 1);
    assert.strictEqual(beta.findings, 2);
    assert.ok(beta.score < alpha.score, `beta (two secrets) scores lower: ${beta.score} vs ${alpha.score}`);
    const total = /^\$\(shield\) (\d+) ([A-F])$/.exec(api.statusText());
    assert.ok(total, api.statusText());
    assert.ok(Number(total[1]) <= beta.score, `the status bar shows the workspace total (${total[1]}), no better than its worst folder`);
    assert.match(tooltip, new RegExp(`\\*\\*workspace\\*\\* \\| \\*\\*${total[1]} ${total[2]}\\*\\* \\| \\*\\*3\\*\\*`), tooltip);
    // Top files: one row per folder's file, never one merged `src/index.ts`.
    assert.match(tooltip, /^- `alpha\/src\/index\.ts` — /m, tooltip);
    assert.match(tooltip, /^- `beta\/src\/index\.ts` — /m, tooltip);
    assert.doesNotMatch(tooltip, /^- `src\/index\.ts`/m, tooltip);
  });

  it('names each file\'s folder in the Findings view', () => {
    const rows = api.treeChildren().filter(n => n.kind === 'file');
    const byUri = new Map(rows.map(n => [n.kind === 'file' ? n.uri.toString() : '', api.treeItem(n)]));
    const alpha = byUri.get(created[0].toString());
    const beta = byUri.get(created[1].toString());
    assert.ok(alpha && beta, 'a row for each file');
    assert.strictEqual(alpha.description, 'alpha/src');
    assert.strictEqual(beta.description, 'beta/src');
    assert.match(String(alpha.tooltip), /^alpha\/src\/index\.ts: 1 finding$/);
    assert.match(String(beta.tooltip), /^beta\/src\/index\.ts: 2 findings$/);
  });

  it('scans the git history of the active file\'s folder: the finding counts in that folder\'s score, the other folder is told it has no repository', async () => {
    const beta = folder('beta').uri.fsPath;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: beta, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    try {
      git('init', '-q');
      await write('beta', 'old/settings.js', `module.exports = { openai: "${openaiProjectKey()}" };\n`);
      git('add', 'old/settings.js');
      git('commit', '-q', '-m', 'settings');
      git('rm', '-q', 'old/settings.js');
      git('commit', '-q', '-m', 'remove the key');
      const betaBefore = folderRows(api.tooltip()).get('beta')!;
      const alphaBefore = folderRows(api.tooltip()).get('alpha')!;

      await vscode.window.showTextDocument(created[1]); // beta/src/index.ts
      const summary = await api.scanHistory();
      assert.ok(summary && summary.state === 'done' && summary.folder.name === 'beta', `the active file's folder was scanned (${summary?.folder.name})`);
      const found = api.historyFindings().find(f => f.path === 'old/settings.js');
      assert.ok(found && found.inHead === false, `history findings: ${api.historyFindings().map(f => f.path).join(', ')}`);
      const node = api.treeChildren().find(n => n.kind === 'history');
      assert.ok(node, 'a Git history node in the Findings view');
      assert.match(String(api.treeItem(node).description), /^beta · 2 commits/);
      await api.whenIdle();
      await waitFor('beta\'s score to count the history finding', () => folderRows(api.tooltip()).get('beta')?.findings === betaBefore.findings + 1);
      const rows = folderRows(api.tooltip());
      assert.ok(rows.get('beta')!.score < betaBefore.score, `beta's score drops: ${rows.get('beta')!.score} < ${betaBefore.score}`);
      assert.deepStrictEqual(rows.get('alpha'), alphaBefore, 'alpha is not affected');

      await vscode.window.showTextDocument(created[0]); // alpha/src/index.ts: no repository
      assert.strictEqual(await api.scanHistory(), undefined, 'alpha has no history to scan');
      assert.ok(api.historyFindings().some(f => f.path === 'old/settings.js'), 'beta\'s results stay');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(path.join(beta, '.git'), { recursive: true, force: true });
    }
  });
});
