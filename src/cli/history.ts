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

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applySuppressions, createScanner, scanFileText, skipByPath,
  type Finding, type PatchFinding, type ScanContext, type TextScanner, type WorkspaceConfig,
} from '../core';
import { excludeMatcher, GlobError } from '../node/globs';
import { byCommitThenLocation, GitError, markRemovedFromHead, scanGitPatches } from '../node/gitPatches';
import { dubiousOwnershipMessage, safeGitArgs } from '../node/git';
import type { ScanOptions } from './args';
import { CliError, configBaseline, excludeSources, loadBaseline, loadConfig, type ReportFinding, type ScanResult } from './scan';

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
  const capped = new Map<string, number>();
  const scanner = checkingScanner(config, options.exclude, (rel, dropped) => capped.set(rel, (capped.get(rel) ?? 0) + dropped));
  const scan = await withInterrupt(signal => scanGitPatches(repo.root, repo.pathspec, mode, scanner, {
    maxCommits: options.maxCommits, maxBytes: options.maxHistorySize, maxFileBytes: options.maxFileSize, signal,
  }));
  // Read now: scanning HEAD's versions below goes through the same scanner.
  const cappedFiles = [...capped].map(([p, dropped]) => ({ path: p, dropped }));
  const visible = applySuppressions(scan.findings, config) as PatchFinding[];
  const kept = applySuppressions(visible, { allowlist: [], rules: {} }, baseline) as PatchFinding[];
  const findings = kept.map(reportFinding);
  if (mode === 'history') {
    await markRemovedFromHead(repo.root, findings, scanner, options.maxFileSize);
    addCommitFacts(repo.root, findings);
  }
  findings.sort(byCommitThenLocation(findings));
  // The same --max-file-size as a plain scan: a file's added text over it is listed, not scanned.
  const skipped = [...new Set(scan.tooLarge.map(t => t.path))].map(p => ({ path: p, reason: 'too-large' as const }));
  return {
    base: repo.root, findings, skipped, filesScanned: scan.filesScanned, bytesScanned: scan.bytesScanned,
    baselined: visible.length - kept.length,
    ...(cappedFiles.length ? { capped: cappedFiles } : {}),
    git: { mode, commits: scan.commits, ...(scan.truncated ? { truncated: scan.truncated } : {}) },
  };
}

/**
 * Ctrl-C kills git before we exit (130). The handler goes in before git starts: a Ctrl-C in
 * between would otherwise kill us and leave git running.
 */
async function withInterrupt<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await run(controller.signal);
  } catch (e) {
    if (controller.signal.aborted) {
      process.stderr.write('\nsecret-hygiene: interrupted; git stopped\n');
      process.exit(130);
    }
    throw e instanceof GitError ? new CliError(e.message) : e;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
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
  const probe = spawnSync('git', safeGitArgs('rev-parse', '--is-inside-work-tree'), { cwd: repo.root, encoding: 'utf8' });
  if (probe.error) throw new CliError('git is not installed or not on PATH (needed for --history and --staged)');
  const refused = probe.status !== 0 ? dubiousOwnershipMessage(probe.stderr ?? '', repo.root) : undefined;
  if (refused) throw new CliError(refused);
  if (probe.status !== 0 || probe.stdout.trim() !== 'true') throw new CliError(`not inside a git work tree: ${target}`);
  return repo;
}

/**
 * The core per-file pipeline (file kind from the path, scan, checks; the text is committed, or
 * about to be), skipping excluded and binary paths before any scanning. Suppressions are
 * applied by the caller, which counts what the baseline hid.
 */
function checkingScanner(config: WorkspaceConfig, cliExclude: readonly string[], onCapped: (rel: string, dropped: number) => void): TextScanner {
  const scanner = createScanner();
  let excluded: ReturnType<typeof excludeMatcher>;
  try {
    excluded = excludeMatcher(excludeSources(cliExclude, config));
  } catch (e) {
    throw e instanceof GlobError ? new CliError(e.message) : e;
  }
  const skip = (rel: string) => !!skipByPath(rel) || excluded(rel, false) || ancestors(rel).some(dir => excluded(dir, true));
  return {
    scan(text: string, context?: ScanContext): Finding[] {
      const rel = context?.path ?? '';
      if (skip(rel)) return [];
      const scanned = scanFileText(scanner, text, { path: rel, git: { tracked: true } });
      if (scanned.dropped) onCapped(rel, scanned.dropped);
      return scanned.findings;
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
 * The full commit id, author name and date (ISO 8601) of the commits with findings: one
 * `git show -s` per 200 commits. The report's `commit` becomes the full id.
 */
function addCommitFacts(root: string, findings: ReportFinding[]): void {
  const shorts = [...new Set(findings.map(f => f.commit).filter((c): c is string => !!c && /^[0-9a-f]{4,64}$/.test(c)))];
  const facts = new Map<string, { sha: string; author: string; date: string }>();
  for (let i = 0; i < shorts.length; i += 200) {
    const batch = shorts.slice(i, i + 200);
    const r = spawnSync('git', safeGitArgs('show', '-s', '--no-show-signature', '--format=%H%x00%an%x00%aI', ...batch, '--'),
      { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (r.status !== 0) continue; // facts are extra: the report stands without them
    for (const line of r.stdout.split('\n')) {
      const [sha, author = '', date = ''] = line.split('\0');
      const short = sha ? batch.find(c => sha.startsWith(c)) : undefined;
      if (short) facts.set(short, { sha, author, date });
    }
  }
  for (const f of findings) {
    const fact = f.commit ? facts.get(f.commit) : undefined;
    if (fact) Object.assign(f, { commit: fact.sha, author: fact.author, date: fact.date });
  }
}
