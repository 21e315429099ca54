import * as assert from 'assert';
import {
  applySuppressions, ConfigError, envLookupFor, parseBaseline, planAddToBaseline, planEnvFileFix, scanText,
} from '../../../src/core';
import { crcToken, openaiProjectKey } from '../../helpers/fakes';
import { applyPlan } from './helpers';

describe('planAddToBaseline', () => {
  it('creates a baseline that suppresses the finding, and never holds the value', () => {
    const key = openaiProjectKey();
    const [finding] = scanText(`k = "${key}"`, { path: 'src/a.py' });
    const text = planAddToBaseline(undefined, { ...finding, path: 'src/a.py' });
    assert.ok(!text.includes(key));
    assert.ok(text.endsWith('\n'));
    assert.deepStrictEqual(applySuppressions([finding], undefined, parseBaseline(text)), []);
  });

  it('merges into an existing baseline: sorted, no duplicates, same text when repeated', () => {
    const a = scanText(`k = "${openaiProjectKey()}"`, { path: 'b.py' })[0];
    const b = scanText(`t = "${crcToken('ghp_')}"`, { path: 'a.py' })[0];
    const once = planAddToBaseline(planAddToBaseline(undefined, { ...a, path: 'b.py' }), { ...b, path: 'a.py' });
    const twice = planAddToBaseline(once, { ...b, path: 'a.py' });
    assert.strictEqual(twice, once);
    assert.deepStrictEqual(parseBaseline(once).findings.map(f => f.path), ['a.py', 'b.py']);
    assert.throws(() => planAddToBaseline('{"nope": 1}', { ...a }), ConfigError);
  });
});

describe('planEnvFileFix', () => {
  it('adds an unignored .env to .gitignore; a tracked one also says to rotate and untrack', () => {
    const plan = planEnvFileFix({ envPath: 'api/.env.local', gitignoreText: 'node_modules\n', inGitRepo: true, tracked: true, rotateUrl: 'https://platform.openai.com/api-keys' });
    const files = applyPlan(plan, { gitignore: 'node_modules\n' });
    assert.strictEqual(files.gitignore, 'node_modules\n/api/.env.local\n');
    assert.match(plan.notes![0], /^committed: rotate the key now \(revoke at https:\/\/platform\.openai\.com\/api-keys\)/);
    assert.ok(plan.notes!.some(n => n.includes('git rm --cached -- api/.env.local')));
  });

  it('plans nothing for an already ignored file; a tracked one still gets the rotate note', () => {
    const ignored = planEnvFileFix({ envPath: '.env', gitignoreText: '.env*\n', inGitRepo: true, tracked: false });
    assert.deepStrictEqual(ignored.edits, []);
    assert.deepStrictEqual(ignored.notes, []);
    const trackedButIgnored = planEnvFileFix({ envPath: '.env', gitignoreText: '.env\n', inGitRepo: true, tracked: true });
    assert.deepStrictEqual(trackedButIgnored.edits, []);
    assert.match(trackedButIgnored.notes![0], /^committed: rotate the key now\./);
  });

  it('never ignores .env.example; creates .gitignore only in a repo', () => {
    const example = planEnvFileFix({ envPath: '.env.example', gitignoreText: undefined, inGitRepo: true, tracked: true });
    assert.deepStrictEqual(example.edits, []);
    assert.ok(example.notes!.some(n => /template/.test(n)));
    const created = planEnvFileFix({ envPath: '.env', gitignoreText: undefined, inGitRepo: true, tracked: false });
    assert.deepStrictEqual(applyPlan(created, {}).gitignore, '.env\n');
    assert.deepStrictEqual(planEnvFileFix({ envPath: '.env', inGitRepo: false, tracked: false }).edits, []);
  });
});

describe('envLookupFor', () => {
  it('gives each language its lookup, and nothing for JSON or unknown languages', () => {
    assert.strictEqual(envLookupFor('typescript', 'a.ts', 'K')!.expression, 'process.env.K');
    assert.deepStrictEqual(envLookupFor('python', 'a.py', 'K'), { expression: 'os.environ["K"]', imports: ['import os'] });
    assert.strictEqual(envLookupFor('plaintext', '.github/workflows/ci.yml', 'K')!.expression, '${{ secrets.K }}');
    assert.deepStrictEqual(envLookupFor('terraform', 'main.tf', 'OPENAI_KEY')!.envName, 'TF_VAR_openai_key');
    assert.strictEqual(envLookupFor('json', 'a.json', 'K'), undefined);
    assert.strictEqual(envLookupFor('cobol', 'a.cbl', 'K'), undefined);
  });

  it('with the file as context: the expression written there and only the imports still missing', () => {
    const key = openaiProjectKey();
    const rust = `fn f(k: &str) {}\nfn main() { f("${key}"); }\n`;
    const at = rust.indexOf(key);
    assert.strictEqual(envLookupFor('rust', 'm.rs', 'K', { sourceText: rust, secretStart: at, secretEnd: at + key.length })!.expression, '&std::env::var("K").expect("K must be set")');
    const py = `import os\nk = "${key}"\n`;
    const p = py.indexOf(key);
    assert.strictEqual(envLookupFor('python', 'a.py', 'K', { sourceText: py, secretStart: p, secretEnd: p + key.length })!.imports, undefined);
  });
});
