/**
 * The only ways a secret value leaves the engine: a masked form for people and
 * one-way hashes for baselines and allowlists.
 */

import { sha256Hex } from './hash';

/**
 * Shows just enough to recognise a value: up to 6 leading characters (the provider
 * prefix, which is public) and 4 trailing ones, never more than a third of the value.
 * Short values keep only their first and last character.
 */
export function maskSecret(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  if (n <= 8) return n <= 2 ? '…' : `${chars[0]}…${chars[n - 1]}`;
  const budget = Math.floor(n / 3);
  const tail = Math.min(4, Math.floor(budget / 2));
  const head = Math.min(6, budget - tail);
  return `${chars.slice(0, head).join('')}…${chars.slice(n - tail).join('')}`;
}

/** Hash of the value alone: the same secret under any rule, in any file. */
export function valueHash(value: string): string {
  return sha256Hex(`secret-hygiene:value:${value}`).slice(0, 32);
}

/** Stable fingerprint of a finding: rule + value, deliberately not the line number. */
export function fingerprint(ruleId: string, value: string): string {
  return `${ruleId}:${sha256Hex(`secret-hygiene:${ruleId}:${value}`).slice(0, 24)}`;
}

/** Replaces every occurrence of each secret in `text` by its masked form (for error messages). */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join(maskSecret(s));
  return out;
}
