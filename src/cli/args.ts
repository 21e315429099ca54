/**
 * Command-line parsing for `secret-hygiene` with Node's own `util.parseArgs` (no dependency).
 * Every problem becomes a UsageError, which main.ts turns into exit code 2.
 */

import { parseArgs } from 'node:util';

export type ReportFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface ScanOptions {
  paths: string[];
  /** Scan the bundled demo workspace (test/fixtures/demo) instead of paths. */
  demo: boolean;
  format: ReportFormat;
  output?: string;
  baseline?: string;
  writeBaseline?: string;
  failOn: FailOn;
  gitignore: boolean;
  exclude: string[];
  maxFileSize: number;
  verbose: boolean;
  /** --color / --no-color; undefined: FORCE_COLOR, NO_COLOR and whether stdout is a terminal decide. */
  color?: boolean;
  /** Scan past commits (`git log -p`) instead of the files on disk. */
  history: boolean;
  /** Scan the lines added by the staged changes (`git diff --cached`), for the pre-commit hook. */
  staged: boolean;
  /** --history: newest commits to look at. */
  maxCommits: number;
  /** --history/--staged: cap on the diff text read from git; beyond it the scan stops and says so. */
  maxHistorySize: number;
  /**
   * Threads scanning files; the report is the same for any value. Unset: one per core, fewer
   * for small scans (a thread costs more to start than a few MB take to scan).
   */
  jobs?: number;
}

export interface HookOptions {
  /** Install over a pre-commit hook that is not ours (it is moved aside and chained). */
  force: boolean;
}

export interface RulesOptions {
  /** Explain this rule; list them all when absent. */
  id?: string;
  format: 'text' | 'json';
}

export type Command =
  | { kind: 'help' } | { kind: 'version' } | { kind: 'scan'; options: ScanOptions }
  | { kind: 'rules'; options: RulesOptions }
  | { kind: 'install-hook'; options: HookOptions } | { kind: 'uninstall-hook' };

export class UsageError extends Error {}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
export const DEFAULT_MAX_COMMITS = 1000;
export const DEFAULT_MAX_HISTORY_SIZE = 256 * 1024 * 1024;

export const USAGE = `Usage: secret-hygiene scan [PATH…] [options]
       secret-hygiene scan --history [PATH] [--max-commits N]
       secret-hygiene scan --staged [PATH]
       secret-hygiene rules [RULE-ID] [--format json]
       secret-hygiene install-hook [--force] | uninstall-hook

Scans folders (or files) for hardcoded credentials and prints the findings,
masked, with an exposure score. Never prints a secret value. Respects .gitignore
(a repository's too, when scanning a subfolder) and .git/info/exclude, but
always scans files git tracks. With no PATH it scans the current folder, except
under \`npm run scan\` (or with --demo): then the bundled demo workspace.

Options:
  --format text|json|sarif  report format (default: text); JSON and SARIF
                            lines and columns are 1-based
  --output FILE             write the report to FILE; the summary goes to stderr
  --baseline FILE           hide the findings recorded in FILE (default:
                            .secrethygiene-baseline.json when present)
  --write-baseline FILE     record every current finding in FILE and exit 0
  --fail-on LEVEL           exit 1 on a finding at or above LEVEL:
                            error|warning|info|never (default: warning)
  --exclude GLOB            skip paths matching GLOB, relative to the scanned
                            folder (repeatable)
  --no-gitignore            scan files that .gitignore would skip
  --max-file-size SIZE      skip larger files, e.g. 500k, 2mb (default: 2mb);
                            with --history/--staged, larger added text
  --demo                    scan the bundled demo workspace
  --verbose                 advice, rotation links and skipped files
  --color, --no-color       force colour on or off (default: on a terminal,
                            unless NO_COLOR is set; FORCE_COLOR=1 forces it)
  --history                 scan the lines past commits added (secrets removed
                            from the tree but still in history)
  --max-commits N           --history: newest N commits only (default: 1000)
  --max-history-size SIZE   --history/--staged: stop after this much diff text
                            (default: 256mb); the report says so
  --staged                  scan only the lines the staged changes add
  -j, --jobs N              scan files on N threads (default: one per CPU
                            core); the report is the same for any N
  -h, --help                show this help
  -v, --version             show the version

Commands:
  rules [RULE-ID]           list the rules, or explain one (--format json too)
  install-hook [--force]    install a git pre-commit hook running
                            \`scan --staged\` (honours core.hooksPath); --force
                            installs over a foreign hook and runs it after the
                            scan; with husky or lefthook, prints the line to
                            add to their configuration instead
  uninstall-hook            remove the hook that install-hook wrote

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage or I/O error.

Configuration: .secrethygiene.json in the scanned folder:
  {"exclude": [globs], "allowlist": [fingerprints], "baseline": "path",
   "rules": {"rule-id": "off"|"error"|"warning"|"info"}}`;

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

export function parseCommandLine(argv: readonly string[]): Command {
  const parsed = parseStrict(argv);
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: 'help' };
  if (command === 'help') return { kind: 'help' };
  if (command === 'install-hook' || command === 'uninstall-hook') return hookCommand(command, values, paths);
  if (command === 'rules') return rulesCommand(values, paths);
  if (command !== 'scan') throw new UsageError(`unknown command "${command}" (commands: scan, rules, install-hook, uninstall-hook)`);
  if (values.force) throw new UsageError('--force belongs to install-hook');
  return { kind: 'scan', options: scanOptions(values, paths) };
}

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'fail-on': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        // Node 20's parseArgs has no automatic `--no-` negation, so the flag is spelled out.
        'no-gitignore': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        demo: { type: 'boolean' },
        history: { type: 'boolean' },
        staged: { type: 'boolean' },
        'max-commits': { type: 'string' },
        'max-history-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        force: { type: 'boolean' },
        verbose: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    // parseArgs messages are one line and quote only the option, never file contents.
    throw new UsageError(firstLine((e as Error).message));
  }
}

type Values = ReturnType<typeof parseStrict>['values'];

function scanOptions(values: Values, paths: string[]): ScanOptions {
  const format = oneOf('--format', values.format ?? 'text', FORMATS);
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'warning', FAIL_ON);
  if (values.demo && paths.length) throw new UsageError('--demo scans the bundled demo workspace and takes no PATH');
  checkGitModes(values, paths);
  checkWriteBaseline(values);
  return {
    paths,
    demo: !!values.demo,
    format,
    output: nonEmpty('--output', values.output),
    baseline: nonEmpty('--baseline', values.baseline),
    writeBaseline: nonEmpty('--write-baseline', values['write-baseline']),
    failOn,
    gitignore: !values['no-gitignore'],
    exclude: values.exclude ?? [],
    maxFileSize: values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(values['max-file-size']),
    verbose: !!values.verbose,
    ...colorOption(values),
    history: !!values.history,
    staged: !!values.staged,
    maxCommits: values['max-commits'] === undefined ? DEFAULT_MAX_COMMITS : positiveInteger('--max-commits', values['max-commits']),
    maxHistorySize: values['max-history-size'] === undefined ? DEFAULT_MAX_HISTORY_SIZE : parseSize(values['max-history-size'], '--max-history-size'),
    ...(values.jobs === undefined ? {} : { jobs: positiveInteger('--jobs', values.jobs) }),
  };
}

/** --history and --staged read one repository's diffs: one PATH at most, no demo, no baseline writing. */
function checkGitModes(values: Values, paths: string[]): void {
  if (values.history && values.staged) throw new UsageError('--history and --staged cannot be combined');
  const mode = values.history ? '--history' : values.staged ? '--staged' : undefined;
  if (!mode) {
    if (values['max-commits'] !== undefined) throw new UsageError('--max-commits needs --history');
    return;
  }
  if (paths.length > 1) throw new UsageError(`${mode} takes one PATH (a folder in the repository)`);
  if (values.demo) throw new UsageError(`${mode} cannot be combined with --demo`);
  if (values['write-baseline'] !== undefined) throw new UsageError(`${mode} cannot write a baseline; run a normal scan for that`);
  if (values.staged && values['max-commits'] !== undefined) throw new UsageError('--max-commits needs --history');
}

function colorOption(values: Values): { color?: boolean } {
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot be combined');
  return values.color ? { color: true } : values['no-color'] ? { color: false } : {};
}

/** --write-baseline writes a baseline and no report: options about reports would be silently ignored. */
function checkWriteBaseline(values: Values): void {
  if (values['write-baseline'] === undefined) return;
  for (const flag of ['baseline', 'output', 'format'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--write-baseline cannot be combined with --${flag} (it writes a baseline, no report)`);
  }
}

function rulesCommand(values: Values, ids: string[]): Command {
  if (ids.length > 1) throw new UsageError('rules takes one RULE-ID at most');
  const extra = Object.keys(values).filter(k => !['format', 'color', 'no-color'].includes(k));
  if (extra.length) throw new UsageError(`--${extra[0]} does not apply to rules`);
  const format = oneOf('--format', values.format ?? 'text', ['text', 'json'] as const);
  return { kind: 'rules', options: { format, ...(ids[0] ? { id: ids[0] } : {}) } };
}

function hookCommand(command: 'install-hook' | 'uninstall-hook', values: Values, paths: string[]): Command {
  if (paths.length) throw new UsageError(`${command} takes no PATH; run it inside the repository`);
  if (command === 'uninstall-hook') return { kind: 'uninstall-hook' };
  return { kind: 'install-hook', options: { force: !!values.force } };
}

function positiveInteger(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UsageError(`${flag} must be a whole number of at least 1 (got "${text}")`);
  return Number(text);
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`${flag} needs a file name`);
  return value;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `2mb`, `500k`, `1048576` → bytes. */
export function parseSize(text: string, flag = '--max-file-size'): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)$/i.exec(text.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : NaN;
  if (!Number.isFinite(bytes) || bytes <= 0) {
    throw new UsageError(`${flag} must be a size such as 500k or 2mb (got "${text}")`);
  }
  return bytes;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
