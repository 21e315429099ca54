/**
 * A multi-root workspace (two folders, `alpha` and `beta`, opened from a `.code-workspace`):
 * each folder has its own score and the status bar shows the workspace total; two folders'
 * files of the same relative path stay two rows; the Findings view names each row's folder.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { crcToken, join, openaiProjectKey } from '../../helpers/fakes';
import type { SecretHygieneApi } from '../../../src/extension/extension';
import { extensionApi } from '../helpers';

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
});
