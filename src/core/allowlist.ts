/**
 * Editing the `allowlist` of `.secrethygiene.json` (host-independent): what the "Allowlist"
 * prompts accept, and the array with an entry added or updated.
 */

import { isCalendarDate, type AllowlistEntry } from './suppress';

/** The optional details a user gives when allowlisting. */
export interface AllowlistAnswers { reason?: string; expires?: string }

/** What is wrong with an expiry typed by the user; undefined when empty (no expiry) or a day from `today` on. */
export function expiryProblem(value: string, today: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (!isCalendarDate(v)) return 'A date written YYYY-MM-DD, e.g. 2027-03-31, or empty for no expiry.';
  return v < today ? 'That day has passed: the entry would not suppress anything.' : undefined;
}

/**
 * The `allowlist` array with the finding's entry added or updated: an existing entry (plain
 * or object) for the fingerprint is replaced in place, so answering again changes the reason.
 */
export function withAllowlistEntry(list: unknown[], fingerprint: string, answers: AllowlistAnswers): unknown[] {
  const entry: AllowlistEntry | string = answers.reason || answers.expires ? { fingerprint, ...answers } : fingerprint;
  const at = list.findIndex(e => e === fingerprint || (typeof e === 'object' && e !== null && (e as AllowlistEntry).fingerprint === fingerprint));
  if (at === -1) return [...list, entry];
  // A bare re-allowlist (Esc) keeps the reason and expiry already written.
  if (typeof entry === 'string') return list;
  return list.map((e, i) => (i === at ? entry : e));
}
