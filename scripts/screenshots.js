#!/usr/bin/env node
// Captures README screenshots from a real VS Code (the offline test harness, test/harness/launch.js,
// without a tests entry point: the extension runs as for a user) into media/screenshots/.
// The demo file is generated with FAKE tokens (test/helpers/fakes); the editor shows them as typed,
// everything the extension renders shows masked values only.
// Needs `node esbuild.js && npx tsc -p .` and the harness (`npm run setup:vscode`).
// media/icon.png is rendered the same way from media/icon.svg (Chromium screenshot, 128×128, transparent).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { launch, ROOT } = require('../test/harness/launch');
const fakes = require('../out/test/helpers/fakes');

const OUT = path.join(ROOT, 'media', 'screenshots');

function demoSource() {
  return [
    'import os',
    'from openai import OpenAI',
    '',
    '# TODO: read these from the environment before committing',
    `client = OpenAI(api_key="${fakes.openaiProjectKey(42)}")`,
    `GITHUB_TOKEN = "${fakes.crcToken(fakes.join('gh', 'p_'), 7)}"`,
    '',
    '',
    'def summarize(text: str) -> str:',
    '    res = client.responses.create(model="gpt-4.1-mini", input=text)',
    '    return res.output_text',
    '',
  ].join('\n');
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const vscode = await launch({
    viewport: { width: 1200, height: 720 },
    settings: { 'editor.minimap.enabled': false, 'editor.wordWrap': 'on', 'editor.fontSize': 14, 'breadcrumbs.enabled': false },
    prepareWorkspace: dir => {
      // A repository whose history holds a key that a later commit deleted, and whose current
      // source is committed too (so the findings say "committed" and the history scan has work).
      const git = (...args) => execFileSync('git', ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
      git('init', '-q');
      fs.mkdirSync(path.join(dir, 'legacy'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'legacy', 'settings.js'), `module.exports = {\n  anthropic: "${fakes.anthropicKey('api03', 3)}",\n};\n`);
      git('add', '-A');
      git('commit', '-q', '-m', 'Add settings');
      git('rm', '-q', 'legacy/settings.js');
      git('commit', '-q', '-m', 'Remove the hardcoded key');
      fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'src', 'summarize.py'), demoSource());
      git('add', '-A');
      git('commit', '-q', '-m', 'Summarize with OpenAI');
    },
  });
  const { page } = vscode;
  try {
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 90000 });
    await page.waitForSelector('[aria-label^="Secret exposure score"]', { timeout: 90000 });
    await page.waitForTimeout(2000);
    await openFile(page, 'summarize.py');
    await page.waitForSelector('.squiggly-error, .squiggly-warning', { timeout: 60000 });
    await page.waitForTimeout(1000);

    // 1. Hover on the first finding (cursor on the value, then "Show Hover": Ctrl+K Ctrl+I).
    await goTo(page, 5, 30);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.waitForSelector('.monaco-hover:not(.hidden)', { timeout: 15000 });
    await page.waitForTimeout(1500);
    await shot(page, 'squiggle-hover.png');
    await page.keyboard.press('Escape');

    // 2. Quick-fix menu on the same finding (Ctrl+.).
    await openQuickFixMenu(page);
    await page.waitForTimeout(800);
    await shot(page, 'quick-fix-menu.png');
    await page.keyboard.press('Escape');

    // 3. Status bar tooltip with the score breakdown.
    await page.hover('[aria-label^="Secret exposure score"]');
    await page.waitForSelector('.workbench-hover, .monaco-hover:not(.hidden)', { timeout: 15000 });
    await page.waitForTimeout(800);
    await shot(page, 'status-bar-tooltip.png');
    await page.mouse.move(600, 300);

    // 4. The Findings view.
    await runCommand(page, 'Secret Hygiene: Show Findings');
    await page.waitForSelector('.pane-body .monaco-list-row', { timeout: 15000 });
    await widenSideBar(page, 180);
    await page.hover('.pane-body .monaco-list-row:nth-child(2)');
    await page.waitForTimeout(1500);
    await shot(page, 'findings-view.png');

    // 5. Scan Git History: the deleted key is still in every clone.
    await page.mouse.move(900, 500);
    await runCommand(page, 'Secret Hygiene: Scan Git History');
    await page.waitForSelector('.pane-body .monaco-list-row[aria-label*="commit"]', { timeout: 60000 });
    await page.waitForTimeout(1500);
    await shot(page, 'git-history.png');
  } catch (e) {
    await page.screenshot({ path: path.join(ROOT, 'out', 'screenshots-failure.png') }).catch(() => {});
    throw e;
  } finally {
    await vscode.close();
  }
}

/** Ctrl+. until the menu lists actions: the first request can race the language server's start. */
async function openQuickFixMenu(page) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await page.waitForSelector('.action-widget .monaco-list-row', { timeout: 5000 });
      return;
    } catch (e) {
      if (attempt >= 6) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(2000);
    }
  }
}

/** Drags the side bar's edge to the right so finding labels are not cut off. */
async function widenSideBar(page, px) {
  const bar = await page.$('.part.sidebar');
  const box = await bar.boundingBox();
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x + 1, y);
  await page.mouse.down();
  await page.mouse.move(x + px, y, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(500);
}

/** Ctrl+G line:column. */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { timeout: 20000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 20000 });
  await page.keyboard.type(name);
  await page.waitForTimeout(1200);
  await page.keyboard.press('Enter');
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: 20000 });
  await page.keyboard.type(title);
  await page.waitForTimeout(1000);
  await page.keyboard.press('Enter');
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, name) });
  console.log(`[screenshots] ${path.relative(ROOT, path.join(OUT, name))}`);
}

main().catch(e => { console.error(e); process.exit(1); });
