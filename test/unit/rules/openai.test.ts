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

  it('keys without the marker or with placeholder bodies are ignored', () => {
    expectNone(`k = "${join('sk-', 'proj-', randomString(160, URLSAFE))}"`, 'OpenAI');
    expectNone(`k = "${join('sk-', 'proj-', 'x'.repeat(40), OPENAI_MARKER, 'x'.repeat(40))}"`, 'OpenAI');
  });
});
