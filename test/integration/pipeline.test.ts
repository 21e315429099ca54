/**
 * One pipeline for every host, in a real VS Code: the test workspace (with a fixture folder of
 * files users have: a shell start-up file, CR-only line endings, UTF-16, a binary, a finding
 * accepted into the default baseline) is scanned by the extension's "Scan Workspace" and by
 * the built CLI (`dist/cli.js scan --format json`); both must report the same findings (rule,
 * file, line, column). The unit-level twin is test/unit/pipeline.test.ts.
 */

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { DEFAULT_BASELINE_FILE, scanText } from '../../src/core';
import { crcToken, join, randomString } from '../helpers/fakes';
import { disk, remove, revertAndCloseAll, root, write } from './fixHelpers';
import { EXTENSION_ID, extensionApi, writeFile } from './helpers';

const DIR = 'pipeline-fixture';
let seed = 8_100_001;
const gh = () => crcToken(join('gh', 'p_'), seed++);

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
}

interface CliFinding { path: string; ruleId: string; line: number; column: number }

function cliFindings(): string[] {
  const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'scan', root(), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.ok(run.status === 0 || run.status === 1, `the CLI ran: ${run.status} ${run.stderr}`);
  return (JSON.parse(run.stdout) as { findings: CliFinding[] }).findings.filter(f => f.path.startsWith(`${DIR}/`))
    .map(f => `${f.path} ${f.ruleId} ${f.line}:${f.column}`).sort();
}

describe('one pipeline: the workspace scan and the CLI report the same findings', function () {
  this.timeout(180_000);
  let baselineBefore: string | undefined;

  before(() => { baselineBefore = disk(DEFAULT_BASELINE_FILE); });
  after(async () => {
    await remove(DIR);
    if (baselineBefore === undefined) await remove(DEFAULT_BASELINE_FILE);
    else await write(DEFAULT_BASELINE_FILE, baselineBefore);
    const api = await extensionApi();
    await api.scanWorkspace();
    await api.whenIdle();
  });

  it('same rule, file, line and column for every finding', async () => {
    const accepted = `export const legacy = "${gh()}";\n`;
    const [acceptedFinding] = scanText(accepted, { path: `${DIR}/src/accepted.js` });
    const cr = gh();
    const files: Record<string, string | Uint8Array> = {
      [`${DIR}/.bash_profile`]: `export PATH="$HOME/bin:$PATH"\nexport DB_PASSWORD=${randomString(22, undefined, seed++)}\n`,
      [`${DIR}/src/config.js`]: `const token = "${gh()}";\n`,
      [`${DIR}/src/accepted.js`]: accepted,
      [`${DIR}/legacy/mac.py`]: `# settings\rimport os\rAPI = "${cr}"\rprint("ok")\r`,
      [`${DIR}/win/notes-le.txt`]: utf16le(`first line\r\ntoken = "${gh()}"\r\n`),
      [`${DIR}/assets/logo.png`]: `const k = "${gh()}";\n`,
      [`${DIR}/deploy/app.yaml`]: `db:\n  password: "${join('Xq7!vR2', 'pL9#mW4tZ')}"\n  token: ${gh()}\n`,
      [DEFAULT_BASELINE_FILE]: JSON.stringify({ version: 1, findings: [{ fingerprint: acceptedFinding.fingerprint, ruleId: acceptedFinding.ruleId, masked: acceptedFinding.masked }] }),
    };
    for (const [rel, text] of Object.entries(files)) await writeFile(rel, text);
    // Unsaved buffers would stand for their files in the editor: the disk is what both hosts read.
    // Compared in the fixture folder (documents other tests closed may linger in the editor a while).
    await revertAndCloseAll();
    const api = await extensionApi();
    await api.scanWorkspace();
    await api.whenIdle();

    const rootPath = vscode.Uri.file(root()).path;
    const extension = api.findings()
      .filter(f => f.uri.scheme === 'file' && f.uri.path.startsWith(`${rootPath}/${DIR}/`))
      .flatMap(f => f.findings.map(x => `${f.uri.path.slice(rootPath.length + 1)} ${x.ruleId} ${x.range.start.line + 1}:${x.range.start.column + 1}`))
      .sort();
    const cli = cliFindings();

    // What a user expects, whichever host scanned.
    const inFile = (p: string) => cli.filter(k => k.startsWith(`${DIR}/${p} `));
    assert.strictEqual(inFile('.bash_profile').length, 1, `the secret in the shell start-up file: ${inFile('.bash_profile')}`);
    assert.deepStrictEqual(inFile('src/accepted.js'), [], 'the default baseline is honoured');
    assert.deepStrictEqual(inFile('assets/logo.png'), [], 'binary by extension');
    assert.deepStrictEqual(inFile('legacy/mac.py'), [`${DIR}/legacy/mac.py github-pat 3:8`], 'CR-only line endings');
    assert.deepStrictEqual(inFile('win/notes-le.txt'), [`${DIR}/win/notes-le.txt github-pat 2:10`], 'UTF-16 with a BOM');
    assert.ok(cli.length >= 6, `the fixture's findings: ${cli.length}`);

    assert.deepStrictEqual(extension, cli, 'the workspace scan and the CLI agree');

    // Opened in editors, the live scan of each text file stands for it: still the same findings.
    for (const rel of Object.keys(files).filter(r => r.startsWith(DIR) && !r.endsWith('.png'))) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.Uri.file(root()), ...rel.split('/'))), { preview: false });
    }
    await api.whenIdle();
    const live = api.findings()
      .filter(f => f.uri.scheme === 'file' && f.uri.path.startsWith(`${rootPath}/${DIR}/`))
      .flatMap(f => f.findings.map(x => `${f.uri.path.slice(rootPath.length + 1)} ${x.ruleId} ${x.range.start.line + 1}:${x.range.start.column + 1}`))
      .sort();
    assert.deepStrictEqual(live, cli, 'the live scan of the open files and the CLI agree');
    await revertAndCloseAll();
  });
});
