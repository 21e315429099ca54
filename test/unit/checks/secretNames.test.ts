import * as assert from 'assert';
import { RULES, ruleById } from '../../../src/core';
import { namesASecret } from '../../../src/core/rules/secretNames';
import { CHECK_RULE_IDS } from '../../../src/core/checks';

describe('secret names and rule ids used by the checks', () => {
  it('recognises the conventional env var of every rule that names a secret', () => {
    // Identifiers of a credential (key ids, file paths) are not secrets themselves, nor is a
    // password hash (crackable, but it opens nothing as it stands).
    const notSecrets = new Set(['AWS_ACCESS_KEY_ID', 'SPACES_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'TENCENTCLOUD_SECRET_ID', 'GOOGLE_APPLICATION_CREDENTIALS', 'PASSWORD_HASH']);
    const missed = [...new Set(RULES.map(r => r.envVar))].filter(n => !notSecrets.has(n) && !namesASecret(n));
    assert.deepStrictEqual(missed, []);
  });

  it('recognises secret identifiers in any case style, and not names that only mention secrets', () => {
    for (const n of ['apiKey', 'OPENAI_API_KEY', 'password', 'dbPassword', 'client_secret', '$apiKey', '@api_key', 'DATABASE_URL', 'stripeSecretKey']) {
      assert.ok(namesASecret(n), n);
    }
    for (const n of ['passwordChangedAt', 'tokenCount', 'apiKeyId', 'AWS_ACCESS_KEY_ID', 'tokenUrl', 'NODE_ENV', 'nextPageToken', 'secretName', 'hasToken', 'resultWithoutToken', 'isPassword',
      'ignoredCredentials', 'requiredPasswords', 'PWD', 'OLDPWD', '$PWD']) {
      assert.ok(!namesASecret(n), n);
    }
  });

  it('every rule id the checks refer to is registered in the catalogue', () => {
    for (const id of Object.values(CHECK_RULE_IDS)) assert.ok(ruleById(id), id);
  });
});
