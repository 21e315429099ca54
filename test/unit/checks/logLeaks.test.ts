import * as assert from 'assert';
import { planMaskLoggedValue, scanText } from '../../../src/core';

/** The expressions the `secret-logged` rule reports in `text` (shown instead of a masked value). */
function logged(path: string, text: string): string[] {
  return scanText(text, { path }).filter(f => f.ruleId === 'secret-logged').map(f => f.masked);
}

describe('secret-logged: positives and negatives per language', () => {
  it('JS/TS: env lookups, identifiers, template literals, errors, responses and env dumps', () => {
    const text = [
      'console.log(process.env.OPENAI_API_KEY);',
      'logger.info(`calling with ${apiKey}`);',
      'throw new Error("bad key: " + this.apiKey);',
      'res.status(500).json({ key: process.env.STRIPE_SECRET_KEY });',
      'app.get("/debug", (req, res) => res.json(process.env));',
      'console.error(JSON.stringify(process.env));',
      'console.log(process.env["GITHUB_TOKEN"]);',
    ].join('\n');
    assert.deepStrictEqual(logged('src/server.ts', text), [
      'process.env.OPENAI_API_KEY', 'apiKey', 'this.apiKey', 'process.env.STRIPE_SECRET_KEY', 'process.env', 'process.env',
      'process.env["GITHUB_TOKEN"]',
    ]);
  });

  it('JS/TS: masked, derived and merely mentioned uses are not reported', () => {
    const text = [
      'console.log(apiKey.length, apiKey.slice(0, 4), mask(apiKey), !!apiKey, Boolean(apiKey));',
      "console.log(apiKey ? 'set' : 'missing', process.env.OPENAI_API_KEY?.length);",
      'console.log("apiKey is missing; set OPENAI_API_KEY");',
      'console.log(passwordChangedAt, tokenCount, process.env.NODE_ENV);',
      'console.log(Object.keys(process.env), Names.OPENAI_API_KEY);',
      'logger.verbose(`signing up${ok ? " with password" : ""}`, { password: "hidden" });',
      'res.json({ token });', // a login endpoint returning the session token it issued
      'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
      'console.log(process.env.NEXT_PUBLIC_OPENAI_API_KEY);', // public already: client-exposed-env-var reports it
    ].join('\n');
    assert.deepStrictEqual(logged('src/server.ts', text), []);
  });

  it('Python: print, logging, f-strings, exceptions, jsonify and os.environ dumps', () => {
    const text = [
      'print(os.environ["OPENAI_API_KEY"])',
      'logging.info("key %s", api_key)',
      'logger.debug(f"token={settings.SECRET_KEY}")',
      'raise ValueError(f"bad key {api_key}")',
      'return jsonify(dict(os.environ))',
      'print(os.getenv("ANTHROPIC_API_KEY"))',
    ].join('\n');
    assert.deepStrictEqual(logged('app/main.py', text), [
      'os.environ["OPENAI_API_KEY"]', 'api_key', 'settings.SECRET_KEY', 'api_key', 'os.environ', 'os.getenv("ANTHROPIC_API_KEY")',
    ]);
  });

  it('Python: len/bool/is None, ternaries, slices and plain strings are not reported', () => {
    const text = [
      'print(len(token), bool(token), token is None, token[:4])',
      'print("[set]" if token else "[missing]")',
      'print("the api_key setting is missing")',
      'logging.info("keys: %s", list(os.environ.keys()))',
      'print(password_changed_at, token_count)',
    ].join('\n');
    assert.deepStrictEqual(logged('app/main.py', text), []);
  });

  it('Go: fmt/log output, errors and os.Environ()', () => {
    const text = [
      'fmt.Println(os.Getenv("GITHUB_TOKEN"))',
      'token := os.Getenv("GITHUB_TOKEN")',
      'log.Printf("token=%s", token)',
      'return fmt.Errorf("auth failed with %s", apiKey)',
      'fmt.Fprintln(w, os.Environ())',
      'log.Printf("token length %d", len(token))',
      'msg := fmt.Sprintf("%s", apiKey)',
    ].join('\n');
    assert.deepStrictEqual(logged('cmd/main.go', text), ['os.Getenv("GITHUB_TOKEN")', 'token', 'apiKey', 'os.Environ()']);
  });

  it('Java: System.out, loggers, exceptions and System.getenv()', () => {
    const text = [
      'System.out.println("key " + apiKey);',
      'logger.info("{}", System.getenv("AWS_SECRET_ACCESS_KEY"));',
      'throw new IllegalStateException("bad password " + dbPassword);',
      'System.out.println(System.getenv());',
      'System.out.println(apiKey.length());',
      'System.out.println(System.getenv().keySet());',
      'log.info("password reset for {}", user.getEmail());',
    ].join('\n');
    assert.deepStrictEqual(logged('src/main/java/App.java', text), ['apiKey', 'System.getenv("AWS_SECRET_ACCESS_KEY")', 'dbPassword', 'System.getenv()']);
  });

  it('C#: interpolated strings, ILogger, results and the environment', () => {
    const text = [
      'Console.WriteLine($"Key: {apiKey}");',
      '_logger.LogInformation("k {K}", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));',
      'return Ok(Environment.GetEnvironmentVariables());',
      'Console.WriteLine(string.IsNullOrEmpty(apiKey));',
      'Console.WriteLine("apiKey not configured");',
      'Console.WriteLine(_configuration["OpenAI:ApiKey"]);',
    ].join('\n');
    assert.deepStrictEqual(logged('Controllers/Debug.cs', text), [
      'apiKey', 'Environment.GetEnvironmentVariable("OPENAI_API_KEY")', 'Environment.GetEnvironmentVariables()', '_configuration["OpenAI:ApiKey"]',
    ]);
  });

  it('Ruby: puts, Rails.logger without parentheses, #{} and ENV dumps', () => {
    const text = [
      "puts ENV['STRIPE_SECRET_KEY']",
      'Rails.logger.info "token=#{api_key}"',
      'render json: ENV.to_h',
      'raise "bad key #{@api_key}"',
      'puts "api_key is missing"',
      'puts api_key.nil?',
      "puts 'no #{api_key} here'",
    ].join('\n');
    assert.deepStrictEqual(logged('app/controllers/debug_controller.rb', text), ["ENV['STRIPE_SECRET_KEY']", 'api_key', 'ENV.to_h', '@api_key']);
  });

  it('PHP: echo with "$var", error_log, print_r($_ENV) and getenv()', () => {
    const text = [
      '<?php',
      'echo "Key: $apiKey";',
      "error_log(getenv('OPENAI_API_KEY'));",
      'print_r($_ENV);',
      'var_dump(getenv());',
      'echo strlen($apiKey);',
      "echo 'literal $apiKey';",
      'echo isset($apiKey) ? "set" : "missing";',
    ].join('\n');
    assert.deepStrictEqual(logged('public/debug.php', text), ['$apiKey', "getenv('OPENAI_API_KEY')", '$_ENV', 'getenv()']);
  });

  it('shell, Kotlin and Swift: echo $VAR, "$apiKey", "\\(apiKey)"', () => {
    assert.deepStrictEqual(logged('deploy.sh', [
      'echo $OPENAI_API_KEY',
      'echo "token: ${GITHUB_TOKEN}"',
      'echo "$NPM_TOKEN" | docker login --password-stdin',
      'echo ${#GITHUB_TOKEN}',
      'echo "::add-mask::$GITHUB_TOKEN"',
    ].join('\n')), ['$OPENAI_API_KEY', '${GITHUB_TOKEN}']);
    assert.deepStrictEqual(logged('app/src/main/Main.kt', 'println("key=$apiKey")\nLog.d(TAG, "len=${apiKey.length}")'), ['$apiKey']);
    assert.deepStrictEqual(logged('App/Client.swift', 'print("key=\\(apiKey)")\nprint("set: \\(apiKey != nil)")'), ['apiKey']);
  });

  it('reports the expression, never a secret value, with severity by destination', () => {
    const found = scanText('res.json(process.env);\nconsole.log(apiKey);\n', { path: 'a.js' }).filter(f => f.ruleId === 'secret-logged');
    assert.deepStrictEqual(found.map(f => [f.title, f.severity]), [
      ['Whole environment dumped to output', 'error'], ['Secret written to logs or output', 'warning'],
    ]);
    const long = `console.log(config.integrations.providers.openai.apiKey);`;
    const [f] = scanText(long, { path: 'a.js' }).filter(x => x.ruleId === 'secret-logged');
    assert.ok(f.masked.length <= 60, f.masked);
  });

  it('ignores output calls in comments and string literals (they do not run)', () => {
    const text = [
      '// console.log(process.env.OPENAI_API_KEY);',
      '/**',
      ' * Example: console.log(apiKey)',
      ' */',
      'const doc = "call console.log(apiKey) to debug";',
      'foo(); // then console.log(apiKey)',
    ].join('\n');
    assert.deepStrictEqual(logged('a.js', text), []);
    assert.deepStrictEqual(logged('a.py', '# print(os.environ["OPENAI_API_KEY"])\nx = "print(api_key)"'), []);
  });

  it('reads arguments that span several lines', () => {
    assert.deepStrictEqual(logged('a.ts', 'console.log(\n  "calling",\n  process.env.OPENAI_API_KEY,\n);'), ['process.env.OPENAI_API_KEY']);
  });
});

describe('secret-logged: false positives seen on real code', () => {
  it('lexer and parser tokens are not credentials (argument parsers, tokenizers, minified bundles)', () => {
    assert.deepStrictEqual(logged('lib/args.js', [
      'for (const token of tokens) {',
      "  if (token.kind === 'option' && token.inlineValue !== undefined && !takesValue(token.name)) {",
      '    throw new Error(`Option ${token.rawName} takes no value, got ${token}`, { cause: { token } });',
      '  }',
      '}',
    ].join('\n')), []);
    assert.deepStrictEqual(logged('tools/dump_tokens.py', [
      'from .tokenizer import generate_tokens',
      '',
      'def dump(source):',
      '    for token in generate_tokens(source):',
      '        print(token)',
      '',
      'def expect(token, kind):',
      '    if token.kind != kind:',
      '        raise SyntaxError("expected {} but found {}".format(kind, token))',
    ].join('\n')), []);
    // A bundle holds a lexer and, elsewhere, login code: its bare `token` is still a lexeme.
    assert.deepStrictEqual(logged('assets/index-3f2a.js',
      'class Lexer{next(){let token=this.read();if(!token)throw new Error(`Unexpected token ${token}`);return token}}' +
      'function login(user,password){return fetch("/api/login",{method:"POST"})}'), []);
  });

  it('pagination, semaphore and task tokens in files that handle no credentials are not reported', () => {
    assert.deepStrictEqual(logged('lib/paginate.py', [
      'class Paginator:',
      '    def _parse_legacy_starting_token(self):',
      '        log.debug("falling back to the legacy parser for %s", self._starting_token)',
      '        raise ValueError(f"Bad starting token: {self._starting_token}")',
    ].join('\n')), []);
    assert.deepStrictEqual(logged('lib/limits.py', 'def release(self, tag, acquire_token):\n    logger.debug(f"Releasing {tag}/{acquire_token}")\n'), []);
    assert.deepStrictEqual(logged('lib/workflow.py', 'raise ValueError(f"No pending activity with token: {task_token}")'), []);
    assert.deepStrictEqual(logged('lib/expr.py', 'raise InvalidExpression(problematic_token, near)'), []);
  });

  it('keeps a bare `token` where the file handles credentials, and qualified tokens anywhere', () => {
    assert.deepStrictEqual(logged('client/session.py', [
      'def fetch_token(self, code):',
      '    token = self._client.exchange(code, client_secret=self.client_secret)',
      '    log.debug("Obtained token %s", token)',
    ].join('\n')), ['token']);
    assert.deepStrictEqual(logged('bot/run.py', 'token = os.environ["SLACK_BOT_TOKEN"]\nprint(token)\n'), ['token']);
    assert.deepStrictEqual(logged('lib/cache.py', 'logger.debug("fresh access token: %s", access_token)'), ['access_token']);
    assert.deepStrictEqual(logged('ci/release.py', 'raise ValueError(f"bad token {github_token}")'), ['github_token']);
  });

  it('output calls inside Python docstrings are documentation, not code', () => {
    const text = [
      'class Settings(BaseModel):',
      '    """',
      '    Example:',
      '',
      '        settings = Settings(password="hunter2")',
      '        print(settings.password)',
      '        raise RuntimeError("closed',
      '        if you pass a name here")',
      '    """',
      '    password: SecretStr',
      '',
      '    def show(self):',
      "        '''Prints the password in clear: only for the CLI's --reveal flag.'''",
      '        print(self.password)',
    ].join('\n');
    assert.deepStrictEqual(logged('app/settings.py', text), ['self.password']);
  });

  it('a class or method declaration is not a call to an output function', () => {
    assert.deepStrictEqual(logged('codegen/ast.py', 'class Print(Token):\n    """A print statement."""\n'), []);
    assert.deepStrictEqual(logged('ui/console.py', [
      'class Console:',
      '    def print(self, secret, end="\\n"):',
      '        self.file.write(mask(secret) + end)',
    ].join('\n')), []);
    assert.deepStrictEqual(logged('src/main/java/Console.java', [
      'public void println(String password) {',
      '    out.write(mask(password));',
      '}',
    ].join('\n')), []);
  });

  it('a returned environment counts only in a file that serves HTTP', () => {
    assert.deepStrictEqual(logged('build/msvc.py', [
      'def _vc_env():',
      '    if os.getenv("USE_SDK"):',
      '        return {key.lower(): value for key, value in os.environ.items()}',
      '',
      'def clean_environment():',
      '    return os.environ',
    ].join('\n')), []);
    assert.deepStrictEqual(logged('app/debug.py', [
      'from flask import Flask',
      'app = Flask(__name__)',
      '',
      '@app.get("/debug/env")',
      'def env():',
      '    return dict(os.environ)',
    ].join('\n')), ['os.environ']);
    assert.deepStrictEqual(logged('pages/debug.tsx',
      'export async function getServerSideProps() {\n  return { props: { key: process.env.STRIPE_SECRET_KEY } };\n}'), ['process.env.STRIPE_SECRET_KEY']);
    assert.deepStrictEqual(logged('scripts/spawn.js', 'function childEnv() {\n  return { ...process.env, FORCE_COLOR: "1" };\n}'), []);
    // A getter in a server's platform shim (as bundled in VS Code's server) answers no request.
    assert.deepStrictEqual(logged('out/server-main.js',
      'const platform = { get env() { return process.env }, cwd() { return process.cwd() } };\napp.get("/", (req, res) => res.send("ok"));'), []);
  });

  it('a credential written on stdout by a command that fetches it is its output, not a log', () => {
    assert.deepStrictEqual(logged('cli/registry_login.py', [
      'def get_login_password(client):',
      '    data = client.get_authorization_token()["authorizationData"][0]',
      '    _, password = b64decode(data["authorizationToken"]).decode().split(":")',
      '    sys.stdout.write(password)',
      '    sys.stdout.write("\\n")',
    ].join('\n')), []);
    assert.deepStrictEqual(logged('cli/git_credential.py',
      'sys.stdout.write("username={u}\\npassword={p}\\n".format(u=account, p=access_token))'), []);
    // print() and loggers still count.
    assert.deepStrictEqual(logged('cli/registry_login.py', 'print(f"password={password!r}")'), ['password']);
  });

  it('a socket or file writer is not an HTTP response (Go\'s `w` is)', () => {
    assert.deepStrictEqual(logged('proxy/socks.py', [
      'def _auth(self, writer, username, password):',
      '    writer.write(b"\\x01" + bytes([len(username)]) + username + bytes([len(password)]) + password)',
    ].join('\n')), []);
    const go = scanText('func debug(w http.ResponseWriter, r *http.Request) {\n\tw.Write([]byte(apiKey))\n}', { path: 'api/debug.go' })
      .filter(f => f.ruleId === 'secret-logged');
    assert.deepStrictEqual(go.map(f => [f.masked, f.severity]), [['apiKey', 'error']]);
  });

  it('an exception class of the file that scrubs the secret it is given is trusted with it', () => {
    const scrubbing = [
      'class CommandFailedError(Exception):',
      '    def __init__(self, error, auth_token):',
      '        super().__init__(str(error).replace(auth_token, "******"))',
      '',
      'def run(self, command):',
      '    try:',
      '        subprocess.run(command, check=True)',
      '    except subprocess.CalledProcessError as ex:',
      '        raise CommandFailedError(ex, self.auth_token)',
    ].join('\n');
    assert.deepStrictEqual(logged('cli/login.py', scrubbing), []);
    const keeping = scrubbing.replace('str(error).replace(auth_token, "******")', 'f"{error} ({auth_token})"');
    assert.deepStrictEqual(logged('cli/login.py', keeping), ['self.auth_token']);
  });

  it('constants holding a name, error codes and numbered passes are not secrets', () => {
    assert.deepStrictEqual(logged('lib/model.py', [
      "ROOT_KEY = '__root__'",
      "raise ValueError(f'{ROOT_KEY} cannot be mixed with other fields')",
    ].join('\n')), []);
    assert.deepStrictEqual(logged('config/fields.py', [
      'class AuthConfig:',
      "    PREFERRED_AUTH_KEY = 'preferredAuthentication'",
      '',
      '    def validate(self, data):',
      '        if self.PREFERRED_AUTH_KEY not in data:',
      "            raise ConfigFieldError(self.PREFERRED_AUTH_KEY, 'is required')",
    ].join('\n')), []);
    assert.deepStrictEqual(logged('lib/config.py', 'API_KEY = os.environ["OPENAI_API_KEY"]\nprint(API_KEY)\n'), ['API_KEY']);
    assert.deepStrictEqual(logged('api/users.py', 'raise ApplicationError(UserServiceError.OAUTH_INVALID_TOKEN)'), []);
    assert.deepStrictEqual(logged('examples/strip.py', 'second_pass = strip_tags(first_pass)\nprint(second_pass)'), []);
  });

  it('shell: `pwd` and `$PWD` are the working directory', () => {
    assert.deepStrictEqual(logged('build.sh', 'echo "building in $(pwd)"\necho "$PWD" "$OLDPWD"\necho "$DB_PASSWORD"'), ['$DB_PASSWORD']);
  });
});

describe('planMaskLoggedValue', () => {
  it('says why a name that does not look like a secret holds one', () => {
    const text = 'k = os.environ["OPENAI_API_KEY"]\nx = 1\nprint(f"using {k}")\nprint(api_key)\n';
    const found = scanText(text, { path: 'app/client.py' }).filter(f => f.ruleId === 'secret-logged');
    assert.deepStrictEqual(found.map(f => [f.masked, f.detail]), [
      ['k', 'via print; k holds a secret (assigned 2 lines above)'],
      ['api_key', 'via print'],
    ]);
  });

  it('replaces the value by whether it is set, per language', () => {
    assert.strictEqual(planMaskLoggedValue('javascript', 'process.env.X_API_KEY'), '(process.env.X_API_KEY ? "[set]" : "[missing]")');
    assert.strictEqual(planMaskLoggedValue('python', 'os.environ.get("X_API_KEY")'), '("[set]" if os.environ.get("X_API_KEY") else "[missing]")');
    assert.strictEqual(planMaskLoggedValue('python', 'token', { quote: '"' }), "('[set]' if token else '[missing]')");
    assert.strictEqual(planMaskLoggedValue('shellscript', '${GITHUB_TOKEN}'), '${GITHUB_TOKEN:+[set]}');
    assert.strictEqual(planMaskLoggedValue('php', '$apiKey', { quote: '"' }), undefined, 'no expression inside a PHP string');
    assert.strictEqual(planMaskLoggedValue('kotlin', '$apiKey'), '${if (!apiKey.isNullOrEmpty()) "[set]" else "[missing]"}');
    assert.strictEqual(planMaskLoggedValue('plaintext', 'x'), undefined);
  });

  it('replaces a whole-environment dump by the variable names only', () => {
    assert.strictEqual(planMaskLoggedValue('javascript', 'process.env'), 'Object.keys(process.env)');
    assert.strictEqual(planMaskLoggedValue('python', 'os.environ'), 'sorted(os.environ)');
    assert.strictEqual(planMaskLoggedValue('ruby', 'ENV.to_h'), 'ENV.keys');
  });

  it('the replacement, scanned again, is no longer reported', () => {
    const cases: [string, string, string][] = [
      ['javascript', 'a.js', 'console.log(process.env.OPENAI_API_KEY);'],
      ['python', 'a.py', 'print(os.environ["OPENAI_API_KEY"])'],
      ['go', 'a.go', 'fmt.Println(os.Getenv("GITHUB_TOKEN"))'],
      ['java', 'A.java', 'System.out.println(System.getenv("GITHUB_TOKEN"));'],
      ['csharp', 'A.cs', 'Console.WriteLine(apiKey);'],
      ['ruby', 'a.rb', "puts ENV['STRIPE_SECRET_KEY']"],
      ['php', 'a.php', "error_log(getenv('OPENAI_API_KEY'));"],
      ['shellscript', 'a.sh', 'echo $OPENAI_API_KEY'],
      ['javascript', 'b.js', 'res.json(process.env);'],
      ['kotlin', 'Main.kt', 'println("key=$apiKey")'],
    ];
    for (const [languageId, path, text] of cases) {
      const [f] = scanText(text, { path, languageId }).filter(x => x.ruleId === 'secret-logged');
      assert.ok(f, `${path}: reported before the fix`);
      const fixed = text.slice(0, f.range.start.offset) + planMaskLoggedValue(languageId, text.slice(f.range.start.offset, f.range.end.offset))! + text.slice(f.range.end.offset);
      assert.deepStrictEqual(logged(path, fixed), [], `${path}: ${fixed}`);
    }
  });
});
