import * as assert from 'assert';
import { scanText } from '../../src/core';
import { crcToken, join, randomString } from '../helpers/fakes';

/** A random-looking value that the generic rule should treat as a credential. */
const V = randomString(24);

const GENERIC = 'generic-secret-assignment';
const found = (text: string, path: string) => scanText(text, { path }).filter(f => f.ruleId === GENERIC);

describe('generic secret assignments', () => {
  const positives: [string, string, string][] = [
    ['app.js', `const stripeSecretKey = "${V}";`, 'STRIPE_SECRET_KEY'],
    ['app.js', `config = { apiKey: '${V}' }`, 'API_KEY'],
    ['app.ts', `const token: string = "${V}";`, 'TOKEN'],
    ['app.py', `client = Client(api_key="${V}")`, 'API_KEY'],
    ['app.go', `var authToken string = "${V}"`, 'AUTH_TOKEN'],
    ['App.java', `private static final String CLIENT_SECRET = "${V}";`, 'CLIENT_SECRET'],
    ['App.kt', `val token: String = "${V}"`, 'TOKEN'],
    ['Program.cs', `var apiKey = @"${V}";`, 'API_KEY'],
    ['config.rb', `config.secret_key_base = '${V}'`, 'SECRET_KEY_BASE'],
    ['index.php', `$password = '${V}';`, 'PASSWORD'],
    ['main.rs', `let api_key = "${V}";`, 'API_KEY'],
    ['config.yaml', `  client_secret: "${V}"`, 'CLIENT_SECRET'],
    ['config.yml', `password: ${V}`, 'PASSWORD'],
    ['.env', `API_KEY=${V}`, 'API_KEY'],
    ['app.properties', `db.password=${V}`, 'DB_PASSWORD'],
    ['settings.toml', `token = "${V}"`, 'TOKEN'],
    ['app.ini', `secret_key = ${V}`, 'SECRET_KEY'],
    ['web.xml', `<password>${V}</password>`, 'PASSWORD'],
    ['main.tf', `  password = "${V}"`, 'PASSWORD'],
    ['deploy.sh', `mytool --password=${V}`, 'PASSWORD'],
    ['deploy.sh', `curl --token ${V} https://api.invalid`, 'TOKEN'],
    ['settings.json', `{"client_secret": "${V}"}`, 'CLIENT_SECRET'],
    ['app.ts', `this.password = "${V}"`, 'PASSWORD'],
    ['app.js', `headers["x-api-key"] = "${V}"`, 'X_API_KEY'],
  ];
  for (const [path, text, envVar] of positives) {
    it(`finds ${JSON.stringify(text.replace(V, '…'))} in ${path}`, () => {
      const [f] = found(text, path);
      assert.ok(f, 'expected a finding');
      assert.strictEqual(text.slice(f.range.start.offset, f.range.end.offset), V);
      assert.strictEqual(f.envVar, envVar);
      assert.strictEqual(f.confidence, 'generic');
      assert.strictEqual(f.severity, 'warning');
    });
  }

  const negatives: [string, string][] = [
    ['a.js', 'const password = "your-password-here";'],
    ['a.js', 'const token = process.env.GITHUB_TOKEN;'],
    ['a.js', 'const apiKey = "<OPENAI_API_KEY>";'],
    ['a.yaml', 'password: ${DB_PASSWORD}'],
    ['a.yaml', 'token: ${{ secrets.NPM_TOKEN }}'],
    ['a.yaml', 'password: changeme'],
    ['a.yaml', 'password: "********"'],
    ['a.yaml', 'api_key: REDACTED'],
    ['.env', 'API_KEY=op://vault/item/field'],
    ['a.yaml', 'password: ENC[AES256_GCM,data:abc,iv:def]'],
    ['a.yaml', 'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256'],
    ['a.js', 'const passwordField = "user_password_input";'],
    ['a.js', 'const tokenUrl = "https://auth.invalid/oauth/token";'],
    ['a.js', `if (password === "${V}") {}`],
    ['a.js', 'const secretName = "prod/db/credentials";'],
    ['a.py', 'token = request.headers.get("Authorization")'],
    ['a.json', '{"integrity": "sha512-Zq8vR2mX9pLk4TnB7wYcZq8vR2mX9pLk4TnB7wYc=="}'],
    ['a.json', '{"token": "5f4dcc3b5aa765d61d8327deb882cf99"}'],
    ['a.js', `const csrfToken = "${V}";`],
    ['a.json', `{"NextToken": "${V}", "ClientToken": "${V}", "pageToken": "${V}"}`],
    ['a.js', 'const secret = "test-secret-value";'],
    ['a.js', 'const token = "dummy-token-123456";'],
    ['a.js', 'const password = "fake_password_1";'],
    ['a.js', 'const password = "P@ssw0rd123!";'],
    ['a.js', 'const apiKey = "123e4567-e89b-12d3-a456-426614174000";'],
    ['a.js', 'const tokenType = "Bearer";'],
    ['a.js', 'password: Joi.string().min(8).required(),'],
    ['a.js', 'e.password=t.password,e.token=n.token'],
    ['a.js', '{key:"password",label:"Password",type:"password"}'],
    ['a.js', 'const secretKey = new Uint8Array(32);'],
    ['a.js', 'const i18n = { password: "Mot de passe", token: "Jeton d\'accès" }'],
    ['a.json', '{"encryptionKey": "arn:aws:kms:us-east-1:123456789012:key/abcd"}'],
    ['a.js', `const token = getToken("${V}");`],
    ['package-lock.json', `"token": "${V}"`],
  ];
  for (const [path, text] of negatives) {
    it(`ignores ${JSON.stringify(text.replace(V, '…'))} in ${path}`, () => {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), []);
    });
  }

  it('reports findings in test and docs files one severity level lower', () => {
    const text = `const apiKey = "${V}";`;
    assert.strictEqual(found(text, 'src/app.js')[0].severity, 'warning');
    const [inTest] = found(text, 'test/app.test.js');
    assert.strictEqual(inTest.severity, 'info');
    assert.match(inTest.detail ?? '', /test, example or docs/);
    assert.strictEqual(found(text, 'README.md')[0].severity, 'info');
  });

  it('Python docstrings are documentation: their examples are informational, data strings are not', () => {
    const q = '"'.repeat(3);
    const doc = `def fetch(url):\n    ${q}Fetch a page.\n\n    >>> fetch(url, user='klem', passwd='${V}')\n    ${q}\n    return url\n`;
    const [inDoc] = found(doc, 'lib/fetch.py');
    assert.strictEqual(inDoc?.severity, 'info');
    assert.match(inDoc.detail ?? '', /in a docstring/);
    // The same text in a string the code uses (assigned, passed) is configuration.
    assert.strictEqual(found(`CONFIG = ${q}\npassword = '${V}'\n${q}\n`, 'lib/settings.py')[0]?.severity, 'warning');
    assert.strictEqual(found(`load(r'''\napi_key: "${V}"\n''')\n`, 'lib/settings.py')[0]?.severity, 'warning');
    // Not Python: no docstrings.
    assert.strictEqual(found(`/*\n${q}\npasswd = '${V}'\n${q}\n*/`, 'lib/x.js')[0]?.severity, 'warning');
  });

  it('a token with a provider format in a docstring is as live as anywhere', () => {
    const key = crcToken(join('gh', 'p_'));
    const [f] = scanText(`def f():\n    ${'"'.repeat(3)}Uses ${key}.${'"'.repeat(3)}\n`, { path: 'lib/gh.py' });
    assert.strictEqual(f?.ruleId, 'github-pat');
    assert.strictEqual(f.severity, 'error');
  });

  it('an unquoted identifier in code is not a literal, but in config files it is', () => {
    assert.strictEqual(found(`password = ${V}`, 'a.py').length, 0);
    assert.strictEqual(found(`password = ${V}`, 'a.ini').length, 1);
  });
});
