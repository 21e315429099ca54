import * as assert from 'assert';
import { minGroupLength, minMatchLength } from '../../src/core/regexLength';
import { RULES } from '../../src/core';
import { EVIDENCE } from './rules/evidence';

describe('the shortest match of a pattern, read from its source', () => {
  it('counts literals, escapes and classes once, quantifiers by their lower bound, branches by the shortest', () => {
    const cases: [string, number][] = [
      ['abc', 3], ['a{3}b?', 3], ['(?:ab|c)d+', 2], ['[a-z\\]]{5,9}', 5], ['x*y+?', 1], ['(?:foo|)bar', 3],
      ['\\d{4}-\\d{2}', 7], ['\\x41\\u0042', 2], ['a{2,}?b', 3],
    ];
    for (const [source, n] of cases) assert.strictEqual(minMatchLength(source), n, source);
  });

  it('counts lookarounds, anchors, boundaries and backreferences as nothing', () => {
    const cases: [string, number][] = [['^(?=ab)a$', 1], ['(?<!x)(?<![a-z])b(?!c)\\b', 1], ['(["\'])a\\1', 2], ['(?<q>["\'])a\\k<q>', 2]];
    for (const [source, n] of cases) assert.strictEqual(minMatchLength(source), n, source);
  });

  it("a named group's shortest match, apart from what surrounds it", () => {
    assert.strictEqual(minGroupLength('(?<![A-Za-z0-9_])(?<secret>(?:gsk_)[A-Za-z0-9]{48,52})(?![A-Za-z0-9_-])', 'secret'), 52);
    assert.strictEqual(minGroupLength('key=(?<secret>[a-f0-9]{32})&', 'secret'), 32);
  });

  it("is a lower bound for every rule's own true positives", () => {
    for (const rule of RULES) {
      const evidence = EVIDENCE[rule.id];
      if (!rule.pattern || !evidence || !rule.pattern.source.includes('(?<secret>')) continue;
      const shortest = minGroupLength(rule.pattern.source, 'secret');
      // (A hit's value may be a decoded or joined one: only those the pattern itself matches in their text are compared.)
      for (const { value, text } of evidence().hits) {
        if (text.includes(value) && new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '')).exec(value)?.groups?.secret === value) {
          assert.ok(value.length >= shortest, `${rule.id}: ${value.length} < ${shortest}`);
        }
      }
    }
  });
});
