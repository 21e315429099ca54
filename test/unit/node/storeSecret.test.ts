import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { secretStoreInput, storeInvocationFor, type SecretManager, type StoreInvocation } from '../../../src/core/fix';
import { runStoreInvocation, storeArgs } from '../../../src/node/storeSecret';
import { openaiProjectKey, pemBlock, join } from '../../helpers/fakes';

interface Received { args: string[]; stdin: string; files: { path: string; text?: string; mode?: number; dirMode?: number; error?: string }[] }

/**
 * A stand-in for a manager's CLI: records its argv, what came on stdin, and every file its
 * arguments name (`file://…`, `fileb://…`, or after `--file`/`--template`) the way the real
 * CLIs open them; echoes stdin to stdout (the runner must mask it) and exits with the code
 * in `exit-code` next to it.
 */
const STAND_IN = `
const fs = require('fs'), path = require('path');
const here = __dirname, args = process.argv.slice(2), files = [];
args.forEach((a, i) => {
  const p = /^fileb?:\\/\\//.test(a) ? a.replace(/^fileb?:\\/\\//, '') : ['--file', '--template'].includes(args[i - 1]) ? a : undefined;
  if (p === undefined) return;
  try {
    const text = fs.readFileSync(p, 'utf8');
    files.push({ path: p, text, mode: fs.statSync(p).mode & 0o777, dirMode: fs.statSync(path.dirname(p)).mode & 0o777 });
  } catch (e) { files.push({ path: p, error: e.code }); }
});
let stdin = '';
process.stdin.on('data', d => (stdin += d));
process.stdin.on('end', () => {
  fs.writeFileSync(path.join(here, 'received.json'), JSON.stringify({ args, stdin, files }));
  process.stdout.write('stored ' + stdin);
  process.exitCode = Number(fs.readFileSync(path.join(here, 'exit-code'), 'utf8'));
});
`;

const MANAGERS: Exclude<SecretManager, 'custom'>[] = ['1password', 'vault', 'aws', 'azure', 'gcp', 'doppler'];

describe('runStoreInvocation (against a stand-in CLI)', function () {
  let dir: string;
  let cli: string;
  const received = (): Received => JSON.parse(fs.readFileSync(path.join(dir, 'received.json'), 'utf8'));

  before(function () {
    if (process.platform === 'win32') this.skip(); // the stand-in is a #! script
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stand-in-cli-'));
    cli = path.join(dir, 'cli');
    fs.writeFileSync(cli, `#!${process.execPath}\n${STAND_IN}`, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'exit-code'), '0');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const manager of MANAGERS) {
    it(`${manager}: the CLI gets the value the way it reads it, never in argv, and no file is left behind`, async () => {
      for (const value of [openaiProjectKey(), pemBlock(join('OPENSSH PRIVATE', ' KEY'))]) {
        const inv = storeInvocationFor({ manager }, 'OPENAI_API_KEY')!;
        const input = secretStoreInput({ manager }, 'OPENAI_API_KEY', value);
        const result = await runStoreInvocation(cli, inv, input, { redact: [value] });
        assert.strictEqual(result.code, 0, result.output);
        const got = received();
        for (const line of value.split('\n')) assert.ok(!got.args.some(a => a.includes(line)), 'the value reached argv');
        assert.ok(!result.output.includes(value.split('\n')[0]), 'the CLI output was not masked');
        if (inv.input.via === 'stdin') {
          assert.ok(got.stdin === input, 'stdin holds exactly the input');
          assert.deepStrictEqual(got.args, storeArgs(inv));
          assert.deepStrictEqual(got.files, []);
        } else {
          assert.strictEqual(got.stdin, '');
          assert.strictEqual(got.files.length, 1);
          const [file] = got.files;
          assert.strictEqual(file.error, undefined);
          assert.ok(file.text === input, 'the file holds exactly the input');
          assert.strictEqual(file.mode, 0o600, 'readable by the user only');
          assert.strictEqual(file.dirMode, 0o700);
          assert.ok(file.path.startsWith(fs.realpathSync(os.tmpdir())) || file.path.startsWith(os.tmpdir()), 'in the temp dir');
          assert.deepStrictEqual(got.args, storeArgs(inv, file.path));
          assert.ok(!fs.existsSync(path.dirname(file.path)), 'the temporary file and its folder are removed');
        }
      }
    });
  }

  it('removes the temporary file when the CLI fails, and reports its exit code', async () => {
    fs.writeFileSync(path.join(dir, 'exit-code'), '3');
    const result = await runStoreInvocation(cli, storeInvocationFor({ manager: 'aws' }, 'K')!, openaiProjectKey());
    assert.strictEqual(result.code, 3);
    assert.ok(!fs.existsSync(path.dirname(received().files[0].path)));
  });

  it('removes the temporary file when the CLI cannot start', async () => {
    const before = fs.readdirSync(os.tmpdir()).filter(n => n.startsWith('secret-hygiene-')).length;
    const result = await runStoreInvocation(path.join(dir, 'missing'), storeInvocationFor({ manager: 'azure' }, 'K')!, openaiProjectKey());
    assert.strictEqual(result.code, null);
    assert.match(result.output, /ENOENT/);
    assert.strictEqual(fs.readdirSync(os.tmpdir()).filter(n => n.startsWith('secret-hygiene-')).length, before);
  });

  it('runs only an already-resolved absolute path, never a name looked up from the working folder', async () => {
    const result = await runStoreInvocation('cli', storeInvocationFor({ manager: 'vault' }, 'K')!, 'x', { cwd: dir });
    assert.strictEqual(result.code, null);
    assert.match(result.output, /not an absolute path/);
    assert.ok(!fs.existsSync(path.join(dir, 'received.json')));
  });

  it('shows why the old form failed: a CLI reopening /dev/stdin cannot read a piped value', async function () {
    if (process.platform !== 'linux') this.skip();
    // The store command before this change: the value on stdin, the CLI told to read file:///dev/stdin.
    const old: StoreInvocation = { executable: 'aws', args: ['secretsmanager', 'create-secret', '--name', 'K', '--secret-string', 'file:///dev/stdin'], input: { via: 'stdin' } };
    await runStoreInvocation(cli, old, openaiProjectKey());
    assert.strictEqual(received().files[0].error, 'ENXIO'); // errno 6, as the AWS CLI reported
  });
});
