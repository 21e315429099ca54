/**
 * `--jobs N`: files are scanned on N worker threads and the report is byte for byte the same
 * as on one thread (findings, skipped files in walk order, capped files, counts, score).
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { awsAccessKeyId, awsSecretKey, crcToken, join, openaiProjectKey, randomString } from '../../helpers/fakes';
import { commit, repo } from './gitRepo';
import { ensureBuilt, removeWorkspaces, runCli } from './run';

/** A tree of 60 files across folders: tokens of several kinds, a .env, binary and oversized files, a symlink. */
function fixtureTree(): string {
  const files: Record<string, string> = { '.gitignore': '.env\n' };
  for (let i = 0; i < 60; i++) {
    const dir = ['src', 'lib/util', 'config', 'test/fixtures', 'scripts'][i % 5];
    const token = [crcToken(join('gh', 'p_'), i + 1), openaiProjectKey(i + 1), `${awsAccessKeyId(i + 1)}\naws_secret_access_key = ${awsSecretKey(i + 1)}`][i % 3];
    files[`${dir}/file${String(i).padStart(2, '0')}.${['ts', 'py', 'yaml', 'json'][i % 4]}`] =
      `// module ${i}\nconst note = "nothing here";\nconst key = "${token}";\nconsole.log(process.env.API_SECRET);\n`;
  }
  files['.env'] = `STRIPE_KEY=${randomString(32, undefined, 5)}\nPASSWORD=${randomString(20, undefined, 6)}\n`;
  files['big/dump.py'] = Array.from({ length: 1100 }, (_, i) => `password = "${randomString(20, undefined, 100 + i)}"`).join('\n');
  const dir = repo();
  commit(dir, 'tree', files);
  fs.writeFileSync(path.join(dir, 'src/image.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]));
  fs.writeFileSync(path.join(dir, 'lib/huge.txt'), 'x'.repeat(300 * 1024));
  fs.symlinkSync('/etc/hostname', path.join(dir, 'config/link.txt'));
  return dir;
}

describe('CLI --jobs', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('--jobs 1, 2 and 3 give identical JSON and text reports', () => {
    const dir = fixtureTree();
    const scan = (jobs: string, format: string) => runCli(['scan', dir, '--format', format, '--jobs', jobs, '--max-file-size', '200k', '--fail-on', 'never']);
    const one = scan('1', 'json');
    assert.strictEqual(one.code, 0, one.stderr);
    const report = JSON.parse(one.stdout) as { findings: unknown[]; skipped: { reason: string }[]; capped?: unknown[] };
    assert.ok(report.findings.length > 1050, `${report.findings.length} findings`);
    assert.deepStrictEqual(report.skipped.map(s => s.reason).sort(), ['binary', 'symlink', 'too-large']);
    assert.strictEqual(report.capped?.length, 1);
    for (const jobs of ['2', '3']) {
      const many = scan(jobs, 'json');
      assert.strictEqual(many.code, 0, many.stderr);
      assert.strictEqual(many.stdout, one.stdout, `--jobs ${jobs} JSON differs from --jobs 1`);
      assert.strictEqual(many.stderr, one.stderr);
    }
    assert.strictEqual(scan('2', 'text').stdout, scan('1', 'text').stdout);
  });

  it('rejects --jobs 0 and non-numbers', () => {
    for (const bad of ['0', 'two', '-1']) {
      const run = runCli(['scan', '.', '--jobs', bad]);
      assert.strictEqual(run.code, 2);
      assert.match(run.stderr, /--jobs/);
    }
  });
});
