/**
 * Workspace exposure score: one number that says how much hardcoded credential material a
 * workspace holds, and why. Pure and host-agnostic (the CLI and the extension both call it).
 *
 * ## How the exposure score is computed
 *
 * The score runs from 100 (nothing exposed) down towards 0. Each finding has a **cost**:
 *
 *     base = severity weight × confidence weight
 *     cost = base × (1 + sum of the finding's weights) × location factor
 *
 * | severity | weight |   | confidence        | weight |
 * |----------|--------|---|-------------------|--------|
 * | error    | 10     |   | `verified-format` | 1.0    |
 * | warning  | 4      |   | `provider`        | 0.8    |
 * | info     | 0      |   | `generic`         | 0.5    |
 *
 * Info findings (test fixtures, documentation, expired tokens) are listed but cost nothing:
 * a workspace whose only findings are informational grades A (99).
 *
 * The **weights** say why the finding matters. Most are tags set by the checks in
 * `src/core/checks` (`TAG_WEIGHTS`); one is where the file sits:
 *
 * | factor                                 | weight | why                                                                     |
 * |----------------------------------------|--------|-------------------------------------------------------------------------|
 * | `client-exposed`                       | +2     | it ships to every browser or app install: it is public                  |
 * | `committed`                            | +1.5   | it is in git history for good; every clone has it                       |
 * | `logged`                               | +1     | it ends up in logs, error trackers and responses                        |
 * | `over-privileged`                      | +0.75  | an admin or unrestricted key: a leak does more damage                   |
 * | `live-in-test`                         | +0.75  | a live key reachable from test runs and dev machines                    |
 * | `shared-across-envs`                   | +0.5   | one leak opens several environments                                     |
 * | tracked in git, not tagged `committed` | +0.5   | the line is in history too (code findings are never tagged `committed`) |
 *
 * The **location factor** is ÷ 4 in a git-ignored `.env`-style file, the intended place for
 * secrets, and × 1 elsewhere (or when the host does not know). A `client-exposed` finding
 * gets no discount there: a `NEXT_PUBLIC_…` variable ships to the browser whichever file
 * defines it.
 *
 * The same secret value repeated in one file counts once (its highest cost): pasting a key
 * twice does not double the exposure, but the same key in two files does, since each copy
 * can leak on its own. The **penalty** is the sum of the costs, and
 *
 *     score = round(100 / √(1 + penalty / 12)), at most 99 when there is any finding
 *
 * so one checksum-verified key at error severity (cost 10) gives 74 (C), two give 61 (C),
 * and a single generic `password = "…"` warning (cost 2) gives 93 (A). The curve has a long
 * tail, so every fix still moves the score when many secrets are exposed: six committed
 * client-side keys (penalty 216) give 23, and moving one of them to an ignored `.env` 25.
 *
 * | grade | score    |
 * |-------|----------|
 * | A     | 90 – 100 |
 * | B     | 75 – 89  |
 * | C     | 60 – 74  |
 * | D     | 40 – 59  |
 * | F     | 0 – 39   |
 *
 * The score never goes below 0, is 100 only when there is nothing to report, and never rises
 * when a finding or a tag is added: every weight is ≥ 0, the `committed` tag (+1.5) outweighs
 * the tracked-in-git weight it replaces (+0.5), and de-duplication keeps the costliest copy.
 *
 * ## Where the penalty comes from
 *
 * `breakdown.byFactor` splits the penalty into parts that add up to it exactly. Each finding's
 * cost is split the same way, in this order:
 *
 * 1. **base**: severity weight × confidence weight;
 * 2. each tag, then tracked in git: **base × its weight**;
 * 3. a git-ignored `.env`: **minus three quarters of the sum so far** (a negative part).
 *
 * The parts of all counted findings are summed per factor, and each sum is rounded to cents
 * so that the rounded parts still add up to the (rounded) penalty.
 *
 * ## Worked example
 *
 * A small git repository with three findings: an OpenAI project key (error, provider
 * confidence) in a client component, an API key variable written to the console (warning,
 * generic) and a password (warning, generic) in a git-ignored `.env` file, which the CLI reads
 * only with `--no-gitignore` and the editor when the file is open.
 *
 * | file                               | finding                                     | base         | weights                           | cost             |
 * |------------------------------------|---------------------------------------------|--------------|-----------------------------------|------------------|
 * | `app/components/Chat.tsx`, tracked | OpenAI project key in a `"use client"` file | 10 × 0.8 = 8 | client-exposed +2, committed +1.5 | 8 + 16 + 12 = 36 |
 * | `app/server.ts`, tracked           | `console.log(process.env.OPENAI_API_KEY)`   | 4 × 0.5 = 2  | logged +1, tracked in git +0.5    | 2 + 2 + 1 = 5    |
 * | `.env`, git-ignored                | `DB_PASSWORD=…`                             | 4 × 0.5 = 2  | none; ÷ 4 in an ignored `.env`    | 2 − 1.5 = 0.5    |
 *
 *     penalty = 36 + 5 + 0.5 = 41.5
 *     score   = round(100 / √(1 + 41.5 / 12)) = round(47.36) = 47, grade D
 *     byFactor: base 12 + client-exposed 16 + committed 12 + logged 2 + tracked in git 1
 *               − git-ignored .env 1.5 = 41.5
 *
 * Moving the key into the git-ignored `.env` (read on the server through `process.env`) and
 * logging only whether the variable is set leaves two secrets where they belong:
 * 8 ÷ 4 + 2 ÷ 4 = 2.5, score round(100 / √(1 + 2.5 / 12)) = 91 (A).
 */

import { TAG_WEIGHTS, tagMultiplier } from './checks';
import type { Confidence, Finding, FindingTag, Severity } from './types';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** A finding plus the optional facts a host knows about where it sits. */
export type ScoredFinding = Finding & {
  path?: string;
  /** The file is tracked by git (so the secret is, or will be, in history). */
  tracked?: boolean;
  /** The file is a `.env`-style file that git ignores: the intended place for secrets. */
  envIgnored?: boolean;
};

/**
 * One part of a cost: the finding's `base` (severity × confidence), a tag's weight, the
 * tracked-in-git weight (`tracked`), or the git-ignored `.env` discount (`env-ignored`).
 */
export type ScoreFactor = 'base' | FindingTag | 'tracked' | 'env-ignored';

/** The order in which parts are computed and listed: base, tags by weight, location. */
export const SCORE_FACTORS: readonly ScoreFactor[] = ['base', ...(Object.keys(TAG_WEIGHTS) as FindingTag[]), 'tracked', 'env-ignored'];

/** Short human labels for the factors (reports and tooltips). */
export const FACTOR_LABEL: Readonly<Record<ScoreFactor, string>> = {
  base: 'base',
  'client-exposed': 'client-exposed',
  committed: 'committed',
  logged: 'logged',
  'over-privileged': 'over-privileged',
  'live-in-test': 'live-in-test',
  'shared-across-envs': 'shared-across-envs',
  tracked: 'tracked in git',
  'env-ignored': 'git-ignored .env',
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
    /**
     * The penalty split by factor, in `SCORE_FACTORS` order, only factors that apply to at
     * least one counted finding: `count` findings, `cost` the part the factor added (negative
     * for `env-ignored`). `base` comes first; the costs add up to `penalty` exactly.
     */
    byFactor: { factor: ScoreFactor; count: number; cost: number }[];
    /** Files with the highest summed cost, highest first (at most 10). */
    topFiles: { path: string; cost: number }[];
  };
}

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { error: 10, warning: 4, info: 0 };
export const CONFIDENCE_WEIGHT: Readonly<Record<Confidence, number>> = { 'verified-format': 1, provider: 0.8, generic: 0.5 };
/** Weight of "tracked in git" for a finding not tagged `committed` (which weighs 1.5 instead). */
export const TRACKED_WEIGHT = 0.5;
export const ENV_IGNORED_DIVISOR = 4;
/** Penalty at which the score falls to 100/√2 ≈ 71 (and to 50 at three times it). */
export const SCORE_SCALE = 12;

const TOP_FILES = 10;

/** What one finding costs, before de-duplication. */
export function findingCost(f: ScoredFinding): number {
  const weights = tagMultiplier(f.tags) + (tracksUntagged(f) ? TRACKED_WEIGHT : 0);
  const cost = SEVERITY_WEIGHT[f.severity] * CONFIDENCE_WEIGHT[f.confidence] * weights;
  return envDiscounted(f) ? cost / ENV_IGNORED_DIVISOR : cost;
}

/**
 * `findingCost` as a sum of parts, in `SCORE_FACTORS` order: the base, base × weight for each
 * tag and for tracked-in-git, then for a git-ignored `.env` minus (1 − 1/4) of the sum so far.
 */
export function costParts(f: ScoredFinding): { factor: ScoreFactor; cost: number }[] {
  const base = SEVERITY_WEIGHT[f.severity] * CONFIDENCE_WEIGHT[f.confidence];
  const parts: { factor: ScoreFactor; cost: number }[] = [{ factor: 'base', cost: base }];
  // Info findings cost nothing, whatever their tags.
  if (base === 0) return parts;
  for (const tag of Object.keys(TAG_WEIGHTS) as FindingTag[]) {
    if (f.tags?.includes(tag) && TAG_WEIGHTS[tag] > 0) parts.push({ factor: tag, cost: base * TAG_WEIGHTS[tag] });
  }
  if (tracksUntagged(f)) parts.push({ factor: 'tracked', cost: base * TRACKED_WEIGHT });
  if (envDiscounted(f)) {
    const subtotal = parts.reduce((sum, p) => sum + p.cost, 0);
    parts.push({ factor: 'env-ignored', cost: -subtotal * (1 - 1 / ENV_IGNORED_DIVISOR) });
  }
  return parts;
}

/** Tracked by git and not already tagged `committed` (the tag says it, with more weight). */
function tracksUntagged(f: ScoredFinding): boolean {
  return !!f.tracked && !f.tags?.includes('committed');
}

/** In a git-ignored `.env`, unless the framework ships the variable to the client anyway. */
function envDiscounted(f: ScoredFinding): boolean {
  return !!f.envIgnored && !f.tags?.includes('client-exposed');
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  if (score >= 40) return 'D';
  return 'F';
}

/** The penalty as a readable sum of its parts: `['base 12', '+ client-exposed 16', '- git-ignored .env 1.5']`. */
export function costTerms(score: ExposureScore): string[] {
  return score.breakdown.byFactor.map((p, i) => {
    const term = `${FACTOR_LABEL[p.factor]} ${Math.abs(p.cost)}`;
    return i === 0 ? term : `${p.cost < 0 ? '-' : '+'} ${term}`;
  });
}

export function exposureScore(findings: readonly ScoredFinding[]): ExposureScore {
  const counted = costliestPerValueAndFile(findings);
  let penalty = 0;
  const bySeverity = new Map<Severity, { count: number; cost: number }>();
  const byRule = new Map<string, { count: number; cost: number }>();
  const byFactor = new Map<ScoreFactor, { count: number; cost: number }>();
  const byFile = new Map<string, number>();
  for (const { finding, cost } of counted) {
    penalty += cost;
    add(bySeverity, finding.severity, cost);
    add(byRule, finding.ruleId, cost);
    for (const part of costParts(finding)) add(byFactor, part.factor, part.cost);
    const path = finding.path ?? '';
    byFile.set(path, (byFile.get(path) ?? 0) + cost);
  }
  // Capped at 99 when anything was found, so a perfect 100 always means "nothing found".
  const curve = Math.round(100 / Math.sqrt(1 + penalty / SCORE_SCALE));
  const score = counted.length ? Math.min(99, curve) : 100;
  const factors = SCORE_FACTORS.filter(f => byFactor.has(f));
  const factorCosts = roundedToSum(factors.map(f => byFactor.get(f)!.cost), round2(penalty));
  return {
    score,
    grade: gradeFor(score),
    penalty: round2(penalty),
    breakdown: {
      bySeverity: (['error', 'warning', 'info'] as const)
        .filter(s => bySeverity.has(s))
        .map(severity => ({ severity, ...rounded(bySeverity.get(severity)!) })),
      byRule: [...byRule].map(([ruleId, v]) => ({ ruleId, ...rounded(v) })).sort((a, b) => b.cost - a.cost || a.ruleId.localeCompare(b.ruleId)),
      byFactor: factors.map((factor, i) => ({ factor, count: byFactor.get(factor)!.count, cost: factorCosts[i] })),
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

/**
 * Rounds each value to cents so that the rounded values add up to `total` (in cents): the
 * cents left over after rounding down go to the largest remainders (ties: earlier first).
 */
function roundedToSum(values: readonly number[], total: number): number[] {
  // The epsilon absorbs binary noise (0.29 × 100 = 28.999…) before rounding down.
  const exact = values.map(v => v * 100);
  const cents = exact.map(v => Math.floor(v + 1e-6));
  let left = Math.round(total * 100) - cents.reduce((sum, c) => sum + c, 0);
  const order = exact.map((v, i) => ({ i, rest: v - cents[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0 && order.length; k = (k + 1) % order.length, left--) cents[order[k].i]++;
  for (let k = order.length - 1; left < 0 && order.length; k = (k + order.length - 1) % order.length, left++) cents[order[k].i]--;
  return cents.map(c => c / 100 + 0);
}
