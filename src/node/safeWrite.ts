/**
 * Writing report and baseline files where a repository may have planted a symbolic link
 * (`results.sarif` → `~/.bashrc`): never write through a link. The text goes to a new
 * temporary file in the same folder (created exclusively, so an existing name or link there is
 * never opened) and is then renamed over the destination, which replaces a regular file and
 * never follows anything. A destination that is a link or a folder is refused; an existing
 * character device or pipe (`--output /dev/null`, a FIFO a CI step reads) is written in place,
 * opened without following links and without creating anything.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

export class UnsafeWriteError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`cannot write ${file}: ${reason}`);
  }
}

/** Writes `text` to `file` atomically, refusing to write through a symbolic link. */
export function writeFileNoFollow(file: string, text: string | Uint8Array): void {
  const abs = path.resolve(file);
  let mode: number | undefined;
  try {
    const stat = fs.lstatSync(abs);
    if (stat.isSymbolicLink()) throw new UnsafeWriteError(file, 'it is a symbolic link; remove it or choose another file name');
    if (stat.isCharacterDevice() || stat.isFIFO()) return writeInPlace(file, abs, text);
    if (!stat.isFile()) throw new UnsafeWriteError(file, 'it is not a regular file');
    mode = stat.mode & 0o7777; // keep an existing file's permissions
  } catch (e) {
    if (e instanceof UnsafeWriteError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UnsafeWriteError(file, code ?? 'error');
  }
  const temp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    // 'wx': O_CREAT | O_EXCL, which fails on any existing name, a link included.
    fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), mode ?? 0o666);
  } catch (e) {
    throw new UnsafeWriteError(file, (e as NodeJS.ErrnoException).code ?? 'error');
  }
  try {
    try {
      fs.writeFileSync(fd, text);
      if (mode !== undefined) fs.fchmodSync(fd, mode); // the umask applied at creation; an existing file's mode wins
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, abs);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new UnsafeWriteError(file, (e as NodeJS.ErrnoException).code ?? 'error');
  }
}

/** Writes into an existing device or pipe: no creation, no link followed. */
function writeInPlace(file: string, abs: string, text: string | Uint8Array): void {
  let fd: number;
  try {
    fd = fs.openSync(abs, fs.constants.O_WRONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    throw new UnsafeWriteError(file, (e as NodeJS.ErrnoException).code ?? 'error');
  }
  try {
    fs.writeFileSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}
