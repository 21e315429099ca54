/**
 * The per-file work the extension hands to its scan workers (src/node/scanPool.ts), as one
 * function that runs the same on a worker thread and inline: what a worker returns is what the
 * extension host would have computed itself. Two kinds of job:
 *
 * - `text`: an open document's text (the live scan): the scanner, then the per-file checks; the
 *   raw result comes back too, for the incremental re-scans that follow edits.
 * - `file`: a file on disk (the workspace scan): read by the worker itself (bounded, never through
 *   a link), then the core per-file pipeline (`scanFileBytes`). `bytes` carries the content when
 *   the host read it (a virtual file system the worker cannot see).
 *
 * Suppressions and git facts stay with the host: they are per-folder state it keeps current.
 */

import { runChecks, scanFileBytes, type BytesScan, type Finding, type ScanControl, type Scanner } from '../core';
import { readBounded } from './safeRead';

export type ScanJob =
  | { kind: 'text'; text: string; path?: string; languageId?: string }
  | { kind: 'file'; fsPath: string; path: string; maxBytes: number }
  | { kind: 'bytes'; bytes: Uint8Array; path: string; maxBytes: number };

export type TextScanResult = { kind: 'text'; raw: Finding[]; findings: Finding[] };
/** `not-a-file`: a link or special file (not followed, as in the CLI); `unreadable`: the OS said no. */
export type FileScanResult = { kind: 'file'; scan: BytesScan | { kind: 'not-a-file' } | { kind: 'unreadable'; code: string } };
export type ScanJobResult = TextScanResult | FileScanResult;

/** `control` can stop a document's scan early (a newer one replaced it); files are short and run whole. */
export function runScanJob(scanner: Scanner, job: ScanJob, control: ScanControl = {}): ScanJobResult {
  switch (job.kind) {
    case 'text': {
      const context = { path: job.path, languageId: job.languageId };
      const raw = scanner.scan(job.text, context, control);
      return { kind: 'text', raw, findings: runChecks(raw, { path: job.path ?? '', text: job.text }) };
    }
    case 'file': {
      const read = readBounded(job.fsPath, job.maxBytes);
      if (read.kind === 'too-large') return { kind: 'file', scan: { kind: 'too-large' } };
      if (read.kind === 'not-a-file') return { kind: 'file', scan: { kind: 'not-a-file' } };
      if (read.kind === 'unreadable') return { kind: 'file', scan: { kind: 'unreadable', code: read.code } };
      return { kind: 'file', scan: scanFileBytes(scanner, read.bytes, { path: job.path }, { maxBytes: job.maxBytes }) };
    }
    case 'bytes':
      return { kind: 'file', scan: scanFileBytes(scanner, job.bytes, { path: job.path }, { maxBytes: job.maxBytes }) };
  }
}
