/**
 * Known answers from outside this project, so the validators are not only checked against
 * fakes built with the same code: the CRC-32 check value, npm's published dummy token,
 * Grafana's own token-generator test vector, BIP-173's bech32 test vectors, the CRC-16/XMODEM check
 * value and RFC 4648's base32 vectors.
 */

import * as assert from 'assert';
import { base32Decode, crc16Xmodem, hasValidBech32, hasValidCrc32Base62, hasValidGrafanaChecksum } from '../../../src/core/checksums';
import { crc32, utf8Bytes } from '../../../src/core/hash';
import { join } from '../../helpers/fakes';

describe('checksums: known answers', () => {
  it('CRC-32 of "123456789" is the standard check value', () => {
    assert.strictEqual(crc32(utf8Bytes('123456789')).toString(16), 'cbf43926');
  });

  it('npm\'s published dummy token (random part + base62 CRC-32) validates; one changed character does not', () => {
    const dummy = join('np', 'm_', 'qkJaB6MffYVzZXWqmcoF49yrUxP3wf', '0LsakP');
    assert.ok(hasValidCrc32Base62(dummy, 4));
    assert.ok(!hasValidCrc32Base62(dummy.replace('qkJa', 'qkJb'), 4));
  });

  it('Grafana\'s satokengen test vector validates (CRC-32 of glsa_<secret>, little-endian)', () => {
    const vector = join('gl', 'sa_', 'iNValIdinValiDinvalidinvalidinva', '_', '5b582697');
    assert.ok(hasValidGrafanaChecksum(vector));
    assert.ok(!hasValidGrafanaChecksum(vector.replace('5b582697', '9726585b'))); // big-endian is wrong
  });

  it('CRC-16/XMODEM of "123456789" is the standard check value (NATS nkeys)', () => {
    assert.strictEqual(crc16Xmodem(utf8Bytes('123456789')).toString(16), '31c3');
  });
  it("RFC 4648's base32 vectors decode", () => {
    assert.strictEqual(new TextDecoder().decode(base32Decode('MZXW6YTBOI')), 'foobar');
    assert.strictEqual(new TextDecoder().decode(base32Decode('MZXW6')), 'foo');
    assert.strictEqual(base32Decode('MZXW6!'), undefined);
  });
  it('BIP-173 bech32 vectors: valid ones pass, a flipped character fails', () => {
    for (const v of ['A12UEL5L', 'a12uel5l', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw']) assert.ok(hasValidBech32(v), v);
    assert.ok(!hasValidBech32('a12uel5m'));
  });
});
