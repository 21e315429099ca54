import * as assert from 'assert';
import { LANGUAGES } from '../../../src/core/lang/records';
import { assignmentFactsOf, codeLanguageOf, commentStyleFor, ENV_REFERENCE, fixLanguageOf, inLineComment, lexStateAt, pythonDocstrings } from '../../../src/core/lang';
import { planMaskLoggedValue, scanText } from '../../../src/core';

describe('language model: the records', () => {
  it('each id, VS Code id, extension and file name belongs to one record', () => {
    const claims = (key: (l: typeof LANGUAGES[number]) => readonly string[]) => {
      const all = LANGUAGES.flatMap(key);
      return all.filter((x, i) => all.indexOf(x) !== i);
    };
    assert.deepStrictEqual(claims(l => [l.id]), []);
    assert.deepStrictEqual(claims(l => l.vscodeIds ?? []), []);
    assert.deepStrictEqual(claims(l => l.extensions ?? []), []);
  });

  it('a language the output check reads has a tokenizer syntax, string syntax and a masking idiom', () => {
    for (const l of LANGUAGES.filter(x => x.output)) {
      assert.ok(l.syntax && l.stringAt, `${l.id}: syntax and stringAt`);
      assert.ok(planMaskLoggedValue(l.vscodeIds![0], 'apiKey') !== undefined || l.id === 'shell', `${l.id}: mask`);
    }
  });

  it('a file gets its own assignment forms by name, then VS Code id, then extension', () => {
    const declares = (path: string, before: string, languageId?: string) => !!assignmentFactsOf(path, languageId)?.declaresBefore?.test(before);
    assert.ok(declares('Dockerfile.prod', 'ENV '));
    assert.ok(declares('src/config.h', '#define '));
    // Arduino sketches and CUDA sources are C++ too.
    assert.ok(declares('sketch/sketch.ino', '#define '));
    assert.ok(declares('kernels/scan.cu', '#define '));
    assert.ok(declares('conf.d/env.fish', 'set -gx '));
    assert.ok(declares('src/core.clj', '(def '));
    assert.ok(declares('untitled-1', '#define ', 'c'));
    // A shell script's `ENV` is a word, and JavaScript declares nothing with a space.
    assert.ok(!declares('deploy.sh', 'ENV '));
    assert.strictEqual(assignmentFactsOf('src/app.js')?.declaresBefore, undefined);
    // What joins string literals into one value: an operator, or nothing between them.
    assert.deepStrictEqual(assignmentFactsOf('src/app.js')?.joins, ['+']);
    assert.deepStrictEqual(assignmentFactsOf('lib/Config.php')?.joins, ['.']);
    assert.deepStrictEqual(assignmentFactsOf('src/net.c')?.joins, ['']);
    assert.strictEqual(assignmentFactsOf('config.yaml')?.joins, undefined);
    assert.deepStrictEqual(assignmentFactsOf('fetch.R')?.operators, ['<<-', '<-']);
  });

  it('env reads are global patterns whose first defined group is the variable name', () => {
    const samples: Record<string, string> = {
      js: 'process.env.OPENAI_API_KEY', python: 'os.getenv("OPENAI_API_KEY")', go: 'os.Getenv("OPENAI_API_KEY")',
      java: 'System.getenv("OPENAI_API_KEY")', csharp: 'Environment.GetEnvironmentVariable("OPENAI_API_KEY")',
      ruby: 'ENV["OPENAI_API_KEY"]', php: "getenv('OPENAI_API_KEY')",
    };
    for (const l of LANGUAGES.filter(x => x.env?.reads)) {
      for (const re of l.env!.reads!) assert.ok(re.global, `${l.id}: ${re.source} is global`);
      if (!samples[l.id]) continue;
      const m = [...samples[l.id].matchAll(l.env!.reads![0])][0];
      assert.strictEqual(m?.slice(1).find(g => g !== undefined), 'OPENAI_API_KEY', l.id);
      assert.ok(ENV_REFERENCE.test(samples[l.id]) || l.id === 'go', `${l.id}: a configured value reading it is a reference`);
    }
  });
});

describe('language model: which record a file gets', () => {
  it('the fixes: file names, extensions that decide, ids, consumers of YAML', () => {
    const kind = (id: string, path: string) => fixLanguageOf(id, path)?.id;
    assert.strictEqual(kind('plaintext', 'deploy/Dockerfile.prod'), 'dockerfile');
    assert.strictEqual(kind('yaml', 'Dockerfile'), 'dockerfile', 'the name decides over the id');
    assert.strictEqual(kind('terraform', 'prod.tfvars'), 'tfvars', 'the extension decides over the id');
    assert.strictEqual(kind('yaml', '.github/workflows/ci.yml'), 'workflow');
    assert.strictEqual(kind('yaml', 'docker-compose.prod.yml'), 'compose');
    assert.strictEqual(kind('', 'src/main/resources/application-dev.properties'), 'spring');
    assert.strictEqual(kind('yaml', 'k8s/app.yaml'), 'yaml');
    assert.strictEqual(kind('vue', 'App.vue'), 'js', 'a component\'s script is JS');
    assert.strictEqual(kind('javascript', '.bashrc'), 'js', 'the id decides over a shell start-up name');
    assert.strictEqual(kind('', '.bashrc'), 'shell');
    assert.strictEqual(kind('', 'gui.pyw'), 'python');
    assert.strictEqual(kind('json', 'package.json'), undefined);
    assert.strictEqual(kind('dotenv', '.env'), undefined, 'a .env file is where values go, not where lookups are written');
  });

  it('the output check: the VS Code id, then the extension; only languages it reads', () => {
    assert.strictEqual(codeLanguageOf('a.ts')?.id, 'js');
    assert.strictEqual(codeLanguageOf('x.txt', 'python')?.id, 'python');
    assert.strictEqual(codeLanguageOf('x.py', 'yaml')?.id, 'python', 'an id without output facts falls back to the extension');
    assert.strictEqual(codeLanguageOf('lib.rs'), undefined);
  });

  it('comments: the id, then file names, then the extension; `//` by default and none for JSON', () => {
    assert.deepStrictEqual(commentStyleFor('a.py'), { line: '#' });
    assert.deepStrictEqual(commentStyleFor('gui.pyw'), { line: '#' });
    assert.deepStrictEqual(commentStyleFor('App.vue'), { block: ['<!--', '-->'] });
    assert.deepStrictEqual(commentStyleFor('.env.local'), { line: '#' });
    assert.deepStrictEqual(commentStyleFor('notes', 'sql'), { line: '--' });
    assert.deepStrictEqual(commentStyleFor('main.go'), { line: '//' });
    assert.strictEqual(commentStyleFor('a.json'), undefined);
  });
});

describe('language model: the shared tokenizer', () => {
  const py = LANGUAGES.find(l => l.id === 'python')!.syntax!;

  it('tells code, comments and strings apart', () => {
    const text = 'x = "a # b"  # c\ny = f"{z}"';
    assert.strictEqual(lexStateAt(text, text.indexOf('a #'), py).kind, 'string');
    assert.strictEqual(lexStateAt(text, text.indexOf('# c') + 2, py).kind, 'comment');
    assert.strictEqual(lexStateAt(text, text.indexOf('y ='), py).kind, 'code');
    const s = lexStateAt(text, text.indexOf('{z}'), py);
    assert.ok(s.kind === 'string' && s.prefix === 'f' && s.delimiter === '"');
  });

  it('heredocs are strings from the line after the opener to the line of its word (Ruby, shell, PHP)', () => {
    const syntax = (id: string) => LANGUAGES.find(l => l.id === id)!.syntax!;
    for (const [id, text] of [
      ['ruby', 'puts <<~MSG.strip\n  password: x1\n  MSG\nafter = 1\n'],
      ['shell', 'cat > ~/.pgpass <<\'PGPASS\'\ndb:5432:*:app:x1\nPGPASS\nafter=1\n'],
      ['php', '<?php\n$cfg = <<<EOT\npassword = x1\nEOT;\n$after = 1;\n'],
    ] as const) {
      assert.strictEqual(lexStateAt(text, text.indexOf('x1'), syntax(id)).kind, 'string', id);
      assert.strictEqual(lexStateAt(text, text.indexOf('after'), syntax(id)).kind, 'code', id);
    }
    // A shift, a here-string and an opener whose word never ends a line are no heredocs.
    for (const [id, text] of [['ruby', 'list << ITEM\nx1 = 2\n'], ['shell', 'grep x <<< "$v"\nx1=2\n'], ['ruby', 'a = <<~SQL\nx1\n']] as const) {
      assert.strictEqual(lexStateAt(text, text.indexOf('x1'), syntax(id)).kind, 'code', `${id}: ${text}`);
    }
  });

  it('docstrings are the triple-quoted strings that stand alone', () => {
    const text = 'def f():\n    """Doc."""\n    SQL = """select 1"""\n';
    const d = pythonDocstrings(text);
    assert.deepStrictEqual(d, [text.indexOf('"""Doc'), text.indexOf('"""Doc') + 10]);
  });

  it('tokenizes a text once: many queries on a large file stay linear', () => {
    const text = 'token = "abc"  # note\n'.repeat(50_000); // ~1.1 MB
    const started = Date.now();
    let strings = 0;
    for (let k = 0; k < 20_000; k++) if (lexStateAt(text, (k * 53) % text.length, py).kind === 'string') strings++;
    assert.ok(strings > 0);
    // Re-reading the text from its start per query (20,000 × 1.1 MB) would take minutes.
    assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
  });

  it('the checks see a Python docstring as documentation', () => {
    const text = 'def show():\n    """\n    print(os.environ["OPENAI_API_KEY"])\n    """\n    print(os.environ["OPENAI_API_KEY"])\n';
    const found = scanText(text, { path: 'a.py' }).filter(f => f.ruleId === 'secret-logged');
    assert.deepStrictEqual(found.map(f => f.range.start.line), [4]);
  });

  it('a whole-line comment: a block comment closed before the offset is over', () => {
    const style = commentStyleFor('dist/extension.js');
    const at = (line: string, needle: string) => inLineComment(line, 0, line.indexOf(needle), style);
    assert.strictEqual(at('// previous key: abc', 'abc'), true);
    assert.strictEqual(at(' * previous key: abc', 'abc'), true);
    assert.strictEqual(at('/* previous key: abc */', 'abc'), true);
    // A bundle's license comment, then code on the same line.
    assert.strictEqual(at('/*! license */ (()=>{var token="abc"})()', 'abc'), false);
    assert.strictEqual(at('const token = "abc"; // trailing', 'abc'), false);
  });
});

