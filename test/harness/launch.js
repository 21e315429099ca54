// Starts a real VS Code (code-server's VS Code server: the same workbench and Node extension
// host as desktop VS Code 1.100) on a temp copy of test/fixtures/workspace, with our extension
// loaded for development, and opens it in headless Debian Chromium through playwright-core.
// Fully offline. Used by run-integration.js (with a tests entry point) and scripts/screenshots.js
// (without one: the extension runs as for a user).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** User settings for a quiet, offline, deterministic workbench. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'git.enabled': false,
  // Otherwise tsserver runs `npm install types-registry` (network).
  'typescript.disableAutomaticTypeAcquisition': true,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

function codeServerEntry() {
  if (process.env.CODE_SERVER_ENTRY) return process.env.CODE_SERVER_ENTRY;
  try {
    return require.resolve('code-server/out/node/entry.js', { paths: [__dirname] });
  } catch {
    throw new Error('code-server is not installed: run `npm run setup:vscode` (test/harness/setup.sh) first');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForLog(file, text, server, ms) {
  const t0 = Date.now();
  for (;;) {
    if (fs.readFileSync(file, 'utf8').includes(text)) return;
    if (server.exitCode !== null || Date.now() - t0 > ms) {
      throw new Error(`code-server did not start:\n${fs.readFileSync(file, 'utf8').slice(-4000)}`);
    }
    await new Promise(r => setTimeout(r, 100));
  }
}

/**
 * `multiRoot`: instead of one folder, a `.code-workspace` of two copies of the fixture, named
 * `alpha` and `beta` (multi-root behaviour: per-folder scores, folder names in the view).
 * @param {{ extensionTestsPath?: string, settings?: object, env?: object, verbose?: boolean, multiRoot?: boolean,
 *           viewport?: { width: number, height: number },
 *           prepareWorkspace?: (dir: string) => void | Promise<void> }} options
 */
async function launch(options = {}) {
  const { chromium } = require('playwright-core');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-hygiene-vscode-'));
  const userData = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  let opened = workspace;
  if (options.multiRoot) {
    fs.mkdirSync(workspace);
    for (const name of ['alpha', 'beta']) fs.cpSync(FIXTURE_WORKSPACE, path.join(workspace, name), { recursive: true });
    opened = path.join(workspace, 'two-folders.code-workspace');
    fs.writeFileSync(opened, JSON.stringify({ folders: [{ path: 'alpha' }, { path: 'beta' }], settings: {} }, null, 2));
  } else {
    fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  }
  if (options.prepareWorkspace) await options.prepareWorkspace(workspace);
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');

  const port = await freePort();
  const serverLog = path.join(tmp, 'server.log');
  const logFd = fs.openSync(serverLog, 'w');
  const server = spawn(process.execPath, [codeServerEntry(),
    '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    '--log', process.env.VSCODE_TEST_LOG || 'info', opened], {
    detached: true, // own process group: killed as a whole at the end
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, ...options.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
  });
  const killServer = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('exit', killServer);
  await waitForLog(serverLog, 'HTTP server listening', server, 60000);

  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'],
  });
  const page = await browser.newPage({ viewport: options.viewport || { width: 1280, height: 800 } });
  page.on('console', m => {
    if (options.verbose || m.type() === 'error' && process.env.VSCODE_TEST_VERBOSE) console.log(`[browser:${m.type()}] ${m.text()}`);
  });

  // The workbench reports the suite's end through these (VS Code's own web test hooks).
  let exit;
  const exited = new Promise(resolve => (exit = resolve));
  const log = new (require('events').EventEmitter)();
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    (console[type] || console.log)(...args);
    for (const line of require('util').format(...args).split('\n')) log.emit('line', line);
  });
  await page.exposeFunction('codeAutomationExit', code => exit(code));

  // The payload's URI authority must equal the page's host:port.
  const authority = `127.0.0.1:${port}`;
  const remote = p => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ...(options.extensionTestsPath ? [['extensionTestsPath', remote(options.extensionTestsPath)]] : []),
    ['skipWelcome', 'true'],
  ];
  const what = options.multiRoot ? `workspace=${encodeURIComponent(opened)}` : `folder=${encodeURIComponent(workspace)}`;
  await page.goto(`http://${authority}/?${what}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

  const close = async ({ keep = !!process.env.VSCODE_TEST_KEEP } = {}) => {
    await browser.close().catch(() => {});
    killServer();
    if (keep) console.log(`[harness] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  };
  return { page, workspace, tmp, serverLog, exited, close, log };
}

module.exports = { launch, ROOT };
