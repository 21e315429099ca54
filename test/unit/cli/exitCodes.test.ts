import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { CLI, ensureBuilt, removeWorkspaces, runCli, workspace } from './run';

const TOKEN = crcToken(join('gh', 'p_'));

/** One GitHub token whose severity the workspace config sets (or leaves at the rule's "error"). */
function withSeverity(severity?: 'error' | 'warning' | 'info'): string {
  return workspace({
    'ci.js': `module.exports = { token: "${TOKEN}" };\n`,
    ...(severity ? { '.secrethygiene.json': JSON.stringify({ rules: { 'github-pat': severity } }) } : {}),
  });
}

describe('CLI exit codes', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  const cases: [severity: 'error' | 'warning' | 'info', failOn: string | undefined, code: number][] = [
    ['error', undefined, 1], ['warning', undefined, 1], ['info', undefined, 0],
    ['error', 'error', 1], ['warning', 'error', 0],
    ['info', 'info', 1], ['warning', 'info', 1],
    ['error', 'never', 0],
  ];
  for (const [severity, failOn, code] of cases) {
    it(`exits ${code} for a finding at ${severity} with --fail-on ${failOn ?? '(default warning)'}`, () => {
      const run = runCli(['scan', withSeverity(severity), ...(failOn ? ['--fail-on', failOn] : [])]);
      assert.strictEqual(run.code, code, run.stderr);
      assert.match(run.stdout, /^1 finding \(/m);
    });
  }

  const usage: [what: string, args: (dir: string) => string[], message: RegExp][] = [
    ['an unknown option', dir => ['scan', dir, '--bogus'], /--bogus/],
    ['a missing path', dir => ['scan', path.join(dir, 'nope')], /no such file or folder: .*nope/],
    ['an unknown --format', dir => ['scan', dir, '--format', 'xml'], /--format must be one of text, json, sarif/],
    ['an unknown --fail-on', dir => ['scan', dir, '--fail-on', 'critical'], /--fail-on/],
    ['a bad --max-file-size', dir => ['scan', dir, '--max-file-size', 'lots'], /--max-file-size/],
    ['an unreadable baseline', dir => ['scan', dir, '--baseline', path.join(dir, 'missing.json')], /cannot read baseline .*missing\.json/],
    ['an unknown command', () => ['scna'], /unknown command "scna"/],
    ['--write-baseline with --baseline', dir => ['scan', dir, '--write-baseline', path.join(dir, 'b.json'), '--baseline', path.join(dir, 'a.json')],
      /--write-baseline cannot be combined with --baseline/],
    ['--write-baseline with --output', dir => ['scan', dir, '--write-baseline', path.join(dir, 'b.json'), '--output', path.join(dir, 'r.txt')],
      /--write-baseline cannot be combined with --output/],
  ];
  for (const [what, args, message] of usage) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const run = runCli(args(withSeverity()));
      assert.strictEqual(run.code, 2);
      assert.strictEqual(run.stdout, '');
      assert.match(run.stderr, /^secret-hygiene: [^\n]+\n$/);
      assert.match(run.stderr, message);
    });
  }

  it('exits 2 naming the field when .secrethygiene.json is invalid, without quoting the file', () => {
    const badField = workspace({ 'a.js': '', '.secrethygiene.json': '{"exclude": "dist/**"}' });
    const run = runCli(['scan', badField]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /"exclude" must be an array of strings/);

    const secretInBrokenJson = `{"allowlist": ["${TOKEN}",]`;
    const badJson = workspace({ 'a.js': '', '.secrethygiene.json': secretInBrokenJson });
    const broken = runCli(['scan', badJson]);
    assert.strictEqual(broken.code, 2);
    assert.match(broken.stderr, /^secret-hygiene: .*\.secrethygiene\.json: .*not valid JSON[^\n]*\n$/);
    assert.ok(!broken.stderr.includes(TOKEN.slice(4, 20)), 'the error quotes the config text');
  });

  it('exits 2 when a file named on the command line cannot be read (not "100/100 (A)")', function () {
    const dir = workspace({ 'locked.js': `const t = "${TOKEN}";\n` });
    const file = path.join(dir, 'locked.js');
    fs.chmodSync(file, 0o000);
    fs.chmodSync(dir, 0o755);
    // root reads any file: run the CLI as an unprivileged user where we are root.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    if (asUser.length && spawnSync('setpriv', ['--version']).status !== 0) this.skip();
    const r = spawnSync(asUser[0] ?? process.execPath, [...asUser.slice(1), ...(asUser.length ? [process.execPath] : []), CLI, 'scan', file],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.strictEqual(r.status, 2, r.stdout + r.stderr);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /^secret-hygiene: cannot read .*locked\.js\n$/);
  });

  it('reports each file once when the same path is named twice or a file inside a named folder', () => {
    const dir = workspace({ 'ci.js': `module.exports = { token: "${TOKEN}" };\n` });
    for (const args of [[dir, dir], [dir, path.join(dir, 'ci.js')], [path.join(dir, 'ci.js'), path.join(dir, 'ci.js')]]) {
      const run = runCli(['scan', ...args, '--format', 'json']);
      assert.strictEqual(run.code, 1, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.strictEqual(report.findings.length, 1, `scan ${args.join(' ')}`);
      assert.strictEqual(report.summary.filesScanned, 1);
    }
  });

  it('prints help and the version with exit 0', () => {
    const help = runCli(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /Usage: secret-hygiene scan/);
    assert.match(help.stdout, /--fail-on/);
    assert.deepStrictEqual(help.stdout.split('\n').filter(l => l.length > 80), [], 'help lines wider than 80 columns');
    const version = runCli(['--version']);
    assert.strictEqual(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
