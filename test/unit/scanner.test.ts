import * as assert from 'assert';
import { createScanner, scanText } from '../../src/core';
import { awsAccessKeyId, awsSecretKey, corruptChecksum, crcToken, openaiProjectKey, pemBlock, randomString } from '../helpers/fakes';

describe('scanner basics', () => {
  it('finds an OpenAI project key in JS and reports its masked value and position', () => {
    const key = openaiProjectKey();
    const text = `const x = 1;\nconst client = new OpenAI({ apiKey: "${key}" });\n`;
    const [f, ...rest] = scanText(text, { path: 'src/app.ts' });
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(f.ruleId, 'openai-project-key');
    assert.strictEqual(f.range.start.line, 1);
    assert.strictEqual(text.slice(f.range.start.offset, f.range.end.offset), key);
    assert.ok(!f.masked.includes(key.slice(10, 30)));
    assert.strictEqual(f.envVar, 'OPENAI_API_KEY');
  });

  it('verifies GitHub checksums and rejects look-alikes', () => {
    const good = crcToken('ghp_');
    assert.strictEqual(scanText(`token = "${good}"`)[0]?.confidence, 'verified-format');
    assert.deepStrictEqual(scanText(`token = "${corruptChecksum(good)}"`).filter(f => f.provider === 'GitHub'), []);
  });

  it('pairs an AWS key id with its secret', () => {
    const text = `aws_access_key_id = ${awsAccessKeyId()}\naws_secret_access_key = ${awsSecretKey()}\n`;
    const found = scanText(text, { path: '.aws/credentials' });
    assert.deepStrictEqual(found.map(f => f.ruleId).sort(), ['aws-access-key-id', 'aws-secret-access-key']);
    assert.strictEqual(found[0].related?.length, 1);
  });

  it('finds a PEM private key', () => {
    const found = scanText(`key = """${pemBlock('RSA PRIVATE KEY')}"""`, { path: 'a.py' });
    assert.strictEqual(found[0]?.title, 'RSA private key');
  });

  it('flags generic secrets by name and derives the env var', () => {
    const found = scanText(`const stripeSecretKey = "${randomString(20)}";`, { path: 'a.js' });
    assert.strictEqual(found[0]?.ruleId, 'generic-secret-assignment');
    assert.strictEqual(found[0]?.envVar, 'STRIPE_SECRET_KEY');
  });
});

describe('documented example keys', () => {
  it('reCAPTCHA\'s published test keys are quiet under every rule, even beside a provider\'s name', () => {
    // Google's reCAPTCHA FAQ publishes this pair for automated tests: every verification passes.
    const text = 'Turnstile and Cloudflare aside, tests use reCAPTCHA\'s test pair:\n- Site key: `6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI`\n- Secret key: `6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe`\n';
    assert.deepStrictEqual(scanText(text, { path: 'notes/captcha.txt' }).map(f => f.ruleId), []);
  });

  it("RFC 7515's example HMAC key is quiet in a JOSE library's tests; another key in its place is not", () => {
    const jwk = (k: string) => `RFC7515_A1_JWK = {\n    "kty": "oct",\n    "k": "${k}",\n}\n`;
    const rfc = ['AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1', 'qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow'].join('');
    assert.deepStrictEqual(scanText(jwk(rfc), { path: 'src/jose/keys.py' }).filter(f => f.severity !== 'info').map(f => f.ruleId), []);
    assert.notDeepStrictEqual(scanText(jwk(`${rfc.slice(0, 40)}${rfc.slice(40).split('').reverse().join('')}`), { path: 'src/jose/keys.py' }).map(f => f.ruleId), []);
  });

  it('a comment\'s words above a setting are no label of it: `# OneLogin API credentials⏎onelogin.sdk.client_id=…`', () => {
    const id = randomString(64, '0123456789abcdef');
    assert.deepStrictEqual(scanText(`# OneLogin API credentials\nonelogin.sdk.client_id=${id}\n`, { path: 'conf/onelogin.sdk.properties' }).map(f => f.ruleId), []);
  });
});

describe('copies of a reported value', () => {
  it('reports every other copy in the file, as its original is, and no copy inside a longer token', () => {
    const key = openaiProjectKey();
    const secret = randomString(40);
    // A detector's test table: the key in its input, then again, bare, in what the test expects.
    const text = [
      `{input: "OPENAI_API_KEY=${key}", want: []string{"${key}"}},`,
      `{input: "SHOP_API_SECRET=${secret}", want: []string{"${secret}"}},`,
      `// ${secret}x is part of a longer token`,
      '',
    ].join('\n');
    const found = scanText(text, { path: 'src/detectors.go' });
    const at = (value: string) => found.filter(f => text.slice(f.range.start.offset, f.range.end.offset) === value)
      .map(f => `${f.range.start.line}:${f.ruleId}`);
    assert.deepStrictEqual(at(key), ['0:openai-project-key', '0:openai-project-key']);
    assert.deepStrictEqual(at(secret), ['1:generic-secret-assignment', '1:generic-secret-assignment']);
    assert.match(found[3].detail ?? '', /another copy/);
    // The copy goes where the original goes: the same variable.
    assert.strictEqual(found[3].envVar, 'SHOP_API_SECRET');
  });
});

describe('prefixes one letter off a provider\'s', () => {
  it('a secret-named value whose prefix is one letter off a provider\'s is information; an unrelated prefix stays a warning', () => {
    const body = randomString(36);
    const at = (text: string) => scanText(text, { path: 'src/release.config.js' }).map(f => `${f.ruleId}:${f.severity}`);
    assert.deepStrictEqual(at(`const githubToken = "gph_${body}";\n`), ['generic-secret-assignment:info']);
    assert.deepStrictEqual(at(`const npmToken = "npn_${body}";\n`), ['generic-secret-assignment:info']);
    assert.deepStrictEqual(at(`const partnerToken = "zqx_${body}";\n`), ['generic-secret-assignment:warning']);
    // A password's first word is no prefix: a short value is not read as a mistyped token.
    assert.deepStrictEqual(at(`const dbPassword = "Prn-${randomString(10)}";\n`), ['generic-secret-assignment:warning']);
  });
});

describe('diffs in the workspace', () => {
  // A `.patch`, a `git show` pasted in a review, a `.rej`: each changed file is read in its own language.
  it("reads each file's removed and added lines as that file, and places findings on the diff's lines", () => {
    const oldPw = `${randomString(18)}^k`, newPw = `${randomString(18)}!q`, secret = randomString(40);
    const patch = [
      'From 06723a56e37cfa2625ff25830ca378d163abb4a6 Mon Sep 17 00:00:00 2001',
      'Subject: [PATCH] Configure datasource',
      '---',
      'diff --git a/src/main/resources/application.properties b/src/main/resources/application.properties',
      'index dc8ccd4..0351eb0 100644',
      '--- a/src/main/resources/application.properties',
      '+++ b/src/main/resources/application.properties',
      '@@ -1,3 +1,4 @@',
      ' spring.application.name=orders',
      `-spring.datasource.password=${oldPw}`,
      `+spring.datasource.password=${newPw}`,
      `+aws.credentials.secret-key=${secret}`,
      ' management.tracing.sampling.probability=0.1',
      '',
    ].join('\n');
    const found = scanText(patch, { path: 'patches/0001-configure.patch' });
    const at = (value: string) => found.filter(f => patch.slice(f.range.start.offset, f.range.end.offset) === value).map(f => `${f.range.start.line}:${f.detail ?? ''}`);
    assert.deepStrictEqual(at(oldPw), ['9:on a removed line of src/main/resources/application.properties in a diff']);
    assert.deepStrictEqual(at(newPw), ['10:on an added line of src/main/resources/application.properties in a diff']);
    assert.deepStrictEqual(at(secret).map(x => x.split(':')[0]), ['11']);
    // The same lines outside a diff's hunks are not read as properties.
    assert.deepStrictEqual(scanText(patch.replace('@@ -1,3 +1,4 @@', '@@ no hunk @@'), { path: 'patches/0001-configure.patch' }).filter(f => f.ruleId === 'generic-secret-assignment'), []);
  });

  it('reads a hunk edited by hand past its counts, up to the next header or blank line', () => {
    const pw = `${randomString(20)}+/${randomString(10)}`;
    const diff = [
      '--- config/mailer.yml.orig',
      '+++ config/mailer.yml',
      '@@ -1,2 +1,2 @@',
      ' production:',
      '-  delivery_method: sendmail',
      '+  delivery_method: smtp',
      '   smtp_settings:',
      `     password: ${pw}`,
      '',
      '-- ',
      '2.43.0',
      '',
    ].join('\n');
    const found = scanText(diff, { path: 'diffs/smtp-hotfix.diff' });
    assert.deepStrictEqual(found.map(f => [diff.slice(f.range.start.offset, f.range.end.offset), f.range.start.line]), [[pw, 7]]); // (0-based)
  });

  it("reads Ansible's --diff output: each side as the file it names (a template rendered to .pgpass)", () => {
    const oldPw = `${randomString(20)}1`, newPw = `${randomString(22)}2`;
    const log = [
      'TASK [postgresql : render .pgpass] ****',
      '--- before: /var/lib/postgresql/.pgpass',
      '+++ after: /home/ci/.ansible/tmp/ansible-local-21844/pgpass.j2',
      '@@ -1,1 +1,1 @@',
      `-*:5432:*:replicator:${oldPw}`,
      `+*:5432:*:replicator:${newPw}`,
      '',
    ].join('\n');
    const found = scanText(log, { path: 'ansible/logs/check-diff.log' });
    assert.deepStrictEqual(found.map(f => [log.slice(f.range.start.offset, f.range.end.offset), f.ruleId]), [[oldPw, 'pgpass-password'], [newPw, 'pgpass-password']]);
  });

  it("reads a mail's quoted-printable body decoded: `=3D` is the setting's `=`", () => {
    const secret = awsSecretKey(7);
    const mail = `Subject: AWS access\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n[migration]\r\naws_secret_access_key =3D ${secret}\r\nregion =3D eu-west-1\r\n`;
    const found = scanText(mail, { path: 'mail/2024-01-08_AWS-access.eml' });
    assert.deepStrictEqual(found.map(f => mail.slice(f.range.start.offset, f.range.end.offset)), [secret]);
  });

  it("reads a quoted-printable mail's other characters decoded, what follows each word where it is written (has=C5=82o is hasło)", () => {
    const pw = `1x^${randomString(12)}?q`;
    const mail = `Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCze=C5=9B=C4=87 Marek,\r\nlogin: deploy\r\nhas=C5=82o: ${pw}\r\n`;
    const found = scanText(mail, { path: 'mail/RE_ dostep do serwera.eml' });
    assert.deepStrictEqual(found.map(f => mail.slice(f.range.start.offset, f.range.end.offset)), [pw]);
  });

  it('reads a Rich Text document as its text: a label and its value are apart only by control words', () => {
    const pw = `${randomString(12)}!4`;
    const rtf = `{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;\\f1\\fmodern Courier;}\n\\f0 Domain admin account: CORP\\\\svc-admin\\par\nPassword: \\f1 ${pw}\\f0\\par\n}\n`;
    const found = scanText(rtf, { path: 'docs/legacy/server-handover-2019.rtf' });
    assert.deepStrictEqual(found.map(f => rtf.slice(f.range.start.offset, f.range.end.offset)), [pw]);
    assert.strictEqual(found[0].range.start.line, 2);
  });

  it("reads a backup (`database.yml~`, `settings.py.dpkg-old`, Emacs's `#…#`) as the file it backs up", () => {
    const pw = `${randomString(14)}9x`;
    for (const path of ['config/database.yml~', 'config/#database.yml#', 'config/database.yml.dpkg-old']) {
      assert.deepStrictEqual(scanText(`production:\n  adapter: postgresql\n  password: ${pw}\n`, { path }).map(f => f.range.start.line), [2], path);
    }
  });
});

describe('source maps', () => {
  // A deployed map gives every browser the sources it holds, often without the sources in the repository.
  it('reports secrets in a source map\'s sourcesContent, read through the JSON escapes', () => {
    const key = openaiProjectKey();
    const password = `aZ9${randomString(21)}`;
    const text = JSON.stringify({ version: 3, sources: ['../src/ai.ts'], sourcesContent: [`const k = "${key}";\nconst dbPassword = "${password}";\n`], mappings: 'AAAA,SAAS;AACA' }, null, 2);
    const found = scanText(text, { path: 'dist/assets/index-3f2a.js.map' }).map(f => text.slice(f.range.start.offset, f.range.end.offset));
    assert.deepStrictEqual(found.sort(), [key, password].sort());
  });
});

describe('long lines', () => {
  it('finds tokens on either side of a default window boundary on one minified line', () => {
    for (const gap of [1500, 1990, 2000, 2100, 3000]) {
      const a = crcToken('ghp_'), b = crcToken('ghp_');
      const text = `var a="${a}";${'x=1;'.repeat(gap / 4)}var b="${b}";`;
      assert.strictEqual(scanText(text, { path: 'bundle.min.js' }).length, 2, `gap ${gap}`);
    }
  });
});

describe('placeholder words', () => {
  it('does not drop random tokens that happen to contain short words like "tbd" or "mock"', () => {
    const { isPlaceholder } = require('../../src/core/filters') as typeof import('../../src/core/filters');
    assert.strictEqual(isPlaceholder('Qz8tbdK2mockP9aR4todoW7fakeL3x'), false);
    // A capitals word inside a run of capitals is not a word (Slack team ids: `T` + capitals).
    assert.strictEqual(isPlaceholder('TBDQ7X2K9'), false);
    assert.strictEqual(isPlaceholder('B7MOCKX2Q/aZ3kQ9'), false);
    for (const p of ['fake_api_key_123', 'FAKE-TOKEN', 'FAKE_KEY', 'fakeApiKey', 'sk-xxxxxxxxxxxxxxxx', 'TODO', 'your-api-key-here', 'XXXXXXXX']) {
      assert.strictEqual(isPlaceholder(p), true, p);
    }
  });

  it('stops early when the caller says so, keeping the findings of the text read so far', () => {
    const scanner = createScanner();
    const filler = 'const value = compute(a, b);\n'.repeat(2000); // 58 K characters: several 16 K stretches
    const text = `const a = "${openaiProjectKey()}";\n${filler}const b = "${openaiProjectKey()}";\n`;
    assert.strictEqual(scanner.scan(text, { path: 'a.ts' }).length, 2);
    assert.deepStrictEqual(scanner.scan(text, { path: 'a.ts' }, { shouldStop: () => true }), [], 'stopped before the first stretch');
    let asked = 0;
    const firstOnly = scanner.scan(text, { path: 'a.ts' }, { shouldStop: () => ++asked > 1 });
    assert.deepStrictEqual(firstOnly.map(f => f.range.start.line), [0], 'stopped after the first stretch');
    assert.strictEqual(scanner.scan(text, { path: 'a.ts' }, { shouldStop: () => false }).length, 2);
  });

  it("reads a chat export's message given in pieces (Telegram's `text` array) as one sentence, the finding on the code piece's text", () => {
    const password = `${randomString(12)}7q`;
    const message = (pieces: string) => `{\n "messages": [\n  {\n   "id": 1201,\n   "type": "message",\n   "text": [\n${pieces}\n   ]\n  }\n ]\n}\n`;
    const text = message(`    "the new wifi password: ",\n    {\n     "type": "code",\n     "text": "${password}"\n    },\n    " until friday"`);
    const found = scanText(text, { path: 'exports/ops/result.json' });
    assert.deepStrictEqual(found.map(f => text.slice(f.range.start.offset, f.range.end.offset)), [password]);
    // A link's piece beside a sentence with no word for a secret is none.
    const link = message(`    "see the dashboard at ",\n    {"type": "link", "text": "https://grafana.example.org/d/${password}"}`);
    assert.deepStrictEqual(scanText(link, { path: 'exports/ops/result.json' }).map(f => f.ruleId), []);
  });
});
