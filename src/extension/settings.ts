/**
 * Typed, live read of the `secretHygiene.*` settings. Read per resource on every use, never
 * cached in a global: most settings are resource-scoped (multi-root workspaces differ per folder).
 */

import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_BYTES, type RuleSetting, type SecretManager } from '../core';
import { SETTINGS_SECTION } from './ids';

export interface Settings {
  /** Scan open documents as the user types. */
  enable: boolean;
  /** Delay after the last keystroke before a document is re-scanned. */
  debounceMs: number;
  /** Rule id → severity or `off`; wins over `.secrethygiene.json`. */
  severityOverrides: Record<string, RuleSetting>;
  /** Minimatch globs (workspace-relative) of files not to scan; merged with `files.exclude` for scans. */
  exclude: string[];
  /** Env file the "move to .env" fix writes to, relative to the workspace folder. */
  envFile: string;
  secretReferenceProvider: SecretManager;
  customReferenceTemplate: string;
  writeEnvExample: boolean;
  scanOnStartup: boolean;
  /** Files larger than this are skipped by workspace scans (and reported as skipped). */
  maxFileSizeKb: number;
  /** "Scan Git History" reads at most this many commits (newest first). */
  historyMaxCommits: number;
}

const SEVERITY_VALUES = new Set(['error', 'warning', 'info', 'off']);

export function readSettings(resource?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, resource);
  // `window`-scoped settings are read without a resource: VS Code logs a warning otherwise.
  const w = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    enable: c.get('enable', true),
    debounceMs: clamp(w.get('debounceMs', 200), 0, 5000),
    severityOverrides: validOverrides(c.get('severityOverrides', {})),
    exclude: c.get<string[]>('exclude', []).filter(g => typeof g === 'string' && g.trim() !== ''),
    envFile: c.get('envFile', '.env'),
    secretReferenceProvider: c.get<SecretManager>('secretReferenceProvider', '1password'),
    customReferenceTemplate: c.get('customReferenceTemplate', ''),
    writeEnvExample: c.get('writeEnvExample', false),
    scanOnStartup: w.get('scanOnStartup', true),
    maxFileSizeKb: clamp(c.get('maxFileSizeKb', DEFAULT_MAX_FILE_BYTES / 1024), 1, 1024 * 1024),
    historyMaxCommits: clamp(c.get('historyMaxCommits', 1000), 1, 1_000_000),
  };
}

/** Drops entries with unknown values instead of failing: a typo must not disable scanning. */
function validOverrides(raw: unknown): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string' && SEVERITY_VALUES.has(v)) out[id] = v as RuleSetting;
  }
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

/** Globs from `files.exclude` / `search.exclude` that are switched on (`true`, not a `when` clause). */
export function editorExcludeGlobs(resource?: vscode.Uri): string[] {
  const globs: string[] = [];
  for (const section of ['files', 'search']) {
    const map = vscode.workspace.getConfiguration(section, resource).get<Record<string, unknown>>('exclude', {});
    for (const [glob, on] of Object.entries(map)) if (on === true) globs.push(glob);
  }
  return [...new Set(globs)];
}
