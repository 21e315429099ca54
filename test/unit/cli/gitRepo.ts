/** Real git repositories in temp folders for the --history, --staged and install-hook tests. */

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { workspace, writeFiles, type Run } from './run';

export function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** A fresh repository with a local identity (no global config needed) and no signing. */
export function repo(files: Record<string, string> = {}): string {
  const dir = workspace(files);
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

/** Writes `files`, commits them all, returns the new commit's full id. */
export function commit(dir: string, message: string, files: Record<string, string | Uint8Array>): string {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export function assertNoToken(run: Run, ...tokens: string[]): void {
  for (const t of tokens) {
    assert.ok(!run.stdout.includes(t) && !run.stderr.includes(t), 'a raw token was printed');
  }
}
