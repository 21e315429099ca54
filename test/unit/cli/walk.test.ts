import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { ensureBuilt, removeWorkspaces, runCli, scanJson, workspace } from './run';

/** `key = "<token>"` with a fresh GitHub token per call, so findings tell files apart. */
function secretFile(): string {
  return `const key = "${crcToken(join('gh', 'p_'))}";\n`;
}

const pathsOf = (dir: string, extra: string[] = []) => scanJson(dir, extra).report.findings.map(f => f.path);

describe('CLI file walking', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('honours .gitignore; --no-gitignore scans ignored files too', () => {
    const dir = workspace({ '.gitignore': 'secrets.js\nbuild/\n', 'secrets.js': secretFile(), 'build/out.js': secretFile(), 'app.js': secretFile() });
    assert.deepStrictEqual(pathsOf(dir), ['app.js']);
    assert.deepStrictEqual(pathsOf(dir, ['--no-gitignore']), ['app.js', 'build/out.js', 'secrets.js']);
  });

  it('honours nested .gitignore files relative to their folder, deeper ones overriding (negation)', () => {
    const dir = workspace({
      '.gitignore': '*.local.js\n',
      'pkg/.gitignore': 'generated/\n!keep.local.js\n',
      'pkg/generated/x.js': secretFile(),
      'pkg/keep.local.js': secretFile(),
      'pkg/drop.local.js': secretFile(),
      'other/generated/y.js': secretFile(),
      'top.local.js': secretFile(),
    });
    assert.deepStrictEqual(pathsOf(dir), ['other/generated/y.js', 'pkg/keep.local.js']);
  });

  it('honours .git/info/exclude and never scans .git/, even with --no-gitignore', () => {
    const dir = workspace({ '.git/info/exclude': 'private.js\n', '.git/config': secretFile(), 'private.js': secretFile(), 'app.js': secretFile() });
    assert.deepStrictEqual(pathsOf(dir), ['app.js']);
    assert.deepStrictEqual(pathsOf(dir, ['--no-gitignore']), ['app.js', 'private.js']);
  });

  it('applies repeatable --exclude globs relative to the scan root', () => {
    const dir = workspace({ 'vendor/lib.js': secretFile(), 'src/app.min.js': secretFile(), 'src/app.js': secretFile(), 'src/vendor/x.js': secretFile() });
    assert.deepStrictEqual(pathsOf(dir, ['--exclude', 'vendor/**', '--exclude', '*.min.js']), ['src/app.js', 'src/vendor/x.js']);
  });

  it('skips binary and oversize files, counts them in the summary and lists them with --verbose', () => {
    const big = secretFile() + '// padding\n'.repeat(200);
    const dir = workspace({
      'app.js': secretFile(),
      'blob.dat.txt': Buffer.concat([Buffer.from(secretFile()), Buffer.from([0, 1, 2])]),
      'logo.png': secretFile(),
      'big.js': big,
    });
    const { report } = scanJson(dir, ['--max-file-size', '1k']);
    assert.deepStrictEqual(report.findings.map(f => f.path), ['app.js']);
    assert.deepStrictEqual(report.skipped, [
      { path: 'big.js', reason: 'too-large' }, { path: 'blob.dat.txt', reason: 'binary' }, { path: 'logo.png', reason: 'binary' },
    ]);
    const text = runCli(['scan', dir, '--max-file-size', '1k', '--verbose']).stdout;
    assert.match(text, /1 file scanned, 3 skipped \(1 too large, 2 binary\)/);
    for (const name of ['big.js', 'blob.dat.txt', 'logo.png']) assert.match(text, new RegExp(`^  ${name.replace('.', '\\.')}  \\(`, 'm'));
    // The default limit (2 MB) scans the 2 KB file.
    assert.ok(pathsOf(dir).includes('big.js'));
  });

  it('does not follow symbolic links (no escape from the root, no loops) and reports them', function () {
    const outside = workspace({ 'leak.js': secretFile() });
    const dir = workspace({ 'app.js': secretFile() });
    try {
      fs.symlinkSync(outside, path.join(dir, 'linked'), 'dir');
      fs.symlinkSync(dir, path.join(dir, 'loop'), 'dir');
    } catch {
      this.skip(); // no symlink permission on this system
    }
    const { report } = scanJson(dir);
    assert.deepStrictEqual(report.findings.map(f => f.path), ['app.js']);
    assert.deepStrictEqual(report.skipped, [{ path: 'linked', reason: 'symlink' }, { path: 'loop', reason: 'symlink' }]);
  });
});

describe('CLI score inputs from git', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('a secret in a git-ignored .env costs less than the same one in a committed file (seen with --no-gitignore)', () => {
    const line = secretFile();
    const dir = workspace({ '.gitignore': '.env.local\n', '.env.local': line, 'app.js': line });
    const { report } = scanJson(dir, ['--no-gitignore']);
    const envOnly = scanJson(workspace({ '.gitignore': '.env.local\n', '.env.local': line }), ['--no-gitignore']).report;
    const appOnly = scanJson(workspace({ 'app.js': line }), ['--no-gitignore']).report;
    assert.strictEqual(report.findings.length, 2);
    assert.ok(envOnly.score.penalty < appOnly.score.penalty, `${envOnly.score.penalty} vs ${appOnly.score.penalty}`);
    assert.deepStrictEqual(report.findings.map(f => f.envIgnored), [true, undefined]);
  });

  it('in a git repository: scans tracked files even if ignored, and applies the repository .gitignore to a subfolder scan', function () {
    const dir = workspace({
      '.gitignore': '*.local.js\nbuild/\n',
      'sub/app.js': secretFile(), 'sub/keys.local.js': secretFile(),
      'sub/forced.local.js': secretFile(), 'build/out.js': secretFile(),
    });
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('git', ['add', '-f', 'sub/forced.local.js'], { cwd: dir });
    } catch {
      this.skip(); // git not installed
    }
    assert.deepStrictEqual(pathsOf(dir), ['sub/app.js', 'sub/forced.local.js']);
    assert.deepStrictEqual(pathsOf(path.join(dir, 'sub')), ['app.js', 'forced.local.js']);
    // A folder the repository ignores is still scanned when asked for by name.
    assert.deepStrictEqual(pathsOf(path.join(dir, 'build')), ['out.js']);
  });

  it('marks findings in files tracked by git, which weigh more in the score', function () {
    const line = secretFile();
    const dir = workspace({ 'tracked.js': line, 'untracked.js': line });
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('git', ['add', 'tracked.js'], { cwd: dir });
    } catch {
      this.skip(); // git not installed
    }
    const { report } = scanJson(dir);
    assert.deepStrictEqual(report.findings.map(f => [f.path, f.tracked]), [['tracked.js', true], ['untracked.js', false]]);
    const untrackedOnly = scanJson(workspace({ 'untracked.js': line })).report;
    fs.rmSync(path.join(dir, 'untracked.js'));
    const trackedOnly = scanJson(dir).report;
    assert.ok(trackedOnly.score.penalty > untrackedOnly.score.penalty);
  });
});
