/**
 * "Show whether it is set, not its value": the quick fix for a `secret-logged` finding.
 *
 * The finding's range is the logged expression (`process.env.OPENAI_API_KEY` inside
 * `console.log(…)`); `planMaskLoggedValue` (src/core/checks/logLeaks.ts) gives the text that
 * replaces it. What it needs to know from around the range is the string the expression sits
 * in, if any: inside a Python f-string delimited by `"` the replacement must not use `"`
 * (before Python 3.12), and inside a PHP double-quoted string no expression can go at all.
 *
 * A plan is only returned when the edited text, scanned again, no longer reports a logged
 * secret there: a fix that leaves the leak in place (a string the line-level reading below
 * misjudged) is not offered.
 */

import { planMaskLoggedValue } from '../checks';
import { MAX_CODE_FINDINGS_PER_FILE } from '../checks/fileCap';
import { secretLoggedRule } from '../checks/logLeaks';
import { langOf, stringAt, type Lang } from '../checks/logLexer';
import { Scanner } from '../scanner';
import { withLineEndingsOf } from './edits';
import { goStatementStart } from './goStatements';
import type { TextEdit } from './types';

export interface MaskLoggedInput {
  /** The whole document text. */
  text: string;
  languageId: string;
  /** Workspace-relative path (decides the language when the id does not). */
  path?: string;
  /** The finding's range: the logged expression. */
  start: number;
  end: number;
  /** The variable the expression reads (`Finding.assignedName`); undefined for a whole-environment dump. */
  name?: string;
}

export interface MaskLoggedPlan {
  title: string;
  edit: TextEdit;
}

export function planMaskLogged(input: MaskLoggedInput): MaskLoggedPlan | undefined {
  const { text, start, end } = input;
  if (start < 0 || end <= start || end > text.length) return undefined;
  const lang = langOf(input.path, input.languageId);
  if (!lang) return undefined;
  const quotes = enclosingQuotes(text, start, lang);
  if (!quotes) return undefined;
  // Python before 3.12 allows neither quote of an enclosing f-string inside its expression:
  // with both kinds around, no string literal can go there.
  if (lang === 'python' && new Set(quotes).size > 1) return undefined;
  const quote = quotes[quotes.length - 1];
  const expression = text.slice(start, end);
  if (lang === 'go' && !GO_ENV_DUMP.test(expression.trim())) return goMaskPlan(input);
  const newText = planMaskLoggedValue(languageIdOf(lang), expression, quote ? { quote } : {});
  if (newText === undefined) return undefined;
  const fixed = text.slice(0, start) + newText + text.slice(end);
  if (stillLogged(fixed, input, start, start + newText.length)) return undefined;
  return { title: titleFor(input.name, newText), edit: { start, end, newText } };
}

/** Go's whole-environment dump: masked as `len(os.Environ())`, an expression. */
const GO_ENV_DUMP = /^os\.Environ\(\)$/;

/**
 * Go has no conditional expression, so "whether it is set" is the idiomatic `if` on the lines
 * before the statement that logs, and the statement logs the variable it sets:
 *
 *     apiKeyStatus := "[missing]"
 *     if apiKey != "" {
 *         apiKeyStatus = "[set]"
 *     }
 *     log.Printf("key=%s", apiKeyStatus)
 *
 * One edit from the statement's start to the expression's end, so one Undo reverts it. Nothing
 * is offered where no statement of a function body starts a line before the expression (a
 * one-line closure, a package-level `var`).
 */
function goMaskPlan(input: MaskLoggedInput): MaskLoggedPlan | undefined {
  const { text, start, end } = input;
  const stmt = goStatementStart(text, start);
  if (stmt === undefined) return undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', stmt - 1), text.lastIndexOf('\r', stmt - 1)) + 1;
  const indent = text.slice(lineStart, stmt);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const inner = indent.includes(' ') && !indent.includes('\t') ? '    ' : '\t';
  const variable = freeGoName(text, goStatusName(input.name ?? text.slice(start, end)));
  const check = `${variable} := "[missing]"\n${indent}if ${text.slice(start, end).trim()} != "" {\n${indent}${inner}${variable} = "[set]"\n${indent}}\n${indent}`;
  const newText = withLineEndingsOf(text, check) + text.slice(stmt, start) + variable;
  const fixed = text.slice(0, stmt) + newText + text.slice(end);
  if (stillLogged(fixed, input, stmt, stmt + newText.length)) return undefined;
  return { title: titleFor(input.name, variable), edit: { start: stmt, end, newText } };
}

/** Words Go spells in capitals inside camelCase names (Effective Go, "MixedCaps"). */
const GO_INITIALISMS = new Set(['API', 'URL', 'ID', 'DB', 'HTTP', 'HTTPS', 'JWT', 'SQL', 'AWS', 'GCP', 'SSH', 'TLS', 'JSON', 'UID', 'URI']);

/** `OPENAI_API_KEY`, `apiKey`, `cfg.Token`, `os.Getenv("GH_TOKEN")` → `openaiAPIKeyStatus`, `apiKeyStatus`, `tokenStatus`, `ghTokenStatus`. */
function goStatusName(source: string): string {
  const base = /"([A-Za-z_]\w*)"\)?$/.exec(source)?.[1] ?? /([A-Za-z_]\w*)\W*$/.exec(source)?.[1] ?? 'secret';
  const words = /_/.test(base) || base === base.toUpperCase()
    ? base.split('_').filter(Boolean).map(w => w.toLowerCase())
    : base.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ').map(w => w.toLowerCase());
  const camel = words.map((w, i) => (i === 0 ? w : GO_INITIALISMS.has(w.toUpperCase()) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1))).join('');
  return `${camel || 'secret'}Status`;
}

/** `name`, or `name2`, `name3`… when the file already uses it (a `:=` of a taken name would not compile). */
function freeGoName(text: string, name: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}${n}`;
    if (!new RegExp(`\\b${candidate}\\b`).test(text)) return candidate;
  }
}

/** `planMaskLoggedValue` reads VS Code language ids; `.kt` or `.sh` files may come with others. */
const LANGUAGE_IDS: Record<Lang, string> = {
  js: 'javascript', python: 'python', go: 'go', java: 'java', kotlin: 'kotlin', csharp: 'csharp',
  ruby: 'ruby', php: 'php', shell: 'shellscript', swift: 'swift',
};

function languageIdOf(lang: Lang): string {
  return LANGUAGE_IDS[lang];
}

function titleFor(name: string | undefined, replacement: string): string {
  if (name) return `Show whether ${name} is set, not its value`;
  return /^len\(/.test(replacement)
    ? 'Show how many environment variables are set, not their values'
    : 'Show the environment variable names only, not their values';
}

let loggedScanner: Scanner | undefined;

/** Whether a logged secret is still reported over `[from, to)` once the fix is applied. */
function stillLogged(fixed: string, input: MaskLoggedInput, from: number, to: number): boolean {
  loggedScanner ??= new Scanner([secretLoggedRule], { inlineIgnores: false });
  const findings = loggedScanner.scan(fixed, { path: input.path, languageId: input.languageId });
  // At the per-file cap the scan may have stopped before this place: it proves nothing.
  if (findings.length >= MAX_CODE_FINDINGS_PER_FILE) return true;
  return findings.some(f => f.range.start.offset < to && from < f.range.end.offset);
}

// ---- Which strings enclose an offset ----

/** How far back on a long line the reading starts. */
const MAX_LOOKBACK = 4000;

type Frame =
  | { code: true; closer?: string; depth: number }
  | { code: false; quote: string; kind: NonNullable<ReturnType<typeof stringAt>> };

/**
 * The opening quote characters of the string literals that enclose `offset`, outermost first
 * (`[]` in plain code; `['"']` in `f"…{token}"` or PHP `"…$token"`); undefined when `offset`
 * sits in a comment. Reads from the start of the line (a string opened on an earlier line is
 * not seen: the re-scan in `planMaskLogged` catches a fix that misjudged one).
 */
export function enclosingQuotes(text: string, offset: number, lang: Lang): string[] | undefined {
  let i = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - MAX_LOOKBACK);
  const stack: Frame[] = [{ code: true, depth: 0 }];
  const hash = lang === 'python' || lang === 'ruby' || lang === 'shell' || lang === 'php';
  while (i < offset) {
    const top = stack[stack.length - 1];
    const c = text[i];
    if (!top.code) {
      const interp = interpolationAt(text, i, top.kind.interp);
      if (interp) {
        if (interp.name && offset < interp.next) break; // `$token` itself: the expression starts in the string
        if (interp.closer !== undefined) stack.push({ code: true, closer: interp.closer, depth: 0 });
        i = interp.next;
        continue;
      }
      if (top.kind.escapes && c === '\\') { i += 2; continue; }
      if (text.startsWith(top.kind.close, i)) { stack.pop(); i += top.kind.close.length; continue; }
      if (c === '\n' && !top.kind.multiline) stack.pop();
      i++;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const kind = stringAt(text, i, lang);
      if (kind) {
        stack.push({ code: false, quote: c, kind });
        i += kind.open;
        continue;
      }
    }
    const two = text.slice(i, i + 2);
    if ((two === '//' && !hash) || (c === '#' && hash && !(lang === 'ruby' && text[i + 1] === '{'))) {
      const eol = text.indexOf('\n', i);
      if (eol < 0 || eol >= offset) return undefined;
      i = eol;
      continue;
    }
    if (two === '/*' && lang !== 'python' && lang !== 'ruby' && lang !== 'shell') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || close + 2 > offset) return undefined;
      i = close + 2;
      continue;
    }
    if (top.closer !== undefined) {
      if (c === '(' || c === '[' || c === '{') top.depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (top.depth === 0 && c === top.closer) stack.pop();
        else top.depth = Math.max(0, top.depth - 1);
      }
    }
    i++;
  }
  return stack.filter((f): f is Extract<Frame, { code: false }> => !f.code).map(f => f.quote);
}

interface Interpolation {
  /** Where reading continues: after the opening (`${`) or after a `$name`. */
  next: number;
  /** The bracket that closes interpolated code (`}` after `${`). */
  closer?: string;
  /** A bare `$name` (PHP, Kotlin, shell): the name is the interpolated code. */
  name?: boolean;
}

const IDENT = /[A-Za-z_]\w*/y;

function identEnd(text: string, at: number): number {
  IDENT.lastIndex = at;
  return IDENT.test(text) ? IDENT.lastIndex : at;
}

/** Mirrors the interpolation forms the `secret-logged` lexer reads (logLexer.ts). */
function interpolationAt(text: string, j: number, interp: NonNullable<ReturnType<typeof stringAt>>['interp']): Interpolation | undefined {
  const two = text.slice(j, j + 2);
  switch (interp) {
    case 'dollarBrace': return two === '${' ? { next: j + 2, closer: '}' } : undefined;
    case 'brace':
      if (two === '{{' || two === '}}') return { next: j + 2 }; // escaped braces, plain text
      return text[j] === '{' ? { next: j + 1, closer: '}' } : undefined;
    case 'hashBrace': return two === '#{' ? { next: j + 2, closer: '}' } : undefined;
    case 'swift': return two === '\\(' ? { next: j + 2, closer: ')' } : undefined;
    case 'php':
      if (two === '{$') return { next: j + 1, closer: '}' };
      if (text[j] === '$' && /[A-Za-z_]/.test(text[j + 1] ?? '')) {
        let end = identEnd(text, j + 1);
        if (text.startsWith('->', end)) end = identEnd(text, end + 2);
        return { next: end, name: true };
      }
      return undefined;
    case 'kotlin':
    case 'shell':
      if (two === '${') return { next: j + 2, closer: '}' };
      if (interp === 'shell' && two === '$(') return { next: j + 2, closer: ')' };
      if (text[j] === '$' && /[A-Za-z_]/.test(text[j + 1] ?? '')) return { next: identEnd(text, j + 1), name: true };
      return undefined;
    default:
      return undefined;
  }
}
