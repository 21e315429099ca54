/**
 * "Allowlist" from the Findings view asks for an optional reason and expiry: Esc on the first
 * prompt still allowlists (a plain fingerprint); accepting the prompts writes the entry with the
 * expiry the second one suggests; the view's "Allowlisted" group shows the entry with the masked
 * value, the reason (none) and the expiry. An expired entry lets its finding back in.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { openaiProjectKey } from '../helpers/fakes';
import { extensionApi, fileUri, hoverAt, ours, removeFile, scratchFolder, sleep, waitFor, writeFile } from './helpers';
import type { FindingsNode } from '../../src/extension/findingsView';

const DIR = 'allowlist-fixtures';
const CONFIG = '.secrethygiene.json';

async function configText(): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(CONFIG)));
  } catch {
    return undefined;
  }
}

/**
 * Runs the view's Allowlist command on the finding and answers every prompt with `key`
 * (Enter: `workbench.action.acceptSelectedQuickOpenItem`, Esc: `workbench.action.closeQuickOpen`)
 * until the command returns: the prompts appear asynchronously, so the key is sent repeatedly.
 */
async function allowlistAnswering(node: FindingsNode, key: 'enter' | 'escape'): Promise<unknown> {
  let done = false;
  const result = Promise.resolve(vscode.commands.executeCommand('secretHygiene.ignoreFinding', node)).finally(() => { done = true; });
  const command = key === 'enter' ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen';
  for (let i = 0; !done && i < 120; i++) {
    await sleep(500);
    if (!done) await vscode.commands.executeCommand(command);
  }
  return result;
}

async function findingNode(uri: vscode.Uri): Promise<FindingsNode> {
  const api = await extensionApi();
  const file = await waitFor('the file in the Findings view', () => api.treeChildren().find(n => n.kind === 'file' && n.uri.toString() === uri.toString()));
  return api.treeChildren(file)[0];
}

describe('Allowlist: optional reason and expiry', function () {
  this.timeout(180_000);
  scratchFolder(DIR);
  let original: string | undefined;
  before(async () => { original = await configText(); });
  afterEach(async () => {
    if (original === undefined) await removeFile(CONFIG);
    else await writeFile(CONFIG, original);
  });

  it('Esc on the reason prompt still allowlists, as a plain fingerprint', async () => {
    await removeFile(CONFIG);
    const uri = await writeFile(`${DIR}/esc.js`, `const k = "${openaiProjectKey(5101)}";\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor('a diagnostic', () => ours(uri).length === 1);
    const node = await findingNode(uri);
    assert.ok(node.kind === 'finding');
    assert.strictEqual(await allowlistAnswering(node, 'escape'), true, 'the command allowlisted');
    assert.deepStrictEqual(JSON.parse((await configText())!), { allowlist: [node.finding.fingerprint] });
    await waitFor('the finding is gone', () => ours(uri).length === 0);
  });

  it('Enter through both prompts: the suggested expiry is kept, and the Allowlisted group shows the entry', async () => {
    await removeFile(CONFIG);
    const uri = await writeFile(`${DIR}/enter.js`, `const k = "${openaiProjectKey(5102)}";\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor('a diagnostic', () => ours(uri).length === 1);
    const node = await findingNode(uri);
    assert.ok(node.kind === 'finding');
    assert.strictEqual(await allowlistAnswering(node, 'enter'), true);
    const written = JSON.parse((await configText())!);
    const [entry] = written.allowlist;
    assert.strictEqual(entry.fingerprint, node.finding.fingerprint);
    assert.strictEqual(entry.reason, undefined, 'an empty reason is not written');
    const days = (Date.parse(entry.expires) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000;
    assert.ok(days >= 89 && days <= 91, `expires about 90 days ahead: ${entry.expires}`);
    await waitFor('the finding is gone', () => ours(uri).length === 0);

    const api = await extensionApi();
    const group = await waitFor('an Allowlisted group', () => api.treeChildren().find(n => n.kind === 'allowlist'));
    const [shown] = api.treeChildren(group);
    const item = api.treeItem(shown);
    assert.strictEqual(item.label, `${node.finding.title}: ${node.finding.masked}`);
    assert.strictEqual(item.description, `no reason given · until ${entry.expires}`);
  });

  it('an entry with a reason shows it; once expired the finding is back and the entry says so', async () => {
    const uri = await writeFile(`${DIR}/expired.js`, `const k = "${openaiProjectKey(5103)}";\n`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor('a diagnostic', () => ours(uri).length === 1);
    const api = await extensionApi();
    const fingerprint = api.findingsFor(uri)[0].fingerprint;
    await writeFile(CONFIG, JSON.stringify({ allowlist: [{ fingerprint, reason: 'revoked demo key', expires: '2099-12-31' }] }));
    await waitFor('allowlisted', () => ours(uri).length === 0);
    const description = async () => {
      const group = api.treeChildren().find(n => n.kind === 'allowlist');
      return group && api.treeItem(api.treeChildren(group)[0]).description;
    };
    await waitFor('the reason in the view', async () => (await description()) === 'revoked demo key · until 2099-12-31');
    await writeFile(CONFIG, JSON.stringify({ allowlist: [{ fingerprint, reason: 'revoked demo key', expires: '2020-01-31' }] }));
    await waitFor('the finding is back once the entry expired', () => ours(uri).length === 1);
    await waitFor('the entry marked expired', async () => (await description()) === 'revoked demo key · expired 2020-01-31: reported again');
    let hover = '';
    await waitFor('the hover to say the entry expired', async () => {
      // The hover's Markdown source: the note is plain text, so spaces and punctuation come escaped.
      hover = (await hoverAt(uri, ours(uri)[0])).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      return /Allowlisted until 2020-01-31 \(reason: revoked demo key\); that entry has expired, so it is reported again/.test(hover);
    }, 20_000).catch(e => { throw new Error(`${e.message}; hover: ${JSON.stringify(hover)}`); });
  });
});
