/**
 * Human-readable output shows no control character taken from a repository (file names,
 * a token's decoded claims) and no file content in errors.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scanText } from '../../../src/core';
import { crcToken, epoch, join, jwt, openaiProjectKey } from '../../helpers/fakes';
import { ensureBuilt, removeWorkspaces, runCli, workspace } from './run';

/** C0 controls other than the newline that ends each line, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

function lines(text: string): string[] {
  return text.split('\n');
}

describe('escaped output and errors that quote nothing', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('a newline or escape sequence in a file name cannot forge a report line or colour the terminal', () => {
    const forged = 'a.py\n  9:9  error  Fake  forged line\x1b[2J';
    const dir = workspace({ [forged]: `GITHUB_TOKEN = "${crcToken(join('gh', 'p_'))}"\n`, ['bin\x1b[31m.dat']: new Uint8Array([0, 1, 2]) });
    const run = runCli(['scan', dir, '--verbose']);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.ok(!CONTROL.test(run.stdout + run.stderr), JSON.stringify(run.stdout));
    assert.ok(!lines(run.stdout).some(l => l.includes('forged line') && !l.includes('a.py')), 'a file name started a line of its own');
    assert.ok(run.stdout.includes('a.py\\n  9:9  error  Fake  forged line\\x1b[2J'), run.stdout);
    assert.ok(run.stdout.includes('bin\\x1b[31m.dat  (binary)'), run.stdout);
  });

  it('a JWT whose issuer holds control characters is reported with them escaped, in the text report and the finding', () => {
    const token = jwt({ iss: 'https://id.example\n\x1b[1mACCESS GRANTED\x07', sub: 'svc', exp: epoch(30) });
    const text = `const session = "${token}";\n`;
    const [finding] = scanText(text, { path: 'a.js' });
    assert.strictEqual(finding.ruleId, 'jwt');
    assert.match(finding.detail ?? '', /issuer https:\/\/id\.example\\n\\x1b\[1mACCESS GRANTED\\x07/);
    // --verbose shows the whole detail (the plain report shortens it to fit 80 columns).
    const run = runCli(['scan', workspace({ 'a.js': text }), '--verbose']);
    assert.ok(!CONTROL.test(run.stdout), JSON.stringify(run.stdout));
    // The issuer stays on the finding's own lines, escaped: it forges no line of its own.
    assert.match(run.stdout.replace(/\s+/g, ' '), /issuer https:\/\/id\.example\\n\\x1b\[1mACCESS GRANTED\\x07/);
    assert.ok(!lines(run.stdout).some(l => /^\S*ACCESS/.test(l.trim()) && !l.includes('example')), 'a line starts with the forged text');
  });

  it('errors escape the paths they name', () => {
    const run = runCli(['scan', '/nonexistent/\x1b[31mred\nsecond']);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.stderr, 'secret-hygiene: no such file or folder: /nonexistent/\\x1b[31mred\\nsecond\n');
  });

  it('config and baseline errors name the field and position, never the text', () => {
    const key = openaiProjectKey();
    const broken = `{\n  "exclude": ["dist/**"],\n  "allowlist": ["${key}" "x"]\n}\n`;
    let run = runCli(['scan', workspace({ '.secrethygiene.json': broken, 'a.txt': 'x\n' })]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /\.secrethygiene\.json is not valid JSON \(line 3, column \d+\)\n$/);
    assert.ok(!run.stderr.includes(key.slice(8, 30)), run.stderr);
    // A token pasted as a rule id, with an invalid setting: named by its place.
    run = runCli(['scan', workspace({ '.secrethygiene.json': `{\n  "rules": {\n    "${key}": "quiet"\n  }\n}\n`, 'a.txt': 'x\n' })]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /"rules" entry 1 must be "off", "error", "warning" or "info" \(line 3\)\n$/);
    assert.ok(!run.stderr.includes(key.slice(8, 30)), run.stderr);
    const dir = workspace({ 'a.txt': 'x\n', 'b.json': `{"version": 1, "findings": [${key}]}` });
    run = runCli(['scan', dir, '--baseline', path.join(dir, 'b.json')]);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /baseline is not valid JSON \(line 1, column 29\)\n$/);
    assert.ok(!run.stderr.includes(key.slice(8, 30)), run.stderr);
    assert.ok(fs.existsSync(dir));
  });
});
