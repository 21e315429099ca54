import * as assert from 'assert';
import { annotateLiveInTest, environmentOf, runChecks, runWorkspaceChecks, scanText } from '../../../src/core';
import { join, openaiProjectKey, token } from '../../helpers/fakes';

const stripeLive = (seed?: number) => token(join('sk_', 'live_'), 24, undefined, seed);
const stripeTest = () => token(join('sk_', 'test_'), 24);

describe('environmentOf', () => {
  it('reads the environment from conventional file and folder names', () => {
    const cases: [string, string | undefined][] = [
      ['.env.development', 'development'], ['.env.local', 'development'], ['.env.development.local', 'development'],
      ['.env.test', 'test'], ['.env.staging', 'staging'], ['.env.production', 'production'], ['.env.prod', 'production'],
      ['appsettings.Development.json', 'development'], ['appsettings.json', 'production'], ['appsettings.Staging.json', 'staging'],
      ['config/production.yml', 'production'], ['config/environments/test.rb', 'test'], ['values-prod.yaml', 'production'],
      ['application-dev.yml', 'development'], ['docker-compose.prod.yml', 'production'], ['src/api.test.ts', 'test'],
      ['deploy/overlays/staging/secrets.yaml', 'staging'], ['tests/conftest.py', 'test'], ['src/__tests__/a.js', 'test'],
      ['.env', undefined], ['src/app.ts', undefined], ['src/product.ts', undefined], ['src/latest.json', undefined],
      ['application.yml', undefined],
    ];
    for (const [path, env] of cases) assert.strictEqual(environmentOf(path), env, path);
  });
});

describe('live keys in development and test files', () => {
  it('tags a live Stripe key in .env.test and test code, at error severity', () => {
    for (const path of ['.env.test', '.env.development', 'tests/payments.test.js']) {
      const text = `STRIPE_SECRET_KEY=${stripeLive()}\n`;
      const [f] = runChecks(scanText(text, { path }), { path, text });
      assert.ok(f.tags?.includes('live-in-test'), path);
      assert.strictEqual(f.severity, 'error', path);
      assert.match(f.advice!, /test-mode key/);
    }
  });

  it('leaves live keys in production files and test keys in test files alone', () => {
    const live = annotateLiveInTest(scanText(`STRIPE_SECRET_KEY=${stripeLive()}`, { path: '.env.production' }), '.env.production');
    assert.ok(!live[0].tags?.includes('live-in-test'));
    const testKey = annotateLiveInTest(scanText(`STRIPE_SECRET_KEY=${stripeTest()}`, { path: '.env.test' }), '.env.test');
    assert.strictEqual(testKey[0].ruleId, 'stripe-test-key');
    assert.strictEqual(testKey[0].tags, undefined);
  });
});

describe('the same secret across environments', () => {
  const file = (path: string, text: string) => ({ path, findings: runChecks(scanText(text, { path }), { path, text }) });

  it('tags every copy and names the other files, without printing the value', () => {
    const key = openaiProjectKey();
    const files = runWorkspaceChecks([
      file('.env.development', `OPENAI_API_KEY=${key}\n`),
      file('.env.production', `OPENAI_API_KEY=${key}\n`),
      file('src/app.ts', `const other = "${openaiProjectKey()}";`),
    ]);
    const [dev, prod, app] = files.map(f => f.findings[0]);
    assert.deepStrictEqual(dev.tags, ['shared-across-envs']);
    assert.deepStrictEqual(prod.tags, ['shared-across-envs']);
    assert.match(dev.advice!, /also used in \.env\.production \(production\)/);
    assert.match(prod.advice!, /also used in \.env\.development \(development\)/);
    assert.strictEqual(app.tags, undefined);
    assert.ok(!JSON.stringify(files).includes(key.slice(10, 40)));
  });

  it('does not tag a secret repeated within one environment, or next to environment-neutral files', () => {
    const key = openaiProjectKey();
    const files = runWorkspaceChecks([
      file('.env.production', `OPENAI_API_KEY=${key}\n`),
      file('config/production.yml', `openai_api_key: ${key}\n`),
      file('.env', `OPENAI_API_KEY=${key}\n`),
    ]);
    assert.deepStrictEqual(files.flatMap(f => f.findings.flatMap(x => x.tags ?? [])), []);
  });

  it('compares appsettings.Development.json with appsettings.json (the production default)', () => {
    const key = openaiProjectKey();
    const json = `{ "OpenAI": { "ApiKey": "${key}" } }`;
    const files = runWorkspaceChecks([file('appsettings.json', json), file('appsettings.Development.json', json)]);
    assert.ok(files.every(f => f.findings[0].tags?.includes('shared-across-envs')));
  });
});
