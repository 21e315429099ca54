import * as assert from 'assert';
import { scanText } from '../../src/core';
import { continuedLines } from '../../src/core/continuedLines';
import { awsAccessKeyId, base64, crcToken, join, randomString } from '../helpers/fakes';

/** The rule ids reported on the given 1-based line. */
const rulesOnLine = (text: string, path: string, line: number) =>
  scanText(text, { path }).filter(f => f.range.start.line + 1 <= line && f.range.end.line + 1 >= line).map(f => f.ruleId);

/** Character codes of a text, as a list literal's elements. */
const codes = (text: string, hex = false) => [...text].map(c => (hex ? `0x${c.charCodeAt(0).toString(16)}` : String(c.charCodeAt(0)))).join(', ');

describe('tokens written so a search misses them', () => {
  const pat = crcToken(join('gh', 'p_'));
  const stripe = join('sk', '_live_') + randomString(24);

  it('reads a token split into literals the code joins, in the ways languages join them', () => {
    const cases: [string, string, number, string][] = [
      [`import os\nPARTS = ["${pat.slice(0, 14)}", "${pat.slice(14, 28)}", "${pat.slice(28)}"]\nTOKEN = "".join(PARTS)\n`, 'scripts/backfill.py', 2, 'github-pat'],
      [`local key_parts = { "${pat.slice(0, 20)}", "${pat.slice(20)}" }\nM.key = table.concat(key_parts)\n`, 'lua/plugin/init.lua', 1, 'github-pat'],
      [`static char buf[128];\nsnprintf(buf, sizeof buf, "%s%s", "${stripe.slice(0, 16)}", "${stripe.slice(16)}");\n`, 'src/upload.c', 2, 'stripe-secret-key'],
      [`function GatewayKey: string;\nbegin\n  Result := '${stripe.slice(0, 16)}' +\n    '${stripe.slice(16)}';\nend;\n`, 'src/uPayment.pas', 3, 'stripe-secret-key'],
      [`(def ^:private gh-token (str "${pat.slice(0, 20)}" "${pat.slice(20)}"))\n`, 'src/config.clj', 1, 'github-pat'],
      // Python's parenthesised literals under a token's name: the first literal alone is no finding that hides the whole.
      [`GITHUB_TOKEN = (\n    "${pat.slice(0, 18)}"\n    "${pat.slice(18)}"\n)\n`, 'billing/settings.py', 2, 'github-pat'],
    ];
    for (const [text, path, line, rule] of cases) assert.deepStrictEqual(rulesOnLine(text, path, line).filter(id => id !== 'generic-secret-assignment'), [rule], text);
  });

  it('reads an upper-case token split after a prefix of capitals, under a name that says id', () => {
    const id = awsAccessKeyId();
    const cases: [string, string][] = [
      [`    static let awsKeyId: String = "${id.slice(0, 9)}" + "${id.slice(9, 17)}" + "${id.slice(17)}"\n`, 'Config/Secrets.swift'],
      [`AWS_KEY_ID='${id.slice(0, 4)}'"${id.slice(4, 14)}"'${id.slice(14)}'\n`, 'scripts/bootstrap.sh'],
      [`AWS_KEY_ID = "${id.slice(0, 4)}" + "${id.slice(4, 14)}" + "${id.slice(14)}"\n`, 'scripts/bootstrap.py'],
    ];
    for (const [text, path] of cases) assert.deepStrictEqual(rulesOnLine(text, path, 1), ['aws-access-key-id'], text);
    // A list of regions' names opens with a prefix's letters, and spells no key.
    assert.deepStrictEqual(scanText('ZONES = ["Asia/Tokyo", "Asia/Seoul", "ASIA", "EAST", "WEST", "NORTHWEST", "SOUTH"]\n', { path: 'zones.py' }), []);
  });

  it('does not join a value with the key that follows it, nor a key found whole where it is written', () => {
    // The next entry's key is no piece of this value (JSON's `"Key":`, PHP's `'key' =>`).
    const json = `{\n  "Stripe": {\n    "SecretKey": "${stripe}",\n    "PublishableKey": "${join('pk', '_live_')}${randomString(24)}"\n  }\n}\n`;
    const reported = scanText(json, { path: 'appsettings.json' }).filter(f => f.ruleId === 'stripe-secret-key');
    assert.deepStrictEqual(reported.map(f => f.range.start.line + 1), [3]);
    const php = `<?php\nreturn [\n    'gitlab_deploy_token' => '${join('gl', 'dt-')}${randomString(20)}',\n    'gitlab_token' => env('GITLAB_TOKEN'),\n];\n`;
    // A list of words after a prefix is a table, not a token: `['glimt-', 'gitlab-incoming-mail-token', …]`.
    const table = `const KINDS = [\n  ['${join('gli', 'mt-')}', 'gitlab-incoming-mail-token', 'GitLab incoming mail token'],\n];\n`;
    assert.deepStrictEqual(scanText(table, { path: 'src/rules/gitlab.ts' }), []);
    const deploy = scanText(php, { path: 'config/scm.php' }).filter(f => f.ruleId === 'gitlab-deploy-token');
    assert.strictEqual(deploy.length, 1);
    assert.ok(!deploy[0].detail?.includes('joins'), 'found as written');
  });

  it('reads a token spelled as its characters\' codes, decimal or hex', () => {
    const swift = `struct APIClient {\n    private let obfuscated: [UInt8] = [${codes(stripe, true)}]\n}\n`;
    assert.ok(rulesOnLine(swift, 'Sources/APIClient.swift', 2).includes('stripe-secret-key'));
    const r = `token <- rawToChar(as.raw(c(${codes(pat)})))\n`;
    assert.ok(rulesOnLine(r, 'R/api.R', 1).includes('github-pat'));
    // A table of byte values is no text: nothing to read.
    const table = `static const uint8_t crc_table[] = {${Array.from({ length: 32 }, (_, i) => String((i * 37) % 256)).join(', ')}};\n`;
    assert.deepStrictEqual(scanText(table, { path: 'src/crc.c' }), []);
  });

  it('reads a token in base64 that the file decodes, and judges a decoded value under the name it is set to', () => {
    const cs = `var encoded = "${base64(pat)}";\nvar token = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));\n`;
    assert.ok(rulesOnLine(cs, 'Notifier/Program.cs', 1).includes('github-pat'));
    const swift = `let data = Data(base64Encoded: "${base64(stripe)}")!\n`;
    assert.ok(rulesOnLine(swift, 'Sources/Keys.swift', 1).includes('stripe-secret-key'));
    const secret = randomString(32, '0123456789abcdef');
    const ruby = `require "base64"\nclass ShopifySync\n  WEBHOOK_SECRET = Base64.decode64("${base64(secret)}")\nend\n`;
    assert.ok(rulesOnLine(ruby, 'app/services/shopify_sync.rb', 3).includes('generic-secret-assignment'));
    // Rust's base64 engine; a hex literal a call decodes, the line before it naming the key.
    const rs = `pub fn token() -> String { String::from_utf8(base64::engine::general_purpose::STANDARD.decode("${base64(pat)}").unwrap()).unwrap() }\n`;
    assert.ok(rulesOnLine(rs, 'src/creds.rs', 1).includes('github-pat'));
    const hex = `var deployToken = mustHex("${Buffer.from(pat).toString('hex')}")\n`;
    assert.ok(rulesOnLine(hex, 'cmd/deploy/secrets.go', 1).includes('github-pat'));
    // The finding says how the file holds it.
    assert.ok(scanText(hex, { path: 'cmd/deploy/secrets.go' }).some(f => f.detail?.includes('hex-encoded')));
    // A decoded word under the same name is no secret.
    assert.deepStrictEqual(scanText(`WEBHOOK_SECRET = Base64.decode64("${base64('changeme-changeme')}")\n`, { path: 'app/x.rb' }), []);
  });

  it('judges a printable byte array under a secret name as the text it spells', () => {
    const key = randomString(40);
    const kotlin = `object Keys {\n    private val SIGNING_SECRET = byteArrayOf(${codes(key)})\n}\n`;
    assert.ok(rulesOnLine(kotlin, 'app/src/main/java/Keys.kt', 2).includes('generic-secret-assignment'));
    const ps = `$apiKeyBytes = [byte[]]@(${codes(randomString(32, '0123456789abcdef'))})\n`;
    assert.ok(rulesOnLine(ps, 'ops/Sync.ps1', 1).includes('generic-secret-assignment'));
  });
});

describe('values wrapped over lines the file continues', () => {
  const webhook = join('https://hooks.sl', 'ack.com/services/') + `T${randomString(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${randomString(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${randomString(24)}`;
  const [head, middle, tail] = [webhook.slice(0, 46), webhook.slice(46, 58), webhook.slice(58)];

  it('reads a .properties value wrapped with backslashes as the one line Java reads', () => {
    const text = `spring.datasource.password=\${DB_PASSWORD:}\n# wrapped: it is long\nslack.webhook.url=${head}\\\n    ${middle}\\\n    ${tail}\nnext.key=1\n`;
    const found = scanText(text, { path: 'src/main/resources/application-prod.properties' });
    assert.deepStrictEqual(found.map(f => [f.ruleId, f.range.start.line + 1, f.range.end.line + 1]), [['slack-webhook-url', 3, 5]]);
    // (With Windows line ends too.)
    const crlf = scanText(text.replace(/\n/g, '\r\n'), { path: 'src/main/resources/application-prod.properties' });
    assert.deepStrictEqual(crlf.map(f => [f.ruleId, f.range.start.line + 1, f.range.end.line + 1]), [['slack-webhook-url', 3, 5]]);
  });

  it('joins no line a comment ends with a backslash, nor one whose backslash is escaped', () => {
    assert.deepStrictEqual(continuedLines(`url=${head}\\\\\n${middle}${tail}\n`, '\\'), []);
    assert.deepStrictEqual(scanText(`# see ${head}\\\n${middle}${tail}\n`, { path: 'conf/app.properties' }).map(f => f.ruleId), []);
  });
});
