import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { resolveExecutable, splitCommandLine } from '../../../src/node/executable';
import { isInside, resolveInside } from '../../../src/node/workspacePath';

/** A program that would receive the secret: a script file with the execute bit. */
function program(dir: string, name = 'op'): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return file;
}

describe('resolveExecutable: a secret manager CLI the workspace cannot choose', () => {
  let tmp: string;
  let workspace: string;
  let system: string;

  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sh-exe-')));
    workspace = path.join(tmp, 'repo');
    system = path.join(tmp, 'usr', 'bin');
    fs.mkdirSync(workspace, { recursive: true });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const resolve = (pathEnv: string, name = 'op') =>
    resolveExecutable(name, { pathEnv, workspaceFolders: [workspace], platform: 'linux' });

  it('skips PATH entries inside the workspace and finds the one outside', () => {
    program(path.join(workspace, 'node_modules', '.bin'));
    const real = program(system);
    assert.strictEqual(resolve([path.join(workspace, 'node_modules', '.bin'), system].join(':')), real);
  });

  it('skips relative and empty entries (they resolve against the workspace)', () => {
    program(workspace);
    const real = program(system);
    assert.strictEqual(resolve(['.', '', 'bin', system].join(':')), real);
    assert.strictEqual(resolve(['.', ''].join(':')), undefined);
  });

  it('skips a PATH entry that is a symlink to a workspace folder', () => {
    program(path.join(workspace, 'tools'));
    fs.symlinkSync(path.join(workspace, 'tools'), path.join(tmp, 'linked'));
    assert.strictEqual(resolve(path.join(tmp, 'linked')), undefined);
  });

  it('skips a program outside that is a symlink to a file in the workspace', () => {
    const planted = program(path.join(workspace, 'scripts'));
    fs.mkdirSync(system, { recursive: true });
    fs.symlinkSync(planted, path.join(system, 'op'));
    assert.strictEqual(resolve(system), undefined);
  });

  it('skips files without the execute bit and directories', () => {
    fs.mkdirSync(path.join(system, 'op'), { recursive: true });
    const other = path.join(tmp, 'opt');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'op'), 'x', { mode: 0o644 });
    assert.strictEqual(resolve([system, other].join(':')), undefined);
  });

  it('takes bare program names only, never a path', () => {
    program(system);
    assert.strictEqual(resolve(system, './op'), undefined);
    assert.strictEqual(resolve(system, `${system}/op`), undefined);
    assert.strictEqual(resolve(system, '../op'), undefined);
  });

  it('isInside compares whole path segments', () => {
    assert.ok(isInside('/a/repo/bin', ['/a/repo']));
    assert.ok(isInside('/a/repo', ['/a/repo']));
    assert.ok(!isInside('/a/repo-tools/bin', ['/a/repo']));
    assert.ok(isInside('C:\\Repo\\bin', ['c:\\repo'], path.win32));
  });
});

describe('splitCommandLine: store commands as an argument array, no shell', () => {
  it('splits plain and single-quoted words', () => {
    assert.deepStrictEqual(splitCommandLine('op item create --vault Private -'), ['op', 'item', 'create', '--vault', 'Private', '-']);
    assert.deepStrictEqual(splitCommandLine("vault kv put -mount=secret 'my path' value=-"), ['vault', 'kv', 'put', '-mount=secret', 'my path', 'value=-']);
    assert.deepStrictEqual(splitCommandLine("x 'it'\\''s'"), ['x', "it's"]);
  });

  it('refuses anything a shell would interpret', () => {
    for (const cmd of ['op; rm -rf ~', 'op $(id)', 'op `id`', 'op | tee x', 'op > out', 'op "x"', 'op *', "op 'open"]) {
      assert.strictEqual(splitCommandLine(cmd), undefined, cmd);
    }
  });
});

describe('resolveInside: paths from settings and config stay in the workspace', () => {
  let tmp: string;
  let root: string;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sh-inside-')));
    root = path.join(tmp, 'repo');
    fs.mkdirSync(path.join(root, 'config'), { recursive: true });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('accepts files inside, existing or not', () => {
    assert.strictEqual(resolveInside(root, '.env'), path.join(root, '.env'));
    assert.strictEqual(resolveInside(root, 'config/.env.local'), path.join(root, 'config', '.env.local'));
    assert.strictEqual(resolveInside(root, 'new/dir/.env'), path.join(root, 'new', 'dir', '.env'));
    assert.strictEqual(resolveInside(root, path.join(root, '.env')), path.join(root, '.env'));
  });

  it('rejects ../, absolute paths elsewhere and symlinks that lead out', () => {
    assert.strictEqual(resolveInside(root, '../.env'), undefined);
    assert.strictEqual(resolveInside(root, 'config/../../x'), undefined);
    assert.strictEqual(resolveInside(root, '/etc/passwd'), undefined);
    fs.symlinkSync(tmp, path.join(root, 'up'));
    assert.strictEqual(resolveInside(root, 'up/.env'), undefined, 'a folder symlink out');
    fs.writeFileSync(path.join(tmp, 'outside.json'), '{}');
    fs.symlinkSync(path.join(tmp, 'outside.json'), path.join(root, 'baseline.json'));
    assert.strictEqual(resolveInside(root, 'baseline.json'), undefined, 'a file symlink out');
    fs.symlinkSync(path.join(tmp, 'missing'), path.join(root, 'dangling'));
    assert.strictEqual(resolveInside(root, 'dangling'), undefined, 'a dangling symlink');
  });

  it('accepts a symlink that stays inside', () => {
    fs.writeFileSync(path.join(root, 'config', 'real.env'), '');
    fs.symlinkSync(path.join(root, 'config', 'real.env'), path.join(root, '.env'));
    assert.strictEqual(resolveInside(root, '.env'), path.join(root, '.env'));
    assert.strictEqual(resolveInside(root, '.env', { noSymlink: true }), undefined, 'a fix never writes through it');
  });
});
