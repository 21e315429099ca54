/**
 * `scan --history` and `scan --staged` against REAL git repositories built in temp folders,
 * with fake tokens generated at run time.
 */

import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { assertNoToken, commit, git, repo } from './gitRepo';
import { CLI, ensureBuilt, positionOf, removeWorkspaces, runCli, workspace, writeFiles, type JsonFinding, type Run } from './run';

interface HistoryJson {
  findings: (JsonFinding & { commit?: string; author?: string; date?: string; inHead?: boolean })[];
  git: { mode: string; commits: number; truncated?: string };
}

/** Alive and not a zombie (a container's init may not reap the orphaned, killed child). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function historyJson(dir: string, extra: string[] = []): { run: Run; report: HistoryJson } {
  const run = runCli(['scan', '--history', dir, '--format', 'json', ...extra]);
  assert.notStrictEqual(run.code, 2, run.stderr);
  return { run, report: JSON.parse(run.stdout) as HistoryJson };
}

const removedLine = (code: string) => `// Config\n\nconst token = "${code}";\nmodule.exports = { token };\n`;
const fromEnv = '// Config\n\nconst token = process.env.GITHUB_TOKEN;\nmodule.exports = { token };\n';

describe('CLI scan --history (real git repositories)', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  const removed = crcToken(join('gh', 'p_'));
  const kept = crcToken(join('gh', 'p_'));
  let dir: string;
  let added: string;
  let cleaned: string;
  before(() => {
    dir = repo();
    added = commit(dir, 'add config', { 'config.js': removedLine(removed), 'keep.js': `export const k = "${kept}";\n` });
    cleaned = commit(dir, 'read the token from the environment', { 'config.js': fromEnv });
    commit(dir, 'docs', { 'README.md': '# app\n' });
  });

  it('finds a token removed from the tree, with the commit that added it, and says it is gone from HEAD', () => {
    const { run, report } = historyJson(dir);
    assert.strictEqual(run.code, 1);
    const f = report.findings.find(x => x.path === 'config.js');
    assert.ok(f, 'removed token not found');
    // The full commit id, its author and date (ISO 8601), not a short id to look up.
    assert.strictEqual(f.commit, added);
    assert.strictEqual(f.author, 'Test');
    assert.strictEqual(f.date, git(dir, 'show', '-s', '--format=%aI', added));
    assert.strictEqual(f.line, positionOf(removedLine(removed), removed).line);
    assert.strictEqual(f.inHead, false);
    const still = report.findings.find(x => x.path === 'keep.js');
    assert.strictEqual(still?.inHead, true, 'a token still at HEAD is not "removed"');
    assert.strictEqual(report.git.commits, 3);
    assert.strictEqual(report.git.truncated, undefined);
    assertNoToken(run, removed, kept);
    assert.ok(!cleaned.startsWith(f.commit));
  });

  it('groups the text report by commit and file and tells to rotate the removed token', () => {
    const run = runCli(['scan', '--history', dir]);
    assert.strictEqual(run.code, 1);
    const short = git(dir, 'rev-parse', '--short', added);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex(l => l.includes('config.js'));
    assert.ok(lines[header].startsWith(short.slice(0, 7)), lines[header]);
    assert.match(lines.slice(header).join('\n'), /removed from the tree but still in history: rotate it/);
    assert.strictEqual(run.stdout.match(/removed from the tree but still in history: rotate it\n/g)?.length, 1, 'only the removed token');
    assertNoToken(run, removed, kept);
  });

  it('--max-commits bounds the scan and says so', () => {
    const { run, report } = historyJson(dir, ['--max-commits', '2']);
    assert.deepStrictEqual(report.findings, [], 'the token was added in the 3rd newest commit');
    assert.strictEqual(report.git.commits, 2);
    assert.strictEqual(report.git.truncated, 'max-commits');
    assert.match(run.stderr, /STOPPED at --max-commits/);
    assert.strictEqual(run.code, 0);
    assert.strictEqual(historyJson(dir, ['--max-commits', '3']).report.git.truncated, undefined);
  });

  it('reads a history longer than one pipe chunk commit by commit, counting and bounding exactly', () => {
    const long = repo();
    const oldest = commit(long, 'oldest', { 'old.js': removedLine(removed) });
    const filler = 'x'.repeat(70) + '\n';
    for (let i = 0; i < 30; i++) commit(long, `filler ${i}`, { [`f${i}.txt`]: filler.repeat(100 + i) });
    const all = historyJson(long);
    assert.strictEqual(all.report.git.commits, 31);
    const f = all.report.findings.find(x => x.path === 'old.js');
    assert.ok(f?.commit && oldest.startsWith(f.commit));
    assert.strictEqual(all.report.git.truncated, undefined);
    const bounded = historyJson(long, ['--max-commits', '30']);
    assert.strictEqual(bounded.report.git.commits, 30);
    assert.strictEqual(bounded.report.git.truncated, 'max-commits');
    assert.deepStrictEqual(bounded.report.findings, []);
    assertNoToken(all.run, removed);
  });

  it('--max-history-size stops early and says so instead of reporting a clean history', () => {
    const { run, report } = historyJson(dir, ['--max-history-size', '100']);
    assert.strictEqual(report.git.truncated, 'max-size');
    assert.match(run.stderr, /STOPPED at --max-history-size/);
  });

  it('puts the commit into SARIF results and keeps the exit code rules (--fail-on never)', () => {
    const run = runCli(['scan', '--history', dir, '--format', 'sarif', '--fail-on', 'never']);
    assert.strictEqual(run.code, 0, run.stderr);
    const results = JSON.parse(run.stdout).runs[0].results as { properties: { commit?: string; inHead?: boolean }; partialFingerprints: Record<string, string> }[];
    const gone = results.find(r => r.properties.inHead === false);
    assert.ok(gone?.properties.commit && added.startsWith(gone.properties.commit));
    // The commit is part of what is fingerprinted: the same secret in two commits is two results.
    const fingerprints = results.map(r => JSON.stringify(r.partialFingerprints));
    assert.strictEqual(new Set(fingerprints).size, fingerprints.length);
    assertNoToken(run, removed, kept);
  });

  it('applies .secrethygiene.json excludes and allowlist to history by path', () => {
    const other = repo();
    const vendored = crcToken(join('gh', 'p_'));
    const allowed = crcToken(join('gh', 'p_'));
    commit(other, 'one', { 'vendor/lib.js': `x("${vendored}");\n`, 'a.js': `y("${allowed}");\n` });
    const before = historyJson(other).report.findings;
    assert.deepStrictEqual(before.map(f => f.path).sort(), ['a.js', 'vendor/lib.js']);
    const fingerprint = before.find(f => f.path === 'a.js')!.fingerprint;
    writeFiles(other, { '.secrethygiene.json': JSON.stringify({ exclude: ['vendor/**'], allowlist: [fingerprint] }) });
    const { run, report } = historyJson(other);
    assert.deepStrictEqual(report.findings, []);
    assert.strictEqual(run.code, 0);
  });

  it('exits 2 with a clear message outside a git repository or without git', () => {
    const plain = workspace({ 'a.txt': 'hello\n' });
    const outside = runCli(['scan', '--history', plain], { env: { GIT_CEILING_DIRECTORIES: path.dirname(plain) } });
    assert.strictEqual(outside.code, 2);
    assert.match(outside.stderr, /not inside a git work tree/);
    const noGit = runCli(['scan', '--history', dir], { env: { PATH: workspace({}) } });
    assert.strictEqual(noGit.code, 2);
    assert.match(noGit.stderr, /git is not installed/);
  });

  it('Ctrl-C stops the git child and exits 130', async function () {
    if (process.platform === 'win32') this.skip();
    // A `git` shim on PATH: `git log` records its pid and hangs, as on a huge repository.
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const shim = workspace({});
    const pidFile = path.join(shim, 'log.pid');
    fs.writeFileSync(path.join(shim, 'git'),
      `#!/bin/sh\ncase " $* " in *" log "*) echo $$ > '${pidFile}'; exec sleep 60;; esac\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const child = spawn(process.execPath, [CLI, 'scan', '--history', dir], { env: { ...process.env, PATH: `${shim}${path.delimiter}${process.env.PATH}` } });
    let output = '';
    child.stderr.on('data', d => { output += d; });
    const exited = new Promise<number | string | null>(resolve => child.on('close', (code, signal) => resolve(code ?? signal)));
    const deadline = Date.now() + 30_000;
    while (!fs.existsSync(pidFile) || !fs.readFileSync(pidFile, 'utf8').trim()) {
      assert.ok(Date.now() < deadline, 'git log never started');
      await new Promise(r => setTimeout(r, 50));
    }
    const gitPid = Number(fs.readFileSync(pidFile, 'utf8'));
    child.kill('SIGINT');
    assert.strictEqual(await exited, 130);
    assert.match(output, /interrupted/);
    await new Promise(r => setTimeout(r, 200));
    assert.ok(!running(gitPid), 'git is still running');
  });

  it('runs no program the repository\'s own config names (core.fsmonitor), in any mode', () => {
    const dir = repo();
    commit(dir, 'base', { 'app.js': `const token = "${crcToken(join('gh', 'p_'))}";\n` });
    writeFiles(dir, { 'other.js': 'x = 1\n' });
    git(dir, 'add', 'other.js');
    // A repository from anywhere can carry this; git runs it on commands that read the index.
    const marker = path.join(workspace({}), 'ran');
    const hook = path.join(workspace({}), 'fsmonitor.sh');
    fs.writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    git(dir, 'config', 'core.fsmonitor', hook);
    for (const mode of [[], ['--staged'], ['--history']]) {
      runCli(['scan', ...mode, dir, '--format', 'json']);
      assert.ok(!fs.existsSync(marker), `scan ${mode.join(' ')} ran the repository's fsmonitor hook`);
    }
    spawnSync('git', ['diff', '--cached', '--quiet'], { cwd: dir });
    assert.ok(fs.existsSync(marker), 'the hook itself works (git runs it when not told otherwise)');
  });

  it('a repository without commits has an empty history', () => {
    const { run, report } = historyJson(repo({ 'a.txt': 'x\n' }));
    assert.strictEqual(run.code, 0);
    assert.strictEqual(report.git.commits, 0);
  });
});

describe('CLI scan --staged (real git repositories)', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  const staged = crcToken(join('gh', 'p_'));
  const unstaged = crcToken(join('gh', 'p_'));
  const stagedApp = `import os\n\ndef main():\n    token = "${staged}"\n    return token\n`;

  it('reports only staged added lines, at their line in the staged file', () => {
    const dir = repo();
    commit(dir, 'base', { 'app.py': 'import os\n', 'other.py': 'x = 1\n' });
    writeFiles(dir, { 'app.py': stagedApp });
    git(dir, 'add', 'app.py');
    // Unstaged: a token in another file, and lines moved in the working copy of the staged file.
    writeFiles(dir, { 'other.py': `x = "${unstaged}"\n`, 'app.py': `# moved\n# down\n${stagedApp}` });
    const run = runCli(['scan', '--staged', dir, '--format', 'json']);
    assert.strictEqual(run.code, 1, run.stderr);
    const findings = (JSON.parse(run.stdout) as HistoryJson).findings;
    assert.deepStrictEqual(findings.map(f => f.path), ['app.py']);
    assert.deepStrictEqual({ line: findings[0].line, column: findings[0].column }, positionOf(stagedApp, staged));
    assert.strictEqual(findings[0].commit, undefined);
    assertNoToken(run, staged, unstaged);
  });

  it('a token that is already committed and unchanged is not re-reported', () => {
    const dir = repo();
    commit(dir, 'base', { 'app.py': stagedApp });
    writeFiles(dir, { 'app.py': `${stagedApp}print("ok")\n` });
    git(dir, 'add', 'app.py');
    const run = runCli(['scan', '--staged', dir]);
    assert.strictEqual(run.code, 0, run.stdout);
    // The hook's clean case is one line, no report and no score.
    assert.strictEqual(run.stdout, 'secret-hygiene: no secrets in the staged changes (1 file)\n');
    assert.strictEqual(run.stderr, '');
    assert.match(runCli(['scan', '--staged', dir, '--format', 'json']).stdout, /"findings": \[\]/);
  });
});
