import { ALNUM, base64, crcToken, join, randomString, uuid } from '../../helpers/fakes';
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
});
