/**
 * Every id the extension shares with package.json: commands, views, settings, the diagnostic
 * source. One place, so a renamed id cannot drift between code and manifest.
 */

export const EXTENSION_NAME = 'Secret Hygiene';
/** `Diagnostic.source` of everything we report; tests and code actions filter by it. */
export const DIAGNOSTIC_SOURCE = 'Secret Hygiene';
export const SETTINGS_SECTION = 'secretHygiene';

export const COMMANDS = {
  // User facing (category "Secret Hygiene").
  scanWorkspace: 'secretHygiene.scanWorkspace',
  scanFile: 'secretHygiene.scanFile',
  scanFolder: 'secretHygiene.scanFolder',
  showFindings: 'secretHygiene.showFindings',
  showOutput: 'secretHygiene.showOutput',
  scanHistory: 'secretHygiene.scanHistory',
  // Internal (tree item actions; hidden from the palette).
  revealFinding: 'secretHygiene.revealFinding',
  quickFixFinding: 'secretHygiene.quickFixFinding',
  ignoreFinding: 'secretHygiene.ignoreFinding',
  showHistoryFinding: 'secretHygiene.showHistoryFinding',
} as const;

export const VIEW_CONTAINER = 'secretHygiene';
export const FINDINGS_VIEW = 'secretHygiene.findings';

/** Schemes whose documents are editor internals, not user text (output panel, SCM input, …). */
export const IGNORED_SCHEMES: ReadonlySet<string> = new Set([
  'output', 'debug', 'git', 'gitfs', 'vscode', 'vscode-scm', 'vscode-terminal', 'vscode-chat-code-block',
  'comment', 'walkThrough', 'walkThroughSnippet', 'search-editor',
]);

/** The baseline read when `.secrethygiene.json` names none (the CLI reads the same one). */
export { DEFAULT_BASELINE_FILE } from '../core';
