/**
 * Worker threads for the extension's scans, so the extension host thread (which also runs every
 * other extension and answers the editor) never blocks on a big file or a whole workspace.
 *
 * - Jobs are `runScanJob` calls (src/node/scanJobs.ts): the same function runs inline, so a
 *   result does not depend on where it ran.
 * - Open documents' scans (`live`) are taken before the workspace scan's files (`bulk`).
 * - A job with the same `key` as a newer one is superseded: dropped if it has not started; if it
 *   has, the worker is told through shared memory and stops at its next 16 K characters, and
 *   the result is discarded (resolves `undefined`). A cancelled token drops queued jobs.
 * - Workers start on first use. One that cannot start is retried, and after repeated failures
 *   the pool runs jobs inline (slower, still correct).
 */

import { Worker } from 'node:worker_threads';
import type { Scanner } from '../core';
import { runScanJob, type ScanJob, type ScanJobResult } from './scanJobs';
import type { WorkerReply, WorkerRequest } from './scanWorker';

export interface Cancellation { readonly isCancellationRequested: boolean }

export interface PoolJobOptions {
  /** A newer job with the same key supersedes this one (a document edited again). */
  key?: string;
  /** `live` jobs (an open document) are started before `bulk` ones (workspace scan files). */
  priority?: 'live' | 'bulk';
  /** Once cancelled, the job is dropped if it has not started (resolves undefined). */
  token?: Cancellation;
}

export interface ScanPoolOptions {
  /** The bundled worker entry (dist/scanWorker.js) or its compiled module. */
  script: string;
  /** Worker threads at most. */
  size: number;
  /** For the inline fallback. */
  scanner: Scanner;
  /** Told once when the pool falls back to inline scans (never file content). */
  onFallback?: (reason: string) => void;
}

interface Ticket {
  id: number;
  job: ScanJob;
  options: PoolJobOptions;
  /** For a keyed job on a worker: set to 1 when superseded, so the worker stops early. */
  stop?: Int32Array;
  resolve: (r: ScanJobResult | undefined) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  running: Map<number, Ticket>;
  /** Replied at least once: a later crash is the job's fault, not a start-up failure. */
  started: boolean;
}

/** Jobs sent to a worker ahead of its reply, so it does not wait on the host between files. */
const PER_WORKER = 2;
/** Start-up failures after which the pool stops trying workers. */
const MAX_START_FAILURES = 3;

export class ScanPool {
  private readonly live: Ticket[] = [];
  private readonly bulk: Ticket[] = [];
  private readonly slots: Slot[] = [];
  /** key → the newest ticket submitted under it. */
  private readonly latest = new Map<string, number>();
  private nextId = 0;
  private startFailures = 0;
  private disposed = false;
  /** Jobs scanned by a worker / inline, and worker scans stopped early (the log and tests read these). */
  readonly stats = { worker: 0, inline: 0, stoppedEarly: 0 };

  constructor(private readonly options: ScanPoolOptions) {}

  get size(): number {
    return this.options.size;
  }

  /** True once workers failed to start repeatedly: jobs run inline. */
  get inlineOnly(): boolean {
    return this.startFailures >= MAX_START_FAILURES || this.options.size < 1;
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.live.length + this.bulk.length + this.slots.reduce((n, s) => n + s.running.size, 0);
  }

  /** Scans on this thread, now (small documents: cheaper than a round trip). */
  inline(job: ScanJob): ScanJobResult {
    this.stats.inline++;
    return runScanJob(this.options.scanner, job);
  }

  /** Scans on a worker; undefined when superseded or cancelled. */
  run(job: ScanJob, options: PoolJobOptions = {}): Promise<ScanJobResult | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const ticket: Ticket = { id: this.nextId++, job, options, resolve, reject };
      if (options.key !== undefined) {
        this.latest.set(options.key, ticket.id);
        for (const queue of [this.live, this.bulk]) this.dropWhere(queue, t => t.options.key === options.key);
        this.stopRunning(options.key);
      }
      (options.priority === 'live' ? this.live : this.bulk).push(ticket);
      this.pump();
    });
  }

  /** Drops the queued job under `key` and discards the result of a running one. */
  cancel(key: string): void {
    if (!this.latest.has(key)) return;
    this.latest.set(key, -1);
    for (const queue of [this.live, this.bulk]) this.dropWhere(queue, t => t.options.key === key);
    this.stopRunning(key);
    if (!this.slots.some(s => [...s.running.values()].some(t => t.options.key === key))) this.latest.delete(key);
  }

  /** Tells the workers running a job under `key` to stop it (their results are stale now). */
  private stopRunning(key: string): void {
    for (const s of this.slots) for (const t of s.running.values()) if (t.options.key === key && t.stop) Atomics.store(t.stop, 0, 1);
  }

  /** Drops every queued job whose token is cancelled (the workspace scan was superseded). */
  sweep(): void {
    this.dropWhere(this.bulk, t => !!t.options.token?.isCancellationRequested);
    this.dropWhere(this.live, t => !!t.options.token?.isCancellationRequested);
  }

  private dropWhere(queue: Ticket[], drop: (t: Ticket) => boolean): void {
    for (let i = queue.length - 1; i >= 0; i--) {
      if (drop(queue[i])) queue.splice(i, 1)[0].resolve(undefined);
    }
  }

  private isStale(t: Ticket): boolean {
    return !!t.options.token?.isCancellationRequested
      || (t.options.key !== undefined && this.latest.get(t.options.key) !== t.id);
  }

  private settle(t: Ticket, result: ScanJobResult | undefined, error?: string): void {
    const stale = this.isStale(t);
    if (t.options.key !== undefined && this.latest.get(t.options.key) === t.id) this.latest.delete(t.options.key);
    if (error !== undefined) t.reject(new Error(error));
    else t.resolve(stale ? undefined : result);
  }

  private next(): Ticket | undefined {
    for (;;) {
      const t = this.live.shift() ?? this.bulk.shift();
      if (!t) return undefined;
      if (!this.isStale(t)) return t;
      this.settle(t, undefined);
    }
  }

  private pump(): void {
    if (this.inlineOnly) {
      // Inline, one job per turn of the event loop: a queue of files still lets the host breathe.
      const t = this.next();
      if (!t) return;
      try {
        this.settle(t, this.inline(t.job));
      } catch (e) {
        this.settle(t, undefined, (e as Error).message);
      }
      if (this.live.length || this.bulk.length) setImmediate(() => this.pump());
      return;
    }
    for (;;) {
      if (!this.live.length && !this.bulk.length) return;
      const slot = this.freeSlot();
      if (!slot) return;
      const t = this.next();
      if (!t) return;
      slot.running.set(t.id, t);
      if (t.options.key !== undefined) t.stop = new Int32Array(new SharedArrayBuffer(4));
      slot.worker.postMessage({ id: t.id, job: t.job, ...(t.stop ? { stop: t.stop } : {}) } satisfies WorkerRequest);
    }
  }

  /** A worker with room for another job, starting one when all are full and the pool may grow. */
  private freeSlot(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (s.running.size < PER_WORKER && (!best || s.running.size < best.running.size)) best = s;
    if (best && best.running.size === 0) return best;
    if (this.slots.length < this.options.size) return this.spawn() ?? best;
    return best;
  }

  private spawn(): Slot | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.options.script);
    } catch (e) {
      this.startFailed(`cannot start a scan worker: ${(e as Error).message}`);
      return undefined;
    }
    const slot: Slot = { worker, running: new Map(), started: false };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      slot.started = true;
      const t = slot.running.get(reply.id);
      if (!t) return;
      slot.running.delete(reply.id);
      this.stats.worker++;
      if (reply.stopped) this.stats.stoppedEarly++;
      this.settle(t, reply.result, reply.error ?? (reply.result ? undefined : 'scan worker sent no result'));
      this.pump();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      const orphans = [...slot.running.values()];
      slot.running.clear();
      if (!slot.started) {
        // Never came up: its jobs go back to the front of the queue.
        for (const t of orphans.reverse()) (t.options.priority === 'live' ? this.live : this.bulk).unshift(t);
        this.startFailed(why);
      } else {
        for (const t of orphans) this.settle(t, undefined, `scan worker stopped (${why})`);
      }
      if (!this.disposed) this.pump();
    };
    worker.on('error', e => lost(`${e.name}: ${String(e.message).split('\n')[0]}`));
    worker.on('exit', code => lost(`exit code ${code}`));
    return slot;
  }

  private startFailed(reason: string): void {
    this.startFailures++;
    if (this.startFailures === MAX_START_FAILURES) this.options.onFallback?.(`${reason}; scanning on the extension host thread instead`);
  }

  dispose(): void {
    this.disposed = true;
    for (const q of [this.live, this.bulk]) this.dropWhere(q, () => true);
    for (const s of this.slots.splice(0)) {
      for (const t of s.running.values()) t.resolve(undefined);
      void s.worker.terminate();
    }
  }
}
