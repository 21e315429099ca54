/** Adding a tag to a finding without mutating it (hosts may hold on to the original). */

import type { Finding, FindingTag, Severity } from '../types';

export interface TagChange {
  severity?: Severity;
  advice?: string;
}

/** A copy of `finding` with `tag` added (once) and `advice` appended (once). */
export function withTag(finding: Finding, tag: FindingTag, change: TagChange = {}): Finding {
  const tags = finding.tags?.includes(tag) ? finding.tags : [...(finding.tags ?? []), tag];
  const advice = joinAdvice(finding.advice, change.advice);
  return {
    ...finding,
    tags,
    ...(change.severity ? { severity: change.severity } : {}),
    ...(advice ? { advice } : {}),
  };
}

function joinAdvice(existing: string | undefined, extra: string | undefined): string | undefined {
  if (!extra || existing?.includes(extra)) return existing;
  return existing ? `${existing} ${extra}` : extra;
}

const RAISE: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

/** One level up, capped at error. */
export function raised(severity: Severity): Severity {
  return RAISE[severity];
}

/** Normalised path with forward slashes. */
export function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}
