#!/usr/bin/env node
// Times the editor's "Scan Workspace" in a real VS Code (the offline harness) on a folder, and
// the CLI on the same folder: `node bench/editor/run.js DIR` after `npm run build && npx tsc -p .`.
// The folder is copied into the test workspace (under `tree/`); the start-up scan is switched off
// so each timed run is a whole scan of a warm file cache.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launch, ROOT } = require('../../test/harness/launch');

(async () => {
  const dir = path.resolve(process.argv[2] || '');
  if (!process.argv[2] || !fs.statSync(dir).isDirectory()) throw new Error('usage: node bench/editor/run.js DIR');
  const out = path.join(os.tmpdir(), `secret-hygiene-bench-${process.pid}.json`);
  const vscode = await launch({
    extensionTestsPath: path.join(ROOT, 'out', 'bench', 'editor', 'entry'),
    settings: { 'secretHygiene.scanOnStartup': false },
    env: { SECRET_HYGIENE_BENCH_OUT: out },
    prepareWorkspace: ws => fs.cpSync(dir, path.join(ws, 'tree'), { recursive: true }),
  });
  const code = await Promise.race([vscode.exited, new Promise(r => setTimeout(() => r('timeout'), 900_000))]);
  const runs = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
  const ws = vscode.workspace;
  // The CLI on the same copy, as the editor saw it (its .gitignore files honoured by both).
  const cli = [];
  for (let i = 0; i < 2; i++) {
    const t0 = process.hrtime.bigint();
    const text = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'scan', ws, '--format', 'json', '--fail-on', 'never'],
      { encoding: 'utf8', maxBuffer: 256 << 20 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const r = JSON.parse(text);
    cli.push({ ms: Math.round(ms), files: r.summary?.filesScanned, findings: r.findings.length });
  }
  await vscode.close();
  fs.rmSync(out, { force: true });
  console.log(JSON.stringify({ exit: code, editor: runs, cli, load: os.loadavg().map(n => n.toFixed(2)) }, null, 1));
})().catch(e => { console.error(e); process.exit(1); });
