/**
 * Running a secret manager's CLI ("Run it now") without letting the workspace choose the
 * program: a repository can ship its own `op`, `op.cmd` or `vault` and, if PATH holds `.` or a
 * folder inside the workspace, that copy would run first and receive the secret on stdin.
 *
 * So the program is looked up on PATH by hand, skipping relative entries and every entry (or
 * candidate file) that lies inside a workspace folder, symlinks resolved; it is run with an
 * argument array and no shell; `.cmd`/`.bat` files (which Windows can only run through a
 * shell) are not accepted.
 */

import * as fs from 'fs';
import * as path from 'path';
import { isInside } from './workspacePath';

export interface ResolveOptions {
  /** The PATH value (`process.env.PATH`). */
  pathEnv: string | undefined;
  /** Absolute paths of the workspace folders: nothing inside them may run. */
  workspaceFolders: readonly string[];
  platform?: NodeJS.Platform;
}

/** Windows extensions that run without a shell, in lookup order. */
const WINDOWS_EXTENSIONS = ['.exe', '.com'];

/**
 * The absolute path of the program `name` outside every workspace folder, or undefined.
 * `name` must be a bare program name (`op`, `aws`), never a path.
 */
export function resolveExecutable(name: string, options: ResolveOptions): string | undefined {
  const platform = options.platform ?? process.platform;
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return undefined;
  const folders = options.workspaceFolders.map(f => realOrResolved(f, p));
  const names = platform === 'win32'
    ? (WINDOWS_EXTENSIONS.includes(p.extname(name).toLowerCase()) ? [name] : WINDOWS_EXTENSIONS.map(ext => name + ext))
    : [name];
  for (const entry of (options.pathEnv ?? '').split(p.delimiter)) {
    // Relative entries (`.`, `bin`, empty = current directory) resolve against the working
    // directory, which is the workspace.
    const dir = platform === 'win32' ? entry.replace(/^"(.*)"$/, '$1') : entry;
    if (!dir || !p.isAbsolute(dir)) continue;
    if (isInside(realOrResolved(dir, p), folders, p)) continue;
    for (const candidate of names.map(n => p.join(dir, n))) {
      // The file itself may be a symlink into the workspace.
      const real = realPath(candidate);
      if (real === undefined || isInside(real, folders, p)) continue;
      if (isExecutableFile(real, platform)) return candidate;
    }
  }
  return undefined;
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return undefined;
  }
}

function realOrResolved(dir: string, p: path.PlatformPath): string {
  return realPath(dir) ?? p.resolve(dir);
}

function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits a command line of plain words and single-quoted words (what our store commands are
 * made of) into arguments. Anything a shell would interpret (other quotes, `$`, backticks,
 * `;`, `|`, `&`, redirections, globs, backslashes outside quotes) is refused: undefined.
 */
export function splitCommandLine(command: string): string[] | undefined {
  const args: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === ' ' || c === '\t') {
      if (current !== undefined) args.push(current);
      current = undefined;
    } else if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return undefined;
      current = (current ?? '') + command.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && command[i + 1] === "'") {
      // `'\''`: a quote inside a single-quoted argument.
      current = (current ?? '') + "'";
      i++;
    } else if (/[A-Za-z0-9@%+=:,./_-]/.test(c)) {
      current = (current ?? '') + c;
    } else {
      return undefined;
    }
  }
  if (current !== undefined) args.push(current);
  return args.length ? args : undefined;
}
