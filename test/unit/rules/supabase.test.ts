import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { epoch, HEX, join, jwt, randomString, token, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

const claims = (role: string) => ({ iss: 'supabase', ref: randomString(20, 'abcdefghijklmnopqrst'), role, iat: epoch(-30), exp: epoch(3650) });

describe('rules: Supabase', () => {
  it('service-role JWTs are errors', () => {
    expectInAllSyntaxes('SUPABASE_SERVICE_ROLE_KEY', jwt(claims('service_role')), 'supabase-service-role-key', { severity: 'error' });
  });

  it('anon JWTs are public by design and not reported by any rule', () => {
    const anon = jwt(claims('anon'));
    assert.deepStrictEqual(scanText(`const supabase = createClient(url, "${anon}");`, { path: 'web/db.ts' }).map(f => f.ruleId), []);
    expectNone(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}`, ['Supabase', 'JWT'], '.env');
  });

  it('an expired service-role key is informational', () => {
    const t = jwt({ ...claims('service_role'), exp: epoch(-1) });
    expectFinding(`SUPABASE_SERVICE_ROLE_KEY=${t}`, t, 'supabase-service-role-key', { path: '.env', severity: 'info' });
  });

  it('secret API keys and management tokens', () => {
    expectInAllSyntaxes('SUPABASE_SECRET_KEY', token(join('sb', '_secret_'), 32, URLSAFE), 'supabase-secret-key');
    expectInAllSyntaxes('SUPABASE_ACCESS_TOKEN', token(join('sb', 'p_'), 40, HEX), 'supabase-management-token');
    expectNone(`x = "${token(join('sb', 'p_'), 39, HEX)}"`, 'Supabase');
    expectNone(`x = "${join('sb', '_publishable_')}${randomString(32, URLSAFE)}"`, 'Supabase');
  });
});
