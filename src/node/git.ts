import { escapeControls } from '../core';

/**
 * Options for every git command we run on a user's repository. A repository's own config can
 * name programs for git to run (`core.fsmonitor` runs on commands that read the index); a
 * scanner that promises to run nothing from the workspace turns those off.
 */
export const SAFE_GIT_OPTIONS: readonly string[] = ['-c', 'core.fsmonitor=false'];

/** `git` arguments with the safety options first. */
export function safeGitArgs(...args: string[]): string[] {
  return [...SAFE_GIT_OPTIONS, ...args];
}

/**
 * When git refuses a repository owned by another user ("detected dubious ownership", as for root
 * in a CI container whose checkout belongs to another uid), every git command fails and git
 * facts would silently vanish. This turns git's stderr into a message saying what happened and
 * the exact, per-path fix, or undefined when git failed for another reason. `fallbackPath` is
 * named when git's message does not say which folder it refused.
 */
export function dubiousOwnershipMessage(stderr: string, fallbackPath: string): string | undefined {
  // git ≥ 2.35.3: "detected dubious ownership in repository at '<path>'"; 2.35.2: "unsafe repository ('<path>' is owned by someone else)".
  // The path is quoted raw (it may hold a newline): it ends at the quote that ends a line.
  const m = /detected dubious ownership in repository at '([\s\S]*?)'(?:\r?\n|$)/.exec(stderr)
    ?? /unsafe repository \('([\s\S]*?)' is owned by someone else\)/.exec(stderr);
  if (!m) return undefined;
  const where = m[1] || fallbackPath;
  // Trust exactly this folder: never `safe.directory=*`, which turns the check off for every repository.
  return `git refuses the repository at ${escapeControls(where)}: it is owned by another user ("dubious ownership"), ` +
    `so git facts (tracked files, history) are unavailable. If you trust it, run: ` +
    `git config --global --add safe.directory ${escapeControls(shellQuote(where))}`;
}

/** A path as one shell word (POSIX quoting; plain when it needs none). */
function shellQuote(p: string): string {
  return /^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
