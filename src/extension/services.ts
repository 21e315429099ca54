/**
 * What extension.ts hands to the feature modules it wires (tree view, status bar, code actions).
 * `registerCodeActions(context, services)` in codeActions.ts receives this object.
 */

import type * as vscode from 'vscode';
import type { Finding } from '../core';
import type { FindingStore } from './findingStore';
import type { FolderConfigs } from './folderConfig';
import type { GitFacts } from './gitFacts';
import type { Settings } from './settings';

export interface ExtensionServices {
  /** Current findings per file; `findingAt(uri, diagnostic.range, ruleId)` maps a diagnostic back. */
  store: FindingStore;
  /** `secretHygiene.*` settings for a resource, read live. */
  settings(resource?: vscode.Uri): Settings;
  /** `.secrethygiene.json`, baseline and `.gitignore` state per workspace folder. */
  configs: FolderConfigs;
  /** `git ls-files` facts: `isTracked(uri)`, `inGitRepo(folder)` (unknown → undefined/false). */
  git: GitFacts;
  /** Re-scans open documents and refreshes scan results after a suppression file changed. */
  rescan(): Promise<void>;
  /** Re-scans one file (open document or on disk) and returns its findings. */
  rescanFile(uri: vscode.Uri): Promise<Finding[]>;
  log: vscode.LogOutputChannel;
}
