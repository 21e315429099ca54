/**
 * One file of a CLI scan, as the main thread and the `--jobs` workers both run it: a module of
 * its own so that the scan and its workers import it, not each other.
 */

import { scanFileBytes, type CommitFacts, type Finding, type Scanner } from '../core';
import { readBounded } from '../node/safeRead';
import type { SkipReason } from './walk';

/** What scanning one file gives, before suppressions: computed in-process or on a worker thread. */
export type FileScan = { skip: SkipReason } | { bytes: number; findings: Finding[]; dropped: number };

/** One listed file to scan, and what git knows about it (for the committed-secret check). */
export interface FileJob {
  abs: string;
  rel: string;
  maxBytes: number;
  git?: CommitFacts;
}

/**
 * One listed file through the core pipeline: a bounded read (no link followed, never more than
 * the size cap, even from a file that reports size 0 such as those in /proc), then
 * `scanFileBytes` with the git facts the walk knows. Self-contained (a scanner and one job):
 * what a worker of a parallel scan calls per file. Suppressions are applied by the caller,
 * which holds each root's config and baseline.
 */
export function scanOneFile(scanner: Scanner, job: FileJob): FileScan {
  const read = readBounded(job.abs, job.maxBytes);
  if (read.kind !== 'read') return { skip: read.kind };
  const scanned = scanFileBytes(scanner, read.bytes, { path: job.rel, git: job.git }, { maxBytes: job.maxBytes });
  if (scanned.kind !== 'scanned') return { skip: scanned.kind };
  return { bytes: read.bytes.length, findings: scanned.findings, dropped: scanned.dropped };
}
