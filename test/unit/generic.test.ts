import * as assert from 'assert';
import { scanText } from '../../src/core';
import { BASE64, HEX, URLSAFE, base64, corruptChecksum, crcToken, join, randomString, reseedFakes, uuid } from '../helpers/fakes';

/** A random-looking value that the generic rule should treat as a credential. */
const V = randomString(24);
/** Plainly generated: both cases and digits, whatever the random part holds. */
const GENERATED = `aZ9${randomString(21)}`;

const GENERIC = 'generic-secret-assignment';
const found = (text: string, path: string) => scanText(text, { path }).filter(f => f.ruleId === GENERIC);

describe('generic secret assignments', () => {
  const positives: [string, string, string][] = [
    ['app.js', `const stripeSecretKey = "${V}";`, 'STRIPE_SECRET_KEY'],
    // A password checked against a literal is a hardcoded credential: whoever reads the code can log in.
    ['auth.js', `if (password === "${V}") { grantAccess(); }`, 'PASSWORD'],
    // So is the other way round: whatever differs is refused.
    ['auth.py', `if settings.api_token != "${V}":\n    raise PermissionError()`, 'API_TOKEN'],
    ['auth.ts', `if (input.token !== "${V}") return false;`, 'INPUT_TOKEN'],
    ['check.go', `func ok(pw string) bool {\n\tif pw == "${V}" {\n\t\treturn true\n\t}\n\treturn false\n}`, 'SECRET'],
    // The literal first: Python's `if "…" == settings.x:`, PHP's Yoda condition.
    ['views.py', `    if "${V}" == settings.admin_password:\n        return True`, 'ADMIN_PASSWORD'],
    ['login.php', `<?php\nif ('${V}' === $password) { login(); }`, 'PASSWORD'],
    ['verify.php', `<?php\nfunction ok($password) { return hash_equals('${V}', $password); }`, 'PASSWORD'],
    ['app.js', `config = { apiKey: '${V}' }`, 'API_KEY'],
    ['app.ts', `const token: string = "${V}";`, 'TOKEN'],
    ['app.py', `client = Client(api_key="${V}")`, 'API_KEY'],
    ['app.go', `var authToken string = "${V}"`, 'AUTH_TOKEN'],
    ['App.java', `private static final String CLIENT_SECRET = "${V}";`, 'CLIENT_SECRET'],
    ['App.kt', `val token: String = "${V}"`, 'TOKEN'],
    ['Program.cs', `var apiKey = @"${V}";`, 'API_KEY'],
    ['config.rb', `config.secret_key_base = '${V}'`, 'SECRET_KEY_BASE'],
    ['index.php', `$password = '${V}';`, 'PASSWORD'],
    ['main.rs', `let api_key = "${V}";`, 'API_KEY'],
    ['config.yaml', `  client_secret: "${V}"`, 'CLIENT_SECRET'],
    ['config.yml', `password: ${V}`, 'PASSWORD'],
    ['.env', `API_KEY=${V}`, 'API_KEY'],
    ['app.properties', `db.password=${V}`, 'DB_PASSWORD'],
    ['settings.toml', `token = "${V}"`, 'TOKEN'],
    ['app.ini', `secret_key = ${V}`, 'SECRET_KEY'],
    ['web.xml', `<password>${V}</password>`, 'PASSWORD'],
    ['main.tf', `  password = "${V}"`, 'PASSWORD'],
    ['deploy.sh', `mytool --password=${V}`, 'PASSWORD'],
    ['deploy.sh', `curl --token ${V} https://api.invalid`, 'TOKEN'],
    ['.github/workflows/deploy.yml', `      - run: netlify deploy --prod --auth ${V} --site web`, 'AUTH'],
    ['settings.json', `{"client_secret": "${V}"}`, 'CLIENT_SECRET'],
    ['app.ts', `this.password = "${V}"`, 'PASSWORD'],
    ['app.js', `headers["x-api-key"] = "${V}"`, 'X_API_KEY'],
    ['main.rs', `const TOKEN: &str = "${V}";`, 'TOKEN'],
    ['main.rs', `static API_KEY: &'static str = "${V}";`, 'API_KEY'],
    ['settings.py', `API_KEY: Final[str] = "${V}"`, 'API_KEY'],
    ['app.ts', `let token: string | null = "${V}";`, 'TOKEN'],
    ['deploy.bat', `set DB_PASSWORD=${V}`, 'DB_PASSWORD'],
    ['deploy.cmd', `@echo off\r\nset "API_TOKEN=${V}"\r\n`, 'API_TOKEN'],
    // A quote before the name closes the value: Compose list items, `docker run -e "…"`.
    ['docker-compose.yml', `services:\n  db:\n    environment:\n      - "DB_PASSWORD=${V}"\n`, 'DB_PASSWORD'],
    ['run.sh', `docker run -e 'API_TOKEN=${V}' image`, 'API_TOKEN'],
    // Forms a language record adds (lang/records.ts `assignment`): declarations with a space, R's `<-`.
    ['config.h', `#define API_KEY "${V}"`, 'API_KEY'],
    ['Dockerfile', `FROM node:20\nENV SECRET_KEY ${V}\n`, 'SECRET_KEY'],
    ['env.fish', `set -gx API_TOKEN ${V}`, 'API_TOKEN'],
    ['login.csh', `setenv API_TOKEN ${V}`, 'API_TOKEN'],
    ['core.clj', `(def api-key "${V}")`, 'API_KEY'],
    ['init.el', `(setq openai-api-key "${V}")`, 'OPENAI_API_KEY'],
    ['client.ex', `  @api_key "${V}"`, 'API_KEY'],
    ['fetch.R', `api_key <- "${V}"`, 'API_KEY'],
    // Forms every syntax shares.
    ['settings.py', `SECRET_KEY = """${V}"""`, 'SECRET_KEY'],
    ['analysis.ipynb', `{"source": ["openai_key = \\"${V}\\"\\n"]}`, 'OPENAI_KEY'],
    ['app/build.gradle', `buildConfigField "String", "API_KEY", "\\"${V}\\""`, 'API_KEY'],
    ['app/build.gradle.kts', `buildConfigField("String", "API_KEY", "\\"${V}\\"")`, 'API_KEY'],
    ['client.js', `const url = "https://api.invalid/v1/data?apikey=${V}&q=1";`, 'APIKEY'],
    ['config.properties', `api.key=${V}`, 'API_KEY'],
    ['App.csproj', `<Project><PropertyGroup><ApiKey>${V}</ApiKey></PropertyGroup></Project>`, 'API_KEY'],
    // `<what>_key` names that say credential: a provider or a credential role before `key`.
    ['.env', `OPENAI_KEY=${V}`, 'OPENAI_KEY'],
    ['twitter.py', `consumer_key = "${V}"`, 'CONSUMER_KEY'],
    ['settings.json', `{"subscription_key": "${V}"}`, 'SUBSCRIPTION_KEY'],
    // Setters whose one argument is the value set; a raw token as the Authorization header's value.
    ['client.php', `$client->setAccessToken('${V}');`, 'ACCESS_TOKEN'],
    ['main.go', `client := github.NewClient(nil).WithAuthToken("${V}")`, 'AUTH_TOKEN'],
    ['api.js', `axios.defaults.headers.common["Authorization"] = "${V}";`, 'AUTHORIZATION'],
    // Directive files: a name at the line start, a space, the value (Redis, nginx-style).
    ['redis.conf', `bind 127.0.0.1\nrequirepass ${V}\n`, 'REQUIREPASS'],
    ['service.conf', `api_key ${V}\n`, 'API_KEY'],
    // `key` under an INI/TOML section that names whose key it is.
    ['config.toml', `[openai]\nmodel = "gpt-4o"\nkey = "${V}"\n`, 'OPENAI_KEY'],
    // Make's conditional and POSIX assignments, PHP's append.
    ['Makefile', `API_TOKEN ?= ${V}`, 'API_TOKEN'],
    ['rules.mk', `API_TOKEN ::= ${V}`, 'API_TOKEN'],
    ['client.php', `$apiToken .= "${V}";`, 'API_TOKEN'],
    // Names glued to a lower-case word when unmistakable; dotfiles and extensionless settings files.
    ['config.php', `<?php\n$dbpass = '${V}';\n`, 'DBPASS'],
    ['settings.py', `ADMINPASSWORD = "${V}"`, 'ADMINPASSWORD'],
    ['.tugboat', `---\nauthentication:\n  api_key: ${V}\n`, 'API_KEY'],
    ['.config/hub', `github.com:\n- user: octo\n  oauth_token: ${V}\n`, 'OAUTH_TOKEN'],
    ['.esmtprc', `  username "ops@acme.invalid"\n  password "${V}"\n`, 'PASSWORD'],
    ['settings.ini', `[api]\nkey = ${V}\n`, 'API_KEY'],
    ['config/services.yml', `mailgun:\n  domain: mg.acme.invalid\n  key: ${V}\n`, 'MAILGUN_KEY'],
    ['application.properties', `app.jwt.key=${V}`, 'JWT_KEY'],
    // Pairs, property lists and headers whose value comes first.
    ['Headers.kt', `val headers = mapOf("apiKey" to "${V}")`, 'API_KEY'],
    ['Client.cs', `var d = new Dictionary<string, string> { { "ApiKey", "${V}" } };`, 'API_KEY'],
    ['Info.plist', `<dict>\n\t<key>APIKey</key>\n\t<string>${V}</string>\n</dict>\n`, 'API_KEY'],
    ['conf/app.xml', `<properties>\n<entry key="apiKey">${V}</entry>\n</properties>\n`, 'API_KEY'],
    ['Sources/Client.swift', `request.setValue("${V}", forHTTPHeaderField: "X-Api-Key")`, 'X_API_KEY'],
    // `key` under a JSON object or PHP array that names it; application-wide salts; Salt's YAML pillars.
    ['appsettings.json', `{\n  "Jwt": {\n    "Key": "${V}",\n    "Issuer": "acme"\n  }\n}\n`, 'JWT_KEY'],
    ['app/etc/env.php', `<?php\nreturn [\n    'crypt' => [\n        'key' => '${V}'\n    ],\n];\n`, 'CRYPT_KEY'],
    ['sites/default/settings.php', `<?php\n$settings['hash_salt'] = '${V}';\n`, 'HASH_SALT'],
    ['pillar/db.sls', `mysql:\n  server:\n    root_password: ${V}\n`, 'ROOT_PASSWORD'],
    ['config/app.yaml', `service:\n  api_key: !!str ${V}\n  region: eu\n`, 'API_KEY'], // a YAML type tag
    // `<word>_key` names no list knows, with a value that is plainly a key.
    ['.env', `TYPEFORM_KEY=${V}`, 'TYPEFORM_KEY'],
    ['config.toml', `nytimes_key = "${V}"`, 'NYTIMES_KEY'],
    // Personal access tokens: an env-style `_PAT` name is a credential's; `<word>_pat` is weighed like `<word>_key`.
    ['.env', `ASANA_PAT=${V}`, 'ASANA_PAT'],
    ['config.yaml', `figma_pat: ${V}`, 'FIGMA_PAT'],
    // `<word>Key`, `<word>Auth`, `<word>Pat` in every assignment form: a call's first argument, an XML element, Go, PHP.
    ['Config.java', `System.setProperty("billingKey", "${V}");`, 'BILLING_KEY'],
    ['app.xml', `<billingKey>${V}</billingKey>`, 'BILLING_KEY'],
    ['main.go', `\tzorgleAuth := "${V}"`, 'ZORGLE_AUTH'],
    ['config.php', `$zorglePat .= "${V}";`, 'ZORGLE_PAT'],
    // A version after the name; a token kept with its scheme (Cargo's credentials.toml).
    ['terraform.tfstate', `{\n  "ses_smtp_password_v4": "${V}"\n}\n`, 'SES_SMTP_PASSWORD_V4'],
    ['.cargo/credentials.toml', `[registries.acme]\ntoken = "Bearer ${V}"\n`, 'TOKEN'],
    // Lisps with metadata and sigils, Ada and PL/SQL constants, Hadoop's property elements, SSSD, a JVM property.
    ['src/orders/mailer.clj', `(def ^:private smtp-password "${V}")`, 'SMTP_PASSWORD'],
    ['mailer.scm', `(define %smtp-password "${V}")`, 'SMTP_PASSWORD'],
    ['deploy.rkt', `(define registry-password "${V}")`, 'REGISTRY_PASSWORD'],
    ['src/db.lisp', `(defparameter *db-password* "${V}")`, 'DB_PASSWORD'],
    ['telemetry-credentials.ads', `   Uplink_Password : constant String := "${V}";`, 'UPLINK_PASSWORD'],
    ['pkg_integration.pkb', `  c_api_key      CONSTANT VARCHAR2(64) := '${V}';`, 'C_API_KEY'],
    // PL/pgSQL's declarations (a lower-case `text`, `constant`), MySQL's DECLARE … DEFAULT.
    ['migrations/012_sync.sql', `DECLARE\n  api_key constant text := '${V}';\nBEGIN\n`, 'API_KEY'],
    ['procs/sync.sql', `  DECLARE db_password VARCHAR(40) DEFAULT '${V}';`, 'DB_PASSWORD'],
    ['hadoop/core-site.xml', `<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${V}</value>\n</property>\n`, 'SECRET_KEY'],
    ['sssd.conf', `[domain/corp]\nldap_default_authtok = ${V}`, 'LDAP_DEFAULT_AUTHTOK'],
    ['ftp_sync.tcl', `set cfg(api_key) "${V}"`, 'API_KEY'],
    ['PAYEXPRT.cbl', `           05  WS-DB-PASSWORD    PIC X(20) VALUE '${V}'.`, 'WS_DB_PASSWORD'],
    ['nightly_backup.vbs', `objMsg.Configuration.Fields.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "${V}"`, 'SENDPASSWORD'],
    // Services' own words for their credentials: Authorize.Net, PayU, Paddle Classic, Etsy.
    ['appsettings.json', `{\n  "AuthorizeNetTransactionKey": "${V}"\n}\n`, 'AUTHORIZE_NET_TRANSACTION_KEY'],
    ['config/payu.rb', `PAYU = { :merchant_salt => '${V}' }`, 'MERCHANT_SALT'],
    ['billing.php', `$paddleVendorAuthCode = '${V}';`, 'PADDLE_VENDOR_AUTH_CODE'],
    ['src/etsy.ts', `export const ETSY_KEYSTRING = "${V}";`, 'ETSY_KEYSTRING'],
    // `creds` and `privkey` are credentials' names too; `<secret>Value` names the credential's value.
    ['deploy.sh', `SERVICE_CREDS="${V}"`, 'SERVICE_CREDS'],
    ['keys.py', `privkey = "${V}"`, 'PRIVKEY'],
    ['client.js', `const secretValue = "${V}";`, 'SECRET_VALUE'],
    ['main.go', `ZENDESKSecret = "${V}"`, 'ZENDESK_SECRET'],
    ['App.cs', `const string JWTSecret = "${V}";`, 'JWT_SECRET'],
    // Name/value pairs: Kubernetes env lists, ECS task definitions, Postman environments, .NET settings.
    ['k8s/deployment.yaml', `        env:\n        - name: ASANA_TOKEN\n          value: "${V}"\n`, 'ASANA_TOKEN'],
    ['task-definition.json', `{"environment": [{"name": "API_TOKEN", "value": "${V}"}]}`, 'API_TOKEN'],
    // A name that ends its line with no keyword's usual operator after it (`DB_PASS⏎`, `…_PAT⏎`), LF or CRLF.
    ['k8s/api.yaml', `        env:\n        - name: DB_PASS\n          value: "${V}"\n`, 'DB_PASS'],
    // CloudFormation's capitalised pairs, a type between (CodeBuild's variables), an SSM parameter named by its path.
    ['infra/app-stack.yaml', `          Environment:\n            - Name: TWILIO_AUTH_TOKEN\n              Value: ${V}\n`, 'TWILIO_AUTH_TOKEN'],
    ['infra/pipeline-stack.json', `  "EnvironmentVariables": [\n    { "Name": "ALGOLIA_ADMIN_KEY", "Type": "PLAINTEXT", "Value": "${V}" }\n  ]\n`, 'ALGOLIA_ADMIN_KEY'],
    ['infra/params.yaml', `    Type: AWS::SSM::Parameter\n    Properties:\n      Name: /notifications/ses/smtp_password\n      Type: String\n      Value: ${V}\n`, 'SMTP_PASSWORD'],
    // A PHP-serialized option in a WordPress dump, its quotes escaped by the dump: read by its stated length.
    ['db/dumps/wordpress.sql', `INSERT INTO \`wp_options\` VALUES (212,'wp_mail_smtp','a:1:{s:4:\\"smtp\\";a:2:{s:4:\\"user\\";s:11:\\"postmaster@\\";s:4:\\"pass\\";s:${V.length}:\\"${V}\\";}}','yes');\n`, 'PASS'],
    // SQL's options, a clause per line: Redshift's COPY credentials.
    ['sql/copy_events.sql', `COPY staging.events\nFROM 's3://acme-events/2020/'\nSECRET_ACCESS_KEY '${V}'\nFORMAT AS PARQUET;\n`, 'SECRET_ACCESS_KEY'],
    ['k8s/nuget.yaml', `        env:\r\n        - name: NUGET_PAT\r\n          value: ${V}\r\n`, 'NUGET_PAT'],
    ['dev.postman_environment.json', `{\n  "values": [\n    {\n      "key": "api_key",\n      "value": "${V}",\n      "enabled": true\n    }\n  ]\n}\n`, 'API_KEY'],
    // Visual Studio's publish profile, named with spaces as it names them.
    ['Properties/PublishProfiles/acme-api - Web Deploy.pubxml', `<PropertyGroup>\n  <UserName>$acme-api</UserName>\n  <Password>${V}</Password>\n</PropertyGroup>\n`, 'PASSWORD'],
    ['App.config', `<setting name="ApiToken" serializeAs="String">\n  <value>${V}</value>\n</setting>`, 'API_TOKEN'],
    // A Jenkins job's string parameter: its name, a description, its default.
    ['jenkins/jobs/deploy/config.xml', `<hudson.model.StringParameterDefinition>\n  <name>CF_API_TOKEN</name>\n  <description>temporary, move to credentials</description>\n  <defaultValue>${V}</defaultValue>\n</hudson.model.StringParameterDefinition>\n`, 'CF_API_TOKEN'],
    ['logs/startup.log', `Failed to bind properties under 'spring.datasource.password' to java.lang.String:\n\n    Property: spring.datasource.password\n    Value: "${V}"\n`, 'DATASOURCE_PASSWORD'], // Spring Boot's failure analysis
    // Perl's %ENV, Ruby's settings symbols, `setx`, string constructors, C arrays and C++ direct initialisation.
    ['deploy.pl', `$ENV{API_TOKEN} = "${V}";`, 'API_TOKEN'],
    ['config/deploy.rb', `set :api_token, "${V}"`, 'API_TOKEN'],
    ['setenv.bat', `setx API_TOKEN "${V}"`, 'API_TOKEN'],
    ['main.rs', `let api_token = String::from("${V}");`, 'API_TOKEN'],
    ['Client.java', `String apiToken = new String("${V}");`, 'API_TOKEN'],
    ['client.cpp', `std::string api_secret("${V}");`, 'API_SECRET'],
    ['client.c', `static const char api_key[] = "${V}";`, 'API_KEY'],
    // Signing secrets converted to bytes where they are declared.
    ['auth/jwt.go', `var jwtSecret = []byte("${V}")`, 'JWT_SECRET'],
    ['Auth.cs', `var signingKey = Encoding.UTF8.GetBytes("${V}");`, 'SIGNING_KEY'],
    ['src/auth.js', `const jwtSecret = Buffer.from('${V}');`, 'JWT_SECRET'],
    ['src/auth.ts', `const secret = new TextEncoder().encode('${V}');`, 'SECRET'],
    ['src/auth.rs', `const JWT_SECRET: &[u8] = b"${V}";`, 'JWT_SECRET'],
    ['Auth.swift', `let jwtSecret = Data("${V}".utf8)`, 'JWT_SECRET'],
    ['src/config.zig', `pub const hmac_key: []const u8 = "${V}";`, 'HMAC_KEY'], // Zig's and Go's slice types
    // Raw and bracketed strings, Scala's s"…", keys given in base64, Perl's quoted %ENV subscript, Scala's `->` pairs.
    ['src/secrets.rs', `static MASTER_KEY: &str = r#"${V}"#;`, 'MASTER_KEY'],
    ['src/client.cpp', `const char* api_token = R"(${V})";`, 'API_TOKEN'],
    ['config/app.rb', `@auth_token = %q(${V})`, 'AUTH_TOKEN'],
    ['lib/Config.pm', `my $secret = q{${V}};`, 'SECRET'],
    ['strapi/.env', `HOST=0.0.0.0\nAPP_KEYS=${V},${randomString(24)}\n`, 'APP_KEYS'], // Strapi's session keys
    ['kafka/client.properties', `basic.auth.credentials.source=USER_INFO\nschema.registry.basic.auth.user.info=${randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}:${V}\n`, 'SCHEMA_REGISTRY_SECRET'],
    ['ddns.py', `body = {\n    "secretapikey": "${V}",\n}\n`, 'SECRETAPIKEY'],
    // Data files' values are literals: a password manager's secure note in its CSV export, a router's export.
    ['exports/lastpass.csv', `url,username,password,extra,name\nhttp://sn,,,"NoteType:Server\nPassword:${V}\nNotes:primary",db01\n`, 'PASSWORD'],
    ['infra/prod.plan.txt', `      + environment = [\n          + {\n              + name  = "DB_PASSWORD"\n              + value = "${V}"\n            },\n        ]\n`, 'DB_PASSWORD'],
    ['lib/Config.pm', `my $api_token = qq(${V});`, 'API_TOKEN'],
    ['lib/Config.pm', `$CONFIG{hmac_key} = '${V}';`, 'HMAC_KEY'],
    ['conf.lua', `local creds = { access_token = [[${V}]] }`, 'ACCESS_TOKEN'],
    ['src/Conf.scala', `object E { val token = s"${V}" }`, 'TOKEN'],
    ['src/Conf.scala', `val config = Map("db.password" -> "${V}")`, 'DB_PASSWORD'],
    ['Settings.cs', `static byte[] encryptionKey = Convert.FromBase64String("${V}");`, 'ENCRYPTION_KEY'],
    ['deploy.pl', `$ENV{'AUTH_TOKEN'} = "${V}";`, 'AUTH_TOKEN'],
    ['settings.py', `bearer = "${V}"`, 'BEARER'],
    // setx with flags, from cmd or PowerShell; Objective-C's #define of an @"…" literal.
    ['setup.cmd', `setx /M SIGNING_KEY ${V}`, 'SIGNING_KEY'],
    ['setup.ps1', `setx SESSION_SECRET "${V}"`, 'SESSION_SECRET'],
    ['Keys.m', `#define kPassword @"${V}"`, 'K_PASSWORD'],
    ['auth/keys.go', `var signingKey []byte = []byte("${V}")`, 'SIGNING_KEY'],
    ['config/sys.config', `[{myapp, [{smtp, [{relay, "smtp.example.org"},\n  {password, "${V}"}]}]}].\n`, 'PASSWORD'], // an Erlang atom pair
    ['config/sys.config', `[{myapp, [{hmac_key, "${V}"},\n  {jwt_secret, <<"${V}">>}]}].\n`, 'HMAC_KEY'], // and a binary
    ['src/Settings.fs', `let encryptionKey = Convert.FromBase64String "${V}"`, 'ENCRYPTION_KEY'],
    ['db/seed.sql', `INSERT INTO oauth_clients (client_id, client_secret, redirect_uri)\nVALUES ('web', '${V}',\n        'https://app.example.org/cb');\n`, 'CLIENT_SECRET'],
    // Visual Basic's and T-SQL's declared types; Apache's and nginx's variable directives.
    ['Settings.vb', `Private Const ApiToken As String = "${V}"`, 'API_TOKEN'],
    ['db/seed.sql', `DECLARE @password NVARCHAR(50) = '${V}';`, 'PASSWORD'],
    ['apache/site.conf', `<VirtualHost *:80>\n  SetEnv API_TOKEN ${V}\n</VirtualHost>\n`, 'API_TOKEN'],
    ['nginx/app.conf', `location / {\n  fastcgi_param API_TOKEN ${V};\n}\n`, 'API_TOKEN'],
    ['build/app.dockerfile', `FROM node:20\nARG API_TOKEN=${V}\n`, 'API_TOKEN'],
    // Values a formatter moved to the next line, one-line YAML block scalars, Clojure map keywords, flags in argument lists.
    ['src/config.ts', `export const config = {\n  apiKey:\n    "${V}",\n};\n`, 'API_KEY'],
    ['settings.py', `API_KEY = (\n    "${V}"\n)\n`, 'API_KEY'],
    ['config/app.yaml', `service:\n  api_key: >-\n    ${V}\n  region: eu\n`, 'API_KEY'],
    ['resources/config.edn', `{:api-key "${V}" :region "eu"}`, 'API_KEY'],
    ['infra/main.tf', `resource "acme_hook" "deploy" {\n  api_token = <<EOT\n${V}\nEOT\n}\n`, 'API_TOKEN'], // a one-line heredoc
    ['Dockerfile', `FROM alpine\nCMD ["./server", "--api-token", "${V}"]\n`, 'API_TOKEN'],
    ['infra/variables.tf', `variable "region" {\n  default = "eu-west-1"\n}\n\nvariable "db_password" {\n  type        = string\n  description = "App database"\n  default     = "${V}"\n}\n`, 'DB_PASSWORD'],
    // Values on a line of their own: heredocs and here-strings of one line, continuations, YAML
    // plain scalars, XML element text, TOML's multi-line strings, a break before the operator.
    ['infra/variables.tf', `variable "api_token" {\n  default = <<-EOT\n    ${V}\n  EOT\n}\n`, 'API_TOKEN'],
    ['config/initializers/acme.rb', `API_TOKEN = <<~EOS\n  ${V}\nEOS\n`, 'API_TOKEN'],
    ['config.php', `$apiToken = <<<EOT\n${V}\nEOT;\n`, 'API_TOKEN'],
    ['deploy.sh', `API_TOKEN=$(cat <<EOF\n${V}\nEOF\n)\n`, 'API_TOKEN'],
    ['deploy.ps1', `$apiToken = @"\n${V}\n"@\n`, 'API_TOKEN'],
    ['settings.py', `API_TOKEN = \\\n    "${V}"\n`, 'API_TOKEN'],
    ['app.properties', `api.token=\\\n    ${V}\n`, 'API_TOKEN'],
    ['app.properties', `api.token ${V}\n`, 'API_TOKEN'], // a space separates too
    ['config/app.yaml', `service:\n  api_token:\n    ${V}\n  region: eu\n`, 'API_TOKEN'],
    ['config/app.yaml', `api_token: &token ${V}\nmirror_token: *token\n`, 'API_TOKEN'],
    ['conf/settings.xml', `<settings>\n  <apiToken>\n    ${V}\n  </apiToken>\n</settings>\n`, 'API_TOKEN'],
    ['config.toml', `api_token = """\n${V}"""\n`, 'API_TOKEN'],
    ['Client.java', `private static final String API_TOKEN\n    = "${V}";\n`, 'API_TOKEN'],
    // Settings inside a string: a libpq conninfo, a command line; Erlang's macros, Tcl's `set`.
    ['db.py', `conn = psycopg2.connect("host=db.acme.io dbname=app user=deploy password=${V}")\n`, 'PASSWORD'],
    ['deploy.py', `subprocess.run("acme deploy --region eu --api-token=${V} --yes", shell=True)\n`, 'API_TOKEN'],
    ['src/config.hrl', `-define(API_TOKEN, "${V}").\n`, 'API_TOKEN'],
    ['deploy.tcl', `set api_token "${V}"\n`, 'API_TOKEN'],
  ];
  for (const [path, text, envVar] of positives) {
    it(`finds ${JSON.stringify(text.replace(V, '…'))} in ${path}`, () => {
      const [f] = found(text, path);
      assert.ok(f, 'expected a finding');
      assert.strictEqual(text.slice(f.range.start.offset, f.range.end.offset), V);
      assert.strictEqual(f.envVar, envVar);
      assert.strictEqual(f.confidence, 'generic');
      assert.strictEqual(f.severity, 'warning');
    });
  }

  const negatives: [string, string][] = [
    ['a.js', 'const password = "your-password-here";'],
    ['a.js', 'const token = process.env.GITHUB_TOKEN;'],
    ['a.js', 'const apiKey = "<OPENAI_API_KEY>";'],
    ['a.yaml', 'password: ${DB_PASSWORD}'],
    ['a.yaml', 'token: ${{ secrets.NPM_TOKEN }}'],
    ['a.yaml', 'password: changeme'],
    ['a.yaml', 'password: "********"'],
    ['a.yaml', 'api_key: REDACTED'],
    ['.env', 'API_KEY=op://vault/item/field'],
    ['a.yaml', 'password: ENC[AES256_GCM,data:abc,iv:def]'],
    ['a.yaml', 'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256'],
    ['a.js', 'const passwordField = "user_password_input";'],
    ['a.js', 'const tokenUrl = "https://auth.invalid/oauth/token";'],
    ['a.js', 'const secretName = "prod/db/credentials";'],
    ['a.py', 'token = request.headers.get("Authorization")'],
    ['a.json', '{"integrity": "sha512-Zq8vR2mX9pLk4TnB7wYcZq8vR2mX9pLk4TnB7wYc=="}'],
    ['a.json', '{"token": "5f4dcc3b5aa765d61d8327deb882cf99"}'],
    ['a.js', `const csrfToken = "${V}";`],
    ['a.json', `{"NextToken": "${V}", "ClientToken": "${V}", "pageToken": "${V}"}`],
    ['a.js', 'const secret = "test-secret-value";'],
    ['a.js', 'const token = "dummy-token-123456";'],
    ['a.js', 'const password = "fake_password_1";'],
    ['a.js', 'const password = "P@ssw0rd123!";'],
    ['a.js', 'const apiKey = "123e4567-e89b-12d3-a456-426614174000";'],
    ['a.js', 'const tokenType = "Bearer";'],
    ['a.js', 'password: Joi.string().min(8).required(),'],
    ['a.js', 'e.password=t.password,e.token=n.token'],
    ['a.js', '{key:"password",label:"Password",type:"password"}'],
    ['a.js', 'const secretKey = new Uint8Array(32);'],
    ['a.js', 'const i18n = { password: "Mot de passe", token: "Jeton d\'accès" }'],
    ['a.json', '{"encryptionKey": "arn:aws:kms:us-east-1:123456789012:key/abcd"}'],
    ['a.js', `const token = getToken("${V}");`],
    ['package-lock.json', `"token": "${V}"`],
    // Read on real code (/usr/share, PyPI wheels): stand-ins, module paths, data tuples, anonymous logins.
    ['test_vars.py', 'twilio_auth_token = "0123456789abcdef0123456789abcdef"'],
    ['_table.py', '"pwd": "IPython.core.magics.osm:OSMagics",'],
    ['__init__.py', "'SvnAuth'        : '._path.svnwc:SvnAuth',"],
    ['0007_alter_validators.py', ['dependencies = [', '    ("auth", "0006_require_contenttypes_0002"),', ']'].join('\n')],
    ['ftp.py', 'def __init__(self, username="anonymous", password="twisted@twistedmatrix.com", passive=1):'],
    ['basicauth.rb', '#   basic_auth = WEBrick::HTTPAuth::BasicAuth.new config'],
    // `_key` names that hold no credential, or a public one.
    ['cache.py', `cache_key = "${V}"`],
    // Only the service's own name counts: an OAuth flow's one-time code is no vendor auth code.
    ['oauth_test.py', `auth_code = "${V}"`],
    ['a.js', `const sortKey = "${V}";`],
    ['a.yaml', `recaptcha_site_key: ${V}`],
    ['a.env', `STRIPE_PUBLISHABLE_KEY=${V}`],
    // Declarations need their language: `ENV` in a shell script is a word, a flag after a flag is no value.
    ['notes.sh', `echo ENV SECRET_KEY ${V}`],
    ['Dialog.pm', "$_[0]='--password --inputbox'"],
    ['Fetch.pm', '"-auth=anonymous:$FROM_EMAIL",'],
    // `key` under a section that names no credential, or an XML key attribute naming a setting.
    ['config.toml', `[cache]\nkey = "${V}"\n`],
    ['config/services.yml', `mailgun:\n  key: x\ncache:\n  ttl: 30\n  key: ${V}\n`],
    ['application.properties', `cache.key=${V}`],
    ['a.php', `$bypass = '${V}';`],
    // Code in an extensionless file (package METADATA): a call cut at a space, a name closing a call.
    ['pkg/METADATA', '    >>> token = f.encrypt(b"A really secret message.")'],
    ['pkg/METADATA', '    client = Client(credentials=credentials)'],
    ['settings.ini', `[index]\nfield = name\nkey = ${V}\n`],
    ['app.config', '<add key="Theme" value="Xq7vR2pL9mW4tZ8k" />'],
    ['a.js', `const settings = new Settings().setTheme("${V}");`],
    ['a.json', '{"grant_types": {"authorization": "authorization_code"}}'],
    // `_key` names and pairs seen in real code: struct tags, labels, GPG fingerprints, other settings.
    ['ops.pb.go', 'Attrs map[string]string `protobuf_key:"bytes,1,opt,name=key,proto3" protobuf_val:"bytes,2,opt,name=value,proto3"`'],
    ['nmea.py', 'unitKey="heightOfGeoidAboveWGS84Units"'],
    ['src/push.ts', `messaging.getToken({ vapidKey: "B${randomString(86, URLSAFE)}" });`],
    ['src/search.ts', `const algoliaSearchKey = "${V}";`],
    ['Dockerfile', 'ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305'],
    ['a.postman_environment.json', `{"key": "theme", "value": "${V}"}`],
    ['k8s/deployment.yaml', `env:\n- name: CACHE_DIR\n  value: "${V}"\n`],
    ['FormatsMessages.php', '$customKey = "validation.custom.{$attribute}.{$lowerRule}";'],
    ['src/config.ts', 'export const config = {\n  apiKey:\n    getApiKeyFromVault(),\n};\n'],
    ['config/app.yaml', `tls:\n  private_key: |\n    ${V}\n    ${V}\n`],
    // Documents, not values: a heredoc of more lines, a nested mapping or list on the next line.
    ['deploy.sh', `API_TOKEN=$(cat <<EOF\n${V}\n${V}\nEOF\n)\n`],
    ['config/app.yaml', `api_token:\n  name: ${V}\n`],
    // (A list of scalars is a list of tokens: each is judged, see namesAndForms.test.ts. A list of mappings is a document.)
    ['config/app.yaml', `api_token:\n  - name: ${V}\n    scope: ${V}\n`],
    ['config/app.yaml', `api_token:\n  ${V}\n  ${V}\n`],
    ['conf/settings.xml', `<apiToken>\n  <value>${V}</value>\n  <scope>${V}</scope>\n</apiToken>\n`],
    ['resources/config.edn', '{:api-key (System/getenv "API_KEY")}'],
    // Share links and CSRF tokens in URLs: only key, secret and access-token parameters count.
    ['videos.py', `'url': 'https://clips.invalid/v/8f2k?token=${V}',`],
    ['videos.py', `'url': 'https://notes.invalid/item/1?xsec_token=${V}&x=1',`],
    // Inside strings: struct tags, patterns, another setting, an AWS SigV4 scope, a cookie.
    ['auth.go', 'DefaultRegion string `json:"RAX-AUTH:defaultRegion"`'],
    ['_models.py', '"pattern": r"^AccountName=(.*)AccountKey=(.*)EndpointSuffix=(.*)$",'],
    ['service.json', '"pattern":"arn:([a-z\\\\d-]+):.*:.*:secret:AmazonLookoutMetrics-.+"'],
    ['endpoints.py', 'serverFromString(reactor, "ssl:443:privateKey=key.pem:certKey=crt.pem")'],
    ['signer.go', 'exp := "AWS4-HMAC-SHA256 Credential=AKID/19700101/us-east-1/es/aws4_request, SignedHeaders=host"'],
    ['mock.rb', `"Set-Cookie" => "vcloud-token=${V}; path=/",`],
    // Minified code: quotes counted from mid-line say nothing about where a string is open.
    ['dist/url.min.js', `${'var a=b;'.repeat(40)}null!==this._password?this._password+=M:this._username+=M}else this._password="";`],
  ];
  for (const [path, text] of negatives) {
    it(`ignores ${JSON.stringify(text.replace(V, '…'))} in ${path}`, () => {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), []);
    });
  }

  describe('hex, UUID and long values: the name decides, not the alphabet', () => {
    const hex = (n: number) => randomString(n, HEX);
    const cases: [string, string, string][] = [
      ['src/billing.ts', 'const billingApiKey = "%";', hex(32)],
      ['.env', 'GH_TOKEN=%', hex(40)],
      ['.env', 'HEROKU_API_KEY=%', uuid()],
      ['ci/env.sh', 'export SNYK_TOKEN=%', uuid()],
      ['config/secrets.yml', 'production:\n  secret_key_base: %', hex(128)],
      ['app/settings.py', 'SECRET_KEY = "%"', hex(64)],
      ['.env', 'WANDB_API_KEY=%', hex(40)],
      ['src/config.ts', 'export const signingKey = "%";', randomString(300, BASE64)],
      ['src/hub.py', 'hubspot_api_key = "%"', uuid().toUpperCase()], // an upper-case UUID is no CONSTANT_NAME
      ['src/client.py', 'access_token = "%"', uuid()],
      // A random hex key can have little entropy (10 of 16 digits used): the alphabet caps it at 4 bits.
      ['internal/config/config.go', '\tConsumerKey: "%",', randomString(32, HEX)],
      ['src/acme/core.clj', '(def signing-key "%")', uuid()], // kebab-case names
      ['importer/config.py', 'FLICKR_API_SECRET = "%"', 'c' + hex(14) + '7'], // 16 hex under an API secret's name: 64 random bits
    ];
    for (const [path, template, value] of cases) {
      it(`finds ${template.replace('%', `<${value.length} chars>`)} in ${path}`, () => {
        const text = template.replace('%', value);
        // A provider rule may claim it first (Heroku's legacy UUID keys); either way it is reported.
        const [f] = scanText(text, { path });
        assert.ok(f, 'expected a finding');
        assert.strictEqual(text.slice(f.range.start.offset, f.range.end.offset), value);
      });
    }

    const hashes: [string, string][] = [
      ['rules.py', `token_format = '^tok_.*$'`], // regular expressions under secret names
      ['service.json', `{"secret_pattern": "arn:aws:secretsmanager:.*:secret:Acme-.+"}`],
      ['a.json', `{"sha256": "${hex(64)}"}`],
      ['a.yaml', `checksum: ${hex(64)}`],
      ['a.js', `const etag = "${hex(32)}";`],
      ['a.py', `commit_sha = "${hex(40)}"`],
      ['a.ts', `const requestId = "${uuid()}";`],
      ['a.env', `TENANT_ID=${uuid()}`],
      ['a.json', `{"integrity": "${hex(128)}"}`],
      ['a.js', 'const apiKey = "123e4567-e89b-12d3-a456-426614174000";'], // the textbook UUID
      ['a.py', `token = "${hex(16)}"`], // 16 hex under a name that is not an API secret's: an id
      ['a.py', 'client_secret = "1234567890123456"'], // digits only
    ];
    for (const [path, text] of hashes) {
      it(`ignores ${text.replace(/[0-9a-f-]{32,}/, '<hex>')} in ${path}`, () => {
        assert.deepStrictEqual(found(text, path).map(f => f.masked), []);
      });
    }
  });

  describe('one-case letters: random ones are passwords, glued words are not', () => {
    // Rare letter pairs only, so the fake is never pronounceable by chance. A fixed seed: 16 draws
    // from 16 letters repeat enough to fall under the entropy bar a few times in a hundred.
    const letters = randomString(16, 'bcdfghjkmnpqvwxz', 4244);
    const spaced = letters.replace(/(.{4})(?!$)/g, '$1 ');
    const withVowels = [...letters].map((c, i) => (i === 2 ? 'u' : i === 6 ? 'e' : i === 11 ? 'i' : c)).join('');
    const cases: [string, string, string][] = [
      ['.esmtprc', `password = "${letters}"\n`, letters], // a Google app password
      ['mysite/settings.py', `EMAIL_HOST_PASSWORD = "${spaced}"\n`, spaced], // as Google shows it
      ['config/mail.yml', `smtp_password: ${letters.toUpperCase()}\n`, letters.toUpperCase()],
      // Unspaced with a few vowels, as random letters have them, under a mail account's password.
      ['reports/config.py', `MAIL_PASSWORD = "${withVowels}"\n`, withVowels],
    ];
    for (const [path, text, value] of cases) {
      it(`finds ${text.trim().replace(value, '<letters>')} in ${path}`, () => {
        assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [value]);
      });
    }
    const words: [string, string][] = [
      ['settings.py', 'EMAIL_HOST_PASSWORD = "mailserverlogin"'],
      ['settings.py', 'EMAIL_HOST_PASSWORD = "mailserverconfig"'], // sixteen letters, words' vowels
      ['app.ini', 'token = refreshinterval'],
      ['mail.yml', 'smtp_password: CONFIGUREDLATER'],
      ['a.py', `password = "${letters.slice(0, 4)} ${letters.slice(4, 8)}"`], // two groups are not an app password
    ];
    for (const [path, text] of words) {
      it(`ignores ${text} in ${path}`, () => assert.deepStrictEqual(found(text, path).map(f => f.masked), []));
    }
  });


  it('an unknown <word>_key takes a random one-case key, not a name with a number in it', () => {
    // Fixed seeds: a random one-case draw falls under the letter/digit switch bar about once in 200.
    const lower = randomString(32, 'abcdefghijklmnopqrstuvwxyz0123456789', 4242);
    const upper = randomString(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4243);
    for (const [path, text, value] of [
      ['config.toml', `finnhub_key = "${lower}"\n`, lower],
      ['main.tf', `  beamer_key = "${upper}"\n`, upper],
      ['Client.kt', `val krakenKey = "${lower.slice(0, 24)}"\n`, lower.slice(0, 24)],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [value], text);
    }
    for (const text of [
      'release_key = "build2024release2025final"', // words and a year: two switches
      'asset_key = "ab12cd34ef"', // short
      'region_key = "EUWEST1EUCENTRAL1USEAST1"', // mostly letters: three switches
      'row_key = "a1b2c3d4e5f6g7h8i9j0k1l2"', // a data key, whatever its value
      'url_pat = "^https?://[a-z0-9.-]+/v[0-9]+/"', // a pattern, not a personal access token
      'date_pat = "YYYYMMDDhhmmssSSSZ20240101"',
    ]) {
      assert.deepStrictEqual(found(text, 'config.toml').map(f => f.masked), [], text);
    }
  });
  it("a service's name makes a credential name: UUIDs under it, glued names, XML elements, prose", () => {
    const id = uuid();
    const key = randomString(32, HEX);
    // A fixed draw from ten hex digits: 3.06 bits/char as 32 digits, 3.23 with its dashes (under the 3.3 bar for other values).
    const h = randomString(32, '2358acdef9', 4246);
    const fewDigits = [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
    for (const [path, text, value] of [
      ['src/crm.py', `hubspotToken = "${id}"\n`, id], // HubSpot issues UUIDs
      ['config.yaml', `kucoin-token: ${id}\n`, id],
      ['.env', `OKTATOKEN=${V}\n`, V], // glued, all capitals
      ['deploy.sh', `export DROPBOXAPIKEY="${V}"\n`, V],
      ['App.config', `<config>\n  <intercom_key>${key}</intercom_key>\n</config>\n`, key],
      ['NOTES.txt', `netlify key = '${id}'\n`, id],
      // camelCase `<service>Key` with any operator: Go's `:=`, `:`, aligned `=`, PHP's `.=`.
      ['main.go', `\ttypeformKey := "${V}"\n`, V],
      ['config.yaml', `typeformKey: ${V}\n`, V],
      ['main.go', `const (\n\ttypeformKey    = "${V}"\n\tregion = "eu"\n)\n`, V],
      ['index.php', `$typeformKey .= "${V}";\n`, V],
      ['NOTES.txt', `gitter api key: ${id}\n`, id],
      ['src/a.py', `okta_api_key = "${fewDigits}"\n`, fewDigits], // few distinct digits: judged as 32 hex, dashes aside
      // The long tail of services: a cloud, a data store, a marketing platform, a threat-intelligence API.
      ['config.yaml', `scaleway-token: ${id}\n`, id],
      ['src/db.py', `clickhouseToken = "${id}"\n`, id],
      ['NOTES.txt', `# Klaviyo key: ${V}\n`, V],
      ['config.yaml', `virustotal_api: ${V}\n`, V],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [value], text);
    }
    for (const [path, text] of [
      ['src/lexer.ts', `const heapToken = "${id}";`], // an everyday word, not a service
      ['src/widget.ts', `const mixpanelProjectId = "${id}";`],
      ['src/ids.ts', `const slackChannelToken = "${id}";`], // a UUID under a name that does not say whose key
      ['.env', `HUBSPOT_PUBLIC_KEY=${V}`], // public by name
      ['NOTES.txt', `cache key = '${id}'`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it("a service's name and api/access/private/live stand for its key, with a value plainly a key", () => {
    for (const [path, text] of [
      ['.env', `ZENDESK_API=${V}\n`],
      ['config.yaml', `mattermost_access: ${V}\n`],
      ['src/exchange.py', `KRAKEN_PRIVATE = "${V}"\n`],
      ['config/stripe.rb', `STRIPE_LIVE = '${V}'\n`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['.env', 'GITHUB_API=https://api.github.com/v3\n'], // an address
      ['config.yaml', 'slack_access: read-only-workspace-members\n'],
      ['src/api.py', `rest_api = "${V}"\n`], // no service named
      ['src/exchange.py', `kraken_private = "${randomString(12)}"\n`], // too short to be plainly a key
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  describe('code, labels and ciphertext under a secret name are not values', () => {
    const cases: [string, string][] = [
      ['tasks/recover.yml', "'dest_logical_unit_password': item[dr_target_host + '_logical_unit_password'] | default('', true),"], // Jinja indexing
      ['dist/extension.js', 'if(58===e){continue}const t=T(e,_);this.seen?this.url.password+=t:this.url.username+=t}this.buffer=""}'], // a ternary, no URL
      ['configuration.yaml', 'mqtt:\n  password: !secret mqtt_password_for_the_broker\n'], // Home Assistant's secrets.yaml reference
      ['ci/push.sh', 'echo -e "---\\n:rubygems_api_key: $GEM_API_KEY" > ~/.local/share/gem/credentials'], // a reference, then the string's quote
      ['src/i18n.ts', `export const messages = {\n  errors: {\n    key: "${V}",\n  },\n};\n`], // a parent that names no credential
      ['db/schema.php', `<?php\n$row = [\n    'password_salt' => '${V}',\n];\n`], // a salt stored next to a hash
      ['service/route53/api.go', 'const opCreateVPCAssociationAuthorization = "CreateVPCAssociationAuthorization"'], // an operation name
      ['models/_enums.py', '    AZURE_DOCUMENT_DB_AUTH_KEY = "AzureDocumentDBAuthKey"'], // an enum member spelling its name
      ['models/_models_py3.py', 'def __init__(self, *, copy_authorization: "_models.CopyAuthorizationResult", **kwargs):'], // a type annotation
      ['models/_models_py3.py', '    "Credential": "PSCredentialExecutionParameter",'],
      ['localization/es_ES/labels.inc', "$labels['password'] = 'Contraseña';"], // a translated label
      ['localization/lt_LT/labels.inc', "$labels['password'] = 'Slaptažodis';"],
      ['modules/repo.ps1', '$changed_properties.Credential = $repository_params.Credential'], // PowerShell variables
      ['modules/user.ps1', '$NewParams.AccountPassword = (ConvertTo-SecureString -AsPlainText -Force -String $module.Params.password)'],
      ['dev/start.sh', "CLI_CONJUR_AUTHN_API_KEY=$(api_key_for 'cucumber:user:admin')"], // command substitution
      ['modules/bgp.py', `    pwd: '${join('U2Fsd', 'GVkX1')}${randomString(32, BASE64)}='`], // an `openssl enc` ciphertext
      ['modules/auth.py', "update_pwd = 'storage-systems/%s' % ssid"], // a format string
      ['examples/dump.py', "'unicodePwd': '1.2.840.113556.1.4.90',"], // an LDAP OID
      ['aws/session/creds.go', 'expectedAccessKey: "ec2_custom_key",'], // a name
      ['ssocreds/provider.go', `ExpectedAccessToken: "${base64('this is not a real value')}",`], // base64 of a stand-in
      ['docs/README.md', 'sas_token = generate_account_sas(\n    account_name="x",\n)'], // a call cut at the line's end
      ['docs/README.md', 'secret_client.get_secret("my-secret", logging_enable=True)'],
      ['js/codemirror.min.js', 'function d(b,c){return b.isReadOnly()?a.Pass:(b.operation(function(){for(var a=0;;)'], // minified code
      ['js/wp-embed.min.js', 'r=Math.random().toString(36).substr(2,10),t.src+="#?secret="+r,t.setAttribute("data-secret",r);'],
      ['doc/faq.rst', "I get an \"Access denied for user: 'root@localhost' (Using password: YES)\"-error"], // prose quoting a message
      ['filter.d/mysqld-auth.conf', 'failregex = ^%(__prefix_line)s Access denied for user \'<F-USER>[^\']+</F-USER>\'@\'<HOST>\' (to database \'[^\']*\'|\\(using password: (YES|NO)\\))*\\s*$'], // a regex
      ['tests/files/logs/dovecot', 'Jun 11 13:57:17 main dovecot: auth: ldap(user@server.org,192.168.178.25,<LZmGp6mZaMrAqLIZ>): unknown user'], // a log line
      ['nova/api-paste.ini', '[composite:openstack_compute_api_v21]\nuse = call:nova.api.auth:pipeline_factory_v21\n'], // a factory name
      // The public playground of MinIO, in every MinIO SDK's docs.
      ['credentials/config.json.sample', `{"url": "https://play.min.io", "accessKey": "${join('Q3AM3UQ867', 'SPQQA43P2F')}", "secretKey": "${join('zuf+tfteSlswRu7BJ86', 'wekitnifILbZam1KYY3TG')}"}`],
    ];
    for (const [path, text] of cases) {
      it(`ignores ${text.slice(0, 70)} in ${path}`, () => assert.deepStrictEqual(found(text, path).map(f => f.masked), []));
    }
  });

  it('reads system and service configuration: pre-shared keys, directives with a space, BIND keys, credential files', () => {
    const p = randomString(14) + '!7';
    const b64 = base64(randomString(32));
    for (const [path, text, value] of [
      ['/etc/wpa_supplicant/wpa_supplicant.conf', `network={\n    ssid="home"\n    psk="${p}"\n}\n`, p],
      ['/etc/NetworkManager/system-connections/home.nmconnection', `[wifi-security]\nkey-mgmt=wpa-psk\npsk=${p}\n`, p],
      ['/etc/wireguard/wg0.conf', `[Peer]\nPresharedKey = ${b64}\n`, b64],
      ['/etc/keepalived/keepalived.conf', `vrrp_instance VI_1 {\n    authentication {\n        auth_pass ${p}\n    }\n}\n`, p],
      ['/home/me/.mbsyncrc', `IMAPAccount fastmail\nUser me@fastmail.com\nPass ${p}\n`, p],
      ['/etc/bind/named.conf.local', `key "ddns" {\n\talgorithm hmac-sha256;\n\tsecret "${b64}";\n};\n`, b64],
      ['/etc/bind/rndc.key', `key "rndc-key" {\n\talgorithm hmac-sha256;\n\tsecret "${b64}";\n};\n`, b64],
      ['/etc/bind/keys/tsig-transfer.key', `key "xfr" {\n\talgorithm hmac-sha512;\n\tsecret "${b64}";\n};\n`, b64], // tsig-keygen's output
      ['/etc/samba/credentials/nas.cred', `username=backup\npassword=${p}\n`, p], // a credentials file, whatever its extension
    ]) {
      assert.deepStrictEqual(scanText(text, { path }).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [value], text);
    }
    // Emacs' .authinfo has .netrc's grammar, tokens in any order.
    const authinfo = `machine imap.fastmail.com login me@fastmail.com port 993 password ${p}\n`;
    assert.deepStrictEqual(scanText(authinfo, { path: '/home/me/.authinfo' }).map(f => f.ruleId), ['netrc-password']);
    for (const [path, text] of [
      ['/etc/nginx/sites-enabled/app.conf', '    fastcgi_pass unix:/var/run/php/php8.2-fpm.sock;\n    proxy_pass http://127.0.0.1:8080;\n'], // upstreams
      ['src/Transformer.php', '/**\n * @param string|null $pattern A pattern to pass to \\IntlDateFormatter\n */\n'], // a verb
      ['/etc/dovecot/conf.d/10-ssl.conf', '#ssl_cipher_list = ALL:!kRSA:!SRP:!DSS:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!MD5:!PSK:!RC4:!ADH:!LOW@STRENGTH\n'],
    ]) {
      assert.deepStrictEqual(scanText(text, { path }).map(f => f.masked), [], text);
    }
  });

  it("reads a Markdown table's row: a name's cell, then its value's cell", () => {
    for (const text of [
      `| Name | Value |\n|---|---|\n| API_TOKEN | ${V} |\n`,
      `| Variable | Value |\n| --- | --- |\n| \`OPENAI_API_KEY\` | \`${V}\` |\n`,
    ]) {
      assert.deepStrictEqual(found(text, 'docs/setup.md').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['docs/setup.md', '| Variable | Description |\n| --- | --- |\n| `API_TOKEN` | The token used to call the API |\n| password | string |\n'],
      ['docs/setup.md', `API_TOKEN | ${V}\n`], // no table: a pipe in prose
      ['run.sh', `echo API_TOKEN | ${V}\n`], // a shell pipe
      ['docs/rules.md', '| Rule | Env var | Finds |\n|---|---|---|\n| private-key | PRIVATE_KEY | PEM/OpenSSH/PGP private key block (RSA, EC) |\n'], // prose in the cell
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it('a hash is named by whole words: shared secrets and HashiCorp tokens are credentials, sha256 values are not', () => {
    for (const [path, text] of [
      ['.env', `WEBHOOK_SHARED_SECRET=${V}\n`],
      ['homeserver.yaml', `registration_shared_secret: "${V}"\n`],
      ['src/vault.ts', `const hashicorpToken = "${V}";\n`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['release.yaml', `artifact_sha256_token: ${randomString(64, HEX)}\n`],
      ['src/files.py', `file_sha1_secret = "${randomString(40, HEX)}"\n`],
      ['src/auth.py', `hashed_password = "${V}"\n`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it("reads a literal in a template expression (${{ }}, <%= %>, {{ }}) and a Spring field's @Value literal", () => {
    for (const [path, text] of [
      ['.github/workflows/ci.yml', `env:\n  NYTIMES_TOKEN: \${{ "${V}" }}\n`],
      ['config/app.yml', `asana_token: <%= "${V}" %>\n`],
      ['chart/templates/secret.yaml', `data:\n  password: {{ "${V}" | b64enc }}\n`],
      ['src/main/java/App.java', `class App {\n  @Value("${V}")\n  private String asanaToken;\n}\n`],
      ['src/main/kotlin/App.kt', `@Value("${V}") lateinit var asanaToken: String\n`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['.github/workflows/ci.yml', 'env:\n  NYTIMES_TOKEN: ${{ secrets.NYTIMES_TOKEN }}\n'],
      ['src/main/java/App.java', '@Value("${asana.token}") String asanaToken;\n'], // a property read
      ['src/main/java/App.java', '@Value("classpath:keys/asana.json") Resource asanaToken;\n'],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it("reads names inside an object or struct that is a call's argument; not Mapbox public tokens or MySQL hashes", () => {
    const hex = randomString(64, HEX);
    const text = `tokenSource := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "${hex}"})\n`;
    assert.deepStrictEqual(found(text, 'main.go').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [hex]);
    for (const [path, text] of [
      ['MapView.swift', `MapboxOptions.accessToken = "pk.eyJ1IjoiYWNtZSIsImEiOiJ${randomString(20)}In0.${randomString(22)}"\n`], // public by design
      ['provision.py', `    password: '*${randomString(40, HEX).toUpperCase()}'\n`], // a MySQL password hash
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it("a password generator's brackets are no template; a template's are", () => {
    // Every kind of bracket, scattered as a generator does (`{{`, `${`, `[`, `<` with no partner).
    const generated = join(randomString(6), '{{', randomString(3), '}', randomString(2), ')', randomString(2), '${', randomString(3), ']',
      randomString(4), '(', randomString(3), '[', randomString(4), '>-_$#', randomString(6), '}');
    const text = `DB_PASSWORD = "${generated}"\n`;
    assert.deepStrictEqual(found(text, 'config/db.py').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [generated]);
    for (const template of ['{{ vault_db_password }}', '#{ENV[\'DB_PASSWORD\']}', '[REDACTED]', 'List<String>', '[A-Za-z0-9]{32}', '{0}:{1}@db']) {
      assert.deepStrictEqual(found(`DB_PASSWORD = "${template}"\n`, 'config/db.py').map(f => f.masked), [], template);
    }
  });

  describe('credentials named in prose: comments, text, docs and log files', () => {
    const cases: [string, string][] = [
      ['logs/app.log', `2024-05-01 [DEBUG] Using API key: ${V}`],
      ['notes.txt', `The client secret is ${V}.`],
      ['notes.txt', `My password is ${V} (do not share)`],
      ['docs/setup.md', `Then set the secret to \`${V}\` and restart.`],
      ['src/client.ts', `// TODO remove before release: apikey ${V}\nexport const client = makeClient();`],
      ['notes.txt', `api key: ${V}`],
      ['notes.txt', `The API key is ${V}, the staging one.`],
      ['handover.txt', `Mailgun API Key - ${V}`],
      ['docs/usage.md', `Use the token \`${V}\` to call the API.`],
      ['logs/app.log', `[INFO] using Zendesk token ${V} for requests`], // a service's name says whose token
      ['handover.txt', `zendesk secret - ${V}`],
      ['handover.txt', `zendesk api_key=${V}&user=ops`], // a query string's next parameter ends the value
      ['src/client.go', `// old api key ${V} (rotated?)\nkey := os.Getenv("API_KEY")`], // a two-word name, a space
      ['notes.md', `the secret key ${V}`],
      // A bare credential word and a space, then a value plainly generated (both cases and digits).
      ['app/jobs.rb', `# TODO remove secret ${GENERATED}`],
      ['src/sync.py', `# use token ${GENERATED} for staging`],
      ['jobs/track.py', `import segment.analytics as analytics\nanalytics.write_key = '${V}'`],
      // A block comment's line with no marker of its own: C's `/*`, Lua's `--[[`.
      ['src/client.c', `/*\n  old api key: ${V}\n*/\nint retries = 3;\n`],
      ['scripts/sync.lua', `--[[\n  api_key: ${V}\n]]\nlocal retries = 3\n`],
    ];
    it("reads a password across a clause saying whose, up to a colon or a word for 'is': a generated one only", () => {
      const marked = `${GENERATED}!`;
      for (const [path, text] of [['handover/uebergabe.md', `Das Passwort für den Hyper-V-Cluster (lokaler Admin auf hv01) lautet: ${marked}`],
        ['handover/passation.txt', `- Le mot de passe root du serveur de supervision (Centreon, sup01) est : ${marked}\n`],
        // A plain word after the credential's is the clause's first, not its value.
        ['handover/uebergabe.md', `RADIUS Shared Secret zwischen Controller und NPS: ${marked}\n`]]) {
        assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [marked], path);
      }
    });
    for (const [path, text] of cases) {
      it(`finds ${text.replace(V, '<value>').slice(0, 60)} in ${path}`, () => {
        assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [text.includes(GENERATED) ? GENERATED : V]);
      });
    }
    const prose: [string, string][] = [
      ['package-lists/installed.txt', 'passwd 1:4.13+dfsg1-1+deb12u1\npatch 2.7.6-7'], // a list of packages
      ['doc/pi_netrw.txt', 'Password Disclosure"'],
      ['wiki/Host.txt', "the password is 'catching'"],
      ['CHANGELOG.rst', 'win_credential - add new_credentials logon_flags=netcredentials_only``'], // another setting
      ['README.md', '- API credentials (`auth_source_ldap`) are read from'],
      ['notes.txt', 'The token expired at 2024-01-01T10:00:00Z, so refresh it'],
      ['src/cache.ts', '// the token is refreshed every 3600 seconds\nconst ttl = 3600;'],
      ['notes.txt', 'export token expiry as seconds'],
      ['notes.txt', 'The API key is rotated every ninety days by the platform team.'],
      ['notes.txt', 'The key is stored in the vault.'],
      ['src/lexer.go', '// token MyLexerToken2Type is emitted here'], // an identifier: no digit run, words
      ['schemas/EncryptionKey.yaml', `example: {"rawKey": "${base64('Hello from the Cloud Platform')}"}`], // base64 of a sentence
      ['notes.md', 'The api key format is described in the docs'],
      ['src/auth.go', '// secret key rotation: see RotateSecretKeyV2Handler'],
      // An analytics write key handed to the browser snippet's loader ships in every page (Segment,
      // RudderStack): public by design. A server library's write key is reported (see the cases above).
      ['src/analytics.js', `export const analytics = AnalyticsBrowser.load({ writeKey: "${V}" });`],
      ['testdata/modules.out', `k8s.io/client-go/1.5/pkg/apis/authorization ${randomString(40, HEX)}`], // a path and its commit
      ['lib/httpauth.rb', "#   htpasswd.set_passwd config[:Realm], 'username', 'password'"], // code quoted in a comment
      ['logs/perdition', 'Jul 18 16:07:18 ares perdition.imaps[3194]: Auth: 192.168.8.100:2274->193.48.191.9:993 client-secure=ssl'],
      // A clause after a password's word, then no generated password: a version, a policy, a word.
      ['notes.txt', 'The password reset flow shipped in release: v2.4.1-beta'],
      ['handover/passation.txt', 'Le mot de passe du portail est : dans le coffre KeePass.'],
      ['docs/policy.md', 'Passwords for service accounts (see the policy) must be: 16+ characters, rotated yearly.'],
    ];
    for (const [path, text] of prose) {
      it(`ignores ${text.slice(0, 60)} in ${path}`, () => assert.deepStrictEqual(found(text, path).map(f => f.masked), []));
    }
  });

  it("a short prefix another provider's keys share is no look-alike: RevenueCat's sk_ keys are judged as secrets", () => {
    const key = `sk_Xz${randomString(30)}`;
    assert.deepStrictEqual(scanText(`const val BILLING_SECRET_KEY = "${key}"`, { path: 'Billing.kt' }).map(f => f.ruleId), ['generic-secret-assignment']);
    // Beside RevenueCat's name, its rule names it.
    assert.deepStrictEqual(scanText(`const val REVENUECAT_SECRET_KEY = "${key}"`, { path: 'Billing.kt' }).map(f => f.ruleId), ['revenuecat-secret-key']);
    // Their public SDK keys ship in every copy of the app.
    assert.deepStrictEqual(scanText(`const RC_APPLE_KEY = 'appl_${randomString(27)}';`, { path: 'src/purchases.ts' }), []);
  });

  it('a checksum-failing provider token is a look-alike, not a generic secret', () => {
    for (const prefix of [join('gh', 'p_'), join('np', 'm_'), join('gh', 's_')]) {
      const bad = corruptChecksum(crcToken(prefix));
      assert.deepStrictEqual(scanText(`GITHUB_TOKEN = "${bad}"`, { path: 'a.py' }).map(f => f.ruleId), []);
      assert.deepStrictEqual(scanText(`const token = '${bad}';`, { path: 'a.js' }).map(f => f.ruleId), []);
    }
    // The valid token is still reported, by its provider's rule.
    const good = crcToken(join('gh', 'p_'));
    assert.deepStrictEqual(scanText(`GITHUB_TOKEN = "${good}"`, { path: 'a.py' }).map(f => f.ruleId), ['github-pat']);
  });

  it("a value with the prefix of a shape only observed: shorter than the shape is a look-alike, as long but of another shape is a secret", () => {
    // Groq's gsk_ + 52 and Grafana Cloud's glc_ + base64 JSON are observed, not documented.
    const truncated = join('gs', 'k_', 'aZ9', randomString(21));
    assert.deepStrictEqual(scanText(`GROQ_API_KEY=${truncated}\n`, { path: '.env' }).map(f => f.ruleId), []);
    const otherShape = join('gl', 'c_', 'aZ9', randomString(65));
    assert.deepStrictEqual(found(`      basicAuthPassword: ${otherShape}\n`, 'provisioning/datasources/cloud.yaml').length, 1);
  });

  it("a value in a provider's format family that no rule of it claimed is a look-alike: unknown versions, wrong lengths, missing segments", () => {
    for (const [name, value] of [
      ['ANTHROPIC_API_KEY', join('sk-ant-', 'api99-', randomString(95, URLSAFE))], // no such key version
      ['GITHUB_TOKEN', join('gh', 'q_', randomString(36))], // no such GitHub token kind
      ['OPENAI_API_KEY', join('sk-', randomString(10), 'T3Blbk', 'FJ', randomString(10))], // the marker, too short around it
      ['SENDGRID_API_KEY', join('S', 'G.', randomString(22, URLSAFE))], // the id segment without the secret
      ['DATABRICKS_TOKEN', join('da', 'pi', randomString(16, HEX))], // half a token
    ]) {
      assert.deepStrictEqual(scanText(`${name}=${value}\n`, { path: '.env' }).map(f => f.ruleId), [], value);
    }
    // Out of every family: still the generic detector's.
    assert.deepStrictEqual(found(`ANTHROPIC_API_KEY=${join('sk-', randomString(40))}\n`, '.env').length, 1);
  });

  it('keys made to be public are no secrets under any name: publishable, browser and ingestion keys', () => {
    for (const value of [
      join('pk', '_live_', randomString(99)), // Stripe's publishable key
      join('ph', 'c_', randomString(43)), // PostHog's project key (event ingestion only)
      join('NR', 'JS-', randomString(19, HEX)), // New Relic's browser key
      join('pub', '-c-', uuid()), // PubNub's publish key
      join('da', '2-', randomString(26, 'abcdefghijklmnopqrstuvwxyz0123456789')), // an AppSync API key (public API_KEY mode)
      join('key', '_live_', randomString(32)), // a Branch key, embedded in apps
      join('ios', '_sdk-', randomString(40, HEX)), // Intercom's mobile SDK key
      join('production', '_', randomString(8, 'abcdefghijklmnopqrstuvwxyz0123456789'), '_', randomString(16, 'abcdefghijklmnopqrstuvwxyz0123456789')), // a Braintree tokenization key
      join('S', 'K', randomString(32, HEX)), // a Twilio API key's SID (its secret is apart)
    ]) {
      assert.deepStrictEqual(found(`$config = ['key' => '${value}'];\n`, 'config/services.php').map(f => f.masked), [], value);
    }
    assert.deepStrictEqual(scanText(`NEXT_PUBLIC_STRIPE_KEY=${join('pk', '_live_', randomString(99))}\n`, { path: '.env.local' }).map(f => f.ruleId), []);
    assert.deepStrictEqual(scanText(`NEXT_PUBLIC_STYTCH_PUBLIC_TOKEN=public-token-live-${uuid()}\n`, { path: '.env.local' }).map(f => f.ruleId), []);
    assert.deepStrictEqual(scanText('NEXT_PUBLIC_SENTRY_DSN=https://<key>@<org>.ingest.sentry.io/<project>\n', { path: 'web/.env.example' }).map(f => f.ruleId), []);
    // Keys public by their service's design, by name: Mixpanel project tokens, Pusher app keys, Storefront tokens.
    // OAuth apps' identifiers (Shopify's app API key, Dropbox's app key) and SDK keys shipped in apps.
    for (const text of [`REACT_APP_MIXPANEL_TOKEN=${randomString(32, HEX)}\n`, `PUBLIC_PUSHER_KEY=${randomString(20, HEX)}\n`,
      `const client = createStorefrontClient({ storefrontAccessToken: "${randomString(32, HEX)}" });\n`,
      `SHOPIFY_API_KEY=${randomString(32, HEX)}\n`, `DROPBOX_APP_KEY=${randomString(15, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n`,
      `BUGSNAG_API_KEY=${randomString(32, HEX)}\n`, `CONTENTFUL_DELIVERY_TOKEN=${randomString(43)}\n`, `ADYEN_CLIENT_KEY=live_${randomString(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\n`,
      `const reviews = { provider: "judgeme", publicToken: "${randomString(22)}" };\n`,
      // Named by the object they sit in: `mixpanel: { token }`, `amplitude: { apiKey }`.
      `export const analytics = {\n  mixpanel: { token: "${randomString(32, HEX)}" },\n  amplitude: { apiKey: "${randomString(32, HEX)}" },\n};\n`]) {
      assert.deepStrictEqual(scanText(text, { path: text.startsWith('const') ? 'src/shopify.ts' : '.env' }).map(f => f.ruleId), [], text);
    }
    // Their secrets stay secrets.
    for (const text of [`SHOPIFY_API_SECRET=${V}\n`, `DROPBOX_APP_SECRET=${V}\n`, `CONTENTFUL_MANAGEMENT_TOKEN=${V}\n`]) {
      assert.strictEqual(scanText(text, { path: '.env' }).length, 1, text);
    }
    // A secret under a public prefix still is one.
    assert.deepStrictEqual(scanText(`NEXT_PUBLIC_STRIPE_SECRET=${V}\n`, { path: '.env.local' }).map(f => f.ruleId).includes('client-exposed-env-var'), true);
  });

  it('a memorable password (capitalised words, a separator or none, digits) under a password name is no identifier', () => {
    const [env] = found('MATCH_PASSWORD=Nutmeg_Quokka122\n', 'fastlane/.env.default');
    assert.strictEqual(env?.envVar, 'MATCH_PASSWORD');
    const [json] = found(`{\n  "dev": {\n    "password": "${join('Velvet-', 'Osprey363')}"\n  }\n}\n`, 'http-client.private.env.json');
    assert.strictEqual(json?.range.start.line, 2);
    // Glued words and a year, as people choose them; a Wi-Fi pre-shared key is one too; LDAP's bind password by its name.
    assert.strictEqual(found(`<nut>\n  <monitorpassword>${join('Topaz', 'Forest4491')}</monitorpassword>\n</nut>\n`, 'config.xml').length, 1);
    assert.strictEqual(found(`/interface wireless security-profiles\nadd name=staff wpa2-pre-shared-key=${join('Summit', '2002!')}\n`, 'router-export.rsc').length, 1);
    assert.strictEqual(found(`<ldap>\n  <rootbindpw>${join('fmHbtz', 'JYxQQJc3HZN6')}</rootbindpw>\n</ldap>\n`, 'config.xml').length, 1);
    assert.strictEqual(found(`base dc=acme,dc=lan\nbindpw ${join('fmHbtz', 'JYxQQJc3HZN6')}\n`, 'nslcd.conf').length, 1);
    // A person's password: a word or two, digits, maybe a symbol; below any entropy bar, and still a password.
    for (const person of [join('Tygrys', '2000'), join('Gandalf_', 'kasia88'), join('BARCelona', '6324.'), join('Pikachu_', 'kubus20')]) {
      assert.strictEqual(found(`{\n  "user": "salonola",\n  "pass": "${person}"\n}\n`, '.ftpconfig').length, 1, person);
    }
    // In prose, right after the word: `… with password <it> (please …`; a sentence about passwords is not one.
    assert.strictEqual(found(`our staging login is carlos@acme.example with\npassword ${join('Willow', 'quartz81#')} (please do not change it).\n`, 'support/ticket-48213.txt').length, 1);
    assert.deepStrictEqual(found('The password reset flow is broken since the Release2024 deploy; password Expiry90 days is the policy name.\n', 'support/ticket.txt').length, 0);
    for (const label of ['bar_baz_12', 'foobar123', 'postgres_dev01']) {
      assert.deepStrictEqual(found(`DB_PASSWORD=${label}\n`, '.env').length, 0, label);
    }
    assert.strictEqual(found('redis_requirepass: "' + join('cTjRmlvIdwaMf7b2', '55V9JnO4to6aNDf1') + '"\n', 'group_vars/all.yml').length, 1);
    // Under other names the shape is a label or a class's name.
    assert.deepStrictEqual(found('PIPELINE_CLASS = "Pipeline_Factory21"\n', 'settings.py').length, 0);
    assert.deepStrictEqual(found('password_policy_name = "Strict_Policy21"\n', 'settings.py').length, 0);
  });

  it('a key written as a byte array is judged by its bytes, in every language\'s array syntax', () => {
    const bytes = (n: number, fmt: (b: number) => string) => Array.from(Buffer.from(randomString(n * 2, HEX), 'hex'), fmt);
    const hex = (n: number) => bytes(n, b => '0x' + b.toString(16).padStart(2, '0'));
    const signed = (n: number) => bytes(n, b => String(b > 127 ? b - 256 : b));
    const lines = (xs: string[]) => xs.map((x, i) => (i % 8 === 0 ? '\n    ' : ' ') + x + ',').join('');
    const cases: [string, string][] = [
      ['include/keys.h', `static const uint8_t kAesKey[16] = {${lines(hex(16))}\n};\n`],
      ['src/lib.rs', `const HMAC_KEY: [u8; 32] = [${hex(32).join(', ')}];\n`],
      ['src/Keys.java', `static final byte[] AES_KEY = new byte[] {${lines(signed(16))}\n};\n`],
      ['src/secrets.zig', `pub const signing_key = [_]u8{ ${hex(32).join(', ')} };\n`],
      ['keys.go', `var encryptionKey = []byte{${hex(16).join(', ')}}\n`],
      ['Secrets.swift', `static let cacheKeyBytes: [UInt8] = [${lines(hex(32))}\n]\n`],
      ['Keys.kt', `val SECRET_KEY = byteArrayOf(${hex(16).join(', ')})\n`],
      ['session.hpp', `inline constexpr std::array<std::uint8_t, 32> kFixSessionKey{${lines(hex(32))}\n};\n`],
      ['src/config.rs', `pub const FINGERPRINT_KEY: &[u8; 32] = b"${hex(32).map(b => '\\x' + b.slice(2)).join('')}";\n`],
      // LoRaWAN's ABP session keys as LMIC's sketches write them.
      ['lora-node.ino', `static const PROGMEM u1_t NWKSKEY[16] = { ${hex(16).join(', ')} };\n`],
      ['lora-node.ino', `static const u1_t PROGMEM APPSKEY[16] = { ${hex(16).join(', ')} };\n`],
    ];
    for (const [path, text] of cases) {
      const [f, ...rest] = found(text, path);
      assert.ok(f && rest.length === 0, `${path}: one finding`);
      assert.match(text.slice(f.range.start.offset, f.range.end.offset), /^(?:0x[0-9a-f]{2}|-?\d{1,3}),[^]*(?:0x[0-9a-f]{2}|\d)$|^(?:\\x[0-9a-f]{2}){32}$/, path);
    }
    const quiet: [string, string][] = [
      ['include/keys.h', `static const uint8_t crc_table[16] = {${hex(16).join(', ')}};\n`], // not a key's name
      ['include/keys.h', `static const uint8_t kPublicKey[32] = {${hex(32).join(', ')}};\n`], // public
      ['include/keys.h', `static const uint8_t kAesKey[16] = {${Array.from({ length: 16 }, (_, i) => '0x' + i.toString(16).padStart(2, '0')).join(', ')}};\n`], // a run
      // A run from anywhere (RFC 8439's ChaCha20 test key, 0x80 to 0x9f), over lines.
      ['src/config.rs', `const RFC8439_KEY: [u8; 32] = [${lines(Array.from({ length: 32 }, (_, i) => '0x' + (0x80 + i).toString(16)))}\n];\n`],
      ['include/keys.h', `static const uint8_t kAesKey[8] = {${hex(8).join(', ')}};\n`], // too short for a key
      ['include/keys.h', `static const uint8_t kAesKey[16] = {${Array(16).fill('0x00').join(', ')}};\n`], // zeroes
    ];
    for (const [path, text] of quiet) assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text.slice(0, 60));
  });

  it("a password spelled as its characters' codes or literals, in each language's list syntax", () => {
    const pw = `${randomString(5)}!${randomString(5)}.`; // 12 printable characters
    const codes = [...pw].map(c => c.charCodeAt(0));
    const hexCodes = codes.map(c => '0x' + c.toString(16));
    const chars = [...pw].map(c => `'${c}'`);
    const cases: [string, string][] = [
      ['firmware/net/wifi_creds.c', `static const char mqtt_pass[] = { ${chars.join(', ')}, '\\0' };\n`],
      ['src/main/java/Credentials.java', `static final char[] KEYSTORE_PASSWORD = { ${chars.join(', ')} };\n`],
      ['app/src/main/kotlin/ApiKeys.kt', `val secretBytes = byteArrayOf(${hexCodes.join(', ')})\n`],
      ['lib/notifier/providers.ex', `  @api_secret <<${codes.join(', ')}>>\n`],
      ['src/Ledger/Config.hs', `hmacKey :: ByteString\nhmacKey = BS.pack [${codes.join(', ')}]\n`],
      ['scripts/services.lua', `M.api_secret = string.char(${codes.join(', ')})\n`],
      ['src/Credentials.jl', `const API_SECRET = UInt8[${hexCodes.join(', ')}]\n`],
      ['lib/env.dart', `final apiSecret = <int>[${codes.join(', ')}];\n`],
    ];
    for (const [path, text] of cases) assert.strictEqual(found(text, path).length, 1, path);
    // Fewer than eight, or not printable, or not a secret's name: no password spelled.
    assert.deepStrictEqual(found(`static const char mqtt_pass[] = { ${chars.slice(0, 6).join(', ')}, '\\0' };\n`, 'net/wifi.c'), []);
    assert.deepStrictEqual(found(`static const char greeting[] = { ${chars.join(', ')} };\n`, 'net/wifi.c'), []);
    // JavaScript's one-character strings in brackets are a list (RFC 7230's token characters), no char array.
    assert.deepStrictEqual(found("exports.TOKEN = [\n    '!', '#', '$', '%', '&', '\\'',\n    '*', '+', '-', '.',\n    '^', '_', '`',\n    '|', '~',\n].concat(exports.ALPHANUM);\n", 'llhttp/constants.js'), []);
  });

  it('a value split into literals the language joins is read whole, and named by the provider it then matches', () => {
    const [a, b, c] = [randomString(8), randomString(9), randomString(10)];
    const cases: [string, string][] = [
      ['src/Config.java', `class C {\n  static final String DB_PASSWORD = "${a}" + "${b}" + "${c}";\n}\n`],
      ['src/config.php', `<?php\n$apiToken = '${a}' . '${b}' . '${c}';\n`],
      ['app/settings.py', `API_TOKEN = "${a}${b}" "${c}"\n`],
      ['src/net.c', `static const char *api_token = "${a}${b}"\n    "${c}";\n`],
      ['conf.lua', `local api_token = "${a}" .. "${b}${c}"\n`],
    ];
    for (const [path, text] of cases) {
      const [f, ...rest] = found(text, path);
      assert.ok(f && rest.length === 0, `${path}: one finding`);
      assert.strictEqual(text.slice(f.range.start.offset, f.range.start.offset + a.length), a, path);
      assert.ok(text.slice(f.range.start.offset, f.range.end.offset).endsWith(c), path);
    }
    // A provider's token split in two is that provider's.
    const sendgrid = join('SG.', randomString(22, URLSAFE), '.', randomString(43, URLSAFE));
    const split = `const char *SENDGRID_API_KEY = "${sendgrid.slice(0, 30)}"\n    "${sendgrid.slice(30)}";\n`;
    assert.deepStrictEqual(scanText(split, { path: 'src/net.c' }).map(f => f.ruleId), ['sendgrid-api-key']);
    // Not joined: a variable, a call on the last piece, a new statement on the next line (Python).
    for (const [path, text] of [['a.js', `const apiToken = "${a}${b}" + suffix;\n`], ['a.js', `const apiToken = "${a}" + "${b}${c}".trim();\n`],
      ['a.py', `API_TOKEN = "${a}"\n"${b}${c}"\n`]] as [string, string][]) {
      assert.ok(found(text, path).every(f => !text.slice(f.range.start.offset, f.range.end.offset).includes(c)), text);
    }
  });

  it('a token that is base64 of a JSON document (no JWT) is a token, whatever words its payload holds', () => {
    const payload = base64(JSON.stringify({ UserID: uuid(), Password: randomString(32, HEX) }));
    assert.deepStrictEqual(found(`QSTASH_URL=https://qstash.upstash.io\nQSTASH_TOKEN=${payload}\n`, '.dev.vars').map(f => f.range.start.line), [1]);
  });

  it('a constructor parameter named like a secret: the literal each instance passes in its place', () => {
    const [p, q] = [randomString(40), randomString(40)];
    const kotlin = `enum class Environment(val baseUrl: String, val apiKey: String) {\n    PROD("https://api.acme.io", "${p}"),\n    STAGING("https://staging.acme.io", "${q}"),\n    LOCAL("http://10.0.2.2:8080", "local-dev-key"),\n}\n`;
    assert.deepStrictEqual(found(kotlin, 'app/src/main/java/com/acme/Keys.kt').map(f => kotlin.slice(f.range.start.offset, f.range.end.offset)), [p, q]);
    const java = `public enum Partner {\n    DHL("dhl", "${p}"),\n    INTERNAL("internal", "");\n\n    private final String code;\n    private final String apiKey;\n\n    Partner(String code, String apiKey) {\n        this.code = code;\n        this.apiKey = apiKey;\n    }\n}\n`;
    assert.deepStrictEqual(found(java, 'src/main/java/Partner.java').map(f => java.slice(f.range.start.offset, f.range.end.offset)), [p]);
    const scala = `final case class KafkaSettings(bootstrap: String, saslUser: String, saslPassword: String)\n\nval kafka = KafkaSettings(\n  "broker:9092",\n  sys.env.getOrElse("KAFKA_USER", ""),\n  "${q}"\n)\n`;
    assert.deepStrictEqual(found(scala, 'src/main/scala/Settings.scala').map(f => scala.slice(f.range.start.offset, f.range.end.offset)), [q]);
    // A parameter's default is a value too, read as an assignment.
    const defaulted = `data class Config(val host: String, val apiKey: String = "${p}")\nval prod = Config("api.acme.io", "${q}")\n`;
    assert.deepStrictEqual(found(defaulted, 'src/Config.kt').map(f => defaulted.slice(f.range.start.offset, f.range.end.offset)).sort(), [p, q].sort());
    // Ids and URLs in other places, and a method's parameters, are not the secret's.
    const quiet = `class Client(val host: String, val apiKey: String)\nfun login(user: String, password: String) = Unit\nval c = Client("${p}", System.getenv("API_KEY"))\nlogin("alice", readLine())\n`;
    assert.deepStrictEqual(found(quiet, 'src/Main.kt').map(f => f.masked), []);
  });

  it('an object under a secret\'s name holds that secret per key', () => {
    const [p, q] = [randomString(34, 'ABCDEF0123456789'), randomString(34)];
    const hardhat = `etherscan: {\n  apiKey: {\n    sepolia: "${p}",\n    mainnet: process.env.ETHERSCAN_API_KEY ?? "",\n    polygon: '${q}',\n  },\n},\n`;
    assert.deepStrictEqual(found(hardhat, 'hardhat.config.ts').map(f => [hardhat.slice(f.range.start.offset, f.range.end.offset), f.envVar]), [[p, 'API_KEY_SEPOLIA'], [q, 'API_KEY_POLYGON']]);
    // A schema's or a reference's facts are no secret; nor is an example in a doc comment.
    for (const [path, text] of [['models/user.js', 'const schema = { password: { type: String, required: true, minlength: 12 } };\n'],
      ['k8s.ts', 'env: [{ name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db-credentials-prod", key: "password" } } }]\n'],
      ['doc.ts', `// e.g. {"secretKey": {"alg": "A256GCM", "k": "${q}"}}\n`],
      // A member whose own name says public: a site key among the credentials is the page's.
      ['runtime-config.json', `{\n  "credentials": {\n    "recaptchaSiteKey": "6L${randomString(38)}",\n    "stripe_publishable_key": "${q}"\n  }\n}\n`]] as [string, string][]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it("an object under another name holds names of its own, read on into it", () => {
    const id = uuid(), pw = `${randomString(14)}#4`;
    const json = `{\n  "logzio_api": {"logzioApiToken": "${id}"},\n  "loggly": {"customerToken": "${uuid()}"}\n}\n`;
    assert.deepStrictEqual(found(json, 'config/integrations.json').map(f => f.range.start.line), [1, 2]);
    const list = `x_api = [{ password: "${pw}" }]\n`;
    assert.deepStrictEqual(found(list, 'settings.py').map(f => list.slice(f.range.start.offset, f.range.end.offset)), [pw]);
    // A schema's pattern inside such an object describes values: a regex's character class is no secret.
    const schema = `{"CredentialArn": {"maxLength": 612, "pattern": "^arn:aws:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\\\-pull\\\\/[a-zA-Z0-9\\\\/_+=.@-]+$"}}\n`;
    assert.deepStrictEqual(found(schema, 'schemas/ecr.json').map(f => f.masked), []);
  });

  it('a label before a random run is a key\'s format, not a name or a stand-in', () => {
    // An exchange's `account-…`, ImageKit's `private_…`; a name of words stays a name.
    assert.deepStrictEqual(found(`[exchange.auth]\napi_key = "account-${V}"\n`, 'config.toml').map(f => f.range.start.line), [1]);
    assert.deepStrictEqual(found(`IMAGEKIT_PRIVATE_KEY=private_${V}=\n`, '.env').map(f => f.range.start.line), [0]);
    assert.deepStrictEqual(found('api_key = "account-settings-readonly"\n', 'config.toml').length, 0);
    assert.deepStrictEqual(found('API_SECRET=private_key_value_goes_here\n', '.env').length, 0);
  });

  it('a passphrase of random words under a secret name is reported; labels and the famous example are not', () => {
    const words = ['lantern', 'camera', 'jungle', 'circus'].join('-');
    assert.strictEqual(found(`SESSION_SECRET=${words}\n`, '.env').length, 1);
    assert.strictEqual(found(`  <passphrase>${words}</passphrase>\n`, 'settings.xml').length, 1);
    // Words of configuration make it a label; the comic's example is everyone's stand-in.
    assert.deepStrictEqual(found('SESSION_SECRET=my-app-session-secret\n', '.env').length, 0);
    assert.deepStrictEqual(found('password: correct-horse-battery-staple\n', 'config.yml').length, 0);
    // Not under a credential name: a slug.
    assert.deepStrictEqual(found(`SLUG=${words}\n`, '.env').length, 0);
  });

  it('a Google app password pasted unquoted with its spaces is one value', () => {
    const [yaml] = found('spring:\n  mail:\n    password: fgkp xwuk qaml hbeo\n', 'application.yml');
    assert.strictEqual(yaml?.masked.startsWith('fgk'), true);
    assert.deepStrictEqual(found('password: none will ever know\n', 'config.yml').length, 0);
  });

  it("an Apple ID app-specific password is four groups of four letters; an alphabet run is a stand-in", () => {
    const letters = 'qwtzkmrvhbxnpdjf';
    const password = [0, 4, 8, 12].map(i => letters.slice(i, i + 4)).join('-');
    assert.deepStrictEqual(found(`ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "${password}"\n`, 'fastlane/Fastfile').length, 1);
    assert.deepStrictEqual(found('FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=abcd-efgh-ijkl-mnop\n', '.env').length, 0);
    assert.deepStrictEqual(found(`export const routeName = "${password}";\n`, 'src/routes.ts').length, 0); // no password name
  });

  it('an XML element whose attributes say its text is encrypted holds no literal (FileZilla crypt)', () => {
    const text = `<Server>\n  <User>ops</User>\n  <Pass encoding="crypt" pubkey="${base64(randomString(48))}">${base64(randomString(60))}</Pass>\n</Server>\n`;
    assert.deepStrictEqual(scanText(text, { path: 'FileZilla/recentservers.xml' }).map(f => f.ruleId), []);
    assert.strictEqual(found(`<Server>\n  <Password>${V}</Password>\n</Server>\n`, "servers.xml").length, 1);
  });

  it("reads tools' settings commands (and gh secret set), one-dash long options and JSON escaped inside a string", () => {
    const cases: [string, string][] = [
      ['scripts/setup.sh', `npm config set //registry.npmjs.org/:_authToken ${V}`],
      ['scripts/setup.sh', `git config --global github.token ${V}`],
      ['scripts/setup.sh', `yarn config set npmAuthToken ${V}`],
      ['.github/setup.sh', `gh secret set API_TOKEN --body "${V}"`],
      ['home/ops/.bash_history', `aws configure set aws_secret_access_key ${V} --profile prod`],
      ['home/ops/.zsh_history', `: 1714550311:0;aws configure set aws_secret_access_key ${V}`],
      ['scripts/sign.sh', `keytool -importkeystore -srckeystore a.jks -storepass ${V} -alias app`],
      ['config/app.json', `{"settings": "{\\"api_token\\": \\"${V}\\"}"}`],
      ['app/settings.py', `RAW = "{\\"api_token\\": \\"${V}\\"}"`],
    ];
    for (const [path, text] of cases) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['scripts/setup.sh', 'git config --global user.name deploy-bot-2024'], // not a credential's name
      ['scripts/setup.sh', 'npm config set //registry.npmjs.org/:_authToken "${NPM_TOKEN}"'],
      ['.github/setup.sh', 'gh secret set API_TOKEN --body "$API_TOKEN"'],
      ['scripts/sign.sh', 'keytool -list -keystore a.jks -storepass "$STORE_PASS"'],
      ['config/app.json', '{"settings": "{\\"api_token\\": \\"${API_TOKEN}\\"}"}'],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it('reads a meta tag naming a credential, and an unknown <word>_key in a URL query when the value is plainly a key', () => {
    for (const [path, text] of [
      ['public/index.html', `<meta name="api-token" content="${V}">`],
      ['scripts/fetch.sh', `curl "https://api.acme.io/v1/forms?typeform_key=${V}&page=2"`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['public/index.html', `<meta name="csrf-token" content="${V}">`],
      ['scripts/fetch.sh', `curl "https://acme.io/account/reset?reset_key=${V}"`], // a one-time link
      ['scripts/fetch.sh', `curl "https://acme.io/items?cache_key=${V}"`],
      ['scripts/fetch.sh', 'curl "https://acme.io/items?typeform_key=responses_by_form_and_day"'],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it('reads a pair of a secret name and its value, not a tuple of data', () => {
    for (const [path, text] of [
      ['settings.py', `DEFAULTS = [("asana_token", "${V}")]`],
      ['src/config.js', `const settings = new Map([["apiKey", "${V}"]]);`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['app/migrations/0002_tokens.py', 'dependencies = [("authtoken", "0003_tokenproxy_with_long_name"), ("auth", "0012_alter_user_first_name_max_length")]'],
      ['rows.py', `ROWS = [("token", "${V}", 3)]`], // three items: a row of data
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it("reads a parameter's value from its mapping: ARM defaultValue/value, CloudFormation Default, Bicep params", () => {
    for (const [path, text] of [
      ['azure/azuredeploy.json', `{\n  "parameters": {\n    "adminPassword": {\n      "type": "securestring",\n      "defaultValue": "${V}"\n    }\n  }\n}\n`],
      ['azure/azuredeploy.parameters.json', `{\n  "parameters": {\n    "adminPassword": {\n      "value": "${V}"\n    }\n  }\n}\n`],
      ['cfn/app.json', `{\n  "Parameters": {\n    "DBPassword": {\n      "Type": "String",\n      "NoEcho": true,\n      "Default": "${V}"\n    }\n  }\n}\n`],
      ['main.bicep', `@secure()\nparam sqlAdminPassword string = '${V}'\n`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], path);
    }
    // A parameter without a default, and a default of another parameter.
    for (const [path, text] of [
      ['azure/azuredeploy.json', `{\n  "adminPassword": {\n    "type": "securestring"\n  },\n  "location": {\n    "defaultValue": "${V}"\n  }\n}\n`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], path);
    }
  });

  it('a base64 value with one `=` of padding after `name:` is a value, not a `name: Type =` annotation', () => {
    const value = base64(V + 'km');
    assert.ok(value.endsWith('=') && !value.endsWith('=='));
    const text = `service:\n  api_key: ${value}\n`;
    assert.deepStrictEqual(found(text, 'config/app.yaml').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [value]);
  });

  it("reads an SQL insert's credential columns by position, and every credential column of a row", () => {
    const W = V.split('').reverse().join('');
    const text = `INSERT INTO \`users\` (\`id\`, \`password\`, \`api_token\`, \`created_at\`) VALUES (1, '${V}', '${W}', NOW());\n`;
    assert.deepStrictEqual(found(text, 'dump.sql').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V, W]);
    for (const quiet of [
      `INSERT INTO users (id, api_token) VALUES (1, NULL);\n`, // no literal at the column's place
      `INSERT INTO user (username, password)\nVALUES\n  ('test', 'pbkdf2:sha256:50000$${randomString(8)}$${randomString(64, HEX)}');\n`, // Werkzeug's stored hash
      `INSERT INTO auth_user (username, password) VALUES ('ops', 'pbkdf2_sha256$600000$${randomString(12)}$${base64(randomString(32))}');\n`, // Django's
      `INSERT INTO users (id, password_hash) VALUES (2, '${'e3b0c442'.repeat(8)}');\n`, // a hash column
      `INSERT INTO users (api_token, id) VALUES (lower('x'), '${V}');\n`, // the literal belongs to another column
    ]) {
      assert.deepStrictEqual(found(quiet, 'dump.sql').map(f => f.masked), [], quiet);
    }
    // A password column of hex digests (a legacy app's md5 and sha1), first row and later ones: hashes, reported as information.
    const md5 = randomString(32, HEX), sha1 = randomString(40, HEX);
    const legacy = `INSERT INTO users (id, username, password) VALUES\n  (1, 'admin', '${md5}'),\n  (2, 'api', '${sha1}');\n`;
    assert.deepStrictEqual(found(legacy, 'sql/seed_users.sql').map(f => [legacy.slice(f.range.start.offset, f.range.end.offset), f.severity, f.title]),
      [[md5, 'info', 'Password hash in a database dump (crackable offline)'], [sha1, 'info', 'Password hash in a database dump (crackable offline)']]);
    // pg_dump's COPY blocks: every row of a credential column; nulls, escapes and other columns are not.
    const W2 = randomString(40);
    const copy = `COPY public.oauth_applications (id, name, uid, secret, scopes) FROM stdin;\n1\tMobile\tmobile-ios\t${V}\tread\n2\tPortal\tportal\t\\N\tread\n3\tCLI\tcli\t${W2}\tread write\n\\.\n\nCOPY public.notes (id, body) FROM stdin;\n1\t${randomString(30)}\n\\.\n`;
    assert.deepStrictEqual(found(copy, 'backup.sql').map(f => [copy.slice(f.range.start.offset, f.range.end.offset), f.range.start.line]), [[V, 1], [W2, 3]]);
    assert.deepStrictEqual(found(copy.replace('secret', 'secret_sha256'), 'backup.sql').map(f => f.masked), []); // a hash column
    // mysqldump writes rows without column names: the table's definition gives the column's place.
    const W3 = randomString(48);
    const mysqldump = `CREATE TABLE \`api_clients\` (\n  \`id\` int NOT NULL AUTO_INCREMENT,\n  \`name\` varchar(64) NOT NULL,\n  \`api_key\` varchar(80) NOT NULL,\n  PRIMARY KEY (\`id\`)\n) ENGINE=InnoDB;\n\nLOCK TABLES \`api_clients\` WRITE;\nINSERT INTO \`api_clients\` VALUES (1,'pos','${V}'),(2,'erp, legacy','${W3}'),(3,'off',NULL);\nUNLOCK TABLES;\n`
      + `CREATE TABLE \`notes\` (\n  \`id\` int,\n  \`api_key\` varchar(80)\n);\nINSERT INTO \`api_clients\` VALUES (4,'late','${randomString(40)}');\n`;
    assert.deepStrictEqual(found(mysqldump, 'backup.sql').map(f => mysqldump.slice(f.range.start.offset, f.range.end.offset)), [V, W3]);
    // A column its comment says holds a digest (Sanctum keeps the token's sha256): not the token.
    const hashed = mysqldump.replace('`api_key` varchar(80) NOT NULL,', "`api_key` varchar(64) NOT NULL COMMENT 'sha256 of the plain-text key',");
    assert.deepStrictEqual(found(hashed, 'backup.sql').map(f => f.masked), []);
    // A locked account's marker is no password.
    assert.deepStrictEqual(found("CREATE TABLE `users` (\n  `id` int,\n  `password` varchar(255)\n);\nINSERT INTO `users` VALUES (3,'!disabled!');\n", 'backup.sql').length, 0);
    // A key/value table's row, inserted or updated by its key.
    for (const text of [`INSERT INTO settings (name, value) VALUES ('smtp_password', '${V}');\n`,
      `UPDATE settings SET value = '${V}' WHERE key = 'smtp_password';\n`,
      `UPDATE wp_options SET option_value = '${V}' WHERE option_name = 'mailserver_pass';\n`,
      `INSERT INTO integrations (provider, field, value) VALUES ('zendesk', 'api_token', '${V}');\n`,
      // Magento names a setting by its path; WordPress's options are dumped without a column list.
      `INSERT INTO \`core_config_data\` (\`config_id\`, \`scope\`, \`scope_id\`, \`path\`, \`value\`) VALUES (149,'default',0,'smtp/configuration_option/password','${V}');\n`,
      `INSERT INTO \`wp_options\` VALUES (3341,'mailgun_api_key','${V}','yes');\n`]) {
      assert.deepStrictEqual(found(text, 'seeds/002.sql').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    assert.deepStrictEqual(found(`UPDATE users SET name = '${V}' WHERE login = 'password';\n`, 'seeds/003.sql').length, 0);
    assert.deepStrictEqual(found(`INSERT INTO \`wp_options\` VALUES (41,'permalink_structure','/%postname%/','yes');\n`, 'seeds/005.sql').length, 0);
    // Magento keeps secret settings encrypted (`0:3:<base64>`): ciphertext, no literal.
    assert.deepStrictEqual(found(`INSERT INTO core_config_data (config_id, path, value) VALUES (135,'paypal/wpp/api_password','0:3:${base64(randomString(60))}');\n`, 'seeds/007.sql').length, 0);
    assert.deepStrictEqual(found(`INSERT INTO \`wp_posts\` VALUES (7,'mailgun_api_key','${V}','yes');\n`, 'seeds/006.sql').length, 0); // not the options table
    // A name cell whose next column holds no value: a label, not a setting.
    assert.deepStrictEqual(found(`INSERT INTO audit (actor, action, note) VALUES ('ops', 'api_token', '${V}');\n`, 'seeds/004.sql').length, 0);
  });

  it("reads a builder's credential method called with one literal, not a lookup's argument", () => {
    for (const [path, text] of [
      ['Db.java', `DataSource ds = DataSourceBuilder.create().username("sa").password("${V}").build();`],
      ['Client.kt', `val client = OpenAIClient.builder().apiKey("${V}").build()`],
      ['main.rs', `let c = Client::builder().token("${V}").build();`],
      ['client.rb', `client.access_token("${V}")`],
      ['Client.php', `$client->apiKey('${V}');`],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], text);
    }
    for (const [path, text] of [
      ['vault.js', `const t = vault.getToken("${V}");`], // what to look up, not the credential
      ['Auth.java', `builder.password("${V}", encoder)`], // more than the literal
      ['Map.java', `props.key("${V}")`], // a map's key
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    }
  });

  it('reads define() calls, auth options and qualified keys in comments', () => {
    const cases: [string, string][] = [
      ['config.php', `define('MAIL_PASSWORD', '${V}');`],
      ['config.php', `define( "DB_PASSWORD", "${V}" );`],
      ['mail.js', `const client = new SmtpClient({ host: 'smtp.acme.io', auth: '${V}' });`],
      ['proxy.py', `session = Session(basic_auth="${V}")`],
      ['api.ts', `// previous key: ${V}`],
      ['rotate.py', `    # old token: ${V}`],
      ['.docker/config.json', `{"auths": {"r.acme.io": {"auth": "${base64(`ci:${V}`)}"}}}`],
    ];
    for (const [path, text] of cases) {
      assert.strictEqual(found(text, path).length, 1, `${text.replace(V, '…')} in ${path}`);
    }
    const quiet: [string, string][] = [
      ['a.js', `i18n.set('password', 'Mot de passe');`],
      ['a.js', `requireAuth: '${V}'`.replace(V, 'always')],
      ['a.py', `# token: see the README for how to get one`],
      ['a.ts', `// the key: ${V}`], // "the key" is not a credential name
      ['a.js', `config.auth = "${base64('user:password')}";`], // decodes to a placeholder password
      ['.docker/config.json', `{"auths": {"ghcr.io": {"auth": "${base64('mkovacs:')}"}}}`], // a user without a password
      ['a.js', `localStorage.setItem('token', 'jwt_abc123');`],
      ['a.ts', ` * const credential = JSON.parse(fs.readFileSync('playwright/.auth/passkey.json', 'utf8'));`], // example code in a doc comment
      ['NOTICE.txt', '  * Google Auth Library (com.google.auth:google-auth-library-credentials:1.3.0)'], // a package coordinate
      ['a.ts', `add('docker-auth', '.docker/config.json');`], // a relative path, not a credential
      ['a.ts', `add('aws-credentials', 'home/ci/.aws/credentials');`],
      // Our own findings' fingerprints in an allowlist or a baseline.
      ['.secrethygiene.json', `{"allowlist": ["slack-bot-token:${randomString(24, HEX)}", "aws-secret-access-key:${randomString(24, HEX)}"]}`],
    ];
    for (const [path, text] of quiet) assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
  });

  it('Kubernetes Secret data: values are judged by what they decode to', () => {
    const manifest = (data: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n${data}\n`;
    const real = base64(`${V}#3`);
    const [f] = found(manifest(`  username: ${base64('app')}\n  password: ${real}`), 'k8s/db.yaml');
    assert.strictEqual(f?.range.start.line, 6); // the password line
    assert.ok(f.reasons?.includes('Kubernetes Secret data, base64-decoded'));
    for (const dummy of ['changeme', 'admin123', 'password', 'postgres']) {
      assert.deepStrictEqual(found(manifest(`  password: ${base64(dummy)}`), 'k8s/db.yaml').map(x => x.masked), [], dummy);
    }
    assert.strictEqual(found(`kind: Secret\nstringData:\n  token: ${V}\n`, 'k8s/tok.yaml').length, 1); // plain text there
    // Any name holds a secret there (`cohere:`), unless it says it holds something else (a model's name, a host).
    const llm = found(manifest(`  cohere: ${base64(GENERATED)}\n  model: ${base64('claude-3-5-sonnet-20241022')}\n  host: ${base64('db.internal.acme.io')}`), 'k8s/llm.yaml');
    assert.deepStrictEqual(llm.map(x => x.range.start.line), [5]);
    // (A camel-case name is read by its words: `langfusePublicKey` names a public key.)
    assert.strictEqual(found(manifest(`  langfusePublicKey: ${base64(`${join('pk-', 'lf-')}${uuid()}`)}`), 'k8s/llm.yaml').length, 0);
    assert.strictEqual(found(`kind: Secret\nstringData:\n  ANTHROPIC_MODEL: "claude-3-5-sonnet-20241022"\n  ANTHROPIC_REGION: "eu-west-1x9Z"\n`, 'k8s/llm.yaml').length, 0);
    // A decoded document is read by its own names: a registry's `auth` in a .dockerconfigjson.
    const dockerConfig = base64(JSON.stringify({ auths: { 'ghcr.io': { auth: base64(`ci-bot:${V}`) } } }));
    const [docker] = found(`apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${dockerConfig}\n`, 'k8s/pull.yaml');
    assert.strictEqual(docker?.range.start.line, 4);
    assert.strictEqual(found(`apiVersion: v1\nkind: Secret\ndata:\n  config.json: ${base64(JSON.stringify({ auths: { 'ghcr.io': { auth: base64('ci-bot:') } } }))}\n`, 'k8s/pull.yaml').length, 0);
  });

  it("Kubernetes Secret data: a provider's token inside a value is found by its rule, on the encoded value", () => {
    const keyId = join('AK', 'IA', randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'));
    const connection = `Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${base64(randomString(32))}`;
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  AWS_ACCESS_KEY_ID: ${base64(keyId)}\n  BUS: ${base64(connection)}\n`;
    const findings = scanText(text, { path: 'k8s/app-secret.yaml' });
    assert.deepStrictEqual(findings.map(f => [f.ruleId, f.range.start.line]), [['aws-access-key-id', 5], ['azure-shared-access-key', 6]]);
    assert.ok(findings.every(f => !f.masked.includes(keyId)));
    // `kubectl get secret -o yaml` prints a List: the Secrets are its items, indented.
    const listed = `apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n    AWS_ACCESS_KEY_ID: ${base64(keyId)}\n  kind: Secret\n  metadata:\n    name: app\nkind: List\n`;
    assert.deepStrictEqual(scanText(listed, { path: 'kubectl-output.yaml' }).map(f => [f.ruleId, f.range.start.line]), [['aws-access-key-id', 4]]);
    // Printed into a terminal session or an incident log, the Secret is the same.
    const session = `$ kubectl -n payments get secret app -o yaml\n${text}$ exit\n`;
    assert.deepStrictEqual(scanText(session, { path: 'terminal/incident-session.txt' }).map(f => [f.ruleId, f.range.start.line]), [['aws-access-key-id', 6], ['azure-shared-access-key', 7]]);
    // The same text outside a Secret manifest's data is not decoded.
    assert.deepStrictEqual(scanText(text.replace('kind: Secret', 'kind: ConfigMap'), { path: 'k8s/app.yaml' }).map(f => f.ruleId), []);
    // `-o json` prints the same List as JSON; a name beside `data` holds nothing decoded.
    const items = { apiVersion: 'v1', items: [{ apiVersion: 'v1', data: { AWS_ACCESS_KEY_ID: base64(keyId) }, kind: 'Secret', metadata: { name: 'app', annotations: { note: base64(keyId) } } }], kind: 'List' };
    const json = JSON.stringify(items, null, 4);
    assert.deepStrictEqual(scanText(json, { path: 'kubectl-output.json' }).map(f => [f.ruleId, f.range.start.line]), [['aws-access-key-id', 6]]);
    assert.deepStrictEqual(scanText(json.replace('"Secret"', '"ConfigMap"'), { path: 'kubectl-output.json' }).map(f => f.ruleId), []);
  });

  it('a base64 literal the file decodes is read decoded: an .env or a credentials file shipped in a script', () => {
    const keyId = join('AK', 'IA', randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'));
    const credentials = base64(`[default]\naws_access_key_id = ${keyId}\nregion = eu-west-1\n`);
    const script = `#!/bin/sh\nset -e\necho '${credentials}' | base64 -d > ~/.aws/credentials\n`;
    const findings = scanText(script, { path: 'scripts/bootstrap.sh' });
    assert.deepStrictEqual(findings.map(f => [f.ruleId, f.range.start.line]), [['aws-access-key-id', 2]]);
    assert.ok(findings[0].detail?.includes('decoded by the file'));
    assert.ok(!findings[0].masked.includes(keyId));
    const py = `import base64\nENV = "${base64(`DEBUG=0\nAPI_TOKEN=${V}\n`)}"\nopen(".env", "w").write(base64.b64decode(ENV).decode())\n`;
    assert.deepStrictEqual(found(py, 'deploy.py').map(f => f.range.start.line), [1]);
    // So is one whose name says it is base64 (`ENV_B64`): what it is given to decodes it.
    assert.deepStrictEqual(found(`ENV_B64 = "${base64(`DEBUG=0\nAPI_TOKEN=${V}\n`)}"\n`, 'deploy.py').map(f => f.range.start.line), [0]);
    // Decoded documents without a secret, and literals nobody decodes, are quiet.
    for (const quiet of [`CONFIG_B64="${base64('{"region":"eu-west-1",\n"retries":3}')}"\necho "$CONFIG_B64" | base64 -d\n`,
      `ENV_BLOB = "${base64(`DEBUG=0\nAPI_TOKEN=${V}\n`)}"\n`]) {
      assert.deepStrictEqual(scanText(quiet, { path: 'x.sh' }).map(f => f.ruleId), [], quiet);
    }
  });

  it("a JSON string that escapes '/' is read unescaped: a webhook or token pasted in a chat export", () => {
    const hook = join('https:', '//hooks.slack', '.com/services/T', randomString(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), '/B',
      randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), '/', randomString(24));
    const message = (text: string) => `[\n  {\n    "type": "message",\n    "text": ${JSON.stringify(text).replace(/\//g, '\\/')}\n  }\n]\n`;
    const exported = message(`webhook for #ops-alerts: <${hook}>`);
    assert.ok(exported.includes('https:\\/\\/'));
    const findings = scanText(exported, { path: 'slack-export/ops/2024-01-22.json' });
    assert.deepStrictEqual(findings.map(f => [f.ruleId, f.range.start.line]), [['slack-webhook-url', 3]]);
    assert.ok(!findings[0].masked.includes(hook.slice(-24)));
    // Escaped slashes in ordinary URLs hold nothing; a source file's regex is no JSON string.
    assert.deepStrictEqual(scanText(message('see https://docs.acme.io/guide/setup for the steps'), { path: 'export/a.json' }).length, 0);
    assert.deepStrictEqual(scanText(`const re = /https:\\/\\/hooks/;\nconst s = "${hook}";\n`.replace(hook, 'x'), { path: 'src/a.js' }).length, 0);
  });

  it('a string of code that quotes within itself is read unescaped: a test table\'s snippet, a config fragment', () => {
    const token = randomString(40, HEX), secret = randomString(24);
    const table = `const cases = [\n  { rule: "circleci", input: "circleci_token = os.getenv(\\"CIRCLECI_TOKEN\\", \\"${token}\\")", match: true },\n`
      + `  { rule: "vonage", input: "<add key=\\"VonageApiSecret\\" value=\\"${secret}\\" />", match: true },\n];\n`;
    const findings = scanText(table, { path: 'test/rules/ci.test.js' });
    // Each finding lands on its own value, inside the escaped text.
    assert.deepStrictEqual(findings.map(f => table.slice(f.range.start.offset, f.range.end.offset)).sort(), [token, secret].sort());
    // A lookup, a message that quotes a name, and a source map's file text stay quiet.
    for (const quiet of ['input: "api_key = os.getenv(\\"API_KEY\\")"\n', 'throw new Error("expected \\"password\\" to be set");\n',
      `{"sourcesContent":["let token: ReturnType<typeof setTimeout>;\\nconst s = \\"${secret}\\";\\n"]}\n`]) {
      assert.deepStrictEqual(scanText(quiet, { path: 'dist/a.js.map' }).map(f => f.ruleId), [], quiet);
    }
  });

  it("a JSON string holding lines as '\\n' is read line by line: a .env pasted in a chat message or a ticket", () => {
    const password = randomString(16), token = randomString(32);
    const text = `here's my .env:\n\`\`\`\nDB_PASSWORD=${password}\nAPI_TOKEN=${token}\n\`\`\`\nthanks`;
    const exported = `[\n  {\n    "type": "message",\n    "text": ${JSON.stringify(text)}\n  }\n]\n`;
    assert.ok(exported.includes('\\nDB_PASSWORD='));
    const findings = scanText(exported, { path: 'slack-export/dev/2024-03-02.json' });
    // Each finding lands on its own value in the escaped text, not on the whole message.
    assert.deepStrictEqual(findings.map(f => exported.slice(f.range.start.offset, f.range.end.offset)).sort(), [password, token].sort());
    // Escaped lines of prose, and a placeholder in a pasted .env, are quiet.
    for (const quiet of ['The deploy failed:\nsee the runbook\nand retry later', 'copy this:\nAPI_TOKEN=your-token-here\nDEBUG=1']) {
      assert.deepStrictEqual(scanText(`{"body": ${JSON.stringify(quiet)}}\n`, { path: 'issue.json' }).map(f => f.ruleId), [], quiet);
    }
  });

  it("a notebook cell's code is read unescaped: quotes escaped in its JSON source", () => {
    const password = `*${randomString(14)}#o3!`;
    const notebook = JSON.stringify({ cells: [{ cell_type: 'code', source: ['import os\n', `os.environ["SNOWFLAKE_PASSWORD"] = "${password}"`] }] }, null, 1);
    assert.ok(notebook.includes('\\"SNOWFLAKE_PASSWORD\\"'));
    const findings = scanText(notebook, { path: 'notebooks/churn.ipynb' });
    assert.deepStrictEqual(findings.map(f => notebook.slice(f.range.start.offset, f.range.end.offset)), [password]);
    assert.deepStrictEqual(scanText(notebook.replace(password, 'os.environ.get(\\"X\\")'), { path: 'notebooks/churn.ipynb' }).length, 0);
  });

  it('a message in a JSON export is read as prose: a token given in a sentence of a chat message', () => {
    const token = randomString(32, '0123456789abcdef');
    const message = `rotated it last week, new staging auth token is \`${token}\` (AC sid unchanged)`;
    const exported = `[\n  {\n    "type": "message",\n    "text": ${JSON.stringify(message)}\n  }\n]\n`;
    const findings = scanText(exported, { path: 'slack-export/eng/2024-10-09.json' });
    assert.deepStrictEqual(findings.map(f => exported.slice(f.range.start.offset, f.range.end.offset)), [token]);
    // The same sentence under a key that holds no message, and a message without a credential, are quiet.
    assert.deepStrictEqual(scanText(`{"checksum_note_id": ${JSON.stringify(message)}}\n`, { path: 'export/a.json' }).length, 0);
    assert.deepStrictEqual(scanText(`{"description": "The auth token is rotated every ninety days by the platform team"}\n`, { path: 'package.json' }).length, 0);
  });

  it('reads XML settings named by an attribute (.NET appSettings, Hibernate, Spring, Android meta-data)', () => {
    const cases: [string, string][] = [
      ['web.config', `<appSettings>\n  <add key="StripeSecretKey" value="${V}" />\n</appSettings>`],
      ['hibernate.cfg.xml', `<property name="hibernate.connection.password">${V}</property>`],
      ['beans.xml', `<property name="password" value="${V}"/>`],
      ['app/src/main/AndroidManifest.xml', `<meta-data android:name="com.acme.API_KEY" android:value="${V}"/>`],
      ['app/src/main/AndroidManifest.xml', `<meta-data\n    android:name="com.here.sdk.access_key_secret"\n    android:value="${V}" />`],
    ];
    for (const [path, text] of cases) {
      const [f] = found(text, path);
      assert.strictEqual(f && text.slice(f.range.start.offset, f.range.end.offset), V, text.replace(V, '…'));
    }
    assert.deepStrictEqual(found('<property name="passwordEncoder" ref="encoder"/>', 'beans.xml'), []);
    assert.deepStrictEqual(found('<add key="ApiKey" value="$(ApiKey)" />', 'web.config'), []);
    assert.deepStrictEqual(found('<meta-data android:name="com.google.android.geo.API_KEY" android:value="@string/maps_key"/>', 'AndroidManifest.xml'), []);
    assert.deepStrictEqual(found('<meta-data\n    android:name="com.acme.API_KEY"\n    android:value="${acmeApiKey}" />', 'AndroidManifest.xml'), []);
  });

  it('a value may start with an operator character: SECRET=+V/…, password:!…', () => {
    for (const value of [`+${V}`, `!${V}`, `?${V}`, `.${V}`]) {
      for (const text of [`API_SECRET=${value}\n`, `password:${value}\n`]) {
        const [f] = found(text, 'config/app.env');
        assert.strictEqual(f && text.slice(f.range.start.offset, f.range.end.offset), value, text);
      }
    }
  });

  it('a generated key with a lone parenthesis is still a key; a call in a string is not', () => {
    const django = `django-insecure-${randomString(20)}(${randomString(12)}=+`;
    assert.strictEqual(found(`SECRET_KEY = '${django}'`, 'mysite/settings.py').length, 1);
    assert.strictEqual(found(`secret: "x${V}.pad(24)"`, 'a.yaml').length, 0);
    // Both parentheses, as a third of Django's keys have: a run inside random text is no call.
    const both = `${randomString(10)}!k(${randomString(8)}=)${randomString(10)}+`;
    assert.strictEqual(found(`SECRET_KEY = '${both}'`, 'mysite/settings.py').length, 1);
  });

  it("finds Django's generated keys whatever characters they open with or hold", () => {
    // The alphabet of Django's get_random_secret_key(); one key in twelve used to be taken for a
    // call (`c(=u819)…`), prose (`)…`, `&…`) or a `%NAME%` field (`…%dps%…`).
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
    // About 0.6% are still missed: a fixed draw, so the bound checks the rate and not the luck of
    // the tests run before this one (one run in fifteen drew more than five).
    reseedFakes(1245);
    const keys = Array.from({ length: 500 }, () => randomString(50, alphabet));
    const missed = keys.filter(k => found(`SECRET_KEY = '${k}'\n`, 'mysite/settings.py').length === 0);
    assert.ok(missed.length <= 5, `${missed.length} of 500 missed`);
  });

  it('finds passwords drawn from every printable symbol, in code, JSON and XML', () => {
    // Such a password holds `[S]`, `{q}` or `<b>`, or opens with `$`, `%`, `]` or `&`, about one time in ten.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()_+-=[]{}|;:,.<>?~';
    // About 1.7% are missed (an XML-escaped run reads as an entity, a bracket pair as a template): a fixed
    // draw, so the bound checks the rate and not the luck of the tests run before this one.
    reseedFakes(1196);
    const passwords = Array.from({ length: 300 }, () => randomString(20, alphabet));
    const xml = (p: string) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const [form, path] of [[(p: string) => `DB_PASSWORD = ${JSON.stringify(p)}\n`, 'settings.py'],
      [(p: string) => `{"password": ${JSON.stringify(p)}}\n`, 'config.json'],
      [(p: string) => `<settings>\n  <password>${xml(p)}</password>\n</settings>\n`, 'app.xml']] as const) {
      const missed = passwords.filter(p => found(form(p), path).length === 0);
      assert.ok(missed.length <= 9, `${path}: ${missed.length} of 300 missed`);
    }
  });

  it('a value glued to `=` may open with `#`; after a space or YAML\'s `:` that is a comment', () => {
    const pw = `#${V}`;
    for (const [path, text] of [['.env', `API_SECRET=${pw}\n`], ['Dockerfile', `ENV API_SECRET=${pw}\n`], ['run.sh', `./server --api-secret=${pw}\n`]]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [pw], text);
    }
    for (const [path, text] of [['.env', `API_SECRET= ${pw}\n`], ['config.yaml', `api_secret: ${pw}\n`]]) {
      assert.deepStrictEqual(found(text, path).length, 0, text);
    }
  });

  it('stored password hashes and variables are no passwords', () => {
    for (const [path, text] of [
      ['ldap_entry.py', '      userPassword: "{SSHA}tabyipcHzhwESzRaGA7oQ/SDoBZQOGND"'],
      ['sha_test.go', '\tshaDatum{"the1secret", "{SHA}tzixFK8WpqP0bM0qS5sLHEurrm8="},'],
      ['md5crypt_test.go', '\t\t{"pass", "$1$YeNsbWdH$wvOF8JdqsoiLix754LTW90"},'],
      ['sonic_users.py', '#username admin password $6$sdZt2C7F$3oPSRkkJyLZtsKlFNGWdwssblQWBj5dXM6qAJAQl7dgOfqLS role admin'],
      ['tklkup', `$mesg = $Global{ldap}->bind( password => "$Global{'bindpw'}",`],
      // Ciphertext a tool keeps in the value's place: Maven's and Jenkins' braces, a DPAPI blob; an escaped placeholder.
      ['.m2/settings.xml', `<server>\n  <password>{${base64(randomString(33))}}</password>\n</server>`],
      ['app.pubxml.user', `<EncryptedPassword>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${base64(randomString(60))}</EncryptedPassword>`],
      ['tomcat-users.xml', '<user username="probe" password="&lt;must-be-changed&gt;" roles="manager-status"/>'],
      // Jupyter's passwd() output, today's and the older one.
      ['jupyter_server_config.py', `c.ServerApp.password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$${randomString(22)}$${randomString(43)}"`],
      ['jupyter_notebook_config.py', `c.NotebookApp.password = 'sha1:${randomString(12, HEX)}:${randomString(40, HEX)}'`],
    ]) assert.deepStrictEqual(found(text, path).map(f => f.masked), [], text);
    assert.strictEqual(scanText("$this->password = $_SESSION['PMA_single_signon_password'];\n", { path: 'Auth.php' }).length, 0);
  });

  it('says why a value was flagged', () => {
    const [f] = found(`BILLING_API_KEY=${randomString(40, HEX)}`, '.env');
    assert.ok(f.reasons?.some(r => r.includes('BILLING_API_KEY')), JSON.stringify(f.reasons));
    assert.ok(f.reasons?.some(r => /hex/.test(r)));
    assert.ok(f.reasons?.includes('config file'));
    const [c] = found(`// previous key: ${V}`, 'a.ts');
    assert.ok(c.reasons?.includes('in a comment'));
  });

  it('reports findings in test and docs files one severity level lower', () => {
    const text = `const apiKey = "${V}";`;
    assert.strictEqual(found(text, 'src/app.js')[0].severity, 'warning');
    const [inTest] = found(text, 'test/app.test.js');
    assert.strictEqual(inTest.severity, 'info');
    assert.match(inTest.detail ?? '', /test, example or docs/);
    assert.strictEqual(found(text, 'README.md')[0].severity, 'info');
  });

  it('Python docstrings are documentation: their examples are informational, data strings are not', () => {
    const q = '"'.repeat(3);
    const doc = `def fetch(url):\n    ${q}Fetch a page.\n\n    >>> fetch(url, user='klem', passwd='${V}')\n    ${q}\n    return url\n`;
    const [inDoc] = found(doc, 'lib/fetch.py');
    assert.strictEqual(inDoc?.severity, 'info');
    assert.match(inDoc.detail ?? '', /in a docstring/);
    // The same text in a string the code uses (assigned, passed) is configuration.
    assert.strictEqual(found(`CONFIG = ${q}\npassword = '${V}'\n${q}\n`, 'lib/settings.py')[0]?.severity, 'warning');
    assert.strictEqual(found(`load(r'''\napi_key: "${V}"\n''')\n`, 'lib/settings.py')[0]?.severity, 'warning');
    // Not Python: no docstrings.
    assert.strictEqual(found(`/*\n${q}\npasswd = '${V}'\n${q}\n*/`, 'lib/x.js')[0]?.severity, 'warning');
    // Documentation kept in a constant, as Ansible modules do (EXAMPLES, RETURN), is documentation too.
    const module = `DOCUMENTATION = r${q}\nmodule: acme_user\n${q}\n\nEXAMPLES = r'''\n- acme_user:\n    password: "${V}"\n'''\n\nRETURN = ${q}\nsecret_key: "${V}"\n${q}\n`;
    assert.deepStrictEqual(found(module, 'plugins/modules/acme_user.py').map(f => f.severity), ['info', 'info']);
  });

  it("an OpenAPI document's examples and descriptions are informational; its other values and other YAML are not", () => {
    const spec = (body: string) => `openapi: 3.0.3\ninfo:\n  title: Vault API\npaths:\n  /unlock:\n    post:\n${body}`;
    const example = spec(`      responses:\n        200:\n          content:\n            application/json:\n              example:\n                UnlockKey: "${V}"\n`);
    const [inExample] = found(example, 'api/openapi.yaml');
    assert.strictEqual(inExample?.severity, 'info');
    assert.match(inExample.detail ?? '', /in an API example/);
    const described = spec(`      description: |\n        Send the saved credentials, for example:\n            password: "${V}"\n`);
    assert.strictEqual(found(described, 'api/openapi.yaml')[0]?.severity, 'info');
    // A value the document sets (a server variable's default) is configuration.
    const server = `openapi: 3.0.3\nservers:\n  - url: https://api.acme.io\n    variables:\n      apiToken:\n        default: x\n    api_token: "${V}"\n`;
    assert.strictEqual(found(server, 'api/openapi.yaml')[0]?.severity, 'warning');
    // Not an API document: an `example:` key is just a key.
    assert.strictEqual(found(`example:\n  api_token: "${V}"\n`, 'config/app.yaml')[0]?.severity, 'warning');
  });

  it('config kept in a multi-line string in code is data; a docstring\'s unquoted example is not reported', () => {
    const q = '"'.repeat(3);
    for (const [path, text] of [
      ['tests/conftest.py', `CONFIG = ${q}\nservice:\n  api_token: ${V}\n${q}\n`],
      ['internal/config_test.go', `const cfg = \`\napi_token: ${V}\n\`\n`],
      ['src/fixtures.ts', `export const env = \`\nAPI_TOKEN=${V}\nPORT=8080\n\`;\n`],
      ['hosts/edge/configuration.nix', `{\n  environment.etc."acme/agent.env".text = ''\n    ACME_API_KEY=${V}\n  '';\n}\n`], // a Nix indented string
      ['src/settings.nim', `const grafanaIni* = ${q}\n[security]\nadmin_password = ${V}\n${q}\n`], // Nim's triple quotes
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V], path);
    }
    for (const [path, text] of [
      ['plugins/modules/acme.py', `def run():\n    ${q}\n    Example:\n      api_token: ${V}\n    ${q}\n`],
      ['src/fixtures.ts', 'export const env = `\nAPI_TOKEN=${token}\n`;\n'],
      ['hosts/edge/configuration.nix', "{\n  environment.etc.\"a.env\".text = ''\n    ACME_API_KEY=${config.sops.placeholder.key}\n  '';\n}\n"],
    ]) {
      assert.deepStrictEqual(found(text, path).map(f => f.masked), [], path);
    }
  });

  it('a hex key recognised only by a provider name next to it is an example in a docstring', () => {
    const q = '"'.repeat(3);
    const key = randomString(32, HEX);
    const text = `EXAMPLES = ${q}\n- datadog_event:\n    title: Testing from ansible\n    api_key: ${key}\n${q}\n`;
    const [f] = scanText(text, { path: 'plugins/modules/datadog_event.py' });
    assert.strictEqual(f?.ruleId, 'datadog-api-key');
    assert.strictEqual(f.severity, 'warning'); // error, one level lower
    assert.strictEqual(scanText(text.replace(/EXAMPLES = /, 'CONFIG = '), { path: 'plugins/modules/datadog_event.py' })[0]?.severity, 'error');
  });

  it('a token with a provider format in a docstring is as live as anywhere', () => {
    const key = crcToken(join('gh', 'p_'));
    const [f] = scanText(`def f():\n    ${'"'.repeat(3)}Uses ${key}.${'"'.repeat(3)}\n`, { path: 'lib/gh.py' });
    assert.strictEqual(f?.ruleId, 'github-pat');
    assert.strictEqual(f.severity, 'error');
  });

  it('a backtick before the name closes the value: `API_TOKEN=…` in Markdown is a literal', () => {
    const text = `Start it with \`API_TOKEN=${V}\` set.`;
    const [f] = found(text, 'docs/deploy.md');
    assert.ok(f, 'expected a finding');
    assert.strictEqual(text.slice(f.range.start.offset, f.range.end.offset), V);
    assert.deepStrictEqual(found('Start it with `API_TOKEN=$TOKEN` set.', 'docs/deploy.md'), []);
  });

  it('a raw string opened on an earlier line closes the value: a Go test table\'s multi-line input', () => {
    const text = `var tests = []struct{ input string }{\n\t{input: \`SHOP_ID=${randomString(12)}\nSHOP_API_SECRET=${V}\`,},\n}\n`;
    assert.deepStrictEqual(found(text, 'shop_test.go').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V]);
    // A template literal's interpolation is code, closed by a backtick or not.
    assert.deepStrictEqual(found('const cfg = `\nSHOP_API_SECRET=${secrets.shop}`;\n', 'cfg.js'), []);
  });

  it('a regex\'s character class is a pattern, wherever its ranges are', () => {
    assert.deepStrictEqual(found('TOKEN: Final = r"[!#$%&\'*+\\-.^_`|~0-9A-Za-z]{1,}"\n', 'rfc7230.pyi'), []);
  });

  it('reads a Lisp\'s dotted pair and a Tcl namespace variable', () => {
    const lisp = `(defparameter *smtp* '((:host . "smtp.example.io") (:password . "${V}")))\n`;
    assert.deepStrictEqual(found(lisp, 'src/config.lisp').map(f => lisp.slice(f.range.start.offset, f.range.end.offset)), [V]);
    const tcl = `namespace eval ::snmp {\n    variable v3_auth_pass "${V}"\n}\n`;
    assert.deepStrictEqual(found(tcl, 'lib/snmp.tcl').map(f => tcl.slice(f.range.start.offset, f.range.end.offset)), [V]);
  });

  it('reads Tcl\'s lists of pairs, where a bare word is a string, and not a substitution', () => {
    const tcl = `array set smtp {\n    host     smtp.example.io\n    password ${V}\n}\nset creds [dict create \\\n    aws_secret "${V}x" \\\n    region eu-north-1]\n`;
    assert.deepStrictEqual(found(tcl, 'lib/config.tcl').map(f => tcl.slice(f.range.start.offset, f.range.end.offset)), [V, `${V}x`]);
    assert.deepStrictEqual(found(`array set smtp {\n    password $::env(SMTP_PASSWORD)\n    token [read_token]\n}\n`, 'lib/config.tcl'), []);
  });

  it('reads a directive quoted whole as a string, as a detector\'s test table writes one', () => {
    const go = `var cases = []struct{ input string }{\n\t{input: \`ldap_bind_password "${V}"\`},\n}\n`;
    assert.deepStrictEqual(found(go, 'pkg/rules/password_cases.go').map(f => go.slice(f.range.start.offset, f.range.end.offset)), [V]);
    const toml = `tps = [\n    'password ${V}',\n]\n`;
    assert.deepStrictEqual(found(toml, 'rules/password.toml').map(f => toml.slice(f.range.start.offset, f.range.end.offset)), [V]);
    // A message naming a credential is no directive.
    assert.deepStrictEqual(found('raise AuthError("password mismatch")\nlog.warn(\'token expired_session\')\n', 'auth.py'), []);
  });

  it('reads an element escaped as text: `&lt;password&gt;…&lt;/password&gt;` in a ticket\'s export', () => {
    const xml = `<incident>\n  <description>Our settings.xml:\n  &lt;server&gt;\n    &lt;password&gt;${V}&lt;/password&gt;\n    &lt;password&gt;\${env.NEXUS_PW}&lt;/password&gt;\n  &lt;/server&gt;</description>\n</incident>\n`;
    assert.deepStrictEqual(found(xml, 'support/servicenow/INC0048812.xml').map(f => xml.slice(f.range.start.offset, f.range.end.offset)), [V]);
  });

  it('reads an attribute\'s named pair (`Name = "X-Api-Key", Value = "…"`) and a C++ or C function returning a literal', () => {
    const cs = `[ApiKeyHeader(Name = "X-Api-Key", Value = "${V}")]\npublic class Startup {}\n`;
    assert.deepStrictEqual(found(cs, 'src/Acme.Orders/Startup.cs').map(f => cs.slice(f.range.start.offset, f.range.end.offset)), [V]);
    assert.deepStrictEqual(found('[Header(Name = "X-Api-Key", Value = "application/json")]\n', 'src/Startup.cs'), []);
    const cpp = `std::string licenseServerPassword() { return "${V}"; }\nconst char *apiToken()\n{\n    return "${V}z";\n}\nstd::string tokenName() { return "access_token"; }\n`;
    assert.deepStrictEqual(found(cpp, 'src/license/Signer.cpp').map(f => cpp.slice(f.range.start.offset, f.range.end.offset)), [V, `${V}z`]);
    const java = `    char[] keystorePassword() {\n        return "${V}".toCharArray();\n    }\n`;
    assert.deepStrictEqual(found(java, 'src/main/java/DataSourceConfig.java').map(f => java.slice(f.range.start.offset, f.range.end.offset)), [V]);
  });

  it('a map under a plural `<word>_KEYS` holds keys: values plainly keys count, others not', () => {
    const key = randomString(40), hex = randomString(32, HEX);
    const lua = `local UPSTREAM_KEYS = {\n  billing = "${key}",\n  search  = "${hex}",\n  name = "billing-upstream-primary",\n}\n`;
    assert.deepStrictEqual(found(lua, 'gateway/lua/auth.lua').map(f => lua.slice(f.range.start.offset, f.range.end.offset)), [key, hex]);
    assert.deepStrictEqual(found(`const SORT_KEYS = {\n  billing: "${key}",\n};\n`, 'src/sort.js'), []);
    // An entry named as a public key is one: Algolia's search key beside its admin key.
    const java = `static final Map<String, String> VENDOR_KEYS = Map.of(\n    "algoliaAdmin", "${hex}",\n    "algoliaSearch", "${randomString(32, HEX)}"\n);\n`;
    assert.deepStrictEqual(found(java, 'src/main/java/AppSecrets.java').map(f => java.slice(f.range.start.offset, f.range.end.offset)), [hex]);
    // A tenant's name with `search` in it is no search-only key's.
    const py = `TENANT_KEYS = {\n    "acme-support": "sk-${key.slice(0, 22)}",\n    "acme-search": "sk-${key.slice(8, 30)}",\n}\n`;
    assert.strictEqual(found(py, 'gateway/main.py').length, 2);
  });

  it('a UUID under a mapping of API keys is that entry\'s API key (Opsgenie\'s keys are UUIDs)', () => {
    const id = uuid();
    const yaml = `service.opsgenie: |\n  apiUrl: api.opsgenie.com\n  apiKeys:\n    sre: ${id}\n`;
    assert.deepStrictEqual(found(yaml, 'deploy/argocd/argocd-notifications-cm.yaml').map(f => yaml.slice(f.range.start.offset, f.range.end.offset)), [id]);
    assert.deepStrictEqual(found(`tenant:\n  accessKeys:\n    id: ${id}\n`, 'deploy/tenant.yaml'), []);
  });

  it('a .env value glued to its `=` is a literal whatever its first character; an app\'s SDK tokens are public', () => {
    const pw = `&${V}`;
    assert.deepStrictEqual(found(`FASTLANE_USER=release@example.io\nFASTLANE_PASSWORD=${pw}\n`, 'ios/fastlane/.env.default').map(f => f.masked.slice(0, 3)), [pw.slice(0, 3)]);
    assert.deepStrictEqual(found('func app() {\n    Mixpanel.initialize(token: "' + randomString(32, HEX) + '", trackAutomaticEvents: false)\n}\n', 'ios/Harbor/AppDelegate.swift'), []);
    assert.deepStrictEqual(found(`crash.instabug.token=${randomString(32, HEX)}\n`, 'android/app/src/main/assets/config.properties'), []);
  });

  it("a mount table's CIFS password (its `//server/share` is no comment); Dovecot's LDAP `dnpass`", () => {
    const fstab = `//fs02.example.net/media  /mnt/media  cifs  username=media,password=${V},vers=3.0  0  0\n`;
    assert.deepStrictEqual(found(fstab, 'etc/fstab').map(f => fstab.slice(f.range.start.offset, f.range.end.offset)), [V]);
    const conf = `hosts = ldap.example.net\ndn = cn=dovecot,ou=svc,dc=example,dc=net\ndnpass = ${V}\n`;
    assert.deepStrictEqual(found(conf, 'dovecot/conf.d/auth-ldap.conf.ext').map(f => conf.slice(f.range.start.offset, f.range.end.offset)), [V]);
    assert.deepStrictEqual(found('bypass = Xq7vR2pL9mW4tZ8k\n', 'proxy.conf'), []);
    // A Kerberos keytab in base64 under its name; a keytab's path is no value.
    const keytab = `BQI${randomString(97, BASE64)}`;
    assert.strictEqual(found(`hive_keytab_b64: "${keytab}"\n`, 'group_vars/hadoop.yml').length, 1);
    assert.deepStrictEqual(found('KEYTAB = "/etc/security/keytabs/hive.service.keytab"\n', 'hive/conf.py'), []);
  });

  it('a comment\'s note between whose key and its colon: `-- Old PlayFab secret (still active on EU): …`', () => {
    const key = `${randomString(42, BASE64)}A=`;
    assert.strictEqual(found(`-- Old PlayFab secret (still active on the EU title): ${key}\n`, 'scripts/services.lua').length, 1);
    assert.strictEqual(found(`# previous webhook secret (rotated 2024-03): ${key}\n`, 'deploy/notes.sh').length, 1);
  });

  it("a command's option after a credential's word is no value (PowerShell's history)", () => {
    assert.deepStrictEqual(found('Get-AzKeyVaultSecret -VaultName kv-ops-prod -Name sql-admin -AsPlainText\n', 'PSReadLine/ConsoleHost_history.txt'), []);
  });

  it("fish's history: `- cmd: set -gx NAME value`", () => {
    const hist = `- cmd: databricks clusters list\n  when: 1698901103\n- cmd: set -gx KAGGLE_KEY ${randomString(32, HEX)}\n  when: 1698902171\n- cmd: set -gx SNOWFLAKE_PASSWORD '${V}'\n  when: 1698902172\n`;
    assert.deepStrictEqual(found(hist, 'home/dk/.local/share/fish/fish_history').map(f => f.range.start.line), [2, 4]);
  });

  it('a chat\'s emoji shortcode after a credential\'s word is no value', () => {
    assert.deepStrictEqual(found('[{"text": "that\'s the real token :sweat_smile: I\'ll regenerate it"}]\n', 'slack-export/eng/2024-06-20.json'), []);
  });

  it('joins GDScript\'s literals: `"Bearer " + "…"`', () => {
    const gd = `var headers := {\n\t"Authorization": "Bearer " + "${V}",\n}\n`;
    assert.deepStrictEqual(found(gd, 'scripts/Backend.gd').length, 1);
  });

  it('a Markdown table\'s row in code spans: `` | `AES_KEY` | `…` | ``', () => {
    const hex = randomString(64, HEX);
    const text = `| Name | Value |\n|---|---|\n| \`AES_KEY\` | \`${hex}\` |\n`;
    assert.deepStrictEqual(found(text, 'ops/keys.md').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [hex]);
  });

  it('an INI or TOML section named for the secret holds it under a plain member name', () => {
    const text = `[db_password]\nvalue = "${V}"\n\n[password_policy]\nkey = min_length\n\n[stripe]\nvalue = "${GENERATED}"\n`;
    assert.deepStrictEqual(found(text, 'config/app.toml').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V]);
  });

  it('Postman\'s request nonce is no token', () => {
    const text = `{"header": [{"key": "Postman-Token", "value": "${uuid()}"}]}\n`;
    assert.deepStrictEqual(found(text, 'newman/report.json').map(f => f.masked), []);
  });

  it('git\'s signingkey names a GPG key by its id or fingerprint: public', () => {
    for (const id of [randomString(16, HEX).toUpperCase(), randomString(40, HEX).toUpperCase()]) {
      assert.deepStrictEqual(found(`[user]\n\tname = Dana\n\tsigningkey = ${id}\n`, 'home/dana/.gitconfig').map(f => f.masked), []);
    }
  });

  it('a value opening with a Google key\'s prefix that the Google rule refused is a look-alike; a word that happens to start so is not', () => {
    const short = `AIza${randomString(34, URLSAFE)}`; // one character short
    assert.deepStrictEqual(scanText(`GOOGLE_API_KEY=${short}\n`, { path: '.env' }).map(f => f.ruleId), []);
    const password = `Aizawa${randomString(10)}`;
    assert.strictEqual(found(`DB_PASSWORD=${password}\n`, '.env').length, 1);
  });

  it('reads the pairs of a map built from a list (Java\'s Map.of), one pair a line', () => {
    const text = `static final Map<String, String> PROPS = Map.of(\n    "region", "eu-west-1",\n    "encryption.key", "${V}",\n    "api.secret", "${GENERATED}");\n`;
    assert.deepStrictEqual(found(text, 'src/Props.java').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V, GENERATED]);
  });

  it('a note between a name and its colon in a comment: `# aes_key (kept for rollback): …`', () => {
    const text = `x = 1\n# aes_key (kept for rollback): ${V}\n`;
    assert.deepStrictEqual(found(text, 'scripts/rotate.py').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V]);
    // In code, a call's parentheses are no note.
    assert.deepStrictEqual(found(`aes_key (${V}): pass\n`, 'scripts/rotate.py'), []);
  });

  it('reads Astronomer\'s variable_name/variable_value pairs', () => {
    const text = `variables:\n  - variable_name: sales_api_token\n    variable_value: ${V}\n  - variable_name: snapshot_date\n    variable_value: ${randomString(16)}\n`;
    assert.deepStrictEqual(found(text, 'airflow_settings.yaml').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [V]);
  });

  it('an unquoted identifier in code is not a literal, but in config files it is', () => {
    assert.strictEqual(found(`password = ${V}`, 'a.py').length, 0);
    assert.strictEqual(found(`password = ${V}`, 'a.ini').length, 1);
  });

  it('a generated password in dashed groups is a password, under any secret name; words in dashed groups are an identifier', () => {
    // (Letters only: digits alone made it no identifier before.)
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const grouped = `Iv${randomString(2, letters)}-Bm${randomString(2, letters)}-zq${randomString(2, letters)}-wbQq`;
    for (const [text, path] of [[`ldap:\n  main:\n    password: '${grouped}'\n`, 'config/gitlab.yml'], [`syncrepl rid=001\n  credentials=${grouped}\n`, 'etc/openldap/slapd.conf'], [`[domain/corp]\nldap_default_authtok = ${grouped}\n`, 'sssd.conf']]) {
      assert.deepStrictEqual(found(text, path).map(f => text.slice(f.range.start.offset, f.range.end.offset)), [grouped], path);
    }
    assert.strictEqual(found(`password: 'vault-main-prod-east'\n`, 'config.yml').length, 0);
  });

  it("WordPress's application passwords are six groups of four, spaces between", () => {
    const groups = Array.from({ length: 6 }, (_, k) => `${randomString(3)}${k}`).join(' ');
    assert.strictEqual(found(`WP_USER="bot"\nWP_APP_PASSWORD="${groups}"\n`, 'publish.sh').length, 1);
    assert.strictEqual(found(`WP_APP_PASSWORD="set it in your profile page"\n`, 'publish.sh').length, 0);
  });

  it("a generated password may hold `%AB%`; a `%NAME%` field set off from letters is a reference", () => {
    const pw = `jl${randomString(3)}!U%EL%x${randomString(4)}5c`;
    assert.strictEqual(found(`    environment:\n      KC_BOOTSTRAP_ADMIN_PASSWORD: ${pw}\n`, 'docker-compose.yml').length, 1);
    assert.strictEqual(found(`    environment:\n      KC_BOOTSTRAP_ADMIN_PASSWORD: "%ADMIN_PASSWORD%"\n`, 'docker-compose.yml').length, 0);
  });

  it('a credential word glued to the end of a lower-case name still names it: `airnotifieraccesskey`', () => {
    const key = randomString(32, HEX);
    const text = `<?php\n$CFG->forced_plugin_settings = [\n    'tool_mobile' => [\n        'airnotifieraccesskey' => '${key}',\n    ],\n];\n`;
    assert.deepStrictEqual(found(text, 'config.php').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [key]);
  });

  it("a key set beside a user signs in with it: WebdriverIO's `user`/`key`, `BS_USER`/`BS_KEY`", () => {
    const id = uuid();
    assert.strictEqual(found(`export const config = {\n  user: 'acme-ci',\n  key: '${id}',\n  region: 'eu',\n};\n`, 'wdio.sauce.conf.ts').length, 1);
    assert.strictEqual(found(`BS_USER = "acme_${randomString(4)}"\nBS_KEY = "${GENERATED.slice(0, 20)}"\n`, 'conftest.py').length, 1);
    // A cache entry's key beside a user is a label; a key with no user beside it is no access key.
    assert.strictEqual(found(`const entry = {\n  user: 'bob',\n  key: 'profile-page-v2',\n};\n`, 'cache.ts').length, 0);
    assert.strictEqual(found(`const entry = {\n  owner: 'bob',\n  key: '${id}',\n};\n`, 'cache.ts').length, 0);
  });

  it("a `--key` flag on a service's command is its key; a variable there is a reference", () => {
    const id = uuid();
    assert.strictEqual(found(`{\n  "scripts": {\n    "cy:record": "cypress run --record --key ${id}"\n  }\n}\n`, 'package.json').length, 1);
    assert.strictEqual(found(`services:\n  bs-local:\n    image: browserstack/local:latest\n    command: ["--key", "${GENERATED.slice(0, 20)}", "--force-local"]\n`, 'docker-compose.yml').length, 1);
    assert.strictEqual(found(`{\n  "scripts": {\n    "cy:record": "cypress run --record --key $CYPRESS_RECORD_KEY"\n  }\n}\n`, 'package.json').length, 0);
  });

  it("an env prefix in a JSON string is the shell's assignment: package.json's scripts", () => {
    const token = `web_${randomString(64, HEX)}`;
    assert.strictEqual(found(`{\n  "scripts": {\n    "percy": "PERCY_TOKEN=${token} percy exec -- cypress run"\n  }\n}\n`, 'package.json').length, 1);
    assert.strictEqual(found(`{\n  "scripts": {\n    "percy": "PERCY_TOKEN=$PERCY_TOKEN percy exec -- cypress run"\n  }\n}\n`, 'package.json').length, 0);
  });

  it("a credential's setter given as an argument or as a functional option: `staticToken('…')`, Go's `WithAPIKey(\"…\")`", () => {
    assert.strictEqual(found(`const client = createDirectus(url)\n  .with(staticToken('${GENERATED}'))\n  .with(rest());\n`, 'index.js').length, 1);
    assert.strictEqual(found(`func client() *typesense.Client {\n\treturn typesense.NewClient(\n\t\ttypesense.WithAPIKey("${GENERATED}"),\n\t)\n}\n`, 'search.go').length, 1);
    // A bare `token('…')` may look a token up by name.
    assert.strictEqual(found(`const t = lookup(token('${GENERATED}'));\n`, 'index.js').length, 0);
    // An attribute named for a shared secret (C#'s `[SharedSecret("…")]`).
    assert.strictEqual(found(`[SharedSecret("${GENERATED}")]\npublic class RadiusHandler { }\n`, 'RadiusHandler.cs').length, 1);
  });

  it("applications' own names for their secrets: Moodle's, WordPress's lower-case salts, Shibboleth's and Mattermost's salts", () => {
    const hex = randomString(32, HEX), key = `${GENERATED}${randomString(20)}`;
    const cases: [string, string][] = [
      [`<?php\n$wstoken = '${hex}';\n`, 'sync.php'],
      [`<?php\n$CFG->passwordsaltmain = '${GENERATED}';\n`, 'moodle/config.php'],
      [`wordpress:\n  logged_in_key: '${key}'\n  nonce_key: '${key}x'\n`, 'group_vars/cms.yml'],
      [`idp.persistentId.salt= ${GENERATED}\n`, 'conf/idp.properties'],
      [`{\n  "FileSettings": {\n    "PublicLinkSalt": "${GENERATED}"\n  }\n}\n`, 'config/config.json'],
    ];
    for (const [text, path] of cases) assert.ok(found(text, path).length >= 1, path);
    // A salt of its own name is no secret: a hash's salt beside it, Phoenix's signing salt.
    assert.strictEqual(found(`config :app, AppWeb.Endpoint, live_view: [signing_salt: "${GENERATED.slice(0, 8)}"]\n`, 'config/config.exs').length, 0);
  });

  it("nginx's map sets a variable to its default; JSON quoted as a setting's value holds the setting's secret", () => {
    const text = `map $host $oidc_client_secret {\n    default "${GENERATED}";\n}\n\nmap $host $oidc_scopes {\n    default "openid+profile+email";\n}\n`;
    assert.deepStrictEqual(found(text, 'conf.d/openid_connect_configuration.conf').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [GENERATED]);
    const hasura = `services:\n  hasura:\n    environment:\n      HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"${GENERATED}"}'\n`;
    assert.deepStrictEqual(found(hasura, 'docker-compose.yml').map(f => hasura.slice(f.range.start.offset, f.range.end.offset)), [GENERATED]);
  });

  it("NetSuite's token id beside its token secret is half the credential; a 64-hex id alone is an id", () => {
    const [cid, csec, tid, tsec] = [0, 1, 2, 3].map(() => randomString(64, HEX));
    const text = `NS_CONSUMER_KEY=${cid}\nNS_CONSUMER_SECRET=${csec}\nNS_TOKEN_ID=${tid}\nNS_TOKEN_SECRET=${tsec}\n`;
    assert.ok(found(text, 'netsuite.env').some(f => text.slice(f.range.start.offset, f.range.end.offset) === tid));
    assert.strictEqual(found(`TOKEN_ID=${tid}\nREQUEST_ID=${cid}\n`, 'jobs.env').length, 0);
  });

  it('a key named in several words before `_key` may name a service\'s key: `STEAM_APP_TICKET_KEY`, `ADMIN_RPC_HTTP_KEY`', () => {
    const hex = randomString(64, HEX);
    assert.strictEqual(found(`STEAM_APP_TICKET_KEY = bytes.fromhex("${hex}")\n`, 'settings.py').length, 1);
    assert.strictEqual(found(`const ADMIN_RPC_HTTP_KEY := "${GENERATED}"\n`, 'dev_console.gd').length, 1);
    assert.strictEqual(found(`const SERVER_KEY_FALLBACK := "${GENERATED}"\n`, 'online.gd').length, 1);
    // The last word still says what the key is: a cache's, a sort's.
    assert.strictEqual(found(`USER_PROFILE_CACHE_KEY = "${GENERATED}"\n`, 'settings.py').length, 0);
  });

  it("keys that ship in every game build are public: GameAnalytics' game key, AppLovin's SDK key; their secrets are not", () => {
    const game = randomString(32, HEX), secret = randomString(40, HEX);
    const text = `[/Script/GameAnalyticsEditor.GameAnalyticsProjectSettings]\nAndroidGameKey=${game}\nAndroidSecretKey=${secret}\n`;
    assert.deepStrictEqual(found(text, 'Config/DefaultGame.ini').map(f => text.slice(f.range.start.offset, f.range.end.offset)), [secret]);
    assert.strictEqual(found(`        private const string MaxSdkKey = "${GENERATED}${randomString(40)}";\n`, 'Assets/Scripts/Ads/AdsManager.cs').length, 0);
  });

  it("a service's prefix before a UUID is the token's; a licence serial is a credential; the Android debug keystore's password is no secret", () => {
    assert.strictEqual(found(`HATHORA_APP_SECRET=secret-${uuid()}\n`, 'deploy.env').length, 1);
    assert.strictEqual(found(`HATHORA_APP_ID=app-${uuid()}\n`, 'deploy.env').length, 0);
    const serial = `U3-${randomString(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${randomString(3, 'ABCDEFGH')}7-${randomString(4, 'ABCDEFGHJK')}-2${randomString(3, 'KLMNPQ')}-SI78`;
    assert.strictEqual(found(`        env:\n          UNITY_SERIAL: "${serial}"\n`, '.github/workflows/activation.yml').length, 1);
    assert.strictEqual(found(`        debug {\n            storePassword 'android'\n            keyPassword 'android'\n        }\n`, 'launcherTemplate.gradle').length, 0);
  });

  it("Renovate's encrypted host rules hold ciphertext; Hoppscotch's environments give a variable's value as initialValue", () => {
    const blob = `${GENERATED}${randomString(60, BASE64)}`;
    assert.strictEqual(found(`{\n  "hostRules": [{\n    "hostType": "npm",\n    "encrypted": {\n      "token": "${blob}"\n    }\n  }]\n}\n`, 'renovate.json').length, 0);
    assert.strictEqual(found(`{\n  "hostRules": [{\n    "hostType": "npm",\n    "token": "${blob}"\n  }]\n}\n`, 'renovate.json').length, 1);
    const env = `[{\n  "variables": [\n    {\n      "key": "pushToken",\n      "initialValue": "${GENERATED}",\n      "currentValue": ""\n    }\n  ]\n}]\n`;
    assert.strictEqual(found(env, 'hoppscotch-environments.json').length, 1);
  });

  it("a registry's `auth` is judged by its password: Azure Container Registry's token login names the all-zero GUID", () => {
    const token = `eyJ${randomString(40, BASE64)}.${randomString(400, BASE64)}`;
    const acr = base64(`00000000-0000-0000-0000-000000000000:${token}`);
    assert.strictEqual(found(`{\n  "auths": {\n    "acmeprod.azurecr.io": {\n      "auth": "${acr}"\n    }\n  }\n}\n`, 'home/deploy/.docker/config.json').length, 1);
    assert.strictEqual(found(`{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${base64('deploy:changeme')}"\n    }\n  }\n}\n`, 'home/deploy/.docker/config.json').length, 0);
  });

  it("services' names for their secrets: Splunk's pass4SymmKey, a header's auth_value, a webhook passcode, Zoom's verification token, Icinga's TicketSalt", () => {
    const cases: [string, string][] = [
      [`[indexer_discovery:cm1]\npass4SymmKey = ${GENERATED}\n`, 'local/outputs.conf'],
      [`webhooks:\n  - auth_header: X-Torq-Secret\n    auth_value: "${GENERATED}"\n`, 'soar/webhooks.yaml'],
      [`FIGMA_WEBHOOK_PASSCODE=${GENERATED}\n`, '.env'],
      [`ZOOM_VERIFICATION_TOKEN=${GENERATED}\n`, '.env'],
      [`const TicketSalt = "${randomString(32, HEX)}"\n`, 'icinga2/constants.conf'],
      [`<?php\n$wgUpgradeKey = "${randomString(14, HEX)}a7";\n`, 'LocalSettings.php'],
    ];
    for (const [text, path] of cases) assert.strictEqual(found(text, path).length, 1, text);
    // An e-mail verification token is a one-time link's, not a credential.
    assert.strictEqual(found(`EMAIL_VERIFICATION_TOKEN=${GENERATED}\n`, '.env').length, 0);
  });

  it("Windows deployment forms: WiX's Property Id/Value, a password named for what it is for, a password holding `@` and a dot", () => {
    assert.strictEqual(found(`<Product>\n    <Property Id="SERVICE_PASSWORD" Value="${GENERATED}" Hidden="yes" />\n</Product>\n`, 'installer/wix/Product.wxs').length, 1);
    assert.strictEqual(found(`            inputs:\n                AppPoolPasswordForWebsite: '${GENERATED}'\n`, 'pipelines/deploy-iis.yml').length, 1);
    const pw = `5k@HD02J${randomString(6)}.tYg`;
    assert.strictEqual(found(`SMTP_PASSWORD=${pw}\n`, '.env').length, 1);
    // An e-mail address as an anonymous login's password is no secret.
    assert.strictEqual(found(`FTP_PASSWORD=anonymous@example.com\n`, '.env').length, 0);
  });

  it("a rule's test table: a case's snippet quoted as its value is read as the code it is", () => {
    const go = `\ttests := []struct{ name, input string; want bool }{\n\t\t{"etherscan_api_key", \`etherscan_api_key = "${GENERATED}"\`, true},\n\t}\n`;
    assert.strictEqual(found(go, 'rules/misc_test.go').length, 1);
    const java = `        new Case("keycloak_client_secret", "keycloak token: ${GENERATED}", true),\n`;
    assert.strictEqual(found(java, 'src/test/java/Cases.java').length, 1);
    // The snippet a JSON member, its name quoted.
    const json = `\t{"json client_secret", \`"client_secret": "${GENERATED}"\`},\n`;
    assert.deepStrictEqual(found(json, 'pkg/detectors/generic_test.go').map(f => json.slice(f.range.start.offset, f.range.end.offset)), [GENERATED]);
  });

  it("ASP.NET's machine key copied into app settings; Lob's and Paddle's browser keys stay quiet", () => {
    assert.strictEqual(found(`    <add key="MachineKeyValidation" value="${randomString(64, HEX)}" />\n`, 'Web.config').length, 1);
    assert.strictEqual(found('    <add key="MachineKeyValidation" value="AutoGenerate,IsolateApps" />\n', 'Web.config').length, 0);
    assert.strictEqual(found(`lob_api_key = "${join('live', '_pub_')}${randomString(31, HEX)}"\n`, 'config.toml').length, 0);
    assert.strictEqual(found(`Paddle.Initialize({ token: "${join('live', '_')}${randomString(27, HEX)}" });\n`, 'checkout.js').length, 0);
  });

  it("a file a YAML document holds as a block (a ConfigMap's `output.conf: |`) is read as that file", () => {
    const yaml = `apiVersion: v1\nkind: ConfigMap\ndata:\n  output.conf: |\n    [OUTPUT]\n        Name            es\n        HTTP_User       fluentbit\n        HTTP_Passwd     ${GENERATED}\n  other: value\n`;
    const reported = found(yaml, 'k8s/fluent-bit.yaml');
    assert.deepStrictEqual(reported.map(f => f.range.start.line + 1), [8]);
    assert.ok(reported[0].detail?.includes('output.conf'));
  });

  it("defaults a settings schema or Terraform gives: pydantic's Field with the default first, on its own line; coalesce over a variable", () => {
    assert.strictEqual(found(`class Settings(BaseSettings):\n    okta_api_token: str = Field(\n        "${GENERATED}",\n        alias="OKTA_API_TOKEN",\n    )\n`, 'app/core/settings.py').length, 1);
    assert.strictEqual(found(`locals {\n  session_secret = coalesce(var.session_secret_override, "${GENERATED}")\n}\n`, 'infra/locals.tf').length, 1);
    assert.strictEqual(found('locals {\n  session_secret = coalesce(var.session_secret_override, "dev-secret-change-me")\n}\n', 'infra/locals.tf').length, 0);
  });

  it("an .env value with parentheses is a password, not a call; a Redis URL's `?auth=` is its password", () => {
    const pw = `e(cz1J${randomString(10)}^HE)NGs(8h${randomString(8)}`;
    assert.strictEqual(found(`JWT_SECRET=${pw}\n`, 'services/api/.env').length, 1);
    assert.strictEqual(found(`session.save_path = "tcp://redis.internal:6379?auth=${GENERATED}"\n`, 'docker/php.ini').length, 1);
    // A call in a log line stays a call; a placeholder stays one.
    assert.strictEqual(found('auth: ldap(user@host,x2Tz9Kq)\n', 'logs/auth.log').length, 0);
    assert.strictEqual(found('session.save_path = "tcp://redis.internal:6379?auth=changeme"\n', 'docker/php.ini').length, 0);
  });

  it("platforms' key/value stores: Magento's core_config_data dumped without columns, Odoo's ir.config_parameter records", () => {
    const sql = `INSERT INTO \`mg_core_config_data\` VALUES (416,'default',0,'payment/adyen_abstract/api_key_live','${GENERATED}','2024-01-03 10:11:12');\n`;
    assert.strictEqual(found(sql, 'dumps/core_config_data.sql').length, 1);
    const xml = `<odoo>\n  <record id="p1" model="ir.config_parameter">\n    <field name="key">shop_connector.shopware_secret_access_key</field>\n    <field name="value">${GENERATED}</field>\n  </record>\n</odoo>\n`;
    assert.strictEqual(found(xml, 'addons/shop_connector/data/ir_config_parameter.xml').length, 1);
    // A path that names no secret is configuration.
    assert.strictEqual(found(`INSERT INTO \`core_config_data\` VALUES (7,'default',0,'web/secure/base_url','${GENERATED}','2024-01-03 10:11:12');\n`, 'dumps/c.sql').length, 0);
  });

  it("a generated password may open with `@`; a local stack's default and GitLab's MD5 of a database password are no secrets", () => {
    assert.strictEqual(found(`  'mail_smtppassword' => '${join('@hCW', 'Uj7A79yDNyYgI')}',\n`, 'config/config.php').length, 1);
    assert.strictEqual(found("  'password' => '@dbPassword',\n", 'config/config.php').length, 0);
    assert.strictEqual(found("  'password' => 'drupal10',\n", 'web/sites/default/settings.local.php').length, 0);
    assert.strictEqual(found(`postgresql['sql_user_password'] = '${randomString(32, HEX)}'\n`, 'etc/gitlab/gitlab.rb').length, 0);
  });

  it("an INI value on the indented line below its name; Azure's storage key glued into a Secret's key; an Entra secret's id is an id", () => {
    assert.strictEqual(found(`[snowflake]\npassword =\n    ${GENERATED}\nwarehouse = ETL_WH\n`, 'conf/creds.ini').length, 1);
    const secret = `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  azurestorageaccountkey: ${base64(randomString(64, BASE64))}\n`;
    assert.deepStrictEqual(scanText(secret, { path: 'k8s/azure-storage-secret.yaml' }).map(f => f.range.start.line + 1), [5]);
    assert.strictEqual(found(`client_secret_id = "${uuid()}"\n`, 'config/azure.toml').length, 0);
    // (Vault's AppRole secret id is the secret itself.)
    assert.strictEqual(found(`VAULT_SECRET_ID=${uuid()}\n`, '.env').length, 1);
  });

  it("App Center's app secret is a client identifier in its config file, named by the file", () => {
    assert.strictEqual(found(`{\n  "app_secret": "${uuid()}"\n}\n`, 'android/app/src/main/assets/appcenter-config.json').length, 0);
    assert.strictEqual(found(`APPCENTER_API_TOKEN=${randomString(40, HEX)}\n`, '.env').length, 1);
    // (Under its old name too; and Parse's client key, beside its master key, the secret.)
    assert.strictEqual(found(`public const string MobileCenterAppSecret = "${uuid()}";\n`, 'Ledgerly.Core/AppConstants.cs').length, 0);
    const m = `NSString *const kParseClientKey = @"${randomString(40)}";\nNSString *const kParseMasterKey = @"${randomString(40)}";\n`;
    assert.deepStrictEqual(found(m, 'ios/Legacy/NetworkConfig.m').map(f => f.range.start.line), [1]);
  });

  it("a rule's test cases quoted in YAML with doubled quotes, and C's #define quoted in another language's file, are read as code", () => {
    assert.strictEqual(found(`positives:\n    - 'API_KEY = ''${GENERATED}'''\n    - 'export LDAP_BIND_PW=''${GENERATED}x'''\n`, 'rules/generic.yaml').length, 2);
    assert.strictEqual(found(`var cases = []struct{ in string }{\n  {in: "#define ACCESS_TOKEN \\"${GENERATED}\\""},\n}\n`, 'detectors/generic.go').length, 1);
    // A quoted word is no snippet.
    assert.strictEqual(found("names:\n    - 'it''s a password field'\n", 'i18n/en.yaml').length, 0);
  });

  it(".NET's app settings name any key; an Azure storage key and a PagerDuty routing key under their names; Clojure's destructured defaults", () => {
    const key = `${randomString(86, BASE64)}==`;
    assert.strictEqual(found(`<appSettings>\n  <add key="AzureStorageKey" value="${key}" />\n</appSettings>\n`, 'web.config').length, 1);
    // A cache's key and a site key named the same way are not.
    assert.strictEqual(found(`<appSettings>\n  <add key="CacheKey" value="${GENERATED}" />\n  <add key="ReCaptchaSiteKey" value="${GENERATED}" />\n</appSettings>\n`, 'web.config').length, 0);
    assert.strictEqual(found(`-define(PD_ROUTING_KEY, <<"${randomString(32, HEX)}">>).\n`, 'src/mq_bridge_config.erl').length, 1);
    assert.strictEqual(found(`(defn client [& {:keys [token timeout] :or {timeout 30 token "${GENERATED}"}}]\n  nil)\n`, 'src/pricing/config.clj').length, 1);
    // A storage key of the browser's is a name.
    assert.strictEqual(found(`const storageKey = "${GENERATED}";\n`, 'src/settings.js').length, 0);
  });

  it("a key a service makes public, as a member of that service's object or in an Android app's resources", () => {
    const shopify = `Rails.application.configure do\n  config.x.shopify = {\n    api_key: "${randomString(32, HEX)}",\n  }\n  config.x.billing = {\n    api_key: "${GENERATED}",\n  }\nend\n`;
    assert.deepStrictEqual(found(shopify, 'config/initializers/credentials.rb').map(f => f.range.start.line + 1), [6]);
    const android = `<resources>\n    <string name="segment_write_key" translatable="false">${GENERATED}</string>\n</resources>\n`;
    assert.strictEqual(found(android, 'app/src/main/res/values/secrets.xml').length, 0);
    // A server's configuration feeds a server-side source.
    assert.strictEqual(found(`segment:\n  write_key: "${GENERATED}"\n`, 'deploy/helm/values.yaml').length, 1);
  });

  it("a list of literals in braces under a plural secret name: C's array initialiser, a Lua sequence", () => {
    const [a, b] = [`aZ9${randomString(37)}`, `${randomString(43, BASE64)}=`];
    assert.strictEqual(found(`static const char *k_fallback_tokens[] = {\n    "${a}",\n    "${b}",\n    NULL,\n};\n`, 'src/net/cloud_auth.c').length, 2);
    assert.strictEqual(found(`_M.hmac_keys = {\n  "${a}",\n  "${b}",\n}\n`, 'lua/auth_config.lua').length, 2);
    // Words in a list are no tokens; an object's members are read as members.
    assert.strictEqual(found('static const char *tokens[] = {"alpha-beta-gamma", "delta-epsilon"};\n', 'src/lexer.c').length, 0);
    assert.strictEqual(found(`local secrets = { api = "${a}" }\n`, 'lua/conf.lua').length, 1);
  });

  it("a literal in a string constructor a formatter wrapped: `String::from(⏎ \"…\",⏎)`", () => {
    assert.strictEqual(found(`    S3Settings {\n        secret_key: String::from(\n            "${GENERATED}",\n        ),\n    }\n`, 'src/config.rs').length, 1);
    // A call of something else wrapped the same way is no literal of the name's.
    assert.strictEqual(found(`    S3Settings {\n        secret_key: load_secret(\n            "${GENERATED}",\n        ),\n    }\n`, 'src/config.rs').length, 0);
  });

  it("a key in a comment qualified by another word counts when its value is plainly a long key", () => {
    const key = `${randomString(86, BASE64)}==`;
    assert.strictEqual(found(`/*\n * Old provisioning key: ${key}\n */\n`, 'src/net/cloud_auth.c').length, 1);
    // A data structure's key is no credential, nor a short value.
    assert.strictEqual(found(`# The dedup key: ${randomString(40, HEX)}\n# The enrollment key: ${randomString(12)}\n`, 'docs/notes.py').length, 0);
  });

  it("a memorable password in lower case under a password's name, and a bare `pat` holding a plain key", () => {
    for (const value of ['lantern_orchard101', 'walnut-zephyr821']) assert.strictEqual(found(`vault_db_root_password: "${value}"\n`, 'group_vars/all.yml').length, 1, value);
    // A name's words with a number are no password.
    assert.strictEqual(found('db_password: "test_pass123"\n', 'group_vars/all.yml').length, 0);
    assert.strictEqual(found(`$pat = "${randomString(52, 'abcdefghijklmnopqrstuvwxyz234567')}"\n`, 'ops/Register-Agent.ps1').length, 1);
    assert.strictEqual(found('pat = "^[A-Za-z0-9]{40}$"\npat = "user_(\\d+)"\n', 'src/match.py').length, 0);
  });

  it("a web search API's key is no public search-only key; a public key named under `secrets:` is still public", () => {
    assert.strictEqual(found(`      BRAVE_SEARCH_API_KEY: ${GENERATED}\n`, 'deploy/compose/docker-compose.yml').length, 1);
    assert.strictEqual(found(`      ALGOLIA_SEARCH_API_KEY: ${randomString(32, HEX)}\n`, 'deploy/compose/docker-compose.yml').length, 0);
    assert.strictEqual(found(`secrets:\n  langfusePublicKey: ${join('pk-', 'lf-')}${uuid()}\n`, 'helm/values.yaml').length, 0);
  });

  it("a service's prefix that opens with a stand-in's word, before a long random run, is no stand-in", () => {
    assert.strictEqual(found(`rootly_api_token = "${join('root', 'ly_')}${randomString(64, HEX)}"\n`, 'ops/rootly.py').length, 1);
    // The words themselves stay stand-ins.
    assert.strictEqual(found('db_password = "admin_password"\napi_token = "user_token_here"\n', 'ops/settings.py').length, 0);
  });

  it("a camel-case key's name closing its line, the value below it; a value opening with `+` where a blank assigns", () => {
    const key = `${randomString(86, BASE64)}==`;
    assert.strictEqual(found(`variables:\n  - name: buildConfiguration\n    value: Release\n  - name: AzureStorageKey\n    value: ${key}\n`, 'azure-pipelines.yml').length, 1);
    assert.strictEqual(found(`mytool --password +${GENERATED}\n`, 'scripts/deploy.sh').length, 1);
    // A key's column in prose is no assignment.
    assert.strictEqual(found('Each row has a primary key\nand a foreign key\n', 'docs/schema.md').length, 0);
  });

  it("a Consul service definition's token is its ACL token; systemd's LoadCredential= names a file", () => {
    assert.strictEqual(found(`service {\n  name = "web"\n  token = "${uuid()}"\n}\n`, 'hashicorp/consul/services/web.hcl').length, 1);
    assert.strictEqual(found(`service {\n  token = "${uuid()}"\n}\n`, 'services/web.hcl').length, 0);
    assert.strictEqual(found('[Service]\nLoadCredential=jwt-key:/etc/orders/credentials/jwt.key\n', 'ops/systemd/orders-api.service').length, 0);
  });

  it("a Go functional option named for a secret among other arguments; R's `<-` before a literal quoted in another file", () => {
    assert.strictEqual(found(`svc := NewService(WithHost("api.internal"), ConsumerSecret("${GENERATED}"))\n`, 'cmd/main.go').length, 1);
    assert.strictEqual(found('x := lookup(cfg, Secret("db-password"))\n', 'cmd/main.go').length, 0);
    assert.strictEqual(found(`    - 'serviceApiKey <- "${GENERATED}"'\n`, 'rules/generic-api-key.yml').length, 1);
  });
});

describe('generic: batches 56 and 57 of blind probes (network devices, payments, i18n notes, backups, bots)', () => {
  it("bash's associative array under a secret's name holds one per entry; under another name, none", () => {
    const a = randomString(14), b = randomString(14);
    assert.strictEqual(found(`declare -A store_pw=(\n  [berlin-mitte]='${a}'\n  [hamburg]="${b}"\n  [muenchen]="\${KIOSK_PW:-}"\n)\n`, 'scripts/push.sh').length, 2);
    assert.strictEqual(found(`declare -A API_TOKENS=([github]=${GENERATED} [slack]=${V})\n`, 'scripts/tokens.sh').length, 2);
    assert.strictEqual(found(`declare -A colors=([red]=${a} [blue]=${b})\n`, 'scripts/theme.sh').length, 0);
  });

  it('one piece of a value split in two is still the secret (`API_SECRET_P1`, `TOKEN_PART2`)', () => {
    for (const name of ['FL_API_SECRET_P1', 'API_KEY_PART2', 'TOKEN_PART_1']) {
      assert.strictEqual(found(`#define ${name}          "${randomString(20)}"\n`, 'include/secrets.h').length, 1, name);
    }
  });

  it('a folder path is no secret, its trailing slash included; an SNMP community under its variable is one', () => {
    assert.strictEqual(found("PresharedKey = {{ lookup('community.hashi_vault.hashi_vault', 'secret=netops/data/wg/' ~ item) }}\n", 'templates/client.conf.j2').length, 0);
    assert.strictEqual(found(`snmp_ro_community: ${randomString(16)}\n`, 'host_vars/er-branch03.yml').length, 1);
    assert.strictEqual(found('snmp_ro_community: public\ncommunity: true\n', 'host_vars/er-branch03.yml').length, 0);
  });

  it("a webhook's authorization header value, a commerce product's key and Inngest's event key are secrets by name", () => {
    assert.strictEqual(found(`checkout.webhook.authorization-header=${randomString(32)}\n`, 'src/main/resources/application.properties').length, 1);
    assert.strictEqual(found('checkout.webhook.authorization-header=X-Signature\n', 'src/main/resources/application.properties').length, 0);
    assert.strictEqual(found(`coinbase_commerce_key   = "${uuid()}"\n`, 'terraform/terraform.tfvars').length, 1);
    assert.strictEqual(found(`INNGEST_EVENT_KEY=${randomString(86, URLSAFE)}\n`, '.env.local').length, 1);
  });

  it("a key's word across a clause in notes, in other languages too; a name/value pair's name or another label's colon is no clause", () => {
    assert.strictEqual(found(`* Klucz API Hetzner Cloud (projekt magazyn): ${randomString(64)}\n`, 'pl/notatki.md').length, 1);
    assert.strictEqual(found(`  - Clé d'accès secrète : ${randomString(20)}/${randomString(19)}\n`, 'docs/fr/passation.md').length, 1);
    assert.strictEqual(found(`- Khóa bí mật MoMo (secretKey): ${randomString(32)}\n`, 'vi/ghi-chu.md').length, 1);
    assert.strictEqual(found(`[auth] csrf token from meta: ${randomString(43)}\n`, 'support/console.log').length, 0);
    assert.strictEqual(found(`ERROR: AADSTS700082: The refresh token has expired due to inactivity. Trace ID: ${uuid()} Timestamp: 2024-03-14\n`, 'bug-reports/az.txt').length, 0);
    const secret = randomString(64, URLSAFE);
    assert.deepStrictEqual(found(`{"values": [\n  {\n    "key": "auth0_client_secret",\n    "value": "${secret}",\n    "type": "secret"\n  }\n]}\n`, 'postman/prod.postman_environment.json').map(f => f.masked.length > 0 && secret.startsWith(f.masked.slice(0, 6))), [true]);
  });

  it("Japanese's full-width colon and parentheses after a key's word; the service's words before a lone key's word", () => {
    assert.strictEqual(found(`[10:02] 田中: Datadog の API キー：${randomString(32, HEX)}\n`, 'chat/export.txt').length, 1);
    assert.strictEqual(found(`Channel access token（長期）：${randomString(120, BASE64)}\n`, 'zh-tw/notes.md').length, 1);
  });

  it("ECPay's HashKey and HashIV are secrets, but not the docs' test merchant's; Efí's Client_Secret_ prefix is the secret's own", () => {
    assert.strictEqual(found(`<?php\n$obj->HashKey = '${randomString(16)}';\n$obj->HashIV = '${randomString(16)}';\n`, 'app/Payment.php').length, 2);
    assert.strictEqual(found(`<?php\n$obj->HashKey = '${'5294y06' + 'JbISpM5x9'}';\n`, 'app/Payment.php').length, 0);
    assert.strictEqual(found(`EFI_CLIENT_SECRET=${'Client_' + 'Secret_'}${randomString(40, HEX)}\n`, '.env').length, 1);
    assert.strictEqual(found('api_token = "Client_Secret_here"\n', 'settings.py').length, 0);
  });

  it("a passphrase with spaces in a systemd unit's quoted Environment=; OpenWRT's UCI options name their values", () => {
    const phrase = `${['plinth', 'velvet', 'cipher', 'marble', 'otter'].join(' ')}-588`;
    assert.strictEqual(found(`[Service]\nEnvironment="BORG_PASSPHRASE=${phrase}"\n`, 'borg/borg-backup.service').length, 1);
    assert.strictEqual(found('[Service]\nEnvironment="GREETING=hello there my friend"\n', 'app.service').length, 0);
    const wg = `${randomString(42, BASE64)}A=`;
    assert.strictEqual(found(`config interface 'wg0'\n\toption proto 'wireguard'\n\toption private_key '${wg}'\n`, 'openwrt/etc/config/network').length, 1);
  });
});

describe('generic: batch 58 of blind probes (enterprise SaaS, mobile release, mail servers)', () => {
  it("ciphertext is no secret: MuleSoft's `![…]`, a value whose comment above says what encrypted it", () => {
    assert.strictEqual(found(`salesforce:\n  password: "![${base64(randomString(16))}]"\n`, 'src/main/resources/config/prod-secure.yaml').length, 0);
    assert.strictEqual(found(`; encrypted with: pmpasswd <password> -e CRYPT_DATA\n$Param_SFDC_Password=${base64(randomString(16))}\n`, 'params/wf.par').length, 0);
    assert.strictEqual(found(`<!-- encrypted with: encrypt.bat -e <password> dataloader.key -->\n<entry key="sfdc.password" value="${randomString(48, HEX)}"/>\n`, 'dataloader/process-conf.xml').length, 0);
    // (A note that the value is not encrypted says nothing of the kind.)
    assert.strictEqual(found(`# not encrypted with anything yet\nDB_PASSWORD=${randomString(24)}\n`, '.env').length, 1);
  });

  it("a Salesforce custom metadata record's field names the value below it; mailcow's DBROOT and REDISPASS", () => {
    assert.strictEqual(found(`<values>\n    <field>Coupa_API_Key__c</field>\n    <value xsi:type="xsd:string">${randomString(40, HEX)}</value>\n</values>\n`, 'customMetadata/Integration_Setting.Coupa.md-meta.xml').length, 1);
    assert.strictEqual(found(`<values>\n    <field>Endpoint__c</field>\n    <value xsi:type="xsd:string">https://acme.coupahost.com/api</value>\n</values>\n`, 'customMetadata/Integration_Setting.Coupa.md-meta.xml').length, 0);
    assert.strictEqual(found(`DBROOT=${randomString(28)}\nREDISPASS=${randomString(28)}\n`, 'mailcow-dockerized/mailcow.conf').length, 2);
  });

  it("a note's sentence wrapped onto its next line, up to its colon; a line that ends its sentence is not continued", () => {
    const pw = `${randomString(5)}-${randomString(5)}-${randomString(3)}4`;
    assert.strictEqual(found(`- release-bot Apple ID was locked again, I reset it. Temporary password until Priya\n  rotates it properly: \`${pw}\` (2FA goes to the office phone).\n`, 'docs/RELEASING.md').length, 1);
    assert.strictEqual(found(`- The password policy changed.\n  rotates it properly: \`${pw}\`\n`, 'docs/RELEASING.md').length, 0);
  });
});

describe('generic: batch 59 of blind probes (legacy languages, infrastructure state, health and education integrations)', () => {
  it("a declaration's type, then its initial value: COBOL's PIC … VALUE, IBM i CL's VALUE(), RPG's inz(), Progress's INITIAL, Fortran's DATA", () => {
    const pw = () => `${randomString(9)}#4`;
    assert.strictEqual(found(`           05  WS-DB-PASSWORD         PIC X(12)  VALUE '${pw()}'.\n`, 'cobol/PAYROLL01.cbl').length, 1);
    assert.strictEqual(found(`             CHGVAR     VAR(&RMTPWD) VALUE('${pw()}')\n`, 'QCLSRC/NIGHTSYNC.clle').length, 1);
    assert.strictEqual(found(`dcl-s dbPass varchar(32) inz('${pw()}');\n`, 'QRPGLESRC/CUSTAPI.rpgle').length, 1);
    assert.strictEqual(found(`DEFINE VARIABLE cArPass   AS CHARACTER NO-UNDO INITIAL "${pw()}".\n`, 'progress/connect.p').length, 1);
    assert.strictEqual(found(`       DATA PASSWD /'${randomString(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}09'/\n`, 'fortran/RADSND.F').length, 1);
    // A layout with no value, or spaces, is none.
    assert.strictEqual(found("           05  WS-DB-PASSWORD         PIC X(8)  VALUE SPACES.\n           05  WS-PW-MASK   PIC X(8) VALUE ALL '*'.\n", 'cobol/PAYROLL01.cbl').length, 0);
  });

  it("a mainframe's eight random capitals are a password; words in capitals are not; a JOB card's operands are settings", () => {
    assert.strictEqual(found(`password = "${join('QGIZ', 'ZSWH')}"\n`, 'settings.py').length, 1);
    assert.strictEqual(found('password = "PASSWORD"\npassword = "CHANGEME"\npassword = "ABCDEFGH"\n', 'settings.py').length, 0);
    assert.strictEqual(found(`//PAYNITE  JOB (ACCT,0042),CLASS=A,\n//             NOTIFY=&SYSUID,USER=PAYBTCH,PASSWORD=${join('GYMA', 'UZHQ')}\n`, 'jcl/PAYNITE.jcl').length, 1);
    assert.strictEqual(found(`//* PASSWORD=${join('GYMA', 'UZHQ')} was the old one\n`, 'jcl/PAYNITE.jcl').length, 0);
  });

  it("SAS's pw= and metapass=, VB's txtPassword.Text, a glued `pwd`, Cosmos DB's primary key in deployment outputs", () => {
    assert.strictEqual(found(`libname tdw teradata server=tdprod user=sas_load pw=${randomString(12)} database=edw;\n`, 'sas/load.sas').length, 1);
    assert.strictEqual(found(`If txtUserName.Text = "support" And txtPassword.Text = "${randomString(12)}" Then\n`, 'vb6/frmLogin.frm').length, 1);
    assert.strictEqual(found(`If txtName.Text = "${randomString(12)}" Then\n`, 'vb6/frmLogin.frm').length, 0);
    assert.strictEqual(found(`"cosmosPrimaryKey": {\n  "type": "String",\n  "value": "${randomString(86, BASE64)}=="\n}\n`, 'azure/deployments/main.json').length, 1);
    assert.strictEqual(found('OLDPWD=/home/dana/src\n', '.bash_history').length, 0);
  });

  it("an OAuth 1.0 consumer key beside its secret is the consumer's id; a Storybook story's password is a fixture's", () => {
    const text = `consumers:\n  - name: Franklin State Blackboard\n    consumer_key: ${randomString(32, HEX)}\n    shared_secret: ${randomString(32, HEX)}\n`;
    assert.strictEqual(found(text, 'lti-tool/config/lti11_consumers.yml').length, 1);
    const story = `export const Weak = { args: { password: "${join('JaneDoe', '1987!')}" } };\n`;
    assert.ok(scanText(story, { path: 'web/src/components/LoginForm.stories.tsx' }).every(f => f.severity === 'info'));
  });

  it("a key's word after its qualifier, across a clause; a clause that says the value is an id is none", () => {
    assert.strictEqual(found(`API key for the billing cluster (prod): ${GENERATED}\n`, 'docs/handover.md').length, 1);
    assert.strictEqual(found(`API key (client id) of the app is ${randomString(32, HEX)} in case the dashboard asks\n`, 'chat/export.txt').length, 0);
    // (A qualifier and its word in parentheses, after another language's words: the name is whole.)
    assert.strictEqual(found(`iyzico gizli anahtarı (secret key): ${randomString(32)}\n`, 'tr/kurulum-notlari.md').length, 1);
  });
});

describe('generic: batch 60 of blind probes (marketing and analytics)', () => {
  it("a write key named first and then handed to the browser snippet's loader is the browser's; a server's stays a secret", () => {
    const key = randomString(32);
    assert.strictEqual(found(`const WRITE_KEY = "${key}";\nexport const snippet = \`analytics.load("${key}");\`;\n`, 'web/components/SegmentSnippet.tsx').length, 0);
    assert.strictEqual(found(`const WRITE_KEY = "${key}";\nconst analytics = new Analytics({ writeKey: WRITE_KEY });\n`, 'lib/segment-server.ts').length, 1);
  });
});

describe('generic: batch 61 of blind probes (and the legacy misses before it)', () => {
  it("a password's short name glued to what it opens (`SQLPW`, `ADMINPW`) or aligned (`pw  = …`); a shell's OLDPWD is a directory", () => {
    assert.strictEqual(found(`if "%SQLPW%"=="" set SQLPW=${randomString(11)}\n`, 'batch/nightly_sql.cmd').length, 1);
    assert.strictEqual(found(`ADMINPW: ${randomString(14)}\n`, 'deploy/vars.yml').length, 1);
    assert.strictEqual(found(`pw  = '${randomString(10)}'\n`, 'rexx/DB2REORG.rexx').length, 1);
    assert.strictEqual(found('export OLDPWD=/home/dana/src/kq8Zx3\n', 'scripts/env.sh').length, 0);
    // (Kamailio's kamctlrc names its database passwords DBRWPW and DBROPW; FreePBX's is AMPDBPASS.)
    assert.strictEqual(found(`DBRWPW="${randomString(22)}"\n`, 'kamailio/kamctlrc').length, 1);
    assert.strictEqual(found(`$amp_conf['AMPDBPASS'] = '${randomString(32, HEX)}';\n`, 'etc/freepbx.conf').length, 1);
  });

  it("a stored password's hash glued to its algorithm (`md5secret`) is a hash; `pass` after a user's name is a password", () => {
    assert.strictEqual(found(`[2001]\nmd5secret=${randomString(32, HEX)}\n`, 'asterisk/sip.conf').length, 0);
    assert.strictEqual(found(`- Newshosting: user \`jkoster.nh\`, pass \`${randomString(12)}#4\`\n`, 'wiki/homelab.md').length, 1);
    assert.strictEqual(found('We pass the parameters to the function before it returns.\n', 'docs/guide.md').length, 0);
    assert.strictEqual(found(`- POS Wi-Fi (SSID \`HPM-POS\`): PSK \`${randomString(8)}-${randomString(8)}-23\`\n`, 'docs/wiki/Store-Ops.md').length, 1);
  });

  it("a name as the second argument (Kamailio's `modparam`), a secret-named function's fallback return, `sk-` under a bare key", () => {
    assert.strictEqual(found(`modparam("auth", "secret", "${randomString(32)}")\nmodparam("auth", "nonce_expire", 300)\n`, 'kamailio/kamailio.cfg').length, 1);
    const go = `func clientSecret() string {\n\tif s := os.Getenv("OIDC_CLIENT_SECRET"); s != "" {\n\t\treturn s\n\t}\n\treturn "${randomString(32)}"\n}\n`;
    assert.strictEqual(found(go, 'internal/auth/oidc.go').length, 1);
    // (Only the function's own body: the next function's return is its own.)
    assert.strictEqual(found(`def api_key() -> str:\n    return os.environ["API_KEY"]\n\ndef banner():\n    return "${randomString(20)}"\n`, 'app/settings.py').length, 0);
    assert.strictEqual(found(`{\n  "onboarding": {\n    "key": "sk-${randomString(22, URLSAFE)}",\n    "note": "rotate"\n  }\n}\n`, 'gateway/keys.json').length, 1);
  });

  it("a service's key by a sibling `type:`, a file named for a service's CLI, ReportPortal's `rp_uuid`", () => {
    const widget = `widget:\n  type: sabnzbd\n  url: http://sabnzbd:8080\n  key: ${randomString(32, HEX)}\n`;
    assert.strictEqual(found(widget, 'config/homepage/services.yaml').length, 1);
    assert.strictEqual(found(`widget:\n  type: clock\n  key: ${randomString(32, HEX)}\n`, 'config/homepage/services.yaml').length, 0);
    assert.strictEqual(found(`endpoint: https://allure.example.io\ntoken: ${uuid()}\n`, 'allure/allurectl.yml').length, 1);
    assert.strictEqual(found(`[pytest]\nrp_uuid = ${uuid()}\n`, 'pytest.ini').length, 1);
  });

  it("a digest beside the key's masked preview and a cache's key are no secrets; Transmission's salted SHA-1 is a hash", () => {
    const stored = `{\n  "token": "${randomString(64, HEX)}",\n  "key_name": "sk-...Lu2W",\n  "key_alias": "ci"\n}\n`;
    assert.strictEqual(found(stored, 'gateway/litellm/keys_export.json').length, 0);
    assert.strictEqual(found(`{\n  "token": "${randomString(64, HEX)}",\n  "key_alias": "ci"\n}\n`, 'gateway/keys.json').length, 1);
    assert.strictEqual(found(`Cache restored from key: pip-Linux-x64-${randomString(64, HEX)}\n`, 'logs/ci.log').length, 0);
    assert.strictEqual(found(`INNGEST_SIGNING_KEY=signkey-prod-${randomString(64, HEX)}\n`, '.env').length, 1);
    // (Transmission's hash is reported as one: information, crackable offline.)
    const hashed = found(`"rpc-password": "{${randomString(40, HEX)}${randomString(8)}",\n`, 'config/transmission/settings.json');
    assert.deepStrictEqual(hashed.map(f => [f.severity, /hash/i.test(f.title)]), [['info', true]]);
  });
});

describe('generic and neighbours: batches 61-64 of blind probes (rows, URLs, fallbacks and public handles)', () => {
  it("FreePBX's device rows: the value after a row's `secret` keyword, in every row of the insert", () => {
    const row = (ext: string, pw: string) => `('${ext}','account','${ext}',40),('${ext}','secret','${pw}',2),('${ext}','dtmfmode','rfc4733',3)`;
    const dump = `INSERT INTO \`sip\` VALUES ${row('2001', randomString(32, HEX))},${row('2002', randomString(32, HEX))};\n`;
    assert.strictEqual(found(dump, 'backups/freepbx/mysqldump-asterisk.sql').length, 2);
  });

  it("a registry's token as a URL's whole user (Gemfury's), letters only too; a long env() default", () => {
    const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);
    assert.deepStrictEqual(rules(`source "https://${randomString(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}@gem.fury.io/acme-labs/" do\n`, 'Gemfile'), ['url-token-user']);
    const token = randomString(700, BASE64);
    assert.deepStrictEqual(rules(`<?php\nreturn ['auth_token' => env('EBAY_AUTH_TOKEN', '${token}')];\n`, 'config/marketplaces.php'), ['env-fallback-secret']);
  });

  it("Crowdin's OTA distribution hash, Wikipedia's example UUID and `none` for a password are no secrets", () => {
    assert.deepStrictEqual(scanText(`const ota = new OtaClient('${randomString(25, HEX)}', { enterpriseOrganizationDomain: 'acme' });\n`, { path: 'src/i18n/ota.ts' }), []);
    assert.deepStrictEqual(scanText(`DEEPL_AUTH_KEY=${join('123e4567-e89b-12d3', '-a456-426614174000')}:fx\n`, { path: 'docs/localization.md' }), []);
    assert.deepStrictEqual(scanText('# any password works, e.g. ntrip://ops%40example.io:none@rtk2go.com:2101/MOUNT\n', { path: 'config/gnss.yaml' }), []);
  });
});

describe('generic: batches 65-67 of blind probes (student code, OT, low-code, trading bots, niche languages)', () => {
  it("a router's generated Wi-Fi key of ten capitals and digits, a Gmail app password without its spaces", () => {
    assert.strictEqual(found(`#define SECRET_PASS "${join('6AP3J', 'AHLHC')}"\n`, 'arduino/arduino_secrets.h').length, 1);
    assert.strictEqual(found('#define WIFI_PASS "MYHOMEWIFI"\n', 'arduino/arduino_secrets.h').length, 0);
    assert.strictEqual(found(`SMTP_PASSWORD = "${join('qkzvmtrh', 'wplbxsne')}"\n`, 'mailer/settings.py').length, 1);
    assert.strictEqual(found(`SMTP_PASSWORD = "${join('qkzv mtrh', ' wplb xsne')}"\n`, 'mailer/settings.py').length, 1);
  });

  it("a pre-shared key named in a note, a password in an HTML page's bold, an `@` among a password's marks", () => {
    assert.strictEqual(found(`IKEv2, AES256/SHA256, DH group 14. Pre-shared key: \`${randomString(12)}!6Qh4\`\n`, 'docs/wiki/vpn.md').length, 1);
    assert.strictEqual(found(`  <li>Senha provisória: <strong>${randomString(8)}#wK-</strong></li>\n`, 'emails/pt/boas-vindas.html').length, 1);
    assert.strictEqual(found(`Benutzer partner-demo@example.io, Passwort 5-${randomString(10)}Q@ – bitte nicht weitergeben.\n`, 'macros/de.md').length, 1);
    assert.strictEqual(found('La password del tuo account non cambia: usa "Password dimenticata?" nella pagina di accesso.\n', 'emails/it/benvenuto.eml').length, 0);
  });

  it("an exchange's key by its sibling `name`, a release's Erlang cookie in mix.exs, Emacs's `(sql-password \"…\")`", () => {
    const exchange = `{\n  "exchange": {\n    "name": "kraken",\n    "key": "${randomString(56, BASE64)}",\n    "secret": "${randomString(86, BASE64)}=="\n  }\n}\n`;
    assert.strictEqual(found(exchange, 'freqtrade/user_data/config-private.json').length, 2);
    assert.strictEqual(found(`releases: [\n  ledger: [\n    cookie: "${randomString(56)}",\n  ]\n]\n`, 'elixir/mix.exs').length, 1);
    assert.strictEqual(found(`cookie: "${randomString(56)}",\n`, 'web/src/session.js').length, 0);
    assert.strictEqual(found(`(setq sql-connection-alist\n      '((prod (sql-user "ledger")\n              (sql-password "${randomString(14)}%~"))))\n`, 'emacs/init.el').length, 1);
  });

  it('encrypted keystores in hex, configparser env references, Home Assistant references, marks-only and documented passwords are none', () => {
    const keystore = Buffer.from(`{"crypto": {"cipher": "aes-128-ctr", "cipherparams": {"iv": "${randomString(32, HEX)}"}}}`).toString('hex');
    assert.strictEqual(found(`kucoin_api_key: ${keystore}\n`, 'hummingbot/conf/connectors/kucoin.yml').length, 0);
    assert.strictEqual(found('remote_store_headers.add = { "x-buildbuddy-api-key" = "%(env.BUILDBUDDY_API_KEY)s" }\n', 'pants.toml').length, 0);
    assert.strictEqual(found('influx_password: !env_var INFLUX_PASSWORD\n', 'homeassistant/secrets.yaml').length, 0);
    assert.deepStrictEqual(scanText('redis://:%40%3A%2F%3F%23@[::1]:6379/0\n', { path: 'fuzz/corpus/dsn/seed-005' }), []);
    assert.deepStrictEqual(scanText('$LegacyConn = "Server=$Server;Database=Runtime;User ID=aaUser;Password=pwUser"\n', { path: 'aveva/Export.ps1' }), []);
  });

  it("a lockfile's hex is a digest whatever its name: Turborepo's run summary keeps env values as sha256", () => {
    const summary = `{\n  "environmentVariables": {\n    "configured": ["SENTRY_AUTH_TOKEN=${randomString(64, HEX)}"]\n  }\n}\n`;
    assert.deepStrictEqual(scanText(summary, { path: 'js/.turbo/runs/2mQ8hXn1bPzR4sLdW7cVfTq0yKe.json' }), []);
    assert.ok(scanText(summary, { path: 'ci/env-dump.json' }).length > 0);
  });

  it('a piped password into a keystore with flags before its setting; a Basic pair encoded by Tcl', () => {
    const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);
    assert.deepStrictEqual(rules(`echo "${randomString(18)}" | $KS add -x -f bootstrap.password\n`, 'elasticsearch/setup-keystore.sh'), ['command-line-password']);
    assert.deepStrictEqual(rules(`set nagios_auth [base64::encode "monitor:${randomString(16)}"]\n`, 'tcl/statuscheck.tcl'), ['password-argument']);
  });
});

describe('generic: batch 68 of blind probes (device management, webhooks, scrapers, pentest reports)', () => {
  it("a key's own word before its random run (`token-<hex>`, `CAP-<HEX>`) is the key's prefix, not a name", () => {
    assert.strictEqual(found(`TANIUM_API_TOKEN = "token-${randomString(56, HEX)}"\n`, 'tanium/export.py').length, 1);
    assert.strictEqual(found(`CAPSOLVER_API_KEY=CAP-${randomString(32, '0123456789ABCDEF')}\n`, '.env').length, 1);
    assert.strictEqual(found('API_KEY=OPENAI_API_KEY_PRODUCTION\n', '.env').length, 0);
  });

  it("Chrome's enrollment token (a UUID) and a profile's SCEP challenge are credentials; a scrubber's `[SCRUBBED]` is none", () => {
    assert.strictEqual(found(`"CloudManagementEnrollmentToken"="${uuid()}"\n`, 'chrome/cbcm-enroll.reg').length, 1);
    const scep = `<dict>\n  <key>Challenge</key>\n  <string>${randomString(32, '0123456789ABCDEF')}</string>\n</dict>\n`;
    assert.strictEqual(found(scep, 'profiles/scep-device-identity.mobileconfig').length, 1);
    assert.strictEqual(found(scep, 'docs/pkce-challenge.plist').length, 0);
    assert.deepStrictEqual(scanText('Cookie: SESSID=[SCRUBBED]\n', { path: 'reports/evidence/burp-issues.xml' }), []);
  });

  it("an expect block's password prompt answered by `send`", () => {
    const exp = `spawn ssh deploy@10.0.0.5\nexpect {\n    "*assword:*" {\n        send "${randomString(12)}!1\\r"\n    }\n}\n`;
    assert.deepStrictEqual(scanText(exp, { path: 'tcl/deploy.exp' }).map(f => f.ruleId), ['command-line-password']);
  });
});

describe('generic: batch 69 of blind probes (maps, help desks, firmware, data engineering)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("a URL's query is read under a name that says pass: nginx's `proxy_pass …?apikey=…`", () => {
    const conf = `location /tiles/ {\n    proxy_pass https://tile.example-maps.com/cycle/$1/$2/$3.png?apikey=${randomString(32, HEX)};\n}\n`;
    assert.strictEqual(found(conf, 'tiles/nginx/tile-proxy.conf').length, 1);
    assert.strictEqual(found('location / {\n    proxy_pass https://backend.internal:8080/api?version=2;\n}\n', 'nginx/app.conf').length, 0);
  });

  it("a warehouse's surrogate key (`customer_sk`, an md5) is no secret key; a service's `_sk` still is", () => {
    const csv = `order_id,customer_sk,status\n${uuid()},${randomString(32, HEX)},created\n${uuid()},${randomString(32, HEX)},refunded\n`;
    assert.deepStrictEqual(scanText(csv, { path: 'dbt/seeds/sample_orders.csv' }), []);
    assert.strictEqual(found(`customer_sk = "${randomString(32, HEX)}"\n`, 'models/load.py').length, 0);
    assert.strictEqual(found(`baidu_sk = "${randomString(32, HEX)}"\n`, 'cloud/bos.py').length, 1);
  });

  it("names the lists missed: a PSK in hex, an OTA upload's `--auth`, a service's `…PAT`, a service's verification token", () => {
    assert.strictEqual(found(`C_DEFS += -DFLEET_PSK_HEX=\\"${randomString(32, HEX)}\\"\n`, 'stm32/Makefile').length, 1);
    assert.strictEqual(found(`upload_flags =\n    --port=3232\n    --auth=${randomString(14)}\n`, 'platformio.ini').length, 1);
    assert.strictEqual(found(`\tlivechatPAT       = "dal:${randomString(27, URLSAFE)}"\n`, 'relay/main.go').length, 1);
    assert.strictEqual(found(`DRIFT_VERIFICATION_TOKEN = "${randomString(32)}"\n`, 'bot/drift.py').length, 1);
    assert.strictEqual(found(`EMAIL_VERIFICATION_TOKEN = "${randomString(32)}"\n`, 'tests/users.py').length, 0);
  });

  it("a C initializer quoted in a JSON config is judged as its bytes (Mbed's LoRaWAN AppKey)", () => {
    const bytes = Array.from({ length: 16 }, () => `0x${randomString(2, '0123456789ABCDEF')}`).join(', ');
    assert.strictEqual(found(`{ "target_overrides": { "*": {\n  "lora.application-key": "{ ${bytes} }"\n} } }\n`, 'mbed_app.json').length, 1);
  });

  it("GeoServer's keystore-encrypted `crypt2:` and hashed `digest1:` passwords are no plaintext; `crypt1:`'s key is public", () => {
    const b64 = randomString(43, BASE64) + '=';
    assert.strictEqual(found(`<entry key="passwd">crypt2:${b64}</entry>\n`, 'geoserver/datastore.xml').length, 0);
    assert.strictEqual(found(`<user enabled="true" name="admin" password="digest1:${randomString(64, BASE64)}"/>\n`, 'geoserver/users.xml').length, 0);
    assert.strictEqual(found(`<entry key="passwd">crypt1:${b64}</entry>\n`, 'geoserver/datastore.xml').length, 1);
  });

  it("Yocto's `useradd -P` (a plain password), Rails credentials with a literal fallback, ArcGIS's GIS(url, user, password)", () => {
    assert.deepStrictEqual(rules(`EXTRA_USERS_PARAMS = "useradd -P '${randomString(15)}' -G dialout svc;"\n`, 'recipes/image.bb'), ['command-line-password']);
    assert.deepStrictEqual(rules('useradd -P "Primary Administrator" jdoe\n', 'solaris/add-admin.sh'), []);
    assert.deepStrictEqual(rules(`  API_KEY = Rails.application.credentials.dig(:gorgias, :api_key) || "${randomString(64, HEX)}"\n`, 'app/services/gorgias.rb'), ['env-fallback-secret']);
    assert.deepStrictEqual(rules(`gis = GIS(ORG_URL, "svc_publisher", "${randomString(14)}!")\n`, 'arcgis/publish.py'), ['password-argument']);
  });
});

describe('generic: batch 70 of blind probes (conferencing, office devices, game pipelines, a security team)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it('XML elements under a namespace prefix, and a setting named by an attribute with its `<Value>` below', () => {
    const pw = `${randomString(12)}*q`;
    assert.strictEqual(found(`<dd:LDAP>\n  <dd:BindPassword>${pw}</dd:BindPassword>\n</dd:LDAP>\n`, 'mfp-exports/hp/EWS_export.xml').length, 1);
    assert.strictEqual(found(`<Setting Category="Security" Name="EwsPassword">\n  <Value Type="Password">${pw}</Value>\n</Setting>\n`, 'fleet/template.xml').length, 1);
    assert.strictEqual(found(`<Setting Name="SnmpSetCommunityName">\n  <Value Type="Password">${pw}</Value>\n</Setting>\n`, 'fleet/template.xml').length, 1);
    assert.strictEqual(found('<Setting Name="SnmpGetCommunityName">\n  <Value Type="Password">public</Value>\n</Setting>\n', 'fleet/template.xml').length, 0);
  });

  it('SNMP communities on a command line and a CUPS SMB URI with its workgroup; the default `public` stays quiet', () => {
    assert.deepStrictEqual(rules(`snmpset -v2c -c '${randomString(14)}' "$TARGET" 1.3.6.1.2.1.1.5.0 s printer\n`, 'scripts/set-ews.sh'), ['command-line-password']);
    assert.deepStrictEqual(rules('snmpwalk -v2c -c public 10.0.0.1\n', 'scripts/walk.sh'), []);
    assert.deepStrictEqual(rules(`lpadmin -p Finance -v "smb://CORP/svc-print:${randomString(14)}@$PRINTSRV/Finance" -E\n`, 'scripts/add-printers.sh'), ['url-basic-auth']);
  });

  it("a CSV whose header follows comment lines (Ricoh's address book export)", () => {
    const csv = `# Format Version: 3.3.0.0\n# Function Name: Address Book\n"Name","Folder Password"\n"Reception","${randomString(14)}*E"\n`;
    assert.deepStrictEqual(rules(csv, 'mfp-exports/ricoh/addressbook.csv'), ['csv-credential-column']);
  });

  it("Ansible's password_hash filter names its algorithm first: no password; PHP's password_hash takes one", () => {
    assert.deepStrictEqual(rules(`    password: "{{ admin_password | password_hash('sha512', '${randomString(9)}') }}"\n`, 'roles/cups/tasks/main.yml'), []);
    assert.deepStrictEqual(rules(`$h = password_hash('${randomString(12)}!', PASSWORD_DEFAULT);\n`, 'src/seed.php'), ['password-argument']);
  });

  it("a meeting's attendee passcode in its join link or beside its meeting id is shared by design", () => {
    const invite = `Join Zoom Meeting\nhttps://us06web.zoom.us/j/87371168235?pwd=${randomString(32)}.1\n\nMeeting ID: 873 7116 8235\nPasscode: 482915\n`;
    assert.deepStrictEqual(scanText(invite, { path: 'exports/invites/weekly-sync.eml' }), []);
  });

  it("Zoom's Meeting SDK key is its public client id, as a variable or a fallback; its SDK secret is not", () => {
    const js = `const SDK_KEY = process.env.ZOOM_MEETING_SDK_KEY || '${randomString(22)}';\nconst SDK_SECRET = process.env.ZOOM_MEETING_SDK_SECRET || '${randomString(32)}';\n`;
    assert.deepStrictEqual(scanText(js, { path: 'src/video/sdk-signature.js' }).map(f => f.range.start.line + 1), [2]);
  });

  it("a webhook's bare HMAC key, Graph's subscription clientState, Matomo's salt; a map of ids is ids", () => {
    assert.strictEqual(found(`DAILY_WEBHOOK_HMAC=${randomString(43, BASE64)}=\n`, '.env').length, 1);
    assert.strictEqual(found(`subscription:\n  client_state: ${randomString(40)}\n`, 'calendar-sync/config.yaml').length, 1);
    assert.strictEqual(found(`[General]\nsalt = "${randomString(32, HEX)}"\n`, 'matomo/config/config.ini.php').length, 1);
    assert.strictEqual(found(`[General]\nsalt = "${randomString(32, HEX)}"\n`, 'app/config.ini').length, 0);
    assert.strictEqual(found(`playbook_ids:\n  leaked_credential: ${uuid()}\n`, 'soar/integrations.yaml').length, 0);
  });

  it("a password's first word is no provider's mistyped prefix", () => {
    assert.deepStrictEqual(scanText(`$SnmpCommunity = 'Prn-${randomString(10)}'\n`, { path: 'windows/Deploy.ps1' }).map(f => f.severity), ['warning']);
  });
});

describe('generic: batch 71 of blind probes (e-signature, ERP, GitOps, frontend config)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("a key's second copy and a signing key's rotation pair; a UUID integration key is DocuSign's client id", () => {
    assert.strictEqual(found(`docusign:\n  connect:\n    hmac-key-secondary: ${randomString(43, BASE64)}=\n`, 'src/main/resources/application-prod.yml').length, 1);
    assert.strictEqual(found(`box:\n  webhookPrimaryKey: "${randomString(32)}"\n`, 'deploy/helm/values.yaml').length, 1);
    assert.strictEqual(found(`docusign:\n  integration-key: ${uuid()}\n`, 'src/main/resources/application.yml').length, 0);
  });

  it('a value named by a later attribute of its tag (Boomi\'s `value="…" id="password"`)', () => {
    const xml = `<bns:field usesEncryption="true" encryptedValueSet="false" value="${randomString(16)}" id="password"/>\n`;
    assert.strictEqual(found(xml, 'boomi/Environment_Extensions_PROD.xml').length, 1);
    assert.strictEqual(found('<bns:field usesEncryption="false" value="sftp.internal" id="host"/>\n', 'boomi/Environment_Extensions_PROD.xml').length, 0);
  });

  it("a case-sensitive provider prefix in other case is no look-alike: a password opening `sbx-`", () => {
    assert.strictEqual(found(`password = "sbx-${randomString(14)}!q3"\n`, 'scripts/netsuite_sync.py').length, 1);
  });

  it("the fallback of a browser's variable for a browser's key, and a note that says `not secret`", () => {
    assert.deepStrictEqual(rules(`AnalyticsBrowser.load({\n  writeKey: process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY ?? "${randomString(32)}",\n});\n`, 'apps/web/src/lib/analytics.ts'), []);
    assert.deepStrictEqual(rules(`docusign:\n  # Integration key (OAuth client id), not secret\n  integration-key: ${uuid()}\n`, 'src/main/resources/application.yml'), []);
  });

  it("a provider's token alone on a chat line under the line that names it", () => {
    const chat = `the okta admin api token for the offboarding script, expires in 30d:\n00${randomString(40, URLSAFE)}\n`;
    assert.deepStrictEqual(rules(chat, 'signal/export/Marcus.txt'), ['okta-api-token']);
  });

  it("Atlassian document format: a paragraph's text nodes read as one sentence, code marks as code spans", () => {
    const key = randomString(32, HEX);
    const adf = `{"type": "paragraph", "content": [\n  {"type": "text", "text": "api key "},\n  {"type": "text", "text": "${key}", "marks": [{"type": "code"}]}\n]}\n`;
    const f = scanText(adf, { path: 'jira/INFRA-export.json' });
    assert.deepStrictEqual(f.map(x => [x.ruleId, x.range.start.line + 1]), [['generic-secret-assignment', 3]]);
  });

  it("a Logic Apps trigger URL whose ampersands an HTML page escaped", () => {
    const url = `https://prod-27.westeurope.logic.azure.com:443/workflows/${randomString(32, HEX)}/triggers/manual/paths/invoke?api-version=2016-06-01&amp;sp=%2Ftriggers%2Fmanual%2Frun&amp;sv=1.0&amp;sig=${randomString(43, URLSAFE)}`;
    assert.deepStrictEqual(rules(`<p><a href="${url}">flow</a></p>\n`, 'teams/messages.html'), ['power-automate-webhook-url']);
  });
});

describe('generic: batch 72 of blind probes (telemetry agents, Python idioms, travel, cryptography code)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("a requests auth tuple kept in a constant, and a literal stored with keyring.set_password", () => {
    assert.deepStrictEqual(rules(`PARTNER_AUTH = ("svc-recon", "${randomString(20)}=")\n`, 'src/clients/partner.py'), ['password-argument']);
    assert.deepStrictEqual(rules(`keyring.set_password(SERVICE_NAME, "deploy-bot", "${randomString(22)}*q")\n`, 'src/secrets_backend.py'), ['password-argument']);
    assert.deepStrictEqual(rules('keyring.set_password(SERVICE_NAME, "deploy-bot", getpass.getpass())\n', 'src/secrets_backend.py'), []);
  });

  it("a service's `…PAT` is a personal access token; a pattern's is not", () => {
    assert.strictEqual(found(`\tlivechatPAT = "dal:${randomString(27, URLSAFE)}"\n`, 'relay/main.go').length, 1);
    assert.strictEqual(found('date_pat = "YYYYMMDDhhmmssSSSZ20240101"\n', 'src/formats.py').length, 0);
  });

  it("RFC 7520's symmetric example key is documentation", () => {
    const jwk = `{"kty": "oct", "kid": "018c0ae5-4d9b-471b-bfd6-eef314bc7037", "use": "sig", "alg": "HS256", "k": "${join('hJtXIZ2uSN5kbQfbtTNWbpdmhkV8', 'FJG-Onbc6mxCcYg')}"}\n`;
    assert.deepStrictEqual(rules(jwk, 'packages/jose/vectors/cookbook.json'), []);
  });
});

describe('generic: batch 73 of blind probes (logistics, social media, HR and recruiting, API specs)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("an API key sent as the Basic user with a lower-case `x` for the password (BambooHR), as Freshdesk's `X`", () => {
    const key = randomString(40, HEX);
    assert.deepStrictEqual(rules(`r = requests.get(url, auth=("${key}", "x"))\n`, 'services/bamboohr/client.py'), ['password-argument']);
    assert.deepStrictEqual(rules(`r = requests.get(url, auth=("${key}", "X"))\n`, 'services/freshdesk/client.py'), ['password-argument']);
    assert.deepStrictEqual(rules('r = requests.get(url, auth=(API_KEY, "x"))\n', 'services/bamboohr/client.py'), []);
  });

  it("Indeed Apply's apiToken rides in every job page; its API secret does not", () => {
    const token = randomString(64, HEX);
    assert.deepStrictEqual(rules(`INDEED_APPLY_API_TOKEN = "${token}"  # in every job page\n`, 'feeds/indeed_apply.py'), []);
    assert.deepStrictEqual(rules(`<indeed-apply-data><![CDATA[indeed-apply-apiToken=${token}&indeed-apply-jobId=REQ-2024-0117]]></indeed-apply-data>\n`, 'feeds/indeed_jobs.xml'), []);
    assert.deepStrictEqual(rules(`INDEED_APPLY_API_SECRET = "${randomString(64, HEX)}"\n`, 'feeds/indeed_apply.py'), ['generic-secret-assignment']);
  });
});

describe('generic: batch 74 of blind probes (devtools exports, EV charging, nonprofits, supply-chain metadata)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("OCPP's AuthorizationKey and OCPI's credentials tokens are credentials", () => {
    const key = randomString(40, HEX);
    assert.deepStrictEqual(rules(`charge_point_id,serial,security_profile,authorization_key\nVY-AC-001,ALF2223K0147,2,${key}\n`, 'csms/config/chargepoints.csv'), ['csv-credential-column']);
    assert.deepStrictEqual(rules(`[ocpi.partners.hub]\nrole = "HUB"\ntoken_c = "${randomString(40)}"\n`, 'csms/config/csms.toml'), [GENERIC]);
  });

  it("a password closing with `.+` is the password's, not a regular expression's", () => {
    assert.deepStrictEqual(rules(`{"network": {"wifi_ssid": "Depot-IoT", "wifi_psk": "${randomString(14)}7q.+"}}\n`, 'firmware/provisioning/batch.json'), [GENERIC]);
    assert.deepStrictEqual(rules('{"password": {"pattern": "AmazonLookoutMetrics-.+"}}\n', 'schemas/policy.json'), []);
  });

  it("an issuer's prefix ending in secret before a random body is a format, not a stand-in", () => {
    assert.deepStrictEqual(rules(`PARTNER_CLIENT_SECRET=qx-secret.${randomString(18)}%7!\n`, 'deploy/partner.env'), [GENERIC]);
    assert.deepStrictEqual(rules('PARTNER_CLIENT_SECRET=my-secret.password-goes-here\n', 'deploy/partner.env'), []);
  });

  it("the InfluxDB CLI's -t token, on a continued line of its command", () => {
    const token = `${randomString(86, URLSAFE)}==`;
    assert.deepStrictEqual(rules(`influx backup "$DEST" \\\n  --org voltyard \\\n  -t ${token}\n`, 'monitoring/scripts/backup_influx.sh'), ['password-argument']);
    assert.deepStrictEqual(rules('influx backup "$DEST" -t "$INFLUX_TOKEN"\n', 'monitoring/scripts/backup_influx.sh'), []);
  });

  it("Net::IMAP's authenticate takes the SASL mechanism first: the password is the third argument", () => {
    const pw = `${randomString(14)}!`;
    const text = `imap.authenticate('PLAIN', 'ops@acme.io', '${pw}')\n`;
    assert.deepStrictEqual(scanText(text, { path: 'lib/mail.rb' }).map(f => [f.ruleId, text.slice(f.range.start.offset, f.range.end.offset)]), [['password-argument', pw]]);
    assert.deepStrictEqual(rules("  #   imap.authenticate('LOGIN', 'joe_user', 'joes_password')\n", 'lib/net/imap.rb'), []);
  });

  it("a WebSocket handshake's key is a nonce; an analytics tool's session cookie is no session", () => {
    assert.deepStrictEqual(rules(`GET /ws HTTP/1.1\nUpgrade: websocket\nSec-WebSocket-Key: ${base64(randomString(16)).slice(0, 22)}==\n`, 'captures/follow-stream.txt'), []);
    assert.deepStrictEqual(rules(`> Cookie: _hjSessionUser_3811922=${base64(randomString(60))}\n`, 'logs/req.log'), []);
  });

  it("a TUF key's private half beside its public one (securesystemslib), and Tibber's public demo token", () => {
    const tuf = `{\n  "keytype": "ed25519",\n  "keyval": {\n    "private": "${randomString(64, HEX)}",\n    "public": "${randomString(64, HEX)}"\n  }\n}\n`;
    assert.deepStrictEqual(rules(tuf, 'tuf/keys/targets_key.json'), [GENERIC]);
    assert.deepStrictEqual(rules('{"name": "app", "private": true}\n', 'package.json'), []);
    assert.deepStrictEqual(rules(`export const TIBBER_DEMO_TOKEN = "${join('5K4MVS-OjfWhK_4yrjOl', 'Fe1F6kJXPVf7eQYggo8ebAE')}";\n`, 'home/tibber/prices.ts'), []);
  });
});

describe('generic: batch 75 of blind probes (learning platforms, audio, self-hosted backends, build and CI)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("a line comment's words do not run on into the code below it", () => {
    const js = `  clever: {\n    // district-app bearer token for nightly section sync (district id below)\n    districtId: '${randomString(24, HEX)}',\n  },\n`;
    assert.deepStrictEqual(rules(js, 'clever/config/clever.js'), []);
  });

  it("Moodle's privatetoken, Appwrite's versioned OpenSSL key and a client's key chained after its project", () => {
    assert.deepStrictEqual(rules(`{\n  "token": "${randomString(32, HEX)}",\n  "privatetoken": "${randomString(64)}"\n}\n`, 'moodle/scripts/.cache/token.json'), [GENERIC, GENERIC]);
    assert.deepStrictEqual(rules(`_APP_ENV=production\n_APP_OPENSSL_KEY_V1=${randomString(64, HEX)}\n`, 'appwrite/.env'), [GENERIC]);
    const dart = `  final client = Client()\n      .setEndpoint('https://api.tidepool.app/v1')\n      .setProject('${randomString(20, HEX)}')\n      .setKey('standard_${randomString(256, HEX)}');\n`;
    assert.deepStrictEqual(rules(dart, 'tool/seed_collections.dart'), ['client-token-argument']);
  });

  it("Parse's client key ships in its apps; ParseSwift's primaryKey is the master key", () => {
    const swift = `ParseSwift.initialize(applicationId: "${randomString(40)}",\n                      clientKey: "${randomString(40)}",\n                      primaryKey: "${randomString(40)}",\n                      serverURL: server)\n`;
    assert.deepStrictEqual(scanText(swift, { path: 'ios/Backend/ParseSetup.swift' }).map(f => [f.ruleId, f.range.start.line]), [[GENERIC, 2]]);
    assert.deepStrictEqual(rules(`const server = new ParseServer({\n  appId: 'dive',\n  clientKey: '${randomString(40)}',\n});\n`, 'parse-server/index.js'), []);
  });

  it("PocketBase's superuser made on the command line, and the Supabase CLI's default local secret key", () => {
    assert.deepStrictEqual(rules(`$PB superuser upsert ops@tidepool.app '${randomString(20)}.x' --dir=/opt/pb_data\n`, 'pocketbase/deploy/bootstrap.sh'), ['password-argument']);
    assert.deepStrictEqual(rules('$PB superuser upsert ops@tidepool.app "$PB_ADMIN_PASSWORD"\n', 'pocketbase/deploy/bootstrap.sh'), []);
    assert.deepStrictEqual(rules(`const LOCAL_SECRET_KEY = '${join('sb_secret_N7UND0UgjKTVK', '-Uodkm0Hg_xSvEMPvz')}';\n`, 'supabase/tests/rls.test.ts'), []);
  });

  it("a release's signing key as gpg prints it is its fingerprint; a BuildKit secret's spec names its source", () => {
    const fingerprint = randomString(40, HEX).toUpperCase().replace(/^./, 'C');
    assert.deepStrictEqual(rules(`SIGNING_KEY  ?= ${fingerprint}\n`, 'Makefile'), []);
    assert.deepStrictEqual(rules(`SIGNING_KEY="\${SIGNING_KEY:-${fingerprint}}"\n`, 'scripts/release.sh'), []);
    assert.deepStrictEqual(rules('  secret = [\n    "id=buildbuddy_api_key,env=BUILDBUDDY_API_KEY",\n  ]\n', 'docker-bake.hcl'), []);
  });

  it("a Spotify sign-in cookie kept in a bot's config under the site's cookie name", () => {
    const cookie = `AQ${randomString(150, URLSAFE)}`;
    assert.deepStrictEqual(rules(`{ "spotifyCookie": "sp_dc=${cookie}" }\n`, 'bots/discord-music/config.json'), ['http-session-cookie']);
    assert.deepStrictEqual(rules('{ "themeCookie": "theme=dark" }\n', 'bots/discord-music/config.json'), []);
  });

  it("a user's code span, a colon and the password's, in a handover note", () => {
    assert.deepStrictEqual(rules(`- Raiser's Edge reporting user \`rcfc-reports\`: \`${randomString(12)}#7q\`\n`, 'notes/HANDOVER.txt'), ['login-pair-in-prose']);
  });
});

describe('generic: batch 76 of blind probes (insurance, Windows deployment, real estate, dashboards)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);
  const utf16le = (s: string) => [...s].map(c => `${c}\u0000`).join('');

  it("a script PowerShell runs from -EncodedCommand is read as the PowerShell it is", () => {
    const pw = `${randomString(14)}!7`;
    const script = base64(utf16le(`$pw = ConvertTo-SecureString '${pw}' -AsPlainText -Force; Invoke-Refresh -Credential $pw`));
    const task = `<Exec>\n  <Command>powershell.exe</Command>\n  <Arguments>-NoProfile -NonInteractive -EncodedCommand ${script}</Arguments>\n</Exec>\n`;
    const found = scanText(task, { path: 'tasks/ReportRefresh.xml' });
    assert.deepStrictEqual(found.map(f => [f.ruleId, f.range.start.line]), [['password-argument', 2]]);
    assert.ok(!found[0].masked.includes(pw.slice(3, -3)), 'the finding shows a masked value');
    const harmless = base64(utf16le('Get-ChildItem C:\\Reports | Remove-Item -Recurse'));
    assert.deepStrictEqual(rules(`powershell -enc ${harmless}\n`, 'scripts/cleanup.cmd'), []);
  });

  it("PowerShell's -Name/-VariableName then -Value names the value; ACORD's Pswd is a password", () => {
    const ps = `New-CMDeviceCollectionVariable -CollectionName $coll -VariableName 'LocalAdminPassword' -Value '${randomString(13)}4' -IsMask $true\n`;
    assert.deepStrictEqual(rules(ps, 'configmgr/Set-Variables.ps1'), [GENERIC]);
    assert.deepStrictEqual(rules("New-CMDeviceCollectionVariable -CollectionName $coll -VariableName 'OSDComputerNamePrefix' -Value 'HM-BGN-'\n", 'configmgr/Set-Variables.ps1'), []);
    const acord = `<SignonPswd>\n  <CustPswd>\n    <EncryptionTypeCd>NONE</EncryptionTypeCd>\n    <Pswd>${randomString(12)}^k</Pswd>\n  </CustPswd>\n</SignonPswd>\n`;
    assert.deepStrictEqual(rules(acord, 'acord/messages/FNOL.xml'), [GENERIC]);
  });

  it("FreeRDP's /p: and /gp: on a continued command line; a variable is no password", () => {
    const sh = `xfreerdp /v:"$HOST" /g:rdgw.acme.io /gu:ACME\\\\svc_jump /gp:'${randomString(13)}-' \\\n  /u:"$USER" /p:"\${RDP_PASSWORD:?set it}"\n`;
    assert.deepStrictEqual(rules(sh, 'scripts/connect-bastion.sh'), ['password-argument']);
  });

  it("RESO's record keys (ListingKey, MemberKey) are ids", () => {
    assert.deepStrictEqual(rules(`WARN media checksum mismatch ListingKey=${randomString(32, HEX)} expected md5=${randomString(32, HEX)}\n`, 'mls-sync/logs/sync.log'), []);
  });
});

describe('generic: batch 77 of blind probes (lab automation, civic tech, unusual syntax, a docs site)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("Socrata's app tokens lift throttling only and ship in browser code; its secret token does not", () => {
    assert.deepStrictEqual(rules(`# Socrata app tokens only lift the anonymous throttling limit.\nAPP_TOKEN = "${randomString(25)}"\n`, 'scrapers/socrata_pull.py'), []);
    assert.deepStrictEqual(rules(`domain: data.example.gov\napp_token: ${randomString(25)}\nsecret_token: ${randomString(36, URLSAFE)}\n`, 'drupal/config/sync/socrata_embed.settings.yml'), [GENERIC]);
    assert.deepStrictEqual(rules(`FB_APP_TOKEN = "${randomString(25)}"\n`, 'bots/facebook.py'), [GENERIC]);
  });

  it("a test-mode key in docs is a sandbox's sample: information", () => {
    const key = `fl_test_${randomString(32)}`;
    const f = scanText(`\`\`\`bash\ncurl https://api.example.dev/v2/balance \\\n  -u ${key}:\n\`\`\`\n`, { path: 'docs/authentication.mdx' });
    assert.deepStrictEqual(f.map(x => [x.ruleId, x.severity]), [['curl-user-password', 'info']]);
    const live = `fl_live_${randomString(32)}`;
    assert.deepStrictEqual(scanText(`curl https://api.example.dev/v2/balance -u ${live}:\n`, { path: 'docs/authentication.mdx' }).map(x => x.severity), ['warning']);
  });

  it("a line-ending backslash in a TOML or Swift multi-line string joins a key's halves", () => {
    const key = `SG.${randomString(22, URLSAFE)}.${randomString(43, URLSAFE)}`;
    const swift = `    static let sendgridKey = """\n        ${key.slice(0, 40)}\\\n        ${key.slice(40)}\n        """\n`;
    assert.deepStrictEqual(rules(swift, 'ios/Sources/PaymentsConfig.swift'), ['sendgrid-api-key']);
    const toml = `[mail]\nkey = """\\\n    ${key.slice(0, 30)}\\\n    ${key.slice(30)}"""\n`;
    assert.deepStrictEqual(rules(toml, 'config/worker.toml'), ['sendgrid-api-key']);
  });

  it("a file a Nix expression writes from an indented string is read as that file", () => {
    const nix = `  environmentFile = "\${pkgs.writeText "restic-b2.env" ''\n    B2_ACCOUNT_ID=${randomString(24, HEX)}\n    B2_ACCOUNT_KEY=K002${randomString(27, BASE64)}\n  ''}";\n`;
    assert.deepStrictEqual(scanText(nix, { path: 'nix/hosts/builder/configuration.nix' }).map(f => [f.ruleId, f.range.start.line]), [[GENERIC, 2]]);
    assert.deepStrictEqual(rules("  x = pkgs.writeText \"app.env\" ''\n    API_TOKEN=''${secret}\n  '';\n", 'nix/app.nix'), []);
  });
});

describe('generic: batch 78 of blind probes (restaurants, debug output, an auth server)', () => {
  const rules = (text: string, path: string) => scanText(text, { path }).map(f => f.ruleId);

  it("a list under an entry of a secrets map holds that secret and the ones it rotated from (Ory's secrets.system)", () => {
    const yaml = `config:\n  secrets:\n    system:\n      - ${randomString(48)}\n      - \${OLD_SYSTEM_SECRET}\n    cookie:\n      - ${base64(randomString(32))}\n  names:\n    - ${randomString(20)}\n`;
    assert.deepStrictEqual(scanText(yaml, { path: 'deploy/helm/values-prod.yaml' }).map(f => [f.ruleId, f.range.start.line]), [[GENERIC, 3], [GENERIC, 6]]);
  });

  it("a password that calls itself a throwaway is a CI's stand-in", () => {
    assert.deepStrictEqual(rules('      PORTCULLIS_TEST_DSN: postgres://portcullis:ci-throwaway@localhost:5432/portcullis_test\n', '.github/workflows/ci.yml'), []);
  });
});
