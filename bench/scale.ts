/**
 * Scale figures for `npm run bench`:
 * - pathological inputs (test/helpers/pathological.ts, the shapes the fuzz tests check for
 *   linear growth): CPU time per MB of each through the whole per-file pipeline (scan, capped
 *   findings, checks), at 0.25 and 1 MB, slowest first, against plain text;
 * - the CLI on one thread and on all cores (`--jobs`), on the big corpus and on this
 *   repository's node_modules (real published code), with the speed-up.
 */

import * as os from 'os';
import * as path from 'path';
import { createScanner, runChecks } from '../src/core';
import { PATHOLOGICAL_CASES } from '../test/helpers/pathological';
import { median } from './engine';
import { timeNode, type ToolRun } from './tools';

export interface PathologicalTiming {
  name: string;
  /** CPU ms per MB at 0.25 MB and at 1 MB. */
  msPerMbSmall: number;
  msPerMb: number;
  /** Time per MB relative to plain text. */
  timesPlain: number;
  findings: number;
  dropped: number;
}

function cpuMs(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export function measurePathological(): PathologicalTiming[] {
  const scanner = createScanner();
  const rows = PATHOLOGICAL_CASES.map(c => {
    const pipeline = (text: string) => {
      const r = scanner.scanCapped(text, { path: c.path });
      runChecks(r.findings, { path: c.path, text });
      return r;
    };
    const small = c.build(250_000), large = c.build(1_000_000);
    pipeline(small); // warm-up
    const smallMs = Math.min(cpuMs(() => pipeline(small)), cpuMs(() => pipeline(small)));
    let last = { findings: [] as unknown[], dropped: 0 };
    const largeMs = Math.min(cpuMs(() => { last = pipeline(large); }), cpuMs(() => pipeline(large)));
    return { name: c.name, msPerMbSmall: smallMs / (small.length / 1e6), msPerMb: largeMs / (large.length / 1e6), timesPlain: 0, findings: last.findings.length, dropped: last.dropped };
  });
  const plain = rows.find(r => r.name.startsWith('plain text'))!.msPerMb;
  for (const r of rows) r.timesPlain = r.msPerMb / Math.max(plain, 0.1);
  return rows.sort((a, b) => b.msPerMb - a.msPerMb);
}

export interface JobsRun {
  corpus: string;
  megabytes: number;
  jobs: number;
  wallMs: number;
  cpuMs?: number;
  error?: string;
}

export interface JobsComparison {
  corpus: string;
  one: JobsRun;
  all: JobsRun;
  /** Wall time on one thread / on all cores. */
  speedup?: number;
}

/** Our CLI on `dir` with --jobs 1 and --jobs <cores>, median of `runs` each (interleaved). */
export function compareJobs(cli: string, repo: string, dir: string, name: string, megabytes: number, runs: number): JobsComparison {
  const cores = Math.max(2, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
  const timed: Record<number, ToolRun[]> = { 1: [], [cores]: [] };
  for (let i = 0; i < runs; i++) {
    for (const jobs of [1, cores]) {
      timed[jobs].push(timeNode([cli, 'scan', path.relative(repo, dir) || '.', '--no-gitignore', '--format', 'json', '--output', '/dev/null', '--fail-on', 'never', '--jobs', String(jobs)], repo, [0]));
    }
  }
  const summary = (jobs: number): JobsRun => {
    const list = timed[jobs];
    const cpu = list.map(t => t.cpuMs).filter((c): c is number => c !== undefined);
    return { corpus: name, megabytes, jobs, wallMs: median(list.map(t => t.wallMs)), ...(cpu.length ? { cpuMs: median(cpu) } : {}),
      ...(list.find(t => t.error) ? { error: list.find(t => t.error)!.error } : {}) };
  };
  const one = summary(1), all = summary(cores);
  return { corpus: name, one, all, ...(!one.error && !all.error ? { speedup: one.wallMs / all.wallMs } : {}) };
}
