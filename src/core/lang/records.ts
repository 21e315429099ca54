/**
 * One record per language: everything the engine knows about it (see `model.ts` for the
 * fields). Adding a language is one record here plus its test cases (CONTRIBUTING.md, "Adding
 * a language").
 *
 * About 400 lines on purpose: one table, so that the languages can be compared side by side
 * and no fact about a language lives anywhere else.
 */

import type { CommentStyle, Language, StringKind, Syntax } from './model';

const HASH: CommentStyle = { line: '#' };
const MARKUP: CommentStyle = { block: ['<!--', '-->'] };
const SEMI: CommentStyle = { line: ';' };
const DASHES: CommentStyle = { line: '--' };

const C_LIKE: Syntax = { line: ['//'], block: [['/*', '*/']], quotes: ['"', "'"] };
/** `#define API_KEY "…"`: the C preprocessor binds a name with a space. */
const DEFINE = /^[ \t]*#[ \t]*define[ \t]+$/;
/** Directive files: a name at the line start, a space, its value (`requirepass …`, `password "…"`). */
const DIRECTIVES = { declaresBefore: /^[ \t]*$/ };
/** `setx API_KEY "…"` (and `setx /M …`, machine-wide) stores a variable for good, from cmd or PowerShell. */
const SETX = /^[ \t]*setx(?:[ \t]+\/[A-Za-z])*[ \t]+$/i;

/**
 * A tool's command that stores a setting by name, then its value after a blank: `aws configure set
 * aws_secret_access_key …`, `git config --global github.token …`, `npm config set //host/:_authToken …`,
 * `dotnet user-secrets set "Stripe:ApiKey" "…"`, `composer config --global github-oauth.github.com …`,
 * `bundle config set --global gems.contribsys.com …`, WP-CLI's `wp option update wordpress_api_key …`.
 * In scripts, and in docs and transcripts that show them; after a notebook's `!` shell escape, and
 * as a string's text (a notebook's JSON source, a subprocess call's command).
 */
export const SETTING_COMMAND = new RegExp('(?:^|[\\s;&|(!"\'`])(?:(?:aws[ \\t]+configure|gcloud[ \\t]+config|(?:npm|yarn|pnpm|pip|conda|bundle)[ \\t]+config|dotnet[ \\t]+user-secrets)[ \\t]+set'
  + '|(?:git|poetry|composer)[ \\t]+config|\\$?(?:wp|WP)[ \\t]+option[ \\t]+(?:update|add))(?:[ \\t]+-{1,2}[\\w-]{1,30}(?:=\\S{1,200})?){0,6}[ \\t]+["\']?(?:\\/\\/[^\\s:]{1,200}\\/:|(?:[\\w-]{1,60}[:/.]){1,4})?$');
/** `(def api-key "…")`, `(setq api-key "…")`, `(defconst …)`: Lisps bind inside a form. */
/** `(def name …`, with Clojure's metadata (`^:private`, `^{…}`) and Lisp's name sigils (`*earmuffs*`, Guile's `%name`). */
const LISP_DEF = /\((?:def|defonce|defvar|defconst|defcustom|defparameter|setq|setf|setv|define)[ \t]+(?:\^(?::?[\w-]{1,40}|\{[^}\n]{0,80}\})[ \t]+){0,3}[*%]?(?:[\w-]{1,30}\/)?$/;
/** A Lisp's keyword or quoted symbol naming the next value: Common Lisp's plists (`:api-key "…"`), Racket's `(hash 'password "…")`. */
const LISP_KEYWORD = /(?:^|[\s({[,])[:']$/;
/** A list whose head is the name, its value the next element: Emacs's `(sql-password "…")` in `sql-connection-alist`, `(erc-password "…")`. */
const LISP_PAIR = /\($/;

/** `${NAME}`: how templated config formats (Compose, Spring, YAML, .npmrc) read a variable. */
const dollarBrace = (name: string) => `\${${name}}`;
const plus = (parts: string[]) => parts.join(' + ');

/** A quote at `i` and whether it opens a triple-quoted literal. */
function quoteAt(text: string, i: number): { c: string; q: string; plain: StringKind } | undefined {
  const c = text[i];
  if (c !== '"' && c !== "'" && c !== '`') return undefined;
  const q = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
  return { c, q, plain: { open: q.length, close: q, escapes: true, multiline: q.length === 3 } };
}

/** A lower-case identifier for Terraform variables: `OPENAI_API_KEY` → `openai_api_key`. */
export function terraformVarName(envName: string): string {
  return envName.replace(/^TF_VAR_/, '').toLowerCase();
}

/** Output objects of the JVM languages: the standard streams and Android's and Timber's static loggers. */
const JVM_LOGGERS = /^(?:System\.(?:out|err)|Log|Timber)$/;
/** JVM formatting and conversions: `String.format`, `String.join`, `apiKey.toString()`. */
const JVM_KEEPS_VALUE = { calls: /^(?:String|valueOf|format|join|concat|joinToString)$/, members: /^(?:toString|trim|strip|toUpperCase|toLowerCase|getValue|uppercase|lowercase)$/ };
/** `private static final Logger LOG = …`, `Logger log`, Kotlin's `val audit = LoggerFactory.getLogger(…)`. */
const JVM_LOGGER_BINDING = { near: ['Logger', 'logger'], pattern: /\b(?:Logger|Log)\s{1,5}([A-Za-z_]\w{0,60})\s{0,3}[=;,)]|\b(?:val|var)\s{1,5}([A-Za-z_]\w{0,60})\s{0,3}(?::\s{0,3}Logger\s{0,3})?=\s{0,3}(?:[\w.]{1,60}\.)?(?:getLogger|logger)\s{0,3}[({<]/g };

/** Reads of one variable, shared by the JVM languages. */
const JVM_READ = /System\.getenv\(\s{0,3}"([\w.-]{1,100})"\s{0,3}\)/g;

// ---- Languages with code: env reads and writes, strings, output calls ----

const CODE: Language[] = [
  {
    id: 'js', vscodeIds: ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'],
    assignment: { joins: ['+'] },
    extensions: ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'],
    syntax: { ...C_LIKE, quotes: ['"', "'", '`'], multiLine: ['`'], interpolations: [{ open: '${', close: '}', in: ['`'] }] },
    stringAt(text, i) {
      const s = quoteAt(text, i);
      if (!s) return undefined;
      return s.c === '`' ? { open: 1, close: '`', escapes: true, multiline: true, interp: 'dollarBrace' } : { ...s.plain, open: 1, close: s.c, multiline: false };
    },
    env: {
      reads: [
        /process\.env\s{0,3}(?:\?\.|\.)\s{0,3}([A-Za-z_]\w{0,100})|process\.env\s{0,3}\[\s{0,3}['"`]([\w:.-]{1,100})['"`]\s{0,3}\]/g,
        /import\.meta\.env\.([A-Za-z_]\w{0,100})/g,
      ],
      dump: /process\.env(?!\s*(?:\.|\?\.|\[))|import\.meta\.env(?!\s*(?:\.|\?\.|\[))/g,
      referenceMarkers: ['process.env', 'import.meta.env'],
      // `env` also covers SvelteKit's `$env/static/public` module object.
      readBefore: /(?:process\.env|import\.meta\.env|\benv)\s*(?:\?\.|\.|\[\s*['"`])\s*$/,
      lookup: name => `process.env.${name}`,
      interpolate: (name, delimiter) => delimiter === '`' ? `\${process.env.${name}}` : undefined,
      concat: plus, rewritesLiteral: true,
      namesOnly: e => `Object.keys(${e})`,
    },
    output: {
      loggers: /^(?:console|process\.stderr|winston|consola|signale)$/,
      logCalls: /^alert$/,
      keepsValue: {
        calls: /^(?:String|stringify|toJSON|format|inspect|concat|join|encodeURIComponent|encodeURI|btoa|fromEntries|entries|Object|Array|from|of|push|Map|Buffer)$/,
        members: /^(?:toString|trim|trimStart|trimEnd|toUpperCase|toLowerCase|unwrap|reveal|getValue|value)$/,
      },
      responseCalls: /^(?:res|resp|response|reply|ctx|c|NextResponse|Response)\.(?:json|jsonp|send|write|end|html|text|body)$/,
      // `const log = pino()`, `logger = winston.createLogger(…)`, `private readonly logger: Logger`.
      loggerBinding: { near: ['Logger'], pattern: /\b(?:const|let|var)\s{1,5}([\w$]{1,60})\s{0,3}=\s{0,3}(?:new\s{1,5})?(?:[\w$]{1,40}\.){0,3}(?:createLogger|getLogger|pino|bunyan|Logger)\s{0,3}\(|\b([\w$]{1,60})\s{0,3}[?!]?:\s{0,3}(?:[\w$]{1,40}\.)?Logger\b/g },
      throwStatement: true,
      servesHttp: /\b(?:express|fastify|koa|hono|next\/server|NextResponse|NextApiRe(?:quest|sponse)|getServerSideProps|getStaticProps|getInitialProps|@sveltejs|@remix-run|defineEventHandler|(?:export\s{1,5}(?:async\s{1,5})?function|export\s{1,5}const)\s{1,5}(?:GET|POST|PUT|PATCH|DELETE|load|loader|action)\b|req\s{0,5},\s{0,5}res\b|(?:app|router|server)\.(?:get|post|put|patch|delete|route)\()/,
      mask: e => `(${e} ? "[set]" : "[missing]")`,
    },
  },
  {
    id: 'python', vscodeIds: ['python'], extensions: ['py', 'pyw', 'pyi', 'pyx', 'pxd'], comment: HASH,
    assignment: { joins: ['+', ''] },
    syntax: { line: ['#'], quotes: ['"""', "'''", '"', "'"], multiLine: ['"""', "'''"], prefix: /[rRbBuUfF]/ },
    stringAt(text, i) {
      const s = quoteAt(text, i);
      if (!s || s.c === '`') return undefined;
      const prefix = /[rRbBuUfF]{0,2}$/.exec(text.slice(Math.max(0, i - 2), i))![0];
      return { ...s.plain, escapes: !/r/i.test(prefix), interp: /f/i.test(prefix) ? 'brace' : undefined };
    },
    env: {
      reads: [/os\.environ\s{0,3}\[\s{0,3}['"]([\w.-]{1,100})['"]\s{0,3}\]|os\.environ\.get\(\s{0,3}['"]([\w.-]{1,100})['"][^()\n]{0,80}\)|os\.getenv\(\s{0,3}['"]([\w.-]{1,100})['"][^()\n]{0,80}\)/g],
      dump: /os\.environ(?:\s*\.\s*(?:copy|items|values)\s*\(\s*\))?(?!\s*(?:\[|\.))/g,
      referenceMarkers: ['os.environ', 'os.getenv'],
      lookup: name => `os.environ["${name}"]`, concat: plus, rewritesLiteral: true,
      namesOnly: () => 'sorted(os.environ)',
    },
    output: {
      loggers: /^(?:logging|structlog|sys\.stderr)$/,
      logCalls: /^(?:print|pprint|pprint\.pprint)$/,
      keepsValue: {
        calls: /^(?:str|repr|format|pformat|dumps|dump|b64encode|urlsafe_b64encode|dict|list|tuple|items|join|bytes|Markup|mark_safe|safe)$/,
        members: /^(?:strip|encode|decode|upper|lower|get_secret_value|value)$/,
      },
      responseCalls: /(?:^|\.)(?:jsonify|JsonResponse|HttpResponse|JSONResponse|PlainTextResponse|HTMLResponse|Response|make_response|json_response)$/,
      // `log = logging.getLogger(__name__)`, `import logging as L`, `from loguru import logger as lg`.
      loggerBinding: { near: ['getLogger', 'get_logger', 'import logging', 'import structlog', 'loguru'], pattern: /^[ \t]*(?:self\.)?([A-Za-z_]\w{0,60})\s{0,3}=\s{0,3}(?:logging|structlog)\.(?:getLogger|get_logger)\(|\bimport\s{1,5}(?:logging|structlog)\s{1,5}as\s{1,5}(\w{1,60})|\bfrom\s{1,5}loguru\s{1,5}import\s{1,5}logger\s{1,5}as\s{1,5}(\w{1,60})/gm },
      servesHttp: /\b(?:from|import)\s{1,5}(?:flask|fastapi|django|starlette|aiohttp|sanic|bottle|quart|litestar|falcon|tornado|pyramid|chalice|werkzeug)\b|@\w{1,40}\.(?:route|get|post|put|patch|delete|api_route)\(|\bdef\s{1,5}\w{0,40}handler\s{0,5}\(\s{0,5}event\b/,
      mask: (e, { quote }) => quote === '"' ? `('[set]' if ${e} else '[missing]')` : `("[set]" if ${e} else "[missing]")`,
    },
  },
  {
    id: 'go', vscodeIds: ['go'], extensions: ['go'],
    assignment: { joins: ['+'] },
    syntax: { ...C_LIKE, quotes: ['"', "'", '`'], rawQuotes: ['`'], multiLine: ['`'] },
    stringAt(text, i) {
      const s = quoteAt(text, i);
      if (!s) return undefined;
      return s.c === '`' ? { open: 1, close: '`', escapes: false, multiline: true } : { ...s.plain, open: 1, close: s.c, multiline: false };
    },
    env: {
      reads: [/os\.Getenv\(\s{0,3}"([\w.-]{1,100})"\s{0,3}\)/g],
      dump: /os\.Environ\(\s*\)/g,
      lookup: name => `os.Getenv("${name}")`, concat: plus, rewritesLiteral: true,
      namesOnly: () => 'len(os.Environ())',
    },
    output: {
      loggers: /^(?:slog|logrus|zap|glog|klog|os\.Stderr)$/,
      logCalls: /^fmt\.(?:Print|Fprint)\w{0,3}$|^print(?:ln)?$/, // fmt.Sprintf only builds a string
      keepsValue: { calls: /^(?:Sprintf|Sprint|Sprintln|String|byte|append|Join)$/, members: /^(?:String|Value)$/ },
      typeOnlyVerbs: 'T',
      responseCalls: /^(?:w|rw|writer)\.(?:Write|WriteString)$|^c\.(?:JSON|IndentedJSON|String|Send|SendString)$/,
      responsesNeedServer: true,
      errorCalls: /^fmt\.Errorf$|^errors\.New$|^panic$/,
      // `logger, _ := zap.NewProduction()`, `sugar := logger.Sugar()`, `log *slog.Logger`.
      loggerBinding: { near: ['zap.', 'logrus.', 'slog.', 'log.', '.Sugar('], pattern: /\b([A-Za-z_]\w{0,60})(?:\s{0,3},\s{0,3}\w{1,40})?\s{0,3}:?=\s{0,3}(?:zap\.New\w{0,20}|logrus\.New|slog\.New|log\.New|[\w.]{1,60}\.Sugar)\(|\b([A-Za-z_]\w{0,60})\s{1,3}\*?(?:zap\.(?:Sugared)?Logger|logrus\.(?:Logger|Entry)|slog\.Logger|log\.Logger)\b/g },
      servesHttp: /"net\/http"|\bhttp\.ResponseWriter\b|gin-gonic\/gin|labstack\/echo|gofiber\/fiber/,
      mask: e => `map[bool]string{true: "[set]", false: "[missing]"}[${e} != ""]`,
    },
  },
  {
    id: 'java', vscodeIds: ['java'], extensions: ['java'],
    syntax: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'] },
    assignment: { joins: ['+'], annotatedFields: true },
    stringAt: (text, i) => { const s = quoteAt(text, i); return s && s.c !== '`' ? s.plain : undefined; },
    env: {
      reads: [JVM_READ],
      dump: /System\.getenv\(\s*\)(?!\s*\.\s*(?:keySet|size|isEmpty|containsKey|get)\b)/g,
      referenceMarkers: ['System.getenv'],
      lookup: name => `System.getenv("${name}")`, concat: plus, rewritesLiteral: true,
      namesOnly: () => 'System.getenv().keySet()',
    },
    output: {
      loggers: JVM_LOGGERS,
      keepsValue: JVM_KEEPS_VALUE,
      responseCalls: /^ResponseEntity\.(?:ok|status)$/,
      loggerBinding: JVM_LOGGER_BINDING,
      servesHttp: /@(?:RestController|Controller|GetMapping|PostMapping|RequestMapping|Path|GET|POST)\b/,
      mask: e => `(${e} != null && !${e}.isEmpty() ? "[set]" : "[missing]")`,
    },
  },
  {
    id: 'kotlin', vscodeIds: ['kotlin'], extensions: ['kt', 'kts'],
    assignment: { joins: ['+'], annotatedFields: true },
    syntax: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'], rawQuotes: ['"""'], interpolations: [{ open: '${', close: '}', in: ['"""', '"'] }] },
    stringAt(text, i) {
      const s = quoteAt(text, i);
      return s?.c === '"' ? { ...s.plain, interp: 'kotlin' } : s?.c === "'" ? { ...s.plain, open: 1, close: s.c } : undefined;
    },
    env: {
      reads: [JVM_READ],
      dump: /System\.getenv\(\s*\)(?!\s*\.\s*(?:keys|size|isEmpty|containsKey|get)\b)/g,
      lookup: name => `System.getenv("${name}")`, concat: plus, rewritesLiteral: true,
      namesOnly: () => 'System.getenv().keySet()',
    },
    output: {
      loggers: JVM_LOGGERS,
      keepsValue: JVM_KEEPS_VALUE,
      logCalls: /^print(?:ln)?$/,
      responseCalls: /^ResponseEntity\.(?:ok|status)$|^call\.respond\w{0,10}$/,
      loggerBinding: JVM_LOGGER_BINDING,
      servesHttp: /@(?:RestController|Controller|GetMapping|PostMapping|RequestMapping)\b|\brouting\s{0,5}\{|\bcall\.respond/,
      mask: e => e.startsWith('$') // `"$apiKey"` inside a string template
        ? `\${if (!${e.slice(1)}.isNullOrEmpty()) "[set]" else "[missing]"}`
        : `(if (!${e}.isNullOrEmpty()) "[set]" else "[missing]")`,
    },
  },
  {
    id: 'csharp', vscodeIds: ['csharp'], extensions: ['cs'],
    assignment: { joins: ['+'] },
    syntax: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'], prefix: /[@$]/ },
    stringAt(text, i) {
      const s = quoteAt(text, i);
      if (!s || s.c !== '"') return s?.c === "'" ? { ...s.plain, open: 1, close: s.c } : undefined;
      const prefix = /[$@]{0,2}$/.exec(text.slice(Math.max(0, i - 2), i))![0];
      return { open: 1, close: '"', escapes: !prefix.includes('@'), multiline: prefix.includes('@'), interp: prefix.includes('$') ? 'brace' : undefined };
    },
    env: {
      reads: [/Environment\.GetEnvironmentVariable\(\s{0,3}"([\w.-]{1,100})"[^()\n]{0,60}\)|(?<![\w$])(?:this\.)?_?[Cc]onfiguration\s{0,3}\[\s{0,3}"([\w:.-]{1,100})"\s{0,3}\]/g],
      dump: /Environment\.GetEnvironmentVariables\(\s*\)(?!\s*\.\s*(?:Keys|Count|Contains)\b)/g,
      referenceMarkers: ['Environment.GetEnvironmentVariable'],
      lookup: name => `Environment.GetEnvironmentVariable("${name}")`, concat: plus, rewritesLiteral: true,
      namesOnly: () => 'Environment.GetEnvironmentVariables().Keys',
    },
    output: {
      loggers: /^(?:Console|Console\.Error|Debug|Trace)$/,
      keepsValue: { calls: /^(?:Format|Join|Concat|ToString|Serialize)$/, members: /^(?:ToString|Trim|ToUpper|ToLower|Value)$/ },
      responseCalls: /^(?:Ok|Json|Content|(?:Typed)?Results\.(?:Ok|Json|Content|Text))$/,
      // `ILogger<HomeController> _logger;`, a constructor's `ILogger logger` parameter.
      loggerBinding: { near: ['Logger'], pattern: /\bI?Logger(?:<[\w.]{1,80}>)?\s{1,5}([A-Za-z_]\w{0,60})\s{0,3}[=;,)]/g },
      servesHttp: /\[Http(?:Get|Post|Put|Delete|Patch)|ControllerBase|\bMap(?:Get|Post|Put|Delete)\(|ActionResult/,
      mask: e => `(string.IsNullOrEmpty(${e}) ? "[missing]" : "[set]")`,
    },
  },
  {
    id: 'ruby', vscodeIds: ['ruby'], extensions: ['rb', 'rake', 'gemspec', 'ru'], comment: HASH,
    fileNames: /^(?:Rakefile|Gemfile|Capfile|Guardfile|Fastfile|Appfile|Podfile)$/,
    assignment: { joins: ['+', ''] },
    syntax: { line: ['#'], quotes: ['"', "'"], multiLine: ['"', "'"], quoteNotAfter: '$?', interpolations: [{ open: '#{', close: '}', in: ['"'] }], heredoc: /<<[~-]?(["'`]?)([A-Z_][A-Z0-9_]{0,40})\1/y },
    stringAt(text, i) {
      const s = quoteAt(text, i);
      if (!s) return undefined;
      return s.c === "'" ? { ...s.plain, close: s.c, open: 1 } : { open: 1, close: s.c, escapes: true, multiline: true, interp: 'hashBrace' };
    },
    env: {
      reads: [/(?<![\w$])ENV\s{0,3}\[\s{0,3}['"]([\w.-]{1,100})['"]\s{0,3}\]|(?<![\w$])ENV\.fetch\(\s{0,3}['"]([\w.-]{1,100})['"][^()\n]{0,80}\)/g],
      dump: /(?<![\w.:$])ENV(?:\s*\.\s*(?:to_h|to_hash|to_a|inspect|dup|clone)\b)?(?!\s*(?:\[|\.|::|\w))/g,
      referenceMarkers: ['ENV['],
      lookup: name => `ENV.fetch("${name}")`, concat: plus, rewritesLiteral: true,
      namesOnly: () => 'ENV.keys',
    },
    output: {
      loggers: /^(?:stderr|stdout|STDERR|STDOUT)$/,
      keepsValue: { calls: /^(?:String|format|sprintf|inspect|to_json|join|Hash)$/, members: /^(?:to_s|to_str|strip|upcase|downcase)$/ },
      logCalls: /^(?:puts|print|pp|p|warn)$/,
      // `@log = Logger.new($stdout)`.
      loggerBinding: { near: ['Logger.new'], pattern: /^[ \t]*@{0,2}([A-Za-z_]\w{0,60})\s{0,3}=\s{0,3}(?:::)?(?:\w{1,40}::){0,2}Logger\.new\b/gm },
      parenless: /^(?:puts|print|pp|p|raise|warn|render)$/,
      workingDirectory: /^[A-Z]\w*\.pwd$/, // Dir.pwd, FileUtils.pwd, Bundler's SharedHelpers.pwd
      throwStatement: true,
      servesHttp: /(?:^|\s)(?:get|post|put|patch|delete)\s{1,5}['"]\/|Sinatra|Controller\b|\bRack\b/m,
      mask: e => `(${e} ? "[set]" : "[missing]")`, // nil when unset
    },
  },
  {
    id: 'php', vscodeIds: ['php'], extensions: ['php'],
    assignment: { joins: ['.'] },
    syntax: { line: ['//', '#'], block: [['/*', '*/']], quotes: ['"', "'"], multiLine: ['"', "'"], interpolations: [{ open: '{$', close: '}', in: ['"'] }], heredoc: /<<<[ \t]{0,2}(["']?)([A-Za-z_]\w{0,40})\1/y },
    stringAt(text, i) {
      const s = quoteAt(text, i);
      if (!s) return undefined;
      return s.c === '"' ? { ...s.plain, open: 1, close: s.c, multiline: true, interp: 'php' } : { ...s.plain, open: 1, close: s.c, multiline: true };
    },
    env: {
      // Laravel's `env('X')` and C-style `getenv("X")`.
      reads: [/(?<![\w$>.:])(?:get)?env\(\s{0,3}['"]([\w.-]{1,100})['"][^()\n]{0,80}\)|\$_(?:ENV|SERVER)\s{0,3}\[\s{0,3}['"]([\w.-]{1,100})['"]\s{0,3}\]/g],
      dump: /\$_(?:ENV|SERVER)(?!\s*\[)|(?<![\w$>.:])getenv\(\s*\)/g,
      referenceMarkers: ['getenv', 'env('],
      lookup: name => `getenv('${name}')`, concat: parts => parts.join(' . '), rewritesLiteral: true,
      namesOnly: e => e.startsWith('$_') ? `array_keys(${e})` : 'array_keys(getenv())',
    },
    output: {
      logCalls: /^(?:print_r|var_dump|var_export|error_log|printf|print|die|dd|dump)$/,
      keepsValue: { calls: /^(?:sprintf|vsprintf|json_encode|strval|implode|trim|strtoupper|strtolower)$/ },
      // `LoggerInterface $audit`, `$audit = new Logger('audit')` (Monolog).
      loggerBinding: { near: ['Logger'], pattern: /\b(?:LoggerInterface|Logger)\s{1,5}\$(\w{1,60})|\$(\w{1,60})\s{0,3}=\s{0,3}new\s{1,5}(?:\\?\w{1,40}\\){0,4}Logger\b/g },
      parenless: /^(?:echo|print)$/,
      servesHttp: /Route::|Illuminate|Symfony|->(?:get|post|put|delete)\(\s{0,5}['"]\//,
      mask: (e, { quote }) => quote === '"' ? undefined : `(${e} ? '[set]' : '[missing]')`,
    },
  },
  {
    id: 'swift', vscodeIds: ['swift'], extensions: ['swift'],
    assignment: { joins: ['+'] },
    // (A multi-line string's line ending in `\` goes on without a line break: a key pasted in two halves is one.)
    syntax: { ...C_LIKE, quotes: ['"""', '"'], multiLine: ['"""'], interpolations: [{ open: '\\(', close: ')', in: ['"""', '"'] }], lineContinuation: '\\' },
    stringAt: (text, i) => { const s = quoteAt(text, i); return s?.c === '"' ? { ...s.plain, interp: 'swift' } : undefined; },
    env: {
      lookup: name => `ProcessInfo.processInfo.environment["${name}"] ?? ""`, concat: plus, rewritesLiteral: true,
      lookupNeedsParens: true,
    },
    output: {
      logCalls: /^(?:print|debugPrint|NSLog|os_log|dump)$/,
      keepsValue: { calls: /^(?:String|describing)$/, members: /^(?:description|uppercased|lowercased)$/ },
      loggerBinding: { near: ['Logger'], pattern: /\b(?:let|var)\s{1,5}(\w{1,60})\s{0,3}(?::\s{0,3}Logger\s{0,3})?=\s{0,3}Logger\s{0,3}\(/g },
      servesHttp: /\bimport\s{1,5}Vapor\b/,
      // A plain name chain needs no parentheses of its own (and the rule reads `(x) != nil` as the value).
      mask: e => /^[\w.]+$/.test(e) ? `(${e} != nil ? "[set]" : "[missing]")` : `((${e}) != nil ? "[set]" : "[missing]")`,
    },
  },
  {
    id: 'shell', vscodeIds: ['shellscript', 'bash', 'zsh', 'sh'], extensions: ['sh', 'bash', 'zsh'], comment: HASH,
    // Tools' settings commands: `aws configure set aws_secret_access_key …`, `git config --global
    // github.token …`, `npm config set //registry.npmjs.org/:_authToken …`.
    assignment: { declaresBefore: SETTING_COMMAND },
    // Shell start-up files: no extension, but shell scripts (`export TOKEN=…`); shells' histories are commands too.
    fileNames: /^(?:\.(?:bash_profile|bashrc|bash_login|bash_logout|bash_aliases|profile|zshrc|zprofile|zshenv|zlogin|zlogout|kshrc|mkshrc|envrc|bash_history|zsh_history|sh_history|zhistory)|bashrc|profile|zshrc|zprofile|zshenv)$/,
    syntax: {
      line: ['#'], quotes: ['"', "'"], rawQuotes: ["'"], multiLine: ['"', "'"], commentNeedsSpace: true,
      interpolations: [{ open: '$(', close: ')', in: ['"'] }, { open: '${', close: '}', in: ['"'] }],
      // Not `<<<`, a here-string of one word.
      heredoc: /<<-?[ \t]{0,2}(["']?)([A-Za-z_]\w{0,40})\1/y,
    },
    stringAt(text, i) {
      const c = text[i];
      if (c === '`') return { open: 1, close: '`', escapes: true, multiline: true };
      if (c === '"') return { open: 1, close: '"', escapes: true, multiline: true, interp: 'shell' };
      return c === "'" ? { open: 1, close: "'", escapes: false, multiline: true } : undefined;
    },
    env: {
      lookup: name => `"\${${name}}"`,
      interpolate: (name, delimiter) => delimiter === "'" ? `'"\${${name}}"'` : `\${${name}}`,
    },
    output: {
      parenless: /^(?:echo|printf)$/,
      workingDirectory: /^(?:\$\{?)?(?:old)?pwd\}?$/i, // `$(pwd)`, `$PWD`, `$OLDPWD`
      mask: e => { const name = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(e)?.[1]; return name ? `\${${name}:+[set]}` : undefined; },
    },
  },
  // Languages the fixes rewrite but the output check does not read (yet).
  {
    id: 'rust', vscodeIds: ['rust'], extensions: ['rs'], syntax: { ...C_LIKE, quotes: ['"'], multiLine: ['"'], prefix: /[rb]/ },
    // `String` form; the fix adds `&` where a `&str` was.
    env: { lookup: name => `std::env::var("${name}").expect("${name} must be set")`, rewritesLiteral: true },
  },
  {
    id: 'dart', vscodeIds: ['dart'], extensions: ['dart'],
    assignment: { joins: ['+', ''] },
    syntax: { ...C_LIKE, quotes: ['"""', "'''", '"', "'"], multiLine: ['"""', "'''"], prefix: /r/ },
    env: { lookup: name => `Platform.environment['${name}']!`, concat: plus, rewritesLiteral: true },
  },
  {
    id: 'elixir', vscodeIds: ['elixir'], extensions: ['ex', 'exs'], comment: HASH,
    syntax: { line: ['#'], quotes: ['"""', '"', "'"], multiLine: ['"""', '"'] },
    assignment: { declaresBefore: /(?:^|[ \t])@$/ }, // module attributes: `@api_key "…"`
    env: { lookup: name => `System.fetch_env!("${name}")`, concat: parts => parts.join(' <> '), rewritesLiteral: true },
  },
  {
    id: 'lua', vscodeIds: ['lua'], extensions: ['lua'], comment: DASHES, syntax: { line: ['--'], block: [['--[[', ']]']], quotes: ['"', "'"] },
    assignment: { joins: ['..'] },
    env: { lookup: name => `os.getenv("${name}")`, concat: parts => parts.join(' .. '), rewritesLiteral: true },
  },
  {
    id: 'r', vscodeIds: ['r'], extensions: ['r'], comment: HASH, syntax: { line: ['#'], quotes: ['"', "'"], multiLine: ['"', "'"] },
    assignment: { operators: ['<<-', '<-'] },
    env: { lookup: name => `Sys.getenv("${name}")`, concat: parts => `paste0(${parts.join(', ')})`, rewritesLiteral: true },
  },
  {
    id: 'scala', vscodeIds: ['scala'], extensions: ['scala', 'sc'],
    assignment: { joins: ['+'] },
    syntax: { ...C_LIKE, quotes: ['"""', '"', "'"], multiLine: ['"""'], rawQuotes: ['"""'], prefix: /[sfr]/ },
    env: { lookup: name => `sys.env("${name}")`, concat: plus, rewritesLiteral: true },
  },
  {
    id: 'c', vscodeIds: ['c'], extensions: ['c', 'h'], syntax: C_LIKE, assignment: { joins: [''], declaresBefore: DEFINE },
    env: { lookup: name => `getenv("${name}")`, rewritesLiteral: true },
  },
  {
    id: 'cpp', vscodeIds: ['cpp', 'cuda-cpp'], extensions: ['cpp', 'cc', 'cxx', 'c++', 'hpp', 'hh', 'hxx', 'h++', 'ipp', 'tpp', 'tcc', 'txx', 'ixx', 'cppm', 'inl', 'cu', 'cuh'], syntax: { ...C_LIKE, prefix: /[LuU8R]/ },
    assignment: { joins: [''], declaresBefore: DEFINE },
    env: { lookup: (name, o) => o?.cppStd === false ? `getenv("${name}")` : `std::getenv("${name}")`, rewritesLiteral: true },
  },
  // Arduino and Processing sketches are C++ (the Arduino IDE wraps them), but a board has no
  // environment to read a secret from: no env facts, so no Move to .env. VS Code opens them as
  // `cpp`: the extension decides.
  {
    id: 'arduino', vscodeIds: ['arduino'], extensions: ['ino', 'pde'], extensionDecides: true,
    syntax: { ...C_LIKE, prefix: /[LuU8R]/ }, assignment: { joins: [''], declaresBefore: DEFINE },
    noEnv: 'A sketch runs on a board with no environment variables: move the value to a header that git ignores '
      + '(`arduino_secrets.h`, as in Arduino\'s examples) and #include it, or add the finding to the baseline.',
  },
  {
    // `@"…"` literals; `#define kApiKey @"…"` as in C. `.m` is also MATLAB's: its `%` comments go unread, as before.
    id: 'objective-c', vscodeIds: ['objective-c', 'objective-cpp'], extensions: ['m', 'mm'],
    syntax: { ...C_LIKE, prefix: /@/ }, assignment: { joins: ['', '@'], declaresBefore: DEFINE },
    noEnv: 'An app reads no environment on a device, and every string in it ships in the bundle: keep the secret on a server '
      + 'the app calls, or fetch a per-user token at sign-in; then revoke this one.',
  },
  {
    // `''…''` strings span lines and often hold whole config files (`environment.etc."x".text`).
    id: 'nix', vscodeIds: ['nix'], extensions: ['nix'], comment: HASH,
    syntax: { line: ['#'], block: [['/*', '*/']], quotes: ["''", '"'], multiLine: ["''", '"'], interpolations: [{ open: '${', close: '}', in: ["''", '"'] }] },
    noEnv: 'A Nix expression is evaluated into the world-readable store: keep the secret out of it with sops-nix or agenix, '
      + 'or point the service at a file outside the store (the `passwordFile`/`environmentFile` options).',
  },
  {
    id: 'powershell', vscodeIds: ['powershell'], extensions: ['ps1', 'psm1'], comment: HASH, assignment: { joins: ['+'], declaresBefore: SETX },
    syntax: { line: ['#'], block: [['<#', '#>']], quotes: ['"', "'"], rawQuotes: ["'"], multiLine: ['"', "'"], commentNeedsSpace: true },
    env: { lookup: name => `$env:${name}`, interpolate: (name, d) => d === '"' ? `$($env:${name})` : undefined },
  },
];

// ---- Configuration formats the fixes write env references into ----

const CONFIG: Language[] = [
  {
    id: 'dockerfile', vscodeIds: ['dockerfile'], nameDecides: true, fileNames: /^(?:docker|container)file|\.(?:docker|container)file$/, comment: HASH,
    syntax: { line: ['#'], quotes: ['"', "'"], rawQuotes: ["'"], commentNeedsSpace: true },
    assignment: { declaresBefore: /^[ \t]*ENV[ \t]+$/i }, // the legacy `ENV NAME value` form
    env: { lookup: dollarBrace, interpolate: (name, d) => d === "'" ? undefined : `\${${name}}` },
  },
  {
    id: 'workflow', vscodeIds: ['github-actions-workflow'], refinesPath: /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i, comment: HASH,
    env: { lookup: name => `\${{ secrets.${name} }}`, interpolate: name => `\${{ secrets.${name} }}` },
  },
  {
    id: 'compose', vscodeIds: ['dockercompose'], refinesPath: /(?:^|\/)(?:docker-)?compose(?:[.-][\w.-]*)?\.ya?ml$/, comment: HASH,
    env: { lookup: dollarBrace, interpolate: dollarBrace },
  },
  {
    id: 'spring', vscodeIds: ['spring-boot-properties', 'spring-boot-properties-yaml'], refinesPath: /(?:^|\/)(?:application|bootstrap)(?:-[\w.-]+)?\.(?:ya?ml|properties)$/,
    env: { lookup: dollarBrace, interpolate: dollarBrace },
  },
  {
    id: 'yaml', vscodeIds: ['yaml'], extensions: ['yml', 'yaml'], comment: HASH, syntax: { line: ['#'], quotes: [], commentNeedsSpace: true },
    env: { lookup: dollarBrace, interpolate: dollarBrace },
  },
  {
    id: 'properties', vscodeIds: ['properties', 'java-properties'], extensions: ['properties'], comment: HASH, syntax: { quotes: [], lineContinuation: '\\' },
    assignment: DIRECTIVES, // `key value`: a space separates too
    env: { lookup: dollarBrace, interpolate: dollarBrace },
  },
  {
    id: 'terraform', vscodeIds: ['terraform'], extensions: ['tf'], comment: HASH,
    syntax: { line: ['#', '//'], block: [['/*', '*/']], quotes: ['"'] },
    env: { lookup: name => `var.${terraformVarName(name)}`, interpolate: name => `\${var.${terraformVarName(name)}}` },
  },
  {
    id: 'tfvars', vscodeIds: ['terraform-vars'], extensions: ['tfvars'], extensionDecides: true, comment: HASH,
    syntax: { line: ['#', '//'], block: [['/*', '*/']], quotes: ['"'] },
    env: { lookup: dollarBrace },
  },
  { id: 'npmrc', nameDecides: true, fileNames: /^\.npmrc$/, comment: HASH, env: { lookup: dollarBrace, interpolate: dollarBrace } },
  {
    id: 'dotenv', vscodeIds: ['dotenv'], extensions: ['env'], fileNames: /^\.env(?:\.|$)|^\.dev\.vars(?:\.|$)/, comment: HASH,
    syntax: { line: ['#'], quotes: ['"', "'", '`'], multiLine: ['"', "'", '`'], rawQuotes: ["'", '`'], commentNeedsSpace: true },
  },
];

// ---- Formats known only by their comment syntax (for ignore comments) ----

const commentOnly = (id: string, extensions: string[], comment: CommentStyle, fileNames?: RegExp): Language =>
  ({ id, vscodeIds: [id], extensions, comment, fileNames });

const COMMENT_ONLY: Language[] = [
  // TOML's multi-line basic strings drop a line-ending `\` with the line break and the next line's blanks.
  { ...commentOnly('toml', ['toml'], HASH), syntax: { line: ['#'], quotes: ['"""', "'''", '"', "'"], multiLine: ['"""', "'''"], rawQuotes: ["'''", "'"], lineContinuation: '\\' } },
  commentOnly('makefile', [], HASH, /^makefile/),
  // Perl's strings and heredocs (`<<"END"`, `<<'END'`, `<<~END`): a config written inline in a script is data there.
  { ...commentOnly('perl', ['pl', 'pm'], HASH), syntax: { line: ['#'], quotes: ['"', "'"], multiLine: ['"', "'"], quoteNotAfter: '$', heredoc: /<<~?(["']?)([A-Za-z_]\w{0,40})\1/y } },
  commentOnly('hcl', ['hcl'], HASH), commentOnly('coffeescript', ['coffee'], HASH), commentOnly('julia', ['jl'], HASH),
  // Nim's triple-quoted strings: a config written inline (`const grafanaIni* = """⏎[security]⏎…"""`) is data there.
  { ...commentOnly('nim', ['nim'], HASH), syntax: { line: ['#'], block: [['#[', ']#']], quotes: ['"""', '"'], multiLine: ['"""'], rawQuotes: ['"""'] } },
  // Godot's GDScript: `"Bearer " + "…"` joins like Python's `+`.
  { ...commentOnly('gdscript', ['gd'], HASH), syntax: { line: ['#'], quotes: ['"', "'"] }, assignment: { joins: ['+'] } },
  // Directive files (Redis, nginx, Apache, sshd) and mail clients' rc files (esmtp, msmtp, fetchmail).
  // Server directives that set a variable: Apache's `SetEnv API_TOKEN …`, nginx's `fastcgi_param API_TOKEN …;` and `set $hook_secret '…';`.
  // (Apache's `.htaccess` too; mod_perl's `PerlSetVar DBPassword …`; BIND's key files, `tsig.key`: `secret "…";`.)
  { ...commentOnly('conf', ['conf'], HASH, /^[\w-]{1,40}\.conf\.[\w-]{1,20}$|^(?:[\w.+-]{0,60}[._+-])?(?:rndc|tsig|ddns|nsupdate|transfer|named|bind)(?:[._+-][\w.+-]{0,60})?\.key$|^\.htaccess$/), assignment: { declaresBefore: /^[ \t]*(?:(?:SetEnv|Define|PerlSetVar|PerlAddVar|fastcgi_param|uwsgi_param|scgi_param|env|set)[ \t]+)?$/i } },
  { ...commentOnly('mailrc', [], HASH, /^\.?(?:esmtp|msmtp|fetchmail|mbsync)rc$/), assignment: DIRECTIVES },
  commentOnly('ignore', [], HASH, /^\.gitignore$|^procfile$/),
  // OpenWRT's UCI files (`/etc/config/network`, `wireless`): `option private_key '…'` names a value after a space.
  { ...commentOnly('uci', [], HASH), filePaths: /(?:^|\/)etc\/config\/[\w.-]{1,40}$/, assignment: { declaresBefore: /^[ \t]*(?:option|list)[ \t]+$/ } },
  // Mount tables: `#` comments; a CIFS share's `//server/share` opens a line and is no comment.
  commentOnly('fstab', [], HASH, /^(?:fs|crypt)tab(?:[.-][\w.-]{0,30})?$/),
  // systemd units: `Environment="SECRET_KEY=…$…"` holds a `$` as it is (the manager expands `%` specifiers there, not variables).
  { ...commentOnly('systemd', ['service', 'socket', 'timer', 'mount', 'automount'], HASH), assignment: { literalDollar: true } },
  commentOnly('ini', ['ini', 'cfg', 'cnf'], SEMI), commentOnly('haskell', ['hs'], DASHES),
  // SQL's options name a value after a space, a clause per line: Redshift's `COPY … SECRET_ACCESS_KEY '…'`, `PASSWORD '…'`.
  { ...commentOnly('sql', ['sql'], DASHES), assignment: { declaresBefore: /^[ \t]*$/ } },
  commentOnly('plsql', [], DASHES), commentOnly('html', ['html', 'htm'], MARKUP), commentOnly('xml', ['xml'], MARKUP),
  { ...commentOnly('markdown', ['md'], MARKUP), assignment: { tableCells: true } }, commentOnly('css', ['css'], { block: ['/*', '*/'] }),
  // `setx API_KEY "…"` stores a variable for good; `set NAME=…` is an ordinary assignment.
  { ...commentOnly('bat', ['bat', 'cmd'], { line: 'REM' }), assignment: { declaresBefore: SETX } },
  commentOnly('vb', ['vb'], { line: "'" }),
  { ...commentOnly('erlang', ['erl', 'hrl'], { line: '%' }), assignment: { definesBefore: /^[ \t]*-define[ \t]*\([ \t]*$/ } },
  commentOnly('latex', ['tex'], { line: '%' }),
  // z/OS job control: every statement opens with `//`, a comment with `//*` (`USER=…,PASSWORD=…` on a JOB card is a statement).
  commentOnly('jcl', ['jcl', 'jcls', 'cntl'], { line: '//*' }),
  // REXX: `/* … */` comments, `pw = '…'` assignments.
  commentOnly('rexx', ['rexx', 'rex'], { block: ['/*', '*/'] }),
  // `set api_key "…"` or `{…}`, an array element: `set cfg(api_key) "…"`, a dict's: `dict set creds aws_secret "…"`.
  // (`variable name value` declares a namespace's variable as `set` sets one.) A line of its own names one
  // in a list of pairs: `array set smtp {⏎ password …⏎}`, `dict create \⏎ aws_secret "…" \`.
  { ...commentOnly('tcl', ['tcl', 'exp'], HASH), assignment: { declaresBefore: /^[ \t]*(?:(?:set|variable)[ \t]+(?:[\w:]{1,40}\()?|dict[ \t]+set[ \t]+[\w:]{1,40}[ \t]+)?$/, braceStrings: true, bareWordStrings: true } },
  // Clojure also names values with a map's keywords: `{:api-key "…"}`, and a destructured
  // argument's defaults with its symbols: `{:keys [token] :or {token "…"}}`.
  { ...commentOnly('clojure', ['clj', 'cljs', 'cljc', 'edn'], SEMI), assignment: { declaresBefore: new RegExp(`${LISP_DEF.source}|(?:^|[\\s{(\\[,]):$|:or[ \\t]{1,4}\\{(?:[^}\\n]{0,200}[ \\t,])?$`) } },
  // An association list's dotted pair names its value too: `'((:user . "crm") (:password . "…"))`.
  { ...commentOnly('lisp', ['el', 'lisp'], SEMI), assignment: { declaresBefore: new RegExp(`${LISP_DEF.source}|${LISP_KEYWORD.source}|${LISP_PAIR.source}`), operators: ['.'] } },
  { ...commentOnly('scheme', ['scm', 'ss', 'sld', 'rkt'], SEMI), assignment: { declaresBefore: new RegExp(`${LISP_DEF.source}|${LISP_KEYWORD.source}|${LISP_PAIR.source}`), operators: ['.'] } },
  // Shells whose variables are set with a command, not `=`: `set -x API_KEY …`, `setenv API_KEY …`.
  // (Its history keeps each command after `- cmd: `: `- cmd: set -gx KAGGLE_KEY …`.)
  { ...commentOnly('fish', ['fish'], HASH, /^fish_history$/), assignment: { declaresBefore: /^(?:[ \t]*-[ \t]cmd:)?[ \t]*set(?:[ \t]+-[A-Za-z]+)*[ \t]+$/ } },
  { ...commentOnly('csh', ['csh', 'tcsh'], HASH), assignment: { declaresBefore: /^[ \t]*setenv[ \t]+$/ } },
  // Stata's macros: `global FRED_KEY "…"`, `local pass "…"`.
  { ...commentOnly('stata', ['do', 'ado'], { line: '//', block: ['/*', '*/'] }), assignment: { declaresBefore: /^[ \t]*(?:global|local)[ \t]+$/ } },
  // Single-file components: markup comments, JS scripts.
  { ...commentOnly('vue', ['vue'], MARKUP), codeAs: 'js' },
  { ...commentOnly('svelte', ['svelte'], MARKUP), codeAs: 'js' },
];

export const LANGUAGES: readonly Language[] = [...CODE, ...CONFIG, ...COMMENT_ONLY];
