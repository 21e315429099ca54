import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { base64url, epoch, jwt, randomString, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

const user = () => ({ sub: 'u-' + randomString(8), iss: 'https://auth.acme.dev', iat: epoch(-1), exp: epoch(30) });

describe('rules: JWT', () => {
  it('finds signed JWTs in every syntax and says when they expire', () => {
    const t = jwt(user());
    expectInAllSyntaxes('SESSION_TOKEN', t, 'jwt', { severity: 'warning', confidence: 'provider' });
    const f = expectFinding(`curl -H "X-Auth: ${t}" https://api`, t, 'jwt', { path: 'a.sh' });
    assert.match(f.detail ?? '', /issuer https:\/\/auth\.acme\.dev; expires \d{4}-/);
  });

  it('an expired JWT is informational and says "expired"', () => {
    const t = jwt({ ...user(), exp: epoch(-10) });
    const f = expectFinding(`TOKEN=${t}`, t, 'jwt', { path: '.env', severity: 'info' });
    assert.match(f.detail ?? '', /^expired/);
  });

  it('alg none, missing alg, missing signature and undecodable parts are not findings', () => {
    expectNone(`t = "${jwt(user(), { alg: 'none' })}"`, 'JWT');
    expectNone(`t = "${jwt(user(), { typ: 'JWT' })}"`, 'JWT');
    const [h, p] = jwt(user()).split('.');
    expectNone(`t = "${h}.${p}."`, 'JWT');
    expectNone(`t = "eyJ${randomString(30, URLSAFE)}.eyJ${randomString(60, URLSAFE)}.${randomString(43, URLSAFE)}"`, 'JWT');
  });

  it('the jwt.io sample and JWTs glued into longer tokens are ignored', () => {
    expectNone(`t = "${jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}"`, 'JWT');
    expectNone(`t = "x${jwt(user())}"`, 'JWT');
  });

  it("a JWT named as an anon or publishable key ships to browsers, whatever its claims", () => {
    const t = jwt(user());
    assert.deepStrictEqual(scanText(`PUBLIC_SUPABASE_ANON_KEY=${t}\n`, { path: '.env' }).filter(f => f.ruleId === 'jwt'), []);
    assert.deepStrictEqual(scanText(`const supabaseAnonKey = "${t}";\n`, { path: 'src/lib/supabase.ts' }).filter(f => f.ruleId === 'jwt'), []);
    expectFinding(`INTERNAL_API_JWT=${t}\n`, t, 'jwt', { path: '.env' });
  });

  it('1Password Connect tokens get their own rule', () => {
    const t = jwt({ aud: ['com.1password.connect'], sub: randomString(26), iss: 'com.1password.b5', iat: epoch(-5) }, { alg: 'ES256', kid: randomString(26), typ: 'JWT' });
    expectFinding(`OP_CONNECT_TOKEN=${t}`, t, '1password-connect-token', { path: '.env', severity: 'error' });
    assert.ok(!scanText(`OP_CONNECT_TOKEN=${t}`, { path: '.env' }).some(f => f.ruleId === 'jwt'));
  });

  it('a JWT with a non-JSON header is not a finding', () => {
    const t = ['eyJ' + base64url('not json at all').slice(3), base64url(JSON.stringify(user())), randomString(43, URLSAFE)].join('.');
    expectNone(`t = "${t}"`, 'JWT');
  });

  it('finds JWTs whose header or payload is pretty-printed JSON (base64 of "{ " or "{" + newline), bare on a line', () => {
    const pretty = [base64url('{\n  "alg": "HS256",\n  "typ": "JWT"\n}'), base64url(JSON.stringify(user(), null, 1)), randomString(43, URLSAFE)].join('.');
    expectFinding(`JWT := "${pretty}"\n`, pretty, 'jwt', { path: 'auth.go', severity: 'warning' });
    expectFinding(`${pretty}\n`, pretty, 'jwt', { path: 'token.txt' });
    const spaced = [base64url('{ "alg": "RS256" }'), base64url(JSON.stringify(user())), randomString(86, URLSAFE)].join('.');
    expectFinding(`Authorization: Bearer ${spaced}\n`, spaced, 'jwt', { path: 'req.http' });
  });

  it('a JWT whose claims are a test\'s or a demo\'s is informational, and says why', () => {
    for (const claims of [{ sub: 'test', exp: epoch(30) }, { iss: 'https://example.com', exp: epoch(30) }, { name: 'John Doe', iat: 1516239022 }, { iss: 'http://localhost:8080' }]) {
      const t = jwt(claims);
      const f = expectFinding(`TOKEN=${t}`, t, 'jwt', { path: '.env', severity: 'info' });
      assert.match(f.detail ?? '', /test or demo claims/);
    }
  });

  it('a JWT-shaped Bearer value that does not decode is still a hardcoded bearer token; an unsigned one is not', () => {
    const opaque = ['eyJ' + randomString(40, URLSAFE), 'eyJ' + randomString(60, URLSAFE), randomString(43, URLSAFE)].join('.');
    expectFinding(`curl -H "Authorization: Bearer ${opaque}" https://api.acme.io`, opaque, 'http-bearer-token', { path: 'a.sh' });
    expectNone(`curl -H "Authorization: Bearer ${opaque}" https://api.acme.io`, 'jwt', 'a.sh');
    const unsigned = jwt(user(), { alg: 'none', typ: 'JWT' });
    expectNone(`curl -H "Authorization: Bearer ${unsigned}" https://api.acme.io`, ['jwt', 'http-bearer-token'], 'a.sh');
  });
});
