/**
 * Old build against this one, in one process: on a shared, loaded machine two runs in separate
 * processes differ by more than most speed-ups, so both builds scan the same texts in turn
 * (order alternating per round) and each keeps its minimum CPU time (user + system). The
 * findings of both builds are compared first (rule, start, end, severity, fingerprint): a
 * speed-up must not change one.
 *
 *   git stash && npx tsc -p . --outDir /tmp/old-out && git stash pop && npx tsc -p .
 *   node out/bench/compare.js /tmp/old-out real|small|big|rescan [rounds] [--disable id,id]
 *
 * `real` is node_modules/typescript/lib (15 MB of real code); `small` and `big` are the bench
 * corpora (`npm run bench` generates them); `rescan` is the 5,000-line document of the re-scan
 * figure, scanned 50 times per round.
 */

import * as fs from 'fs';
import * as path from 'path';
import * as current from '../src/core';
import { loadCorpus, rescanDocument, type LoadedFile } from './engine';

type Core = typeof current;

function inputs(which: string): LoadedFile[] {
  const root = path.resolve(__dirname, '../..');
  if (which === 'real') {
    const dir = path.join(root, 'node_modules/typescript/lib');
    return fs.readdirSync(dir).filter(f => f.endsWith('.js')).sort()
      .map(f => ({ path: `typescript/lib/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  }
  if (which === 'rescan') {
    const { text, path: docPath } = rescanDocument();
    return Array.from({ length: 50 }, () => ({ path: docPath, text }));
  }
  return loadCorpus(path.join(root, 'bench/.corpus', which));
}

function findingKeys(core: Core, disabled: string[], files: LoadedFile[]): string[] {
  const scanner = core.createScanner({ disabledRules: disabled });
  return files.flatMap(f => scanner.scan(f.text, { path: f.path })
    .map(x => `${f.path}\t${x.ruleId}\t${x.range.start.offset}\t${x.range.end.offset}\t${x.severity}\t${x.fingerprint}`));
}

function main(argv: string[]): void {
  const [oldOut, which = 'small', roundsArg] = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--disable');
  if (!oldOut) throw new Error('usage: compare.js OLD_OUT_DIR [real|small|big|rescan] [rounds] [--disable id,id]');
  const at = argv.indexOf('--disable');
  const disabled = at >= 0 ? argv[at + 1].split(',').filter(Boolean) : [];
  const rounds = Number(roundsArg ?? 15);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builds: [string, Core][] = [['old', require(path.resolve(oldOut, 'src/core')) as Core], ['new', current]];
  const files = inputs(which);
  const megabytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;

  const [before, after] = builds.map(([, core]) => findingKeys(core, disabled, files));
  const [beforeSet, afterSet] = [new Set(before), new Set(after)];
  const lost = before.filter(k => !afterSet.has(k));
  const gained = after.filter(k => !beforeSet.has(k));
  console.log(`findings: old ${before.length}, new ${after.length}; ${lost.length || gained.length ? `DIFFERENT (${lost.length} lost, ${gained.length} new)` : 'identical'}`);

  const scanners = builds.map(([name, core]) => ({ name, scanner: core.createScanner({ disabledRules: disabled }), best: Infinity }));
  for (let round = 0; round < rounds; round++) {
    for (const entry of round % 2 ? [...scanners].reverse() : scanners) {
      const c0 = process.cpuUsage();
      for (const f of files) entry.scanner.scan(f.text, { path: f.path });
      const d = process.cpuUsage(c0);
      if (round > 0) entry.best = Math.min(entry.best, (d.user + d.system) / 1000); // round 0 warms up
    }
  }
  const per = which === 'rescan' ? files.length : 1;
  for (const { name, best } of scanners) {
    console.log(`${which}${disabled.length ? ` without ${disabled.join(', ')}` : ''}: ${name} ${(best / per).toFixed(2)} ms CPU (min of ${rounds - 1}), ${(megabytes / best * 1000).toFixed(1)} MB per CPU-second`);
  }
}

main(process.argv.slice(2));
