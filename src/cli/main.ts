/**
 * `secret-hygiene` command line. Exit codes: 0 nothing at or above --fail-on, 1 findings at or
 * above it, 2 usage or I/O error (one line on stderr).
 *
 * With no PATH: `npm run scan` (npm sets npm_lifecycle_event=scan) and `--demo` scan the bundled
 * demo workspace (see demo.ts); a plain `secret-hygiene scan` scans the current folder.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { createBaseline, escapeControls, type Severity } from '../core';
import { parseCommandLine, USAGE, UsageError, type FailOn, type ScanOptions } from './args';
import { materializeDemo, packageRoot } from './demo';
import { jsonReport } from './report/json';
import { sarifReport } from './report/sarif';
import { textReport, wrapAt } from './report/text';
import { runGitScan } from './history';
import { gitTopLevel } from './git';
import { installHook, uninstallHook } from './hook';
import { rulesCommand } from './rules';
import { gitLine, plural, scoreLine, scoreOf, summarize, summaryLine } from './report/summary';
import { CliError, runScan, type ScanResult } from './scan';
import { UnsafeWriteError, writeFileNoFollow } from '../node/safeWrite';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const THRESHOLD: Record<FailOn, number> = { info: 1, warning: 2, error: 3, never: Infinity };

/** A number for the synchronous commands; a promise for scans (worker threads, git's streamed output). */
export function main(argv: readonly string[]): number | Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.kind === 'help') return print(process.stdout, USAGE + '\n', 0);
    if (command.kind === 'version') return print(process.stdout, `${toolVersion()}\n`, 0);
    if (command.kind === 'rules') return print(process.stdout, rulesCommand(command.options), 0);
    if (command.kind === 'install-hook') return print(process.stdout, installHook(process.cwd(), command.options), 0);
    if (command.kind === 'uninstall-hook') return print(process.stdout, uninstallHook(process.cwd()), 0);
    if (command.options.history || command.options.staged) return gitScanCommand(command.options).catch(failed);
    return scanCommand(command.options).catch(failed);
  } catch (e) {
    return failed(e);
  }
}

function failed(e: unknown): number {
  // Messages name paths and arguments: no control character of theirs reaches the terminal.
  if (e instanceof UsageError) return print(process.stderr, `secret-hygiene: ${escapeControls(e.message)} (see --help)\n`, 2);
  if (e instanceof CliError) return print(process.stderr, `secret-hygiene: ${escapeControls(e.message)}\n`, 2);
  // An unexpected failure: name it without a stack trace, which could quote scanned text.
  return print(process.stderr, `secret-hygiene: internal error: ${(e as Error)?.name ?? 'Error'}: ${escapeControls(firstLine(e))}\n`, 2);
}

async function scanCommand(options: ScanOptions): Promise<number> {
  const targets = resolveTargets(options);
  const progress = progressLine();
  let result: ScanResult;
  try {
    result = await runScan(targets, options, progress.update);
  } finally {
    progress.clear();
  }
  for (const warning of result.warnings ?? []) process.stderr.write(`secret-hygiene: warning: ${warning}\n`);
  if (options.writeBaseline) return writeBaseline(options.writeBaseline, result);
  return report(result, options);
}

async function gitScanCommand(options: ScanOptions): Promise<number> {
  const [target] = resolveTargets(options);
  return report(await runGitScan(target, options), options);
}

function report(result: ScanResult, options: ScanOptions): number {
  if (quietStaged(result, options)) {
    process.stdout.write(`secret-hygiene: no secrets in the staged changes (${plural(result.filesScanned, 'file')})\n`);
    return 0;
  }
  const report = render(result, options);
  const summary = [...wrapAt(summaryLine(summarize(result))), ...(gitLine(result) ? wrapAt(gitLine(result).trimEnd()) : []),
    scoreLine(scoreOf(result))].join('\n') + '\n';
  if (options.output) {
    writeOrFail(options.output, report);
    process.stderr.write(summary);
  } else {
    process.stdout.write(report);
    // JSON/SARIF on stdout stay parseable: the human summary goes to stderr.
    if (options.format !== 'text') process.stderr.write(summary);
  }
  return exitCode(result, options.failOn);
}

/**
 * The folders or files to scan. Under `npm run scan`, npm runs us from the package root, so
 * relative paths are resolved against the folder the user typed the command in (INIT_CWD).
 */
function resolveTargets(options: ScanOptions): string[] {
  const viaNpmScript = process.env.npm_lifecycle_event === 'scan';
  if (options.demo || (viaNpmScript && !options.paths.length)) {
    const dir = materializeDemo();
    process.stderr.write(`Scanning the bundled demo workspace (fake tokens, generated into ${dir}).\n` +
      'Scan your own folder with: npm run scan -- <folder>\n\n');
    return [dir];
  }
  if (!options.paths.length) return ['.'];
  const from = viaNpmScript && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return options.paths.map(p => path.resolve(from, p));
}

/** The pre-commit hook's clean case: one line, not a report with a score. */
function quietStaged(result: ScanResult, options: ScanOptions): boolean {
  return options.staged && options.format === 'text' && !options.output && !options.verbose &&
    result.findings.length === 0 && !result.git?.truncated;
}

function render(result: ScanResult, options: ScanOptions): string {
  if (options.format === 'json') return jsonReport(result, toolVersion());
  // GitHub resolves SARIF URIs against the repository's top, whatever folder was scanned.
  if (options.format === 'sarif') return sarifReport(result, toolVersion(), { root: gitTopLevel(result.base) });
  // A wider terminal gets longer titles; a pipe or a file gets 80 columns.
  const width = !options.output && process.stdout.isTTY ? Math.max(60, process.stdout.columns || 80) : 80;
  return textReport(result, { color: useColor(options), verbose: options.verbose, width });
}

/**
 * --color/--no-color, then FORCE_COLOR (CI logs that render colour), then NO_COLOR; otherwise
 * colour only on a terminal. A report written with --output is plain unless --color asks.
 */
function useColor(options: ScanOptions): boolean {
  if (options.color !== undefined) return options.color;
  if (options.output) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (process.env.NO_COLOR) return false;
  return !!process.stdout.isTTY;
}

function writeBaseline(file: string, result: ScanResult): number {
  const baseline = createBaseline(result.findings);
  writeOrFail(file, JSON.stringify(baseline, null, 2) + '\n');
  process.stderr.write(`Wrote ${baseline.findings.length} baseline entries to ${file}\n`);
  return 0;
}

function exitCode(result: ScanResult, failOn: FailOn): number {
  const threshold = THRESHOLD[failOn];
  return result.findings.some(f => RANK[f.severity] >= threshold) ? 1 : 0;
}

/**
 * Reports and baselines are written through a temporary file renamed into place, never
 * through a symbolic link (a repository can commit `results.sarif` as a link to any file).
 */
function writeOrFail(file: string, text: string): void {
  try {
    writeFileNoFollow(file, text);
  } catch (e) {
    if (e instanceof UnsafeWriteError) throw new CliError(e.message);
    throw e;
  }
}

/** A `\r`-updated "Scanning…" line on stderr, only when stderr is a terminal. */
function progressLine(): { update: (n: number, file: string) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, clear: () => undefined };
  // Quiet for the first 300 ms (small scans never flicker), then at most every 100 ms.
  let last = Date.now() + 200;
  let shown = false;
  return {
    update: (n, file) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const width = (process.stderr.columns || 80) - 1;
      process.stderr.write(`\r\x1b[K${`Scanning… ${n} files  ${escapeControls(file)}`.slice(0, width)}`);
    },
    clear: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

let version: string | undefined;

function toolVersion(): string {
  if (version) return version;
  try {
    version = JSON.parse(fs.readFileSync(path.join(packageRoot() ?? '.', 'package.json'), 'utf8')).version as string;
  } catch {
    version = '0.0.0';
  }
  return version;
}

function print(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200);
}

// Scan workers load this same file (bundled): only the main thread runs the command line.
if (require.main === module && isMainThread) {
  void Promise.resolve(main(process.argv.slice(2))).then(code => { process.exitCode = code; });
}
