/**
 * Runs a secret manager's store command (`StoreInvocation` from core) without a shell. The
 * value never goes on the command line: it is written to the CLI's stdin, or to a temporary
 * file only the user can read (0600, in a fresh 0700 folder under `os.tmpdir()`) whose path
 * the CLI is given, and which is removed as soon as the CLI exits, whatever happened.
 *
 * Finding the executable is the caller's job: it passes an absolute path resolved outside
 * the workspace, so a repository cannot plant an `aws` that receives the secret.
 */

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { redactText, type StoreInvocation } from '../core';

export interface StoreResult {
  /** The exit code; null when the CLI could not be started or was killed (timeout). */
  code: number | null;
  /** stdout and stderr interleaved, the last 64 KB, with `input` and `redact` masked. */
  output: string;
}

export interface StoreOptions {
  cwd?: string;
  /** Kill the CLI after this long (default 2 minutes: some CLIs prompt for a login). */
  timeoutMs?: number;
  /** Further strings to mask in the output, e.g. the raw value when `input` is a template. */
  redact?: readonly string[];
}

const OUTPUT_CAP = 64 * 1024;

/** The argv the CLI gets for `invocation`, given the temporary file's path when it uses one. */
export function storeArgs(invocation: StoreInvocation, file?: string): string[] {
  if (invocation.input.via === 'stdin') return [...invocation.args];
  if (file === undefined) throw new Error(`${invocation.executable} reads the value from a file: a path is needed`);
  return [...invocation.args, invocation.input.flag, invocation.input.prefix + file];
}

/** Runs `invocation` with `executablePath`, handing it `input` (the secret, or a template holding it). */
export async function runStoreInvocation(executablePath: string, invocation: StoreInvocation, input: string, options: StoreOptions = {}): Promise<StoreResult> {
  if (!path.isAbsolute(executablePath)) return { code: null, output: `not run: ${executablePath} is not an absolute path` };
  // Windows runs .cmd/.bat files only through cmd.exe, which would parse the arguments again.
  if (process.platform === 'win32' && /\.(cmd|bat)$/i.test(executablePath)) {
    return { code: null, output: `not run: ${path.basename(executablePath)} is a batch file, which Windows runs only through a shell` };
  }
  const dir = invocation.input.via === 'file' ? fs.mkdtempSync(path.join(os.tmpdir(), 'secret-hygiene-')) : undefined;
  try {
    let file: string | undefined;
    if (dir) {
      fs.chmodSync(dir, 0o700);
      file = path.join(dir, 'value');
      // 'wx': created here, never an existing file or link; 0600 before any byte is written.
      fs.writeFileSync(file, input, { mode: 0o600, flag: 'wx' });
    }
    const result = await run(executablePath, storeArgs(invocation, file), file ? undefined : input, options);
    return { ...result, output: redactText(result.output, [input, ...options.redact ?? []]) };
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(executable: string, args: string[], stdin: string | undefined, options: StoreOptions): Promise<StoreResult> {
  return new Promise(resolve => {
    const child = spawn(executable, args, {
      cwd: options.cwd, shell: false, windowsHide: true, timeout: options.timeoutMs ?? 120_000,
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (d: Buffer) => { output = (output + d.toString()).slice(-OUTPUT_CAP); };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    let settled = false;
    const done = (r: StoreResult) => { if (!settled) { settled = true; resolve(r); } };
    child.on('error', e => done({ code: null, output: e.message }));
    child.on('close', code => done({ code, output }));
    if (stdin !== undefined) {
      child.stdin!.on('error', () => undefined); // the CLI may exit before reading stdin
      child.stdin!.end(stdin);
    }
  });
}
