/**
 * Runs inside a real VS Code (extensionTestsPath contract, launched by bench/editor/run.js):
 * times "Scan Workspace" on the workspace it was opened on and writes the figures to
 * SECRET_HYGIENE_BENCH_OUT. Not a test: it asserts nothing.
 */

import * as fs from 'fs';
import * as vscode from 'vscode';
import type { SecretHygieneApi } from '../../src/extension/extension';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<SecretHygieneApi>('secret-hygiene.secret-hygiene');
  if (!ext) throw new Error('extension not loaded');
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.whenIdle();
  const runs: object[] = [];
  const rounds = Number(process.env.SECRET_HYGIENE_BENCH_ROUNDS || 2);
  for (let i = 0; i < rounds; i++) {
    // How long the extension host thread is blocked at worst while the scan runs: a timer that
    // should fire every 10 ms records its lateness.
    let maxStallMs = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      maxStallMs = Math.max(maxStallMs, now - last - 10);
      last = now;
    }, 10);
    const t0 = performance.now();
    const s = await api.scanWorkspace();
    const ms = performance.now() - t0;
    clearInterval(timer);
    if (!s) throw new Error('no summary');
    runs.push({ ms: Math.round(ms), files: s.filesScanned, skipped: s.skippedLarge.length + s.skippedBinary.length + s.unreadable.length,
      excluded: s.excluded, findings: s.findings, maxStallMs: Math.round(maxStallMs), ...s.details, unreadableWhy: undefined });
  }
  fs.writeFileSync(process.env.SECRET_HYGIENE_BENCH_OUT!, JSON.stringify(runs));
}
