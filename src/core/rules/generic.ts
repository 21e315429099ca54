import { assignmentAt } from '../assignment';
import { isHashLike, isIdentifierOrPath, isPlaceholder, isReference, isUuid, looksRandomEnough } from '../filters';
import { isLockfile } from '../fileKinds';
import type { RawMatch, Rule, RuleContext } from '../types';

/**
 * Words that, as the *last* meaningful part of a name, say it holds a credential:
 * `dbPassword`, `client_secret`, `STRIPE_API_KEY`, `auth-token`.
 */
const SECRET_TAIL = /(?:^|[^a-z])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api_?key|apikey|access_?key|private_?key|secret_?key|client_?secret|auth_?key|signing_?key|encryption_?key|master_?key|key_?base|credentials?)$/;

/** Names that talk *about* a credential without holding one: `tokenUrl`, `passwordField`, `secretName`. */
const NOT_A_VALUE = /(?:id|name|names|url|uri|path|file|type|types|length|len|count|size|prefix|suffix|header|field|label|env|var|key_id|keyid|policy|regex|pattern|placeholder|hint|hash|digest|checksum|sha|endpoint|format|mode|expiry|expires|expiration|ttl|timeout|usage|param|schema|storage|store|provider|kind|version|dir|location|method)$/;

/**
 * Tokens that are not credentials: pagination cursors, idempotency and change tokens
 * (`NextToken`, `ClientToken`, `pageToken`, `continuationToken`), CSRF tokens.
 */
const NOT_A_CREDENTIAL_TOKEN = /(?:^|_)(?:next|page|pagination|continuation|change|client|export|import|copy|grant|update|idempotency|sync|resume|request|cancel|forward|backward|marker|cursor|csrf|xsrf|verification|notification|registration|lexer|parser|syntax|cancellation|test|mock|fake|dummy|example|sample)_token$/;

/** Hash/identifier fields whose values look random but are not credentials. */
const HASH_NAMES = /integrity|checksum|digest|hash|sha\d*|md5|etag|nonce|salt|fingerprint|commit|revision|uuid|guid|csrf|xsrf/;

/** Splits `stripeSecretKey` / `STRIPE_SECRET_KEY` / `stripe.secret-key` into normalised snake case. */
function normaliseName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()
    .replace(/^_+|_+$/g, '');
}

export function isSecretName(name: string): boolean {
  const n = normaliseName(name);
  if (!SECRET_TAIL.test(n) || NOT_A_VALUE.test(n) || NOT_A_CREDENTIAL_TOKEN.test(n)) return false;
  return !HASH_NAMES.test(n.replace(/token$/, ''));
}

export function isPasswordName(name: string): boolean {
  return /pass|pwd/.test(normaliseName(name));
}

/** Decides whether an assigned literal is worth reporting. */
export function acceptValue(name: string, value: string, quoted: boolean, ctx: RuleContext): boolean {
  if (!quoted && !ctx.configLike) return false; // `token = getToken()` in code is not a literal
  // Cheap shape checks first; credentials found by name alone are short single tokens
  // (longer structured ones — PEM, JWT, URLs — have rules of their own).
  if (value.length < 8 || value.length > 200 || !looksRandomEnough(value, isPasswordName(name) ? 2.8 : 3.3)) return false;
  if (isPlaceholder(value) || isReference(value) || isIdentifierOrPath(value)) return false;
  if (isUuid(value) || isHashLike(value)) return false;
  if (/^(?:true|false|yes|no|on|off|required|optional|null|nil|none|empty|string|number|boolean|secret|password|token)$/i.test(value)) return false;
  if (/^\d+$/.test(value) || /[{}()<>\[\]]/.test(value)) return false;
  if (/^[,;:)\]}>|&]/.test(value)) return false; // the name was prose inside a string: `"Unexpected token =",Dup…`
  if (/^(?:test|dummy|fake|demo|sample|example|foo|bar|abc|admin|root|guest|user|pass)/i.test(value)) return false;
  if (/^(?:0x)?[0-9a-f]+$/i.test(value) && value.length < 20) return false; // short hex: ids, colours, hashes
  if (/^[A-Za-z]+$/.test(value) && (value.match(/[A-Z]/g)?.length ?? 0) <= 3) return false; // words: `IAmSensitive`
  if (/pass(?:word|wd)|secret|token|sensitive|private/.test(deLeet(value))) return false; // `P@ssw0rd!`, `mySecret123`
  return true;
}

/** `P@ssw0rd` → `password`: placeholder passwords often come in leetspeak. */
function deLeet(value: string): string {
  return value.toLowerCase().replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/3/g, 'e')
    .replace(/[$5]/g, 's').replace(/7/g, 't');
}

const KEYWORDS = ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'api_key', 'apikey', 'api-key',
  'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'private-key', 'credential', 'auth_key', 'authkey',
  'signing_key', 'signingkey', 'encryption_key', 'encryptionkey', 'master_key', 'masterkey'];

const KEYWORD_PATTERN = new RegExp(KEYWORDS.join('|'), 'gi');

/** Offsets of every keyword in the window, ascending (one regex pass, no lower-cased copy). */
function keywordOffsets(window: string): number[] {
  const offsets: number[] = [];
  KEYWORD_PATTERN.lastIndex = 0;
  for (let m = KEYWORD_PATTERN.exec(window); m; m = KEYWORD_PATTERN.exec(window)) {
    offsets.push(m.index);
    KEYWORD_PATTERN.lastIndex = m.index + 1; // overlapping keywords (`secret` in `client_secret`)
  }
  return offsets;
}

export const genericRules: Rule[] = [
  {
    id: 'generic-secret-assignment', provider: 'Generic', title: 'Hardcoded secret',
    keywords: KEYWORDS,
    find: (window, start, ctx) => {
      if (isLockfile(ctx.path)) return [];
      const out: RawMatch[] = [];
      // Visit keyword places in text order, skipping those inside a value already read:
      // a keyword inside a value is not a name, and this keeps dense input linear.
      let skipUntil = -1;
      for (const i of keywordOffsets(window)) {
        if (start + i < skipUntil) continue;
        const a = assignmentAt(ctx.text, start + i, start + window.length);
        if (!a) continue;
        skipUntil = a.end;
        if (isSecretName(a.name) && acceptValue(a.name, a.value, a.quoted, ctx)) {
          out.push({ start: a.start, end: a.end, value: a.value, assignedName: a.name,
            title: isPasswordName(a.name) ? 'Hardcoded password' : 'Hardcoded secret' });
        }
      }
      return out;
    },
    skipPlaceholderCheck: true, // acceptValue runs the shared filters itself
    confidence: 'generic', severity: 'warning',
    envVar: 'SECRET',
    description: 'A high-entropy literal assigned to a name such as password, secret, token or api_key, in any syntax.',
  },
];
