/**
 * Finds the files to scan under a root folder: honours .gitignore files at every level and
 * .git/info/exclude (as git does, a deeper .gitignore overrides a shallower one; in a work tree
 * also those above the root, and files git tracks are scanned even when ignored), --exclude
 * globs, and skips what cannot hold readable text. Everything skipped is returned with a
 * reason, so the report can say what was not looked at.
 *
 * Symbolic links are never followed (git stores the link, not its target): that rules out
 * loops and escaping the root. A link to a file inside the root is scanned at its real place.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { MAX_IGNORE_FILE_BYTES, skipByPath } from '../core';
import { excludeMatcher, type GlobSource } from '../node/globs';
import { readWorkspaceFile, UnsafeFileError } from '../node/safeRead';
import type { GitContext } from './git';

export type SkipReason = 'binary' | 'too-large' | 'symlink' | 'unreadable' | 'not-a-file';

export interface FileEntry {
  abs: string;
  /** Relative to the root, forward slashes. */
  rel: string;
  size: number;
  /** Tracked by git (known when the root is in a work tree). */
  tracked?: boolean;
  /** Git would ignore it (only reported with --no-gitignore; otherwise such files are not visited). */
  ignored?: boolean;
}

export interface Skipped {
  path: string;
  reason: SkipReason;
}

export interface WalkOptions {
  useGitignore: boolean;
  /** Exclude globs by origin (--exclude, the config), compiled once per walk. */
  exclude: readonly GlobSource[];
  maxFileSize: number;
  /** When the root is in a git work tree: outer ignore files, and tracked files (always scanned). */
  git?: GitContext;
  /** An ignore file that was not read (a link, not a regular file, too large): said, not silent. */
  onWarning?: (message: string) => void;
}

interface IgnoreLayer {
  /** Folder holding the ignore file, relative to the root ('' for the root or above it). */
  base: string;
  /** For a file above the root: the root's path relative to the file's folder. */
  rootPath?: string;
  rules: Ignore;
}

/** Calls `onFile` for each file to scan and `onSkip` for each file passed over, in path order. */
export function walk(root: string, options: WalkOptions, onFile: (f: FileEntry) => void, onSkip: (s: Skipped) => void): void {
  const excluded = excludeMatcher(options.exclude);
  // Ignore files are read even with --no-gitignore: the score then knows which files git ignores.
  const layers = outerLayers(root, options.git, options.onWarning);
  // git tracks a file even when a .gitignore covers it: it is in the repository, so scan it.
  const tracked = (rel: string, isDir: boolean) => !!options.git && (isDir ? options.git.trackedDirs : options.git.tracked).has(rel);
  const visitDir = (abs: string, rel: string, inIgnored: boolean): void => {
    const pushed = pushIgnoreFile(layers, root, path.join(abs, '.gitignore'), rel, undefined, options.onWarning);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      onSkip({ path: rel || '.', reason: 'unreadable' });
      entries = [];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === '.git') continue; // git's own data (a folder, or a file in worktrees)
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const childAbs = path.join(abs, entry.name);
      const isDir = entry.isDirectory();
      const ignored = inIgnored || isIgnored(layers, childRel, isDir);
      if ((ignored && options.useGitignore && !tracked(childRel, isDir)) || excluded(childRel, isDir)) continue;
      if (entry.isSymbolicLink()) onSkip({ path: childRel, reason: 'symlink' });
      else if (isDir) visitDir(childAbs, childRel, ignored);
      else if (!entry.isFile()) onSkip({ path: childRel, reason: 'not-a-file' });
      else {
        const facts = { ...(ignored ? { ignored } : {}), ...(options.git ? { tracked: options.git.tracked.has(childRel) } : {}) };
        visitFile(childAbs, childRel, options, f => onFile({ ...f, ...facts }), onSkip);
      }
    }
    if (pushed) layers.pop();
  };
  visitDir(root, '', false);
}

/** One file given explicitly: scanned even if git would ignore it (the user asked for it). */
export function visitFile(abs: string, rel: string, options: WalkOptions, onFile: (f: FileEntry) => void, onSkip: (s: Skipped) => void): void {
  if (skipByPath(rel)) return onSkip({ path: rel, reason: 'binary' });
  let size: number;
  try {
    const stat = fs.statSync(abs);
    if (!stat.isFile()) return onSkip({ path: rel, reason: 'not-a-file' });
    size = stat.size;
  } catch {
    return onSkip({ path: rel, reason: 'unreadable' });
  }
  if (size > options.maxFileSize) return onSkip({ path: rel, reason: 'too-large' });
  onFile({ abs, rel, size });
}

/**
 * Ignore rules from above the root (repository .gitignore files, .git/info/exclude). When they
 * ignore the root itself, they are dropped: the user asked for that folder explicitly.
 */
function outerLayers(root: string, git: GitContext | undefined, onWarning?: (message: string) => void): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  if (!git) {
    pushIgnoreFile(layers, root, path.join(root, '.git', 'info', 'exclude'), '', undefined, onWarning);
    return layers;
  }
  // Outside the root: each is checked in its own folder (a regular file, within the cap).
  for (const { file, rootPath } of git.outerIgnoreFiles) pushIgnoreFile(layers, path.dirname(file), file, '', rootPath, onWarning);
  const rootIgnored = layers.some(l => l.rootPath && l.rules.ignores(`${l.rootPath}/`));
  return rootIgnored ? [] : layers;
}

/**
 * Reads one ignore file, if there is one, onto the stack. A link, a device or an oversized file
 * is not read (git does not follow a committed `.gitignore` link either) and is reported.
 */
function pushIgnoreFile(layers: IgnoreLayer[], within: string, file: string, base: string, rootPath?: string, onWarning?: (message: string) => void): boolean {
  let text: string | undefined;
  try {
    text = readWorkspaceFile(within, file, { maxBytes: MAX_IGNORE_FILE_BYTES, what: 'ignore file' });
  } catch (e) {
    if (!(e instanceof UnsafeFileError)) throw e;
    // A folder we may not search: its listing fails too, and is reported as unreadable.
    if (e.code === 'EACCES') return false;
    onWarning?.(`${e.message}; its rules are not applied`);
    return false;
  }
  if (text === undefined) return false; // no ignore file here
  layers.push({ base, ...(rootPath ? { rootPath } : {}), rules: ignore().add(text) });
  return true;
}

/** The deepest ignore file with an opinion on the path decides (a `!pattern` re-includes). */
function isIgnored(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const { base, rootPath, rules } = layers[i];
    const sub = rootPath ? `${rootPath}/${rel}` : base ? rel.slice(base.length + 1) : rel;
    const verdict = rules.test(isDir ? `${sub}/` : sub);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
