import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { HEX, base64, pemBlock, pemBody, randomString } from '../../helpers/fakes';
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
    // Escaped twice: a JSON column's string in an SQL dump.
    const twice = block.split('\n').join('\\\\n');
    expectFinding(`INSERT INTO \`integrations\` VALUES (8,'github_app','{\\"private_key\\": \\"${twice}\\"}');\n`, twice, 'private-key', { path: 'dumps/app_prod.sql' });
  });

  it('finds keys whose lines carry a margin: Scala\'s stripMargin `|`, Zig\'s multiline `\\\\`', () => {
    const block = pemBlock('PRIVATE KEY');
    const scala = `val key =\n  """${block.split('\n').join('\n    |')}""".stripMargin\n`;
    assert.deepStrictEqual(scanText(scala, { path: 'src/Settings.scala' }).map(f => [f.ruleId, f.range.start.line]), [['private-key', 1]]);
    const zig = `pub const key =\n${block.split('\n').map(l => `    \\\\${l}`).join('\n')}\n;\n`;
    assert.deepStrictEqual(scanText(zig, { path: 'src/secrets.zig' }).map(f => [f.ruleId, f.range.start.line]), [['private-key', 1]]);
  });

  it("an elided block is no start of one that runs to the next key's END: each key after it is found", () => {
    const [a, b] = [pemBlock('RSA PRIVATE KEY'), pemBlock('RSA PRIVATE KEY')];
    const text = `var cases = []struct{ in string }{\n\t{in: \`${D}BEGIN RSA PRIVATE KEY${D}\n...\n${D}END RSA PRIVATE KEY${D}\`},\n\t{in: \`${a}\`},\n\t{in: \`${b}\`},\n}\n`;
    const keys = scanText(text, { path: 'pkg/detectors/privatekey/privatekey.go' }).filter(f => f.ruleId === 'private-key');
    assert.deepStrictEqual(keys.map(f => f.range.start.line), [4, 4 + a.split('\n').length]);
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

  it('a wallet key in a usage example of a doc comment is informational; in code it is an error', () => {
    const key = '0x' + randomString(64, HEX);
    const doc = `/**\n * @example\n * const wallet = new Wallet("${key}");\n */\nexport class Wallet {}\n`;
    expectFinding(doc, key, 'ethereum-private-key', { path: 'src/wallet.ts', severity: 'info' });
    expectFinding(`const wallet = new Wallet("${key}");\n`, key, 'ethereum-private-key', { path: 'scripts/run.ts', severity: 'error' });
  });

  it('a PEM body pasted without armor is a key; inside armor the PEM rule reports the block', () => {
    // A PKCS#8 header (SEQUENCE, version 0, rsaEncryption) and random key material.
    const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48]), Buffer.from(randomString(400), 'latin1')]).toString('base64');
    expectFinding(`PRIVATE_KEY=${der}\n`, der, 'private-key-der', { path: '.env', severity: 'error' });
    const block = `${D}BEGIN PRIVATE KEY${D}\n${der.match(/.{1,64}/g)!.join('\n')}\n${D}END PRIVATE KEY${D}`;
    const found = scanText(`const key = \`${block}\`;\n`, { path: 'src/sign.ts' }).map(f => f.ruleId);
    assert.deepStrictEqual(found, ['private-key']);
  });
});
