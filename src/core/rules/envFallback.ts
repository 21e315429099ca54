/**
 * `env-fallback-secret`: a literal default of an environment read of a secret-named variable,
 * `os.getenv("DB_PASSWORD", "<a literal>")`. The variable is read from the environment where it
 * is set; everywhere else (a laptop, a CI job, a container whose env was forgotten) the literal
 * is the secret, and it is in the source. Placeholders and dummies (`"changeme"`, `""`,
 * `"dev-secret"`) stay quiet through the generic rule's value checks.
 */

import { namesASecret } from './secretNames';
import { meaningfulTail } from '../assignment';
import { acceptValue, isOtherKeyName, isPasswordName } from './generic';
import { clientPrefixOf } from './publicKeys';
import type { RawMatch, Rule, RuleContext } from '../types';

/** A quoted variable name, captured as `name`. */
const NAME = String.raw`(?<nq>['"])(?<name>[\w.:-]{1,100})\k<nq>`;
/** A quoted literal, captured as `value` (no escapes, one line, bounded). */
const VALUE = String.raw`(?<vq>['"\x60])(?<value>[^'"\x60\\\n]{1,2048})\k<vq>`;
// (Blanks, or a formatter's break and indent between a call's arguments.)
const S = String.raw`\s{0,16}`;
/** After a fallback operator: the literal may be on the next line, indented (read when the line ends with the operator). */
const W = String.raw`\s{0,40}`;

/** Env reads with a literal default, one shape per language. Bounded quantifiers only. */
const SHAPES: readonly RegExp[] = [
  // Python: os.getenv("X", "v"), os.environ.get("X", "v"), environ.get("X", default="v"), and
  // environ.setdefault("X", "v"), which also sets the variable to the literal.
  new RegExp(String.raw`(?<![\w$])(?:os\.)?(?:getenv|environ\.get|environ\.setdefault)\(${S}${NAME}${S},${S}(?:default${S}=${S})?${VALUE}`, 'dg'),
  // Ruby: ENV.fetch("X", "v"), ENV.fetch("X") { "v" }, ENV["X"] || "v"
  new RegExp(String.raw`(?<![\w$])ENV\.fetch\(${S}${NAME}${S}(?:,${S}|\)${S}\{${S})${VALUE}`, 'dg'),
  new RegExp(String.raw`(?<![\w$])ENV\[${S}${NAME}${S}\]${S}(?:\|\||or\b)${W}${VALUE}`, 'dg'),
  // PHP: getenv("X") ?: "v", env("X", "v") (Laravel), $_ENV["X"] ?? "v"
  new RegExp(String.raw`(?<![\w$>:.])(?:get)?env\(${S}${NAME}${S}(?:,${S}|\)${S}(?:\?:|\?\?|\|\||or\b)${W})${VALUE}`, 'dg'),
  new RegExp(String.raw`\$_(?:ENV|SERVER)\[${S}${NAME}${S}\]${S}\?\?${S}${VALUE}`, 'dg'),
  // JS/TS: process.env.X || "v", process.env["X"] ?? "v"
  new RegExp(String.raw`process\.env${S}(?:\??\.${S}(?<bare>[A-Za-z_]\w{0,100})|\[${S}${NAME}${S}\])${S}(?:\|\||\?\?)${W}${VALUE}`, 'dg'),
  // C#: Environment.GetEnvironmentVariable("X") ?? "v"; Java: System.getenv().getOrDefault("X", "v")
  new RegExp(String.raw`GetEnvironmentVariable\(${S}${NAME}${S}\)${S}\?\?${W}${VALUE}`, 'dg'),
  new RegExp(String.raw`getenv\(${S}\)${S}\.${S}getOrDefault\(${S}${NAME}${S},${S}${VALUE}`, 'dg'),
  // Scala: sys.env.getOrElse("X", "v"); Kotlin: System.getenv("X") ?: "v"; Elixir: System.get_env("X", "v")
  new RegExp(String.raw`\benv\.getOrElse\(${S}${NAME}${S},${S}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bgetenv\(${S}${NAME}${S}\)${S}\?:${W}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bget_env\(${S}${NAME}${S}(?:,${S}|\)${S}\|\|${W})${VALUE}`, 'dg'),
  // Rust: env::var("X").unwrap_or("v".to_string()), .unwrap_or_else(|_| "v".into())
  // (The variable's name may be a constant's: `env::var(ADMIN_PASSWORD_ENV)`.)
  new RegExp(String.raw`\benv::var\(${S}(?:${NAME}|(?<bare>[A-Z_][A-Z0-9_]{0,100}))${S}\)${S}\.unwrap_or(?:_else)?\(${S}(?:\|_\|${S})?${VALUE}`, 'dg'),
  // R: Sys.getenv("X", unset = "v"), Sys.getenv("X", "v").
  new RegExp(String.raw`\bSys\.getenv\(${S}${NAME}${S},${S}(?:unset${S}=${S})?${VALUE}`, 'dg'),
  // Deno.env.get("X") ?? "v", Dart's Platform.environment["X"] ?? "v", import.meta.env.VITE_X || "v"
  new RegExp(String.raw`(?:\bDeno\.env\.get\(${S}|\bPlatform\.environment\[${S})${NAME}${S}[)\]]${S}(?:\|\||\?\?)${S}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bimport\.meta\.env\.(?<bare>[A-Za-z_]\w{0,100})${S}(?:\|\||\?\?)${S}${VALUE}`, 'dg'),
  // Dart's compile-time environment: String.fromEnvironment('X', defaultValue: 'v').
  new RegExp(String.raw`\bString\.fromEnvironment\(${S}${NAME}${S},${S}defaultValue${S}:${S}${VALUE}`, 'dg'),
  // Swift reading the app's Info.plist, then a literal: `Bundle.main.object(forInfoDictionaryKey: "X") as? String ?? "v"`.
  new RegExp(String.raw`forInfoDictionaryKey:${S}${NAME}${S}\)${S}as\?${S}String${S}\?\?${S}${VALUE}`, 'dg'),
  // Julia's get(ENV, "X", "v"); Zig's `std.posix.getenv("X") orelse "v"`; VB.NET's If(Environment.GetEnvironmentVariable("X"), "v").
  new RegExp(String.raw`\bget\(${S}ENV${S},${S}${NAME}${S},${S}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bgetenv\(${S}${NAME}${S}\)${S}orelse${S}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bIf\(${S}Environment\.GetEnvironmentVariable\(${S}${NAME}${S}\)${S},${S}${VALUE}`, 'dg'),
  // Settings libraries of Django projects: config("X", default="v") (python-decouple),
  // env("X", default="v") and env.str(…) (django-environ, environs). Only with `default=`.
  new RegExp(String.raw`(?<![\w$.])(?:config|env(?:\.str)?)\(${S}${NAME}${S},${S}default${S}=${S}${VALUE}`, 'dg'),
  // Ruby's block default on the lines below: `ENV.fetch("X") do⏎ "v"⏎ end`; Vapor's `Environment.get("X") ?? "v"` (Swift).
  new RegExp(String.raw`(?<![\w$])ENV\.fetch\(${S}${NAME}${S}\)${S}do${W}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bEnvironment\.get\(${S}${NAME}${S}\)${S}\?\?${W}${VALUE}`, 'dg'),
  // Rust's closure default in a block: `env::var("X").ok().unwrap_or_else(|| { String::from("v") })`.
  new RegExp(String.raw`\benv::var\(${S}${NAME}${S}\)${S}\.ok\(\)${S}\.unwrap_or(?:_else)?\(${S}(?:\|\|${S}\{?${W}(?:String::from\(${S})?)?${VALUE}`, 'dg'),
  // Ansible's and Jinja's env lookup with a default: `{{ lookup('env', 'X') | default('v', true) }}`.
  new RegExp(String.raw`\blookup\(${S}['"]env['"]${S},${S}${NAME}${S}\)${S}\|${S}default\(${S}${VALUE}`, 'dg'),
  // Erlang's `case os:getenv("X") of false -> "v"`; Haskell's `fromMaybe "v" <$> lookupEnv "X"` (the default first).
  new RegExp(String.raw`\bos:getenv\(${S}${NAME}${S}\)${S}of${W}false${S}->${S}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bfromMaybe${S}${VALUE}${S}(?:<\$>|\$|\.|<&>)${S}(?:System\.Environment\.)?lookupEnv${S}${NAME}`, 'dg'),
  // Airflow's Variables, read from the metadata database or the environment (`AIRFLOW_VAR_X`):
  // Variable.get("x", default_var="v"); a task run where the Variable is missing uses the literal.
  new RegExp(String.raw`\bVariable\.get\(${S}${NAME}${S},${S}default_var${S}=${S}${VALUE}`, 'dg'),
  // Go's (and others') helpers around the environment: getEnv("X", "v"), GetEnvOrDefault, envOr, lookupEnvOr.
  // (And snake case, C++'s and Rust's: env_or, get_env_or_default.)
  new RegExp(String.raw`(?<![\w$.])(?:(?:get|Get|lookup|Lookup)_?(?:Env|ENV|env)|Env|env)(?:Or|OrDefault|OrElse|WithDefault|Default|_or|_or_default|_or_else|_default)?\(${S}${NAME}${S},${S}${VALUE}`, 'dg'),
  // Java: Optional.ofNullable(System.getenv("X")).orElse("v"); a system property's default,
  // System.getProperty("db.password", "v") and Properties.getProperty("api.key", "v").
  new RegExp(String.raw`\bgetenv\(${S}${NAME}${S}\)${S}\)${S}\.orElse\(${S}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bgetProperty\(${S}${NAME}${S},${S}${VALUE}`, 'dg'),
  // Gradle's project properties (`-P` or ~/.gradle/gradle.properties): `findProperty('x') ?: 'v'`,
  // `hasProperty('x') ? property('x') : 'v'`; a build without the property uses the literal.
  new RegExp(String.raw`\bfindProperty\(${S}${NAME}${S}\)(?:${S}as${S}String\??)?${S}(?:\?:|\?\?|\|\|)${W}${VALUE}`, 'dg'),
  new RegExp(String.raw`\bhasProperty\(${S}${NAME}${S}\)${S}\?[^:\n]{1,80}:${S}${VALUE}`, 'dg'),
  // just's `env_var_or_default("X", "v")` (a justfile's `export X := …`).
  new RegExp(String.raw`\benv_var_or_default\(${S}${NAME}${S},${S}${VALUE}`, 'dg'),
  // Shell and compose files: ${X:-v} / ${X-v}, unquoted
  /\$\{(?<bare>[A-Za-z_]\w{0,100}):?-(?<value>[^\s}'"$`\\]{1,200})\}/dg,
  // Clojure: (or (System/getenv "X") "v"); Python's argparse: add_argument("--db-password", default="v").
  new RegExp(String.raw`\(or${S}\(System/getenv${S}${NAME}${S}\)${S}${VALUE}`, 'dg'),
  new RegExp(String.raw`\badd_argument\(${S}(?:["']-\w["']${S},${S})?${NAME}[^()\n]{0,200}?\bdefault${S}=${S}${VALUE}`, 'dg'),
  // optparse names the setting by its `dest`: add_option("-p", dest="password", default="v").
  new RegExp(String.raw`\badd_option\([^()\n]{0,200}?\bdest${S}=${S}${NAME}[^()\n]{0,200}?\bdefault${S}=${S}${VALUE}`, 'dg'),
  // Helm and Jinja templates: {{ .Values.db.password | default "v" }}, {{ db_password | default('v') }},
  // and Helm's function form {{ default "v" .Values.db.password }}: where the value is unset, the literal ships.
  new RegExp(String.raw`\{\{-?${S}(?<bare>[.$]?[A-Za-z_][\w.]{0,100})${S}\|${S}default[ \t(]{1,3}${VALUE}`, 'dg'),
  new RegExp(String.raw`\{\{-?${S}default[ \t(]{1,3}${VALUE}${S}(?<bare>\.[A-Za-z_][\w.]{0,100})`, 'dg'),
];

/**
 * Spring's placeholders in application.properties / .yml: `${API_KEY:v}` (the property or
 * variable, else `v`), and in a `@Value("${jwt.secret:v}")` annotation of Java or Kotlin code.
 * Not elsewhere: in shell `${X:2}` is a substring.
 */
const SPRING_SHAPE = /\$\{(?<bare>[A-Za-z_][\w.-]{0,100}):(?![-=+?])(?<value>[^\s}'"$`\\{]{1,200})\}/dg;
const SPRING_CONFIG = /\.(?:properties|ya?ml)$/i;
// (Kotlin escapes the `$` of a string template: `@Value("\${jwt.secret:v}")`.)
const SPRING_VALUE = /@Value\([ \t]{0,3}(?:value[ \t]{0,3}=[ \t]{0,3})?"\\?\$\{(?<bare>[A-Za-z_][\w.-]{0,100}):(?![-=+?#])(?<value>[^\s}'"$`\\{]{1,200})\}"/dg;
const SPRING_CODE = /\.(?:java|kt)$/i;

/** Shapes tried only where their literal occurs: Lua's and Python's `os.getenv("X") or "v"`, Perl's `$ENV{X} || "v"`. */
const GATED_SHAPES: readonly [string | RegExp, RegExp][] = [
  // (Python's `os.environ.get("X") or "v"` too.)
  [' or ', new RegExp(String.raw`\b(?:os\.getenv|(?:os\.)?environ\.get)\(${S}${NAME}${S}\)${S}or${S}${VALUE}`, 'dg')],
  ['$ENV{', new RegExp(String.raw`\$ENV\{${S}(?:${NAME}|(?<bare>[A-Za-z_]\w{0,100}))${S}\}${S}(?:\|\||\/\/|or\b)${S}${VALUE}`, 'dg')],
  // Yesod's settings.yml: `password: "_env:PGPASS:v"` (the setting's key names it when the variable's name does not).
  // A setting read with a literal fallback: Groovy's and Kotlin's `cfg.password ?: '…'`, JavaScript's
  // `options.apiKey || '…'` and `?? '…'`: wherever the setting is missing, the literal is used.
  // (Gated on the operator and a quote: `||` alone is in most windows of code.)
  // (Kotlin's `BuildConfig.MQTT_PASSWORD.ifEmpty { "…" }` too.)
  [/(?:\?:|\?\?|\|\||\.if(?:Empty|Blank)\s{0,3}\{)\s{0,3}["'`]/, new RegExp(String.raw`(?<![\w$.])(?:[A-Za-z_$][\w$]{0,40}\??\.){1,4}(?<bare>[A-Za-z_]\w{0,100})${S}(?:\?:|\?\?|\|\||\.if(?:Empty|Blank)${S}\{)${S}${VALUE}`, 'dg')],
  // Rails' encrypted credentials with a literal fallback: `Rails.application.credentials.dig(:gorgias, :api_key) || "v"`,
  // `credentials[:api_key] || "v"` (an app without the credentials file, a CI run, uses the literal).
  ['credentials', new RegExp(String.raw`\bcredentials\.dig\(${S}(?::\w{1,60}${S},${S}){0,4}:(?<bare>\w{1,100})${S}\)${S}(?:\|\||or\b)${W}${VALUE}`, 'dg')],
  ['credentials', new RegExp(String.raw`\bcredentials\[${S}:(?<bare>\w{1,100})${S}\]${S}(?:\|\||or\b)${W}${VALUE}`, 'dg')],
  // Scala's Properties.envOrElse("X", "v"); Swift's ProcessInfo…environment["X"] ?? "v".
  ['envOrElse(', new RegExp(String.raw`\benvOrElse\(${S}${NAME}${S},${S}${VALUE}`, 'dg')],
  ['environment[', new RegExp(String.raw`\benvironment\[${S}${NAME}${S}\]${S}\?\?${S}${VALUE}`, 'dg')],
  ['_env:', /(?<key>[A-Za-z_][\w-]{0,60})["']?[ \t]{0,3}:[ \t]{0,3}(?<vq>["'])_env:(?<bare>[A-Za-z_]\w{0,100}):(?<value>[^'"\s]{1,200})\k<vq>/dg],
];

/** Any gate's first characters: one search rules out most windows before the gates' own. */
const MAY_BE_GATED = /\?[:?]|\|\||\bor\b|\$ENV\{|_env:|envOrElse\(|environment\[|\.if(?:Empty|Blank)/;

/** The shapes a file's kind can hold. */
function shapesFor(path: string): readonly RegExp[] {
  if (SPRING_CONFIG.test(path)) return [...SHAPES, SPRING_SHAPE];
  return SPRING_CODE.test(path) ? [...SHAPES, SPRING_VALUE] : SHAPES;
}

/** A host and port (`localhost:6379`), the default of a mis-named address setting. */
const HOST = /^[\w.-]{1,100}:\d{2,5}$/;

/**
 * Every shape contains `env` (any case), `${`, `$_SERVER`, `config(`, `getProperty`, `findProperty`, `hasProperty`, `{{`, `add_argument`, `add_option` or Airflow's `default_var`: one pass that
 * rules out most windows (those opened by `token` or `password` in ordinary code) before nine regexes run.
 */
const ANY_SHAPE = /env|\$\{|\$_server|config\(|getproperty|findproperty|hasproperty|\{\{|add_argument|add_option|infodictionarykey|default_var/i;

/**
 * A line that ends with a fallback operator (`||`, `??`, `?:`, `or`), its literal on the next line.
 * Read from the end: a regex anchored at the end is still tried at every offset of the line.
 */
function endsWithFallbackOperator(line: string): boolean {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\r')) end--;
  const last = line.slice(end - 2, end);
  return last === '||' || last === '??' || last === '?:' || (last === 'or' && !/\w/.test(line[end - 3] ?? ''));
}

/** The end of the line after the one ending at `end` (at most 400 characters on). */
/** The next line opens with a fallback operator. */
const NEXT_LINE_FALLBACK = /^\r?\n[ \t]{0,40}(?:\?\?|\|\||\?:|or[ \t])/;

/**
 * A line ending in an env read's opening parenthesis, or in the block that gives its default: Ruby's
 * `ENV.fetch("X") do`, Rust's `env::var("X").ok().unwrap_or_else(|| {`, Erlang's `case os:getenv("X") of`.
 */
const OPENED_READ = /(?:(?:getenv|environ\.get|environ\.setdefault|ENV\.fetch|get_env|getEnv|env)\(|ENV\.fetch\([^()\n]{1,120}\)[ \t]{1,4}do|os:getenv\([^()\n]{1,120}\)[ \t]{1,4}of|unwrap_or_else\([ \t]{0,2}\|_?\|[ \t]{0,2}\{)[ \t]*\r?$/;

function lineEndAfter(text: string, end: number): number {
  const next = text.indexOf('\n', end + 1);
  return next < 0 ? Math.min(text.length, end + 400) : Math.min(next, end + 400);
}

/**
 * Every shape holds its literal in quotes or inside `${…}`: a line with neither (most of those a
 * `token` opens in a compiler) needs no regex, unless its literal is on the next line.
 */
function mayHoldLiteral(line: string): boolean {
  return line.includes('"') || line.includes("'") || line.includes('`') || line.includes('${');
}

function findFallbacks(line: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  // (Or the next line opens with one: C#'s `GetEnvironmentVariable("X")⏎    ?? "v"`.)
  const wrapped = endsWithFallbackOperator(line) || NEXT_LINE_FALLBACK.test(ctx.text.slice(windowStart + line.length, windowStart + line.length + 60));
  // A call a formatter opened on its line, its arguments a line each (`os.environ.get(⏎    "X",⏎    "v",⏎)`).
  const opened = !wrapped && OPENED_READ.test(line);
  if (!wrapped && !opened && !mayHoldLiteral(line) && !line.includes('$env:')) return out;
  // A fallback on the next line (Elixir's `System.get_env("X") ||⏎      "v"`, a formatter's wrap): read that line too.
  const end = windowStart + line.length;
  const window = wrapped ? ctx.text.slice(windowStart, lineEndAfter(ctx.text, end))
    : opened ? ctx.text.slice(windowStart, lineEndAfter(ctx.text, lineEndAfter(ctx.text, end))) : line;
  const shapes = ANY_SHAPE.test(window) ? shapesFor(ctx.path ?? '') : [];
  // The gated shapes need an operator or a call of theirs: most windows (a `token` in a compiler) have none of them.
  const gated = MAY_BE_GATED.test(window) ? GATED_SHAPES.filter(([gate]) => (typeof gate === 'string' ? window.includes(gate) : gate.test(window))).map(([, shape]) => shape) : [];
  for (const shape of gated.length ? [...shapes, ...gated] : shapes) {
    shape.lastIndex = 0;
    for (let m = shape.exec(window); m; m = shape.exec(window)) {
      const found = fallbackOf(m.groups!, windowStart + m.indices!.groups!.value[0], ctx);
      if (found) out.push(found);
    }
  }
  // Read into a local, defaulted on a line below: C's `k = getenv("X"); return k ? k : "v";`,
  // Go's `if v == "" { v = "v" }`, Objective-C's `pw ?: @"v"`.
  // (Looked for only on a line that reads the environment: the local's regex is tried at every offset.)
  const local = ENV_READ_CALL.test(line) ? LOCAL_READ.exec(line) : null;
  if (local) {
    const after = ctx.text.slice(end, lineEndAfter(ctx.text, lineEndAfter(ctx.text, lineEndAfter(ctx.text, end))));
    const defaulted = defaultOfLocal(local.groups!.local).exec(after);
    const found = defaulted && fallbackOf({ ...defaulted.groups!, name: local.groups!.name ?? local.groups!.envName }, end + defaulted.indices!.groups!.value[0], ctx);
    if (found) out.push(found);
  }
  return out;
}

/** The finding for a literal default `g.value` of the variable `g.name` (or `g.bare`), if the name says secret and the value is one. */
function fallbackOf(g: Record<string, string>, start: number, ctx: RuleContext): RawMatch | undefined {
  // A constant holding the variable's name says so: `ADMIN_PASSWORD_ENV` names ADMIN_PASSWORD.
  const name = g.name ?? g.bare.replace(/(?<=.)_(?:ENV|ENV_VAR|VAR)$/, '');
  // `config:DB_PASSWORD` → DB_PASSWORD; Spring's `app.api.key` → api_key.
  // (Spring binds `signing-key` as `signingKey`: a dash joins words as `_` does.)
  const tail = meaningfulTail(name.split(':').pop()!.replace(/-/g, '_'));
  const variable = !namesASecret(tail) && g.key ? meaningfulTail(g.key.replace(/-/g, '_')) : tail;
  // (A `<word>_KEY` no list knows counts with a value that is plainly a key, as the generic rule judges it: `APPLOVIN_REPORT_KEY`.)
  const otherKey = !namesASecret(variable) && isOtherKeyName(variable);
  if ((!otherKey && !namesASecret(variable)) || HOST.test(g.value) || !acceptValue(variable, g.value, true, ctx, otherKey)) return undefined;
  // A browser's analytics key read from a public variable (`NEXT_PUBLIC_SEGMENT_WRITE_KEY ?? "…"`): it ships to every visitor.
  if (clientPrefixOf(name) && /(?:^|_)segment_write_key$/i.test(name)) return undefined;
  return {
    start, end: start + g.value.length, value: g.value, assignedName: variable,
    title: isPasswordName(variable) ? 'Hardcoded fallback password' : 'Hardcoded fallback secret',
    detail: `default of ${variable} when the variable is unset`,
  };
}

/** The env reads LOCAL_READ knows, as literals: one cheap pass rules out most lines. */
const ENV_READ_CALL = /getenv|Getenv|GetEnvironmentVariable|environment\]\[|LookupEnv|environ|ENV\[|\$env:/;

/** A local set from an env read: `k = getenv("X")`, `pw = […] environment][@"X"]`, `v := os.Getenv("X")`. */
// (PowerShell's `$pw = $env:X` names its variable bare; R assigns with `<-`.)
const LOCAL_READ = new RegExp(String.raw`(?<local>[A-Za-z_]\w{0,40})[ \t]*(?::?=|<-)[ \t]*[^;\n]{0,80}?(?:(?:getenv|Getenv|GetEnvironmentVariable|environment\]\[|LookupEnv|environ\.get|environ\[|ENV\[)[ \t]*\(?[ \t]*@?${NAME}|\$env:(?<envName>\w{1,100}))`, 'd');

/** The local defaulted to a literal: a ternary, an Elvis or `||`/`??`/`or`, an `if` that sets it when empty. */
function defaultOfLocal(local: string): RegExp {
  const v = local; // an identifier: nothing to escape
  return new RegExp(String.raw`(?:\b${v}[ \t]*\?[ \t]*${v}[ \t]*:|\b${v}[ \t]*(?:\?:|\?\?|\|\||\bor\b)`
    // (`if (-not $pw) { $pw = "v" }` in PowerShell, `if (identical(k, "")) k <- "v"` in R.)
    + String.raw`|\bif[ \t]*\(?[ \t]*(?:!|not[ \t]+|-not[ \t]+|identical\()?\$?${v}\b[^\n]{0,40}\r?\n?[ \t]{0,40}\{?[ \t]*\$?${v}[ \t]*(?:=|<-))[ \t]*@?${VALUE}`, 'd');
}

export const envFallbackRules: Rule[] = [{
  id: 'env-fallback-secret', provider: 'Generic', title: 'Hardcoded fallback secret',
  // `${X:-v}` has no call name to look for: its secret-named variables are.
  keywords: ['getenv', '$env:', 'environ.get', 'environ.setdefault', 'env.fetch', 'env[', 'env(', 'process.env', 'getenvironmentvariable',
    'password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'add_argument(', 'add_option(', 'sys.getenv(', '@value("${', '@value("\\${',
    'fromenvironment(', 'forinfodictionarykey', 'get(env,', 'default_var',
    // `${JWT_SIGNING_KEY:…}` (Spring), `${DD_APP_KEY:-…}`, `${MYSQL_PASS:-…}` and `${X-…}` (shells): a key's or a password's name with its default.
    '_key:', '_key-', '_pass:', '_pass-', '_pwd:', '_pwd-', 'env_var_or_default('],
  find: findFallbacks,
  skipPlaceholderCheck: true, // acceptValue runs the shared filters itself
  confidence: 'generic', severity: 'warning',
  envVar: 'SECRET',
  docsUrl: 'https://12factor.net/config',
  description: 'A literal default for an environment variable named like a secret (os.getenv("DB_PASSWORD", "…"), process.env.API_KEY || "…", Lua `os.getenv(…) or`, Perl `$ENV{…} ||`, ENV.fetch, env(), config(…, default=…), Go getEnv helpers, System.getProperty defaults, just\'s env_var_or_default, ${VAR:-…}, Spring ${name:…} in properties, YAML and @Value): wherever the variable is unset, the literal is the secret.',
}];
