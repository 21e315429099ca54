/**
 * Other copies of a reported value in the same file. A quick fix moves one copy into `.env`; the
 * others would stay on disk unreported: the key again in a test's expected output, a log line
 * that printed it, a README that shows the real config. Each copy is reported as its original is.
 */

import type { RawMatch, Rule } from './types';

/** Shorter values are words and ids as often as secrets: a copy proves nothing. */
const MIN_LENGTH = 16;
/** Distinct values looked for per file, and copies kept per value: bounds the work on dumps. */
const MAX_VALUES = 64;
const MAX_COPIES = 20;
/** What may not touch a copy on either side (it would be part of a longer token). */
const TOKEN_CHAR = /[A-Za-z0-9_]/;

/**
 * `items` plus, for each value written as itself in the text, its other token-bounded copies.
 * A copy may overlap another finding: the caller resolves overlaps again (originals first).
 */
export function withCopies<T extends { rule: Rule; match: RawMatch }>(items: readonly T[], text: string): T[] {
  const copies: T[] = [];
  const looked = new Set<string>();
  for (const item of items) {
    const { match, rule } = item;
    const { value } = match;
    if (rule.valueIsCode || value.length < MIN_LENGTH || value.includes('\n') || looked.has(value)) continue;
    if (looked.size >= MAX_VALUES) break;
    looked.add(value);
    // A decoded or joined value is not written as itself here: its copies would be other text.
    if (match.joined || text.slice(match.start, match.end) !== value) continue;
    let kept = 0;
    for (let at = text.indexOf(value); at !== -1 && kept < MAX_COPIES; at = text.indexOf(value, at + value.length)) {
      if (at === match.start || TOKEN_CHAR.test(text[at - 1] ?? '') || TOKEN_CHAR.test(text[at + value.length] ?? '')) continue;
      // Named as the original is: a fix moves every copy to the same variable.
      copies.push({ ...item, match: { ...match, start: at, end: at + value.length,
        detail: [match.detail, 'another copy of a value reported in this file'].filter(Boolean).join('; ') } });
      kept++;
    }
  }
  return copies.length ? [...items, ...copies] : [...items];
}
