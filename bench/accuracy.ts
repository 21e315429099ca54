/**
 * Accuracy, next to speed: precision and recall per category on the labelled corpus
 * (test/helpers/labelledCorpus.ts; the calibration split the detector was tuned on and the
 * held-out split it was not), and noise on real code nobody here wrote: warning-or-error
 * findings per MB when the CLI scans this repository's node_modules.
 */

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { scanText } from '../src/core';
import { judge, labelledCorpus, type Split } from '../test/helpers/labelledCorpus';

export interface CategoryScore {
  category: string;
  positives: number;
  found: number;
  negatives: number;
  falsePositives: number;
}

export interface SplitScore {
  split: Split;
  precision: number;
  recall: number;
  categories: CategoryScore[];
  /** Labels of the cases got wrong (never values). */
  misses: string[];
}

/**
 * Scores one split. A positive counts as found when a finding covers its value; any finding on a
 * negative case is a false positive (so is a finding on a positive case away from its value).
 */
export function labelledAccuracy(split: Split): SplitScore {
  const byCategory = new Map<string, CategoryScore>();
  const misses: string[] = [];
  let tp = 0, fp = 0, fn = 0;
  for (const kase of labelledCorpus(split)) {
    const findings = scanText(kase.text, { path: kase.path });
    const verdict = judge(kase, findings);
    const c = byCategory.get(kase.category) ?? { category: kase.category, positives: 0, found: 0, negatives: 0, falsePositives: 0 };
    byCategory.set(kase.category, c);
    if (kase.secret !== undefined) {
      c.positives++;
      if (verdict.ok) { c.found++; tp++; } else { fn++; }
      const planted = findings.filter(f => kase.also?.includes(kase.text.slice(f.range.start.offset, f.range.end.offset))).length;
      const extra = findings.length - planted - (verdict.ok ? 1 : 0);
      fp += Math.max(0, extra);
      c.falsePositives += Math.max(0, extra);
    } else {
      c.negatives++;
      if (!verdict.ok) { c.falsePositives += findings.length; fp += findings.length; }
    }
    if (!verdict.ok) misses.push(`${kase.category}: ${kase.label} (${kase.path}) → ${verdict.why}`);
  }
  return { split, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), categories: [...byCategory.values()], misses };
}

export interface RealCodeNoise {
  directory: string;
  megabytes: number;
  warningsOrErrors: number;
  perMb: number;
  byRule: Record<string, number>;
  error?: string;
}

/** Warning-or-error findings per MB when the built CLI scans `dir` (ignore files off, as a user scanning a vendor tree). */
export function realCodeNoise(cli: string, dir: string, reportFile: string): RealCodeNoise {
  const run = spawnSync(process.execPath, [cli, 'scan', dir, '--no-gitignore', '--format', 'json', '--output', reportFile, '--fail-on', 'never'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const directory = path.basename(dir);
  if (run.status !== 0 || !fs.existsSync(reportFile)) {
    return { directory, megabytes: 0, warningsOrErrors: 0, perMb: 0, byRule: {}, error: (run.stderr || String(run.error)).slice(-200) };
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
    summary: { bytesScanned: number }; findings: { ruleId: string; severity: string }[];
  };
  const loud = report.findings.filter(f => f.severity === 'warning' || f.severity === 'error');
  const byRule: Record<string, number> = {};
  for (const f of loud) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const megabytes = report.summary.bytesScanned / 1e6;
  return { directory, megabytes, warningsOrErrors: loud.length, perMb: loud.length / Math.max(megabytes, 1e-9), byRule };
}
