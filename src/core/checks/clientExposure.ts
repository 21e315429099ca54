/**
 * Client-side exposure: a credential in code that ships to a browser or inside a distributed
 * app is public, whatever the file's permissions. Two parts:
 * - `isClientSideFile` + `annotateClientExposure`: provider findings in client code (or
 *   assigned to a framework's public variable) get the `client-exposed` tag and error severity;
 * - the `client-exposed-env-var` rule: a variable whose *name* says secret but whose prefix
 *   makes the framework inline it into the client bundle (`NEXT_PUBLIC_OPENAI_API_KEY`).
 */

import { isTestOrExamplePath } from '../fileKinds';
import { ENV_READ_BEFORE } from '../lang';
import { lineEndWithin, lineStartWithin } from '../text';
import type { Finding, RawMatch, Rule, RuleContext } from '../types';
import { countFinding, underFileCap } from './fileCap';
import { CODE_RULES, RULE } from './ruleIds';
import { namesASecret } from '../rules/secretNames';
import { clientPrefixOf, isPublicByDesign, isPublicServiceKeyName } from '../rules/publicKeys';

export { clientPrefixOf };
import { slashes, withTag } from './tags';

/**
 * Names of keys that are meant for browsers: Stripe/Clerk publishable keys, Supabase anon
 * keys, Firebase web config, Maps/Mapbox browser keys, Cesium ion's viewer token, search-only and analytics write keys.
 */
const PUBLISHABLE_NAME = /PUBLISHABLE|(?:^|_)ANON(?:_PUBLIC)?_KEY$|(?:^|_)FIREBASE_(?:WEB_)?API_KEY$|(?:^|_)MAPS?_(?:JS_|JAVASCRIPT_|EMBED_|BROWSER_|PLATFORM_)?(?:API_)?KEY$|MAPBOX|(?:^|_)CESIUM_(?:ION_)?(?:DEFAULT_)?(?:ACCESS_)?TOKEN$|(?:^|_)ALGOLIA_(?:SEARCH|APP)|SEARCH_ONLY|(?:^|_)POSTHOG_|(?:^|_)AMPLITUDE_|(?:^|_)SEGMENT_WRITE_KEY$|(?:^|_)MIXPANEL_|(?:^|_)SENTRY_DSN$|(?:^|_)RECAPTCHA_SITE_KEY$|(?:^|_)SITE_KEY$|(?:^|_)PUBLIC_KEY$|(?:^|_)PK$/;

export function isPublishableName(name: string): boolean {
  return PUBLISHABLE_NAME.test(name.toUpperCase()) || isPublicServiceKeyName(name.toLowerCase());
}

/** Paths that only ever run on a server, even under client-looking folders. */
const SERVER_PATH = /(?:^|\/)(?:src\/)?(?:pages|app)\/api\/|(?:^|\/)server\/|\.server\.[cm]?[jt]sx?$|(?:^|\/)\+(?:page|layout)\.server\.[jt]s$|(?:^|\/)\+server\.[jt]s$|(?:^|\/)(?:middleware|route)\.[jt]s$|(?:^|\/)Package\.swift$|(?:^|\/)Sources\/(?:App|Run|Server)\//;

/** Folders and bundles served to browsers or packaged into apps. */
const CLIENT_PATHS: readonly RegExp[] = [
  /(?:^|\/)(?:public|static|wwwroot|src\/components)\//, // served as-is, or UI components
  /(?:^|\/)(?:src\/)?pages\/.+\.[cm]?[jt]sx?$/, // Next.js pages router (pages/api is excluded above)
  /\.(?:html?|vue|svelte)$/i,
  /(?:^|\/)dist\/assets\/[^/]+\.m?js$|(?:^|\/)\.next\/static\/|(?:^|\/)out\/_next\/static\/|(?:^|\/)build\/static\/js\/|(?:^|\/)\.nuxt\/dist\/client\/|(?:^|\/)\.output\/public\/|(?:^|\/)\.svelte-kit\/output\/client\//,
  // Android and iOS: sources and resources end up inside the APK/IPA.
  /(?:^|\/)res\/(?:values|xml|raw)[^/]*\/[^/]+\.xml$|(?:^|\/)AndroidManifest\.xml$|(?:^|\/)[^/]*Info\.plist$|(?:^|\/)google-services\.json$/,
  /(?:^|\/)app\/src\/main\/.+\.(?:kt|java|swift)$|(?:^|\/)(?:android|ios)\/.+\.(?:kt|java|swift|m|mm|plist|xcconfig)$|\.swift$|(?:^|\/)lib\/.+\.dart$/,
  // Electron renderer processes run web content.
  /(?:^|\/)(?:src\/)?renderer\/|(?:^|\/)(?:renderer|preload)\.[cm]?[jt]sx?$/,
];

/** `"use client"` as the file's first statement (after comments). */
// A block comment cannot run past its own `*/`: with `[\s\S]*?` one comment could also be read
// as several, and a file of many comments then backtracked exponentially (seconds on a 7 KB CSS file).
const LEADING_TRIVIA = String.raw`(?:\s|\/\/[^\n]*\n|\/\*(?:[^*]|\*(?!\/)){0,2000}\*\/)*`;
const USE_CLIENT = new RegExp(`^${LEADING_TRIVIA}['"]use client['"]`);
const SERVER_ONLY = new RegExp(`^${LEADING_TRIVIA}['"]use server['"]|import\\s+['"]server-only['"]`);

/**
 * True when the file's code or resources reach end users' devices: browser sources and
 * bundles, client components, mobile app sources and resources, Electron renderer code.
 * Tests, examples and server-only modules are not client code.
 */
export function isClientSideFile(path: string, text = ''): boolean {
  const p = slashes(path);
  if (isTestOrExamplePath(p) || SERVER_PATH.test(p)) return false;
  const head = text.slice(0, 4000);
  if (SERVER_ONLY.test(head)) return false;
  if (USE_CLIENT.test(head)) return true;
  return CLIENT_PATHS.some(re => re.test(p));
}

/** Rules whose keys are public by design (none are reported today; kept for new rules). */
const PUBLIC_BY_DESIGN_RULES: ReadonlySet<string> = new Set(['stripe-publishable-key', 'supabase-anon-key', 'firebase-web-api-key']);

const GEMINI_CONTEXT = /gemini|generativelanguage|generative[-_ ]?ai|genai|aistudio/i;
const BROWSER_KEY_CONTEXT = /firebase|initializeApp|authDomain|messagingSenderId|maps\.googleapis|google\.maps|maps\/api\/js|maps?[_-]?(?:api[_-]?)?key|android\.geo\.API_KEY|places|geocod|youtube|recaptcha/i;

type GoogleKeyUse = 'secret' | 'browser' | 'unknown';

/** Google `AIza` keys share one format for browser and server keys: the code around tells. */
function googleKeyUse(finding: Finding, text: string): GoogleKeyUse {
  const near = text.slice(Math.max(0, finding.range.start.offset - 400), finding.range.end.offset + 400);
  if (/gemini/i.test(finding.title) || GEMINI_CONTEXT.test(near)) return 'secret';
  return BROWSER_KEY_CONTEXT.test(near) ? 'browser' : 'unknown';
}

const MOVE_ADVICE = 'move the call behind a server endpoint that holds the key in a server-only variable, and rotate this key';

/**
 * Tags findings of secret rules that sit in client code, or that are assigned to a variable
 * the framework inlines into the client (`NEXT_PUBLIC_…`), as `client-exposed` with error
 * severity. Publishable keys are left alone; Google keys are judged by their context.
 */
export function annotateClientExposure(findings: readonly Finding[], path: string, text: string): Finding[] {
  const clientFile = isClientSideFile(path, text);
  return findings.map(f => {
    if (CODE_RULES.has(f.ruleId) || PUBLIC_BY_DESIGN_RULES.has(f.ruleId)) return f;
    const exposedVar = f.assignedName ? clientPrefixOf(f.assignedName) : undefined;
    if (!clientFile && !exposedVar) return f;
    const where = exposedVar
      ? `${f.assignedName} is inlined into the client bundle by ${exposedVar.framework}, so this key ships to every browser`
      : 'This file ships to every browser or app install, so this key is readable by anyone';
    if (f.ruleId === RULE.googleApiKey) {
      const use = googleKeyUse(f, text);
      if (use === 'browser') return f;
      if (use === 'unknown') {
        return { ...f, advice: 'A Google key in client code must be a browser key: restrict it by HTTP referrer or app and by API; if it is a server key (e.g. Gemini), ' + MOVE_ADVICE + '.' };
      }
    }
    return withTag(f, 'client-exposed', { severity: 'error', advice: `${where}: ${MOVE_ADVICE}.` });
  });
}

// ---- The `client-exposed-env-var` rule ----

const NAME = /(?<![A-Za-z0-9_$])(?:NEXT_PUBLIC_|EXPO_PUBLIC_|NUXT_PUBLIC_|VITE_|REACT_APP_|GATSBY_|PUBLIC_)[A-Za-z0-9_]{2,100}(?![A-Za-z0-9_])/g;
/** A definition at the start of a line: `.env`, shell `export`, Dockerfile `ENV`/`ARG`, YAML keys. */
const DEFINE_BEFORE = /^[ \t]*(?:-[ \t]+)?(?:export[ \t]+|ENV[ \t]+|ARG[ \t]+|set[ \t]+)?["']?$/;
const DEFINE_AFTER = /^["']?[ \t]*[=:]/;

function findExposedEnvVars(window: string, windowStart: number, ctx: RuleContext): RawMatch[] {
  const out: RawMatch[] = [];
  if (!underFileCap(ctx)) return out;
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(window))) {
    const name = m[0];
    const prefix = clientPrefixOf(name)!;
    const bare = name.slice(prefix.prefix.length);
    if (!namesASecret(bare) || isPublishableName(name) || PUBLIC_TOKEN_NAME.test(bare)) continue;
    const lineStart = window.lastIndexOf('\n', m.index - 1) + 1;
    const before = window.slice(Math.max(lineStart, m.index - 40), m.index);
    const after = window.slice(m.index + name.length, m.index + name.length + 4);
    const defined = ctx.configLike && DEFINE_BEFORE.test(before) && DEFINE_AFTER.test(after);
    // The value itself is a publishable key (`NEXT_PUBLIC_STRIPE_KEY=pk_live_…`): meant for the browser.
    if (defined && isPublicByDesign(definedValue(window, m.index + name.length))) continue;
    const read = ENV_READ_BEFORE.test(before) || /\$env\/(?:static|dynamic)\/public/.test(lineOf(window, m.index));
    if (!defined && !read) continue;
    if (!countFinding(ctx)) break;
    const start = windowStart + m.index;
    out.push({
      start, end: start + name.length, value: name, assignedName: bare,
      detail: `${prefix.framework} inlines ${prefix.prefix}* variables into client code; rename it to ${bare} and read it on the server only`,
    });
  }
  return out;
}

/** A provider's public token under its own name: `STYTCH_PUBLIC_TOKEN` (not `NEXT_PUBLIC_TOKEN` itself). */
const PUBLIC_TOKEN_NAME = /^[A-Z0-9]+(?:_[A-Z0-9]+)*_PUBLIC_(?:TOKEN|API_KEY)$/;

/** The value defined after `NAME=` / `NAME:` from `offset` (just past the name), unquoted. */
function definedValue(text: string, offset: number): string {
  const m = /^["']?[ \t]*[=:][ \t]*["']?([^\s"'#]{1,300})/.exec(text.slice(offset, offset + 320));
  return m ? m[1] : '';
}

/** The line around `offset`, at most 500 characters each way (minified lines can be megabytes). */
function lineOf(text: string, offset: number): string {
  return text.slice(lineStartWithin(text, offset, 500), lineEndWithin(text, offset, 500));
}

export const clientExposedEnvVarRule: Rule = {
  id: RULE.clientExposedEnvVar, provider: 'Framework', title: 'Secret-named variable exposed to the client',
  // `public_` also covers NEXT_PUBLIC_, EXPO_PUBLIC_ and NUXT_PUBLIC_.
  keywords: ['public_', 'vite_', 'react_app_', 'gatsby_'],
  find: findExposedEnvVars,
  valueIsCode: true,
  skipPlaceholderCheck: true,
  severity: 'error', confidence: 'generic',
  envVar: 'SECRET',
  docsUrl: 'https://nextjs.org/docs/app/guides/environment-variables#bundling-environment-variables-for-the-browser',
  description: 'A variable named like a secret (NEXT_PUBLIC_OPENAI_API_KEY, VITE_STRIPE_SECRET_KEY) carries a prefix that makes the framework inline it into browser code.',
};
