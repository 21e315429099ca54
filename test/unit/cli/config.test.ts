import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { crcToken, join, openaiProjectKey } from '../../helpers/fakes';
import { ensureBuilt, removeWorkspaces, runCli, scanJson, workspace, writeFiles } from './run';

const GITHUB_A = crcToken(join('gh', 'p_'));
const GITHUB_B = crcToken(join('gh', 'p_'));
const OPENAI = openaiProjectKey();

describe('CLI configuration and baselines', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('.secrethygiene.json: exclude globs, allowlisted fingerprints, rules off and severity overrides', () => {
    const files = {
      'src/a.js': `const a = "${GITHUB_A}";\nconst b = "${GITHUB_B}";\n`,
      'src/ai.ts': `export const key = "${OPENAI}";\n`,
      'generated/x.js': `const c = "${GITHUB_A}";\n`,
    };
    const dir = workspace(files);
    const before = scanJson(dir).report.findings;
    assert.strictEqual(before.length, 4);
    const allowed = before.find(f => f.path === 'src/a.js' && f.line === 2)!.fingerprint;

    writeFiles(dir, {
      '.secrethygiene.json': JSON.stringify({ exclude: ['generated/**'], allowlist: [allowed], rules: { 'openai-project-key': 'info' } }),
    });
    const after = scanJson(dir).report.findings;
    assert.deepStrictEqual(after.map(f => [f.path, f.line, f.ruleId, f.severity]), [
      ['src/a.js', 1, 'github-pat', 'error'],
      ['src/ai.ts', 1, 'openai-project-key', 'info'],
    ]);

    writeFiles(dir, { '.secrethygiene.json': JSON.stringify({ rules: { 'github-pat': 'off' } }) });
    assert.deepStrictEqual(scanJson(dir).report.findings.map(f => f.ruleId), ['openai-project-key']);
  });

  it('baseline round trip: write, scan clean, survive a line move, report only new secrets', () => {
    const dir = workspace({ 'app.js': `// config\nconst token = "${GITHUB_A}";\n` });
    const baseline = path.join(dir, '.secrets-baseline.json');

    const write = runCli(['scan', dir, '--write-baseline', baseline]);
    assert.strictEqual(write.code, 0, write.stderr);
    const written = fs.readFileSync(baseline, 'utf8');
    assert.ok(!written.includes(GITHUB_A), 'the baseline holds a raw token');
    assert.strictEqual(JSON.parse(written).findings.length, 1);

    const clean = scanJson(dir, ['--baseline', baseline]);
    assert.strictEqual(clean.run.code, 0);
    assert.strictEqual(clean.report.findings.length, 0);

    writeFiles(dir, { 'app.js': `// config\n\n\n\nmodule.exports = {\n  token: "${GITHUB_A}",\n};\n` });
    const moved = scanJson(dir, ['--baseline', baseline]);
    assert.strictEqual(moved.run.code, 0);
    assert.strictEqual(moved.report.findings.length, 0);

    writeFiles(dir, { 'app.js': `module.exports = {\n  token: "${GITHUB_A}",\n  other: "${GITHUB_B}",\n};\n` });
    const added = scanJson(dir, ['--baseline', baseline]);
    assert.strictEqual(added.run.code, 1);
    assert.deepStrictEqual(added.report.findings.map(f => f.line), [3]);
    assert.match(added.run.stderr, /1 hidden by the baseline/);
  });

  it('uses the baseline named in .secrethygiene.json, relative to the workspace', () => {
    const dir = workspace({ 'app.js': `const token = "${GITHUB_A}";\n` });
    assert.strictEqual(runCli(['scan', dir, '--write-baseline', path.join(dir, 'ci', 'baseline.json')]).code, 2); // folder missing
    fs.mkdirSync(path.join(dir, 'ci'));
    assert.strictEqual(runCli(['scan', dir, '--write-baseline', path.join(dir, 'ci', 'baseline.json')]).code, 0);
    writeFiles(dir, { '.secrethygiene.json': JSON.stringify({ baseline: 'ci/baseline.json' }) });
    const run = scanJson(dir);
    assert.strictEqual(run.run.code, 0);
    assert.strictEqual(run.report.findings.length, 0);
  });
  it('warns about unknown keys and rule ids in .secrethygiene.json, naming them but never a value', () => {
    const dir = workspace({
      'app.js': `const token = "${GITHUB_A}";\n`,
      '.secrethygiene.json': JSON.stringify({ exlude: [GITHUB_A], rules: { 'github-pta': 'off', 'github-pat': 'warning' } }),
    });
    const run = scanJson(dir);
    assert.strictEqual(run.run.code, 1);
    assert.match(run.run.stderr, /warning: .*\.secrethygiene\.json: unknown key "exlude" is ignored \(did you mean "exclude"\?\)/);
    assert.match(run.run.stderr, /"rules" names no rule "github-pta" \(did you mean "github-pat"\?\)/);
    assert.ok(!run.run.stderr.includes(GITHUB_A.slice(4)), 'a config value was echoed');
    assert.strictEqual(run.report.findings[0].severity, 'warning', 'the known rule setting still applies');
    const clean = workspace({ 'a.js': '', '.secrethygiene.json': JSON.stringify({ exclude: ['dist/**'], rules: { 'github-pat': 'off' } }) });
    assert.doesNotMatch(runCli(['scan', clean]).stderr, /warning/);
  });
});
