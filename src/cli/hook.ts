/**
 * `install-hook` / `uninstall-hook`: a git pre-commit hook that runs `scan --staged` and blocks
 * the commit on findings at warning or above.
 *
 * How the hook calls us: by the absolute path of the node binary and of this very CLI file
 * (dist/cli.js) that ran `install-hook`. That works without a package.json in the repository,
 * offline, and from GUI git clients whose PATH lacks npx. If that file is gone later (package
 * moved or removed), the hook falls back to `npx --no-install secret-hygiene` (a project-local
 * install), and if that fails too it blocks with a message saying so; it never downloads.
 *
 * The hooks folder comes from `git rev-parse --git-path hooks`, which honours core.hooksPath.
 * A pre-commit hook we did not write is never replaced silently: without --force we refuse;
 * with --force it is renamed to a backup first.
 */

import { spawnSync } from 'node:child_process';
import { safeGitArgs } from '../node/git';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HookOptions } from './args';
import { CliError } from './scan';

/** Marks a hook as ours (checked before replacing or removing one). */
const MARKER = '# secret-hygiene pre-commit hook';

export function installHook(cwd: string, options: HookOptions): string {
  const file = path.join(hooksDir(cwd), 'pre-commit');
  const notes: string[] = [];
  const existing = readIfExists(file);
  if (existing !== undefined && !existing.includes(MARKER)) {
    if (!options.force) {
      throw new CliError(`${file} exists and was not written by secret-hygiene; not replacing it. ` +
        'Call `secret-hygiene scan --staged` from that hook yourself, or run install-hook --force (the old hook is backed up).');
    }
    const backup = freeName(`${file}.secret-hygiene-backup`);
    fs.renameSync(file, backup);
    notes.push(`Backed up the existing hook to ${backup}`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, hookScript(cliPath(), process.execPath), { mode: 0o755 });
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
  const backup = `${file}.secret-hygiene-backup`;
  const hint = fs.existsSync(backup) ? ` The hook it replaced is still at ${backup}; rename it to pre-commit to restore it.` : '';
  return `Removed ${file}.${hint}\n`;
}

function hooksDir(cwd: string): string {
  const r = spawnSync('git', safeGitArgs('rev-parse', '--git-path', 'hooks'), { cwd, encoding: 'utf8' });
  if (r.error) throw new CliError('git is not installed or not on PATH');
  if (r.status !== 0) throw new CliError(`not inside a git repository: ${cwd}`);
  return path.resolve(cwd, r.stdout.trim());
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

function hookScript(cli: string, node: string): string {
  return `#!/bin/sh
${MARKER}: written by \`secret-hygiene install-hook\`; \`secret-hygiene uninstall-hook\` removes it.
# Scans only the lines this commit adds and blocks it on findings at warning or above.
CLI=${shellQuote(cli)}
NODE=${shellQuote(node)}
[ -x "$NODE" ] || NODE=node
if [ -f "$CLI" ]; then
  "$NODE" "$CLI" scan --staged --fail-on warning
else
  npx --no-install secret-hygiene scan --staged --fail-on warning
fi
status=$?
[ "$status" -eq 0 ] && exit 0
if [ "$status" -eq 1 ]; then
  cat >&2 <<'EOF'

Commit blocked by secret-hygiene: the staged changes add the secrets listed above.
  Fix: read them from the environment or a secret manager, then git add the files again
       (and rotate any key that was ever pushed).
  False positive: add a "secret-hygiene:ignore" comment on that line, or add its fingerprint
       (secret-hygiene scan --staged --format json) to "allowlist" in .secrethygiene.json.
  Commit anyway, consciously: git commit --no-verify
EOF
else
  cat >&2 <<'EOF'

Commit blocked: secret-hygiene could not scan the staged changes (see the message above).
  Reinstall the hook (secret-hygiene install-hook) or, consciously: git commit --no-verify
EOF
fi
exit 1
`;
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
