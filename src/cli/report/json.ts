/**
 * Machine-readable report. Lines and columns are 1-based (as in the text and SARIF reports);
 * the end column is exclusive. Only the masked value and one-way fingerprints appear.
 */

import type { ScanResult } from '../scan';
import { scoreOf, summarize } from './summary';

export const REPORT_VERSION = 1;

export function jsonReport(result: ScanResult, toolVersion: string): string {
  const report = {
    version: REPORT_VERSION,
    tool: { name: 'secret-hygiene', version: toolVersion },
    score: scoreOf(result),
    summary: summarize(result),
    ...(result.git ? { git: result.git } : {}),
    findings: result.findings.map(f => ({
      path: f.path,
      ruleId: f.ruleId,
      provider: f.provider,
      title: f.title,
      severity: f.severity,
      confidence: f.confidence,
      line: f.range.start.line + 1,
      column: f.range.start.column + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.column + 1,
      masked: f.masked,
      fingerprint: f.fingerprint,
      envVar: f.envVar,
      ...(f.rotateUrl ? { rotateUrl: f.rotateUrl } : {}),
      ...(f.detail ? { detail: f.detail } : {}),
      ...(f.reasons ? { reasons: f.reasons } : {}),
      ...(f.tags?.length ? { tags: f.tags } : {}),
      ...(f.advice ? { advice: f.advice } : {}),
      ...(f.tracked !== undefined ? { tracked: f.tracked } : {}),
      ...(f.envIgnored ? { envIgnored: true } : {}),
      ...(f.commit ? { commit: f.commit } : {}),
      ...(f.author !== undefined ? { author: f.author } : {}),
      ...(f.date ? { date: f.date } : {}),
      ...(f.inHead !== undefined ? { inHead: f.inHead } : {}),
    })),
    skipped: result.skipped.map(s => ({ path: s.path, reason: s.reason })),
    ...(result.capped?.length ? { capped: result.capped.map(c => ({ path: c.path, dropped: c.dropped })) } : {}),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
