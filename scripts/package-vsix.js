#!/usr/bin/env node
/**
 * Builds secret-hygiene.vsix (`npm run package`, after the production bundle; or the file named
 * by the first argument) from a staging
 * folder holding only what the extension needs. Why a stage: package.json's `files` list is the
 * npm tarball's (the CLI), and vsce would take that list for the VSIX too (it refuses a
 * .vscodeignore beside it). The staged package.json carries the VSIX's own list instead.
 */
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
/** The images the README shows: the extension's details page reads them from the package. */
const README_IMAGES = [...fs.readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\((media\/[^)\s]+)\)/g)].map(m => m[1]);
const VSIX_FILES = ['dist/extension.js', 'dist/scanWorker.js', 'media/icon.png', 'media/shield.svg', 'README.md', 'LICENSE', 'CHANGELOG.md', ...README_IMAGES];

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-hygiene-vsix-'));
try {
  for (const rel of VSIX_FILES) {
    fs.mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
    fs.copyFileSync(path.join(root, rel), path.join(stage, rel));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  manifest.files = VSIX_FILES.filter(f => f !== 'README.md' && f !== 'package.json');
  delete manifest.scripts; // nothing to run in the stage (vsce would run vscode:prepublish)
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  // vsce's secret scan loads its secretlint preset from the working folder's node_modules
  // (the root devDependency @secretlint/secretlint-rule-preset-recommend); --no-dependencies
  // keeps node_modules itself out of the VSIX.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = path.resolve(process.argv[2] ?? path.join(root, 'secret-hygiene.vsix'));
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
    { cwd: stage, stdio: 'inherit' });
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
