/**
 * The files other tools read: `.pre-commit-hooks.yaml`, run through the real `pre-commit` tool
 * (it clones this repository, installs it with npm and runs the hook in a real commit), and
 * `action.yml`, whose steps live in scripts/github-action.sh and are run here directly.
 *
 * `pre-commit` comes from Debian (.ci/run installs it); without it these tests are skipped and
 * say so. The pre-commit test installs this package's dev dependencies from the npm cache, which
 * takes a minute or two: it runs in `npm test`, not in focused runs.
 */

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crcToken, join } from '../../helpers/fakes';
import { assertNoToken, commit, git, repo } from './gitRepo';
import { ensureBuilt, REPO, removeWorkspaces, workspace, type Run } from './run';

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const base: NodeJS.ProcessEnv = { NO_COLOR: '1' };
  // Without the outer `npm test`'s per-script variables, which would steer the inner npm.
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) base[k] = v;
  const r = spawnSync(cmd, args, { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 540_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
/** Python's YAML parser comes with pre-commit; it reads action.yml as GitHub would (YAML 1.1 rules aside). */
function readYaml(file: string): any {
  const r = run('python3', ['-c', 'import json,sys,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', file], REPO);
  assert.strictEqual(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const token = crcToken(join('gh', 'p_'));

describe('pre-commit.com hook definition (.pre-commit-hooks.yaml)', function () {
  this.timeout(600_000);
  before(function () {
    if (!hasPreCommit) {
      console.log('    (skipped: the pre-commit tool is not installed; .ci/run installs it)');
      this.skip();
    }
  });
  after(removeWorkspaces);

  it('is a valid manifest whose hook scans the staged lines and passes no file names', () => {
    const r = run('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], REPO);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    const [hook] = readYaml(path.join(REPO, '.pre-commit-hooks.yaml'));
    assert.strictEqual(hook.id, 'secret-hygiene');
    assert.strictEqual(hook.language, 'node');
    assert.match(hook.entry, /^secret-hygiene scan --staged\b/);
    assert.strictEqual(hook.pass_filenames, false);
  });

  it('pre-commit installs it from this repository and it blocks a commit adding a token', () => {
    const head = git(REPO, 'rev-parse', 'HEAD');
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-pre-commit-home-'));
    try {
      const dir = repo({
        '.pre-commit-config.yaml': `repos:\n  - repo: ${REPO}\n    rev: ${head}\n    hooks:\n      - id: secret-hygiene\n`,
      });
      commit(dir, 'base', { 'README.md': '# app\n' });
      const env = { PRE_COMMIT_HOME: home };
      const install = run('pre-commit', ['install'], dir, env);
      assert.strictEqual(install.code, 0, install.stdout + install.stderr);

      fs.writeFileSync(path.join(dir, 'app.py'), "print('hi')\n");
      git(dir, 'add', 'app.py', '.pre-commit-config.yaml');
      const clean = run('git', ['commit', '-m', 'clean'], dir, env);
      assert.strictEqual(clean.code, 0, clean.stdout + clean.stderr);
      assert.match(clean.stdout + clean.stderr, /secret-hygiene.*Passed/);

      const before = git(dir, 'rev-parse', 'HEAD');
      fs.writeFileSync(path.join(dir, 'config.js'), `const token = "${token}";\n`);
      git(dir, 'add', 'config.js');
      const blocked = run('git', ['commit', '-m', 'token'], dir, env);
      assert.notStrictEqual(blocked.code, 0, 'the commit went through');
      assert.strictEqual(git(dir, 'rev-parse', 'HEAD'), before);
      // git shows a hook's output on stderr.
      assert.match(blocked.stderr, /secret-hygiene.*Failed/);
      assert.match(blocked.stderr, /config\.js/);
      assertNoToken(blocked, token);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('GitHub Action (action.yml, scripts/github-action.sh)', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(removeWorkspaces);
  const script = path.join(REPO, 'scripts', 'github-action.sh');

  function scan(cwd: string, inputs: Record<string, string>): { run: Run; outputs: Record<string, string> } {
    const outputFile = path.join(cwd, '.github-output');
    fs.writeFileSync(outputFile, '');
    const r = run('bash', [script, 'scan'], cwd, { ...inputs, GITHUB_OUTPUT: outputFile });
    const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map(l => l.split(/=(.*)/s).slice(0, 2)));
    fs.rmSync(outputFile);
    return { run: r, outputs };
  }

  it('scan: fails on findings, writes the SARIF report and names it for the upload step', () => {
    const dir = workspace({ 'src/config.js': `export const token = "${token}";\n`, 'src/ok.js': 'export const ok = 1;\n' });
    const { run: r, outputs } = scan(dir, { INPUT_PATH: '.', INPUT_FAIL_ON: 'warning', INPUT_SARIF: 'true', INPUT_SARIF_FILE: 'out.sarif' });
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stdout, /src\/config\.js/);
    assertNoToken(r, token);
    assert.deepStrictEqual(outputs, { 'sarif-file': 'out.sarif', 'exit-code': '1' });
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    assert.strictEqual(sarif.version, '2.1.0');
    assert.deepStrictEqual(sarif.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri), ['src/config.js']);
    assert.ok(!fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8').includes(token));
  });

  it('scan: passes a clean folder, honours fail-on, writes no SARIF unless asked', () => {
    const dir = workspace({ 'app.js': 'export const key = process.env.API_KEY;\n', 'k.js': `k("${token}");\n` });
    const never = scan(dir, { INPUT_PATH: '.', INPUT_FAIL_ON: 'never', INPUT_SARIF: 'false' });
    assert.strictEqual(never.run.code, 0, never.run.stderr);
    assert.deepStrictEqual(never.outputs, { 'exit-code': '0' });
    assert.ok(!fs.existsSync(path.join(dir, 'secret-hygiene.sarif')));
    const missing = scan(dir, { INPUT_PATH: 'no-such-folder' });
    assert.strictEqual(missing.run.code, 2);
    assert.deepStrictEqual(missing.outputs, { 'exit-code': '2' });
  });

  it('action.yml runs those steps, with the inputs it declares and upload-sarif v4', function () {
    if (!hasPreCommit) this.skip(); // Python's YAML parser comes with it
    const action = readYaml(path.join(REPO, 'action.yml'));
    assert.strictEqual(action.runs.using, 'composite');
    const steps: any[] = action.runs.steps;
    const runs = steps.filter(s => s.run).map(s => s.run as string);
    assert.deepStrictEqual(runs, ['bash "$GITHUB_ACTION_PATH/scripts/github-action.sh" install', 'bash "$GITHUB_ACTION_PATH/scripts/github-action.sh" scan']);
    const used = JSON.stringify(action).match(/inputs\.[a-z-]+/g) ?? [];
    for (const name of used) assert.ok(name.slice('inputs.'.length) in action.inputs, `${name} is not declared`);
    const upload = steps.find(s => s.uses);
    assert.strictEqual(upload.uses, 'github/codeql-action/upload-sarif@v4');
    assert.match(upload.if, /always\(\)/);
  });
});
