import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { base64, pemBlock, pemBody } from '../../helpers/fakes';
import { expectFinding, expectNone } from './support';

const D = '-----';

describe('rules: private keys', () => {
  it('names each PEM kind and covers the whole block', () => {
    for (const [kind, title] of [['RSA PRIVATE KEY', 'RSA private key'], ['EC PRIVATE KEY', 'EC private key'],
      ['PRIVATE KEY', 'PKCS#8 private key'], ['PGP PRIVATE KEY BLOCK', 'PGP private key block']]) {
      const block = pemBlock(kind);
      const f = expectFinding(`const key = \`${block}\`;\n`, block, 'private-key', { path: 'src/sign.ts', severity: 'error' });
      assert.strictEqual(f.title, title);
    }
  });

  it('finds keys in YAML block scalars and JSON strings with escaped newlines', () => {
    const block = pemBlock('RSA PRIVATE KEY');
    const yaml = `tls:\n  key: |\n    ${block.split('\n').join('\n    ')}\n`;
    const f = scanText(yaml, { path: 'values.yaml' }).find(x => x.ruleId === 'private-key');
    assert.ok(f, 'YAML key not found');
    const escaped = block.split('\n').join('\\n');
    expectFinding(`{"key": "${escaped}"}`, escaped, 'private-key', { path: 'a.json' });
  });

  it('encrypted keys are warnings that say so', () => {
    const enc = pemBlock('ENCRYPTED PRIVATE KEY');
    const f = expectFinding(enc, enc, 'private-key', { path: 'key.pem', severity: 'warning' });
    assert.match(f.detail ?? '', /encrypted/);
    const legacy = `${D}BEGIN RSA PRIVATE KEY${D}\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0A1B2C3D4E5F60718293A4B5C6D7E8F9\n\n${pemBody(8)}\n${D}END RSA PRIVATE KEY${D}`;
    expectFinding(legacy, legacy, 'private-key', { path: 'key.pem', severity: 'warning' });
  });

  it('OpenSSH keys: cipher "none" is an error, a real cipher a warning', () => {
    const body = (cipher: string) => base64(`openssh-key-v1\0\0\0\0\x04${cipher}` + 'x'.repeat(300)).match(/.{1,70}/g)!.join('\n');
    const plain = `${D}BEGIN OPENSSH PRIVATE KEY${D}\n${body('none')}\n${D}END OPENSSH PRIVATE KEY${D}`;
    expectFinding(plain, plain, 'private-key', { path: 'id_ed25519', severity: 'error' });
    const aes = `${D}BEGIN OPENSSH PRIVATE KEY${D}\n${body('aes256-ctr')}\n${D}END OPENSSH PRIVATE KEY${D}`;
    expectFinding(aes, aes, 'private-key', { path: 'id_ed25519', severity: 'warning' });
  });

  it('ignores placeholders, public keys, mismatched armor and unclosed blocks', () => {
    expectNone(`${D}BEGIN RSA PRIVATE KEY${D}\n...\n${D}END RSA PRIVATE KEY${D}`, 'private-key');
    expectNone(`${D}BEGIN PRIVATE KEY${D}\n<your private key here, base64 encoded, without the armor lines>\n${D}END PRIVATE KEY${D}`, 'private-key');
    expectNone(`${D}BEGIN PUBLIC KEY${D}\n${pemBody(6)}\n${D}END PUBLIC KEY${D}`, 'private-key');
    expectNone(`${D}BEGIN RSA PRIVATE KEY${D}\n${pemBody(6)}\n${D}END EC PRIVATE KEY${D}`, 'private-key');
    expectNone(`${D}BEGIN RSA PRIVATE KEY${D}\n${pemBody(6)}\n`, 'private-key');
  });
});
