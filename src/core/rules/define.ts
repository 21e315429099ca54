/**
 * Builders that keep each rule entry a few lines of data.
 */

import { assignedNameBefore } from '../assignment';
import { isIdentifierOrPath, isLowDiversity, isPeriodic, isTemplate, looksRandomEnough } from '../filters';
import { lineStartWithin, parentMappingName, shannonEntropy } from '../text';
import { namesHash, namesOtherService, namesPublicKey, namesRunIdentifier } from './names';
import { sectionAt } from './sections';
import type { RawMatch, Rule, RuleContext } from '../types';

/**
 * A check for formats whose prefix leaves no doubt what was meant (`AGE-SECRET-KEY-1…`, `glsa_…`): a
 * value that fails it is reported as information, not dropped. Such values are test fakes with a
 * random body (scanners' own test tables are full of them) or a real key damaged in copying, and
 * a user wants to know either is there; only a verified value is an error. Formats whose failing
 * look-alikes are common in ordinary code (GitHub's, npm's) keep dropping them.
 */
export function unverifiedAsInfo(
  check: (value: string) => boolean | Partial<RawMatch>, what: string,
): (value: string) => boolean | Partial<RawMatch> {
  return value => {
    const verdict = check(value);
    return verdict !== false ? verdict
      : { severity: 'info', confidence: 'provider', detail: `${what} does not verify: a test value or a damaged copy` };
  };
}

/** Characters that may not touch a token on either side (so we match whole tokens only). */
const TOKEN_CHARS = 'A-Za-z0-9_\\-';

/**
 * A rule for a token with a literal prefix and a fixed body shape:
 * `prefixed({ prefix: 'ghp_', body: '[A-Za-z0-9]{36}' , … })`.
 * The whole token is the secret; word boundaries are enforced on both sides.
 */
export function prefixed(
  spec: Omit<Rule, 'pattern' | 'keywords' | 'confidence' | 'severity'> & {
    prefix: string | readonly string[];
    body: string;
    keywords?: readonly string[];
    confidence?: Rule['confidence'];
    severity?: Rule['severity'];
    /** Allow the token to be followed by these characters (e.g. `-` when the body ends in `_`). */
    tokenChars?: string;
    /** The body (after the prefix) must mix letters and digits, as issued keys do and words and ids do not. */
    bodyMixes?: boolean;
    /** An optional lead before the prefix that belongs to the token (GitLab's instance prefix: `acme-glpat-…`). */
    lead?: string;
  },
): Rule {
  const prefixes = typeof spec.prefix === 'string' ? [spec.prefix] : spec.prefix;
  const edge = spec.tokenChars ?? TOKEN_CHARS;
  // `=` only ever pads a token's end; before a token it is an assignment (`KEY=ABSK…`). A `-` joins
  // a longer token, except in a shell default's `:-` (`${NETLIFY_AUTH_TOKEN:-nfp_…}`).
  const before = edge.replace('=', '');
  // (A class may end in a bare `-`: Sentry's `A-Za-z0-9_+/=-`.)
  const dash = before.includes('\\-') ? '\\-' : before.endsWith('-') ? '-' : '';
  const fence = dash ? `(?<![${dash === '-' ? before.slice(0, -1) : before.replace(dash, '')}])(?<!(?<!:)-)` : `(?<![${before}])`;
  const alternation = prefixes.map(escapeRegExp).join('|');
  const { prefix: _p, body, tokenChars: _t, bodyMixes, validate, lead, ...rest } = spec;
  const checked: Rule['validate'] = (value, ctx, match) => {
    const prefix = prefixes.find(x => value.startsWith(x)) ?? '';
    const rest = value.slice(prefix.length);
    // A stand-in typed after a real prefix: `sgp_0123456789abcdef0123456789abcdef…`, `ghp_aaaa…`.
    if (isPeriodic(rest) || isLowDiversity(rest)) return false;
    if (bodyMixes && !mixesLettersAndDigits(rest)) return false;
    return validate ? validate(value, ctx, match) : true;
  };
  return {
    confidence: 'provider',
    severity: 'error',
    ...rest,
    validate: checked,
    keywords: spec.keywords ?? prefixes.map(p => p.toLowerCase()),
    pattern: new RegExp(`${fence}(?<secret>${lead ? `(?:${lead})?` : ''}(?:${alternation})${body})(?![${edge}])`),
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Characters around `[start, end)` of the scanned text, for context checks in validators. */
export function around(text: string, start: number, end: number, chars: number): string {
  return text.slice(Math.max(0, start - chars), Math.min(text.length, end + chars));
}

/** The names of the calls opened in the 80 characters before `at` (`Amplitude(configuration: Configuration(` → both). */
export function callsBefore(text: string, at: number): string[] {
  // Only the calls still open at the value: `Mistral(api_key="…")` on the line above is closed, no call of this value's.
  const open: string[] = [];
  const lead = text.slice(Math.max(0, at - 80), at);
  // (With its receiver: `Mixpanel.initialize(token: "…")` is Mixpanel's call.)
  for (const m of lead.matchAll(/([A-Za-z][\w.]{1,60})?[ \t]{0,3}\(|\)/g)) {
    if (m[0] === ')') open.pop();
    else open.push(m[1] ?? '');
  }
  return open.filter(Boolean);
}

/** The text on the value's line before it (at most `chars`): where its name usually is. */
export function leadIn(text: string, start: number, chars = 120): string {
  return text.slice(lineStartWithin(text, start, chars), start);
}

/**
 * A bounded, whole-token pattern for a body with no prefix (`[a-f0-9]{32}`): it must not
 * touch other token characters on either side.
 */
export function bare(body: string, edge = TOKEN_CHARS): RegExp {
  // As in `prefixed`: `=` only ever pads a token's end; before a value it is an assignment.
  return new RegExp(`(?<![${edge.replace('=', '')}])(?<secret>${body})(?![${edge}])`);
}

/** True when the value mixes letters and digits (keys do; words, numbers and many ids do not). */
/**
 * A key of the provider's test or sandbox mode (`sk_test_…`, `SB-Mid-server-…`) is told as
 * information under its own title: it moves no real money, but it is still the account's.
 */
export function testModeAsInfo(testPrefix: string, title: string): (value: string) => true | { severity: 'info'; title: string } {
  return value => (value.startsWith(testPrefix) ? { severity: 'info', title } : true);
}

export function mixesLettersAndDigits(value: string): boolean {
  return /[A-Za-z]/.test(value) && /[0-9]/.test(value);
}

/** Twenty or more letters of both cases, as varied as random text: a generated value that drew no digit. */
export function randomOfLettersAlone(value: string): boolean {
  const run = value.replace(/^[a-z]{1,4}[-_]/, ''); // (after a prefix: Modal's `as-`)
  return run.length >= 20 && /^[A-Za-z]+$/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run) && shannonEntropy(run) >= 4;
}

/**
 * The INI/TOML section that holds `at`, with the comment lines right above its header (they may
 * name the provider: `# Weaviate⏎[vector]`); text within 2,000 characters of `at` only.
 */
function sectionAround(ctx: RuleContext, at: number): { name: string; start: number; end: number } | undefined {
  const section = sectionAt(ctx, at);
  if (!section || at - section.start > 2000) return undefined;
  const comments = /(?:^|\n)((?:[ \t]*[#;][^\n]{0,200}\n){1,3})$/.exec(ctx.text.slice(Math.max(0, section.start - 600), section.start));
  return { name: section.name, start: section.start - (comments ? comments[1].length : 0), end: Math.min(section.end, at + 2000) };
}

/**
 * A rule for a prefix-less format (`[A-Za-z0-9]{40}`) that only counts near words naming the
 * provider: the keywords find the place, `near` must match within `chars` of the value.
 */
/** The name of a name/value pair whose value starts at `at`: `"name": "X", "value": "` (JSON settings exports). */
function pairNameBefore(text: string, at: number): string | undefined {
  return /["']name["'][ \t]{0,3}:[ \t]{0,3}["']([\w.:-]{1,100})["'][ \t]{0,3},[ \t]{0,3}["']value["'][ \t]{0,3}:[ \t]{0,3}["']$/.exec(text.slice(Math.max(0, at - 200), at))?.[1];
}

/** The object a value is a member of, opened earlier on its line: `algolia: { appId: 'X', searchKey: '`. */
const MEMBER_OF = /([A-Za-z_$][\w$]{0,40})["']?[ \t]{0,3}[:=][ \t]{0,3}\{[^{}]{0,200}$/;

export function contextual(
  spec: Omit<Rule, 'pattern' | 'context' | 'window' | 'confidence' | 'severity'> & {
    body: string;
    near: RegExp;
    chars?: number;
    severity?: Rule['severity'];
    tokenChars?: string;
  },
): Rule {
  const { body, near, chars = 600, tokenChars, validate, ...rest } = spec;
  return {
    confidence: 'provider',
    severity: 'error',
    ...rest,
    // The provider's name nearby is weaker than the value's own name: a hash's name
    // (`model_sha256`), a public key's (`public_key_openssh`) or another service's
    // (`GOOGLE_API_KEY` in Fireworks code) says what it is.
    validate: (value, ctx, match) => {
      // (Or the name of a name/value pair: App Service's `{ "name": "Algolia__SearchApiKey", "value": "…" }`.)
      const name = pairNameBefore(ctx.text, match.start) ?? assignedNameBefore(ctx.text, match.start);
      if (name && (namesHash(name) || namesPublicKey(name) || namesRunIdentifier(name) || namesOtherService(name, near, spec.provider))) return false;
      // So does a call it is an argument of (`Amplitude(configuration: Configuration(apiKey: "…"` in a file that also sets up Datadog).
      // (By the call's own name: `vault.create_secret('re_…', 'resend_api_key')` stores Resend's key in a vault.)
      if (callsBefore(ctx.text, match.start).some(call => namesOtherService(call.slice(call.lastIndexOf('.') + 1), near, spec.provider))) return false;
      // So does the object it is a member of, on its line (`algolia: { appId: …, searchKey: '…' }` beside an ElevenLabs key).
      const parent = MEMBER_OF.exec(leadIn(ctx.text, match.start, 240))?.[1];
      if (parent && namesOtherService(parent, near, spec.provider)) return false;
      // Or the mapping it is nested in (`shopify:` above `  api-key: …`, beside Twilio's settings).
      const mapping = parentMappingName(ctx.text, match.start);
      if (mapping && namesOtherService(mapping, near, spec.provider)) return false;
      // So does the section that holds it: the provider's name must be in it (`[chroma]` after a `[weaviate]` section),
      // or in the file's name (`[default]` of `~/.lacework.toml`).
      const section = sectionAround(ctx, match.start);
      if (section && !near.test(section.name) && !near.test(ctx.text.slice(section.start, section.end)) && !near.test((ctx.path ?? '').split('/').pop() ?? '')) return false;
      return validate ? validate(value, ctx, match) : true;
    },
    pattern: bare(body, tokenChars),
    window: { before: chars, after: chars, wholeLines: true },
    context: { pattern: near, chars },
  };
}

/**
 * Every match of a `secret`-group pattern in the window, mapped through `judge` (undefined drops
 * it; the object it returns is added to the match). An exec loop, not `matchAll`: that clones
 * the regex on every call, which cost the Basic-auth rule three quarters of its time.
 */
/**
 * A file that holds one secret alone (rsync's `--password-file`, `.erlang.cookie`, Velocity's
 * `forwarding.secret`): its path says what it is, its whole content is the value. `alphabet`
 * narrows the value (a cookie's letters); by default any line a person or a tool writes.
 */
export function loneSecretFile(spec: Omit<Rule, 'keywords' | 'pattern' | 'validate' | 'confidence' | 'severity'> & { paths: RegExp; alphabet?: string }): Rule {
  const { alphabet, ...rule } = spec;
  const body = alphabet ? `[${alphabet}]{8,255}` : String.raw`[^\s#;][^\r\n]{2,200}?`;
  return {
    ...rule, keywords: [], confidence: 'provider', severity: 'error',
    pattern: new RegExp(String.raw`^(?<secret>${body})[ \t]{0,20}(?:\r?\n)?$`),
    validate: value => !isDummyPassword(value),
  };
}

export function eachSecret(re: RegExp, window: string, windowStart: number,
  judge: (value: string, m: RegExpExecArray) => Partial<RawMatch> | undefined = () => ({})): RawMatch[] {
  const out: RawMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const value = m.groups!.secret;
    const extra = judge(value, m);
    if (!extra) continue;
    const [s, e] = m.indices!.groups!.secret;
    out.push({ start: windowStart + s, end: windowStart + e, value, ...extra });
  }
  return out;
}

/** Every match of a `secret`-group pattern in the window, minus dummy passwords (`changeme`, `admin`). */
export function passwordsIn(re: RegExp, window: string, windowStart: number): RawMatch[] {
  return eachSecret(re, window, windowStart, value => (isDummyPassword(value) ? undefined : {}));
}

/** Passwords that docs, samples and local setups use: not worth a finding. */
const DUMMY_PASSWORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'pw', 'secret', 'postgres', 'postgresql', 'root',
  'admin', 'administrator', 'changeme', 'change_me', 'changeit', 'example', 'test', 'testing', 'guest', 'user', 'username',
  'default', 'demo', 'sample', 'mysql', 'mariadb', 'redis', 'mongo', 'mongodb', 'rabbitmq', 'rabbit', 'letmein', 'foo',
  'bar', 'foobar', 'qwerty', 'sa', 'dev', 'local', 'docker', 'token', 'apikey', 'api_key', 'key', 'auth', 'login',
  // (A word for no password: `ntrip://user:none@caster`, a caster that takes any.)
  'none', 'null', 'nil', 'empty',
  'hunter2', 'asdf', 'asdfasdf', 'mysecretpassword', 'supersecret', 'yourpassword', 'mypassword', 'dbpassword', 'db_password',
  // The examples of RFC 7617 (Aladdin / open sesame) and of old manuals (xyzzy).
  'open sesame', 'opensesame', 'xyzzy',
  // Demo accounts of database manuals: Oracle's scott/tiger, Firebird's masterkey; redis.conf's example `requirepass foobared`.
  'tiger', 'masterkey', 'foobared',
  // The Android SDK's debug keystore (`~/.android/debug.keystore`): `android` opens it and its key, on every machine.
  'android',
  // AVEVA (Wonderware) Historian's documented default logins (aaUser/pwUser, aadbo/pwddbo, aaPower/pwPower, aaAdmin/pwAdmin).
  'pwuser', 'pwddbo', 'pwpower', 'pwadmin',
  // Local development stacks' defaults: Lando's and DDEV's database user and password are the recipe's name
  // (`drupal10`, `wordpress`), Laravel Homestead's is `secret`'s neighbour `homestead`.
  'drupal', 'drupal7', 'drupal8', 'drupal9', 'drupal10', 'drupal11', 'wordpress', 'magento', 'magento2', 'joomla', 'lamp', 'lemp', 'lando', 'ddev', 'db', 'homestead',
  // Mattermost's development database password, in its shipped config.default.json and docker-compose files.
  'mostest',
  // MinIO's documented root user and password for a local server (`minio server`, its docker images).
  'minioadmin']);

/** A variable's name or expression (`$PASS`, `$_SESSION['pw']`, `$this->password`, `$Global{'bindpw'}`), a bind or a format field. */
const BIND_OR_FIELD = /^(?:[$:@][A-Za-z_]\w*(?:[[{]|->|::|\.\w).*|[$:@][A-Za-z_]\w*;?|\$[{(].*|%[-+ #0]?\d*[sdr]|%\(\w+\)[sdr]|%\w+%|:)$/;

/**
 * A generated password that happens to open with a bind's or a variable's sigil (`@hCWUj7A79yDN…`,
 * `@A2LiDZaNh.PTH…`): its first word flips case again and again and holds a digit, as no name does
 * (`@dbPassword2`, `$this->password`).
 */
function isGeneratedAfterSigil(password: string): boolean {
  const word = /^[$:@]([A-Za-z_]\w{7,})/.exec(password)?.[1];
  if (!word || !/\d/.test(word)) return false;
  let flips = 0;
  for (let i = 1; i < word.length; i++) if (/[a-z]/.test(word[i - 1]) !== /[a-z]/.test(word[i]) && /[A-Za-z]/.test(word[i - 1]) && /[A-Za-z]/.test(word[i])) flips++;
  return flips >= 4;
}

/**
 * True for placeholder or template passwords: `password`, `changeme`, `${DB_PASS}`, `<password>`,
 * `{password}`, `%s`, `:password` binds, `****`, `P@ssw0rd`, `123456`.
 */
export function isDummyPassword(password: string): boolean {
  const p = percentDecoded(password).toLowerCase();
  if (DUMMY_PASSWORDS.has(p) || p.length < 3) return true;
  // Marks alone (`@:/?#` percent-encoded in a parser's fuzz seed, `!@#$%^&*`): a test of escaping, not a password.
  if (p.length <= 16 && !/[\p{L}\p{N}]/u.test(p)) return true;
  // Binds and fields (`:pw`, `$PASS`, `${PASS}…`, `$(cat pw)`, `%s`, `%(pw)s`, `%PW%`), masks (`***`), templates.
  // A generated password may open with `$` or `%` all the same (`$klN…|=rz…`).
  // A mask is mostly stars (`****abcd`, `ab**`); a generated password may open with two (`**HytP%…`).
  if ((BIND_OR_FIELD.test(password) && !isGeneratedAfterSigil(password)) || /^\*{2,}[^*]{0,6}$|^[^*]{0,6}\*{2,}$|\*{3}/.test(password) || isTemplate(password)) return true;
  if (/^(?:x+|\*+|\.+|_+|-+|0+|1234\d*|abc\d*|\d{1,8})$/i.test(p)) return true;
  if (/^(.{2,6})\1{1,5}$/.test(p)) return true; // a word typed twice: `testtest`, `adminadmin`
  // An e-mail address (a top-level domain of letters): an anonymous login's. `DP@Yc…w9.7pp-M` is a password, and
  // so is `5k@HD02J42deJSM.tYg`: a domain is written in lower case.
  if (/^[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}$/.test(percentDecoded(password))) return true;
  if (/^(?:__)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?:__)?$/.test(percentDecoded(password))) return true; // `SAS_KEY`, `__SET_BY_RUNBOOK__`: a name to fill in
  const cased = percentDecoded(password).replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/3/g, 'e').replace(/[$5]/g, 's')
    .replace(/[^A-Za-z0-9]/g, ''); // `pa/ssword`, `pa?sword`: a word split by punctuation is the same word
  const plain = cased.toLowerCase();
  // An anonymous FTP login's password is by convention an e-mail address or `-anonymous@`.
  for (const m of plain.matchAll(DUMMY_WORDS)) if (writtenAsWords(cased, m.index!, m.index! + m[0].length)) return true;
  return false;
}

const DUMMY_WORDS = /pass(?:word|wd)?|secret|token|sensitive|changeme|example|placeholder|your|redacted|dummy|anonymous|notreal|fake|throwaway|insecure/g;

/**
 * Words are written in one case or capitalised (`ChangeMe`, `YourPassword`, `FAKE`): a capital after a
 * lower-case letter starts a word, after three letters at least. A random run's `3fAke` holds no `fake`.
 */
function writtenAsWords(cased: string, start: number, end: number): boolean {
  let wordStart = start;
  for (let j = start + 1; j < end; j++) {
    if (/[a-z]/.test(cased[j - 1]) && /[A-Z]/.test(cased[j])) {
      if (j - wordStart < 3) return false;
      wordStart = j;
    }
  }
  return true;
}

/** `p%40ssword` → `p@ssword` (URL userinfo is percent-encoded); the text itself when it is not valid encoding. */
function percentDecoded(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const KEY_NAME = /key|token|secret|auth|bearer|password|credential/i;

/**
 * The value sits under a name that says it is a key, token or secret (not an id, a hash or a
 * version): `FOO_API_KEY=`, `apiKey:`, `"x-api-key":`, `token =`. When the value is assigned,
 * its own name decides (`example: "<uuid>"` next to a `drain_token` key is an example); else
 * the line before it (`-H "Authorization: SSWS …"`). Code identifiers are never keys.
 */
export function underKeyName(value: string, ctx: RuleContext, match: RawMatch): boolean {
  if (isIdentifierOrPath(value)) return false;
  // A path's segment names a resource (`arn:aws:kms:…:key/<uuid>`, `…/keys/<uuid>`): an id, whatever the name.
  if (ctx.text[match.start - 1] === '/') return false;
  const name = assignedNameBefore(ctx.text, match.start);
  // (Not a key its name says is public: `RECAPTCHA_SITE_KEY` beside a Cloudflare token is reCAPTCHA's, an Algolia `searchKey` beside Twilio's is Algolia's.)
  if (name) return KEY_NAME.test(name) && !/(?:^|[_.-]|[a-z](?=[A-Z]))(?:site|public|publishable|browser|search(?:[_.-]?only)?)[_.-]?(?:api[_.-]?)?key$/i.test(name);
  const lead = leadIn(ctx.text, match.start, 80);
  // A call's arguments a line each: the name is the argument above (`spark.conf.set(⏎"fs.azure.account.key.…",⏎"…")`).
  const argumentAbove = /^[ \t]*["']?$/.test(lead) ? /["']([^"'\n]{1,120})["'][ \t]*,[ \t]*\r?\n$/.exec(ctx.text.slice(Math.max(0, match.start - lead.length - 200), match.start - lead.length)) : null;
  if (argumentAbove) return KEY_NAME.test(argumentAbove[1]);
  // A value alone on its line under a line that names it, as a chat message or a note gives one: `the okta api token …:⏎<token>`.
  if (/^[ \t>`]*$/.test(lead) && /^[`]?[ \t]*(?:\r?\n|$)/.test(ctx.text.slice(match.end, match.end + 4))) {
    const above = /([^\n]{4,200}):[ \t]*\r?\n[ \t>`]*$/.exec(ctx.text.slice(Math.max(0, match.start - 220), match.start));
    if (above && KEY_NAME.test(above[1].replace(/[^A-Za-z]+/g, '_'))) return true;
  }
  return KEY_NAME.test(lead);
}

/**
 * A prefix-less key that only counts next to its provider's name and under a key-ish name
 * (`ASSEMBLYAI_API_KEY = "<32 hex>"`, `assemblyai.settings.api_key = …` after an import of the
 * SDK), passed to a call named after the provider (`new Resend("…")`), or assigned to the provider's name (`Resend = "…"`). `keywords` find the place; a value that does not mix letters and digits is a word or an
 * id, never a key.
 */
export function providerKey(
  spec: Omit<Rule, 'pattern' | 'context' | 'window' | 'confidence' | 'severity' | 'validate'> & {
    body: string;
    near: RegExp;
    chars?: number;
    severity?: Rule['severity'];
    tokenChars?: string;
    /** Extra check after the shared ones (e.g. a narrower name). */
    also?: Rule['validate'];
    /** Text right before the value that names it as the provider's without a key name (Okta's `SSWS ` scheme). */
    schemeBefore?: RegExp;
    /** The provider's own prefix of its newer keys (`fw_`): with it, the value needs no key name, only the provider near. */
    ownPrefix?: string;
    /** The text before the value when it is the argument after its pair's id (`Credential("AKID…", "…")`), lines included. */
    argumentAfter?: RegExp | ((before: string, ctx: RuleContext, match: RawMatch) => boolean);
  },
): Rule {
  const { also, schemeBefore, ownPrefix, argumentAfter, ...rest } = spec;
  return contextual({
    ...rest,
    validate: (value, ctx, match) => {
      // (A generated type's name mixes them too: `GoogleCloudAiplatformV1beta1OutputConfig` beside Cohere's models.)
      // A long random run of both cases may hold no digit by chance (one 22-character run in fifty).
      if (!(mixesLettersAndDigits(value) || randomOfLettersAlone(value)) || isIdentifierOrPath(value)) return false;
      // A version after a model's or an image's path (`stability-ai/sdxl:<64 hex>` on Replicate): an id.
      if (/[\w.-]\/[\w.-]{1,100}:$/.test(ctx.text.slice(Math.max(0, match.start - 120), match.start))) return false;
      if (!(ownPrefix && value.startsWith(ownPrefix)) && !underKeyName(value, ctx, match) && !providerCallArgument(ctx.text, match.start, spec.near) && !underProviderName(ctx.text, match.start, spec.near)
        && !schemeBefore?.test(leadIn(ctx.text, match.start, 40))) {
        const before = ctx.text.slice(Math.max(0, match.start - 120), match.start);
        return typeof argumentAfter === 'function' ? argumentAfter(before, ctx, match) : !!argumentAfter?.test(before);
      }
      return also ? also(value, ctx, match) : true;
    },
  });
}

/** The value is assigned to the provider's own name: an enum member or a map entry (`Resend = "…"`, `resend: "…"`). */
function underProviderName(text: string, at: number, provider: RegExp): boolean {
  const name = assignedNameBefore(text, at);
  // The name is the provider's word and nothing more: `FIREWORKS_ACCOUNT` says which value it is.
  return !!name && name.length <= 24 && /^[A-Za-z][A-Za-z0-9]*$/.test(name) && provider.test(name) && !/(?:id|url|host|region|user|account|checksum|hash)$/i.test(name);
}

/** The value is the first argument of a call named after the provider: `new Resend("…")`, `pagerduty.NewClient("…")`. */
function providerCallArgument(text: string, at: number, provider: RegExp): boolean {
  const callee = /([A-Za-z_$][\w$.:]{0,60})[ \t]{0,3}\([ \t]{0,3}["'`]$/.exec(text.slice(Math.max(0, at - 70), at));
  if (!callee || !provider.test(callee[1])) return false;
  // The provider's constructor or its client's (`new Exa(`, `cohere.ClientV2(`), not a method of a client (`exa.getRun('<run id>')`).
  const method = callee[1].slice(Math.max(callee[1].lastIndexOf('.'), callee[1].lastIndexOf(':')) + 1);
  return method === callee[1] || provider.test(method) || /^(?:(?:Async)?Client(?:V\d)?|create(?:Client)?|init(?:ialize)?|configure|setup|connect|login|auth(?:enticate)?|with(?:Api)?Key|set(?:Api)?Key)$/i.test(method);
}

/**
 * A rule for an SDK that takes its secret as a positional argument: the calls as written
 * (`new Mandrill(`), and which argument is the secret (Stream's second: key, then secret).
 * Earlier arguments may be literals or names.
 */
export function positionalSecret(spec: Omit<Rule, 'keywords' | 'pattern' | 'validate' | 'confidence' | 'severity'> & { calls: readonly string[]; argument: number }): Rule {
  const { calls, argument, ...rule } = spec;
  // (Arguments may sit on the lines below the call: `create_default_logger(⏎    "…"⏎  )`.)
  const earlier = String.raw`(?:["'][^"'\n]{0,200}["']|[\w.$]{1,80})[ \t]{0,4},\s{0,40}`.repeat(argument - 1);
  return {
    ...rule,
    keywords: calls.map(c => c.toLowerCase()),
    window: { before: 0, after: 400 },
    pattern: new RegExp(String.raw`(?:${calls.map(escapeRegExp).join('|')})\s{0,40}${earlier}(?<q>["'])(?<secret>[^"'\s\\]{12,200})\k<q>\s{0,40}[,)]`),
    validate: value => !isDummyPassword(value) && looksRandomEnough(value, 2.9, 200),
    confidence: 'provider', severity: 'error',
  };
}
