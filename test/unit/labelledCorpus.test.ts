import * as assert from 'assert';
import { scanText } from '../../src/core';
import { judge, labelledCorpus } from '../helpers/labelledCorpus';

/**
 * The calibration split of the labelled corpus, case by case: secrets under secret names in
 * every value shape (hex, UUID, > 200 characters), hashes and ids under their names, placeholders,
 * checksum-failing look-alikes, the syntaxes and credential files of the coverage issue.
 * (The held-out split is reported by `npm run bench`.)
 */
describe('labelled corpus (calibration split)', () => {
  const cases = labelledCorpus('calibration');

  it('has positives and hard negatives in every group', () => {
    assert.ok(cases.filter(c => c.secret).length >= 60);
    assert.ok(cases.filter(c => !c.secret).length >= 30);
  });

  const byCategory = new Map<string, typeof cases>();
  for (const c of cases) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
  for (const [category, group] of byCategory) {
    it(`${category}: ${group[0].secret ? 'every secret is reported on its value' : 'nothing is reported'}`, () => {
      const wrong = group
        .map(c => judge(c, scanText(c.text, { path: c.path })))
        .filter(v => !v.ok)
        .map(v => `${v.kase.label} in ${v.kase.path} → ${v.why}`);
      assert.deepStrictEqual(wrong, []);
    });
  }
});
