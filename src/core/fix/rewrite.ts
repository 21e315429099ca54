/**
 * The source half of a fix: replacing the secret literal with an environment lookup, plus
 * whatever the file then needs (an import, a Terraform variable, a Dockerfile ARG, a
 * `const` that can no longer be one). Shared by the `.env` and secret-manager plans.
 */

import { cIncludeStdlib, dartImportIo, goImportOs, pythonImportOs, swiftImportFoundation } from './imports';
import {
  concatenation, interpolation, isCodeKind, type LanguageKind, lookupExpression, lookupNeedsParens, terraformVarName,
} from './languages';
import { braceDepth, literalAround, SYNTAX, type StringLiteral } from './lexer';
import { enclosingTag, lineEnd, lineStart, withLineEndingsOf } from './edits';
import type { FileEdit, TextEdit } from './types';
import { valueSpan, type ValueSpan } from './valueSpan';
import { languageOfExtension } from '../lang/languages';

export interface RewriteInput {
  sourceText: string;
  languageId: string;
  path: string;
  secretStart: number;
  secretEnd: number;
  terraformVariablesText?: string;
}

export interface SourceRewrite {
  edits: TextEdit[];
  /** Edits to other files (Terraform `variables.tf`). */
  otherFiles: FileEdit[];
  notes: string[];
  unsafeReason?: string;
}

const unsafe = (reason: string): SourceRewrite => ({ edits: [], otherFiles: [], notes: [], unsafeReason: reason });

export const JSON_REASON = 'JSON has no way to read environment variables; use a secret reference your tooling resolves ' +
  '(or generate this file at build time), or add the finding to the baseline.';

export const ENV_FILE_REASON = 'The secret is already in an env file: keep the file out of git, and rotate the key if it was ever committed.';

/** Plans the source edits reading `envName` instead of the literal at `[secretStart, secretEnd)`. */
export function planSourceRewrite(given: RewriteInput, kind: LanguageKind | undefined, envName: string): SourceRewrite {
  if (!kind) {
    if (given.languageId === 'dotenv' || /(?:^|[/\\])\.env(?:\.[\w.-]+)?$/.test(given.path)) return unsafe(ENV_FILE_REASON);
    const noEnv = languageOfExtension(given.path)?.noEnv;
    if (noEnv) return unsafe(noEnv);
    return unsafe(/\.json[c5]?$/i.test(given.path) || /^json/.test(given.languageId) ? JSON_REASON
      : `No known way to read environment variables in ${given.languageId || given.path}; add the finding to the baseline or move the value by hand.`);
  }
  if (inHeredoc(given.sourceText, given.secretStart)) {
    return unsafe('The secret is the body of a heredoc: a heredoc keeps quotes as text and, with a quoted marker, expands nothing. Replace the heredoc with the variable by hand.');
  }
  if (inTemplateExpression(given.sourceText, given.secretStart)) {
    return unsafe('The secret is a string inside a template expression (${{ … }}, <%= … %>, {{ … }}), where an env reference would stay text. Replace the whole expression by hand (${{ secrets.NAME }}, <%= ENV["NAME"] %>).');
  }
  // Replace exactly the value the file's reader sees (see valueSpan), never a cut-off part of it.
  const span = valueSpan(given.sourceText, kind, given.secretStart, given.secretEnd, given.path);
  if ('reason' in span) return unsafe(span.reason);
  const input = { ...given, secretStart: span.start, secretEnd: span.end };
  if (kind === 'tfvars') return tfvarsRewrite(input, envName);
  if (kind === 'terraform' && isVariableDefault(input.sourceText, input.secretStart)) {
    return unsafe('A Terraform variable\'s default cannot read the environment: delete the `default` line, mark the variable `sensitive = true`, and set TF_VAR_<name> in the environment.');
  }
  if (kind === 'js' && isComponentFile(input) && enclosingTag(input.sourceText, input.secretStart) !== 'script') {
    return unsafe('Only secrets inside <script> can read environment variables; move this value into the script (server side).');
  }
  const main = isCodeKind(kind) ? replaceInCode(input, kind, envName) : replaceInConfig(input, kind, envName, span);
  if ('unsafeReason' in main) return unsafe(main.unsafeReason);
  const out: SourceRewrite = { edits: [], otherFiles: [], notes: [] };
  addLanguageExtras(statementOf(input, kind), kind, envName, out);
  if (out.unsafeReason) return unsafe(out.unsafeReason);
  // Inserted lines follow the file's line endings; the replacement keeps the original text's.
  out.edits = out.edits.map(e => ({ ...e, newText: withLineEndingsOf(input.sourceText, e.newText) }));
  out.edits.push(main);
  out.edits = mergeInsertions(out.edits);
  return out;
}

/**
 * The line before the secret's opens a heredoc or a here-string: `<<EOF`, `<<~eos`, `<<<EOT`,
 * `<<-'EOT'`, `@"`. A plain `<<` needs an upper-case or quoted marker: `list << item` (Ruby) and
 * `cout << endl` (C++) are operators.
 */
function inHeredoc(text: string, at: number): boolean {
  const start = lineStart(text, at);
  if (start === 0) return false;
  const previous = text.slice(lineStart(text, start - 1), start - 1);
  return /(?:<<<?(?:[-~][ \t]?["']?[A-Za-z_]\w{0,19}["']?|[ \t]?(["']?)[A-Z_][A-Z0-9_]{0,19}\1|[ \t]?(["'])[A-Za-z_]\w{0,19}\2)|@["'])[ \t]*\r?$/.test(previous);
}

/** The secret's string literal opens right after a template expression's opener: `${{ "…" }}`, `<%= "…" %>`, `{{ "…" | b64enc }}`. */
function inTemplateExpression(text: string, at: number): boolean {
  return /(?:\$\{\{|<%=?|\{\{-?)[ \t]{0,3}["']$/.test(text.slice(Math.max(lineStart(text, at), at - 12), at));
}

/**
 * The input anchored where the literal holding the secret starts, when that is on an earlier
 * line: the declaration's keyword is there (`const cfg = \`⏎api_token: …`), not on the secret's line.
 */
function statementOf(input: RewriteInput, kind: LanguageKind): RewriteInput {
  const syntax = SYNTAX[kind];
  const literal = syntax ? literalAround(input.sourceText, input.secretStart, input.secretEnd, syntax) : undefined;
  if (!literal || lineStart(input.sourceText, literal.start) === lineStart(input.sourceText, input.secretStart)) return input;
  return { ...input, secretStart: literal.start };
}

/**
 * Sorts edits and folds an insertion into the edit starting at the same offset
 * (`#include` at 0 + `constexpr`→`const` at 0): editors disagree on the order of such pairs.
 */
function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.start === prev.end && prev.end === e.start) out[out.length - 1] = { start: prev.start, end: e.end, newText: prev.newText + e.newText };
    else out.push(e);
  }
  return out;
}

type Replacement = TextEdit | { unsafeReason: string };

function replaceInCode(input: RewriteInput, kind: LanguageKind, envName: string): Replacement {
  const { sourceText: text, secretStart: s, secretEnd: e } = input;
  const lit = literalAround(text, s, e, SYNTAX[kind]);
  if (!lit) return { unsafeReason: 'The secret is not inside a string literal here (a comment or unusual syntax?); edit it by hand.' };
  if (kind === 'rust' && (lit.prefix.includes('b') || text[lit.start - 1] === '#')) {
    return { unsafeReason: 'Rust byte strings and r#"…"# raw strings cannot be replaced by an env lookup automatically.' };
  }
  if (kind === 'rust' && /\b(?!vec!)\w+!\s*[([{]\s*$|\b(?:write|writeln)!\s*\([^,()]*,\s*$/.test(text.slice(Math.max(0, lit.start - 60), lit.start))) {
    return { unsafeReason: 'The secret is a Rust macro\'s format string, which must stay a literal; pass the value as an argument by hand.' };
  }
  let expr = codeExpression(input, kind, envName, lit);
  if (lit.contentStart === s && lit.contentEnd === e) {
    // A member read off the literal (`Data("…".utf8)` in Swift) must apply to the whole lookup, not to its `?? ""`.
    const member = /^[ \t]*(?:\??\.|\[)/.test(text.slice(lit.end, lit.end + 8));
    return { start: lit.start, end: lit.end, newText: member && lookupNeedsParens(kind) ? `(${expr})` : expr };
  }
  const inner = interpolation(kind, envName, lit.delimiter);
  if (inner) return { start: s, end: e, newText: inner };
  if (kind === 'python' && /f/i.test(lit.prefix)) return { start: s, end: e, newText: pythonPlaceholder(envName, lit.delimiter) };
  // A plain Python string holding the secret becomes an f-string (its braces doubled), as a
  // person would write it; bytes and u-strings cannot be f-strings, and braces of a `\N{…}`
  // escape cannot be doubled: those are concatenated.
  if (kind === 'python' && /^[rR]?$/.test(lit.prefix) && !/\\N\{/.test(text.slice(lit.contentStart, lit.contentEnd))) {
    const literal = (part: string) => part.replace(/[{}]/g, '$&$&');
    return { start: lit.start, end: lit.end, newText: `f${lit.prefix}${lit.delimiter}${literal(text.slice(lit.contentStart, s))}` +
      `${pythonPlaceholder(envName, lit.delimiter)}${literal(text.slice(e, lit.contentEnd))}${lit.delimiter}` };
  }
  if (kind === 'rust') return rustFormat(text, lit, s, e, expr);
  if (lookupNeedsParens(kind)) expr = `(${expr})`;
  const open = lit.prefix + lit.delimiter;
  const parts = [text.slice(lit.contentStart, s), expr, text.slice(e, lit.contentEnd)];
  const joined = concatenation(kind, parts.map((p, i) => (i === 1 ? p : p ? open + p + lit.delimiter : '')).filter(Boolean));
  if (!joined) return { unsafeReason: 'The secret is only part of a longer string; this language needs the split done by hand.' };
  return { start: lit.start, end: lit.end, newText: standsAlone(text, lit) ? joined : `(${joined})` };
}

/**
 * Inside a Python f-string the lookup is a placeholder: `f"x-api-key: {os.environ['KEY']}"`.
 * The key is quoted with the other quote kind, which every Python 3 version accepts.
 */
function pythonPlaceholder(envName: string, delimiter: string): string {
  const q = delimiter.startsWith('"') ? "'" : '"';
  return `{os.environ[${q}${envName}${q}]}`;
}

/** True when a literal at this place can become a `+` expression without parentheses. */
function standsAlone(text: string, lit: StringLiteral): boolean {
  const before = text.slice(Math.max(0, lit.start - 40), lit.start).trimEnd();
  const after = text.slice(lit.end, lit.end + 10).trimStart();
  return /(?:[=(,:[{]|=>|\breturn)$/.test(before) && /^(?:[;,)\]}]|$)/.test(after);
}

/** The whole-literal expression, adapted to what the literal's context expects. */
function codeExpression(input: RewriteInput, kind: LanguageKind, envName: string, lit: StringLiteral): string {
  const text = input.sourceText;
  const linePrefix = text.slice(lineStart(text, lit.start), lit.start);
  switch (kind) {
    case 'python':
      return lookupExpression(kind, envName) + (/b/i.test(lit.prefix) ? '.encode()' : '');
    case 'rust':
      return rustExpression(text, lit, envName, linePrefix);
    case 'js':
      // The literal was a `string`; `process.env.X` is `string | undefined`, which strict
      // TypeScript rejects wherever a string is required (typed consts, SDK constructors).
      return lookupExpression(kind, envName) + (isTypeScript(input) ? '!' : '');
    case 'csharp':
      return (/^[ \t]*using[ \t]+System[ \t]*;/m.test(text) ? '' : 'System.') + lookupExpression(kind, envName);
    case 'cpp':
      return lookupExpression(kind, envName, { std: !/#[ \t]*include[ \t]*<stdlib\.h>/.test(text) });
    default:
      return lookupExpression(kind, envName);
  }
}

function isComponentFile(input: RewriteInput): boolean {
  return /^(?:vue|svelte)$/.test(input.languageId) || /\.(?:vue|svelte)$/i.test(input.path);
}

function isTypeScript(input: RewriteInput): boolean {
  return /^typescript/.test(input.languageId) || /\.(?:ts|tsx|mts|cts)$/i.test(input.path);
}

/**
 * Rust's heuristic: a literal is a `&'static str`. `std::env::var(..).expect(..)` is a
 * `String`, so it is used as is where the code turns the literal into a `String` anyway
 * (`"…".to_string()`, `.to_owned()`, `.into()`, `String::from("…")`), and borrowed
 * (`&std::env::var(..)…`, which derefs to `&str`) everywhere else. `const`/`static` items
 * cannot call functions: they get `env!("NAME")`, read at compile time.
 */
function rustExpression(text: string, lit: StringLiteral, envName: string, linePrefix: string): string {
  if (/\b(?:const|static)\s+(?:mut\s+)?\w+\s*:\s*&\s*(?:'static\s+)?str\s*=\s*$/.test(linePrefix)) return `env!("${envName}")`;
  const after = text.slice(lit.end, lit.end + 20);
  const before = text.slice(Math.max(0, lit.start - 20), lit.start);
  const owned = /^\s*\.\s*(?:to_string|to_owned|into)\s*\(/.test(after) || /String::from\(\s*$/.test(before);
  return (owned ? '' : '&') + lookupExpression('rust', envName);
}

/** Rust: a partial literal becomes `format!("before{}after", lookup)`, borrowed like a literal would be. */
function rustFormat(text: string, lit: StringLiteral, s: number, e: number, expr: string): TextEdit {
  const escape = (part: string) => part.replace(/[{}]/g, '$&$&');
  const borrowed = expr.startsWith('&');
  const lookup = borrowed ? expr.slice(1) : expr;
  const format = `format!(${lit.prefix}${lit.delimiter}${escape(text.slice(lit.contentStart, s))}{}${escape(text.slice(e, lit.contentEnd))}${lit.delimiter}, ${lookup})`;
  return { start: lit.start, end: lit.end, newText: (borrowed ? '&' : '') + format };
}

function replaceInConfig(input: RewriteInput, kind: LanguageKind, envName: string, span: ValueSpan): Replacement {
  const { sourceText: text, secretStart: s, secretEnd: e } = input;
  if (kind === 'shell' || kind === 'powershell' || kind === 'dockerfile' || kind === 'terraform') {
    const lit = literalAround(text, s, e, SYNTAX[kind]);
    if (!lit) return { start: s, end: e, newText: kind === 'terraform' ? interpolation(kind, envName, '"')! : lookupExpression(kind, envName) };
    const exact = lit.contentStart === s && lit.contentEnd === e;
    if (exact && !(kind === 'dockerfile' && lit.delimiter === '"')) return { start: lit.start, end: lit.end, newText: lookupExpression(kind, envName) };
    const inner = interpolation(kind, envName, lit.delimiter);
    return inner ? { start: s, end: e, newText: inner } : { unsafeReason: 'The secret sits in a single-quoted string that cannot expand variables; edit it by hand.' };
  }
  // YAML and properties: keep any quotes, replace the value text only.
  const inner = interpolation(kind, envName, '"')!;
  // In a YAML flow collection (`{key: value}`, `[a, b]`), `{`/`}` end a plain scalar: the
  // whole scalar becomes a double-quoted one, its other text escaped.
  if (span.flow && span.style === 'plain') {
    const quote = (raw: string) => raw.replace(/[\\"]/g, '\\$&');
    return { start: span.scalarStart, end: span.scalarEnd, newText: `"${quote(text.slice(span.scalarStart, s))}${inner}${quote(text.slice(e, span.scalarEnd))}"` };
  }
  // Spring's `${DB_PASSWORD:<secret>}` whose variable is the one the fix sets: the default
  // goes and the placeholder stays, `${DB_PASSWORD}` (not `${DB_PASSWORD:${DB_PASSWORD}}`).
  const placeholder = /\$\{([A-Za-z_][\w.-]{0,100}):$/.exec(text.slice(Math.max(0, s - 110), s));
  if (placeholder && placeholder[1] === envName && text[e] === '}' && !span.flow) return { start: s - placeholder[0].length, end: e + 1, newText: inner };
  return { start: s, end: e, newText: inner };
}

/**
 * The variable a `.tfvars` line assigns when the secret is its whole quoted value
 * (`openai_api_key = "…"`): Terraform also reads it from `TF_VAR_<name>`.
 */
export function tfvarsVariable(text: string, start: number, end: number): string | undefined {
  const lit = literalAround(text, start, end, SYNTAX.terraform);
  if (!lit || lit.contentStart !== start || lit.contentEnd !== end) return undefined;
  const before = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*$/.exec(text.slice(lineStart(text, lit.start), lit.start));
  const after = text.slice(lit.end, lineEnd(text, lit.end));
  return before && /^[ \t]*(?:(?:#|\/\/).*)?\r?$/.test(after) ? before[1] : undefined;
}

/** The value is the `default = "…"` of a `variable "…" {` block (no closing brace between them). */
function isVariableDefault(text: string, at: number): boolean {
  if (!/^[ \t]*default[ \t]*=[ \t]*"$/.test(text.slice(lineStart(text, at), at))) return false;
  const before = text.slice(Math.max(0, at - 2000), at);
  const open = before.search(/variable[ \t]+"[^"\n]{1,100}"[ \t]*\{[^{}]*$/);
  return open !== -1;
}

/** `.tfvars`: the assignment line goes away; `TF_VAR_<name>` in the environment replaces it. */
function tfvarsRewrite(input: RewriteInput, envName: string): SourceRewrite {
  const text = input.sourceText;
  if (!tfvarsVariable(text, input.secretStart, input.secretEnd)) {
    return unsafe('Only a whole `name = "value"` line of a .tfvars file can move to the environment.');
  }
  const start = lineStart(text, input.secretStart);
  const end = Math.min(text.length, lineEnd(text, input.secretStart) + 1);
  return {
    edits: [{ start, end, newText: '' }], otherFiles: [],
    notes: [`Terraform reads ${envName} from the environment instead of the removed .tfvars line: load .env into your shell (or CI) before \`terraform plan\`.`],
  };
}

/** Imports, declarations and notes the rewritten file needs. */
function addLanguageExtras(input: RewriteInput, kind: LanguageKind, envName: string, out: SourceRewrite): void {
  const text = input.sourceText;
  const add = (edit: TextEdit | undefined) => edit && out.edits.push(edit);
  switch (kind) {
    case 'python': add(pythonImportOs(text)); break;
    case 'go': add(goImportOs(text)); goConst(input, out); break;
    case 'c': add(cIncludeStdlib(text, 'stdlib.h')); cArray(input, out, 'c'); out.notes.push('getenv returns NULL when the variable is unset: check it before use.'); break;
    case 'cpp': add(cIncludeStdlib(text, 'cstdlib')); cArray(input, out, 'cpp'); cppConstexpr(input, out); out.notes.push('getenv returns nullptr when the variable is unset: check it before use.'); break;
    case 'swift': add(swiftImportFoundation(text)); break;
    case 'dart': add(dartImportIo(text)); dartConst(input, out); out.notes.push('Platform.environment is not available in Flutter web builds; pass the value with --dart-define there.'); break;
    case 'kotlin': keyword(input, out, /\bconst\s+(?=val\b)/, ''); annotationArgument(input, out); break;
    case 'java': case 'scala': annotationArgument(input, out); break;
    case 'csharp': keyword(input, out, /\bconst(?=\s)/, 'static readonly'); break;
    case 'elixir':
      if (/^[ \t]*@\w+[ \t]+$/.test(linePrefixOf(input))) out.notes.push('Module attributes are evaluated at compile time; read the variable in a function or in config/runtime.exs.');
      break;
    case 'js':
      if (isComponentFile(input) || /\.(?:jsx|tsx)$/i.test(input.path)) {
        out.notes.push('Front-end bundles only expose prefixed variables (VITE_, PUBLIC_, NEXT_PUBLIC_) and ship them to every visitor: keep the secret in server-side code.');
      }
      break;
    case 'shell': out.notes.push(`The script now needs ${envName} in its environment, e.g. \`set -a; . ./.env; set +a\` before running it.`); break;
    case 'dockerfile': dockerArg(input, envName, out); break;
    case 'terraform': terraformVariable(input, envName, out); break;
    case 'compose': out.notes.push('Docker Compose reads .env next to the compose file and substitutes ${…} on its own.'); break;
    case 'spring': out.notes.push('Spring resolves ${…} placeholders from environment variables.'); break;
    case 'npmrc': out.notes.push(`npm expands \${${envName}} in .npmrc from the environment (it does not read .env): export it in your shell or CI.`); break;
    case 'yaml':
      kubernetesManifest(input, envName, out);
      out.notes.push('${…} only works if the program reading this file expands environment variables.');
      break;
    case 'properties': out.notes.push('${…} only works if the program reading this file expands environment variables.'); break;
    case 'workflow': out.notes.push(`Store the value as a repository secret: \`gh secret set ${envName}\` reads it from stdin. Then delete it from .env.`); break;
  }
}

function linePrefixOf(input: RewriteInput): string {
  const lit = literalAround(input.sourceText, input.secretStart, input.secretEnd, SYNTAX.elixir);
  const at = lit?.start ?? input.secretStart;
  return input.sourceText.slice(lineStart(input.sourceText, at), at);
}

/** Replaces a declaration keyword on the secret's line that would no longer compile (`const`). */
function keyword(input: RewriteInput, out: SourceRewrite, pattern: RegExp, replacement: string): void {
  const start = lineStart(input.sourceText, input.secretStart);
  const prefix = input.sourceText.slice(start, input.secretStart);
  const m = pattern.exec(prefix);
  if (!m) return;
  out.edits.push({ start: start + m.index, end: start + m.index + m[0].length, newText: replacement });
}

/** Dart: `const x = …` becomes `final`; a `const Foo(…)` instantiation drops `const`. */
function dartConst(input: RewriteInput, out: SourceRewrite): void {
  const prefix = input.sourceText.slice(lineStart(input.sourceText, input.secretStart), input.secretStart);
  if (/\bconst\s+(?:[\w<>?]+\s+)?\w+\s*=/.test(prefix)) keyword(input, out, /\bconst(?=\s)/, 'final');
  else if (/\bconst\s+[A-Z]\w*(?:\.\w+)?\s*\(/.test(prefix)) keyword(input, out, /\bconst\s+(?=[A-Z])/, '');
}

/** JVM annotation arguments must be compile-time constants. */
function annotationArgument(input: RewriteInput, out: SourceRewrite): void {
  const prefix = input.sourceText.slice(lineStart(input.sourceText, input.secretStart), input.secretStart);
  // Inside the annotation's string too: Spring's `@Value("${jwt.secret:…}")`.
  if (!/@[\w.]+\(\s*(?:\w+\s*=\s*)?"[^"\n]*$/.test(prefix)) return;
  const placeholder = /\$\{([\w.-]{1,100}):$/.exec(prefix);
  out.unsafeReason = placeholder
    ? `Annotation arguments must be constants: delete the default (\${${placeholder[1]}}) by hand and set the value in the environment, which Spring reads for it.`
    : 'Annotation arguments must be constants; read the variable where the value is used instead.';
}

/** Go constants cannot hold a function call: `const k = …` becomes `var`; a `const (…)` block is refused. */
function goConst(input: RewriteInput, out: SourceRewrite): void {
  const text = input.sourceText;
  const start = lineStart(text, input.secretStart);
  if (/^[ \t]*const[ \t]/.test(text.slice(start, input.secretStart))) {
    keyword(input, out, /\bconst(?=[ \t])/, 'var');
    return;
  }
  const before = text.slice(0, start).split('\n').reverse();
  for (const line of before) {
    if (/^\)/.test(line) || /^(?:func|type|var)\b/.test(line)) return;
    if (/^const[ \t]*\(/.test(line)) {
      out.unsafeReason = 'The secret is in a Go const block, which cannot call os.Getenv; move it to a var block first.';
      return;
    }
  }
}

function cArray(input: RewriteInput, out: SourceRewrite, kind: 'c' | 'cpp'): void {
  const prefix = input.sourceText.slice(lineStart(input.sourceText, input.secretStart), input.secretStart);
  if (/\w\s*\[\s*\d*\s*\]\s*=\s*"?$/.test(prefix)) {
    out.unsafeReason = 'A char array cannot be initialised from getenv(); declare it as `const char *` first.';
  } else if (kind === 'c' && braceDepth(input.sourceText, input.secretStart, SYNTAX.c) === 0) {
    // C (unlike C++) requires constant initialisers outside functions.
    out.unsafeReason = 'In C a file-scope variable needs a constant initialiser; call getenv() inside a function instead.';
  }
}

function cppConstexpr(input: RewriteInput, out: SourceRewrite): void {
  const prefix = input.sourceText.slice(lineStart(input.sourceText, input.secretStart), input.secretStart);
  if (/\bconstexpr\s+const\b/.test(prefix)) keyword(input, out, /\bconstexpr\s+/, '');
  else keyword(input, out, /\bconstexpr(?=\s)/, 'const');
}

/** Dockerfile: `${NAME}` needs `ARG NAME` declared before the instruction that uses it. */
function dockerArg(input: RewriteInput, envName: string, out: SourceRewrite): void {
  const text = input.sourceText;
  let start = lineStart(text, input.secretStart);
  while (start > 0 && /\\[ \t]*$/.test(text.slice(lineStart(text, start - 1), start - 1))) start = lineStart(text, start - 1);
  // An ARG is scoped to its build stage: look from the stage's FROM only.
  const declared = new RegExp(`^[ \\t]*ARG[ \\t]+${envName}(?:[ \\t=]|$)`, 'mi').test(text.slice(Math.max(0, lastFrom(text, start)), start));
  if (!declared) out.edits.push({ start, end: start, newText: `ARG ${envName}\n` });
  out.notes.push(`Build with \`docker build --build-arg ${envName}\` (the value comes from your environment).`);
  out.notes.push('ARG and ENV values are stored in the image metadata: for build-time secrets prefer BuildKit secrets ' +
    `(\`RUN --mount=type=secret,id=${envName},env=${envName} …\` with \`docker build --secret id=${envName},env=${envName}\`), ` +
    'and pass runtime secrets with `docker run -e` instead of ENV.');
}

/**
 * Kubernetes takes a manifest's values literally (`${X}` reaches the container as those four
 * characters): the value belongs in a Secret, referenced from the manifest. Refused, with the steps.
 */
function kubernetesManifest(input: RewriteInput, envName: string, out: SourceRewrite): void {
  if (!/^apiVersion:[ \t]*\S/m.test(input.sourceText) || !/^kind:[ \t]*\w/m.test(input.sourceText)) return;
  const key = envName.toLowerCase().replace(/_/g, '-');
  out.unsafeReason = 'Kubernetes does not expand ${…} in manifests. Store the value in a Secret '
    + `(\`kubectl create secret generic app-secrets --from-literal=${key}=…\`, typed at a prompt, not saved in a script) `
    + `and reference it: \`valueFrom: {secretKeyRef: {name: app-secrets, key: ${key}}}\`. Then rotate the value: it is in the file's history.`;
}

function lastFrom(text: string, before: number): number {
  let at = -1;
  for (const m of text.slice(0, before).matchAll(/^[ \t]*FROM[ \t]/gim)) at = m.index!;
  return at;
}

/** Terraform: `var.name` needs a `variable` block, sensitive so plans do not print it. */
function terraformVariable(input: RewriteInput, envName: string, out: SourceRewrite): void {
  const name = terraformVarName(envName);
  const block = `variable "${name}" {\n  type      = string\n  sensitive = true\n}\n`;
  const declared = new RegExp(`\\bvariable\\s+"${name}"\\s*\\{`);
  const vars = input.terraformVariablesText;
  if (!declared.test(input.sourceText) && !(vars !== undefined && declared.test(vars))) {
    const target = vars ?? input.sourceText;
    const sep = target.length === 0 ? '' : target.endsWith('\n\n') ? '' : target.endsWith('\n') ? '\n' : '\n\n';
    const edit = { start: target.length, end: target.length, newText: sep + block };
    if (vars !== undefined) out.otherFiles.push({ file: 'terraformVariables', edits: [edit] });
    else out.edits.push(edit);
  }
  out.notes.push(`Terraform reads TF_VAR_${name} from the environment: load .env into your shell before \`terraform plan\`.`);
}
