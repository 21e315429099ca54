/**
 * The only ways a secret value leaves the engine: a masked form for people and
 * one-way hashes for baselines and allowlists. Every text a finding shows of the scanned
 * file (`Finding.masked`) is built here, by `maskedDisplay`, and has the `Masked` type that
 * only this module hands out: a report cannot show a finding's raw text by mistake.
 */

import { sha256Hex } from './hash';

declare const MASKED: unique symbol;
/** Text that went through the masking of this module (a masked value or masked code). */
export type Masked = string & { readonly [MASKED]: true };

/**
 * Shows just enough to recognise a value: up to 6 leading characters (the provider
 * prefix, which is public) and 4 trailing ones, never more than a third of the value.
 * Short values keep only their first and last character.
 */
export function maskSecret(value: string): Masked {
  const chars = Array.from(value);
  const n = chars.length;
  if (n <= 8) return escapeControls(n <= 2 ? '…' : `${chars[0]}…${chars[n - 1]}`) as Masked;
  const budget = Math.floor(n / 3);
  const tail = Math.min(4, Math.floor(budget / 2));
  const head = Math.min(6, budget - tail);
  return escapeControls(`${chars.slice(0, head).join('')}…${chars.slice(n - tail).join('')}`) as Masked;
}

/** Longest masked code shown (one line). */
const CODE_CHARS = 60;

/**
 * Code shown in place of a value (rules whose match is an expression, such as a logged env
 * lookup): on one line, at most ~60 characters, with every string literal in it masked like a
 * secret, since a literal may be one: `os.getenv("DB_PASSWORD", "Tr0ub…3xyzQ")` shows
 * `os.getenv("DB_PASSWORD", "Tr…Q")`. Literals equal to one of `names` (the variable the
 * finding is about, which names a secret but is not one) are kept.
 */
export function maskCode(code: string, names: readonly string[] = []): Masked {
  let out = '';
  for (let i = 0; i < code.length && out.length <= CODE_CHARS;) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = literalEnd(code, i);
      const body = code.slice(i + 1, end);
      out += c + (names.includes(body) ? body : body ? maskSecret(body) : '') + (end < code.length ? c : '');
      i = end + 1;
    } else if (/\s/.test(c)) {
      if (!out.endsWith(' ')) out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  const oneLine = escapeControls(out.trim());
  return (oneLine.length > CODE_CHARS ? `${oneLine.slice(0, CODE_CHARS - 3)}…` : oneLine) as Masked;
}

/** Index of the quote closing the literal opened at `open` (backslash escapes honoured), or the end. */
function literalEnd(code: string, open: number): number {
  const quote = code[open];
  for (let i = open + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i;
  }
  return code.length;
}

/**
 * What a finding shows of its match: code (`valueIsCode` rules) with its literals masked, else
 * the masked value. The one place `Finding.masked` is computed.
 */
export function maskedDisplay(valueIsCode: boolean | undefined, value: string, name?: string): Masked {
  return valueIsCode ? maskCode(value, name ? [name] : []) : maskSecret(value);
}

/**
 * Control characters (newlines, ESC, DEL, C1), bidirectional overrides and line separators
 * as visible escapes (`\n`, `\x1b`, `\u202e`): a file name or a token's decoded claim must
 * not move the cursor, colour a terminal or forge a report line.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ch => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Hash of the value alone: the same secret under any rule, in any file. Kept in memory to
 * compare findings; never written to a report or a baseline (it is a plain hash of the value).
 */
export function valueHash(value: string): string {
  return sha256Hex(`secret-hygiene:value:${value}`).slice(0, 32);
}

/**
 * The published fingerprint of a finding (baselines, allowlists, JSON, SARIF): rule id +
 * a hash of what the report shows anyway, the masked value (`shown`), plus the value's length. It is
 * stable when the secret moves (no line, no path), and it cannot be used to test guesses of
 * the value beyond its masked form and length: see docs/fingerprints.md. Two values of one
 * rule with the same masked form and length share a fingerprint.
 */
export function fingerprint(ruleId: string, value: string, shown: Masked = maskSecret(value)): string {
  return `${ruleId}:${sha256Hex(`secret-hygiene:v2:${ruleId}:${Array.from(value).length}:${shown}`).slice(0, 24)}`;
}

/**
 * The fingerprint written before version 2 (a plain hash of rule + value, which a dictionary
 * attack reverses for weak values). Only compared against old baselines and allowlists so
 * they keep working; never published.
 */
export function legacyFingerprint(ruleId: string, value: string): string {
  return `${ruleId}:${sha256Hex(`secret-hygiene:${ruleId}:${value}`).slice(0, 24)}`;
}

/** Replaces every occurrence of each secret in `text` by its masked form (for error messages). */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join(maskSecret(s));
  return out;
}
