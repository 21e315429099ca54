import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { gcpServiceAccountJson, googleApiKey, join, randomString, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: Google', () => {
  it('reports AIza keys as warnings that say browser keys share the format', () => {
    const key = googleApiKey();
    expectInAllSyntaxes('MAPS_API_KEY', key, 'google-api-key', { severity: 'warning', confidence: 'provider' });
    const f = expectFinding(`const mapsKey = "${key}";`, key, 'google-api-key', { path: 'web/map.js' });
    assert.match(f.detail ?? '', /browser keys/);
  });

  it('a key an app or page wires in is information: the Maps loader and SDKs, the Android manifest and build, generated Firebase resources, Expo, Firebase names', () => {
    const key = googleApiKey();
    for (const [path, text] of [
      ['public/stores.html', `<script async src="https://maps.googleapis.com/maps/api/js?libraries=places&key=${key}"></script>\n`],
      ['app/src/main/AndroidManifest.xml', `<meta-data\n    android:name="com.google.android.geo.API_KEY"\n    android:value="${key}" />\n`],
      ['app/src/main/res/values/strings.xml', `<string name="google_crash_reporting_api_key" translatable="false">${key}</string>\n`],
      ['app.json', `{"expo": {"ios": {"config": {"googleMapsApiKey": "${key}"}}}}\n`],
      ['app.json', `{"expo": {"android": {"config": {\n  "googleMaps": {\n    "apiKey": "${key}"\n  }\n}}}}\n`],
      ['ios/Runner/AppDelegate.swift', `    GMSServices.provideAPIKey("${key}")\n`],
      ['android/app/build.gradle', `        resValue "string", "google_maps_key", "${key}"\n`],
      ['android/local.properties', `sdk.dir=/opt/android\nMAPS_API_KEY=${key}\n`],
      ['ios/Config/Release.xcconfig', `GOOGLE_MAPS_IOS_KEY = ${key}\n`],
      ['shared/src/BuildSecrets.kt', `object BuildSecrets {\n    const val MAPS_CLIENT_KEY = "${key}"\n}\n`], // a Maps client key, by its name
      ['web/.env', `NEXT_PUBLIC_FIREBASE_API_KEY=${key}\n`],
      // A Nuxt app's public runtime config ships to the browser.
      ['nuxt.config.ts', `export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n      googleMapsKey: '${key}',\n    },\n  },\n});\n`],
      // A device's Firebase client settings: the key beside the database's URL.
      ['src/firebase_config.h', `#define API_KEY "${key}"\n#define DATABASE_URL "https://logger-d3a91-default-rtdb.europe-west1.firebasedatabase.app/"\n`],
    ] as const) {
      expectFinding(text, key, 'google-api-key', { path, severity: 'info' });
    }
    // The same key in server code stays a warning, as does a key named for another API beside a Firebase URL.
    expectFinding(`GOOGLE_MAPS_KEY = "${key}"\n`, key, 'google-api-key', { path: 'geo/client.py', severity: 'warning' });
    expectFinding(`TRANSLATE_KEY = "${key}"\nDB = "https://acme.firebaseio.com"\n`, key, 'google-api-key', { path: 'geo/client.py', severity: 'warning' });
  });

  it('raises a key used with Gemini to an error', () => {
    const key = googleApiKey();
    const text = `import google.generativeai as genai\ngenai.configure(api_key="${key}")\n`;
    const f = expectFinding(text, key, 'google-api-key', { path: 'bot.py', severity: 'error' });
    assert.match(f.title, /Gemini/);
    expectFinding(`GEMINI_API_KEY=${key}`, key, 'google-api-key', { path: '.env', severity: 'error' });
  });

  it('ignores too-short and too-long bodies and placeholders', () => {
    const prefix = join('AI', 'za');
    expectNone(`k = "${prefix}${randomString(34, URLSAFE, 3)}"`, 'google-api-key');
    expectNone(`k = "${prefix}${randomString(36, URLSAFE, 3)}"`, 'google-api-key');
    expectNone(`k = "${prefix}Sy${'X'.repeat(33)}"`, 'google-api-key');
  });

  it('OAuth client secrets (errors) and access tokens (short-lived: warnings)', () => {
    expectInAllSyntaxes('GOOGLE_CLIENT_SECRET', join('GOC', 'SPX-', randomString(28, URLSAFE)), 'google-oauth-client-secret', { severity: 'error' });
    const access = join('ya', '29.', randomString(150, URLSAFE));
    expectFinding(`Authorization: Bearer ${access}`, access, 'google-oauth-access-token', { path: 'req.http', severity: 'warning' });
    expectNone(`x = "${join('GOC', 'SPX-', randomString(20, URLSAFE))}"`, 'google-oauth-client-secret');
    expectNone('version = "ya29.1"', 'google-oauth-access-token');
  });

  it('reports the private key of a service-account JSON file, not a second PEM finding', () => {
    const { json, privateKey } = gcpServiceAccountJson();
    expectFinding(json, privateKey, 'gcp-service-account-key', { path: 'secrets/sa.json', severity: 'error' });
    assert.deepStrictEqual(scanText(json, { path: 'secrets/sa.json' }).map(x => x.ruleId), ['gcp-service-account-key']);
  });

  it('finds it inside a Python dict and falls back to the key id when the key is redacted', () => {
    const { json, privateKey, keyId } = gcpServiceAccountJson();
    const py = `CREDS = ${json.replace(/"/g, "'")}\n`;
    expectFinding(py, privateKey, 'gcp-service-account-key', { path: 'settings.py' });
    const redacted = json.replace(privateKey, '');
    const f = expectFinding(redacted, keyId, 'gcp-service-account-key', { path: 'sa.json', severity: 'warning' });
    assert.match(f.detail ?? '', /redacted/);
  });

  it('does not report a private key of a different JSON object, or a placeholder key', () => {
    const { json, privateKey } = gcpServiceAccountJson();
    const other = json.replace('"service_account"', '"authorized_user"');
    expectNone(other, 'gcp-service-account-key', 'a.json');
    const dashes = '-----';
    const placeholder = json.replace(privateKey, `${dashes}BEGIN PRIVATE KEY${dashes}\\n...your key here...\\n${dashes}END PRIVATE KEY${dashes}\\n`);
    assert.ok(!scanText(placeholder, { path: 'a.json' }).some(f => f.ruleId === 'gcp-service-account-key' && f.severity === 'error'));
  });
});
