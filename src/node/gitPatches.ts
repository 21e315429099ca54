/**
 * Git history and staged changes through the engine's `scanPatch`, for Node hosts (the CLI and
 * the extension host; not the core, which runs no processes). `git log -p` is streamed from a
 * child process and scanned commit by commit, so memory stays at about one commit's diff;
 * bounded by a commit count and a byte budget, and stoppable with an AbortSignal (git is killed).
 */

import { execFile, spawn } from 'node:child_process';
import { scanPatch, type Finding, type PatchFinding, type TextScanner } from '../core';
import { dubiousOwnershipMessage, safeGitArgs } from './git';

/** Our own `--format`: a line `parsePatch` reads as the start of a commit, nothing else. */
const COMMIT_FORMAT = '--format=commit %h';
/** A commit header line in that format (diff lines always start with a prefix character). */
const COMMIT_LINE = /^commit [0-9a-f]{7,64}$/gm;
/** Output-shaping settings a user's git config could change; fixed so the parser sees one format. */
const STABLE_DIFF = ['--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '--relative', '--src-prefix=a/', '--dst-prefix=b/'];

export type PatchMode = 'history' | 'staged';

export interface PatchScanLimits {
  /** At most this many commits (history mode). */
  maxCommits: number;
  /** At most this many characters of git output. */
  maxBytes: number;
  /** A file whose added text is longer is skipped (listed in `tooLarge`), as a plain scan skips it. */
  maxFileBytes?: number;
  /** Aborting kills git and rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Called after each scanned piece, with the commits seen so far. */
  onProgress?: (commits: number) => void;
}

export interface GitPatchScan {
  mode: PatchMode;
  findings: PatchFinding[];
  commits: number;
  /** Which bound stopped the scan early, if one did. */
  truncated?: 'max-commits' | 'max-size';
  filesScanned: number;
  bytesScanned: number;
  /** Files (per commit) over `maxFileBytes`, not scanned. */
  tooLarge: { path: string; commit?: string }[];
}

/** Raised when git is missing or fails; the message is safe to show (git's first stderr line). */
export class GitError extends Error {}

/**
 * Scans `git log -p` (history) or `git diff --cached` (staged) of the folder `root`, limited to
 * `pathspec` (`.` or a file). Paths in the findings are relative to `root`.
 */
export function scanGitPatches(root: string, pathspec: string, mode: PatchMode, scanner: TextScanner, limits: PatchScanLimits): Promise<GitPatchScan> {
  const args = mode === 'history'
    ? ['log', '-p', COMMIT_FORMAT, '--no-show-signature', `--max-count=${limits.maxCommits + 1}`, ...STABLE_DIFF, '--', pathspec]
    : ['diff', '--cached', '-p', ...STABLE_DIFF, '--', pathspec];
  const result: GitPatchScan = { mode, findings: [], commits: 0, filesScanned: 0, bytesScanned: 0, tooLarge: [] };
  return streamPatches(root, args, mode, limits, result, text => {
    const scanned = scanPatch(text, scanner, { maxBytes: limits.maxBytes, maxFileBytes: limits.maxFileBytes });
    result.filesScanned += scanned.filesScanned;
    result.bytesScanned += scanned.bytesScanned;
    if (scanned.truncated) result.truncated = 'max-size';
    // One push per item: spreading a large array into push() overflows the call stack.
    for (const f of scanned.findings) result.findings.push(f);
    for (const t of scanned.tooLarge) result.tooLarge.push(t);
  }).then(() => result);
}

/**
 * Runs git and hands its output to `scan` in pieces that end at a commit boundary. Stops (and
 * kills git) at the commit or byte bound, recording which one stopped it, or on abort.
 */
function streamPatches(cwd: string, args: string[], mode: PatchMode, limits: PatchScanLimits, result: GitPatchScan, scan: (text: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (limits.signal?.aborted) return reject(abortError());
    const child = spawn('git', safeGitArgs(...args), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const onAbort = () => {
      child.kill();
      reject(abortError());
    };
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => limits.signal?.removeEventListener('abort', onAbort);
    let pending = '';
    let parts: string[] = [];
    let tail = '';
    let bytes = 0;
    let stopped = false;
    let stderr = '';
    const stop = (why: 'max-commits' | 'max-size') => {
      result.truncated ??= why;
      stopped = true;
      child.kill();
    };
    /** Scans the complete commits in `pending` (all of it at the end), within the commit bound. */
    const flush = (atEnd: boolean) => {
      const cut = atEnd ? pending.length : lastCommitStart(pending);
      if (cut <= 0) return;
      let piece = pending.slice(0, cut);
      pending = pending.slice(cut);
      const starts = [...piece.matchAll(COMMIT_LINE)].map(m => m.index ?? 0);
      const room = limits.maxCommits - result.commits;
      if (starts.length > room) {
        piece = piece.slice(0, starts[room]);
        result.commits += room;
        scan(piece);
        stop('max-commits');
        return;
      }
      result.commits += starts.length;
      scan(piece);
      limits.onProgress?.(result.commits);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stopped || limits.signal?.aborted) return;
      bytes += chunk.length;
      if (bytes > limits.maxBytes) {
        // Scan what fits (a cut hunk is parsed as far as it goes), then stop reading.
        parts.push(chunk.slice(0, chunk.length - (bytes - limits.maxBytes)));
        pending = parts.join('');
        flush(true);
        stop('max-size');
        return;
      }
      // Look for a commit boundary in the new text only (plus the previous chunk's end), and join
      // the chunks only then: searching or flattening all of a huge commit per chunk is quadratic.
      const boundary = (tail + chunk).includes('\ncommit ');
      tail = chunk.slice(-8);
      parts.push(chunk);
      if (mode === 'history' && boundary) {
        pending = parts.join('');
        flush(false);
        parts = [pending];
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => { if (stderr.length < 4096) stderr += chunk; });
    child.on('error', e => {
      done();
      reject(new GitError(`cannot run git: ${(e as NodeJS.ErrnoException).code ?? 'error'}`));
    });
    child.on('close', code => {
      done();
      if (limits.signal?.aborted) return; // already rejected
      if (stopped) return resolve();
      // A repository without commits has no history (and nothing staged against HEAD is fine).
      if (code !== 0 && !/does not have any commits|bad default revision/.test(stderr)) {
        return reject(new GitError(dubiousOwnershipMessage(stderr, cwd)
          ?? `git ${args[0]} failed: ${stderr.split('\n')[0].slice(0, 200) || `exit code ${code}`}`));
      }
      try {
        pending = parts.join('');
        flush(true);
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}

function abortError(): Error {
  const e = new Error('git scan cancelled');
  e.name = 'AbortError';
  return e;
}

/** Index of the last commit header line in `text` (0 or -1 when there is none after the start). */
function lastCommitStart(text: string): number {
  const i = text.lastIndexOf('\ncommit ');
  return i < 0 ? -1 : i + 1;
}

/**
 * Cheap "is it still there?": scans HEAD's version of each file with findings (one `git show`
 * per such path) and compares fingerprints. A secret HEAD no longer holds was removed from the
 * tree but stays in history: only rotation helps. Sets `inHead` on each finding.
 */
export async function markRemovedFromHead<F extends Finding & { path: string; inHead?: boolean }>(root: string, findings: F[], scanner: TextScanner, maxFileBytes = DEFAULT_HEAD_FILE_BYTES): Promise<void> {
  const atHead = new Map<string, Set<string> | 'too-large'>();
  for (const p of new Set(findings.map(f => f.path))) {
    const text = await showAtHead(root, p, maxFileBytes);
    atHead.set(p, text === 'too-large' ? text : new Set(text === undefined ? [] : scanner.scan(text, { path: p }).map(f => f.fingerprint)));
  }
  for (const f of findings) {
    const head = atHead.get(f.path);
    // HEAD's version is over the size cap: not read, so not known (left unset).
    if (head !== 'too-large') f.inHead = !!head?.has(f.fingerprint);
  }
}

/** HEAD's version of a file is read up to this size when the caller names no cap. */
const DEFAULT_HEAD_FILE_BYTES = 64 * 1024 * 1024;

function showAtHead(root: string, rel: string, maxBytes: number): Promise<string | undefined | 'too-large'> {
  return new Promise(resolve => {
    execFile('git', safeGitArgs('show', `HEAD:./${rel}`), { cwd: root, encoding: 'utf8', maxBuffer: maxBytes },
      (err, stdout) => resolve(!err ? stdout : (err as NodeJS.ErrnoException).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' ? 'too-large' : undefined));
  });
}

/** Newest commit first (git's order), then path and line. */
export function byCommitThenLocation<F extends Finding & { path: string; commit?: string }>(findings: readonly F[]): (a: F, b: F) => number {
  const order = new Map<string, number>();
  for (const f of findings) if (f.commit && !order.has(f.commit)) order.set(f.commit, order.size);
  return (a, b) => (order.get(a.commit ?? '') ?? 0) - (order.get(b.commit ?? '') ?? 0)
    || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}
