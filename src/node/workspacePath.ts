/**
 * Paths a repository or a setting names (`envFile`, `baseline`) must stay inside the workspace
 * folder: `../x`, an absolute path elsewhere, or a symlink (of the file or of any folder on the
 * way) that points out would make a fix read or write a file the user never meant.
 */

import * as fs from 'fs';
import * as path from 'path';

/** True when `target` is one of `folders` or below one (whole path segments). */
export function isInside(target: string, folders: readonly string[], p: path.PlatformPath = path): boolean {
  const fold = (s: string) => (p === path.win32 ? s.toLowerCase() : s);
  return folders.some(folder => {
    const rel = p.relative(fold(folder), fold(target));
    return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
  });
}

/**
 * The absolute path of `rel` (relative to `root`, or absolute) when it stays inside `root`
 * once every existing symlink on the way is resolved; undefined otherwise. The file itself
 * need not exist (a fix may create it). `noSymlink`: the file itself may not be a symlink.
 */
export function resolveInside(root: string, rel: string, options: { noSymlink?: boolean } = {}): string | undefined {
  const target = path.resolve(root, rel);
  if (!isInside(target, [root])) return undefined;
  // A file a fix writes: never through a symlink, even one that stays inside.
  if (options.noSymlink && isSymlink(target)) return undefined;
  const realRoot = realPath(root) ?? path.resolve(root);
  // The deepest part of the path that exists decides where it really leads.
  let existing = target;
  const rest: string[] = [];
  while (realPath(existing) === undefined && !isSymlink(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) return undefined;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  const real = realPath(existing);
  if (real === undefined) return undefined; // a dangling symlink: where it leads is not ours to create
  return isInside(path.join(real, ...rest), [realRoot]) ? target : undefined;
}

function realPath(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return undefined;
  }
}

function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
