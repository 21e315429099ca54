import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatDotenvValue, isGitIgnored, parseDotenv, planMoveToEnv } from '../../../src/core/fix';
import { join, openaiProjectKey, pemBlock } from '../../helpers/fakes';
import { applyPlan, fileEdit, hide, inputFor } from './helpers';

const JS = `const key = "SECRET";\n`;

describe('planMoveToEnv: .env, .gitignore and .env.example', () => {
  it('appends to an existing .env, adding the missing final newline first', () => {
    const key = openaiProjectKey();
    const input = inputFor(JS, key, 'javascript', 'a.js', { envText: 'PORT=3000', gitignoreText: 'node_modules/\n.env\n' });
    const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: input.envText, gitignore: input.gitignoreText });
    assert.strictEqual(hide(files.env, key), 'PORT=3000\nOPENAI_API_KEY=<secret1>\n');
    assert.strictEqual(files.gitignore, 'node_modules/\n.env\n', '.env was already ignored');
  });

  it('makes the name unique against keys already in .env', () => {
    const key = openaiProjectKey();
    const other = openaiProjectKey();
    const envText = `OPENAI_API_KEY=${other}\nOPENAI_API_KEY_2=other\n`;
    const input = inputFor(JS, key, 'javascript', 'a.js', { envText });
    const plan = planMoveToEnv(input);
    const files = applyPlan(plan, { source: input.sourceText, env: envText, gitignore: undefined });
    assert.strictEqual(plan.envName, 'OPENAI_API_KEY_3');
    assert.strictEqual(hide(files.source, key), 'const key = process.env.OPENAI_API_KEY_3;\n');
    assert.strictEqual(hide(files.env, key, other), 'OPENAI_API_KEY=<secret2>\nOPENAI_API_KEY_2=other\nOPENAI_API_KEY_3=<secret1>\n');
  });

  it('reuses the key that already holds the same value, leaving .env untouched', () => {
    const key = openaiProjectKey();
    const envText = `# api\nexport LLM_KEY="${key}"\nOPENAI_API_KEY=different\n`;
    const input = inputFor(JS, key, 'javascript', 'a.js', { envText, gitignoreText: '.env\n' });
    const plan = planMoveToEnv(input);
    assert.strictEqual(plan.envName, 'LLM_KEY');
    assert.strictEqual(fileEdit(plan, 'env'), undefined);
    assert.strictEqual(hide(applyPlan(plan, { source: input.sourceText })['source'], key), 'const key = process.env.LLM_KEY;\n');
  });

  it('writes a PEM key as one double-quoted line with \\n that parses back to the same value', () => {
    const pem = pemBlock(join('RSA PRIVATE', ' KEY'));
    const input = inputFor('const pem = `SECRET`;\n', pem, 'javascript', 'a.js');
    const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: undefined, gitignore: undefined });
    assert.strictEqual(files.env!.split('\n').length, 2, 'one line plus the final newline');
    assert.match(hide(files.env, ...pem.split('\n').slice(1, -1))!, /^OPENAI_API_KEY="-----BEGIN [^\n]+-----\\n(?:<secret\d+>\\n)+-----END [^\n]+-----"\n$/);
    assert.ok(parseDotenv(files.env!).get('OPENAI_API_KEY')!.value === pem, 'the PEM reads back unchanged');
  });

  it('quotes tricky values so that they read back unchanged', () => {
    const values = ['plain-Value_1.2', 'has space', 'hash#inside', "it's", 'say "hi"', 'dollar$HOME', "both ' and \"", 'a\nb', 'x=y', 'back\\slash "q"\nline'];
    for (const v of values) {
      const text = `K=${formatDotenvValue(v)}\n`;
      assert.strictEqual(parseDotenv(text).get('K')!.value, v, `${JSON.stringify(v)} written as ${text}`);
    }
    assert.strictEqual(formatDotenvValue('has space'), "'has space'");
    assert.strictEqual(formatDotenvValue('dollar$HOME'), "'dollar$HOME'", 'single quotes stop $ expansion');
  });

  it('parses the dotenv forms people write', () => {
    const env = parseDotenv('# comment\nA=1\nexport B = two words # note\nC="multi\nline"\nD=\'#not a comment\'\nE=\n  F=x\n');
    assert.deepStrictEqual([...env].map(([k, v]) => [k, v.value, v.line]), [
      ['A', '1', 1], ['B', 'two words', 2], ['C', 'multi\nline', 3], ['D', '#not a comment', 5], ['E', '', 6], ['F', 'x', 7],
    ]);
  });

  it('creates .gitignore only inside a git repository', () => {
    const key = openaiProjectKey();
    const outside = planMoveToEnv(inputFor(JS, key, 'javascript', 'a.js', { inGitRepo: false }));
    assert.strictEqual(fileEdit(outside, 'gitignore'), undefined);
    assert.ok(outside.notes!.some(n => /not a git repository/.test(n)));
    const inside = planMoveToEnv(inputFor(JS, key, 'javascript', 'a.js', { inGitRepo: true }));
    assert.strictEqual(fileEdit(inside, 'gitignore')!.create, true);
  });

  it('ignores the env file the host actually uses', () => {
    const key = openaiProjectKey();
    const input = inputFor(JS, key, 'javascript', 'a.js', { envPath: '.env.local', gitignoreText: '.env\n' });
    const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: undefined, gitignore: input.gitignoreText });
    assert.strictEqual(files.gitignore, '.env\n.env.local\n');
    const covered = planMoveToEnv(inputFor(JS, key, 'javascript', 'a.js', { envPath: 'config/.env.local', gitignoreText: '*.local\n' }));
    assert.strictEqual(fileEdit(covered, 'gitignore'), undefined);
  });

  it('adds .env after a negation that re-included it', () => {
    const key = openaiProjectKey();
    const input = inputFor(JS, key, 'javascript', 'a.js', { gitignoreText: '.env*\n!.env' });
    const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: undefined, gitignore: input.gitignoreText });
    assert.strictEqual(files.gitignore, '.env*\n!.env\n.env\n');
    assert.ok(isGitIgnored(files.gitignore, '.env'));
  });

  it('documents the name in .env.example when it exists or is asked for, once', () => {
    const key = openaiProjectKey();
    const existing = inputFor(JS, key, 'javascript', 'a.js', { envExampleText: 'PORT=' });
    assert.strictEqual(applyPlan(planMoveToEnv(existing), { source: existing.sourceText, env: undefined, gitignore: undefined, envExample: 'PORT=' }).envExample, 'PORT=\nOPENAI_API_KEY=\n');
    const asked = inputFor(JS, key, 'javascript', 'a.js', { writeEnvExample: true });
    assert.strictEqual(applyPlan(planMoveToEnv(asked), { source: asked.sourceText, env: undefined, gitignore: undefined, envExample: undefined }).envExample, 'OPENAI_API_KEY=\n');
    const documented = inputFor(JS, key, 'javascript', 'a.js', { envExampleText: 'OPENAI_API_KEY=\n' });
    assert.strictEqual(fileEdit(planMoveToEnv(documented), 'envExample'), undefined);
    assert.strictEqual(fileEdit(planMoveToEnv(inputFor(JS, key, 'javascript', 'a.js')), 'envExample'), undefined);
  });

  it('the value only ever goes to .env', () => {
    const key = openaiProjectKey();
    const plan = planMoveToEnv(inputFor(JS, key, 'javascript', 'a.js', { writeEnvExample: true }));
    for (const f of plan.edits) {
      const hasKey = f.edits.some(e => e.newText.includes(key));
      assert.strictEqual(hasKey, f.file === 'env', f.file);
    }
    assert.ok(!JSON.stringify(plan.notes).includes(key));
  });
});

describe('planMoveToEnv: when there is no safe rewrite', () => {
  it('JSON says why and plans nothing', () => {
    const key = openaiProjectKey();
    const plan = planMoveToEnv(inputFor('{ "apiKey": "SECRET" }\n', key, 'json', 'config/app.json'));
    assert.match(plan.unsafeReason!, /JSON has no way to read environment variables/);
    assert.deepStrictEqual(plan.edits, []);
  });

  it('an env file is already the right place', () => {
    const plan = planMoveToEnv(inputFor('OPENAI_API_KEY=SECRET\n', openaiProjectKey(), 'dotenv', 'api/.env.local'));
    assert.match(plan.unsafeReason!, /already in an env file/);
  });

  it('unknown languages, comments, Go const blocks, C arrays, Rust byte strings', () => {
    const key = openaiProjectKey();
    const cases: [string, string, string][] = [
      ['x = "SECRET"', 'cobol', 'a.cbl'],
      ['// old key: SECRET\nconst k = 1;', 'javascript', 'a.js'],
      ['package p\n\nconst (\n\tKey = "SECRET"\n)\n', 'go', 'a.go'],
      ['#include <stdlib.h>\nchar key[] = "SECRET";\n', 'c', 'a.c'],
      ['let k = b"SECRET";', 'rust', 'a.rs'],
      ['let k = r#"SECRET"#;', 'rust', 'a.rs'],
      ['let s = format!("Bearer SECRET {}", 1);', 'rust', 'a.rs'],
      ['println!("SECRET");', 'rust', 'a.rs'],
      ['writeln!(out, "key SECRET").unwrap();', 'rust', 'a.rs'],
      ["echo 'Bearer SECRET'", 'dockerfile', 'Dockerfile'],
    ];
    for (const [snippet, lang, p] of cases) {
      const plan = planMoveToEnv(inputFor(snippet, key, lang, p));
      assert.ok(plan.unsafeReason, `${lang}: ${snippet}`);
      assert.deepStrictEqual(plan.edits, []);
    }
  });

  it('a partial string literal becomes a concatenation, parenthesised where precedence needs it', () => {
    const key = openaiProjectKey();
    const cases: [string, string, string, string][] = [
      ['h = {"Authorization": "Bearer SECRET"}', 'python', 'a.py', 'h = {"Authorization": f"Bearer {os.environ[\'OPENAI_API_KEY\']}"}'],
      ["h = r'{SECRET}'", 'python', 'a.py', 'h = fr\'{{{os.environ["OPENAI_API_KEY"]}}}\''],
      ['h = b"Bearer SECRET"', 'python', 'a.py', 'h = b"Bearer " + os.environ["OPENAI_API_KEY"].encode()'],
      ['n = "Bearer SECRET".length;', 'javascript', 'a.js', 'n = ("Bearer " + process.env.OPENAI_API_KEY).length;'],
      ["$h = 'Bearer SECRET';", 'php', 'a.php', "$h = 'Bearer ' . getenv('OPENAI_API_KEY');"],
      ['local h = "Bearer SECRET"', 'lua', 'a.lua', 'local h = "Bearer " .. os.getenv("OPENAI_API_KEY")'],
      ['h = "Bearer SECRET"', 'r', 'a.R', 'h = paste0("Bearer ", Sys.getenv("OPENAI_API_KEY"))'],
      ['let h = "Bearer {SECRET}";', 'rust', 'a.rs', 'let h = &format!("Bearer {{{}}}", std::env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY must be set"));'],
      ['let h = "Bearer SECRET"', 'swift', 'a.swift', 'import Foundation\n\nlet h = "Bearer " + (ProcessInfo.processInfo.environment["OPENAI_API_KEY"] ?? "")'],
    ];
    for (const [snippet, lang, p, expected] of cases) {
      const input = inputFor(snippet, key, lang, p);
      const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: undefined, gitignore: undefined });
      const withoutImport = lang === 'python' ? files.source!.replace('import os\n\n', '') : files.source;
      assert.strictEqual(hide(withoutImport, key), expected);
    }
  });
});

describe('isGitIgnored agrees with git check-ignore', () => {
  let git = true;
  try { execFileSync('git', ['--version'], { stdio: 'ignore' }); } catch { git = false; }
  let dir = '';
  before(() => {
    if (!git) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-ignore-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const PATTERNS = ['.env', '/.env', '.env*', '*.env', '.env.*', '.env\n!.env', '*\n!*.js', 'config/', '**/.env', 'sub/.env', '# .env', '.env/', '.e?v', '.[ef]nv', 'sub/**', '*.env\n!prod.env', 'sub/*\n!sub/.env'];
  const PATHS = ['.env', '.env.local', 'sub/.env', 'prod.env', 'config/.env', 'sub/deep/.env', 'a.js'];

  for (const pattern of PATTERNS) {
    it(JSON.stringify(pattern), function () {
      if (!git) this.skip();
      fs.writeFileSync(path.join(dir, '.gitignore'), pattern + '\n');
      let out = '';
      try {
        out = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: dir, input: PATHS.join('\n') + '\n', encoding: 'utf8' });
      } catch (e) {
        out = (e as { stdout?: string }).stdout ?? ''; // exit code 1: nothing ignored
      }
      const ignoredByGit = new Set(out.split('\n').filter(Boolean));
      for (const p of PATHS) assert.strictEqual(isGitIgnored(pattern, p), ignoredByGit.has(p), `${p} with ${JSON.stringify(pattern)}`);
    });
  }
});
