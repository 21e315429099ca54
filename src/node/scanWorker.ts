/**
 * Entry point of the extension's scan worker thread (bundled as dist/scanWorker.js; see
 * src/node/scanPool.ts): one scanner, each job it is sent run by `runScanJob`, the result (or a
 * one-line error) sent back. Never `vscode`: worker threads cannot load it.
 */

import { parentPort } from 'node:worker_threads';
import { createScanner } from '../core';
import { runScanJob, type ScanJob, type ScanJobResult } from './scanJobs';

/** `stop`: a flag the host sets (shared memory: a busy worker reads no messages) when the job is superseded. */
export interface WorkerRequest { id: number; job: ScanJob; stop?: Int32Array }
/** `stopped`: the scan ended early on the host's flag (its result is incomplete and will be discarded). */
export interface WorkerReply { id: number; result?: ScanJobResult; error?: string; stopped?: boolean }

if (parentPort) {
  const port = parentPort;
  const scanner = createScanner();
  port.on('message', ({ id, job, stop }: WorkerRequest) => {
    let reply: WorkerReply;
    const shouldStop = stop && (() => Atomics.load(stop, 0) !== 0);
    try {
      reply = { id, result: runScanJob(scanner, job, { shouldStop }), ...(shouldStop?.() ? { stopped: true } : {}) };
    } catch (e) {
      // The error's name and first line only: a stack or message could quote scanned text.
      reply = { id, error: `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200)}` };
    }
    port.postMessage(reply);
  });
}
