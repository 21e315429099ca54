/**
 * Warnings about `.secrethygiene.json` entries that parse but do nothing: unknown keys (a typo
 * such as "exlude" silently scans everything) and rule ids that name no rule. They name the key
 * or id, never a value, since the file may hold fingerprints or worse.
 */

import { RULES } from './catalogue';
import { CONFIG_FILE_NAME, isCalendarDate, localDay } from './suppress';

const KNOWN_KEYS = ['exclude', 'allowlist', 'rules', 'baseline', '$schema'];
const ENTRY_KEYS = ['fingerprint', 'reason', 'expires'];

/**
 * One line per ignored entry, and per allowlist entry that expired before `today` (its finding
 * is reported again); empty for a valid file (or one parseWorkspaceConfig rejects).
 */
export function configWarnings(text: string, today: string = localDay()): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const obj = data as Record<string, unknown>;
  const warnings: string[] = [];
  for (const key of Object.keys(obj)) {
    if (KNOWN_KEYS.includes(key)) continue;
    warnings.push(`${CONFIG_FILE_NAME}: unknown key ${shown(key)} is ignored${suggestion(key, KNOWN_KEYS)} ` +
      `(known: ${KNOWN_KEYS.filter(k => k !== '$schema').join(', ')})`);
  }
  if (obj.rules && typeof obj.rules === 'object' && !Array.isArray(obj.rules)) {
    const ids = RULES.map(r => r.id);
    for (const id of Object.keys(obj.rules)) {
      if (!ids.includes(id)) warnings.push(`${CONFIG_FILE_NAME}: "rules" names no rule ${shown(id)}${suggestion(id, ids)} (list them: secret-hygiene rules)`);
    }
  }
  if (Array.isArray(obj.allowlist)) warnings.push(...allowlistWarnings(obj.allowlist, today));
  return warnings;
}

function allowlistWarnings(entries: unknown[], today: string): string[] {
  const warnings: string[] = [];
  entries.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    const e = raw as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!ENTRY_KEYS.includes(key)) {
        warnings.push(`${CONFIG_FILE_NAME}: "allowlist" entry ${i + 1}: unknown key ${shown(key)} is ignored${suggestion(key, ENTRY_KEYS)} (known: ${ENTRY_KEYS.join(', ')})`);
      }
    }
    if (typeof e.expires === 'string' && isCalendarDate(e.expires) && e.expires < today) {
      warnings.push(`${CONFIG_FILE_NAME}: "allowlist" entry ${i + 1} expired on ${e.expires}: its finding is reported again (remove the entry, or set a later "expires")`);
    }
  });
  return warnings;
}

/** A key as JSON (control characters escaped), cut short. */
function shown(key: string): string {
  const quoted = JSON.stringify(key);
  return quoted.length > 50 ? `${quoted.slice(0, 46)}…"` : quoted;
}

function suggestion(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(word.length / 3));
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c, bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) [best, bestDistance] = [c, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || a.length > 200) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}
