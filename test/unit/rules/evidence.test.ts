import * as assert from 'assert';
import { RULES, scanText } from '../../../src/core';
import { EVIDENCE } from './evidence';
import { expectLookAlike, summary } from './support';
import { reseedFakes } from '../../helpers/fakes';

/** A stable number per rule id: each rule's generated cases do not depend on test order. */
function seedOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

describe('rules: per-rule evidence (every rule has true positives and near misses)', () => {
  it('every registered rule has generated hits and labelled near misses, and no entry names an unknown rule', () => {
    const ids = new Set(RULES.map(r => r.id));
    const missing = RULES.filter(r => {
      const e = EVIDENCE[r.id]?.();
      return !e || e.hits.length === 0 || e.misses.length === 0;
    }).map(r => r.id);
    assert.deepStrictEqual(missing, [], 'rules without evidence');
    assert.deepStrictEqual(Object.keys(EVIDENCE).filter(id => !ids.has(id)), [], 'evidence for unknown rules');
  });

  for (const rule of RULES) {
    const make = EVIDENCE[rule.id];
    if (!make) continue;
    it(`${rule.id}: reports each generated true positive exactly, and none of its near misses`, () => {
      reseedFakes(seedOf(rule.id));
      const { hits, misses, lookAlikes = [] } = make();
      hits.forEach((h, i) => {
        assert.ok(h.value && h.text.includes(h.value), `${rule.id} hit ${i}: the value is part of the text`);
        const found = scanText(h.text, { path: h.path });
        const mine = found.filter(f => f.ruleId === rule.id);
        assert.strictEqual(mine.length, 1, `${rule.id} hit ${i} (${h.path}): expected one finding, got ${summary(found)}`);
        const { start, end } = mine[0].range;
        assert.strictEqual(h.text.slice(start.offset, end.offset), h.value, `${rule.id} hit ${i}: the range is the value (${mine[0].masked})`);
      });
      misses.forEach((m, i) => {
        const found = scanText(m.text, { path: m.path }).filter(f => f.ruleId === rule.id);
        assert.deepStrictEqual(found.map(f => f.masked), [], `${rule.id} near miss ${i} (${m.why}) was reported`);
      });
      lookAlikes.forEach(l => expectLookAlike(l.text, l.value, rule.id, l.path));
    });
  }
});
