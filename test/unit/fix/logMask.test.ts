import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { enclosingQuotes, planMaskLogged, scanText } from '../../../src/core';
import { goStatementStart } from '../../../src/core/fix/goStatements';
import { applyEdits, have } from './helpers';

/** The text after the fix for the file's first `secret-logged` finding; undefined when none is offered. */
function fixed(path: string, languageId: string, text: string, anyFinding = false): { text: string; title: string } | undefined {
  const found = scanText(text, { path, languageId }).filter(x => x.ruleId === 'secret-logged');
  if (!anyFinding) assert.ok(found[0], `${path}: a secret-logged finding in ${JSON.stringify(text)}`);
  for (const f of anyFinding ? found : found.slice(0, 1)) {
    const plan = planMaskLogged({ text, languageId, path, start: f.range.start.offset, end: f.range.end.offset, name: f.assignedName });
    if (plan) return { text: applyEdits(text, [plan.edit]), title: plan.title };
  }
  return undefined;
}

function logged(path: string, languageId: string, text: string): string[] {
  return scanText(text, { path, languageId }).filter(f => f.ruleId === 'secret-logged').map(f => text.slice(f.range.start.offset, f.range.end.offset));
}

/** Applies the fix to every `secret-logged` finding in turn (re-scanning after each), as a user fixing each would. */
function fixedAll(file: string, languageId: string, text: string): string {
  for (let round = 0; round < 20; round++) {
    const result = fixed(file, languageId, text, true);
    if (!result) return text;
    text = result.text;
  }
  throw new Error('the fixes do not converge');
}

const cases: [string, string, string, string][] = [
    ['server/log.js', 'javascript', 'console.log("key", process.env.OPENAI_API_KEY);\n',
      'console.log("key", (process.env.OPENAI_API_KEY ? "[set]" : "[missing]"));\n'],
    ['server/log.ts', 'typescript', 'logger.info(`using ${process.env.OPENAI_API_KEY}`);\n',
      'logger.info(`using ${(process.env.OPENAI_API_KEY ? "[set]" : "[missing]")}`);\n'],
    ['app.py', 'python', 'print(f"key={api_key}")\n', "print(f\"key={('[set]' if api_key else '[missing]')}\")\n"],
    ['app.py', 'python', "print(f'key={api_key}')\n", 'print(f\'key={("[set]" if api_key else "[missing]")}\')\n'],
    ['app.py', 'python', 'print("key", os.environ["OPENAI_API_KEY"])\n', 'print("key", ("[set]" if os.environ["OPENAI_API_KEY"] else "[missing]"))\n'],
    ['app.rb', 'ruby', 'puts "key #{api_key}"\n', 'puts "key #{(api_key ? "[set]" : "[missing]")}"\n'],
    ['deploy.sh', 'shellscript', 'echo "token ${GITHUB_TOKEN}"\n', 'echo "token ${GITHUB_TOKEN:+[set]}"\n'],
    ['Main.kt', 'kotlin', 'println("key=$apiKey")\n', 'println("key=${if (!apiKey.isNullOrEmpty()) "[set]" else "[missing]"}")\n'],
    ['log.php', 'php', "<?php\nerror_log('key: ' . getenv('OPENAI_API_KEY'));\n", "<?php\nerror_log('key: ' . (getenv('OPENAI_API_KEY') ? '[set]' : '[missing]'));\n"],
    ['Program.cs', 'csharp', 'Console.WriteLine($"key {apiKey}");\n', 'Console.WriteLine($"key {(string.IsNullOrEmpty(apiKey) ? "[missing]" : "[set]")}");\n'],
    ['App/Client.swift', 'swift', 'print("key=\\(apiKey)")\n', 'print("key=\\((apiKey != nil ? "[set]" : "[missing]"))")\n'],
];

describe('planMaskLogged', () => {

  for (const [path, languageId, source, expected] of cases) {
    it(`${path}: ${source.trim().split('\n').pop()} prints whether the secret is set, and is no longer reported`, () => {
      const result = fixed(path, languageId, source);
      assert.ok(result, 'a fix is offered');
      assert.strictEqual(result.text, expected);
      assert.deepStrictEqual(logged(path, languageId, result.text), []);
    });
  }

  it('names the variable in the title; a whole-environment dump shows the names only', () => {
    assert.strictEqual(fixed('server/log.js', 'javascript', 'console.log(process.env.OPENAI_API_KEY);\n')?.title,
      'Show whether OPENAI_API_KEY is set, not its value');
    const dump = fixed('server/api.js', 'javascript', 'app.get("/env", (req, res) => res.json(process.env));\n');
    assert.deepStrictEqual(dump, {
      text: 'app.get("/env", (req, res) => res.json(Object.keys(process.env)));\n',
      title: 'Show the environment variable names only, not their values',
    });
    assert.strictEqual(fixed('main.go', 'go', 'fmt.Println(os.Environ())\n')?.title, 'Show how many environment variables are set, not their values');
  });

  it('an f-string spanning lines: the replacement uses quotes the string allows', () => {
    const result = fixed('app.py', 'python', 'logger.info(f"""\nkey={api_key}\n""")\n');
    assert.strictEqual(result?.text, 'logger.info(f"""\nkey={("[set]" if api_key else "[missing]")}\n""")\n');
  });

  it('offers nothing inside a PHP double-quoted string, even one opened on an earlier line', () => {
    assert.strictEqual(fixed('log.php', 'php', '<?php\necho "key: $apiKey";\n'), undefined);
    assert.strictEqual(fixed('log.php', 'php', '<?php\necho "key: {$apiKey}";\n'), undefined);
    // Read from the start of its line `$apiKey` looks like code; the re-scan of the edit shows it is not.
    assert.strictEqual(fixed('log.php', 'php', '<?php\necho "starting\nkey: $apiKey";\n'), undefined);
  });

  it('offers nothing inside nested Python f-strings with both quote kinds (no literal fits before 3.12)', () => {
    const text = 'print(f"{prefix + f\'{api_key}\'}")\n';
    const start = text.indexOf('api_key');
    assert.strictEqual(planMaskLogged({ text, languageId: 'python', path: 'a.py', start, end: start + 7, name: 'api_key' }), undefined);
  });

  it('offers nothing for a language without a planner, or a range outside the text', () => {
    const text = 'print(token)\n';
    assert.strictEqual(planMaskLogged({ text, languageId: 'plaintext', path: 'notes.txt', start: 6, end: 11 }), undefined);
    assert.strictEqual(planMaskLogged({ text, languageId: 'python', path: 'a.py', start: 6, end: 99 }), undefined);
  });
});

describe('enclosingQuotes', () => {
  const at = (text: string, needle: string, lang: Parameters<typeof enclosingQuotes>[2]) => enclosingQuotes(text, text.indexOf(needle), lang);

  it('plain code: none', () => {
    assert.deepStrictEqual(at('console.log("a", token)', 'token', 'js'), []);
    assert.deepStrictEqual(at('print("a \\" b", token)', 'token', 'python'), [], 'an escaped quote does not end the string');
  });

  it('interpolations: the quotes of every enclosing string, outermost first', () => {
    assert.deepStrictEqual(at('print(f"a {token}")', 'token', 'python'), ['"']);
    assert.deepStrictEqual(at("print(f'a {token}')", 'token', 'python'), ["'"]);
    assert.deepStrictEqual(at('log(`a ${ok ? `b ${token}` : ""}`)', 'token', 'js'), ['`', '`']);
    assert.deepStrictEqual(at('echo "a $token";', '$token', 'php'), ['"']);
    assert.deepStrictEqual(at('echo "a {$token}";', '$token', 'php'), ['"']);
    assert.deepStrictEqual(at('print("a \\(token)")', 'token', 'swift'), ['"']);
  });

  it('a closed interpolation or string is left behind', () => {
    assert.deepStrictEqual(at('print(f"{a}", token)', 'token', 'python'), []);
    assert.deepStrictEqual(at('log(`${a}`, token)', 'token', 'js'), []);
    assert.deepStrictEqual(at('puts "#{a}", token', 'token', 'ruby'), []);
  });

  it('undefined in a comment', () => {
    assert.strictEqual(at('// console.log(token)', 'token', 'js'), undefined);
    assert.strictEqual(at('# print(token)', 'token', 'python'), undefined);
    assert.strictEqual(at('/* log(token) */', 'token', 'js'), undefined);
  });
});

describe('planMaskLogged: Go gets an idiomatic if before the statement', () => {
  const GO_HEAD = 'package main\n\nimport (\n\t"fmt"\n\t"log"\n\t"os"\n)\n\n';

  it('a logged variable: the status is set on the lines before, and the call logs it', () => {
    const result = fixed('main.go', 'go', `${GO_HEAD}func main() {\n\tapiKey := os.Getenv("OPENAI_API_KEY")\n\tlog.Printf("key=%s", apiKey)\n}\n`);
    assert.strictEqual(result?.title, 'Show whether apiKey is set, not its value');
    assert.strictEqual(result.text, `${GO_HEAD}func main() {\n\tapiKey := os.Getenv("OPENAI_API_KEY")\n` +
      '\tapiKeyStatus := "[missing]"\n\tif apiKey != "" {\n\t\tapiKeyStatus = "[set]"\n\t}\n\tlog.Printf("key=%s", apiKeyStatus)\n}\n');
    assert.doesNotMatch(result.text, /map\[bool\]/);
  });

  it('a call spread over lines, a case clause, a one-line if and a goroutine: before each statement', () => {
    const source = `${GO_HEAD}func main() {\n\tfmt.Println("token:",\n\t\tos.Getenv("GITHUB_TOKEN"))\n\tswitch len(os.Args) {\n\tcase 1:\n` +
      '\t\tlog.Println(os.Getenv("OPENAI_API_KEY"))\n\t}\n\tif len(os.Args) > 2 { log.Println(os.Getenv("STRIPE_SECRET_KEY")) }\n' +
      '\tgo func() {\n\t\tlog.Println(os.Getenv("AWS_SECRET_ACCESS_KEY"))\n\t}()\n}\n';
    const status = (indent: string, name: string, expr: string) =>
      `${indent}${name} := "[missing]"\n${indent}if ${expr} != "" {\n${indent}\t${name} = "[set]"\n${indent}}\n`;
    assert.strictEqual(fixedAll('main.go', 'go', source), `${GO_HEAD}func main() {\n` +
      status('\t', 'githubTokenStatus', 'os.Getenv("GITHUB_TOKEN")') + '\tfmt.Println("token:",\n\t\tgithubTokenStatus)\n\tswitch len(os.Args) {\n\tcase 1:\n' +
      status('\t\t', 'openaiAPIKeyStatus', 'os.Getenv("OPENAI_API_KEY")') + '\t\tlog.Println(openaiAPIKeyStatus)\n\t}\n' +
      status('\t', 'stripeSecretKeyStatus', 'os.Getenv("STRIPE_SECRET_KEY")') + '\tif len(os.Args) > 2 { log.Println(stripeSecretKeyStatus) }\n' +
      '\tgo func() {\n' + status('\t\t', 'awsSecretAccessKeyStatus', 'os.Getenv("AWS_SECRET_ACCESS_KEY")') + '\t\tlog.Println(awsSecretAccessKeyStatus)\n\t}()\n}\n');
  });

  it('a name the file already uses gets a number; CRLF files get CRLF lines', () => {
    const taken = fixed('main.go', 'go', `${GO_HEAD}var apiKeyStatus = 1\n\nfunc main() {\n\tapiKey := os.Getenv("OPENAI_API_KEY")\n\tlog.Println(apiKey, apiKeyStatus)\n}\n`);
    assert.match(taken?.text ?? '', /\tapiKeyStatus2 := "\[missing\]"\n\tif apiKey != "" \{\n\t\tapiKeyStatus2 = "\[set\]"\n\t\}\n\tlog\.Println\(apiKeyStatus2, apiKeyStatus\)/);
    const crlf = fixed('main.go', 'go', `${GO_HEAD}func main() {\r\n\ttoken := os.Getenv("GITHUB_TOKEN")\r\n\tlog.Println(token)\r\n}\r\n`.replace(/\r?\n/g, '\r\n'));
    assert.ok(crlf && !/[^\r]\n/.test(crlf.text), 'every line ends in CRLF');
  });

  it('goStatementStart: the statement in a function body; none at package scope or in a one-line closure', () => {
    const at = (text: string, needle: string) => goStatementStart(text, text.indexOf(needle));
    const body = 'func f() {\n\tx := g(1,\n\t\ttoken)\n}\n';
    assert.strictEqual(at(body, 'token'), body.indexOf('x :='));
    assert.strictEqual(at('var s = fmt.Sprint(token)\n', 'token'), undefined);
    assert.strictEqual(at('var (\n\ts = fmt.Sprint(token)\n)\n', 'token'), undefined);
    const closure = 'func f() {\n\tdefer func() { log.Println(token) }()\n}\n';
    assert.strictEqual(at(closure, 'token'), closure.indexOf('defer'), 'before the statement that holds the closure');
    const strings = 'func f() {\n\ts := "{ ; }" + `\n}` + \'}\'\n\tlog.Println(token) // {\n}\n';
    assert.strictEqual(at(strings, 'token'), strings.indexOf('log.'), 'brackets in strings, runes and comments do not count');
  });
});

/**
 * The masked output parses (and for Go, builds, is gofmt-clean and runs) with the language's
 * own toolchain. Each check skips when its tool is missing on this machine.
 */
describe('planMaskLogged output is accepted by the real parsers', function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-mask-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));


  const CHECKS: Record<string, { tool: string; args: (file: string) => string[]; ext: string }> = {
    javascript: { tool: 'node', args: f => ['--check', f], ext: 'js' },
    python: { tool: 'python3', args: f => ['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read())', f], ext: 'py' },
    ruby: { tool: 'ruby', args: f => ['-c', f], ext: 'rb' },
    php: { tool: 'php', args: f => ['-l', f], ext: 'php' },
    shellscript: { tool: 'bash', args: f => ['-n', f], ext: 'sh' },
  };

  for (const [file, languageId, , expected] of cases) {
    const check = CHECKS[languageId];
    if (!check) continue;
    it(`${file}: ${expected.trim().split('\n').pop()}`, function () {
      if (!have(check.tool)) this.skip();
      const target = path.join(dir, `${path.basename(file, path.extname(file))}-${Math.random().toString(36).slice(2)}.${check.ext}`);
      fs.writeFileSync(target, expected);
      execFileSync(check.tool, check.args(target), { stdio: 'pipe' });
    });
  }

  it('Go: the fixed program is gofmt-clean, builds, and prints whether each key is set, never its value', function () {
    if (!have('go')) this.skip();
    const source = 'package main\n\nimport (\n\t"fmt"\n\t"log"\n\t"os"\n)\n\nfunc main() {\n\tlog.SetFlags(0)\n\tlog.SetOutput(os.Stdout)\n' +
      '\tapiKey := os.Getenv("OPENAI_API_KEY")\n\tlog.Printf("key=%s", apiKey)\n\tfmt.Println("token:",\n\t\tos.Getenv("GITHUB_TOKEN"))\n' +
      '\tswitch len(os.Args) {\n\tcase 0, 1:\n\t\tfmt.Println(os.Getenv("STRIPE_SECRET_KEY"))\n\t}\n\tfmt.Println(os.Environ())\n}\n';
    const text = fixedAll('main.go', 'go', source);
    assert.deepStrictEqual(scanText(text, { path: 'main.go', languageId: 'go' }).filter(f => f.ruleId === 'secret-logged').map(f => text.slice(f.range.start.offset, f.range.end.offset)), []);
    const goDir = fs.mkdtempSync(path.join(dir, 'go-'));
    fs.writeFileSync(path.join(goDir, 'main.go'), text);
    fs.writeFileSync(path.join(goDir, 'go.mod'), 'module mask\n\ngo 1.19\n');
    // gofmt -l lists files whose formatting differs from gofmt's: the source is clean, and so is the fix.
    assert.strictEqual(execFileSync('gofmt', ['-l'], { input: source, encoding: 'utf8' }), '', 'the source is gofmt-clean');
    assert.strictEqual(execFileSync('gofmt', ['-l', 'main.go'], { cwd: goDir, encoding: 'utf8' }), '', `gofmt would reformat:\n${text}`);
    const env = { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', OPENAI_API_KEY: 'sk-fake-value', GITHUB_TOKEN: '' };
    delete (env as Record<string, string | undefined>).STRIPE_SECRET_KEY;
    execFileSync('go', ['vet', '.'], { cwd: goDir, env, stdio: 'pipe' });
    const out = execFileSync('go', ['run', '.'], { cwd: goDir, env, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    assert.deepStrictEqual(lines.slice(0, 3), ['key=[set]', 'token: [missing]', '[missing]']);
    assert.match(lines[3], /^\d+$/, 'the environment dump prints a count');
    assert.ok(!out.includes('sk-fake-value'), 'the value is never printed');
  });
});
