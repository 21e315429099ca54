/**
 * The command line on big inputs: the same --max-file-size for --staged and --history as for a
 * plain scan (a 3 MB staged file used to take most of a minute and then crash with a stack
 * overflow), and the per-file findings cap said in the summary and the JSON report.
 */

import * as assert from 'assert';
import { MAX_FINDINGS_PER_FILE } from '../../../src/core';
import { randomString } from '../../helpers/fakes';
import { commit, git, repo } from './gitRepo';
import { ensureBuilt, removeWorkspaces, runCli, workspace, writeFiles } from './run';

interface Report {
  findings: { path: string }[];
  skipped: { path: string; reason: string }[];
  capped?: { path: string; dropped: number }[];
}

/** `password = "…"` lines: each one a generic finding. */
function passwords(lines: number, seed = 1): string {
  return Array.from({ length: lines }, (_, i) => `password = "${randomString(20, undefined, seed + i)}"`).join('\n') + '\n';
}

describe('CLI at scale', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('--staged skips a staged file over --max-file-size and lists it, as a plain scan does', () => {
    const dir = repo();
    commit(dir, 'base', { 'README.md': '# app\n' });
    // ~3 MB of findings: over the 2 MB default.
    writeFiles(dir, { 'dump.py': passwords(95_000), 'small.py': passwords(3, 7) });
    git(dir, 'add', '-A');
    const started = Date.now();
    const run = runCli(['scan', '--staged', dir, '--format', 'json', '--fail-on', 'never']);
    assert.strictEqual(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    assert.deepStrictEqual(report.skipped, [{ path: 'dump.py', reason: 'too-large' }]);
    assert.deepStrictEqual([...new Set(report.findings.map(f => f.path))], ['small.py']);
    assert.match(run.stderr, /1 skipped \(1 too large\)/);
    assert.ok(Date.now() - started < 30_000, 'not scanned, so quick');
    const plain = JSON.parse(runCli(['scan', dir, '--format', 'json', '--fail-on', 'never']).stdout) as Report;
    assert.deepStrictEqual(plain.skipped, [{ path: 'dump.py', reason: 'too-large' }]);
  });

  it('--history skips a committed file over --max-file-size too', () => {
    const dir = repo();
    commit(dir, 'big', { 'dump.py': passwords(2_000) });
    const run = runCli(['scan', '--history', dir, '--format', 'json', '--fail-on', 'never', '--max-file-size', '20k']);
    assert.strictEqual(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    assert.deepStrictEqual(report.skipped, [{ path: 'dump.py', reason: 'too-large' }]);
    assert.strictEqual(report.findings.length, 0);
  });

  it('reports at most the cap of findings per file and says how many more there were', () => {
    const extra = 400;
    const files = { 'dump.py': passwords(MAX_FINDINGS_PER_FILE + extra), 'app.py': passwords(2, 99) };
    for (const args of [[workspace(files)], ['--staged', stagedRepo(files)]]) {
      const run = runCli(['scan', ...args, '--format', 'json', '--fail-on', 'never']);
      assert.strictEqual(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout) as Report;
      const inDump = report.findings.filter(f => f.path === 'dump.py').length;
      assert.strictEqual(inDump, MAX_FINDINGS_PER_FILE, args[0]);
      assert.strictEqual(report.capped?.length, 1);
      assert.strictEqual(report.capped[0].path, 'dump.py');
      assert.ok(report.capped[0].dropped > extra - 50 && report.capped[0].dropped <= extra, `${report.capped[0].dropped} dropped`);
      assert.match(run.stderr, new RegExp(`${report.capped[0].dropped} more findings not listed \\(1 file over 1,000 findings`));
    }
    const text = runCli(['scan', workspace(files), '--fail-on', 'never']);
    assert.match(text.stdout + text.stderr, /more findings not listed/);
  });
});

function stagedRepo(files: Record<string, string>): string {
  const dir = repo();
  commit(dir, 'base', { 'README.md': '# app\n' });
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  return dir;
}
