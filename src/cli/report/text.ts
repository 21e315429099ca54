/**
 * The human report: findings grouped by file, one line each with a 1-based line:col,
 * then the summary and the exposure score.
 */

import { escapeControls, type Severity } from '../../core';
import type { ReportFinding, ScanResult } from '../scan';
import { costLines, gitLine, scoreLine, scoreOf, summarize, summaryLine } from './summary';

export interface TextOptions {
  color: boolean;
  verbose: boolean;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

export function textReport(result: ScanResult, options: TextOptions): string {
  const paint = (code: string, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const findings of groupByPath(result.findings).values()) {
    // A file name may hold a newline or an escape sequence: shown escaped, it cannot forge a line.
    const file = escapeControls(findings[0].path);
    // --history: one group per commit and file, headed by the short commit id.
    lines.push(findings[0].commit ? `${paint('33', findings[0].commit)}  ${paint('1;4', file)}` : paint('1;4', file));
    // Columns are aligned within a file's group, so each group reads as a small table.
    const where = findings.map(f => `${f.range.start.line + 1}:${f.range.start.column + 1}`);
    const titles = findings.map(f => (f.detail ? `${f.title} (${f.detail})` : f.title));
    const width = (xs: string[]) => Math.max(...xs.map(x => x.length));
    const ruleIds = findings.map(f => `[${f.ruleId}]`);
    const [whereW, providerW, titleW, maskedW, ruleW] =
      [width(where), width(findings.map(f => f.provider)), width(titles), width(findings.map(f => f.masked)), width(ruleIds)];
    findings.forEach((f, i) => {
      // The checks' tags (why it matters) close the line, after the rule ids, aligned.
      const tags = f.tags?.length ? `  ${paint('35', `[${f.tags.join(', ')}]`)}` : '';
      const rule = tags ? ruleIds[i].padEnd(ruleW) : ruleIds[i];
      lines.push(`  ${where[i].padEnd(whereW)}  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ` +
        `${f.provider.padEnd(providerW)}  ${titles[i].padEnd(titleW)}  ${paint('1', f.masked.padEnd(maskedW))}  ${paint('2', rule)}${tags}`);
      if (f.inHead === false) lines.push(paint('31', '      removed from the tree but still in history: rotate it'));
      if (options.verbose) lines.push(...explanation(f).map(line => paint('2', `      ${line}`)));
    });
    lines.push('');
  }
  if (options.verbose && result.skipped.length) {
    lines.push('Skipped:');
    for (const s of result.skipped) lines.push(`  ${escapeControls(s.path)}  (${s.reason})`);
    lines.push('');
  }
  lines.push(summaryLine(summarize(result)));
  const git = gitLine(result);
  if (git) lines.push(git.trimEnd());
  const score = scoreOf(result);
  lines.push(paint('1', scoreLine(score)));
  lines.push(...costLines(score));
  return lines.join('\n') + '\n';
}

/** --verbose: why a weighed finding was flagged, the checks' advice (their tags are on the finding's line), and where to rotate. */
function explanation(f: ReportFinding): string[] {
  const out: string[] = [];
  if (f.reasons?.length) out.push(`flagged because: ${f.reasons.join('; ')}`);
  if (f.advice) out.push(f.advice);
  if (f.rotateUrl && !f.advice?.includes(f.rotateUrl)) out.push(`rotate: ${f.rotateUrl}`);
  return out;
}

/** Groups by path, or by commit and path for --history (keys are for grouping only). */
function groupByPath(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const key = f.commit ? `${f.commit}\0${f.path}` : f.path;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return groups;
}
