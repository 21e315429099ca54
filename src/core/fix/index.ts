/**
 * Quick-fix planning: pure functions that turn a finding into text edits
 * (move to .env, move to a secret manager, ignore comment, baseline, env-file hygiene).
 */

import type {
  BaselineFinding, EnvFileFixInput, EnvLookup, FixPlan, IgnoreCommentPlan, MoveToEnvInput,
  MoveToSecretReferenceInput, TextEdit,
} from './types';

export * from './types';

const TODO = (): never => { throw new Error('not implemented'); };

/** How `languageId`/`path` reads env var `name`; undefined when the format cannot (JSON, unknown). */
export function envLookupFor(languageId: string, path: string, name: string, context?: { sourceText: string; secretStart: number; secretEnd: number }): EnvLookup | undefined { return TODO(); }
export function planMoveToEnv(input: MoveToEnvInput): FixPlan { return TODO(); }
export function planMoveToSecretReference(input: MoveToSecretReferenceInput): FixPlan { return TODO(); }
export function planIgnoreComment(sourceText: string, languageId: string, path: string, secretStart: number, ruleId: string): IgnoreCommentPlan { return TODO(); }
export function planAddToBaseline(baselineText: string | undefined, finding: BaselineFinding): string { return TODO(); }
export function planEnvFileFix(input: EnvFileFixInput): FixPlan { return TODO(); }
export function parseDotenv(text: string): Map<string, { value: string; line: number }> { return TODO(); }
export function isGitIgnored(gitignoreText: string | undefined, relPath: string): boolean { return TODO(); }
/** Applies edits (any order, non-overlapping) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string { return TODO(); }
