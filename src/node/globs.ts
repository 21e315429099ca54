/**
 * Exclude globs (`--exclude`, `.secrethygiene.json` "exclude"), compiled once per scan and
 * bounded: a brace range such as `{1..100000}` would otherwise expand to 100,000 patterns,
 * recompiled for every file (the scan hangs). A glob that expands to more than
 * MAX_GLOB_ALTERNATIVES patterns is refused with an error that names where it came from.
 */

import { braceExpand, Minimatch } from 'minimatch';

/** More alternatives than any real exclude list needs; few enough to match every path quickly. */
export const MAX_GLOB_ALTERNATIVES = 256;
/** Longer globs are refused too (minimatch's own limit is 64 KB). */
export const MAX_GLOB_LENGTH = 1024;

export class GlobError extends Error {}

const OPTIONS = { dot: true, matchBase: true, braceExpandMax: MAX_GLOB_ALTERNATIVES + 1 } as const;

/**
 * One compiled glob. `source` names where it came from for the error ("--exclude",
 * ".secrethygiene.json exclude #3"); the glob itself is quoted only when it is short, since
 * a repository's config is not the user's own text.
 */
export function compileGlob(glob: string, source: string): Minimatch {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`${source}: the pattern is longer than ${MAX_GLOB_LENGTH} characters`);
  // Counted before compiling: braceExpand stops at the bound, so this costs little however large the range.
  if (braceExpand(glob, OPTIONS).length > MAX_GLOB_ALTERNATIVES) {
    throw new GlobError(`${source}: the pattern expands to more than ${MAX_GLOB_ALTERNATIVES} alternatives (braces such as {1..100000}); list fewer`);
  }
  return new Minimatch(glob, OPTIONS);
}

export interface GlobSource {
  globs: readonly string[];
  /** Where the globs came from, for errors ("--exclude", ".secrethygiene.json"). */
  source: string;
}

/**
 * --exclude and config globs, minimatch relative to the root. A glob without a slash matches
 * the name at any depth (`*.min.js`), as in .gitignore; `vendor/**` also prunes `vendor/`.
 */
export function excludeMatcher(sources: readonly GlobSource[]): (rel: string, isDir: boolean) => boolean {
  const compiled: Minimatch[] = [];
  for (const { globs, source } of sources) {
    globs.forEach((g, i) => compiled.push(compileGlob(g.replace(/^\.\//, ''), globs.length > 1 ? `${source} #${i + 1}` : source)));
  }
  if (!compiled.length) return () => false;
  return (rel, isDir) => compiled.some(m => m.match(rel) || (isDir && m.match(`${rel}/`)));
}
