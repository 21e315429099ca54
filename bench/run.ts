/**
 * `npm run bench`: engine throughput, editor re-scan latency, CLI wall time and memory on a
 * ~5 MB and a ~50 MB generated corpus, and the same corpora through secretlint (recommended
 * preset) for speed and recall; accuracy on the labelled corpus and noise on real code (bench/accuracy.ts).
 * Prints a table and writes bench/results.json.
 */

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadOrGenerateCorpus, type Corpus, type PlantedSecret } from './corpus/generate';
import { PLANTS } from './corpus/planted';
import { engineFindings, loadCorpus, matchPlanted, measureLongLine, measureRescan, measureThroughput, median, type LoadedFile, type LongLine, type Rescan, type Throughput } from './engine';
import { KeywordIndex } from '../src/core/prefilter';
import { RULES } from '../src/core';
import { compareJobs, measurePathological, type JobsComparison, type PathologicalTiming } from './scale';
import { labelledAccuracy, realCodeNoise, type RealCodeNoise, type SplitScore } from './accuracy';
import { readOurFindings, readSecretlintFindings, secretlintArgs, timeNode, ourCliArgs, writeSecretlintRc, type ToolFinding, type ToolRun } from './tools';

const REPO = path.resolve(__dirname, '../..');
const WORK = path.join(REPO, 'bench/.corpus');
const CLI = path.join(REPO, 'dist/cli.js');

/** Real code's target is issue 7's (the engine stays above 100 MB/s); the keyword-dense synthetic corpus has its own. */
const TARGET = { engineMbPerSec: 50, realCodeMbPerSec: 100, rescanMs: 2, speedup: 10 };
/** secretlint is superlinear in file count; past this it is stopped and the ratio is a lower bound. */
const SECRETLINT_LIMIT_S = 60;

interface CliComparison {
  corpus: string;
  ours?: ToolRun & { runsMs: number[]; findings: number; planted: string[] };
  secretlint?: ToolRun & { findings: number; planted: string[]; byRule: Record<string, number> };
  /** secretlint wall time / ours (a lower bound when secretlint timed out). */
  speedup?: number;
  /** The same ratio on CPU time (user + system), which other load on the machine distorts less. */
  cpuSpeedup?: number;
}

function main(): void {
  const started = Date.now();
  const machine = machineInfo();
  log(`Secret Hygiene benchmark — node ${machine.node}, ${machine.cpu} ×${machine.cores}, ${machine.platform}`);
  log(`load average ${machine.loadAverage.map(l => l.toFixed(1)).join(' ')}${machine.cpuPressure ? `, CPU pressure ${machine.cpuPressure}` : ''}`);
  if (machine.loadAverage[0] > machine.cores) log('WARNING: the machine is busy; wall times are inflated (CPU-time ratios are printed too).');

  const phase = phaseTimer();
  const small = generate('small', 1);
  const big = generate('big', 10);
  phase('corpora');

  const smallFiles = loadCorpus(small.root);
  const throughput = measureThroughput(smallFiles, 5);
  const bigThroughput = measureThroughput(loadCorpus(big.root), 1, 0); // already warm from the small corpus
  // Real published code next to the synthetic corpus (whose keyword density is 10–25× that of
  // ordinary libraries): TypeScript's own compiler bundles, installed as a devDependency.
  // Its paths differ from the synthetic corpus's: the first two scans of it still pay for compiling
  // them (on a 2-core machine, 260 and 230 ms against 145 after), so they are warm-ups; then five runs.
  const realCode = measureThroughput(loadRealCode(), 5, 2);
  const rescan = measureRescan(200);
  const longLine = measureLongLine();
  const engineRecall = recallOf(small.planted, engineFindings(smallFiles));
  const keywordHitsPerMb = keywordDensity(smallFiles);
  phase('engine');
  const pathological = measurePathological();
  phase('pathological');

  const accuracy = { labelled: [labelledAccuracy('calibration'), labelledAccuracy('heldout')],
    realCode: fs.existsSync(CLI) ? realCodeNoise(CLI, path.join(REPO, 'node_modules'), path.join(WORK, 'node_modules.ours.json')) : undefined };
  phase('accuracy');

  const rc = path.join(WORK, 'secretlintrc.json');
  writeSecretlintRc(rc);
  const cli = [compareClis(small, 'small', rc, 3), compareClis(big, 'big', rc, 2)];
  phase('CLIs');
  const nodeModules = path.join(REPO, 'node_modules');
  const jobs = fs.existsSync(CLI) ? [compareJobs(CLI, REPO, big.root, 'big corpus', big.bytes / 1e6, 2),
    compareJobs(CLI, REPO, nodeModules, 'node_modules', dirMegabytes(nodeModules), 1)] : [];
  phase('--jobs');

  log(`\nphases: ${phase.summary()}; corpus keyword density ${keywordHitsPerMb.toFixed(0)} prefilter hits/MB`);
  printEngine(throughput, bigThroughput, rescan, longLine, engineRecall, realCode);
  printPathological(pathological);
  printClis(cli);
  printJobs(jobs);
  printRecall(engineRecall.hit, cli);
  printAccuracy(accuracy.labelled, accuracy.realCode);
  const results = { date: new Date().toISOString(), machine, targets: TARGET, corpora: [summary(small), summary(big)],
    keywordHitsPerMb, engine: { small: throughput, big: bigThroughput, realCode, longLine, recall: engineRecall }, rescan, pathological, cli, jobs, accuracy,
    seconds: (Date.now() - started) / 1000 };
  fs.writeFileSync(path.join(REPO, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  log(`\nWrote bench/results.json (${results.seconds.toFixed(0)} s in total).`);
}

function machineInfo() {
  let cpuPressure: string | undefined;
  try {
    cpuPressure = /avg10=([\d.]+)/.exec(fs.readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] + '% (avg10)';
  } catch {
    cpuPressure = undefined; // not Linux, or no PSI
  }
  return { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length,
    platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg(), cpuPressure };
}

/** Call with a name at the end of each phase; `summary()` lists their durations. */
function phaseTimer() {
  let last = Date.now();
  const phases: string[] = [];
  const mark = (name: string) => {
    phases.push(`${name} ${((Date.now() - last) / 1000).toFixed(0)} s`);
    last = Date.now();
  };
  return Object.assign(mark, { summary: () => phases.join(', ') });
}

/** Prefilter hits per MB: how often rule keywords (`token`, `password`, …) occur in the corpus. */
function keywordDensity(files: { text: string }[]): number {
  const index = new KeywordIndex(RULES.flatMap(r => r.keywords));
  let hits = 0;
  let bytes = 0;
  for (const f of files) {
    index.forEachHit(f.text, () => hits++);
    bytes += Buffer.byteLength(f.text);
  }
  return hits / (bytes / 1e6);
}

function generate(name: string, batches: number): Corpus {
  const corpus = loadOrGenerateCorpus(path.join(WORK, name), batches, 1);
  log(`corpus ${name}: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.planted.filter(p => !p.decoy).length} planted fakes + ${corpus.planted.filter(p => p.decoy).length} decoys${corpus.reused ? ' (reused: generator unchanged)' : ''}`);
  fs.writeFileSync(path.join(WORK, `${name}.planted.json`), JSON.stringify(corpus.planted, null, 2));
  return corpus;
}

function summary(c: Corpus) {
  return { root: path.relative(REPO, c.root), files: c.files, megabytes: c.bytes / 1e6, planted: c.planted.length };
}

/** Which planted secrets (and decoys) a tool's findings cover, and how many findings are elsewhere. */
function recallOf(planted: PlantedSecret[], found: { path: string; line: number }[]) {
  const { hit, unplanted } = matchPlanted(planted, found);
  const real = planted.filter(p => !p.decoy);
  return {
    findings: found.length,
    planted: real.length,
    found: hit.filter(p => !p.decoy).length,
    decoysReported: hit.filter(p => p.decoy).length,
    unplanted,
    hit: hit.map(p => p.kind),
  };
}

function compareClis(corpus: Corpus, name: string, rc: string, ourRuns: number): CliComparison {
  const out: CliComparison = { corpus: name };
  out.ours = runOurs(corpus, name, ourRuns);
  out.secretlint = runSecretlint(corpus, name, rc);
  const sl = out.secretlint;
  if (out.ours && !out.ours.error && !sl.error) {
    out.speedup = sl.wallMs / out.ours.wallMs;
    if (sl.cpuMs && out.ours.cpuMs) out.cpuSpeedup = sl.cpuMs / out.ours.cpuMs;
  }
  return out;
}

function runOurs(corpus: Corpus, name: string, runs: number): CliComparison['ours'] {
  if (!fs.existsSync(CLI)) return undefined;
  const report = path.join(WORK, `${name}.ours.json`);
  const rel = path.relative(REPO, corpus.root);
  // Output to /dev/null as a user would time it, except the last run, which writes a report
  // (a few KB more) so recall can be read.
  const outputs = [...Array<string>(runs - 1).fill('/dev/null'), report];
  const timed = outputs.map(out => timeNode(ourCliArgs(CLI, rel, out), REPO, [0]));
  const runsMs = timed.map(t => t.wallMs);
  const cpu = timed.map(t => t.cpuMs).filter((c): c is number => c !== undefined);
  const best = timed.find(t => t.error) ?? timed[timed.length - 1];
  let findings: ToolFinding[] = [];
  try {
    findings = readOurFindings(report, corpus.root);
  } catch {
    best.error ??= 'JSON report unreadable';
  }
  const recall = matchPlanted(corpus.planted, findings);
  return { ...best, peakRssMb: Math.max(...timed.map(t => t.peakRssMb ?? 0)), runsMs, wallMs: median(runsMs),
    ...(cpu.length ? { cpuMs: median(cpu) } : {}), findings: findings.length, planted: recall.hit.map(p => p.kind) };
}

function runSecretlint(corpus: Corpus, name: string, rc: string): NonNullable<CliComparison['secretlint']> {
  const report = path.join(WORK, `${name}.secretlint.json`);
  fs.rmSync(report, { force: true });
  const run = timeNode(secretlintArgs(REPO, path.relative(REPO, corpus.root), rc, report), REPO, [0, 1], SECRETLINT_LIMIT_S);
  const findings = fs.existsSync(report) ? readSecretlintFindings(report, corpus.root) : [];
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  return { ...run, findings: findings.length, planted: matchPlanted(corpus.planted, findings).hit.map(p => p.kind), byRule };
}

// ---------------------------------------------------------------- report

/** TypeScript's lib/*.js: ~17 MB of real, partly minified JavaScript that nobody here wrote. */
function loadRealCode(): LoadedFile[] {
  const dir = path.join(REPO, 'node_modules/typescript/lib');
  return fs.readdirSync(dir).filter(f => f.endsWith('.js')).map(f => ({ path: `typescript/lib/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

function printEngine(t: Throughput, big: Throughput, rescan: Rescan, longLine: LongLine, recall: ReturnType<typeof recallOf>, real: Throughput): void {
  log('\nEngine (single thread, in memory; "CPU" figures use this process\'s CPU time, which other load distorts less)');
  const best = (x: Throughput) => x.megabytes / (Math.min(...x.runsMs) / 1000);
  table([
    ['measure', 'value', 'target', 'wall', 'CPU'],
    ['throughput, 5 MB corpus', `${t.mbPerSec.toFixed(1)} MB/s median (${t.megabytes.toFixed(1)} MB in ${t.medianMs.toFixed(0)} ms; best run ${best(t).toFixed(0)} MB/s; ${t.mbPerCpuSec.toFixed(0)} MB per CPU-s)`,
      `≥ ${TARGET.engineMbPerSec} MB/s`, mark(t.mbPerSec >= TARGET.engineMbPerSec), mark(t.mbPerCpuSec >= TARGET.engineMbPerSec)],
    ['throughput, 50 MB corpus', `${big.mbPerSec.toFixed(1)} MB/s median (${big.megabytes.toFixed(1)} MB in ${big.medianMs.toFixed(0)} ms; ${big.mbPerCpuSec.toFixed(0)} MB per CPU-s)`,
      'linear', `×${(big.medianMs / t.medianMs).toFixed(1)} time for ×${(big.megabytes / t.megabytes).toFixed(1)} bytes`, ''],
    ['throughput, real code', `${real.mbPerSec.toFixed(1)} MB/s median of ${real.runsMs.length} runs after 2 warm-ups (${real.megabytes.toFixed(1)} MB of TypeScript's lib/*.js in ${real.medianMs.toFixed(0)} ms; ${real.mbPerCpuSec.toFixed(0)} MB per CPU-s)`,
      `≥ ${TARGET.realCodeMbPerSec} MB/s`, mark(real.mbPerSec >= TARGET.realCodeMbPerSec), mark(real.mbPerCpuSec >= TARGET.realCodeMbPerSec)],
    ['re-scan 5,000-line file', `${rescan.medianMs.toFixed(2)} ms median, p95 ${rescan.p95Ms.toFixed(2)} ms, CPU ${rescan.cpuMs.toFixed(2)} ms (${rescan.kilobytes.toFixed(0)} KB, ${rescan.findings} findings; whole text)`,
      `< ${TARGET.rescanMs} ms`, mark(rescan.medianMs < TARGET.rescanMs), mark(rescan.cpuMs < TARGET.rescanMs)],
    ['  after a keystroke', `${rescan.afterKeystroke.medianMs.toFixed(2)} ms median, p95 ${rescan.afterKeystroke.p95Ms.toFixed(2)} ms, CPU ${rescan.afterKeystroke.cpuMs.toFixed(2)} ms (edited lines only, as the editor does; ${rescan.afterKeystroke.sameAsFull ? 'same findings as a full scan' : 'DIFFERS from a full scan'})`,
      `< ${TARGET.rescanMs} ms`, mark(rescan.afterKeystroke.sameAsFull && rescan.afterKeystroke.medianMs < TARGET.rescanMs), mark(rescan.afterKeystroke.sameAsFull && rescan.afterKeystroke.cpuMs < TARGET.rescanMs)],
    ['one-line bundle', longLine.sizesMb.map((mb, i) => `${mb} MB in ${longLine.cpuMs[i].toFixed(0)} ms CPU`).join(', '),
      'linear', `×${longLine.growth.toFixed(1)} CPU time for ×${(longLine.sizesMb[longLine.sizesMb.length - 1] / longLine.sizesMb[0]).toFixed(0)} length`,
      mark(longLine.growth < 1.5 * (longLine.sizesMb[longLine.sizesMb.length - 1] / longLine.sizesMb[0]))],
    ['findings, 5 MB corpus', `${recall.findings} (${recall.found}/${recall.planted} planted, ${recall.decoysReported} decoys, ${recall.unplanted} elsewhere)`, '', '', ''],
  ]);
  log('  throughput by file kind (slowest first): ' + t.byKind.map(k => `${k.kind} ${k.mbPerSec.toFixed(0)} MB/s (${k.megabytes.toFixed(2)} MB)`).join(', '));
}

function printPathological(rows: PathologicalTiming[]): void {
  log('\nPathological inputs, whole per-file pipeline (scan, findings cap, checks), CPU time per MB, slowest first');
  table([['shape', 'at 0.25 MB', 'at 1 MB', '× plain text', 'findings (+ over the cap)'],
    ...rows.map(r => [r.name, `${r.msPerMbSmall.toFixed(0)} ms/MB`, `${r.msPerMb.toFixed(0)} ms/MB`, `×${r.timesPlain.toFixed(0)}`,
      `${r.findings}${r.dropped ? ` (+${r.dropped})` : ''}`])]);
  log('  (linear: the two columns agree; test/unit/fuzz checks n vs 4n growth on each shape)');
}

function printJobs(rows: JobsComparison[]): void {
  if (!rows.length) return;
  log('\nCLI on one thread vs all cores (--jobs; same report either way)');
  const run = (r: JobsComparison['one']) => r.error ? `FAILED (${r.error.split('\n')[0].slice(0, 60)})`
    : `${sec(r.wallMs)} (${(r.megabytes / (r.wallMs / 1000)).toFixed(0)} MB/s${r.cpuMs ? `, CPU ${sec(r.cpuMs)}` : ''})`;
  table([['corpus', 'MB', '--jobs 1', `--jobs N`, 'speed-up (wall)'],
    ...rows.map(r => [r.corpus, r.one.megabytes.toFixed(0), run(r.one), `N=${r.all.jobs}: ${run(r.all)}`, r.speedup ? `×${r.speedup.toFixed(2)}` : '—'])]);
}

/** Total size of the files under `dir` (symbolic links not followed). */
function dirMegabytes(dir: string): number {
  let bytes = 0;
  const visit = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile()) bytes += fs.statSync(p).size;
    }
  };
  visit(dir);
  return bytes / 1e6;
}

function printClis(rows: CliComparison[]): void {
  log('\nCLI wall time (whole process, JSON report; CPU = user + system time)');
  const lines: string[][] = [['corpus', 'secret-hygiene', 'secretlint', 'ratio (wall)', 'ratio (CPU)', 'target', 'wall', 'CPU']];
  for (const r of rows) {
    const lowerBound = r.secretlint?.timedOut ? '≥ ' : '';
    lines.push([r.corpus, describeRun(r.ours, 'dist/cli.js missing'), describeRun(r.secretlint, ''),
      r.speedup ? `${lowerBound}${r.speedup.toFixed(1)}×` : '—', r.cpuSpeedup ? `${lowerBound}${r.cpuSpeedup.toFixed(1)}×` : '—',
      `≥ ${TARGET.speedup}×`, r.speedup ? mark(r.speedup >= TARGET.speedup) : 'n/a', r.cpuSpeedup ? mark(r.cpuSpeedup >= TARGET.speedup) : 'n/a']);
  }
  table(lines);
  const [s, b] = rows;
  if (s.ours && b.ours && !s.ours.error && !b.ours.error) {
    log(`  scaling: ×${(b.ours.wallMs / s.ours.wallMs).toFixed(1)} wall time for ×10 files (process start-up included)` +
      (s.secretlint && b.secretlint && !b.secretlint.timedOut ? `; secretlint ×${(b.secretlint.wallMs / s.secretlint.wallMs).toFixed(1)}` : ''));
    log(`  peak RSS of our CLI on the big corpus: ${b.ours.peakRssMb?.toFixed(0) ?? '?'} MB`);
  }
  for (const r of rows) if (r.secretlint) log(`  secretlint findings by rule (${r.corpus}): ${Object.entries(r.secretlint.byRule).map(([k, v]) => `${k.replace('@secretlint/secretlint-rule-', '')} ${v}`).join(', ') || 'none'}`);
}

function describeRun(run: (ToolRun & { findings: number }) | undefined, missing: string): string {
  if (!run) return missing;
  if (run.error) return `FAILED (${run.error.split('\n')[0].slice(0, 60)})`;
  const wall = run.timedOut ? `> ${sec(run.wallMs)} (stopped)` : sec(run.wallMs);
  const cpu = run.cpuMs ? `, CPU ${sec(run.cpuMs)}` : '';
  const findings = run.timedOut ? 'no report' : `${run.findings} findings`;
  return `${wall}${cpu} (${findings}, peak RSS ${run.peakRssMb?.toFixed(0) ?? '?'} MB)`;
}

function printRecall(engineHits: string[], [small, big]: CliComparison[]): void {
  log('\nPlanted fakes in the 5 MB corpus (✓ = reported on the planted line; decoys should NOT be reported)');
  const rows = [['kind', 'engine', 'our CLI', 'secretlint']];
  const has = (list: string[] | undefined, kind: string) => (list ? (list.includes(kind) ? '✓' : '✗') : '—');
  const kinds = PLANTS.flatMap(p => (p.parts ?? [p]).map(part => part.kind));
  for (const k of kinds) rows.push([k, has(engineHits, k), has(small.ours?.planted, k), has(small.secretlint?.planted, k)]);
  table(rows);
  const count = (run: { planted: string[]; timedOut?: boolean } | undefined) => {
    if (!run || run.timedOut) return 'n/a';
    const decoys = run.planted.filter(k => k.startsWith('decoy-')).length;
    return `${run.planted.length - decoys} planted + ${decoys} decoys`;
  };
  log(`  big corpus (${PLANTS.filter(p => !p.decoy).reduce((n, p) => n + (p.parts?.length ?? 1), 0) * 10} planted): our CLI ${count(big.ours)}, secretlint ${count(big.secretlint)}`);
}

function printAccuracy(splits: SplitScore[], noise: RealCodeNoise | undefined): void {
  log('\nAccuracy on the labelled corpus (test/helpers/labelledCorpus.ts; targets: precision ≥ 98%, and recall as high as it goes)');
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  log('  ' + splits.map(s => `${s.split}: precision ${pct(s.precision)}, recall ${pct(s.recall)}`).join('; '));
  const categories = [...new Set(splits.flatMap(s => s.categories.map(c => c.category)))];
  const cell = (s: SplitScore, name: string) => {
    const c = s.categories.find(x => x.category === name);
    if (!c) return '—';
    return [c.positives ? `${c.found}/${c.positives} found` : '', c.negatives || c.falsePositives ? `${c.falsePositives} false pos.${c.negatives ? ` on ${c.negatives} negatives` : ''}` : '']
      .filter(Boolean).join(', ');
  };
  table([['category', ...splits.map(s => s.split)], ...categories.map(c => [c, ...splits.map(s => cell(s, c))])]);
  for (const s of splits) for (const m of s.misses) log(`  miss (${s.split}): ${m}`);
  if (!noise) return log('  real code: dist/cli.js missing');
  if (noise.error) return log(`  real code: FAILED (${noise.error})`);
  log(`  real code (${noise.directory}, ${noise.megabytes.toFixed(0)} MB): ${noise.warningsOrErrors} warning-or-error findings, ${noise.perMb.toFixed(3)} per MB (target ≤ 0.25)` +
    (noise.warningsOrErrors ? `; by rule: ${Object.entries(noise.byRule).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''));
}

function table(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
  rows.forEach((r, i) => {
    log('  ' + r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
    if (i === 0) log('  ' + widths.map(w => '-'.repeat(w)).join('  '));
  });
}

const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const log = (s: string) => console.log(s);

main();
