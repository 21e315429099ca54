import * as assert from 'assert';
import { annotateClientExposure, isClientSideFile, runChecks, scanText, type Finding } from '../../../src/core';
import { googleApiKey, join, openaiProjectKey, randomString, token } from '../../helpers/fakes';

const stripeLive = () => token(join('sk_', 'live_'), 24);

/** Scans `text` as `path` and runs the per-file checks, like a host does. */
function checked(path: string, text: string): Finding[] {
  return runChecks(scanText(text, { path }), { path, text });
}

describe('isClientSideFile', () => {
  it('recognises browser, bundle, mobile and Electron renderer files', () => {
    const client = [
      'public/config.js', 'static/app.js', 'wwwroot/js/site.js', 'src/components/Chat.tsx', 'pages/index.tsx',
      'index.html', 'src/App.vue', 'src/routes/+page.svelte', 'dist/assets/index-4f3a.js', '.next/static/chunks/main.js',
      'app/src/main/res/values/strings.xml', 'ios/Runner/Info.plist', 'app/src/main/java/com/x/Api.kt', 'ios/App/Api.swift',
      'src/renderer/api.ts', 'lib/main.dart',
    ];
    for (const p of client) assert.ok(isClientSideFile(p, ''), p);
  });

  it('does not treat server code, API routes, tests or plain sources as client code', () => {
    const server = [
      'pages/api/chat.ts', 'app/api/chat/route.ts', 'src/server/db.ts', 'src/routes/+page.server.ts', 'src/hooks.server.ts',
      'src/lib/openai.ts', 'app/page.tsx', 'src/components/Chat.test.tsx', 'main.py', 'Sources/App/routes.swift', 'src/main.ts',
    ];
    for (const p of server) assert.ok(!isClientSideFile(p, ''), p);
  });

  it('reads "use client" and "use server" directives', () => {
    assert.ok(isClientSideFile('app/chat/page.tsx', '// chat page\n"use client";\nimport x from "y";'));
    assert.ok(!isClientSideFile('app/chat/page.tsx', 'import x from "y";\nconst s = "use client";'));
    assert.ok(!isClientSideFile('src/components/actions.ts', "'use server';\nexport async function f() {}"));
    assert.ok(!isClientSideFile('src/components/db.ts', "import 'server-only';\n"));
  });
});

describe('annotateClientExposure', () => {
  it('tags a secret in a client component as client-exposed, at error severity, with advice', () => {
    const [f] = checked('src/components/Chat.tsx', `const openai = new OpenAI({ apiKey: "${openaiProjectKey()}", dangerouslyAllowBrowser: true });`);
    assert.strictEqual(f.ruleId, 'openai-project-key');
    assert.deepStrictEqual(f.tags, ['client-exposed']);
    assert.strictEqual(f.severity, 'error');
    assert.match(f.advice!, /ships to every browser.*server endpoint/);
  });

  it('leaves the same secret in server code untagged', () => {
    const [f] = checked('src/server/openai.ts', `const key = "${openaiProjectKey()}";`);
    assert.strictEqual(f.tags, undefined);
  });

  it('tags a secret assigned to a NEXT_PUBLIC_ variable in a .env file (the value ships too)', () => {
    const found = checked('.env', `NEXT_PUBLIC_STRIPE_KEY=${stripeLive()}\nSTRIPE_SECRET_KEY=${stripeLive()}\n`);
    const byName = new Map(found.map(f => [f.assignedName, f]));
    assert.ok(byName.get('NEXT_PUBLIC_STRIPE_KEY')?.tags?.includes('client-exposed'));
    assert.match(byName.get('NEXT_PUBLIC_STRIPE_KEY')!.advice!, /inlined into the client bundle by Next\.js/);
    assert.ok(!byName.get('STRIPE_SECRET_KEY')?.tags?.includes('client-exposed'));
  });

  it('judges Google AIza keys by context: Gemini is secret, Firebase/Maps config is public by design', () => {
    const gemini = checked('src/components/Ask.tsx', `const genAI = new GoogleGenerativeAI("${googleApiKey()}"); // gemini-1.5`);
    assert.deepStrictEqual(gemini.find(f => f.ruleId === 'google-api-key')?.tags, ['client-exposed']);
    const firebase = checked('src/components/firebase.ts', `const firebaseConfig = {\n  apiKey: "${googleApiKey()}",\n  authDomain: "demo.firebaseapp.com",\n};\ninitializeApp(firebaseConfig);`);
    const fb = firebase.find(f => f.ruleId === 'google-api-key')!;
    assert.strictEqual(fb.tags, undefined);
    // Public by design, said so: reported for the record at info, with how to restrict it.
    assert.strictEqual(fb.severity, 'info');
    assert.strictEqual(fb.title, 'Firebase API key');
    // The mobile apps' Firebase config files: public by design too.
    const services = checked('app/google-services.json', `{\n  "client": [{ "api_key": [{ "current_key": "${googleApiKey()}" }] }]\n}\n`);
    assert.strictEqual(services.find(f => f.ruleId === 'google-api-key')?.severity, 'info');
    const android = checked('app/src/main/res/values/strings.xml', `<string name="google_maps_key">${googleApiKey()}</string>`);
    assert.strictEqual(android.find(f => f.ruleId === 'google-api-key')?.tags, undefined, 'Android Maps key');
    // FlutterFire's generated options, and a key named as a browser key: info too.
    const flutter = checked('lib/firebase_options.dart', `  static const FirebaseOptions android = FirebaseOptions(\n    apiKey: '${googleApiKey()}',\n  );\n`);
    assert.strictEqual(flutter.find(f => f.ruleId === 'google-api-key')?.severity, 'info');
    const maps = checked('web/src/maps.ts', `const MAPS_BROWSER_KEY = "${googleApiKey()}";\n`).find(f => f.ruleId === 'google-api-key')!;
    assert.deepStrictEqual([maps.severity, maps.title], ['info', 'Google browser API key']);
    const geminiEnv = checked('.env', `NEXT_PUBLIC_GEMINI_API_KEY=${googleApiKey()}\n`).find(f => f.ruleId === 'google-api-key')!;
    assert.ok(geminiEnv.tags?.includes('client-exposed'), 'Gemini key in a NEXT_PUBLIC_ variable');
    const unknown = checked('public/config.js', `window.KEY = "${googleApiKey()}";`).find(f => f.ruleId === 'google-api-key')!;
    assert.strictEqual(unknown.tags, undefined);
    assert.match(unknown.advice!, /restrict it by HTTP referrer/);
  });

  it('never reveals the key in advice or masked output', () => {
    const key = openaiProjectKey();
    const [f] = annotateClientExposure(scanText(`k = "${key}"`, { path: 'public/k.js' }), 'public/k.js', '');
    assert.ok(!JSON.stringify(f).includes(key.slice(12, 40)));
  });
});

describe('client-exposed-env-var rule', () => {
  const exposed = (path: string, text: string) => checked(path, text).filter(f => f.ruleId === 'client-exposed-env-var');

  it('flags secret-named variables with client prefixes in .env files, with the server-only name', () => {
    const text = [
      'NEXT_PUBLIC_OPENAI_API_KEY=placeholder', 'VITE_STRIPE_SECRET_KEY=', 'REACT_APP_GITHUB_TOKEN=x',
      'EXPO_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=x', 'NUXT_PUBLIC_DATABASE_URL=x', 'PUBLIC_ANTHROPIC_API_KEY=x', 'GATSBY_SENTRY_AUTH_TOKEN=x',
    ].join('\n');
    const found = exposed('.env', text);
    assert.deepStrictEqual(found.map(f => [f.masked, f.envVar]), [
      ['NEXT_PUBLIC_OPENAI_API_KEY', 'OPENAI_API_KEY'], ['VITE_STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY'], ['REACT_APP_GITHUB_TOKEN', 'GITHUB_TOKEN'],
      ['EXPO_PUBLIC_SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_ROLE_KEY'], ['NUXT_PUBLIC_DATABASE_URL', 'DATABASE_URL'],
      ['PUBLIC_ANTHROPIC_API_KEY', 'ANTHROPIC_API_KEY'], ['GATSBY_SENTRY_AUTH_TOKEN', 'SENTRY_AUTH_TOKEN'],
    ]);
    assert.ok(found.every(f => f.severity === 'error' && f.tags?.includes('client-exposed')));
  });

  it('does not flag publishable or public-by-design names, or server-only names', () => {
    const text = [
      'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=x', 'NEXT_PUBLIC_SUPABASE_ANON_KEY=x', 'VITE_FIREBASE_API_KEY=x',
      'NEXT_PUBLIC_GOOGLE_MAPS_API_KEY=x', 'NEXT_PUBLIC_MAPBOX_ACCESS_TOKEN=x', 'NEXT_PUBLIC_POSTHOG_KEY=x',
      'VITE_ALGOLIA_SEARCH_API_KEY=x', 'NEXT_PUBLIC_SITE_URL=x', 'OPENAI_API_KEY=x', 'PUBLIC_URL=x',
    ].join('\n');
    assert.deepStrictEqual(exposed('.env.production', text), []);
  });

  it('flags code reading such variables, and not comments or unrelated strings', () => {
    const text = [
      'const openai = new OpenAI({ apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY });',
      'const stripe = Stripe(import.meta.env.VITE_STRIPE_SECRET_KEY);',
      "const t = process.env['REACT_APP_GITHUB_TOKEN'];",
      'const maps = process.env.NEXT_PUBLIC_GOOGLE_MAPS_API_KEY;',
      'const label = "NEXT_PUBLIC_OPENAI_API_KEY is not set";',
    ].join('\n');
    assert.deepStrictEqual(exposed('src/lib/ai.ts', text).map(f => f.masked), ['NEXT_PUBLIC_OPENAI_API_KEY', 'VITE_STRIPE_SECRET_KEY', 'REACT_APP_GITHUB_TOKEN']);
    assert.deepStrictEqual(exposed('src/lib/env.ts', "import { PUBLIC_OPENAI_API_KEY } from '$env/static/public';").map(f => f.masked), ['PUBLIC_OPENAI_API_KEY']);
  });

  it('reports only the name: a real value next to it is reported by its own rule, masked', () => {
    const key = openaiProjectKey();
    const found = checked('.env', `NEXT_PUBLIC_OPENAI_API_KEY=${key}\n`);
    assert.deepStrictEqual(found.map(f => f.ruleId).sort(), ['client-exposed-env-var', 'openai-project-key']);
    for (const f of found) assert.ok(!f.masked.includes(key.slice(10, 30)));
    assert.ok(found.every(f => f.tags?.includes('client-exposed')));
  });

  it('ignores random identifiers that merely start with a prefix-like word', () => {
    assert.deepStrictEqual(exposed('src/a.ts', `const PUBLIC_${randomString(6)} = 1; public_key = "x";`), []);
  });
});

describe('client-side file detection on many comments (bounded time)', () => {
  it('reads a file of thousands of block comments in linear time', () => {
    const text = '/* a */ /* b */\n'.repeat(2000) + '.x { color: red }';
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = process.cpuUsage();
      isClientSideFile('styles/site.css', text);
      const used = process.cpuUsage(t0);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    assert.ok(best < 50, `took ${best.toFixed(1)} ms of CPU`);
    assert.strictEqual(isClientSideFile('lib/a.js', '/* licence */\n// note\n"use client";\nexport {}'), true);
  });
});
