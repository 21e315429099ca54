/**
 * Compiled minimatch globs, cached by their source: exclude lists are checked once per file
 * of a workspace scan, and compiling a pattern costs far more than matching it.
 */

import { Minimatch } from 'minimatch';
import { MAX_GLOB_ALTERNATIVES } from '../node/globs';

const cache = new Map<string, Minimatch[]>();
const MAX_CACHED_LISTS = 32;

/** True when the workspace-relative path matches any of the globs (dotfiles included). */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  if (!globs.length) return false;
  const key = globs.join('\n');
  let compiled = cache.get(key);
  if (!compiled) {
    if (cache.size >= MAX_CACHED_LISTS) cache.clear();
    // Brace expansion bounded as in the CLI: `{1..100000}` must not compile 100,000 patterns
    // (folderConfig logs such a glob from the config as an error).
    compiled = globs.map(g => new Minimatch(g, { dot: true, braceExpandMax: MAX_GLOB_ALTERNATIVES }));
    cache.set(key, compiled);
  }
  return compiled.some(m => m.match(relPath));
}
