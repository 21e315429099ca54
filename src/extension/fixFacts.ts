/**
 * What the quick fixes need to know about the workspace around one document: the fix
 * settings, the files they read or edit (`.env`, `.gitignore`, `.env.example`, the baseline)
 * with their current text, and git's view of them. Read through the services the extension
 * hands in (settings, folder configs, git facts); nothing is cached here.
 */

import * as vscode from 'vscode';
import { valueHash, type Finding, type SecretManager } from '../core';
import { resolveInside } from '../node/workspacePath';
import { notebookOf, type FindingStore } from './findingStore';
import { DEFAULT_BASELINE_FILE } from './ids';
import type { ExtensionServices } from './services';

/** The services the fixes use (`ExtensionServices` fits). */
export type FixServices = Pick<ExtensionServices, 'settings' | 'configs' | 'git' | 'rescan'> & {
  /** Current findings; maps a diagnostic back to its finding. */
  store: Pick<FindingStore, 'findingAt' | 'all'>;
};

export const MANAGER_LABELS: Record<SecretManager, string> = {
  '1password': '1Password', vault: 'HashiCorp Vault', aws: 'AWS Secrets Manager', azure: 'Azure Key Vault',
  gcp: 'Google Secret Manager', doppler: 'Doppler', custom: 'your secret manager',
};

export interface FixSettings {
  envFile: string;
  writeEnvExample: boolean;
  manager: SecretManager;
  customTemplate?: string;
}

/** A file the fixes may read or edit, with its current text (undefined: does not exist). */
export interface FileState {
  uri: vscode.Uri;
  text: string | undefined;
  /** Set when VS Code holds the file as a document: edits must use its (maybe unsaved) text. */
  document?: vscode.TextDocument;
  onDisk: boolean;
}

/** Everything the planners need to know about the workspace around one document. */
export interface WorkspaceFacts {
  folder: vscode.WorkspaceFolder;
  relPath: string;
  settings: FixSettings;
  inGitRepo: boolean;
  env: FileState;
  gitignore: FileState;
  envExample: FileState;
  /** Why `secretHygiene.envFile` cannot be used (it leads outside the workspace folder). */
  envRejected?: string;
}

/** One diagnostic of ours, its finding and the secret under it, in one document. */
export interface FixTarget {
  document: vscode.TextDocument;
  /** The document's version the target was read from: a fix resolved later checks it still holds. */
  version: number;
  diagnostic: vscode.Diagnostic;
  finding: Finding;
  /** The raw secret as written: passed to planners and into the edit, never logged or shown. */
  value: string;
  facts: WorkspaceFacts | undefined;
  /** Whether the request (`CodeActionContext.only`) asks for this kind. */
  wants: (kind: vscode.CodeActionKind) => boolean;
  services: FixServices;
}

/**
 * The secret as it stands in the document now. Diagnostics lag behind typing: when the text
 * under the range no longer hashes to the finding's value, offering a fix would edit the wrong text.
 */
export function currentValue(document: vscode.TextDocument, range: vscode.Range, finding: Finding): string | undefined {
  const value = document.getText(range);
  return valueHash(value) === finding.valueHash ? value : undefined;
}

function fixSettings(services: FixServices, uri: vscode.Uri): FixSettings {
  const s = services.settings(uri);
  return {
    envFile: s.envFile.trim() || '.env',
    writeEnvExample: s.writeEnvExample,
    manager: s.secretReferenceProvider in MANAGER_LABELS ? s.secretReferenceProvider : '1password',
    customTemplate: s.customReferenceTemplate || undefined,
  };
}

/**
 * Reads the facts around a document. `fresh` asks git now whether the folder is a work tree
 * (a fix about to be applied); otherwise the cached listing answers (the lightbulb asks on
 * every cursor move over a diagnostic).
 */
export async function gatherFacts(document: vscode.TextDocument, services: FixServices, fresh = false): Promise<WorkspaceFacts | undefined> {
  // A notebook cell lives in its notebook's folder.
  const fileUri = document.uri.scheme === 'vscode-notebook-cell' ? notebookOf(document.uri) : document.uri;
  const folder = vscode.workspace.getWorkspaceFolder(fileUri);
  if (!folder) return undefined;
  const settings = fixSettings(services, document.uri);
  const envDir = settings.envFile.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
  const symlinked = ['.gitignore', envDir ? `${envDir}/.env.example` : '.env.example'].find(rel => leavesFolder(folder, rel));
  const envRejected = leavesFolder(folder, settings.envFile)
    ? `secretHygiene.envFile (${settings.envFile}) must name a file inside the workspace folder: no "..", no absolute path elsewhere, no symlink.`
    : symlinked ? `${symlinked} is a symlink: Secret Hygiene does not write through it.` : undefined;
  const envUri = vscode.Uri.joinPath(folder.uri, envRejected ? '.env' : settings.envFile);
  const [env, gitignore, envExample, inGitRepo] = await Promise.all([
    readFileState(envUri),
    readFileState(vscode.Uri.joinPath(folder.uri, '.gitignore')),
    readFileState(vscode.Uri.joinPath(envUri, '..', '.env.example')),
    fresh ? services.git.isWorkTree(folder) : services.git.inGitRepo(folder),
  ]);
  return { folder, relPath: vscode.workspace.asRelativePath(fileUri, false), settings, inGitRepo, env, gitignore, envExample, envRejected };
}

/** A path from settings or config may not send a fix outside the folder (`../x`, `/etc/x`, a symlink out), nor write through a symlink. */
export function leavesFolder(folder: vscode.WorkspaceFolder, rel: string): boolean {
  if (folder.uri.scheme === 'file') return resolveInside(folder.uri.fsPath, rel, { noSymlink: true }) === undefined;
  return rel.split(/[\\/]/).includes('..') || /^([\\/]|[A-Za-z]:)/.test(rel);
}

/** The files a plan's roles (`source`, `env`, `gitignore`, `envExample`) stand for. */
export function roleFiles(fix: FixTarget, facts: WorkspaceFacts): Record<string, FileState> {
  return { source: sourceState(fix), env: facts.env, gitignore: facts.gitignore, envExample: facts.envExample };
}

export function sourceState(fix: Pick<FixTarget, 'document'>): FileState {
  const { document } = fix;
  // A notebook cell is part of its notebook's file, not a file of its own.
  const onDisk = !document.isUntitled && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'vscode-notebook-cell';
  return { uri: document.uri, text: document.getText(), document, onDisk };
}

/** `variables.tf` beside a Terraform file, where the planner declares the new variable. */
export async function terraformVariables(document: vscode.TextDocument): Promise<FileState | undefined> {
  if (document.languageId !== 'terraform' && !/\.tf$/i.test(document.uri.path)) return undefined;
  return readFileState(vscode.Uri.joinPath(document.uri, '..', 'variables.tf'));
}

/**
 * The text VS Code would edit: a document's (maybe unsaved) text, else the file on disk.
 * A document whose file was deleted and that holds no unsaved text is stale: the file is missing.
 */
export async function readFileState(uri: vscode.Uri): Promise<FileState> {
  let disk: string | undefined;
  try {
    // VS Code drops a UTF-8 BOM when it loads a file; offsets must not count it.
    disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
  } catch {
    disk = undefined;
  }
  const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (document && (disk !== undefined || document.isDirty)) return { uri, text: document.getText(), document, onDisk: disk !== undefined };
  return { uri, text: disk, onDisk: disk !== undefined };
}

/** `baseline` of `.secrethygiene.json` when set and valid (as the folder configs read it), else the default name. */
export async function baselinePathOf(services: FixServices, folder: vscode.WorkspaceFolder): Promise<string> {
  return (await services.configs.state(folder)).config.baseline ?? DEFAULT_BASELINE_FILE;
}
