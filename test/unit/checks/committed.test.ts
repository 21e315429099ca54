import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { annotateCommitted, createScanner, parsePatch, scanPatch, scanText, type Finding } from '../../../src/core';
import { crcToken, join, openaiProjectKey, randomString, token } from '../../helpers/fakes';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

// Repositories made by this file, removed when it ends: they hold fake secrets.
const madeRepos: string[] = [];
after(() => {
  for (const dir of madeRepos) fs.rmSync(dir, { recursive: true, force: true });
});

function tempRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-history-'));
  madeRepos.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

function write(dir: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

describe('annotateCommitted', () => {
  const findings = (): Finding[] => [
    ...scanText(`const key = "${openaiProjectKey()}";\nconst stripeSecretKey = "${randomString(20)}";\nconsole.log(apiKey);`, { path: 'src/a.ts' }),
  ];

  it('tags findings of tracked files, raises severity one level and gives a rotation checklist', () => {
    const out = annotateCommitted(findings(), { tracked: true });
    const key = out.find(f => f.ruleId === 'openai-project-key')!;
    assert.deepStrictEqual(key.tags, ['committed']);
    assert.strictEqual(key.severity, 'error');
    assert.match(key.advice!, /revoke it at https:\/\/platform\.openai\.com\/api-keys/);
    assert.match(key.advice!, /new key with only the permissions/);
    assert.match(key.advice!, /purge it from history/);
    const generic = out.find(f => f.ruleId === 'generic-secret-assignment')!;
    assert.strictEqual(generic.severity, 'error', 'warning raised to error');
    assert.match(generic.advice!, /revoke it in the provider's console/);
  });

  it('does not tag code findings, and running it twice does not raise twice', () => {
    const once = annotateCommitted(findings(), { tracked: true });
    assert.strictEqual(once.find(f => f.ruleId === 'secret-logged')?.tags, undefined);
    const info = { ...findings()[0], severity: 'info' as const };
    const twice = annotateCommitted(annotateCommitted([info], { tracked: true }), { tracked: true });
    assert.strictEqual(twice[0].severity, 'warning');
  });

  it('warns about a .env file git does not ignore, and leaves an ignored one alone', () => {
    const text = `OPENAI_API_KEY=${openaiProjectKey()}\n`;
    const [f] = scanText(text, { path: '.env' });
    const [exposed] = annotateCommitted([{ ...f, severity: 'warning' }], { tracked: false, envNotIgnored: true });
    assert.strictEqual(exposed.severity, 'error');
    assert.strictEqual(exposed.tags, undefined);
    assert.match(exposed.advice!, /not ignored by git/);
    assert.deepStrictEqual(annotateCommitted([f], { tracked: false, envNotIgnored: false }), [f]);
  });
});

describe('scanPatch on real git output', function () {
  this.timeout(30_000); // a few git processes per test
  it('finds secrets added in past commits, with commit, path and new-file line, across renames and deletions', () => {
    const dir = tempRepo();
    const removed = openaiProjectKey(), renamed = crcToken(join('gh', 'p_')), noEol = token(join('sk_', 'live_'), 24);
    write(dir, 'src/config.js', `export const a = 1;\nexport const key = "${removed}";\n`);
    write(dir, 'old.txt', `token: ${renamed}\n${'filler line so that git still sees a rename\n'.repeat(8)}`);
    write(dir, 'noeol.py', `import os\nSTRIPE = "${noEol}"`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'first');
    const first = git(dir, 'rev-parse', 'HEAD').trim();
    write(dir, 'src/config.js', 'export const a = 1;\nexport const key = process.env.OPENAI_API_KEY;\n');
    git(dir, 'mv', 'old.txt', 'new.txt');
    git(dir, 'rm', '-q', 'noeol.py');
    git(dir, 'commit', '-qam', 'remove secrets');
    const later = openaiProjectKey();
    git(dir, 'mv', 'new.txt', 'docs-moved.txt');
    fs.appendFileSync(path.join(dir, 'docs-moved.txt'), `second: "${later}"\n`);
    git(dir, 'commit', '-qam', 'rename and add');
    const third = git(dir, 'rev-parse', 'HEAD').trim();

    const log = git(dir, 'log', '-p', '--no-color', '-M');
    const result = scanPatch(log, createScanner());
    const seen = result.findings.map(f => [f.commit, f.path, f.line, f.ruleId]);
    assert.deepStrictEqual(seen.sort(), [
      [first, 'noeol.py', 2, 'stripe-secret-key'],
      [first, 'old.txt', 1, 'github-pat'],
      [first, 'src/config.js', 2, 'openai-project-key'],
      [third, 'docs-moved.txt', 10, 'openai-project-key'],
    ].sort());
    assert.strictEqual(result.truncated, false);
    const key = result.findings.find(f => f.path === 'src/config.js')!;
    assert.strictEqual(key.range.start.line, 1, '0-based new-file line');
    assert.strictEqual(key.range.start.column, 'export const key = "'.length);
    const json = JSON.stringify(result);
    for (const secret of [removed, renamed, noEol, later]) assert.ok(!json.includes(secret.slice(8, 24)));
  });

  it('scans staged changes (git diff --cached) without a commit id', () => {
    const dir = tempRepo();
    write(dir, 'a.txt', 'hello\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'init');
    write(dir, 'a.txt', `hello\nOPENAI_API_KEY=${openaiProjectKey()}\n`);
    write(dir, 'unstaged.txt', `OPENAI_API_KEY=${openaiProjectKey()}\n`);
    git(dir, 'add', 'a.txt');
    const result = scanPatch(git(dir, 'diff', '--cached', '--no-color'), createScanner());
    assert.deepStrictEqual(result.findings.map(f => [f.commit, f.path, f.line]), [[undefined, 'a.txt', 2]]);
  });
});

describe('parsePatch edge cases', () => {
  it('counts added lines that start with "++" or "--" by the hunk header, not as file headers', () => {
    const key = openaiProjectKey();
    const patch = [
      'diff --git a/x.sh b/x.sh', '--- a/x.sh', '+++ b/x.sh', '@@ -1,2 +1,3 @@', ' keep', '+++ "' + key + '"', '--- removed', '\\ No newline at end of file',
    ].join('\n');
    const [file] = parsePatch(patch);
    assert.deepStrictEqual(file.lines.map(l => [l.line, l.added]), [[1, false], [2, true]]);
    const result = scanPatch(patch, createScanner());
    assert.deepStrictEqual(result.findings.map(f => [f.path, f.line]), [['x.sh', 2]]);
  });

  it('unquotes paths git quotes, and skips deleted and binary files', () => {
    const patch = [
      'diff --git "a/dir/sp ace.txt" "b/dir/sp ace.txt"', '--- "a/dir/sp ace.txt"', '+++ "b/dir/sp ace.txt"', '@@ -0,0 +1 @@', '+x',
      'diff --git a/gone.txt b/gone.txt', 'deleted file mode 100644', '--- a/gone.txt', '+++ /dev/null', '@@ -1 +0,0 @@', '-y',
      'diff --git a/img.png b/img.png', 'Binary files a/img.png and b/img.png differ',
    ].join('\n');
    assert.deepStrictEqual(parsePatch(patch).map(f => f.path), ['dir/sp ace.txt']);
  });

  it('stops at maxBytes and says so', () => {
    const hunk = (n: number) => [`diff --git a/f${n}.env b/f${n}.env`, '--- /dev/null', `+++ b/f${n}.env`, '@@ -0,0 +1 @@', `+OPENAI_API_KEY=${openaiProjectKey()}`];
    const patch = [...hunk(1), ...hunk(2), ...hunk(3)].join('\n');
    const all = scanPatch(patch, createScanner());
    assert.strictEqual(all.findings.length, 3);
    const some = scanPatch(patch, createScanner(), { maxBytes: 400 });
    assert.strictEqual(some.truncated, true);
    assert.ok(some.bytesScanned <= 400);
    assert.ok(some.findings.length >= 1 && some.findings.length < 3);
  });
});
