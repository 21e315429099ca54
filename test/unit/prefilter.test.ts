/**
 * The keyword prefilter must report exactly the occurrences a plain case-insensitive search
 * reports: its gates may only save work, never lose a keyword (a lost keyword is a missed secret).
 */

import * as assert from 'assert';
import { KeywordIndex } from '../../src/core/prefilter';
import { RULES } from '../../src/core';
import { rng } from '../helpers/fakes';

/** Every (offset, keyword) pair, found the slow and obvious way. */
function naiveHits(text: string, keywords: readonly string[]): string[] {
  // (Keywords match in any case, one character for one: `ПАРОЛЬ` holds `пароль`, `HASŁO` holds `hasło`.)
  const lower = text.replace(/[A-Z]|[^\x00-\x7f]/g, c => (c.toLowerCase().length === 1 ? c.toLowerCase() : c));
  const out: string[] = [];
  for (let i = 0; i < lower.length; i++) {
    for (const kw of keywords) if (lower.startsWith(kw, i)) out.push(`${i}:${kw}`);
  }
  return out.sort();
}

function indexHits(index: KeywordIndex, text: string): string[] {
  return hitsInOrder(index, text).sort();
}

function hitsInOrder(index: KeywordIndex, text: string): string[] {
  const out: string[] = [];
  index.forEachHit(text, (offset, kw) => out.push(`${offset}:${kw}`));
  return out;
}

describe('keyword prefilter', function () {
  this.timeout(30_000); // the reference search is slow on purpose
  const ruleKeywords = [...new Set(RULES.flatMap(r => r.keywords.map(k => k.toLowerCase())))];

  it('finds every rule keyword, in any case, at the start, middle and very end of a text', () => {
    const index = new KeywordIndex(ruleKeywords);
    for (const kw of ruleKeywords) {
      const upper = kw.toUpperCase();
      for (const text of [kw, `x${upper}`, `let a = 1; ${kw} b`, `${kw.slice(0, -1)}`]) {
        assert.deepStrictEqual(indexHits(index, text), naiveHits(text, ruleKeywords), `${JSON.stringify(text)}`);
      }
    }
  });

  it('agrees with a plain search on random texts built from keyword pieces (3-, 4-, 5- and 6+-character keywords sharing trigrams)', () => {
    const random = rng(20261203);
    const keywords = ['con', 'cons', 'const', 'constant', 'ret', 'retu', 'return {', 'tok', 'token', 'toke_', 'sk_', 'sk_live_', '://', 'a-b', 'ghp_'];
    const index = new KeywordIndex(keywords);
    const pieces = [...keywords, ...keywords.map(k => k.toUpperCase()), 'co', 're', 'to', 'n', ' ', '\n', 'é', '\u{1F511}', 'x', '_', 'CoNsT'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const parts = 1 + Math.floor(random() * 40);
      for (let p = 0; p < parts; p++) text += pieces[Math.floor(random() * pieces.length)];
      assert.deepStrictEqual(indexHits(index, text), naiveHits(text, keywords), JSON.stringify(text));
    }
  });

  it('agrees with a plain search on real code for the whole rule catalogue', () => {
    const text = require('fs').readFileSync(require.resolve('typescript/lib/typescript.js'), 'utf8').slice(0, 400_000);
    assert.deepStrictEqual(indexHits(new KeywordIndex(ruleKeywords), text), naiveHits(text, ruleKeywords));
  });

  it('finds keywords across the gate\'s chunk boundaries, in ASCII text and in text with other characters', () => {
    // (And keywords in other scripts, which are looked for apart: `пароль` and `密码` at a chunk's edge too,
    // and `hasło`, found at its `ł` and read back, which may lie in the next chunk.)
    // (`getenvironmentvariable` is anchored on four characters far into it: it is found at their end.)
    const keywords = ['sk_', 'token', 'return {', 'api_key', 'getenvironmentvariable', 'пароль', '密码', 'hasło', 'mật'];
    const index = new KeywordIndex(keywords);
    const filler = 'const value = compute(a, b);\n';
    for (const other of ['', 'é', '\u{1F511}']) {
      // The other character recurs, so chunks of both kinds follow each other.
      let text = '';
      while (text.length < 70_000) text += text.length % 20_000 < filler.length ? other + filler : filler;
      // Each keyword straddles, starts at and ends at multiples of 2^12..2^15 (a chunk is one of them).
      for (const boundary of [4096, 8192, 16384, 32768, 65536]) {
        for (const kw of keywords) {
          for (const shift of [-kw.length + 1, -1, 0]) {
            const at = boundary + shift;
            const probe = text.slice(0, at) + kw.toUpperCase() + text.slice(at + kw.length);
            const expected = naiveHits(probe, keywords);
            assert.ok(expected.includes(`${at}:${kw}`), 'the probe holds the keyword');
            assert.deepStrictEqual(indexHits(index, probe), expected, `${kw} at ${at} (${other ? 'with other characters' : 'ASCII'})`);
          }
        }
      }
    }
  });

  it('reports each stretch\'s hits in text order, each once every earlier hit is known (`knownTo`)', () => {
    // Keywords are found where their rarest four characters end, up to 15 characters after they begin:
    // a stretch reports only the hits no later find can precede.
    const random = rng(20261206);
    const keywords = ['getenvironmentvariable', 'access_token$production$', 'console.', 'token', 'env', 'sk_', 'import.meta.env.'];
    const index = new KeywordIndex(keywords);
    const pieces = [...keywords, 'const x = 1;\n', 'GETENV', 'é', ' ', 'tok'];
    let text = '';
    while (text.length < 60_000) text += pieces[Math.floor(random() * pieces.length)];
    const reported: string[] = [];
    let knownBefore = 0;
    index.forEachChunk(text, hits => {
      for (let k = 0; k < hits.count; k++) {
        assert.ok(hits.offsets[k] >= knownBefore, `hit at ${hits.offsets[k]} reported after knownTo ${knownBefore}`);
        reported.push(`${hits.offsets[k]}:${keywords[hits.ids[k]]}`);
      }
      knownBefore = hits.knownTo;
    });
    assert.strictEqual(knownBefore, text.length);
    const byOffset = (a: string, b: string) => parseInt(a, 10) - parseInt(b, 10);
    assert.deepStrictEqual(reported, [...reported].sort(byOffset), 'in text order');
    assert.deepStrictEqual([...reported].sort(), naiveHits(text, keywords));
  });

  it('reports hits in text order, and keywords at one offset in the order they were given', () => {
    const index = new KeywordIndex(['token_secret', 'sk_', 'token', 'tok', 'sk_live_']);
    assert.deepStrictEqual(hitsInOrder(index, 'a TOKEN_SECRET and sk_live_x, tok'),
      ['2:token_secret', '2:token', '2:tok', '19:sk_', '19:sk_live_', '30:tok']);
  });

  it('reports a keyword that begins in ASCII (`hasło`) in text order among the others', () => {
    const index = new KeywordIndex(['token', 'hasło', 'пароль', 'mật']);
    assert.deepStrictEqual(hitsInOrder(index, 'HASŁO token пароль hasłoToken mậtKhẩu hasl'),
      ['0:hasło', '6:token', '12:пароль', '19:hasło', '24:token', '30:mật']);
  });

  it('finds nothing in an empty or too-short text, and a 3-character keyword that is the whole text', () => {
    const index = new KeywordIndex(['sk_', 'token']);
    assert.deepStrictEqual(hitsInOrder(index, ''), []);
    assert.deepStrictEqual(hitsInOrder(index, 'sk'), []);
    assert.deepStrictEqual(hitsInOrder(index, 'SK_'), ['0:sk_']);
    assert.deepStrictEqual(hitsInOrder(index, 'toke'), []);
  });

  it('refuses a pass started inside another (its buffers would be overwritten), and is usable again after', () => {
    const index = new KeywordIndex(['token']);
    assert.throws(() => index.forEachHit('token a', () => index.forEachHit('token b', () => undefined)), /not re-entrant/);
    assert.deepStrictEqual(hitsInOrder(index, 'a token'), ['2:token']);
  });
});
