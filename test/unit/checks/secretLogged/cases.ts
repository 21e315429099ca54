/**
 * The `secret-logged` regression corpus: labelled cases, one per behaviour, each with the
 * language, the snippet, the expressions the rule must report (empty: nothing) and why.
 * Past false positives on real code are cases here (`origin: 'real code'`), not branches to
 * remember: a change to the rule keeps every true positive and adds no false positive when
 * this corpus still passes (`corpus.test.ts`). Add a case for every defect fixed.
 *
 * Tokens and names are fake; no value here is a credential.
 */

export interface LoggedCase {
  /** Unique, says what the case is about. */
  name: string;
  /** VS Code language id of the snippet (the path's extension agrees with it). */
  language: string;
  path: string;
  code: string;
  /** The reported expressions (each finding's masked text), in order; [] means "no finding". */
  expect: string[];
  why: string;
  /** Where the case comes from: a shape seen in real code, or a rule-design case. */
  origin?: 'real code' | 'design';
}

const lines = (...l: string[]) => l.join('\n');

export const LOGGED_CASES: readonly LoggedCase[] = [
  // ---- JavaScript / TypeScript ----
  { name: 'js: console.log of a secret env var', language: 'typescript', path: 'src/server.ts', code: 'console.log(process.env.OPENAI_API_KEY);', expect: ['process.env.OPENAI_API_KEY'], why: 'an env read of a secret name reaches a log call' },
  { name: 'js: secret-named identifier in a template literal', language: 'typescript', path: 'src/server.ts', code: 'logger.info(`calling with ${apiKey}`);', expect: ['apiKey'], why: 'interpolated code inside a string is code' },
  { name: 'js: member in an exception message', language: 'typescript', path: 'src/server.ts', code: 'throw new Error("bad key: " + this.apiKey);', expect: ['this.apiKey'], why: 'exception messages reach logs and error trackers' },
  { name: 'js: chained response', language: 'typescript', path: 'src/server.ts', code: 'res.status(500).json({ key: process.env.STRIPE_SECRET_KEY });', expect: ['process.env.STRIPE_SECRET_KEY'], why: '`).json(` after another call is a response' },
  { name: 'js: whole environment in a response', language: 'typescript', path: 'src/server.ts', code: 'app.get("/debug", (req, res) => res.json(process.env));', expect: ['process.env'], why: 'dumping the environment leaks every secret in it' },
  { name: 'js: stringified environment logged', language: 'typescript', path: 'src/server.ts', code: 'console.error(JSON.stringify(process.env));', expect: ['process.env'], why: 'JSON.stringify passes the value through' },
  { name: 'js: bracket env read', language: 'typescript', path: 'src/server.ts', code: 'console.log(process.env["GITHUB_TOKEN"]);', expect: ['process.env["GITHUB_TOKEN"]'], why: 'bracket form of an env read' },
  { name: 'js: multi-line arguments', language: 'typescript', path: 'a.ts', code: 'console.log(\n  "calling",\n  process.env.OPENAI_API_KEY,\n);', expect: ['process.env.OPENAI_API_KEY'], why: 'arguments continue over lines' },
  { name: 'js: measured, sliced, masked and negated values', language: 'typescript', path: 'src/server.ts', code: 'console.log(apiKey.length, apiKey.slice(0, 4), mask(apiKey), !!apiKey, Boolean(apiKey));', expect: [], why: 'derived values do not reveal the secret' },
  { name: 'js: ternary and optional length', language: 'typescript', path: 'src/server.ts', code: "console.log(apiKey ? 'set' : 'missing', process.env.OPENAI_API_KEY?.length);", expect: [], why: 'a test of presence is not the value' },
  { name: 'js: name inside a plain string', language: 'typescript', path: 'src/server.ts', code: 'console.log("apiKey is missing; set OPENAI_API_KEY");', expect: [], why: 'text in a string literal is not code' },
  { name: 'js: names that only contain a secret word', language: 'typescript', path: 'src/server.ts', code: 'console.log(passwordChangedAt, tokenCount, process.env.NODE_ENV);', expect: [], why: 'passwordChangedAt is a date, tokenCount a number' },
  { name: 'js: env keys and name constants', language: 'typescript', path: 'src/server.ts', code: 'console.log(Object.keys(process.env), Names.OPENAI_API_KEY);', expect: [], why: 'names of variables, not values' },
  { name: 'js: string in interpolation and key in an object', language: 'typescript', path: 'src/server.ts', code: 'logger.verbose(`signing up${ok ? " with password" : ""}`, { password: "hidden" });', expect: [], why: 'a string inside `${}` and an object key are not values' },
  { name: 'js: login endpoint returns the session token it issued', language: 'typescript', path: 'src/server.ts', code: 'res.json({ token });', expect: [], why: 'issuing a session token is what a login response does', origin: 'real code' },
  { name: 'js: secret passed to a client constructor', language: 'typescript', path: 'src/server.ts', code: 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });', expect: [], why: 'not an output call' },
  { name: 'js: client-prefixed variable', language: 'typescript', path: 'src/server.ts', code: 'console.log(process.env.NEXT_PUBLIC_OPENAI_API_KEY);', expect: [], why: 'public already; client-exposed-env-var reports it' },
  { name: 'js: severity by destination', language: 'javascript', path: 'a.js', code: 'res.json(process.env);\nconsole.log(apiKey);\n', expect: ['process.env', 'apiKey'], why: 'both reported (a response is an error, a log a warning)' },
  { name: 'js: commented-out and documented calls', language: 'javascript', path: 'a.js', code: lines('// console.log(process.env.OPENAI_API_KEY);', '/**', ' * Example: console.log(apiKey)', ' */', 'const doc = "call console.log(apiKey) to debug";', 'foo(); // then console.log(apiKey)'), expect: [], why: 'comments and strings do not run' },
  { name: 'js: argument parser tokens', language: 'javascript', path: 'lib/args.js', code: lines('for (const token of tokens) {', "  if (token.kind === 'option' && token.inlineValue !== undefined && !takesValue(token.name)) {", '    throw new Error(`Option ${token.rawName} takes no value, got ${token}`, { cause: { token } });', '  }', '}'), expect: [], why: 'a lexeme, not a credential', origin: 'real code' },
  { name: 'js: bundle with a lexer and login code', language: 'javascript', path: 'assets/index-3f2a.js', code: 'class Lexer{next(){let token=this.read();if(!token)throw new Error(`Unexpected token ${token}`);return token}}function login(user,password){return fetch("/api/login",{method:"POST"})}', expect: [], why: 'the file tokenizes text: its bare `token` is a lexeme', origin: 'real code' },
  { name: 'js: returned secret in getServerSideProps', language: 'typescriptreact', path: 'pages/debug.tsx', code: 'export async function getServerSideProps() {\n  return { props: { key: process.env.STRIPE_SECRET_KEY } };\n}', expect: ['process.env.STRIPE_SECRET_KEY'], why: 'props are serialised into the page' },
  { name: 'js: child process environment', language: 'javascript', path: 'scripts/spawn.js', code: 'function childEnv() {\n  return { ...process.env, FORCE_COLOR: "1" };\n}', expect: [], why: 'a returned environment outside an HTTP server is data for a subprocess', origin: 'real code' },
  { name: 'js: env getter in a platform shim', language: 'javascript', path: 'out/server-main.js', code: 'const platform = { get env() { return process.env }, cwd() { return process.cwd() } };\napp.get("/", (req, res) => res.send("ok"));', expect: [], why: 'a getter hands the value to code, it answers no request', origin: 'real code' },
  { name: 'js: long chain is shown shortened', language: 'javascript', path: 'a.js', code: 'console.log(config.integrations.providers.openai.apiKey);', expect: ['config.integrations.providers.openai.apiKey'], why: 'a member chain ending in a secret name' },

  // ---- Python ----
  { name: 'py: print of an environ read', language: 'python', path: 'app/main.py', code: 'print(os.environ["OPENAI_API_KEY"])', expect: ['os.environ["OPENAI_API_KEY"]'], why: 'env read of a secret name printed' },
  { name: 'py: logging with a format argument', language: 'python', path: 'app/main.py', code: 'logging.info("key %s", api_key)', expect: ['api_key'], why: 'logging call argument' },
  { name: 'py: f-string in a logger call', language: 'python', path: 'app/main.py', code: 'logger.debug(f"token={settings.SECRET_KEY}")', expect: ['settings.SECRET_KEY'], why: 'f-string interpolation is code' },
  { name: 'py: exception message', language: 'python', path: 'app/main.py', code: 'raise ValueError(f"bad key {api_key}")', expect: ['api_key'], why: 'exception messages are logged' },
  { name: 'py: jsonify of the environment', language: 'python', path: 'app/main.py', code: 'return jsonify(dict(os.environ))', expect: ['os.environ'], why: 'whole environment in a response' },
  { name: 'py: os.getenv printed', language: 'python', path: 'app/main.py', code: 'print(os.getenv("ANTHROPIC_API_KEY"))', expect: ['os.getenv("ANTHROPIC_API_KEY")'], why: 'env read' },
  { name: 'py: len, bool, is None, slice', language: 'python', path: 'app/main.py', code: 'print(len(token), bool(token), token is None, token[:4])', expect: [], why: 'derived values' },
  { name: 'py: conditional expression', language: 'python', path: 'app/main.py', code: 'print("[set]" if token else "[missing]")', expect: [], why: 'a test of presence' },
  { name: 'py: name in a plain string', language: 'python', path: 'app/main.py', code: 'print("the api_key setting is missing")', expect: [], why: 'plain text' },
  { name: 'py: environ keys', language: 'python', path: 'app/main.py', code: 'logging.info("keys: %s", list(os.environ.keys()))', expect: [], why: 'names only' },
  { name: 'py: names containing secret words', language: 'python', path: 'app/main.py', code: 'print(password_changed_at, token_count)', expect: [], why: 'a date and a count' },
  { name: 'py: commented-out and quoted calls', language: 'python', path: 'a.py', code: '# print(os.environ["OPENAI_API_KEY"])\nx = "print(api_key)"', expect: [], why: 'comments and strings do not run' },
  { name: 'py: tokenizer dump', language: 'python', path: 'tools/dump_tokens.py', code: lines('from .tokenizer import generate_tokens', '', 'def dump(source):', '    for token in generate_tokens(source):', '        print(token)', '', 'def expect(token, kind):', '    if token.kind != kind:', '        raise SyntaxError("expected {} but found {}".format(kind, token))'), expect: [], why: 'lexer tokens', origin: 'real code' },
  { name: 'py: pagination starting token', language: 'python', path: 'lib/paginate.py', code: lines('class Paginator:', '    def _parse_legacy_starting_token(self):', '        log.debug("falling back to the legacy parser for %s", self._starting_token)', '        raise ValueError(f"Bad starting token: {self._starting_token}")'), expect: [], why: 'a pagination cursor', origin: 'real code' },
  { name: 'py: semaphore acquire token', language: 'python', path: 'lib/limits.py', code: 'def release(self, tag, acquire_token):\n    logger.debug(f"Releasing {tag}/{acquire_token}")\n', expect: [], why: 'a lock handle', origin: 'real code' },
  { name: 'py: workflow task token', language: 'python', path: 'lib/workflow.py', code: 'raise ValueError(f"No pending activity with token: {task_token}")', expect: [], why: 'a task handle in a file without credentials', origin: 'real code' },
  { name: 'py: parser problematic token', language: 'python', path: 'lib/expr.py', code: 'raise InvalidExpression(problematic_token, near)', expect: [], why: 'a lexeme', origin: 'real code' },
  { name: 'py: bare token in an OAuth client', language: 'python', path: 'client/session.py', code: lines('def fetch_token(self, code):', '    token = self._client.exchange(code, client_secret=self.client_secret)', '    log.debug("Obtained token %s", token)'), expect: ['token'], why: 'the file handles credentials' },
  { name: 'py: token read from a secret env var', language: 'python', path: 'bot/run.py', code: 'token = os.environ["SLACK_BOT_TOKEN"]\nprint(token)\n', expect: ['token'], why: 'the file names a credential variable' },
  { name: 'py: qualified access token anywhere', language: 'python', path: 'lib/cache.py', code: 'logger.debug("fresh access token: %s", access_token)', expect: ['access_token'], why: 'access_token is a credential by name' },
  { name: 'py: github token in an exception', language: 'python', path: 'ci/release.py', code: 'raise ValueError(f"bad token {github_token}")', expect: ['github_token'], why: 'credential by name' },
  { name: 'py: docstring examples', language: 'python', path: 'app/settings.py', code: lines('class Settings(BaseModel):', '    """', '    Example:', '', '        settings = Settings(password="hunter2")', '        print(settings.password)', '        raise RuntimeError("closed', '        if you pass a name here")', '    """', '    password: SecretStr', '', '    def show(self):', "        '''Prints the password in clear: only for the CLI's --reveal flag.'''", '        print(self.password)'), expect: ['self.password'], why: 'docstrings are documentation; the real print after them counts', origin: 'real code' },
  { name: 'py: class named Print', language: 'python', path: 'codegen/ast.py', code: 'class Print(Token):\n    """A print statement."""\n', expect: [], why: 'a declaration, not a call', origin: 'real code' },
  { name: 'py: method named print', language: 'python', path: 'ui/console.py', code: lines('class Console:', '    def print(self, secret, end="\\n"):', '        self.file.write(mask(secret) + end)'), expect: [], why: 'a declaration; the body masks', origin: 'real code' },
  { name: 'py: returned environment outside a server', language: 'python', path: 'build/msvc.py', code: lines('def _vc_env():', '    if os.getenv("USE_SDK"):', '        return {key.lower(): value for key, value in os.environ.items()}', '', 'def clean_environment():', '    return os.environ'), expect: [], why: 'data for a subprocess', origin: 'real code' },
  { name: 'py: flask view returns the environment', language: 'python', path: 'app/debug.py', code: lines('from flask import Flask', 'app = Flask(__name__)', '', '@app.get("/debug/env")', 'def env():', '    return dict(os.environ)'), expect: ['os.environ'], why: 'a view function answers a request' },
  { name: 'py: credential helper writes to stdout', language: 'python', path: 'cli/registry_login.py', code: lines('def get_login_password(client):', '    data = client.get_authorization_token()["authorizationData"][0]', '    _, password = b64decode(data["authorizationToken"]).decode().split(":")', '    sys.stdout.write(password)', '    sys.stdout.write("\\n")'), expect: [], why: 'the credential is the command\'s output for a pipe', origin: 'real code' },
  { name: 'py: git credential protocol', language: 'python', path: 'cli/git_credential.py', code: 'sys.stdout.write("username={u}\\npassword={p}\\n".format(u=account, p=access_token))', expect: [], why: 'the credential protocol answers on stdout', origin: 'real code' },
  { name: 'py: print of a password still counts', language: 'python', path: 'cli/registry_login.py', code: 'print(f"password={password!r}")', expect: ['password'], why: 'print is a log, not a protocol' },
  { name: 'py: socket writer', language: 'python', path: 'proxy/socks.py', code: lines('def _auth(self, writer, username, password):', '    writer.write(b"\\x01" + bytes([len(username)]) + username + bytes([len(password)]) + password)'), expect: [], why: 'a SOCKS client sends the password to its proxy', origin: 'real code' },
  { name: 'py: scrubbing exception class', language: 'python', path: 'cli/login.py', code: lines('class CommandFailedError(Exception):', '    def __init__(self, error, auth_token):', '        super().__init__(str(error).replace(auth_token, "******"))', '', 'def run(self, command):', '    try:', '        subprocess.run(command, check=True)', '    except subprocess.CalledProcessError as ex:', '        raise CommandFailedError(ex, self.auth_token)'), expect: [], why: 'the exception masks the secret it is given', origin: 'real code' },
  { name: 'py: exception class that keeps the secret', language: 'python', path: 'cli/login.py', code: lines('class CommandFailedError(Exception):', '    def __init__(self, error, auth_token):', '        super().__init__(f"{error} ({auth_token})")', '', 'def run(self, command):', '    try:', '        subprocess.run(command, check=True)', '    except subprocess.CalledProcessError as ex:', '        raise CommandFailedError(ex, self.auth_token)'), expect: ['self.auth_token'], why: 'nothing masks it' },
  { name: 'py: constant holding a field name', language: 'python', path: 'lib/model.py', code: "ROOT_KEY = '__root__'\nraise ValueError(f'{ROOT_KEY} cannot be mixed with other fields')", expect: [], why: 'the value is a literal in the source', origin: 'real code' },
  { name: 'py: constant naming a config field', language: 'python', path: 'config/fields.py', code: lines('class AuthConfig:', "    PREFERRED_AUTH_KEY = 'preferredAuthentication'", '', '    def validate(self, data):', '        if self.PREFERRED_AUTH_KEY not in data:', "            raise ConfigFieldError(self.PREFERRED_AUTH_KEY, 'is required')"), expect: [], why: 'a field name', origin: 'real code' },
  { name: 'py: constant read from the environment', language: 'python', path: 'lib/config.py', code: 'API_KEY = os.environ["OPENAI_API_KEY"]\nprint(API_KEY)\n', expect: ['API_KEY'], why: 'assigned from the environment, not a literal' },
  { name: 'py: error code constant', language: 'python', path: 'api/users.py', code: 'raise ApplicationError(UserServiceError.OAUTH_INVALID_TOKEN)', expect: [], why: 'an error code', origin: 'real code' },
  { name: 'py: numbered pass', language: 'python', path: 'examples/strip.py', code: 'second_pass = strip_tags(first_pass)\nprint(second_pass)', expect: [], why: 'a pass over data', origin: 'real code' },
  { name: 'py: proxy password in a debug print (httplib2)', language: 'python', path: 'httplib2/__init__.py', code: lines('if self.debuglevel > 0:', '    print(', '        "proxy: {0}".format(', '            str((proxy_host, proxy_port, proxy_rdns, proxy_user, proxy_pass, proxy_headers,))', '        )', '    )'), expect: ['proxy_pass'], why: 'a proxy password printed in debug output', origin: 'real code' },
  { name: 'py: oauth token logged (oauthlib)', language: 'python', path: 'oauthlib/grant_types/refresh_token.py', code: lines("log.debug('Validating refresh token %s for client %r.',", '          request.refresh_token, request.client)'), expect: ['request.refresh_token'], why: 'a refresh token in a debug log', origin: 'real code' },

  // ---- Go ----
  { name: 'go: fmt.Println of an env read', language: 'go', path: 'cmd/main.go', code: 'fmt.Println(os.Getenv("GITHUB_TOKEN"))', expect: ['os.Getenv("GITHUB_TOKEN")'], why: 'env read printed' },
  { name: 'go: log.Printf', language: 'go', path: 'cmd/main.go', code: 'token := os.Getenv("GITHUB_TOKEN")\nlog.Printf("token=%s", token)', expect: ['token'], why: 'a bare `token` counts in a file that handles a credential (GITHUB_TOKEN)' },
  { name: 'go: bare token in a file without credentials', language: 'go', path: 'lexer/scan.go', code: 'log.Printf("unexpected %s", token)', expect: [], why: 'a bare `token` is as often a lexeme', origin: 'real code' },
  { name: 'go: fmt.Errorf', language: 'go', path: 'cmd/main.go', code: 'return fmt.Errorf("auth failed with %s", apiKey)', expect: ['apiKey'], why: 'error message' },
  { name: 'go: environment to a response writer', language: 'go', path: 'cmd/main.go', code: 'fmt.Fprintln(w, os.Environ())', expect: ['os.Environ()'], why: 'whole environment' },
  { name: 'go: len of a token', language: 'go', path: 'cmd/main.go', code: 'log.Printf("token length %d", len(token))', expect: [], why: 'derived' },
  { name: 'go: Sprintf builds a string only', language: 'go', path: 'cmd/main.go', code: 'msg := fmt.Sprintf("%s", apiKey)', expect: [], why: 'not an output call' },
  { name: 'go: http.ResponseWriter', language: 'go', path: 'api/debug.go', code: 'func debug(w http.ResponseWriter, r *http.Request) {\n\tw.Write([]byte(apiKey))\n}', expect: ['apiKey'], why: "Go's `w` is the response" },

  // ---- Java / C# / Kotlin / Swift ----
  { name: 'java: System.out concatenation', language: 'java', path: 'src/main/java/App.java', code: 'System.out.println("key " + apiKey);', expect: ['apiKey'], why: 'printed' },
  { name: 'java: logger with getenv', language: 'java', path: 'src/main/java/App.java', code: 'logger.info("{}", System.getenv("AWS_SECRET_ACCESS_KEY"));', expect: ['System.getenv("AWS_SECRET_ACCESS_KEY")'], why: 'env read logged' },
  { name: 'java: exception message', language: 'java', path: 'src/main/java/App.java', code: 'throw new IllegalStateException("bad password " + dbPassword);', expect: ['dbPassword'], why: 'exception message' },
  { name: 'java: whole environment', language: 'java', path: 'src/main/java/App.java', code: 'System.out.println(System.getenv());', expect: ['System.getenv()'], why: 'environment dump' },
  { name: 'java: length and key set', language: 'java', path: 'src/main/java/App.java', code: 'System.out.println(apiKey.length());\nSystem.out.println(System.getenv().keySet());\nlog.info("password reset for {}", user.getEmail());', expect: [], why: 'derived values and names' },
  { name: 'java: method declaration named println', language: 'java', path: 'src/main/java/Console.java', code: 'public void println(String password) {\n    out.write(mask(password));\n}', expect: [], why: 'a declaration', origin: 'real code' },
  { name: 'cs: interpolated string', language: 'csharp', path: 'Controllers/Debug.cs', code: 'Console.WriteLine($"Key: {apiKey}");', expect: ['apiKey'], why: 'interpolation' },
  { name: 'cs: ILogger with an env read', language: 'csharp', path: 'Controllers/Debug.cs', code: '_logger.LogInformation("k {K}", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));', expect: ['Environment.GetEnvironmentVariable("OPENAI_API_KEY")'], why: 'env read logged' },
  { name: 'cs: Ok() of the environment', language: 'csharp', path: 'Controllers/Debug.cs', code: 'return Ok(Environment.GetEnvironmentVariables());', expect: ['Environment.GetEnvironmentVariables()'], why: 'environment in a response' },
  { name: 'cs: configuration secret', language: 'csharp', path: 'Controllers/Debug.cs', code: 'Console.WriteLine(_configuration["OpenAI:ApiKey"]);', expect: ['_configuration["OpenAI:ApiKey"]'], why: 'configuration read of a secret key' },
  { name: 'cs: IsNullOrEmpty and plain text', language: 'csharp', path: 'Controllers/Debug.cs', code: 'Console.WriteLine(string.IsNullOrEmpty(apiKey));\nConsole.WriteLine("apiKey not configured");', expect: [], why: 'derived; text' },
  { name: 'kotlin: string template', language: 'kotlin', path: 'app/src/main/Main.kt', code: 'println("key=$apiKey")\nLog.d(TAG, "len=${apiKey.length}")', expect: ['$apiKey'], why: '$name interpolation; length is derived' },
  { name: 'swift: interpolation', language: 'swift', path: 'App/Client.swift', code: 'print("key=\\(apiKey)")\nprint("set: \\(apiKey != nil)")', expect: ['apiKey'], why: '\\( ) interpolation; comparison is derived' },

  // ---- Ruby / PHP / shell ----
  { name: 'rb: puts of ENV', language: 'ruby', path: 'app/controllers/debug_controller.rb', code: "puts ENV['STRIPE_SECRET_KEY']", expect: ["ENV['STRIPE_SECRET_KEY']"], why: 'env read printed' },
  { name: 'rb: Rails.logger without parentheses', language: 'ruby', path: 'app/controllers/debug_controller.rb', code: 'Rails.logger.info "token=#{api_key}"', expect: ['api_key'], why: 'parenless call, #{} interpolation' },
  { name: 'rb: render json of ENV', language: 'ruby', path: 'app/controllers/debug_controller.rb', code: 'render json: ENV.to_h', expect: ['ENV.to_h'], why: 'environment in a response' },
  { name: 'rb: raise with an ivar', language: 'ruby', path: 'app/controllers/debug_controller.rb', code: 'raise "bad key #{@api_key}"', expect: ['@api_key'], why: 'exception message' },
  { name: 'rb: text, nil? and single quotes', language: 'ruby', path: 'app/controllers/debug_controller.rb', code: "puts \"api_key is missing\"\nputs api_key.nil?\nputs 'no #{api_key} here'", expect: [], why: 'text; a test; no interpolation in single quotes' },
  { name: 'php: echo with interpolation', language: 'php', path: 'public/debug.php', code: '<?php\necho "Key: $apiKey";', expect: ['$apiKey'], why: 'interpolated variable' },
  { name: 'php: error_log getenv', language: 'php', path: 'public/debug.php', code: "<?php\nerror_log(getenv('OPENAI_API_KEY'));", expect: ["getenv('OPENAI_API_KEY')"], why: 'env read logged' },
  { name: 'php: print_r and var_dump of the environment', language: 'php', path: 'public/debug.php', code: '<?php\nprint_r($_ENV);\nvar_dump(getenv());', expect: ['$_ENV', 'getenv()'], why: 'environment dumps' },
  { name: 'php: strlen, single quotes, isset', language: 'php', path: 'public/debug.php', code: '<?php\necho strlen($apiKey);\necho \'literal $apiKey\';\necho isset($apiKey) ? "set" : "missing";', expect: [], why: 'derived; no interpolation; a test' },
  { name: 'sh: echo of a secret variable', language: 'shellscript', path: 'deploy.sh', code: 'echo $OPENAI_API_KEY\necho "token: ${GITHUB_TOKEN}"', expect: ['$OPENAI_API_KEY', '${GITHUB_TOKEN}'], why: 'printed' },
  { name: 'sh: piped to a login and masked in CI', language: 'shellscript', path: 'deploy.sh', code: 'echo "$NPM_TOKEN" | docker login --password-stdin\necho ${#GITHUB_TOKEN}\necho "::add-mask::$GITHUB_TOKEN"', expect: [], why: 'a pipe is not output; a length; a CI mask command' },
  { name: 'rb: Dir.pwd is the working directory', language: 'ruby', path: 'lib/rake/application.rb', code: lines('def print_rakefile_directory(location)', '  $stderr.puts "(in #{Dir.pwd})" unless', '    options.silent or original_dir == location', 'end', 'raise ArgumentError, "no gemfile in #{SharedHelpers.pwd}"'), expect: [], why: "Ruby's `Dir.pwd` is the working directory", origin: 'real code' },
  { name: 'rb: a quote after `$` is a global, not a string', language: 'ruby', path: 'lib/loader.rb', code: lines('def rake_require(file_name, paths=$LOAD_PATH, loaded=$")', '  fn = file_name + ".rake"', 'end', 'puts "token: #{ENV[\'GITHUB_TOKEN\']}"'), expect: ["ENV['GITHUB_TOKEN']"], why: '`$"` is the list of loaded features; the code after it still runs', origin: 'real code' },
  { name: 'rb: a mis-read quote hides at most its line', language: 'ruby', path: 'lib/ftp.rb', code: lines('def quote(s)', '  s.gsub(/"/, \'""\')', 'end', 'puts "it\'s #{ENV[\'GITHUB_TOKEN\']}"'), expect: ["ENV['GITHUB_TOKEN']"], why: 'a regex literal with a quote must not swallow the rest of the file', origin: 'design' },
  { name: 'sh: working directory', language: 'shellscript', path: 'build.sh', code: 'echo "building in $(pwd)"\necho "$PWD" "$OLDPWD"\necho "$DB_PASSWORD"', expect: ['$DB_PASSWORD'], why: '`pwd` is the working directory, not a password', origin: 'real code' },
];
