/**
 * Sources of the `secret-logged` check that a name alone does not show: the names a file binds
 * to a secret source. A variable assigned an env read of a secret-named variable
 * (`k = os.environ["OPENAI_API_KEY"]`), a value one of the rules found (`const k = "sk-proj-…"`;
 * the scanner shares what it found so far, `RuleContext.valuesFound`) or an object literal
 * holding one holds a secret whatever it is called. An ambiguous name (`token`, `pass`) holds
 * one only when so bound, or bound to an expression naming a credential.
 */

import type { RuleContext, WatchedLiterals } from '../types';
import { firstRecordedAtOrAfter, nextOccurrence } from '../occurrences';
import { LANGUAGES } from '../lang/records';
import type { Language } from '../lang/model';
import { clientPrefixOf } from './clientExposure';
import { namesASecret } from '../rules/secretNames';
import { lineStartWithin } from '../text';
import { factsOf, MAX_BOUND_NAMES, memo, memoList, snakeCase } from './logFacts';

/** Identifier chains: `apiKey`, `this.apiKey`, `$this->apiKey`, `@api_key`, `$API_KEY`, `settings.SECRET_KEY`. */
export const IDENTIFIER = /(?<![\w$@.>:\\])[$@]{0,2}[A-Za-z_]\w{0,80}(?:\s{0,2}(?:\.|->|\?\.)\s{0,2}[$@]?[A-Za-z_]\w{0,80}){0,4}/g;

/**
 * `token` alone, or a token named after its place in a stream (`problematic_token`,
 * `starting_token`, `acquire_token`), is as often a lexer token, a pagination cursor or a
 * semaphore handle as a credential; `pass` alone or numbered (`second_pass`) is as often a
 * pass over data, `root_key` the key of a tree's or a registry's root.
 */
const AMBIGUOUS_WORDS = /^(?:token|pass|auth|root_key|(?:first|second|third|last|next|final|single|multi|one|two|double|each|render|compile|build|lint|main|extra|initial|current|prev|previous)_pass)$/;
/**
 * Words before `_token` that make it a credential (`access_token`, `github_token`, `bot_token`).
 * Any other `…_token` is as often a lexer's or a tokenizer's (`current_token`, `image_token`,
 * `mask_token`, `matched_token`) and counts only when the file binds it to a secret source.
 */
const CREDENTIAL_TOKEN_WORDS = new Set(['access', 'refresh', 'id', 'auth', 'authn', 'bearer', 'session', 'api', 'oauth', 'oauth2',
  'jwt', 'secret', 'personal', 'bot', 'app', 'client', 'service', 'user', 'github', 'gh', 'gitlab', 'slack', 'discord', 'telegram',
  'npm', 'pypi', 'hf', 'hub', 'huggingface', 'deploy', 'registry', 'vault', 'sas', 'security', 'sts', 'aws', 'azure', 'gcp',
  'google', 'stripe', 'twilio', 'openai', 'anthropic', 'master', 'admin', 'private', 'signing', 'push', 'fcm', 'apns', 'webhook',
  'integration', 'login', 'reset', 'verification', 'invite', 'magic', 'install', 'installation', 'pat', 'ci', 'runner', 'trigger',
  'pipeline', 'cloudflare', 'consumer', 'tenant', 'account', 'org', 'docker', 'kube', 'k8s', 'sso', 'saml', 'cookie', 'csrf', 'xsrf',
  'remember', 'upload', 'download', 'storage', 'sentry', 'notion', 'linear', 'figma', 'heroku', 'netlify', 'vercel', 'supabase',
  'firebase', 'mapbox', 'shopify', 'paypal', 'okta', 'auth0', 'smtp', 'mail', 'bitbucket', 'atlassian', 'jira', 'datadog', 'temp',
  'temporary', 'encrypted', 'signed', 'secure']);

/** `token`, `pass`, `auth`, `first_pass`, `current_token`, `image_token`: names that as often hold no secret. */
export function isAmbiguousName(name: string): boolean {
  const snake = name.replace(/_+$/, ''); // `pass_`: Python's way around a keyword
  if (AMBIGUOUS_WORDS.test(snake)) return true;
  const m = /^([a-z0-9_]{1,60})_token$/.exec(snake);
  return !!m && !m[1].split('_').some(w => CREDENTIAL_TOKEN_WORDS.has(w));
}
/**
 * The variable a value at the end of `linePrefix` is assigned to, as a statement
 * (`const k = `, `self.token = `, `private static final String KEY = "`, `$k = `, `k := `);
 * a keyword argument or an object key (`Client(key=`, `{"key": `) binds no variable.
 */
const BOUND_BEFORE = /(?:^|[;{])\s{0,20}(?:[A-Za-z_][\w<>[\]?]{0,40}\s{1,5}){0,4}(?:(?:this|self)\s{0,2}\.\s{0,2}|\$this\s{0,2}->\s{0,2})?([$@]{0,2}[A-Za-z_]\w{0,80})\s{0,3}(?::\s{0,3}[\w.<>?[\]|]{1,40}\s{0,3})?:?=\s{0,3}(?:[rbfuRBFU@$]{0,2}["'`])?$/;

const ASSIGNED_JUST_BEFORE = /=\s{0,3}(?:[rbfuRBFU@$]{0,2}["'`])?$/;

function boundNameBefore(text: string, at: number): string | undefined {
  // Most values are no assignment's right-hand side: look for the `=` before reading the line.
  if (!ASSIGNED_JUST_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return undefined;
  const m = BOUND_BEFORE.exec(text.slice(lineStartWithin(text, at, 160), at));
  return m?.[1].replace(/^[$@]+/, '');
}

/**
 * The variable holding the object or list literal a value sits in (`config = {"api_key": "sk-…"}`,
 * `const creds = { apiKey: "…" }`): printing the whole object prints the secret. Read back at
 * most 1,000 characters to the unclosed `{` or `[`, skipping the strings on the way.
 */
function holderOf(text: string, at: number): string | undefined {
  let depth = 0;
  // The value's own opening quote is not the end of a string before it.
  const from = at > 0 && /["'`]/.test(text[at - 1]) ? at - 2 : at - 1;
  for (let k = from; k >= 0 && at - k <= 1000; k--) {
    const ch = text[k];
    // Brackets inside a string on the way (`"label": "a)b"`) are text, not structure.
    if (ch === '"' || ch === "'" || ch === '`') k = stringStartBefore(text, k);
    else if (ch === '}' || ch === ']' || ch === ')') depth++;
    else if (ch === '{' || ch === '[' || ch === '(') {
      if (depth > 0) { depth--; continue; }
      // `dict(` and `Map.of(` hold their arguments; any other call is not a literal.
      if (ch === '(' && !/(?:\bdict|\bMap\.of|\bmapOf|\bhashMapOf|\bmap)\s*$/.test(text.slice(Math.max(0, k - 12), k))) return undefined;
      const opener = ch === '(' ? /[\w.]*\s*$/.exec(text.slice(Math.max(0, k - 40), k))![0].length : 0;
      return boundNameBefore(text, k - opener);
    }
  }
  return undefined;
}

/**
 * Reading backwards from a closing quote at `close`: the opening quote of its string on the same
 * line (escaped quotes skipped), or `close` itself when the line has none (then it was no string).
 */
function stringStartBefore(text: string, close: number): number {
  const quote = text[close];
  for (let k = close - 1; k >= 0 && text[k] !== '\n'; k--) {
    if (text[k] !== quote) continue;
    let backslashes = 0;
    while (k - 1 - backslashes >= 0 && text[k - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return k;
  }
  return close;
}

/** A lower-case binding is local: it reaches this far (about 60 lines); an upper-case constant reaches the whole file. */
const LOCAL_REACH = 2000;

/**
 * Where `name`, used at `at`, was bound earlier in the file to a secret source (an env read of a
 * secret-named variable, `k = os.environ["OPENAI_API_KEY"]`, or a value a rule found, `const k =
 * "sk-proj-…"`), or undefined. What the value is decides, not what the variable is called.
 */
export function secretBindingOf(ctx: RuleContext, lang: Language, name: string, at: number): number | undefined {
  const bindings = secretBindings(ctx, lang, at);
  const positions = bindings.get(name);
  if (!positions) return undefined;
  // Positions are sorted: the last binding before the use is the one in reach, if any is.
  let k = positions.length - 1;
  while (k >= 0 && positions[k] >= at) k--;
  return k >= 0 && (/^[A-Z][A-Z0-9_]*$/.test(name) || at - positions[k] <= LOCAL_REACH) ? positions[k] : undefined;
}

export function boundToSecret(ctx: RuleContext, lang: Language, name: string, at: number): boolean {
  return secretBindingOf(ctx, lang, name, at) !== undefined;
}

/**
 * The literal each top-level alternative of a regex starts with (`process\.env…|import\.meta…`
 * → `process.env`, `import.meta`), or undefined when one starts with no literal. A text holding
 * none of them cannot match: one substring search spares a regex pass over a whole file.
 */
export function literalStarts(re: RegExp): string[] | undefined {
  const alternatives: string[] = [];
  let depth = 0, from = 0;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') { i++; continue; }
    if (src[i] === '(' || src[i] === '[') depth++;
    else if (src[i] === ')' || src[i] === ']') depth--;
    else if (src[i] === '|' && depth === 0) { alternatives.push(src.slice(from, i)); from = i + 1; }
  }
  alternatives.push(src.slice(from));
  const starts = alternatives.map(a => /^(?:\(\?<!(?:[^()]|\([^()]*\))*\))?((?:[\w]|\\[.$])+)/.exec(a)?.[1].replace(/\\(.)/g, '$1') ?? '');
  return starts.every(x => x.length >= 3) ? starts : undefined;
}

/** Per env-read regex: the literals its alternatives start with (none: it is read whole), each as a watch, and a sticky copy to match at one. */
interface EnvReader { literals?: { literal: string; watch: WatchedLiterals }[]; sticky: RegExp }
const READERS = new Map<RegExp, EnvReader>();
const WATCH_BY_LITERAL = new Map<string, WatchedLiterals>();

function readerFor(re: RegExp): EnvReader {
  let r = READERS.get(re);
  if (!r) {
    const starts = literalStarts(re);
    // A literal another one starts with is found at the same places (`os.environ` covers `os.environ.get`).
    const literals = starts && [...new Set(starts)].filter(x => !starts.some(y => y !== x && x.startsWith(y)));
    const watched = literals?.map(literal => ({ literal, watch: WATCH_BY_LITERAL.get(literal) ?? WATCH_BY_LITERAL.set(literal, { literals: [literal] }).get(literal)! }));
    READERS.set(re, r = { literals: watched, sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y') });
  }
  return r;
}

/** Longer than any env read the language records match (their parts are bounded, 100-character names). */
const ENV_READ_REACH = 400;
/** More than any env-read regex's lookbehind reads. */
const LOOKBEHIND = 16;

/** The env-read literals of every language, for the scan's keyword pass to locate (`secretLoggedRule.watches`). */
export const ENV_READ_WATCHES: readonly WatchedLiterals[] = [...new Set(LANGUAGES.flatMap(l => l.env?.reads ?? []).flatMap(re => readerFor(re).literals ?? []).map(x => x.watch))];

/**
 * Calls `onRead` for the env reads that begin in `text[from, to)`: each regex is matched where
 * one of its literal starts occurs (a regex pass over a large file that mentions `process.env`
 * twice costs far more), which the scan's keyword pass locates; a regex without literal starts
 * reads the stretch (C#'s `_configuration[…]`, PHP's `env(…)`).
 */
function readEnvBetween(ctx: RuleContext, lang: Language, from: number, to: number, onRead: (env: string, at: number) => void): void {
  const text = ctx.text;
  for (const re of lang.env?.reads ?? []) {
    const { literals, sticky } = readerFor(re);
    if (!literals) {
      // Reads that begin in [from, to), read whole (one may end past `to`), with what their
      // lookbehinds look at: the next call starts at `to`, so a read cut there would be lost.
      const base = Math.max(0, from - LOOKBEHIND);
      for (const m of text.slice(base, to + ENV_READ_REACH).matchAll(re)) {
        const at = base + m.index!;
        if (at >= to) break;
        if (at >= from) onRead(m.slice(1).find(g => g !== undefined)!, at);
      }
      continue;
    }
    for (const { literal, watch } of literals) {
      // Where the pass has not read: a literal that begins before `b` may end past it.
      const search = (a: number, b: number) => {
        const i = text.slice(a, b + literal.length - 1).indexOf(literal);
        return i >= 0 && a + i < b ? a + i : -1;
      };
      for (let at = nextOccurrence(ctx, watch, from, to, search); at >= 0; at = nextOccurrence(ctx, watch, at + 1, to, search)) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m) onRead(m.slice(1).find(g => g !== undefined)!, at);
      }
    }
  }
}

/**
 * How far from `from` no env-read literal of `lang` begins, as far as the scan's keyword pass
 * knows: the first one it recorded, or where its reading stops. Outside a scan: `from`.
 */
function envReadsFreeUntil(ctx: RuleContext, lang: Language, from: number): number {
  let until = Infinity;
  for (const re of lang.env?.reads ?? []) {
    const { literals } = readerFor(re);
    if (!literals) return from;
    for (const { watch } of literals) {
      const seen = ctx.occurrences?.(watch);
      if (!seen) return from;
      until = Math.min(until, firstRecordedAtOrAfter(seen, from) ?? seen.knownTo);
    }
  }
  return until;
}

/** A pattern matching any name bound to a secret source so far, or undefined when there is none. */
export function boundNamesPattern(ctx: RuleContext, lang: Language, to: number): RegExp | undefined {
  const bindings = secretBindings(ctx, lang, to);
  const f = factsOf(ctx);
  if (bindings.size && f.boundPattern?.size !== bindings.size) {
    const names = [...bindings.keys()].map(n => n.replace(/\$/g, '\\$'));
    f.boundPattern = { size: bindings.size, re: new RegExp(`(?<![\\w$])(?:${names.join('|')})(?![\\w$])`) };
  }
  return f.boundPattern?.re;
}

/**
 * The names bound so far to a secret source, each with where. Bindings are only needed before
 * their uses, so env reads are read up to `to` (the end of what is being judged) and no further:
 * a scan that stops at the findings cap reads no more of the file.
 */
function secretBindings(ctx: RuleContext, lang: Language, to: number): Map<string, number[]> {
  const f = factsOf(ctx);
  const end = Math.min(ctx.text.length, to);
  const found = ctx.valuesFound;
  // Most calls: nothing new before `to` (no env read's literal, no newly found value).
  if ((end <= f.envReadTo || end <= f.envNextAt) && (!found || f.valuesRead >= found.length)) return f.bindings;
  // Capped: past MAX_BOUND_NAMES names a file is generated data, and the gate pattern must stay small.
  const add = (name: string | undefined, at: number) => {
    if (!name || (!f.bindings.has(name) && f.bindings.size >= MAX_BOUND_NAMES)) return;
    const positions = f.bindings.get(name) ?? f.bindings.set(name, []).get(name)!;
    let k = positions.length; // kept sorted: bindings arrive almost in text order
    while (k > 0 && positions[k - 1] > at) k--;
    positions.splice(k, 0, at);
  };
  if (end > f.envReadTo && end > f.envNextAt) {
    readEnvBetween(ctx, lang, f.envReadTo, end, (env, at) => {
      if (memo(ctx, `env:${env}`, () => namesASecret(env.split(/[:.]/).pop()!) && !clientPrefixOf(env))) add(boundNameBefore(ctx.text, at), at);
    });
    f.envReadTo = end;
    f.envNextAt = envReadsFreeUntil(ctx, lang, end);
  }
  // Values found since the last call (the scan reaches them in text order).
  // A value inside an object or list literal makes the variable holding the literal a credential object.
  for (; found && f.valuesRead < found.length; f.valuesRead++) {
    const at = found[f.valuesRead].start;
    add(boundNameBefore(ctx.text, at) ?? holderOf(ctx.text, at), at);
  }
  return f.bindings;
}

/**
 * Whether an ambiguous name (`token`) used at `at` holds a credential: the file binds it, before
 * the use and within reach, to a secret source (`boundToSecret`) or to an expression that names
 * a credential (`token = client.exchange(code, client_secret=…)`, `token = get_access_token()`).
 * A lexeme (`token = this.read()`, `for token in tokens`) and a cursor are bound to neither.
 */
export function holdsCredential(ctx: RuleContext, lang: Language, name: string, at: number): boolean {
  if (boundToSecret(ctx, lang, name, at)) return true;
  const positions = memoList(ctx, `cred:${name}`, () => credentialAssignments(ctx.text, name));
  return positions.some(p => p < at && at - p <= LOCAL_REACH);
}

/** Where `name` is assigned an expression naming a credential (one pass per distinct name and file). */
function credentialAssignments(text: string, name: string): number[] {
  const assignment = new RegExp(`(?<![\\w$@.])(?:(?:this|self)\\s{0,2}\\.\\s{0,2})?[$@]{0,2}${name}\\s{0,3}(?::[^=\\n]{0,40})?:?=(?![=>~])([^;\\n]{0,200})`, 'g');
  const out: number[] = [];
  for (const m of text.matchAll(assignment)) {
    if ([...m[1].matchAll(IDENTIFIER)].some(id => namesCredential(id[0].split(/\.|->|\?\./).pop()!.trim()))) out.push(m.index!);
  }
  return out;
}

/** A name that is a credential by itself (`client_secret`, `access_token`, `get_access_token`), not an ambiguous one. */
function namesCredential(name: string): boolean {
  const bare = name.replace(/^[$@]+/, '');
  return namesASecret(bare) && !isAmbiguousName(snakeCase(bare));
}
