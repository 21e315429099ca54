import * as assert from 'assert';
import { planMoveToEnv } from '../../../src/core/fix';
import { openaiProjectKey } from '../../helpers/fakes';
import { applyPlan, hide, inputFor } from './helpers';

/** One realistic snippet per language: `SECRET` is where the key sits, the expected text after the fix. */
interface Case { name: string; languageId: string; path: string; before: string; after: string; notes?: RegExp }

const CASES: Case[] = [
  { name: 'JavaScript', languageId: 'javascript', path: 'src/client.js',
    before: `const OpenAI = require('openai');\nconst client = new OpenAI({ apiKey: 'SECRET' });\n`,
    after: `const OpenAI = require('openai');\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n` },
  { name: 'TypeScript: the lookup is asserted to be a string, like the literal was', languageId: 'typescript', path: 'src/config.ts',
    before: `export const apiKey: string = "SECRET";\n`,
    after: `export const apiKey: string = process.env.OPENAI_API_KEY!;\n` },
  { name: 'TSX', languageId: 'typescriptreact', path: 'src/App.tsx',
    before: `const key = \`SECRET\`;\nexport const App = () => <div>{key.length}</div>;\n`,
    after: `const key = process.env.OPENAI_API_KEY!;\nexport const App = () => <div>{key.length}</div>;\n`, notes: /server-side/ },
  { name: 'JSX template literal keeps the rest of the string', languageId: 'javascriptreact', path: 'src/a.jsx',
    before: 'fetch(url, { headers: { Authorization: `Bearer SECRET` } });\n',
    after: 'fetch(url, { headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` } });\n' },
  { name: 'Vue', languageId: 'vue', path: 'src/App.vue',
    before: `<script setup>\nconst key = "SECRET"\n</script>\n`,
    after: `<script setup>\nconst key = process.env.OPENAI_API_KEY\n</script>\n`, notes: /VITE_/ },
  { name: 'Svelte', languageId: 'svelte', path: 'src/App.svelte',
    before: `<script>\n  let key = 'SECRET';\n</script>\n`,
    after: `<script>\n  let key = process.env.OPENAI_API_KEY;\n</script>\n` },
  { name: 'Python adds import os after the docstring and __future__ imports', languageId: 'python', path: 'app/client.py',
    before: `#!/usr/bin/env python3\n"""OpenAI client."""\nfrom __future__ import annotations\n\nclient = OpenAI(api_key="SECRET")\n`,
    after: `#!/usr/bin/env python3\n"""OpenAI client."""\nfrom __future__ import annotations\n\nimport os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n` },
  { name: 'Python raw string among existing imports', languageId: 'python', path: 'app/client.py',
    before: `import json\nimport sys\n\nKEY = r'SECRET'\n`,
    after: `import json\nimport os\nimport sys\n\nKEY = os.environ["OPENAI_API_KEY"]\n` },
  { name: 'Python bytes literal stays bytes', languageId: 'python', path: 'a.py',
    before: `import os\nKEY = b"SECRET"\n`,
    after: `import os\nKEY = os.environ["OPENAI_API_KEY"].encode()\n` },
  { name: 'Python f-string: the lookup becomes a placeholder, quoted with the other quote kind', languageId: 'python', path: 'a.py',
    before: `import os\nheaders = {"Authorization": f"Bearer SECRET"}\n`,
    after: `import os\nheaders = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}\n` },
  { name: 'Python single-quoted f-string with other placeholders keeps them', languageId: 'python', path: 'a.py',
    before: `import os\nh = f'{scheme} SECRET {n!r}'\n`,
    after: `import os\nh = f'{scheme} {os.environ["OPENAI_API_KEY"]} {n!r}'\n` },
  { name: 'Go with an import block', languageId: 'go', path: 'main.go',
    before: `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\tkey := "SECRET"\n\tfmt.Println(len(key), http.MethodGet)\n}\n`,
    after: `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\tkey := os.Getenv("OPENAI_API_KEY")\n\tfmt.Println(len(key), http.MethodGet)\n}\n` },
  { name: 'Go without imports; const becomes var', languageId: 'go', path: 'key.go',
    before: `package config\n\nconst APIKey = "SECRET"\n`,
    after: `package config\n\nimport "os"\n\nvar APIKey = os.Getenv("OPENAI_API_KEY")\n` },
  { name: 'Java', languageId: 'java', path: 'src/main/java/App.java',
    before: `public class App {\n    private static final String API_KEY = "SECRET";\n}\n`,
    after: `public class App {\n    private static final String API_KEY = System.getenv("OPENAI_API_KEY");\n}\n` },
  { name: 'Kotlin const val loses const', languageId: 'kotlin', path: 'App.kt',
    before: `object Config {\n    const val API_KEY = "SECRET"\n}\n`,
    after: `object Config {\n    val API_KEY = System.getenv("OPENAI_API_KEY")\n}\n` },
  { name: 'C# verbatim string, with using System', languageId: 'csharp', path: 'Program.cs',
    before: `using System;\nclass P { static string Key = @"SECRET"; }\n`,
    after: `using System;\nclass P { static string Key = Environment.GetEnvironmentVariable("OPENAI_API_KEY"); }\n` },
  { name: 'C# const without using System', languageId: 'csharp', path: 'Keys.cs',
    before: `class Keys { public const string OpenAi = "SECRET"; }\n`,
    after: `class Keys { public static readonly string OpenAi = System.Environment.GetEnvironmentVariable("OPENAI_API_KEY"); }\n` },
  { name: 'Ruby', languageId: 'ruby', path: 'config/initializers/openai.rb',
    before: `OpenAI.configure do |config|\n  config.access_token = 'SECRET'\nend\n`,
    after: `OpenAI.configure do |config|\n  config.access_token = ENV.fetch("OPENAI_API_KEY")\nend\n` },
  { name: 'PHP', languageId: 'php', path: 'config.php',
    before: `<?php\n$client = OpenAI::client("SECRET");\n`,
    after: `<?php\n$client = OpenAI::client(getenv('OPENAI_API_KEY'));\n` },
  { name: 'Rust let binding borrows', languageId: 'rust', path: 'src/main.rs',
    before: `fn main() {\n    let key = "SECRET";\n    println!("{}", key.len());\n}\n`,
    after: `fn main() {\n    let key = &std::env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY must be set");\n    println!("{}", key.len());\n}\n` },
  { name: 'Rust .to_string() keeps a String', languageId: 'rust', path: 'src/lib.rs',
    before: `fn key() -> String {\n    "SECRET".to_string()\n}\n`,
    after: `fn key() -> String {\n    std::env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY must be set").to_string()\n}\n` },
  { name: 'Rust const uses env!', languageId: 'rust', path: 'src/consts.rs',
    before: `pub const API_KEY: &str = "SECRET";\n`,
    after: `pub const API_KEY: &str = env!("OPENAI_API_KEY");\n` },
  { name: 'Swift adds Foundation', languageId: 'swift', path: 'Sources/App/Config.swift',
    before: `struct Config {\n    static let apiKey = "SECRET"\n}\n`,
    after: `import Foundation\n\nstruct Config {\n    static let apiKey = ProcessInfo.processInfo.environment["OPENAI_API_KEY"] ?? ""\n}\n` },
  { name: 'Swift: a member read off the literal applies to the whole lookup', languageId: 'swift', path: 'Sources/App/Auth.swift',
    before: `import Foundation\n\nlet signingKey = Data("SECRET".utf8)\n`,
    after: `import Foundation\n\nlet signingKey = Data((ProcessInfo.processInfo.environment["OPENAI_API_KEY"] ?? "").utf8)\n` },
  { name: 'Go: a signing secret converted to bytes', languageId: 'go', path: 'auth/jwt.go',
    before: `package auth\n\nimport "os"\n\nvar signingKey = []byte("SECRET")\n`,
    after: `package auth\n\nimport "os"\n\nvar signingKey = []byte(os.Getenv("OPENAI_API_KEY"))\n` },
  { name: 'Dart adds dart:io before other imports; const becomes final', languageId: 'dart', path: 'lib/config.dart',
    before: `import 'package:http/http.dart' as http;\n\nconst apiKey = 'SECRET';\n`,
    after: `import 'dart:io';\nimport 'package:http/http.dart' as http;\n\nfinal apiKey = Platform.environment['OPENAI_API_KEY']!;\n` },
  { name: 'Elixir', languageId: 'elixir', path: 'config/runtime.exs',
    before: `config :openai, api_key: "SECRET"\n`,
    after: `config :openai, api_key: System.fetch_env!("OPENAI_API_KEY")\n` },
  { name: 'Lua', languageId: 'lua', path: 'init.lua',
    before: `local key = "SECRET"\n`,
    after: `local key = os.getenv("OPENAI_API_KEY")\n` },
  { name: 'R', languageId: 'r', path: 'analysis.R',
    before: `Sys.setenv(OPENAI_KEY = "SECRET")\n`,
    after: `Sys.setenv(OPENAI_KEY = Sys.getenv("OPENAI_API_KEY"))\n` },
  // Forms the language records add to the generic detector (`assignment` facts).
  { name: 'R <- assignment', languageId: 'r', path: 'fetch.R',
    before: `api_key <- "SECRET"\n`,
    after: `api_key <- Sys.getenv("OPENAI_API_KEY")\n` },
  { name: 'Elixir module attribute', languageId: 'elixir', path: 'lib/client.ex',
    before: `defmodule Client do\n  @api_key "SECRET"\nend\n`,
    after: `defmodule Client do\n  @api_key System.fetch_env!("OPENAI_API_KEY")\nend\n` },
  { name: 'Dockerfile legacy ENV NAME value', languageId: 'dockerfile', path: 'Dockerfile',
    before: `FROM node:20\nENV OPENAI_API_KEY SECRET\n`,
    after: `FROM node:20\nARG OPENAI_API_KEY\nENV OPENAI_API_KEY \${OPENAI_API_KEY}\n`, notes: /--mount=type=secret/ },
  { name: 'Go setter argument', languageId: 'go', path: 'main.go',
    before: `package main\n\nimport "os"\n\nfunc c() { client.WithAuthToken("SECRET") }\n`,
    after: `package main\n\nimport "os"\n\nfunc c() { client.WithAuthToken(os.Getenv("OPENAI_API_KEY")) }\n` },
  { name: 'Kotlin buildConfigField keeps the escaped quotes', languageId: 'kotlin', path: 'app/build.gradle.kts',
    before: `buildConfigField("String", "OPENAI_API_KEY", "\\"SECRET\\"")\n`,
    after: `buildConfigField("String", "OPENAI_API_KEY", "\\"" + System.getenv("OPENAI_API_KEY") + "\\"")\n` },
  { name: 'Scala', languageId: 'scala', path: 'src/main/scala/Config.scala',
    before: `object Config {\n  val apiKey = "SECRET"\n}\n`,
    after: `object Config {\n  val apiKey = sys.env("OPENAI_API_KEY")\n}\n` },
  { name: 'C adds stdlib.h after the last include', languageId: 'c', path: 'src/client.c',
    before: `#include <stdio.h>\n#include <string.h>\n\nvoid init(void) {\n    const char *api_key = "SECRET";\n}\n`,
    after: `#include <stdio.h>\n#include <string.h>\n#include <stdlib.h>\n\nvoid init(void) {\n    const char *api_key = getenv("OPENAI_API_KEY");\n}\n` },
  { name: 'C++ without includes adds cstdlib; constexpr becomes const', languageId: 'cpp', path: 'src/key.cpp',
    before: `constexpr auto kApiKey = "SECRET";\n`,
    after: `#include <cstdlib>\n\nconst auto kApiKey = std::getenv("OPENAI_API_KEY");\n` },
  { name: 'Shell export', languageId: 'shellscript', path: 'scripts/run.sh',
    before: `#!/bin/bash\nexport OPENAI_API_KEY='SECRET'\ncurl -H "Authorization: Bearer SECRET2" https://api.openai.com/v1/models\n`,
    after: `#!/bin/bash\nexport OPENAI_API_KEY="\${OPENAI_API_KEY}"\ncurl -H "Authorization: Bearer SECRET2" https://api.openai.com/v1/models\n` },
  { name: 'Shell: inside a double-quoted header', languageId: 'shellscript', path: 'scripts/call.zsh',
    before: `curl -H "Authorization: Bearer SECRET" https://api.openai.com/v1/models\n`,
    after: `curl -H "Authorization: Bearer \${OPENAI_API_KEY}" https://api.openai.com/v1/models\n` },
  { name: 'Dockerfile ENV declares an ARG', languageId: 'dockerfile', path: 'Dockerfile',
    before: `FROM node:20\nENV OPENAI_API_KEY=SECRET\nCMD ["node", "server.js"]\n`,
    after: `FROM node:20\nARG OPENAI_API_KEY\nENV OPENAI_API_KEY=\${OPENAI_API_KEY}\nCMD ["node", "server.js"]\n`, notes: /--mount=type=secret/ },
  { name: 'PowerShell', languageId: 'powershell', path: 'deploy.ps1',
    before: `$headers = @{ Authorization = "Bearer SECRET" }\n$key = 'SECRET2'\n`,
    after: `$headers = @{ Authorization = "Bearer $($env:OPENAI_API_KEY)" }\n$key = 'SECRET2'\n` },
  { name: 'docker-compose', languageId: 'dockercompose', path: 'docker-compose.yml',
    before: `services:\n  api:\n    environment:\n      OPENAI_API_KEY: SECRET\n`,
    after: `services:\n  api:\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n`, notes: /Compose/ },
  { name: 'Spring application.properties', languageId: 'properties', path: 'src/main/resources/application.properties',
    before: `spring.ai.openai.api-key=SECRET\n`,
    after: `spring.ai.openai.api-key=\${OPENAI_API_KEY}\n`, notes: /Spring/ },
  { name: 'Spring application.yml keeps quotes', languageId: 'yaml', path: 'src/main/resources/application.yml',
    before: `spring:\n  ai:\n    openai:\n      api-key: "SECRET"\n`,
    after: `spring:\n  ai:\n    openai:\n      api-key: "\${OPENAI_API_KEY}"\n` },
  { name: 'generic YAML', languageId: 'yaml', path: 'config/settings.yaml',
    before: `openai:\n  key: SECRET\n`,
    after: `openai:\n  key: \${OPENAI_API_KEY}\n`, notes: /expands environment variables/ },
  { name: '.npmrc', languageId: 'ini', path: '.npmrc',
    before: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=SECRET\n`,
    after: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=\${OPENAI_API_KEY}\n`, notes: /npm expands/ },
  { name: 'GitHub Actions workflow', languageId: 'yaml', path: '.github/workflows/ci.yml',
    before: `jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: SECRET\n`,
    after: `jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n`, notes: /gh secret set OPENAI_API_KEY/ },
];

describe('planMoveToEnv: one snippet per language', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const key = openaiProjectKey();
      const input = inputFor(c.before.replace('SECRET2', 'x'), key, c.languageId, c.path, { envExampleText: '# copy to .env\n' });
      const plan = planMoveToEnv(input);
      assert.strictEqual(plan.unsafeReason, undefined);
      const files = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined, envExample: input.envExampleText });
      assert.strictEqual(files.envExample, '# copy to .env\nOPENAI_API_KEY=\n');
      assert.strictEqual(hide(files.source, key), c.after.replace('SECRET2', 'x'));
      assert.strictEqual(hide(files.env, key), 'OPENAI_API_KEY=<secret1>\n');
      assert.strictEqual(files.gitignore, '.env\n');
      assert.strictEqual(plan.envName, 'OPENAI_API_KEY');
      assert.ok(!files.source!.includes(key), 'the key left the source');
      if (c.notes) assert.ok(plan.notes?.some(n => c.notes!.test(n)), `notes: ${plan.notes?.join(' | ')}`);
    });
  }

  it('Terraform: var reference, sensitive variable block in the same file, TF_VAR_ in .env', () => {
    const key = openaiProjectKey();
    const input = inputFor(`resource "openai_project" "p" {\n  api_key = "SECRET"\n}\n`, key, 'terraform', 'infra/main.tf', { suggestedName: 'OPENAI_API_KEY' });
    const plan = planMoveToEnv(input);
    const files = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined });
    assert.strictEqual(files.gitignore, '.env\n');
    assert.strictEqual(hide(files.source, key), `resource "openai_project" "p" {\n  api_key = var.openai_api_key\n}\n\nvariable "openai_api_key" {\n  type      = string\n  sensitive = true\n}\n`);
    assert.strictEqual(hide(files.env, key), 'TF_VAR_openai_api_key=<secret1>\n');
    assert.strictEqual(plan.envName, 'TF_VAR_openai_api_key');
  });

  it('Terraform: the block goes to variables.tf when given, and is not duplicated', () => {
    const key = openaiProjectKey();
    const input = inputFor(`provider "x" {\n  token = "Bearer SECRET"\n}\n`, key, 'terraform', 'main.tf', { terraformVariablesText: 'variable "region" {}\n' });
    const plan = planMoveToEnv(input);
    const files = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined, terraformVariables: input.terraformVariablesText });
    assert.strictEqual(hide(files.source, key), `provider "x" {\n  token = "Bearer \${var.openai_api_key}"\n}\n`);
    assert.strictEqual(files.terraformVariables, `variable "region" {}\n\nvariable "openai_api_key" {\n  type      = string\n  sensitive = true\n}\n`);
    const again = planMoveToEnv({ ...input, terraformVariablesText: files.terraformVariables });
    assert.strictEqual(again.edits.find(f => f.file === 'terraformVariables'), undefined);
  });

  it('a workflow secret may not start with GITHUB_', () => {
    const key = openaiProjectKey();
    const input = inputFor(`env:\n  TOKEN: SECRET\n`, key, 'yaml', '.github/workflows/release.yaml', { suggestedName: 'GITHUB_TOKEN' });
    const files = applyPlan(planMoveToEnv(input), { source: input.sourceText, env: undefined, gitignore: undefined });
    assert.strictEqual(hide(files.source, key), 'env:\n  TOKEN: ${{ secrets.GH_TOKEN }}\n');
  });
});
