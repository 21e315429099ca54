/**
 * Live diagnostics in a real VS Code: as-you-type, any language, masked messages, settings
 * applied without reload, suppressions, big documents.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { awsAccessKeyId, awsSecretKey, crcToken, join, openaiProjectKey, randomString } from '../helpers/fakes';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { closeAllEditors, extensionApi, inATab, ours, removeFile, setSetting, sleep, typeInto, waitFor, writeFile } from './helpers';

describe('live diagnostics', () => {
  let api: SecretHygieneApi;
  before(async () => { api = await extensionApi(); });
  afterEach(async () => {
    await closeAllEditors();
    await setSetting('severityOverrides', undefined);
    await setSetting('enable', undefined);
  });

  it('flags a token typed into an untitled file within a second, and clears it when removed', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'notes\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const key = openaiProjectKey();
    await typeInto(editor, `key: ${key}\n`);
    const t0 = Date.now(); // the edit is applied in the extension host: the debounce starts now
    const [d] = await waitFor('a diagnostic', () => ours(doc.uri).length && ours(doc.uri), 5000);
    const latency = Date.now() - t0;
    console.log(`    diagnostic ${latency} ms after the edit (debounce 200 ms)`);
    // ~1 s is the goal; the budget is configurable for heavily loaded machines.
    const budget = Number(process.env.SECRET_HYGIENE_LATENCY_BUDGET_MS || 1000);
    assert.ok(latency < budget, `diagnostic after ${latency} ms (budget ${budget} ms)`);
    assert.strictEqual(doc.getText(d.range), key, 'the range covers the value');

    const line = doc.lineAt(1).range;
    assert.ok(await editor.edit(b => b.delete(line)));
    await waitFor('the diagnostic to go', () => ours(doc.uri).length === 0, 5000);
  });

  it('reports in .env, YAML, JSON and plain-text files', async () => {
    const files: Record<string, string> = {
      'gen/diag/app.env.local': `OPENAI_API_KEY=${openaiProjectKey()}\n`,
      'gen/diag/config.yaml': `services:\n  github:\n    token: ${crcToken(join('gh', 'p_'))}\n`,
      'gen/diag/settings.json': `{\n  "openai": { "apiKey": "${openaiProjectKey()}" }\n}\n`,
      'gen/diag/notes.txt': `the key is ${openaiProjectKey()} do not share\n`,
    };
    try {
      for (const [rel, text] of Object.entries(files)) {
        const uri = await writeFile(rel, text);
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc);
        const [d] = await waitFor(`a diagnostic in ${rel} (${doc.languageId})`, () => ours(uri).length && ours(uri));
        assert.match(text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)), /^(sk-|gh)/, rel);
      }
    } finally {
      await removeFile('gen/diag');
    }
  });

  it('a document whose tab closed stays quiet when an edit reaches it afterwards', async function () {
    // Desktop VS Code's default: the harness's web workbench saves after a second, and a saved
    // edit is a file on disk that the watcher rightly reports (that is not this case).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const uri = await writeFile('gen/diag/closed.js', 'const a = 1;\n');
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await api.whenIdle();
      await closeAllEditors();
      await api.whenIdle();
      // VS Code keeps the document loaded after its tab closed; an edit (another extension's, a
      // revert racing the close) still reaches it. Nothing the user sees shows it: no finding.
      // When VS Code unloads the document first, the edit loads it anew, in the background, as
      // any extension's edit to a file nobody opened: that one is scanned, and is not this case.
      let reloaded = false;
      const watch = vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.toString() === uri.toString()) reloaded = true; });
      try {
        if (doc.isClosed) this.skip();
        const edit = new vscode.WorkspaceEdit();
        edit.insert(uri, new vscode.Position(1, 0), `const key = "${openaiProjectKey()}";\n`);
        assert.ok(await vscode.workspace.applyEdit(edit));
        await sleep(400);
        await api.whenIdle();
      } finally {
        watch.dispose();
      }
      if (reloaded || doc.isClosed) this.skip();
      assert.match(doc.getText(), /sk-proj-/, 'the edit landed in the loaded document');
      // Findings first, then the tabs: a finding can only come from a tab that was already there.
      const found = api.findingsFor(uri).map(f => f.ruleId), diagnostics = ours(uri);
      // Should VS Code open a tab for the dirty document meanwhile (it may, so unsaved work stays
      // in sight), the user sees it and the finding is right: not this case either.
      if (inATab(uri)) this.skip();
      assert.deepStrictEqual(found, [], 'no finding for a document with no tab');
      assert.deepStrictEqual(diagnostics, []);
      // Shown again (still loaded: no open event), it is scanned as the user now sees it.
      await vscode.window.showTextDocument(doc);
      await waitFor('the finding of the document shown again', () => ours(uri).length === 1);
    } finally {
      await closeAllEditors();
      await removeFile('gen/diag');
      await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('reports in notebook cells', async () => {
    const key = openaiProjectKey();
    const nb = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, '# Demo', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, `client = OpenAI(api_key="${key}")`, 'python'),
    ]));
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(1).document;
    // The first notebook activates the built-in ipynb extension: allow for a slow start.
    const [d] = await waitFor('a diagnostic in the code cell', () => ours(cell.uri).length && ours(cell.uri), 30_000);
    assert.strictEqual(cell.getText(d.range), key);
    assert.strictEqual(ours(nb.cellAt(0).document.uri).length, 0);
  });

  it('shows the masked value, the rule as code with a docs link, never the raw value', async () => {
    const key = openaiProjectKey();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: `client = OpenAI(api_key="${key}")\n` });
    await vscode.window.showTextDocument(doc);
    const [d] = await waitFor('a diagnostic', () => ours(doc.uri).length && ours(doc.uri));
    const finding = api.findingsFor(doc.uri)[0];
    assert.ok(d.message.includes(finding.masked), d.message);
    assert.ok(!d.message.includes(key), 'raw value absent from the message');
    assert.ok(finding.masked.length < key.length / 2, 'masked form hides most of the value');
    assert.match(d.message, /^OpenAI .*hardcoded: .*\((provider format|checksum verified)/);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, finding.ruleId);
    assert.ok(code.target instanceof vscode.Uri && code.target.scheme === 'https', 'code links to the rule docs');
    assert.ok(!d.tags?.length, 'no Unnecessary/Deprecated tags');
  });

  it('messages are one short line without doubled words; the advice is in the hover', async () => {
    const content = `const password = "${randomString(20)}";\nconsole.log(process.env.OPENAI_API_KEY);\nconst k = "${openaiProjectKey()}";\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content });
    await vscode.window.showTextDocument(doc);
    const codes = () => ours(doc.uri).map(d => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
    const diagnostics = await waitFor('the logged-secret and the key diagnostics',
      () => codes().includes('secret-logged') && codes().includes('openai-project-key') && ours(doc.uri))
      .catch(e => { throw new Error(`${e.message}; got [${codes().join(', ')}]`); });
    const findings = api.findingsFor(doc.uri);
    for (const d of diagnostics) {
      assert.ok(!/\n/.test(d.message) && d.message.length <= 120, `one short line: ${d.message}`);
      assert.ok(!/(hardcoded|written).*hardcoded/i.test(d.message), `no doubled word: ${d.message}`);
      const f = findings.find(x => x.range.start.line === d.range.start.line)!;
      if (f.advice) assert.ok(!d.message.includes(f.advice), `advice stays out of the Problems row: ${d.message}`);
    }
    const withAdvice = findings.find(f => f.advice);
    assert.ok(withAdvice, 'some finding carries advice');
    const pos = new vscode.Position(withAdvice.range.start.line, withAdvice.range.start.column);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes(withAdvice.advice!), 'the hover gives the advice');
  });

  it('applies severity overrides and enable=false without a reload', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: `const k = "${openaiProjectKey()}";\n` });
    await vscode.window.showTextDocument(doc);
    const [d] = await waitFor('a diagnostic', () => ours(doc.uri).length && ours(doc.uri));
    const ruleId = (d.code as { value: string }).value;
    const original = d.severity;
    const wanted = original === vscode.DiagnosticSeverity.Information ? 'error' : 'info';
    const wantedSeverity = wanted === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Information;

    await setSetting('severityOverrides', { [ruleId]: wanted });
    await waitFor(`severity ${wanted}`, () => ours(doc.uri)[0]?.severity === wantedSeverity);
    await setSetting('severityOverrides', { [ruleId]: 'off' });
    await waitFor('rule switched off', () => ours(doc.uri).length === 0);
    await setSetting('severityOverrides', undefined);
    await waitFor('default severity back', () => ours(doc.uri)[0]?.severity === original);

    await setSetting('enable', false);
    await waitFor('diagnostics cleared when disabled', () => ours(doc.uri).length === 0);
    await setSetting('enable', true);
    await waitFor('diagnostics back when enabled', () => ours(doc.uri).length === 1);
  });

  it('links an AWS access key id and its secret with related information', async () => {
    const content = `aws_access_key_id = ${awsAccessKeyId()}\naws_secret_access_key = ${awsSecretKey()}\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'ini', content });
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor('two diagnostics', () => ours(doc.uri).length === 2 && ours(doc.uri));
    const [id, secret] = [...diags].sort((a, b) => a.range.start.line - b.range.start.line);
    assert.strictEqual(id.relatedInformation?.[0]?.location.range.start.line, 1, 'key id points at the secret');
    assert.strictEqual(secret.relatedInformation?.[0]?.location.range.start.line, 0, 'secret points at the key id');
  });

  it('honours inline ignore comments, the .secrethygiene.json allowlist and the baseline', async () => {
    const ignored = await vscode.workspace.openTextDocument({
      language: 'javascript', content: `const k = "${openaiProjectKey()}"; // secret-hygiene:ignore\n` });
    await vscode.window.showTextDocument(ignored);
    const key = openaiProjectKey();
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: `const k = "${key}";\n` });
    await vscode.window.showTextDocument(doc);
    await waitFor('a diagnostic', () => ours(doc.uri).length === 1);
    await api.whenIdle();
    assert.strictEqual(ours(ignored.uri).length, 0, 'inline ignore');
    const fingerprint = api.findingsFor(doc.uri)[0].fingerprint;
    try {
      await writeFile('.secrethygiene.json', JSON.stringify({ allowlist: [fingerprint] }));
      await waitFor('allowlisted finding gone', () => ours(doc.uri).length === 0);
      await removeFile('.secrethygiene.json');
      await waitFor('finding back once the allowlist is gone', () => ours(doc.uri).length === 1);
      const baseline = { version: 1, findings: [{ fingerprint, ruleId: 'x', masked: 'x' }] };
      await writeFile('.secrethygiene-baseline.json', JSON.stringify(baseline));
      await waitFor('baselined finding gone', () => ours(doc.uri).length === 0);
    } finally {
      await removeFile('.secrethygiene.json');
      await removeFile('.secrethygiene-baseline.json');
    }
    await waitFor('finding back once the baseline is gone', () => ours(doc.uri).length === 1);
  });

  it('clears diagnostics of a closed document no scan reported', async () => {
    // ignored/ is git-ignored, so workspace scans never report it: only the open editor does.
    const uri = await writeFile('ignored/local-notes.txt', `token ${openaiProjectKey()}\n`);
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor('a diagnostic while open', () => ours(uri).length === 1);
      await closeAllEditors();
      await waitFor('diagnostic cleared on close', () => ours(uri).length === 0);
    } finally {
      await removeFile('ignored');
    }
  });

  it('a deleted file keeps no findings when its document is loaded but in no tab', async () => {
    // ignored/ is git-ignored: only the live scan reports it. A document can be loaded without a
    // tab (an extension or VS Code itself opened it); VS Code keeps it loaded after its file is gone.
    const uri = await writeFile('ignored/hidden.txt', `token ${openaiProjectKey()}\n`);
    // VS Code's file watcher reports nothing for a folder created and deleted within one of its
    // batches (nothing changed, for it): let the creation be reported first.
    await sleep(500);
    await api.whenIdle();
    try {
      await vscode.workspace.openTextDocument(uri);
      await waitFor('the hidden document\'s finding', () => api.findingsFor(uri).length === 1);
      await removeFile('ignored');
      await waitFor('no finding once the file is deleted', () => api.findingsFor(uri).length === 0 && ours(uri).length === 0, 15_000);
    } finally {
      await removeFile('ignored');
    }
  });

  it('re-scans only the edited lines of a big document, positions staying right', async () => {
    const filler = Array.from({ length: 6000 }, (_, i) => `  const value${i} = compute(options, "row ${i}", limit); // padding`).join('\n');
    const tail = openaiProjectKey();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `${filler}\nconst last = "${tail}";\n` });
    assert.ok(doc.getText().length > 200 * 1024, 'document is big enough for incremental scans');
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor('the tail finding', () => ours(doc.uri).length === 1);
    const before = api.liveStats().incrementalScans;

    const inserted = openaiProjectKey();
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(3000, 0), `const mid = "${inserted}";\n`)));
    const diags = await waitFor('two findings', () => ours(doc.uri).length === 2 && ours(doc.uri));
    assert.ok(api.liveStats().incrementalScans > before, 'the edit was scanned incrementally');
    const lines = diags.map(d => d.range.start.line).sort((a, b) => a - b);
    assert.deepStrictEqual(lines, [3000, 6001], 'new finding at the edit, old one shifted down a line');
    for (const d of diags) assert.ok(/^sk-proj-/.test(doc.getText(d.range)), 'ranges cover the values');
    console.log(`    incremental re-scan took ${api.liveStats().lastScanMs.toFixed(2)} ms`);

    assert.ok(await editor.edit(b => b.delete(doc.lineAt(3000).rangeIncludingLineBreak)));
    await sleep(50);
    await waitFor('back to one finding', () => ours(doc.uri).length === 1 && ours(doc.uri)[0].range.start.line === 6000);
  });
});
