/**
 * The rewritten snippets compile (and, where cheap, run and read the variable) with the
 * real toolchains on this machine. Each test skips when its tool is missing.
 */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { planMoveToEnv } from '../../../src/core/fix';
import { openaiProjectKey } from '../../helpers/fakes';
import { applyPlan, have, inputFor } from './helpers';


/** Rewrites `snippet` (SECRET marks the key) and writes it as `file` in a fresh temp dir. */
function rewritten(snippet: string, languageId: string, file: string): { dir: string; file: string; text: string } {
  const input = inputFor(snippet, openaiProjectKey(), languageId, file);
  const plan = planMoveToEnv(input);
  assert.strictEqual(plan.unsafeReason, undefined);
  const text = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined, terraformVariables: undefined }).source!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-fix-'));
  fs.writeFileSync(path.join(dir, file), text);
  return { dir, file: path.join(dir, file), text };
}

/** Runs a command with OPENAI_API_KEY set to a known value; returns stdout. */
function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, env: { ...process.env, OPENAI_API_KEY: 'from-env' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('rewritten code compiles and reads the environment', function () {
  this.timeout(60000);
  const dirs: string[] = [];
  after(() => dirs.forEach(d => fs.rmSync(d, { recursive: true, force: true })));
  const make = (...a: Parameters<typeof rewritten>) => { const r = rewritten(...a); dirs.push(r.dir); return r; };

  it('Python (import os inserted after docstring and __future__)', function () {
    if (!have('python3')) this.skip();
    const r = make('"""Client."""\nfrom __future__ import annotations\n\nKEY = r"SECRET"\nprint(KEY, f"{KEY!r}")\n', 'python', 'client.py');
    assert.strictEqual(run('python3', [r.file], r.dir).split(' ')[0], 'from-env');
  });

  /** Rewrites every SECRET in turn (as a user fixing each finding would) and writes the file. */
  function rewriteAll(snippet: string, languageId: string, file: string): string {
    let text = snippet;
    const key = openaiProjectKey();
    while (text.includes('SECRET')) {
      const input = inputFor(text, key, languageId, file);
      const plan = planMoveToEnv(input);
      assert.strictEqual(plan.unsafeReason, undefined, text.split('\n').find(l => l.includes('SECRET')));
      text = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined }).source!;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-fix-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, file), text);
    return path.join(dir, file);
  }

  it('Python: raw, bytes, f-string, partial strings and dict values all run', function () {
    if (!have('python3')) this.skip();
    const file = rewriteAll([
      'import sys',
      'A = r"SECRET"',
      'B = b\'SECRET\'',
      'C = f"Bearer SECRET"',
      'D = {"Authorization": "Bearer SECRET", "x": 1}',
      "E = '''SECRET'''",
      'print(A, B.decode(), C, D["Authorization"], E, file=sys.stdout)',
    ].join('\n') + '\n', 'python', 'forms.py');
    assert.strictEqual(run('python3', [file], path.dirname(file)).trim(), 'from-env from-env Bearer from-env Bearer from-env from-env');
  });

  it('JavaScript: exact, template, partial and member-access forms all run', function () {
    const file = rewriteAll([
      'const a = "SECRET";',
      'const b = `Bearer SECRET`;',
      "const c = 'Bearer SECRET'.length;",
      'const d = { headers: { Authorization: "Bearer SECRET" } };',
      'const e = cond() ? "SECRET" : null;',
      'function cond() { return true; }',
      'console.log(a, b, c, d.headers.Authorization, e);',
    ].join('\n') + '\n', 'javascript', 'forms.js');
    assert.strictEqual(run('node', [file], path.dirname(file)).trim(), 'from-env Bearer from-env 15 Bearer from-env from-env');
  });

  it('JavaScript (node)', function () {
    const r = make('const key = "SECRET";\nconsole.log(`Bearer ${key}`.slice(7));\n', 'javascript', 'a.js');
    assert.strictEqual(run('node', [r.file], r.dir).trim(), 'from-env');
  });

  it('TypeScript under --strict (a string parameter accepts the lookup)', function () {
    const tsc = path.resolve(__dirname, '../../../../node_modules/typescript/bin/tsc');
    if (!fs.existsSync(tsc)) this.skip();
    const r = make([
      'declare const process: { env: Record<string, string | undefined> };',
      'class Client { constructor(readonly apiKey: string) {} }',
      'export const client = new Client("SECRET");',
      'export const n: number = client.apiKey.length;',
    ].join('\n') + '\n', 'typescript', 'a.ts');
    execFileSync('node', [tsc, '--strict', '--noEmit', '--lib', 'es2022', r.file], { cwd: r.dir });
  });

  it('Rust: let, &str argument, .to_string(), String::from and const', function () {
    if (!have('rustc')) this.skip();
    const snippet = [
      'const BUILT: &str = "SECRET";',
      'fn takes(k: &str) -> usize { k.len() }',
      'fn main() {',
      '    let a = "SECRET";',
      '    let b: String = "SECRET".to_string();',
      '    let c = String::from("SECRET");',
      '    let d = "Bearer {SECRET}";',
      '    println!("{} {} {} {} {} {} {}", a, b, c, takes("SECRET"), BUILT, d, takes("x-SECRET"));',
      '}',
    ].join('\n');
    // Rewrite every occurrence in turn, as a user applying the fix to each finding would.
    let text = snippet;
    const key = openaiProjectKey();
    while (text.includes('SECRET')) {
      const input = inputFor(text, key, 'rust', 'main.rs');
      text = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: undefined, gitignore: undefined }).source!;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-fix-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'main.rs'), text);
    run('rustc', ['--edition', '2021', '-o', path.join(dir, 'main'), path.join(dir, 'main.rs')], dir);
    assert.strictEqual(run(path.join(dir, 'main'), [], dir).trim(), 'from-env from-env from-env 8 from-env Bearer {from-env} 10');
  });

  it('C (stdlib.h added) and C++ (cstdlib added, constexpr dropped)', function () {
    if (!have('gcc') || !have('g++')) this.skip();
    const c = make('#include <stdio.h>\n\nint main(void) {\n    const char *key = "SECRET";\n    puts(key);\n    return 0;\n}\n', 'c', 'a.c');
    run('gcc', ['-Wall', '-Werror', '-o', path.join(c.dir, 'a'), c.file], c.dir);
    assert.strictEqual(run(path.join(c.dir, 'a'), [], c.dir).trim(), 'from-env');
    const cpp = make('#include <iostream>\n\nstatic constexpr const char* kKey = "SECRET";\nint main() { std::cout << kKey << std::endl; }\n', 'cpp', 'a.cpp');
    run('g++', ['-Wall', '-Werror', '-o', path.join(cpp.dir, 'b'), cpp.file], cpp.dir);
    assert.strictEqual(run(path.join(cpp.dir, 'b'), [], cpp.dir).trim(), 'from-env');
  });

  it('Java', function () {
    if (!have('javac') || !have('java')) this.skip();
    const r = make('public class App {\n    private static final String KEY = "SECRET";\n    public static void main(String[] a) { System.out.println(KEY); }\n}\n', 'java', 'App.java');
    run('javac', [r.file], r.dir);
    assert.strictEqual(run('java', ['-cp', r.dir, 'App'], r.dir).trim(), 'from-env');
  });

  it('Go', function () {
    if (!have('go')) this.skip();
    const r = make('package main\n\nimport "fmt"\n\nconst key = "SECRET"\n\nfunc main() { fmt.Println(key) }\n', 'go', 'main.go');
    assert.strictEqual(run('go', ['run', r.file], r.dir).trim(), 'from-env');
  });

  it('Bash', function () {
    if (!have('bash')) this.skip();
    const r = make("#!/bin/bash\nTOKEN='SECRET'\necho \"$TOKEN\"\n", 'shellscript', 'run.sh');
    assert.strictEqual(run('bash', [r.file], r.dir).trim(), 'from-env');
  });

  it('Python f-strings: placeholders in either quote kind run; a partial raw string becomes one, braces doubled', function () {
    if (!have('python3')) this.skip();
    const file = rewriteAll([
      'n = 2',
      'A = f"x-api-key: SECRET"',
      "B = f'{n} SECRET {n!r}'",
      'C = rf"""pre SECRET"""',
      'D = r"{x}\\ SECRET"',
      'print(A, B, C, D)',
    ].join('\n') + '\n', 'python', 'fstrings.py');
    assert.strictEqual(run('python3', [file], path.dirname(file)).trim(), 'x-api-key: from-env 2 from-env 2 pre from-env {x}\\ from-env');
  });

  it('TypeScript under --strict: exact, template, partial and object forms', function () {
    const tsc = path.resolve(__dirname, '../../../../node_modules/typescript/bin/tsc');
    if (!fs.existsSync(tsc)) this.skip();
    const file = rewriteAll([
      'declare const process: { env: Record<string, string | undefined> };',
      'const a: string = "SECRET";',
      'const b = `Bearer SECRET`;',
      "const c: string = 'Bearer SECRET';",
      'const d: { headers: Record<string, string> } = { headers: { Authorization: "Bearer SECRET" } };',
      'export const all: string[] = [a, b, c, d.headers.Authorization];',
    ].join('\n') + '\n', 'typescript', 'forms.ts');
    execFileSync('node', [tsc, '--strict', '--noEmit', '--lib', 'es2022', file], { cwd: path.dirname(file) });
  });

  it('Ruby: exact and partial strings run', function () {
    if (!have('ruby')) this.skip();
    const file = rewriteAll('KEY = "SECRET"\nh = \'Bearer SECRET\'\nputs "#{KEY} #{h}"\n', 'ruby', 'a.rb');
    assert.strictEqual(run('ruby', [file], path.dirname(file)).trim(), 'from-env Bearer from-env');
  });

  it('PHP: exact and partial strings run', function () {
    if (!have('php')) this.skip();
    const file = rewriteAll('<?php\n$key = \'SECRET\';\n$h = "Bearer SECRET";\necho $key, " ", $h, "\\n";\n', 'php', 'a.php');
    assert.strictEqual(run('php', [file], path.dirname(file)).trim(), 'from-env Bearer from-env');
  });

  it('Lua: exact and partial strings run', function () {
    const lua = ['lua', 'lua5.4', 'lua5.3'].find(have);
    if (!lua) this.skip();
    const file = rewriteAll('local key = "SECRET"\nlocal h = "Bearer SECRET"\nprint(key .. " " .. h)\n', 'lua', 'a.lua');
    assert.strictEqual(run(lua!, [file], path.dirname(file)).trim(), 'from-env Bearer from-env');
  });

  it('YAML files (Compose, workflow, Spring, flow sequences) still parse, with the reference as the value', () => {
    const cases: [string, string, string, (doc: any) => unknown, string][] = [
      ['services:\n  api:\n    environment:\n      - KEY=SECRET\n      - MODE=prod\n', 'dockercompose', 'docker-compose.yml', d => d.services.api.environment[0], 'KEY=${OPENAI_API_KEY}'],
      ['services:\n  api:\n    environment:\n      - "KEY=SECRET"\n', 'dockercompose', 'compose.yml', d => d.services.api.environment[0], 'KEY=${OPENAI_API_KEY}'],
      ['services:\n  api:\n    environment: {KEY: SECRET, MODE: prod}\n', 'dockercompose', 'compose.yaml', d => d.services.api.environment.KEY, '${OPENAI_API_KEY}'],
      ['on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      KEY: "SECRET"\n', 'yaml', '.github/workflows/ci.yml', d => d.jobs.a.env.KEY, '${{ secrets.OPENAI_API_KEY }}'],
      ["spring:\n  ai:\n    openai:\n      api-key: 'SECRET' # key\n", 'yaml', 'src/main/resources/application.yml', d => d.spring.ai.openai['api-key'], '${OPENAI_API_KEY}'],
      ['headers:\n  - [Authorization, Bearer SECRET]\n', 'yaml', 'config.yaml', d => d.headers[0][1], 'Bearer ${OPENAI_API_KEY}'],
    ];
    for (const [snippet, languageId, file, pick, want] of cases) {
      const input = inputFor(snippet, openaiProjectKey(), languageId, file);
      const plan = planMoveToEnv(input);
      assert.strictEqual(plan.unsafeReason, undefined, file);
      const text = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined }).source!;
      assert.strictEqual(pick(YAML.parse(text)), want, `${file}: ${text}`);
    }
  });

  it('Terraform (variable block appended; terraform validate)', function () {
    if (!have('terraform')) this.skip();
    const r = make('output "auth" {\n  value     = "Bearer SECRET"\n  sensitive = true\n}\n', 'terraform', 'main.tf');
    run('terraform', ['init', '-backend=false', '-input=false', '-no-color'], r.dir);
    assert.match(run('terraform', ['validate', '-no-color'], r.dir), /configuration is valid/);
  });
});
