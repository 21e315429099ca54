/**
 * Commands that quick fixes run after their edit: handing a secret to a secret manager,
 * opening a provider's rotate page, refreshing diagnostics once a baseline changed, and
 * showing notes or advice (with a link opened only when the user clicks it).
 */

import * as vscode from 'vscode';
import * as fs from 'fs';
import * as os from 'os';
import { applyTextEdits, maskSecret, valueHash, type StoreInvocation, type TextEdit } from '../core';
import { resolveExecutable } from '../node/executable';
import { runStoreInvocation } from '../node/storeSecret';

export const STORE_IN_MANAGER_COMMAND = 'secretHygiene.storeSecretInManager';
export const OPEN_ROTATE_URL_COMMAND = 'secretHygiene.openRotateUrl';
export const AFTER_BASELINE_COMMAND = 'secretHygiene.afterBaselineFix';
export const SHOW_NOTES_COMMAND = 'secretHygiene.showFixNotes';
export const AFTER_FIX_COMMAND = 'secretHygiene.afterFix';
export const SHOW_ADVICE_COMMAND = 'secretHygiene.showFixAdvice';

/** A message for the user, with a page to read more that opens only on a click. */
export interface FixAdvice {
  message: string;
  link?: { label: string; url: string };
}

/** A file other than the source that a fix changed or created. Hashes and offsets, no file text. */
export interface FixedFile {
  uri: vscode.Uri;
  /** Undefined: the fix created the file. */
  hashBefore: string | undefined;
  hashAfter: string;
  /** Edits that turn the fix's result back into the file before it (removing what the fix added). */
  inverse: TextEdit[];
}

/** What the command run after a fix's edit gets. */
export interface AfterFixArgs {
  undo?: UndoRecord;
  /** Files the fix created that hold secrets (`.env`): made readable by their owner only. */
  ownerOnly: vscode.Uri[];
  /** Every file the fix edited or created: saved alike, whichever fix it was (see saveTouched). */
  touched: vscode.Uri[];
  next?: vscode.Command;
}

/** What one undo of a fix must restore, buffers and disk. */
export interface UndoRecord {
  /** The file the fix was applied in, where the user presses Ctrl+Z. */
  source: vscode.Uri;
  sourceHashBefore: string;
  /** The source had no unsaved changes before the fix (its disk text was the pre-fix text). */
  sourceWasSaved: boolean;
  others: FixedFile[];
  /** The fix changed this one file only (not the one it was applied in): show it. */
  reveal?: boolean;
  /** That file did not exist before the fix: undo deletes it. */
  sourceCreated?: boolean;
}

/** How long a moved secret stays available for copying once its fix was applied. */
const HOLD_MS = 10 * 60 * 1000;

export interface HandoffInfo {
  /** "OpenAI project API key". */
  title: string;
  envName: string;
  /** "1Password", "HashiCorp Vault", … */
  managerLabel: string;
  /** The store command as a command line, for display only (the temporary file shows as `<file>`). */
  storeCommand?: string;
  /** What runs: the manager's CLI with an argument list (no shell), the value on stdin or in a 0600 temporary file. */
  storeInvocation?: StoreInvocation;
  /** What the CLI reads (stdin or the file), built from the value (1Password wants an item template). */
  stdinFor?: (value: string) => string;
  /** How the variable gets its value at run time (`op run`, Vault Agent, …) and placeholders to replace. */
  notes?: string[];
}

/**
 * A secret value kept in memory only, between "move to a secret reference" and the user
 * storing it in the manager. Serialising it (logs, command-argument dumps) yields the masked form.
 */
export class HeldSecret {
  #value: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(value: string, readonly info: HandoffInfo) {
    this.#value = value;
  }

  get available(): boolean {
    return this.#value !== undefined;
  }

  peek(): string | undefined {
    return this.#value;
  }

  stdinText(): string | undefined {
    if (this.#value === undefined) return undefined;
    return this.info.stdinFor ? this.info.stdinFor(this.#value) : this.#value;
  }

  /** Starts the countdown after which the value is dropped even if the user never answers. */
  expireLater(): void {
    this.#timer ??= setTimeout(() => this.forget(), HOLD_MS);
  }

  forget(): void {
    this.#value = undefined;
    if (this.#timer) clearTimeout(this.#timer);
  }

  toJSON(): { masked: string } {
    return { masked: this.#value ? maskSecret(this.#value) : '…' };
  }
}

export interface FixCommandDeps {
  /** Re-scans open documents (and the workspace view) after suppression files changed. */
  rescan?: () => void | Promise<void>;
}

export function registerFixCommands(context: vscode.ExtensionContext, deps: FixCommandDeps): void {
  const undoSaver = new UndoSaver();
  context.subscriptions.push(
    undoSaver,
    vscode.commands.registerCommand(AFTER_FIX_COMMAND, async (args: AfterFixArgs) => {
      if (args.undo?.reveal) await vscode.window.showTextDocument(args.undo.source, { preview: true, preserveFocus: false });
      await saveTouched(args.touched);
      if (args.undo) undoSaver.watch(args.undo);
      await Promise.all(args.ownerOnly.map(ownerOnly));
      if (args.next) await vscode.commands.executeCommand(args.next.command, ...(args.next.arguments ?? []));
    }),
    vscode.commands.registerCommand(STORE_IN_MANAGER_COMMAND, (held: HeldSecret) => {
      // Do not await: the quick-fix pipeline waits for this command, the user may answer much later.
      void offerStoreInManager(held);
    }),
    vscode.commands.registerCommand(OPEN_ROTATE_URL_COMMAND, (url: string) => vscode.env.openExternal(vscode.Uri.parse(url))),
    vscode.commands.registerCommand(AFTER_BASELINE_COMMAND, async () => {
      // The baseline is read from disk by the scanner: saved by the fix (saveTouched), it suppresses now.
      await deps.rescan?.();
    }),
    vscode.commands.registerCommand(SHOW_NOTES_COMMAND, (notes: string[]) => {
      void vscode.window.showInformationMessage(notes.join(' '));
    }),
    vscode.commands.registerCommand(SHOW_ADVICE_COMMAND, (advice: FixAdvice) => {
      // Do not await: the quick-fix pipeline waits for this command, the user may answer much later.
      void showAdvice(advice);
    }),
  );
}

async function showAdvice(advice: FixAdvice): Promise<void> {
  const link = advice.link;
  const choice = await vscode.window.showInformationMessage(advice.message, ...(link ? [link.label] : []));
  if (link && choice === link.label) await vscode.env.openExternal(vscode.Uri.parse(link.url));
}

const RUN = 'Run it now';
const COPY = 'Copy key to clipboard';
const FORGET = 'Done, forget the key';

/**
 * Offers, with a warning, to copy the value for storing it in the manager, and shows the CLI
 * command that reads it from stdin (which the extension can run, piping the value in).
 * Loops until the user is done or dismisses the message; then the value is dropped.
 */
export async function offerStoreInManager(held: HeldSecret): Promise<void> {
  if (!held.available) return;
  held.expireLater();
  const { title, envName, managerLabel, storeCommand, storeInvocation, notes } = held.info;
  // Running a program with the secret is for trusted workspaces only (Restricted Mode: copy it).
  const canRun = storeInvocation !== undefined && vscode.workspace.isTrusted;
  const how = storeCommand
    ? `Store it with \`${storeCommand}\`, which takes it on stdin or from a private temporary file, never from its arguments` +
      (canRun ? `; "${RUN}" does that for you.` : '.')
    : `Store it in ${managerLabel} under the reference now in your env file.`;
  const message = `${envName} now comes from ${managerLabel}, but the ${title} is not stored there yet. ${how} ` +
    `${notes?.length ? `${notes.join(' ')} ` : ''}` +
    'Warning: copying puts the key on the clipboard, where clipboard history tools may keep it.';
  const buttons = canRun ? [RUN, COPY, FORGET] : [COPY, FORGET];
  for (;;) {
    const choice = await vscode.window.showWarningMessage(message, ...buttons);
    if (choice === COPY) await copyWithCleanup(held);
    else if (choice === RUN && storeInvocation) {
      if (await runStoreCommand(held, storeInvocation)) break;
    } else break;
  }
  held.forget();
}

async function copyWithCleanup(held: HeldSecret): Promise<void> {
  const value = held.peek();
  if (value === undefined) {
    void vscode.window.showInformationMessage('The key is no longer held in memory; copy it from its original place.');
    return;
  }
  await vscode.env.clipboard.writeText(value);
  const clear = await vscode.window.showInformationMessage(
    `${maskSecret(value)} is on the clipboard. Paste it into ${held.info.managerLabel}, then clear the clipboard.`, 'Clear clipboard');
  // Only clear what we put there: the user may have copied something else meanwhile.
  if (clear && (await vscode.env.clipboard.readText()) === value) await vscode.env.clipboard.writeText('');
}

/**
 * Runs the manager's CLI with the secret on stdin or in a 0600 temporary file (removed after);
 * true when it succeeded. Output is redacted. Never a program the workspace can choose: trusted
 * workspaces only, the executable looked up on PATH outside every workspace folder, run
 * without a shell from the home directory.
 */
async function runStoreCommand(held: HeldSecret, invocation: StoreInvocation): Promise<boolean> {
  const input = held.stdinText();
  if (input === undefined) return false;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Secret Hygiene runs no program in Restricted Mode: copy the key instead, or trust the workspace.');
    return false;
  }
  const folders = (vscode.workspace.workspaceFolders ?? []).filter(f => f.uri.scheme === 'file').map(f => f.uri.fsPath);
  const program = resolveExecutable(invocation.executable, { pathEnv: process.env.PATH, workspaceFolders: folders });
  if (!program) {
    void vscode.window.showErrorMessage(`\`${invocation.executable}\` was not found on PATH outside the workspace: ` +
      'install it, or copy the key and store it yourself.');
    return false;
  }
  const result = await runStoreInvocation(program, invocation, input, { cwd: os.homedir(), redact: [held.peek() ?? '', input] });
  const output = result.output.trim().slice(-600);
  if (result.code === 0) {
    void vscode.window.showInformationMessage(`Stored the ${held.info.title} in ${held.info.managerLabel}.`);
    return true;
  }
  void vscode.window.showErrorMessage(`\`${held.info.storeCommand ?? invocation.executable}\` failed (${result.code ?? 'not run'}): ${output || 'no output'}`);
  return false;
}

/**
 * Makes one undo restore every file the fix touched, in its buffer and on disk. A multi-file
 * fix is saved when applied (`files.refactoring.autoSave`, on by default), but undo only
 * restores text buffers, and VS Code drops the buffers of files not open in an editor once
 * they are saved, so its undo stops short of them. So when undo brings the source back to its
 * pre-fix text:
 * - the source is saved if the fix saved it (mirroring the save on apply);
 * - each other file whose buffer undo restored is saved; one still holding exactly the fix's
 *   result (on disk, no unsaved buffer) is reverted on disk, a file the fix created deleted.
 * A file changed since (another hash) is left alone. Hashes and offsets only: no file text
 * (which may hold other secrets) is kept.
 */
class UndoSaver implements vscode.Disposable {
  private static readonly MAX_ENTRIES = 100;
  /** VS Code undoes the fix's other steps right after the source's: let it finish first. */
  private static readonly SETTLE_MS = 300;
  private entries: { record: UndoRecord; saveSource: boolean }[] = [];
  private readonly subscription = vscode.workspace.onDidChangeTextDocument(e => this.onChange(e));

  /** Called right after the fix's edit was applied (and saved, if auto-save for refactorings is on). */
  watch(record: UndoRecord): void {
    // The disk held the pre-fix text: once undo restores it, the disk must hold it again
    // (written only if the fix's save changed it, see saveRestored).
    this.entries.push({ record, saveSource: record.sourceWasSaved });
    this.entries = this.entries.slice(-UndoSaver.MAX_ENTRIES);
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.reason !== vscode.TextDocumentChangeReason.Undo || !this.entries.length) return;
    const key = e.document.uri.toString();
    const hash = valueHash(e.document.getText());
    const entry = this.entries.find(x => x.record.source.toString() === key && x.record.sourceHashBefore === hash);
    if (!entry) return;
    this.entries = this.entries.filter(x => x !== entry);
    setTimeout(() => void this.finish(entry.record, entry.saveSource, e.document), UndoSaver.SETTLE_MS);
  }

  private async finish(record: UndoRecord, saveSource: boolean, source: vscode.TextDocument): Promise<void> {
    if (record.sourceCreated) {
      // VS Code's undo deletes the file it created; if it did not get that far, delete it here
      // (saving the emptied buffer would only re-create it).
      await deleteEmptied(source);
    } else if (saveSource && !source.isClosed && valueHash(source.getText()) === record.sourceHashBefore) {
      await saveRestored(source);
    }
    for (const file of record.others) await revertFile(file).catch(() => undefined);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

/**
 * Deletes a file the fix created once undo has emptied it. A save of the emptied buffer (VS
 * Code's own, queued before the undo finished) can land just after the delete and re-create
 * it empty: look again a few times, briefly.
 */
async function deleteEmptied(doc: vscode.TextDocument): Promise<void> {
  for (let attempt = 0; attempt < 5 && doc.getText() === ''; attempt++) {
    await vscode.workspace.fs.delete(doc.uri, { useTrash: false }).then(undefined, () => undefined);
    await new Promise(resolve => setTimeout(resolve, 300));
    const stat = await vscode.workspace.fs.stat(doc.uri).then(s => s, () => undefined);
    if (!stat || stat.size > 0) return;
  }
}

/**
 * Every fix leaves the files it touched in one saved state: VS Code saves the files of a
 * multi-file edit applied as a refactoring (`files.refactoring.autoSave`, on by default) but
 * not those of a one-file edit, so the same is done here for every fix: all its files are
 * saved when that setting is on, none when it is off. Undo restores the disk alike (UndoSaver).
 */
async function saveTouched(files: vscode.Uri[]): Promise<void> {
  for (const uri of files) {
    if (!vscode.workspace.getConfiguration('files', uri).get<boolean>('refactoring.autoSave', true)) continue;
    // `save()` asks the workbench, which knows the dirty state before this host does.
    const doc = documentFor(uri);
    if (doc) await doc.save();
  }
}

/** chmod 600 where the platform has it (not Windows, not a virtual file system). */
async function ownerOnly(uri: vscode.Uri): Promise<void> {
  if (uri.scheme !== 'file' || process.platform === 'win32') return;
  await fs.promises.chmod(uri.fsPath, 0o600).catch(() => undefined);
}

/**
 * Makes the disk hold the document's text: saves it (the dirty flag can reach the extension
 * host a moment after the text: wait for it), else, if the disk still holds other text, writes
 * the text directly. Nothing is written when the disk already matches.
 */
async function saveRestored(doc: vscode.TextDocument): Promise<void> {
  for (let waited = 0; !doc.isDirty && waited < 1000; waited += 50) await new Promise(r => setTimeout(r, 50));
  if (doc.isDirty) {
    await doc.save();
    return;
  }
  const text = doc.getText();
  const disk = await vscode.workspace.fs.readFile(doc.uri).then(b => new TextDecoder().decode(b), () => undefined);
  if (disk !== undefined && disk !== text) await vscode.workspace.fs.writeFile(doc.uri, new TextEncoder().encode(text));
}

function documentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => !d.isClosed && d.uri.toString() === uri.toString());
}

/** One file of an undone fix: save what undo restored, else undo the fix on disk (see UndoSaver). */
async function revertFile(file: FixedFile): Promise<void> {
  const doc = documentFor(file.uri);
  if (doc?.isDirty) {
    const hash = valueHash(doc.getText());
    // Undo restored the buffer: write it. A file the fix created is emptied, then deleted below.
    if (hash === file.hashBefore || (file.hashBefore === undefined && doc.getText() === '')) await doc.save();
    else return;
  }
  let disk: string | undefined;
  try {
    disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(file.uri));
  } catch {
    return;
  }
  if (file.hashBefore === undefined) {
    if (disk === '' || valueHash(disk) === file.hashAfter) await vscode.workspace.fs.delete(file.uri, { useTrash: false });
    return;
  }
  if (valueHash(disk) === file.hashAfter) {
    await vscode.workspace.fs.writeFile(file.uri, new TextEncoder().encode(applyTextEdits(disk, file.inverse)));
  }
}
