/**
 * "Allowlist" asks why and until when, both optional: a reason box, then an expiry box
 * prefilled 90 days ahead (clear it for none). Esc on either keeps what was given so far and
 * still allowlists: the prompts document the decision, they never block it. The entry goes to
 * `.secrethygiene.json` as a plain fingerprint when neither is given, else as
 * `{"fingerprint", "reason", "expires"}` (parseWorkspaceConfig reads both).
 */

import * as vscode from 'vscode';
import { expiryProblem, localDay, MAX_ALLOWLIST_REASON, type AllowlistAnswers } from '../core';

/** Days ahead the expiry box suggests: a quarter, long enough for a rotation to land. */
const SUGGESTED_DAYS = 90;

export async function askAllowlistDetails(masked: string, now: Date = new Date()): Promise<AllowlistAnswers> {
  const answers: AllowlistAnswers = {};
  const reason = await vscode.window.showInputBox({
    title: `Allowlist ${masked} (1/2)`,
    prompt: 'Why is this value acceptable? Optional: kept in .secrethygiene.json and shown in the Findings view. Esc skips.',
    placeHolder: 'e.g. revoked demo key used in the tutorial',
    ignoreFocusOut: true,
    validateInput: v => (v.length > MAX_ALLOWLIST_REASON ? `At most ${MAX_ALLOWLIST_REASON} characters.` : undefined),
  });
  if (reason?.trim()) answers.reason = reason.trim();
  if (reason === undefined) return answers; // Esc: allowlist now, ask nothing more
  const suggested = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + SUGGESTED_DAYS));
  const expires = await vscode.window.showInputBox({
    title: `Allowlist ${masked} (2/2)`,
    prompt: 'Until when (YYYY-MM-DD, last day included)? Afterwards the finding is reported again. Clear it or press Esc for no expiry.',
    value: suggested,
    ignoreFocusOut: true,
    validateInput: v => expiryProblem(v, localDay(now)),
  });
  if (expires?.trim()) answers.expires = expires.trim();
  return answers;
}
