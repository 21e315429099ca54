/**
 * Checks beyond "a secret is hardcoded": client-side exposure, secrets written to logs and
 * responses, least privilege, environment separation, committed secrets. Pure functions over
 * the scanner's findings; no I/O, no git (hosts pass the git facts they know).
 *
 * ## How hosts use this module
 *
 * Per file, after scanning it:
 *
 *     const findings = runChecks(scanner.scan(text, { path, languageId }), { path, text, git: { tracked, envNotIgnored } });
 *
 * and once per workspace scan, over all files' (already checked) findings:
 *
 *     const files = runWorkspaceChecks(perFile); // [{ path, findings }] in, same shape out
 *
 * The two rules defined here (`client-exposed-env-var`, `secret-logged`) are registered in
 * the rule catalogue, so the scanner already reports them; `runChecks` tags their findings.
 * Their "value" is code or a variable name (rule flag `valueIsCode`), never a secret.
 * For the log-leak quick fix, `planMaskLoggedValue(languageId, expression)` gives the
 * replacement for a `secret-logged` finding's range.
 *
 * Every function returns new finding objects; inputs are never mutated. Tags are added once
 * and advice sentences are appended, so a finding can carry several tags.
 *
 * ## Score inputs (proposal for score.ts)
 *
 * `TAG_WEIGHTS` below is additive: `cost = base cost × (1 + Σ weights of the finding's tags)`.
 * All weights are ≥ 0, so adding a tag never lowers the cost (the score stays monotone), and
 * the breakdown can show each tag's share ("client-exposed +2 × base").
 */

import type { Finding, FindingTag } from '../types';
import { annotateClientExposure } from './clientExposure';
import { annotateCommitted, type CommitFacts } from './committed';
import { annotateLiveInTest, crossFileFindings, type WorkspaceFile } from './envSeparation';
import { annotateLeastPrivilege } from './leastPrivilege';
import { RULE } from './ruleIds';
import { withTag } from './tags';

export { isClientSideFile, annotateClientExposure, clientPrefixOf, isPublishableName } from './clientExposure';
export { planMaskLoggedValue } from './logLeaks';
export { annotateLeastPrivilege } from './leastPrivilege';
export { environmentOf, annotateLiveInTest, crossFileFindings, type Environment, type WorkspaceFile } from './envSeparation';
export {
  annotateCommitted, scanPatch, TRACKED_DESPITE_GITIGNORE, parsePatch, rotationChecklist,
  type CommitFacts, type TextScanner, type PatchFinding, type PatchScanResult, type PatchScanOptions,
} from './committed';
export { RULE as CHECK_RULE_IDS } from './ruleIds';

/**
 * Extra weight per tag, relative to the finding's base cost (severity × confidence).
 * - `client-exposed` 2: the key is public to anyone who loads the page or unpacks the app.
 * - `committed` 1.5: in history for good; every clone has it until rotated.
 * - `logged` 1: ends up in log storage, error trackers and responses, read by many.
 * - `over-privileged` 0.75: a leak does more damage (org admin, all repositories, root-like).
 * - `live-in-test` 0.75: real money or data reachable from test runs and dev machines.
 * - `shared-across-envs` 0.5: one leak compromises several environments.
 * A properly stored secret (in a git-ignored, untracked `.env`) has no tag; score.ts already
 * divides its cost (ENV_IGNORED_DIVISOR).
 */
export const TAG_WEIGHTS: Readonly<Record<FindingTag, number>> = {
  'client-exposed': 2,
  committed: 1.5,
  logged: 1,
  'over-privileged': 0.75,
  'live-in-test': 0.75,
  'shared-across-envs': 0.5,
};

/** `base × (1 + Σ TAG_WEIGHTS)` for one finding's tags. */
export function tagMultiplier(tags: readonly FindingTag[] | undefined): number {
  return 1 + [...new Set(tags ?? [])].reduce((sum, t) => sum + (TAG_WEIGHTS[t] ?? 0), 0);
}

export interface FileToCheck {
  /** Workspace-relative path (decides client-side and environment checks). */
  path: string;
  /** The scanned text (context for Google keys, `"use client"`, service-account roles). */
  text: string;
  /** What git knows about the file, when the host knows it. */
  git?: CommitFacts;
}

/**
 * All per-file checks on one file's findings: client exposure, least privilege, live keys
 * in dev/test files and, with `git` facts, committed secrets. Findings of the two code rules
 * get their tags (`logged`, `client-exposed`).
 */
export function runChecks(findings: readonly Finding[], file: FileToCheck): Finding[] {
  let out = findings.map(tagCodeRuleFinding);
  out = annotateClientExposure(out, file.path, file.text);
  out = annotateLeastPrivilege(out, file.text);
  out = annotateLiveInTest(out, file.path);
  if (file.git) out = annotateCommitted(out, file.git);
  return out;
}

/** Workspace-level checks (the same secret across environments); call after `runChecks`. */
export function runWorkspaceChecks(files: readonly WorkspaceFile[]): WorkspaceFile[] {
  return crossFileFindings(files);
}

function tagCodeRuleFinding(f: Finding): Finding {
  if (f.ruleId === RULE.secretLogged) {
    return withTag(f, 'logged', { advice: 'Log whether the secret is set, never its value (or a masked form); logs, error trackers and responses are read by many people and kept for long.' });
  }
  if (f.ruleId === RULE.clientExposedEnvVar) {
    return withTag(f, 'client-exposed', { advice: `Rename it to a server-only variable (${f.envVar}), read it in a server route or function, and have the browser call that route. Rotate the key if it was ever deployed.` });
  }
  return f;
}
