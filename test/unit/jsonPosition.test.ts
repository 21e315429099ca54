import * as assert from 'assert';
import { jsonErrorOffset } from '../../src/core/jsonPosition';
import { rng } from '../helpers/fakes';

describe('jsonErrorOffset (error positions without quoting the text)', () => {
  it('agrees with JSON.parse on what is valid, over seeded random mutations of real configs', () => {
    const seeds = ['{"exclude": ["dist/**"], "allowlist": ["a:b"], "rules": {"jwt": "off"}}',
      '{"version": 2, "findings": [{"fingerprint": "x:1", "ruleId": "x", "masked": "a\\u2026b", "n": -1.5e3}]}', '[true, false, null, "\\n"]'];
    const alphabet = '{}[]:,"\\ \n0123456789-.eE+abcnrtu';
    const next = rng(11);
    for (let k = 0; k < 3000; k++) {
      let text = seeds[k % seeds.length];
      for (let m = Math.floor(next() * 3); m >= 0; m--) {
        const at = Math.floor(next() * (text.length + 1));
        const op = next();
        const ch = alphabet[Math.floor(next() * alphabet.length)];
        text = op < 0.4 ? text.slice(0, at) + ch + text.slice(at) : op < 0.8 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ch + text.slice(at + 1);
      }
      let valid = true;
      try { JSON.parse(text); } catch { valid = false; }
      const offset = jsonErrorOffset(text);
      assert.strictEqual(offset === -1, valid, JSON.stringify(text));
      assert.ok(offset <= text.length);
    }
  });

  it('points at the first offending character and survives deep nesting', () => {
    assert.strictEqual(jsonErrorOffset('{"a": 1,\n "b": oops}'), 15);
    assert.strictEqual(jsonErrorOffset('['.repeat(200_000)), 200_000);
  });
});
