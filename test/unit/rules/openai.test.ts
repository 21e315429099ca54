import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { join, openaiLegacyKey, openaiProjectKey, OPENAI_MARKER, randomString, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: OpenAI', () => {
  it('project keys in every syntax', () => {
    expectInAllSyntaxes('OPENAI_API_KEY', openaiProjectKey(), 'openai-project-key', { severity: 'error' });
  });

  it('service-account, admin and legacy keys', () => {
    const svc = join('sk-', 'svcacct-', randomString(58, URLSAFE), OPENAI_MARKER, randomString(58, URLSAFE));
    expectFinding(`OPENAI_API_KEY=${svc}`, svc, 'openai-service-account-key', { path: '.env' });
    const admin = join('sk-', 'admin-', randomString(58, URLSAFE), OPENAI_MARKER, randomString(58, URLSAFE));
    expectFinding(`OPENAI_ADMIN_KEY=${admin}`, admin, 'openai-admin-key', { path: '.env' });
    const legacy = openaiLegacyKey();
    expectFinding(`openai.api_key = "${legacy}"`, legacy, 'openai-api-key', { path: 'a.py' });
  });

  it('a scoped key without the marker is a warning; placeholder bodies are ignored', () => {
    // The marker is observed, not documented: a long random body under the prefix may be a key of a newer format.
    const unmarked = scanText(`OPENAI_API_KEY = "${join('sk-', 'proj-', 'aZ9', randomString(157, URLSAFE))}"\n`, { path: 'settings.py' }).filter(f => f.provider === 'OpenAI');
    assert.deepStrictEqual(unmarked.map(f => [f.ruleId, f.severity]), [['openai-project-key', 'warning']]);
    expectNone(`k = "${join('sk-', 'proj-', 'x'.repeat(40), OPENAI_MARKER, 'x'.repeat(40))}"`, 'OpenAI');
    expectNone(`k = "${join('sk-', 'proj-', 'x'.repeat(160))}"`, 'OpenAI');
  });
});
