/**
 * Numbers every report format shares: counts by severity, files, skips, and the score.
 */

import { costTerms, exposureScore, MAX_FINDINGS_PER_FILE, type ExposureScore } from '../../core';
import type { ScanResult } from '../scan';
import type { SkipReason } from '../walk';

export interface Summary {
  findings: number;
  errors: number;
  warnings: number;
  info: number;
  /** Files with at least one finding. */
  files: number;
  filesScanned: number;
  bytesScanned: number;
  skipped: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  /** Findings hidden because the baseline lists them. */
  baselined: number;
  /** Files over the per-file findings cap, and the findings left out there. */
  cappedFiles: number;
  dropped: number;
}

export function summarize(result: ScanResult): Summary {
  const count = (severity: string) => result.findings.filter(f => f.severity === severity).length;
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  for (const s of result.skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
  return {
    findings: result.findings.length,
    errors: count('error'),
    warnings: count('warning'),
    info: count('info'),
    files: new Set(result.findings.map(f => f.path)).size,
    filesScanned: result.filesScanned,
    bytesScanned: result.bytesScanned,
    skipped: result.skipped.length,
    skippedByReason,
    baselined: result.baselined,
    cappedFiles: result.capped?.length ?? 0,
    dropped: result.capped?.reduce((n, c) => n + c.dropped, 0) ?? 0,
  };
}

export function scoreOf(result: ScanResult): ExposureScore {
  return exposureScore(result.findings);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const REASON_LABEL: Record<SkipReason, string> = {
  binary: 'binary', 'too-large': 'too large', symlink: 'symlink', unreadable: 'unreadable', 'not-a-file': 'not a file',
};

/** `3 findings (1 error, 2 warnings, 0 info) in 2 files; 40 files scanned, 2 skipped (1 binary, 1 too large)` */
export function summaryLine(s: Summary): string {
  const reasons = Object.entries(s.skippedByReason).map(([r, n]) => `${n} ${REASON_LABEL[r as SkipReason]}`);
  const skipped = `${s.skipped} skipped` + (reasons.length ? ` (${reasons.join(', ')})` : '');
  const baselined = s.baselined ? `; ${s.baselined} hidden by the baseline` : '';
  const capped = s.cappedFiles
    ? `; ${plural(s.dropped, 'more finding')} not listed (${plural(s.cappedFiles, 'file')} over ${MAX_FINDINGS_PER_FILE.toLocaleString('en-US')} findings: generated data?)`
    : '';
  return `${plural(s.findings, 'finding')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.info} info) ` +
    `in ${plural(s.files, 'file')}; ${plural(s.filesScanned, 'file')} scanned, ${skipped}${baselined}${capped}`;
}

export function scoreLine(score: ExposureScore): string {
  return `Exposure score: ${score.score}/100 (${score.grade})`;
}

/**
 * Where the score's cost comes from, as a sum that adds up (`breakdown.byFactor`), wrapped
 * at `width` columns:
 * `  cost 41.5 = base 12 + client-exposed 16 + committed 12 + logged 2 + tracked in git 1 - git-ignored .env 1.5`.
 * Empty when nothing was found.
 */
export function costLines(score: ExposureScore, width = 100): string[] {
  const terms = costTerms(score);
  if (!terms.length) return [];
  const head = `  cost ${score.penalty} = `;
  const lines = [head + terms[0]];
  for (const term of terms.slice(1)) {
    const last = lines[lines.length - 1];
    if (last.length + 1 + term.length <= width) lines[lines.length - 1] = `${last} ${term}`;
    else lines.push(' '.repeat(head.length) + term);
  }
  return lines;
}

/**
 * What part of git's diffs --history/--staged read, and whether a bound stopped the scan
 * early (never silent: findings in older commits would otherwise look like none). Empty for
 * a normal scan.
 */
export function gitLine(result: ScanResult): string {
  const g = result.git;
  if (!g) return '';
  const what = g.mode === 'history' ? `History: ${plural(g.commits, 'commit')} read` : 'Staged changes: lines added by the next commit';
  const removed = result.findings.filter(f => f.inHead === false).length;
  const gone = removed ? `; ${plural(removed, 'secret')} removed from the tree but still in history: rotate them` : '';
  const cut = g.truncated === 'max-commits' ? '; STOPPED at --max-commits, older commits were not scanned'
    : g.truncated === 'max-size' ? '; STOPPED at --max-history-size, the rest was not scanned' : '';
  return `${what}${gone}${cut}\n`;
}
