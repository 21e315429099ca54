/**
 * The extension's scan workers (src/node/scanPool.ts) on real worker threads: they give exactly
 * the findings an inline scan gives, a newer job for the same document supersedes an older one,
 * a cancelled workspace scan's queued files are dropped, and a worker that cannot start leaves
 * the scans inline rather than failing them.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createScanner } from '../../../src/core';
import { ScanPool } from '../../../src/node/scanPool';
import { runScanJob, type ScanJob, type ScanJobResult } from '../../../src/node/scanJobs';
import { anthropicKey, awsAccessKeyId, awsSecretKey, crcToken, join, openaiProjectKey } from '../../helpers/fakes';

// The compiled worker entry (tsc puts it beside this suite's sources under out/).
const SCRIPT = path.resolve(__dirname, '..', '..', '..', 'src', 'node', 'scanWorker.js');

describe('scan worker pool', function () {
  this.timeout(60_000);
  const scanner = createScanner();
  let pool: ScanPool;
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-pool-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => pool?.dispose());

  const texts = [
    `const client = new OpenAI({ apiKey: "${openaiProjectKey()}" });\n`,
    `AWS_ACCESS_KEY_ID=${awsAccessKeyId()}\nAWS_SECRET_ACCESS_KEY=${awsSecretKey()}\n`,
    `# notes\ntoken: ${crcToken(join('gh', 'p_'))}\nanthropic: "${anthropicKey()}"\nconsole.log(process.env.X)\n`,
    'nothing to see here\n'.repeat(500),
  ];

  /** Findings as the user sees them (JSON: what crosses the thread boundary). */
  const plain = (r: ScanJobResult | undefined) => JSON.parse(JSON.stringify(r));

  it('gives the findings the inline scan gives, for documents and for files it reads itself', async () => {
    pool = new ScanPool({ script: SCRIPT, size: 2, scanner });
    const jobs: ScanJob[] = [];
    texts.forEach((text, i) => {
      jobs.push({ kind: 'text', text, path: `src/file${i}.ts` }, { kind: 'text', text, languageId: 'yaml' });
      const file = path.join(dir, `f${i}.env`);
      fs.writeFileSync(file, text);
      jobs.push({ kind: 'file', fsPath: file, path: `f${i}.env`, maxBytes: 1 << 20 });
      jobs.push({ kind: 'bytes', bytes: new TextEncoder().encode(text), path: `f${i}.env`, maxBytes: 1 << 20 });
    });
    const viaWorkers = await Promise.all(jobs.map(j => pool.run(j)));
    assert.ok(pool.stats.worker >= jobs.length && !pool.inlineOnly, 'the workers ran them');
    const found = viaWorkers.reduce((n, r) => n + (r?.kind === 'text' ? r.findings.length : r?.kind === 'file' && r.scan.kind === 'scanned' ? r.scan.findings.length : 0), 0);
    assert.ok(found >= 20, `findings came back (${found})`);
    jobs.forEach((j, i) => assert.deepStrictEqual(plain(viaWorkers[i]), plain(runScanJob(scanner, j)), `job ${i} (${j.kind})`));
  });

  it('reads files itself within the size cap, never through a link', async () => {
    pool = new ScanPool({ script: SCRIPT, size: 1, scanner });
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, 'x'.repeat(5000));
    const target = path.join(dir, 'target.env');
    fs.writeFileSync(target, texts[0]);
    const link = path.join(dir, 'link.env');
    fs.symlinkSync(target, link);
    const run = (fsPath: string, maxBytes = 1 << 20) => pool.run({ kind: 'file', fsPath, path: path.basename(fsPath), maxBytes });
    assert.deepStrictEqual((await run(big, 4096))?.kind === 'file' && (await run(big, 4096) as { scan: unknown }).scan, { kind: 'too-large' });
    assert.deepStrictEqual(plain(await run(link)), { kind: 'file', scan: { kind: 'not-a-file' } });
    const gone = await run(path.join(dir, 'missing.txt'));
    assert.deepStrictEqual(plain(gone), { kind: 'file', scan: { kind: 'unreadable', code: 'ENOENT' } });
  });

  it('a newer scan of the same document supersedes the older one: only the newest result comes back', async () => {
    pool = new ScanPool({ script: SCRIPT, size: 1, scanner });
    const long = texts[2].repeat(1500); // a few hundred ms of scanning: still running when the next arrive
    const first = pool.run({ kind: 'text', text: long, path: 'a.ts' }, { key: 'doc', priority: 'live' });
    const second = pool.run({ kind: 'text', text: long + texts[0], path: 'a.ts' }, { key: 'doc', priority: 'live' });
    const third = pool.run({ kind: 'text', text: texts[0], path: 'a.ts' }, { key: 'doc', priority: 'live' });
    const other = pool.run({ kind: 'text', text: texts[1], path: 'b.ts' }, { key: 'other', priority: 'live' });
    const [r1, r2, r3, r4] = await Promise.all([first, second, third, other]);
    assert.strictEqual(r1, undefined, 'the running, superseded scan is discarded');
    assert.strictEqual(r2, undefined, 'the queued, superseded scan is dropped');
    assert.deepStrictEqual(plain(r3), plain(runScanJob(scanner, { kind: 'text', text: texts[0], path: 'a.ts' })));
    assert.ok(r4?.kind === 'text' && r4.findings.length === 2, 'another document is not affected');
    const stopped = pool.stats.stoppedEarly;
    assert.ok(stopped >= 1, 'the worker stopped the superseded scan it had started, rather than finishing it');
    pool.cancel('other');
    const late = pool.run({ kind: 'text', text: long, path: 'a.ts' }, { key: 'doc' });
    pool.cancel('doc');
    assert.strictEqual(await late, undefined, 'cancel(key) discards a running scan');
    assert.strictEqual(pool.stats.stoppedEarly, stopped + 1, 'and stops it early');
  });

  it('open documents go before a workspace scan\'s queued files; a cancelled scan\'s files are dropped', async () => {
    pool = new ScanPool({ script: SCRIPT, size: 1, scanner });
    let cancelled = false;
    const token = { get isCancellationRequested() { return cancelled; } };
    const order: string[] = [];
    const bulk = Array.from({ length: 30 }, (_, i) =>
      pool.run({ kind: 'text', text: texts[2].repeat(200), path: `bulk${i}.ts` }, { priority: 'bulk', token }).then(r => { if (r) order.push(`bulk${i}`); return r; }));
    const live = pool.run({ kind: 'text', text: texts[0], path: 'open.ts' }, { priority: 'live', key: 'open' }).then(r => { order.push('live'); return r; });
    await live;
    assert.ok(order.indexOf('live') <= 3, `the open document's scan overtook the queue: ${order.join(' ')}`);
    cancelled = true;
    pool.sweep();
    const results = await Promise.all(bulk);
    const done = results.filter(Boolean).length;
    assert.ok(done < 30, `queued files were dropped after the cancel (${done} of 30 scanned)`);
  });

  it('runs the jobs inline when the worker cannot start, and says so once', async () => {
    const said: string[] = [];
    pool = new ScanPool({ script: path.join(dir, 'no-such-worker.js'), size: 2, scanner, onFallback: r => said.push(r) });
    const results = await Promise.all(texts.map(text => pool.run({ kind: 'text', text, path: 'x.ts' })));
    assert.ok(pool.inlineOnly);
    assert.strictEqual(said.length, 1, said.join('\n'));
    texts.forEach((text, i) => assert.deepStrictEqual(plain(results[i]), plain(runScanJob(scanner, { kind: 'text', text, path: 'x.ts' }))));
  });
});
