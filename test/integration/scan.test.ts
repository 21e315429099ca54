/**
 * "Scan Workspace" and friends on files that were never opened: excludes, .gitignore,
 * skipped files, cancellation, the file watcher and the Findings view.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { crcToken, join, openaiProjectKey } from '../helpers/fakes';
import type { SecretHygieneApi } from '../../src/extension/extension';
import type { FindingsNode } from '../../src/extension/findingsView';
import { describeSummary, type ScanSummary } from '../../src/extension/scanWorkspace';
import { extensionApi, fileUri, ours, removeFile, setSetting, sleep, waitFor, writeFile } from './helpers';

describe('workspace scan', () => {
  it('the summary of a clean scan says so, never "0 findings in 0 of 465 files scanned"', () => {
    const clean: ScanSummary = {
      state: 'completed', filesListed: 465, filesScanned: 465, filesWithFindings: 0, findings: 0,
      excluded: 0, skippedLarge: [], skippedBinary: [], unreadable: [], durationMs: 1,
    };
    assert.strictEqual(describeSummary(clean), 'no hardcoded secrets in 465 files scanned');
    assert.strictEqual(describeSummary({ ...clean, findings: 3, filesWithFindings: 2 }), '3 findings in 2 of 465 files scanned');
  });

  let api: SecretHygieneApi;
  before(async () => { api = await extensionApi(); });
  afterEach(async () => {
    await setSetting('exclude', undefined);
    await setSetting('maxFileSizeKb', undefined);
    await removeFile('gen/scan');
    await removeFile('ignored');
    await removeFile('nested/local-keys.txt');
    await api.whenIdle();
  });

  it('finds a token in a file that was never opened', async () => {
    const uri = await writeFile('gen/scan/deploy/config.properties', `openai.key=${openaiProjectKey()}\n`);
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString()), 'file not open');
    const visited: string[] = [];
    const summary = await api.scanWorkspace({ onFileScanned: u => visited.push(u.toString()) });
    assert.ok(summary && summary.state === 'completed');
    assert.ok(visited.includes(uri.toString()), 'the scan read the file');
    assert.strictEqual(api.findingsFor(uri).length, 1);
    assert.strictEqual(ours(uri).length, 1, 'a diagnostic for the unopened file');
    assert.ok(summary.findings >= 1 && summary.filesWithFindings >= 1);
  });

  it('honours the exclude setting, .gitignore (root and nested) and reports skipped files', async () => {
    const kept = await writeFile('gen/scan/kept.txt', `key ${openaiProjectKey()}\n`);
    const excluded = await writeFile('gen/scan/generated/out.txt', `key ${openaiProjectKey()}\n`);
    const gitIgnored = await writeFile('ignored/notes.txt', `key ${openaiProjectKey()}\n`);
    const nestedIgnored = await writeFile('nested/local-keys.txt', `key ${openaiProjectKey()}\n`);
    const big = await writeFile('gen/scan/big.txt', `key ${openaiProjectKey()}\n${'x'.repeat(3 * 1024)}\n`);
    const binary = await writeFile('gen/scan/blob.bin', new Uint8Array([0x89, 0x50, 0x00, 0x01, ...new TextEncoder().encode(openaiProjectKey())]));
    await setSetting('exclude', ['gen/scan/generated/**']);
    await setSetting('maxFileSizeKb', 2);

    const summary = (await api.scanWorkspace())!;
    assert.strictEqual(api.findingsFor(kept).length, 1, 'the ordinary file is reported');
    for (const [what, uri] of [['exclude setting', excluded], ['root .gitignore', gitIgnored], ['nested .gitignore', nestedIgnored]] as const) {
      assert.strictEqual(api.findingsFor(uri).length, 0, `${what}: not reported`);
    }
    assert.ok(summary.excluded >= 3, `excluded count ${summary.excluded}`);
    assert.deepStrictEqual(summary.skippedLarge.filter(p => p.startsWith('gen/')), ['gen/scan/big.txt']);
    assert.deepStrictEqual(summary.skippedBinary.filter(p => p.startsWith('gen/')), ['gen/scan/blob.bin']);
    assert.strictEqual(api.findingsFor(big).length + api.findingsFor(binary).length, 0);
  });

  it('a file the size limit now excludes loses its old finding', async () => {
    const uri = await writeFile('gen/scan/grown.txt', `key ${openaiProjectKey()}\n${'x'.repeat(3 * 1024)}\n`);
    await api.scanWorkspace();
    assert.strictEqual(api.findingsFor(uri).length, 1, 'found while under the limit');
    await setSetting('maxFileSizeKb', 2); // the change re-scans the workspace
    await waitFor('the finding of the now too-large file to go', async () => { await api.whenIdle(); return api.findingsFor(uri).length === 0; });
    assert.strictEqual(ours(uri).length, 0, 'and its diagnostic');
  });

  it('logs what it scanned, left out and skipped, and why, with timings; never a value', async () => {
    const key = openaiProjectKey();
    await writeFile('gen/scan/kept.txt', `key ${key}\n`);
    await writeFile('gen/scan/generated/out.txt', `key ${key}\n`);
    await writeFile('gen/scan/big.txt', `key ${key}\n${'x'.repeat(3 * 1024)}\n`);
    await writeFile('gen/scan/blob.bin', new Uint8Array([0x89, 0x50, 0x00, 0x01]));
    await writeFile('ignored/notes.txt', `key ${key}\n`);
    await setSetting('exclude', ['gen/scan/generated/**']);
    await setSetting('maxFileSizeKb', 2);
    await api.whenIdle();
    // By count, not by index: once the kept lines are at their limit, indexes stop moving.
    const from = api.loggedCount();
    await api.scanWorkspace();
    const lines = api.logLines(from);
    const text = lines.join('\n');
    assert.match(text, /info: scan workspace: \d+ findings? in \d+ of \d+ files scanned, \d+ excluded, 1 skipped as too large, 1 binary skipped \(\d+\.\d\d s\)/, text);
    assert.match(text, /info: scan workspace: listed \d+ files in \d+ ms, filtered in \d+ ms, read and scanned \d+ \(.* characters\) in \d+ ms on /, text);
    assert.match(text, /info: scan workspace: 1 excluded by secretHygiene\.exclude or \.secrethygiene\.json/, text);
    assert.match(text, /info: scan workspace: 1 excluded by \.gitignore/, text);
    assert.match(text, /skipped \(over secretHygiene\.maxFileSizeKb\): gen\/scan\/big\.txt/, text);
    assert.match(text, /skipped \(binary\): gen\/scan\/blob\.bin/, text);
    assert.ok(!api.logLines().some(l => l.includes(key) || l.includes(key.slice(10, 30))), 'no value in the log');
  });

  it('can be cancelled: partial results, a "cancelled" state, earlier results kept', async () => {
    const files: vscode.Uri[] = [];
    for (let i = 0; i < 40; i++) files.push(await writeFile(`gen/scan/many/file${String(i).padStart(2, '0')}.txt`, `key ${openaiProjectKey()}\n`));
    const first = (await api.scanWorkspace())!;
    assert.strictEqual(first.state, 'completed');
    assert.ok(files.every(f => api.findingsFor(f).length === 1), 'a full scan reports all 40');

    const cancel = new vscode.CancellationTokenSource();
    let seen = 0;
    const summary: ScanSummary = (await api.scanWorkspace({
      token: cancel.token,
      onFileScanned: () => { if (++seen === 10) cancel.cancel(); },
    }))!;
    assert.strictEqual(summary.state, 'cancelled');
    assert.ok(summary.filesScanned >= 10 && summary.filesScanned < summary.filesListed,
      `scanned ${summary.filesScanned} of ${summary.filesListed}`);
    assert.ok(summary.findings < 40, `partial result: ${summary.findings} findings`);
    assert.ok(files.every(f => api.findingsFor(f).length === 1), 'files the cancelled scan did not reach keep their results');
    await api.whenIdle();
    assert.match(api.tooltip(), /cancelled/);
  });

  it('a new workspace scan cancels the one running; results stay complete', async () => {
    const files: vscode.Uri[] = [];
    for (let i = 0; i < 20; i++) files.push(await writeFile(`gen/scan/again/file${i}.txt`, `key ${openaiProjectKey()}\n`));
    const [first, second] = await Promise.all([api.scanWorkspace(), api.scanWorkspace()]);
    assert.strictEqual(first?.state, 'cancelled', 'the older scan stopped');
    assert.strictEqual(second?.state, 'completed');
    assert.ok(files.every(f => api.findingsFor(f).length === 1), 'every file reported once the newer scan ends');
  });

  it('keeps results current when files are created, changed and deleted', async () => {
    await api.scanWorkspace();
    const uri = await writeFile('gen/scan/watched.env.txt', `TOKEN=${crcToken(join('gh', 'p_'))}\n`);
    await waitFor('the new file to be scanned', () => api.findingsFor(uri).length === 1);
    await writeFile('gen/scan/watched.env.txt', 'TOKEN=\n');
    await waitFor('the finding to go after the edit', () => api.findingsFor(uri).length === 0);
    await writeFile('gen/scan/watched.env.txt', `TOKEN=${crcToken(join('gh', 'p_'))}\n`);
    await waitFor('the finding to come back', () => api.findingsFor(uri).length === 1);
    await removeFile('gen/scan/watched.env.txt');
    await waitFor('the finding to go with the file', () => api.findingsFor(uri).length === 0 && ours(uri).length === 0);
  });

  it('a file created and scanned while a workspace scan runs keeps its finding when the scan ends', async () => {
    // Enough files that the scan is still running when the single-file scan below ends.
    const filler = `const value = compute(input, options);\n`.repeat(800);
    // (Twice what a quiet machine needs: on a busy one the single-file scan takes longer too.)
    await Promise.all(Array.from({ length: 600 }, (_, i) => writeFile(`gen/scan/during/filler${i}.ts`, filler)));
    const uri = fileUri('gen/scan/during/late.txt');
    let lateScan: Promise<unknown> | undefined;
    let lateDone = false;
    // Created after the scan listed the workspace, so the scan never visits it.
    const summary = await api.scanWorkspace({
      onFileScanned: () => {
        lateScan ??= writeFile('gen/scan/during/late.txt', `key ${openaiProjectKey()}\n`)
          .then(() => vscode.commands.executeCommand('secretHygiene.scanFile', uri))
          .then(() => { lateDone = true; });
      },
    });
    const doneBeforeScanEnded = lateDone;
    const foundWhenScanEnded = api.findingsFor(uri).length;
    await lateScan;
    assert.strictEqual(summary?.state, 'completed');
    assert.ok(doneBeforeScanEnded, 'the single-file scan ended while the workspace scan ran');
    assert.strictEqual(foundWhenScanEnded, 1, 'the whole scan did not drop the newer result of a file it never listed');
  });

  it('a folder copied into the workspace has its files scanned', async () => {
    await api.scanWorkspace();
    await writeFile('ignored/source/deep/keys.txt', `key ${openaiProjectKey()}\n`);
    await vscode.workspace.fs.copy(fileUri('ignored/source'), fileUri('gen/scan/copied'));
    const uri = fileUri('gen/scan/copied/deep/keys.txt');
    await waitFor('the copied file to be scanned', () => api.findingsFor(uri).length === 1);
  });

  it('a folder deleted and created again at once keeps the findings of the files it holds again', async () => {
    await api.scanWorkspace();
    await writeFile('gen/scan/again/keys.txt', `key ${openaiProjectKey()}\n`);
    const uri = await writeFile('gen/scan/again/kept.txt', `key ${openaiProjectKey()}\n`);
    await waitFor('the files to be scanned', () => api.findingsFor(uri).length === 1);
    await removeFile('gen/scan/again');
    await writeFile('gen/scan/again/kept.txt', `key ${openaiProjectKey()}\n`);
    await api.whenIdle();
    await sleep(1000); // late delete events
    await api.whenIdle();
    assert.strictEqual(api.findingsFor(uri).length, 1, 'the re-created file is reported');
    assert.strictEqual(api.findingsFor(fileUri('gen/scan/again/keys.txt')).length, 0, 'the file that stayed deleted is not');
  });

  it('shows files → findings in the Findings view, with masked values only', async () => {
    const key = openaiProjectKey();
    const uri = await writeFile('gen/scan/view/app.py', `import os\n\nclient = OpenAI(api_key="${key}")\n`);
    await api.scanWorkspace();
    const fileNode = api.treeChildren().find(n => n.kind === 'file' && n.uri.toString() === uri.toString());
    assert.ok(fileNode, 'a node for the file');
    const [child, ...rest] = api.treeChildren(fileNode);
    assert.strictEqual(rest.length, 0);
    const item = api.treeItem(child);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    const masked = (child as Extract<FindingsNode, { kind: 'finding' }>).finding.masked;
    assert.ok(label.includes(masked) && label.startsWith('OpenAI'), label);
    assert.strictEqual(item.description, 'Ln 3, Col 26');
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip);
    for (const text of [label, tooltip, String(item.description)]) assert.ok(!text.includes(key), 'no raw value in the view');

    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('secretHygiene.revealFinding', child);
    assert.strictEqual(editor?.document.getText(editor.selection), key, 'reveal selects the value');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"Scan File" scans one file on disk', async () => {
    const uri = await writeFile('ignored/solo.yaml', `token: ${crcToken(join('gh', 'p_'))}\n`);
    const findings = await vscode.commands.executeCommand<unknown[]>('secretHygiene.scanFile', uri);
    assert.strictEqual(findings?.length, 1);
    assert.strictEqual(ours(uri).length, 1);
  });
});
