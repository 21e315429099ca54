/**
 * `install-hook`: a real pre-commit hook in a real repository, exercised by real `git commit`s.
 */

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { assertNoToken, commit, git, repo } from './gitRepo';
import { CLI, ensureBuilt, removeWorkspaces, runCli, writeFiles, type Run } from './run';

/** `git commit` WITH hooks (the `commit` helper skips them). */
function gitCommit(dir: string, message: string): Run {
  const r = spawnSync('git', ['commit', '-m', message], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI install-hook (real git commits)', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  const token = crcToken(join('gh', 'p_'));

  it('writes an executable hook that blocks a commit adding a token and lets a clean one through', () => {
    const dir = repo();
    const base = commit(dir, 'base', { 'README.md': '# app\n' });
    const install = runCli(['install-hook'], { cwd: dir });
    assert.strictEqual(install.code, 0, install.stderr);
    const hook = path.join(dir, '.git', 'hooks', 'pre-commit');
    assert.ok(fs.statSync(hook).mode & 0o100, 'hook is not executable');
    assert.match(install.stdout, /--no-verify/);

    writeFiles(dir, { 'config.js': `const token = "${token}";\n` });
    git(dir, 'add', 'config.js');
    const blocked = gitCommit(dir, 'add token');
    assert.notStrictEqual(blocked.code, 0, 'the commit went through');
    assert.strictEqual(git(dir, 'rev-parse', 'HEAD'), base);
    assert.match(blocked.stderr + blocked.stdout, /config\.js/);
    assert.match(blocked.stderr, /git commit --no-verify/);
    assert.match(blocked.stderr, /secret-hygiene:ignore|allowlist/);
    assertNoToken(blocked, token);

    git(dir, 'rm', '-q', '--cached', 'config.js');
    writeFiles(dir, { 'app.js': 'const token = process.env.GITHUB_TOKEN;\n' });
    git(dir, 'add', 'app.js');
    const clean = gitCommit(dir, 'clean');
    assert.strictEqual(clean.code, 0, clean.stderr);
    assert.notStrictEqual(git(dir, 'rev-parse', 'HEAD'), base);
  });

  it('does not clobber a foreign hook; --force chains it (it runs after the scan) and uninstall puts it back', () => {
    const dir = repo();
    commit(dir, 'base', { 'README.md': '# app\n' });
    const hook = path.join(dir, '.git', 'hooks', 'pre-commit');
    const ran = path.join(dir, 'foreign-ran');
    // A foreign hook that records each run and blocks commits of files named *.blocked.
    const foreign = `#!/bin/sh\necho ran >> '${ran}'\ngit diff --cached --name-only | grep -q '\\.blocked$' && exit 3\nexit 0\n`;
    fs.mkdirSync(path.dirname(hook), { recursive: true });
    fs.writeFileSync(hook, foreign, { mode: 0o755 });
    const refused = runCli(['install-hook'], { cwd: dir });
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /not written by secret-hygiene/);
    assert.strictEqual(fs.readFileSync(hook, 'utf8'), foreign);

    const forced = runCli(['install-hook', '--force'], { cwd: dir });
    assert.strictEqual(forced.code, 0, forced.stderr);
    const moved = /Moved the existing hook to (.+?);/.exec(forced.stdout)?.[1];
    assert.ok(moved && fs.readFileSync(moved, 'utf8') === foreign, 'the old hook was not kept');
    // Reinstalling over our own hook needs no --force and keeps the chain.
    assert.strictEqual(runCli(['install-hook'], { cwd: dir }).code, 0);

    writeFiles(dir, { 'a.js': 'export const a = 1;\n' });
    git(dir, 'add', 'a.js');
    assert.strictEqual(gitCommit(dir, 'clean').code, 0);
    assert.strictEqual(fs.readFileSync(ran, 'utf8'), 'ran\n', 'the chained hook did not run');
    writeFiles(dir, { 'x.blocked': 'nothing secret\n' });
    git(dir, 'add', 'x.blocked');
    // git reports any failing hook as exit 1: the commit must not go through.
    const head = git(dir, 'rev-parse', 'HEAD');
    assert.strictEqual(gitCommit(dir, 'their hook says no').code, 1, 'the chained hook\'s verdict was lost');
    assert.strictEqual(git(dir, 'rev-parse', 'HEAD'), head);
    git(dir, 'rm', '-q', '--cached', 'x.blocked');
    writeFiles(dir, { 'k.js': `k("${token}");\n` });
    git(dir, 'add', 'k.js');
    assert.strictEqual(gitCommit(dir, 'token').code, 1);
    assert.strictEqual(fs.readFileSync(ran, 'utf8'), 'ran\nran\n', 'the chained hook ran although the scan blocked');
    assert.strictEqual(git(dir, 'rev-parse', 'HEAD'), head);

    const removed = runCli(['uninstall-hook'], { cwd: dir });
    assert.strictEqual(removed.code, 0, removed.stderr);
    assert.strictEqual(fs.readFileSync(hook, 'utf8'), foreign, 'uninstall did not put the old hook back');
    assert.strictEqual(runCli(['uninstall-hook'], { cwd: dir }).code, 2);
    assert.strictEqual(fs.readFileSync(hook, 'utf8'), foreign);
  });

  it('honours a baseline at the default file name without any config naming it', () => {
    const dir = repo();
    commit(dir, 'base', { 'README.md': '# app\n' });
    assert.strictEqual(runCli(['install-hook'], { cwd: dir }).code, 0);
    writeFiles(dir, { 'legacy.js': `k("${token}");\n` });
    // The accepted secret, recorded where the editor's "add to baseline" writes too.
    const write = runCli(['scan', '.', '--write-baseline', '.secrethygiene-baseline.json'], { cwd: dir });
    assert.strictEqual(write.code, 0, write.stderr);
    const scan = runCli(['scan', '.'], { cwd: dir });
    assert.strictEqual(scan.code, 0, scan.stdout);
    assert.match(scan.stdout, /1 hidden by the baseline/);
    git(dir, 'add', 'legacy.js', '.secrethygiene-baseline.json');
    const r = gitCommit(dir, 'accepted legacy key');
    assert.strictEqual(r.code, 0, r.stderr);
  });

  it('with husky or lefthook, prints the line for their configuration and writes no hook', () => {
    const husky = repo({ '.husky/_/pre-commit': '#!/bin/sh\n. "$(dirname "$0")/h"\n', '.husky/pre-commit': 'npm test\n' });
    git(husky, 'config', 'core.hooksPath', '.husky/_');
    const h = runCli(['install-hook'], { cwd: husky });
    assert.strictEqual(h.code, 0, h.stderr);
    assert.match(h.stdout, /husky manages/);
    assert.match(h.stdout, /Add this line to \.husky\/pre-commit:\n {2}secret-hygiene scan --staged\n/);
    assert.strictEqual(fs.readFileSync(path.join(husky, '.husky', '_', 'pre-commit'), 'utf8'), '#!/bin/sh\n. "$(dirname "$0")/h"\n');

    const lefthook = repo({ 'lefthook.yml': 'pre-commit:\n  commands:\n    lint:\n      run: npm run lint\n' });
    const l = runCli(['install-hook'], { cwd: lefthook });
    assert.strictEqual(l.code, 0, l.stderr);
    assert.match(l.stdout, /lefthook manages/);
    assert.match(l.stdout, /lefthook\.yml:\n {2}secret-hygiene: \{ run: secret-hygiene scan --staged \}/);
    assert.ok(!fs.existsSync(path.join(lefthook, '.git', 'hooks', 'pre-commit')));
  });

  describe('when the CLI the hook was installed from is gone', () => {
    const extraDirs: string[] = [];
    after(() => extraDirs.forEach(d => fs.rmSync(d, { recursive: true, force: true })));

    /** Installs the hook from a copy of the CLI, then deletes the copy. */
    function orphanedHook(): { dir: string; env: NodeJS.ProcessEnv; calls: string } {
      const dir = repo();
      commit(dir, 'base', { 'README.md': '# app\n' });
      const copy = path.join(dir, '..', `${path.basename(dir)}-cli`);
      fs.mkdirSync(copy);
      fs.copyFileSync(CLI, path.join(copy, 'cli.js'));
      const install = spawnSync(process.execPath, [path.join(copy, 'cli.js'), 'install-hook'], { cwd: dir, encoding: 'utf8' });
      assert.strictEqual(install.status, 0, install.stderr);
      fs.rmSync(copy, { recursive: true, force: true });
      // npx/npm stand-ins that record any call: the hook must not reach for them (network).
      const bin = path.join(dir, '..', `${path.basename(dir)}-bin`);
      fs.mkdirSync(bin);
      extraDirs.push(bin);
      const calls = path.join(bin, 'calls');
      for (const name of ['npx', 'npm']) fs.writeFileSync(path.join(bin, name), `#!/bin/sh\necho ${name} >> '${calls}'\nexit 1\n`, { mode: 0o755 });
      const env: NodeJS.ProcessEnv = Object.assign({}, process.env, { NO_COLOR: '1', PATH: `${bin}${path.delimiter}${process.env.PATH}` });
      return { dir, env, calls };
    }

    function commitWith(dir: string, env: NodeJS.ProcessEnv, message: string): Run {
      const r = spawnSync('git', ['commit', '-m', message], { cwd: dir, encoding: 'utf8', env });
      return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    }

    it('blocks saying it could not run (not "secrets listed above"), how to repair, and never calls npx', () => {
      const { dir, env, calls } = orphanedHook();
      writeFiles(dir, { 'hi.py': "print('hi')\n" });
      git(dir, 'add', 'hi.py');
      const head = git(dir, 'rev-parse', 'HEAD');
      const r = commitWith(dir, env, 'clean');
      assert.notStrictEqual(r.code, 0, r.stderr);
      assert.strictEqual(git(dir, 'rev-parse', 'HEAD'), head);
      assert.match(r.stderr, /could not run/);
      assert.match(r.stderr, /not a finding/);
      assert.match(r.stderr, /secret-hygiene install-hook/);
      assert.doesNotMatch(r.stderr, /secrets listed above/);
      assert.ok(!fs.existsSync(calls), `the hook called ${fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8') : ''}`);
    });

    it('falls back to the project\'s own node_modules/secret-hygiene', () => {
      const { dir, env, calls } = orphanedHook();
      fs.mkdirSync(path.join(dir, 'node_modules', 'secret-hygiene', 'dist'), { recursive: true });
      fs.copyFileSync(CLI, path.join(dir, 'node_modules', 'secret-hygiene', 'dist', 'cli.js'));
      writeFiles(dir, { '.gitignore': 'node_modules/\n', 'hi.py': "print('hi')\n" });
      git(dir, 'add', 'hi.py', '.gitignore');
      const clean = commitWith(dir, env, 'clean');
      assert.strictEqual(clean.code, 0, clean.stderr);
      writeFiles(dir, { 'k.js': `k("${token}");\n` });
      git(dir, 'add', 'k.js');
      const blocked = commitWith(dir, env, 'token');
      assert.notStrictEqual(blocked.code, 0, blocked.stderr);
      assert.match(blocked.stderr, /k\.js/);
      assert.match(blocked.stderr, /secrets listed above/);
      assert.ok(!fs.existsSync(calls));
    });
  });

  it('installs into core.hooksPath when the repository sets one', () => {
    const dir = repo();
    git(dir, 'config', 'core.hooksPath', '.githooks');
    fs.mkdirSync(path.join(dir, 'src'));
    const run = runCli(['install-hook'], { cwd: path.join(dir, 'src') });
    assert.strictEqual(run.code, 0, run.stderr);
    assert.ok(fs.existsSync(path.join(dir, '.githooks', 'pre-commit')));
    assert.ok(!fs.existsSync(path.join(dir, '.git', 'hooks', 'pre-commit')));
    writeFiles(dir, { 'k.js': `k("${token}");\n` });
    git(dir, 'add', 'k.js');
    assert.notStrictEqual(gitCommit(dir, 'token').code, 0);
  });

  it('refuses outside a repository', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'sh-nogit-'));
    try {
      const run = runCli(['install-hook'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, /not inside a git repository/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
