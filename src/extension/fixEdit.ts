/**
 * Plan → WorkspaceEdit: turns a fix plan of `src/core/fix` (text edits per file) into ONE
 * WorkspaceEdit, so a single undo restores every file it touched, plus the command run after
 * it (undo bookkeeping, file modes, saving, notes). Also the lazily resolved code action:
 * the lightbulb lists fixes cheaply, the edit is computed only for the fix the user picks.
 */

import * as vscode from 'vscode';
import { applyTextEdits, valueHash, type FixPlan, type TextEdit } from '../core';
import { readFileState, type FileState } from './fixFacts';
import { AFTER_FIX_COMMAND, SHOW_NOTES_COMMAND, type AfterFixArgs, type FixedFile, type UndoRecord } from './fixCommands';

/** What resolving a fix yields: its edit and the command run after it. */
export interface ResolvedFix {
  edit?: vscode.WorkspaceEdit;
  command?: vscode.Command;
}

/**
 * A code action listed without its edit: `build` computes edit and command when VS Code
 * resolves the action (the user picked it, or a preview asks), from the files as they are then.
 */
export class LazyFix extends vscode.CodeAction {
  constructor(title: string, kind: vscode.CodeActionKind, diagnostic: vscode.Diagnostic, readonly build: () => Promise<ResolvedFix>) {
    super(title, kind);
    this.diagnostics = [diagnostic];
  }
}

/** A fix that can no longer be made as listed: applying it shows why and changes nothing. */
export function refusedFix(reason: string): ResolvedFix {
  return { command: { command: SHOW_NOTES_COMMAND, title: 'Why nothing changed', arguments: [[reason]] } };
}

/** Plan notes (e.g. "set TF_VAR_… in CI") are shown once the edit is applied. */
export function notesCommand(plan: FixPlan): vscode.Command | undefined {
  return plan.notes?.length ? { command: SHOW_NOTES_COMMAND, title: 'Show notes', arguments: [plan.notes] } : undefined;
}

/**
 * The plan's edit, and a command run after it that saves the touched files (as VS Code does
 * for multi-file refactorings: every fix alike), arranges for undo to restore the disk too
 * (see `UndoRecord`), then runs `next`.
 */
export async function resolvePlan(plan: FixPlan, files: Record<string, FileState>, next?: vscode.Command): Promise<ResolvedFix> {
  const { edit, undo, ownerOnly, touched } = await toWorkspaceEdit(plan, files);
  const args: AfterFixArgs = { undo, next, ownerOnly, touched };
  return { edit, command: { command: AFTER_FIX_COMMAND, title: next?.title ?? 'Finish the fix', arguments: [args] } };
}

/**
 * One WorkspaceEdit for a whole plan, so one undo restores every file.
 *
 * Undo is per editor: Ctrl+Z in the source reverts the latest step that touched the source,
 * then VS Code continues backwards through the other steps of the same edit. So the source's
 * edits come LAST, and each file's edits are a step of their own (a `createFile(ignoreIfExists)`
 * before them: it creates a missing file, which undo deletes again, and is a no-op for an
 * existing one), which spares the "undo across all files?" prompt. A plan that edits one
 * other file only (`.gitignore` from a `.env`) shows that file once applied: the user sees
 * the change, and undo there reverts it.
 *
 * VS Code drops the buffer of a file not open in an editor once the fix has saved it; undo
 * stops at such a file's step. The returned `undo` record lets the extension finish the job
 * (fixCommands.ts, UndoSaver): when undo brings the source back to its pre-fix text, every
 * other file still holding exactly the fix's result is reverted on disk, created ones deleted.
 */
export async function toWorkspaceEdit(plan: FixPlan, files: Record<string, FileState>):
  Promise<{ edit: vscode.WorkspaceEdit; undo: UndoRecord | undefined; ownerOnly: vscode.Uri[]; touched: vscode.Uri[] }> {
  const edit = new vscode.WorkspaceEdit();
  const others: FixedFile[] = [];
  /** Env files the fix creates: readable by their owner only. */
  const ownerOnly: vscode.Uri[] = [];
  const touched: vscode.Uri[] = [];
  for (const fileEdit of plan.edits.filter(e => e.file !== 'source')) {
    const state = files[fileEdit.file] ?? await readFileState(resolveRelative(files, fileEdit.file));
    touched.push(state.uri);
    if (fileEdit.create || state.text === undefined) {
      // Created empty, then filled: a file created meanwhile is appended to, never lost.
      // (`createFile` with `contents` cannot be revived from a code action's edit.)
      const text = applyTextEdits('', fileEdit.edits);
      edit.createFile(state.uri, { ignoreIfExists: true });
      edit.insert(state.uri, new vscode.Position(0, 0), text);
      if (fileEdit.file === 'env') ownerOnly.push(state.uri);
      others.push({ uri: state.uri, hashBefore: undefined, hashAfter: valueHash(text), inverse: [{ start: 0, end: text.length, newText: '' }] });
      continue;
    }
    if (state.onDisk) edit.createFile(state.uri, { ignoreIfExists: true });
    for (const e of fileEdit.edits) {
      edit.replace(state.uri, new vscode.Range(positionIn(state, e.start), positionIn(state, e.end)), e.newText);
    }
    if (state.onDisk && !state.document?.isDirty) {
      others.push({ uri: state.uri, hashBefore: valueHash(state.text), hashAfter: valueHash(applyTextEdits(state.text, fileEdit.edits)), inverse: inverseEdits(state.text, fileEdit.edits) });
    }
  }
  const source = files.source;
  const sourceEdits = plan.edits.filter(e => e.file === 'source').flatMap(e => e.edits);
  let undo: UndoRecord | undefined;
  if (source?.document && sourceEdits.length) {
    if (source.onDisk) touched.push(source.uri);
    // A step of its own only beside other files' steps (see above); a one-file fix is one plain edit.
    if (source.onDisk && touched.length > 1) edit.createFile(source.uri, { ignoreIfExists: true });
    for (const e of sourceEdits) edit.replace(source.uri, new vscode.Range(positionIn(source, e.start), positionIn(source, e.end)), e.newText);
    const text = source.document.getText();
    undo = { source: source.uri, sourceHashBefore: valueHash(text), sourceWasSaved: source.onDisk && !source.document.isDirty, others };
  } else if (!sourceEdits.length && others.length === 1) {
    // One other file: it is where the user sees the change and undoes it (shown after the fix).
    const [only] = others;
    undo = { source: only.uri, sourceHashBefore: only.hashBefore ?? valueHash(''), sourceWasSaved: true, others: [], reveal: true,
      ...(only.hashBefore === undefined ? { sourceCreated: true } : {}) };
  }
  return { edit, undo, ownerOnly, touched };
}

/** Edits that turn `applyTextEdits(text, edits)` back into `text`, in the result's offsets. */
function inverseEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  let delta = 0;
  return [...edits].sort((a, b) => a.start - b.start).map(e => {
    const inverse = { start: e.start + delta, end: e.start + delta + e.newText.length, newText: text.slice(e.start, e.end) };
    delta += e.newText.length - (e.end - e.start);
    return inverse;
  });
}

/** A workspace-relative path named by a plan, resolved against the source's workspace folder. */
function resolveRelative(files: Record<string, FileState>, relPath: string): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(files.source?.uri ?? Object.values(files)[0].uri);
  if (!folder) throw new Error(`No workspace folder for ${relPath}`);
  return vscode.Uri.joinPath(folder.uri, relPath);
}

function positionIn(state: FileState, offset: number): vscode.Position {
  if (state.document) return state.document.positionAt(offset);
  return positionInText(state.text ?? '', offset);
}

/** Offset → position the way VS Code counts lines (`\r\n`, `\n` and a lone `\r` break lines). */
export function positionInText(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return new vscode.Position(line, offset - lineStart);
}
