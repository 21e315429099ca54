/**
 * Suppression: inline ignore comments, the workspace config file and the baseline.
 * Everything is keyed by fingerprints (rule + value hash), never by line numbers,
 * so entries survive code moving around.
 */

import { jsonErrorOffset } from './jsonPosition';
import { ruleById } from './catalogue';
import { lineEndWithin, lineStartWithin } from './text';

/** How far along a line the marker is looked for (minified lines can be megabytes long). */
const MARKER_REACH = 4096;
import type { Finding, Severity } from './types';

export const IGNORE_MARKER = 'secret-hygiene:ignore';

/**
 * True when the line holding `offset`, or the line above it, carries
 * `secret-hygiene:ignore` (optionally followed by rule ids: `secret-hygiene:ignore aws-access-key-id`).
 * Works in any comment syntax because only the marker text is looked for.
 */
export function inlineIgnoreAt(text: string, offset: number, ruleId: string): boolean {
  const start = lineStartWithin(text, offset, MARKER_REACH);
  const end = lineEndWithin(text, offset, MARKER_REACH);
  if (markerCovers(text.slice(start, end), ruleId)) return true;
  if (start === 0) return false;
  // The line above ends at the break before `start`: `\n`, `\r\n` or a lone `\r`.
  let prevEnd = start - 1;
  if (text[prevEnd] === '\n' && text[prevEnd - 1] === '\r') prevEnd--;
  else if (text[prevEnd] !== '\n' && text[prevEnd] !== '\r') return false; // the window stopped mid-line: no line above in reach
  const prevStart = lineStartWithin(text, prevEnd, MARKER_REACH);
  return markerCovers(text.slice(prevStart, prevEnd), ruleId);
}

function markerCovers(line: string, ruleId: string): boolean {
  const at = line.indexOf(IGNORE_MARKER);
  if (at === -1) return false;
  const rest = line.slice(at + IGNORE_MARKER.length);
  const ids = /^[ \t]+([a-z][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z][a-z0-9-]*)*)/.exec(rest);
  if (!ids) return true;
  const listed = ids[1].split(/[ \t]*,[ \t]*/);
  // Words that are not rule ids (a trailing explanation) do not narrow the ignore.
  return listed.includes(ruleId) || !listed.some(id => id.includes('-'));
}

export type RuleSetting = Severity | 'off';

/** The workspace configuration file, `.secrethygiene.json`. */
export interface WorkspaceConfig {
  /** Glob patterns (minimatch, relative to the workspace root) of files not to scan. */
  exclude: string[];
  /**
   * Fingerprints (or value hashes) of findings accepted as not secret: the entries in force
   * (an expired entry no longer suppresses anything).
   */
  allowlist: string[];
  /** Every allowlist entry as written, with its reason and expiry (plain strings become `{ fingerprint }`). */
  allowlistEntries?: AllowlistEntry[];
  /** Per-rule on/off and severity overrides. */
  rules: Record<string, RuleSetting>;
  /** Path of the baseline file, relative to the workspace root. */
  baseline?: string;
}

export const CONFIG_FILE_NAME = '.secrethygiene.json';

/**
 * One `allowlist` entry: a fingerprint as a plain string, or an object that also says why the
 * value is accepted and until when: `{"fingerprint": "…", "reason": "…", "expires": "2027-03-31"}`.
 */
export interface AllowlistEntry {
  fingerprint: string;
  reason?: string;
  /** Last day (`YYYY-MM-DD`, inclusive) the entry suppresses its finding. */
  expires?: string;
  /** Set when `expires` is before the day the config was read for: the finding is reported again. */
  expired?: boolean;
}

/** Longest reason kept: a sentence or two, not a document. */
export const MAX_ALLOWLIST_REASON = 500;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The local calendar day of `now` as `YYYY-MM-DD` (expiry dates are days where the user is). */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class ConfigError extends Error {}

/**
 * Parses and validates `.secrethygiene.json`; errors name the field at fault. `today`
 * (`YYYY-MM-DD`, default: the local day) decides which allowlist entries have expired.
 */
export function parseWorkspaceConfig(text: string, today: string = localDay()): WorkspaceConfig {
  const data = parseJson(text, CONFIG_FILE_NAME);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${CONFIG_FILE_NAME} must hold a JSON object`);
  }
  const obj = data as Record<string, unknown>;
  const strings = (key: string): string[] => {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some(x => typeof x !== 'string')) {
      throw new ConfigError(`${CONFIG_FILE_NAME}: "${key}" must be an array of strings`);
    }
    return v as string[];
  };
  const rules: Record<string, RuleSetting> = {};
  if (obj.rules !== undefined) {
    if (!obj.rules || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      throw new ConfigError(`${CONFIG_FILE_NAME}: "rules" must be an object of rule id → "off"|"error"|"warning"|"info"`);
    }
    for (const [i, [id, setting]] of Object.entries(obj.rules as Record<string, unknown>).entries()) {
      if (setting !== 'off' && setting !== 'error' && setting !== 'warning' && setting !== 'info') {
        // The key is file text (a token pasted there would be printed): only a known rule id is
        // quoted; anything else is named by its place.
        throw new ConfigError(`${CONFIG_FILE_NAME}: "rules" entry ${i + 1}${ruleById(id) ? ` ("${id}")` : ''} must be "off", "error", "warning" or "info"${linePart(text, id)}`);
      }
      rules[id] = setting;
    }
  }
  if (obj.baseline !== undefined && typeof obj.baseline !== 'string') {
    throw new ConfigError(`${CONFIG_FILE_NAME}: "baseline" must be a path string`);
  }
  const entries = allowlistEntries(obj.allowlist, text, today);
  return {
    exclude: strings('exclude'), allowlist: entries.filter(e => !e.expired).map(e => e.fingerprint), allowlistEntries: entries, rules,
    baseline: obj.baseline as string | undefined,
  };
}

/** The `allowlist` array: strings and `{fingerprint, reason?, expires?}` objects, validated. */
function allowlistEntries(value: unknown, text: string, today: string): AllowlistEntry[] {
  if (value === undefined) return [];
  const shape = `${CONFIG_FILE_NAME}: "allowlist" must be an array of fingerprints or {"fingerprint", "reason", "expires"} objects`;
  if (!Array.isArray(value)) throw new ConfigError(shape);
  return value.map((raw: unknown, i): AllowlistEntry => {
    if (typeof raw === 'string') return { fingerprint: raw };
    // Entries are named by their place, never quoted: the file is text anyone could paste into.
    const where = `${CONFIG_FILE_NAME}: "allowlist" entry ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${shape} (entry ${i + 1} is neither)`);
    const e = raw as Record<string, unknown>;
    if (typeof e.fingerprint !== 'string' || !e.fingerprint) throw new ConfigError(`${where} needs a "fingerprint" string`);
    const entry: AllowlistEntry = { fingerprint: e.fingerprint };
    if (e.reason !== undefined) {
      if (typeof e.reason !== 'string') throw new ConfigError(`${where}: "reason" must be a string`);
      if (e.reason.length > MAX_ALLOWLIST_REASON) throw new ConfigError(`${where}: "reason" is longer than ${MAX_ALLOWLIST_REASON} characters`);
      if (e.reason.trim()) entry.reason = e.reason.trim();
    }
    if (e.expires !== undefined) {
      if (typeof e.expires !== 'string' || !isCalendarDate(e.expires)) {
        throw new ConfigError(`${where}: "expires" must be a date written YYYY-MM-DD${linePart(text, e.fingerprint)}`);
      }
      entry.expires = e.expires;
      if (e.expires < today) entry.expired = true;
    }
    return entry;
  });
}

/**
 * Version 2 baselines hold fingerprints of the masked value (docs/fingerprints.md); version 1
 * held plain hashes of the value. Both are read; what we write is version 2.
 */
export const BASELINE_VERSION = 2;

/** A baseline: the findings accepted at some point, by fingerprint. */
export interface Baseline {
  version: 1 | 2;
  /** Fingerprint → where it was seen (informational, not used for matching). */
  findings: { fingerprint: string; ruleId: string; path?: string; masked: string }[];
}

export function createBaseline(findings: readonly (Finding & { path?: string })[]): Baseline {
  const seen = new Set<string>();
  const entries: Baseline['findings'] = [];
  for (const f of findings) {
    const key = `${f.fingerprint}\0${f.path ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, ...(f.path ? { path: f.path } : {}), masked: f.masked });
  }
  entries.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.fingerprint.localeCompare(b.fingerprint));
  return { version: BASELINE_VERSION, findings: entries };
}

export function parseBaseline(text: string): Baseline {
  const obj = parseJson(text, 'baseline') as Partial<Baseline> | null;
  if (!obj || (obj.version !== 1 && obj.version !== 2) || !Array.isArray(obj.findings) || obj.findings.some(f => typeof f?.fingerprint !== 'string')) {
    throw new ConfigError(`baseline must be {"version": ${BASELINE_VERSION}, "findings": [{"fingerprint": "…"}, …]}`);
  }
  return obj as Baseline;
}

/**
 * JSON.parse, with an error that names the line and column but quotes nothing: V8's own
 * messages cite the text around the error, which may be a secret pasted into the file.
 */
function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    if (!text.trim()) throw new ConfigError(`${what} is not valid JSON (it is empty)`);
    const before = text.slice(0, Math.max(0, offset)).split(/\r\n|\r|\n/);
    throw new ConfigError(`${what} is not valid JSON (line ${before.length}, column ${before[before.length - 1].length + 1})`);
  }
}

/** ` (line N)` for the first line holding the key (a position without quoting it). */
function linePart(text: string, key: string): string {
  const at = text.indexOf(JSON.stringify(key));
  return at === -1 ? '' : ` (line ${text.slice(0, at).split(/\r\n|\r|\n/).length})`;
}

/** Drops findings that are allowlisted, baselined or switched off; applies severity overrides. */
export function applySuppressions<T extends Finding>(
  findings: readonly T[],
  config: Pick<WorkspaceConfig, 'allowlist' | 'rules'> = { allowlist: [], rules: {} },
  baseline?: Baseline,
): T[] {
  const accepted = new Set([...config.allowlist, ...(baseline?.findings.map(f => f.fingerprint) ?? [])]);
  const out: T[] = [];
  for (const f of findings) {
    const setting = config.rules[f.ruleId];
    if (setting === 'off') continue;
    // Entries written before fingerprints hid the value match the finding's legacy fingerprint.
    if (accepted.has(f.fingerprint) || accepted.has(f.valueHash) || (f.legacyFingerprint && accepted.has(f.legacyFingerprint))) continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}
