/**
 * A repository is hostile input: its config, ignore and baseline files, and the names the
 * user writes reports to, may be symbolic links to devices or to the user's own files. Real
 * files, real links, real FIFOs; the CLI runs with a small heap so an unbounded read fails fast
 * instead of eating the machine's memory.
 */

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { CLI, ensureBuilt, removeWorkspaces, workspace, type Run } from './run';

const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=256' };

function run(args: string[], timeoutMs = 30_000): Run & { timedOut: boolean } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1', ...SMALL_HEAP, npm_lifecycle_event: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, timedOut: !!r.error };
}

/** Own seeds, so the shared fake counter (and every later test's fakes) is left as it was. */
let seed = 7_200_001;
function secretLine(): string {
  return `const key = "${crcToken(join('gh', 'p_'), seed++)}";\n`;
}

function link(target: string, at: string, ctx: Mocha.Context): void {
  try {
    fs.symlinkSync(target, at);
  } catch {
    ctx.skip(); // no symlink permission here
  }
}

const hasDevZero = fs.existsSync('/dev/zero');

describe('CLI on hostile repositories: reads', function () {
  this.timeout(90_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('a .gitignore linked to /dev/zero is not followed: the scan ends, says so, and still scans', function () {
    if (!hasDevZero) this.skip();
    const dir = workspace({ 'app.js': secretLine() });
    link('/dev/zero', path.join(dir, '.gitignore'), this);
    const r = run(['scan', dir, '--format', 'json']);
    assert.ok(!r.timedOut, 'the scan did not end');
    assert.strictEqual(r.code, 1, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path), ['app.js']);
    assert.match(r.stderr, /warning: \.gitignore: the ignore file is a symbolic link; not following it/);
  });

  it('a nested .gitignore that is a FIFO does not block the scan', function () {
    const dir = workspace({ 'pkg/app.js': secretLine() });
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pkg', '.gitignore')]);
    if (fifo.status !== 0) this.skip();
    const r = run(['scan', dir, '--format', 'json'], 20_000);
    assert.ok(!r.timedOut, 'the scan blocked on the FIFO');
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stderr, /pkg\/\.gitignore: the ignore file is not a regular file/);
  });

  it('a .secrethygiene.json linked to /dev/zero stops the scan with a clear error (exit 2)', function () {
    if (!hasDevZero) this.skip();
    const dir = workspace({ 'app.js': secretLine() });
    link('/dev/zero', path.join(dir, '.secrethygiene.json'), this);
    const r = run(['scan', dir]);
    assert.ok(!r.timedOut, 'the scan did not end');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /\.secrethygiene\.json: the config file is a symbolic link; not following it/);
  });

  it('a config link to a file elsewhere (a secret store) is not read either', function () {
    const outside = workspace({ 'private.json': '{"exclude": ["**"]}' });
    const dir = workspace({ 'app.js': secretLine() });
    link(path.join(outside, 'private.json'), path.join(dir, '.secrethygiene.json'), this);
    const r = run(['scan', dir]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /symbolic link/);
  });

  it('a baseline named /dev/zero, outside the workspace, or linked there is refused (exit 2)', function () {
    const outside = workspace({ 'base.json': '{"version": 1, "findings": []}' });
    for (const baseline of ['/dev/zero', '../outside.json', path.join(outside, 'base.json')]) {
      const dir = workspace({ 'app.js': secretLine(), '.secrethygiene.json': JSON.stringify({ baseline }) });
      const r = run(['scan', dir]);
      assert.ok(!r.timedOut, `the scan did not end with baseline ${baseline}`);
      assert.strictEqual(r.code, 2, baseline);
      assert.match(r.stderr, /the baseline must be inside the workspace/, baseline);
    }
    // Inside the workspace by name, outside through a linked folder.
    const dir = workspace({ 'app.js': secretLine(), '.secrethygiene.json': JSON.stringify({ baseline: 'conf/base.json' }) });
    link(outside, path.join(dir, 'conf'), this);
    const r = run(['scan', dir]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /outside the workspace \(through a linked folder\)/);
  });

  it('a default baseline linked to /dev/zero is refused (exit 2), not read', function () {
    if (!hasDevZero) this.skip();
    const dir = workspace({ 'app.js': secretLine() });
    link('/dev/zero', path.join(dir, '.secrethygiene-baseline.json'), this);
    const r = run(['scan', dir]);
    assert.ok(!r.timedOut);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /\.secrethygiene-baseline\.json: the baseline is a symbolic link/);
  });

  it('--baseline /dev/zero (not a regular file) is refused with a clear error', function () {
    if (!hasDevZero) this.skip();
    const dir = workspace({ 'app.js': secretLine() });
    const r = run(['scan', dir, '--baseline', '/dev/zero']);
    assert.ok(!r.timedOut);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /baseline \/dev\/zero is not a regular file/);
  });

  it('an oversized config is refused, naming the cap and quoting none of its content', () => {
    const filler = `{"exclude": [], "note": "${'x'.repeat(1024 * 1024 + 10)}"}`;
    const dir = workspace({ 'app.js': secretLine(), '.secrethygiene.json': filler });
    const r = run(['scan', dir]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /the config file is larger than 1 MB; not reading it/);
    assert.ok(!r.stderr.includes('xxxx'));
  });

  it('a file the user names is scanned even when the name is a link (only listed files are never followed)', function () {
    const dir = workspace({ 'real/app.js': secretLine() });
    link(path.join(dir, 'real', 'app.js'), path.join(dir, 'alias.js'), this);
    const r = run(['scan', path.join(dir, 'alias.js'), '--format', 'json']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.strictEqual(JSON.parse(r.stdout).findings.length, 1);
  });

  it('scanning /proc ends: special files report size 0 and are read with a bound', function () {
    if (!fs.existsSync('/proc/self/status')) this.skip();
    // The CLI's own process folder: hundreds of size-0 special files, some endless.
    const r = run(['scan', '/proc/self/', '--format', 'json', '--no-gitignore'], 60_000);
    assert.ok(!r.timedOut, 'the scan of /proc/self did not end');
    assert.notStrictEqual(r.code, 2, r.stderr);
    assert.ok(JSON.parse(r.stdout).summary.filesScanned > 10);
  });
});

describe('CLI on hostile repositories: writes', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('--output /dev/null (a device, not a link) is written in place: benchmarks and CI discard reports that way', () => {
    const dir = workspace({ 'app.js': secretLine() });
    const r = run(['scan', dir, '--format', 'json', '--output', '/dev/null']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.ok(fs.statSync('/dev/null').isCharacterDevice(), '/dev/null is still the device');
  });

  for (const flag of ['--output', '--write-baseline']) {
    it(`${flag} refuses to write through a symbolic link the repository placed (the target is untouched)`, function () {
      const victimDir = workspace({ 'victim.txt': 'precious\n' });
      const victim = path.join(victimDir, 'victim.txt');
      const dir = workspace({ 'app.js': secretLine() });
      const out = path.join(dir, 'results.sarif');
      link(victim, out, this);
      // --write-baseline writes a baseline, no report: it takes no --format.
      const r = run(['scan', dir, ...(flag === '--output' ? ['--format', 'sarif'] : []), flag, out]);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, /cannot write .*results\.sarif: it is a symbolic link/);
      assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'precious\n');
      assert.ok(fs.lstatSync(out).isSymbolicLink(), 'the link itself was replaced');
      // A dangling link (the target does not exist yet) would be created through: refused too.
      const dangling = path.join(dir, 'dangling.json');
      link(path.join(victimDir, 'created.txt'), dangling, this);
      assert.strictEqual(run(['scan', dir, flag, dangling]).code, 2);
      assert.ok(!fs.existsSync(path.join(victimDir, 'created.txt')));
    });

    it(`${flag} replaces a regular file whole, keeps its permissions, and leaves no temporary file`, () => {
      const dir = workspace({ 'app.js': secretLine() });
      const reports = workspace({});
      const out = path.join(reports, 'report.json');
      fs.writeFileSync(out, 'old content that is longer than the new one '.repeat(2000));
      fs.chmodSync(out, 0o640);
      const r = run(['scan', dir, ...(flag === '--output' ? ['--format', 'json'] : []), flag, out]);
      assert.notStrictEqual(r.code, 2, r.stderr);
      const written = JSON.parse(fs.readFileSync(out, 'utf8'));
      assert.strictEqual(written.findings.length, 1); // a report and a baseline both list the one finding
      assert.strictEqual(fs.statSync(out).mode & 0o777, 0o640);
      assert.deepStrictEqual(fs.readdirSync(reports), ['report.json']);
    });
  }
});

describe('CLI globs are bounded', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it("--exclude '{1..100000}' is refused at once with a clear error (it used to hang the scan)", () => {
    const files: Record<string, string> = { 'app.js': secretLine() };
    for (let i = 0; i < 50; i++) files[`src/f${i}.js`] = 'x\n';
    const dir = workspace(files);
    const t0 = Date.now();
    const r = run(['scan', dir, '--exclude', '{1..100000}'], 20_000);
    assert.ok(!r.timedOut, 'the scan hung');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--exclude: the pattern expands to more than 256 alternatives/);
    assert.ok(Date.now() - t0 < 10_000);
  });

  it('the same glob in .secrethygiene.json is refused, naming the entry, for plain and --staged scans', () => {
    const dir = workspace({ 'app.js': secretLine(), '.secrethygiene.json': JSON.stringify({ exclude: ['dist/**', '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'] }) });
    const r = run(['scan', dir], 20_000);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /\.secrethygiene\.json "exclude" #2: the pattern expands to more than 256 alternatives/);
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const staged = run(['scan', '--staged', dir], 20_000);
    assert.strictEqual(staged.code, 2);
    assert.match(staged.stderr, /"exclude" #2: the pattern expands/);
  });

  it('ordinary brace globs still work', () => {
    const dir = workspace({ 'a/x.js': secretLine(), 'b/x.js': secretLine(), 'c/x.js': secretLine() });
    const r = run(['scan', dir, '--format', 'json', '--exclude', '{a,b}/**']);
    assert.deepStrictEqual(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path), ['c/x.js']);
  });
});
