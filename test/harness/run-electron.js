#!/usr/bin/env node
// Runs the same integration suite in desktop VS Code via @vscode/test-electron, for machines
// that can download VS Code (not ours: offline runs use run-integration.js). Build first:
// `node esbuild.js && npx tsc -p .`.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..', '..');

(async () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-hygiene-ws-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
})();
