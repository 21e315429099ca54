import * as assert from 'assert';
import { scanText } from '../../../../src/core';
import { LOGGED_CASES } from './cases';

/** Every labelled case of the `secret-logged` regression corpus, by name. */
describe('secret-logged regression corpus', () => {
  it('names are unique and both outcomes are covered', () => {
    assert.strictEqual(new Set(LOGGED_CASES.map(c => c.name)).size, LOGGED_CASES.length);
    assert.ok(LOGGED_CASES.filter(c => c.expect.length).length >= 30);
    assert.ok(LOGGED_CASES.filter(c => !c.expect.length && c.origin === 'real code').length >= 15);
  });

  for (const c of LOGGED_CASES) {
    it(`${c.name} → ${c.expect.length ? c.expect.join(', ') : 'nothing'} (${c.why})`, () => {
      const found = scanText(c.code, { path: c.path, languageId: c.language }).filter(f => f.ruleId === 'secret-logged').map(f => f.masked);
      assert.deepStrictEqual(found, c.expect);
    });
  }
});
