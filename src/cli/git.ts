/**
 * What git knows about a scan root, from two git commands (none when git is missing or the
 * root is not in a work tree): which files it tracks, and the ignore files that sit above the
 * root (when scanning a subfolder of a repository, the repository's .gitignore still applies).
 */

import { execFileSync } from 'node:child_process';
import { dubiousOwnershipMessage, safeGitArgs } from '../node/git';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GitContext {
  /** Files git tracks under the root, relative to it (forward slashes). */
  tracked: Set<string>;
  /** Every folder holding a tracked file, relative to the root. */
  trackedDirs: Set<string>;
  /**
   * Ignore files outside the root that apply to it, shallowest first: `.git/info/exclude`,
   * then each `.gitignore` from the work tree's top down to the root's parent. `rootPath` is
   * the root's path relative to the file's folder.
   */
  outerIgnoreFiles: { file: string; rootPath: string }[];
}

/** `onWarning` hears when git refuses the repository (another user's), rather than a silent "no git". */
export function gitContext(root: string, onWarning?: (message: string) => void): GitContext | undefined {
  const where = git(root, ['rev-parse', '--show-toplevel', '--git-path', 'info/exclude'], onWarning);
  if (!where) return undefined;
  const [top, exclude] = where.split('\n');
  const listing = git(root, ['ls-files', '-z']);
  if (listing === undefined) return undefined;
  const tracked = new Set(listing.split('\0').filter(Boolean));
  const trackedDirs = new Set<string>();
  for (const file of tracked) {
    for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) trackedDirs.add(file.slice(0, i));
  }
  return { tracked, trackedDirs, outerIgnoreFiles: outerIgnoreFiles(realpath(top), realpath(root), path.resolve(root, exclude)) };
}

function outerIgnoreFiles(top: string, root: string, excludeFile: string): GitContext['outerIgnoreFiles'] {
  const fromTop = slashes(path.relative(top, root));
  const out = [{ file: excludeFile, rootPath: fromTop }];
  if (!fromTop || fromTop.startsWith('..')) return out;
  // The top's .gitignore and those of the folders between it and the root (not the root's own).
  const parts = fromTop.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    out.push({ file: path.join(top, ...parts.slice(0, depth), '.gitignore'), rootPath: parts.slice(depth).join('/') });
  }
  return out;
}

function git(cwd: string, args: string[], onWarning?: (message: string) => void): string | undefined {
  try {
    return execFileSync('git', safeGitArgs('-C', cwd, ...args), {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024,
    }).replace(/\n$/, '');
  } catch (e) {
    const refused = dubiousOwnershipMessage(String((e as { stderr?: unknown }).stderr ?? ''), cwd);
    if (refused) onWarning?.(refused);
    return undefined;
  }
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

function slashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** The top folder of the git work tree holding `dir`, or undefined (no git, not a work tree). */
export function gitTopLevel(dir: string): string | undefined {
  return git(dir, ['rev-parse', '--show-toplevel']) || undefined;
}
