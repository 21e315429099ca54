/**
 * Committed secrets and rotation. A secret in a file git tracks is in the repository's
 * history for good: deleting the line does not help, only rotation does. Two parts:
 * - `annotateCommitted`: tag/raise findings of tracked files and of `.env` files git does not
 *   ignore, with a rotation checklist (the host knows the git facts; the engine runs no git);
 * - `scanPatch`: scans the *added* lines of a unified diff (`git log -p`, `git diff --cached`)
 *   with the same scanner, for `scan --history` and `scan --staged`. Parsing only, bounded.
 */

import type { Finding, Position, ScanContext } from '../types';
import { CODE_RULES } from './ruleIds';
import { diffFiles } from '../unifiedDiff';
import { raised, withTag } from './tags';

export interface CommitFacts {
  /** The file is tracked by git (its content is, or will be, in history). */
  tracked: boolean;
  /** The file is a `.env`-style file that no `.gitignore` rule covers. */
  envNotIgnored?: boolean;
  /**
   * Tracked although a `.gitignore` rule covers it (committed before it was ignored): git keeps
   * committing its changes, so it is scanned like any tracked file and the finding says so.
   */
  ignoredButTracked?: boolean;
}

/** Added to the detail of findings in tracked files that a `.gitignore` covers. */
export const TRACKED_DESPITE_GITIGNORE = 'tracked despite .gitignore: untrack it (`git rm --cached`)';

export function rotationChecklist(rotateUrl?: string): string {
  const revoke = rotateUrl ? `revoke it at ${rotateUrl}` : 'revoke it in the provider\'s console';
  return `Treat it as leaked: (1) ${revoke}; (2) issue a new key with only the permissions this code needs; `
    + '(3) load it from the environment or a secret manager instead of the repository; '
    + '(4) if the repository was ever pushed or shared, purge it from history (git filter-repo) — deleting the line does not remove it from past commits.';
}

/**
 * Findings in tracked files get `committed`, one severity level more (capped at error) and a
 * rotation checklist; findings in a `.env` file git does not ignore get the higher severity
 * and a warning that the next `git add` commits them.
 */
export function annotateCommitted(findings: readonly Finding[], facts: CommitFacts): Finding[] {
  return findings.map(f => {
    if (CODE_RULES.has(f.ruleId) || f.tags?.includes('committed')) return f; // already raised once
    if (facts.tracked) {
      const tagged = withTag(f, 'committed', { severity: raised(f.severity), advice: `This file is committed to git. ${rotationChecklist(f.rotateUrl)}` });
      return facts.ignoredButTracked ? { ...tagged, detail: joinDetail(tagged.detail, TRACKED_DESPITE_GITIGNORE) } : tagged;
    }
    if (facts.envNotIgnored && !f.advice?.includes(NOT_IGNORED)) {
      return { ...f, severity: raised(f.severity), advice: joinAdvice(f.advice, NOT_IGNORED) };
    }
    return f;
  });
}

const NOT_IGNORED = 'This .env file is not ignored by git: add it to .gitignore before a `git add .` commits it.';

function joinDetail(a: string | undefined, b: string): string {
  return a ? `${a}; ${b}` : b;
}

function joinAdvice(a: string | undefined, b: string): string {
  return a ? `${a} ${b}` : b;
}

// ---- Unified diffs ----

/** Anything with the Scanner's `scan` signature (a Scanner, or a wrapper that also runs the checks). */
export interface TextScanner {
  scan(text: string, context?: ScanContext): Finding[];
}

export interface PatchFinding extends Finding {
  /** The commit that added the line (`git log -p`); undefined for `git diff` output. */
  commit?: string;
  /** Path in the new version of the file. */
  path: string;
  /** 1-based line in the new version of the file, as git shows it (`range` is 0-based, new-file lines; its offsets are meaningless here). */
  line: number;
}

export interface PatchScanResult {
  findings: PatchFinding[];
  /** True when `maxBytes` was reached: later files or hunks were not scanned. */
  truncated: boolean;
  /** Characters of new-side text handed to the scanner. */
  bytesScanned: number;
  /** Files (per commit) with added lines that were scanned. */
  filesScanned: number;
  /** Files (per commit) whose new-side text is over `maxFileBytes`: not scanned, as a plain scan skips them. */
  tooLarge: { path: string; commit?: string }[];
}

export interface PatchScanOptions {
  /** Cap on the new-side text scanned per call (default 8 MB). */
  maxBytes?: number;
  /** Files whose new-side text is longer are skipped (listed in `tooLarge`); default: no cap. */
  maxFileBytes?: number;
}

const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** One line of a file's new side: context or added, with its line number in the new file. */
interface NewLine { text: string; line: number; added: boolean }

interface FilePatch { commit?: string; path: string; lines: NewLine[] }

/**
 * Scans the lines a unified diff adds. Each file's hunks are scanned as one text made of the
 * new side (context lines give rules their surroundings), and only findings that start on an
 * added line are kept. Deleted files and pure renames add nothing; binary diffs are skipped.
 */
export function scanPatch(patchText: string, scanner: TextScanner, options: PatchScanOptions = {}): PatchScanResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxFileBytes = options.maxFileBytes ?? Infinity;
  const result: PatchScanResult = { findings: [], truncated: false, bytesScanned: 0, filesScanned: 0, tooLarge: [] };
  for (const file of parsePatch(patchText)) {
    if (!file.lines.some(l => l.added)) continue;
    let lines = file.lines;
    let size = lines.reduce((n, l) => n + l.text.length + 1, 0);
    if (size > maxFileBytes) {
      result.tooLarge.push({ path: file.path, ...(file.commit ? { commit: file.commit } : {}) });
      continue;
    }
    if (result.bytesScanned + size > maxBytes) {
      result.truncated = true;
      lines = linesWithin(lines, maxBytes - result.bytesScanned);
      size = lines.reduce((n, l) => n + l.text.length + 1, 0);
      if (!lines.length) break;
    }
    result.bytesScanned += size;
    result.filesScanned++;
    // One push per finding: spreading a large array into push() overflows the call stack.
    for (const f of findingsOnAddedLines({ ...file, lines }, scanner)) result.findings.push(f);
    if (result.truncated) break;
  }
  return result;
}

function linesWithin(lines: NewLine[], budget: number): NewLine[] {
  const out: NewLine[] = [];
  let used = 0;
  for (const l of lines) {
    if (used + l.text.length + 1 > budget) break;
    used += l.text.length + 1;
    out.push(l);
  }
  return out;
}

function findingsOnAddedLines(file: FilePatch, scanner: TextScanner): PatchFinding[] {
  const text = file.lines.map(l => l.text).join('\n');
  const out: PatchFinding[] = [];
  for (const f of scanner.scan(text, { path: file.path })) {
    const first = file.lines[f.range.start.line];
    if (!first?.added) continue;
    const last = file.lines[f.range.end.line] ?? first;
    const { related: _inScannedText, ...rest } = f; // related ranges point into the scanned text
    out.push({
      ...rest,
      range: { start: moved(f.range.start, first.line), end: moved(f.range.end, last.line) },
      ...(file.commit ? { commit: file.commit } : {}),
      path: file.path,
      line: first.line,
    });
  }
  return out;
}

function moved(p: Position, newFileLine: number): Position {
  return { ...p, line: newFileLine - 1 };
}

/**
 * Splits `git log -p` / `git diff` / `git format-patch` output into files with the new side
 * of their hunks (unifiedDiff.ts reads it). Deleted files add nothing.
 */
export function parsePatch(patchText: string): FilePatch[] {
  const files: FilePatch[] = [];
  for (const file of diffFiles(patchText)) {
    if (file.newPath === undefined) continue;
    const lines: NewLine[] = [];
    let hunk = 0;
    file.lines.forEach((l, i) => {
      for (; hunk < file.hunkStarts.length && file.hunkStarts[hunk] <= i; hunk++) {
        if (lines.length) lines.push({ text: '', line: -1, added: false }); // keeps hunks apart
      }
      if (l.kind !== '-') lines.push({ text: l.text, line: l.newLine, added: l.kind === '+' });
    });
    files.push({ ...(file.commit ? { commit: file.commit } : {}), path: file.newPath, lines });
  }
  return files;
}
