/**
 * Warnings about `.secrethygiene.json` entries that parse but do nothing: unknown keys (a typo
 * such as "exlude" silently scans everything) and rule ids that name no rule. They name the key
 * or id, never a value, since the file may hold fingerprints or worse.
 */

import { RULES } from './catalogue';
import { CONFIG_FILE_NAME } from './suppress';

const KNOWN_KEYS = ['exclude', 'allowlist', 'rules', 'baseline', '$schema'];

/** One line per ignored entry; empty for a valid file (or one parseWorkspaceConfig rejects). */
export function configWarnings(text: string): string[] {
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
