import * as assert from 'assert';
import { scanText } from '../../src/core';
import { HEX, randomString, uuid } from '../helpers/fakes';

const GENERIC = 'generic-secret-assignment';
/** The values the generic rule reports in `text`, as written. */
const reported = (text: string, path: string) => scanText(text, { path })
  .filter(f => f.ruleId === GENERIC)
  .map(f => text.slice(f.range.start.offset, f.range.end.offset));

describe('terminal transcripts and setting commands', () => {
  const V = `aZ9${randomString(21)}`;
  const HEX_KEY = randomString(32, HEX);

  it('reads the secret a command prints on the line after its prompt, past CLI notices', () => {
    const token = uuid();
    const text = [
      'dev@box:~/app$ heroku auth:token',
      ' ›   Warning: token will expire 06/01/2027',
      token,
      "dev@box:~/app$ kubectl get secret api-db -o jsonpath='{.data.password}' | base64 -d; echo",
      V,
      '$ gh auth token',
      `${V}x`,
      '',
    ].join('\n');
    assert.deepStrictEqual(reported(text, 'notes/session.txt'), [token, V, `${V}x`]);
    // Red Hat's bracketed prompt; gcloud's access token; the log GNU screen writes, under its own name.
    const gcloud = `[jdoe@bastion-01 ~]$ gcloud auth print-access-token\n${V}\n`;
    assert.deepStrictEqual(reported(gcloud, 'incident/typescript'), [V]);
    assert.deepStrictEqual(reported(`lena@build-07:~/app$ heroku auth:token\n${token}\n`, 'logs/screen/screenlog.0'), [token]);
  });

  it('a command line without a prompt, or output that is more than one value, is not read', () => {
    // A script runs the command; its output is not in the file.
    assert.deepStrictEqual(reported(`heroku auth:token\n${V}\n`, 'scripts/token.sh'), []);
    assert.deepStrictEqual(reported(`$ heroku auth:token\nError: not logged in ${V}\n`, 'notes/session.txt'), []);
    // Placeholders printed in docs stay quiet.
    assert.deepStrictEqual(reported('$ heroku auth:token\n<your-token-here>\n', 'docs/heroku.md'), []);
  });

  it('reads the rows of a secret store\'s Key/Value table, and only under its header', () => {
    const row = (name: string, value: string) => `${name.padEnd(19)}${value}`;
    const table = ['$ vault kv get secret/payments', '======= Data =======', 'Key                Value', '---                -----',
      row('db_password', V), row('db_user', 'payments_app'), ''].join('\n');
    assert.deepStrictEqual(reported(table, 'notes/vault.txt'), [V]);
    // The same row with no table above, or after a blank line ends the table, is no assignment.
    assert.deepStrictEqual(reported(`${row('db_password', V)}\n`, 'notes/vault.txt'), []);
    assert.deepStrictEqual(reported(table.replace('---                -----\n', '---                -----\n\n'), 'notes/vault.txt'), []);
  });

  it('reads a CLI that sets a named setting to a value separated by a blank', () => {
    const aws = `wV9s${randomString(36)}`;
    for (const [line, value] of [
      [`aws configure set aws_secret_access_key ${aws} --profile sandbox`, aws],
      [`dotnet user-secrets set "Stripe:ApiToken" "${V}"`, V],
      [`npm config set //registry.example.org/:_authToken ${V}`, V],
      [`git config --global github.token ${V}`, V],
    ] as const) {
      // In a script's docs, not only in scripts.
      const found = scanText(`${line}\n`, { path: 'docs/setup.md' });
      assert.ok(found.some(f => `${line}\n`.slice(f.range.start.offset, f.range.end.offset) === value), line);
    }
    // After a notebook's shell escape, in its JSON source; in a subprocess call's command string.
    for (const [text, path] of [
      [`{"source": ["!aws configure set aws_secret_access_key ${aws}"]}\n`, 'setup.ipynb'],
      [`subprocess.run("aws configure set aws_secret_access_key ${aws}", shell=True)\n`, 'setup.py'],
    ]) assert.ok(scanText(text, { path }).some(f => text.slice(f.range.start.offset, f.range.end.offset) === aws), text);
    // Naming the setting is not setting it.
    assert.deepStrictEqual(reported('aws configure get aws_secret_access_key --profile sandbox\n', 'scripts/setup.sh'), []);
  });

  it('reads a quoted name/value argument pair: a settings path, and MATLAB\'s continued lines', () => {
    assert.deepStrictEqual(reported(`m.insert("sync/apiKey", "${V}");\n`, 'src/settings.cpp'), [V]);
    const matlab = `cfg = struct('bucket', 'quant-cache', ...\n             'secretKey', '${V}', ...\n             'region', 'us-east-1');\n`;
    assert.deepStrictEqual(reported(matlab, 'fetchData.m'), [V]);
    // A list of words is not a pair of a name and its value.
    assert.deepStrictEqual(reported(`words = {'password', ...\n  'secretKey', 'rotation'};\n`, 'words.m'), []);
  });

  it("reads the value a command printed for the setting it names: aws configure get, heroku config:get, printenv, cat ~/.vault-token", () => {
    const cases: [string, string][] = [
      [`$ aws configure get aws_secret_access_key --profile legacy-batch\n${V}\n`, 'runbooks/aws.txt'],
      [`$ heroku config:get PAPERTRAIL_API_TOKEN -a acme-workers\n${V}\n`, 'runbooks/heroku.txt'],
      [`ops@bastion:~$ printenv STRIPE_SECRET_KEY\n${V}\n`, 'notes/session.log'],
      [`$ cat ~/.vault-token\n${V}\n`, 'runbooks/vault.txt'],
      // A file holding one key, printed whole: Rails' master key, from the tree or from history.
      [`$ git show 2482af7:config/master.key\n${HEX_KEY}\n`, 'notes/history.txt'],
      [`$ cat config/credentials/production.key\n${HEX_KEY}\n`, 'notes/history.txt'],
    ];
    for (const [text, path] of cases) assert.deepStrictEqual(reported(text, path), [text.includes(HEX_KEY) ? HEX_KEY : V], text);
    // A setting that is no secret prints no secret.
    assert.deepStrictEqual(reported(`$ aws configure get region --profile legacy-batch\neu-west-1\n`, 'runbooks/aws.txt'), []);
  });
});
