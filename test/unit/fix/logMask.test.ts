import * as assert from 'assert';
import { enclosingQuotes, planMaskLogged, scanText } from '../../../src/core';
import { applyEdits } from './helpers';

/** The text after the fix for the file's first `secret-logged` finding; undefined when none is offered. */
function fixed(path: string, languageId: string, text: string): { text: string; title: string } | undefined {
  const [f] = scanText(text, { path, languageId }).filter(x => x.ruleId === 'secret-logged');
  assert.ok(f, `${path}: a secret-logged finding in ${JSON.stringify(text)}`);
  const plan = planMaskLogged({ text, languageId, path, start: f.range.start.offset, end: f.range.end.offset, name: f.assignedName });
  return plan && { text: applyEdits(text, [plan.edit]), title: plan.title };
}

function logged(path: string, languageId: string, text: string): string[] {
  return scanText(text, { path, languageId }).filter(f => f.ruleId === 'secret-logged').map(f => text.slice(f.range.start.offset, f.range.end.offset));
}

describe('planMaskLogged', () => {
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
