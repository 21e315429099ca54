/**
 * Where the engine's time goes. Run after `npm run bench` has generated the corpus:
 *
 *   node --cpu-prof --cpu-prof-dir=bench/.corpus/prof out/bench/profile.js scan [small|real|rescan]
 *   node out/bench/profile.js report bench/.corpus/prof
 *
 * `scan` scans the corpus (or re-scans the 5,000-line document) repeatedly; `report` prints
 * the functions with the most self time, and each function's total (inclusive) share.
 */

import * as fs from 'fs';
import * as path from 'path';
import { createScanner } from '../src/core';
import { loadCorpus, measureRescan } from './engine';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

function scanRepeatedly(which: string): void {
  if (which === 'rescan') {
    measureRescan(2000);
    return;
  }
  const files = which === 'real' ? realCode() : loadCorpus(path.resolve(__dirname, '../../bench/.corpus', which));
  const scanner = createScanner();
  for (let i = 0; i < 15; i++) for (const f of files) scanner.scan(f.text, { path: f.path });
}

/** TypeScript's lib/*.js, the bench's "real code" input. */
function realCode(): { path: string; text: string }[] {
  const dir = path.resolve(__dirname, '../../node_modules/typescript/lib');
  return fs.readdirSync(dir).filter(f => f.endsWith('.js')).sort()
    .map(f => ({ path: `typescript/lib/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

function report(dir: string): void {
  const file = fs.readdirSync(dir).filter(f => f.endsWith('.cpuprofile')).map(f => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const id of profile.samples) {
    const n = byId.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + 1);
      seen.add(l);
    }
  }
  const n = profile.samples.length;
  console.log(`${path.basename(file)}: ${n} samples\n  self%  total%  function`);
  for (const [l, s] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${pct(s, n)}  ${pct(total.get(l)!, n)}  ${l}`);
  }
}

function label(n: ProfileNode): string {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url ? `${url.replace(/^.*\/out\//, '')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
}

const pct = (k: number, n: number) => ((100 * k) / n).toFixed(1).padStart(5);

const [command, arg] = process.argv.slice(2);
if (command === 'report') report(arg ?? 'bench/.corpus/prof');
else scanRepeatedly(arg ?? 'small');
