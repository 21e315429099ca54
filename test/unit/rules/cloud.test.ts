import { ALNUM, HEX, join, randomString, token, URLSAFE, uuid } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: cloud platforms', () => {
  it('Heroku keys: HRKU- format anywhere, UUIDs only under a key name near Heroku', () => {
    expectInAllSyntaxes('HEROKU_API_KEY', token(join('HR', 'KU-'), 60, URLSAFE), 'heroku-api-key');
    const id = uuid();
    expectFinding(`HEROKU_API_KEY=${id}`, id, 'heroku-api-key-legacy', { path: '.env' });
    expectNone(`HEROKU_APP_ID=${id}`, 'heroku-api-key-legacy', '.env');
    expectNone(`API_KEY=${id}`, 'heroku-api-key-legacy', '.env');
  });

  it('DigitalOcean tokens', () => {
    expectInAllSyntaxes('DIGITALOCEAN_TOKEN', token(join('do', 'p_v1_'), 64, HEX), 'digitalocean-pat');
    const oauth = token(join('do', 'o_v1_'), 64, HEX);
    expectFinding(`token: ${oauth}`, oauth, 'digitalocean-oauth-token', { path: 'a.yml' });
    expectNone(`x = "${token(join('do', 'p_v1_'), 63, HEX)}"`, 'DigitalOcean');
  });

  it('Cloudflare API tokens need Cloudflare context; origin CA keys are prefixed', () => {
    const t = randomString(38, ALNUM + '_-') + 'a1';
    expectInAllSyntaxes('CLOUDFLARE_API_TOKEN', t, 'cloudflare-api-token');
    expectNone(`GITHUB_SHA=${randomString(40, HEX)}\n# deployed to cloudflare`, 'Cloudflare', '.env');
    expectNone(`API_TOKEN=${t}`, 'cloudflare-api-token', '.env');
    const ca = join('v1', '.0-', randomString(24, HEX), '-', randomString(146, HEX));
    expectFinding(`CF_ORIGIN_CA_KEY=${ca}`, ca, 'cloudflare-origin-ca-key', { path: '.env' });
  });

  it('Cloudflare scannable credentials (cfk_, cfut_, cfat_) and legacy global keys', () => {
    for (const p of ['cfut_', 'cfat_']) expectInAllSyntaxes('CLOUDFLARE_API_TOKEN', token(join('cf', p.slice(2)), 46), 'cloudflare-scannable-token');
    const global = token(join('cf', 'k_'), 46);
    const f = expectFinding(`CLOUDFLARE_API_KEY=${global}`, global, 'cloudflare-scannable-token', { path: '.env' });
    if (!/Global/.test(f.title)) throw new Error(f.title);
    expectNone(`x = "${token(join('cf', 'ut_'), 30)}"`, 'cloudflare-scannable-token');
    const legacy = randomString(37, HEX);
    expectFinding(`CLOUDFLARE_EMAIL=ops@acme.io\nCLOUDFLARE_API_KEY=${legacy}\n`, legacy, 'cloudflare-global-api-key', { path: '.env' });
    expectFinding(`curl -H "X-Auth-Key: ${legacy}" https://api.cloudflare.com/client/v4/zones`, legacy, 'cloudflare-global-api-key', { path: 'a.sh' });
    expectNone(`# cloudflare deploy\nGIT_COMMIT=${randomString(40, HEX)}`, 'cloudflare-global-api-key', '.env');
  });

  it('Vercel tokens with Vercel context', () => {
    const t = randomString(22, ALNUM) + 'b2';
    expectInAllSyntaxes('VERCEL_TOKEN', t, 'vercel-token');
    expectNone(`TOKEN=${t}`, 'vercel-token', '.env');
    expectNone(`VERCEL_PROJECT_NAME=${randomString(24, 'abcdefghijklmnop')}`, 'vercel-token', '.env');
  });

  it('Netlify and Databricks tokens', () => {
    expectInAllSyntaxes('NETLIFY_AUTH_TOKEN', token(join('nf', 'p_'), 36), 'netlify-token');
    expectInAllSyntaxes('DATABRICKS_TOKEN', token(join('da', 'pi'), 32, HEX), 'databricks-token');
    const withSuffix = token(join('da', 'pi'), 32, HEX) + '-2';
    expectFinding(`token = "${withSuffix}"`, withSuffix, 'databricks-token', { path: 'a.py' });
    expectNone(`x = "${token(join('da', 'pi'), 31, HEX)}"`, 'databricks-token');
  });
});
