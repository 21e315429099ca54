/**
 * The shape of a language record (see `records.ts`, one record per language) and how a file
 * is mapped to its record. Everything the engine knows about a language lives in its record:
 * names and extensions, comment and string syntax (with interpolation), how code reads and
 * writes an environment variable, its output calls and how to mask a logged value.
 */

/** Line and block comment markers written by a fix (ignore comments). */
export type CommentStyle = { line?: string; block?: [string, string] };

/** Lexical syntax: what the tokenizer (`tokens.ts`) needs to tell code, comments and strings apart. */
export interface Syntax {
  line?: string[];
  block?: [string, string][];
  /** String delimiters, longest first. */
  quotes: string[];
  /** Delimiters inside which a backslash does not escape. */
  rawQuotes?: string[];
  /** Delimiters whose literals may span lines. */
  multiLine?: string[];
  /** Characters allowed right before a quote as a string prefix (`r`, `b`, `f`, `@`, `$`). */
  prefix?: RegExp;
  /** Line comments start only at the line start or after whitespace (shell, YAML). */
  commentNeedsSpace?: boolean;
  /** Characters right before a quote that make it no string delimiter (Ruby's `$"` global, `?'` character). */
  quoteNotAfter?: string;
  /**
   * Interpolations in string literals, which may hold code with strings of their own
   * (`"#{ok ? "a" : "b"}"`): the literal does not end at a quote inside one.
   */
  interpolations?: { open: string; close: string; in: string[] }[];
  /**
   * A heredoc's opener, matched where it starts (a sticky regex); its second group is the word
   * that ends it alone on a later line. The literal is the lines between (Ruby's `<<~SQL`, shell's
   * `<<'EOF'`, PHP's `<<<EOT`).
   */
  heredoc?: RegExp;
  /** A line ending in this character goes on on the next, that line's leading blanks dropped (`.properties`' `\\`). */
  lineContinuation?: string;
}

/** How an interpolation inside a string literal is written. */
export type Interpolation = 'dollarBrace' | 'brace' | 'hashBrace' | 'php' | 'kotlin' | 'shell' | 'swift';

/** How a string literal ends and what it interpolates. */
export interface StringKind {
  /** Characters of the opening delimiter, prefix included (`f"`, `$@"`, `"""`). */
  open: number;
  close: string;
  escapes: boolean;
  multiline: boolean;
  interp?: Interpolation;
}

/** Reading and writing environment variables. */
export interface EnvFacts {
  /** Code reading one variable; the first defined group is its name (global regexes). */
  reads?: readonly RegExp[];
  /** The whole environment as one value (a global regex). */
  dump?: RegExp;
  /** Substrings that make a configured value a reference to the environment, not a secret. */
  referenceMarkers?: readonly string[];
  /** A client-inlined variable read ends right before its name (`process.env.`, `import.meta.env[`). */
  readBefore?: RegExp;
  /** The expression reading `name`, replacing a whole literal (quotes included). */
  lookup?(name: string, opts?: { cppStd?: boolean }): string;
  /** How to read `name` from inside a string literal opened by `delimiter`, when it can. */
  interpolate?(name: string, delimiter: string): string | undefined;
  /** Joins string parts and an expression (`"Bearer " + process.env.X`). */
  concat?(parts: string[]): string | undefined;
  /** The lookup contains a low-precedence operator (Swift's `??`). */
  lookupNeedsParens?: boolean;
  /** The fix replaces a whole literal by an expression (code), rather than interpolating in text (config). */
  rewritesLiteral?: boolean;
  /** What to print instead of the whole environment: its names. */
  namesOnly?(expression: string): string | undefined;
}

/**
 * The language's output API and masking, for the `secret-logged` check. Patterns are tested
 * against a callee chain written with dots, `$`/`@` sigils dropped (`System.out.println`,
 * `fmt.Errorf`, `this.logger.info`). What all languages share lives in `checks/logSinks.ts`:
 * loggers by convention (`log`, `logger`, `_logger`), their level methods (`info`, `warn`)
 * and exception classes (`…Error(`, `…Exception(`).
 */
export interface OutputFacts {
  /** Objects whose level methods write output (`console`, `logging`, `System.out`, `sys.stderr`): the owner chain. */
  loggers?: RegExp;
  /** Whole callee chains that print or log (`print`, `fmt.Println`, `error_log`). */
  logCalls?: RegExp;
  /** Whole callee chains that send an HTTP response body (`jsonify`, `res.json`, `Ok`). */
  responseCalls?: RegExp;
  /** Response calls count only in a file that serves HTTP (Go's `w.Write` writes files and sockets too). */
  responsesNeedServer?: boolean;
  /** Whole callee chains that build an error message, beyond exception classes (`fmt.Errorf`, `panic`). */
  errorCalls?: RegExp;
  /**
   * Declarations that bind a logger to a name, from the file's imports and factories
   * (`log = logging.getLogger(…)`, `ILogger<T> _logger`, `import logging as L`): a global
   * `pattern` whose first defined group is the name, read on the lines holding one of the
   * literals `near` (so a file without them costs one substring search each). The name's
   * methods then log like `logger`'s.
   */
  loggerBinding?: { near: readonly string[]; pattern: RegExp };
  /**
   * What hands a logged value on whole, so the secret still reaches the output: `calls` that
   * format, serialise, wrap or convert their argument (`str`, `JSON.stringify`, `fmt.Sprintf`;
   * the last part of the callee), and `members` that convert it in place (`apiKey.toString()`,
   * `token.strip()`). Any other call or member (`len`, `mask`, `.length`, `.slice`) derives a
   * new value that does not reveal the secret.
   */
  keepsValue?: { calls?: RegExp; members?: RegExp };
  /**
   * Format verbs that print an argument's type, not its value (Go's `%T`): a secret given to
   * `fmt.Errorf("unsupported key %T", cert.PrivateKey)` is not written out.
   */
  typeOnlyVerbs?: string;
  /** Output statements written without parentheses (`puts x`, `echo $x`). */
  parenless?: RegExp;
  /** `throw x` / `raise x` without parentheses throws a message (Ruby, JS). */
  throwStatement?: boolean;
  /** An expression naming the working directory, not a password (`$PWD`, Ruby's `Dir.pwd`). */
  workingDirectory?: RegExp;
  /** The file serves HTTP: a `return` there may be a response body. */
  servesHttp?: RegExp;
  /** What to print instead of a secret-bearing expression: whether it is set. */
  mask(expression: string, context: { quote?: string }): string | undefined;
}

/**
 * How a language binds a name to a value beyond the forms every syntax shares (`=`, `:`, `:=`,
 * `=>`, XML elements, `--flag value`), which the shared reader (`assignment.ts`) knows itself.
 */
export interface AssignmentFacts {
  /**
   * The text before a name, on its line, that declares the name with its value after a space:
   * `#define API_KEY "…"` (C), `ENV API_KEY …` (Dockerfile), `set -x API_KEY …` (fish),
   * `(def api-key "…")` (Lisps), `@api_key "…"` (Elixir module attributes).
   */
  declaresBefore?: RegExp;
  /** Assignment operators beyond the shared ones: R's `<-` and `<<-`, a Lisp's dotted pair (`.`). */
  operators?: readonly string[];
  /** The text before a name, on its line, of a form whose next argument is the name's value: Erlang's `-define(API_KEY, "…")`. */
  definesBefore?: RegExp;
  /** Tables whose rows pair a name's cell with its value's cell: Markdown's `| API_TOKEN | … |`. */
  tableCells?: boolean;
  /** Fields given their value by an annotation before them: Spring's `@Value("…") String apiToken;`. */
  annotatedFields?: boolean;
  /**
   * What joins two string literals into one value: `+` (Java, JavaScript), `.` (PHP, Perl), `..`
   * (Lua), `&` (Visual Basic), and `''` for literals side by side (C, Python, Ruby). A key split
   * across pieces (`"sk-" + "…"`) is read whole.
   */
  joins?: readonly string[];
  /** A `$` in a value is a character, never an interpolation (systemd's `Environment=`). */
  literalDollar?: boolean;
  /** Braces quote a string, without substitution: Tcl's `set api_token {…}`. */
  braceStrings?: boolean;
  /** A bare word is a string (Tcl's `password Axu6…` in an `array set` list), unless it substitutes (`$`, `[`). */
  bareWordStrings?: boolean;
}

export interface Language {
  /** The engine's name for the language (a `LanguageKind` when it has env facts). */
  id: string;
  /** VS Code language ids that select it. */
  vscodeIds?: readonly string[];
  /** Lower-case file extensions that select it. */
  extensions?: readonly string[];
  /** Lower-case base names that select it whatever their extension (`dockerfile`, `.bashrc`). */
  fileNames?: RegExp;
  /** Workspace paths that name a file's language where its base name cannot (OpenWRT's `/etc/config/network`). */
  filePaths?: RegExp;
  /** Workspace paths that refine a config format to its consumer (workflows, Compose, Spring). */
  refinesPath?: RegExp;
  /** The file name decides over the language id for the fixes (`Dockerfile.prod` opened as plain text). */
  nameDecides?: boolean;
  /** The extension decides over the language id (a `.tfvars` file opened as `terraform`). */
  extensionDecides?: boolean;
  /** Its code is another language's (the scripts of `.vue` and `.svelte` files are JS). */
  codeAs?: string;
  /** Comment markers for an ignore comment; absent: C-style `//`. */
  comment?: CommentStyle;
  /** Lexical syntax for the tokenizer. */
  syntax?: Syntax;
  /** The string literal starting at the quote at `i`, with its interpolation kind. */
  stringAt?(text: string, i: number): StringKind | undefined;
  env?: EnvFacts;
  /** With no env facts: why the code cannot read the environment, and what to do instead (a fix's refusal). */
  noEnv?: string;
  output?: OutputFacts;
  assignment?: AssignmentFacts;
}

/** Base name of a path, lower-case, with forward slashes. */
export function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
}

/** The path without the suffixes that keep a format (`roles/x/config.yml.j2` → `roles/x/config.yml`). */
export function withoutFormatSuffixes(path: string): string {
  // Emacs saves `#settings.py#` beside the file as it is edited; `settings.py~` is its backup.
  let out = path.replace(/(^|\/)#([^/#]+)#$/, '$1$2').replace(/(?<=[^/~])~$/, '');
  for (let m = FORMAT_SUFFIX.exec(out); m; m = FORMAT_SUFFIX.exec(out)) out = out.slice(0, m.index);
  return out;
}

/**
 * A suffix that keeps a file's format, after a name and an extension of its own: templates,
 * backups, editors' swap files and samples of the file (`config.yml.j2`, `values.yaml.tpl`, `settings.py.bak`, `database.yml~`,
 * `policy.yaml.example`; not `.env.example`, whose `.env` is a name). The extension before it decides.
 */
const FORMAT_SUFFIX = /(?<=[^/\\.][^/\\]*\.[^/\\.]+)(?:\.(?:bak|orig|old|save|backup|tmp|swp|swo|j2|jinja2?|tpl|tmpl|template|gotmpl|erb|dist|sample|example|default|in|local|dpkg-(?:old|dist|new|bak)|rpm(?:save|new|orig)|ucf-(?:old|dist)))$/i;

export function extensionOf(path: string): string {
  const base = baseName(withoutFormatSuffixes(path));
  return base.includes('.') ? base.split('.').pop()! : '';
}
