/**
 * Quick fixes in a real VS Code: each fixture is written into the test workspace at run time
 * with fake tokens, the extension's own diagnostic is found, the code action is requested the
 * way the lightbulb does, applied, and the resulting files are compared with what a user must
 * get. Then ONE undo in the source editor must restore every file the fix touched.
 */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { anthropicKey, crcToken, join, openaiProjectKey } from '../helpers/fakes';

const SOURCE = 'Secret Hygiene';
const KIND = 'quickfix.secretHygiene';
const BASELINE = '.secrethygiene-baseline.json';

/** Files a fix may create or change at the workspace root; reset before every test. */
const ROOT_FILES = ['.env', '.gitignore', '.env.example', BASELINE, '.secrethygiene.json'];

const openai = openaiProjectKey(4101);
const github = crcToken(join('gh', 'p_'), 4102);
const anthropic = anthropicKey('api03', 4103);

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder');
  return folder.uri.fsPath;
}

const abs = (rel: string) => path.join(root(), rel);
const uriOf = (rel: string) => vscode.Uri.file(abs(rel));
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** What is on disk (undefined: no such file): what git, a terminal or a loader sees. */
function disk(rel: string): string | undefined {
  try {
    return fs.readFileSync(abs(rel), 'utf8');
  } catch {
    return undefined;
  }
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Writes through VS Code's file service, so documents it already holds reload the new text. */
async function write(rel: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uriOf(rel), new TextEncoder().encode(text));
  const held = () => vscode.workspace.textDocuments.find(d => d.uri.fsPath === abs(rel));
  await waitFor(`${rel} to reload`, () => !held() || held()!.getText() === text || undefined);
}

async function remove(rel: string): Promise<void> {
  if (disk(rel) === undefined) return;
  await vscode.workspace.fs.delete(uriOf(rel), { recursive: true, useTrash: false });
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === SOURCE);
}

/** Opens the file in an editor and waits for the extension's diagnostic on `secret`. */
async function openWithFinding(rel: string, secret: string): Promise<{ editor: vscode.TextEditor; diagnostic: vscode.Diagnostic }> {
  const doc = await vscode.workspace.openTextDocument(uriOf(rel));
  const editor = await vscode.window.showTextDocument(doc);
  const diagnostic = await waitFor(`a ${SOURCE} diagnostic in ${rel}`,
    () => ours(doc.uri).find(d => doc.getText(d.range) === secret), 20_000);
  return { editor, diagnostic };
}

/**
 * Asks for code actions as the lightbulb does. The provider call can be cancelled when the
 * document or diagnostics change meanwhile (harness README, "Canceled"): retry then.
 */
async function codeActions(uri: vscode.Uri, range: vscode.Range, kind = KIND): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind) ?? [];
    } catch (e) {
      if (attempt >= 10 || !/Canceled/i.test(String(e))) throw e;
      await sleep(200);
    }
  }
}

async function actionOfKind(rel: string, diagnostic: vscode.Diagnostic, kind: string): Promise<vscode.CodeAction> {
  const actions = await codeActions(uriOf(rel), diagnostic.range, `${KIND}.${kind}`);
  assert.strictEqual(actions.length, 1, `one ${kind} action expected, got: ${actions.map(a => a.title).join(' | ')}`);
  return actions[0];
}

/** Applies a code action the way the lightbulb does: its edit as a refactoring, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit, { isRefactoring: true }), `${action.title} applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function saveAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.saveAll');
}

/** Every file under the workspace (but .git) whose bytes contain `needle`. */
function filesContaining(needle: string): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(p);
      } else if (fs.readFileSync(p).includes(needle)) hits.push(path.relative(root(), p));
    }
  };
  walk(root());
  return hits;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('secretHygiene').update(key, value, vscode.ConfigurationTarget.Workspace);
}

interface MoveCase {
  name: string;
  file: string;
  secret: string;
  source: string;
  expected: string;
  /** Root files before the fix (absent key: the file does not exist). */
  before: Partial<Record<'.env' | '.gitignore' | '.env.example', string>>;
  after: Record<'.env' | '.gitignore' | '.env.example', string | undefined>;
  writeEnvExample: boolean;
}

const MOVE_CASES: MoveCase[] = [
  {
    name: 'JavaScript: creates .env and .gitignore in a git repo',
    file: 'src/config.js', secret: openai, writeEnvExample: false,
    source: `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: "${openai}" });\nmodule.exports = client;\n`,
    expected: `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nmodule.exports = client;\n`,
    before: {},
    after: { '.env': `OPENAI_API_KEY=${openai}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
  {
    name: 'TypeScript: appends to existing .env, .gitignore and .env.example',
    file: 'src/client.ts', secret: openai, writeEnvExample: false,
    source: `import OpenAI from 'openai';\n\nexport const client = new OpenAI({ apiKey: '${openai}' });\n`,
    expected: `import OpenAI from 'openai';\n\nexport const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n`,
    before: { '.env': 'PORT=3000', '.gitignore': 'node_modules/\n', '.env.example': 'PORT=\n' },
    after: {
      '.env': `PORT=3000\nOPENAI_API_KEY=${openai}\n`, '.gitignore': 'node_modules/\n.env\n', '.env.example': 'PORT=\nOPENAI_API_KEY=\n',
    },
  },
  {
    name: 'Python: adds import os; .env already ignored; writeEnvExample creates .env.example',
    file: 'app/settings.py', secret: anthropic, writeEnvExample: true,
    source: `"""Settings."""\nimport sys\n\nANTHROPIC_KEY = "${anthropic}"\n`,
    expected: `"""Settings."""\nimport os\nimport sys\n\nANTHROPIC_KEY = os.environ["ANTHROPIC_KEY"]\n`,
    before: { '.gitignore': '*.pyc\n.env\n' },
    after: { '.env': `ANTHROPIC_KEY=${anthropic}\n`, '.gitignore': '*.pyc\n.env\n', '.env.example': 'ANTHROPIC_KEY=\n' },
  },
  {
    name: 'Go: adds "os" to the import block',
    file: 'cmd/main.go', secret: github, writeEnvExample: false,
    source: `package main\n\nimport (\n\t"fmt"\n)\n\nvar token = "${github}"\n\nfunc main() { fmt.Println(len(token)) }\n`,
    expected: `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar token = os.Getenv("GITHUB_TOKEN")\n\nfunc main() { fmt.Println(len(token)) }\n`,
    before: { '.gitignore': '/bin\n' },
    after: { '.env': `GITHUB_TOKEN=${github}\n`, '.gitignore': '/bin\n.env\n', '.env.example': undefined },
  },
  {
    name: 'YAML config: interpolates ${NAME}',
    file: 'config/app.yaml', secret: openai, writeEnvExample: false,
    source: `openai:\n  api_key: ${openai}\n  model: gpt-4o\n`,
    expected: 'openai:\n  api_key: ${OPENAI_API_KEY}\n  model: gpt-4o\n',
    before: { '.env': 'DEBUG=1\n', '.gitignore': '.env\n' },
    after: { '.env': `DEBUG=1\nOPENAI_API_KEY=${openai}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
  {
    name: 'shell: expands the variable inside the double-quoted header',
    file: 'scripts/deploy.sh', secret: github, writeEnvExample: false,
    source: `#!/bin/sh\ncurl -H "Authorization: Bearer ${github}" https://api.github.com/user\n`,
    expected: '#!/bin/sh\ncurl -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user\n',
    before: {},
    after: { '.env': `GITHUB_TOKEN=${github}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
];

async function resetWorkspace(): Promise<void> {
  await saveAll();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const f of ROOT_FILES) await remove(f);
  for (const dir of ['src', 'app', 'cmd', 'config', 'scripts']) await remove(dir);
  await vscode.workspace.getConfiguration('secretHygiene').update('writeEnvExample', undefined, vscode.ConfigurationTarget.Workspace);
  await vscode.workspace.getConfiguration('secretHygiene').update('secretReferenceProvider', undefined, vscode.ConfigurationTarget.Workspace);
}

describe('Quick fixes (code actions)', function () {
  this.timeout(60_000);
  let createdRepo = false;

  before(async () => {
    if (!fs.existsSync(abs('.git'))) {
      git('init', '-q');
      createdRepo = true;
    }
    // Activation is triggered by opening a file; the extension must be there.
    assert.ok(vscode.extensions.all.some(e => e.packageJSON?.name === 'secret-hygiene'), 'extension installed');
  });

  after(async () => {
    await resetWorkspace();
    if (createdRepo) fs.rmSync(abs('.git'), { recursive: true, force: true });
  });

  beforeEach(resetWorkspace);

  for (const c of MOVE_CASES) {
    it(`Move to .env — ${c.name}; one undo restores every file`, async () => {
      await setSetting('writeEnvExample', c.writeEnvExample);
      for (const [f, text] of Object.entries(c.before)) await write(f, text);
      await write(c.file, c.source);
      const { editor, diagnostic } = await openWithFinding(c.file, c.secret);

      const action = await actionOfKind(c.file, diagnostic, 'moveToEnv');
      assert.ok(action.isPreferred, 'Move to .env is the preferred fix');
      assert.match(action.title, /^Move .+ to \.env as [A-Z_]+$/);
      await apply(action);
      await saveAll();

      assert.strictEqual(editor.document.getText(), c.expected);
      assert.strictEqual(disk(c.file), c.expected);
      for (const f of ['.env', '.gitignore', '.env.example'] as const) assert.strictEqual(disk(f), c.after[f], `${f} after the fix`);

      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      await saveAll();
      assert.strictEqual(editor.document.getText(), c.source, 'source restored by one undo');
      assert.strictEqual(disk(c.file), c.source);
      for (const f of ['.env', '.gitignore', '.env.example'] as const) assert.strictEqual(disk(f), c.before[f], `${f} restored by the same undo`);
    });
  }

  it('JSON: no broken move to .env (disabled, says why); the secret reference replaces the value in place', async () => {
    const file = 'config/service.json';
    const source = `{\n  "openai": {\n    "apiKey": "${openai}"\n  }\n}\n`;
    await write(file, source);
    const { editor, diagnostic } = await openWithFinding(file, openai);

    const move = await actionOfKind(file, diagnostic, 'moveToEnv');
    assert.ok(move.disabled, 'move to .env is disabled for JSON');
    assert.match(move.disabled.reason, /JSON/);
    assert.strictEqual(move.edit, undefined);

    const reference = await actionOfKind(file, diagnostic, 'secretReference');
    assert.strictEqual(reference.disabled, undefined);
    await apply(reference);
    await saveAll();
    assert.strictEqual(editor.document.getText(),
      '{\n  "openai": {\n    "apiKey": "op://Private/OPENAI_API_KEY/credential"\n  }\n}\n');
    assert.deepStrictEqual(filesContaining(openai), [], 'the raw value is on disk nowhere in the workspace');
    assert.strictEqual(disk('.env'), undefined, 'JSON does not read .env: none is written');
  });

  it('Move to a secret reference: code reads the env var, .env holds the reference, the value is on disk nowhere', async () => {
    await setSetting('secretReferenceProvider', 'vault');
    await setSetting('writeEnvExample', false);
    const file = 'src/config.js';
    const source = `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: "${openai}" });\nmodule.exports = client;\n`;
    await write(file, source);
    const { editor, diagnostic } = await openWithFinding(file, openai);

    const action = await actionOfKind(file, diagnostic, 'secretReference');
    assert.match(action.title, /HashiCorp Vault/);
    assert.strictEqual(action.command?.command, 'secretHygiene.storeSecretInManager');
    assert.ok(!JSON.stringify(action.command.arguments).includes(openai), 'the held value serialises masked');
    await apply(action);
    await saveAll();

    assert.strictEqual(editor.document.getText(),
      `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nmodule.exports = client;\n`);
    assert.strictEqual(disk('.env'), 'OPENAI_API_KEY=vault://secret/data/openai-api-key#value\n');
    assert.strictEqual(disk('.gitignore'), '.env\n');
    assert.deepStrictEqual(filesContaining(openai), [], 'the raw value is on disk nowhere in the workspace');
  });

  it('Ignore this occurrence: adds the comment in the file\'s syntax and the diagnostic disappears', async () => {
    const file = 'scripts/deploy.sh';
    const source = `#!/bin/sh\nexport GH_TOKEN="${github}"\n`;
    await write(file, source);
    const { editor, diagnostic } = await openWithFinding(file, github);
    const action = await actionOfKind(file, diagnostic, 'ignoreComment');
    await apply(action);
    assert.strictEqual(editor.document.getText(), `#!/bin/sh\nexport GH_TOKEN="${github}"  # secret-hygiene:ignore ${diagnosticRule(diagnostic)}\n`);
    await waitFor('the diagnostic to disappear', () => ours(editor.document.uri).length === 0 || undefined);
  });

  it('Ignore this occurrence is not offered in JSON (no comment syntax); baseline is', async () => {
    const file = 'config/service.json';
    await write(file, `{ "token": "${github}" }\n`);
    const { diagnostic } = await openWithFinding(file, github);
    assert.deepStrictEqual(await codeActions(uriOf(file), diagnostic.range, `${KIND}.ignoreComment`), []);
    assert.strictEqual((await codeActions(uriOf(file), diagnostic.range, `${KIND}.baseline`)).length, 1);
  });

  it('Add to baseline: writes the fingerprint (not the value) and the finding is suppressed', async () => {
    const file = 'src/config.js';
    await write(file, `export const token = "${github}";\n`);
    const { editor, diagnostic } = await openWithFinding(file, github);
    const action = await actionOfKind(file, diagnostic, 'baseline');
    assert.match(action.title, new RegExp(`baseline \\(${BASELINE.replace(/\./g, '\\.')}\\)`));
    await apply(action);
    const baseline = JSON.parse(await waitFor('the baseline on disk', () => disk(BASELINE)));
    assert.strictEqual(baseline.version, 1);
    assert.deepStrictEqual(baseline.findings.map((f: { ruleId: string; path: string }) => [f.ruleId, f.path]),
      [[diagnosticRule(diagnostic), 'src/config.js']]);
    assert.deepStrictEqual(filesContaining(github), ['src/config.js'], 'the baseline holds no value');
    await waitFor('the baselined diagnostic to disappear', () => ours(editor.document.uri).length === 0 || undefined);
  });

  it('Add to baseline honours the baseline path of .secrethygiene.json', async () => {
    await write('.secrethygiene.json', JSON.stringify({ baseline: 'config/accepted.json' }));
    const file = 'src/config.js';
    await write(file, `export const token = "${github}";\n`);
    const { diagnostic } = await openWithFinding(file, github);
    await apply(await actionOfKind(file, diagnostic, 'baseline'));
    const written = JSON.parse(await waitFor('config/accepted.json', () => disk('config/accepted.json')));
    assert.strictEqual(written.findings.length, 1);
    assert.strictEqual(disk(BASELINE), undefined);
  });

  it('.env not ignored by git: offers adding it to .gitignore', async () => {
    await write('.env', `OPENAI_API_KEY=${openai}\n`);
    const { diagnostic } = await openWithFinding('.env', openai);
    assert.deepStrictEqual(await codeActions(uriOf('.env'), diagnostic.range, `${KIND}.moveToEnv`), [], 'no move from .env to .env');
    const action = await actionOfKind('.env', diagnostic, 'envFile');
    assert.strictEqual(action.title, 'Add .env to .gitignore');
    await apply(action);
    await saveAll();
    assert.strictEqual(disk('.gitignore'), '.env\n');
  });

  it('.env tracked by git: says it is committed and offers the provider\'s rotate page', async () => {
    await write('.gitignore', '.env\n');
    await write('.env', `OPENAI_API_KEY=${openai}\n`);
    git('add', '-f', '.env');
    try {
      const { diagnostic } = await openWithFinding('.env', openai);
      const rotate = await actionOfKind('.env', diagnostic, 'rotate');
      assert.match(rotate.title, /^\.env is committed to git: rotate this OpenAI project API key \(platform\.openai\.com\)$/);
      assert.strictEqual(rotate.command?.command, 'secretHygiene.openRotateUrl');
      assert.deepStrictEqual(rotate.command.arguments, ['https://platform.openai.com/api-keys']);
      assert.deepStrictEqual(await codeActions(uriOf('.env'), diagnostic.range, `${KIND}.envFile`), [], '.env is already ignored');
    } finally {
      git('rm', '-q', '--cached', '.env');
    }
  });

  it('Rotate this key: offered for source files too, named after the provider', async () => {
    const file = 'src/config.js';
    await write(file, `export const key = "${openai}";\n`);
    const { diagnostic } = await openWithFinding(file, openai);
    const rotate = await actionOfKind(file, diagnostic, 'rotate');
    assert.strictEqual(rotate.title, 'Rotate this OpenAI project API key (platform.openai.com)');
  });
});

function diagnosticRule(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}
