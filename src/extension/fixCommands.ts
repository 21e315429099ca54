/**
 * Commands that quick fixes run after their edit: handing a secret to a secret manager,
 * opening a provider's rotate page, refreshing diagnostics once a baseline changed, and
 * showing notes or advice (with a link opened only when the user clicks it).
 */

import * as vscode from 'vscode';
import { spawn } from 'child_process';
import { maskSecret, redactText, valueHash } from '../core';

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

/** A file a fix changed (not created), and a hash of its text before the fix. */
export interface RestoreOnUndo {
  uri: vscode.Uri;
  hashBefore: string;
}

/** How long a moved secret stays available for copying once its fix was applied. */
const HOLD_MS = 10 * 60 * 1000;

export interface HandoffInfo {
  /** "OpenAI project API key". */
  title: string;
  envName: string;
  /** "1Password", "HashiCorp Vault", … */
  managerLabel: string;
  /** Shell command that stores the secret reading it from stdin (never from its arguments). */
  storeCommand?: string;
  /** What `storeCommand` expects on stdin, built from the value (1Password wants an item template). */
  stdinFor?: (value: string) => string;
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
    vscode.commands.registerCommand(AFTER_FIX_COMMAND, async (args: { restore: RestoreOnUndo[]; next?: vscode.Command }) => {
      undoSaver.watch(args.restore);
      if (args.next) await vscode.commands.executeCommand(args.next.command, ...(args.next.arguments ?? []));
    }),
    vscode.commands.registerCommand(STORE_IN_MANAGER_COMMAND, (held: HeldSecret) => {
      // Do not await: the quick-fix pipeline waits for this command, the user may answer much later.
      void offerStoreInManager(held);
    }),
    vscode.commands.registerCommand(OPEN_ROTATE_URL_COMMAND, (url: string) => vscode.env.openExternal(vscode.Uri.parse(url))),
    vscode.commands.registerCommand(AFTER_BASELINE_COMMAND, async (baseline: vscode.Uri) => {
      // The baseline is read from disk by the scanner: an unsaved edit would not suppress anything yet.
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === baseline.toString());
      if (doc?.isDirty) await doc.save();
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
  const { title, envName, managerLabel, storeCommand } = held.info;
  const how = storeCommand
    ? `Store it with \`${storeCommand}\`, which reads it from stdin so it stays out of your shell history; "${RUN}" pipes it in for you.`
    : `Store it in ${managerLabel} under the reference now in your env file.`;
  const message = `${envName} now comes from ${managerLabel}, but the ${title} is not stored there yet. ${how} ` +
    'Warning: copying puts the key on the clipboard, where clipboard history tools may keep it.';
  const buttons = storeCommand ? [RUN, COPY, FORGET] : [COPY, FORGET];
  for (;;) {
    const choice = await vscode.window.showWarningMessage(message, ...buttons);
    if (choice === COPY) await copyWithCleanup(held);
    else if (choice === RUN && storeCommand) {
      if (await runStoreCommand(held, storeCommand)) break;
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

/** Runs the store command with the secret on stdin; true when it succeeded. Output is redacted. */
async function runStoreCommand(held: HeldSecret, storeCommand: string): Promise<boolean> {
  const input = held.stdinText();
  if (input === undefined) return false;
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const result = await pipeToCommand(storeCommand, input, cwd);
  const output = redactText(result.output, [held.peek() ?? '', input]).trim().slice(-600);
  if (result.code === 0) {
    void vscode.window.showInformationMessage(`Stored the ${held.info.title} in ${held.info.managerLabel}.`);
    return true;
  }
  void vscode.window.showErrorMessage(`\`${storeCommand}\` failed (${result.code ?? 'not run'}): ${output || 'no output'}`);
  return false;
}

function pipeToCommand(command: string, input: string, cwd: string | undefined): Promise<{ code: number | null; output: string }> {
  return new Promise(resolve => {
    const child = spawn(command, { shell: true, cwd, timeout: 120_000, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', d => (output += d));
    child.stderr.on('data', d => (output += d));
    child.on('error', e => resolve({ code: null, output: e.message }));
    child.on('close', code => resolve({ code, output }));
    child.stdin.on('error', () => undefined); // the command may exit before reading stdin
    child.stdin.end(input);
  });
}

/**
 * Makes one undo restore the files on disk, not just in memory. A fix's edit is saved when
 * applied (`files.refactoring.autoSave`), but undo only restores text buffers: `.env`,
 * `.gitignore` and `.env.example`, rarely open in an editor, would keep the fix on disk as
 * invisible unsaved buffers (File: Save All saves editors only). So when undo brings such a
 * file back to exactly its pre-fix text, it is saved, mirroring the save on apply. Files the
 * user has open in an editor are left to them, as after any undo. Hashes only: no file text
 * (which may hold other secrets) is kept.
 */
class UndoSaver implements vscode.Disposable {
  private static readonly MAX_ENTRIES = 100;
  private entries: RestoreOnUndo[] = [];
  private readonly subscription = vscode.workspace.onDidChangeTextDocument(e => this.onChange(e));

  watch(files: readonly RestoreOnUndo[]): void {
    const open = openInEditors();
    this.entries.push(...files.filter(f => !open.has(f.uri.toString())));
    this.entries = this.entries.slice(-UndoSaver.MAX_ENTRIES);
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.reason !== vscode.TextDocumentChangeReason.Undo || !this.entries.length) return;
    const key = e.document.uri.toString();
    const candidates = this.entries.filter(f => f.uri.toString() === key);
    if (!candidates.length) return;
    const hash = valueHash(e.document.getText());
    const restored = candidates.find(f => f.hashBefore === hash);
    if (!restored || openInEditors().has(key)) return;
    this.entries = this.entries.filter(f => f !== restored);
    void e.document.save();
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function openInEditors(): Set<string> {
  const open = new Set<string>();
  for (const tab of vscode.window.tabGroups.all.flatMap(g => g.tabs)) {
    if (tab.input instanceof vscode.TabInputText) open.add(tab.input.uri.toString());
  }
  return open;
}
