/** ~100 KB of near-misses built from a rule's keywords (see boundedTime.test.ts). */

import { ALNUM, HEX, randomString } from '../../helpers/fakes';

const TARGET = 100_000;

/** Near-matches for one keyword; `sep` joins them (newline, or nothing for a minified line). */
function nearMisses(kw: string, sep: string): string[] {
  const run = (alphabet: string, n: number) => randomString(n, alphabet, kw.length * 31 + n);
  return [
    kw + run(ALNUM, 3000),                        // a body that never ends
    kw + run(ALNUM + '_-', 35) + '.',             // almost the right length, wrong terminator
    kw.repeat(50),                                // prefixes back to back
    `${kw}=${'"'}${run(HEX, 31)}`,                // unclosed quote, one short
    `${kw}: ${run('0123456789', 400)}:AA${run(ALNUM, 20)}`,
    `${kw} eyJ${run(ALNUM, 600)}.eyJ${run(ALNUM, 600)}.`,
    `${kw}://${'a:'.repeat(150)}@${'b@'.repeat(100)}`,
    `-----BEGIN RSA PRIVATE KEY-----${sep}${run(ALNUM + '+/', 2000)}${sep}${kw}`,
    `${kw} ${'-'.repeat(300)}${run(ALNUM, 5)}`,
    `${kw}${sep}${'{'.repeat(200)}"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----${run(ALNUM, 500)}`,
  ].map(s => s + sep);
}

export function adversarialText(keywords: readonly string[], sep: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET; i++) {
    const piece = nearMisses(keywords[i % keywords.length], sep)[i % 10];
    parts.push(piece);
    size += piece.length;
  }
  return parts.join(sep);
}

