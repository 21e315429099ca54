/**
 * Git refusing a repository owned by another user ("detected dubious ownership", as for root in a
 * CI container whose checkout belongs to another uid): the CLI says so and names the exact
 * `safe.directory` fix, instead of silently dropping git facts. Real git, real ownership: the
 * repository is handed to uid 65534, so the test needs root (as here and in CI).
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { assertNoToken, commit, git, repo } from './gitRepo';
import { ensureBuilt, removeWorkspaces, runCli, type Run } from './run';

const NOBODY = 65534;

describe('CLI on a repository git refuses (dubious ownership)', function () {
  this.timeout(60_000);
  const token = crcToken(join('gh', 'p_'));
  let home: string;
  let globalConfig: string;
  /** The child's git sees only an empty global config of ours: no developer's safe.directory. */
  let env: Record<string, string | undefined>;

  before(function () {
    if (process.platform === 'win32' || process.getuid?.() !== 0) this.skip(); // chown to another uid needs root
    ensureBuilt();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-home-'));
    globalConfig = path.join(home, 'gitconfig');
    fs.writeFileSync(globalConfig, '');
    env = { HOME: home, GIT_CONFIG_GLOBAL: globalConfig, GIT_CONFIG_NOSYSTEM: '1', SUDO_UID: undefined, XDG_CONFIG_HOME: undefined };
  });
  after(() => {
    if (home) fs.rmSync(home, { recursive: true, force: true });
    removeWorkspaces();
  });

  /** A committed token in a repository then handed to another user. */
  function refusedRepo(name?: string): string {
    let dir = repo();
    if (name) {
      dir = path.join(dir, name);
      fs.mkdirSync(dir);
      git(dir, 'init', '-q');
      git(dir, 'config', 'user.name', 'Test');
      git(dir, 'config', 'user.email', 'test@example.com');
      git(dir, 'config', 'commit.gpgsign', 'false');
    }
    commit(dir, 'add config', { 'config.js': `const token = "${token}";\n` });
    chownTree(dir, NOBODY);
    return fs.realpathSync(dir);
  }

  const hint = (dir: string) => `git config --global --add safe.directory ${dir}`;

  it('a plain scan warns on stderr with the exact safe.directory fix, and still scans the files', () => {
    const dir = refusedRepo();
    const run = runCli(['scan', dir, '--format', 'json'], { env });
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stderr, /dubious ownership/);
    assert.ok(run.stderr.includes(hint(dir)), run.stderr);
    assert.ok(!run.stderr.includes('safe.directory *') && !run.stderr.includes("safe.directory '*'"));
    const report = JSON.parse(run.stdout) as { findings: { path: string; tracked?: boolean }[] };
    assert.deepStrictEqual(report.findings.map(f => f.path), ['config.js']);
    assert.strictEqual(report.findings[0].tracked, undefined, 'git facts are unknown, not "untracked"');
    assertNoToken(run, token);

    // The advertised fix works: git facts come back and the warning goes.
    git(home, 'config', '--file', globalConfig, '--add', 'safe.directory', dir);
    const fixed = runCli(['scan', dir, '--format', 'json'], { env });
    assert.ok(!fixed.stderr.includes('safe.directory'), fixed.stderr);
    assert.strictEqual((JSON.parse(fixed.stdout) as typeof report).findings[0].tracked, true);
    fs.writeFileSync(globalConfig, '');
  });

  for (const mode of ['--history', '--staged']) {
    it(`${mode} exits 2 naming the refusal and the fix, not "not inside a git work tree"`, () => {
      const dir = refusedRepo();
      const run: Run = runCli(['scan', mode, dir], { env });
      assert.strictEqual(run.code, 2, run.stderr);
      assert.ok(run.stderr.includes(hint(dir)), run.stderr);
      assert.ok(!run.stderr.includes('not inside a git work tree'), run.stderr);
      assert.strictEqual(run.stdout, '');
    });
  }

  it('escapes control characters of the path in the message', () => {
    // git itself turns most control characters into '?', but passes a newline and a tab through.
    const dir = refusedRepo('re\npo\tx\x1b[31m');
    for (const args of [['scan', dir], ['scan', '--history', dir]]) {
      const run = runCli(args, { env });
      assert.match(run.stderr, /dubious ownership/);
      assert.ok(run.stderr.includes('re\\npo\\tx'), run.stderr);
      assert.ok(!run.stderr.includes('\x1b'), 'a raw escape reached the terminal');
      assert.ok(!run.stderr.includes('re\npo') && !run.stderr.includes('\t'), 'a raw newline or tab in the path reached the terminal');
    }
  });
});

function chownTree(dir: string, uid: number): void {
  fs.chownSync(dir, uid, uid);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chownTree(p, uid);
    else fs.lchownSync(p, uid, uid);
  }
}
