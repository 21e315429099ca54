/**
 * Workspace exposure score: one number that says how much hardcoded credential material a
 * workspace holds. Pure and host-agnostic (the CLI and the extension both call it).
 *
 * ## How the exposure score is computed
 *
 * The score runs from 100 (nothing exposed) down towards 0. Each finding has a **cost**:
 *
 *     cost = severity weight × confidence weight × tag factor × location factor
 *
 * | severity | weight |   | confidence        | weight |   | location                     | factor |
 * |----------|--------|---|-------------------|--------|---|------------------------------|--------|
 * | error    | 10     |   | `verified-format` | 1.0    |   | tracked in git               | × 1.5  |
 * | warning  | 4      |   | `provider`        | 0.8    |   | in a git-ignored `.env` file | ÷ 4    |
 * | info     | 1      |   | `generic`         | 0.5    |   | otherwise (or unknown)       | × 1    |
 *
 * The **tag factor** is 1 + the sum of the weights of the finding's tags (set by the checks in
 * `src/core/checks`, `TAG_WEIGHTS`): `client-exposed` +2, `committed` +1.5, `logged` +1,
 * `over-privileged` +0.75, `live-in-test` +0.75, `shared-across-envs` +0.5. A finding tagged
 * `committed` does not get the tracked-in-git factor on top: the tag already says it.
 *
 * The same secret value repeated in one file counts once (its highest cost): pasting a key
 * twice does not double the exposure, but the same key in two files does, since each copy
 * can leak on its own. The **penalty** is the sum of the costs, and
 *
 *     score = round(100 × e^(−penalty / 30)), at most 99 when there is any finding
 *
 * so one checksum-verified key at error severity (cost 10) gives 72 (C), two give 51 (D),
 * and a single generic `password = "…"` warning (cost 2) gives 94 (A). The curve saturates:
 * the score never goes below 0, never rises when a finding is added, and is 100 only when
 * there is nothing to report.
 *
 * | grade | score    |
 * |-------|----------|
 * | A     | 90 – 100 |
 * | B     | 75 – 89  |
 * | C     | 60 – 74  |
 * | D     | 40 – 59  |
 * | F     | 0 – 39   |
 */

import { tagMultiplier } from './checks';
import type { Confidence, Finding, Severity } from './types';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** A finding plus the optional facts a host knows about where it sits. */
export type ScoredFinding = Finding & {
  path?: string;
  /** The file is tracked by git (so the secret is, or will be, in history). */
  tracked?: boolean;
  /** The file is a `.env`-style file that git ignores: the intended place for secrets. */
  envIgnored?: boolean;
};

export interface ExposureScore {
  /** 0–100; 100 means nothing exposed. */
  score: number;
  grade: Grade;
  /** Sum of the finding costs after de-duplication (the input of the curve). */
  penalty: number;
  breakdown: {
    bySeverity: { severity: Severity; count: number; cost: number }[];
    byRule: { ruleId: string; count: number; cost: number }[];
    /** Files with the highest summed cost, highest first (at most 10). */
    topFiles: { path: string; cost: number }[];
  };
}

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { error: 10, warning: 4, info: 1 };
export const CONFIDENCE_WEIGHT: Readonly<Record<Confidence, number>> = { 'verified-format': 1, provider: 0.8, generic: 0.5 };
export const TRACKED_FACTOR = 1.5;
export const ENV_IGNORED_DIVISOR = 4;
/** Penalty at which the score falls to 100/e ≈ 37. */
export const SCORE_SCALE = 30;

const TOP_FILES = 10;

/** What one finding costs, before de-duplication. */
export function findingCost(f: ScoredFinding): number {
  let cost = SEVERITY_WEIGHT[f.severity] * CONFIDENCE_WEIGHT[f.confidence] * tagMultiplier(f.tags);
  if (f.tracked && !f.tags?.includes('committed')) cost *= TRACKED_FACTOR;
  if (f.envIgnored) cost /= ENV_IGNORED_DIVISOR;
  return cost;
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  if (score >= 40) return 'D';
  return 'F';
}

export function exposureScore(findings: readonly ScoredFinding[]): ExposureScore {
  const counted = costliestPerValueAndFile(findings);
  let penalty = 0;
  const bySeverity = new Map<Severity, { count: number; cost: number }>();
  const byRule = new Map<string, { count: number; cost: number }>();
  const byFile = new Map<string, number>();
  for (const { finding, cost } of counted) {
    penalty += cost;
    add(bySeverity, finding.severity, cost);
    add(byRule, finding.ruleId, cost);
    const path = finding.path ?? '';
    byFile.set(path, (byFile.get(path) ?? 0) + cost);
  }
  // Capped at 99 when anything was found, so a perfect 100 always means "nothing found".
  const curve = Math.round(100 * Math.exp(-penalty / SCORE_SCALE));
  const score = counted.length ? Math.min(99, curve) : 100;
  return {
    score,
    grade: gradeFor(score),
    penalty: round2(penalty),
    breakdown: {
      bySeverity: (['error', 'warning', 'info'] as const)
        .filter(s => bySeverity.has(s))
        .map(severity => ({ severity, ...rounded(bySeverity.get(severity)!) })),
      byRule: [...byRule].map(([ruleId, v]) => ({ ruleId, ...rounded(v) })).sort((a, b) => b.cost - a.cost || a.ruleId.localeCompare(b.ruleId)),
      topFiles: [...byFile]
        .map(([path, cost]) => ({ path, cost: round2(cost) }))
        .sort((a, b) => b.cost - a.cost || a.path.localeCompare(b.path))
        .slice(0, TOP_FILES),
    },
  };
}

/**
 * Keeps one finding per (file, value): the costliest. Counting the max (not the first) keeps
 * the score monotone: a new duplicate can raise a group's cost, never lower it.
 */
function costliestPerValueAndFile(findings: readonly ScoredFinding[]): { finding: ScoredFinding; cost: number }[] {
  const groups = new Map<string, { finding: ScoredFinding; cost: number }>();
  for (const finding of findings) {
    const key = `${finding.path ?? ''}\0${finding.valueHash}`;
    const cost = findingCost(finding);
    const prev = groups.get(key);
    if (!prev || cost > prev.cost) groups.set(key, { finding, cost });
  }
  return [...groups.values()];
}

function add<K>(map: Map<K, { count: number; cost: number }>, key: K, cost: number): void {
  const entry = map.get(key) ?? { count: 0, cost: 0 };
  entry.count++;
  entry.cost += cost;
  map.set(key, entry);
}

function rounded(v: { count: number; cost: number }): { count: number; cost: number } {
  return { count: v.count, cost: round2(v.cost) };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
