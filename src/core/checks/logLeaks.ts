/**
 * The `secret-logged` rule: a secret source reaching an output sink without a masking call, in
 * JS/TS, Python, Go, Java, Kotlin, C#, Ruby, PHP, Swift and shell.
 *
 * - Sinks (`logSinks.ts`): logging, printing, exception messages, HTTP responses, from the
 *   language record's output API and the loggers the file binds (imports, factories, types).
 * - Sources: env reads of secret-named variables, the whole environment, identifiers named like
 *   a secret, and names the file binds to a secret source (`logBindings.ts`).
 * - Flow (here): the arguments' code view (strings blanked, interpolations kept); a value
 *   tested, measured or passed to a call that does not keep it whole (`keepsValue`) is derived
 *   (`apiKey.length`, `mask(apiKey)`, `!!apiKey`, `len(token)`, `token is None`).
 *
 * The rest of the file is consulted for what one line cannot tell: a `return` counts only in a
 * file that serves HTTP, an exception class of the file may scrub what it is given, and an
 * output call in a comment or a Python docstring is documentation. Every behaviour, and every
 * past false positive, is a labelled case of `test/unit/checks/secretLogged/cases.ts`.
 *
 * The match is the expression itself (the rule has `valueIsCode`): it is code, not a secret.
 */

import type { RawMatch, Rule, RuleContext, Severity, WatchedLiterals } from '../types';
import { nextOccurrence } from '../occurrences';
import { readRegion, type Region } from '../lang/codeView';
import { boundLoggerCallLines, classifySink, normaliseChain, outputsOf, sinksIn, type FileOutputs, type Sink, type SinkKind } from './logSinks';
import { boundNamesPattern, isAmbiguousName, ENV_READ_WATCHES, holdsCredential, IDENTIFIER, secretBindingOf } from './logBindings';
import { factsOf, memo, snakeCase } from './logFacts';
import { codeLanguageOf } from '../lang/languages';
import { LANGUAGES } from '../lang/records';
import type { Language } from '../lang/model';
import { inCommentOrString } from '../lang/tokens';
import { clientPrefixOf } from './clientExposure';
import { RULE } from './ruleIds';
import { countFinding, underFileCap } from './fileCap';
import { namesASecret } from '../rules/secretNames';

// ---- Recognising secret-bearing expressions ----

/** Before the value: it is negated, compared, tested or measured (`!!x`, `x == y`, `if x`, `${#X}`). */
const DERIVED_BEFORE = /(?:!|\btypeof|\bnot|\bif|\bunless|\bwhen|&&|\band|[=!]==?|(?<![=-])[<>]=?|\bis|#|\bdefined)$/;
/** After the value: a ternary, comparison, test, index/slice or member access (`x ? …`, `x[:4]`, `x.length`). */
const DERIVED_AFTER = /^(?:\?(?![?.:])|&&|\band\b|[=!]==?(?!>)|[<>]=?|\bis\b|\bin\b|\[|\.(?:nil|empty|blank|present)\?)/;
/** After the value: a member (`x.length`, `x.slice(…)`), derived unless the language's `keepsValue.members` has it. */
const MEMBER_AFTER = /^(?:\.|\?\.|->)\s*([A-Za-z_]\w*)/;
/**
 * After an identifier: it is a key, keyword argument or named argument, not a value; or a
 * namespace (`JWT::DecodeError`, `Auth::Error`).
 */
const NAME_POSITION = /^(?::(?!:)|=(?![=>~])|::)/;
/** Session/OAuth tokens are what login endpoints legitimately return. */
const SESSION_TOKEN = /(?:^|_)(?:access_|refresh_|id_|auth_|session_|bearer_|csrf_|xsrf_)?token$|^jwt$/;

/** `bound`: a name the file binds to a secret source (an env read of a secret, a value a rule found). */
interface Candidate { start: number; end: number; kind: 'lookup' | 'dump' | 'name'; name: string; bound?: boolean; boundAt?: number }

/** A `return` that may be a response body: an object or list built on the spot. */
const RETURNS_A_COLLECTION = /^\s*(?:\{|\[|dict\(|new\s*\{)/;
/** Every language's env read contains `env` (`process.env`, `os.environ`, `getenv`, `ENV[`, `$_ENV`). */
const MAY_READ_ENV = /env/i;

/** Whether a name used at an offset holds a secret source the file bound it to. */
type BoundToSecret = (name: string, at: number) => number | undefined;

function candidatesIn(region: Region, text: string, lang: Language, boundToSecret: BoundToSecret): Candidate[] {
  const original = text.slice(region.start, region.end);
  const isCode = (k: number) => region.code[k] === original[k] && original[k] !== ' ';
  const out: Candidate[] = [];
  const overlaps = (s: number, e: number) => out.some(c => s < c.end && c.start < e);
  // Env reads by name, as the language record writes them (the first defined group is the name).
  for (const re of /env|onfiguration/i.test(original) ? lang.env?.reads ?? [] : []) {
    for (const m of original.matchAll(re)) {
      const name = m.slice(1).find(g => g !== undefined)!;
      // A client-prefixed variable (NEXT_PUBLIC_…) is public already: `client-exposed-env-var` reports it.
      if (isCode(m.index!) && namesASecret(name.split(/[:.]/).pop()!) && !clientPrefixOf(name)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'lookup', name });
    }
  }
  const dumps = lang.env?.dump;
  if (dumps) {
    for (const m of original.matchAll(dumps)) {
      if (isCode(m.index!) && !overlaps(m.index!, m.index! + m[0].length)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'dump', name: m[0] });
    }
  }
  for (const m of region.code.matchAll(IDENTIFIER)) {
    const chain = stripPassThrough(m[0], region.code, m.index!, lang.output?.keepsValue?.members);
    if (!chain) continue;
    const parts = chain.text.split(/\.|->|\?\./).map(x => x.trim());
    const last = parts.pop()!;
    // `EnvVarNames.MSI_SECRET`, `Fields.PASSWORD`: a name of a secret, not one.
    if (parts.some(o => /(?:names?|keys|fields?|labels?|constants|params)$/i.test(o))) continue;
    const s = m.index!, e = s + chain.text.length;
    const boundAt = boundToSecret(last.replace(/^[$@]+/, ''), region.start + s);
    const bound = boundAt !== undefined;
    if (!(bound || namesASecret(last)) || clientPrefixOf(last) || overlaps(s, e) || NAME_POSITION.test(region.code.slice(chain.after, chain.after + 40).trimStart())) continue;
    // Shell `${NAME}`: the braces belong to the expression (so a fix can replace all of it).
    const braced = lang.id === 'shell' && original.slice(s - 2, s) === '${' && original[e] === '}';
    out.push({ start: braced ? s - 2 : s, end: braced ? e + 1 : e, kind: 'name', name: last, ...(bound ? { bound, boundAt } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `apiKey.toString()` → `apiKey` (the value passes through); a chain that ends in any other
 * call (`getApiKey()`, `apiKey.slice(0, 4)`) is not a value we can judge: undefined.
 */
function stripPassThrough(chain: string, code: string, at: number, members: RegExp | undefined): { text: string; after: number } | undefined {
  let text = chain.trimEnd();
  let after = at + chain.length;
  for (;;) {
    const rest = code.slice(after, after + 4);
    if (!/^\s*\(/.test(rest)) return { text, after };
    const parts = text.split(/(\.|->|\?\.)/);
    const last = parts.pop()!.trim();
    if (parts.length < 2 || !members?.test(last) || !/^\s*\(\s*\)/.test(code.slice(after, after + 8))) return undefined;
    parts.pop();
    after += /^\s*\(\s*\)/.exec(code.slice(after))![0].length;
    text = parts.join('');
  }
}

const WORD = /\w/;
const NAME_START = /[A-Za-z_]/;

/** Where the whitespace that ends at `end` starts (not before `floor`). */
function skipSpaceBack(code: string, end: number, floor: number): number {
  while (end > floor && /\s/.test(code[end - 1])) end--;
  return end;
}

/**
 * The member chain of up to five names (`a.b`, `$x->y`, `A::b?.c`) that ends at `end` (blanks
 * before `end` allowed), read within the 80 characters before it; undefined when no name ends
 * there. Read backwards: a pattern anchored at the end would be tried from every start.
 */
function chainBefore(code: string, end: number): string | undefined {
  const floor = Math.max(0, end - 80);
  const last = skipSpaceBack(code, end, floor);
  let start = -1;
  for (let i = last, names = 0; names < 5; names++) {
    let j = i;
    while (j > floor && WORD.test(code[j - 1])) j--;
    while (j < i && !NAME_START.test(code[j])) j++; // a name starts with a letter or `_`
    if (j === i) break;
    const truncated = j > floor && WORD.test(code[j - 1]);
    start = j > floor && (code[j - 1] === '$' || code[j - 1] === '@') ? j - 1 : j;
    if (truncated) break;
    let p = skipSpaceBack(code, start, floor);
    if (code[p - 1] === '.') p -= code[p - 2] === '?' && p - 2 >= floor ? 2 : 1;
    else if ((code[p - 1] === '>' && code[p - 2] === '-') || (code[p - 1] === ':' && code[p - 2] === ':')) p -= 2;
    else break;
    if (p < floor) break;
    i = skipSpaceBack(code, p, floor);
  }
  return start < 0 ? undefined : code.slice(start, last);
}

/** True when the value reaches the output only through a test, a measure or a masking call. */
function isDerived(code: string, s: number, e: number, lang: Language, callee: (chain: string) => boolean): boolean {
  const before = code.slice(Math.max(0, s - 40), s).trimEnd();
  const after = code.slice(e, e + 40).trimStart();
  if (DERIVED_BEFORE.test(before) || DERIVED_AFTER.test(after)) return true;
  const member = MEMBER_AFTER.exec(after);
  if (member && !lang.output?.keepsValue?.members?.test(member[1])) return true;
  // The innermost call the value is an argument of (object and array literals are transparent).
  let depth = 0;
  for (let k = s - 1; k >= 0 && s - k < 300; k--) {
    const ch = code[k];
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth > 0) { depth--; continue; }
      const head = chainBefore(code, k);
      if (ch === '[') { if (head || /[)\]]/.test(code[skipSpaceBack(code, k, 0) - 1] ?? '')) return true; continue; } // subscript, not a list
      if (ch === '(' && head && !/^(?:if|while|for|switch|return|await|yield|and|or|not|in)$/.test(head)) return !callee(normaliseChain(head));
    }
  }
  return false;
}

/** A call whose result still holds its argument whole: a formatting call of the language, or another output call. */
function passesThrough(chain: string, file: FileOutputs): boolean {
  const last = chain.split('.').pop()!;
  return (file.lang.output?.keepsValue?.calls?.test(last) ?? false) || classifySink(chain, file) !== undefined;
}

// ---- The rule ----

const TITLES: Record<SinkKind | 'dump', string> = {
  log: 'Secret written to logs or output',
  response: 'Secret sent in an HTTP response',
  error: 'Secret put into an exception message',
  return: 'Secret returned in a response',
  dump: 'Whole environment dumped to output',
};

/** Sinks of each kind accept which candidates (a `return` only matters for env data in literals). */
function acceptCandidate(sink: Sink, c: Candidate): boolean {
  // `return {**os.environ, "KEY": v}` builds a child process's environment, not a response.
  if (c.kind === 'dump') return !(sink.kind === 'return' && ENV_SPREAD.test(sink.region.code.slice(Math.max(0, c.start - 3), c.start)));
  if (sink.kind === 'return') return c.kind === 'lookup' && RETURNS_A_COLLECTION.test(sink.region.code);
  // A session token a login endpoint issued is its answer, unless the file bound the name to a secret source.
  if (sink.kind === 'response' && c.kind === 'name' && !c.bound) return !SESSION_TOKEN.test(snakeCase(c.name));
  return true;
}

/** Before an environment dump: it is spread into a new mapping (`**os.environ`, `...process.env`). */
const ENV_SPREAD = /(?:\*\*|\.\.\.)\s{0,1}$/;

/** A name for a value already masked for display (`masked_api_key`, neo4j's `log_auth`): not the secret. */
const MASKED_NAME = /^(?:masked|redacted|sanitized|sanitised|safe|obfuscated|log|display|printable|hidden|truncated|partial|hashed)_/;

/** Shell output piped or redirected elsewhere (`echo $T | docker login --password-stdin`) is not printed. */
function shellRedirected(sink: Sink, text: string): boolean {
  return /[|>]/.test(sink.region.code) || text.slice(sink.region.start, sink.region.end).includes('::add-mask::');
}

/**
 * Every candidate `namesASecret` or the dump forms accept contains one of these fragments (a bare
 * `key` does not make a secret name, see SECRET_TAIL in rules/generic.ts), and PHP's `$_SERVER`
 * is a dump: a cheap test that spares most output calls (most log lines) the lexing below. The
 * scan's keyword pass locates them (`watches`); MAY_HOLD is the same set as a regex.
 */
const KEY_OWNERS = ['api', 'access', 'private', 'auth', 'signing', 'encryption', 'master', 'service', 'admin', 'root', 'write', 'restricted', 'app', 'age', 'ca'];
const URL_OWNERS = ['database', 'db', 'redis', 'mongo', 'postgres', 'mysql', 'amqp', 'rabbitmq', 'webhook'];
const joined = (owners: string[], tail: string) => owners.flatMap(o => [`${o}${tail}`, `${o}_${tail}`, `${o}-${tail}`]);
const MAY_HOLD_WATCH: WatchedLiterals = {
  literals: ['pass', 'pwd', 'secret', 'token', ...joined(KEY_OWNERS, 'key'), 'cred', 'auth', 'jwt', ...joined(URL_OWNERS, 'url'), 'conn', 'env', 'bearer', 'dsn', '_server'],
};
const MAY_HOLD = new RegExp(MAY_HOLD_WATCH.literals.join('|'), 'i');
const LONGEST_FRAGMENT = Math.max(...MAY_HOLD_WATCH.literals.map(l => l.length));

/** Whether a MAY_HOLD fragment begins in `text[from, to)`. Asked for every window and every output call's arguments. */
function mayHoldBetween(ctx: RuleContext, from: number, to: number): boolean {
  return nextOccurrence(ctx, MAY_HOLD_WATCH, from, Math.min(to, ctx.text.length), (a, b) => searchHold(ctx, a, b)) >= 0;
}

/**
 * The first fragment that begins in `[from, to)`, or -1, found by MAY_HOLD where the keyword
 * pass has not read yet (or outside a scan). Asked at mostly rising offsets: the next fragment
 * found (or how far none was) is remembered, so each stretch is searched about once.
 */
function searchHold(ctx: RuleContext, from: number, to: number): number {
  const f = factsOf(ctx);
  const known = f.nextHold;
  let start = from;
  let origin = from;
  if (known && from >= known.from && from <= known.at) {
    if (known.at !== Infinity) return known.at < to ? known.at : -1; // the first fragment at or after `from`
    if (to <= known.searchedTo) return -1;
    start = Math.max(from, known.searchedTo);
    origin = known.from;
  }
  const end = Math.max(to, start);
  // A fragment that begins before `end` may end past it.
  const hit = MAY_HOLD.exec(ctx.text.slice(start, end + LONGEST_FRAGMENT - 1));
  const at = hit && start + hit.index < end ? start + hit.index : Infinity;
  f.nextHold = { from: origin, at, searchedTo: end };
  return at < to ? at : -1;
}

// ---- Judging a candidate against the rest of its file ----

/** An error code, not a value: `OAUTH_INVALID_TOKEN`, `EXPIRED_PASSWORD`. */
const ERROR_CODE = /^[A-Z0-9_]*(?:^|_)(?:INVALID|EXPIRED|WRONG|BAD|UNKNOWN|REVOKED|MALFORMED|EMPTY)_[A-Z0-9_]+$/;

/**
 * An upper-case constant assigned a non-empty string literal in this file (`ROOT_KEY = '__root__'`)
 * that no rule found to be a secret (`boundToSecret` comes first): the value is in the source,
 * where the hardcoded-secret rules judged it; it is a name or a label.
 */
function literalConstant(ctx: RuleContext, name: string): boolean {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  return memo(ctx, `const:${name}`, () =>
    new RegExp(`(?:^|[\\s;(])${name}\\s{0,3}(?::[^=\\n]{1,40})?=\\s{0,3}[rbuRBU]?(['"\`])(?!\\1)`, 'm').test(ctx.text));
}

/**
 * An exception class of this file that scrubs a secret it is given (`msg.replace(auth_token,
 * '******')`): it was written to receive the secret and keep it out of its message.
 */
function scrubbingException(ctx: RuleContext, sinkName: string): boolean {
  const cls = sinkName.split('.').pop()!;
  if (!/^[A-Z]\w*$/.test(cls)) return false;
  return memo(ctx, `scrub:${cls}`, () => {
    const at = new RegExp(`\\bclass\\s{1,5}${cls}\\b`).exec(ctx.text);
    if (!at) return false;
    const body = ctx.text.slice(at.index, at.index + 2000);
    for (const m of body.matchAll(/(?:\.replace(?:All)?|\b(?:mask|redact|scrub|sanitize)\w{0,20})\(\s{0,3}(?:self\.|this\.)?([A-Za-z_]\w{0,80})/g)) {
      if (namesASecret(m[1])) return true;
    }
    return false;
  });
}

/**
 * A `return` that is a getter's whole body (`get env() { return process.env }`, common in
 * bundled platform shims) hands the value to code; a getter never answers a request.
 */
function isAccessor(text: string, returnAt: number): boolean {
  return /\bget\s+[\w$]+\s*\(\s*\)\s*\{\s*$/.test(text.slice(Math.max(0, returnAt - 120), returnAt));
}

/**
 * A `return` at the start of its line returns from the file, not from a handler: PHP's config
 * files hand their array to the includer (Laravel's `config/database.php`, `return [ … ]`).
 */
function isFileLevelReturn(text: string, returnAt: number): boolean {
  return returnAt === 0 || text[returnAt - 1] === '\n';
}

/**
 * The argument is printed by a verb that shows only its type (`fmt.Errorf("bad key %T", key)`):
 * the format string is the call's first argument, its verbs taken in order (`%%` is no verb,
 * and explicit indexes like `%[2]T` make the order unknown: no answer then).
 */
function printedAsTypeOnly(sink: Sink, c: Candidate, text: string, verbs: string | undefined): boolean {
  if (!verbs || !sink.parenthesized) return false;
  const code = sink.region.code;
  const commas: number[] = [];
  let depth = 0;
  for (let k = 0; k < c.start; k++) {
    const ch = code[k];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) commas.push(k);
  }
  if (!commas.length) return false;
  const format = text.slice(sink.region.start, sink.region.start + commas[0]).trim();
  if (!/^["`][^]*["`]$/.test(format) || /%\[|%[-+# 0.\d]{0,8}\*/.test(format)) return false;
  const used = [...format.replace(/%%/g, '').matchAll(/%[-+# 0]{0,5}(?:\d{1,3}|\*)?(?:\.(?:\d{1,3}|\*))?([A-Za-z])/g)].map(m => m[1]);
  const verb = used[commas.length - 1];
  return verb !== undefined && verbs.includes(verb);
}

/** Whether a candidate still looks like a leak once its file is taken into account. */
function leaksInFile(sink: Sink, c: Candidate, ctx: RuleContext, file: FileOutputs): boolean {
  const lang = file.lang;
  if (sink.kind === 'return' && (!file.servesHttp() || isAccessor(ctx.text, sink.start) || isFileLevelReturn(ctx.text, sink.start))) return false;
  if (sink.kind === 'error' && c.kind !== 'dump' && scrubbingException(ctx, sink.name)) return false;
  if (printedAsTypeOnly(sink, c, ctx.text, lang.output?.typeOnlyVerbs)) return false;
  if (c.kind !== 'name' || c.bound) return true;
  const name = c.name.replace(/^[$@]+/, '');
  if (MASKED_NAME.test(snakeCase(name))) return false;
  if (ERROR_CODE.test(name)) return false;
  if (lang.output?.workingDirectory?.test(sink.region.code.slice(c.start, c.end))) return false;
  if (literalConstant(ctx, name)) return false;
  return !isAmbiguousName(snakeCase(name)) || holdsCredential(ctx, lang, name, sink.region.start + c.start);
}

function findLogged(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const lang = codeLanguageOf(ctx.path, ctx.languageId);
  if (!lang?.syntax) return [];
  const file = outputsOf(ctx, lang);
  const facts = factsOf(ctx);
  const out: RawMatch[] = [];
  // A window holding a logger binding (`audit = logging.getLogger(…)`): calls on the bound
  // names anywhere in the file are output calls no keyword finds. Their lines are read once,
  // in order, apart from the keyword windows (which arrive in text order too).
  if (!facts.boundCallsRead && lang.output?.loggerBinding?.near.some(marker => window.includes(marker))) {
    facts.boundCallsRead = true;
    const progress = { readUntil: 0 };
    for (const line of boundLoggerCallLines(ctx.text, file)) judgeWindow(line.text, line.start, ctx, file, progress, out);
  }
  judgeWindow(window, windowStart, ctx, file, facts.progress, out);
  return out;
}

/**
 * Judges the output calls of one window, appending findings to `out`. Output calls inside
 * arguments an earlier window already read (an unclosed `print(` reads MAX_REGION
 * characters) were judged as part of those: reading each again from its own line would cost
 * MAX_REGION per line of dense input; `progress` says how far arguments were read.
 */
function judgeWindow(window: string, windowStart: number, ctx: RuleContext, file: FileOutputs, progress: { readUntil: number }, out: RawMatch[]): void {
  const lang = file.lang;
  // Names bound to a secret source may be called anything: the gates look for them too.
  // Arguments may continue on the next lines: look a little past the window too.
  const lookTo = windowStart + window.length + 400;
  const bound = boundNamesPattern(ctx, lang, lookTo);
  if (!mayHoldBetween(ctx, windowStart, lookTo) && !bound?.test(ctx.text.slice(windowStart, lookTo))) return;
  const syntax = lang.syntax!;
  let resumeAt = Math.max(windowStart, progress.readUntil);
  const heads = sinksIn(window, windowStart, ctx.text, file, resumeAt);
  for (let step = heads.next(resumeAt); !step.done; step = heads.next(resumeAt)) {
    const head = step.value;
    if (!underFileCap(ctx)) break;
    // A `return` counts only as a collection built on the spot (acceptCandidate): most end here, unread.
    if (head.kind === 'return' && !RETURNS_A_COLLECTION.test(ctx.text.slice(head.argStart, head.argStart + 20))) { resumeAt = head.argStart; continue; }
    const sink: Sink = { ...head, region: readRegion(ctx.text, head.argStart, lang, head.parenthesized) };
    // Nested output calls are read as part of the outer one; a `return` statement is not an
    // output call, so calls inside it are read on their own.
    resumeAt = sink.kind === 'return' ? head.argStart : sink.region.end;
    const args = ctx.text.slice(sink.region.start, sink.region.end);
    // Arguments without a secret fragment end here: nothing in them (nested calls included) can leak.
    if (!mayHoldBetween(ctx, sink.region.start, sink.region.end) && !bound?.test(args)) continue;
    // A `return` counts only as a collection holding an env read (acceptCandidate): most end here, unread.
    if (sink.kind === 'return' && (!RETURNS_A_COLLECTION.test(sink.region.code) || !MAY_READ_ENV.test(args))) continue;
    if (lang.id === 'shell' && shellRedirected(sink, ctx.text)) continue;
    // `void println(String token) {`, `error(token) {…}`: a method being declared.
    if (sink.parenthesized && /^\)\s*(?:\{|throws\b|=>)/.test(ctx.text.slice(sink.region.end, sink.region.end + 20))) continue;
    const leaks = candidatesIn(sink.region, ctx.text, lang, (name, at) => secretBindingOf(ctx, lang, name, at))
      .filter(c => acceptCandidate(sink, c) && !isDerived(sink.region.code, c.start, c.end, lang, chain => passesThrough(chain, file)) && leaksInFile(sink, c, ctx, file));
    // Commented-out code and docs (comments, strings, Python docstrings) do not run, and their
    // arguments swallow no later call. Asked last: the first question tokenizes the file, and
    // most files never need to. Only for a call that would be reported, or whose arguments run
    // over lines (read from inside a docstring, they may have swallowed real code).
    if (!leaks.length && !args.includes('\n')) continue;
    if (inCommentOrString(ctx.text, head.start, syntax)) { resumeAt = head.argStart; continue; }
    for (const c of leaks) {
      if (!countFinding(ctx)) break;
      out.push(findingFor(sink, c, ctx.text));
    }
  }
  progress.readUntil = Math.max(progress.readUntil, resumeAt);
}

/** Why a name that says nothing holds a secret: `; k holds a secret (assigned 3 lines above)`. */
function boundWhere(c: Candidate, text: string, usedAt: number): string {
  let lines = 0;
  for (let i = c.boundAt!; i < usedAt; i++) if (text.charCodeAt(i) === 10) lines++;
  const where = lines === 0 ? 'on the same line' : lines === 1 ? 'on the line above' : `${lines} lines above`;
  return `; ${c.name.replace(/^[$@]+/, '')} holds a secret (assigned ${where})`;
}

function findingFor(sink: Sink, c: Candidate, text: string): RawMatch {
  const start = sink.region.start + c.start;
  const end = sink.region.start + c.end;
  const severity: Severity = c.kind === 'dump' || sink.kind === 'response' || sink.kind === 'return' ? 'error' : 'warning';
  return {
    start, end, value: text.slice(start, end),
    title: TITLES[c.kind === 'dump' ? 'dump' : sink.kind], severity,
    ...(c.kind === 'dump' ? {} : { assignedName: c.name.replace(/^[$@]+/, '') }),
    detail: `via ${sink.name.replace(/^\./, ').')}${c.boundAt === undefined ? '' : boundWhere(c, text, start)}`,
  };
}

/**
 * `Debug.WriteLine(…)`, `Debug.Log(…)`, `debug.print(…)`: output methods of a `debug` owner, not
 * `debug.` itself, which compilers and test code call thousands of times (`Debug.assert`).
 */
const DEBUG_OUTPUT = ['log', 'print', 'write', 'info', 'warn', 'error', 'trace', 'fatal', 'panic', 'critical', 'exception', 'verbose', 'notice', 'silly', 'debug', 'dir', 'table', 'puts', 'wtf']
  .map(method => `debug.${method}`).concat(['debug.v(', 'debug.d(', 'debug.i(', 'debug.w(', 'debug.e(']);

/** Where a file binds a logger (`getLogger`, `import logging`): a window there reads the bound names' calls. */
const BINDING_MARKERS = [...new Set(LANGUAGES.flatMap(l => l.output?.loggerBinding?.near ?? []).map(m => m.toLowerCase()))];

export const secretLoggedRule: Rule = {
  id: RULE.secretLogged, provider: 'Code', title: 'Secret written to output',
  keywords: ['console.', 'print', 'logger', 'logging.', 'log.', 'fmt.', 'system.out', 'system.err', 'puts', 'error_log',
    'var_dump', 'var_export', 'res.json', 'res.send', 'res.write', 'reply.send', '.json(', 'jsonify', 'response', 'throw new',
    'raise', 'panic(', 'echo', 'error(', 'exception(', 'errors.new', 'alert(', 'render json', 'nslog', ...DEBUG_OUTPUT, 'ok(',
    'write(', 'dump(', 'die(', 'warn ', 'return {', 'return [', 'return dict', 'return os.environ', 'return process.env',
    'return $_env', 'return env', ...BINDING_MARKERS],
  find: findLogged,
  watches: [MAY_HOLD_WATCH, ...ENV_READ_WATCHES],
  valueIsCode: true,
  skipPlaceholderCheck: true,
  severity: 'warning', confidence: 'generic',
  envVar: 'SECRET',
  description: 'Code that prints, logs, returns or interpolates a secret (an env var named like one, a secret-named variable, or the whole environment) into logs, exception messages or HTTP responses.',
};

// ---- Quick fix ----

/** What to print instead of the secret: whether it is set, or for the whole environment its names. */
export function planMaskLoggedValue(languageId: string, expression: string, context: { quote?: string } = {}): string | undefined {
  const lang = codeLanguageOf(undefined, languageId) ?? codeLanguageOf(`x.${languageId}`);
  if (!lang?.output) return undefined;
  const e = expression.trim();
  const dump = lang.env?.dump;
  if (dump && new RegExp(`^(?:${dump.source})$`).test(e)) return lang.env?.namesOnly?.(e);
  return lang.output.mask(e, context);
}
