/**
 * Quick fixes in a real VS Code: each fixture is written into the test workspace at run time
 * with fake tokens, the extension's own diagnostic is found, the code actions are requested
 * the way the lightbulb does, one is applied, and the resulting files are compared with what
 * a user must get. Then ONE undo in the source editor must restore every file the fix touched.
 *
 * What one undo does in VS Code 1.100 (observed here, and the reason for the edit order in
 * codeActions.ts): the source and every file that was not open go back to their old text at
 * once, without the "undo across all files?" prompt; files the fix created are deleted from
 * disk. A multi-file fix is saved when applied (`files.refactoring.autoSave`), but undo only
 * restores buffers: the source and `.env` & co. would keep the fix on disk. So the extension
 * saves each file the fix saved once undo brings it back to its pre-fix text (fixCommands.ts,
 * UndoSaver): after one undo every touched file is, in its buffer AND on disk, as before.
 * The tests run with desktop VS Code's `files.autoSave: off` (the web workbench of the harness
 * defaults to `afterDelay`, which would hide all this).
 *
 * Test output never shows a fake token: texts are compared with the tokens replaced by names.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { anthropicKey, crcToken, join, openaiProjectKey } from '../helpers/fakes';
import {
  abs, actionOfKind, apply, applyFromLightbulb, codeActions, disk, documentOf, git, openWithFinding, remove, RESOLVE_ALL, root, saveAll, uriOf, useFixSuite, write,
} from './fixHelpers';
import { extensionApi, ours, setSetting, waitFor } from './helpers';

const BASELINE = '.secrethygiene-baseline.json';
const KIND_PREFIX = 'quickfix.secretHygiene';
/** Every fixture source lives here; removed after each test. */
const DIR = 'quickfix-fixtures';

/** Workspace-root files the fixes read or write: saved before the suite, restored after it. */
const ROOT_FILES = ['.env', '.env.local', '.gitignore', '.env.example', BASELINE, '.secrethygiene.json'] as const;
type RootFile = '.env' | '.gitignore' | '.env.example';

const openai = openaiProjectKey(4101);
const github = crcToken(join('gh', 'p_'), 4102);
const anthropic = anthropicKey('api03', 4103);
const FAKES: [string, string][] = [[openai, '<openai-key>'], [github, '<github-token>'], [anthropic, '<anthropic-key>']];

/** The text with every fake token replaced by a name, for assertions and their messages. */
function redact(text: string | undefined): string | undefined {
  return text === undefined ? undefined : FAKES.reduce((t, [token, name]) => t.split(token).join(name), text);
}

function same(actual: string | undefined, expected: string | undefined, message: string): void {
  assert.strictEqual(redact(actual), redact(expected), message);
}

/** Buffer and disk state of files, redacted, for failure messages. */
function stateOf(files: string[]): string {
  return JSON.stringify(files.map(f => ({ f, buffer: redact(documentOf(f)?.getText()), dirty: documentOf(f)?.isDirty, disk: redact(disk(f)) })));
}

/** Each file's text before a fix (undefined: absent); each must be saved, buffer = disk. */
function snapshot(files: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const f of files) {
    assert.ok(!documentOf(f)?.isDirty, `${f} has no unsaved changes before the fix`);
    out[f] = disk(f);
  }
  return out;
}

/** The file is as in `before`: on disk, and in any buffer VS Code holds (no unsaved change left). */
function isRestored(f: string, text: string | undefined): boolean {
  if (disk(f) !== text) return false;
  const doc = documentOf(f);
  if (!doc) return true;
  // A file the fix created is deleted again; VS Code may keep an empty buffer of it a while.
  return !doc.isDirty && doc.getText() === (text ?? '');
}

/** Ctrl+Z once, in the source editor. */
async function undoOnce(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
}

async function waitForRestored(before: Record<string, string | undefined>): Promise<void> {
  const files = Object.keys(before);
  await waitFor('one undo to restore every touched file, in its buffer and on disk',
    () => files.every(f => isRestored(f, before[f])), 20_000)
    .catch(e => { throw new Error(`${e.message}: ${stateOf(files)}`); });
}

/** Every file under the workspace (but .git) whose bytes contain `needle`. */
function filesContaining(needle: string): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(p);
      } else if (fs.readFileSync(p).includes(needle)) hits.push(path.relative(root(), p).split(path.sep).join('/'));
    }
  };
  walk(root());
  return hits;
}


interface MoveCase {
  name: string;
  file: string;
  secret: string;
  source: string;
  expected: string;
  /**
   * Folder of the env file (setting `secretHygiene.envFile`), '' for the default `.env`.
   * Each case that creates an env file gets a folder of its own: VS Code keeps buffers of
   * deleted files, and re-creating a file while one exists cuts the fix's undo short
   * (see toWorkspaceEdit in codeActions.ts), which no user flow here would do.
   */
  envDir: string;
  /** `.env`, `.gitignore`, `.env.example` before the fix (absent: the file does not exist). */
  before: Partial<Record<RootFile, string>>;
  after: Record<RootFile, string | undefined>;
  writeEnvExample: boolean;
}

const MOVE_CASES: MoveCase[] = [
  {
    name: 'JavaScript: creates .env and .gitignore in a git repo',
    file: `${DIR}/config.js`, secret: openai, writeEnvExample: false, envDir: '',
    source: `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: "${openai}" });\nmodule.exports = client;\n`,
    expected: `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nmodule.exports = client;\n`,
    before: {},
    after: { '.env': `OPENAI_API_KEY=${openai}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
  {
    name: 'TypeScript: appends to existing .env, .gitignore and .env.example',
    file: `${DIR}/client.ts`, secret: openai, writeEnvExample: false, envDir: '',
    source: `import OpenAI from 'openai';\n\nexport const client = new OpenAI({ apiKey: '${openai}' });\n`,
    // `!`: process.env.X is `string | undefined`, where strict TypeScript wanted the literal's `string`.
    expected: `import OpenAI from 'openai';\n\nexport const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY! });\n`,
    before: { '.env': 'PORT=3000', '.gitignore': 'node_modules/\n', '.env.example': 'PORT=\n' },
    after: {
      '.env': `PORT=3000\nOPENAI_API_KEY=${openai}\n`, '.gitignore': 'node_modules/\n.env\n', '.env.example': 'PORT=\nOPENAI_API_KEY=\n',
    },
  },
  {
    name: 'Python: adds import os; .env already ignored; writeEnvExample creates .env.example',
    file: `${DIR}/settings.py`, secret: anthropic, writeEnvExample: true, envDir: `${DIR}/py`,
    source: `"""Settings."""\nimport sys\n\nANTHROPIC_KEY = "${anthropic}"\n`,
    expected: `"""Settings."""\nimport os\nimport sys\n\nANTHROPIC_KEY = os.environ["ANTHROPIC_KEY"]\n`,
    before: { '.gitignore': '*.pyc\n.env\n' },
    after: { '.env': `ANTHROPIC_KEY=${anthropic}\n`, '.gitignore': '*.pyc\n.env\n', '.env.example': 'ANTHROPIC_KEY=\n' },
  },
  {
    name: 'Python, Windows line endings: import os (with a comment) is there already, none is added',
    file: `${DIR}/crlf.py`, secret: anthropic, writeEnvExample: false, envDir: `${DIR}/crlf`,
    source: `import os  # noqa: F401\r\nimport sys\r\n\r\nANTHROPIC_KEY = "${anthropic}"\r\n`,
    expected: 'import os  # noqa: F401\r\nimport sys\r\n\r\nANTHROPIC_KEY = os.environ["ANTHROPIC_KEY"]\r\n',
    before: { '.gitignore': '.env\n' },
    after: { '.env': `ANTHROPIC_KEY=${anthropic}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
  {
    name: 'Python, Windows line endings: the added import os ends in CRLF too',
    file: `${DIR}/crlf2.py`, secret: anthropic, writeEnvExample: false, envDir: `${DIR}/crlf2`,
    source: `import sys\r\n\r\nANTHROPIC_KEY = "${anthropic}"\r\n`,
    expected: 'import os\r\nimport sys\r\n\r\nANTHROPIC_KEY = os.environ["ANTHROPIC_KEY"]\r\n',
    before: { '.gitignore': '.env\n' },
    after: { '.env': `ANTHROPIC_KEY=${anthropic}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
  {
    name: 'Go: adds "os" to the import block',
    file: `${DIR}/main.go`, secret: github, writeEnvExample: false, envDir: `${DIR}/go`,
    source: `package main\n\nimport (\n\t"fmt"\n)\n\nvar token = "${github}"\n\nfunc main() { fmt.Println(len(token)) }\n`,
    expected: `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar token = os.Getenv("GITHUB_TOKEN")\n\nfunc main() { fmt.Println(len(token)) }\n`,
    before: { '.gitignore': '/bin\n' },
    after: { '.env': `GITHUB_TOKEN=${github}\n`, '.gitignore': '/bin\n.env\n', '.env.example': undefined },
  },
  {
    name: 'YAML config: interpolates ${NAME}',
    file: `${DIR}/app.yaml`, secret: openai, writeEnvExample: false, envDir: '',
    source: `openai:\n  api_key: ${openai}\n  model: gpt-4o\n`,
    expected: 'openai:\n  api_key: ${OPENAI_API_KEY}\n  model: gpt-4o\n',
    before: { '.env': 'DEBUG=1\n', '.gitignore': '.env\n' },
    after: { '.env': `DEBUG=1\nOPENAI_API_KEY=${openai}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
  {
    name: 'shell: expands the variable inside the double-quoted header',
    file: `${DIR}/deploy.sh`, secret: github, writeEnvExample: false, envDir: `${DIR}/sh`,
    source: `#!/bin/sh\ncurl -H "Authorization: Bearer ${github}" https://api.github.com/user\n`,
    expected: '#!/bin/sh\ncurl -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user\n',
    before: { '.gitignore': '# build output\n/dist' },
    after: { '.env': `GITHUB_TOKEN=${github}\n`, '.gitignore': '# build output\n/dist\n.env\n', '.env.example': undefined },
  },
  {
    name: 'Go: .env present and closed; creates .gitignore',
    file: `${DIR}/cmd/main.go`, secret: github, writeEnvExample: false, envDir: '',
    source: `package main\n\nimport "os"\n\nvar token = "${github}"\n\nfunc main() { _ = os.Args; _ = token }\n`,
    expected: 'package main\n\nimport "os"\n\nvar token = os.Getenv("GITHUB_TOKEN")\n\nfunc main() { _ = os.Args; _ = token }\n',
    before: { '.env': 'PORT=8080\n' },
    after: { '.env': `PORT=8080\nGITHUB_TOKEN=${github}\n`, '.gitignore': '.env\n', '.env.example': undefined },
  },
  {
    name: 'TSX: .env and .gitignore present and closed',
    file: `${DIR}/Chat.tsx`, secret: openai, writeEnvExample: false, envDir: '',
    source: `export default function Chat() {\n  const key = "${openai}";\n  return <div data-n={key.length} />;\n}\n`,
    expected: 'export default function Chat() {\n  const key = process.env.OPENAI_API_KEY!;\n  return <div data-n={key.length} />;\n}\n',
    before: { '.env': 'SITE_NAME=demo\n', '.gitignore': 'node_modules\n' },
    after: { '.env': `SITE_NAME=demo\nOPENAI_API_KEY=${openai}\n`, '.gitignore': 'node_modules\n.env\n', '.env.example': undefined },
  },
];

const ENV_FILES: RootFile[] = ['.env', '.gitignore', '.env.example'];

/** Where a case's `.env`/`.env.example` live (beside each other); `.gitignore` is the root's. */
function locate(c: MoveCase, f: RootFile): string {
  return f === '.gitignore' || !c.envDir ? f : `${c.envDir}/${f}`;
}

describe('Quick fixes (code actions)', function () {
  this.timeout(120_000);
  useFixSuite({ dir: DIR, rootFiles: ROOT_FILES, git: true, settings: ['writeEnvExample', 'secretReferenceProvider', 'envFile'] });
  // Undo across files races VS Code's own saves and its buffers of files an earlier test deleted
  // (a fresh file of the same name cuts undo short, see toWorkspaceEdit): on a loaded 2-core
  // machine a test can lose that race. Each retry starts from a clean folder (beforeEach).
  this.retries(2);

  for (const c of MOVE_CASES) {
    it(`Move to .env — ${c.name}; one undo restores every file`, async () => {
      await setSetting('writeEnvExample', c.writeEnvExample);
      const envFile = locate(c, '.env');
      if (c.envDir) await setSetting('envFile', envFile);
      const files = ENV_FILES.map(f => locate(c, f));
      for (const [f, text] of Object.entries(c.before)) await write(locate(c, f as RootFile), text);
      await write(c.file, c.source);
      const { editor, diagnostic } = await openWithFinding(c.file, c.secret);

      const action = await actionOfKind(c.file, diagnostic, 'moveToEnv');
      assert.ok(action.isPreferred, 'Move to .env is the preferred fix');
      assert.match(action.title, new RegExp(`^Move .+ to ${envFile.replace(/\./g, '\\.')} as [A-Z_]+$`));
      const touched = [c.file, ...files];
      const before = snapshot(touched);
      // As a user does it: the lightbulb's fix (saved by files.refactoring.autoSave), then Ctrl+Z once.
      const applied = () => disk(c.file) === c.expected && !editor.document.isDirty && ENV_FILES.every(f => disk(locate(c, f)) === c.after[f]);
      await applyFromLightbulb(editor, diagnostic, 'moveToEnv', applied).catch(e => { throw new Error(`${e.message}: ${stateOf(touched)}`); });
      same(editor.document.getText(), c.expected, 'source in the editor after the fix');

      if (c.before['.env'] === undefined && process.platform !== 'win32') {
        await waitFor('a new env file readable by its owner only', () => (fs.statSync(abs(envFile)).mode & 0o777) === 0o600);
      }

      await undoOnce(editor);
      await waitForRestored(before);
    });
  }

  it('The lightbulb lists fixes without their edits; the edit is computed when the fix is resolved', async () => {
    const file = `${DIR}/lazy.js`;
    await write(file, `const key = "${openai}";\n`);
    const { diagnostic } = await openWithFinding(file, openai);
    const listed = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uriOf(file), diagnostic.range, `${KIND_PREFIX}.moveToEnv`);
    assert.deepStrictEqual(listed.map(a => [a.title, !!a.edit]), [['Move OpenAI project API key to .env as OPENAI_API_KEY', false]]);
    const resolved = await actionOfKind(file, diagnostic, 'moveToEnv');
    assert.ok(resolved.edit, 'the resolved fix carries its edit');
    assert.deepStrictEqual(resolved.edit.entries().map(([uri]) => path.basename(uri.fsPath)).sort(), ['.env', '.gitignore', 'lazy.js']);
  });

  it('JSON: no move to .env (JSON cannot read it); the secret reference replaces the value in place', async () => {
    const file = `${DIR}/service.json`;
    const source = `{\n  "openai": {\n    "apiKey": "${openai}"\n  }\n}\n`;
    await write(file, source);
    const { editor, diagnostic } = await openWithFinding(file, openai);

    // The lightbulb lists it greyed out with the reason; the command API returns enabled actions only.
    assert.deepStrictEqual((await codeActions(file, diagnostic.range, 'moveToEnv')).map(a => a.title), []);
    const reference = await actionOfKind(file, diagnostic, 'secretReference');
    assert.strictEqual(reference.title, 'Replace OpenAI project API key with a 1Password reference: JSON cannot read .env');
    await apply(reference);
    await saveAll();
    same(editor.document.getText(), '{\n  "openai": {\n    "apiKey": "op://Private/OPENAI_API_KEY/credential"\n  }\n}\n', 'JSON after the fix');
    assert.deepStrictEqual(filesContaining(openai), [], 'the raw value is on disk nowhere in the workspace');
    assert.strictEqual(disk('.env'), undefined, 'JSON does not read .env: none is written');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo', () => editor.document.getText() === source);
  });

  it('Secret reference in JSON: the secret manager is handed the decoded value, not its JSON escapes', async () => {
    const file = `${DIR}/db.json`;
    const decoded = join('Xq7"vR2', 'pL9#mW4tZ-k8');
    await write(file, `${JSON.stringify({ db: { password: decoded } }, null, 2)}\n`);
    const { diagnostic } = await openWithFinding(file, JSON.stringify(decoded).slice(1, -1));
    const reference = await actionOfKind(file, diagnostic, 'secretReference');
    const args = reference.command?.arguments?.[0] as { next?: vscode.Command };
    assert.strictEqual(args.next?.command, 'secretHygiene.storeSecretInManager');
    const held = args.next.arguments?.[0] as { peek(): string | undefined };
    assert.ok(held.peek() === decoded, 'the held value is the decoded password');
    assert.match(reference.title, /JSON cannot read \.env$/);
  });

  it('Move to a secret reference: code reads the env var, .env leaves it to Vault Agent, the value is on disk nowhere', async () => {
    await setSetting('secretReferenceProvider', 'vault');
    await setSetting('writeEnvExample', false);
    const file = `${DIR}/config.js`;
    const source = `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: "${openai}" });\nmodule.exports = client;\n`;
    await write(file, source);
    const { editor, diagnostic } = await openWithFinding(file, openai);

    const action = await actionOfKind(file, diagnostic, 'secretReference');
    assert.strictEqual(action.title, 'Move OpenAI project API key to HashiCorp Vault, referenced from .env as OPENAI_API_KEY');
    assert.match(JSON.stringify(action.command), /secretHygiene\.storeSecretInManager/, 'offers storing the key after the edit');
    assert.ok(!JSON.stringify(action.command).includes(openai), 'the held value serialises masked');
    await apply(action);
    await saveAll();

    same(editor.document.getText(),
      `const OpenAI = require('openai');\n\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nmodule.exports = client;\n`, 'source');
    // Vault Agent sets the variable; a reference in .env would reach the program as a literal.
    assert.strictEqual(disk('.env'), '# OPENAI_API_KEY comes from HashiCorp Vault when the program runs (empty here so nothing overrides it)\nOPENAI_API_KEY=\n');
    assert.strictEqual(disk('.gitignore'), '.env\n');
    assert.deepStrictEqual(filesContaining(openai), [], 'the raw value is on disk nowhere in the workspace');
  });

  it('Move to a secret reference, .env present and closed: one undo restores every file, buffer and disk', async () => {
    await setSetting('secretReferenceProvider', 'vault');
    const file = `${DIR}/client.py`;
    const source = `import os\n\nOPENAI_KEY = "${openai}"\n`;
    await write('.env', 'DEBUG=1\n');
    await write('.gitignore', '.env\n');
    await write(file, source);
    const { editor, diagnostic } = await openWithFinding(file, openai);
    const before = snapshot([file, '.env', '.gitignore', '.env.example']);
    await applyFromLightbulb(editor, diagnostic, 'secretReference',
      () => /comes from HashiCorp Vault/.test(disk('.env') ?? '') && disk(file) !== source && !editor.document.isDirty);
    await undoOnce(editor);
    await waitForRestored(before);
  });

  it('.env not ignored: Add .env to .gitignore; one undo in .env restores .gitignore, buffer and disk', async () => {
    await write('.gitignore', 'node_modules\n');
    await write('.env', `OPENAI_API_KEY=${openai}\n`);
    const { editor, diagnostic } = await openWithFinding('.env', openai);
    const before = snapshot(['.env', '.gitignore']);
    await applyFromLightbulb(editor, diagnostic, 'envFile', () => disk('.gitignore') === 'node_modules\n.env\n')
      .catch(e => { throw new Error(`${e.message}: ${stateOf(['.env', '.gitignore'])}`); });
    // The one file the fix changed is shown (where Ctrl+Z reverts it) and saved.
    const shown = await waitFor('.gitignore in the active editor', () =>
      vscode.window.activeTextEditor?.document.uri.fsPath === abs('.gitignore') && vscode.window.activeTextEditor);
    await undoOnce(shown);
    await waitForRestored(before);
  });

  it('Add to baseline: the baseline is shown; one undo there removes it again', async () => {
    const file = `${DIR}/config.js`;
    await write(file, `export const token = "${github}";\n`);
    const { editor, diagnostic } = await openWithFinding(file, github);
    const before = snapshot([file, BASELINE]);
    await applyFromLightbulb(editor, diagnostic, 'baseline', () => disk(BASELINE) !== undefined);
    const shown = await waitFor('the baseline in the active editor', () =>
      vscode.window.activeTextEditor?.document.uri.fsPath === abs(BASELINE) && vscode.window.activeTextEditor);
    await undoOnce(shown);
    await waitForRestored(before);
  });

  it('.env tracked by git: Move to .env is refused, the key goes to an untracked .env.local (0600) instead', async () => {
    await write('.gitignore', '.env\n');
    await write('.env', 'PORT=3000\n');
    git('add', '-f', '.env');
    try {
      const file = `${DIR}/tracked.js`;
      const source = `const client = new OpenAI({ apiKey: "${openai}" });\n`;
      await write(file, source);
      const { editor, diagnostic } = await openWithFinding(file, openai);
      const action = await actionOfKind(file, diagnostic, 'moveToEnv');
      assert.strictEqual(action.title, 'Move OpenAI project API key to .env.local as OPENAI_API_KEY (.env is tracked by git)');
      await applyFromLightbulb(editor, diagnostic, 'moveToEnv', () => !!disk('.env.local')?.endsWith('\n') && !editor.document.isDirty);
      same(disk('.env.local'), `OPENAI_API_KEY=${openai}\n`, '.env.local holds the key');
      assert.strictEqual(disk('.env'), 'PORT=3000\n', 'the tracked .env is untouched');
      assert.strictEqual(disk('.gitignore'), '.env\n.env.local\n', '.env.local is ignored');
      if (process.platform !== 'win32') await waitFor('.env.local readable by its owner only', () => (fs.statSync(abs('.env.local')).mode & 0o777) === 0o600);
    } finally {
      git('rm', '-q', '--cached', '.env');
      await remove('.env.local');
    }
  });

  it('Notebook code cell: Move to .env works in the cell; the Findings view lists the notebook once', async () => {
    const file = `${DIR}/demo.ipynb`;
    const notebook = {
      cells: [{ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: [`client = OpenAI(api_key="${openai}")`] }],
      metadata: { language_info: { name: 'python' } }, nbformat: 4, nbformat_minor: 5,
    };
    await write(file, JSON.stringify(notebook));
    const api = await extensionApi();
    await api.scanWorkspace();
    const nb = await vscode.workspace.openNotebookDocument(uriOf(file));
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(0).document;
    const diagnostic = await waitFor('a diagnostic in the cell', () => ours(cell.uri).find(d => cell.getText(d.range) === openai), 30_000);
    await api.whenIdle();
    const rows = api.treeChildren().filter(n => n.kind === 'file' && n.uri.path.endsWith('/demo.ipynb'));
    assert.strictEqual(rows.length, 1, `the notebook is listed once: ${rows.map(r => r.kind === 'file' && r.uri.toString()).join(', ')}`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', cell.uri, diagnostic.range, `${KIND_PREFIX}.moveToEnv`, RESOLVE_ALL);
    assert.strictEqual(actions.length, 1, 'Move to .env is offered in a notebook cell');
    await apply(actions[0]);
    await waitFor('the cell reads the env var', () => cell.getText().includes('os.environ["OPENAI_API_KEY"]'));
    same(await waitFor('.env', () => disk('.env')), `OPENAI_API_KEY=${openai}\n`, '.env holds the key');
    await nb.save(); // closing a dirty notebook would prompt
  });

  it('envFile leading outside the workspace: no Move to .env', async () => {
    await setSetting('envFile', '../outside.env');
    const file = `${DIR}/outside.js`;
    await write(file, `const key = "${openai}";\n`);
    const { diagnostic } = await openWithFinding(file, openai);
    // Offered greyed out with the reason; the command API lists enabled actions only.
    assert.deepStrictEqual((await codeActions(file, diagnostic.range, 'moveToEnv')).map(a => a.title), []);
    assert.deepStrictEqual((await codeActions(file, diagnostic.range, 'secretReference')).map(a => a.title), []);
  });

  it('build output (dist/) and minified files: no rewrite is offered, the baseline still is', async () => {
    for (const file of [`${DIR}/dist/client.js`, `${DIR}/public/sdk.min.js`]) {
      await write(file, `var c=new OpenAI({apiKey:"${openai}"});\n`);
      const { diagnostic } = await openWithFinding(file, openai);
      // Offered greyed out with core's reason (generatedCodeReason); the command API lists enabled actions only.
      assert.deepStrictEqual((await codeActions(file, diagnostic.range, 'moveToEnv')).map(a => a.title), [], file);
      assert.deepStrictEqual((await codeActions(file, diagnostic.range, 'secretReference')).map(a => a.title), [], file);
      assert.strictEqual((await codeActions(file, diagnostic.range, 'baseline')).length, 1, `${file}: Add to baseline`);
    }
  });

  it('custom reference template without a placeholder: the action is withheld and a warning names the setting, once', async () => {
    await setSetting('secretReferenceProvider', 'custom');
    await setSetting('customReferenceTemplate', 'sm://team/openai');
    try {
      const file = `${DIR}/template.js`;
      await write(file, `const key = "${openai}";\n`);
      const { diagnostic } = await openWithFinding(file, openai);
      const api = await extensionApi();
      const before = api.settingWarnings().length;
      assert.deepStrictEqual((await codeActions(file, diagnostic.range, 'secretReference')).map(a => a.title), []);
      await codeActions(file, diagnostic.range, 'secretReference');
      const shown = api.settingWarnings().slice(before);
      assert.strictEqual(shown.length, 1, `one warning for two lightbulb requests: ${JSON.stringify(shown)}`);
      assert.match(shown[0], /secretHygiene\.customReferenceTemplate has no placeholder for the secret's name/);
    } finally {
      await setSetting('customReferenceTemplate', undefined);
    }
  });

  it('Ignore this occurrence: adds the comment in the file\'s syntax and the diagnostic disappears', async () => {
    const file = `${DIR}/deploy.sh`;
    await write(file, `#!/bin/sh\nexport GH_TOKEN="${github}"\n`);
    const { editor, diagnostic } = await openWithFinding(file, github);
    const action = await actionOfKind(file, diagnostic, 'ignoreComment');
    await apply(action);
    same(editor.document.getText(), `#!/bin/sh\nexport GH_TOKEN="${github}"  # secret-hygiene:ignore github-pat\n`, 'shell with comment');
    await waitFor('the diagnostic to disappear', () => ours(editor.document.uri).length === 0);
  });

  it('Ignore this occurrence is not offered in JSON (no comment syntax); the baseline is', async () => {
    const file = `${DIR}/service.json`;
    await write(file, `{ "token": "${github}" }\n`);
    const { diagnostic } = await openWithFinding(file, github);
    assert.deepStrictEqual(await codeActions(file, diagnostic.range, 'ignoreComment'), []);
    assert.strictEqual((await codeActions(file, diagnostic.range, 'baseline')).length, 1);
  });

  it('Add to baseline: writes the fingerprint (not the value) and the finding is suppressed', async () => {
    const file = `${DIR}/config.js`;
    await write(file, `export const token = "${github}";\n`);
    const { editor, diagnostic } = await openWithFinding(file, github);
    const action = await actionOfKind(file, diagnostic, 'baseline');
    assert.strictEqual(action.title, `Add this GitHub personal access token (classic) to the baseline (${BASELINE})`);
    await apply(action);
    const baseline = JSON.parse(await waitFor('the baseline on disk', () => disk(BASELINE)));
    assert.strictEqual(baseline.version, 2); // fingerprints of the masked form (docs/fingerprints.md)
    assert.deepStrictEqual(baseline.findings.map((f: { ruleId: string; path: string }) => [f.ruleId, f.path]),
      [['github-pat', file]]);
    assert.deepStrictEqual(filesContaining(github), [file], 'the baseline holds no value');
    await waitFor('the baselined diagnostic to disappear', () => ours(editor.document.uri).length === 0);
  });

  it('Add to baseline honours the baseline path of .secrethygiene.json', async () => {
    await write('.secrethygiene.json', JSON.stringify({ baseline: `${DIR}/accepted.json` }));
    const file = `${DIR}/config.js`;
    await write(file, `export const token = "${github}";\n`);
    const { editor, diagnostic } = await openWithFinding(file, github);
    await apply(await actionOfKind(file, diagnostic, 'baseline'));
    const written = JSON.parse(await waitFor('the configured baseline', () => disk(`${DIR}/accepted.json`)));
    assert.deepStrictEqual(written.findings.map((f: { ruleId: string }) => f.ruleId), ['github-pat']);
    assert.strictEqual(disk(BASELINE), undefined);
    await waitFor('the baselined diagnostic to disappear', () => ours(editor.document.uri).length === 0);
  });

  it('.env not ignored by git: offers adding it to .gitignore, not moving it to itself', async () => {
    await write('.env', `OPENAI_API_KEY=${openai}\n`);
    const { diagnostic } = await openWithFinding('.env', openai);
    assert.deepStrictEqual(await codeActions('.env', diagnostic.range, 'moveToEnv'), []);
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
      assert.strictEqual(rotate.title, '.env is committed to git: rotate this OpenAI project API key (platform.openai.com)');
      assert.ok(rotate.isPreferred);
      assert.strictEqual(rotate.command?.command, 'secretHygiene.openRotateUrl');
      assert.deepStrictEqual(rotate.command.arguments, ['https://platform.openai.com/api-keys']);
      assert.deepStrictEqual(await codeActions('.env', diagnostic.range, 'envFile'), [], '.env is already ignored');
    } finally {
      git('rm', '-q', '--cached', '.env');
    }
  });

  it('Rotate this key: offered in source files too, named after the provider', async () => {
    const file = `${DIR}/config.js`;
    await write(file, `export const key = "${openai}";\n`);
    const { diagnostic } = await openWithFinding(file, openai);
    const rotate = await actionOfKind(file, diagnostic, 'rotate');
    assert.strictEqual(rotate.title, 'Rotate this OpenAI project API key (platform.openai.com)');
    assert.ok(!rotate.isPreferred, 'in a source file, moving the key is the preferred fix');
  });
});
