/**
 * "Move all N occurrences to .env": the same secret written several times (in one file or
 * across the workspace) is moved once, under one name, with every place reading it.
 */

import { appendLines } from './edits';
import { generatedCodeReason } from './generated';
import { formatDotenvValue } from './dotenv';
import { languageKind, type LanguageKind } from './languages';
import { baseEnvName, DOTENV_REASON, envHygieneEdits, envTargetFor } from './moveToEnv';
import { planSourceRewrite } from './rewrite';
import type { FileEdit, FixPlan, MoveToEnvInput, TextEdit } from './types';
import { valueSpan } from './valueSpan';

/** Another file of the workspace that may hold the same secret. */
export interface OtherFile {
  /** Workspace-relative path; the plan's `FileEdit.file` for this file. */
  path: string;
  languageId: string;
  text: string;
}

export interface MoveAllInput extends MoveToEnvInput {
  /** Files besides the source to move the value out of too (a workspace-wide move). */
  otherFiles?: OtherFile[];
}

/** A place holding the value that the plan leaves alone, and why. */
export interface SkippedOccurrence {
  /** `source` or an other file's path. */
  file: string;
  start: number;
  end: number;
  reason: string;
}

export interface MoveAllPlan extends FixPlan {
  /** How many places each file had rewritten (`source` or the other file's path). */
  moved: { file: string; count: number }[];
  skipped: SkippedOccurrence[];
}

/**
 * Characters of token alphabets: a match glued to one of these is part of a longer token.
 * `=` only continues a token after it (base64 padding); before it, it is an assignment.
 */
const TOKEN_BEFORE = /[A-Za-z0-9_+/-]/;
const TOKEN_AFTER = /[A-Za-z0-9_+/=-]/;

const glued = (text: string, start: number, end: number) => TOKEN_BEFORE.test(text[start - 1] ?? '') || TOKEN_AFTER.test(text[end] ?? '');

/**
 * Every place in `text` whose value, read by the file's format, is exactly `value`: the
 * whole of a string or scalar, or a part of one that is not glued to more token characters.
 * Offsets of the value as written (escapes included).
 */
export function findOccurrences(text: string, languageId: string, path: string, value: string): { start: number; end: number }[] {
  const kind = languageKind(languageId, path);
  if (!kind || !value) return [];
  const out: { start: number; end: number }[] = [];
  const seen = new Set<number>();
  // The value may be written as is or escaped; try both forms the file is likely to hold.
  const needles = [...new Set([value, JSON.stringify(value).slice(1, -1), value.replace(/'/g, "''")])];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      if (seen.has(at)) continue;
      const span = valueSpan(text, kind, at, at + needle.length, path);
      if ('reason' in span || span.value !== value || span.start !== at) continue;
      if (!span.whole && glued(text, span.start, span.end)) continue;
      seen.add(at);
      out.push({ start: span.start, end: span.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function textOccurrences(text: string, value: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(value); at !== -1 && value; at = text.indexOf(value, at + value.length)) {
    if (!glued(text, at, at + value.length)) out.push({ start: at, end: at + value.length });
  }
  return out;
}

/**
 * One plan moving every occurrence of the finding's value in the source (and in
 * `otherFiles`) to one `.env` variable. Occurrences that cannot be rewritten are listed in
 * `skipped` (and a note says the value is still there); the plan is refused when the
 * finding's own place cannot be.
 */
export function planMoveAllToEnv(original: MoveAllInput): MoveAllPlan {
  const kind = languageKind(original.languageId, original.path);
  const refused = (reason: string): MoveAllPlan => ({ title: 'Move all to .env', edits: [], envName: '', unsafeReason: reason, moved: [], skipped: [] });
  const target = envTargetFor(original, kind);
  if ('error' in target) return refused(target.error);
  const { input, name, reused, conflict } = target;

  const skipped: SkippedOccurrence[] = [];
  const notes: string[] = [];
  const edits: FileEdit[] = [];
  const moved: { file: string; count: number }[] = [];
  const files = [{ file: 'source', path: input.path, languageId: input.languageId, text: input.sourceText },
    ...(original.otherFiles ?? []).map(f => ({ file: f.path, ...f }))];
  for (const f of files) {
    const fileKind = languageKind(f.languageId, f.path);
    // Files with no env lookup (another .env, JSON) are searched as text, to list what stays.
    const places = fileKind ? findOccurrences(f.text, f.languageId, f.path, input.value) : textOccurrences(f.text, input.value);
    if (f.file === 'source' && !places.some(p => p.start === input.secretStart)) places.push({ start: input.secretStart, end: input.secretEnd });
    const rewritten = rewriteFile(f, fileKind, kind, name, places.sort((a, b) => a.start - b.start), input);
    skipped.push(...rewritten.skipped);
    if (f.file === 'source' && rewritten.skipped.some(s => s.start === input.secretStart)) {
      return refused(rewritten.skipped.find(s => s.start === input.secretStart)!.reason);
    }
    if (rewritten.count) {
      edits.push({ file: f.file, edits: rewritten.edits }, ...rewritten.otherFiles);
      moved.push({ file: f.file, count: rewritten.count });
      notes.push(...rewritten.notes.filter(n => !notes.includes(n)));
    }
  }
  if (!reused) {
    const formatted = formatDotenvValue(input.value);
    if (formatted === undefined) return refused(DOTENV_REASON);
    edits.push(appendLines('env', input.envText, [`${name}=${formatted}`]));
  } else {
    notes.push(`.env already holds this value as ${name}; reusing it.`);
  }
  if (skipped.length) {
    notes.push(`${skipped.length} other place${skipped.length === 1 ? '' : 's'} still hold${skipped.length === 1 ? 's' : ''} the value and need${skipped.length === 1 ? 's' : ''} a fix by hand.`);
  }
  edits.push(...envHygieneEdits(input, name, notes));
  const total = moved.reduce((n, m) => n + m.count, 0);
  const plan: MoveAllPlan = { title: `Move all ${total} occurrence${total === 1 ? '' : 's'} to .env as ${name}`, edits, envName: name, notes, moved, skipped };
  if (conflict) plan.nameConflict = conflict;
  return plan;
}

interface FileRewrite { edits: TextEdit[]; otherFiles: FileEdit[]; notes: string[]; count: number; skipped: SkippedOccurrence[] }

/**
 * Rewrites each place of one file against its original text and merges the results:
 * shared insertions (one `import os` for all) are kept once; a place whose edits overlap
 * another's is skipped.
 */
function rewriteFile(f: { file: string; path: string; languageId: string; text: string }, kind: LanguageKind | undefined,
  primaryKind: LanguageKind | undefined, name: string, places: { start: number; end: number }[], input: MoveToEnvInput): FileRewrite {
  const out: FileRewrite = { edits: [], otherFiles: [], notes: [], count: 0, skipped: [] };
  const skip = (p: { start: number; end: number }, reason: string) => out.skipped.push({ file: f.file, ...p, reason });
  for (const p of places) {
    const generated = generatedCodeReason({ path: f.path, sourceText: f.text, secretStart: p.start, secretEnd: p.end, gitignoreText: input.gitignoreText });
    if (generated) { skip(p, generated); continue; }
    // The variable's name must mean the same thing there: Terraform reads TF_VAR_…, workflows read repository secrets.
    if (kind !== primaryKind && (baseEnvName(kind, name) !== name || kind === 'workflow' || kind === 'tfvars')) {
      skip(p, `A ${kind ?? f.languageId} file reads its values differently; move this one with its own fix.`);
      continue;
    }
    const rewrite = planSourceRewrite({ sourceText: f.text, languageId: f.languageId, path: f.path, secretStart: p.start, secretEnd: p.end,
      terraformVariablesText: f.file === 'source' ? input.terraformVariablesText : undefined }, kind, name);
    if (rewrite.unsafeReason) { skip(p, rewrite.unsafeReason); continue; }
    if (f.file !== 'source' && rewrite.otherFiles.length) { skip(p, 'This place needs edits to another file; move it with its own fix.'); continue; }
    const fresh = rewrite.edits.filter(e => !out.edits.some(o => sameEdit(o, e)));
    if (fresh.some(e => out.edits.some(o => overlaps(o, e)))) { skip(p, 'This place overlaps another rewrite; move it with its own fix.'); continue; }
    out.edits.push(...fresh);
    for (const o of rewrite.otherFiles) if (!out.otherFiles.some(x => x.file === o.file)) out.otherFiles.push(o);
    out.notes.push(...rewrite.notes.filter(n => !out.notes.includes(n)));
    out.count++;
  }
  out.edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/** Two edits that cannot both apply: overlapping ranges, or two insertions at one offset. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}
