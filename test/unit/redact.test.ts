import * as assert from 'assert';
import { fingerprint, maskSecret, redactText, scanText, valueHash } from '../../src/core';
import { crcToken, openaiProjectKey, pemBlock, randomString } from '../helpers/fakes';

describe('masking and fingerprints', () => {
  it('keeps the provider prefix and a short tail, never more than a third of the value', () => {
    for (const len of [1, 2, 3, 8, 9, 12, 20, 40, 164]) {
      const value = randomString(len);
      const masked = maskSecret(value);
      const shown = masked.replace('…', '').length;
      assert.ok(shown <= Math.floor(len / 3) || (len <= 8 && shown <= 2), `${len}: shows ${shown}`);
      assert.ok(masked.includes('…'));
    }
    const key = openaiProjectKey();
    assert.strictEqual(maskSecret(key), `${key.slice(0, 6)}…${key.slice(-4)}`);
  });

  it('no finding of the engine carries the raw value in any field', () => {
    const secrets = [openaiProjectKey(), crcToken('ghp_'), pemBlock('PRIVATE KEY')];
    const text = secrets.map((s, i) => `const k${i} = ${JSON.stringify(s)};`).join('\n');
    const findings = scanText(text, { path: 'a.js' });
    assert.strictEqual(findings.length, 3);
    const serialised = JSON.stringify(findings);
    for (const s of secrets) {
      assert.ok(!serialised.includes(s), 'raw secret leaked');
      assert.ok(!serialised.includes(s.slice(8, 24)), 'a long slice of the secret leaked');
    }
  });

  it('fingerprints depend on rule and value, not on position', () => {
    const key = openaiProjectKey();
    const a = scanText(`x = "${key}"`, { path: 'a.py' })[0];
    const b = scanText(`\n\n\n    y = "${key}"`, { path: 'b.py' })[0];
    assert.strictEqual(a.fingerprint, b.fingerprint);
    assert.notStrictEqual(fingerprint('rule-a', key), fingerprint('rule-b', key));
    assert.strictEqual(valueHash(key), a.valueHash);
    assert.ok(!a.fingerprint.includes(key.slice(0, 12)));
  });

  it('redactText masks every occurrence inside a message', () => {
    const key = crcToken('ghp_');
    const msg = redactText(`failed to use ${key} (again: ${key})`, [key]);
    assert.ok(!msg.includes(key));
    assert.strictEqual(msg.split(maskSecret(key)).length, 3);
  });
});
