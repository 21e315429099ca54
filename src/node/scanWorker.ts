/**
 * Entry point of the extension's scan worker thread (bundled as dist/scanWorker.js; see
 * src/node/scanPool.ts): one scanner, each job it is sent run by `runScanJob`, the result (or a
 * one-line error) sent back. Never `vscode`: worker threads cannot load it.
 */

import { parentPort } from 'node:worker_threads';
import { createScanner } from '../core';
import { runScanJob, type ScanJob, type ScanJobResult } from './scanJobs';

export interface WorkerRequest { id: number; job: ScanJob }
export interface WorkerReply { id: number; result?: ScanJobResult; error?: string }

if (parentPort) {
  const port = parentPort;
  const scanner = createScanner();
  port.on('message', ({ id, job }: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id, result: runScanJob(scanner, job) };
    } catch (e) {
      // The error's name and first line only: a stack or message could quote scanned text.
      reply = { id, error: `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200)}` };
    }
    port.postMessage(reply);
  });
}
