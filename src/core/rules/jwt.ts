import { decodeJsonSegment } from '../text';
import { bare } from './define';
import { assignedNameBefore } from '../assignment';
import type { RawMatch, Rule } from '../types';

/**
 * header.payload.signature, each base64url; header and payload are JSON objects: `eyJ` is
 * base64 of `{"`, and `eyAi`, `ewog`, `ew0K` of `{ "`, `{` + newline and `{` + CRLF, which
 * pretty-printed headers produce.
 */
const SEGMENT_START = '(?:eyJ|eyAi|ewog|ew0K)';
const JWT = bare(`${SEGMENT_START}[A-Za-z0-9_-]{5,1500}\\.${SEGMENT_START}[A-Za-z0-9_-]{5,8000}\\.[A-Za-z0-9_-]{0,1500}`);
/** Prefilter literals for those starts (lower case; `eyj` covers the compact form). */
export const JWT_KEYWORDS = ['eyj', 'eyai', 'ewog', 'ew0k'];

export type JwtClaims = Record<string, unknown>;

/** Which rule a decoded token belongs to; each JWT-based rule accepts its own kind only. */
export type JwtKind = 'supabase-service-role' | 'public' | '1password-connect' | 'generic';

export function jwtKind(claims: JwtClaims): JwtKind {
  if (claims.role === 'service_role') return 'supabase-service-role';
  if (claims.role === 'anon') return 'public'; // Supabase/PostgREST anon keys ship to browsers by design
  const names = [claims.iss, claims.aud].flat().filter(x => typeof x === 'string').join(' ');
  if (/1password/i.test(names)) return '1password-connect';
  return 'generic';
}

/**
 * Decodes a candidate: undefined when it is not a signed JWT (`alg: none`, no signature,
 * undecodable parts) or is the well-known jwt.io sample.
 */
export function decodeJwt(value: string): { header: JwtClaims; claims: JwtClaims } | undefined {
  const [h, p, sig] = value.split('.');
  const header = decodeJsonSegment(h);
  const claims = decodeJsonSegment(p);
  if (!header || !claims || typeof header.alg !== 'string' || /^none$/i.test(header.alg)) return undefined;
  if (!sig || sig.length < 16) return undefined;
  if (claims.sub === '1234567890' && claims.name === 'John Doe') return undefined; // jwt.io's example
  return { header, claims };
}

/**
 * Claims that only tests, docs and demos use: a subject or issuer that says test/demo/example,
 * an example or local issuer, or the sample names docs reuse.
 */
function looksLikeDemo(claims: JwtClaims): boolean {
  const text = [claims.iss, claims.aud, claims.sub, claims.name, claims.email].flat()
    .filter(x => typeof x === 'string').join(' ');
  return /\b(?:test(?:ing|user)?|demo|example|sample|dummy|fake|mock|foo|bar)\b|example\.(?:com|org|net)|localhost|127\.0\.0\.1|john doe|jane doe/i.test(text)
    || claims.sub === '1234567890';
}

/**
 * Severity and detail from `exp`/`iss`: an expired token, or one whose claims are a test's or
 * a demo's, is informational.
 */
export function jwtVerdict(claims: JwtClaims): Partial<RawMatch> {
  const notes: string[] = [];
  if (looksLikeDemo(claims)) notes.push('test or demo claims');
  if (typeof claims.iss === 'string') notes.push(`issuer ${claims.iss.slice(0, 60)}`);
  if (typeof claims.exp === 'number') {
    const when = new Date(claims.exp * 1000);
    if (claims.exp * 1000 < Date.now()) {
      return { severity: 'info', detail: ['expired', ...notes].join('; ') };
    }
    notes.push(`expires ${isNaN(when.getTime()) ? 'at an invalid date' : when.toISOString().slice(0, 10)}`);
  } else {
    notes.push('no expiry');
  }
  return notes[0] === 'test or demo claims' ? { severity: 'info', detail: notes.join('; ') } : { detail: notes.join('; ') };
}

/** The name of a token made for browsers: Supabase's anon key, a publishable key. */
const PUBLIC_TOKEN_NAME = /(?:^|[^a-z])anon(?:[_-]?key)?$|anonKey$|publishable[_-]?key$|publishableKey$/i;

/** A rule over signed JWTs of one kind. */
export function jwtRule(kind: JwtKind, spec: Omit<Rule, 'keywords' | 'pattern' | 'validate' | 'window'>): Rule {
  return {
    ...spec,
    keywords: JWT_KEYWORDS,
    pattern: JWT,
    // Whole lines so a token is never cut by the window's end.
    window: { before: 0, after: 4000, wholeLines: true },
    validate: (value, ctx, match) => {
      const jwt = decodeJwt(value);
      if (!jwt || jwtKind(jwt.claims) !== kind) return false;
      // A token named as an anon or publishable key (`PUBLIC_SUPABASE_ANON_KEY=eyJ…`) ships to browsers, whatever its claims say.
      if (kind === 'generic' && PUBLIC_TOKEN_NAME.test(assignedNameBefore(ctx.text, match.start) ?? '')) return false;
      return jwtVerdict(jwt.claims);
    },
  };
}

export const jwtRules: Rule[] = [
  jwtRule('generic', {
    id: 'jwt', provider: 'JWT', title: 'JSON Web Token',
    source: 'RFC 7519 (header.payload.signature, base64url JSON)',
    confidence: 'provider', severity: 'warning',
    envVar: 'JWT', secretNames: /(?:^|_)JWT$/,
    description: 'Signed JSON Web Token (header and payload decoded offline, alg required). Expired tokens are informational; alg "none" and anon-role tokens are ignored.',
  }),
  jwtRule('1password-connect', {
    id: '1password-connect-token', provider: '1Password', title: '1Password Connect token',
    source: 'observed (a JWT whose issuer/audience names 1Password Connect)',
    confidence: 'provider', severity: 'error',
    envVar: 'OP_CONNECT_TOKEN', rotateUrl: 'https://my.1password.com/developer-tools/infrastructure-secrets/connect',
    description: '1Password Connect server access token (a JWT issued for 1Password Connect): reads the vaults it was granted.',
  }),
];
