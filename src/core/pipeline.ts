/**
 * One file through the engine, the same way in every host (CLI walk, `--staged`/`--history`,
 * the extension's live and workspace scans): what kind of file it is (from its path), the
 * size cap, the binary check and decoding, the scan, the per-file checks and the suppressions
 * (allowlist, rule settings, baseline). Hosts only list files, read bytes and know git facts;
 * every decision that changes a finding is made here, so a file gets the same findings
 * whichever host looks at it.
 *
 * Host recipe:
 *
 *     if (skipByPath(path)) → skipped 'binary'
 *     if (size > maxBytes)  → skipped 'too-large'
 *     const decoded = decodeFileBytes(bytes)      // undefined: binary
 *     const { findings, baselined } = scanFileText(scanner, decoded.text, { path, git }, { config, baseline })
 *
 * (`scanFileBytes` does all four.) An open editor document skips the first three: its text is
 * already decoded; it still calls `scanFileText` with the same path and suppressions.
 */

import { runChecks, type CommitFacts } from './checks';
import { languageIdOfPath } from './fileKinds';
import type { Scanner } from './scanner';
import { applySuppressions, type Baseline, type WorkspaceConfig } from './suppress';
import type { Finding } from './types';

/** Files larger than this are skipped by default (CLI `--max-file-size`, `secretHygiene.maxFileSizeKb`). */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Bytes inspected for a NUL to call a file binary (git's own test looks at about as many). */
export const BINARY_SNIFF_BYTES = 8000;

/**
 * Caps on the files a repository controls and we parse whole (they are hostile input: a
 * `.gitignore` that is a link to `/dev/zero` must not exhaust memory).
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
export const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

/** The baseline read when `.secrethygiene.json` names none (by the CLI and the extension alike). */
export const DEFAULT_BASELINE_FILE = '.secrethygiene-baseline.json';

/** Extensions of formats that are binary or compressed: not worth reading at all. */
const BINARY_EXTENSIONS = new Set(
  ('png jpg jpeg gif bmp ico icns webp avif tif tiff psd heic svgz pdf zip gz tgz bz2 xz zst 7z rar jar war ear ' +
    'class so dylib dll exe bin o a lib obj wasm node pyc pyo whl egg woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv ' +
    'webm ogg wav flac aac sqlite sqlite3 dat iso dmg pkg deb rpm msi apk ipa lockb pack idx DS_Store').split(' '),
);

// (`.db` is left to the content's NUL check: SQLite's and Berkeley DB's files are binary, but
// Oxidized's and RANCID's `router.db` and Siemens TIA Portal's data block sources are text.)

/** True for paths whose extension names a binary format. */
export function hasBinaryExtension(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && dot > path.lastIndexOf('/') && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

/** Why a file is not scanned, decided from its path alone (before reading it). */
export function skipByPath(path: string): 'binary' | undefined {
  return hasBinaryExtension(path) ? 'binary' : undefined;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// TextDecoder exists in every host (Node, the extension host, web workers); the core's ES
// library does not declare it.
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };
let utf8: { decode(input: Uint8Array): string } | undefined;

/**
 * The file's text, or undefined when it is binary. A byte-order mark decides the encoding
 * (UTF-16 LE/BE, whose ASCII is full of NUL bytes, are text) and is not part of the text
 * (editors do not count it as a column); otherwise a NUL in the first bytes means binary and
 * the rest is read as UTF-8.
 */
export function decodeFileBytes(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0)) {
    return { text: decodeUtf16(bytes, 2, true), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, 2, false), encoding: 'utf-16be' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) if (bytes[i] === 0) return undefined;
  utf8 ??= new TextDecoder('utf-8');
  return { text: utf8.decode(bom ? bytes.subarray(bom) : bytes), encoding: 'utf-8' };
}

/** UTF-16 code units to a string, in chunks (one `fromCharCode` call per unit would be slow). */
function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean): string {
  const units = (bytes.length - from) >> 1; // an odd trailing byte is dropped
  const parts: string[] = [];
  const CHUNK = 8192;
  const buffer = new Array<number>(CHUNK);
  for (let u = 0; u < units; u += CHUNK) {
    const n = Math.min(CHUNK, units - u);
    buffer.length = n;
    for (let k = 0; k < n; k++) {
      const i = from + 2 * (u + k);
      buffer[k] = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    }
    parts.push(String.fromCharCode.apply(null, buffer));
  }
  return parts.join('');
}

export interface PipelineFile {
  /**
   * Path relative to the workspace (or scan) root, forward slashes. It alone decides the file
   * kind (config-like, tests and docs, source maps, the language for log checks).
   */
  path?: string;
  /**
   * Only for text that is not a whole file on disk (an untitled document, a notebook cell):
   * there the editor's language id is all there is. For files, hosts leave it out; an
   * editor's guess (`shellscript` for `.bash_profile`) must not give different findings.
   */
  languageId?: string;
  /** What git knows about the file, when the host knows it. */
  git?: CommitFacts;
}

export interface Suppressions {
  /** Allowlist and per-rule settings (`.secrethygiene.json`, plus any host overrides). */
  config?: Pick<WorkspaceConfig, 'allowlist' | 'rules'>;
  baseline?: Baseline;
}

export interface FileScan {
  /** What the user sees: checked, allowlisted, rule settings applied, baselined ones removed. */
  findings: Finding[];
  /** Findings hidden by the baseline only (not by the allowlist or rule settings). */
  baselined: number;
  /** Findings past the per-file cap (MAX_FINDINGS_PER_FILE): counted, not reported. */
  dropped: number;
}

/**
 * Scans one file's text: scanner, per-file checks, then suppressions. The checks run first,
 * so a severity the user set in `.secrethygiene.json` has the last word.
 */
export function scanFileText(scanner: Scanner, text: string, file: PipelineFile, suppressions: Suppressions = {}): FileScan {
  const path = file.path;
  const languageId = file.languageId ?? (path ? languageIdOfPath(path) : undefined);
  const { findings: raw, dropped } = scanner.scanCapped(text, { path, languageId });
  const checked = runChecks(raw, { path: path ?? '', text, ...(file.git ? { git: file.git } : {}) });
  const visible = applySuppressions(checked, suppressions.config);
  if (!suppressions.baseline) return { findings: visible, baselined: 0, dropped };
  const kept = applySuppressions(visible, undefined, suppressions.baseline);
  return { findings: kept, baselined: visible.length - kept.length, dropped };
}

export type BytesScan =
  | ({ kind: 'scanned'; encoding: TextEncodingName; chars: number } & FileScan)
  | { kind: 'binary' | 'too-large' };

export interface BytesScanOptions extends Suppressions {
  /** Size cap in bytes (default DEFAULT_MAX_FILE_BYTES). */
  maxBytes?: number;
}

/** The whole per-file pipeline from bytes: path check, size cap, binary check and decoding, scan. */
export function scanFileBytes(scanner: Scanner, bytes: Uint8Array, file: PipelineFile & { path: string }, options: BytesScanOptions = {}): BytesScan {
  if (skipByPath(file.path)) return { kind: 'binary' };
  if (bytes.length > (options.maxBytes ?? DEFAULT_MAX_FILE_BYTES)) return { kind: 'too-large' };
  const decoded = decodeFileBytes(bytes);
  if (!decoded) return { kind: 'binary' };
  return { kind: 'scanned', encoding: decoded.encoding, chars: decoded.text.length, ...scanFileText(scanner, decoded.text, file, options) };
}
