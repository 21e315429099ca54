import * as assert from 'assert';
import { planMoveToEnv } from '../../../src/core/fix';
import { openaiProjectKey } from '../../helpers/fakes';
import { applyPlan, hide, inputFor } from './helpers';

function rewrite(snippet: string, languageId: string, path: string): { source?: string; unsafeReason?: string } {
  const key = openaiProjectKey();
  const input = inputFor(snippet, key, languageId, path);
  const plan = planMoveToEnv(input);
  if (plan.unsafeReason) return { unsafeReason: plan.unsafeReason };
  return { source: hide(applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined }).source, key) };
}

describe('planMoveToEnv: context-dependent rewrites', () => {
  it('YAML flow mappings get a quoted placeholder (braces would end a plain scalar)', () => {
    assert.strictEqual(rewrite('env: {OPENAI_API_KEY: SECRET, DEBUG: "1"}\n', 'yaml', 'docker-compose.yml').source,
      'env: {OPENAI_API_KEY: "${OPENAI_API_KEY}", DEBUG: "1"}\n');
    assert.strictEqual(rewrite('with: { token: SECRET }\n', 'yaml', '.github/workflows/a.yml').source,
      'with: { token: "${{ secrets.OPENAI_API_KEY }}" }\n');
  });

  it('Dockerfile: ARG is declared per build stage, once', () => {
    const multi = 'FROM node:20 AS build\nARG OPENAI_API_KEY\nRUN echo build\n\nFROM node:20\nENV OPENAI_API_KEY=SECRET\n';
    assert.strictEqual(rewrite(multi, 'dockerfile', 'Dockerfile').source,
      'FROM node:20 AS build\nARG OPENAI_API_KEY\nRUN echo build\n\nFROM node:20\nARG OPENAI_API_KEY\nENV OPENAI_API_KEY=${OPENAI_API_KEY}\n');
    const same = 'FROM node:20\nARG OPENAI_API_KEY\nRUN curl -H "Authorization: Bearer SECRET" \\\n  https://api.openai.com\n';
    assert.strictEqual(rewrite(same, 'dockerfile', 'Dockerfile').source,
      'FROM node:20\nARG OPENAI_API_KEY\nRUN curl -H "Authorization: Bearer ${OPENAI_API_KEY}" \\\n  https://api.openai.com\n');
    const continued = 'FROM node:20\nRUN curl \\\n  -H "Authorization: Bearer SECRET" https://api.openai.com\n';
    assert.strictEqual(rewrite(continued, 'dockerfile', 'Dockerfile').source,
      'FROM node:20\nARG OPENAI_API_KEY\nRUN curl \\\n  -H "Authorization: Bearer ${OPENAI_API_KEY}" https://api.openai.com\n');
  });

  it('Vue/Svelte: only inside <script>', () => {
    assert.match(rewrite('<template>\n  <Chat api-key="SECRET" />\n</template>\n', 'vue', 'Chat.vue').unsafeReason!, /<script>/);
    assert.strictEqual(rewrite('<template><div/></template>\n<script>\nexport default { data: () => ({ k: "SECRET" }) }\n</script>\n', 'vue', 'A.vue').source,
      '<template><div/></template>\n<script>\nexport default { data: () => ({ k: process.env.OPENAI_API_KEY }) }\n</script>\n');
  });

  it('Python: a second fix in the same file does not add import os twice', () => {
    const once = rewrite('A = "SECRET"\nB = "other"\n', 'python', 'a.py').source!;
    assert.strictEqual(once, 'import os\n\nA = os.environ["OPENAI_API_KEY"]\nB = "other"\n');
    const key = openaiProjectKey();
    const input = inputFor(once.replace('"other"', '"SECRET"'), key, 'python', 'a.py', { suggestedName: 'OTHER_KEY' });
    const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: undefined, gitignore: undefined });
    assert.strictEqual(hide(files.source, key), 'import os\n\nA = os.environ["OPENAI_API_KEY"]\nB = os.environ["OTHER_KEY"]\n');
  });

  it('CRLF files: an existing import is seen, so none is added twice (Python, Go)', () => {
    assert.strictEqual(rewrite('import os\r\nimport sys\r\n\r\nKEY = "SECRET"\r\n', 'python', 'a.py').source,
      'import os\r\nimport sys\r\n\r\nKEY = os.environ["OPENAI_API_KEY"]\r\n');
    assert.strictEqual(rewrite('import sys, os\r\nKEY = "SECRET"\r\n', 'python', 'a.py').source,
      'import sys, os\r\nKEY = os.environ["OPENAI_API_KEY"]\r\n');
    assert.strictEqual(rewrite('package main\r\n\r\nimport (\r\n\t"fmt"\r\n\t"os"\r\n)\r\n\r\nvar k = "SECRET"\r\n', 'go', 'main.go').source,
      'package main\r\n\r\nimport (\r\n\t"fmt"\r\n\t"os"\r\n)\r\n\r\nvar k = os.Getenv("OPENAI_API_KEY")\r\n');
    assert.strictEqual(rewrite('package main\r\n\r\nvar k = "SECRET"\r\n', 'go', 'main.go').source,
      'package main\r\n\r\nimport "os"\r\n\r\nvar k = os.Getenv("OPENAI_API_KEY")\r\n');
  });

  it('an import with a trailing comment or beside another statement is seen (CRLF and LF)', () => {
    assert.strictEqual(rewrite('import os  # noqa: F401\r\nKEY = "SECRET"\r\n', 'python', 'a.py').source,
      'import os  # noqa: F401\r\nKEY = os.environ["OPENAI_API_KEY"]\r\n');
    assert.strictEqual(rewrite('import sys, os # paths\nKEY = "SECRET"\n', 'python', 'a.py').source,
      'import sys, os # paths\nKEY = os.environ["OPENAI_API_KEY"]\n');
    assert.strictEqual(rewrite('import os; import sys\nKEY = "SECRET"\n', 'python', 'a.py').source,
      'import os; import sys\nKEY = os.environ["OPENAI_API_KEY"]\n');
    assert.strictEqual(rewrite('\ufeffimport os\r\nKEY = "SECRET"\r\n', 'python', 'a.py').source,
      '\ufeffimport os\r\nKEY = os.environ["OPENAI_API_KEY"]\r\n', 'after a byte order mark');
    assert.strictEqual(rewrite('\ufeffKEY = "SECRET"\r\n', 'python', 'a.py').source,
      '\ufeffimport os\r\n\r\nKEY = os.environ["OPENAI_API_KEY"]\r\n', 'the import goes after the byte order mark');
    assert.strictEqual(rewrite('package main\r\n\r\nimport (\r\n\t"fmt"\r\n\t"os" // Getenv\r\n)\r\n\r\nvar k = "SECRET"\r\n', 'go', 'main.go').source,
      'package main\r\n\r\nimport (\r\n\t"fmt"\r\n\t"os" // Getenv\r\n)\r\n\r\nvar k = os.Getenv("OPENAI_API_KEY")\r\n');
  });

  it('classic Mac line endings (a lone CR): the import is seen, or added on a line of its own with the file\'s line ending', () => {
    assert.strictEqual(rewrite('import os\rKEY = "SECRET"\r', 'python', 'a.py').source, 'import os\rKEY = os.environ["OPENAI_API_KEY"]\r');
    assert.strictEqual(rewrite('import sys\rKEY = "SECRET"\r', 'python', 'a.py').source, 'import os\rimport sys\rKEY = os.environ["OPENAI_API_KEY"]\r');
    assert.strictEqual(rewrite('package main\r\rvar k = "SECRET"\r', 'go', 'main.go').source,
      'package main\r\rimport "os"\r\rvar k = os.Getenv("OPENAI_API_KEY")\r');
  });

  it('Go: a file with single-line imports gets another single import', () => {
    assert.strictEqual(rewrite('package main\n\nimport "fmt"\n\nfunc main() { fmt.Sprint(newClient("SECRET")) }\n', 'go', 'main.go').source,
      'package main\n\nimport "fmt"\nimport "os"\n\nfunc main() { fmt.Sprint(newClient(os.Getenv("OPENAI_API_KEY"))) }\n');
  });

  it('C header with an include guard and no includes; file-scope C initialisers are refused', () => {
    assert.strictEqual(rewrite('#ifndef KEYS_H\n#define KEYS_H\nstatic inline const char *key(void) { return "SECRET"; }\n#endif\n', 'c', 'keys.h').source,
      '#ifndef KEYS_H\n#define KEYS_H\n#include <stdlib.h>\n\nstatic inline const char *key(void) { return getenv("OPENAI_API_KEY"); }\n#endif\n');
    assert.match(rewrite('static const char *KEY = "SECRET";\n', 'c', 'keys.c').unsafeReason!, /constant initialiser/);
    assert.match(rewrite('const char *KEY = "SECRET";\n', 'cpp', 'keys.cpp').source!, /std::getenv/);
  });

  it('Python: import os goes after an encoding line and a licence comment', () => {
    assert.strictEqual(rewrite('# -*- coding: utf-8 -*-\n# Copyright Example\n\nKEY = u"SECRET"\n', 'python', 'a.py').source,
      '# -*- coding: utf-8 -*-\n# Copyright Example\n\nimport os\n\nKEY = os.environ["OPENAI_API_KEY"]\n');
  });

  it('keeps Windows line endings in inserted lines and appended files', () => {
    assert.strictEqual(rewrite('import sys\r\nKEY = "SECRET"\r\n', 'python', 'a.py').source, 'import os\r\nimport sys\r\nKEY = os.environ["OPENAI_API_KEY"]\r\n');
    const key = openaiProjectKey();
    const input = inputFor('k = "SECRET"\r\n', key, 'javascript', 'a.js', { envText: 'A=1\r\n', gitignoreText: 'node_modules\r\n' });
    const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: input.envText, gitignore: input.gitignoreText });
    assert.strictEqual(hide(files.env, key), 'A=1\r\nOPENAI_API_KEY=<secret1>\r\n');
    assert.strictEqual(files.gitignore, 'node_modules\r\n.env\r\n');
  });

  it('a heredoc body is refused (quotes would become text, a quoted marker expands nothing)', () => {
    assert.match(rewrite('API_TOKEN=$(cat <<EOF\nSECRET\nEOF\n)\n', 'shellscript', 'deploy.sh').unsafeReason!, /heredoc/);
    assert.match(rewrite("API_TOKEN=$(cat <<'EOF'\nSECRET\nEOF\n)\n", 'shellscript', 'deploy.sh').unsafeReason!, /heredoc/);
    assert.match(rewrite('$apiToken = @"\nSECRET\n"@\n', 'powershell', 'deploy.ps1').unsafeReason!, /heredoc/);
    // A shift operator at a line's end opens nothing.
    assert.match(rewrite('items << entry\nAPI_TOKEN = "SECRET"\n', 'ruby', 'config.rb').source!, /^API_TOKEN = ENV\.fetch\("[A-Z_]+"\)$/m);
  });

  it('a string inside a template expression is refused (an env reference there would stay text)', () => {
    assert.match(rewrite('env:\n  API_TOKEN: ${{ "SECRET" }}\n', 'yaml', '.github/workflows/ci.yml').unsafeReason!, /template expression/);
    assert.match(rewrite('api_token: <%= "SECRET" %>\n', 'yaml', 'config/app.yml').unsafeReason!, /template expression/);
    assert.match(rewrite('data:\n  password: {{ "SECRET" | b64enc }}\n', 'yaml', 'chart/templates/secret.yaml').unsafeReason!, /template expression/);
  });

  it('Go: a const whose multi-line raw string holds the secret becomes a var', () => {
    const { source } = rewrite('package x\n\nconst cfg = `\napi_token: SECRET\n`\n', 'go', 'cfg_test.go');
    assert.match(source!, /^var cfg = `\napi_token: ` \+ os\.Getenv\("[A-Z_]+"\) \+ `\n`$/m);
  });

  it('Dart const constructors lose const; JVM annotation arguments are refused', () => {
    assert.strictEqual(rewrite("import 'dart:io';\nfinal c = const Config(apiKey: 'SECRET');\n", 'dart', 'a.dart').source,
      "import 'dart:io';\nfinal c = Config(apiKey: Platform.environment['OPENAI_API_KEY']!);\n");
    assert.strictEqual(rewrite("import 'dart:io';\nstatic const String key = 'SECRET';\n", 'dart', 'a.dart').source,
      "import 'dart:io';\nstatic final String key = Platform.environment['OPENAI_API_KEY']!;\n");
    assert.match(rewrite('class A {\n  @Value("SECRET")\n  String key;\n}\n', 'java', 'A.java').unsafeReason!, /Annotation/);
    assert.match(rewrite('@Header(name = "SECRET")\nfun f() {}\n', 'kotlin', 'a.kt').unsafeReason!, /Annotation/);
    // Inside the annotation's string, Spring's default: the refusal says what to do by hand
    // (string concatenation with an env read would not compile).
    assert.match(rewrite('class A {\n  @Value("${jwt.secret:SECRET}")\n  String key;\n}\n', 'java', 'A.java').unsafeReason!,
      /Annotation arguments must be constants: delete the default \(\$\{jwt\.secret\}\)/);
  });

  it('.tfvars: the line goes, TF_VAR_<variable> goes to .env (or is refused when .env disagrees)', () => {
    const key = openaiProjectKey();
    const input = inputFor('region = "eu-west-1"\nopenai_api_key = "SECRET" # prod\nreplicas = 2\n', key, 'terraform', 'prod.tfvars');
    const plan = planMoveToEnv(input);
    const files = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined });
    assert.strictEqual(files.source, 'region = "eu-west-1"\nreplicas = 2\n');
    assert.strictEqual(hide(files.env, key), 'TF_VAR_openai_api_key=<secret1>\n');
    assert.strictEqual(plan.envName, 'TF_VAR_openai_api_key');
    const same = planMoveToEnv({ ...input, envText: `TF_VAR_openai_api_key=${key}\n` });
    assert.strictEqual(same.edits.find(f => f.file === 'env'), undefined);
    assert.match(planMoveToEnv({ ...input, envText: 'TF_VAR_openai_api_key=old\n' }).unsafeReason!, /another value/);
    assert.match(rewrite('tags = { key = "SECRET" }\n', 'terraform', 'a.tfvars').unsafeReason!, /whole/);
  });
});
