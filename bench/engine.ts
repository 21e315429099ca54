/**
 * In-process engine measurements: throughput of `Scanner.scan` over files held in memory,
 * and the latency of re-scanning one editor-sized document (what the extension does on
 * every keystroke batch).
 */

import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { addChange, createScanner, rescanRegion, type Finding } from '../src/core';
import { LineIndex } from '../src/core/text';
import type { PlantedSecret } from './corpus/generate';
import { Rand } from './corpus/random';
import * as lang from './corpus/languages';
import { crcToken, join, openaiProjectKey } from '../test/helpers/fakes';

export interface LoadedFile {
  path: string;
  text: string;
}

export function loadCorpus(root: string): LoadedFile[] {
  return listFiles(root).map(rel => ({ path: rel, text: fs.readFileSync(path.join(root, rel), 'utf8') }));
}

function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out.sort();
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

export interface Throughput {
  megabytes: number;
  runsMs: number[];
  medianMs: number;
  mbPerSec: number;
  /** MB per second of this process's CPU time (user + system): what other load on the machine distorts least. */
  mbPerCpuSec: number;
  findings: number;
  /** Throughput per file kind, slowest first: where the time goes. */
  byKind: { kind: string; megabytes: number; mbPerSec: number }[];
}

/** MB/s of `scan(text, {path})` over every file, single-threaded: a warm-up pass, then the median of `runs`. */
/** Scans `files` `warmUps` times unmeasured (the JIT compiles the paths they take), then `runs` times. */
export function measureThroughput(files: LoadedFile[], runs: number, warmUps = 1): Throughput {
  const scanner = createScanner();
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const megabytes = bytes / 1e6;
  const perKindMs = new Map<string, number[]>();
  let findings = 0;
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  for (let run = -warmUps; run < runs; run++) {
    findings = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const f of files) {
      const t = performance.now();
      findings += scanner.scan(f.text, { path: f.path }).length;
      if (run >= 0) pushTo(perKindMs, fileKind(f.path), performance.now() - t);
    }
    if (run >= 0) {
      runsMs.push(performance.now() - t0);
      cpuMs.push(cpuMsSince(c0));
    }
  }
  const medianMs = median(runsMs);
  return { megabytes, runsMs, medianMs, mbPerSec: megabytes / (medianMs / 1000), mbPerCpuSec: megabytes / (median(cpuMs) / 1000),
    findings, byKind: kindRates(files, perKindMs, runs) };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function pushTo(map: Map<string, number[]>, key: string, ms: number): void {
  const list = map.get(key) ?? [];
  list.push(ms);
  map.set(key, list);
}

function kindRates(files: LoadedFile[], perKindMs: Map<string, number[]>, runs: number) {
  const bytesByKind = new Map<string, number>();
  for (const f of files) bytesByKind.set(fileKind(f.path), (bytesByKind.get(fileKind(f.path)) ?? 0) + Buffer.byteLength(f.text));
  return [...perKindMs].map(([kind, ms]) => {
    const megabytes = bytesByKind.get(kind)! / 1e6;
    const totalMs = ms.reduce((a, b) => a + b, 0) / runs;
    return { kind, megabytes, mbPerSec: megabytes / (totalMs / 1000) };
  }).sort((a, b) => a.mbPerSec - b.mbPerSec);
}

/** Coarse file kind for the per-kind breakdown. */
export function fileKind(rel: string): string {
  if (rel.includes('public/assets/')) return 'minified JS';
  if (rel.endsWith('package-lock.json')) return 'package-lock';
  const base = rel.split('/').pop()!;
  if (base.startsWith('.env') || base.endsWith('.env') || base === '.npmrc') return '.env/.npmrc';
  const ext = base.includes('.') ? base.split('.').pop()! : base;
  return { ts: 'TypeScript', js: 'JavaScript', py: 'Python', go: 'Go', yaml: 'YAML', yml: 'YAML', json: 'JSON', md: 'Markdown' }[ext] ?? ext;
}

/** Which planted secrets a list of (path, 0-based line) findings covers. */
export function matchPlanted(planted: PlantedSecret[], found: { path: string; line: number }[]): { hit: PlantedSecret[]; unplanted: number } {
  const key = (p: string, l: number) => `${p}:${l}`;
  const plantedKeys = new Set(planted.map(p => key(p.path, p.line)));
  const foundKeys = new Set(found.map(f => key(f.path, f.line)));
  const hit = planted.filter(p => foundKeys.has(key(p.path, p.line)));
  const unplanted = found.filter(f => !plantedKeys.has(key(f.path, f.line))).length;
  return { hit, unplanted };
}

/** Engine findings over the corpus as (path, line), for recall. */
export function engineFindings(files: LoadedFile[]): { path: string; line: number; ruleId: string }[] {
  const scanner = createScanner();
  return files.flatMap(f => scanner.scan(f.text, { path: f.path }).map((x: Finding) => ({ path: f.path, line: x.range.start.line, ruleId: x.ruleId })));
}

export interface Rescan {
  lines: number;
  kilobytes: number;
  findings: number;
  medianMs: number;
  p95Ms: number;
  /** Mean CPU time per scan (user + system), over all timed runs. */
  cpuMs: number;
  /** The editor's path for a keystroke: only the edited lines are re-scanned (core/incremental). */
  afterKeystroke: { medianMs: number; p95Ms: number; cpuMs: number; sameAsFull: boolean };
}

/** The document of the re-scan figure: a 5,000-line TypeScript file holding two secrets. */
export function rescanDocument(): { text: string; path: string } {
  const r = new Rand(4242);
  const lines = lang.typescript(r, 400 * 1024).slice(0, 5000);
  while (lines.length < 5000) lines.push('');
  lines[1200] = `const OPENAI_KEY = "${openaiProjectKey(777)}";`;
  lines[3700] = `  headers: { Authorization: 'token ${crcToken(join('gh', 'p_'), 778)}' },`;
  return { text: lines.join('\n'), path: 'src/services/editorDocument.ts' };
}

/** Median time to re-scan a 5,000-line TypeScript file holding two secrets. */
export function measureRescan(runs: number): Rescan {
  const { text, path: docPath } = rescanDocument();
  const scanner = createScanner();
  const ctx = { path: docPath, languageId: 'typescript' };
  let findings = 0;
  for (let i = 0; i < 20; i++) findings = scanner.scan(text, ctx).length;
  const times: number[] = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    scanner.scan(text, ctx);
    times.push(performance.now() - t);
  }
  const cpuMs = cpuMsSince(c0) / runs;
  const afterKeystroke = measureKeystroke(text, runs, (t: string) => scanner.scan(t, ctx));
  return { lines: 5000, kilobytes: Buffer.byteLength(text) / 1024, findings, medianMs: median(times), p95Ms: percentile(times, 0.95), cpuMs, afterKeystroke };
}

/**
 * One character typed (then deleted) in the middle of the document, re-scanned the way the
 * extension does for documents above INCREMENTAL_MIN_CHARS: the dirty lines only, positions
 * from a fresh line index (the editor keeps its own; building ours is counted).
 */
function measureKeystroke(original: string, runs: number, scan: (t: string) => Finding[]): Rescan['afterKeystroke'] {
  const at = original.indexOf('\n', original.length >> 1);
  let text = original;
  let previous = scan(text);
  const times: number[] = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const change = i % 2 === 0 ? { rangeOffset: at, rangeLength: 0, text: 'x' } : { rangeOffset: at, rangeLength: 1, text: '' };
    const t = performance.now();
    text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    const lines = new LineIndex(text);
    previous = rescanRegion({
      text, previous, dirty: addChange(undefined, change),
      positionAt: o => { const p = lines.position(o); return { line: p.line, character: p.column }; },
      scan,
    });
    times.push(performance.now() - t);
  }
  const cpuMs = cpuMsSince(c0) / runs;
  const full = scan(text);
  const sameAsFull = full.length === previous.length && full.every((f, k) => f.range.start.offset === previous[k].range.start.offset && f.ruleId === previous[k].ruleId);
  return { medianMs: median(times), p95Ms: percentile(times, 0.95), cpuMs, sameAsFull };
}

export interface LongLine {
  /** One-line bundles of these sizes (MB) and the time each took. */
  sizesMb: number[];
  wallMs: number[];
  cpuMs: number[];
  /** Time ratio of the largest to the smallest: about the size ratio when scanning is linear. */
  growth: number;
}

/**
 * Bundlers often emit a whole app as one line of several MB. Scanning must stay linear in the
 * line's length: this scans a minified bundle joined into one line at two sizes (best of two).
 */
export function measureLongLine(sizesMb = [0.5, 2]): LongLine {
  const scanner = createScanner();
  const ctx = { path: 'public/assets/vendor-bundle.js' };
  const texts = sizesMb.map(mb => lang.minifiedBundle(new Rand(99), mb * 1e6).join('').replace(/\n/g, ' '));
  scanner.scan(texts[0], ctx); // warm-up: the first sizable scan also pays for JIT compilation
  const wallMs = sizesMb.map(() => Infinity);
  const cpuMs = sizesMb.map(() => Infinity);
  for (let round = 0; round < 2; round++) {
    texts.forEach((text, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      scanner.scan(text, ctx);
      wallMs[i] = Math.min(wallMs[i], performance.now() - t0);
      cpuMs[i] = Math.min(cpuMs[i], cpuMsSince(c0));
    });
  }
  return { sizesMb, wallMs, cpuMs, growth: cpuMs[cpuMs.length - 1] / cpuMs[0] };
}
