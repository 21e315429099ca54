import { ALNUM, randomString } from '../../helpers/fakes';
import { expectFinding, expectNone } from './support';

/** A password that looks like one a person or generator would set. */
const pw = () => randomString(14, ALNUM) + '#9';

describe('rules: connection strings', () => {
  it('reports only the password of database and broker URLs, for every scheme', () => {
    for (const scheme of ['postgres', 'postgresql', 'postgresql+psycopg2', 'mysql', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'sqlserver']) {
      const p = pw();
      const url = `${scheme}://app_user:${p}@db.internal.acme.io:5432/app`;
      expectFinding(`DATABASE_URL=${url}`, p, 'database-url-password', { path: '.env', severity: 'error', label: scheme });
    }
  });

  it('works inside code, YAML and JSON', () => {
    const p = pw();
    const url = `postgres://svc:${p}@10.1.2.3/app`;
    expectFinding(`engine = create_engine("${url}")`, p, 'database-url-password', { path: 'db.py' });
    expectFinding(`spring:\n  datasource:\n    url: ${url}\n`, p, 'database-url-password', { path: 'application.yml' });
    expectFinding(`{"db": "${url}?sslmode=require"}`, p, 'database-url-password', { path: 'config.json' });
  });

  it('a mail client\'s URL may give an e-mail address as the user, unencoded', () => {
    const p = pw();
    expectFinding(`set smtp_url = "smtps://bob@acme-widgets.io:${p}@smtp.fastmail.com:465/"\n`, p, 'url-basic-auth', { path: 'home/bob/.muttrc' });
    // (A scp-style remote names a path after the colon, no password.)
    expectNone('remote = "ssh://git@github.com:acme/deploy.git"\n', 'url-basic-auth', 'deploy.toml');
  });

  it('skips placeholder passwords, templates and placeholder hosts', () => {
    for (const text of [
      'postgres://postgres:postgres@localhost:5432/db',
      'mysql://root:root@127.0.0.1/db',
      'postgresql://user:password@localhost/mydb',
      'mongodb://admin:changeme@mongo:27017',
      'redis://:${REDIS_PASSWORD}@cache:6379',
      'amqp://guest:guest@rabbit:5672',
      'postgres://app:<password>@db:5432/app',
      'postgres://app:{password}@db:5432/app',
      'postgres://app:%s@%s/app',
      `postgres://app:${pw()}@host:5432/app`,
      'mysql://app:s3cr3t@db.example.com/app',
      'postgres://app:P@ssw0rd@db/app',
    ]) expectNone(`DATABASE_URL=${text}`, 'database-url-password', '.env', text);
  });

  it('a real-looking password on localhost is a warning', () => {
    const p = pw();
    expectFinding(`DATABASE_URL=postgres://dev:${p}@localhost:5432/dev`, p, 'database-url-password', { path: '.env', severity: 'warning' });
  });

  it('JDBC password parameters and Oracle thin URLs', () => {
    const p = pw();
    expectFinding(`jdbc.url=jdbc:sqlserver://db:1433;databaseName=app;user=svc;password=${p};encrypt=true`, p, 'jdbc-password', { path: 'app.properties' });
    const q = pw();
    expectFinding(`String url = "jdbc:postgresql://db/app?user=svc&password=${q}";`, q, 'jdbc-password', { path: 'Db.java' });
    const o = pw();
    expectFinding(`url: jdbc:oracle:thin:scott/${o}@db:1521:ORCL`, o, 'jdbc-password', { path: 'a.yml' });
    expectNone('url=jdbc:mysql://db/app?user=root&password=${DB_PASS}', 'jdbc-password', 'a.properties');
  });

  it('ADO.NET / ODBC connection strings', () => {
    const p = pw();
    expectFinding(`"ConnectionStrings": { "Default": "Server=tcp:acme.database.windows.net,1433;Initial Catalog=app;User ID=svc;Password=${p};" }`, p, 'connection-string-password', { path: 'appsettings.json' });
    const q = pw();
    expectFinding(`<add name="db" connectionString="Data Source=db01;Uid=svc;Pwd=${q};" />`, q, 'connection-string-password', { path: 'web.config' });
    expectNone('Server=db;User ID=sa;Password=Password123;', 'connection-string-password', 'a.config');
    expectNone(`password=${pw()}`, 'connection-string-password', 'a.ini'); // not a connection string
  });

  it('other URLs with user:password@host report the password; examples are skipped', () => {
    const p = pw();
    expectFinding(`git clone https://deploy:${p}@git.acme.io/team/repo.git`, p, 'url-basic-auth', { path: 'ci.sh' });
    const q = pw();
    expectFinding(`SMTP_URL=smtps://mailer:${q}@smtp.acme.io:465`, q, 'url-basic-auth', { path: '.env' });
    expectNone('see https://user:pass@example.com/path', 'url-basic-auth', 'a.md');
    expectNone(`'socks://your-name%40gmail.com:${p}@proxy.acme.io'`, 'url-basic-auth', 'README.md');
    // Docs' stand-in domains (pip's authentication guide uses pypi.company.com): their short, plain
    // examples are skipped; a strong password there was pasted by someone, and is told as info.
    expectNone('pip install --index-url https://user:he%2F%2Fo@pypi.company.com/simple pkg', 'url-basic-auth', 'a.md');
    expectNone("const myURL = new URL('https://abc:xyz@example.com');", 'url-basic-auth', 'url.d.ts');
    expectFinding(`pip install --index-url https://user:${p}@pypi.company.com/simple pkg`, p, 'url-basic-auth', { path: 'a.md', severity: 'info' });
    expectFinding(`git clone https://deploy:${p}@git.mydomain.com/repo.git`, p, 'url-basic-auth', { path: 'a.sh', severity: 'info' });
    expectFinding(`DATABASE_URL=mysql://app:${p}@db.example.com/app`, p, 'database-url-password', { path: '.env', severity: 'info' });
    // A host the program fills in does not make the literal password beside it a template.
    expectFinding(`engine = create_engine(f"postgresql+psycopg2://etl:${p}@{DB_HOST}:5432/warehouse")`, p, 'database-url-password', { path: 'etl.py' });
    expectNone('engine = create_engine(f"postgresql://etl:secret@{DB_HOST}:5432/warehouse")', 'database-url-password', 'etl.py');
    expectFinding(`git clone https://deploy:${p}@git.acmecompany.io/repo.git`, p, 'url-basic-auth', { path: 'ci.sh' });
    expectNone('proxy = "http://proxyuser:proxypass@proxy.example.com:3128"', 'url-basic-auth', 'a.py');
    expectNone('http://localhost:8080@foo', 'url-basic-auth', 'a.py');
    // Multi-host URLs: `host:port,user:pass@host` puts a port, not a password, after the first colon.
    expectFinding(`mhu = MultiHostUrl('https://db1.internal:5432,app:${p}@db2.internal/path')`, p, 'url-basic-auth', { path: 'a.py' });
    expectNone(`mhu = MultiHostUrl('https://foo.com:123,foo:bar@bar.com/path')`, 'url-basic-auth', 'a.py');
    expectNone('"https://${USER}:${TOKEN}@github.com/x/y"', 'url-basic-auth', 'a.sh');
    // Demo accounts, names to fill in, and text that only looks like userinfo (real code, read by hand).
    expectNone('sqla+mysql://scott:tiger@localhost/foo', 'url-basic-auth', 'sqlalchemy.py');
    expectNone('azureservicebus://SAS_POLICY_NAME:SAS_KEY@SERVICE_BUSNAMESPACE', 'url-basic-auth', 'azureservicebus.py');
    expectNone('"git://[path-to-repo[:]][ref@]path/to/file"', 'url-basic-auth', 'git.py');
    expectNone('syn match rebolURL "ftp://\\(\\k\\+:\\k\\+@\\)\\=\\k\\+"', 'url-basic-auth', 'rebol.vim');
    expectNone("'https://sigmavirus24:not-re%40l@github.com/sigmavirus24/rfc3986'", 'url-basic-auth', 'builder.py');
  });

  it('passwords on command lines: mysql -pPASSWORD, --password=, sshpass, redis-cli, docker login', () => {
    const p = randomString(14, ALNUM) + '#4';
    expectFinding(`mysql -u root -p${p} app < dump.sql`, p, 'command-line-password', { path: '.bash_history' });
    expectFinding(`mysqldump --password=${p} app > app.sql`, p, 'command-line-password', { path: 'backup.sh' });
    expectNone('mysql -u root -p app', 'command-line-password', 'README.md'); // prompts for it
    expectNone('mysql -u root -proot app', 'command-line-password', 'setup.sh');
    expectNone('mysql -u "$DB_USER" -p"$DB_PASS" app', 'command-line-password', 'setup.sh');
    expectFinding(`sshpass -p '${p}' ssh ops@web1.acme.io`, p, 'command-line-password', { path: '.bash_history' });
    expectFinding(`redis-cli -h cache.acme.io -a ${p} ping`, p, 'command-line-password', { path: 'check.sh' });
    expectFinding(`docker login -u ci -p ${p} registry.acme.io`, p, 'command-line-password', { path: '.gitlab-ci.yml' });
    expectNone('sshpass -p "$SSHPASS" ssh ops@web1', 'command-line-password', 'a.sh');
    expectNone('Passwords in `sshpass -p …`, `redis-cli -a …` are reported.', 'command-line-password', 'notes.md');
    expectNone('docker login -u ci -p $CI_REGISTRY_PASSWORD registry.acme.io', 'command-line-password', '.gitlab-ci.yml');
  });
});
