/** Test helpers for fix plans: apply edits independently of the engine's own helper. */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import type { FileEdit, FixPlan, MoveToEnvInput, TextEdit } from '../../../src/core/fix';

/** Applies edits back to front; asserts they do not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].end <= sorted[i - 1].start, 'edits overlap');
  return sorted.reduce((acc, e) => acc.slice(0, e.start) + e.newText + acc.slice(e.end), text);
}

/** Applies a plan to a set of files (undefined = missing); returns the resulting texts. */
export function applyPlan(plan: FixPlan, files: Record<string, string | undefined>): Record<string, string | undefined> {
  const out = { ...files };
  for (const f of plan.edits) {
    const current = out[f.file];
    assert.strictEqual(!!f.create, current === undefined, `${f.file}: create flag must match whether it exists`);
    out[f.file] = applyEdits(current ?? '', f.edits);
  }
  return out;
}

export function fileEdit(plan: FixPlan, file: string): FileEdit | undefined {
  return plan.edits.find(f => f.file === file);
}

/** Builds a planner input for `snippet`, where `SECRET` marks the value's place. */
export function inputFor(snippet: string, secret: string, languageId: string, path: string, extra: Partial<MoveToEnvInput> = {}): MoveToEnvInput {
  const at = snippet.indexOf('SECRET');
  assert.ok(at !== -1, 'snippet needs a SECRET marker');
  const sourceText = snippet.replace('SECRET', secret);
  return {
    sourceText, languageId, path, secretStart: at, secretEnd: at + secret.length, value: secret,
    suggestedName: 'OPENAI_API_KEY', inGitRepo: true, ...extra,
  };
}

/**
 * Replaces each secret with a placeholder so that a failing assertion prints the shape of
 * the text, never a token (even a fake one).
 */
export function hide(text: string | undefined, ...secrets: string[]): string | undefined {
  if (text === undefined) return undefined;
  return secrets.reduce((acc, s, i) => acc.split(s).join(`<secret${i + 1}>`), text);
}

/** Whether a toolchain command is installed (its tests skip, and say so, when it is not). */
export function have(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
