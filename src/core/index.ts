/**
 * The engine's public surface. Hosts (extension, CLI, workers) import from here only.
 */

import { RULES } from './catalogue';
import { Scanner, type ScannerOptions } from './scanner';
import type { Finding, ScanContext } from './types';

export * from './types';
export { RULES, ruleById } from './catalogue';
export { Scanner, MAX_FINDINGS_PER_FILE, type CappedScan, type ScanControl, type ScannerOptions } from './scanner';
export { maskSecret, maskCode, escapeControls, fingerprint, valueHash, redactText, type Masked } from './redact';
export * from './suppress';
export { expiryProblem, withAllowlistEntry, type AllowlistAnswers } from './allowlist';
export { configWarnings } from './configWarnings';
export { isLockfile, isTestOrExamplePath, commentStyleFor, isConfigLike, isEnvFile, isEnvTemplate, languageIdOfPath } from './fileKinds';
export * from './pipeline';
export { toEnvName } from './text';
// Hashing for report fingerprints and the demo's checksummed fakes.
export { sha256Hex, crc32, base62, utf8Bytes } from './hash';
export * from './fix';
export * from './checks';
export * from './score';
export { addChange, rescanRegion, INCREMENTAL_MIN_CHARS, type DirtyRegion, type TextChange, type IncrementalInput } from './incremental';

let defaultScanner: Scanner | undefined;

/** Scans one text with every rule and default options. */
export function scanText(text: string, context: ScanContext = {}): Finding[] {
  defaultScanner ??= new Scanner(RULES);
  return defaultScanner.scan(text, context);
}

export function createScanner(options: ScannerOptions = {}): Scanner {
  return new Scanner(RULES, options);
}
