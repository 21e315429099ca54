/**
 * `scan --history` and `scan --staged`: the engine's `scanPatch` over what git prints.
 * - history: `git log -p` of the repository holding PATH, streamed from a child process and
 *   scanned commit by commit, bounded by --max-commits and --max-history-size (the report
 *   says when a bound stopped it). A finding whose secret HEAD's version of the file no
 *   longer holds is marked `inHead: false`: removed from the tree, still in every clone.
 * - staged: `git diff --cached`, the lines the next commit adds (for the pre-commit hook).
 * Both use `--relative`, so paths are relative to PATH's folder and only that folder is read;
 * its .secrethygiene.json (excludes, allowlist, rules, baseline) applies by path.
 */

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applySuppressions, createScanner, runChecks, scanPatch,
  type Finding, type PatchFinding, type ScanContext, type TextScanner, type WorkspaceConfig,
} from '../core';
import type { ScanOptions } from './args';
import { CliError, configBaseline, loadBaseline, loadConfig, type ReportFinding, type ScanResult } from './scan';
import { excludeMatcher, hasBinaryExtension } from './walk';

/** Our own `--format`: a line `parsePatch` reads as the start of a commit, nothing else. */
const COMMIT_FORMAT = '--format=commit %h';
/** A commit header line in that format (diff lines always start with a prefix character). */
const COMMIT_LINE = /^commit [0-9a-f]{7,64}$/gm;

/** Output-shaping settings a user's git config could change; fixed so the parser sees one format. */
const STABLE_DIFF = ['--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '--relative', '--src-prefix=a/', '--dst-prefix=b/'];

interface Repo {
  /** The folder the scan is about (paths are relative to it). */
  root: string;
  /** Limits git to one file when PATH is a file. */
  pathspec: string;
}

export async function runGitScan(target: string, options: ScanOptions): Promise<ScanResult> {
  const repo = openRepo(target);
  const config = loadConfig(repo.root);
  const baseline = options.baseline ? loadBaseline(options.baseline) : configBaseline(repo.root, config);
  const mode = options.history ? 'history' : 'staged';
  const scanner = checkingScanner(config, options.exclude);
  const result: ScanResult = { base: repo.root, findings: [], skipped: [], filesScanned: 0, bytesScanned: 0, baselined: 0, git: { mode, commits: 0 } };
  const keep = (found: PatchFinding[]) => {
    const visible = applySuppressions(found, config) as PatchFinding[];
    const kept = applySuppressions(visible, { allowlist: [], rules: {} }, baseline) as PatchFinding[];
    result.baselined += visible.length - kept.length;
    for (const f of kept) result.findings.push(reportFinding(f));
  };
  const args = mode === 'history'
    ? ['log', '-p', COMMIT_FORMAT, '--no-show-signature', `--max-count=${options.maxCommits + 1}`, ...STABLE_DIFF, '--', repo.pathspec]
    : ['diff', '--cached', '-p', ...STABLE_DIFF, '--', repo.pathspec];
  await streamPatches(repo.root, args, options, result, text => {
    const scanned = scanPatch(text, scanner, { maxBytes: options.maxHistorySize });
    result.filesScanned += scanned.filesScanned;
    result.bytesScanned += scanned.bytesScanned;
    if (scanned.truncated) result.git!.truncated = 'max-size';
    keep(scanned.findings);
  });
  if (mode === 'history') markRemovedFromHead(repo.root, result.findings, scanner);
  result.findings.sort(byCommitThenLocation(result.findings));
  return result;
}

/** The folder (or a file's folder) to scan; exit 2 when git is missing or it is not in a work tree. */
function openRepo(target: string): Repo {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new CliError(`no such file or folder: ${target}`);
  }
  const abs = path.resolve(target);
  const repo = stat.isDirectory() ? { root: abs, pathspec: '.' } : { root: path.dirname(abs), pathspec: path.basename(abs) };
  const probe = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repo.root, encoding: 'utf8' });
  if (probe.error) throw new CliError('git is not installed or not on PATH (needed for --history and --staged)');
  if (probe.status !== 0 || probe.stdout.trim() !== 'true') throw new CliError(`not inside a git work tree: ${target}`);
  return repo;
}

/**
 * The scanner plus the per-file checks (the text is committed, or about to be), skipping
 * excluded and binary-looking paths before any scanning.
 */
function checkingScanner(config: WorkspaceConfig, cliExclude: readonly string[]): TextScanner {
  const scanner = createScanner();
  const excluded = excludeMatcher([...cliExclude, ...config.exclude]);
  const skip = (rel: string) => hasBinaryExtension(rel) || excluded(rel, false) || ancestors(rel).some(dir => excluded(dir, true));
  return {
    scan(text: string, context?: ScanContext): Finding[] {
      const rel = context?.path ?? '';
      if (skip(rel)) return [];
      return runChecks(scanner.scan(text, { path: rel, languageId: undefined }), { path: rel, text, git: { tracked: true } });
    },
  };
}

function ancestors(rel: string): string[] {
  const out: string[] = [];
  for (let i = rel.indexOf('/'); i > 0; i = rel.indexOf('/', i + 1)) out.push(rel.slice(0, i));
  return out;
}

function reportFinding(f: PatchFinding): ReportFinding {
  const { line: _line, commit, ...rest } = f;
  return { ...rest, ...(commit ? { commit } : {}) };
}

/**
 * Runs git and hands its output to `scan` in pieces that end at a commit boundary, so memory
 * stays at about one commit's diff. Stops (and kills git) at --max-commits or --max-history-size,
 * recording which bound stopped it. Ctrl-C kills git before exiting.
 */
function streamPatches(cwd: string, args: string[], options: ScanOptions, result: ScanResult, scan: (text: string) => void): Promise<void> {
  const info = result.git!;
  return new Promise((resolve, reject) => {
    // The handler goes in before git starts: a Ctrl-C in between would otherwise kill us and
    // leave git running.
    let started: ReturnType<typeof spawn> | undefined;
    const onInterrupt = () => {
      started?.kill();
      process.stderr.write('\nsecret-hygiene: interrupted; git stopped\n');
      process.exit(130);
    };
    process.once('SIGINT', onInterrupt);
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    started = child;
    let pending = '';
    let parts: string[] = [];
    let tail = '';
    let bytes = 0;
    let stopped = false;
    let stderr = '';
    const stop = (why: 'max-commits' | 'max-size') => {
      info.truncated ??= why;
      stopped = true;
      child.kill();
    };
    /** Scans the complete commits in `pending` (all of it at the end), within --max-commits. */
    const flush = (atEnd: boolean) => {
      const cut = atEnd ? pending.length : lastCommitStart(pending);
      if (cut <= 0) return;
      let piece = pending.slice(0, cut);
      pending = pending.slice(cut);
      const starts = [...piece.matchAll(COMMIT_LINE)].map(m => m.index ?? 0);
      const room = options.maxCommits - info.commits;
      if (starts.length > room) {
        piece = piece.slice(0, starts[room]);
        info.commits += room;
        scan(piece);
        stop('max-commits');
        return;
      }
      info.commits += starts.length;
      scan(piece);
    };
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      if (stopped) return;
      bytes += chunk.length;
      if (bytes > options.maxHistorySize) {
        // Scan what fits (a cut hunk is parsed as far as it goes), then stop reading.
        parts.push(chunk.slice(0, chunk.length - (bytes - options.maxHistorySize)));
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
      if (info.mode === 'history' && boundary) {
        pending = parts.join('');
        flush(false);
        parts = [pending];
      }
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => { if (stderr.length < 4096) stderr += chunk; });
    child.on('error', e => {
      process.removeListener('SIGINT', onInterrupt);
      reject(new CliError(`cannot run git: ${(e as NodeJS.ErrnoException).code ?? 'error'}`));
    });
    child.on('close', code => {
      process.removeListener('SIGINT', onInterrupt);
      if (stopped) return resolve();
      // A repository without commits has no history (and nothing staged against HEAD is fine).
      if (code !== 0 && !/does not have any commits|bad default revision/.test(stderr)) {
        return reject(new CliError(`git ${args[0]} failed: ${stderr.split('\n')[0].slice(0, 200) || `exit code ${code}`}`));
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

/** Index of the last commit header line in `text` (0 or -1 when there is none after the start). */
function lastCommitStart(text: string): number {
  const i = text.lastIndexOf('\ncommit ');
  return i < 0 ? -1 : i + 1;
}

/**
 * Cheap "is it still there?": scans HEAD's version of each file with findings (one `git show`
 * per such path) and compares fingerprints. A secret HEAD no longer holds was removed from the
 * tree but stays in history: only rotation helps.
 */
function markRemovedFromHead(root: string, findings: ReportFinding[], scanner: TextScanner): void {
  const atHead = new Map<string, Set<string>>();
  for (const p of new Set(findings.map(f => f.path))) {
    const show = spawnSync('git', ['show', `HEAD:./${p}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const text = show.status === 0 ? show.stdout : undefined;
    atHead.set(p, new Set(text === undefined ? [] : scanner.scan(text, { path: p }).map(f => f.fingerprint)));
  }
  for (const f of findings) f.inHead = !!atHead.get(f.path)?.has(f.fingerprint);
}

/** Newest commit first (git's order), then path and line. */
function byCommitThenLocation(findings: readonly ReportFinding[]): (a: ReportFinding, b: ReportFinding) => number {
  const order = new Map<string, number>();
  for (const f of findings) if (f.commit && !order.has(f.commit)) order.set(f.commit, order.size);
  return (a, b) => (order.get(a.commit ?? '') ?? 0) - (order.get(b.commit ?? '') ?? 0)
    || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}
