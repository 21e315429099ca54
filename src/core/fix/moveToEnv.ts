/** "Move to .env": rewrite the source, store the value in `.env`, keep `.env` out of git. */

import { appendLines } from './edits';
import { generatedCodeReason } from './generated';
import { formatDotenvValue, keyHoldingValue, parseDotenv, uniqueKey, type DotenvEntry } from './dotenv';
import { ignoreLineFor, isGitIgnored } from './gitignore';
import { languageKind, type LanguageKind } from './languages';
import { planSourceRewrite, tfvarsVariable } from './rewrite';
import type { FileEdit, FixPlan, MoveToEnvInput } from './types';
import { valueSpan } from './valueSpan';

/** A valid upper-case env name from a suggestion (`openai-key` → `OPENAI_KEY`). */
export function sanitizeEnvName(suggested: string): string {
  const name = suggested.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return !name ? 'SECRET' : /^\d/.test(name) ? `_${name}` : name;
}

/** The base name a file kind requires: GitHub forbids `GITHUB_` secrets; Terraform reads `TF_VAR_<lower>`. */
export function baseEnvName(kind: LanguageKind | undefined, suggested: string): string {
  const name = sanitizeEnvName(suggested);
  if (kind === 'workflow') return name.replace(/^GITHUB_/, 'GH_');
  if (kind === 'terraform') return name.startsWith('TF_VAR_') ? name : `TF_VAR_${name.toLowerCase()}`;
  return name;
}

/** The preferred name is taken by another value: the plan uses `suggestion`; a host may ask the user instead. */
export interface NameConflict {
  /** The name the finding suggested, already set in `.env` to a different value. */
  name: string;
  /** A free name (`NAME_2`) the plan used instead. */
  suggestion: string;
}

/**
 * Picks the variable name: an existing key holding exactly `value` is reused (for
 * Terraform only a `TF_VAR_` key), otherwise the base name made unique against `.env`
 * (reported as a conflict when it had to change). A name the user chose (`chosen`) is taken
 * as is, unless `.env` already sets it to something else.
 */
export function chooseEnvName(kind: LanguageKind | undefined, suggested: string, entries: Map<string, DotenvEntry>, value: string | undefined,
  chosen?: string): { name: string; reused: boolean; conflict?: NameConflict } | { error: string } {
  if (chosen !== undefined) {
    const name = baseEnvName(kind, chosen);
    const existing = entries.get(name);
    if (!existing) return { name, reused: false };
    if (value !== undefined && !existing.ambiguous && existing.value === value.replace(/\r\n/g, '\n')) return { name, reused: true };
    return { error: `.env already sets ${name} to another value; choose another name.` };
  }
  const existing = value === undefined ? undefined : keyHoldingValue(entries, value);
  if (existing && (kind !== 'terraform' || existing.startsWith('TF_VAR_'))) return { name: existing, reused: true };
  const base = baseEnvName(kind, suggested);
  const name = uniqueKey(base, entries);
  return name === base ? { name, reused: false } : { name, reused: false, conflict: { name: base, suggestion: name } };
}

/**
 * The name for this input: `chooseEnvName`, except in `.tfvars` files, where the assigned
 * variable fixes it (`TF_VAR_<name>`); an error when `.env` already sets that to something else.
 */
export function pickEnvName(kind: LanguageKind | undefined, input: MoveToEnvInput, entries: Map<string, DotenvEntry>, accept: string[] = []):
  { name: string; reused: boolean; conflict?: NameConflict } | { error: string } {
  if (kind !== 'tfvars') return chooseEnvName(kind, input.suggestedName, entries, input.value, input.envName);
  const variable = tfvarsVariable(input.sourceText, input.secretStart, input.secretEnd);
  if (!variable) return { error: 'Only a whole `name = "value"` line of a .tfvars file can move to the environment.' };
  const name = `TF_VAR_${variable}`;
  const existing = entries.get(name);
  if (existing && ![input.value.replace(/\r\n/g, '\n'), ...accept].includes(existing.value)) {
    return { error: `.env already sets ${name} to another value; resolve that first.` };
  }
  return { name, reused: !!existing };
}

/**
 * The secret as the file's format reads it, and the `.env` variable it goes under: a name
 * `.env` already gives that value is reused; a name taken by another value is a conflict.
 */
export function envTargetFor<T extends MoveToEnvInput>(original: T, kind: LanguageKind | undefined):
  { input: T; name: string; reused: boolean; conflict?: NameConflict } | { error: string } {
  const input = exactSecret(original, kind);
  if ('error' in input) return input;
  const entries = input.envText === undefined ? new Map<string, DotenvEntry>() : parseDotenv(input.envText);
  const picked = pickEnvName(kind, input, entries);
  if ('error' in picked) return picked;
  return { input, ...picked };
}

export function planMoveToEnv(original: MoveToEnvInput): FixPlan {
  const kind = languageKind(original.languageId, original.path);
  const refused = (reason: string): FixPlan => ({ title: 'Move to .env', edits: [], envName: '', unsafeReason: reason });
  const generated = generatedCodeReason(original);
  if (generated) return refused(generated);
  const target = envTargetFor(original, kind);
  if ('error' in target) return refused(target.error);
  const { input, name, reused, conflict } = target;
  const source = planSourceRewrite(input, kind, name);
  if (source.unsafeReason) return refused(source.unsafeReason);
  const edits: FileEdit[] = [{ file: 'source', edits: source.edits }, ...source.otherFiles];
  if (!reused) {
    const formatted = formatDotenvValue(input.value);
    if (formatted === undefined) return refused(DOTENV_REASON);
    edits.push(appendLines('env', input.envText, [`${name}=${formatted}`]));
  }
  const notes = [...source.notes];
  if (reused) notes.push(`.env already holds this value as ${name}; reusing it.`);
  edits.push(...envHygieneEdits(input, name, notes));
  const plan: FixPlan = { title: `Move to .env as ${name}`, edits, envName: name, notes };
  if (conflict) plan.nameConflict = conflict;
  return plan;
}

export const DOTENV_REASON = 'The value holds quotes of every kind (\', ", `), which no .env quoting keeps exactly; move it by hand.';

/**
 * The input with the secret's exact extent and decoded value, read by the rules of the file's
 * format (`valueSpan`): the scanner's range may stop early (a YAML `#` that is no comment) or
 * hold escapes (`\"`, `''`). An error when the value cannot be read exactly.
 */
export function exactSecret<T extends MoveToEnvInput>(input: T, kind: LanguageKind | undefined): T | { error: string } {
  if (!kind) return input; // planSourceRewrite says why nothing can be done
  const span = valueSpan(input.sourceText, kind, input.secretStart, input.secretEnd, input.path);
  if ('reason' in span) return { error: span.reason };
  return { ...input, secretStart: span.start, secretEnd: span.end, value: span.value };
}

/** `.gitignore` and `.env.example` edits shared by the `.env` and secret-reference plans. */
export function envHygieneEdits(input: Pick<MoveToEnvInput, 'envPath' | 'gitignoreText' | 'inGitRepo' | 'envExampleText' | 'writeEnvExample'>, name: string, notes: string[]): FileEdit[] {
  const out: FileEdit[] = [];
  const envPath = input.envPath ?? '.env';
  if (!isGitIgnored(input.gitignoreText, envPath)) {
    if (input.gitignoreText !== undefined || input.inGitRepo) out.push(appendLines('gitignore', input.gitignoreText, [ignoreLineFor(envPath)]));
    else notes.push(`This folder is not a git repository: remember to keep ${envPath} out of version control.`);
  }
  if (input.envExampleText !== undefined || input.writeEnvExample) {
    const documented = input.envExampleText !== undefined && parseDotenv(input.envExampleText).has(name);
    if (!documented) out.push(appendLines('envExample', input.envExampleText, [`${name}=`]));
  }
  return out;
}
