/**
 * The same secret in several places is moved once: every occurrence (in the file and in
 * other files) reads one variable, an existing `.env` entry holding the value is reused, and
 * a name taken by another value is reported instead of silently becoming `NAME_2`.
 */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as dotenv from 'dotenv';
import * as TOML from 'smol-toml';
import * as YAML from 'yaml';
import { findOccurrences, planMoveAllToEnv, planMoveToEnv, secretValueAt } from '../../../src/core/fix';
import { openaiProjectKey } from '../../helpers/fakes';
import { applyPlan, fileEdit, hide, inputFor } from './helpers';

describe('the same secret in several places', () => {
  it('moves all occurrences in a file with one import os, and leaves a longer token alone', () => {
    const key = openaiProjectKey();
    const text = `import sys\n\nA = "${key}"\nB = {"k": "Bearer ${key}"}\nC = f"k={1} ${key}"\nD = "x${key}"\n`;
    const plan = planMoveAllToEnv({ sourceText: text, languageId: 'python', path: 'a.py', secretStart: text.indexOf(key), secretEnd: text.indexOf(key) + key.length,
      value: key, suggestedName: 'OPENAI_API_KEY', inGitRepo: false });
    assert.strictEqual(plan.unsafeReason, undefined);
    assert.deepStrictEqual(plan.moved, [{ file: 'source', count: 3 }], '`xKEY` is a longer token, not this one');
    const files = applyPlan(plan, { source: text, env: undefined });
    assert.strictEqual(hide(files.source, key), 'import os\nimport sys\n\nA = os.environ["OPENAI_API_KEY"]\n' +
      'B = {"k": f"Bearer {os.environ[\'OPENAI_API_KEY\']}"}\nC = f"k={1} {os.environ[\'OPENAI_API_KEY\']}"\nD = "x<secret1>"\n');
    assert.strictEqual(dotenv.parse(files.env!).OPENAI_API_KEY, key);
    assert.match(plan.title, /^Move all 3 occurrences to \.env as OPENAI_API_KEY$/);
  });

  it('moves the occurrences of other files too, each read back by its parser', () => {
    const key = openaiProjectKey();
    const js = `const a = "${key}";\nconst b = \`Bearer ${key}\`;\n`;
    const compose = `services:\n  api:\n    environment:\n      OPENAI_API_KEY: ${key}\n      MODE: prod\n`;
    const workflow = `jobs:\n  x:\n    env:\n      KEY: ${key}\n`;
    const envFile = `OPENAI_API_KEY=${key}\n`;
    const plan = planMoveAllToEnv({
      ...inputFor(js.replace(key, 'SECRET'), key, 'javascript', 'src/a.js'), sourceText: js, secretStart: js.indexOf(key), secretEnd: js.indexOf(key) + key.length,
      otherFiles: [
        { path: 'docker-compose.yml', languageId: 'dockercompose', text: compose },
        { path: '.github/workflows/ci.yml', languageId: 'yaml', text: workflow },
        { path: 'old/.env', languageId: 'dotenv', text: envFile },
      ],
    });
    assert.strictEqual(plan.unsafeReason, undefined);
    assert.deepStrictEqual(plan.moved, [{ file: 'source', count: 2 }, { file: 'docker-compose.yml', count: 1 }]);
    assert.deepStrictEqual(plan.skipped.map(s => s.file), ['.github/workflows/ci.yml', 'old/.env']);
    assert.ok(plan.notes!.some(n => /2 other places still hold the value/.test(n)));
    const files = applyPlan(plan, { source: js, 'docker-compose.yml': compose, env: undefined, gitignore: undefined });
    assert.strictEqual(files.source, 'const a = process.env.OPENAI_API_KEY;\nconst b = `Bearer ${process.env.OPENAI_API_KEY}`;\n');
    assert.deepStrictEqual(YAML.parse(files['docker-compose.yml']!), { services: { api: { environment: { OPENAI_API_KEY: '${OPENAI_API_KEY}', MODE: 'prod' } } } });
    assert.strictEqual(dotenv.parse(files.env!).OPENAI_API_KEY, key);
  });

  it('finds a value however the format writes it (YAML quotes, JSON escapes), by its decoded value', () => {
    const value = `it's "Xq7vR2pL9"`;
    const yaml = `a: '${value.replace(/'/g, "''")}'\nb: ${JSON.stringify(value)}\nc: other\n`;
    assert.strictEqual(findOccurrences(yaml, 'yaml', 'a.yaml', value).length, 2);
    const plan = planMoveAllToEnv({ sourceText: yaml, languageId: 'yaml', path: 'a.yaml', secretStart: 4, secretEnd: 4 + value.length + 1,
      value: '', suggestedName: 'DB_PASSWORD', inGitRepo: false });
    const files = applyPlan(plan, { source: yaml, env: undefined });
    assert.deepStrictEqual(YAML.parse(files.source!), { a: '${DB_PASSWORD}', b: '${DB_PASSWORD}', c: 'other' });
    assert.strictEqual(dotenv.parse(files.env!).DB_PASSWORD, value);
  });

  it('reuses a .env variable holding the same decoded value', () => {
    const text = 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: Xq7!vR2pL9#mW4tZ\n';
    const start = text.indexOf('Xq7');
    const plan = planMoveToEnv({ sourceText: text, languageId: 'yaml', path: 'docker-compose.yml', secretStart: start, secretEnd: start + 10,
      value: 'Xq7!vR2pL9', suggestedName: 'POSTGRES_PASSWORD', inGitRepo: false, envText: `PG_PASS='${['Xq7!vR2pL9', 'mW4tZ'].join('#')}'\nPOSTGRES_PASSWORD=other\n` });
    assert.strictEqual(plan.envName, 'PG_PASS');
    assert.strictEqual(fileEdit(plan, 'env'), undefined, '.env is left as it is');
    assert.strictEqual(plan.nameConflict, undefined);
  });

  it('a name taken by another value is reported with a suggestion; the chosen name is then used or refused', () => {
    const key = openaiProjectKey();
    const envText = 'OPENAI_API_KEY=sk-other-value\n';
    const plan = planMoveToEnv(inputFor('const k = "SECRET";\n', key, 'javascript', 'a.js', { envText }));
    assert.deepStrictEqual(plan.nameConflict, { name: 'OPENAI_API_KEY', suggestion: 'OPENAI_API_KEY_2' });
    const chosen = planMoveToEnv(inputFor('const k = "SECRET";\n', key, 'javascript', 'a.js', { envText, envName: 'openai-key-ci' }));
    assert.strictEqual(chosen.envName, 'OPENAI_KEY_CI');
    assert.strictEqual(chosen.nameConflict, undefined);
    const taken = planMoveToEnv(inputFor('const k = "SECRET";\n', key, 'javascript', 'a.js', { envText, envName: 'OPENAI_API_KEY' }));
    assert.match(taken.unsafeReason!, /already sets OPENAI_API_KEY to another value/);
    const free = planMoveToEnv(inputFor('const k = "SECRET";\n', key, 'javascript', 'a.js', { envText: undefined }));
    assert.strictEqual(free.nameConflict, undefined);
  });
});

describe('secretValueAt: the decoded value hosts hand to a secret manager', () => {
  it('JSON, TOML and XML values decode to what their parsers read', function () {
    const value = 'a"b\\c&<d>\'e';
    const json = `{"password": ${JSON.stringify(value)}}`;
    const at = json.indexOf(':') + 3;
    const fromJson = secretValueAt(json, 'json', 'a.json', at, json.lastIndexOf('"'));
    assert.strictEqual('value' in fromJson && fromJson.value, JSON.parse(json).password);

    const toml = `password = "${value.replace(/[\\"]/g, '\\$&')}"\nliteral = 'x\\y'\n`;
    const t = secretValueAt(toml, 'toml', 'a.toml', toml.indexOf('"') + 1, toml.indexOf('"\n'));
    assert.strictEqual('value' in t && t.value, TOML.parse(toml).password);
    const l = secretValueAt(toml, 'toml', 'a.toml', toml.indexOf("= '") + 3, toml.lastIndexOf("'"));
    assert.strictEqual('value' in l && l.value, TOML.parse(toml).literal);

    const xml = `<c><password>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&#62;')}</password></c>`;
    const x = secretValueAt(xml, 'xml', 'web.config', xml.indexOf('<password>') + 10, xml.indexOf('</password>'));
    try {
      const parsed = execFileSync('python3', ['-c', 'import sys,xml.etree.ElementTree as E; sys.stdout.write(E.fromstring(sys.stdin.read()).find("password").text)'],
        { input: xml, encoding: 'utf8' });
      assert.strictEqual('value' in x && x.value, parsed);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') this.skip();
      throw e;
    }
  });
});

describe('secret references report a taken name too', () => {
  it('nameConflict when the suggested name holds another value; none when the value is reused', async () => {
    const { planMoveToSecretReference } = await import('../../../src/core/fix');
    const key = openaiProjectKey();
    const base = { ...inputFor('const k = "SECRET";\n', key, 'javascript', 'a.js'), manager: '1password' as const };
    const taken = planMoveToSecretReference({ ...base, envText: 'OPENAI_API_KEY=other\n' });
    assert.deepStrictEqual(taken.nameConflict, { name: 'OPENAI_API_KEY', suggestion: 'OPENAI_API_KEY_2' });
    const reused = planMoveToSecretReference({ ...base, envText: `OPENAI_API_KEY=other\nMY_KEY=${key}\n` });
    assert.strictEqual(reused.envName, 'MY_KEY');
    assert.strictEqual(reused.nameConflict, undefined);
  });
});
