import { decodeBase64 } from '../text';
import { around, bare, leadIn, prefixed } from './define';
import type { RawMatch, Rule, RuleContext } from '../types';

/** Names that say an `AIza` key is a Gemini (billable, secret) key rather than a browser key. */
/** The fields a Firebase web config holds beside its apiKey (the console's snippet). */
const FIREBASE_APP_CONFIG_FILE = /(?:^|\/)(?:google-services\.json|GoogleService-Info\.plist|firebase_options\.dart)$/;
/**
 * A name that says the key is a browser key (`MAPS_BROWSER_KEY`, `mapsJsKey`): made to ship, and
 * restricted by referrer where it is used. A plain `MAPS_API_KEY` stays a warning: unrestricted
 * Maps keys are billed to whoever leaks them.
 */
const BROWSER_KEY_NAME = /browser[_-]?(?:api[_-]?)?key["']?[ \t]{0,4}(?:[:=]{1,2}|=>|,)[ \t]{0,4}["'`]?$/i; // (`define('…_BROWSER_KEY', '…')` too)
/**
 * A Maps SDK's key by its name and platform (`GOOGLE_MAPS_IOS_KEY=`, `maps_js_key:`), or any Maps key
 * in an app's build settings (`MAPS_API_KEY=` in local.properties, an xcconfig, Expo's app.json):
 * the Maps JavaScript, Android and iOS SDKs take the key inside the app or page. A Maps key in
 * server code may be a billable web-service key: it stays a warning.
 */
const MAPS_KEY_NAME = /(?:^|[^a-z])maps?[_-]?(?:js|javascript|ios|android|sdk|web|client)[_-]?(?:api[_-]?)?key["']?[ \t]{0,4}[:=]{1,2}[ \t]{0,4}["'`]?$/i;
const ANY_MAPS_KEY_NAME = /maps?[_-]?(?:api[_-]?)?key(?::L[\w/$]{1,80};)?["']?[ \t]{0,4}[:=]{1,2}[ \t]{0,4}["'`]?$/i; // (smali types its fields: `MAPS_KEY:Ljava/lang/String; = "…"`)
// (And a site's browser scripts, served to every visitor: `public/js/config.js`.)
// (And the Secrets Gradle Plugin's `secrets.properties`, which it writes into the app's manifest; an app's own code and resources, decompiled ones too: `ios/…/AppDelegate.mm`, `android/…/*.kt`, smali, Cordova's
// config.xml, an Angular app's environment files.)
const APP_BUILD_FILE = /(?:^|\/)(?:local|gradle|secrets)\.properties$|\.gradle(?:\.kts)?$|\.xcconfig$|(?:^|\/)(?:Info\.plist|app\.json|app\.config\.[jt]s|eas\.json|nuxt\.config\.[cm]?[jt]s)$|(?:^|\/)(?:public|static|www|wwwroot|assets)\/(?:[\w.-]{1,60}\/){0,4}[\w.-]{1,60}\.js$|\.smali$|(?:^|\/)(?:config\.xml|environment(?:\.[\w-]{1,20})?\.ts)$|(?:^|\/)(?:ios|android)\/(?:[\w.-]{1,60}\/){0,8}[\w.-]{1,80}\.(?:mm?|swift|kt|java|xml|plist)$/;
/** A Firebase app's key by its name or its log line (`NEXT_PUBLIC_FIREBASE_API_KEY=`, `FirebaseApp: Initialized with api_key=`). */
const FIREBASE_KEY_LEAD = /firebase[^\n]{0,60}$/i;
/** The hosts of a Firebase app's database and sign-in, which its client settings name. */
const FIREBASE_CLIENT_HOST = /\.firebaseio\.com|\.firebasedatabase\.app|\.firebaseapp\.com/;
const FIREBASE_WEB_CONFIG = /authDomain["']?\s{0,3}[:=]\s{0,3}["'`][\w.-]{1,100}\.firebaseapp\.com/;
/**
 * Where an app's keys are wired in, made to ship: the Maps JavaScript loader's URL (`maps/api/js?key=`),
 * the Android Maps SDK's manifest entry (`com.google.android.geo.API_KEY`), the resources the
 * google-services plugin writes from a Firebase config (`google_api_key`, `google_crash_reporting_api_key`),
 * the Maps key resource Android Studio's Maps template creates (`google_maps_key`),
 * the Maps Embed API's iframe URL (`google.com/maps/embed/v1/place?key=`), Expo's `googleMapsApiKey` and
 * `googleMaps.apiKey`, the iOS SDKs' `provideAPIKey("…")` and Info.plist `GMSApiKey`, a string
 * resource or manifest placeholder Gradle writes into the app (`resValue "string", …`, `manifestPlaceholders["mapsApiKey"]`). Each is restricted to its app or
 * sites where it is used, not kept secret.
 */
const SHIPPED_KEY_PLACE = /maps\.googleapis\.com\/maps\/api\/js\?(?:[^"'\s<>]{0,200}&)?key=$|android:name="com\.google\.android\.(?:geo|maps\.v2)\.API_KEY"\s{1,40}android:value="$|name="google_(?:crash_reporting_api|maps_api|maps)_key"[^>]{0,60}>$|name="google_api_key"[^>]{0,60}>$|googleMapsApiKey["']?\s{0,3}:\s{0,3}["']$|googleMaps["']?\s{0,3}:\s{0,3}\{\s{0,40}["']?apiKey["']?\s{0,3}:\s{0,3}["']$|provideAPIKey(?:\(|:)\s{0,3}@?"$|google\.com\/maps\/embed\/v1\/[a-z]{1,20}\?(?:[^"'\s<>]{0,200}&)?key=$|resValue\s{0,3}\(?\s{0,3}["']string["']\s{0,3},\s{0,3}["'][\w.]{1,60}["']\s{0,3},\s{0,3}["']$|manifestPlaceholders\s{0,3}\[\s{0,3}["'][\w.]{1,60}["']\s{0,3}\]\s{0,3}=\s{0,3}["']$|<key>(?:GMSApiKey|GMSPlacesApiKey|GoogleMapsA[Pp][Ii]Key)<\/key>\s{0,40}<string>$|<preference\s{1,4}name="[\w]{0,40}MAPS[\w]{0,40}KEY"\s{1,4}value="$/;

/** A Google key whose name or place says an app or page carries it: information, with how to restrict it. */
function shippedKey(ctx: RuleContext, start: number, lead: string): { severity: 'info'; title: string; detail: string } | undefined {
  if (BROWSER_KEY_NAME.test(lead)) return { severity: 'info', title: 'Google browser API key', detail: 'named as a browser key, public by design: restrict it by referrer or app and by API in the Cloud console' };
  // (A Flutter build's `--dart-define=MAPS_KEY=…` compiles the value into the app, as a build setting does.)
  if (MAPS_KEY_NAME.test(lead) || (ANY_MAPS_KEY_NAME.test(lead) && (APP_BUILD_FILE.test(ctx.path ?? '') || /--dart-define[= ]\w{1,60}=$/.test(lead)))) return { severity: 'info', title: 'Google Maps API key', detail: 'named as a Maps SDK key, which apps and pages carry: restrict it to your app or sites and to the Maps APIs in the Cloud console' };
  // (Or the `apiKey` of an object named for Firebase: `firebase: {⏎ apiKey: '…'`.)
  if (FIREBASE_KEY_LEAD.test(lead) || /firebase(?:Config)?["']?\s{0,3}[:=]\s{0,3}\{[^{}]{0,200}apiKey["']?\s{0,3}:\s{0,3}["'`]$/i.test(ctx.text.slice(Math.max(0, start - 260), start))) return { severity: 'info', title: 'Firebase API key', detail: 'named as a Firebase app\'s key, public by design: restrict it to your sites and APIs in the Cloud console' };
  // (Or a plain `API_KEY` among a Firebase client's settings: a device's `#define API_KEY` beside its `DATABASE_URL`.)
  if (/\b(?:web_?)?api_?key\b["']?\s{0,3}[:=]?\s{0,3}["'`]?$/i.test(lead) && FIREBASE_CLIENT_HOST.test(ctx.text.slice(Math.max(0, start - 400), start + 600))) {
    return { severity: 'info', title: 'Firebase API key', detail: 'set beside a Firebase app\'s database or auth domain, public by design: restrict it to your app and APIs in the Cloud console' };
  }
  // (A manifest's attributes may sit on lines of their own.)
  if (SHIPPED_KEY_PLACE.test(ctx.text.slice(Math.max(0, start - 240), start))) return { severity: 'info', title: 'Google API key of an app', detail: 'wired into an app or page, where every user gets it: restrict it to that app or site and its APIs in the Cloud console' };
  return undefined;
}

const GEMINI_CONTEXT = /gemini|generativelanguage|generative[-_ ]?ai|genai|google[-_]?ai[-_]?(?:studio|api)|aistudio/i;

/**
 * Finds a service-account JSON object around a `"type": "service_account"` and reports its
 * private key (or, when that is absent or redacted, its key id).
 */
function findServiceAccount(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  // Quotes may be escaped once or twice: the JSON file pasted inside a JSON or code string.
  const type = /\\{0,3}["']type\\{0,3}["']\s{0,5}:\s{0,5}\\{0,3}["']service_account\\{0,3}["']/g;
  let m: RegExpExecArray | null;
  while ((m = type.exec(window))) {
    const [from, to] = enclosingObject(window, m.index);
    const object = window.slice(from, to);
    const hit = privateKeyIn(object) ?? privateKeyIdIn(object);
    if (hit) out.push({ ...hit, start: hit.start + from + windowStart, end: hit.end + from + windowStart });
    type.lastIndex = Math.max(type.lastIndex, to);
  }
  return out;
}

/**
 * `service_account` in base64 at each of the three byte alignments (the characters that do not
 * depend on the neighbouring bytes): how a key file pasted into a variable as base64 shows.
 */
const SERVICE_ACCOUNT_B64 = ['c2VydmljZV9hY2NvdW50', 'NlcnZpY2VfYWNjb3Vu', 'ZXJ2aWNlX2FjY291bn'];

/**
 * A whole service-account key file encoded as base64 (`GCP_SA_KEY=ewogICJ0eXBl…`): decoded and
 * judged like the plain file; the encoded value is reported, since that is what was pasted.
 */
function findEncodedServiceAccount(window: string, windowStart: number): RawMatch[] {
  const out: RawMatch[] = [];
  const run = /[A-Za-z0-9+/]{400,12000}={0,2}/g;
  let m: RegExpExecArray | null;
  while ((m = run.exec(window))) {
    if (!SERVICE_ACCOUNT_B64.some(k => m![0].includes(k))) continue;
    const decoded = decodeBase64(m[0]);
    const key = decoded ? findServiceAccount(decoded, 0).find(h => !h.severity) : undefined;
    if (key) out.push({ start: windowStart + m.index, end: windowStart + m.index + m[0].length, value: m[0], detail: 'base64-encoded key file' });
  }
  return out;
}

/** Bounds of the `{…}` holding `at`: braces rarely occur inside service-account values. */
function enclosingObject(text: string, at: number): [number, number] {
  let depth = 0, from = 0, to = text.length;
  for (let i = at; i >= 0; i--) {
    if (text[i] === '}') depth++;
    else if (text[i] === '{' && depth-- === 0) { from = i; break; }
  }
  depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && depth-- === 0) { to = i + 1; break; }
  }
  return [from, to];
}

function privateKeyIn(object: string): RawMatch | undefined {
  const m = /\\{0,3}["']private_key\\{0,3}["']\s{0,5}:\s{0,5}\\{0,3}["'](?<secret>-----BEGIN[^"']{60,8000}?-----END [A-Z ]{0,20}PRIVATE KEY-----(?:\\{1,4}n)?)\\{0,3}["']/d.exec(object);
  const span = m?.indices?.groups?.secret;
  if (!span || !isKeyMaterial(m!.groups!.secret)) return undefined;
  return { start: span[0], end: span[1], value: m!.groups!.secret };
}

/** Real key material between the armor lines, not `...` or `<your key>`. */
function isKeyMaterial(pem: string): boolean {
  const body = pem.replace(/-----[A-Z ]{5,40}-----/g, '').replace(/\\{1,4}n|\s/g, '');
  return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body) && !/(?:x{6}|A{16}|EXAMPLE)/i.test(body);
}

function privateKeyIdIn(object: string): RawMatch | undefined {
  const m = /\\{0,3}["']private_key_id\\{0,3}["']\s{0,5}:\s{0,5}\\{0,3}["'](?<secret>[0-9a-f]{40})\\{0,3}["']/d.exec(object);
  const span = m?.indices?.groups?.secret;
  return span && {
    start: span[0], end: span[1], value: m!.groups!.secret, severity: 'warning',
    detail: 'private key missing or redacted; the key id shows which key to revoke',
  };
}

export const googleRules: Rule[] = [
  prefixed({
    id: 'google-api-key', provider: 'Google', title: 'Google API key',
    source: 'provider docs: firebase.google.com/docs/projects/api-keys (AIza keys; Firebase browser keys public by design); length observed',
    prefix: 'AIza', body: '[A-Za-z0-9_-]{35}',
    severity: 'warning',
    validate: (_value, ctx, match) => {
      const near = around(ctx.text, match.start, match.end, 300);
      // The web snippet's own `apiKey: "…", authDomain: "….firebaseapp.com"` is Firebase's key even beside
      // Gemini code (Firebase AI Logic calls Gemini with it, as a public app key).
      if (/apiKey["']?\s{0,3}:\s{0,3}["'`]$/.test(leadIn(ctx.text, match.start, 80)) && FIREBASE_WEB_CONFIG.test(ctx.text.slice(match.end, match.end + 300))) {
        return { severity: 'info', title: 'Firebase API key', detail: 'part of a Firebase app config, public by design: restrict it to your sites and APIs in the Cloud console' };
      }
      const gemini = { severity: 'error' as const, title: 'Google Gemini API key', detail: 'used with the Gemini / Generative Language API (billable)' };
      const lead = leadIn(ctx.text, match.start, 80);
      if (GEMINI_CONTEXT.test(lead)) return gemini;
      // The key's own name or place says an app carries it (a Maps key resource beside a `gemini_api_key` one): that wins over Gemini nearby.
      const shipped = shippedKey(ctx, match.start, lead);
      if (shipped) return shipped;
      if (GEMINI_CONTEXT.test(near)) return gemini;
      // A Firebase app's config (the web snippet, google-services.json, GoogleService-Info.plist):
      // the key only identifies the project to Firebase, and ships in every copy of the app.
      if (FIREBASE_WEB_CONFIG.test(near) || FIREBASE_APP_CONFIG_FILE.test(ctx.path ?? '')) return { severity: 'info', title: 'Firebase API key', detail: 'part of a Firebase app config, public by design: restrict it to your sites and APIs in the Cloud console' };
      return { detail: 'same format as public browser keys (Maps, Firebase): restrict it by referrer/API, or rotate it if it is a server key' };
    },
    envVar: 'GOOGLE_API_KEY', rotateUrl: 'https://console.cloud.google.com/apis/credentials',
    description: 'Google API key (AIza…). Warning by default because Maps/Firebase browser keys share the format; error near Gemini usage; info inside a Firebase app config (a web config with authDomain, google-services.json, GoogleService-Info.plist, firebase_options.dart, the resources generated from it) or under a Firebase name, under a browser-key or Maps SDK key name (a Maps key in an app\'s build settings too), or where an app or page wires it in (the Maps JavaScript loader, the Android Maps manifest entry, Expo\'s googleMapsApiKey and googleMaps.apiKey, the iOS SDKs\' provideAPIKey, a Gradle resValue).',
  }),
  prefixed({
    id: 'google-oauth-client-secret', provider: 'Google', title: 'Google OAuth client secret',
    source: 'provider announcement: Google Auth Platform updates 2025-04-28 (client secrets); GOCSPX- prefix observed',
    prefix: 'GOCSPX-', body: '[A-Za-z0-9_-]{28}',
    envVar: 'GOOGLE_CLIENT_SECRET', rotateUrl: 'https://console.cloud.google.com/apis/credentials',
    description: 'Google OAuth 2.0 client secret (GOCSPX-…): lets anyone impersonate your app in OAuth flows.',
  }),
  prefixed({
    id: 'google-oauth-refresh-token', provider: 'Google', title: 'Google OAuth refresh token',
    source: 'observed (refresh tokens begin 1//, as the OAuth Playground and gcloud\'s application default credentials show them); Google Identity docs describe their long life, not their text',
    // `1//0` then base64url: `x = 1//0` (Python's integer division) has no such run after it.
    prefix: '1//0', body: '[A-Za-z0-9_-]{40,300}', bodyMixes: true,
    envVar: 'GOOGLE_REFRESH_TOKEN', rotateUrl: 'https://myaccount.google.com/permissions',
    description: 'Google OAuth 2.0 refresh token (1//0…): with the client id and secret, mints access tokens for the user\'s granted scopes until revoked.',
  }),
  prefixed({
    id: 'google-oauth-access-token', provider: 'Google', title: 'Google OAuth access token',
    source: 'observed (ya29. access tokens; ya29.c. for service accounts, as gcloud auth print-access-token prints them); not stated in the docs we read',
    prefix: 'ya29.', body: '(?:c\\.)?[A-Za-z0-9_-]{30,2000}',
    severity: 'warning',
    envVar: 'GOOGLE_ACCESS_TOKEN', rotateUrl: 'https://myaccount.google.com/permissions',
    description: 'Google OAuth access token (ya29.…): short-lived (about an hour) but grants its scopes until it expires.',
  }),
  {
    id: 'gcp-service-account-key', provider: 'Google Cloud', title: 'Google Cloud service-account key',
    source: 'the service-account key file format (type service_account, private_key, private_key_id), well known; verify against Google IAM docs',
    keywords: ['service_account', ...SERVICE_ACCOUNT_B64.map(k => k.toLowerCase())],
    find: (window, start) => [...findServiceAccount(window, start), ...findEncodedServiceAccount(window, start)],
    window: { before: 6000, after: 8000 },
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    narrower: (_f, text) => /roles\/(?:owner|editor)\b|"role"\s*:\s*"(?:owner|editor)"/i.test(text)
      ? 'This service account appears to hold the owner/editor role; grant it only the predefined roles it needs, and prefer workload identity federation or attached service accounts over key files.'
      : undefined,
    envVar: 'GOOGLE_APPLICATION_CREDENTIALS', rotateUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    description: 'Google Cloud service-account key JSON ("type": "service_account" with a private_key): full access as that service account.',
  },
  {
    id: 'firebase-cloud-messaging-server-key', provider: 'Google', title: 'Firebase Cloud Messaging server key (legacy)',
    keywords: [':apa91b'],
    pattern: bare('AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,150}'),
    confidence: 'provider', severity: 'warning',
    source: 'observed shape (AAAA<7>:APA91b<~134>); Firebase docs state the legacy FCM HTTP API was shut down in 2024 (a lead)',
    envVar: 'FCM_SERVER_KEY', rotateUrl: 'https://console.firebase.google.com/project/_/settings/cloudmessaging',
    description: 'Legacy Firebase Cloud Messaging server key (AAAA…:APA91b…): sent push notifications to every app user; the legacy API is shut down, so revoke it.',
  },
];
