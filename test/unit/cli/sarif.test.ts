/**
 * SARIF by GitHub code scanning's rules (what its upload accepts and how it tracks alerts),
 * validated against the SARIF 2.1.0 schema.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../src/core';
import { maskSecret } from '../../../src/core/redact';
import { crcToken, join, openaiProjectKey, randomString } from '../../helpers/fakes';
import { sarifSchemaErrors } from '../../helpers/sarifSchema';
import { parseCommandLine, type ScanOptions } from '../../../src/cli/args';
import { sarifReport } from '../../../src/cli/report/sarif';
import { runScan } from '../../../src/cli/scan';
import { commit, repo } from './gitRepo';
import { ensureBuilt, removeWorkspaces, runCli, workspace } from './run';

const OPENAI = openaiProjectKey();
const GITHUB = crcToken(join('gh', 'p_'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Log = any;

function sarif(args: string[], cwd?: string): Log {
  const run = runCli(['scan', ...args, '--format', 'sarif'], { cwd });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  const log = JSON.parse(run.stdout);
  assert.deepStrictEqual(sarifSchemaErrors(log), [], 'not valid SARIF 2.1.0');
  return log;
}

describe('SARIF for GitHub code scanning', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('the validator rejects what the schema forbids (so the checks below can fail)', () => {
    assert.notDeepStrictEqual(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), []);
    assert.notDeepStrictEqual(sarifSchemaErrors({ version: '2.0.0', runs: [] }), []);
  });

  it('the same secret in several places gets a distinct partialFingerprint per place, stable when lines move', () => {
    const line = `const k = "${OPENAI}";\n`;
    const dir = workspace({ 'a.js': line + line, 'b.js': line });
    const fps = (log: Log) => log.runs[0].results.map((r: Log) => JSON.stringify(r.partialFingerprints));
    const before = fps(sarif([dir]));
    assert.strictEqual(before.length, 3);
    assert.strictEqual(new Set(before).size, 3, 'two results share a partial fingerprint: GitHub would merge them');
    fs.writeFileSync(path.join(dir, 'a.js'), '// moved down\n\n' + line + line);
    assert.deepStrictEqual(fps(sarif([dir])), before);
  });

  it('every rule has a helpUri; messages name the provider once', () => {
    const dir = workspace({ 'a.js': `const k = "${OPENAI}";\n` });
    const log = sarif([dir]);
    const driver = log.runs[0].tool.driver;
    assert.deepStrictEqual(driver.rules.filter((r: Log) => !/^https:\/\//.test(r.helpUri ?? '')).map((r: Log) => r.id), []);
    // Rules without a provider page link to their own row of docs/rules.md.
    const docs = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    for (const r of driver.rules.filter((x: Log) => x.helpUri.includes('docs/rules.md#'))) {
      assert.ok(docs.includes(`<a id="${r.id}"></a>`), `no anchor for ${r.id} in docs/rules.md`);
    }
    const [result] = log.runs[0].results;
    assert.match(result.message.text, /^OpenAI project API key hardcoded: /);
    assert.ok(result.message.text.includes(maskSecret(OPENAI)));
    for (const r of RULES) assert.ok(!new RegExp(`\\b${r.provider} ${r.provider}\\b`).test(result.message.text));
  });

  it('URIs are relative to the repository root, also when a sub-folder is scanned', () => {
    const dir = repo();
    commit(dir, 'init', { 'src/app/a.js': `const k = "${OPENAI}";\n`, 'README.md': 'x\n' });
    for (const [target, cwd] of [['src', dir], [path.join(dir, 'src', 'app'), undefined], ['.', path.join(dir, 'src')]] as const) {
      const log = sarif([target], cwd);
      const run = log.runs[0];
      assert.deepStrictEqual(run.results.map((r: Log) => r.locations[0].physicalLocation.artifactLocation.uri), ['src/app/a.js'], target);
      assert.strictEqual(fs.realpathSync(new URL(run.originalUriBaseIds['%SRCROOT%'].uri)), fs.realpathSync(dir));
    }
  });

  it('security-severity follows the finding: a test file lowers it, the rule keeps its default', () => {
    const dir = workspace({ 'src/a.js': `const k = "${GITHUB}";\n`, 'test/a.test.js': `const k = "${GITHUB}";\n` });
    const run = sarif([dir]).runs[0];
    const bySeverity = Object.fromEntries(run.results.map((r: Log) => [r.locations[0].physicalLocation.artifactLocation.uri, [r.level, r.properties['security-severity']]]));
    assert.deepStrictEqual(bySeverity, { 'src/a.js': ['error', '8.0'], 'test/a.test.js': ['warning', '5.0'] });
    const rule = run.tool.driver.rules.find((r: Log) => r.id === 'github-pat');
    assert.strictEqual(rule.properties['security-severity'], '8.0');
  });

  it('at most 25,000 results per run, the most severe kept, and a note saying how many were left out', async () => {
    // A real scan's result, its generic warning repeated over 25,100 files, plus one error.
    const dir = workspace({ 'a.py': `db_password = "${randomString(14, undefined, 77)}#1"\n`, 'zz/key.js': `const k = "${OPENAI}";\n` });
    const scanned = await runScan([dir], (parseCommandLine(['scan', dir]) as { options: ScanOptions }).options);
    const [warning, error] = scanned.findings;
    assert.deepStrictEqual([warning.severity, error.severity], ['warning', 'error']);
    const findings = [...Array.from({ length: 25_100 }, (_, i) => ({ ...warning, path: `f${i}.py` })), error];
    const log = JSON.parse(sarifReport({ ...scanned, findings }, '0.0.0'));
    assert.deepStrictEqual(sarifSchemaErrors(log), []);
    const run = log.runs[0];
    assert.strictEqual(run.results.length, 25_000);
    assert.strictEqual(run.results[run.results.length - 1].ruleId, 'openai-project-key', 'the error was cut');
    const note = run.invocations[0].toolExecutionNotifications.find((n: Log) => n.level === 'warning');
    assert.match(note.message.text, /^101 of 25101 results left out: GitHub code scanning accepts at most 25000 per run/);
    // Under the limit nothing is cut and nothing is said.
    const small = JSON.parse(sarifReport(scanned, '0.0.0')).runs[0];
    assert.strictEqual(small.results.length, 2);
    assert.ok(!small.invocations[0].toolExecutionNotifications.some((n: Log) => n.level === 'warning'));
  });
});
