/**
 * A labelled corpus for the generic detector and the credential-file rules: realistic snippets
 * in many languages and file kinds, each saying whether it holds a credential (and which value)
 * or not. Hard negatives sit beside the positives: hashes under hash names, UUIDs under id
 * names, placeholders, env references, documented examples, checksum-failing look-alikes.
 *
 * Two disjoint splits: `calibration` (the unit tests run it, thresholds were tuned on it) and
 * `heldout` (different names, wrappers and seeds; only `npm run bench` reports it), so a
 * change that merely memorises the calibration cases shows up as a gap between the two.
 * Values are generated at run time (test/helpers/fakes.ts): no token literal is committed.
 */

import {
  ALNUM, BASE64, HEX, base64, corruptChecksum, crcToken, join, pemBlock, randomString, uuid, wifKey,
} from './fakes';

export type Split = 'calibration' | 'heldout';

export interface LabelledCase {
  category: string;
  path: string;
  text: string;
  /** The credential the scanner should report (its exact range), or undefined for a negative. */
  secret?: string;
  /** Short description for failure messages (never the value). */
  label: string;
  /** Other planted credentials in the snippet (an access key id beside its secret): reporting them is right. */
  also?: string[];
}

const HEX_CHARS = HEX;
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length];

/** A password a person might choose: mixed classes, not a dictionary word. */
function password(seed: number): string {
  return randomString(14, ALNUM, seed) + pick(['!7', '#4', '%9', '^2', '*5'], seed);
}

/** Wraps `name = value` in the syntax of a language or config format. */
type Wrapper = { path: string; wrap: (name: string, value: string) => string };

const WRAPPERS: Record<Split, Wrapper[]> = {
  calibration: [
    { path: 'src/billing/client.ts', wrap: (n, v) => `import { Http } from './http';\n\nexport const ${camel(n)} = "${v}";\nexport const http = new Http();\n` },
    { path: 'app/settings.py', wrap: (n, v) => `import os\n\nDEBUG = False\n${n.toUpperCase()} = "${v}"\nALLOWED_HOSTS = ["*"]\n` },
    { path: '.env', wrap: (n, v) => `NODE_ENV=production\n${n.toUpperCase()}=${v}\nPORT=8080\n` },
    { path: 'config/application.yml', wrap: (n, v) => `production:\n  adapter: postgresql\n  ${n.toLowerCase()}: ${v}\n` },
    { path: 'cmd/server/main.go', wrap: (n, v) => `package main\n\nconst ${camel(n)} = "${v}"\n\nfunc main() {}\n` },
    // Forms a language record adds: C's `#define`, Dockerfile's legacy `ENV NAME value`, R's `<-`.
    { path: 'src/config.h', wrap: (n, v) => `#ifndef CONFIG_H\n#define CONFIG_H\n#define ${n.toUpperCase()} "${v}"\n#endif\n` },
    { path: 'Dockerfile', wrap: (n, v) => `FROM python:3.12-slim\nENV ${n.toUpperCase()} ${v}\nCMD ["python", "app.py"]\n` },
    { path: 'analysis/fetch.R', wrap: (n, v) => `library(httr)\n${n.toLowerCase()} <- "${v}"\nres <- GET("https://api.acme.io")\n` },
  ],
  heldout: [
    { path: 'src/main/java/com/acme/Config.java', wrap: (n, v) => `public class Config {\n    private static final String ${n.toUpperCase()} = "${v}";\n}\n` },
    { path: 'lib/deploy.rb', wrap: (n, v) => `module Deploy\n  ${n.toUpperCase()} = '${v}'.freeze\nend\n` },
    { path: 'deploy/ci.sh', wrap: (n, v) => `#!/usr/bin/env bash\nset -euo pipefail\nexport ${n.toUpperCase()}="${v}"\n./release.sh\n` },
    { path: 'config/settings.json', wrap: (n, v) => `{\n  "service": "billing",\n  "${camel(n)}": "${v}",\n  "retries": 3\n}\n` },
    { path: 'infra/variables.tf', wrap: (n, v) => `variable "region" {}\n\nlocals {\n  ${n.toLowerCase()} = "${v}"\n}\n` },
    { path: 'config/app.php', wrap: (n, v) => `<?php\nreturn [\n    'debug' => false,\n    '${n.toLowerCase()}' => '${v}',\n];\n` },
    { path: 'src/Settings.cs', wrap: (n, v) => `public static class Settings\n{\n    public const string ${camel(n).replace(/^./, c => c.toUpperCase())} = "${v}";\n}\n` },
    { path: 'app/src/main/kotlin/Env.kt', wrap: (n, v) => `object Env {\n    const val ${n.toUpperCase()}: String = "${v}"\n}\n` },
    { path: 'internal/config/config.go', wrap: (n, v) => `var defaults = Config{\n\tHost: "api.acme.io",\n\t${camel(n).replace(/^./, c => c.toUpperCase())}: "${v}",\n}\n` },
    { path: 'config/prod.exs', wrap: (n, v) => `import Config\n\nconfig :app, App.Repo,\n  ${n.toLowerCase()}: "${v}"\n` },
    { path: 'src/acme/config.clj', wrap: (n, v) => `(ns acme.config)\n\n(def ${n.toLowerCase().replace(/_/g, '-')} "${v}")\n` },
    { path: 'conf.d/env.fish', wrap: (n, v) => `set -gx PATH $HOME/bin $PATH\nset -gx ${n.toUpperCase()} ${v}\n` },
    { path: 'lib/acme/client.ex', wrap: (n, v) => `defmodule Acme.Client do\n  @${n.toLowerCase()} "${v}"\nend\n` },
  ],
};

function camel(snake: string): string {
  return snake.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Secret names and the value shapes item 1 of the coverage issue lists. */
const SECRET_NAMES: Record<Split, string[]> = {
  calibration: ['billing_api_key', 'gh_token', 'heroku_api_key', 'wandb_api_key', 'secret_key', 'webhook_secret', 'auth_token', 'client_secret', 'openai_key'],
  heldout: ['snyk_token', 'stripe_secret_key', 'sendgrid_api_key', 'app_secret', 'private_token', 'service_password', 'signing_key', 'access_token', 'consumer_key'],
};

/** Names under which a hex or UUID value is a hash or an identifier, not a credential. */
const HASH_NAMES: Record<Split, string[]> = {
  calibration: ['sha256', 'checksum', 'commit_sha', 'etag', 'request_id', 'tenant_id', 'content_hash', 'build_digest', 'cache_key'],
  heldout: ['file_sha1', 'integrity_hash', 'revision', 'git_commit', 'correlation_id', 'client_id', 'object_md5', 'trace_id', 'partition_key'],
};

const HEX_SHAPES = [32, 40, 64, 128];

/**
 * Value shapes to plant under a secret name. A UUID under a bare `token`/`auth` name in code is
 * ambiguous (many such fields hold ids), so it is planted only under key/secret/password and
 * access/auth-token names, in both cases (.NET and Windows tools print GUIDs in upper case).
 */
function valueShapes(seed: number, name: string): string[] {
  return [
    ...HEX_SHAPES.map((n, i) => randomString(n, HEX_CHARS, seed + i)),
    ...(/key|secret|pass|access_token|auth_token/.test(name) ? [uuid(seed + 7), uuid(seed + 7).toUpperCase()] : []),
    randomString(24, ALNUM, seed + 8),
    randomString(240, BASE64, seed + 9), // over 200 characters
  ];
}

function namedValues(split: Split, seed: number): LabelledCase[] {
  const out: LabelledCase[] = [];
  const wrappers = WRAPPERS[split];
  SECRET_NAMES[split].forEach((name, i) => {
    valueShapes(seed + i * 13, name).forEach((value, j) => {
      const w = pick(wrappers, i + j);
      out.push({ category: 'named-secret', path: w.path, text: w.wrap(name, value), secret: value, label: `${name} = <${value.length} chars>` });
    });
  });
  // UUIDs under token/auth names in JSON documents: ids (`projectToken`, `teamAuth`).
  (split === 'calibration' ? ['projectToken', 'teamAuth', 'invoiceToken'] : ['channelToken', 'uploadAuth', 'workerToken']).forEach((name, i) => {
    out.push({ category: 'hash-or-id', path: 'config/settings.json', text: `{\n  "${name}": "${uuid(seed + 300 + i)}",\n  "enabled": true\n}\n`, label: `${name}: <uuid> in JSON` });
  });
  HASH_NAMES[split].forEach((name, i) => {
    const value = /_id$|^revision$/.test(name) && i % 2 ? uuid(seed + i) : randomString(pick(HEX_SHAPES, i), HEX_CHARS, seed + 100 + i);
    const w = pick(wrappers, i);
    out.push({ category: 'hash-or-id', path: w.path, text: w.wrap(name, value), label: `${name} = <${value.length} chars>` });
  });
  return out;
}

/** Values that are not credentials under names that say "credential". */
function placeholders(split: Split, seed: number): LabelledCase[] {
  const values = split === 'calibration'
    ? ['changeme', '<your-api-key>', '${API_KEY}', 'xxxxxxxxxxxxxxxxxxxx', 'your_token_here', '{{ .Values.token }}']
    : ['CHANGE_ME', '<password>', '$SECRET_KEY', '********', 'replace-with-your-key', '%(api_key)s'];
  const names = SECRET_NAMES[split];
  return values.map((v, i) => {
    const w = pick(WRAPPERS[split], i + seed);
    return { category: 'placeholder', path: w.path, text: w.wrap(pick(names, i), v), label: `${pick(names, i)} = ${v}` };
  });
}

/** Provider-shaped values whose checksum fails: not a credential of that provider, nor a generic one. */
function lookAlikes(split: Split, seed: number): LabelledCase[] {
  const prefixes = split === 'calibration' ? [join('gh', 'p_'), join('gh', 'o_'), join('np', 'm_')] : [join('gh', 's_'), join('gh', 'u_'), join('gh', 'r_')];
  const names = split === 'calibration' ? ['github_token', 'gh_token', 'npm_token'] : ['github_pat', 'ci_token', 'registry_token'];
  return prefixes.flatMap((p, i) => WRAPPERS[split].map((w, j) => {
    const value = corruptChecksum(crcToken(p, seed + i * 10 + j));
    return { category: 'look-alike', path: w.path, text: w.wrap(names[i], value), label: `${names[i]} = bad-checksum ${p}…` };
  }));
}

/** Syntax the generic detector must read (item 2), each with its realistic file. */
function syntaxes(split: Split, seed: number): LabelledCase[] {
  const s = (n: number) => seed + n;
  const pw = password(s(1));
  const pw2 = password(s(2));
  const key = randomString(32, ALNUM, s(3));
  const user = split === 'calibration' ? 'deploy' : 'svc-backup';
  const out: LabelledCase[] = [];
  const add = (category: string, path: string, text: string, secret: string | undefined, label: string) =>
    out.push({ category, path, text, secret, label });
  if (split === 'calibration') {
    add('php-define', 'wp-content/config.php', `<?php\ndefine('MAIL_PASSWORD', '${pw}');\ndefine('MAIL_HOST', 'smtp.acme.io');\n`, pw, "define('MAIL_PASSWORD', …)");
    add('object-argument', 'src/mail.js', `const client = new SmtpClient({ host: 'smtp.acme.io', auth: '${key}' });\n`, key, 'new Client({ auth: … })');
    add('basic-header', 'scripts/sync.py', `headers = {"Authorization": "Basic ${base64(`${user}:${pw2}`)}"}\n`, base64(`${user}:${pw2}`), 'Authorization: Basic user:pass');
    add('curl-user', 'scripts/backup.sh', `#!/bin/sh\ncurl -u ${user}:${pw} https://backup.acme.io/upload -T dump.sql\n`, pw, 'curl -u user:pass');
    add('docker-auth', '.docker/config.json', `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${base64(`${user}:${pw2}`)}"\n    }\n  }\n}\n`, base64(`${user}:${pw2}`), 'docker config.json auth');
    add('k8s-secret-data', 'k8s/db-secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: ${base64(user)}\n  password: ${base64(pw)}\n`, base64(pw), 'Kubernetes Secret data: password');
    add('k8s-secret-stringdata', 'k8s/api-secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  apiKey: ${key}\n`, key, 'Kubernetes Secret stringData');
    add('jdbc', 'src/main/resources/application.properties', `spring.datasource.url=jdbc:sqlserver://db.acme.io:1433;databaseName=app;user=${user};password=${pw2}\n`, pw2, 'jdbc …;password=');
    add('multi-host-url', 'config/mongo.yml', `uri: mongodb://${user}:${pw}@db1.acme.io:27017,db2.acme.io:27017/app?replicaSet=rs0\n`, pw, 'multi-host mongodb URL');
    add('jenkins-credentials', 'jenkins/credentials.xml', `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <username>${user}</username>\n  <password>${pw2}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n`, pw2, 'Jenkins credentials.xml');
    add('comment-keyword', 'src/api.ts', `export function api() {\n  // previous key: ${key}\n  return fetch('/api');\n}\n`, key, '// previous key: …');
  } else {
    add('php-define', 'config/database.php', `<?php\n  define( "DB_PASSWORD", "${pw}" );\n`, pw, 'define("DB_PASSWORD", …)');
    add('object-argument', 'lib/notify.ts', `const api = createClient({\n  baseUrl: 'https://api.acme.io',\n  token: '${key}',\n});\n`, key, 'createClient({ token: … })');
    add('basic-header', 'tools/client.go', `req.Header.Set("Authorization", "Basic ${base64(`${user}:${pw2}`)}")\n`, base64(`${user}:${pw2}`), 'Header.Set Authorization Basic');
    add('curl-user', 'Makefile', `upload:\n\tcurl --user ${user}:${pw} -F file=@dist.tgz https://repo.acme.io/upload\n`, pw, 'curl --user user:pass');
    add('docker-auth', '.dockercfg', `{"registry.acme.io": {"auth": "${base64(`${user}:${pw2}`)}", "email": "ops@acme.io"}}\n`, base64(`${user}:${pw2}`), '.dockercfg auth');
    add('k8s-secret-data', 'deploy/secret.yml', `kind: Secret\napiVersion: v1\nmetadata:\n  name: smtp\ndata:\n  SMTP_PASSWORD: ${base64(pw)}\n`, base64(pw), 'Kubernetes Secret data: SMTP_PASSWORD');
    add('k8s-secret-stringdata', 'deploy/token.yaml', `kind: Secret\napiVersion: v1\nmetadata:\n  name: tok\nstringData:\n  token: "${key}"\n`, key, 'Kubernetes Secret stringData token');
    add('jdbc', 'conf/odbc.ini', `[app]\nDriver=PostgreSQL\nConnectionString=Driver={PostgreSQL};Server=db.acme.io;Uid=${user};Pwd=${pw2};\n`, pw2, 'ODBC Pwd=');
    add('multi-host-url', 'config/db.env', `DATABASE_URL=postgresql://${user}:${pw}@pg1.acme.io:5432,pg2.acme.io:5432/app\n`, pw, 'multi-host postgres URL');
    add('jenkins-credentials', 'jenkins/credentials.xml', `<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  <id>api</id>\n  <secret>${key}</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n`, key, 'Jenkins StringCredentials secret');
    add('comment-keyword', 'scripts/rotate.py', `def rotate():\n    # old token: ${key}\n    pass\n`, key, '# old token: …');
  }
  // Prose, one-case app passwords, Spring fallbacks, pairs, property lists, keys named by their parent, generated brackets.
  const letters = randomString(16, 'bcdfghjkmnpqvwxz', s(4));
  const bracketed = join(randomString(5, ALNUM, s(5)), split === 'calibration' ? '{]<' : '[}>', randomString(6, ALNUM, s(6)), '$(', randomString(4, ALNUM, s(7)));
  if (split === 'calibration') {
    add('prose', 'notes/ops.txt', `Staging is up again.\nThe staging client secret is ${key}.\n`, key, 'the client secret is … (text file)');
    add('app-password', '.esmtprc', `hostname = smtp.gmail.com:587\npassword = "${letters}"\n`, letters, 'one-case app password');
    add('spring-fallback', 'src/main/resources/application.properties', `spring.datasource.password=\${DB_PASSWORD:${pw}}\n`, pw, '${DB_PASSWORD:…} in properties');
    add('pair-syntax', 'app/src/main/java/Api.kt', `val headers = mapOf("apiKey" to "${key}")\n`, key, 'Kotlin "apiKey" to …');
    add('plist', 'ios/App/Info.plist', `<dict>\n\t<key>APIKey</key>\n\t<string>${key}</string>\n</dict>\n`, key, 'plist <key>/<string>');
    add('parent-key', 'appsettings.json', `{\n  "Jwt": {\n    "Key": "${key}",\n    "Issuer": "acme"\n  }\n}\n`, key, 'Jwt.Key in JSON');
    add('generated-brackets', 'config/db.py', `DB_PASSWORD = "${bracketed}"\n`, bracketed, 'generated password with brackets');
  } else {
    add('prose', 'logs/worker.log', `2024-05-01 10:00:02 INFO using api key: ${key}\n`, key, 'api key: … (log line)');
    add('app-password', 'mysite/settings.py', `EMAIL_HOST_PASSWORD = "${letters.replace(/(.{4})(?!$)/g, '$1 ')}"\n`, letters.replace(/(.{4})(?!$)/g, '$1 '), 'spaced app password');
    add('spring-fallback', 'src/main/resources/application.yml', `spring:\n  mail:\n    password: \${MAIL_PASSWORD:${pw}}\n`, pw, '${MAIL_PASSWORD:…} in YAML');
    add('pair-syntax', 'src/Client.cs', `var d = new Dictionary<string, string> { { "ApiKey", "${key}" } };\n`, key, 'C# { "ApiKey", … }');
    add('plist', 'conf/app.xml', `<properties>\n<entry key="apiKey">${key}</entry>\n</properties>\n`, key, '<entry key="apiKey">');
    add('parent-key', 'app/etc/env.php', `<?php\nreturn [\n    'crypt' => [\n        'key' => '${key}'\n    ],\n];\n`, key, "'crypt' => ['key' => …]");
    add('generated-brackets', 'config/.env', `DB_PASSWORD='${bracketed}'\n`, bracketed, 'generated password with brackets (.env)');
  }
  // Name/value pairs, settings calls, string constructors, unknown `<word>_key` names.
  const mixedKey = join(randomString(14, ALNUM, s(8)), 'x9Q', randomString(14, ALNUM, s(9)));
  const oneCaseKey = randomString(32, 'abcdefghijklmnopqrstuvwxyz0123456789', s(11));
  if (split === 'calibration') {
    add('name-value-pair', 'k8s/deployment.yaml', `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        env:\n        - name: STRIPE_TOKEN\n          value: "${key}"\n`, key, 'Kubernetes env name/value');
    add('settings-call', 'config/deploy.rb', `set :application, "shop"\nset :api_token, "${key}"\n`, key, 'Capistrano set :api_token');
    add('string-constructor', 'src/main.rs', `let api_token = String::from("${key}");\n`, key, 'String::from("…")');
    add('other-key-name', '.env', `TYPEFORM_KEY=${mixedKey}\n`, mixedKey, 'TYPEFORM_KEY (unknown provider)');
    add('other-key-name', 'infra/main.tf', `provider "finnhub" {\n  finnhub_key = "${oneCaseKey}"\n}\n`, oneCaseKey, 'finnhub_key, one-case (unknown provider)');
  } else {
    add('name-value-pair', 'postman/dev.postman_environment.json', `{\n  "values": [\n    {\n      "key": "api_key",\n      "value": "${key}",\n      "enabled": true\n    }\n  ]\n}\n`, key, 'Postman environment key/value');
    add('settings-call', 'deploy/env.pl', `$ENV{API_TOKEN} = "${key}";\n`, key, 'Perl $ENV{API_TOKEN}');
    add('string-constructor', 'src/Client.java', `String apiToken = new String("${key}");\n`, key, 'new String("…")');
    add('other-key-name', 'config/settings.toml', `nytimes_key = "${mixedKey}"\n`, mixedKey, 'nytimes_key (unknown provider)');
    add('other-key-name', '.env.production', `KRAKEN_KEY=${oneCaseKey.toUpperCase()}\n`, oneCaseKey.toUpperCase(), 'KRAKEN_KEY, one-case (unknown provider)');
  }
  // A service's name as the credential's name; values on a line of their own.
  const serviceId = uuid(s(12));
  if (split === 'calibration') {
    add('service-name', 'src/crm/client.py', `hubspot_token = "${serviceId}"\n`, serviceId, 'hubspot_token = <uuid>');
    add('service-name', '.env', `ZENDESK_API=${mixedKey}\n`, mixedKey, 'ZENDESK_API (a service and api)');
    add('next-line-value', 'config/app.yaml', `billing:\n  api_token:\n    ${key}\n  region: eu\n`, key, 'YAML plain scalar on the next line');
    add('next-line-value', 'config/initializers/acme.rb', `API_TOKEN = <<~EOS\n  ${key}\nEOS\n`, key, 'Ruby heredoc of one line');
  } else {
    add('service-name', 'lib/crm.ts', `export const kucoinSecret = "${serviceId}";\n`, serviceId, 'kucoinSecret = <uuid>');
    add('service-name', 'config/exchange.yml', `kraken_private: ${mixedKey}\n`, mixedKey, 'kraken_private (a service and private)');
    add('next-line-value', 'conf/settings.xml', `<settings>\n  <apiToken>\n    ${key}\n  </apiToken>\n</settings>\n`, key, 'XML element text on its own line');
    add('next-line-value', 'deploy/env.sh', `API_TOKEN=$(cat <<EOF\n${key}\nEOF\n)\n`, key, 'shell $(cat <<EOF) of one line');
  }
  add('syntax-negative', 'src/parser/heap.ts', `const heapToken = "${serviceId}";\n`, undefined, 'an everyday word, not a service, with a UUID');
  add('syntax-negative', 'deploy/body.sh', `PAYLOAD_TOKEN=$(cat <<EOF\n{"a": "${key}",\n "b": 1}\nEOF\n)\n`, undefined, 'a heredoc document');
  add('syntax-negative', '.env', 'GITHUB_API=https://api.github.com\n', undefined, 'a service address');
  add('syntax-negative', 'k8s/deployment.yaml', `env:\n- name: CACHE_DIR\n  value: "${key}"\n`, undefined, 'name/value pair with no secret name');
  add('syntax-negative', 'src/cache.ts', `const cacheKey = "${mixedKey}";\n`, undefined, 'cache key');
  add('syntax-negative', 'config/release.toml', `release_key = "${split === 'calibration' ? 'build2024release2025final' : 'RELEASE2025CANDIDATE3BUILD'}"\n`, undefined, 'label with numbers under an unknown _key name');
  add('syntax-negative', 'Dockerfile', `ENV GPG_KEY ${randomString(40, HEX, s(10)).toUpperCase()}\n`, undefined, 'GPG fingerprint');
  // Negatives for the same syntaxes.
  add('syntax-negative', 'src/enums.py', `class Kind:\n    AZURE_DOCUMENT_DB_AUTH_KEY = "AzureDocumentDBAuthKey"\n`, undefined, 'enum member spelling its name');
  add('syntax-negative', 'localization/labels.inc', `$labels['password'] = '${split === 'calibration' ? 'Contraseña' : 'Slaptažodis'}';\n`, undefined, 'translated label');
  add('syntax-negative', 'modules/repo.ps1', '$changed.Credential = $params.Credential\n', undefined, 'PowerShell variable');
  add('syntax-negative', 'group_vars/all.yml', `db_password: "{{ vault_db_password }}"\n`, undefined, 'Jinja template');
  add('syntax-negative', 'notes.txt', 'The token expired at 2024-01-01T10:00:00Z, so refresh it.\n', undefined, 'prose about a token');
  add('syntax-negative', 'installed.txt', 'passwd 1:4.13+dfsg1-1+deb12u1\npatch 2.7.6-7\n', undefined, 'package list');
  add('syntax-negative', 'src/mail.js', `const client = new SmtpClient({ auth: process.env.SMTP_AUTH });\n`, undefined, 'auth from env');
  add('syntax-negative', 'scripts/sync.py', `headers = {"Authorization": "Basic ${base64(`${user}:password`)}"}\n`, undefined, 'Basic user:password (placeholder)');
  add('syntax-negative', 'k8s/empty.yaml', `kind: Secret\ndata:\n  password: ${base64('changeme')}\n`, undefined, 'k8s data: changeme');
  add('syntax-negative', 'scripts/a.sh', `curl -u "$USER:$PASS" https://api.acme.io\n`, undefined, 'curl -u with variables');
  add('syntax-negative', 'src/api.ts', `// token: see the README for how to obtain one\n`, undefined, 'comment prose');
  add('syntax-negative', 'src/api.ts', `// The secret key must be rotated every 90 days.\n`, undefined, 'comment prose 2');
  return out;
}

/** Credential and framework files (item 3). */
function credentialFiles(split: Split, seed: number): LabelledCase[] {
  const s = (n: number) => seed + 50 + n;
  const out: LabelledCase[] = [];
  const add = (category: string, path: string, text: string, secret: string | undefined, label: string, also?: string[]) =>
    out.push({ category, path, text, secret, label, ...(also ? { also } : {}) });
  const cal = split === 'calibration';
  const keyId = (n: number) => join('AK', 'IA', randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', s(n)));
  const awsSecret = randomString(cal ? 44 : 36, BASE64, s(2));
  const id1 = keyId(3);
  add('aws-credentials', cal ? '.aws/credentials' : 'home/ci/.aws/credentials',
    `[default]\naws_access_key_id = ${id1}\naws_secret_access_key = ${awsSecret}\n`, awsSecret, 'aws credentials, non-standard length', [id1]);
  const s3 = randomString(40, BASE64, s(4));
  const id2 = keyId(5);
  add('s3cfg', cal ? '.s3cfg' : 'home/ops/.s3cfg', `[default]\naccess_key = ${id2}\nhost_base = s3.amazonaws.com\nsecret_key = ${s3}\n`, s3, '.s3cfg secret_key', [id2]);
  const apr = join('$apr1$', randomString(8, ALNUM, s(6)), '$', randomString(22, ALNUM + './', s(7)));
  const bcrypt = join('$2y$10$', randomString(53, ALNUM + './', s(8)));
  add('password-hash', cal ? 'public/.htpasswd' : 'etc/nginx/.htpasswd', cal ? `admin:${apr}\n` : `ops:${bcrypt}\n`, cal ? apr : bcrypt, '.htpasswd hash');
  const sha512crypt = join('$6$', randomString(16, ALNUM, s(9)), '$', randomString(86, ALNUM + './', s(10)));
  add('password-hash', cal ? 'etc/shadow' : 'backup/shadow', `root:${sha512crypt}:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n`, sha512crypt, 'shadow hash');
  const dumpHash = cal ? join('$2a$12$', randomString(53, ALNUM + './', s(11))) : join('pbkdf2_sha256$', '600000$', randomString(22, ALNUM, s(12)), '$', randomString(43, BASE64, s(13)), '=');
  add('password-hash', cal ? 'db/dump.sql' : 'backups/users.sql',
    `INSERT INTO \`users\` (\`id\`, \`email\`, \`password\`) VALUES (1, 'ops@acme.io', '${dumpHash}');\n`, dumpHash, 'SQL dump password hash');
  const salt = randomString(64, ALNUM + '!#%^*()-_=+[]{};:,.<>/?|~', s(14)).replace(/'/g, 'q');
  add('wordpress-salt', 'wp-config.php', `<?php\ndefine( '${cal ? 'AUTH_KEY' : 'SECURE_AUTH_SALT'}',  '${salt}' );\n`, salt, 'wp-config salt');
  const master = randomString(32, HEX_CHARS, s(15));
  add('rails-master-key', cal ? 'config/master.key' : 'config/credentials/production.key', `${master}\n`, master, 'Rails master key');
  const skb = randomString(128, HEX_CHARS, s(16));
  add('rails-secrets', 'config/secrets.yml', `production:\n  secret_key_base: ${skb}\n`, skb, 'secrets.yml secret_key_base');
  const appKey = join('base64:', base64(randomString(32, ALNUM, s(17))));
  add('laravel-app-key', cal ? '.env' : 'laravel/.env.production', `APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=${appKey}\n`, appKey, 'Laravel APP_KEY');
  const ppkLines = Array.from({ length: 6 }, (_, i) => randomString(64, BASE64, s(20 + i)));
  const ppk = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: ${cal ? 'deploy' : 'backup'}\nPublic-Lines: 2\n${randomString(64, BASE64, s(30))}\n${randomString(40, BASE64, s(31))}\nPrivate-Lines: 6\n${ppkLines.join('\n')}\nPrivate-MAC: ${randomString(64, HEX_CHARS, s(32))}\n`;
  add('ppk', cal ? 'keys/deploy.ppk' : 'ops/backup.ppk', ppk, ppkLines.join('\n'), 'PuTTY .ppk');
  const pem = pemBlock(join(cal ? 'OPENSSH ' : 'PGP ', cal ? 'PRIVATE KEY' : 'PRIVATE KEY BLOCK'), s(33));
  add('private-key', cal ? 'home/.ssh/id_ed25519' : 'keys/signing.asc', pem + '\n', pem, cal ? 'OpenSSH private key' : 'PGP private key');
  const fzPass = base64(password(s(34)));
  add('filezilla', cal ? 'AppData/FileZilla/sitemanager.xml' : 'FileZilla/recentservers.xml',
    `<FileZilla3>\n  <Servers>\n    <Server>\n      <Host>ftp.acme.io</Host>\n      <User>${cal ? 'web' : 'ops'}</User>\n      <Pass encoding="base64">${fzPass}</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>\n`, fzPass, 'FileZilla saved password');
  const winscp = randomString(48, 'ABCDEF0123456789', s(35));
  add('winscp', cal ? 'WinSCP.ini' : 'config/winscp.ini', `[Sessions\\ops@sftp.acme.io]\nHostName=sftp.acme.io\nUserName=ops\nPassword=${winscp}\n`, winscp, 'WinSCP saved password');
  const ffUser = base64(randomString(60, ALNUM, s(36)));
  const ffPass = base64(randomString(60, ALNUM, s(37)));
  add('firefox-logins', cal ? 'profile/logins.json' : 'firefox/abc.default/logins.json',
    `{"nextId":2,"logins":[{"id":1,"hostname":"https://acme.io","encryptedUsername":"${ffUser}","encryptedPassword":"${ffPass}","encType":1}]}\n`, ffPass, 'Firefox logins.json');
  const gc = password(s(38));
  add('git-credentials', cal ? '.git-credentials' : 'home/ci/.git-credentials', `https://${cal ? 'bot' : 'ci'}:${gc}@git.acme.io\n`, gc, '.git-credentials');
  const np = password(s(39));
  add('netrc', cal ? '.netrc' : 'home/ci/_netrc', `machine api.acme.io login ci password ${np}\n`, np, '.netrc');
  const pg = password(s(40));
  add('pgpass', cal ? '.pgpass' : 'home/ci/.pgpass', `db.acme.io:5432:app:svc:${pg}\n`, pg, '.pgpass');
  // System and service configuration, installers, templates in CI and config (each split its own files).
  const sys = password(s(41));
  const b64 = base64(randomString(32, ALNUM, s(42)));
  const bcryptCfg = join('$2a$14$', randomString(53, ALNUM + './', s(43)));
  const hex32 = randomString(32, HEX, s(45));
  const gossip = base64(randomString(32, ALNUM, s(48)));
  if (cal) {
    add('system-file', 'etc/ipsec.secrets', `: RSA gw1.key\n198.51.100.24 203.0.113.77 : PSK "${b64}"\n`, b64, 'IPsec PSK');
    add('system-file', 'etc/ppp/chap-secrets', `# client\tserver\tsecret\tIP\n"dsl-4471@isp.net"\t*\t"${sys}"\t*\n`, sys, 'PPP chap-secrets');
    add('system-file', 'etc/keepalived/keepalived.conf', `vrrp_instance VI_1 {\n  authentication {\n    auth_type PASS\n    auth_pass ${sys.slice(0, 8)}\n  }\n}\n`, sys.slice(0, 8), 'keepalived auth_pass');
    add('system-file', 'install/ks.cfg', `lang en_US.UTF-8\nrootpw --plaintext ${sys}\n`, sys, 'Kickstart rootpw');
    add('system-file', 'infra/db.yaml', `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: "${sys}"\n`, sys, 'CloudFormation NoEcho default');
    add('password-hash', 'traefik/dynamic.yml', `http:\n  middlewares:\n    auth:\n      basicAuth:\n        users:\n          - "ops:${bcryptCfg}"\n`, bcryptCfg, 'Traefik basicAuth user hash');
    add('comparison', 'app/auth.py', `def check(password):\n    return password == "${sys}"\n`, sys, 'password compared with a literal');
    add('template-expression', '.github/workflows/deploy.yml', `env:\n  DEPLOY_TOKEN: \${{ "${b64}" }}\n`, b64, 'GitHub Actions ${{ "…" }}');
    add('markdown-table', 'docs/setup.md', `| Variable | Value |\n|---|---|\n| API_TOKEN | ${b64} |\n`, b64, 'Markdown table row');
    add('env-fallback', 'cmd/server/main.go', `token := getEnv("API_TOKEN", "${b64}")\n`, b64, 'Go getEnv helper default');
    add('shared-secret', '.env', `WEBHOOK_SHARED_SECRET=${b64}\n`, b64, 'shared secret (not a SHA)');
    // This round: provider auth schemes, SDK constructors, byte conversions, exec-form commands, tool files.
    add('auth-header', 'ops/alert.sh', `curl -H "Authorization: GenieKey ${b64}" https://api.opsgenie.com/v2/alerts\n`, b64, 'provider auth scheme');
    add('sdk-constructor', 'transcribe/main.go', `client := aai.NewClient("${hex32}")\n`, hex32, 'SDK client built from a token');
    add('bytes', 'auth/jwt.go', `var jwtSecret = []byte("${b64}")\n`, b64, 'signing secret as bytes');
    add('exec-form', 'docker-compose.yml', `services:\n  cache:\n    healthcheck:\n      test: ["CMD", "redis-cli", "-a", "${sys}", "ping"]\n`, sys, 'exec-form command');
    add('tool-file', 'home/hana/.curlrc', `silent\nuser = "ops-bot:${sys}"\n`, sys, '.curlrc user:password');
    add('tool-file', 'devtools/dashboard.har', `{"log": {"entries": [{"request": {"headers": [\n  {"name": "Cookie", "value": "_ga=GA1.1.188034.1712065; app_session=${hex32}"}\n]}}]}}\n`, hex32, 'HAR session cookie');
    add('template-suffix', 'roles/app/templates/config.yml.j2', `database:\n  password: ${sys}\n`, sys, 'config template (.j2)');
    // This round: SQL insert columns, Erlang terms, raw strings, base64 key literals, continued commands, Nix strings.
    add('sql-insert', 'db/seed.sql', `INSERT INTO oauth_clients (client_id, client_secret, redirect_uri)\nVALUES ('web', '${b64}', 'https://app.acme.io/cb');\n`, b64, 'SQL insert column');
    add('erlang-term', 'config/sys.config', `[{myapp, [{smtp, [{relay, "smtp.acme.io"}, {password, "${sys}"}]}]}].\n`, sys, 'Erlang atom pair');
    add('raw-string', 'src/secrets.rs', `static MASTER_KEY: &str = r#"${b64}"#;\n`, b64, 'Rust raw string');
    add('base64-literal', 'Settings.cs', `static byte[] encryptionKey = Convert.FromBase64String("${b64}");\n`, b64, 'key given in base64');
    add('continued-command', 'scripts/sms.sh', `curl -X POST https://api.acme.io/v1/messages \\\n  --data-urlencode "Body=ok" \\\n  -u "ops:${sys}"\n`, sys, 'curl -u on a continued line');
    add('nix-string', 'hosts/edge/configuration.nix', `{\n  environment.etc."agent.env".text = ''\n    ACME_API_KEY=${hex32}\n  '';\n}\n`, hex32, 'config in a Nix indented string');
    // This round: generated passwords of every symbol, memorable passwords, key/value tables, otpauth URIs, WIF keys.
    const symbols = `]${randomString(18, ALNUM + '!@#$%^&*()_+-=[]{}|;:,.<>?~', s(54))}`;
    add('symbol-password', 'config/db.json', `{"password": ${JSON.stringify(symbols)}}\n`, symbols, 'password of every symbol, opening with ]');
    add('memorable-password', 'fastlane/.env.default', 'MATCH_PASSWORD=Nutmeg_Quokka' + String(100 + (s(55) % 900)) + '\n', 'Nutmeg_Quokka' + String(100 + (s(55) % 900)), 'memorable password');
    add('kv-table', 'db/seeds/002_settings.sql', `UPDATE settings SET value = '${sys}' WHERE key = 'smtp_password';\n`, sys, 'key/value table row updated by key');
    const totp = randomString(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', s(56));
    add('otpauth', 'exports/vault.json', `{"totp": "otpauth://totp/ACME:ops?secret=${totp}&issuer=ACME"}\n`, totp, 'TOTP seed in an otpauth URI');
    const wif = wifKey({ compressed: true, seed: s(57) });
    add('wif', 'wallet/.env', `BTC_WIF=${wif}\n`, wif, 'Bitcoin WIF key');
  } else {
    add('system-file', 'etc/rsyncd.secrets', `# rsync users\nbackup:${sys}\n`, sys, 'rsync secrets');
    add('system-file', 'etc/postfix/sasl_passwd', `[smtp.relay.net]:587 relay@acme.io:${sys}\n`, sys, 'Postfix sasl_passwd');
    add('system-file', 'home/me/.mbsyncrc', `IMAPAccount work\nUser me@acme.io\nPass ${sys}\n`, sys, 'mbsync Pass');
    add('system-file', 'preseed/preseed.cfg', `d-i passwd/root-login boolean true\nd-i passwd/root-password password ${sys}\n`, sys, 'Debian preseed password');
    add('system-file', 'redis/sentinel.conf', `sentinel monitor cache 10.0.0.5 6379 2\nsentinel auth-pass cache ${sys}\n`, sys, 'Redis Sentinel auth-pass');
    add('password-hash', 'caddy/Caddyfile', `example.com {\n\tbasic_auth /admin/* {\n\t\tops ${bcryptCfg}\n\t}\n}\n`, bcryptCfg, 'Caddyfile basic_auth hash');
    add('comparison', 'src/auth.js', `if (apiKey === "${b64}") {\n  allow();\n}\n`, b64, 'API key compared with a literal');
    add('template-expression', 'config/app.yml', `api_token: <%= "${b64}" %>\n`, b64, 'ERB <%= "…" %>');
    add('annotation', 'src/main/java/Client.java', `class Client {\n  @Value("${b64}")\n  private String apiToken;\n}\n`, b64, 'Spring @Value literal');
    add('env-fallback', 'app/settings.py', `SECRET_KEY = config("SECRET_KEY", default="${b64}")\n`, b64, 'python-decouple default');
    add('shared-secret', 'synapse/homeserver.yaml', `registration_shared_secret: "${b64}"\n`, b64, 'shared secret (not a SHA)');
    add('auth-header', 'Api.cs', `var h = new AuthenticationHeaderValue("Bearer", "${b64}");\n`, b64, '.NET AuthenticationHeaderValue');
    add('sdk-constructor', 'src/sms.js', `const messagebird = require('messagebird')('${b64}');\n`, b64, 'SDK client built from a token');
    add('bytes', 'Auth.cs', `var signingKey = Encoding.UTF8.GetBytes("${b64}");\n`, b64, 'signing secret as bytes');
    add('exec-form', 'k8s/job.yaml', `spec:\n  containers:\n  - name: dump\n    command: ["mysqldump", "--password=${sys}", "app"]\n`, sys, 'exec-form command');
    add('tool-file', 'etc/openvpn/client/auth.txt', `rkaur\n${sys}\n`, sys, 'OpenVPN auth-user-pass');
    add('tool-file', 'consul.d/consul.hcl', `datacenter = "eu1"\nencrypt = "${gossip}"\n`, gossip, 'Consul gossip key');
    add('template-suffix', 'config/app.ini.dist', `[database]\npassword = ${sys}\n`, sys, 'config template (.dist)');
    add('sql-insert', 'migrations/V7__api_users.sql', `INSERT INTO \`api_users\` (\`id\`, \`email\`, \`api_token\`) VALUES (3, 'ops@acme.io', '${b64}');\n`, b64, 'SQL insert column');
    add('erlang-term', 'rebar.config', `{relx, [{overlay_vars, "vars.config"}]}.\n{db_password, "${sys}"}.\n`, sys, 'Erlang atom pair');
    add('raw-string', 'conf.lua', `local creds = { access_token = [[${b64}]] }\n`, b64, 'Lua long-bracket string');
    add('base64-literal', 'src/main/java/Keys.java', `static final byte[] SIGNING_KEY = Base64.getDecoder().decode("${b64}");\n`, b64, 'key given in base64');
    add('continued-command', 'ci/publish.sh', `curl --fail https://upload.acme.io/v2/files \\\n  --user "ci:${sys}" \\\n  -T dist.tar.gz\n`, sys, 'curl --user on a continued line');
    add('zig-slice', 'src/config.zig', `pub const hmac_key: []const u8 = "${b64}";\n`, b64, 'Zig slice-typed const');
    const symbols = `&${randomString(18, ALNUM + '!@#$%^&*()_+-=[]{}|;:,.<>?~', s(54))}`;
    add('symbol-password', 'settings.py', `DB_PASSWORD = ${JSON.stringify(symbols)}\n`, symbols, 'password of every symbol, opening with &');
    add('memorable-password', 'api/http-client.private.env.json', '{\n  "prod": {\n    "password": "Velvet-Osprey' + String(100 + (s(55) % 900)) + '"\n  }\n}\n', 'Velvet-Osprey' + String(100 + (s(55) % 900)), 'memorable password');
    add('kv-table', 'db/seed.sql', `INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('mailserver_pass', '${sys}', 'no');\n`, sys, 'key/value table row inserted');
    const totp = randomString(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', s(56));
    add('otpauth', 'docs/break-glass.md', `Root 2FA: otpauth://totp/AWS:root?issuer=AWS&secret=${totp}\n`, totp, 'TOTP seed in an otpauth URI');
    const wif = wifKey({ seed: s(57) });
    add('wif', 'sweep.py', `key = PrivateKey("${wif}")\n`, wif, 'Bitcoin WIF key');
  }
  // Public by design, in both splits' own files.
  add('file-negative', cal ? 'src/analytics.js' : 'web/segment.ts', `export const analytics = AnalyticsBrowser.load({ writeKey: "${randomString(32, ALNUM, s(47))}" });\n`, undefined, 'browser analytics write key');
  add('file-negative', 'k8s/sealed.yaml', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: Ag${randomString(300, BASE64, s(44))}\n`, undefined, 'SealedSecret encryptedData');
  add('file-negative', 'plugins/filter/password_hash.yml', `# pwdhash => "${bcryptCfg}"\n`, undefined, 'commented hash example');
  add('file-negative', 'docs/rules.md', '| Rule | Env var | Finds |\n|---|---|---|\n| private-key | PRIVATE_KEY | PEM/OpenSSH/PGP private key block (RSA, EC) |\n', undefined, 'prose in a table cell');
  add('file-negative', 'etc/nginx/sites-enabled/app.conf', '    fastcgi_pass unix:/var/run/php/php8.2-fpm.sock;\n', undefined, 'nginx upstream socket');
  add('file-negative', 'etc/dovecot/conf.d/10-ssl.conf', '#ssl_cipher_list = ALL:!kRSA:!SRP:!aNULL:!PSK:!RC4:!ADH:!LOW@STRENGTH\n', undefined, 'cipher list');
  // This round's negatives: a stored password hash in a seed row, an encrypted FileZilla element, a publishable key.
  add('file-negative', cal ? 'db/users.sql' : 'tests/data.sql', `INSERT INTO user (username, password)\nVALUES ('test', 'pbkdf2:sha256:50000$${randomString(8, ALNUM, s(49))}$${randomString(64, HEX, s(50))}');\n`, undefined, 'stored password hash in a seed row');
  add('file-negative', cal ? 'FileZilla/recentservers.xml' : 'AppData/FileZilla/sitemanager.xml', `<Server>\n  <Pass encoding="crypt" pubkey="${base64(randomString(48, ALNUM, s(51)))}">${base64(randomString(60, ALNUM, s(52)))}</Pass>\n</Server>\n`, undefined, 'FileZilla crypt (master password elsewhere)');
  add('file-negative', cal ? 'config/services.php' : 'src/config/payments.ts', cal ? `<?php\nreturn ['stripe' => ['key' => '${join('pk', '_live_', randomString(99, ALNUM, s(53)))}']];\n` : `export const stripe = { key: "${join('pk', '_live_', randomString(99, ALNUM, s(53)))}" };\n`, undefined, 'Stripe publishable key');
  // Negatives.
  add('file-negative', 'wp-config.php', `<?php\ndefine( 'AUTH_KEY', 'put your unique phrase here' );\n`, undefined, 'wp-config default phrase');
  add('file-negative', '.env.example', `APP_KEY=\nDB_PASSWORD=\n`, undefined, 'empty env template');
  add('file-negative', 'etc/shadow', `root:*:19000:0:99999:7:::\nnobody:!:19000::::::\n`, undefined, 'locked shadow entries');
  add('file-negative', 'public/.htpasswd', `# htpasswd -c .htpasswd admin\n`, undefined, 'htpasswd comment');
  add('file-negative', 'profile/logins.json', `{"nextId":1,"logins":[]}\n`, undefined, 'empty logins.json');
  return out;
}

/** Every case of one split. Deterministic for a given split. */
export function labelledCorpus(split: Split): LabelledCase[] {
  const seed = split === 'calibration' ? 424_242 : 919_191;
  return [
    ...namedValues(split, seed),
    ...placeholders(split, seed),
    ...lookAlikes(split, seed),
    ...syntaxes(split, seed),
    ...credentialFiles(split, seed),
  ];
}

export interface Verdict { kase: LabelledCase; ok: boolean; why: string }

/**
 * Scores findings against a case: a positive needs a finding whose range is exactly the
 * secret (or lies inside it, for multi-line key bodies); a negative needs no finding at all.
 */
export function judge(kase: LabelledCase, findings: { range: { start: { offset: number }; end: { offset: number } }; ruleId: string }[]): Verdict {
  if (kase.secret === undefined) {
    return { kase, ok: findings.length === 0, why: findings.map(f => f.ruleId).join(',') || 'quiet' };
  }
  const at = kase.text.indexOf(kase.secret);
  const end = at + kase.secret.length;
  const hit = findings.some(f => f.range.start.offset <= at + 2 && f.range.end.offset >= end - 2
    || (f.range.start.offset >= at - 40 && f.range.end.offset <= end + 40 && f.range.end.offset - f.range.start.offset >= kase.secret!.length / 2));
  return { kase, ok: hit, why: findings.map(f => f.ruleId).join(',') || 'no finding' };
}
