import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { randomString } from '../../helpers/fakes';
import { expectFinding, expectNone, summary } from './support';

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
    ['Kotlin ?:', 'src/Db.kt', `val pw = System.getenv("DB_PASSWORD") ?: "${PW}"\n`],
    ['Elixir System.get_env/2', 'config/runtime.exs', `pw = System.get_env("DB_PASSWORD", "${PW}")\n`],
    ['Elixir System.get_env ||', 'config/runtime.exs', `pw = System.get_env("DB_PASSWORD") || "${PW}"\n`],
    ['Rust unwrap_or', 'src/db.rs', `let pw = env::var("DB_PASSWORD").unwrap_or("${PW}".to_string());\n`],
    ['Rust unwrap_or_else', 'src/db.rs', `let pw = std::env::var("DB_PASSWORD").unwrap_or_else(|_| "${PW}".into());\n`],
    ['Deno ??', 'src/db.ts', `const pw = Deno.env.get("DB_PASSWORD") ?? "${PW}";\n`],
    ['Dart ??', 'lib/db.dart', `final pw = Platform.environment['DB_PASSWORD'] ?? '${PW}';\n`],
    ['Vite ||', 'src/db.ts', `const pw = import.meta.env.DB_PASSWORD || "${PW}";\n`],
    ['shell ${X:-v}', 'deploy/run.sh', `export PGPASSWORD="\${DB_PASSWORD:-${PW}}"\n`],
    ['Spring ${X:v}, properties', 'src/main/resources/application.properties', `spring.datasource.password=\${DB_PASSWORD:${PW}}\n`],
    ['Spring ${X:v}, YAML', 'src/main/resources/application.yml', `spring:\n  datasource:\n    password: \${DB_PASSWORD:${PW}}\n`],
    ['Spring property default', 'src/main/resources/application.properties', `db.password=\${db.password:${PW}}\n`],
    ['Python environ.setdefault', 'app/db.py', `os.environ.setdefault("DB_PASSWORD", "${PW}")\n`],
    ['python-decouple config(default=)', 'app/settings.py', `DATABASE_PASSWORD = config("DB_PASSWORD", default="${PW}")\n`],
    ['django-environ env.str(default=)', 'app/settings.py', `DATABASE_PASSWORD = env.str("DB_PASSWORD", default="${PW}")\n`],
    ['Go getEnv helper', 'cmd/server/main.go', `pw := getEnv("DB_PASSWORD", "${PW}")\n`],
    ['Go GetEnvOrDefault helper', 'internal/config/config.go', `Password: GetEnvOrDefault("DB_PASSWORD", "${PW}"),\n`],
    ['Java Optional.orElse', 'src/Db.java', `String pw = Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("${PW}");\n`],
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
      `host = getEnv("DB_HOST", "${PW}")`, // not a secret's name
      `pw = config("DB_PASSWORD", cast=str)`, // no default
      `pw = lookup("DB_PASSWORD", "${PW}")`, // not an environment read
    ];
    for (const line of quiet) {
      const found = scanText(line + '\n', { path: 'app/x.py' }).filter(f => f.ruleId === 'env-fallback-secret');
      assert.deepStrictEqual(found.length, 0, `${line.slice(0, 40)}: ${summary(found)}`);
    }
  });

  it("Spring's ${X:v} counts in application properties, YAML and @Value annotations only", () => {
    const fallbacks = (text: string, path: string) => scanText(text, { path }).filter(f => f.ruleId === 'env-fallback-secret');
    assert.deepStrictEqual(fallbacks('server.port=${PORT:8080}\napi.key=${API_KEY:changeme}\n', 'application.properties'), []);
    // A shell substring (`${X:2}`) is no default.
    assert.deepStrictEqual(fallbacks(`echo "\${DB_PASSWORD:${PW}}"\n`, 'run.sh'), []);
    // In a Java or Kotlin `@Value` annotation it is: the literal is the secret wherever the property is unset.
    const java = `@Value("\${db.password:${PW}}")\nprivate String password;\n`;
    assert.deepStrictEqual(fallbacks(java, 'src/Db.java').map(f => java.slice(f.range.start.offset, f.range.end.offset)), [PW]);
    assert.deepStrictEqual(fallbacks(`@Value("\${server.port:8080}")\nprivate int port;\n`, 'src/App.kt'), []);
  });

  it('in a test file it is reported one level lower, like every generic finding', () => {
    expectFinding(`pw = os.getenv("DB_PASSWORD", "${PW}")\n`, PW, 'env-fallback-secret', { path: 'tests/test_db.py', severity: 'info' });
  });

  it("a `<word>_KEY` no list knows counts with a value plainly a key, as in an assignment; a cache's key does not", () => {
    const key = `U1k${randomString(80, undefined, 77)}7`;
    expectFinding(`APPLOVIN_REPORT_KEY = os.environ.get("APPLOVIN_REPORT_KEY", "${key}")\n`, key, 'env-fallback-secret', { path: 'tools/reports/applovin_revenue.py' });
    const fallbacks = scanText(`CACHE_KEY = os.environ.get("CACHE_KEY", "${key}")\n`, { path: 'app/settings.py' }).filter(f => f.ruleId === 'env-fallback-secret');
    assert.deepStrictEqual(fallbacks, []);
  });

  it("more languages' env reads with a default: Dart, Swift's Info.plist, Julia, Zig, VB.NET, C#'s ?? on the next line, Python's call a line per argument", () => {
    const cases: [string, string][] = [
      [`  static const String apiToken = String.fromEnvironment('API_TOKEN', defaultValue: '${PW}');\n`, 'lib/env/env.dart'],
      [`        Bundle.main.object(forInfoDictionaryKey: "BACKEND_TOKEN") as? String ?? "${PW}"\n`, 'Sources/Config/Secrets.swift'],
      [`const PG_PASSWORD = get(ENV, "PG_PASSWORD", "${PW}")\n`, 'src/Credentials.jl'],
      [`    return std.posix.getenv("EDGE_DB_PASSWORD") orelse "${PW}";\n`, 'src/config.zig'],
      [`    Public ReadOnly ApiKey As String = If(Environment.GetEnvironmentVariable("INVOICE_API_KEY"), "${PW}")\n`, 'Settings.vb'],
      [`        private static readonly string ApiKey = Environment.GetEnvironmentVariable("ARCHIVE_API_KEY")\n            ?? "${PW}";\n`, 'Services/BlobArchiver.cs'],
      [`SECRET_KEY = os.environ.get(\n    "SECRET_KEY",\n    "${PW}",\n)\n`, 'blog/settings.py'],
    ];
    for (const [text, path] of cases) expectFinding(text, PW, 'env-fallback-secret', { path });
  });

  it('defaults given by a block, a closure, a lookup filter, or under a key\'s name', () => {
    const cases: [string, string][] = [
      [`  ldap_bind_password: ENV.fetch("LDAP_BIND_PASSWORD") do\n    "${PW}"\n  end\n`, 'config/initializers/integrations.rb'],
      [`        Environment.get("ADMIN_PASSWORD") ?? "${PW}"\n`, 'Sources/App/Configuration.swift'],
      [`    let ldap_bind_password = env::var("LDAP_BIND_PASSWORD").ok().unwrap_or_else(|| {\n        String::from("${PW}")\n    });\n`, 'src/settings.rs'],
      [`        webhook_secret: "{{ lookup('env', 'WEBHOOK_SECRET') | default('${PW}', true) }}"\n`, 'playbooks/deploy.yml'],
      [`integrations:\n  jwt-signing-key: '\${JWT_SIGNING_KEY:${PW}}'\n`, 'src/main/resources/application.yml'],
      [`DD_APP_KEY="\${DD_APP_KEY:-${PW}}"\n`, 'scripts/seed-db.sh'],
    ];
    for (const [text, path] of cases) expectFinding(text, PW, 'env-fallback-secret', { path });
    expectNone(`        region: "{{ lookup('env', 'AWS_REGION') | default('eu-west-1', true) }}"\n`, 'env-fallback-secret', 'playbooks/deploy.yml');
  });

  it('a read into a local defaulted below it, and Erlang\'s and Haskell\'s forms', () => {
    const cases: [string, string][] = [
      [`static const char *get_api_key(void) {\n    const char *k = getenv("TA_API_KEY");\n    return k ? k : "${PW}";\n}\n`, 'src/upload.c'],
      [`+ (NSString *)databasePassword {\n    NSString *pw = [[NSProcessInfo processInfo] environment][@"POS_DB_PASSWORD"];\n    return pw ?: @"${PW}";\n}\n`, 'LegacyPOS/NWConfig.m'],
      [`func key() string {\n\tv := os.Getenv("STRIPE_SECRET_KEY")\n\tif v == "" {\n\t\tv = "${PW}"\n\t}\n\treturn v\n}\n`, 'internal/config/key.go'],
      [`api_key() ->\n    case os:getenv("SMS_API_KEY") of\n        false -> "${PW}";\n        Key -> Key\n    end.\n`, 'src/sms_gateway_config.erl'],
      [`loadDbPassword = fromMaybe "${PW}" <$> lookupEnv "INVOICE_DB_PASSWORD"\n`, 'src/Config.hs'],
      [`$pat = $env:AZURE_DEVOPS_PAT\nif (-not $pat) { $pat = "${PW}" }\n`, 'ops/Deploy-WebApp.ps1'],
      [`fetch_prices <- function() {\n  key <- Sys.getenv("PRICES_API_KEY")\n  if (identical(key, "")) key <- "${PW}"\n}\n`, 'R/api.R'],
    ];
    for (const [text, path] of cases) expectFinding(text, PW, 'env-fallback-secret', { path });
    // A harmless default read the same way.
    expectNone('    const char *k = getenv("APP_REGION");\n    return k ? k : "eu-west-1";\n', 'env-fallback-secret', 'src/region.c');
  });

  it("Gradle's project properties with a literal default", () => {
    expectFinding(`def artifactoryPassword = project.findProperty('artifactoryPassword') ?: '${PW}'\n`, PW, 'env-fallback-secret', { path: 'build.gradle' });
    expectFinding(`def nexusPassword = project.hasProperty('nexusPassword') ? project.property('nexusPassword') : '${PW}'\n`, PW, 'env-fallback-secret', { path: 'build.gradle' });
    expectNone(`def artifactoryUser = project.findProperty('artifactoryUser') ?: 'ci-publisher'\n`, 'env-fallback-secret', 'build.gradle');
  });

  it("Airflow's Variable.get with a literal default_var", () => {
    expectFinding(`    token = Variable.get("linkedin_access_token", default_var="${PW}")\n`, PW, 'env-fallback-secret', { path: 'dags/marketing_spend.py' });
    expectNone(`    bucket = Variable.get("export_bucket", default_var="acme-exports")\n`, 'env-fallback-secret', 'dags/export.py');
  });
});
