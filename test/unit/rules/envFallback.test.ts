import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { randomString } from '../../helpers/fakes';
import { expectFinding, summary } from './support';

/** A typed-looking password: random letters and digits plus a symbol. */
const PW = randomString(13, undefined, 4242) + '%7';

describe('rules: env-fallback-secret (a literal default of a secret env read)', () => {
  const cases: [string, string, string][] = [
    ['Python os.getenv', 'app/db.py', `pw = os.getenv("DB_PASSWORD", "${PW}")\n`],
    ['Python os.environ.get', 'app/db.py', `pw = os.environ.get('DB_PASSWORD', '${PW}')\n`],
    ['Python default=', 'app/db.py', `pw = getenv("DB_PASSWORD", default="${PW}")\n`],
    ['Python, printed', 'app/db.py', `print(os.getenv("DB_PASSWORD", "${PW}"))\n`],
    ['Ruby ENV.fetch', 'config/db.rb', `pw = ENV.fetch("DB_PASSWORD", "${PW}")\n`],
    ['Ruby ENV.fetch block', 'config/db.rb', `pw = ENV.fetch("DB_PASSWORD") { "${PW}" }\n`],
    ['Ruby ENV[] ||', 'config/db.rb', `pw = ENV["DB_PASSWORD"] || "${PW}"\n`],
    ['PHP env()', 'config/db.php', `<?php\n'password' => env('DB_PASSWORD', '${PW}'),\n`],
    ['PHP getenv ?:', 'config/db.php', `<?php\n$pw = getenv("DB_PASSWORD") ?: "${PW}";\n`],
    ['JS ||', 'src/db.js', `const pw = process.env.DB_PASSWORD || "${PW}";\n`],
    ['JS ??', 'src/db.ts', `const pw = process.env["DB_PASSWORD"] ?? '${PW}';\n`],
    ['C# ??', 'src/Db.cs', `var pw = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "${PW}";\n`],
    ['Java getOrDefault', 'src/Db.java', `String pw = System.getenv().getOrDefault("DB_PASSWORD", "${PW}");\n`],
    ['shell ${X:-v}', 'deploy/run.sh', `export PGPASSWORD="\${DB_PASSWORD:-${PW}}"\n`],
  ];
  for (const [label, path, text] of cases) {
    it(`reports the fallback: ${label}`, () => {
      const f = expectFinding(text, PW, 'env-fallback-secret', { path, label });
      assert.strictEqual(f.envVar, 'DB_PASSWORD');
      assert.strictEqual(f.title, 'Hardcoded fallback password');
    });
  }

  it('near misses: placeholders, dummies, empty or short defaults, non-secret names, non-literal defaults', () => {
    const quiet = [
      'pw = os.getenv("DB_PASSWORD", "changeme")',
      'pw = os.getenv("DB_PASSWORD", "")',
      'pw = os.getenv("DB_PASSWORD", "dev-secret")',
      'pw = os.getenv("DB_PASSWORD", "postgres")',
      'pw = os.getenv("DB_PASSWORD", "<your-password>")',
      'pw = os.getenv("DB_PASSWORD", "${DB_PASSWORD}")',
      `host = os.getenv("DB_HOST", "${PW}")`,
      `user = os.getenv("DB_PASSWORD_FILE", "${PW}")`,
      'pw = os.getenv("DB_PASSWORD", default_password)',
      'pw = os.getenv("DB_PASSWORD", "your_password_here")',
      `const url = process.env.API_TOKEN_URL || "${PW}";`,
      'SECRET_KEY = os.getenv("SECRET_KEY", "localhost:6379")',
    ];
    for (const line of quiet) {
      const found = scanText(line + '\n', { path: 'app/x.py' }).filter(f => f.ruleId === 'env-fallback-secret');
      assert.deepStrictEqual(found.length, 0, `${line.slice(0, 40)}: ${summary(found)}`);
    }
  });

  it('in a test file it is reported one level lower, like every generic finding', () => {
    expectFinding(`pw = os.getenv("DB_PASSWORD", "${PW}")\n`, PW, 'env-fallback-secret', { path: 'tests/test_db.py', severity: 'info' });
  });
});
