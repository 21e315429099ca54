/**
 * `install-hook`: a real pre-commit hook in a real repository, exercised by real `git commit`s.
 */

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { assertNoToken, commit, git, repo } from './gitRepo';
import { ensureBuilt, removeWorkspaces, runCli, writeFiles, type Run } from './run';

/** `git commit` WITH hooks (the `commit` helper skips them). */
function gitCommit(dir: string, message: string): Run {
  const r = spawnSync('git', ['commit', '-m', message], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const FOREIGN = '#!/bin/sh\necho "their lint hook"\nexit 0\n';

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

  it('does not clobber a foreign hook; --force backs it up first', () => {
    const dir = repo();
    const hook = path.join(dir, '.git', 'hooks', 'pre-commit');
    fs.mkdirSync(path.dirname(hook), { recursive: true });
    fs.writeFileSync(hook, FOREIGN, { mode: 0o755 });
    const refused = runCli(['install-hook'], { cwd: dir });
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /not written by secret-hygiene/);
    assert.strictEqual(fs.readFileSync(hook, 'utf8'), FOREIGN);

    const forced = runCli(['install-hook', '--force'], { cwd: dir });
    assert.strictEqual(forced.code, 0, forced.stderr);
    const backup = /Backed up the existing hook to (.+)/.exec(forced.stdout)?.[1];
    assert.ok(backup && fs.readFileSync(backup, 'utf8') === FOREIGN, 'the old hook was not backed up');
    assert.notStrictEqual(fs.readFileSync(hook, 'utf8'), FOREIGN);

    // Reinstalling over our own hook needs no --force; uninstall removes ours only.
    assert.strictEqual(runCli(['install-hook'], { cwd: dir }).code, 0);
    const removed = runCli(['uninstall-hook'], { cwd: dir });
    assert.strictEqual(removed.code, 0, removed.stderr);
    assert.ok(!fs.existsSync(hook));
    fs.writeFileSync(hook, FOREIGN, { mode: 0o755 });
    assert.strictEqual(runCli(['uninstall-hook'], { cwd: dir }).code, 2);
    assert.strictEqual(fs.readFileSync(hook, 'utf8'), FOREIGN);
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
