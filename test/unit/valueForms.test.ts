import * as assert from 'assert';
import { scanText } from '../../src/core';
import { HEX, randomString } from '../helpers/fakes';

const GENERIC = 'generic-secret-assignment';
/** The values the generic rule reports in `text`, as written. */
const reported = (text: string, path: string, rule = GENERIC) => scanText(text, { path })
  .filter(f => f.ruleId === rule)
  .map(f => text.slice(f.range.start.offset, f.range.end.offset));

describe('secrets written in a language\'s own forms', () => {
  const V = `aZ9${randomString(37)}`;

  it('reads a key type built from the literal: CryptoKit, Rust jsonwebtoken (Java\'s have their rule)', () => {
    const b64 = Buffer.from(randomString(32)).toString('base64');
    assert.deepStrictEqual(reported(`private let hmacKey = SymmetricKey(data: Data(base64Encoded: "${b64}")!)\n`, 'Sources/Api/Client.swift'), [b64]);
    assert.deepStrictEqual(reported(`SecretKey signingKey = Keys.hmacShaKeyFor("${V}".getBytes(StandardCharsets.UTF_8));\n`, 'src/main/java/Jwt.java', 'signing-secret-argument'), [V]);
    assert.deepStrictEqual(reported(`let signing_key = EncodingKey::from_secret(b"${V}");\n`, 'src/auth.rs'), [V]);
    assert.deepStrictEqual(reported(`Key hmacKey = new SecretKeySpec("${V}".getBytes(), "HmacSHA256");\n`, 'src/main/java/Sign.java', 'signing-secret-argument'), [V]);
    // The same types built from configuration hold no literal.
    assert.deepStrictEqual(reported('let signing_key = EncodingKey::from_secret(secret.as_bytes());\n', 'src/auth.rs'), []);
  });

  it('reads an RSpec let block under a secret\'s name', () => {
    const hex = randomString(64, HEX);
    assert.deepStrictEqual(scanText(`  let(:webhook_secret) { "${hex}" }\n`, { path: 'app/services/webhook.rb' })
      .map(f => f.ruleId), [GENERIC]);
    assert.deepStrictEqual(reported('  let(:webhook_secret) { "test-secret" }\n  let(:webhook_url) { "https://example.org/hook" }\n', 'app/services/webhook.rb'), []);
  });

  it('reads a map of secrets under a plural name, each member judged as one', () => {
    const other = randomString(40, HEX);
    const lua = `local PARTNER_KEYS = {\n  ["partner-globex"] = "${V}",\n  ["partner-initech"] = "${other}",\n}\n`;
    assert.deepStrictEqual(reported(lua, 'edge/lua/auth.lua'), [V, other]);
    assert.deepStrictEqual(reported(`export const apiTokens = {\n  billing: "${V}",\n};\n`, 'src/tokens.ts'), [V]);
    // Design tokens and public keys are no secrets.
    assert.deepStrictEqual(reported('export const tokens = {\n  primary: "#0055ff",\n  fontFamily: "Inter, sans-serif",\n};\n', 'src/theme.ts'), []);
    assert.deepStrictEqual(reported(`const PUBLIC_KEYS = {\n  web: "${V}",\n};\n`, 'src/keys.ts'), []);
  });

  it('reads the SK of an access-key pair and a JOSE octet key', () => {
    const sk = randomString(40);
    assert.deepStrictEqual(reported(`[huaweicloud]\nak = 5KKMSB35JAN4ZK0QO647\nsk = ${sk}\n`, 'home/.hcloud/config.ini'), [sk]);
    assert.deepStrictEqual(reported(`export HUAWEICLOUD_SDK_SK="${sk}"\n`, 'scripts/cli-auth.sh'), [sk]);
    // A random key that happens to hold the letters of its short name is no echo of the name.
    const holdsName = randomString(20) + 'SK' + randomString(18);
    assert.deepStrictEqual(reported(`[huaweicloud]\nak = 5KKMSB35JAN4ZK0QO647\nsk = ${holdsName}\n`, 'home/.hcloud/config.ini'), [holdsName]);
    const octet = Buffer.from(randomString(48)).toString('base64');
    assert.deepStrictEqual(reported(`config :joken, default_signer: [signer_alg: "HS512", key_octet: "${octet}"]\n`, 'config/runtime.exs'), [octet]);
    // A DynamoDB sort key is no secret key.
    assert.deepStrictEqual(reported('item = {"pk": "USER#1842", "sk": "ORDER#2026-01-04#A17"}\n', 'app/models.py'), []);
  });

  it('a random password with one separator is no snake_case name; a name of words still is', () => {
    const [lower, upper] = ['abcdefghijkmnopqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ'];
    // Case flipping at random within each part, as a generator makes it.
    const pw = [randomString(1, lower), randomString(1, upper), randomString(4, lower), randomString(1, upper), randomString(1, lower),
      randomString(3, upper), '_', randomString(1, lower), randomString(1, upper), randomString(1, lower), '0'].join('');
    assert.deepStrictEqual(reported(`[nas]\nnas.lan ansible_user=admin ansible_ssh_pass=${pw}\n`, 'inventory/hosts.ini'), [pw]);
    assert.deepStrictEqual(reported('password=pipeline_factory_v21\n', 'app.ini'), []);
    assert.deepStrictEqual(reported('password=userPassword_input\n', 'app.ini'), []);
  });

  it('a heredoc is a string: a setting written in one is a literal (Ruby, PHP)', () => {
    const pw = `${randomString(10)}!${randomString(8)}`;
    assert.deepStrictEqual(reported(`task :reset do\n  puts <<~MSG\n    Log in with:\n      user: sandbox\n      password: ${pw}\n  MSG\nend\n`, 'lib/tasks/partners.rake'), [pw]);
    assert.deepStrictEqual(reported(`<?php\n$ini = <<<EOT\n[db]\npassword = ${pw}\nEOT;\n`, 'app/config.php'), [pw]);
    // Outside one, an unquoted name in code is a variable.
    assert.deepStrictEqual(reported('  user = params[:user]\n  password = generated_password\n', 'app/models/user.rb'), []);
  });

  it('a constructor\'s secret parameter gives the literal its calls pass there: Python, C#, C++', () => {
    const [one, two] = [`aZ9${randomString(37)}`, `bY8${randomString(33)}`];
    const py = `class PaymentGateway:\n    def __init__(self, merchant_id, api_secret, sandbox=False):\n        self.api_secret = api_secret\n\ngw = PaymentGateway("m-123", "${one}")\n`;
    assert.deepStrictEqual(reported(py, 'billing/gateway.py'), [one]);
    const cs = `public class Gateway {\n    public Gateway(string merchantId, string apiSecret) { }\n}\nvar g = new Gateway("m-1", "${one}");\n`;
    assert.deepStrictEqual(reported(cs, 'Billing/Gateway.cs'), [one]);
    const cpp = `class ExchangeClient {\n public:\n  ExchangeClient(const std::string& account, const std::string& api_key, const std::string& api_secret);\n};\n`
      + `ExchangeClient make() {\n  return ExchangeClient(account,\n                        "${one}",\n                        "${two}");\n}\n`;
    assert.deepStrictEqual(reported(cpp, 'src/exchange_client.cpp'), [one, two]);
    // A call that passes variables, and a method (not the constructor) with the same parameter, give nothing.
    assert.deepStrictEqual(reported(`class Client:\n    def login(self, user, password):\n        pass\n\nClient("user", "${one}")\nc = Client(cfg.user, cfg.password)\n`, 'client.py'), []);
  });

  it('a list under a secret\'s name holds one per element: key rings and rotations', () => {
    const [one, two] = [Buffer.from(randomString(32)).toString('base64'), `aZ9${randomString(21)}`];
    assert.deepStrictEqual(reported(`SECRET_KEY_FALLBACKS = [\n    "${one}",\n    "${two}",\n]\n`, 'mysite/settings.py'), [one, two]);
    assert.deepStrictEqual(reported(`FERNET_KEYS = ["${one}"]\n`, 'backend/settings.py'), [one]);
    assert.deepStrictEqual(reported(`app.use(session({ secret: ["${two}"], resave: false }));\n`, 'server/app.js'), [two]);
    // Names of secrets and validators are no secrets.
    assert.deepStrictEqual(reported('SECRET_NAMES = ["STRIPE_SECRET_KEY", "OPENAI_API_KEY"]\nPASSWORD_VALIDATORS = ["django.contrib.auth.password_validation.MinimumLengthValidator"]\n', 'settings.py'), []);
  });

  it('a placeholder word counts when written as a word, not when a random run holds its letters', () => {
    // `…3fAke…`: the letters of `fake`, their case flipped at random.
    const random = `kfK6qwjUPI6g3fAke${randomString(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}x`;
    assert.deepStrictEqual(reported(`password = "${random}"\n`, 'config/app.py'), [random]);
    for (const placeholder of ['!ChangeMe!', 'YourPasswordHere', 'P@ssW0rd', 'FAKE_PW_1']) {
      assert.deepStrictEqual(scanText(`DATABASE_URL="postgresql://app:${placeholder}@127.0.0.1:5432/app"\n`, { path: '.env' }).map(f => f.ruleId), [], placeholder);
    }
  });
});
