/** Near-misses built from a rule's keywords, ~100 KB by default (see boundedTime.test.ts, fuzz/). */

import { ALNUM, HEX, randomString } from '../../helpers/fakes';

const TARGET = 100_000;

/** Near-matches for one keyword; `sep` joins them (newline, or nothing for a minified line). */
const NEAR_MISSES: ((kw: string, sep: string, run: (alphabet: string, n: number) => string) => string)[] = [
  (kw, _, run) => kw + run(ALNUM, 3000),                        // a body that never ends
  (kw, _, run) => kw + run(ALNUM + '_-', 35) + '.',             // almost the right length, wrong terminator
  kw => kw.repeat(50),                                          // prefixes back to back
  (kw, _, run) => `${kw}=${'"'}${run(HEX, 31)}`,                // unclosed quote, one short
  (kw, _, run) => `${kw}: ${run('0123456789', 400)}:AA${run(ALNUM, 20)}`,
  (kw, _, run) => `${kw} eyJ${run(ALNUM, 600)}.eyJ${run(ALNUM, 600)}.`,
  kw => `${kw}://${'a:'.repeat(150)}@${'b@'.repeat(100)}`,
  (kw, sep, run) => `-----BEGIN RSA PRIVATE KEY-----${sep}${run(ALNUM + '+/', 2000)}${sep}${kw}`,
  (kw, _, run) => `${kw} ${'-'.repeat(300)}${run(ALNUM, 5)}`,
  (kw, sep, run) => `${kw}${sep}${'{'.repeat(200)}"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----${run(ALNUM, 500)}`,
];

/** Built once per keyword, variant and separator: the same seeds give the same text. */
const built = new Map<string, string>();

function nearMiss(kw: string, sep: string, variant: number): string {
  const key = `${variant}\0${sep}\0${kw}`;
  let piece = built.get(key);
  if (piece === undefined) {
    const run = (alphabet: string, n: number) => randomString(n, alphabet, kw.length * 31 + n);
    built.set(key, piece = NEAR_MISSES[variant](kw, sep, run) + sep);
  }
  return piece;
}

export function adversarialText(keywords: readonly string[], sep: string, target = TARGET): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const piece = nearMiss(keywords[i % keywords.length], sep, i % NEAR_MISSES.length);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join(sep);
}

