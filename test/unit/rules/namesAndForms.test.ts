import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { BASE32, BASE64 as BASE64_CHARS, DIGITS, HEX, LOWER_ALNUM, URLSAFE, base64, base64url, googleApiKey, join, openaiProjectKey, randomString, uuid } from '../../helpers/fakes';
import { expectFinding, expectNone } from './support';

const GENERIC = 'generic-secret-assignment';

/** `n` different characters in a random order: a short value that never falls under the entropy bar by chance. */
function distinctChars(n: number, alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'): string {
  return [...alphabet].map(c => ({ c, k: randomString(8) }))
    .sort((x, y) => (x.k < y.k ? -1 : 1)).slice(0, n).map(x => x.c).join('');
}

describe('rules: what names and literal forms say', () => {
  it('a password made of words and a number is a password under a password name, not a slug', () => {
    expectFinding('storePassword=spruce-saffron-zephyr-697\n', 'spruce-saffron-zephyr-697', GENERIC, { path: 'android/key.properties' });
    expectFinding('keyPassword=granite_juniper_harbor_961\n', 'granite_juniper_harbor_961', GENERIC, { path: 'android/key.properties' });
    // Under another name, words and a number are a resource's name.
    expectNone('bucket_name=spruce-saffron-zephyr-697\n', GENERIC, 'config/app.properties');
  });

  it('reads <what>_pw, SSHPASS, shared keys, private exponents and digest passwords as credentials', () => {
    const pw = randomString(14) + '*7';
    expectFinding(`  ldap_bind_pw => '${pw}',\n`, pw, GENERIC, { path: 'lib/Config.pm' });
    expectFinding(`export SSHPASS='${pw}'\n`, pw, GENERIC, { path: 'scripts/run.sh' });
    const key = randomString(43);
    expectFinding(`public const string AzureMapsSharedKey = "${key}";\n`, key, GENERIC, { path: 'App/Constants.cs' });
    expectFinding(`SigningPrivateExponent=${key}\n`, key, GENERIC, { path: 'Config/DefaultCrypto.ini' });
    expectFinding(`kafka:\n  zookeeper_digest_password: '${pw}'\n`, pw, GENERIC, { path: 'pillar/kafka.sls' });
    // A Vault AppRole secret_id is the role's password, UUID-shaped.
    const id = uuid();
    expectFinding(`approle_secret_id = "${id}"\n`, id, GENERIC, { path: 'deploy/bridge.toml' });
    expectNone(`approle_role_id = "${id}"\n`, GENERIC, 'deploy/bridge.toml');
  });

  it('reads numbered passwords, <app>_DBPASS, runners\' registration tokens and Rails key bases under any name', () => {
    const pw = randomString(40, URLSAFE);
    expectFinding(`[crypt]\ntype = crypt\npassword2 = ${pw}\n`, pw, GENERIC, { path: '.config/rclone/rclone.conf' });
    expectFinding(`PAPERLESS_DBPASS=${pw}\n`, pw, GENERIC, { path: 'paperless/docker-compose.env' });
    expectFinding(`    environment:\n      GITEA_RUNNER_REGISTRATION_TOKEN: ${pw}\n`, pw, GENERIC, { path: 'gitea/runner/docker-compose.yml' });
    // A device's registration token is its address for push messages, no credential.
    expectNone(`    environment:\n      FCM_REGISTRATION_TOKEN: ${pw}\n`, GENERIC, 'app/docker-compose.yml');
    const base = randomString(128, HEX);
    expectFinding(`{\n  "gitlab_rails": {\n    "db_key_base": "${base}"\n  }\n}\n`, base, GENERIC, { path: 'config/gitlab-secrets.json' });
    expectFinding(`{\n  "gitlab_rails": {\n    "encrypted_settings_key_base": "${base}"\n  }\n}\n`, base, GENERIC, { path: 'config/gitlab-secrets.json' });
    // A Web Push VAPID private key (its public half is the browser's); MongoDB's replica set key.
    const vapid = base64url(randomString(32));
    expectFinding(`{\n  "vapidPrivate": "${vapid}"\n}\n`, vapid, GENERIC, { path: 'jellyseerr/settings.json' });
    expectNone(`{\n  "vapidPublic": "${vapid}"\n}\n`, GENERIC, 'jellyseerr/settings.json');
    expectFinding(`      MONGODB_REPLICA_SET_KEY: ${pw}\n`, pw, GENERIC, { path: 'rocketchat/compose.yml' });
  });

  it('keys made public stay quiet in PHP maps, Segment\'s page snippet and Klarna\'s browser client id', () => {
    const search = randomString(32, HEX), admin = randomString(32, HEX);
    const envPhp = `<?php\nreturn [\n    'algolia' => [\n        'credentials' => [\n            'application_id' => 'O0QERJCE21',\n            'search_only_api_key' => '${search}',\n            'api_key' => '${admin}'\n        ]\n    ]\n];\n`;
    expectNone(envPhp.replace(`'api_key' => '${admin}'`, "'api_key' => ''"), GENERIC, 'app/etc/env.php');
    expectFinding(envPhp, admin, GENERIC, { path: 'app/etc/env.php' });
    const write = randomString(32);
    expectNone(`<script>\n  !function(){var analytics=window.analytics=[];analytics._writeKey="${write}";}();\n</script>\n`, GENERIC, 'public/index.html');
    expectFinding(`const analytics = new Analytics({ writeKey: "${write}" });\n`, write, GENERIC, { path: 'server/track.js' });
    expectNone(`<klarna-placement data-client-id="klarna_live_client_${randomString(40)}"></klarna-placement>\n`, 'live-mode-api-key', 'snippets/klarna.liquid');
  });

  it('a random value whose humps of capitals and letters no word has is no camel-case name', () => {
    // (`Sxlq`: none of its letter pairs is common in words. `MqttClient` stays a name.)
    expectFinding('password=IasteydSxlq76CQW65Mxp\n', 'IasteydSxlq76CQW65Mxp', GENERIC, { path: 'pgbouncer.ini' });
    expectNone('password=MqttClient\n', GENERIC, 'config/app.ini');
    // (An acronym's capitals are spelled out: `JDBC` is no random hump.)
    expectNone('auth = JDBCLoginService\n', GENERIC, 'config/realm.properties');
  });

  it('reads SQL Server national strings, Qt byte arrays and named parameters as literals', () => {
    const pw = randomString(12) + '_4';
    expectFinding(`EXEC sp_addlinkedsrvlogin @rmtsrvname = N'QB', @rmtuser = N'RD', @rmtpassword = N'${pw}';\n`, pw, GENERIC, { path: 'sql/linked.sql' });
    const secret = randomString(32);
    expectFinding(`const QByteArray kSecretAccessKey = QByteArrayLiteral("${secret}");\n`, secret, GENERIC, { path: 'src/CloudSync.cpp' });
    expectFinding(`$rows = Invoke-Sqlcmd -ServerInstance 'SQL02' -Username 'ro' -Password '${pw}'\n`, pw, 'password-argument', { path: 'Export.ps1' });
    expectFinding(`Connect-Service -ApiKey "${secret}"\n`, secret, 'password-argument', { path: 'Connect.ps1' });
    expectNone('Invoke-Sqlcmd -Username ro -Password "$env:SQL_PASSWORD"\n', 'password-argument', 'Export.ps1');
  });

  it("reads Rails' token scheme parameter (PagerDuty's REST header)", () => {
    const token = randomString(20);
    const f = scanText(`Authorization: Token token=${token}\n`, { path: 'docs/pagerduty.md' });
    assert.ok(f.some(x => x.range.start.offset === 'Authorization: Token token='.length), JSON.stringify(f.map(x => x.ruleId)));
  });

  it("a key near a provider's name is not that provider's under another service's name or a hash's", () => {
    const hex = randomString(64, HEX);
    expectNone(`together_client = Together(api_key=os.environ["TOGETHER_API_KEY"])\nmodel_sha256 = "${hex}"\n`, 'together-legacy-api-key', 'train.py');
    const key = randomString(24);
    expectNone(`# fireworks\nclient = Fireworks(api_key=os.environ["FIREWORKS_API_KEY"])\nGOOGLE_API_KEY = "${key}"\n`, 'fireworks-api-key', 'app.py');
    expectFinding(`# fireworks\nFIREWORKS_API_KEY = "${key}"\n`, key, 'fireworks-api-key', { path: 'app.py' });
    // A public key's name: a run of its base64 next to Cloudflare's name is no Cloudflare token.
    expectNone(`resource "cloudflare_record" "ssh" {}\npublic_key_openssh = "${randomString(40)}"\n`, 'cloudflare-api-token', 'infra/main.tf');
  });

  it("a '$' in a systemd unit's Environment= value is a character, not a variable", () => {
    const key = `)@${randomString(12)}$1&^^a$${randomString(6, 'abcdefghijklmnopqrstuvwxyz')}+@${randomString(20)}`;
    expectFinding(`[Service]\nEnvironment="DJANGO_SECRET_KEY=${key}"\n`, key, GENERIC, { path: 'deploy/gunicorn.service' });
    // A lone variable is still no secret.
    expectNone('[Service]\nEnvironment="API_TOKEN=$TOKEN"\nEnvironment=DB_PASSWORD=${DB_PASSWORD}\n', GENERIC, 'deploy/app.service');
  });

  it("a key in an rclone remote is its backend's credential, whatever the remote is called", () => {
    const key = `K00M${randomString(27)}`; // (not the documented K + three digits: the generic reading is under test)
    expectFinding(`[offsite-clients]\ntype = b2\naccount = 000${randomString(22, HEX)}\nkey = ${key}\nhard_delete = false\n`, key, GENERIC, { path: 'ops/backup/rclone.conf' });
    // A remote whose backend names no credential `key` leaves it alone.
    expectNone(`[cache]\ntype = local\nkey = ${randomString(28)}\n`, GENERIC, 'ops/backup/rclone.conf');
  });

  it('reads the literal forms of less common languages: ABAP, SAS, Swift byte arrays, Dart keys, httr2, aligned Lua tables', () => {
    const key = randomString(32, HEX), pw = `${randomString(16)}_9`;
    expectFinding(`    CONSTANTS:\n      c_api_key   TYPE string VALUE '${key}',\n`, key, GENERIC, { path: 'src/zcl_fx_client.abap' });
    expectFinding(`      c_password  TYPE c LENGTH 30 VALUE '${pw}',\n`, pw, GENERIC, { path: 'src/zcl_fx_client.abap' });
    expectFinding(`%let api_token = ${key};\n`, key, GENERIC, { path: 'sas/autoexec.sas' });
    const b64 = `${randomString(43)}=`;
    expectFinding(`    static let backendSigningKey: [UInt8] = Array("${b64}".utf8)\n`, b64, GENERIC, { path: 'App/Secrets.swift' });
    expectFinding(`final _jwtKey = SecretKey('${b64}');\n`, b64, GENERIC, { path: 'bin/server.dart' });
    expectFinding(`  request(url) |>\n    req_auth_bearer_token("${key}") |>\n    req_perform()\n`, key, GENERIC, { path: 'R/fetch.R' });
    const acme = randomString(40, HEX);
    const table = `local PARTNER_KEYS = {\n    ["acme"] = "${acme}",\n    ["northwind"]      = "${key}",\n}\n`;
    const members = scanText(table, { path: 'lua/auth.lua' }).map(f => table.slice(f.range.start.offset, f.range.end.offset));
    assert.deepStrictEqual(members, [acme, key]);
    // Service words: Authorize.Net's transaction key by its samples' name, Chocolatey's key.
    const txn = randomString(16);
    expectFinding(`Const PAYMENT_GATEWAY_TXNKEY = "${txn}"\n`, txn, GENERIC, { path: 'includes/conn.asp' });
    const id = uuid();
    expectFinding(`set CHOCO_KEY=${id}\n`, id, GENERIC, { path: 'build/release.bat' });
    // Names that are not the value: an `@VAR@` substitution, a ColdFusion encrypted password, an ABAP host.
    expectNone('networks."Guest".psk = "@GUEST_PSK@";\n', GENERIC, 'nixos/configuration.nix');
    expectNone(`  password: "encrypted:${randomString(96, HEX)}"\n`, GENERIC, 'Application.cfc');
    expectNone(`      c_host      TYPE string VALUE 'https://api.fxfeed.example.com',\n`, GENERIC, 'src/zcl_fx_client.abap');
  });

  it("an Objective-C request's bearer header is read like Swift's", () => {
    const token = randomString(40, HEX);
    expectFinding(`    [req setValue:@"Bearer ${token}" forHTTPHeaderField:@"Authorization"];\n`, token, 'http-bearer-token', { path: 'App/AppDelegate.m' });
    expectNone('    [req setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];\n', 'http-bearer-token', 'App/AppDelegate.m');
  });

  it("prose: a password 'for <what> is:', and a quoted password holding '='", () => {
    const pw = `${randomString(16)}^sf`;
    expectFinding(`Hi,\n\nYour temporary password for vpn.acme.example is: ${pw}\n`, pw, GENERIC, { path: 'email/fwd-vpn.eml' });
    const quoted = `${randomString(5)}=${randomString(10)}`;
    expectFinding(`For the read-only DB user the password is \`${quoted}\`.\n`, quoted, GENERIC, { path: 'notes/access.txt' });
    expectNone('The password for the admin account is rotated every month.\n', GENERIC, 'notes/access.txt');
  });

  it('a credential labelled on one line of prose and given alone on the next is read', () => {
    const token = uuid();
    const mail = `Hi Ops,\n\nServer API token (use with the X-Postmark-Server-Token header):\n    ${token}\n\nKeep these tokens secret.\n`;
    // (The label names Postmark's header: its rule claims the token.)
    expectFinding(mail, token, 'postmark-token', { path: 'email/Your server is ready.eml' });
    // A label over a sentence, or over a placeholder, is no credential.
    expectNone('Server API token (see the dashboard):\n    it is shown once, copy it now\n', GENERIC, 'email/welcome.eml');
    expectNone('API token:\n    <your-token-here>\n', GENERIC, 'notes/handover.txt');
    // A sentence wrapped after the credential's word, the value alone on the next line.
    const pw = `k.#e+9${randomString(10)}`;
    expectFinding(`Pour la recette, utilisez l'utilisateur \`recette\` avec le mot de passe\n${pw}\n`, pw, GENERIC, { path: 'docs/fr/installation.md' });
    expectNone('If you forgot it, reset your password\nimmediately.\n\nSee the token\nv2.3.1-beta\n', GENERIC, 'docs/faq.md');
    // A password a generator draws, after the word in a sentence, marks included; a setting's `name=` is of one case.
    const drawn = `D8WY=^hrQ^h+${randomString(6)}`;
    expectFinding(`* Snowflake (dbt): account \`ll12345.eu-central-1\`, user \`DBT_PROD\`, password ${drawn}\n`, drawn, GENERIC, { path: 'docs/ops/db-connection-strings.md' });
    const mixed = `Qs6ZDOQ=HJ${randomString(8)}+T6`;
    expectFinding(`- identifiant : agence_web\n- mot de passe : ${mixed}\n`, mixed, GENERIC, { path: 'mail/acces-preprod.eml' });
    expectNone('The password policy requires 12+ chars (min. 1 digit).\nReset your password at https://id.example.com/reset?x=1 now.\npassword reset_flow=v2 is enabled\n', GENERIC, 'docs/faq.md');
    // AsciiDoc's definition list: `term::` ending its line, the value indented below.
    const phrase = `pebble-harbor-${randomString(8, 'abcdefghjkmnpqrstuvwxyz')}79`;
    expectFinding(`pgBackRest repository cipher passphrase::\n  ${phrase}\nOn-call rota::\n  https://example.net/rota\n`, phrase, GENERIC, { path: 'docs/ops/runbook.adoc' });
    // Whose, in emphasis: `for the *upload* key:`.
    const keystore = `g.D#6!${randomString(12)}`;
    expectFinding(`The keystore password for the *upload* key:\n\`${keystore}\` (alias \`upload\`).\n`, keystore, GENERIC, { path: 'docs/wiki/mobile-release.adoc' });
    // Past a blank line or a fence: reStructuredText's literal block (`Admin password::`), Markdown's code block.
    const literal = `q8Ld${randomString(14)}7`;
    expectFinding(`Staging\n=======\n\nAdmin password::\n\n    ${literal}\n\nRotate monthly.\n`, literal, GENERIC, { path: 'docs/ops/staging.rst' });
    expectFinding(`DB password:\n\`\`\`text\n${literal}\n\`\`\`\n`, literal, GENERIC, { path: 'docs/handover.md' });
    // A definition list's term, its value indented below (reStructuredText), or after `::` on its line (org-mode).
    expectFinding(`Database password\n   ${literal}\n`, literal, GENERIC, { path: 'docs/ops/staging.rst' });
    expectFinding(`* Staging\n- root password :: ${literal}\n`, literal, GENERIC, { path: 'notes/servers.org' });
    // (A Haskell signature's type after `::` is no value.)
    expectNone('password :: Word64\napiToken :: IO (Maybe Text)\n', GENERIC, 'src/Config.hs');
    expectNone('Admin password:\n\n    <ask the on-call>\n', GENERIC, 'docs/ops/staging.md');
  });

  it("a CSRF secret key signs the tokens; a CSRF token is one user's", () => {
    const key = `${randomString(40)}_9`;
    expectFinding(`    WTF_CSRF_SECRET_KEY = "${key}"\n`, key, GENERIC, { path: 'apps/reports/config.py' });
    expectNone(`csrf_token = "${key}"\n`, GENERIC, 'tests/session.py');
  });

  it("services' own words and prefixes: Duo's skey, a provider's UUID token, secret_admin_ and live_secret_key_ keys", () => {
    const skey = randomString(40);
    expectFinding(`DUO_IKEY=DI${randomString(18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\nDUO_SKEY=${skey}\n`, skey, GENERIC, { path: 'web-app/.env.production' });
    const id = uuid();
    expectFinding(`dns_duckdns_token = ${id}\n`, id, GENERIC, { path: 'acme/dns-credentials.ini' });
    expectNone(`dns_duckdns_domain = ${id}\n`, GENERIC, 'acme/dns-credentials.ini');
    const admin = `secret_admin_${randomString(38)}`, khalti = `live_secret_key_${randomString(32, HEX)}`;
    // (GrowthBook's secret keys have a rule of their own now.)
    expectFinding(`export const GROWTHBOOK_SECRET = '${admin}';\n`, admin, 'growthbook-secret-key', { path: 'src/server/flags.ts' });
    expectFinding(`KHALTI_SECRET_KEY=${khalti}\n`, khalti, GENERIC, { path: 'deploy/.env.production' });
    // Client keys made for browsers stay quiet.
    expectNone(`export const GROWTHBOOK_CLIENT_KEY = 'sdk-${randomString(16)}';\nexport const FLAGSMITH_CLIENT_KEY = '${randomString(22)}';\n`, GENERIC, 'src/server/flags.ts');
  });

  it("a plain token in the query of a service's ingestion host is its credential; in an app's share link it is not", () => {
    const token = randomString(32);
    const url = `https://listener-eu.logz.io:8071/?token=${token}&type=k8s`;
    expectFinding(`[sinks.logzio]\nuri = "${url}"\n`, token, GENERIC, { path: 'observability/vector.toml' });
    expectNone(`share = "https://app.acme-notes.com/share/doc?token=${token}"\n`, GENERIC, 'config/links.toml');
  });

  it("a UUID under Splunk's HEC token name is the token", () => {
    const id = uuid().toUpperCase();
    expectFinding(`splunk:\n  hecToken: ${id}\n`, id, GENERIC, { path: 'monitoring/observability.yaml' });
    expectNone(`splunk:\n  hecChannel: ${id}\n`, GENERIC, 'monitoring/observability.yaml');
  });

  it("a provider's name in one INI/TOML section is no context for the next section's key", () => {
    const weaviate = randomString(40), chroma = `ck-${randomString(44)}`;
    const toml = `[weaviate]\nurl = "https://x.weaviate.cloud"\napi_key = "${weaviate}"\n\n[chroma]\nhost = "api.trychroma.com"\napi_key = "${chroma}"\n`;
    const findings = scanText(toml, { path: '.streamlit/secrets.toml' });
    assert.deepStrictEqual(findings.map(f => [f.ruleId, toml.slice(f.range.start.offset, f.range.end.offset)]),
      [['weaviate-api-key', weaviate], [GENERIC, chroma]]);
    // A comment over the header may name it.
    expectFinding(`# Weaviate cluster\n[vector]\napi_key = "${weaviate}"\n`, weaviate, 'weaviate-api-key', { path: 'secrets.toml' });
  });

  it("a Supabase anon key under a key's name is public, the service role's is not", () => {
    const jwt = (role: string) => [base64url('{"alg":"HS256","typ":"JWT"}'), base64url(`{"iss":"supabase","ref":"${randomString(20, LOWER_ALNUM)}","role":"${role}","iat":1724754989,"exp":2039934054}`), randomString(43, URLSAFE)].join('.');
    expectNone(`[connections.supabase]\nSUPABASE_KEY = "${jwt('anon')}"\n`, GENERIC, '.streamlit/secrets.toml');
    const service = jwt('service_role');
    expectFinding(`[connections.supabase]\nSUPABASE_KEY = "${service}"\n`, service, 'supabase-service-role-key', { path: '.streamlit/secrets.toml' });
  });

  it('keys made public and ids of a pair are quiet under a credential name', () => {
    const fcm = `${randomString(22)}:APA91b${randomString(134)}`;
    expectNone(`<string name="fcm_token">${fcm}</string>\n`, GENERIC, 'sp/app_preferences.xml');
    expectNone(`'client_key' => 'Mid-client-${randomString(16)}',\n`, GENERIC, 'payments/Gateways.php');
    expectNone(`const STATSIG_CLIENT_KEY = "client-${randomString(43)}";\n`, GENERIC, 'src/tracking.ts');
    expectNone(`public static final String SF_CONSUMER_KEY = "3MVG9${randomString(80)}";\n`, GENERIC, 'CrmCredentials.java');
    expectNone(`const OPTIMIZELY_SDK_KEY = "${randomString(22)}";\nconst TRELLO_KEY = "${randomString(32, HEX)}";\n`, GENERIC, 'src/tracking.ts');
    expectNone(`public const string DocuSignIntegrationKey = "${uuid()}";\n`, GENERIC, 'Integrations/SaasClients.cs');
    // A key made public by a service the file is named for; Segment's write key in an app's code, not in a server's config.
    expectNone(`ShopifyAPI::Context.setup(\n  api_key: "${randomString(32, HEX)}",\n)\n`, GENERIC, 'payments/shopify_sync.rb');
    const write = randomString(32);
    expectNone(`    static let segmentWriteKey = "${write}"\n`, GENERIC, 'ios/App/APIKeys.swift');
    expectFinding(`ENV SEGMENT_WRITE_KEY=${write}\n`, write, GENERIC, { path: 'Dockerfile' });
    // Their secret halves are not.
    const token = `${randomString(62)}x7`;
    expectFinding(`const TRELLO_TOKEN = "${token}";\n`, token, GENERIC, { path: 'src/tracking.ts' });
  });

  it('slots to fill in and Fernet ciphertext are quiet', () => {
    expectNone('CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@acme-dev\n', GENERIC, 'apps/web/.env.development');
    expectNone("# AIRFLOW_CONN_DATABRICKS='databricks://token:dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX@adb-1.azuredatabricks.net'\n", 'url-basic-auth', '.env.connections');
    expectNone(`1\tpostgres_dwh\tpostgres\tdwh.internal\tetl_writer\tpassword = 'gAAAAABm${randomString(92, URLSAFE)}='\n`, GENERIC, 'airflow_db_dump.sql');
    // An element closed by its end tag is still read.
    const key = randomString(32);
    expectFinding(`<api_secret>${key}</api_secret>\n`, key, GENERIC, { path: 'config/app.xml' });
  });

  it('ciphertext is quiet: Pulumi secrets, Chef encrypted data bag items', () => {
    expectNone(`encrypted_db_password = "v1:${randomString(16)}:${randomString(48)}=="\n`, GENERIC, 'deploy/stack.toml');
    const item = `{\n  "id": "kafka",\n  "password": {\n    "encrypted_data": "${randomString(64)}",\n    "iv": "${randomString(16)}",\n    "auth_tag": "${randomString(22)}==",\n    "version": 3,\n    "cipher": "aes-256-gcm"\n  }\n}\n`;
    expectNone(item, GENERIC, 'data_bags/secrets/kafka.json');
  });

  it("a member of an object named for its service is judged under the service's name across lines", () => {
    const appKey = randomString(15, LOWER_ALNUM);
    expectNone(`export const dropbox = {\n  accessToken: process.env.DROPBOX_TOKEN,\n  appKey: "${appKey}",\n};\n`, GENERIC, 'src/integrations.ts');
  });

  it("frameworks' own keys: Yii's cookie validation key, SmallRye's sign key, Ktor's hex(), the Bitwarden CLI's session", () => {
    const key = randomString(32);
    expectFinding(`<?php\nreturn [\n    'cookieValidationKey' => '${key}',\n];\n`, key, GENERIC, { path: 'config/web.php' });
    expectFinding(`smallrye.jwt.sign.key=${key}\n`, key, GENERIC, { path: 'src/main/resources/application.properties' });
    const hex = randomString(32, HEX);
    expectFinding(`val secretEncryptKey = hex("${hex}")\n`, hex, GENERIC, { path: 'src/plugins/Sessions.kt' });
    const session = randomString(86, BASE64_CHARS) + '==';
    expectFinding(`- cmd: export BW_SESSION=${session}\n  when: 1714201044\n`, session, GENERIC, { path: '.local/share/fish/fish_history' });
    // A PHP entry under a name of no secret stays quiet; so does passlib's hash of Odoo's master password.
    expectNone(`<?php\nreturn ['cacheKey' => '${key}'];\n`, GENERIC, 'config/web.php');
    expectNone(`[options]\nadmin_passwd = $pbkdf2-sha512$600000$${randomString(22, LOWER_ALNUM)}$${randomString(86, LOWER_ALNUM)}\n`, GENERIC, 'odoo.conf');
  });

  it("keyword forms: comparisons with a literal, a literal default after another value, attributes, quoted keys of words", () => {
    const v = distinctChars(24);
    expectFinding(`if ($Password -eq "${v}") { Write-Host ok }\n`, v, GENERIC, { path: 'scripts/setup-dev.ps1' });
    expectFinding(`if os.Getenv("WORKER_TOKEN") == "${v}" {\n`, v, GENERIC, { path: 'cmd/worker/main.go' });
    expectFinding(`    if (strcmp(session_token, "${v}") == 0) {\n`, v, GENERIC, { path: 'src/net/connection.c' });
    expectFinding(`if (string.Equals(token, "${v}", StringComparison.Ordinal)) { }\n`, v, GENERIC, { path: 'src/Startup.cs' });
    expectFinding(`      @password = password || "${v}"\n`, v, GENERIC, { path: 'lib/partner_client.rb' });
    expectFinding(`    [Secret("${v}")]\n    public string Key { get; set; }\n`, v, GENERIC, { path: 'src/Startup.cs' });
    expectFinding(`CONFIG = {\n    'api key': "${v}",\n}\n`, v, GENERIC, { path: 'handler.py' });
    expectFinding(`session_key = '${v}'\n`, v, GENERIC, { path: 'indexer.py' });
    expectFinding(`ssh-keygen -t ed25519 -N "${v}" -f /root/.ssh/id_ed25519\n`, v, 'command-line-password', { path: 'scripts/provision_vm.sh' });
    expectFinding(`@Value("\${jwt.signing-key:${v}}")\nprivate String signingKey;\n`, v, 'env-fallback-secret', { path: 'src/main/java/AppConfig.java' });
    expectFinding(`var signingKeys = map[string]string{\n\t"2023-11": "${v}",\n}\n`, v, GENERIC, { path: 'internal/auth/jwt.go' });
    expectFinding(`knife[:vsphere_pass]          = '${v}'\n`, v, GENERIC, { path: '.chef/knife.rb' });
    // A generator's punctuation is no slot to fill (`<u,5ad=W>`); a number glued to the name is a copy's; keys named by their cipher.
    const ascii = `~${randomString(10)}=610k<u,5ad=W>${randomString(8)}+%H*F,V15`;
    expectFinding(`session_secret = '${ascii}'\n`, ascii, GENERIC, { path: 'deploy.toml' });
    const hex = randomString(64, HEX);
    expectFinding(`  jwtSecret2: "${hex}",\n`, hex, GENERIC, { path: 'web/worker/index.js' });
    expectFinding(`public class PaymentsOptions\n{\n    public string SodiumKey { get; set; } = "${hex}";\n}\n`, hex, GENERIC, { path: 'Options/PaymentsOptions.cs' });
    expectFinding(`    aes_key = ENV.fetch('AES_KEY', '${hex.slice(0, 32)}')\n`, hex.slice(0, 32), 'env-fallback-secret', { path: 'lib/tasks/sync.rake' });
    const words = ['Timber', 'mosaic', 'zephyr', 'violet', 'prism'].join('-');
    expectFinding(`  "backupPassphrase": "${words}"\n`, words, GENERIC, { path: 'config/production.json' });
    expectFinding(`        b.truststorePassword("${v}");\n`, v, GENERIC, { path: 'src/LedgerClientFactory.java' });
    expectNone('let token: ReturnType<typeof setTimeout>;\n', GENERIC, 'src/delay.ts');
    // A passphrase with spaces between its words; a note in words is none.
    const spaced = ['thistle', 'juniper', 'falcon', 'copper', 'rafter'].join(' ');
    expectFinding(`  "backup_passphrase": "${spaced}"\n`, spaced, GENERIC, { path: 'fixtures/env.json' });
    expectNone('  "backup_passphrase": "please change this later"\n', GENERIC, 'fixtures/env.json');
    // Keys by other spellings: a copy's number, a C# indexer, a Scala pair; builders named for what the secret opens.
    expectFinding(`  fernetKey2: "${hex.slice(0, 43)}="\n`, `${hex.slice(0, 43)}=`, GENERIC, { path: 'deploy/helm/values.yaml' });
    expectFinding(`            ["SodiumKey"] = "${hex}",\n`, hex, GENERIC, { path: 'src/Startup.cs' });
    expectFinding(`    "data.encryption.key" -> "${v}"\n`, v, GENERIC, { path: 'src/main/scala/SparkJob.scala' });
    expectFinding(`        b.mongoPassword("${v}");\n`, v, GENERIC, { path: 'src/LedgerClientFactory.java' });
    // A KeePass XML export's password field; its title and user fields are no secret.
    const keepass = `<Entry>\n  <String><Key>Title</Key><Value>AWS root</Value></String>\n  <String><Key>Password</Key><Value ProtectInMemory="True">${v}</Value></String>\n</Entry>\n`;
    expectFinding(keepass, v, 'password-manager-export', { path: 'password-managers/keepass-export.xml' });
    expectNone('API_TOKEN=<your api token>\n', GENERIC, '.env');
    expectFinding(`    public boolean isBreakGlass(String pass) {\n        return "${v}".equals(pass);\n    }\n`, v, GENERIC, { path: 'src/AppConfig.java' });
    const key = randomString(86, BASE64_CHARS) + '==';
    expectFinding(`module Crypto\n  SIGNING_KEY = <<~KEY.strip\n    ${key}\n  KEY\nend\n`, key, GENERIC, { path: 'lib/acme/crypto.rb' });
    expectFinding(`hetzner:\n  driver: hetzner\n  key: ${v}\n`, v, GENERIC, { path: 'salt/cloud.providers.d/hetzner.conf' });
    expectFinding(`config:\n  cloudflare:apiToken:\n    value: ${v}\n`, v, GENERIC, { path: 'pulumi-infra/Pulumi.yaml' });
    for (const cmd of [`kdb5_util create -s -r ACME.NET -P '${v}'`, `kadmin.local -q "addprinc -pw ${v} admin/admin@ACME.NET"`,
      `composer config --global --auth http-basic.repo.packagist.com token ${v}`, `composer config bearer.example.org ${v}`]) {
      expectFinding(`${cmd}\n`, v, 'command-line-password', { path: 'setup.sh' });
    }
    // Comparisons with other things, a fallback to another variable, a label of words in prose, an empty passphrase.
    for (const [text, path] of [['if ($Password -eq $Expected) { }\n', 'a.ps1'], ['if os.Getenv("WORKER_TOKEN") == "" {\n', 'main.go'],
      ['if (strcmp(session_token, expected) == 0) {\n', 'c.c'], ['@password = password || ENV["PARTNER_PASSWORD"]\n', 'p.rb'],
      ['print("Enter your api key": )\n', 'x.py'], ['ssh-keygen -t ed25519 -N "" -f key\n', 's.sh']]) {
      expectNone(text, GENERIC, path);
      expectNone(text, 'command-line-password', path);
    }
  });

  it('password hashes keep their frameworks\' prefixes; PostgreSQL and MySQL hashes in either quote', () => {
    const bcrypt = `$2y$10$${randomString(53, LOWER_ALNUM)}`;
    expectFinding(`(2,'dana','$wp${bcrypt}','dana'),\n`, `$wp${bcrypt}`, 'password-hash', { path: 'dumps/wordpress.sql' });
    const md5 = `md5${randomString(32, HEX)}`;
    expectFinding(`ALTER ROLE app WITH LOGIN PASSWORD '${md5}';\n`, md5, 'password-hash', { path: 'dumps/roles.sql' });
    const mysql = `*${randomString(40, HEX).toUpperCase()}`;
    expectFinding(`mysql_users:\n  - name: app\n    password: "${mysql}"\n`, mysql, 'password-hash', { path: 'group_vars/db.yml' });
  });

  it('reads tools\' logins on command lines: Oracle, MinIO, SteamCMD, keychains, SignTool', () => {
    const pw = randomString(12) + '-9';
    for (const line of [
      `sqlplus -s GL_EXTRACT/${pw}@GLPROD <<EOF`,
      `userid=system/${pw}@GLPROD`,
      `mc alias set stg https://minio.acme.internal svc-seed ${pw}`,
      `steamcmd +login builder ${pw} +run_app_build app.vdf +quit`,
      `security unlock-keychain -p "${pw}" ~/Library/Keychains/build.keychain-db`,
      `signtool sign /f "C:\\certs\\ev.pfx" /p ${pw} /tr http://timestamp.digicert.com`,
    ]) expectFinding(`${line}\n`, pw, 'command-line-password', { path: 'scripts/release.sh' });
    expectNone('sqlplus "$DB_USER/$DB_PASS@$TNS"\nsqlplus / as sysdba\n', 'command-line-password', 'scripts/release.sh');
  });
});

describe('rules: more places a literal is assigned', () => {
  it('a function named for the secret that returns a literal (fixtures, Kotlin and Go accessors)', () => {
    const hex = randomString(40, HEX);
    expectFinding(`@pytest.fixture\ndef github_webhook_secret() -> str:\n    return "${hex}"\n`, hex, GENERIC, { path: 'tests/conftest.py' });
    const key = randomString(22);
    expectFinding(`fun apiSecret(): String = "${key}"\n`, key, GENERIC, { path: 'app/Keys.kt' });
    expectFinding(`func signingSecret() string {\n\treturn "${key}"\n}\n`, key, GENERIC, { path: 'auth/keys.go' });
    expectNone('def api_token():\n    return os.environ["API_TOKEN"]\n', GENERIC, 'app/settings.py');
    // A call, not a declaration: the argument is no return value.
    expectNone(`print(api_secret())\nreturn "${key}"\n`, GENERIC, 'app/cli.py');
  });

  it('names assigned together take their values by place', () => {
    const pw = randomString(14) + '^L';
    expectFinding(`const debugUser, debugPassword = "inventory-debug", "${pw}"\n`, pw, GENERIC, { path: 'cmd/server/main.go' });
    expectFinding(`user, password = get_user(), "${pw}"\n`, pw, GENERIC, { path: 'scripts/load.py' });
    expectNone(`password, user = os.environ["PW"], "${pw}"\n`, GENERIC, 'scripts/load.py');
  });

  it('a typed constant whose literal a formatter moved to the next line, under a name with its encoding', () => {
    const hex = randomString(64, HEX);
    expectFinding(`const RELEASE_SIGNING_KEY_HEX: &str =\n    "${hex}";\n`, hex, GENERIC, { path: 'src/signing.rs' });
    // A DER private key in hex is a test vector's shape: the private-key rules judge it, not the name.
    expectNone(`var pkcs8RSAPrivateKeyHex = \`${randomString(64, HEX)}\`\n`, GENERIC, 'crypto/x509/pkcs8_test.go');
  });

  it("Vault unseal key shares; a role's key in a file named for its service; DocSearch keys; RFC 8032's test keys", () => {
    const share = randomString(44, BASE64_CHARS);
    expectFinding(`UNSEAL_SHARE_2=${share}\n`, share, GENERIC, { path: 'infra/scripts/bootstrap.sh' });
    const id = uuid();
    expectFinding(`export default defineConfig({\n  projectId: 'x7k2p9',\n  recordKey: '${id}',\n})\n`, id, GENERIC, { path: 'web/cypress.config.ts' });
    expectNone(`export default defineConfig({\n  recordKey: '${id}',\n})\n`, GENERIC, 'web/app.config.ts');
    const search = randomString(32, HEX);
    expectNone(`module.exports = {\n  themeConfig: {\n    algolia: {\n      appId: 'BH4D9OD16A',\n      apiKey: '${search}',\n      indexName: 'docs',\n    },\n  },\n};\n`, GENERIC, 'website/docusaurus.config.js');
    expectNone('const RFC8032_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";\n', GENERIC, 'src/signing.rs');
  });
});

describe('rules: what logs and sessions show', () => {
  it("Basic credentials with no user (Azure DevOps' :PAT) are a token; Mailgun's public key as the password is not", () => {
    const pat = randomString(52, 'abcdefghijklmnopqrstuvwxyz234567');
    const encoded = Buffer.from(`:${pat}`).toString('base64');
    expectFinding(`[command]/usr/bin/git -c http.extraheader="AUTHORIZATION: basic ${encoded}" push origin HEAD\n`, encoded, 'http-basic-auth', { path: 'ci/pipeline.log' });
    const pubkey = Buffer.from(`api:pubkey-${randomString(32, HEX)}`).toString('base64');
    expectNone(`GET https://api.mailgun.net/v4/address/validate?address=a@example.com\nAuthorization: Basic ${pubkey}\n`, 'http-basic-auth', 'http/validate.rest');
  });

  it("names of ciphertext and public keys are not secrets' names; Honeycomb's header is", () => {
    expectNone(`INSERT INTO "integrations" ("encrypted_access_token") VALUES ($1)  [["encrypted_access_token", "${randomString(60, BASE64_CHARS)}"]]\n`, GENERIC, 'log/production.log');
    const key = randomString(22);
    expectFinding(`OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${key}\n`, key, GENERIC, { path: 'crash/env-dump.txt' });
    // A presigned URL's credential scope (URL-encoded) names a key id and a date, not a secret.
    const id = `AKIA${randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
    const line = `GET /report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20240514%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240514T100244Z\n`;
    expectNone(line, GENERIC, 'logs/nginx-access.log');
    // The id itself is information there: which key signs the URLs, shown by design.
    expectFinding(line, id, 'aws-access-key-id', { path: 'logs/nginx-access.log', severity: 'info' });
  });

  it("a session recording (script's *.typescript) reads the settings it printed", () => {
    const hex = randomString(64, HEX);
    expectFinding(`deploy@app-3:~$ cat .env\nSESSION_SECRET=${hex}\n`, hex, GENERIC, { path: 'transcripts/ssh-app-3.typescript' });
  });
});

describe('rules: names with a word after the key, and a few services\' own words', () => {
  it("a key's name with a word of its own after it holds a key when the value is plainly one; an accessor is not a token", () => {
    const key = randomString(32);
    expectFinding(`OPENAI_API_KEY_BATCH=${key}\n`, key, GENERIC, { path: 'deploy/.env' });
    expectNone(`VAULT_TOKEN_ACCESSOR=${randomString(24)}\n`, GENERIC, 'tools/.env.local');
    expectNone(`API_KEY_HEADER=X-Api-Key\n`, GENERIC, 'deploy/.env');
  });

  it("Flutterwave's webhook hash is a shared secret; an auth key holds a UUID-shaped key", () => {
    const hash = randomString(28);
    expectFinding(`const flutterwave = {\n  webhookHash: '${hash}',\n};\n`, hash, GENERIC, { path: 'src/payments.js' });
    const id = uuid();
    expectFinding(`checkout:\n  webhook-auth-key: ${id}\n`, id, GENERIC, { path: 'config/payments.yaml' });
  });
});

describe('rules: an agency\'s sites', () => {
  it('a seeder hashing a literal password, lftp logins, a shell default holding a token', () => {
    const pw = randomString(12) + '#4';
    expectFinding(`'password' => Hash::make('${pw}'),\n`, pw, 'password-argument', { path: 'database/seeders/AdminSeeder.php' });
    expectFinding(`'password' => bcrypt('${pw}'),\n`, pw, 'password-argument', { path: 'database/seeders/UserSeeder.php' });
    expectNone(`'password' => Hash::make(env('ADMIN_PASSWORD')),\n`, 'password-argument', 'database/seeders/AdminSeeder.php');
    expectFinding(`lftp -c "set ftp:ssl-allow no; open -u archive,${pw} ftp.example.co.uk; mirror -R dist /"\n`, pw, 'command-line-password', { path: 'deploy.sh' });
    const nfp = `nfp_${randomString(36)}`;
    expectFinding(`export NETLIFY_AUTH_TOKEN="\${NETLIFY_AUTH_TOKEN:-${nfp}}"\n`, nfp, 'netlify-token', { path: 'deploy.sh' });
  });

  it("WordPress: Akismet's 12-hex key under its option's name, in later rows of an options dump and in WP-CLI", () => {
    const akismet = '9c04' + randomString(8, HEX);
    expectFinding(`#!/bin/sh\n$WP option update wordpress_api_key ${akismet}\n`, akismet, GENERIC, { path: 'scripts/setup-local.sh' });
    const secret = randomString(38);
    const dump = `INSERT INTO \`wp_options\` VALUES\n(1, 'siteurl', 'https://example.com', 'yes'),\n(602, 'rg_gforms_captcha_private_key', '${secret}', 'yes');\n`;
    expectFinding(dump, secret, GENERIC, { path: 'db/wp_options.sql' });
    const licence = uuid();
    expectFinding(`define( 'WPMDB_LICENCE', '${licence}' );\n`, licence, GENERIC, { path: 'wp-config.php' });
  });

  it('Maps keys a page embeds or a PHP constant names as a browser key are information', () => {
    const key = googleApiKey();
    const embed = scanText(`<iframe src="https://www.google.com/maps/embed/v1/place?key=${key}&q=Studio"></iframe>\n`, { path: 'src/contact.html' });
    assert.deepStrictEqual(embed.map(f => f.severity), ['info']);
    const define = scanText(`define( 'HARTLEY_MAPS_BROWSER_KEY', '${key}' );\n`, { path: 'themes/hartley/functions.php' });
    assert.deepStrictEqual(define.map(f => f.severity), ['info']);
  });
});

describe('rules: enterprise and client-app forms', () => {
  it("optparse defaults, PATs under multi-word env names, digests a file declares, PicketBox masks", () => {
    const pw = randomString(10) + '-aT';
    expectFinding(`parser.add_option("-p", dest="password", default="${pw}")\n`, pw, 'env-fallback-secret', { path: 'scripts/check.py' });
    const pat = randomString(52, 'abcdefghijklmnopqrstuvwxyz234567');
    expectFinding(`NUGET_FEED_PAT=${pat}\n`, pat, GENERIC, { path: 'ci/.env' });
    const sha1 = randomString(40, HEX).toUpperCase();
    expectNone(`<authentication mode="Forms">\n  <forms>\n    <credentials passwordFormat="SHA1">\n      <user name="ops" password="${sha1}"/>\n    </credentials>\n  </forms>\n</authentication>\n`, GENERIC, 'Web.config');
    const masked = scanText(`<credential-reference clear-text="MASK-${randomString(22)};12345678;100"/>\n`, { path: 'standalone/configuration/standalone.xml' });
    assert.deepStrictEqual(masked.map(f => `${f.ruleId}:${f.severity}`), ['wildfly-clear-text-credential:warning']);
  });

  it("client apps' keys made to ship: a Notification Hubs listen key, a key in an enum named for its service, MapTiler keys", () => {
    const key = randomString(43, BASE64_CHARS) + '=';
    const hub = scanText(`"ListenConnectionString": "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=DefaultListenSharedAccessSignature;SharedAccessKey=${key}",\n`, { path: 'appsettings.json' });
    assert.deepStrictEqual(hub.map(f => f.severity), ['info']);
    expectNone(`enum Mixpanel {\n    static let projectToken = "${randomString(32, HEX)}"\n}\n`, GENERIC, 'ios/APIKeys.swift');
    expectNone(`inline const QString kMapTilerKey = QStringLiteral("${randomString(20)}");\n`, GENERIC, 'src/config/ApiConfig.h');
  });

  it('schema defaults, map constructors, later insert rows, Perl heredocs and more env-fallback and argument forms', () => {
    const secret = randomString(40);
    // zod's default under the setting's name (t3-env); a URL's default is no secret.
    expectFinding(`  NEXTAUTH_SECRET: z.string().min(32).default("${secret}"),\n`, secret, GENERIC, { path: 'src/env.ts' });
    expectNone(`  NEXTAUTH_URL: z.string().url().default("https://${randomString(12, LOWER_ALNUM)}.example.com"),\n`, GENERIC, 'src/env.ts');
    // Rust's optional string constructor.
    const pw = randomString(12) + '$4';
    expectFinding(`    password: Some(String::from("${pw}")),\n`, pw, GENERIC, { path: 'src/config.rs' });
    expectNone('    password: Some(String::from("changeme")),\n', GENERIC, 'src/config.rs');
    // A map built from its entries under a plural secret name; under another name it is data.
    const key = randomString(28);
    expectFinding(`static final Map<String, String> PARTNER_KEYS = Map.of(\n    "globex", "${key}",\n    "acme", "sandbox-key-placeholder");\n`, key, GENERIC, { path: 'src/AppConstants.java' });
    expectNone(`static final Map<String, String> SORT_ORDERS = Map.of(\n    "globex", "${key}");\n`, GENERIC, 'src/AppConstants.java');
    // The later rows of a many-row insert.
    const hex = randomString(40, HEX);
    const insert = `INSERT INTO integration_credentials (name, api_key) VALUES\n    ('fuelcard', 'replace-me'),\n    ('tolls', '${hex}');\n`;
    expectFinding(insert, hex, GENERIC, { path: 'db/0042_seed.sql' });
    expectNone(`INSERT INTO partners (name, api_key_id) VALUES\n    ('a', '${randomString(32)}'),\n    ('b', '${hex}');\n`, GENERIC, 'db/0043_seed.sql');
    // A config written inline in a Perl heredoc is data.
    const inline = randomString(32, BASE64_CHARS);
    expectFinding(`my $cfg = <<"END_CFG";\n[upload]\nsecret = ${inline}\nEND_CFG\n`, inline, GENERIC, { path: 'tools/report.pl' });
    expectNone(`my $cfg = <<"END_CFG";\n[upload]\nsecret = $ENV{UPLOAD_SECRET}\nEND_CFG\n`, GENERIC, 'tools/report.pl');
    // Env fallbacks: R's unset default, a C++ helper's, Rust's under a constant naming the variable.
    expectFinding(`db_password <- Sys.getenv("DWH_PASSWORD", unset = "${pw}")\n`, pw, 'env-fallback-secret', { path: 'etl.R' });
    expectFinding(`{"tracking_token", env_or("TRACKING_TOKEN", "${secret}")},\n`, secret, 'env-fallback-secret', { path: 'src/client.cpp' });
    expectFinding(`admin_password: env::var(ADMIN_PASSWORD_ENV).unwrap_or_else(|_| "${pw}".to_string()),\n`, pw, 'env-fallback-secret', { path: 'src/config.rs' });
    expectNone('db_password <- Sys.getenv("DWH_PASSWORD", unset = "")\n', 'env-fallback-secret', 'etl.R');
    // Perl LWP's credentials, net use with the share in a variable, R's pasted bearer header.
    expectFinding(`$ua->credentials('wiki.example.internal:443', 'Confluence', 'bot', '${pw}');\n`, pw, 'password-argument', { path: 'report.pl' });
    expectFinding(`net use Z: %DEPLOY_SHARE% /user:CORP\\deploy ${pw}\n`, pw, 'password-argument', { path: 'deploy.bat' });
    expectNone('net use Z: %DEPLOY_SHARE% /user:CORP\\deploy %SHARE_PASSWORD%\n', 'password-argument', 'deploy.bat');
    expectFinding(`add_headers(Authorization = paste("Bearer", "${secret}"))\n`, secret, 'http-bearer-token', { path: 'etl.R' });
    // A PSK array named so; a deploy step's token to replace is no password.
    const bytes = Array.from({ length: 16 }, () => `0x${randomString(2, HEX)}`).join(', ');
    expectFinding(`static const unsigned char device_psk[16] = {\n    ${bytes}\n};\n`, bytes, GENERIC, { path: 'src/net_config.h' });
    expectNone("CREATE ROLE audit_reader WITH LOGIN PASSWORD '__SET_BY_RUNBOOK__';\n", 'sql-password', 'db/roles.sql');
  });

  it('a header value under a header name, a client built from an id constant, pulumi.secret, Vault init shares, hashes in configuration', () => {
    const token = randomString(40);
    expectFinding(`    jsonData:\n      httpHeaderName1: Authorization\n    secureJsonData:\n      httpHeaderValue1: "Bearer ${token}"\n`, token, 'http-bearer-token', { path: 'grafana/datasources.yaml' });
    expectNone('    secureJsonData:\n      httpHeaderValue1: "Bearer $TEMPO_TOKEN"\n', 'http-bearer-token', 'grafana/datasources.yaml');
    expectFinding(`plivo_client = plivo.RestClient(PLIVO_AUTH_ID, "${token}")\n`, token, 'client-token-argument', { path: 'notifier/channels.py' });
    expectNone('plivo_client = plivo.RestClient(PLIVO_AUTH_ID, os.environ["PLIVO_AUTH_TOKEN"])\n', 'client-token-argument', 'notifier/channels.py');
    // A publishable key made for browsers, handed to the client the same way.
    expectNone(`export const browserClient = createClient(SUPABASE_URL, "sb_publishable_${randomString(30)}");\n`, 'client-token-argument', 'src/lib/supabase.ts');
    const pw = randomString(18, BASE64_CHARS) + '.x';
    expectFinding(`const replicaPassword = pulumi.secret("${pw}");\n`, pw, GENERIC, { path: 'infra/index.ts' });
    expectNone('const replicaPassword = pulumi.secret(config.require("replicaPassword"));\n', GENERIC, 'infra/index.ts');
    const share = randomString(44, BASE64_CHARS);
    const init = `{\n  "unseal_keys_b64": [\n    "${share}"\n  ],\n  "unseal_shares": 1\n}\n`;
    expectFinding(init, share, GENERIC, { path: 'vault/init/vault-init-prod.json' });
    expectNone(`{\n  "unseal_keys_b64": [],\n  "recovery_keys_b64": []\n}\n`, GENERIC, 'vault/init/vault-init-prod.json');
    // A netrc a CI job keeps as `netrc`.
    expectFinding(`machine artifactory.example.io\n  login svc\n  password ${pw}\n`, pw, 'netrc-password', { path: 'ci/netrc' });
    // A bcrypt hash is how Argo CD takes its admin password: information there, a warning in a password file.
    const bcrypt = `$2a$10$${randomString(53, BASE64_CHARS.replace('+', '.'))}`;
    expectFinding(`stringData:\n  admin.password: ${bcrypt}\n`, bcrypt, 'password-hash', { path: 'argocd/argocd-secret.yaml', severity: 'info' });
    expectFinding(`admin:${bcrypt}\n`, bcrypt, 'password-hash', { path: 'web/.htpasswd', severity: 'warning' });
  });

  it('where secrets leak besides code: decompiled smali fields, swap files, kubectl outputs beside a SealedSecret, PHP stack traces', () => {
    const secret = randomString(40, BASE64_CHARS.replace('+', '').replace('/', ''));
    const smali = `.method static constructor <clinit>()V\n    .locals 1\n\n    const-string v0, "${secret}"\n\n    sput-object v0, Lio/app/net/ApiClient;->S3_SECRET:Ljava/lang/String;\n\n    return-void\n.end method\n`;
    expectFinding(smali, secret, GENERIC, { path: 'decompiled/smali/io/app/net/ApiClient.smali' });
    expectNone(smali.replace(secret, 'https://api.example.com/v1'), GENERIC, 'decompiled/smali/io/app/net/ApiClient.smali');
    // A type descriptor is a name; a base64 key that happens to open with `L` and hold a `/` is not one.
    const share = `Lo${randomString(15)}/${randomString(26)}`;
    expectFinding(`UNSEAL_SHARE_2=${share}\n`, share, GENERIC, { path: 'scripts/vault-bootstrap.sh' });
    const pw = randomString(16) + '7q';
    expectFinding(`services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${pw}\n`, pw, GENERIC, { path: 'ops/.docker-compose.yml.swp' });
    // A kubectl session: a Secret's data is read though a SealedSecret's output follows.
    const encoded = Buffer.from(`${randomString(12)}26$`).toString('base64');
    const session = `$ kubectl get secret analytics-db -o yaml\napiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n    password: ${encoded}\n  kind: Secret\nkind: List\n\n`
      + `$ kubectl get sealedsecret analytics-api -o yaml\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    API_KEY: Ag${randomString(300, BASE64_CHARS)}==\n`;
    expectFinding(session, encoded, GENERIC, { path: 'k8s/dumps/secrets.yaml' });
    // A runbook's label above the value, the value alone at the start of the next line; a mask or a sentence there is none.
    const breakGlass = `${randomString(8)}*${randomString(12)}-x2`;
    expectFinding(`\`\`\`\npsql "host=pg.prod user=breakglass"\n# password (rotated 2024-05-02):\n${breakGlass}\n\`\`\`\n`, breakGlass, GENERIC, { path: 'docs/runbooks/break-glass.md' });
    expectNone('Password:\n********\n\nToken:\nSee the vault entry.\n', GENERIC, 'docs/runbooks/break-glass.md');
    const trace = `Stack trace:\n#0 /var/www/shop/lib/Db.php(22): PDO->__construct('mysql:host=db;d...', 'shop', '${pw}')\n`;
    expectFinding(trace, pw, 'password-argument', { path: 'logs/php-fpm-error.log' });
    expectNone("#0 /var/www/shop/lib/Db.php(22): PDO->__construct('mysql:host=db;d...', 'shop', Object(SensitiveParameterValue))\n", 'password-argument', 'logs/php-fpm-error.log');
  });

  it("Nuxt's Algolia module takes the search-only key; Cloudflare's documented example key is no key", () => {
    const key = randomString(32, HEX);
    const config = `export default defineNuxtConfig({\n  algolia: {\n    apiKey: '${key}',\n    applicationId: '7TK0HVH8W4',\n  },\n})\n`;
    expectNone(config, GENERIC, 'nuxt.config.ts');
    // The same member in a server's module is an admin key.
    expectFinding(config.replace('defineNuxtConfig', 'createServer'), key, GENERIC, { path: 'server/search.ts' });
    expectNone('var docExampleKey = "c2547eb745079dac9320b638f5e225cf483cc5cfdda41"\n', GENERIC, 'cfclient/client_test.go');
    const hex = randomString(45, HEX);
    expectFinding(`var docExampleKey = "${hex}"\n`, hex, GENERIC, { path: 'cfclient/client_test.go' });
  });

  it("a Kubernetes Secret's stringData entries are secrets under any name; its hosts, users and ports are not", () => {
    const key = randomString(32, HEX);
    const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: argocd-notifications-secret\nstringData:\n  pagerduty-key-payments: ${key}\n  db-host: pg.prod.svc.cluster.local\n  db-user: payments\n  db-port: "5432"\n`;
    expectFinding(manifest, key, GENERIC, { path: 'argocd/notifications-secret.yaml' });
    // The same block in a ConfigMap is configuration.
    expectNone(manifest.replace('kind: Secret', 'kind: ConfigMap').replace('stringData:', 'data:').replace(key, 'enabled'), GENERIC, 'argocd/notifications-cm.yaml');
    expectNone(`apiVersion: v1\nkind: Secret\nstringData:\n  pagerduty-key-payments: \${PAGERDUTY_KEY}\n`, GENERIC, 'argocd/notifications-secret.yaml');
  });

  it("the LLM stack: Firebase's web config beside Gemini code, a model's version hash, a gateway's virtual key slug", () => {
    const firebase = `AIza${randomString(35, URLSAFE)}`;
    const gemini = `AIza${randomString(35, URLSAFE)}`;
    const text = `import { getAI } from 'firebase/ai';\nimport { GoogleGenerativeAI } from '@google/generative-ai';\nconst firebaseConfig = {\n  apiKey: '${firebase}',\n  authDomain: 'acme-chat.firebaseapp.com',\n};\nconst genAI = new GoogleGenerativeAI('${gemini}');\n`;
    assert.strictEqual(expectFinding(text.replace(gemini, 'x'), firebase, 'google-api-key', { path: 'src/firebase.ts' }).severity, 'info');
    assert.strictEqual(expectFinding(text.replace(firebase, 'x'), gemini, 'google-api-key', { path: 'src/firebase.ts' }).severity, 'error');
    const hex = randomString(64, HEX);
    expectNone(`import Together from 'together-ai';\nconst SDXL = 'stability-ai/sdxl:${hex}';\n`, 'together-legacy-api-key', 'tools/generate.ts');
    expectFinding(`import Together from 'together-ai';\nconst TOGETHER_API_KEY = '${hex}';\n`, hex, 'together-legacy-api-key', { path: 'tools/generate.ts' });
    // A virtual key's name is also a gateway's reference slug (Portkey's `virtualKey: openai-prod-2b7f41`): no credential by name.
    expectNone('      virtualKey: openai-prod-2b7f41\n', GENERIC, 'deploy/librechat/librechat.yaml');
  });

  it("client code: a key passed to another service's call, Segment's key in a bundler's variable, Android's Maps key resource", () => {
    const amplitude = randomString(32, HEX);
    const swift = `import AmplitudeSwift\nimport DatadogCore\nprivate let amplitude = Amplitude(configuration: Configuration(\n    apiKey: "${amplitude}",\n    serverZone: .EU\n))\n`;
    expectNone(swift, 'datadog-api-key', 'ios/Harbor/AnalyticsService.swift');
    expectNone(swift, GENERIC, 'ios/Harbor/AnalyticsService.swift');
    // The same key under Datadog's own setup is Datadog's.
    expectFinding(`import DatadogCore\nlet config = Datadog.Configuration(\n    apiKey: "${amplitude}"\n)\n`, amplitude, 'datadog-api-key', { path: 'ios/Harbor/Monitoring.swift' });
    const write = randomString(32);
    expectNone(`VITE_SEGMENT_WRITE_KEY=${write}\n`, GENERIC, 'storefront/.env.production');
    expectFinding(`SEGMENT_WRITE_KEY=${write}\n`, write, GENERIC, { path: 'deploy/collector.env' });
    const maps = `AIza${randomString(35, URLSAFE)}`;
    const strings = `<resources>\n    <string name="google_maps_key" translatable="false">${maps}</string>\n</resources>\n`;
    assert.strictEqual(expectFinding(strings, maps, 'google-api-key', { path: 'app/src/main/res/values/strings.xml' }).severity, 'info');
  });

  it("configuration in depth: a password shaped like an address, a plist's data element, Caddy's header_up, a tagged NoEcho default", () => {
    const pw = `DP@${randomString(9)}.7pp-M`;
    expectFinding(`{\n  "username": "dana",\n  "password": "${pw}",\n}\n`, pw, GENERIC, { path: '.vscode/settings.json' });
    // An anonymous FTP login's password is an e-mail address by convention.
    expectNone('{\n  "user": "anonymous",\n  "password": "guest@example.org"\n}\n', GENERIC, 'ftp/settings.json');
    const data = `${randomString(42, BASE64_CHARS)}0=`;
    expectFinding(`<dict>\n\t<key>BackendSigningSecret</key>\n\t<data>${data}</data>\n</dict>\n`, data, GENERIC, { path: 'Config/Backend.plist' });
    const token = randomString(40, HEX);
    expectFinding(`grafana.example.com {\n\treverse_proxy grafana:3000 {\n\t\theader_up X-WEBAUTH-TOKEN ${token}\n\t}\n}\n`, token, GENERIC, { path: 'edge/caddy/Caddyfile' });
    expectNone('grafana.example.com {\n\treverse_proxy grafana:3000 {\n\t\theader_up X-WEBAUTH-TOKEN {env.GRAFANA_TOKEN}\n\t}\n}\n', GENERIC, 'edge/caddy/Caddyfile');
    // Character data may hold what a placeholder's brackets would: `<&>` inside a passphrase.
    const passphrase = `${randomString(6)}<&>${randomString(8)}`;
    expectFinding(`<bean id="sftp">\n  <property name="privateKeyPassphrase"><value><![CDATA[${passphrase}]]></value></property>\n</bean>\n`, passphrase, GENERIC, { path: 'WEB-INF/applicationContext.xml' });
    expectNone('<bean id="sftp">\n  <property name="privateKeyPassphrase"><value><![CDATA[<your passphrase>]]></value></property>\n</bean>\n', GENERIC, 'WEB-INF/applicationContext.xml');
    const key = randomString(32);
    expectFinding(`Parameters:\n  LegacyApiKey:\n    Type: String\n    NoEcho: true\n    Default: !!str ${key}\n`, key, 'cloudformation-noecho-default', { path: 'infra/api-stack.yaml' });
    expectNone('Parameters:\n  LegacyApiKey:\n    Type: String\n    NoEcho: true\n    Default: !Ref ApiKeyParam\n', 'cloudformation-noecho-default', 'infra/api-stack.yaml');
  });

  it("peer-style cases: a comparison by equals(), reqwest's bearer_auth, R's right assignment", () => {
    const hex = randomString(32, HEX);
    expectFinding(`boolean ok(String apiKey) {\n    return apiKey.equals("${hex}");\n}\n`, hex, GENERIC, { path: 'src/Auth.java' });
    expectNone('boolean ok(String apiKey) {\n    return apiKey.equals(expected);\n}\n', GENERIC, 'src/Auth.java');
    const token = randomString(40);
    expectFinding(`let res = client.get(url)\n    .bearer_auth("${token}")\n    .send()?;\n`, token, 'http-bearer-token', { path: 'src/client.rs' });
    expectNone('let res = client.get(url)\n    .bearer_auth(&token)\n    .send()?;\n', 'http-bearer-token', 'src/client.rs');
    expectFinding(`"${token}" -> access_token\n`, token, GENERIC, { path: 'R/fetch_data.R' });
    expectNone('Sys.getenv("ACCESS_TOKEN") -> access_token\n', GENERIC, 'R/fetch_data.R');
  });

  it("a Windows shop: namespaced appSettings keys, tools' password switches, PowerShell and TeamCity references, a settings export's pair names", () => {
    const secret = randomString(34);
    expectFinding(`<appSettings>\n  <add key="ida:ClientSecret" value="${secret}" />\n</appSettings>\n`, secret, GENERIC, { path: 'src/Legacy/Web.config' });
    expectNone('<appSettings>\n  <add key="ida:ClientId" value="9a868f61-6fa4-46b6-ae7c-c502452d629d" />\n</appSettings>\n', GENERIC, 'src/Legacy/Web.config');
    const pw = `${randomString(10)}.wK+4`;
    expectFinding(`schtasks /Create /TN "Contoso\\Sync" /RU CORP\\svc-sync /RP "${pw}" /F\n`, pw, 'password-argument', { path: 'scripts/install.cmd' });
    expectFinding(`psexec \\\\web01 -u CORP\\svc-deploy -p ${pw} -h net stop App\n`, pw, 'password-argument', { path: 'scripts/map.cmd' });
    expectFinding(`sqlcmd -S sql01 -d Orders -U migrator -P "${pw}" -i migrate.sql\n`, pw, 'password-argument', { path: 'pipelines/deploy.yml' });
    expectFinding(`"C:\\Program Files\\7-Zip\\7z.exe" a -tzip -p${pw} -mem=AES256 logs.zip *.log\n`, pw, 'password-argument', { path: 'scripts/collect.cmd' });
    expectNone('sqlcmd -S sql01 -d Orders -U migrator -P "$(SqlPassword)" -i migrate.sql\n', 'password-argument', 'pipelines/deploy.yml');
    expectFinding(`<Exec Command="$(SignTool) sign /f &quot;$(Cert)&quot; /p ${pw} /fd sha256 &quot;$(TargetPath)&quot;" />\n`, pw, 'password-argument', { path: 'build/Sign.targets' });
    expectFinding(`RUN net user svc-legacy ${pw} /add\n`, pw, 'password-argument', { path: 'deploy/Dockerfile.windows' });
    expectNone('RUN net user svc-legacy /delete\n', 'password-argument', 'deploy/Dockerfile.windows');
    expectFinding(`Set ldap = dso.OpenDSObject("LDAP://dc01/OU=Users,DC=corp", _\n    "CORP\\svc-export", "${pw}", ADS_SECURE_AUTHENTICATION)\n`, pw, 'password-argument', { path: 'scripts/export.vbs' });
    // A Wi-Fi profile exported with key=clear holds its passphrase; protected, a DPAPI blob.
    expectFinding(`<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>false</protected>\n  <keyMaterial>${pw}</keyMaterial>\n</sharedKey>\n`, pw, GENERIC, { path: 'deploy/wifi/Wi-Fi-CORP.xml' });
    expectNone(`<sharedKey>\n  <protected>true</protected>\n  <keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB01000000${randomString(80, HEX).toUpperCase()}</keyMaterial>\n</sharedKey>\n`, GENERIC, 'deploy/wifi/Wi-Fi-CORP.xml');
    expectFinding(`<AutoLogon>\n  <Password>\n    <Value>${pw}</Value>\n    <PlainText>true</PlainText>\n  </Password>\n</AutoLogon>\n`, pw, 'windows-unattend-password', { path: 'deploy/sysprep-ws2022-template.xml' });
    expectNone('dotnet nuget update source internal --username jdoe --password $env:NUGET_FEED_PAT\n', GENERIC, 'profile.ps1');
    expectNone(`    password = "credentialsJSON:${uuid()}"\n`, GENERIC, '.teamcity/settings.kts');
    // Concourse's `((name))` and Bamboo's encrypted variables: the CI server holds the secret.
    expectNone('      private_key: ((github-deploy-key))\n', GENERIC, 'concourse/pipelines/api.yml');
    expectNone(`  nexus.password: BAMSCRT@0@0@${randomString(32, BASE64_CHARS)}\n`, GENERIC, 'bamboo-specs/bamboo.yml');
    // A password named first, then what it opens (a Bamboo plan variable).
    const key = randomString(32, HEX);
    expectFinding(`new Variable("password.pagerduty", "${key}"),\n`, key, GENERIC, { path: 'bamboo-specs/src/main/java/PlanSpec.java' });
    const hex = randomString(32, HEX);
    const settings = `[\n  { "name": "Algolia__SearchApiKey", "value": "${hex}", "slotSetting": false },\n  { "name": "DD_SITE", "value": "datadoghq.eu" }\n]\n`;
    expectNone(settings, 'datadog-api-key', 'infra/app.settings.json');
  });

  it('a data team and a game studio: notebook cells read whole, Hadoop and Android resource names, R call forms, request parameters', () => {
    // A notebook keeps a cell as a list of lines: the provider named in a comment above still counts.
    const appid = randomString(32, HEX);
    const cell = (lines: string[]) => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "metadata": {},\n   "outputs": [],\n   "source": [\n${lines.map(l => `    ${JSON.stringify(l)}`).join(',\n')}\n   ]\n  }\n ],\n "metadata": {"language_info": {"name": "python"}}\n}\n`;
    expectFinding(cell(['# OpenWeatherMap One Call 3.0\n', `OWM_APPID = "${appid}"\n`]), appid, 'openweathermap-api-key', { path: 'notebooks/weather.ipynb' });
    expectNone(cell(['# OpenWeatherMap One Call 3.0\n', 'OWM_APPID = os.environ["OWM_APPID"]\n']), 'openweathermap-api-key', 'notebooks/weather.ipynb');
    // Hadoop's property names its value in the element before.
    const account = `${randomString(86, BASE64_CHARS)}==`;
    expectFinding(`<property>\n  <name>fs.azure.account.key.lake.dfs.core.windows.net</name>\n  <value>${account}</value>\n</property>\n`, account, 'azure-storage-key', { path: 'conf/core-site.xml' });
    // Airflow's connection URIs leave the host empty.
    const pw = `${randomString(20)}q7`;
    expectFinding(`AIRFLOW_CONN_S3=aws://minio_dev:${pw}@/?endpoint_url=http%3A%2F%2Fminio%3A9000\n`, pw, 'url-basic-auth', { path: '.env' });
    expectNone('AIRFLOW_CONN_S3=aws://minio:minio@/?endpoint_url=http%3A%2F%2Fminio%3A9000\n', 'url-basic-auth', '.env');
    // R: an installer named for the key, a backtick-quoted header name.
    const hex = randomString(40, HEX);
    expectFinding(`census_api_key("${hex}", install = TRUE)\n`, hex, GENERIC, { path: 'R/census.R' });
    expectNone(`key <- get_api_key("${randomString(24)}")\n`, GENERIC, 'R/census.R');
    expectFinding(`req_headers(\`X-API-KEY\` = "${hex}", Accept = "application/json")\n`, hex, GENERIC, { path: 'R/prices.R' });
    // A request's parameters go into its URL: a plain `key` to a service's API is that API's key.
    const key = randomString(32);
    expectFinding(`r = requests.get("https://api.tomtom.com/search/2/geocode/x.json", params={"key": "${key}", "countrySet": "US"})\n`, key, GENERIC, { path: 'geo.py' });
    expectNone(`cache.set("https://example.org/list", params={"key": "${key}"})\n`, GENERIC, 'geo.py');
    // ClickHouse takes a password's hash: no password there.
    expectNone(`CREATE USER writer IDENTIFIED WITH sha256_hash BY '${randomString(64, HEX)}';\n`, 'sql-password', 'sql/users.sql');
    // An Objective-C #define names its value with a space: the Bugsnag key is not Twilio's.
    expectNone(`// twilio relay\n#define KF_BUGSNAG_API_KEY @"${randomString(32, HEX)}"\n`, 'twilio-auth-token', 'ios/Constants.m');
    // Keys made to ship in apps: New Relic's mobile token, Google Play's license key (an RSA public key), AppsFlyer's dev key.
    expectNone(`<meta-data android:name="com.newrelic.application_token"\n    android:value="AA${randomString(40, HEX)}-NRMA" />\n`, GENERIC, 'app/src/main/AndroidManifest.xml');
    expectNone(`GooglePlayLicenseKey=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${randomString(300, BASE64_CHARS)}IDAQAB\n`, GENERIC, 'Config/DefaultEngine.ini');
    expectNone(`private const string AppsFlyerDevKey = "${randomString(22)}";\n`, GENERIC, 'Assets/Scripts/Analytics.cs');
    // A prefix with a typed stand-in after it is no token.
    expectNone(`export SRC_ACCESS_TOKEN=${['sg', 'p_'].join('')}${'0123456789abcdef'.repeat(2)}01234567\n`, 'sourcegraph-access-token', 'env.sh');
    expectNone(`gl = gitlab.Gitlab("https://gitlab.com", private_token="${['gl', 'pat-'].join('')}${randomString(8)}")\n`, GENERIC, 'gl.py');
  });

  it("a bank's middleware: wiki pages read as text, tools' password switches, ciphertexts by their prefix, settings read with a fallback", () => {
    const hex = randomString(40, HEX);
    // A wiki page's table and code elements are read as the Markdown they stand for.
    expectFinding(`<table>\n<tr><td>Client ID</td><td><code>Iv1.${randomString(16, HEX)}</code></td></tr>\n<tr><td>Client secret</td><td><code>${hex}</code></td></tr>\n</table>\n`, hex, GENERIC, { path: 'docs/faq.html' });
    expectNone(`<table>\n<tr><td>Client ID</td><td><code>Iv1.${randomString(16, HEX)}</code></td></tr>\n<tr><td>Client secret</td><td>in vault</td></tr>\n</table>\n`, GENERIC, 'docs/faq.html');
    const pw = `${randomString(14)}.7`;
    // Tools' password switches, an Expect script's answer, a command continued over lines.
    expectFinding(`ldapsearch -x -H ldaps://ldap.corp -D "cn=svc,dc=corp" -w ${pw} -b "dc=corp" uid=jdoe\n`, pw, 'command-line-password', { path: 'docs/runbook.sh' });
    expectFinding(`runmqakm -keydb -create -db $KDB -type cms -stash -pw '${pw}'\n`, pw, 'command-line-password', { path: 'mq/setup.sh' });
    expectFinding(`echo 'mqapp:${pw}' | chpasswd\n`, pw, 'command-line-password', { path: 'mq/setup.sh' });
    expectFinding(`spawn ssh bureau@10.42.8.17\nexpect "assword:"\nsend "${pw}\\r"\n`, pw, 'command-line-password', { path: 'bin/upload.exp' });
    expectNone('spawn ssh bureau@10.42.8.17\nexpect "assword:"\nsend "$env(PW)\\r"\n', 'command-line-password', 'bin/upload.exp');
    expectFinding(`redis-cli -h redis.stg.corp -p 6380 --tls \\\n  -a '${pw}' ping\n`, pw, 'command-line-password', { path: 'docs/runbook.sh' });
    // Ciphertexts by their product's prefix are not passwords; WebSphere's {xor} is (see its evidence).
    for (const sealed of [`{aes}${randomString(44, BASE64_CHARS)}`, `ENC(${randomString(32, BASE64_CHARS)})`, `{AES256}${randomString(44, BASE64_CHARS)}`]) {
      expectNone(`db.password=${sealed}\n`, GENERIC, 'conf/app.properties');
    }
    // A tool's own settings file, named by an extension no language has: NAME=value, unquoted.
    expectFinding(`SHELL=/bin/ksh\nRECON_DB_PASS=${pw}\n30 22 * * 1-5 /opt/batch/eod.sh\n`, pw, GENERIC, { path: 'batch/cron/batchusr.crontab' });
    // XML settings with other attributes between the name and the value, a line each.
    const key = randomString(32);
    expectFinding(`<Parameter name="cms.gateway.apiKey" override="false"\n           value="${key}"/>\n`, key, GENERIC, { path: 'tomcat/conf/context.xml' });
    expectNone(`<Parameter name="cms.gateway.apiUrl" override="false"\n           value="https://cms.corp/${key}"/>\n`, GENERIC, 'tomcat/conf/context.xml');
    // Oracle's unquoted password, and the hash it may take instead.
    const oracle = `K${randomString(13)}q7`;
    expectFinding(`CREATE USER SET_RPT IDENTIFIED BY ${oracle}\n  DEFAULT TABLESPACE SET_DATA;\n`, oracle, 'sql-password', { path: 'db/V1__users.sql' });
    expectNone(`ALTER USER SET_APP IDENTIFIED BY VALUES 'S:${randomString(60, HEX).toUpperCase()}';\n`, 'sql-password', 'db/V1__users.sql');
    // A setting read with a literal fallback.
    expectFinding(`    def pass = cfg.password ?: '${pw}'\n`, pw, 'env-fallback-secret', { path: 'vars/deploy.groovy' });
    expectNone(`    def user = cfg.user ?: '${pw}'\n`, 'env-fallback-secret', 'vars/deploy.groovy');
    // Jenkins' credential seeding, WLST's connect(), a second getConnection a window's last line held.
    expectFinding(`new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'nexus', 'Nexus deploy', 'deploy-bot',\n    '${pw}'),\n`, pw, 'password-argument', { path: 'init.groovy.d/seed.groovy' });
    expectFinding(`connect('weblogic', '${pw}', 't3://adm01:7001')\n`, pw, 'password-argument', { path: 'wlst/deploy.py' });
    const opens = `Connection open() throws SQLException {\n    return DriverManager.getConnection(URL, "APP", pw);\n}\n\nConnection openDr() throws SQLException {\n    LOG.warn("opening DR connection");\n    return DriverManager.getConnection("jdbc:oracle:thin:@//dr01:1521/DR", "APP",\n        "${pw}");\n}\n`;
    expectFinding(opens, pw, 'password-argument', { path: 'src/Job.java' });
    // A properties file escapes a URL's colon.
    expectFinding(`distributionUrl=https\\://svc-build:${pw}@nexus.corp/gradle-8.5-bin.zip\n`, pw, 'url-basic-auth', { path: 'gradle/wrapper/gradle-wrapper.properties' });
    // An HSM's PIN, a bank's MAC key.
    const pin = `${randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}7Q`;
    expectFinding(`JAVA_OPTS="$JAVA_OPTS -Dib.hsm.session.pin=${pin}"\n`, pin, GENERIC, { path: 'tomcat/bin/setenv.sh' });
    const mac = randomString(32, HEX).toUpperCase();
    expectFinding(`mac.key=${mac}\n`, mac, GENERIC, { path: 'conf/settlement.properties' });
    // Tomcat's digested password is a hash: information, not a warning.
    const digest = `${randomString(32, HEX)}$20000$${randomString(64, HEX)}`;
    const found = scanText(`<user username="ops" password="${digest}" roles="manager-gui"/>\n`, { path: 'conf/tomcat-users.xml' }).filter(f => f.ruleId === GENERIC);
    assert.deepStrictEqual(found.map(f => f.severity), ['info']);
  });

  it("a game studio's engine settings and runbooks: a struct's key, a token's signing key, Apple's tools, a pasted secret after a clause", () => {
    const pak = `${randomString(42, BASE64_CHARS)}q=`;
    expectFinding(`[/Script/CryptoKeys.CryptoKeysSettings]\n+SecondaryEncryptionKeys=(Guid="${randomString(32, HEX).toUpperCase()}",Name="DLC_Season2",Key="${pak}")\n`, pak, GENERIC, { path: 'Config/DefaultCrypto.ini' });
    expectNone(`[/Script/Engine.Engine]\n+ActiveGameNameRedirects=(OldGameName="Old",NewGameName="/Script/${randomString(40)}")\n`, GENERIC, 'Config/DefaultEngine.ini');
    const key = `${randomString(14, LOWER_ALNUM, 7511)}q7`; // (seeded: a draw with a long run of one digit reads as less random)
    expectFinding(`[SerializeField] private string vivoxTokenKey = "${key}";\n`, key, GENERIC, { path: 'Assets/Scripts/Voice.cs' });
    expectNone('const TOKEN_KEY = "auth_token";\n', GENERIC, 'src/session.ts');
    const app = 'iykp-khxc-qnyq-ioxa';
    expectFinding(`xcrun altool --upload-app -f build/App.ipa -t ios -u ci@studio.gg -p ${app}\n`, app, 'command-line-password', { path: 'ci/upload.sh' });
    expectNone('xcrun notarytool submit App.zip --apple-id ci@studio.gg --password "@keychain:AC_PASSWORD"\n', 'command-line-password', 'ci/upload.sh');
    const secret = randomString(32);
    expectFinding(`The Photon secret that was pasted: \`${secret}\`.\n`, secret, GENERIC, { path: 'docs/incident.md' });
    expectNone('The secret used by the CI job: `DEPLOY_WEBHOOK_SECRET`.\n', GENERIC, 'docs/incident.md');
  });

  it('handover sheets and password files: a vendor sheet\'s Key column, a TOTP column, a new LDAP password, Tomcat\'s digests', () => {
    const hex = randomString(40, HEX);
    const sheet = `Vendor,Used by,Key,Owner\nDeepgram,call transcription,${hex},Aisha\n`;
    expectFinding(sheet, hex, 'csv-credential-column', { path: 'handover/vendor-keys.csv' });
    expectNone(`Table,Column,Key,Owner\norders,id,${hex},Aisha\n`, 'csv-credential-column', 'handover/schema.csv');
    const seed = randomString(32, BASE32);
    expectFinding(`folder,type,name,login_uri,login_username,login_password,login_totp\nSaaS,login,Atlassian admin,https://id.atlassian.com,admin@corp.io,,${seed}\n`, seed, 'csv-credential-column', { path: 'handover/bitwarden_export.csv' });
    const pw = `${randomString(16)}q7`;
    expectFinding(`ldappasswd -H "$LDAPHOST" -D "cn=admin,dc=corp" -w "$ADMIN_PW" \\\n  -s '${pw}' "cn=drtest01,dc=corp"\n`, pw, 'command-line-password', { path: 'docs/handbook.md' });
    expectFinding(`Snowflake service user for dbt cloud: \`DBT_CLOUD_SVC\` / \`${pw}\`, role TRANSFORMER\n`, pw, 'login-pair-in-prose', { path: 'notes/handover.md' });
    expectNone('Sources are under `src` / `lib` for the user guide.\n', 'login-pair-in-prose', 'notes/handover.md');
    expectNone(`<tomcat-users>\n  <user username="monitor" password="${randomString(64, HEX)}" roles="manager-status"/>\n</tomcat-users>\n`, GENERIC, 'tomcat/conf/tomcat-users.xml');
  });

  it("an agency's and a monorepo's leftovers: Bedrock salts in .env, a list of logins, fallbacks in Scala and Swift, an AWS id in any digits", () => {
    const salt = `${randomString(30, BASE64_CHARS)} ,;<>{}${randomString(28)}`;
    expectFinding(`WP_ENV=production\nSECURE_AUTH_KEY='${salt}'\n`, salt, 'wordpress-salt', { path: 'site/.env' });
    expectNone("WP_ENV=production\nSECURE_AUTH_KEY='generateme'\n", 'wordpress-salt', 'site/.env');
    const pw = `${randomString(14)}.7%`;
    expectFinding(`## Hotel (Hetzner VPS)\n- Postgres superuser: \`postgres\` / \`${pw}\`\n`, pw, 'login-pair-in-prose', { path: 'notes/servers.md' });
    expectNone('- Build output: `dist` / `build-2024.1`\n', 'login-pair-in-prose', 'notes/servers.md');
    expectFinding(`    password: String = Properties.envOrElse("SNOWFLAKE_PASSWORD", "${pw}"),\n`, pw, 'env-fallback-secret', { path: 'src/Ingest.scala' });
    const hex = randomString(64, HEX);
    expectFinding(`var analyticsSecret = ProcessInfo.processInfo.environment["ANALYTICS_SECRET"] ?? "${hex}"\n`, hex, 'env-fallback-secret', { path: 'Sources/App/Env.swift' });
    const share = `${randomString(42, BASE64_CHARS)}q7`;
    expectFinding(`vault_unseal_key_share_3: ${share}\n`, share, GENERIC, { path: 'ansible/group_vars/prod.yml' });
    const kek = `${randomString(42, BASE64_CHARS)}q=`;
    expectFinding(`risk.encryption.kek=${kek}\n`, kek, GENERIC, { path: 'src/main/resources/application-prod.properties' });
    expectNone('risk.encryption.kek=${KEK_FROM_VAULT}\n', GENERIC, 'src/main/resources/application-prod.properties');
    const id = `AKIA${randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0189')}`;
    expectFinding(`AWS_ACCESS_KEY_ID = "${id}"\n`, id, 'aws-access-key-id', { path: 'scripts/backfill.py' });
  });

  it("less common languages' literals: Elixir's wrapped fallback and sigils, Nim's export marker, Tcl's braces, Jsonnet's and PowerShell's text blocks, nginx's set", () => {
    const hex = randomString(64, HEX);
    expectFinding(`  secret_key_base =\n    System.get_env("SECRET_KEY_BASE") ||\n      "${hex}"\n`, hex, 'env-fallback-secret', { path: 'config/runtime.exs' });
    expectNone(`  port =\n    System.get_env("PORT") ||\n      "${hex}"\n`, 'env-fallback-secret', 'config/runtime.exs');
    const key = `${randomString(38, BASE64_CHARS)}q7`;
    expectFinding(`config :app, api_token: ~s(${key})\n`, key, GENERIC, { path: 'config/prod.exs' });
    expectFinding(`let kafka_sasl_password = {|${key}|}\n`, key, GENERIC, { path: 'bin/settings.ml' });
    expectFinding(`  s3Secret* = """${key}"""\n`, key, GENERIC, { path: 'src/config.nim' });
    expectNone('  s3Secret* = getEnv("S3_SECRET")\n', GENERIC, 'src/config.nim');
    const token = randomString(40, HEX);
    expectFinding(`set api_token {${token}}\n`, token, GENERIC, { path: 'monitor/check.tcl' });
    expectNone('set api_token {$::env(API_TOKEN)}\n', GENERIC, 'monitor/check.tcl');
    // A brace is no string in other languages: a block of code.
    expectNone(`api_token = {${token}}\n`, GENERIC, 'lib/check.rb');
    expectFinding(`  smtpPassword: |||\n    ${key}\n  |||,\n`, key, GENERIC, { path: 'monitoring/alertmanager.jsonnet' });
    expectFinding(`$apiToken = @'\n${key}\n'@\n`, key, GENERIC, { path: 'Deploy.ps1' });
    expectNone(`$apiToken = @'\n${key}\nmore text\n'@\n`, GENERIC, 'Deploy.ps1');
    const hook = `${randomString(18)}q7`;
    expectFinding(`    location /hooks/ {\n        set $gh_secret '${hook}';\n`, hook, GENERIC, { path: 'openresty/conf/nginx.conf' });
    // Dhall's and CUE's expressions are code: an import of the environment, a tag.
    expectNone('let openaiKey = env:OPENAI_API_KEY as Text ? "sk-placeholder"\n', GENERIC, 'deploy/config.dhall');
    expectNone('  OPENAI_API_KEY:      string @tag(openai_key)\n', GENERIC, 'services/payments.cue');
  });

  it("agents' and tools' saved settings: a map of tool keys, a plist key of words, Haystack's Secret, a remark before a pasted token", () => {
    const hex = randomString(64, HEX);
    expectFinding(`agent:\n  variables:\n    tool_keys:\n      serpapi: ${hex}\n      region: us-east-1\n`, hex, GENERIC, { path: 'prompts/templates.yaml' });
    expectNone(`secrets:\n  db_password:\n    file: ./db_password.txt\nssh_keys:\n  alice: ${hex}\n`, GENERIC, 'docker-compose.yml');
    const secret = randomString(32);
    expectFinding(`<dict>\n\t<key>OAuth Client Secret</key>\n\t<string>${secret}</string>\n</dict>\n`, secret, GENERIC, { path: 'Profiles/MinIO.cyberduckprofile' });
    expectNone(`<dict>\n\t<key>OAuth Client ID</key>\n\t<string>${secret}</string>\n</dict>\n`, GENERIC, 'Profiles/MinIO.cyberduckprofile');
    const serper = randomString(40, HEX);
    expectFinding(`search = SerperDevWebSearch(api_key=Secret.from_token("${serper}"))\n`, serper, GENERIC, { path: 'pipelines/search.py' });
    expectNone('search = SerperDevWebSearch(api_key=Secret.from_env_var("SERPERDEV_API_KEY"))\n', GENERIC, 'pipelines/search.py');
    expectFinding(`Staging bot token for manual curl testing (rotate monthly): \`${serper}\`\n`, serper, GENERIC, { path: 'README.md' });
    const develocity = randomString(52, LOWER_ALNUM);
    expectFinding(`systemProp.develocity.accessKey=ge.corp.io=${develocity}\n`, develocity, GENERIC, { path: '.gradle/gradle.properties' });
  });

  it('logs and traces: a webhook path without its host, a Jenkins trigger token, a key as the Basic user; digests and an app public key stay quiet', () => {
    const hook = `/services/T${randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/B${randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}/${randomString(24)}`;
    expectFinding(`> POST ${hook} HTTP/2\n> Host: hooks.slack.com\n`, hook, 'slack-webhook-url', { path: 'ci/release.log' });
    expectNone(`GET https://docs.example.org${hook} HTTP/1.1\n`, 'slack-webhook-url', 'ci/release.log');
    const trigger = randomString(32);
    expectFinding(`10.0.0.5 - jenkins [13/Jun/2024:22:14:09 +0200] "GET /job/nightly/buildWithParameters?token=${trigger}&BRANCH=main HTTP/1.1" 201 -\n`, trigger, GENERIC, { path: 'logs/ssl_access_log' });
    // A deploy hook's or a webhook's token lets its caller in too; a share link's does not name one.
    expectFinding(`198.51.100.7 - - [06/Jun/2024:07:12:44 +0000] "GET /api/hooks/deploy?token=${trigger} HTTP/1.1" 202 17\n`, trigger, GENERIC, { path: 'logs/access.log' });
    expectNone(`198.51.100.7 - - [06/Jun/2024:07:12:44 +0000] "GET /share/report?token=${trigger} HTTP/1.1" 200 17\n`, GENERIC, 'logs/access.log');
    expectNone(`10.0.0.5 - - [13/Jun/2024:22:14:09 +0200] "GET /search?token=${trigger}&q=x HTTP/1.1" 200 -\n`, GENERIC, 'logs/ssl_access_log');
    const stripe = `sk_live_${randomString(99)}`;
    const basic = Buffer.from(`${stripe}:`).toString('base64');
    expectFinding(`Authorization: Basic ${basic}\n`, basic, 'http-basic-auth', { path: 'traces/http-debug.log' });
    expectNone(`Authorization: Basic ${Buffer.from('guest:').toString('base64')}\n`, 'http-basic-auth', 'traces/http-debug.log');
    expectNone(`      annotations:\n        checksum/secret: ${randomString(64, HEX)}\n`, GENERIC, 'helm/debug.log');
    expectNone(`statement: CREATE ROLE etl LOGIN PASSWORD 'SCRAM-SHA-256$4096:${randomString(24, BASE64_CHARS)}$${randomString(44, BASE64_CHARS)}:${randomString(44, BASE64_CHARS)}'\n`, GENERIC, 'db/postgresql.log');
    expectNone(`Authorization: Bearer goog_${randomString(27)}\n`, 'http-bearer-token', 'traces/okhttp.txt');
    // Other `pk` prefixes are not all public: Klaviyo's private keys are `pk_<hex>`, LocationIQ's tokens `pk.<hex>`.
    const locationIq = `pk.${randomString(32, HEX)}`;
    expectFinding(`const LOCATIONIQ_TOKEN = "${locationIq}";\n`, locationIq, GENERIC, { path: 'src/lib/geo.js' });
  });

  it("a platform team's and an SDK's recordings: cassette headers, the CDK's plain secret, a fixture's commented return, an Erlang cookie, a header list", () => {
    const stripe = `rk_live_${randomString(99)}`;
    const basic = Buffer.from(`${stripe}:`).toString('base64');
    expectFinding(`    headers:\n      Authorization:\n      - Basic ${basic}\n      Stripe-Version:\n      - '2024-06-20'\n`, basic, 'http-basic-auth', { path: 'tests/cassettes/test_charge.yaml' });
    expectNone('    headers:\n      Authorization:\n      - <FILTERED>\n', ['http-basic-auth', 'http-bearer-token'], 'tests/cassettes/test_charge.yaml');
    const bearer = randomString(48);
    expectFinding(`"header": {\n  "Authorization": ["Bearer ${bearer}"]\n}\n`, bearer, 'http-bearer-token', { path: 'consul/config/services.json' });
    const pw = `${randomString(20)}*-s3`;
    expectFinding(`"password": cdk.SecretValue.unsafe_plain_text("${pw}"),\n`, pw, GENERIC, { path: 'cdk/app.py' });
    const secret = randomString(48);
    expectFinding(`@pytest.fixture\ndef jwt_secret():\n    # matches mock-hub/config.py\n    return "${secret}"\n`, secret, GENERIC, { path: 'tests/conftest.py' });
    expectNone('@pytest.fixture\ndef jwt_secret():\n    # from the environment\n    return os.environ["JWT_SECRET"]\n', GENERIC, 'tests/conftest.py');
    const cookie = randomString(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expectFinding(`default['platform']['rabbitmq']['erlang_cookie'] = '${cookie}'\n`, cookie, GENERIC, { path: 'attributes/default.rb' });
    expectNone("default['platform']['rabbitmq']['erlang_cookie'] = 'CHANGEMECHANGEMECHAN'\n", GENERIC, 'attributes/default.rb');
  });

  it("what apps ship and tests fake: Mixpanel's manifest token, App Center's app secret, a Maps resource beside a Gemini key, counting stand-ins, Slack's example token", () => {
    expectNone(`<meta-data android:name="com.mixpanel.android.MPConfig.Token" android:value="${randomString(32, HEX)}" />\n`, GENERIC, 'app/src/main/AndroidManifest.xml');
    expectNone(`APP_CENTER_SECRET = ${uuid()}\n`, GENERIC, 'ios/Config/Release.xcconfig');
    const maps = googleApiKey();
    const gemini = googleApiKey();
    const strings = `<resources>\n    <string name="google_maps_key" translatable="false">${maps}</string>\n    <string name="gemini_api_key" translatable="false">${gemini}</string>\n</resources>\n`;
    const found = scanText(strings, { path: 'app/src/main/res/values/strings.xml' }).filter(f => f.ruleId === 'google-api-key');
    assert.deepStrictEqual(found.map(f => [strings.slice(f.range.start.offset, f.range.end.offset), f.severity]), [[maps, 'info'], [gemini, 'error']]);
    expectNone('STRIPE_WEBHOOK_SECRET = "whsec_0123456789abcdefghijklmnopqrstuv"\n', 'stripe-webhook-secret', 'tests/test_signatures.py');
    expectNone('MAILGUN_API_KEY = "key-12345678901234567890123456789012"\n', 'mailgun-api-key', 'src/test/WebhookTest.java');
    expectNone(`Authorization: Basic ${Buffer.from('api:key-00000000000000000000000000000000').toString('base64')}\n`, 'http-basic-auth', 'testdata/headers.golden');
    expectNone('{\n    "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl",\n    "type": "url_verification"\n}\n', GENERIC, 'webhooks/slack_event.json');
    // A 32-hex key in another service's object is that service's, though an ElevenLabs key is near.
    const search = randomString(32, HEX);
    expectNone(`  algolia: { appId: 'NB4K2Q7XZP', searchKey: '${search}' },\n  elevenLabsKey: process.env.ELEVENLABS_API_KEY,\n`, 'elevenlabs-legacy-api-key', 'app/preload.js');
  });

  it('dumps, backups and setup scripts: a dated shadow copy, Jenkins accounts, clients\' credential setters, Kotlin ifEmpty fallbacks, a Sonar login; markers and stand-ins stay quiet', () => {
    const hash = `$6$${randomString(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./')}$${randomString(86, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./')}`;
    expectFinding(`root:${hash}:19720:0:99999:7:::\n`, hash, 'password-hash', { path: 'backups/etc/shadow.2024-02-28' });
    expectNone(`-- seed\nINSERT INTO users VALUES (1, 'admin', '$2y$10$${'x'.repeat(53)}');\n`, 'password-hash', 'db/seed.sql');
    const pw = `${randomString(14)}!q7`;
    expectFinding(`def realm = new HudsonPrivateSecurityRealm(false)\nrealm.createAccount("admin", "${pw}")\n`, pw, 'password-argument', { path: 'init.groovy.d/01-admin.groovy' });
    expectFinding(`    cfg.SetCredentials("telemetry", "${pw}");\n`, pw, 'password-argument', { path: 'src/Uploader.cpp' });
    expectNone('    cfg.SetCredentials("telemetry", getenv("TELEMETRY_PASSWORD"));\n', 'password-argument', 'src/Uploader.cpp');
    expectFinding(`    val mqttPassword: String = BuildConfig.MQTT_PASSWORD.ifEmpty { "${pw}" }\n`, pw, 'env-fallback-secret', { path: 'app/src/main/java/Api.kt' });
    const sonar = randomString(40, HEX);
    expectFinding(`<properties>\n  <sonar.login>${sonar}</sonar.login>\n</properties>\n`, sonar, GENERIC, { path: 'build/maven/settings.xml' });
    expectNone(`INSERT INTO auth_user (id, password) VALUES (3, '!${randomString(40)}');\n`, GENERIC, 'backups/portal.sql');
    expectNone(`SOCIAL_AUTH_GITHUB_KEY = "Iv1.${randomString(16, HEX)}"\n`, GENERIC, 'portal/settings.py');
    expectNone('mysql -u root -ptesttest shop\n', 'command-line-password', '.bash_history');
  });

  it("names in other languages: German, Spanish, French, Turkish, pinyin and romanised words, and words in their own scripts", () => {
    const pw = `${randomString(12)}!7q`;
    expectFinding(`datenbank:\n  passwort: "${pw}"\n`, pw, GENERIC, { path: 'config/zugangsdaten.yml' });
    expectFinding(`DB_CONTRASENA=${pw}\n`, pw, GENERIC, { path: '.env' });
    expectFinding(`    'contraseña' => '${pw}',\n`, pw, GENERIC, { path: 'config/config.php' });
    expectFinding(`    "mot_de_passe": "${pw}",\n`, pw, GENERIC, { path: 'config/parametres.py' });
    expectFinding(`  "şifre": "${pw}",\n`, pw, GENERIC, { path: 'config/ayarlar.json' });
    expectFinding(`    "yonghu_mima": "${pw}",\n`, pw, GENERIC, { path: 'tools/peizhi.py' });
    expectFinding(`数据库.密码=${pw}\n`, pw, GENERIC, { path: 'src/main/resources/config_zh.properties' });
    expectFinding(`データベース:\n  パスワード: "${pw}"\n`, pw, GENERIC, { path: 'config/settings.yml' });
    expectFinding(`база:\n  пароль: "${pw}"\n`, pw, GENERIC, { path: 'config/nastroiki.yaml' });
    const key = `${randomString(30)}q7`;
    expectFinding(`  "gizli_anahtar": "${key}",\n`, key, GENERIC, { path: 'config/ayarlar.json' });
    expectFinding(`CHAVE_API = "${key}"\n`, key, GENERIC, { path: 'src/config.py' });
    // Placeholders and words stay quiet in any language; a translation is no password.
    expectNone('  passwort: "hier_eintragen"\n', GENERIC, 'config/zugangsdaten.yml');
    expectNone('  "password": "Passwort",\n  "password_hint": "Mindestens acht Zeichen"\n', GENERIC, 'locales/de.json');
    expectNone('  密码: ${DB_PASSWORD}\n', GENERIC, 'config/application.yml');
    // The Latin word inside another is not it: `enclave`, `parolee`.
    expectNone(`enclave_id = "${key}"\nparolee = "${key}"\n`, GENERIC, 'src/models.py');
  });

  it("other languages' word order and prose: the credential first, a full-width colon, `lautet` and a dash, Greek and Hebrew keys", () => {
    const key = `${randomString(30)}q7`;
    expectFinding(`    chiave_segreta_mac: ${key}\n`, key, GENERIC, { path: 'config/application.yml' });
    expectFinding(`const jetonTiersPayant = '${key}';\n`, key, GENERIC, { path: 'src/services/paiement.js' });
    expectFinding(`CHAVE_JWT=${key}\n`, key, GENERIC, { path: '.env' });
    expectFinding(`        private static readonly string KlyuchPodpisi = "${key}";\n`, key, GENERIC, { path: 'Services/SmsSender.cs' });
    expectFinding(`        'clave_aplicacion' => '${key}',\n`, key, GENERIC, { path: 'config/config.php' });
    // Not every credential word first makes a credential: a reCAPTCHA site key, an English `token_type`.
    expectNone(`        'clave_sitio' => '6Lc${randomString(37)}',\n`, GENERIC, 'config/config.php');
    expectNone(`token_type = "${key}"\n`, GENERIC, 'src/auth.py');
    const pw = `${randomString(12)}@7q`;
    expectFinding(`- 密码：${pw}\n`, pw, GENERIC, { path: 'docs/运维手册.md' });
    expectFinding(`Das Kennwort lautet ${pw}\n`, pw, GENERIC, { path: 'docs/Zugangsdaten.md' });
    expectFinding(`- Пароль — ${pw}\n`, pw, GENERIC, { path: 'docs/runbook-ru.md' });
    expectFinding(`database:\n  κωδικός: "${pw}"\n`, pw, GENERIC, { path: 'config/config.yaml' });
    expectFinding(`vpn:\n  סיסמה: "${pw}"\n`, pw, GENERIC, { path: 'config/vpn.yaml' });
    expectFinding(`backup_passord: ${pw}\n`, pw, GENERIC, { path: 'group_vars/prod/vars.yml' });
    expectFinding(`    private const val 서명_키 = "${key}"\n`, key, GENERIC, { path: 'auth/TokenIssuer.kt' });
    expectFinding(`        'المفتاح_السري' => '${key}',\n`, key, GENERIC, { path: 'config/services.php' });
    expectFinding(`    static let paytrailSalainenAvain = "${key}"\n`, key, GENERIC, { path: 'Sources/Asetukset.swift' });
    expectNone(`    private const val 스키마_버전 = "${key}"\n`, GENERIC, 'db/Schema.kt');
    expectFinding(`    "HemligNyckel": "${key}",\n`, key, GENERIC, { path: 'se/lager/appsettings.Production.json' });
    expectFinding(`  "ma_truy_cap": "${key}",\n`, key, GENERIC, { path: 'vn/config/config.json' });
    expectFinding(`KATA_LALUAN=${pw}\n`, pw, GENERIC, { path: 'my/.env' });
    expectNone('Das Kennwort lautet wie im Tresor hinterlegt.\n', GENERIC, 'docs/Zugangsdaten.md');
    // Manual pages in other languages: a sentence about the password, passwd(5)'s fields.
    expectNone('Dieses Passwort wird dann verschl\\(:usselt und mit dem gespeicherten Passwort verglichen\\&.\n', GENERIC, 'man/de/passwd.1');
    expectNone('usernév:jelszó:UID:GID:valódi név:home mappa:shell\n', GENERIC, 'man/hu/passwd.5');
    expectNone('（帳號:密碼:使用者ID:組ID:一般的信息:目錄:shell）\n', GENERIC, 'man/zh_TW/passwd.5');
    // Elastic's encoded API key under its own name; a contract's address is no key.
    const encoded = Buffer.from(`${randomString(20)}:${randomString(22)}`).toString('base64');
    expectFinding(`output.elasticsearch:\n  api_key_encoded: "${encoded}"\n`, encoded, GENERIC, { path: 'filebeat.yml' });
    expectNone(`export const TOKEN_ADDRESS = "0x${randomString(40, HEX)}";\n`, GENERIC, 'hardhat.config.ts');
  });

  it("a monorepo's leftovers: a constant-time comparison with a literal password, pydantic's Field default; a browser's Segment key read from a public variable", () => {
    const pw = `${randomString(14)}!3j`;
    expectFinding(`Sidekiq::Web.use Rack::Auth::Basic do |user, password|\n  ActiveSupport::SecurityUtils.secure_compare(password, "${pw}")\nend\n`, pw, 'password-argument', { path: 'config/initializers/sidekiq.rb' });
    expectNone('  ActiveSupport::SecurityUtils.secure_compare(password, ENV.fetch("SIDEKIQ_PASSWORD"))\n', 'password-argument', 'config/initializers/sidekiq.rb');
    const key = randomString(40, HEX);
    expectFinding(`    wandb_api_key: str = Field(default="${key}", alias="WANDB_API_KEY")\n`, key, GENERIC, { path: 'app/settings.py' });
    expectNone('    wandb_api_key: str = Field(default="", alias="WANDB_API_KEY")\n', GENERIC, 'app/settings.py');
    expectNone(`export const analytics = AnalyticsBrowser.load({\n  writeKey: process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY ?? "${randomString(32)}",\n});\n`, 'env-fallback-secret', 'src/lib/analytics.ts');
  });
  it('other languages: a colon after the verb, particles glued to the name, API after the word, two-word names', () => {
    const pw = `${randomString(12)}!7q`;
    expectFinding(`- Das Passwort lautet: ${pw}\n`, pw, GENERIC, { path: 'docs/EINRICHTUNG.md' });
    expectFinding(`- Le mot de passe est : ${pw}\n`, pw, GENERIC, { path: 'docs/INSTALLATION.md' });
    expectFinding(`- パスワードは ${pw} です。\n`, pw, GENERIC, { path: 'docs/setup.md' });
    // Corner brackets quote a value, right after the word or after its particle.
    expectFinding(`管理画面はパスワード「${pw}」でログインしてください。\n`, pw, GENERIC, { path: 'docs/setup.md' });
    expectFinding(`- パスワードは『${pw}』です。\n`, pw, GENERIC, { path: 'docs/setup.md' });
    expectNone('- パスワードは「管理者に確認」してください。\n', GENERIC, 'docs/setup.md');
    expectFinding(`- 비밀번호는 ${pw} 입니다.\n`, pw, GENERIC, { path: 'docs/install.md' });
    expectFinding(`- كلمة المرور: ${pw}\n`, pw, GENERIC, { path: 'docs/setup.md' });
    expectFinding(`- رمز عبور: ${pw}\n`, pw, GENERIC, { path: 'docs/nasb.md' });
    expectFinding(`- Mật khẩu là: ${pw}\n`, pw, GENERIC, { path: 'docs/cai_dat.md' });
    expectFinding(`hasło = "${pw}"\n`, pw, GENERIC, { path: 'config/ustawienia.py' });
    const key = randomString(36);
    expectFinding(`- Github: Klucz API: \`${key}\`.\n`, key, GENERIC, { path: 'docs/INSTALACJA.md' });
    expectFinding(`razorpay_गुप्त_कुंजी = "${key}"\n`, key, GENERIC, { path: 'config/vinyas.py' });
    // Notes to fill in, written in the team's language; a public key in Thai.
    expectNone('wechat:\n  pay:\n    api-v3-key: 请填写APIv3密钥\n', GENERIC, 'src/main/resources/application-dev.yml');
    expectNone('VK_GROUP_TOKEN=vk1.a.ВАШ_ТОКЕН\n', GENERIC, '.env.example');
    expectNone(`const คีย์สาธารณะ = "${join('pkey', '_', randomString(19, LOWER_ALNUM))}";\n`, GENERIC, 'payment/omise.js');
    // Prose that talks about the password gives none.
    expectNone('> Das Passwort muss mindestens 12 Zeichen lang sein.\n', GENERIC, 'docs/EINRICHTUNG.md');
  });

  it('forms from the blind probes: versions in names, code-named labels in comments, shell defaults, bearer UUIDs, F# pairs', () => {
    const key = randomString(32);
    expectFinding(`    private static final String API_V3_KEY = "${key}";\n`, key, GENERIC, { path: 'pay/WxPayV3Config.java' });
    expectFinding(`WOMPI_INTEGRITY_SECRET = "prod_integrity_${key}"\n`, `prod_integrity_${key}`, GENERIC, { path: 'wompi/settings.py' });
    const hex = randomString(64, HEX);
    expectFinding(`MPESA_PASSKEY=${hex}\n`, hex, GENERIC, { path: '.env' });
    const hex32 = randomString(32, HEX);
    expectFinding(`# used by nightly sync api_key: ${hex32}\n`, hex32, GENERIC, { path: 'deploy/compose.yml' });
    // A comment's commit hash under no credential name is left alone.
    expectNone(`# commit: ${hex32}\n`, GENERIC, 'deploy/compose.yml');
    const pw = `${randomString(14)}-K`;
    expectFinding(`AMQP_URL="\${AMQP_URL:-amqps://orders:${pw}@mq.internal:5671}"\n`, pw, 'database-url-password', { path: 'bin/sync.sh' });
    const id = uuid();
    expectFinding(`curl -H "Authorization: Bearer ${id}" https://backboard.railway.app/graphql/v2\n`, id, 'http-bearer-token', { path: 'scripts/deploy.sh' });
    expectFinding(`let settings =\n    Map.ofList [\n      "twilio_api_secret", "${key}"\n    ]\n`, key, GENERIC, { path: 'tools/Config.fs' });
    // A user and its secret joined in one token (Milvus), a service's short mixed secret (Naver's are 10).
    const joined = `${randomString(14)}!q`;
    expectFinding(`client = MilvusClient(uri="http://milvus:19530", token="root:${joined}")\n`, `root:${joined}`, GENERIC, { path: 'bench.py' });
    const naver = distinctChars(8) + '4z';
    expectFinding(`NAVER_CLIENT_SECRET=${naver}\n`, naver, GENERIC, { path: '.env.production' });
    expectNone(`NAVER_CLIENT_ID=${naver}\n`, GENERIC, '.env.production');
  });

  it("real code's lookalikes stay quiet: schemas, resource names, locales, generated types, negative numbers, stubs", () => {
    expectNone('"KdcAdminPassword":{\n  "shape":"XmlStringMaxLen256",\n  "documentation":"<p>The password used by kadmin.</p>"\n}\n', GENERIC, 'botocore/data/emr/service-2.json');
    expectNone('$ gcloud pubsub topics update t --topic-encryption-key=projects/PROJECT_ID/locations/global/keyRings/RING/cryptoKeys/KEY\n', GENERIC, 'surface/pubsub/update.py');
    expectNone("    'sk':                                   'sk_SK.ISO8859-2',\n", GENERIC, 'lib/locale.py');
    expectNone("  outputConfig = _messages.MessageField('GoogleCloudAiplatformV1beta1OutputConfig', 4)\n# cohere\n", 'cohere-api-key', 'generated/aiplatform_messages.py');
    expectNone('NTE_INCORRECT_PASSWORD: Final = -2146893773\n', GENERIC, 'stubs/winerror.pyi');
    expectNone('    TokenAttributes: _win32typing.PySECURITY_ATTRIBUTES | None = ...,\n', GENERIC, 'stubs/win32security.pyi');
    expectNone('{"auth": {"client_token": "hmac-sha256:' + randomString(64, HEX) + '", "accessor": "hmac-sha256:' + randomString(64, HEX) + '"}}\n', GENERIC, 'logs/vault/audit.log');
    expectNone(`Parameters: {"authenticity_token"=>"${randomString(86)}==", "user"=>{"email"=>"a@b.c"}}\n`, GENERIC, 'log/production.log');
  });
  it("a password hash is a leak in a dump, information in seed data and in a role's definition", () => {
    const bcrypt = `$2b$12$${randomString(53, './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
    const row = `INSERT INTO users (id, email, password_hash) VALUES (7, 'ana@example.com', '${bcrypt}');\n`;
    expectFinding(row, bcrypt, 'password-hash', { path: 'backups/prod-2024-03-01.sql', severity: 'warning' });
    expectFinding(row, bcrypt, 'password-hash', { path: 'db/seeds/users.sql', severity: 'info' });
    const scram = `SCRAM-SHA-256$4096:${base64url(randomString(12))}$${randomString(43, BASE64_CHARS)}=:${randomString(43, BASE64_CHARS)}=`;
    expectFinding(`CREATE ROLE reporting LOGIN PASSWORD '${scram}';\n`, scram, 'password-hash', { path: 'warehouse/create_roles.sql', severity: 'info' });
  });
  it('apps and DSLs: getters that return a literal, fastlane statements, a secret after its id, a name in a code span', () => {
    const key = randomString(30);
    expectFinding(`+ (NSString *)mixpanelServiceSecret { return @"${key}"; }\n`, key, GENERIC, { path: 'App/AnalyticsKeys.m' });
    expectFinding(`struct Keys {\n    static var stripeSecretKey: String { return "${key}" }\n}\n`, key, GENERIC, { path: 'App/Keys.swift' });
    expectFinding(`struct Keys {\n    var apiSecret: String { "${key}" }\n}\n`, key, GENERIC, { path: 'App/Keys.swift' });
    // A getter of something else returns no secret.
    expectNone(`struct Keys {\n    var apiSecretName: String { "${key}" }\n}\n`, GENERIC, 'App/Keys.swift');
    const pw = `${randomString(16)}!2`;
    expectFinding(`git_url("https://github.com/acme/certs.git")\npassword("${pw}")\n`, pw, GENERIC, { path: 'fastlane/Matchfile' });
    // A call inside an expression is not the DSL's statement.
    expectNone(`ok = check(password("${pw}"), other)\n`, GENERIC, 'fastlane/Fastfile');
    const secret = join('as', '-', randomString(22));
    expectFinding(`modal_client = modal.Client.from_credentials("${join('ak', '-', randomString(22))}", "${secret}")\n`, secret, 'modal-token-secret', { path: 'sandbox/run.py' });
    const hex = randomString(32, HEX);
    expectFinding(`The \`RAILS_MASTER_KEY\` for staging on Render is \`${hex}\`.\n`, hex, GENERIC, { path: 'README.md' });
    expectNone(`            'key' => env('PUSHER_APP_KEY', '${randomString(20, HEX)}'),\n`, 'env-fallback-secret', 'config/broadcasting.php');
  });
  it("legacy stacks: web.xml parameters, keys decoded in place, Oracle logins, payment gateways' own names", () => {
    const pw = `${randomString(14)}_4q`;
    expectFinding(`<init-param>\n  <param-name>sftp.password</param-name>\n  <param-value>${pw}</param-value>\n</init-param>\n`, pw, GENERIC, { path: 'src/main/webapp/WEB-INF/web.xml' });
    expectNone(`<init-param>\n  <param-name>sftp.host</param-name>\n  <param-value>${pw}</param-value>\n</init-param>\n`, GENERIC, 'src/main/webapp/WEB-INF/web.xml');
    const hex = randomString(64, HEX);
    expectFinding(`$config['encryption_key'] = hex2bin('${hex}');\n`, hex, GENERIC, { path: 'application/config/config.php' });
    expectFinding(`USERID=system/${pw}@TSPROD\nFULL=Y\n`, pw, 'command-line-password', { path: 'scripts/exp_nightly.par' });
    expectFinding(`WHENEVER SQLERROR EXIT 1\nCONNECT ts_batch/${pw}@TSPROD\n`, pw, 'command-line-password', { path: 'scripts/refresh.sql' });
    expectNone('Use CONNECT to open a session as another user.\n', 'command-line-password', 'docs/sqlplus.md');
    const key = distinctChars(16);
    expectFinding(`Const AUTHNET_TRANKEY = "${key}"\n`, key, GENERIC, { path: 'includes/payment.asp' });
    const word = `${distinctChars(10)}#`;
    expectFinding(`$config['2co_secret_word'] = '${word}';\n`, word, GENERIC, { path: 'config/payment.php' });
    const signature = `A${randomString(55)}`;
    expectFinding(`    <property name="apiSignature" value="${signature}"/>\n`, signature, GENERIC, { path: 'src/main/resources/payments-context.xml' });
    // (Sixteen different hex digits: a random draw with many repeats falls under the entropy bar, as a real one may.)
    const license = [...'0123456789ABCDEF'].map(c => ({ c, k: randomString(8) })).sort((x, y) => (x.k < y.k ? -1 : 1)).map(x => x.c).join('');
    expectFinding(`$conf['uc_ups_access_license'] = '${license}';\n`, license, GENERIC, { path: 'sites/default/settings.php' });
    expectNone(`$conf['uc_ups_account_number'] = '${license}';\n`, GENERIC, 'sites/default/settings.php');
    // A distribution template's value is reported one level lower; a browser key by its PHP name is information.
    const secret = distinctChars(16);
    expectFinding(`\tpublic $secret = '${secret}';\n`, secret, GENERIC, { path: 'installation/configuration.php-dist', severity: 'info' });
    const browserKey = googleApiKey();
    expectFinding(`\t\t'browser_key' => '${browserKey}',\n`, browserKey, 'google-api-key', { path: 'mu-plugins/integrations.php', severity: 'info' });
  });
  it("a fintech's and a hobbyist's leftovers: an HSM's digit PIN, a key after its mode's label, a webhook's signature key; Plaid's Link token stays quiet", () => {
    // (The ten digits shuffled, and two more: a draw of many repeats is as weak as a default PIN.)
    const pin = [...'0123456789'].map(c => ({ c, k: randomString(8) })).sort((x, y) => (x.k < y.k ? -1 : 1)).map(x => x.c).join('') + randomString(2, DIGITS);
    expectFinding(`[token]\nlabel = cde-vault\nuser_pin = ${pin}\n`, pin, GENERIC, { path: 'hsm/pkcs11.conf' });
    expectNone(`[token]\nslot_id = ${pin}\n`, GENERIC, 'hsm/pkcs11.conf');
    const persona = `persona_production_${uuid()}`;
    expectFinding(`PERSONA_API_KEY = "${persona}"\n`, persona, GENERIC, { path: 'kyc/settings.py' });
    const signature = distinctChars(22);
    expectFinding(`  squareSignatureKey: process.env.SQUARE_SIGNATURE_KEY ?? '${signature}',\n`, signature, 'env-fallback-secret', { path: 'src/config.ts' });
    expectNone(`  linkToken = 'link-sandbox-${uuid()}';\n`, GENERIC, 'src/app/plaid-link.component.ts');
  });
  it("a Postman collection's auth: the apikey's value and a bearer token; its variables and header names stay quiet", () => {
    const key = randomString(40);
    const collection = (value: string) => `{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n      { "key": "key", "value": "X-Partner-Key", "type": "string" },\n      { "key": "value", "value": "${value}", "type": "string" }\n    ]\n  }\n}\n`;
    expectFinding(collection(key), key, GENERIC, { path: 'api-tests/Partner.postman_collection.json' });
    expectNone(collection('{{partner_key}}'), GENERIC, 'api-tests/Partner.postman_collection.json');
    const token = randomString(36);
    expectFinding(`{\n  "bearer": [\n    { "value": "${token}", "key": "token", "type": "string" }\n  ]\n}\n`, token, GENERIC, { path: 'api-tests/Orders.postman_collection.json' });
  });
  it("Rails' encryption primary key under its section, and plural maps with their type written; a table's primary key stays quiet", () => {
    const primary = distinctChars(32);
    expectFinding(`production:\n  active_record_encryption:\n    primary_key: ${primary}\n`, primary, GENERIC, { path: 'config/credentials/production.yml' });
    expectNone(`users:\n  schema:\n    primary_key: ${primary}\n`, GENERIC, 'config/tables.yml');
    const partner = distinctChars(32);
    expectFinding(`export const PARTNER_KEYS: Record<string, string> = {\n  globex: "${partner}",\n};\n`, partner, GENERIC, { path: 'src/partners.ts' });
    expectFinding(`PARTNER_TOKENS: dict[str, str] = {\n    "globex": "${partner}",\n}\n`, partner, GENERIC, { path: 'app/partners.py' });
    expectNone(`export const PARTNER_KEYS: Record<string, string> = {\n  globex: "partner-globex",\n};\n`, GENERIC, 'src/partners.ts');
  });
  it("a Consul KV export's base64 values, Stata's macros, Arduino's SECRET_ names; an export's flags and placeholders stay quiet", () => {
    // (A mark in it, as a generated password has: a draw of letters alone may read as camel-case words.)
    const pw = `${distinctChars(15)}#`;
    const encoded = Buffer.from(pw).toString('base64');
    const entry = (key: string, value: string) => `[\n  {\n    "key": "${key}",\n    "flags": 0,\n    "value": "${value}"\n  }\n]\n`;
    expectFinding(entry('config/orders/prod/db.password', encoded), encoded, GENERIC, { path: 'platform/consul/kv-export.json' });
    expectNone(entry('config/orders/prod/db.password', Buffer.from('changeme').toString('base64')), GENERIC, 'platform/consul/kv-export.json');
    expectNone(entry('config/orders/prod/cache.ttl', encoded), GENERIC, 'platform/consul/kv-export.json');
    const key = randomString(32, HEX);
    expectFinding(`global DATA "/data/econ/panel"\nglobal FRED_KEY "${key}"\n`, key, GENERIC, { path: 'econ/setup.do' });
    expectFinding(`local wrds_pass "${pw}"\n`, pw, GENERIC, { path: 'econ/load.do' });
    expectNone(`global WRDS_PASS "$WRDS_PASS_ENV"\n`, GENERIC, 'econ/setup.do');
    // (Twenty distinct characters, letters and digits mixed as a device key's are: a draw with repeats or few
    // digits falls under the bar for a name this weak about one time in six.)
    const [letters, digits] = [distinctChars(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), distinctChars(10, '0123456789')];
    const device = [...letters].map((c, k) => c + digits[k]).join('');
    expectFinding(`#define SECRET_SSID "FarmNet"\n#define SECRET_DEVICE_KEY "${device}"\n`, device, GENERIC, { path: 'firmware/arduino_secrets.h' });
    expectNone(`#define DEVICE_KEY "${device}"\n`, GENERIC, 'firmware/config.h');
  });
  it("a key given to a call on a service's module, and a setter named for the key; another module's key stays quiet", () => {
    const key = `385590:${uuid()}`;
    expectFinding(`c = cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key="${key}")\n`, key, GENERIC, { path: 'era5/download.py' });
    expectNone(`c = cache.Client(url="redis://localhost", key="${key}")\n`, GENERIC, 'era5/download.py');
    const entrez = randomString(36, HEX);
    expectFinding(`library(rentrez)\nset_entrez_key("${entrez}")\n`, entrez, GENERIC, { path: 'R/fetch_sequences.R' });
    expectNone(`cached <- get_cache_key("${entrez}")\n`, GENERIC, 'R/fetch_sequences.R');
  });
  it("a YAML sequence under a secret's name: each item is one (Django's fallbacks, a Unity asset's keys); public keys and references stay quiet", () => {
    const [a, b] = [randomString(40, HEX), distinctChars(32)];
    const unity = `%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  gameKey:\n  - ${randomString(32, HEX)}\n  secretKey:\n  - ${a}\n`;
    expectFinding(unity, a, GENERIC, { path: 'Assets/GameAnalytics/Resources/GameAnalytics/Settings.asset' });
    expectFinding(`SECRET_KEY_FALLBACKS:\n  - ${b}\n`, b, GENERIC, { path: 'deploy/values-prod.yaml' });
    expectNone(`ssh_authorized_keys:\n  - ssh-ed25519 ${randomString(68, BASE64_CHARS)} ops@bastion\n`, GENERIC, 'cloud-init/user-data.yaml');
    expectNone(`api_keys:\n  - "{{ vault_partner_key }}"\n  - \${PARTNER_KEY}\n`, GENERIC, 'deploy/values-prod.yaml');
  });
  it("an ESP-IDF NVS partition CSV's password rows; its SSID and calibration rows stay quiet", () => {
    const pw = `${distinctChars(12)}!`;
    const csv = (row: string) => `key,type,encoding,value\ngateway,namespace,,\nwifi_ssid,data,string,Barn-Gateway\n${row}\ncal_offset,data,hex2bin,${randomString(24, HEX)}\n`;
    expectFinding(csv(`wifi_pass,data,string,${pw}`), pw, GENERIC, { path: 'firmware/gateway/nvs_keys.csv' });
    expectNone(csv('hw_rev,data,u8,3'), GENERIC, 'firmware/gateway/nvs_keys.csv');
  });
  it("Go's map literals under a secret's name: each value is one, byte slices too; a map of other things stays quiet", () => {
    const [hex, pw] = [randomString(64, HEX), `${distinctChars(16)}*`];
    expectFinding(`var sharedKeys = map[string][]byte{\n\t"tracking-gateway": []byte("${hex}"),\n}\n`, hex, GENERIC, { path: 'internal/auth/hmac.go' });
    expectFinding(`\treturn Config{\n\t\tBasicAuth: map[string]string{\n\t\t\t"carrier-dhl": "${pw}",\n\t\t},\n\t}\n`, pw, GENERIC, { path: 'cmd/gateway/main.go' });
    expectNone(`var routes = map[string]string{\n\t"tracking-gateway": "${hex}",\n}\n`, GENERIC, 'internal/auth/hmac.go');
  });
  it("a Keycloak export's typed credential: a password's value; a masked one and other types stay quiet", () => {
    const pw = `${distinctChars(18)}~`;
    const user = (type: string, value: string) => `{\n  "users": [{\n    "username": "svc-monitoring",\n    "credentials": [{"type": "${type}", "value": "${value}", "temporary": false}]\n  }]\n}\n`;
    expectFinding(user('password', pw), pw, GENERIC, { path: 'keycloak/users/service-accounts.json' });
    expectNone(user('password', '**********'), GENERIC, 'keycloak/users/service-accounts.json');
    expectNone(user('otp-policy', pw), GENERIC, 'keycloak/users/service-accounts.json');
  });
  it("wrapped values: base64 a name declares, credentials encoded by .NET, a bundler's JSON.stringify, a key in its parent's one-line object", () => {
    const token = distinctChars(40);
    // (A finding in an encoded document lands on the whole literal.)
    const env = Buffer.from(`ORDERS_ENV=production\nGRAFANA_PASSWORD=${token}\n`).toString('base64');
    expectFinding(`resource "aws_instance" "worker" {\n  user_data_base64 = "${env}"\n}\n`, env, GENERIC, { path: 'infra/workers.tf' });
    expectFinding(`write_files:\n  - path: /etc/orders/env\n    encoding: b64\n    content: ${env}\n`, env, GENERIC, { path: 'cloud-init/user-data.yaml' });
    expectNone(`resource "aws_instance" "worker" {\n  user_data_base64 = "${Buffer.from('#!/bin/sh\necho hello world from the worker\n').toString('base64')}"\n}\n`, GENERIC, 'infra/workers.tf');
    const pw = `${distinctChars(12)}#.`;
    expectFinding(`$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("svc-build:${pw}"))\n`, pw, 'password-argument', { path: 'scripts/Register-Agent.ps1' });
    expectFinding(`      'process.env.ADMIN_API_TOKEN': JSON.stringify('${token}'),\n`, token, GENERIC, { path: 'web/webpack.config.js' });
    expectNone(`      'process.env.ADMIN_API_TOKEN': JSON.stringify(process.env.ADMIN_API_TOKEN),\n`, GENERIC, 'web/webpack.config.js');
    expectFinding(`{\n  "Jwt": { "Key": "${token}" }\n}\n`, token, GENERIC, { path: 'src/Orders.Api/appsettings.Production.json' });
    expectNone(`{\n  "Cache": { "Key": "${token}" }\n}\n`, GENERIC, 'src/Orders.Api/appsettings.Production.json');
  });
  it("salts and hashes: Flask-Security's password salt is a secret, a Jupyter password hash is information; a Datadog client token and a site key are public", () => {
    const salt = distinctChars(24);
    expectFinding(`class Config:\n    SECURITY_PASSWORD_SALT = "${salt}"\n`, salt, GENERIC, { path: 'reports/config.py' });
    expectFinding(`$config = [\n    'secretsalt' => '${salt}',\n];\n`, salt, GENERIC, { path: 'simplesamlphp/config/config.php' });
    const argon = `argon2:$argon2id$v=19$m=10240,t=10,p=8$${randomString(22, BASE64_CHARS)}$${randomString(43, BASE64_CHARS)}`;
    expectFinding(`c.PasswordIdentityProvider.hashed_password = "${argon}"\n`, argon.slice('argon2:'.length), 'password-hash', { path: 'home/.jupyter/jupyter_server_config.py', severity: 'info' });
    expectNone(`  dd_client_token: "pub${randomString(32, HEX)}"\n`, GENERIC, 'deploy/values-prod.yaml');
    expectNone(`CLOUDFLARE_API_TOKEN: \${CF_TOKEN}\nRECAPTCHA_SITE_KEY: '6L${distinctChars(38)}'\n`, 'cloudflare-api-token', 'deploy/secrets.env.yaml');
  });
  it("cloud templates: CloudFormation's parameter files and SecretString JSON, ARM parameter values, an app spec's scoped pairs; ciphertext stays quiet", () => {
    const pw = `${distinctChars(16)}*`;
    expectFinding(`[\n  { "ParameterKey": "Environment", "ParameterValue": "prod" },\n  { "ParameterKey": "MasterUserPassword", "ParameterValue": "${pw}" }\n]\n`, pw, GENERIC, { path: 'cfn/parameters/prod.json' });
    expectNone(`[\n  { "ParameterKey": "MasterUserPassword", "ParameterValue": "{{resolve:secretsmanager:prod/db}}" }\n]\n`, GENERIC, 'cfn/parameters/prod.json');
    expectFinding(`      SecretString: '{"username":"payments_admin","password":"${pw}"}'\n`, pw, GENERIC, { path: 'cfn/templates/database.yaml' });
    expectFinding(`{\n  "parameters": {\n    "adminPassword": { "value": "${pw}" }\n  }\n}\n`, pw, GENERIC, { path: 'arm/azuredeploy.parameters.json' });
    const secret = distinctChars(43);
    expectFinding(`envs:\n  - key: SPACES_SECRET\n    scope: RUN_TIME\n    value: ${secret}\n`, secret, GENERIC, { path: '.do/app.yaml' });
    expectNone(`envs:\n  - key: GRAFANA_TOKEN\n    type: SECRET\n    value: EV[1:${distinctChars(32)}:${distinctChars(50)}]\n`, GENERIC, '.do/app.yaml');
  });
  it("constants with `::`: Odin's and Jai's, Julia's typed fields; Haskell's signatures stay quiet", () => {
    const key = randomString(32, HEX);
    expectFinding(`STEAM_WEB_API_KEY :: "${key}"\n`, key, GENERIC, { path: 'src/net/config.odin' });
    const secret = distinctChars(40);
    expectFinding(`PLAYFAB_SECRET : string : "${secret}"\n`, secret, GENERIC, { path: 'src/net/config.odin' });
    expectFinding(`Base.@kwdef struct WandbConfig\n    api_key::String = "${key}"\nend\n`, key, GENERIC, { path: 'scripts/fetch_data.jl' });
    expectNone(`apiKey :: String\napiKey = "not-set"\n`, GENERIC, 'src/Config.hs');
  });
  it("apps' own Maps keys are information (iOS, Cordova, smali, Angular, the Secrets Gradle Plugin); an Agora app certificate is a secret; a search key is no Twilio token", () => {
    const key = googleApiKey();
    const info = (text: string, path: string) => expectFinding(text, key, 'google-api-key', { path, severity: 'info' });
    info(`  [GMSServices provideAPIKey:@"${key}"];\n`, 'ios/parcelhub/AppDelegate.mm');
    info(`    <preference name="GOOGLE_MAPS_ANDROID_API_KEY" value="${key}" />\n`, 'cordova/eventpass/config.xml');
    info(`.field public static final MAPS_KEY:Ljava/lang/String; = "${key}"\n`, 'smali/com/acme/rider/config/ApiKeys.smali');
    info(`export const environment = {\n  googleMapsKey: '${key}',\n};\n`, 'src/environments/environment.ts');
    info(`MAPS_API_KEY=${key}\n`, 'android/secrets.properties');
    info(`const config = {\n  firebase: {\n    apiKey: '${key}',\n    projectId: 'coupon-hunter-ext',\n  },\n};\n`, 'extension/bg.js');
    expectFinding(`MAPS_API_KEY=${key}\n`, key, 'google-api-key', { path: 'server/.env', severity: 'warning' });
    const cert = randomString(32, HEX);
    expectFinding(`<meta-data\n    android:name="com.hikerapp.AGORA_APP_CERTIFICATE"\n    android:value="${cert}" />\n`, cert, GENERIC, { path: 'android/app/src/main/AndroidManifest.xml' });
    expectNone(`const twilio = require('twilio');\nconst config = {\n  algolia: { appId: 'D6NIM9XC9B', searchKey: '${randomString(32, HEX)}' },\n};\n`, 'twilio-auth-token', 'src/config/index.ts');
  });
  it("Lisps' keywords and namespaced names, R's raw strings, Tcl's dict set; lookups in the same forms stay quiet", () => {
    const [key, pw] = [randomString(40, HEX), `${distinctChars(14)}~`];
    expectFinding(`(defparameter *accounts*\n  '((:name "scrapingbee" :api-key "${key}")))\n`, key, GENERIC, { path: 'src/config.lisp' });
    expectFinding(`(define db-config\n  (hash 'user "racket_app"\n        'password "${pw}"))\n`, pw, GENERIC, { path: 'server.rkt' });
    expectFinding(`(defvar my/smtp-password "${pw}"\n  "Password for work SMTP.")\n`, pw, GENERIC, { path: 'emacs.d/init.el' });
    expectNone(`(defvar my/smtp-password (getenv "SMTP_PASSWORD"))\n`, GENERIC, 'emacs.d/init.el');
    expectFinding(`qualtrics <- list(\n  token = r"(${key})",\n  datacenter = "fra1"\n)\n`, key, GENERIC, { path: 'R/warehouse.R' });
    const secret = `${distinctChars(39)}+`;
    expectFinding(`dict set creds aws_secret "${secret}"\n`, secret, GENERIC, { path: 'net-tools/client.tcl' });
  });
  it("a properties line whose value opens with `=`; code comparing with `==` stays quiet", () => {
    // (A digit in it, as a generated password has: `=` and letters alone read as a formula.)
    const pw = `=${distinctChars(15)}7#`;
    expectFinding(`connector.name=postgresql\nconnection-user=trino_ro\nconnection-password=${pw}\n`, pw, GENERIC, { path: 'etc/catalog/postgresql.properties' });
    expectNone(`if (token==${distinctChars(16)}) { return; }\n`, GENERIC, 'src/check.js');
    expectNone(`a.token==b.token&&c()\n`, GENERIC, 'dist/app.min.js');
  });
  it("a service's own credential name carries a UUID (PhonePe's salt key); a UUID under an id's name stays quiet", () => {
    const salt = uuid();
    expectFinding(`    private const string SaltKey = "${salt}";\n`, salt, GENERIC, { path: 'PhonePeGateway/PhonePeClient.cs' });
    expectNone(`    private const string MerchantTxnId = "${salt}";\n`, GENERIC, 'PhonePeGateway/PhonePeClient.cs');
    // (An admin token and a signature key say which credential too: Marqeta's and Checkout.com's are UUIDs.)
    expectFinding(`\treturn &Client{\n\t\tadminToken: "${salt}",\n\t}\n`, salt, GENERIC, { path: 'internal/marqeta/client.go' });
    expectFinding(`const webhookSignatureKey = "${salt}"\n`, salt, GENERIC, { path: 'internal/cko/client.go' });
    expectNone(`\treturn &Client{\n\t\tprojectToken: "${salt}",\n\t}\n`, GENERIC, 'internal/marqeta/client.go');
  });
  it("prose in other languages: whose before the verb or the colon, a system's name before the colon, an arrow; rules of thumb stay quiet", () => {
    const pw = `${distinctChars(14)}*9`;
    const notes = (line: string) => expectFinding(`# Notes\n\n${line}\n`, pw, GENERIC, { path: 'notes/2024-04-03.md' });
    notes(`Das Passwort für die Staging-Datenbank lautet \`${pw}\`.`);
    notes(`- Kennwort für den SFTP-Zugang: ${pw}`);
    notes(`Le mot de passe de la base de préproduction est \`${pw}\`.`);
    notes(`- Mot de passe SFTP : ${pw}`);
    notes(`Пароль от тестовой базы: \`${pw}\`.`);
    notes(`- Jenkins admin password -> ${pw}`);
    notes(`The reporting user's password (\`${pw}\`) was set up in 2022.`);
    expectFinding(`# Notes\n\n- Zugangsdaten -> Benutzer \`deploy\` / \`${pw}\`\n`, pw, 'login-pair-in-prose', { path: 'notes/2024-04-03.md' });
    for (const quiet of ['Das Passwort für die Datenbank lautet wie immer.', '- Password policy: minimum twelve characters', 'Token expiry: 2024-05-01T12:00:00Z']) {
      expectNone(`# Notes\n\n${quiet}\n`, GENERIC, 'notes/2024-04-03.md');
    }
  });
  it("legacy stacks, continued: mod_perl's PerlSetVar and connect_on_init, .htaccess SetEnv, reCAPTCHA's private key, an encryption salt, an Oracle link over lines", () => {
    const pw = `${distinctChars(14)}*1`;
    expectFinding(`<Location /track>\n    PerlSetVar DBUser tracking\n    PerlSetVar DBPassword ${pw}\n</Location>\n`, pw, GENERIC, { path: 'conf/httpd-tracking.conf' });
    expectFinding(`AuthType Basic\nSetEnv DB_PASSWORD ${pw}\n`, pw, GENERIC, { path: 'public_html/.htaccess' });
    expectFinding(`Apache::DBI->connect_on_init(\n    "DBI:mysql:database=tracking;host=db1",\n    "tracking_mp",\n    "${pw}",\n    { RaiseError => 0 }\n);\n`, pw, 'password-argument', { path: 'conf/startup.pl' });
    const captcha = `6L${distinctChars(38)}`;
    expectFinding(`$config['recaptcha_private'] = '${captcha}';\n`, captcha, GENERIC, { path: 'includes/config.php' });
    expectNone(`$config['recaptcha_public'] = '${captcha}';\n`, GENERIC, 'includes/config.php');
    const salt = distinctChars(24);
    expectFinding(`define('ENCRYPTION_SALT', '${salt}');\n`, salt, GENERIC, { path: 'includes/config.php' });
    expectFinding(`CREATE DATABASE LINK legacy_ar\n  CONNECT TO ar_reader IDENTIFIED BY "${pw}"\n  USING 'ARPRD';\n`, pw, 'sql-password', { path: 'oracle/sql/create_links.sql' });
  });
  it("passphrases under a password's name (a number glued to the last word, dots), snake-case setters", () => {
    for (const phrase of ['quill-kelp-sierra-bramble72', 'tundra_willow_garnet_timber92', 'heron.russet.quarry.amber']) {
      expectFinding(`GATEWAY_PASSWORD: "${phrase}"\n`, phrase, GENERIC, { path: 'deploy/values.yaml' });
    }
    expectNone('GATEWAY_PASSWORD: "user.account.status.code"\n', GENERIC, 'deploy/values.yaml');
    expectNone('  "senha": "coloque_sua_chave_aqui",\n', GENERIC, 'src/Api/appsettings.json');
    expectNone('CACHE_NAMESPACE: "heron.russet.quarry.amber"\n', GENERIC, 'deploy/values.yaml');
    const pw = `${distinctChars(14)}*+`;
    expectFinding(`client = VendorClient()\nclient.set_password("${pw}")\n`, pw, GENERIC, { path: 'reports/clients/vendor.py' });
    expectNone('client.set_password(getpass.getpass("Vendor password: "))\n', GENERIC, 'reports/clients/vendor.py');
  });
  it("C#'s auto-properties with an initializer, VNPay's hash secret; a property without one and a hash stay quiet", () => {
    const key = distinctChars(32);
    expectFinding(`public class MomoOptions\n{\n    public string SecretKey { get; set; } = "${key}";\n}\n`, key, GENERIC, { path: 'src/Momo/MomoOptions.cs' });
    expectFinding(`    public string ApiToken { get; private set; } = "${key}";\n`, key, GENERIC, { path: 'src/Options.cs' });
    expectNone(`    public string SecretKey { get; set; }\n    public string Endpoint { get; set; } = "${key}";\n`, GENERIC, 'src/Momo/MomoOptions.cs');
    const secret = distinctChars(32).toUpperCase().replace(/[^A-Z]/g, 'Q');
    expectFinding(`const (\n\tTmnCode    = "Z8N0TT0F"\n\tHashSecret = "${secret}"\n)\n`, secret, GENERIC, { path: 'internal/vnpay/vnpay.go' });
    expectNone(`const (\n\tHashAlgorithm = "HMACSHA512"\n\tHashValue = "${randomString(64, HEX)}"\n)\n`, GENERIC, 'internal/vnpay/vnpay.go');
  });
  it("prose, continued: a sign-in pair without code spans, dotted leaders, AWS's words for its secret key; paths and ratios stay quiet", () => {
    const pw = `${distinctChars(12)}?4`;
    expectFinding(`Hi Priya,\n\nhere you go, creds -> svc-staging / ${pw}\n`, pw, 'login-pair-in-prose', { path: 'mail/2024-03-20_Re_staging_access.eml' });
    expectFinding(`[Internal note] Reproduced on staging with admin / ${pw}\n`, pw, 'login-pair-in-prose', { path: 'support/ticket-88213.txt' });
    expectNone('Copy the files from src / dist into the release folder with admin / build steps.\n', 'login-pair-in-prose', 'docs/release.md');
    const key = distinctChars(40);
    expectFinding(`    API Key ......................... ${key}\n`, key, GENERIC, { path: 'docs/pdf-extracted/Integration_Guide.txt' });
    const secret = `${distinctChars(39)}/`;
    expectFinding(`  (a) AWS programmatic access:\n      Secret access key ${secret}\n`, secret, GENERIC, { path: 'docs/pdf-extracted/Statement_of_Work.txt' });
  });
  it("ColdFusion's scoped names (application.paymentGatewayKey), phpMyAdmin's controlpass; another scope's id stays quiet", () => {
    const key = distinctChars(32);
    expectFinding(`<cfcomponent>\n    <cffunction name="onApplicationStart">\n        <cfset application.paymentGatewayKey = "${key}">\n    </cffunction>\n</cfcomponent>\n`, key, GENERIC, { path: 'alumni-portal/Application.cfc' });
    expectNone(`        <cfset application.paymentGatewayId = "${key}">\n`, GENERIC, 'alumni-portal/Application.cfc');
    expectNone(`    <cfset variables.worldpayClientKey = "L_C_${uuid()}">\n`, GENERIC, 'lib/Payment.cfc');
    const pw = `${distinctChars(14)}*+`;
    expectFinding(`$cfg['Servers'][$i]['controluser'] = 'pma';\n$cfg['Servers'][$i]['controlpass'] = '${pw}';\n`, pw, GENERIC, { path: 'tools/phpmyadmin/config.inc.php' });
  });
  it("regional, continued: Huawei's withSk builder, ZaloPay's numbered keys, Flutterwave's secret hash; a numbered cache key stays quiet", () => {
    const sk = distinctChars(40);
    expectFinding(`    return new BasicCredentials()\n        .withAk("${randomString(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}")\n        .withSk("${sk}");\n`, sk, GENERIC, { path: 'ops/scripts/HuaweiSmn.java' });
    const key = distinctChars(32);
    expectFinding(`ZALOPAY_KEY2 = "${key}"\n`, key, GENERIC, { path: 'scripts/zalopay_callback.py' });
    expectNone(`CACHE_KEY2 = "${key}"\n`, GENERIC, 'scripts/zalopay_callback.py');
    const hash = distinctChars(20);
    expectFinding(`FLW_SECRET_HASH=${hash}\n`, hash, GENERIC, { path: 'africa-pay/.env' });
    expectNone(`SECRET_HASH = "${hash}"\n`, GENERIC, 'cognito/auth.py');
  });
  it("an on-call service's routing key under its receiver (Alertmanager's pagerduty_configs); a router's routing key stays quiet", () => {
    const key = distinctChars(32);
    expectFinding(`receivers:\n  - name: pagerduty-critical\n    pagerduty_configs:\n      - routing_key: ${key}\n`, key, GENERIC, { path: 'monitoring/alertmanager/alertmanager.yml' });
    expectNone(`exchange:\n  bindings:\n    - routing_key: ${key}\n`, GENERIC, 'rabbitmq/definitions.yml');
  });
  it("a long value in an XML setting's attributes (NuGet's ClearTextPassword holding an API key of 120 characters)", () => {
    const key = `${distinctChars(40)}-${distinctChars(40)}-${distinctChars(38)}`;
    const config = (value: string) => `<configuration>\n  <packageSourceCredentials>\n    <telerik>\n      <add key="Username" value="api-key" />\n      <add key="ClearTextPassword" value="${value}" />\n    </telerik>\n  </packageSourceCredentials>\n</configuration>\n`;
    expectFinding(config(key), key, GENERIC, { path: 'AppData/Roaming/NuGet/NuGet.Config' });
    expectNone(config('%TELERIK_NUGET_KEY%'), GENERIC, 'AppData/Roaming/NuGet/NuGet.Config');
  });
  it("devices: a symmetric key, LoRaWAN's session keys, a C array named pass, a numbered STA_PASS, an app password's groups in code; a cipher string stays quiet", () => {
    const sym = `${randomString(43, BASE64_CHARS)}=`;
    expectFinding(`#define IOT_CONFIG_DEVICE_SYMMETRIC_KEY "${sym}"\n`, sym, GENERIC, { path: 'src/iot_config.h' });
    const nwk = randomString(32, 'ABCDEF0123456789');
    expectFinding(`static const char *NWK_S_KEY = "${nwk}";\n`, nwk, GENERIC, { path: 'src/lorawan_keys.h' });
    const pw = `${distinctChars(10)}7428`;
    expectFinding(`char ssid[] = "Garage-2G";\nchar pass[] = "${pw}";\n`, pw, GENERIC, { path: 'pool_pump/pool_pump.ino' });
    expectFinding(`#undef  STA_PASS1\n#define STA_PASS1         "${pw}"\n`, pw, GENERIC, { path: 'tasmota/user_config_override.h' });
    const app = Array.from({ length: 4 }, (_, i) => randomString(4, 'abcdefghijklmnopqrstuvwxyz', 90 + i)).join(' ');
    expectFinding(`#define AUTHOR_PASSWORD "${app}"\n`, app, GENERIC, { path: 'src/credentials.h' });
    expectNone('#define AUTHOR_PASSWORD "abcd efgh ijkl mnop"\n', GENERIC, 'src/credentials.h');
    const cipher = `2.${randomString(22, BASE64_CHARS)}==|${randomString(86, BASE64_CHARS)}==|${randomString(43, BASE64_CHARS)}=`;
    expectNone(`{\n  "keys": {\n    "cryptoSymmetricKey": {\n      "encrypted": "${cipher}"\n    }\n  }\n}\n`, GENERIC, '.config/Bitwarden CLI/data.json');
  });
  it("an INI section of secrets under a plural name, each entry one, its name a service's or not; a section of other keys stays quiet", () => {
    const hex = randomString(32, HEX);
    expectFinding(`[server]\nhost: 0.0.0.0\n\n[api_keys]\nspoolman: ${hex}\n`, hex, GENERIC, { path: 'printer_data/config/moonraker.secrets' });
    expectFinding(`api_keys:\n  spoolman: ${hex}\n`, hex, GENERIC, { path: 'config/secrets.yaml' });
    expectNone(`[ssh_keys]\nspoolman: ${hex}\n`, GENERIC, 'printer_data/config/moonraker.secrets');
    expectNone(`[api_keys]\nspoolman: \${SPOOLMAN_KEY}\n`, GENERIC, 'printer_data/config/moonraker.secrets');
  });
  it("a stack's outputs name their values (CloudFormation's OutputKey and OutputValue); an output of an id stays quiet", () => {
    const psk = distinctChars(22);
    const outputs = (key: string, value: string) => `{\n  "Outputs": [\n    {\n      "OutputKey": "${key}",\n      "OutputValue": "${value}",\n      "Description": "for tunnel 1"\n    }\n  ]\n}\n`;
    expectFinding(outputs('Tunnel1PreSharedKey', psk), psk, GENERIC, { path: 'infra/cloudformation/describe-stacks-vpn.json' });
    expectNone(outputs('VpcId', `vpc-${randomString(17, HEX)}`), GENERIC, 'infra/cloudformation/describe-stacks-vpn.json');
  });
  it("an auth value aligned under its name (HCL locals, a Jenkinsfile's environment); a device's map of security keys, each one", () => {
    const basic = Buffer.from(`ingest:${distinctChars(18)}*`).toString('base64');
    expectFinding(`locals {\n  grafana_auth       = "${basic}"\n  retention_days     = 30\n}\n`, basic, GENERIC, { path: 'infra/terraform/modules/rds/main.tf' });
    const keys = [randomString(32, 'ABCDEF0123456789'), randomString(32, 'ABCDEF0123456789')];
    const settings = `{\n  "zwave": {\n    "securityKeys": {\n      "S2_Authenticated": "${keys[0]}",\n      "S0_Legacy": "${keys[1]}"\n    }\n  }\n}\n`;
    const found = scanText(settings, { path: 'zwave-js-ui/store/settings.json' }).filter(f => f.ruleId === GENERIC);
    assert.deepStrictEqual(found.map(f => settings.slice(f.range.start.offset, f.range.end.offset)), keys);
    expectNone(`{\n  "securityKeys": {\n    "S2_Authenticated": "\${ZWAVE_S2_KEY}"\n  }\n}\n`, GENERIC, 'zwave-js-ui/store/settings.json');
  });
  it("Spring Security's remember-me key under its section; a section's other key stays quiet", () => {
    const key = `${randomString(43, BASE64_CHARS)}=`;
    expectFinding(`security:\n  remember-me:\n    key: ${key}\n    token-validity-seconds: 1209600\n`, key, GENERIC, { path: 'src/main/resources/application.yml' });
    expectNone(`cache:\n  layout:\n    key: ${key}\n`, GENERIC, 'src/main/resources/application.yml');
  });
  it("an XML element named by a namespaced Name attribute holds its value (SSIS's DTS:Name, its attributes a line each); another property stays quiet", () => {
    const pw = `${distinctChars(12)}!`, ftp = `${distinctChars(16)}_`;
    const dtsx = `<DTS:ConnectionManager>\n  <DTS:Password\n    DTS:Name="Password"\n    Sensitive="1">${pw}</DTS:Password>\n  <DTS:Property DTS:Name="ServerPassword" Sensitive="1">${ftp}</DTS:Property>\n  <DTS:Property DTS:Name="ServerName">${distinctChars(16)}</DTS:Property>\n</DTS:ConnectionManager>\n`;
    const found = scanText(dtsx, { path: 'ssis/LoadSales/LoadSales.dtsx' }).filter(f => f.ruleId === GENERIC);
    assert.deepStrictEqual(found.map(f => dtsx.slice(f.range.start.offset, f.range.end.offset)), [pw, ftp]);
  });
  it('notes in other languages and wiki markup: mdp, a wireless key, sign-ins under other words, values set in braces, bold or tags', () => {
    const pw = `Tb6#qLz!9wXr${randomString(4)}`;
    expectFinding(`- Compte de service pour les sauvegardes : svc_bkp / mdp : ${pw}\n`, pw, GENERIC, { path: 'handover/passation.txt' });
    const wifi = `Marmotte-Glacier-Velours-${randomString(2, DIGITS)}`;
    expectFinding(`SSID "ADM-Bureaux" — clé WPA2 : "${wifi}"\n`, wifi, GENERIC, { path: 'handover/passation.txt' });
    expectFinding(`Guest network, WPA2 key: ${wifi}\n`, wifi, GENERIC, { path: 'office/info.txt' });
    expectNone('la clé USB est dans le tiroir du bureau 3\n', GENERIC, 'handover/passation.txt');
    // A sign-in under another language's word (Zugang, логин), or set in MediaWiki's bold.
    expectFinding(`Der Zugang zum Core-Switch (Aruba 6300M) ist \`manager\` / \`${pw}\`\n`, pw, 'login-pair-in-prose', { path: 'handover/uebergabe.md' });
    expectFinding(`- Логин/пароль к панели: ops@example-ops.ru / ${pw}\n`, pw, 'login-pair-in-prose', { path: 'handover/peredacha.md' });
    expectFinding(`The router's admin login is '''admin / ${pw}'''.\n`, pw, 'login-pair-in-prose', { path: 'wiki/Office_Network.wiki' });
    // (The pair may open the next line.)
    expectFinding(`Until SSO lands the shared staging console login is\n\`qa-admin\` / \`${pw}\` (rotate after the demo).\n`, pw, 'login-pair-in-prose', { path: 'README.md' });
    expectFinding(`- Acme wants read-only dashboards. Created a Grafana viewer account for them:\n  \`acme-view\` / \`${pw}\` (sent via Bitwarden Send)\n`, pw, 'login-pair-in-prose', { path: 'meetings/weekly-ops.md' });
    // A remark in parentheses before the colon; Confluence's monospace braces; a page's inline elements.
    const token = `u+${randomString(18)}`;
    expectFinding(`* PagerDuty REST API key (user token, Oleksandr): {{${token}}}\n`, token, GENERIC, { path: 'wiki/confluence/OPS-Access.txt' });
    const appPassword = randomString(16, 'abcdefghijklmnopqrstuvwxyz');
    expectFinding(`Scan-to-email uses the mailbox scanner@example.com; the app password is <nowiki>${appPassword}</nowiki>.\n`, appPassword, GENERIC, { path: 'wiki/Office_Network.wiki' });
    expectFinding(`<p>The replication user's password is <code>${pw}</code> until the move.</p>\n`, pw, GENERIC, { path: 'confluence/INFRA/Runbook.html' });
    // (A page's code block is code: its strings are no sentences.)
    expectNone('<pre>\nif (verify(password, hash))\n  printf(&quot;Password is correct.&quot;);\n</pre>\n', GENERIC, 'doc/manual.html');
    expectNone('password: {{ vault_db_password }}\n', GENERIC, 'wiki/confluence/OPS-Access.txt');
    // A remark before `=`; `is now`; `pw` as a note writes it; Google Docs' spans around each run of text.
    expectFinding(`- deploy key passphrase (the one on the build agents) = ${pw}\n`, pw, GENERIC, { path: 'onboarding/handover.txt' });
    expectFinding(`- Gedeelde mailbox — wachtwoord is nu ${pw} (Pieter heeft het aangepast)\n`, pw, GENERIC, { path: 'meetings/notulen.md' });
    expectFinding(`- restic repo pw (needed to restore anything!!):  ${pw}\n`, pw, GENERIC, { path: 'onboarding/handover.txt' });
    expectFinding(`  Nordwerk-Staff  pw = ${pw}\n`, pw, GENERIC, { path: 'desk/wifi.txt' });
    expectFinding(`    web pw:: ${pw}\n`, pw, GENERIC, { path: 'wiki/obsidian/Homelab.md' });
    expectFinding(`<p><span class="c1">Wi-Fi : réseau </span><span class="c1 c5">CJM-Profs</span><span class="c1">, mot de passe </span><span class="c1 c5">${pw}</span></p>\n`, pw, GENERIC, { path: 'gdocs/Accueil.html' });
    expectNone('The password is now stored in the vault.\n', GENERIC, 'meetings/notes.md');
    // In a chat: `pw for <whom> is …` kept in a message's JSON, a compound's last word (`WLAN-Passwort … ist jetzt:`), a built-in account's pair alone.
    const drawn = `Wq!8rTz3#${randomString(7)}`;
    expectFinding(`[{"type": "message", "text": "pw for jenkins admin is \`${drawn}\` - change it after"}]\n`, drawn, GENERIC, { path: 'slack-export/D06AB12CD34/2024-03-14.json' });
    expectFinding(`20/03/2024, 09:01 - Lena Brandt: Das WLAN-Passwort im Berliner Büro ist jetzt: ${drawn}\n`, drawn, GENERIC, { path: 'whatsapp/WhatsApp Chat with Office.txt' });
    expectFinding(`admin / ${drawn}  (break-glass account, ping me when you're done)\n`, drawn, 'login-pair-in-prose', { path: 'chat/ops.txt' });
    expectNone('admin / user roles are listed in docs/roles.md\n', 'login-pair-in-prose', 'chat/ops.txt');
  });

  it("encrypted or public by their place: Cloud KMS ciphertext, a Matrix event's sender key; a Secret's data holding JSON is read", () => {
    expectNone(`secrets:\n  - kmsKeyName: projects/acme/locations/global/keyRings/cb/cryptoKeys/ci\n    envMap:\n      SENTRY_AUTH_TOKEN: CiQA${randomString(120, BASE64_CHARS)}=\n`, GENERIC, 'cloudbuild.yaml');
    expectNone(`"content": {\n  "algorithm": "m.megolm.v1.aes-sha2",\n  "sender_key": "${randomString(43, BASE64_CHARS)}",\n  "device_id": "AJUDJGVSID"\n}\n`, GENERIC, 'matrix/export.json');
    const token = `${randomString(38)}q7`;
    const data = Buffer.from(`{"api_token": "${token}"}`).toString('base64');
    const found = scanText(`apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  credentials: ${data}\n`, { path: 'crossplane/providerconfig.yaml' });
    assert.strictEqual(found.filter(f => f.ruleId === GENERIC).length, 1);
  });

  it("a class, an object or an enum named as a holder of secrets: each member's literal is one", () => {
    const key = `${randomString(41)}q7`;
    expectFinding(`public static class ApiKeys\n{\n    public const string HereMaps = "${key}";\n    public const string ApiKeyHeaderName = "X-Api-Key";\n}\n`, key, GENERIC, { path: 'Fleet.Api/Infrastructure/ApiKeys.cs' });
    expectFinding(`object Secrets {\n    const val HERE = "${key}"\n    const val BASE_URL = "https://api.example.com/v1"\n}\n`, key, GENERIC, { path: 'app/src/main/java/Secrets.kt' });
    // (A keyboard's keys, a lexer's tokens: no holder of secrets.)
    expectNone(`enum class Keys {\n    const val ESCAPE = "${key}"\n}\nobject Tokens {\n    const val LPAREN = "${key}"\n}\n`, GENERIC, 'app/src/main/java/Input.kt');
  });

  it("Elixir's <> joins a literal over a line break", () => {
    const text = `  @ledger_api_key "ldg_" <>\n                  "${randomString(32)}"\n`;
    // (The finding spans the literals, from the first one's text to the last one's.)
    expectFinding(text, text.slice(text.indexOf('ldg_'), text.lastIndexOf('"')), GENERIC, { path: 'lib/billing/ledger_client.ex' });
  });

  it("ids and public values under credential-like names: AMO's JWT issuer, Shopify's Storefront token, an authorization's action; a hex password is one", () => {
    expectNone('WEB_EXT_API_KEY=user:19222887:458\n', GENERIC, 'extension/.env.submit');
    const hex = randomString(32, HEX);
    expectNone(`const cfg = {shopifyStorefrontToken:"${hex}"};\n`, GENERIC, 'public/200.html');
    expectFinding(`const cfg = {shopifyAdminToken:"${hex}"};\n`, hex, GENERIC, { path: 'server/config.js' });
    expectNone('{"authorization": {"action": "Microsoft.Web/sites/config/write", "scope": "/subscriptions/x/resourceGroups/rg"}}\n', GENERIC, 'azure/activity-log.json');
    // A value named public elsewhere in the file is that public key wherever it is (Nuxt's public runtime config).
    expectNone(`{algoliaSearchKey:"${hex}",algolia:{apiKey:"${hex}"}}\n`, GENERIC, 'nuxt-shop/.output/public/200.html');
    expectFinding(`{algolia:{apiKey:"${hex}"}}\n`, hex, GENERIC, { path: 'nuxt-shop/server/config.js' });
    // (Icinga 2's `api setup` draws its ApiUser's password as 16 hex.)
    const pw = randomString(16, HEX);
    expectFinding(`object ApiUser "root" {\n  password = "${pw}"\n}\n`, pw, GENERIC, { path: 'icinga2/conf.d/api-users.conf' });
  });

  it("a translation file's words for a key are labels, not keys", () => {
    expectNone('{\n  "auth": {\n    "apiKey": "API-Schlüssel",\n    "secret": "Geheimer Schlüssel"\n  }\n}\n', GENERIC, 'site/src/locales/de.json');
  });
  it("a notebook's error traceback is read without its colours: a key glued to an ANSI escape is found where it is written", () => {
    const key = openaiProjectKey();
    const esc = (code: string) => `\\u001b[${code}m`;
    const frame = `client ${esc('38;5;241')}=${esc('39')} OpenAI(api_key${esc('38;5;241')}=${esc('39')}${esc('38;5;124')}\\"${esc('39')}${esc('38;5;124')}${key}${esc('39')}${esc('38;5;124')}\\"${esc('39')})\\n`;
    const notebook = `{"cells": [{"cell_type": "code", "outputs": [{"output_type": "error", "traceback": [\n      "${frame}"\n    ]}]}]}\n`;
    const found = scanText(notebook, { path: 'notebooks/rag.ipynb' }).filter(f => f.ruleId === 'openai-project-key');
    assert.deepStrictEqual(found.map(f => notebook.slice(f.range.start.offset, f.range.end.offset)), [key]);
  });

  it("an EC2 launch template's UserData is base64 the instance decodes: a key in the script it holds is found", () => {
    const password = `${randomString(20)}7a`;
    const script = Buffer.from(`#!/bin/bash\ncat >/etc/worker.env <<EOF\nGRAFANA_PASSWORD=${password}\nEOF\n`).toString('base64');
    const template = (data: string) => `{\n  "LaunchTemplateData": {\n    "ImageId": "ami-0abcdef1234567890",\n    "UserData": "${data}"\n  }\n}\n`;
    expectFinding(template(script), script, 'generic-secret-assignment', { path: 'infra/aws/launch-template.json' });
    expectNone(template(Buffer.from('#!/bin/bash\nyum install -y nginx\nsystemctl start nginx\n').toString('base64')), 'generic-secret-assignment', 'infra/aws/launch-template.json');
  });

  it("Windows estates: an SSIS package variable's value, a cipher's key beside its IV, a Replace Tokens marker in either case", () => {
    const token = `${randomString(38)}7a`;
    const variable = (name: string, value: string) => `    <DTS:Variable\n      DTS:CreationName=""\n      DTS:Namespace="User"\n      DTS:ObjectName="${name}">\n      <DTS:VariableValue\n        DTS:DataType="8">${value}</DTS:VariableValue>\n    </DTS:Variable>\n`;
    expectFinding(variable('CarrierApiToken', token), token, GENERIC, { path: 'etl/LoadShipments.dtsx' });
    expectNone(variable('CarrierBatchName', token), GENERIC, 'etl/LoadShipments.dtsx');
    const key = base64(randomString(32));
    const cipher = (iv: string) => `internal static class LegacyTokenCipher\n{\n    private static readonly byte[] Key = Convert.FromBase64String("${key}");\n${iv}}\n`;
    expectFinding(cipher(`    private static readonly byte[] Iv = Convert.FromBase64String("${base64(randomString(16))}");\n`), key, GENERIC, { path: 'src/Security/LegacyTokenCipher.cs' });
    expectNone(cipher(''), GENERIC, 'src/Security/LegacyTokenCipher.cs');
    expectNone('{\n  "ServiceBus": "Endpoint=sb://sb-orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=__ServiceBusSendKey__"\n}\n', GENERIC, 'appsettings.Production.json');
  });

  it("a Helm chart's secret given as `value:` under its name, unquoted, beside `existingSecret:`", () => {
    const secret = randomString(32);
    const values = (value: string) => `oauth:\n  clientSecret:\n    existingSecret: ""\n    value: ${value}\n`;
    expectFinding(values(secret), secret, GENERIC, { path: 'helm/web/values-prod.yaml' });
    expectNone(values('""'), GENERIC, 'helm/web/values-prod.yaml');
    expectNone(`oauth:\n  clientId:\n    value: ${secret}\n`, GENERIC, 'helm/web/values-prod.yaml');
  });

  it("JVM and compiled languages' own forms: Spring's {noop}, WebLogic's clear-text password-encrypted, a map of pairs, a token's separator as a piece, Swift's base64 of user:password", () => {
    const password = `${randomString(16)}7q`;
    expectFinding(`User.withUsername("svc-fulfilment")\n        .password("{noop}${password}")\n        .roles("INTEGRATION")\n`, password, GENERIC, { path: 'src/main/java/SecurityConfig.java' });
    expectNone('User.withUsername("user").password("{noop}password").roles("USER")\n', GENERIC, 'src/main/java/SecurityConfig.java');
    const datasource = (value: string) => `<jdbc-driver-params>\n  <password-encrypted>${value}</password-encrypted>\n</jdbc-driver-params>\n`;
    expectFinding(datasource(password), password, GENERIC, { path: 'weblogic/config/jdbc/orders-jdbc.xml' });
    expectNone(datasource(`{AES256}${base64(randomString(32))}`), GENERIC, 'weblogic/config/jdbc/orders-jdbc.xml');
    const token = randomString(20);
    expectFinding(`const std::map<std::string, std::string> kProviderTokens = {\n    {"pagerduty", "${token}"},\n    {"statuspage", ""},\n};\n`, token, GENERIC, { path: 'agent/src/credentials.cpp' });
    expectNone(`const std::map<std::string, std::string> kHeaders = {\n    {"x-request-id", "${token}"},\n};\n`, GENERIC, 'agent/src/credentials.cpp');
    const postman = `PMAK-${randomString(24, HEX)}-${randomString(34, HEX)}`;
    expectFinding(`pub const postman_key = "PMAK-" ++ "${postman.slice(5, 29)}" ++ "-" ++ "${postman.slice(30)}";\n`, `"PMAK-" ++ "${postman.slice(5, 29)}" ++ "-" ++ "${postman.slice(30)}"`.slice(1, -1), 'postman-api-key', { path: 'zig/src/secrets.zig' });
    expectFinding(`req.setValue("Basic \\(Data("reports:${password}".utf8).base64EncodedString())", forHTTPHeaderField: "Authorization")\n`, password, 'password-argument', { path: 'ios/APIClient.swift' });
    expectFinding(`The keystore password was rotated on 2024-02-12 to \`${password}#\` - please do not paste it.\n`, `${password}#`, GENERIC, { path: 'docs/keystores.md', severity: 'info' });
  });

  it("home automation and ops scripts: random letters of both cases, a sink's default token, a shell's or just's fallback, lftp's and OpenSSL's keys, curl's arguments in an array", () => {
    const letters = 'ziukfHZyegTc';
    expectFinding(`wifi:\n  ap:\n    ssid: "Living-Room-Climate"\n    password: "${letters}"\n`, letters, GENERIC, { path: 'esphome/living-room.yaml' });
    expectNone('wifi:\n  ap:\n    password: "IAmSensitive"\n', GENERIC, 'esphome/living-room.yaml');
    const hec = uuid().toUpperCase();
    expectFinding(`[sinks.splunk]\ntype = "splunk_hec_logs"\nendpoint = "https://http-inputs-acme.splunkcloud.com:443"\ndefault_token = "${hec}"\n`, hec, GENERIC, { path: 'vector/vector.toml' });
    const password = `${randomString(14)}=!Y`;
    expectFinding(`MYSQL_PASS="\${MYSQL_PASS:-${password}}"\n`, password, 'env-fallback-secret', { path: 'scripts/backup-db.sh' });
    expectFinding(`export AIRFLOW_PASSWORD := env_var_or_default("AIRFLOW_PASSWORD", "${password}")\n`, password, 'env-fallback-secret', { path: 'justfile' });
    expectFinding(`lftp -u supplier_drop,'${password}' -e "mirror --only-newer /outgoing /srv/in; quit" ftp.partner.eu\n`, password, 'password-argument', { path: 'scripts/sync.sh' });
    const key = randomString(64, HEX);
    expectFinding(`openssl enc -aes-256-cbc -K ${key} -iv ${randomString(32, HEX)} -in "$IN" -out "$IN.enc"\n`, key, 'password-argument', { path: 'scripts/encrypt.sh' });
    expectFinding(`PURGE_AUTH=(-u "media-bot:${password}" -H 'Accept: application/json')\ncurl -fsS "\${PURGE_AUTH[@]}" https://cdn.example.io/purge\n`, password, 'curl-user-password', { path: 'scripts/sync.sh' });
    expectNone('PURGE_AUTH=(-u "$CDN_USER:$CDN_PASS")\n', 'curl-user-password', 'scripts/sync.sh');
  });

  it("Kubernetes material: an OpenShift template's parameter described before its value; a date in a Secret's data is none", () => {
    const password = `-${randomString(14)}%S`;
    expectFinding(`parameters:\n  - name: DATABASE_PASSWORD\n    displayName: Database Password\n    value: ${password}\n`, password, GENERIC, { path: 'openshift/template-orders.yaml' });
    expectNone('parameters:\n  - name: DATABASE_PASSWORD\n    displayName: Database Password\n    generate: expression\n    from: "[a-zA-Z0-9]{16}"\n', GENERIC, 'openshift/template-orders.yaml');
    const when = Buffer.from('2024-01-08T10:22:41Z').toString('base64');
    expectNone(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: argocd-secret\ndata:\n  admin.passwordMtime: ${when}\n`, GENERIC, 'argocd/argocd-secret.yaml');
  });

  it("a cryptographic library's known-answer tests are no keys: NIST's Count blocks, a vectors file", () => {
    const [key, iv] = [randomString(64, HEX), randomString(24, HEX)];
    expectNone(`[Keylen = 256]\n\nCount = 0\nKey = ${key}\nIV = ${iv}\nPT = ${randomString(32, HEX)}\n`, GENERIC, 'third_party/vectors/gcmEncryptExtIV256.rsp');
    expectNone(`Count = 0\nsecret = ${key}\nsalt = ${iv}\n`, GENERIC, 'third_party/hkdf/hkdf_rfc5869.txt');
    expectNone(`{"x25519": [{"alice_private": "${key}", "shared_secret": "${key}"}]}\n`, GENERIC, 'third_party/crypto-vectors/x25519.json');
    // (The Vector agent's configuration is no vectors file.)
    expectFinding(`[sinks.http]\nauth.strategy = "basic"\nauth.password = "${key.slice(0, 32)}"\n`, key.slice(0, 32), GENERIC, { path: 'vector/vector.toml' });
    // (Outside them a key beside its IV is one.)
    expectFinding(`const Key = "${key}";\nconst IV = "${iv}";\n`, key, GENERIC, { path: 'src/crypto/legacy.ts' });
  });

  it("CMS dumps: Moodle's config rows by name, Magento's stored password hashes; Shopware's sales-channel key is public", () => {
    const password = `${randomString(12)}^8C4`;
    expectFinding(`INSERT INTO \`mdl_config\` VALUES (322,'smtppass','${password}');\n`, password, GENERIC, { path: 'backups/moodle.sql' });
    expectNone(`INSERT INTO \`mdl_config\` VALUES (323,'noreplyaddress','${password}');\n`, GENERIC, 'backups/moodle.sql');
    const magento = `${randomString(64, HEX)}:${randomString(32)}:3_32_2_67108864`;
    expectNone(`INSERT INTO \`admin_user\` (\`user_id\`,\`username\`,\`password\`) VALUES (1,'tom','${magento}');\n`, GENERIC, 'backups/m2.sql');
    expectNone(`SW_ACCESS_KEY="SWSC${randomString(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"\n`, GENERIC, 'shopware/scripts/smoke.sh');
  });
});
