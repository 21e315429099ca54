/** "Accept this finding": add it to the baseline file (keyed by fingerprint, never the value). */

import { createBaseline, parseBaseline, type Baseline } from '../suppress';
import type { BaselineFinding } from './types';

/**
 * The baseline text with `finding` added: existing entries are kept, duplicates (same
 * fingerprint and path) collapse, output is sorted by path then fingerprint so that
 * re-running gives identical text (clean diffs). Throws `ConfigError` on an invalid baseline.
 */
export function planAddToBaseline(baselineText: string | undefined, finding: BaselineFinding): string {
  // A version 1 entry for the same finding is replaced: its fingerprint could be guessed against.
  const existing: Baseline['findings'] = (baselineText?.trim() ? parseBaseline(baselineText).findings : [])
    .filter(e => !finding.legacyFingerprint || e.fingerprint !== finding.legacyFingerprint);
  const all = [...existing, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, masked: finding.masked, ...(finding.path ? { path: finding.path } : {}) }];
  // createBaseline dedupes and sorts; it reads only these four fields of a Finding.
  const merged = createBaseline(all as unknown as Parameters<typeof createBaseline>[0]);
  return JSON.stringify(merged, null, 2) + '\n';
}
