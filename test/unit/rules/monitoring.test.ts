import * as assert from 'assert';
import { ALNUM, base64, grafanaToken, HEX, join, randomString, token } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectLookAlike, expectNone } from './support';

describe('rules: monitoring', () => {
  it('Datadog API and application keys under their names', () => {
    const api = randomString(32, HEX);
    const app = randomString(40, HEX);
    expectInAllSyntaxes('DD_API_KEY', api, 'datadog-api-key', { severity: 'error' });
    expectInAllSyntaxes('DD_APP_KEY', app, 'datadog-app-key');
    expectFinding(`datadog:\n  api_key: ${api}\n  app_key: ${app}\n`, app, 'datadog-app-key', { path: 'datadog.yaml' });
    expectNone(`API_KEY=${api}`, 'Datadog', '.env');
    expectNone(`# datadog\nCOMMIT_SHA=${app}`, 'Datadog', '.env');
    // The entry for Datadog itself in a map of services' keys.
    expectFinding(`let services =\n    Map.ofList [ "datadog", "${api}"\n                 "region", "eu" ]\n`, api, 'datadog-api-key', { path: 'src/Config.fs' });
    expectFinding(`(define providers\n  (hash 'datadog  "${api}"))\n`, api, 'datadog-api-key', { path: 'config.rkt' });
    expectNone(`checksums:\n  datadog_agent_md5: ${api}\n`, 'datadog-api-key', 'ci/checksums.yml');
    // A person's notes name the keys in words.
    expectFinding(`## Datadog (synthetics)\n\n  - API key for the synthetic tests: ${api}\n  - app key: ${app}\n`, app, 'datadog-app-key', { path: 'Documents/notes.md' });
  });

  it('Sentry org tokens (payload names the org) and user tokens', () => {
    const payload = base64(JSON.stringify({ iat: 1700000000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).replace(/=+$/, '');
    const org = join('sntr', 'ys_', payload, '_', randomString(43, ALNUM));
    const f = expectFinding(`SENTRY_AUTH_TOKEN=${org}`, org, 'sentry-org-token', { path: '.env', severity: 'error' });
    assert.match(f.detail ?? '', /acme/);
    expectInAllSyntaxes('SENTRY_AUTH_TOKEN', token(join('sntr', 'yu_'), 64, HEX), 'sentry-user-token');
    const garbage = join('sntr', 'ys_', 'eyJ', randomString(60, ALNUM), '_', randomString(43, ALNUM));
    expectLookAlike(`SENTRY_AUTH_TOKEN=${garbage}`, garbage, 'sentry-org-token', '.env');
  });

  it('Grafana service-account tokens are verified by checksum; a failing one is information', () => {
    expectInAllSyntaxes('GRAFANA_TOKEN', grafanaToken(), 'grafana-service-account-token', { confidence: 'verified-format', severity: 'error' });
    const good = grafanaToken();
    // Change the last checksum hex digit to a *different* hex digit (a same-digit swap would be the token itself).
    const broken = `${good.slice(0, -1)}${good.endsWith('0') ? '1' : '0'}`;
    expectLookAlike(`GRAFANA_TOKEN=${broken}`, broken, 'grafana-service-account-token', '.env');
    expectNone(`GRAFANA_TOKEN=${join('gl', 'sa_', randomString(31, ALNUM), '_', randomString(8, HEX))}`, 'grafana-service-account-token', '.env');
  });

  it('legacy Grafana API keys decode to {"k", "n", "id"}', () => {
    const key = base64(JSON.stringify({ k: randomString(32, ALNUM), n: 'deploy-bot', id: 1 }));
    expectInAllSyntaxes('GRAFANA_API_KEY', key, 'grafana-api-key', { severity: 'error' });
    expectNone(`x = "${base64(JSON.stringify({ k: 'v' })).slice(0, 8)}${randomString(60, ALNUM)}"`, 'grafana-api-key');
  });

  it('Grafana Cloud tokens carry a base64 JSON payload', () => {
    const glc = join('gl', 'c_', base64(JSON.stringify({ o: '123456', n: 'stack-42-deploy', k: randomString(24, ALNUM), m: { r: 'prod-eu-west-2' } })));
    expectFinding(`GRAFANA_CLOUD_TOKEN=${glc}`, glc, 'grafana-cloud-token', { path: '.env' });
    const garbage = join('gl', 'c_', 'eyJ', randomString(60, ALNUM));
    expectLookAlike(`x = "${garbage}"`, garbage, 'grafana-cloud-token');
    expectNone(`x = "${join('gl', 'c_', 'eyJ', randomString(20, ALNUM))}"`, 'grafana-cloud-token');
  });
});
