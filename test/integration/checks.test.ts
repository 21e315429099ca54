/**
 * Why a finding matters, in a real VS Code: client-side code, secrets written to logs, files
 * committed to git, and secrets that only git history still holds; each one in the diagnostic
 * and in the status bar score.
 */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { findingCost, type Finding } from '../../src/core';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { anthropicKey, openaiProjectKey } from '../helpers/fakes';
import { extensionApi, ours, scratchFolder, waitFor, workspaceRoot, writeFile, hoverAt } from './helpers';

const DIR = 'gen/checks';

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Secret Hygiene tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: workspaceRoot().fsPath, encoding: 'utf8' });
}

function hasGit(): boolean {
  try { execFileSync('git', ['--version']); return true; } catch { return false; }
}

async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

function findingIn(api: SecretHygieneApi, uri: vscode.Uri, ruleId: string): Finding | undefined {
  return api.findingsFor(uri).find(f => f.ruleId === ruleId);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The score shown in the status bar (`$(shield) 72 C`). */
function shownScore(api: SecretHygieneApi): number {
  const m = /(\d+) [A-F]$/.exec(api.statusText());
  assert.ok(m, `status text "${api.statusText()}"`);
  return Number(m[1]);
}

describe('why it matters: client-side, logged, committed and history findings', () => {
  let api: SecretHygieneApi;
  before(async () => { api = await extensionApi(); });
  scratchFolder(DIR);

  it('a key in a client component is an error saying it ships to browsers, and costs more than on a server', async () => {
    const server = await writeFile(`${DIR}/server/openai.ts`, `export const openai = "${openaiProjectKey()}";\n`);
    await open(server);
    const onServer = await waitFor('the server-side finding', () => findingIn(api, server, 'openai-project-key'));
    await api.whenIdle();
    const scoreBefore = shownScore(api);
    const client = await writeFile(`${DIR}/src/components/Chat.tsx`, `"use client";\nexport const openai = "${openaiProjectKey()}";\n`);
    await open(client);
    const inClient = await waitFor('the client-side finding', () => findingIn(api, client, 'openai-project-key'));
    assert.ok(inClient.tags?.includes('client-exposed'), `tags ${inClient.tags}`);
    assert.ok(!onServer.tags?.includes('client-exposed'));

    const diagnostic = ours(client).find(d => codeOf(d) === 'openai-project-key');
    assert.ok(diagnostic, 'a diagnostic in the client file');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    const hover = await hoverAt(client, diagnostic);
    assert.match(hover, /ships to every browser/);
    assert.match(hover, /server endpoint/, 'says what to do instead');
    assert.ok(findingCost(inClient) > findingCost(onServer), 'client exposure weighs more');
    await api.whenIdle();
    assert.ok(shownScore(api) < scoreBefore, `score ${shownScore(api)} < ${scoreBefore} once the client file is open`);
    assert.match(api.tooltip(), /\+ client-exposed \d/, 'the tooltip says what the client exposure costs');
  });

  it('logging a secret env var is flagged where it is logged, and lowers the score', async () => {
    const clean = await writeFile(`${DIR}/server/log.js`, 'console.log("starting");\n');
    const doc = await open(clean);
    await api.whenIdle();
    const scoreBefore = shownScore(api);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit(b => b.insert(new vscode.Position(1, 0), 'console.log("key", process.env.OPENAI_API_KEY);\n'));
    const logged = await waitFor('a secret-logged finding', () => findingIn(api, doc.uri, 'secret-logged'));
    assert.strictEqual(logged.range.start.line, 1);
    assert.ok(logged.tags?.includes('logged'));
    const diagnostic = ours(doc.uri).find(d => codeOf(d) === 'secret-logged');
    assert.ok(diagnostic, 'a diagnostic on the logging line');
    assert.strictEqual(diagnostic.range.start.line, 1);
    assert.ok(!diagnostic.message.includes('sk-'), 'no value in the message');
    await api.whenIdle();
    assert.ok(shownScore(api) < scoreBefore, `score ${shownScore(api)} < ${scoreBefore}`);
  });

  it('the same key in development and production config is tagged in both, until one changes', async () => {
    const shared = openaiProjectKey();
    const dev = await writeFile(`${DIR}/config/.env.development`, `OPENAI_API_KEY=${shared}\n`);
    const prod = await writeFile(`${DIR}/config/.env.production`, `OPENAI_API_KEY=${shared}\n`);
    await api.scanWorkspace();
    await api.whenIdle();
    const tagged = (uri: vscode.Uri) => !!findingIn(api, uri, 'openai-project-key')?.tags?.includes('shared-across-envs');
    assert.ok(tagged(dev) && tagged(prod), 'both copies are tagged');
    const diagnostic = ours(dev).find(d => codeOf(d) === 'openai-project-key');
    assert.ok(diagnostic, 'a diagnostic in the development file');
    assert.match(await hoverAt(dev, diagnostic), /also used in gen\/checks\/config\/\.env\.production \(production\)/);
    assert.ok(!diagnostic?.message.includes(shared), 'never the value');

    // Production gets its own key: neither file shares anything any more.
    const doc = await open(prod);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit(b => b.replace(doc.lineAt(0).range, `OPENAI_API_KEY=${openaiProjectKey()}`));
    await waitFor('the tag to go from the development file', () => !tagged(dev));
    await waitFor('the tag to go from the production file', () => !tagged(prod));
    assert.ok(findingIn(api, dev, 'openai-project-key'), 'the development finding itself stays');
  });

  describe('in a git repository', () => {
    let createdRepo = false;
    before(function () {
      if (!hasGit()) this.skip();
      createdRepo = !fs.existsSync(path.join(workspaceRoot().fsPath, '.git'));
      if (createdRepo) git('init', '-q');
    });
    after(async () => {
      if (createdRepo) fs.rmSync(path.join(workspaceRoot().fsPath, '.git'), { recursive: true, force: true });
      // Not a repository any more: the history results go too.
      await api.scanHistory();
      await api.whenIdle();
    });

    it('a committed key is raised, says so with a rotation checklist, and costs more', async () => {
      const file = await writeFile(`${DIR}/app/config.py`, `ANTHROPIC_API_KEY = "${anthropicKey()}"\n`);
      await open(file);
      const local = await waitFor('the untracked finding', () => findingIn(api, file, 'anthropic-api-key'));
      assert.ok(!local.tags?.includes('committed'));
      await api.whenIdle();
      const scoreBefore = shownScore(api);

      git('add', `${DIR}/app/config.py`);
      git('commit', '-q', '-m', 'add config');
      // The watcher sees .git/index change, re-reads `git ls-files` and re-checks the file.
      const committed = await waitFor('the committed finding', () => findingIn(api, file, 'anthropic-api-key')?.tags?.includes('committed') && findingIn(api, file, 'anthropic-api-key'));
      assert.strictEqual(committed.severity, 'error');
      const diagnostic = ours(file).find(d => codeOf(d) === 'anthropic-api-key');
      assert.ok(diagnostic);
      const hover = await hoverAt(file, diagnostic);
      assert.match(hover, /committed to git/);
      assert.match(hover, /revoke it at https:\/\//, 'links the provider\'s revoke page');
      assert.match(hover, /filter-repo/, 'says history must be purged');
      await api.whenIdle();
      assert.ok(shownScore(api) < scoreBefore, `score ${shownScore(api)} < ${scoreBefore} once committed`);
    assert.match(api.tooltip(), /\+ committed \d/, 'the tooltip says what the commit costs');
    });

    it('Scan Git History finds a key that was deleted from the tree, and the score counts it', async () => {
      await writeFile(`${DIR}/old/settings.js`, `module.exports = { openai: "${openaiProjectKey()}" };\n`);
      git('add', `${DIR}/old/settings.js`);
      git('commit', '-q', '-m', 'settings');
      git('rm', '-q', `${DIR}/old/settings.js`);
      git('commit', '-q', '-m', 'remove the key');
      await api.scanWorkspace();
      await api.whenIdle();
      assert.ok(!api.findings().some(e => e.uri.path.endsWith('/old/settings.js')), 'the tree no longer has it');
      const scoreBefore = shownScore(api);

      const summary = await api.scanHistory();
      assert.ok(summary && summary.state === 'done', 'the scan ran');
      const found = api.historyFindings().find(f => f.path === `${DIR}/old/settings.js`);
      assert.ok(found, `history findings: ${api.historyFindings().map(f => f.path).join(', ')}`);
      assert.strictEqual(found.ruleId, 'openai-project-key');
      assert.strictEqual(found.inHead, false, 'marked as removed from the tree');
      assert.match(found.commit ?? '', /^[0-9a-f]{7,}$/);
      assert.ok(!JSON.stringify(api.historyFindings()).includes('"sk-proj-'), 'masked values only');

      const root = api.treeChildren().find(n => n.kind === 'history');
      assert.ok(root, 'a Git history node in the Secrets view');
      const items = api.treeChildren(root).map(n => api.treeItem(n));
      const item = items.find(i => String(i.description).includes('old/settings.js'));
      assert.ok(item, 'the finding is listed');
      assert.match(String(item.description), /removed from the tree/);
      await api.whenIdle();
      assert.ok(shownScore(api) < scoreBefore, `score ${shownScore(api)} < ${scoreBefore} with the history finding`);
    });
  });
});
