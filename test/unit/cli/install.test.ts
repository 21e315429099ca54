/**
 * The package as other projects get it: `npm pack` of this repository, installed from the
 * tarball into a scratch project (as a dev dependency) and globally (`npm install -g`), then
 * run through `npx` and the global bin, as the README tells a user to. Offline: the tarball has
 * no runtime dependencies to fetch (the CLI is one bundle).
 */

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { assertNoToken, git, repo } from './gitRepo';
import { REPO, writeFiles, type Run } from './run';

/** The environment without npm's per-script variables from an outer `npm test`. */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function run(cmd: string, args: string[], cwd: string, env = npmEnv()): Run {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

function ok(r: Run, what: string): Run {
  assert.strictEqual(r.code, 0, `${what} failed: ${r.stderr.slice(-2000)}`);
  return r;
}

interface PackResult { filename: string; size: number; files: { path: string }[] }

describe('CLI installed from the npm tarball (npm pack → npm install)', function () {
  this.timeout(240_000);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-install-'));
  let tarball = '';
  let packed: PackResult;
  const token = crcToken(join('gh', 'p_'));
  const version = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

  before(() => {
    // The extension bundle exists on a developer's machine; the tarball must leave it out.
    if (!fs.existsSync(path.join(REPO, 'dist', 'extension.js'))) ok(run(process.execPath, ['esbuild.js'], REPO), 'esbuild');
    // `npm pack` runs the `prepare` build first, as a git-URL install does.
    const r = ok(run('npm', ['pack', '--json', '--pack-destination', scratch], REPO), 'npm pack');
    packed = (JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as PackResult[])[0];
    tarball = path.join(scratch, packed.filename);
  });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('holds the CLI bundle and what it reads, nothing from the sources, tests or screenshots', () => {
    const files = packed.files.map(f => f.path);
    for (const needed of ['package.json', 'dist/cli.js', 'README.md', 'LICENSE', 'test/fixtures/demo/workspace/src/server.ts']) {
      assert.ok(files.includes(needed), `${needed} is not in the tarball`);
    }
    // Not the extension bundle either (its own package, the VSIX, has it), even when it is built.
    assert.ok(fs.existsSync(path.join(REPO, 'dist', 'extension.js')), 'build the extension first to make this check mean something');
    const stray = files.filter(f => /^(src|out|bench|scripts|media|test\/(unit|integration|harness|helpers))\/|\.map$|^dist\/extension/.test(f));
    assert.deepStrictEqual(stray, []);
    // The bundle (450 rules, about 1 MB before compression) and the docs: about 400 KB packed; tests and media were 1.5 MB.
    assert.ok(packed.size < 600_000, `tarball is ${packed.size} bytes`);
    // The runtime libraries are bundled into dist/cli.js: installing fetches nothing.
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(pkg.dependencies ?? {}), []);
    assert.ok(!pkg.private, 'a private package cannot be installed from a registry');
  });

  it('as a dev dependency: npx secret-hygiene scans, and its install-hook blocks a commit', () => {
    const project = repo({
      'package.json': JSON.stringify({ name: 'scratch-app', version: '1.0.0', private: true }),
      '.gitignore': 'node_modules/\n',
    });
    ok(run('npm', ['install', '--save-dev', '--offline', tarball], project), 'npm install <tarball>');

    assert.strictEqual(ok(run('npx', ['--no-install', 'secret-hygiene', '--version'], project), 'npx --version').stdout.trim(), version);
    const clean = run('npx', ['--no-install', 'secret-hygiene', 'scan', '.'], project);
    assert.strictEqual(clean.code, 0, clean.stderr);
    assert.match(clean.stdout, /0 findings/);

    writeFiles(project, { 'config.js': `const token = "${token}";\n` });
    const found = run('npx', ['--no-install', 'secret-hygiene', 'scan', '.'], project);
    assert.strictEqual(found.code, 1, found.stderr);
    assert.match(found.stdout, /config\.js/);
    assertNoToken(found, token);

    // The README's hook set-up, verbatim: npx secret-hygiene install-hook, then a blocked commit.
    ok(run('npx', ['secret-hygiene', 'install-hook'], project), 'install-hook');
    git(project, 'add', 'config.js');
    const commit = run('git', ['commit', '-m', 'token'], project);
    assert.strictEqual(commit.code, 1, commit.stderr);
    assert.match(commit.stderr, /Commit blocked by secret-hygiene/);
    assertNoToken(commit, token);
  });

  it('globally: npm install -g puts secret-hygiene on PATH', () => {
    const prefix = path.join(scratch, 'global');
    ok(run('npm', ['install', '-g', '--offline', '--prefix', prefix, tarball], scratch), 'npm install -g');
    const bin = path.join(prefix, 'bin', 'secret-hygiene');
    const dir = fs.mkdtempSync(path.join(scratch, 'ws-'));
    writeFiles(dir, { 'app.py': `TOKEN = "${token}"\n` });
    const found = run(bin, ['scan', dir], scratch);
    assert.strictEqual(found.code, 1, found.stderr);
    assert.match(found.stdout, /app\.py/);
    // The demo workspace ships in the package too.
    const demo = run(bin, ['scan', '--demo'], scratch);
    assert.strictEqual(demo.code, 1, demo.stderr);
    assert.match(demo.stderr, /bundled demo workspace/);
  });

  it('the VS Code package (npm run package\'s script) holds the extension bundle, not the CLI or sources', () => {
    const vsix = path.join(scratch, 'test.vsix');
    ok(run(process.execPath, [path.join(REPO, 'scripts', 'package-vsix.js'), vsix], REPO), 'package-vsix');
    const names = zipEntries(fs.readFileSync(vsix)).filter(n => n.startsWith('extension/')).sort();
    // The README's screenshots too: the extension's details page shows them from the package.
    const images = [...fs.readFileSync(path.join(REPO, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\((media\/[^)\s]+)\)/g)].map(m => `extension/${m[1]}`);
    assert.ok(images.length > 0, 'the README shows a screenshot');
    assert.deepStrictEqual(names, ['extension/LICENSE.txt', 'extension/changelog.md', 'extension/dist/extension.js', 'extension/dist/scanWorker.js',
      'extension/media/icon.png', 'extension/media/shield.svg', 'extension/package.json', 'extension/readme.md', ...images].sort());
  });
});

/** Entry names from a zip's central directory (signature PK\x01\x02; name length at +28, name at +46). */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (let i = zip.indexOf('PK\x01\x02', 0, 'latin1'); i >= 0; i = zip.indexOf('PK\x01\x02', i + 46, 'latin1')) {
    const nameLength = zip.readUInt16LE(i + 28);
    names.push(zip.toString('utf8', i + 46, i + 46 + nameLength));
  }
  return names;
}
