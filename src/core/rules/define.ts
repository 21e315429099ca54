/**
 * Builders that keep each rule entry a few lines of data.
 */

import type { Rule } from '../types';

/** Characters that may not touch a token on either side (so we match whole tokens only). */
const TOKEN_CHARS = 'A-Za-z0-9_\\-';

/**
 * A rule for a token with a literal prefix and a fixed body shape:
 * `prefixed({ prefix: 'ghp_', body: '[A-Za-z0-9]{36}' , … })`.
 * The whole token is the secret; word boundaries are enforced on both sides.
 */
export function prefixed(
  spec: Omit<Rule, 'pattern' | 'keywords' | 'confidence' | 'severity'> & {
    prefix: string | readonly string[];
    body: string;
    keywords?: readonly string[];
    confidence?: Rule['confidence'];
    severity?: Rule['severity'];
    /** Allow the token to be followed by these characters (e.g. `-` when the body ends in `_`). */
    tokenChars?: string;
  },
): Rule {
  const prefixes = typeof spec.prefix === 'string' ? [spec.prefix] : spec.prefix;
  const edge = spec.tokenChars ?? TOKEN_CHARS;
  const alternation = prefixes.map(escapeRegExp).join('|');
  const { prefix: _p, body, tokenChars: _t, ...rest } = spec;
  return {
    confidence: 'provider',
    severity: 'error',
    ...rest,
    keywords: spec.keywords ?? prefixes.map(p => p.toLowerCase()),
    pattern: new RegExp(`(?<![${edge}])(?<secret>(?:${alternation})${body})(?![${edge}])`),
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
