import { assignedNameBefore } from '../assignment';
import { decodeJsonSegment, shannonEntropy } from '../text';
import { contextual, leadIn, mixesLettersAndDigits, prefixed, providerKey, underKeyName } from './define';
import type { Rule } from '../types';

/** A Tunnel token's JSON: a 32-hex account tag, a UUID tunnel id, a base64 secret. */
function isTunnelToken(json: Record<string, unknown> | undefined): boolean {
  return !!json && typeof json.a === 'string' && /^[0-9a-f]{32}$/.test(json.a)
    && typeof json.t === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(json.t)
    && typeof json.s === 'string' && json.s.length >= 16;
}

/** The value sits under a name that says it is a key or token (not an id, a hash or a version). */
const keyNamed = underKeyName;

const DO: [string, string, string][] = [
  ['dop_v1_', 'digitalocean-pat', 'DigitalOcean personal access token'],
  ['doo_v1_', 'digitalocean-oauth-token', 'DigitalOcean OAuth access token'],
  ['dor_v1_', 'digitalocean-refresh-token', 'DigitalOcean OAuth refresh token'],
];

export const cloudRules: Rule[] = [
  {
    id: 'storj-access-grant', provider: 'Storj', title: 'Storj access grant',
    source: 'Storj docs (storj.dev, uplink access import / inspect): an access grant is a serialized, base58 string holding an API key, encryption keys and the satellite; uplink keeps them in access.json under "accesses"',
    keywords: ['access_grant', 'access-grant', 'accessgrant', 'serializedaccess', '"accesses"', 'storj_access', 'access import'],
    window: { before: 0, after: 3000 },
    // Version 0 of the serialization: base58 opens with `1`. Hundreds of characters: no id is that long.
    pattern: /(?<![1-9A-HJ-NP-Za-km-z])(?<secret>1[1-9A-HJ-NP-Za-km-z]{150,3000})(?![1-9A-HJ-NP-Za-km-z])/g,
    confidence: 'provider', severity: 'error',
    envVar: 'STORJ_ACCESS', rotateUrl: 'https://storj.dev/dcs/api/uplink-cli/access-command',
    description: 'A Storj access grant (rclone\'s `access_grant`, uplink\'s access.json): the API key and the encryption key of the buckets it covers, in one string.',
  },
  prefixed({
    id: 'heroku-api-key', provider: 'Heroku', title: 'Heroku API key',
    source: 'observed (HRKU- prefixed tokens); Heroku help PBGP6IDE names the token kinds',
    prefix: 'HRKU-', body: '[A-Za-z0-9_-]{58,70}',
    envVar: 'HEROKU_API_KEY', rotateUrl: 'https://dashboard.heroku.com/account/applications',
    description: 'Heroku platform API key (HRKU-…): manages apps, config vars and dynos.',
  }),
  contextual({
    id: 'heroku-api-key-legacy', provider: 'Heroku', title: 'Heroku API key (legacy UUID)',
    source: 'third-party only (UUID-shaped Heroku API keys)',
    tokenChars: 'A-Za-z0-9_.-', // a UUID glued to `d.` or `v1.` is part of another token
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', near: /heroku/i, chars: 300,
    keywords: ['heroku'],
    validate: keyNamed,
    envVar: 'HEROKU_API_KEY', rotateUrl: 'https://dashboard.heroku.com/account/applications',
    description: 'Older Heroku API key (a UUID) under a key/token name next to Heroku usage.',
  }),
  ...DO.map(([prefix, id, title]) => prefixed({
    id, provider: 'DigitalOcean', title, prefix, body: '[a-f0-9]{64}',
    source: 'provider announcement: docs.digitalocean.com/notes/2022/api-token-format (dop_v1_/doo_v1_/dor_v1_); 64-hex body third-party',
    envVar: 'DIGITALOCEAN_TOKEN', rotateUrl: 'https://cloud.digitalocean.com/account/api/tokens',
    description: `${title} (${prefix} + 64 hex).`,
  })),
  prefixed({
    id: 'digitalocean-spaces-access-key-id', provider: 'DigitalOcean', title: 'DigitalOcean Spaces access key ID',
    source: 'observed shape: DO00 + 16 capitals and digits (DigitalOcean Spaces keys, S3-compatible; its docs show placeholders only)',
    // Half of an S3-style pair, as AWS's AKIA… is: the id names the key whose secret is usually beside it.
    prefix: 'DO00', body: '[A-Z0-9]{16}', bodyMixes: true, severity: 'warning',
    validate: value => !/EXAMPLE|FAKE|DUMMY|SAMPLE|TEST/.test(value.slice(4)),
    envVar: 'SPACES_ACCESS_KEY_ID', rotateUrl: 'https://cloud.digitalocean.com/spaces/access_keys',
    description: 'DigitalOcean Spaces access key ID (DO00…): names the key pair; its secret key is usually beside it.',
  }),
  contextual({
    id: 'cloudflare-api-token', provider: 'Cloudflare', title: 'Cloudflare API token',
    source: 'provider docs: developers.cloudflare.com token formats (legacy user/account API tokens: 40 alphanumerics)',
    body: '[A-Za-z0-9_-]{40}', near: /cloudflare|cf[-_]api[-_](?:token|key)/i,
    keywords: ['cloudflare', 'cf_api_token', 'cf-api-token', 'cf_api_key'],
    validate: (v, ctx, m) => mixesLettersAndDigits(v) && !/^[0-9a-f]+$/i.test(v) && keyNamed(v, ctx, m),
    envVar: 'CLOUDFLARE_API_TOKEN', rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    description: 'Cloudflare API token (40 characters) under a token name next to Cloudflare usage.',
  }),
  prefixed({
    id: 'cloudflare-scannable-token', provider: 'Cloudflare', title: 'Cloudflare API credential',
    source: 'provider docs: developers.cloudflare.com/fundamentals/api/get-started/token-formats (cfk_/cfut_/cfat_ + 40 + checksum, 2026)',
    // Since 2026: cfk_ global key, cfut_ user token, cfat_ account token; 40 characters + a checksum
    // (its algorithm is not public, so it is not verified here).
    prefix: ['cfk_', 'cfut_', 'cfat_'], body: '[A-Za-z0-9]{44,52}',
    validate: value => value.startsWith('cfk_') ? { title: 'Cloudflare Global API key', detail: 'full account access' } : true,
    envVar: 'CLOUDFLARE_API_TOKEN', rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    description: 'Cloudflare API credential in the scannable format: cfk_ Global API key, cfut_ user or cfat_ account API token.',
  }),
  prefixed({
    id: 'cloudflare-tunnel-token', provider: 'Cloudflare', title: 'Cloudflare Tunnel token',
    source: 'provider docs: Cloudflare Tunnel "cloudflared tunnel run --token" and TUNNEL_TOKEN; the token is base64 of JSON {a: account tag, t: tunnel id, s: tunnel secret} (cloudflared source)',
    // base64 of `{"a":"` opens every token; decoding it checks the three fields.
    prefix: 'eyJhIjoi', body: '[A-Za-z0-9+/]{100,400}={0,2}', tokenChars: 'A-Za-z0-9+/=',
    confidence: 'verified-format',
    validate: value => isTunnelToken(decodeJsonSegment(value)),
    envVar: 'TUNNEL_TOKEN', rotateUrl: 'https://one.dash.cloudflare.com/',
    description: 'Cloudflare Tunnel token (base64 JSON of account, tunnel id and tunnel secret, decoded to check): anyone holding it can run a connector for the tunnel and serve its hostnames.',
  }),
  {
    id: 'cloudflare-origin-cert-token', provider: 'Cloudflare', title: 'Cloudflare API token in a cloudflared origin certificate',
    source: 'provider docs: Cloudflare Tunnel "cloudflared tunnel login" writes cert.pem; its ARGO TUNNEL TOKEN block is base64 JSON with zoneID, accountID and apiToken (cloudflared source)',
    keywords: ['-----begin argo'],
    pattern: /-----BEGIN ARGO TUNNEL TOKEN-----\r?\n(?<secret>[A-Za-z0-9+/=\r\n]{40,4000}?)\r?\n-----END ARGO TUNNEL TOKEN-----/,
    window: { before: 0, after: 5000 },
    validate: value => typeof decodeJsonSegment(value.replace(/[\r\n]/g, ''))?.apiToken === 'string',
    skipPlaceholderCheck: true,
    confidence: 'verified-format', severity: 'error',
    envVar: 'TUNNEL_ORIGIN_CERT', rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    description: 'The ARGO TUNNEL TOKEN block of a cloudflared cert.pem (decoded to check): it holds an API token that creates, routes and deletes tunnels in the zone.',
  },
  contextual({
    id: 'cloudflare-global-api-key', provider: 'Cloudflare', title: 'Cloudflare Global API key (legacy)',
    source: 'provider docs: Cloudflare token formats (legacy Global API Key: 37–45 lowercase hex, X-Auth-Key)',
    body: '[a-f0-9]{37,45}', near: /cloudflare|cf[-_]api[-_]key|x-auth-key|cf[-_]auth[-_]key/i,
    keywords: ['cloudflare', 'cf_api_key', 'cf-api-key', 'x-auth-key', 'cf_auth_key'],
    // 40 hex is also a git SHA: only under a key name (CF_API_KEY, X-Auth-Key, api_key).
    // (Or a bare `key` of exactly 37 hex beside the account's e-mail: the pair the legacy API takes, `{"email": …, "key": …}`.)
    validate: (v, ctx, m) => /(?:api|auth|global)[-_ ]?key/i.test(leadIn(ctx.text, m.start, 60))
      || (v.length === 37 && /(?:^|[^\w])["']?key["']?[ \t]{0,2}[:=][ \t]{0,2}["']?$/.test(leadIn(ctx.text, m.start, 20)) && /e-?mail/i.test(ctx.text.slice(Math.max(0, m.start - 200), m.end + 200))),
    envVar: 'CLOUDFLARE_API_KEY', rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    description: 'Older Cloudflare Global API key (37–45 lowercase hex) under an API-key name next to Cloudflare usage: full account access.',
  }),
  prefixed({
    id: 'cloudflare-origin-ca-key', provider: 'Cloudflare', title: 'Cloudflare Origin CA key',
    source: 'provider docs: Cloudflare Origin CA keys (always start v1.0-)',
    prefix: 'v1.0-', body: '[a-f0-9]{24}-[a-f0-9]{146}',
    envVar: 'CLOUDFLARE_ORIGIN_CA_KEY', secretNames: /(?:^|_)ORIGIN_CA_KEY$/, rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    description: 'Cloudflare Origin CA key (v1.0-…): issues origin certificates for your zones.',
  }),
  contextual({
    id: 'vercel-token', provider: 'Vercel', title: 'Vercel access token',
    source: 'observed (24 alphanumerics); not found in Vercel docs',
    body: '[A-Za-z0-9]{24}', near: /vercel/i, keywords: ['vercel'],
    validate: (v, ctx, m) => mixesLettersAndDigits(v) && keyNamed(v, ctx, m),
    envVar: 'VERCEL_TOKEN', rotateUrl: 'https://vercel.com/account/settings/tokens',
    description: 'Vercel access token (24 characters) under a token name next to Vercel usage: deploys and reads env vars.',
  }),
  prefixed({
    id: 'netlify-token', provider: 'Netlify', title: 'Netlify personal access token',
    source: 'observed (nfp_ + 36 to 40); not found in Netlify docs',
    prefix: 'nfp_', body: '[A-Za-z0-9]{36,40}',
    envVar: 'NETLIFY_AUTH_TOKEN', rotateUrl: 'https://app.netlify.com/user/applications',
    description: 'Netlify personal access token (nfp_ + 36 to 40 characters): deploys and configures every site of the account.',
  }),
  prefixed({
    id: 'databricks-token', provider: 'Databricks', title: 'Databricks personal access token',
    source: 'observed (dapi + 32 hex, optional -<n>); not found in Databricks docs',
    prefix: 'dapi', body: '[a-f0-9]{32}(?:-[0-9])?',
    envVar: 'DATABRICKS_TOKEN', rotateUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
    description: 'Databricks personal access token (dapi + 32 hex).',
  }),
  prefixed({
    id: 'planetscale-token', provider: 'PlanetScale', title: 'PlanetScale token',
    prefix: ['pscale_tkn_', 'pscale_oauth_', 'pscale_otkn_'], body: '[A-Za-z0-9_-]{32,64}',
    source: 'PlanetScale docs (service tokens for the CLI and API); pscale_tkn_/pscale_oauth_ prefixes are a lead',
    envVar: 'PLANETSCALE_SERVICE_TOKEN', rotateUrl: 'https://app.planetscale.com/~/settings/service-tokens',
    description: 'PlanetScale service or OAuth token (pscale_tkn_…): manages databases and branches.',
  }),
  prefixed({
    id: 'planetscale-password', provider: 'PlanetScale', title: 'PlanetScale database password',
    prefix: 'pscale_pw_', body: '[A-Za-z0-9_-]{32,64}',
    source: 'PlanetScale docs (database passwords); pscale_pw_ prefix is a lead',
    envVar: 'DATABASE_PASSWORD', rotateUrl: 'https://app.planetscale.com/',
    description: 'PlanetScale database password (pscale_pw_…): reads and writes the branch\'s data.',
  }),
  prefixed({
    id: 'neon-api-key', provider: 'Neon', title: 'Neon API key',
    prefix: 'napi_', body: '[a-z0-9]{60,72}',
    validate: value => /[0-9]/.test(value.slice(5)) && /[a-z]/.test(value.slice(5)),
    source: 'Neon docs (API keys, NEON_API_KEY); napi_ prefix is a lead',
    envVar: 'NEON_API_KEY', rotateUrl: 'https://console.neon.tech/app/settings/api-keys',
    description: 'Neon API key (napi_…): manages projects, branches and database roles.',
  }),
  prefixed({
    id: 'alibaba-access-key-id', provider: 'Alibaba Cloud', title: 'Alibaba Cloud AccessKey ID',
    prefix: 'LTAI', body: '[A-Za-z0-9]{12,20}',
    // Issued ids mix both cases and digits; a 20-character one drawn at random lacks a digit one time in thirty.
    validate: value => (/[0-9]/.test(value.slice(4)) || value.length >= 24) && /[a-z]/.test(value.slice(4)) && /[A-Z]/.test(value.slice(4)),
    pairedWith: 'alibaba-access-key-secret',
    source: 'Alibaba Cloud docs (AccessKey pairs, ALIBABA_CLOUD_ACCESS_KEY_ID); LTAI prefix is a lead',
    envVar: 'ALIBABA_CLOUD_ACCESS_KEY_ID', rotateUrl: 'https://ram.console.aliyun.com/manage/ak',
    description: 'Alibaba Cloud AccessKey ID (LTAI…): half of a credential pair, paired with its secret when both are present.',
  }),
  prefixed({
    id: 'tencent-cloud-secret-id', provider: 'Tencent Cloud', title: 'Tencent Cloud SecretId',
    prefix: 'AKID', body: '[A-Za-z0-9]{32}',
    validate: value => /[0-9]/.test(value.slice(4)) && /[a-z]/.test(value.slice(4)) && /[A-Z]/.test(value.slice(4)),
    pairedWith: 'tencent-cloud-secret-key',
    source: 'provider docs: Tencent Cloud CAM "Access Key" (SecretId: AKID + 32 characters; SecretKey: 32 characters), TENCENTCLOUD_SECRET_ID',
    envVar: 'TENCENTCLOUD_SECRET_ID', rotateUrl: 'https://console.cloud.tencent.com/cam/capi',
    description: 'Tencent Cloud SecretId (AKID…): half of an API key pair, paired with its SecretKey when both are present.',
  }),
  providerKey({
    id: 'tencent-cloud-secret-key', provider: 'Tencent Cloud', title: 'Tencent Cloud SecretKey',
    body: '[A-Za-z0-9]{32}', near: /tencent|qcloud|(?<![A-Za-z0-9])AKID[A-Za-z0-9]{32}/i, keywords: ['tencent', 'qcloud', 'akid'],
    also: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 80)),
    argumentAfter: /AKID[A-Za-z0-9]{32}["'`][ \t]{0,3},\s{0,40}["'`]$/,
    pairedWith: 'tencent-cloud-secret-id',
    source: 'provider docs: Tencent Cloud CAM "Access Key" (SecretKey: 32 characters), TENCENTCLOUD_SECRET_KEY',
    envVar: 'TENCENTCLOUD_SECRET_KEY', rotateUrl: 'https://console.cloud.tencent.com/cam/capi',
    description: 'Tencent Cloud SecretKey (32 characters under a secret name next to a SecretId or Tencent Cloud usage): signs API calls as the key\'s owner.',
  }),
  providerKey({
    id: 'alibaba-access-key-secret', provider: 'Alibaba Cloud', title: 'Alibaba Cloud AccessKey secret',
    body: '[A-Za-z0-9]{30}', near: /alibaba|aliyun|(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12}/i, keywords: ['ibaba', 'iyun', 'ltai'],
    also: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 80)),
    argumentAfter: /LTAI[A-Za-z0-9]{12,30}["'`][ \t]{0,3},\s{0,40}["'`]$/,
    pairedWith: 'alibaba-access-key-id',
    source: 'Alibaba Cloud docs (AccessKey secret, ALIBABA_CLOUD_ACCESS_KEY_SECRET); 30-character shape is a lead',
    envVar: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', rotateUrl: 'https://ram.console.aliyun.com/manage/ak',
    description: 'Alibaba Cloud AccessKey secret (30 characters under a secret name next to an AccessKey ID or Alibaba usage).',
  }),
  prefixed({
    id: 'openshift-oauth-token', provider: 'Red Hat OpenShift', title: 'OpenShift OAuth access token',
    prefix: 'sha256~', body: '[A-Za-z0-9_][A-Za-z0-9_-]{42}', keywords: ['sha256~'],
    // The token's object name has the same shape and logs no one in (`oc get useroauthaccesstokens`):
    // only a value given as a token counts.
    validate: (_v, ctx, m) => /token|bearer|authorization|password/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'provider source: openshift/oauth-server pkg/osinserver/tokengen.go (sha256~ + 43 base64url characters); docs: "Managing user-owned OAuth access tokens" (token names are not secret)',
    envVar: 'OPENSHIFT_TOKEN', rotateUrl: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
    description: 'OpenShift OAuth access token (sha256~… given as a token): acts on the cluster as the user until it expires or is deleted.',
  }),
  prefixed({
    id: 'yandex-iam-token', provider: 'Yandex Cloud', title: 'Yandex Cloud IAM token',
    prefix: 't1.', body: '[A-Za-z0-9_-]{1,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}', keywords: ['t1.'],
    severity: 'warning', // lives at most 12 hours
    source: 'provider docs: yandex.cloud/en/docs/iam/concepts/authorization/iam-token ("Token representation")',
    envVar: 'YC_IAM_TOKEN', rotateUrl: 'https://yandex.cloud/en/docs/iam/operations/compromised-credentials',
    description: 'Yandex Cloud IAM token (t1.…): acts as its account for up to 12 hours.',
  }),
  prefixed({
    id: 'yandex-oauth-token', provider: 'Yandex Cloud', title: 'Yandex OAuth token',
    // (55 characters in the Cloud docs' example; newer tokens, `y0__x…`, run longer.)
    prefix: ['y0_', 'y1_', 'y2_', 'y3_'], body: '[A-Za-z0-9_-]{55,100}',
    bodyMixes: true,
    source: 'provider docs: yandex.cloud/en/docs/iam/concepts/authorization/oauth-token ("OAuth token format")',
    envVar: 'YC_TOKEN', rotateUrl: 'https://oauth.yandex.com/',
    description: 'Yandex OAuth token (y0_…y3_): gets IAM tokens for the user\'s clouds for a year.',
  }),
  prefixed({
    id: 'yandex-api-key', provider: 'Yandex Cloud', title: 'Yandex Cloud API key',
    prefix: 'AQVN', body: '[A-Za-z0-9_-]{35,38}',
    bodyMixes: true,
    source: 'provider docs: yandex.cloud/en/docs/security/operations/search-secrets (AQVN prefix); body length from a Yandex engineer\'s comment, a lead',
    envVar: 'YC_API_KEY', rotateUrl: 'https://yandex.cloud/en/docs/iam/operations/compromised-credentials',
    description: 'Yandex Cloud service-account API key (AQVN…): calls Yandex Cloud APIs (SpeechKit, Vision, GPT) as the service account.',
  }),
  prefixed({
    id: 'scalingo-api-token', provider: 'Scalingo', title: 'Scalingo API token',
    prefix: 'tk-us-', body: '[A-Za-z0-9_-]{48}',
    bodyMixes: true,
    source: 'provider docs: developers.scalingo.com/tokens (tk-us- + 48 characters in the example)',
    envVar: 'SCALINGO_TOKEN', rotateUrl: 'https://dashboard.scalingo.com/account/tokens',
    description: 'Scalingo API token (tk-us-…): deploys and configures every app of the user.',
  }),
  prefixed({
    id: 'defined-networking-api-key', provider: 'Defined Networking', title: 'Defined Networking API key',
    prefix: 'dnkey-', body: '[A-Z0-9]{26}-[A-Za-z0-9]{30,80}',
    source: 'provider docs: docs.defined.net/guides/rotating-api-keys (dnkey-<26-character id>-<secret>); secret length is a lead',
    envVar: 'DN_API_KEY', rotateUrl: 'https://admin.defined.net/settings/api-keys',
    description: 'Defined Networking (managed Nebula) API key (dnkey-…): enrolls hosts and changes the overlay network.',
  }),
  prefixed({
    id: 'akamai-edgegrid-token', provider: 'Akamai', title: 'Akamai EdgeGrid client or access token',
    prefix: 'akab-', body: '[a-z0-9]{10,32}-[a-z0-9]{5,32}', severity: 'warning',
    // The API host (`akab-….luna.akamaiapis.net`) shares the prefix and is no secret.
    validate: (value, ctx, m) => mixesLettersAndDigits(value.slice(5)) && ctx.text[m.end] !== '.',
    source: 'provider docs: techdocs.akamai.com "Set up authentication credentials" (.edgerc client_token/access_token akab-…)',
    envVar: 'AKAMAI_CLIENT_TOKEN', rotateUrl: 'https://control.akamai.com/apps/identity-management/#/tabs/users/list',
    description: 'Akamai EdgeGrid client_token or access_token (akab-…): with the client secret next to it, calls every Akamai API the client may.',
  }),
  contextual({
    id: 'dropbox-app-secret', provider: 'Dropbox', title: 'Dropbox app secret',
    // Fifteen lower-case letters and digits, the app key's twin: only under a secret's name next to Dropbox.
    body: '[a-z0-9]{15}', near: /dropbox/i, keywords: ['dropbox'], severity: 'error',
    validate: (value, ctx, m) => /(?:app|client)[-_]?secret$/i.test(assignedNameBefore(ctx.text, m.start) ?? '') && shannonEntropy(value) >= 3,
    source: 'Dropbox developer guide (OAuth: app key and app secret from the App Console); 15-character shape observed',
    envVar: 'DROPBOX_APP_SECRET', rotateUrl: 'https://www.dropbox.com/developers/apps',
    description: 'A Dropbox app secret under its name next to Dropbox usage: with the app key, it lets anyone act as your app in OAuth flows.',
  }),
  contextual({
    id: 'dropbox-short-lived-token', provider: 'Dropbox', title: 'Dropbox short-lived access token',
    body: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{120,1200}', near: /dropbox/i, keywords: ['dropbox'], severity: 'warning',
    validate: (value) => mixesLettersAndDigits(value),
    source: 'Dropbox staff answer on the API forum (short-lived tokens start sl.); length observed',
    envVar: 'DROPBOX_ACCESS_TOKEN', rotateUrl: 'https://www.dropbox.com/developers/apps',
    description: 'Dropbox short-lived access token (sl.…) next to Dropbox usage: reads and writes the user\'s files for about four hours.',
  }),
  contextual({
    id: 'dropbox-long-lived-token', provider: 'Dropbox', title: 'Dropbox long-lived access token',
    // Eleven characters, a run of `A`s, 64 in all: the shape Dropbox's legacy tokens (and its refresh tokens) share.
    body: '[A-Za-z0-9_-]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}', near: /dropbox/i, keywords: ['dropbox'], severity: 'error',
    validate: value => mixesLettersAndDigits(value.slice(21)) && shannonEntropy(value.slice(21)) >= 4,
    source: 'Dropbox developer forum answers on token formats (legacy long-lived tokens and refresh tokens: 64 characters, a run of A after the first 11); shape observed',
    envVar: 'DROPBOX_ACCESS_TOKEN', rotateUrl: 'https://www.dropbox.com/developers/apps',
    description: 'A Dropbox long-lived access token or refresh token next to Dropbox usage: reads and writes the user\'s files until revoked.',
  }),
  contextual({
    id: 'backblaze-application-key', provider: 'Backblaze', title: 'Backblaze B2 application key',
    body: 'K\\d{3}[A-Za-z0-9+/]{27}', near: /backblaze|\bb2[_-]|B2_APPLICATION|b2sdk|\bB2[A-Z]|\btype[ \t]{0,4}=[ \t]{0,4}b2\b|"type"[ \t]{0,4}:[ \t]{0,4}"b2"/, keywords: ['backblaze', 'b2_', 'b2-', 'b2sdk', 'b2api', '= b2', '"b2"'],
    // rclone's remote: `[name]⏎type = b2⏎account = …⏎key = K…`. A random body holds no digit
    // about one time in a hundred: both cases say random as well.
    validate: (value) => mixesLettersAndDigits(value.slice(4)) || (/[A-Z]/.test(value.slice(4)) && /[a-z]/.test(value.slice(4))),
    source: 'provider docs: b2-sdk-python glossary and b2 authorize-account (application keys K… of 31 characters, B2_APPLICATION_KEY)',
    envVar: 'B2_APPLICATION_KEY', rotateUrl: 'https://secure.backblaze.com/app_keys.htm',
    description: 'Backblaze B2 application key (K…) next to B2 usage: reads and writes the buckets the key is scoped to.',
  }),
  contextual({
    id: 'salesforce-access-token', provider: 'Salesforce', title: 'Salesforce access token',
    // The org id (00D + 12 or 15 characters), `!`, then the session part.
    body: '00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{80,120}', near: /salesforce|force\.com|sfdc|\bsf_/i,
    keywords: ['salesforce', 'force.com', 'sfdc', 'sf_'],
    validate: (value) => mixesLettersAndDigits(value.slice(value.indexOf('!') + 1)),
    source: 'provider docs: developer.salesforce.com Connect REST API quick start (access token example 00D…!AR…: org id, "!", session part)',
    envVar: 'SALESFORCE_ACCESS_TOKEN', rotateUrl: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm',
    description: 'Salesforce access token or session id (org id 00D…!…) next to Salesforce usage: acts as the signed-in user through the APIs until it expires or is revoked.',
  }),
  prefixed({
    id: 'salesforce-refresh-token', provider: 'Salesforce', title: 'Salesforce refresh token',
    // Refresh tokens open `5Aep8` (then letters, digits, dots and underscores), wherever they are printed.
    prefix: '5Aep8', body: '[A-Za-z0-9._]{70,120}', bodyMixes: true, tokenChars: 'A-Za-z0-9._',
    source: 'observed: refresh tokens in Salesforce\'s OAuth 2.0 refresh token flow examples (help.salesforce.com) begin 5Aep8',
    envVar: 'SALESFORCE_REFRESH_TOKEN', rotateUrl: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm',
    description: 'Salesforce OAuth refresh token (5Aep8…): mints access tokens for the user until revoked.',
  }),
];
