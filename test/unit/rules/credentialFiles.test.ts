import { ALNUM, BASE64, HEX, base64, crcToken, join, randomString, uuid } from '../../helpers/fakes';
import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { expectFinding, expectNone } from './support';

const pw = () => randomString(16, ALNUM) + '!7';

describe('rules: credential files', () => {
  it('.npmrc _authToken, _auth and _password', () => {
    const t = uuid();
    expectFinding(`registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${t}\n`, t, 'npmrc-auth', { path: '.npmrc', severity: 'error' });
    const auth = base64(`ci:${pw()}`);
    expectFinding(`_auth=${auth}\nemail=ci@acme.io\n`, auth, 'npmrc-auth', { path: '.npmrc' });
    const p = base64(pw());
    expectFinding(`//npm.acme.io/:_password="${p}"\n`, p, 'npmrc-auth', { path: '.npmrc' });
    expectFinding(`echo "//registry.npmjs.org/:_authToken=${t}" > ~/.npmrc`, t, 'npmrc-auth', { path: 'ci/publish.sh' });
    expectNone('//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', 'npmrc-auth', '.npmrc');
    expectNone('    _password = _messages.StringField(1)\n', 'npmrc-auth', 'api/messages.py'); // code, not an .npmrc
  });

  it('an npm token in .npmrc is reported once, by the checksum rule', () => {
    const t = crcToken(join('np', 'm_'));
    expectFinding(`//registry.npmjs.org/:_authToken=${t}\n`, t, 'npm-access-token', { path: '.npmrc', confidence: 'verified-format' });
    expectNone(`//registry.npmjs.org/:_authToken=${t}\n`, 'npmrc-auth', '.npmrc');
  });

  it('.pypirc passwords, only in .pypirc files', () => {
    const p = pw();
    const text = `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.acme.io\nusername = ci\npassword = ${p}\n`;
    expectFinding(text, p, 'pypirc-password', { path: 'home/.pypirc' });
    expectNone(text, 'pypirc-password', 'notes/setup.cfg');
    expectNone('[pypi]\npassword = <your token>\n', 'pypirc-password', '.pypirc');
  });

  it('.netrc passwords, in netrc files and inline machine lines elsewhere', () => {
    const p = pw();
    expectFinding(`machine api.acme.io\n  login ci\n  password ${p}\n`, p, 'netrc-password', { path: '.netrc' });
    const q = pw();
    expectFinding(`printf "machine git.acme.io login ci password ${q}\\n" > ~/.netrc`, q, 'netrc-password', { path: 'ci.sh' });
    expectNone(`password ${pw()}`, 'netrc-password', 'notes.txt');
    expectNone('machine example.com login me password mypassword', 'netrc-password', '_netrc');
  });

  it('.git-credentials lines', () => {
    const t = crcToken(join('gh', 'p_'));
    const p = pw();
    const text = `https://octo:${t}@github.com\nhttps://ci:${p}@git.acme.io\n`;
    expectFinding(text, p, 'git-credentials', { path: '/home/me/.git-credentials' });
    // The GitHub token on the first line is the GitHub rule's, with its checksum verified.
    expectFinding(text, t, 'github-pat', { path: '/home/me/.git-credentials' });
  });

  it('.pgpass lines report the password field, honouring escaped colons', () => {
    const p = pw();
    expectFinding(`# comment\ndb.acme.io:5432:app:svc:${p}\n`, p, 'pgpass-password', { path: '.pgpass' });
    const q = 'ab\\:' + pw();
    expectFinding(`*:*:*:svc:${q}\n`, q, 'pgpass-password', { path: '/root/.pgpass' });
    expectNone('localhost:5432:*:postgres:postgres\n', 'pgpass-password', '.pgpass');
    expectNone(`db:5432:app:svc:${pw()}\n`, 'pgpass-password', 'notes.txt');
  });

  it('AWS-style credentials files: secrets of any length, not only AWS\'s 40 characters', () => {
    const key = randomString(44, BASE64);
    const text = `[default]\naws_access_key_id = ${join('AK', 'IA', randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}\naws_secret_access_key = ${key}\n`;
    expectFinding(text, key, 'aws-credentials-file', { path: '/home/me/.aws/credentials', severity: 'error' });
    const s3 = randomString(32, ALNUM);
    expectFinding(`[default]\nhost_base = minio.acme.io\nsecret_key = ${s3}\n`, s3, 'aws-credentials-file', { path: '.s3cfg' });
    expectNone(`[default]\nsecret_key = <your secret>\n`, 'aws-credentials-file', '.s3cfg');
    expectNone(text, 'aws-credentials-file', 'docs/setup.ini'); // only in the credentials files themselves
  });

  it('password hashes in password files and dumps are warnings of their own kind', () => {
    const apr = join('$apr1$', randomString(8, ALNUM), '$', randomString(22, ALNUM + './'));
    expectFinding(`admin:${apr}\n`, apr, 'password-hash', { path: 'site/.htpasswd', severity: 'warning' });
    const sha512 = join('$6$', randomString(16, ALNUM), '$', randomString(86, ALNUM + './'));
    expectFinding(`root:${sha512}:19000:0:99999:7:::\n`, sha512, 'password-hash', { path: 'backup/etc/shadow' });
    expectFinding(`deploy:${sha512}:1001:1001::/home/deploy:/bin/bash\n`, sha512, 'password-hash', { path: 'etc/proftpd/ftpd.passwd' });
    const bcrypt = join('$2y$', '10$', randomString(53, ALNUM + './'));
    expectFinding(`INSERT INTO users VALUES (1,'ops@acme.io','${bcrypt}');\n`, bcrypt, 'password-hash', { path: 'db/dump.sql' });
    expectNone(`const hash = '${bcrypt}';`, 'password-hash', 'src/auth.test.ts'); // code and fixtures: not a password file
    const phpass = join('$P$', 'B', randomString(30, ALNUM + './'));
    expectFinding(`INSERT INTO \`wp_users\` VALUES (1,'admin','${phpass}','admin');\n`, phpass, 'password-hash', { path: 'backup/wordpress.sql' });
    const native = join('*', randomString(40, '0123456789ABCDEF'));
    expectFinding(`INSERT INTO \`user\` VALUES ('%','app','${native}','N');\n`, native, 'password-hash', { path: 'mysql-backup.sql' });
    expectNone(`SELECT '*${randomString(39, '0123456789ABCDEF')}';\n`, 'password-hash', 'q.sql'); // one short
    expectNone('root:*:19000:0:99999:7:::\n', 'password-hash', 'etc/shadow');
    expectNone(`admin:${join('$2y$', '10$', randomString(40, ALNUM))}\n`, 'password-hash', '.htpasswd'); // truncated
  });

  it('WordPress salts, Laravel APP_KEY and Rails master.key', () => {
    const salt = randomString(60, ALNUM + '!#%^*()-_=+[]{};:,.<>/?|~');
    expectFinding(`define( 'SECURE_AUTH_SALT', '${salt}' );\n`, salt, 'wordpress-salt', { path: 'wp-config.php' });
    expectNone(`define( 'AUTH_KEY', 'put your unique phrase here' );\n`, 'wordpress-salt', 'wp-config.php');
    const appKey = join('base64:', base64(randomString(32, ALNUM)));
    expectFinding(`APP_ENV=production\nAPP_KEY=${appKey}\n`, appKey, 'laravel-app-key', { path: '.env' });
    expectNone('APP_KEY=\n', 'laravel-app-key', '.env');
    const master = randomString(32, HEX);
    expectFinding(`${master}\n`, master, 'rails-master-key', { path: 'config/master.key' });
    expectFinding(master, master, 'rails-master-key', { path: 'config/credentials/production.key' });
    expectNone(`${master}\n`, 'rails-master-key', 'config/other.key');
    expectNone(`${randomString(31, HEX)}\n`, 'rails-master-key', 'config/master.key');
  });

  it('PuTTY keys: the file from its first line to the private lines; encrypted ones are warnings', () => {
    const priv = [0, 1, 2].map(() => randomString(64, BASE64)).join('\n');
    const ppk = (enc: string) => `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: ${enc}\nComment: ops\nPublic-Lines: 1\n${randomString(64, BASE64)}\nPrivate-Lines: 3\n${priv}\nPrivate-MAC: ${randomString(64, HEX)}\n`;
    const keyOf = (text: string) => text.slice(0, text.indexOf(priv) + priv.length);
    const plain = ppk('none');
    expectFinding(plain, keyOf(plain), 'putty-private-key', { path: 'keys/ops.ppk', severity: 'error' });
    const encrypted = ppk('aes256-cbc');
    const f = expectFinding(encrypted, keyOf(encrypted), 'putty-private-key', { path: 'keys/ops.ppk', severity: 'warning' });
    if (f.detail !== 'passphrase-encrypted') throw new Error(String(f.detail));
    expectNone('PuTTY-User-Key-File-3: ssh-rsa\nPrivate-Lines: 1\n...\n', 'putty-private-key', 'keys/x.ppk');
  });

  it('FileZilla, WinSCP, Jenkins and Firefox saved credentials', () => {
    const p = pw();
    const b = base64(p);
    expectFinding(`<Server><Host>ftp.acme.io</Host><Pass encoding="base64">${b}</Pass></Server>`, b, 'filezilla-password', { path: 'FileZilla/sitemanager.xml' });
    expectFinding(`<Server><Pass>${p}</Pass></Server>`, p, 'filezilla-password', { path: 'FileZilla/recentservers.xml' });
    expectNone(`<Pass encoding="base64">${base64('password')}</Pass>`, 'filezilla-password', 'sitemanager.xml');
    expectNone(`<Pass>${p}</Pass>`, 'filezilla-password', 'layout/form.xml'); // a plain <Pass> only in FileZilla's files
    // Windows paths, as the editor reports them there.
    expectFinding(`<Server><Pass>${p}</Pass></Server>`, p, 'filezilla-password', { path: 'C:\\Users\\ops\\AppData\\Roaming\\FileZilla\\sitemanager.xml' });
    const w = randomString(40, '0123456789ABCDEF');
    expectFinding(`[Sessions\\ops@sftp]\nHostName=sftp.acme.io\nPassword=${w}\n`, w, 'winscp-password', { path: 'WinSCP.ini' });
    expectFinding(`[Sessions\\ops@sftp]\nHostName=sftp.acme.io\nPassword=${w}\n`, w, 'winscp-password', { path: 'C:\\Program Files\\WinSCP\\WinSCP.ini' });
    const j = `{${randomString(60, BASE64)}}`;
    expectFinding(`<password>${j}</password>\n`, j, 'jenkins-credential', { path: 'jenkins/credentials.xml', severity: 'warning' });
    expectNone(`<password>${j}</password>\n`, 'jenkins-credential', 'src/main/resources/app.xml');
    const ff = base64(randomString(60, ALNUM));
    const f = expectFinding(`{"logins":[{"hostname":"https://acme.io","encryptedPassword":"${ff}"}]}`, ff, 'firefox-saved-login', { path: 'profile/logins.json', severity: 'warning' });
    if (!/encrypted/.test(f.title)) throw new Error(f.title);
    // Another application's `encryptedPassword` field is not a Firefox profile.
    expectNone(`{"user":{"encryptedPassword":"${ff}"}}`, 'firefox-saved-login', 'src/fixtures/user.json');
  });

  it('kubeconfig client keys (base64 PEM, decoded to check) and msmtp/fetchmail passwords', () => {
    const pem = base64(`-----BEGIN ${join('RSA ', 'PRIVATE KEY')}-----\n${randomString(64 * 4, BASE64)}\n-----END ${join('RSA ', 'PRIVATE KEY')}-----\n`);
    expectFinding(`users:\n- name: admin\n  user:\n    client-key-data: ${pem}\n`, pem, 'kubeconfig-client-key', { path: '.kube/config' });
    expectNone(`    client-key-data: ${base64(randomString(120, ALNUM))}\n`, 'kubeconfig-client-key', '.kube/config'); // not a PEM key
    const p = pw();
    expectFinding(`account default\nhost smtp.acme.io\npassword ${p}\n`, p, 'netrc-password', { path: '/home/me/.msmtprc' });
    expectFinding(`poll mail.acme.io user "me" password "${p}"\n`, p, 'netrc-password', { path: '.fetchmailrc' });
  });

  it("a Gradle password in single quotes may hold a `$` (Groovy interpolates in double quotes only)", () => {
    const pw = `${randomString(5)}#${randomString(8)}$L`;
    expectFinding(`android {\n  signingConfigs {\n    release {\n      storePassword '${pw}'\n    }\n  }\n}\n`, pw, 'gradle-password', { path: 'android/app/build.gradle' });
    expectNone('android {\n  signingConfigs {\n    release {\n      storePassword "${System.env.STORE_PW}"\n    }\n  }\n}\n', 'gradle-password', 'android/app/build.gradle');
  });

  it('dotfiles and shell history read as config: unquoted values count there', () => {
    const t = randomString(40, HEX);
    expectFinding(`ls\nexport GITHUB_TOKEN=${t}\n`, t, 'generic-secret-assignment', { path: 'home/me/.bash_history' });
    const k = randomString(48, HEX);
    expectFinding(`---\n:rubygems_api_key: ${k}\n`, k, 'gem-credentials-key', { path: '.gem/credentials' });
    const p = pw();
    expectFinding(`set smtp_pass = "${p}"\n`, p, 'generic-secret-assignment', { path: '.muttrc' });
    expectFinding(`[web]\nweb1 ansible_user=root ansible_ssh_pass=${p}\n`, p, 'generic-secret-assignment', { path: 'ansible/hosts' });
  });

  it('Jenkins master.key and .passwd-s3fs files', () => {
    const k = randomString(512, HEX);
    expectFinding(`${k}\n`, k, 'jenkins-master-key', { path: '/var/lib/jenkins/secrets/master.key' });
    expectNone(`${k}\n`, 'jenkins-master-key', 'notes/master.key.txt');
    const secret = randomString(40, BASE64);
    const id = join('AK', 'IA', randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'));
    expectFinding(`${id}:${secret}\n`, secret, 's3fs-password-file', { path: '/etc/passwd-s3fs' });
    expectFinding(`backups:${id}:${secret}\n`, secret, 's3fs-password-file', { path: 'home/.passwd-s3fs' });
  });

  it("Composer's auth.json: every host's token, and the http-basic password too", () => {
    const [github, gitlab, bearer, password] = [randomString(40, HEX), randomString(20, ALNUM), randomString(32, ALNUM), randomString(14, ALNUM) + '#2'];
    const text = `{\n  "http-basic": {\n    "repo.acme.io": {"username": "ci", "password": "${password}"}\n  },\n  "github-oauth": {"github.com": "${github}"},\n` +
      `  "gitlab-token": {\n    "gitlab.acme.io": "${gitlab}"\n  },\n  "bearer": {"pkg.acme.io": "${bearer}"}\n}\n`;
    const found = scanText(text, { path: 'home/.composer/auth.json' });
    assert.deepStrictEqual(found.map(f => [f.ruleId, text.slice(f.range.start.offset, f.range.end.offset)]).sort(),
      [['composer-auth-token', bearer], ['composer-auth-token', github], ['composer-auth-token', gitlab], ['generic-secret-assignment', password]].sort());
  });

  it('tables people export: a CSV record over lines, an id column beside its value, database clients\' result tables, a fixed-width report', () => {
    const [password, secret, initial] = [`${randomString(16)}=`, randomString(43, ALNUM), `${randomString(12)}%w`];
    const inRows = (text: string, path: string, ruleId: string) => scanText(text, { path }).filter(f => f.ruleId === ruleId).map(f => text.slice(f.range.start.offset, f.range.end.offset));
    // A password manager's notes cell runs over lines: the login's password is still its record's.
    const bitwarden = `folder,type,name,notes,login_username,login_password\nInfra,login,DNS,"zone: corp\nowner: ops",dns-admin@acme.io,${password}\n`;
    assert.deepStrictEqual(inRows(bitwarden, 'exports/bitwarden.csv', 'csv-credential-column'), [password]);
    // Azure's export: the SecretId column names the SecretValue beside it.
    const azure = `DisplayName,SecretId,SecretValue\ngha-deploy,${uuid()},${secret}\n`;
    assert.deepStrictEqual(inRows(azure, 'cloud/app-registrations.csv', 'csv-credential-column'), [secret]);
    const psql = `app=> select id, client_id, client_secret from oauth_clients;\n id | client_id | client_secret\n----+-----------+---------------\n  3 | partner   | ${secret}\n(1 row)\n`;
    assert.deepStrictEqual(inRows(psql, 'notes/psql.txt', 'table-credential-column'), [secret]);
    const mysql = `mysql> SELECT name, value FROM settings;\n+--------------------+-------+\n| name               | value |\n+--------------------+-------+\n| mail.smtp_host     | smtp.example.org |\n| mail.smtp_password | ${password} |\n+--------------------+-------+\n`;
    assert.deepStrictEqual(inRows(mysql, 'notes/mysql.txt', 'table-credential-column'), [password]);
    const report = `SAMACCOUNTNAME  INITIAL PASSWORD  OBJECT GUID\n--------------  ----------------  ------------------------------------\nsvc_sqlagent    ${initial}    ${uuid()}\nadm.kwagner     SSO/Smartcard     ${uuid()}\nj.okafor        (changed)         ${uuid()}\n`;
    assert.deepStrictEqual(inRows(report, 'reports/ad_audit.txt', 'table-credential-column'), [initial]);
  });
});
