/**
 * A 50,000-line file with secrets, opened and edited in the real editor: its whole scans run on
 * a worker thread, the findings arrive and follow the edits, and a result computed for an older
 * version never replaces a newer one. The test prints how long the extension host thread was
 * blocked and how long a command round trip took while the scans ran (it asserts no timings:
 * those depend on the machine).
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { openaiProjectKey } from '../helpers/fakes';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { closeAllEditors, extensionApi, removeFile, sleep, waitFor, writeFile } from './helpers';

const LINES = 50_000;
const SECRET_LINES = [1_000, 12_000, 25_000, 37_000, 49_000];

/** Lateness of a 10 ms timer on this thread (the extension host's): how long it was blocked. */
function lagMonitor(): { stop(): number[] } {
  const lags: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    lags.push(Math.max(0, now - last - 10));
    last = now;
  }, 10);
  return { stop: () => { clearInterval(timer); return lags; } };
}

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms (n=${ms.length})`;
}

describe('a 50,000-line file', () => {
  let api: SecretHygieneApi;
  before(async () => { api = await extensionApi(); });
  after(async () => {
    await closeAllEditors();
    await removeFile('gen/big');
    await api.whenIdle();
  });

  const linesWithFindings = () => api.findingsFor(uri).map(f => f.range.start.line).sort((a, b) => a - b);
  let uri: vscode.Uri;

  it('is scanned off the extension host thread while typing stays responsive; newer results always win', async () => {
    // Ordinary code the rules must look at closely: names that sound secret, hashes, headers.
    const filler = [
      (i: number) => `value_${i} = compute(${i}, "item-${i}")  # filler line of ordinary code`,
      (i: number) => `    password_${i} = os.environ.get("DB_PASSWORD_${i}", "")`,
      (i: number) => `    headers["Authorization"] = f"Bearer {token_${i}}"`,
      (i: number) => `    digest_${i} = "${(i * 2654435761 % 4294967296).toString(16).padStart(8, '0')}e3b0c44298fc1c149afbf4c8996fb924"`,
      (i: number) => `    logger.debug("request %s took %d ms", req_${i}.id, elapsed)`,
    ];
    const lines: string[] = [];
    for (let i = 0; i < LINES; i++) lines.push(filler[i % filler.length](i));
    for (const n of SECRET_LINES) lines[n] = `api_key_${n} = "${openaiProjectKey()}"`;
    uri = await writeFile('gen/big/settings.py', `${lines.join('\n')}\n`);
    const before = api.liveStats();

    const lag = lagMonitor();
    const t0 = performance.now();
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor('the findings of the big file', () => linesWithFindings().length === SECRET_LINES.length, 120_000);
    const firstFindingsMs = performance.now() - t0;
    assert.deepStrictEqual(linesWithFindings(), SECRET_LINES);
    assert.ok(api.liveStats().workerScans > before.workerScans || process.env.SECRET_HYGIENE_SCAN_THREADS === '0',
      `the whole scan ran on a worker (${JSON.stringify(api.liveStats())})`);

    // Type: a line added near the top every few keystrokes, saved now and then (a save re-scans
    // the whole file, on the worker), with a command round trip timed after each edit.
    const openLags = lag.stop();
    const typingLag = lagMonitor();
    const roundTrips: number[] = [];
    let expected = [...SECRET_LINES];
    for (let i = 0; i < 30; i++) {
      assert.ok(await editor.edit(b => b.insert(new vscode.Position(10, 0), `# edit ${i}\n`)));
      expected = expected.map(l => l + 1);
      if (i % 10 === 9) void editor.document.save();
      const r0 = performance.now();
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      roundTrips.push(performance.now() - r0);
      await sleep(20);
    }
    await api.whenIdle();
    await waitFor('findings that follow the edits', () => JSON.stringify(linesWithFindings()) === JSON.stringify(expected), 60_000);
    const typingLags = typingLag.stop();
    console.log(`      [measure] ${LINES} lines, ${editor.document.getText().length} characters; workers: ${process.env.SECRET_HYGIENE_SCAN_THREADS ?? 'default'}`);
    console.log(`      [measure] open → findings ${firstFindingsMs.toFixed(0)} ms; extension host blocked meanwhile: ${stats(openLags)}`);
    console.log(`      [measure] typing 30 edits with 3 saves: extension host blocked: ${stats(typingLags)}`);
    console.log(`      [measure] command round trip while typing: ${stats(roundTrips)}`);
    console.log(`      [measure] live scans: ${JSON.stringify(api.liveStats())}`);

    // A newer version's result is never replaced by an older one's: two whole scans in a row,
    // the first for a text with an extra secret, the second for a text without it.
    const extra = openaiProjectKey();
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(20_000, 0), `late_key = "${extra}"\n`)));
    const older = vscode.commands.executeCommand('secretHygiene.scanFile', uri);
    assert.ok(await editor.edit(b => b.delete(new vscode.Range(20_000, 0, 20_001, 0))));
    const newer = vscode.commands.executeCommand('secretHygiene.scanFile', uri);
    await Promise.all([older, newer]);
    await api.whenIdle();
    await sleep(300);
    assert.deepStrictEqual(linesWithFindings(), expected, 'the findings are those of the newest text');
    assert.ok(!api.findingsFor(uri).some(f => extra.startsWith(f.masked.slice(0, 6)) && f.range.start.line === 20_000), 'the removed secret is not reported');
  });
});
