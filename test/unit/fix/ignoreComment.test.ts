import * as assert from 'assert';
import { planIgnoreComment, scanText } from '../../../src/core';
import { openaiProjectKey } from '../../helpers/fakes';
import { applyEdits } from './helpers';

/** Adds the comment for the first finding, then rescans: the finding must be gone, the others stay. */
function roundTrip(snippet: string, languageId: string, path: string) {
  const key = openaiProjectKey();
  const text = snippet.replace('SECRET', key);
  const findings = scanText(text, { path, languageId });
  assert.strictEqual(findings.length, 1, `the fake key must be found in ${path} before the fix`);
  const plan = planIgnoreComment(text, languageId, path, findings[0].range.start.offset, findings[0].ruleId);
  assert.ok(plan.edit, plan.reason);
  const fixed = applyEdits(text, [plan.edit]);
  assert.deepStrictEqual(scanText(fixed, { path, languageId }), [], 'still reported after the ignore comment');
  return { fixed: fixed.replace(key, 'KEY'), placement: plan.placement, ruleId: findings[0].ruleId };
}

describe('planIgnoreComment', () => {
  const cases: [string, string, string, string, string][] = [
    ['JavaScript', 'const key = "SECRET";\n', 'javascript', 'a.js', 'const key = "KEY";  // secret-hygiene:ignore RULE\n'],
    ['Python', 'KEY = "SECRET"\n', 'python', 'a.py', 'KEY = "KEY"  # secret-hygiene:ignore RULE\n'],
    ['Lua', 'local k = "SECRET"\n', 'lua', 'a.lua', 'local k = "KEY"  -- secret-hygiene:ignore RULE\n'],
    ['SQL', "INSERT INTO keys VALUES ('SECRET');\n", 'sql', 'seed.sql', "INSERT INTO keys VALUES ('KEY');  -- secret-hygiene:ignore RULE\n"],
    ['YAML', 'openai:\n  key: SECRET\n', 'yaml', 'c.yaml', 'openai:\n  key: KEY  # secret-hygiene:ignore RULE\n'],
    ['HTML', '<meta name="k" content="SECRET">\n', 'html', 'index.html', '<meta name="k" content="KEY">  <!-- secret-hygiene:ignore RULE -->\n'],
    ['CSS', '.a { --k: "SECRET"; }\n', 'css', 'a.css', '.a { --k: "KEY"; }  /* secret-hygiene:ignore RULE */\n'],
    ['Vue script uses //', '<template><div/></template>\n<script>\nconst k = "SECRET"\n</script>\n', 'vue', 'A.vue', '<template><div/></template>\n<script>\nconst k = "KEY"  // secret-hygiene:ignore RULE\n</script>\n'],
    ['.env takes it on the line above', 'A=1\nOPENAI_API_KEY=SECRET\n', 'dotenv', '.env', 'A=1\n# secret-hygiene:ignore RULE\nOPENAI_API_KEY=KEY\n'],
    ['.properties on the line above', 'openai.key=SECRET\n', 'properties', 'app.properties', '# secret-hygiene:ignore RULE\nopenai.key=KEY\n'],
    ['.npmrc on the line above', '//registry.npmjs.org/:_authToken=SECRET\n', 'ini', '.npmrc', '; secret-hygiene:ignore RULE\n//registry.npmjs.org/:_authToken=KEY\n'],
    ['Dockerfile on the line above', 'FROM x\nENV OPENAI_API_KEY=SECRET\n', 'dockerfile', 'Dockerfile', 'FROM x\n# secret-hygiene:ignore RULE\nENV OPENAI_API_KEY=KEY\n'],
    ['template literal spanning lines: above, indented', 'function f() {\n    const t = `Bearer SECRET\nmore`;\n}\n', 'javascript', 'a.js', 'function f() {\n    // secret-hygiene:ignore RULE\n    const t = `Bearer KEY\nmore`;\n}\n'],
    ['shell continuation line: above', 'curl -H "Authorization: Bearer SECRET" \\\n  https://api.openai.com\n', 'shellscript', 'a.sh', '# secret-hygiene:ignore RULE\ncurl -H "Authorization: Bearer KEY" \\\n  https://api.openai.com\n'],
  ];
  for (const [name, snippet, lang, path, expected] of cases) {
    it(name, () => {
      const { fixed, ruleId } = roundTrip(snippet, lang, path);
      assert.strictEqual(fixed, expected.replace('RULE', ruleId));
    });
  }

  it('refuses inside a multi-line string that started on an earlier line, pointing at the baseline', () => {
    const key = openaiProjectKey();
    for (const [snippet, lang, path] of [
      ['doc = """\nkey: SECRET\n"""\n', 'python', 'a.py'],
      ['const t = `\n  Bearer SECRET\n`;\n', 'javascript', 'a.js'],
      ['config:\n  blob: |\n    first line\n    key=SECRET\n', 'yaml', 'a.yaml'],
    ]) {
      const text = snippet.replace('SECRET', key);
      const plan = planIgnoreComment(text, lang, path, text.indexOf(key), 'openai-project-key');
      assert.strictEqual(plan.edit, undefined, snippet);
      assert.match(plan.reason!, /baseline/);
    }
  });

  it('JSON has no comments', () => {
    const key = openaiProjectKey();
    const text = `{"k": "${key}"}`;
    const plan = planIgnoreComment(text, 'json', 'a.json', text.indexOf(key), 'openai-project-key');
    assert.strictEqual(plan.edit, undefined);
    assert.match(plan.reason!, /no comments.*baseline/);
  });

  it('YAML block scalar: the first content line takes the comment on its header', () => {
    const { fixed, ruleId } = roundTrip('env:\n  key: |\n    SECRET\n', 'yaml', 'a.yaml');
    assert.strictEqual(fixed, `env:\n  key: |  # secret-hygiene:ignore ${ruleId}\n    KEY\n`);
  });
});
