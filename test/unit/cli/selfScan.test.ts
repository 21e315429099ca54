/**
 * The repository scans clean with its own CLI (CONTRIBUTING.md says so): test data is generated
 * at run time, and the folders meant to hold findings are excluded in .secrethygiene.json.
 */

import * as assert from 'assert';
import { ensureBuilt, REPO, runCli } from './run';

describe('this repository', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('scans clean with its own CLI: no finding at any level', () => {
    const run = runCli(['scan', REPO, '--format', 'json', '--fail-on', 'info']);
    const report = JSON.parse(run.stdout) as { findings: { path: string; line: number; ruleId: string; masked: string }[] };
    assert.deepStrictEqual(report.findings.map(f => `${f.path}:${f.line} ${f.ruleId} ${f.masked}`), []);
    assert.strictEqual(run.code, 0, run.stderr);
  });
});
