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
import { minimatch } from 'minimatch';
import type { GitContext } from './git';

export type SkipReason = 'binary' | 'too-large' | 'symlink' | 'unreadable' | 'not-a-file';

export interface FileEntry {
  abs: string;
  /** Relative to the root, forward slashes. */
  rel: string;
  size: number;
  /** Git would ignore it (only reported with --no-gitignore; otherwise such files are not visited). */
  ignored?: boolean;
}

export interface Skipped {
  path: string;
  reason: SkipReason;
}

export interface WalkOptions {
  useGitignore: boolean;
  exclude: readonly string[];
  maxFileSize: number;
  /** When the root is in a git work tree: outer ignore files, and tracked files (always scanned). */
  git?: GitContext;
}

/** Extensions of formats that are binary or compressed: not worth reading at all. */
const BINARY_EXTENSIONS = new Set(
  ('png jpg jpeg gif bmp ico icns webp avif tif tiff psd heic svgz pdf zip gz tgz bz2 xz zst 7z rar jar war ear ' +
    'class so dylib dll exe bin o a lib obj wasm node pyc pyo whl egg woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv ' +
    'webm ogg wav flac aac sqlite sqlite3 db dat iso dmg pkg deb rpm msi apk ipa lockb pack idx DS_Store').split(' '),
);

export function hasBinaryExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
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
  const layers = outerLayers(root, options.git);
  // git tracks a file even when a .gitignore covers it: it is in the repository, so scan it.
  const tracked = (rel: string, isDir: boolean) => !!options.git && (isDir ? options.git.trackedDirs : options.git.tracked).has(rel);
  const visitDir = (abs: string, rel: string, inIgnored: boolean): void => {
    const pushed = pushIgnoreFile(layers, path.join(abs, '.gitignore'), rel);
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
      else visitFile(childAbs, childRel, options, f => onFile(ignored ? { ...f, ignored } : f), onSkip);
    }
    if (pushed) layers.pop();
  };
  visitDir(root, '', false);
}

/** One file given explicitly: scanned even if git would ignore it (the user asked for it). */
export function visitFile(abs: string, rel: string, options: WalkOptions, onFile: (f: FileEntry) => void, onSkip: (s: Skipped) => void): void {
  if (hasBinaryExtension(rel)) return onSkip({ path: rel, reason: 'binary' });
  let size: number;
  try {
    size = fs.statSync(abs).size;
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
function outerLayers(root: string, git: GitContext | undefined): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  if (!git) {
    pushIgnoreFile(layers, path.join(root, '.git', 'info', 'exclude'), '');
    return layers;
  }
  for (const { file, rootPath } of git.outerIgnoreFiles) pushIgnoreFile(layers, file, '', rootPath);
  const rootIgnored = layers.some(l => l.rootPath && l.rules.ignores(`${l.rootPath}/`));
  return rootIgnored ? [] : layers;
}

function pushIgnoreFile(layers: IgnoreLayer[], file: string, base: string, rootPath?: string): boolean {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return false; // no ignore file here
  }
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

/**
 * --exclude and config globs, minimatch relative to the root. A glob without a slash matches
 * the name at any depth (`*.min.js`), as in .gitignore; `vendor/**` also prunes `vendor/`.
 */
export function excludeMatcher(globs: readonly string[]): (rel: string, isDir: boolean) => boolean {
  if (!globs.length) return () => false;
  const opts = { dot: true, matchBase: true };
  const patterns = globs.map(g => g.replace(/^\.\//, ''));
  return (rel, isDir) => patterns.some(p => minimatch(rel, p, opts) || (isDir && minimatch(`${rel}/`, p, opts)));
}
