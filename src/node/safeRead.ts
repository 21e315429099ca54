/**
 * Reading what a repository controls without trusting it. Config, ignore and baseline files
 * are read only when they are regular files inside the workspace (no symbolic link, no device,
 * no FIFO, no path leaving the root), and never more than a cap: a committed `.gitignore`
 * linked to `/dev/zero` must not exhaust memory, and a baseline path of `../../etc/…` must not
 * be read. Scanned files are read with the same bounded, non-blocking, no-follow read, so a
 * special file (`/proc`, a FIFO) cannot hang a scan.
 *
 * Error messages name the file and the reason, never its content.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Why a file the repository controls was refused (or could not be read). */
export class UnsafeFileError extends Error {
  /** Set when the file's status could not be read at all (EACCES: a folder on the way is not searchable). */
  code?: string;
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** Not following links, not waiting on FIFOs or devices (flags that do not exist read as 0). */
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

export interface WorkspaceReadOptions {
  /** Largest size accepted, in bytes; a larger file is refused. */
  maxBytes: number;
  /** What the file is, for messages ("baseline", "ignore file"). */
  what: string;
}

/**
 * The text of `file` (absolute, or relative to `root`) when it is a regular file inside `root`
 * and at most `maxBytes` long; undefined when it does not exist. Anything else throws an
 * UnsafeFileError saying why: a symbolic link (git does not follow a committed `.gitignore`
 * link either), not a regular file, outside the workspace, too large, unreadable.
 */
export function readWorkspaceFile(root: string, file: string, options: WorkspaceReadOptions): string | undefined {
  const abs = path.resolve(root, file);
  const shown = displayName(root, abs);
  if (!isInside(path.resolve(root), abs)) throw new UnsafeFileError(shown, `the ${options.what} must be inside the workspace`);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    const error = new UnsafeFileError(shown, `cannot read the ${options.what} (${code ?? 'error'})`);
    error.code = code;
    throw error;
  }
  if (stat.isSymbolicLink()) throw new UnsafeFileError(shown, `the ${options.what} is a symbolic link; not following it`);
  if (!stat.isFile()) throw new UnsafeFileError(shown, `the ${options.what} is not a regular file`);
  // A folder on the way may be a link out of the workspace (`config/` → `/etc`).
  if (!isInside(realpath(root), realpath(abs))) throw new UnsafeFileError(shown, `the ${options.what} is outside the workspace (through a linked folder)`);
  const read = readBounded(abs, options.maxBytes);
  if (read.kind === 'too-large') throw new UnsafeFileError(shown, `the ${options.what} is larger than ${formatSize(options.maxBytes)}; not reading it`);
  if (read.kind !== 'read') throw new UnsafeFileError(shown, `cannot read the ${options.what} (${read.kind === 'unreadable' ? read.code : 'not a regular file'})`);
  return decodeUtf8(read.bytes);
}

export type BoundedRead =
  | { kind: 'read'; bytes: Buffer }
  | { kind: 'too-large' }
  | { kind: 'not-a-file' }
  | { kind: 'unreadable'; code: string };

/**
 * At most `maxBytes` of a regular file, read through one descriptor opened without following
 * a link and without blocking; the descriptor's own stat confirms it is a regular file (the
 * path may have been swapped since it was listed). Reads up to `maxBytes + 1` bytes whatever
 * the stat size says: `/proc` files report size 0 and still have content, and a file may grow.
 */
export function readBounded(abs: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = fs.openSync(abs, READ_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ELOOP' ? { kind: 'not-a-file' } : { kind: 'unreadable', code };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-a-file' };
    if (stat.size > maxBytes) return { kind: 'too-large' };
    // The stated size plus one byte to see the end (or growth); size-0 special files start small.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size > 0 ? stat.size + 1 : 4096));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const n = fs.readSync(fd, chunk, length, chunk.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { kind: 'too-large' };
    return { kind: 'read', bytes: chunk.subarray(0, length) };
  } catch (e) {
    return { kind: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    fs.closeSync(fd);
  }
}

function decodeUtf8(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function displayName(root: string, abs: string): string {
  const rel = path.relative(root, abs);
  return isInside(root, abs) && rel ? rel.split(path.sep).join('/') : abs;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
