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
