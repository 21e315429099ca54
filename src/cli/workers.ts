/**
 * Spreads the files of a scan over worker threads (`--jobs`). Each worker runs this same file
 * (dist/cli.js when bundled) with its own scanner and calls `scanOneFile` on the jobs it is
 * sent; the main thread hands results on in job order, so the report is the same whatever
 * the number of workers. By default small scans stay on the main thread: starting a worker
 * (~50 ms) costs more than scanning a few MB.
 */

import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createScanner } from '../core';
import { scanOneFile, type FileJob, type FileScan } from './fileJob';

/** Below this much text per extra worker, another thread would not pay for its start-up. */
const BYTES_PER_WORKER = 4 * 1024 * 1024;
/** Jobs sent to a worker ahead of its results, so it never waits for the main thread. */
const IN_FLIGHT = 4;
const WORKER_FLAG = 'secretHygieneScanWorker';
/** More threads than this only cost memory (each holds a scanner and a V8 heap). */
const MAX_WORKERS = 64;

function cores(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

interface Request { id: number; job: FileJob }
interface Reply { id: number; scan?: FileScan; error?: string }

/**
 * Scans `jobs` with `threads` workers (one thread: on this one), calling `onResult` in job
 * order. Without `threads`, one per core, fewer when `totalBytes` (the files' total size) is small.
 */
export async function scanFiles(jobs: readonly FileJob[], threads: number | undefined, onResult: (index: number, scan: FileScan) => void, totalBytes: number): Promise<void> {
  const wanted = threads ?? Math.min(cores(), Math.ceil(totalBytes / BYTES_PER_WORKER));
  const workers = Math.min(wanted, jobs.length, MAX_WORKERS);
  if (workers <= 1) {
    const scanner = createScanner();
    jobs.forEach((job, i) => onResult(i, scanOneFile(scanner, job)));
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const results = new Map<number, FileScan>();
    const pool: Worker[] = [];
    let sent = 0, emitted = 0, failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      for (const w of pool) void w.terminate();
      reject(e);
    };
    const feed = (w: Worker) => {
      if (sent < jobs.length) w.postMessage({ id: sent, job: jobs[sent++] } satisfies Request);
    };
    for (let k = 0; k < workers; k++) {
      const w = new Worker(__filename, { workerData: { [WORKER_FLAG]: true } });
      pool.push(w);
      w.on('message', (reply: Reply) => {
        if (reply.error !== undefined || !reply.scan) return fail(new Error(`scan worker: ${reply.error ?? 'no result'}`));
        results.set(reply.id, reply.scan);
        try {
          for (let r; (r = results.get(emitted)) !== undefined; emitted++) {
            results.delete(emitted);
            onResult(emitted, r);
          }
        } catch (e) {
          return fail(e as Error);
        }
        if (emitted === jobs.length) {
          for (const p of pool) void p.terminate();
          resolve();
        } else feed(w);
      });
      w.on('error', e => fail(e));
      w.on('exit', code => { if (code !== 0 && emitted < jobs.length) fail(new Error(`scan worker exited with code ${code}`)); });
      for (let j = 0; j < IN_FLIGHT; j++) feed(w);
    }
  });
}

/** The worker's side: scan each job it is sent, reply with the result or a one-line error. */
function serve(): void {
  const scanner = createScanner();
  parentPort!.on('message', ({ id, job }: Request) => {
    let reply: Reply;
    try {
      reply = { id, scan: scanOneFile(scanner, job) };
    } catch (e) {
      // The error's name and first line only: a stack or message could quote scanned text.
      reply = { id, error: `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200)}` };
    }
    parentPort!.postMessage(reply);
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG]) serve();
