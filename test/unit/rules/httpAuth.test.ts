import { ALNUM, base64, crcToken, join, randomString } from '../../helpers/fakes';
import { expectFinding, expectNone } from './support';

describe('rules: HTTP authorization headers', () => {
  it('Basic credentials: the base64 value, decoded to check it holds user:password', () => {
    const b = base64(`svc:${randomString(16, ALNUM)}`);
    expectFinding(`curl -H "Authorization: Basic ${b}" https://api.acme.io`, b, 'http-basic-auth', { path: 'a.sh', severity: 'error' });
    expectFinding(`headers = {"Authorization": "Basic ${b}"}`, b, 'http-basic-auth', { path: 'a.py' });
    expectFinding(`fetch(u, { headers: { authorization: 'Basic ${b}' } })`, b, 'http-basic-auth', { path: 'a.js' });
  });

  it('Basic values without a colon, or with placeholder passwords, are ignored', () => {
    expectNone(`Authorization: Basic ${base64(randomString(20, ALNUM))}`, 'http-basic-auth', 'a.http');
    expectNone(`Authorization: Basic ${base64('user:pass')}`, 'http-basic-auth', 'a.http');
    expectNone(`Authorization: Basic ${base64('admin:password')}`, 'http-basic-auth', 'a.http');
    expectNone('Authorization: Basic ${CREDS}', 'http-basic-auth', 'a.http');
    expectNone(`// "Basic ${base64('Aladdin:open sesame')}" returns ("Aladdin", "open sesame", true).`, 'http-basic-auth', 'request.go'); // RFC 7617's example
  });

  it('Bearer tokens: literal high-entropy values only', () => {
    const t = randomString(38, ALNUM) + '9z';
    expectFinding(`curl -H 'Authorization: Bearer ${t}' https://api.acme.io`, t, 'http-bearer-token', { path: 'a.sh', severity: 'warning' });
    expectFinding(`req.Header.Set("Authorization", "Bearer ${t}")`, t, 'http-bearer-token', { path: 'a.go' });
    expectFinding(`location /api {\n  proxy_set_header Authorization "Bearer ${t}";\n}`, t, 'http-bearer-token', { path: 'nginx/site.conf' });
    // `Token` is the same kind of scheme (Django REST framework, GitHub's API).
    expectFinding(`headers = {"Authorization": "Token ${t}"}`, t, 'http-bearer-token', { path: 'client.py' });
    expectNone(`Authorization is Bearer ${t}`, 'http-bearer-token', 'a.md'); // prose: no header syntax
    const gh = crcToken(join('gh', 'p_'));
    expectFinding(`curl -H "Authorization: Bearer ${gh}"`, gh, 'github-pat', { path: 'a.sh', confidence: 'verified-format' });
    expectNone(`curl -H "Authorization: Bearer ${gh}"`, 'http-bearer-token', 'a.sh'); // the provider rule claims it
    expectNone('Authorization: Bearer ${TOKEN}', 'http-bearer-token', 'a.sh');
    expectNone('"Authorization": f"Bearer {token}"', 'http-bearer-token', 'a.py');
    expectNone('Authorization: Bearer YOUR_ACCESS_TOKEN_GOES_HERE', 'http-bearer-token', 'a.md');
    expectNone('Authorization: Bearer <token>', 'http-bearer-token', 'a.md');
  });

  it('a whole "Basic …" string literal passed to a call counts like the header', () => {
    const b = base64(`svc:${randomString(16, ALNUM)}`);
    expectFinding(`client.setCredentials("Basic ${b}");`, b, 'http-basic-auth', { path: 'a.js' });
    expectNone(`client.setCredentials("Basic ${base64('admin:changeme')}");`, 'http-basic-auth', 'a.js');
    expectNone('const help = "Basic authentication is required";', 'http-basic-auth', 'a.js');
  });

  it('curl -u user:password and --user', () => {
    const p = randomString(14, ALNUM) + '#4';
    expectFinding(`curl -u deploy:${p} https://backup.acme.io/upload`, p, 'curl-user-password', { path: 'backup.sh', severity: 'error' });
    expectFinding(`\tcurl -sS --user ci:${p} -F f=@a.tgz https://repo.acme.io`, p, 'curl-user-password', { path: 'Makefile' });
    expectFinding(`curl --user=ci:${p} https://repo.acme.io`, p, 'curl-user-password', { path: 'ci.yml' });
    expectNone('curl -u "$USER:$PASS" https://api.acme.io', 'curl-user-password', 'a.sh');
    expectNone('curl -u admin:${ADMIN_PASSWORD} https://api.acme.io', 'curl-user-password', 'a.sh');
    expectNone('curl -u user:password https://api.example.com', 'curl-user-password', 'README.md');
    expectNone(`git push -u origin:${p}`, 'curl-user-password', 'a.sh');
  });

  it('a literal password passed as an argument; anonymous FTP and example passwords are not', () => {
    const p = randomString(14, ALNUM);
    expectFinding(`req.SetBasicAuth("deploy", "${p}")`, p, 'password-argument', { path: 'client.go', severity: 'warning' });
    expectFinding(`smtp.login("alerts@acme.io", '${p}')`, p, 'password-argument', { path: 'notify.py' });
    expectNone(`$ftp->login("anonymous",'-anonymous@')`, 'password-argument', 'FTP.pm');
    expectNone('r.SetBasicAuth("Aladdin", "open sesame")', 'password-argument', 'request.go');
    expectNone('server.login(user, password)', 'password-argument', 'mail.py');
    expectFinding(`$pw = ConvertTo-SecureString "${p}" -AsPlainText -Force`, p, 'password-argument', { path: 'deploy.ps1' });
    expectFinding(`$pw = ConvertTo-SecureString -String '${p}' -AsPlainText -Force`, p, 'password-argument', { path: 'deploy.ps1' });
    expectNone('$pw = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force', 'password-argument', 'deploy.ps1');
  });

  it('a password argument a line each, and Zendesk\'s `{email}/token` user with its API token', () => {
    const p = randomString(32, ALNUM);
    expectFinding(`SERVICE_ACCOUNT = HTTPBasicAuth(\n    "lake-export.4f81c2.mp-service-account",\n    "${p}",\n)\n`, p, 'password-argument', { path: 'export.py' });
    expectFinding(`zd = ("ops@acme-growth.com/token", "${p}")\n`, p, 'password-argument', { path: 'dedupe.py' });
    expectNone('zd = ("ops@acme-growth.com/token", os.environ["ZENDESK_TOKEN"])\n', 'password-argument', 'dedupe.py');
    const key = randomString(20, ALNUM);
    expectFinding(`requests.get("https://acme.freshdesk.com/api/v2/tickets", auth=("${key}", "X"))\n`, key, 'password-argument', { path: 'sync.py' });
  });

  it('a bare sign-in pair ends before a sentence\'s comma or full stop', () => {
    const p = `Vq8#${randomString(8, ALNUM)}`;
    expectFinding(`staging admin login is admin / ${p}, please don't share\n`, p, 'login-pair-in-prose', { path: 'notes/staging.md' });
    expectFinding(`The console's login is root / ${p}.\n`, p, 'login-pair-in-prose', { path: 'notes/staging.md' });
  });

  it('a date and time base64-encoded is no Basic credential', () => {
    expectNone("const when = Buffer.from('2024-01-08T10:22:41Z').toString('base64');\n", 'password-argument', 'test/secret.test.ts');
  });
});
