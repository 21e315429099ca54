/**
 * The variable a fix suggests says what the secret is for: the provider's convention under a
 * vague or header-like name, a URL's purpose for its password (never the URL's user name).
 */

import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { planMoveToEnv } from '../../../src/core/fix';
import { ALNUM, anthropicKey, randomString } from '../../helpers/fakes';
import { applyPlan } from './helpers';

const pw = () => randomString(14, ALNUM) + 'q9';

function envVarOf(text: string, path: string, ruleId: string): string | undefined {
  return scanText(text, { path }).find(f => f.ruleId === ruleId)?.envVar;
}

describe('suggested variable names', () => {
  it('an Anthropic key under an x-api-key header is ANTHROPIC_API_KEY, not X_API_KEY', () => {
    const text = `headers = {"x-api-key": f"${anthropicKey()}"}\n`;
    assert.strictEqual(envVarOf(text, 'client.py', 'anthropic-api-key'), 'ANTHROPIC_API_KEY');
  });

  it('the reported Python case end to end: an f-string placeholder named after the provider', () => {
    const key = anthropicKey();
    const text = `import httpx\n\nheaders = {"x-api-key": f"x-api-key: ${key}"}\n`;
    const finding = scanText(text, { path: 'client.py' }).find(f => f.ruleId === 'anthropic-api-key')!;
    const plan = planMoveToEnv({ sourceText: text, languageId: 'python', path: 'client.py', secretStart: finding.range.start.offset,
      secretEnd: finding.range.end.offset, value: key, suggestedName: finding.envVar, inGitRepo: false });
    const files = applyPlan(plan, { source: text, env: undefined });
    assert.strictEqual(files.source, `import httpx\nimport os\n\nheaders = {"x-api-key": f"x-api-key: {os.environ['ANTHROPIC_API_KEY']}"}\n`);
  });

  it('a URL password is named for the URL variable, never for the user name', () => {
    const cases: [string, string, string][] = [
      [`DATABASE_URL=postgres://admin:${pw()}@db.prod.internal:5432/app\n`, 'deploy.sh', 'DATABASE_PASSWORD'],
      [`REDIS_URL: redis://admin:${pw()}@cache.prod.internal:6379\n`, 'config.yml', 'REDIS_PASSWORD'],
      [`analytics_db_uri = "mysql://reporter:${pw()}@db.prod.internal/stats"\n`, 'settings.py', 'ANALYTICS_DB_PASSWORD'],
      [`engine = create_engine("postgresql://svc_app:${pw()}@10.1.2.3/app")\n`, 'db.py', 'DATABASE_PASSWORD'],
      [`connect("rediss://app_cache:${pw()}@cache.prod.internal:6380")\n`, 'cache.py', 'REDIS_PASSWORD'],
    ];
    for (const [text, path, want] of cases) assert.strictEqual(envVarOf(text, path, 'database-url-password'), want, text.split(':')[0]);
    assert.strictEqual(envVarOf(`SMTP: smtp://mailer:${pw()}@mail.prod.internal:587\n`, 'a.yml', 'url-basic-auth'), 'SMTP_PASSWORD');
    assert.strictEqual(envVarOf(`fetch("ftp://mirror:${pw()}@files.prod.internal/x")\n`, 'a.js', 'url-basic-auth'), 'FTP_PASSWORD');
  });
});
