/**
 * `install-hook` / `uninstall-hook`: a git pre-commit hook that runs `scan --staged` and blocks
 * the commit on findings at warning or above.
 *
 * How the hook calls us: by the absolute path of the node binary and of this very CLI file
 * (dist/cli.js) that ran `install-hook`. That works without a package.json in the repository,
 * offline, and from GUI git clients whose PATH lacks npx. If that file is gone later (package
 * moved or removed), the hook tries the project's own `node_modules/secret-hygiene`, then
 * `secret-hygiene` on PATH. It never runs npx: npx may ask the registry, and its failures exit
 * 1, which a hook would read as "found secrets". A scan that could not run exits 2 and says how
 * to repair the hook.
 *
 * The hooks folder comes from `git rev-parse --git-path hooks`, which honours core.hooksPath.
 * A pre-commit hook we did not write is never replaced silently: without --force we refuse;
 * with --force it is moved aside and our hook runs it after the scan (chained). Where husky or
 * lefthook manage the hooks, we print the line to add to their configuration instead.
 */

import { spawnSync } from 'node:child_process';
import { safeGitArgs } from '../node/git';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HookOptions } from './args';
import { CliError } from './scan';

/** Marks a hook as ours (checked before replacing or removing one). */
const MARKER = '# secret-hygiene pre-commit hook';
/** The line of our hook naming the hook it chains (the one --force moved aside). */
const PREVIOUS_LINE = /^PREVIOUS='((?:[^']|'\\'')*)'$/m;

export function installHook(cwd: string, options: HookOptions): string {
  const dir = hooksDir(cwd);
  const file = path.join(dir, 'pre-commit');
  const notes: string[] = [];
  const existing = readIfExists(file);
  const manager = hookManager(cwd, dir, existing);
  if (manager && !options.force) return managerAdvice(manager, cwd);
  // Reinstalling over our own hook keeps the hook it chains.
  let previous = existing?.includes(MARKER) ? chained(existing) : undefined;
  if (existing !== undefined && !existing.includes(MARKER)) {
    if (!options.force) {
      throw new CliError(`${file} exists and was not written by secret-hygiene; not replacing it. ` +
        'Call `secret-hygiene scan --staged` from that hook yourself, or run install-hook --force ' +
        '(the old hook is kept and runs after the scan).');
    }
    previous = freeName(`${file}.secret-hygiene-backup`);
    fs.renameSync(file, previous);
    notes.push(`Moved the existing hook to ${previous}; it still runs, after the scan.`);
    if (manager) notes.push(`${manager.name} may rewrite ${file}: better keep the scan in ${manager.name} itself.`, managerLine(manager, cwd));
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, hookScript(cliPath(), process.execPath, previous), { mode: 0o755 });
  fs.chmodSync(file, 0o755); // writeFileSync's mode only applies to new files
  notes.push(`Installed the pre-commit hook: ${file}`,
    'Each commit now scans its staged lines and stops on findings at warning or above.',
    'Bypass it once, consciously: git commit --no-verify');
  return notes.join('\n') + '\n';
}

export function uninstallHook(cwd: string): string {
  const file = path.join(hooksDir(cwd), 'pre-commit');
  const existing = readIfExists(file);
  if (existing === undefined) return `No pre-commit hook at ${file}; nothing to remove.\n`;
  if (!existing.includes(MARKER)) throw new CliError(`${file} was not written by secret-hygiene; leaving it alone.`);
  fs.unlinkSync(file);
  // The hook we chained goes back where it was.
  const previous = chained(existing);
  if (previous && fs.existsSync(previous)) {
    fs.renameSync(previous, file);
    return `Removed the secret-hygiene hook and put back the hook it chained: ${file}\n`;
  }
  return `Removed ${file}.\n`;
}

function hooksDir(cwd: string): string {
  const r = spawnSync('git', safeGitArgs('rev-parse', '--git-path', 'hooks'), { cwd, encoding: 'utf8' });
  if (r.error) throw new CliError('git is not installed or not on PATH');
  if (r.status !== 0) throw new CliError(`not inside a git repository: ${cwd}`);
  return path.resolve(cwd, r.stdout.trim());
}

interface HookManager {
  name: 'husky' | 'lefthook';
  /** Where the user's own pre-commit commands live, relative to the repository. */
  config: string;
}

const LEFTHOOK_CONFIGS = ['lefthook.yml', '.lefthook.yml', 'lefthook.yaml', '.lefthook.yaml'];

/**
 * husky (core.hooksPath inside `.husky`) and lefthook (its config file, or a hook calling it)
 * own the hooks folder: a hook file written there is overwritten by their next install, so the
 * scan belongs in their configuration.
 */
function hookManager(cwd: string, dir: string, existing: string | undefined): HookManager | undefined {
  if (dir.split(path.sep).includes('.husky')) return { name: 'husky', config: '.husky/pre-commit' };
  const top = gitTop(cwd);
  const lefthookConfig = top ? LEFTHOOK_CONFIGS.find(name => fs.existsSync(path.join(top, name))) : undefined;
  if (lefthookConfig || /\blefthook\b/.test(existing ?? '')) return { name: 'lefthook', config: lefthookConfig ?? 'lefthook.yml' };
  return undefined;
}

/** The command a hook manager runs: this project's own install when we are one, else PATH's. */
function managedCommand(cwd: string): string {
  const top = gitTop(cwd);
  const local = !!top && cliPath().startsWith(path.join(fs.realpathSync(top), 'node_modules') + path.sep);
  return `${local ? 'node_modules/.bin/' : ''}secret-hygiene scan --staged`;
}

function managerLine(manager: HookManager, cwd: string): string {
  return manager.name === 'husky'
    ? `Add this line to ${manager.config}:\n  ${managedCommand(cwd)}`
    : `Add this under pre-commit: commands: in ${manager.config}:\n  secret-hygiene: { run: ${managedCommand(cwd)} }`;
}

function managerAdvice(manager: HookManager, cwd: string): string {
  return `${manager.name} manages this repository's git hooks, so no hook file was written.\n` +
    `${managerLine(manager, cwd)}\n` +
    '(install-hook --force writes our hook anyway and runs the existing one after the scan.)\n';
}

function gitTop(cwd: string): string | undefined {
  const r = spawnSync('git', safeGitArgs('rev-parse', '--show-toplevel'), { cwd, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

/** The CLI file that is running now (dist/cli.js when installed or built). */
function cliPath(): string {
  const script = process.argv[1] ?? '';
  try {
    return fs.realpathSync(script);
  } catch {
    return path.resolve(script);
  }
}

/** Exit codes: 0 clean, 1 findings, 2 the scan could not run (never reported as findings). */
function hookScript(cli: string, node: string, previous: string | undefined): string {
  return `#!/bin/sh
${MARKER}: written by \`secret-hygiene install-hook\`; \`secret-hygiene uninstall-hook\` removes it.
# Scans only the lines this commit adds and blocks it on findings at warning or above.
# Never downloads anything: it runs the CLI that installed it, else this project's
# node_modules/secret-hygiene, else secret-hygiene on PATH.
CLI=${shellQuote(cli)}
NODE=${shellQuote(node)}
PREVIOUS=${shellQuote(previous ?? '')}
[ -x "$NODE" ] || NODE=node
if [ ! -f "$CLI" ]; then
  CLI="$(git rev-parse --show-toplevel 2>/dev/null)/node_modules/secret-hygiene/dist/cli.js"
fi
if [ -f "$CLI" ]; then
  "$NODE" "$CLI" scan --staged --fail-on warning
  status=$?
elif command -v secret-hygiene >/dev/null 2>&1; then
  secret-hygiene scan --staged --fail-on warning
  status=$?
else
  echo "secret-hygiene: not found (gone from where the hook was installed, not in node_modules, not on PATH)" >&2
  status=127
fi
if [ "$status" -eq 1 ]; then
  cat >&2 <<'EOF'

Commit blocked by secret-hygiene: the staged changes add the secrets listed above.
  Fix: read them from the environment or a secret manager, then git add the files again
       (and rotate any key that was ever pushed).
  False positive: add a "secret-hygiene:ignore" comment on that line, or add its fingerprint
       (secret-hygiene scan --staged --format json) to "allowlist" in .secrethygiene.json.
  Commit anyway, consciously: git commit --no-verify
EOF
  exit 1
fi
if [ "$status" -ne 0 ]; then
  cat >&2 <<'EOF'

Commit blocked: secret-hygiene could not run, so the staged changes were NOT scanned
(this is not a finding). Repair the hook: install secret-hygiene again (as a dev
dependency of this project or globally), then run in this repository:
  npx --no-install secret-hygiene install-hook   (global install: secret-hygiene install-hook)
Commit without the scan, consciously: git commit --no-verify
EOF
  exit 2
fi
if [ -n "$PREVIOUS" ] && [ -x "$PREVIOUS" ]; then
  "$PREVIOUS" "$@" || exit $?
fi
exit 0
`;
}

/** The chained hook's path recorded in one of our hooks. */
function chained(hook: string): string | undefined {
  const quoted = PREVIOUS_LINE.exec(hook)?.[1];
  return quoted ? quoted.replace(/'\\''/g, "'") : undefined;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function freeName(base: string): string {
  if (!fs.existsSync(base)) return base;
  for (let i = 1; ; i++) if (!fs.existsSync(`${base}.${i}`)) return `${base}.${i}`;
}
