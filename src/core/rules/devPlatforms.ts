/**
 * Developer and collaboration SaaS: project trackers, design tools, API clients, code search
 * and quality servers, package feeds, identity providers. Each rule notes its format's source.
 */

import { decodeBase64, decodeJsonSegment } from '../text';
import { around, bare, contextual, leadIn, mixesLettersAndDigits, prefixed, providerKey, unverifiedAsInfo } from './define';
import { isLowDiversity, isPlaceholder } from '../filters';
import type { Rule } from '../types';

const LEAD = 'a lead (shape observed, not stated in the provider docs we could read)';
/** A lower-case UUID, the body of several providers' tokens. */
/** Scripts and servers, which no browser loads: `scripts/reindex.ts`, `server/search.js`, `sync.mjs`. */
/** The code before a client is made imports Algolia's lite (search-only) client and not the full one. */
function onlyLiteClient(before: string): boolean {
  return before.includes('algoliasearch/lite') && !/["']algoliasearch["']/.test(before);
}

const SERVER_SCRIPT = /(?:^|\/)(?:scripts?|server|backend|jobs|workers?|cron|bin|tasks|functions|lambdas?)\/|\.(?:mjs|cjs)$/i;
/** An Algolia client that writes to its indices, or is held as the admin one: its key is an admin or write key. */
const ALGOLIA_WRITES = /\b(?:admin|writer?)\w{0,20}[ \t]{0,3}[:=][ \t]{0,3}algoliasearch\(|\.(?:saveObjects?|deleteObjects?|clearObjects|partialUpdateObjects?|replaceAllObjects|setSettings|deleteIndex|copyIndex|moveIndex|addApiKey|deleteBy)\(/;
const UUID_BODY = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const devPlatformRules: Rule[] = [
  prefixed({
    id: 'clickup-api-token', provider: 'ClickUp', title: 'ClickUp personal API token',
    source: 'provider docs: developer.clickup.com Authentication ("personal API tokens begin with pk_"); pk_<user id>_<32 characters> observed',
    prefix: 'pk_', body: '\\d{3,12}_[A-Z0-9]{32}', bodyMixes: true,
    envVar: 'CLICKUP_API_TOKEN', rotateUrl: 'https://app.clickup.com/settings/apps',
    description: 'ClickUp personal API token (pk_…): acts as the user on every workspace they belong to.',
  }),
  contextual({
    id: 'zoho-oauth-token', provider: 'Zoho', title: 'Zoho OAuth token',
    body: '1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}', near: /zoho/i, keywords: ['zoho'],
    source: 'provider docs: Zoho API console OAuth (access and refresh tokens 1000.<32 hex>.<32 hex>)',
    envVar: 'ZOHO_REFRESH_TOKEN', rotateUrl: 'https://accounts.zoho.com/home#sessions/userauthtoken',
    description: 'Zoho OAuth access or refresh token (1000.….…) next to Zoho usage: a refresh token mints access tokens for the granted scopes until revoked.',
  }),
  prefixed({
    id: 'notion-token', provider: 'Notion', title: 'Notion integration token',
    prefix: 'ntn_', body: '[A-Za-z0-9]{40,50}',
    bodyMixes: true,
    source: 'provider announcement: Notion developers changelog 2024-09-11 (ntn_ for tokens from 2024-09-25); body length is ' + LEAD,
    envVar: 'NOTION_TOKEN', rotateUrl: 'https://www.notion.so/my-integrations',
    description: 'Notion integration token (ntn_…): reads and edits every page shared with the integration.',
  }),
  contextual({
    id: 'notion-legacy-token', provider: 'Notion', title: 'Notion integration token (legacy)',
    // `secret_` is an ordinary word: the legacy form only counts next to Notion, whatever it is named (`NOTION_LEGACY`).
    body: 'secret_[A-Za-z0-9]{43}', near: /notion/i, keywords: ['otion'],
    source: 'provider announcement: Notion developers changelog 2024-09-11 (legacy secret_ tokens stay valid); length is ' + LEAD,
    envVar: 'NOTION_TOKEN', rotateUrl: 'https://www.notion.so/my-integrations',
    description: 'Older Notion integration token (secret_ + 43) next to Notion usage.',
  }),
  prefixed({
    id: 'linear-api-key', provider: 'Linear', title: 'Linear API key',
    prefix: ['lin_api_', 'lin_oauth_'], body: '[A-Za-z0-9]{40}',
    source: 'Linear docs (personal API keys start lin_api_); the lin_oauth_ prefix of OAuth access tokens is observed; length is ' + LEAD,
    envVar: 'LINEAR_API_KEY', rotateUrl: 'https://linear.app/settings/account/security',
    description: 'Linear personal API key (lin_api_…) or OAuth access token (lin_oauth_…): reads and writes issues as the user.',
  }),
  prefixed({
    id: 'linear-oauth-token', provider: 'Linear', title: 'Linear OAuth access token',
    prefix: 'lin_oauth_', body: '[a-f0-9]{64}',
    source: 'shape observed in Linear OAuth responses: ' + LEAD,
    envVar: 'LINEAR_ACCESS_TOKEN', rotateUrl: 'https://linear.app/settings/account/security',
    description: 'Linear OAuth access token (lin_oauth_ + 64 hex).',
  }),
  prefixed({
    id: 'figma-token', provider: 'Figma', title: 'Figma personal access token',
    prefix: 'figd_', body: '[A-Za-z0-9_-]{38,44}', keywords: ['igd_'],
    source: 'Figma REST API docs (X-Figma-Token header); figd_ prefix is ' + LEAD,
    envVar: 'FIGMA_TOKEN', rotateUrl: 'https://www.figma.com/settings',
    description: 'Figma personal access token (figd_…): reads (and with scopes, writes) the user\'s files.',
  }),
  providerKey({
    id: 'airtable-token', provider: 'Airtable', title: 'Airtable personal access token',
    // `pat` is too common a prefix to trigger on; the dotted 14 + 64-hex shape plus Airtable context is specific.
    // The shape is its own name: beside Airtable's, no key name is needed (`Airtable PAT for the ops base: pat….…`).
    body: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}', near: /airtable/i, keywords: ['airtable'], ownPrefix: 'pat',
    source: 'Airtable docs (personal access tokens replaced API keys in 2024); pat<14>.<64 hex> shape is ' + LEAD,
    envVar: 'AIRTABLE_API_KEY', rotateUrl: 'https://airtable.com/create/tokens',
    description: 'Airtable personal access token (pat….<64 hex>) next to Airtable usage: reads and writes the bases it is scoped to.',
  }),
  contextual({
    id: 'airtable-legacy-api-key', provider: 'Airtable', title: 'Airtable API key (legacy)',
    source: 'Airtable docs (API keys, deprecated February 2024, began "key"); key + 14 alphanumerics observed, ' + LEAD,
    body: 'key[A-Za-z0-9]{14}', near: /airtable/i, keywords: ['airtable'],
    validate: value => mixesLettersAndDigits(value.slice(3)) && /[A-Z]/.test(value.slice(3)) && /[a-z]/.test(value.slice(3)),
    envVar: 'AIRTABLE_API_KEY', rotateUrl: 'https://airtable.com/create/tokens',
    description: 'Older Airtable API key (key + 14 characters) next to Airtable usage: reads and writes every base of the account.',
  }),
  prefixed({
    id: 'branch-secret-key', provider: 'Branch', title: 'Branch secret key',
    source: 'provider docs: Branch dashboard "Account Settings" (Branch Key key_live_… is public; Branch Secret secret_live_/secret_test_… is not); length observed, ' + LEAD,
    prefix: ['secret_live_', 'secret_test_'], body: '[A-Za-z0-9]{28,40}', bodyMixes: true,
    envVar: 'BRANCH_SECRET', rotateUrl: 'https://dashboard.branch.io/account-settings/profile',
    description: 'Branch deep-linking secret key (secret_live_…): calls the Branch API as the app (links, data export).',
  }),
  prefixed({
    id: 'postman-api-key', provider: 'Postman', title: 'Postman API key',
    prefix: 'PMAK-', body: '[a-f0-9]{24}-[a-f0-9]{34}',
    source: 'Postman API docs (X-Api-Key header, PMAK- keys); 24-34 hex layout is ' + LEAD,
    envVar: 'POSTMAN_API_KEY', rotateUrl: 'https://go.postman.co/settings/me/api-keys',
    description: 'Postman API key (PMAK-…): reads collections and environments, which often hold more secrets.',
  }),
  prefixed({
    id: 'apollo-graph-api-key', provider: 'Apollo', title: 'Apollo GraphOS graph API key',
    source: 'provider docs: apollographql.com/docs/graphos API keys (graph API keys are secret; the APOLLO_KEY value begins with service:); service:<graph id>:<secret> observed',
    prefix: 'service:', body: '[A-Za-z0-9][\\w-]{0,63}:[A-Za-z0-9_-]{20,40}', keywords: ['service:'],
    validate: (value) => mixesLettersAndDigits(value.slice(value.lastIndexOf(':') + 1)),
    envVar: 'APOLLO_KEY', rotateUrl: 'https://studio.apollographql.com/',
    description: 'Apollo GraphOS graph API key (service:<graph>:…): publishes schemas and reads the graph\'s operation metrics and traces.',
  }),
  prefixed({
    id: 'sourcegraph-access-token', provider: 'Sourcegraph', title: 'Sourcegraph access token',
    // An optional instance id (16 hex) or `local_` segment precedes the 40-hex secret.
    prefix: 'sgp_', body: '(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}',
    source: 'provider docs: sourcegraph.com/docs/cli/how-tos/revoking_an_access_token ("tokens starting with sgp_"); segments are ' + LEAD,
    envVar: 'SRC_ACCESS_TOKEN', rotateUrl: 'https://sourcegraph.com/user/settings/tokens',
    description: 'Sourcegraph access token (sgp_…): API access to code search as the user.',
  }),
  prefixed({
    id: 'weblate-api-token', provider: 'Weblate', title: 'Weblate API token',
    prefix: ['wlu_', 'wlp_'], body: '[A-Za-z0-9]{40}',
    validate: value => value.startsWith('wlp_') ? { title: 'Weblate project token', detail: 'API access to one project' } : {},
    source: 'provider docs: docs.weblate.org, REST API authentication ("newly generated user tokens have the wlu_ prefix", project-scoped tokens "the wlp_ prefix", since 4.10); 40 random letters and digits after it',
    envVar: 'WEBLATE_API_KEY', rotateUrl: 'https://hosted.weblate.org/accounts/profile/#api',
    description: 'Weblate API token (wlu_… a user\'s, wlp_… a project\'s), in wlc\'s .weblate file or a CI job: it changes translations and components as its owner.',
  }),
  prefixed({
    id: 'porkbun-api-key', provider: 'Porkbun', title: 'Porkbun secret API key',
    prefix: ['sk1_', 'pk1_'], body: '[0-9a-f]{64}',
    // (The API key, pk1_…, is the pair's other half: a warning alone, as an access key id is.)
    validate: value => (value.startsWith('pk1_') ? { severity: 'warning', title: 'Porkbun API key', detail: 'the key half of a key pair; the secret API key (sk1_…) completes it' } : {}),
    source: 'provider docs: porkbun.com/api/json/v3/documentation (every call carries an "apikey" pk1_… and a "secretapikey" sk1_…); 64 hex after the prefix, as the account\'s API Access page issues them',
    envVar: 'PORKBUN_SECRET_API_KEY', rotateUrl: 'https://porkbun.com/account/api',
    description: 'Porkbun secret API key (sk1_…), with its API key (pk1_…): changes DNS records, renews and transfers the account\'s domains (ACME DNS challenges, dynamic DNS scripts).',
  }),
  prefixed({
    id: 'tesla-fleet-client-secret', provider: 'Tesla', title: 'Tesla Fleet API client secret',
    // (Its body draws marks too: `ta-secret.q!…%…`.)
    prefix: 'ta-secret.', body: '[A-Za-z0-9_!@#$%^&*+=~-]{12,80}', bodyMixes: true,
    source: 'provider docs: developer.tesla.com, Fleet API authentication (an application\'s client secret, shown once at registration, opens with ta-secret.)',
    envVar: 'TESLA_CLIENT_SECRET', rotateUrl: 'https://developer.tesla.com/dashboard',
    description: 'Tesla Fleet API client secret (ta-secret.…): with the client id it mints partner tokens and exchanges the vehicle owners\' authorization codes for their tokens.',
  }),
  {
    id: 'husarnet-join-code', provider: 'Husarnet', title: 'Husarnet join code',
    source: 'Husarnet docs, "Join code": the network\'s dashboard address, `/`, then the code\'s secret (`husarnet join <join code> <hostname>`, HUSARNET_JOIN_CODE)',
    keywords: ['husarnet', 'join_code', 'joincode'],
    window: { before: 200, after: 200, wholeLines: true },
    pattern: /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\/(?<secret>[A-Za-z0-9]{16,40})(?![\w/])/,
    validate: value => /\d/.test(value) && /[A-Za-z]/.test(value) && !isPlaceholder(value),
    confidence: 'provider', severity: 'error',
    envVar: 'HUSARNET_JOIN_CODE', rotateUrl: 'https://app.husarnet.com/',
    description: 'A Husarnet join code (`<address>/<secret>`): any device that has it joins the Husarnet network and reaches its peers. Reset it in the network\'s settings.',
  },
  prefixed({
    id: 'sonarqube-token', provider: 'SonarQube', title: 'SonarQube token',
    prefix: ['sqp_', 'squ_', 'sqa_'], body: '[a-f0-9]{40}',
    validate: value => value.startsWith('squ_') ? { title: 'SonarQube user token', detail: 'all permissions of the user who issued it' }
      : value.startsWith('sqa_') ? { title: 'SonarQube global analysis token', detail: 'analyses every project' } : { title: 'SonarQube project analysis token' },
    source: 'SonarQube docs "Managing your tokens" (user, project analysis, global analysis tokens); sqp_/squ_/sqa_ + 40 hex is ' + LEAD,
    envVar: 'SONAR_TOKEN', rotateUrl: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
    description: 'SonarQube / SonarCloud token: project analysis (sqp_), user (squ_, all the user\'s rights) or global analysis (sqa_).',
  }),
  prefixed({
    id: 'nuget-api-key', provider: 'NuGet', title: 'NuGet API key',
    prefix: 'oy2', body: '[a-z0-9]{43}',
    bodyMixes: true,
    source: 'NuGet docs (API keys for nuget.org push); oy2 + 43 lowercase alphanumerics is ' + LEAD,
    envVar: 'NUGET_API_KEY', rotateUrl: 'https://www.nuget.org/account/apikeys',
    description: 'nuget.org API key (oy2…): pushes packages as the owner.',
  }),
  prefixed({
    id: 'flyio-token', provider: 'Fly.io', title: 'Fly.io access token',
    // `FlyV1 fm2_…,fm2_…`: comma-separated macaroons; the first one is enough to find the token.
    prefix: ['fm2_', 'fm1a_', 'fm1r_'], body: '[A-Za-z0-9+/=_-]{60,3000}(?:,fm[12][a-z]?_[A-Za-z0-9+/=_-]{20,3000}){0,8}',
    tokenChars: 'A-Za-z0-9_+/=-',
    source: 'Fly.io docs (fly tokens create; FLY_API_TOKEN, "FlyV1 fm2_…" macaroon tokens); segment prefixes are ' + LEAD,
    envVar: 'FLY_API_TOKEN', rotateUrl: 'https://fly.io/dashboard/personal/tokens',
    description: 'Fly.io API / deploy token (FlyV1 fm2_… macaroons): deploys apps and reads their secrets.',
  }),
  prefixed({
    id: 'flyio-oauth-token', provider: 'Fly.io', title: 'Fly.io OAuth token',
    prefix: 'fo1_', body: '[A-Za-z0-9_-]{40,48}',
    source: 'Fly.io CLI stored OAuth tokens; fo1_ prefix is ' + LEAD,
    envVar: 'FLY_API_TOKEN', rotateUrl: 'https://fly.io/dashboard/personal/tokens',
    description: 'Fly.io user OAuth token (fo1_…): full access as the user.',
  }),
  prefixed({
    id: 'jfrog-api-key', provider: 'JFrog', title: 'JFrog Artifactory API key',
    prefix: 'AKCp', body: '[A-Za-z0-9]{65,75}',
    source: 'JFrog docs (Artifactory API keys, X-JFrog-Art-Api header; deprecated); AKCp prefix is ' + LEAD,
    envVar: 'JFROG_API_KEY', rotateUrl: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    description: 'JFrog Artifactory API key (AKCp…): reads and publishes artifacts as the user.',
  }),
  prefixed({
    id: 'jfrog-reference-token', provider: 'JFrog', title: 'JFrog reference token',
    // Base64 of "reftkn:01:<expiry>:<random>", 64 characters as JFrog issues them; a copy a few characters
    // short is still one (its check then fails, and it is said as information), and so is a longer
    // random part under the same decoded header (its padding kept).
    prefix: 'cmVmdGtu', body: '[A-Za-z0-9+/]{50,120}={0,2}',
    validate: unverifiedAsInfo(value => /^reftkn:[0-9]{2}:[0-9]{1,12}:/.test(decodeBase64(value) ?? ''), 'its decoded header (reftkn:<version>:<expiry>:)'),
    source: 'JFrog docs (reference tokens); base64 "reftkn:" structure is ' + LEAD,
    envVar: 'JFROG_ACCESS_TOKEN', rotateUrl: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    description: 'JFrog Platform reference token (base64 of reftkn:…): API and artifact access as its subject.',
  }),
  providerKey({
    id: 'snyk-token', provider: 'Snyk', title: 'Snyk API token',
    tokenChars: 'A-Za-z0-9_.-', // a UUID glued to `d.` or `v1.` is part of another token
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', near: /snyk/i, chars: 300, keywords: ['snyk'],
    also: (_v, ctx, m) => /snyk/i.test(leadIn(ctx.text, m.start, 80)) || /token|api[-_]?key/i.test(leadIn(ctx.text, m.start, 40)),
    source: 'Snyk docs (SNYK_TOKEN, "Authorization: token …"); UUID shape is ' + LEAD,
    envVar: 'SNYK_TOKEN', rotateUrl: 'https://app.snyk.io/account',
    description: 'Snyk API token (a UUID) under SNYK_TOKEN or another token name next to Snyk usage.',
  }),
  providerKey({
    id: 'canvas-lms-access-token', provider: 'Canvas LMS', title: 'Canvas LMS access token',
    // The digits before `~` are the issuing Canvas account's id (its shard), then 64 letters and digits.
    tokenChars: 'A-Za-z0-9~', body: '[0-9]{1,6}~[A-Za-z0-9]{64}', near: /canvas|instructure/i, chars: 600, keywords: ['canvas', 'instructure'],
    source: 'Canvas LMS REST API docs (OAuth2, "Manual Token Generation": a user\'s access token under Account > Settings, sent as a Bearer token); <id>~ + 64 shape is ' + LEAD,
    envVar: 'CANVAS_ACCESS_TOKEN', rotateUrl: 'https://community.canvaslms.com/t5/Canvas-Basics-Guide/How-do-I-manage-API-access-tokens-in-my-user-account/ta-p/615312',
    description: 'A Canvas LMS access token (<id>~ and 64 characters) next to Canvas usage: the API as the user who made it, with every course and student record that user can see.',
  }),
  providerKey({
    id: 'okta-api-token', provider: 'Okta', title: 'Okta API token',
    body: '00[A-Za-z0-9_-]{40}', near: /okta|SSWS/i, keywords: ['okta', 'ssws'], schemeBefore: /\bSSWS[ \t]{1,3}$/,
    source: 'Okta docs ("Authorization: SSWS <token>", OKTA_API_TOKEN); 00 + 40 shape is ' + LEAD,
    envVar: 'OKTA_API_TOKEN', rotateUrl: 'https://help.okta.com/en-us/content/topics/security/api.htm',
    description: 'Okta API token (00…, sent as SSWS) next to Okta usage: acts as the admin who created it.',
  }),
  providerKey({
    id: 'auth0-client-secret', provider: 'Auth0', title: 'Auth0 client secret',
    body: '[A-Za-z0-9_-]{64}', near: /auth0/i, keywords: ['auth0'],
    also: (_v, ctx, m) => /client[-_]?secret/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'Auth0 docs (application client secret, AUTH0_CLIENT_SECRET); 64-character shape is ' + LEAD,
    envVar: 'AUTH0_CLIENT_SECRET', rotateUrl: 'https://manage.auth0.com/',
    description: 'Auth0 application client secret under a client-secret name next to Auth0 usage: mints tokens as the application.',
  }),
  providerKey({
    id: 'algolia-admin-key', provider: 'Algolia', title: 'Algolia admin / write API key',
    body: '[a-f0-9]{32}', near: /algolia/i, keywords: ['algolia'],
    // Search-only keys are public by design (Algolia docs); only admin/write-named keys count.
    also: (_v, ctx, m) => {
      const name = leadIn(ctx.text, m.start, 80);
      return /admin|write|private|secret/i.test(name) && !/search|public|read/i.test(name);
    },
    // A client built by a server-side script (`algoliasearch('APPID', '…')` in scripts/reindex.ts): indexing needs a write key.
    // So does a client that writes (`clearObjects()`, `saveObjects(…)`) or is held as an admin one (`readonly admin = algoliasearch(`).
    // The lite client (`algoliasearch/lite`) only searches: its key is a search key, unless the file imports the full client too.
    argumentAfter: (before, ctx, m) => /algoliasearch\(\s{0,40}["'][A-Z0-9]{10}["']\s{0,3},\s{0,40}["']$/.test(before)
      && (SERVER_SCRIPT.test(ctx.path ?? '') || ALGOLIA_WRITES.test(ctx.text.slice(Math.max(0, m.start - 160), m.end + 800)))
      && !onlyLiteClient(ctx.text.slice(Math.max(0, m.start - 3000), m.start)),
    source: 'provider docs: algolia.com/doc/guides/security/api-keys (admin key confidential, search-only key public); 32-hex shape is ' + LEAD,
    envVar: 'ALGOLIA_ADMIN_KEY', rotateUrl: 'https://dashboard.algolia.com/account/api-keys',
    description: 'Algolia admin or write API key (32 hex under an admin/write name next to Algolia usage). Search-only keys are public and not reported.',
  }),
  {
    id: 'sidekiq-credentials', provider: 'Sidekiq', title: 'Sidekiq Pro/Enterprise credentials',
    keywords: ['contribsys'],
    pattern: bare('[a-f0-9]{8}:[a-f0-9]{8}'),
    context: { pattern: /contribsys/i, chars: 200 },
    confidence: 'provider', severity: 'error',
    source: 'Sidekiq wiki (BUNDLE_ENTERPRISE__CONTRIBSYS__COM / gems.contribsys.com credentials); 8-hex:8-hex shape is ' + LEAD,
    envVar: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM', secretNames: /CONTRIBSYS_COM$/,
    rotateUrl: 'https://sidekiq.org/',
    description: 'Sidekiq Pro/Enterprise gem-server credentials (user:password next to contribsys.com): downloads the licensed gems.',
  },
  providerKey({
    id: 'clerk-secret-key', provider: 'Clerk', title: 'Clerk secret key',
    // Same prefixes as Stripe: only next to Clerk. Registered before the Stripe rules, so that on
    // the same text the Clerk reading wins the tie.
    body: 'sk_(?:live|test)_[A-Za-z0-9]{40,60}', near: /clerk/i, keywords: ['clerk'],
    also: value => value.startsWith('sk_test_') ? { severity: 'info', detail: 'development instance' } : true,
    source: 'Clerk docs (CLERK_SECRET_KEY; sk_live_/sk_test_ secret keys, pk_ publishable keys); body length is ' + LEAD,
    envVar: 'CLERK_SECRET_KEY', rotateUrl: 'https://dashboard.clerk.com/last-active?path=api-keys',
    description: 'Clerk secret key (sk_live_/sk_test_ next to Clerk usage): manages users and sessions of the instance.',
  }),
  prefixed({
    id: 'mapbox-secret-token', provider: 'Mapbox', title: 'Mapbox secret access token',
    // `sk.` + base64url JSON + `.` + signature; `pk.` tokens are public by design.
    prefix: 'sk.eyJ', body: '[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{20,40}',
    // The payload is JSON that opens with the user (`{"u":"…"`): a token cut or re-encoded is still that user's.
    validate: value => value.startsWith('sk.eyJ1Ijoi') || !!decodeJsonSegment('eyJ' + value.slice(6, value.lastIndexOf('.'))),
    source: 'provider docs: docs.mapbox.com/api/accounts/tokens ("Token format": pk public, sk secret, tk temporary)',
    envVar: 'MAPBOX_SECRET_TOKEN', rotateUrl: 'https://console.mapbox.com/account/access-tokens/',
    description: 'Mapbox secret access token (sk.…): secret scopes such as uploads and token management. Public pk. tokens are not reported.',
  }),
  prefixed({
    id: 'configcat-sdk-key', provider: 'ConfigCat', title: 'ConfigCat SDK key',
    source: 'provider docs: configcat.com/docs/sdk-reference (SDK key `configcat-sdk-1/<22>/<22>`; the key downloads a config\'s flags and targeting rules)',
    prefix: 'configcat-sdk-1/', body: '[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}', keywords: ['configcat-sdk-1/'], bodyMixes: true,
    // Browsers and apps carry one by design; on a server it is the config's key all the same.
    severity: 'warning',
    envVar: 'CONFIGCAT_SDK_KEY', rotateUrl: 'https://app.configcat.com/sdkkey',
    description: 'ConfigCat SDK key (configcat-sdk-1/…/…): downloads the config\'s flags and targeting rules (which can name users and segments). A warning: client apps carry it by design.',
  }),
  prefixed({
    id: 'launchdarkly-sdk-key', provider: 'LaunchDarkly', title: 'LaunchDarkly server-side SDK key',
    // `mob-` mobile keys and client-side ids are public by design: not reported.
    prefix: 'sdk-', body: UUID_BODY,
    source: 'provider docs: launchdarkly.com/docs/home/account/environment/keys ("SDK keys always start with the prefix sdk-"); UUID body from the official Python SDK tests',
    envVar: 'LAUNCHDARKLY_SDK_KEY', rotateUrl: 'https://app.launchdarkly.com/settings/projects',
    description: 'LaunchDarkly server-side SDK key (sdk-…): reads every flag and segment of the environment.',
  }),
  contextual({
    id: 'launchdarkly-api-token', provider: 'LaunchDarkly', title: 'LaunchDarkly API access token',
    // `api-<uuid>` also names resources elsewhere: only next to LaunchDarkly.
    body: `api-${UUID_BODY}`, near: /launchdarkly|ldcli|LD_ACCESS_TOKEN/i, keywords: ['api-'],
    source: 'official CLI: launchdarkly/ldcli README (access tokens shown as api-<uuid>); docs "Creating API access tokens"',
    envVar: 'LD_ACCESS_TOKEN', rotateUrl: 'https://app.launchdarkly.com/settings/authorization',
    description: 'LaunchDarkly REST API access token (api-… next to LaunchDarkly usage): changes flags and settings as its owner.',
  }),
  contextual({
    id: 'asana-personal-access-token', provider: 'Asana', title: 'Asana personal access token',
    source: 'provider docs: developers.asana.com, personal access tokens (`0/…`, `1/<user gid>:<32 hex>`, and the newer `2/<user gid>/<app gid>:<32 hex>`); layout observed',
    body: '[0-2]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}', near: /asana/i, keywords: ['asana'],
    envVar: 'ASANA_PAT', rotateUrl: 'https://app.asana.com/0/my-apps',
    description: 'Asana personal access token: acts as the user on every workspace they belong to.',
  }),
  {
    id: 'rocketchat-webhook-url', provider: 'Rocket.Chat', title: 'Rocket.Chat incoming webhook URL',
    source: 'Rocket.Chat docs, integrations (an incoming webhook posts to /hooks/<integration id>/<token>: a 17-character id and a 48-character token)',
    keywords: ['/hooks/'],
    pattern: /\/hooks\/[A-Za-z0-9]{17}\/(?<secret>[A-Za-z0-9]{48})(?![A-Za-z0-9])/,
    validate: value => mixesLettersAndDigits(value),
    confidence: 'provider', severity: 'error',
    envVar: 'ROCKETCHAT_WEBHOOK_URL', rotateUrl: 'https://docs.rocket.chat/docs/integrations',
    description: 'A Rocket.Chat incoming webhook URL: the token in its path lets anyone post into the channel as the integration.',
  },
  {
    id: 'codecov-upload-token', provider: 'Codecov', title: 'Codecov upload token on an uploader command line',
    source: 'provider docs: docs.codecov.com, "Codecov Tokens" (a repository upload token is a UUID) and the uploader\'s `-t, --token` option',
    keywords: ['codecov'],
    pattern: /\bcodecov[^\n]{0,200}?[ \t](?:-t|--token)(?:[ \t]{1,3}|=)["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/i,
    validate: value => !/^([0-9a-f])\1{7}-/.test(value),
    confidence: 'provider', severity: 'error',
    envVar: 'CODECOV_TOKEN', rotateUrl: 'https://app.codecov.io/account',
    description: 'A Codecov repository upload token (a UUID) given to the uploader with `-t`/`--token`: it uploads coverage to the repository. Use the CODECOV_TOKEN secret.',
  },
  prefixed({
    id: 'growthbook-secret-key', provider: 'GrowthBook', title: 'GrowthBook secret key or personal access token',
    // (An SDK's client key, `sdk-…`, is public by design: not reported.)
    prefix: ['secret_admin_', 'secret_readonly_', 'secret_user_'], body: '[A-Za-z0-9]{16,64}', bodyMixes: true,
    source: 'provider docs: docs.growthbook.io/api (secret keys carry a role, admin or readonly; personal access tokens act as their user); the `secret_<role>_` prefix is ' + LEAD,
    envVar: 'GROWTHBOOK_SECRET_KEY', rotateUrl: 'https://app.growthbook.io/settings/keys',
    description: 'GrowthBook REST API secret key (secret_admin_…, secret_readonly_…) or personal access token (secret_user_…): reads or changes features and experiments.',
  }),
  {
    id: 'unleash-api-token', provider: 'Unleash', title: 'Unleash API token',
    source: 'provider docs: docs.getunleash.io, "API tokens and client keys" (a token reads `<project>:<environment>.<secret>`, `*` for every project, `[]` for several)',
    // (Keyed on the environments Unleash creates, and on `*`: custom environments are left to the generic rule.)
    keywords: [':*.', ':development.', ':production.', ':staging.', ':default.'],
    pattern: /(?<![*\w:.[\]-])(?<secret>(?:\*|\[\]|[a-z0-9][\w-]{0,60}):(?:\*|development|production|staging|default)\.[0-9a-f]{32,64})(?![\w.-])/,
    // (A frontend token is made for browsers: the proxy client's `clientKey`, sent to `/api/frontend`.)
    validate: (value, ctx, m) => !isLowDiversity(value.slice(value.lastIndexOf('.') + 1))
      && !/\bclientKey["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$|\/api\/frontend\b|unleash-proxy-client|proxy-client-(?:react|vue|svelte)/.test(around(ctx.text, m.start, m.start, 400)),
    confidence: 'provider', severity: 'error',
    envVar: 'UNLEASH_API_TOKEN', rotateUrl: 'https://docs.getunleash.io/reference/api-tokens-and-client-keys',
    description: 'Unleash API token (`<project>:<environment>.<secret>`): a backend token reads every flag of its environment, an admin token (`*:*.…`) changes them.',
  },
  prefixed({
    id: 'prefect-api-key', provider: 'Prefect', title: 'Prefect Cloud API key',
    prefix: ['pnu_', 'pnb_'], body: '[A-Za-z0-9]{30,40}',
    bodyMixes: true,
    source: 'official CLI: PrefectHQ/prefect `prefect cloud login` (keys start pnu_ for users, pnb_ for service accounts); body length is ' + LEAD,
    envVar: 'PREFECT_API_KEY', rotateUrl: 'https://app.prefect.cloud/my/api-keys',
    description: 'Prefect Cloud API key (pnu_ user or pnb_ service-account key): runs and changes flows in the workspace.',
  }),
  prefixed({
    id: 'readme-api-key', provider: 'ReadMe', title: 'ReadMe API key',
    prefix: 'rdme_', body: '[A-Za-z0-9_]{40,100}',
    bodyMixes: true,
    source: 'provider API spec: docs.readme.com createAPIKey (token pattern rdme_ + word characters); length is ' + LEAD,
    envVar: 'RDME_API_KEY', rotateUrl: 'https://dash.readme.com/',
    description: 'ReadMe API key (rdme_…): edits the project\'s documentation and API definitions.',
  }),
  prefixed({
    id: 'octopus-deploy-api-key', provider: 'Octopus Deploy', title: 'Octopus Deploy API key',
    prefix: 'API-', body: '[A-Z0-9]{25,32}', keywords: ['api-'],
    bodyMixes: true,
    source: 'provider staff answer: help.octopus.com "API key" ("API keys start with API-", 32 or 33 characters); upper-case body is ' + LEAD,
    envVar: 'OCTOPUS_API_KEY', rotateUrl: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
    description: 'Octopus Deploy API key (API-…): deploys releases and changes the server as its user.',
  }),
  prefixed({
    id: 'typeform-token', provider: 'Typeform', title: 'Typeform personal access token',
    prefix: 'tfp_', body: '[A-Za-z0-9_-]{40,70}',
    bodyMixes: true,
    source: 'provider docs: typeform.com/developers/get-started/personal-access-token (tfp_ + 40 hex example); longer bodies are ' + LEAD,
    envVar: 'TYPEFORM_TOKEN', rotateUrl: 'https://admin.typeform.com/user/tokens',
    description: 'Typeform personal access token (tfp_…): reads forms and every response collected.',
  }),
  prefixed({
    id: 'contentful-pat', provider: 'Contentful', title: 'Contentful personal access token',
    prefix: 'CFPAT-', body: '[A-Za-z0-9_-]{43}',
    bodyMixes: true,
    source: 'provider docs: Content Management API "Personal access tokens"; CFPAT- prefix and 43-character body are ' + LEAD,
    envVar: 'CONTENTFUL_MANAGEMENT_TOKEN', rotateUrl: 'https://app.contentful.com/account/profile/cma_tokens',
    description: 'Contentful personal access token (CFPAT-…): manages content and settings of every space the user can reach.',
  }),
  {
    id: 'ghost-admin-api-key', provider: 'Ghost', title: 'Ghost Admin API key',
    source: 'provider docs: ghost.org/docs/admin-api "Token Authentication" (an Admin API key is {id}:{secret}, the secret in hex, the id 24 hex); observed lengths 24:64',
    // The id:secret pair is its own shape: beside `ghost` or under an admin key's name.
    keywords: ['ghost', 'admin_api_key', 'adminapikey', 'admin-api-key'],
    pattern: bare('[0-9a-f]{24}:[0-9a-f]{64}'),
    // `new GhostAdminAPI({⏎  url: …,⏎  key: "…"`: the key a few lines below the name.
    window: { before: 300, after: 400 },
    confidence: 'provider', severity: 'error',
    envVar: 'GHOST_ADMIN_API_KEY', rotateUrl: 'https://ghost.org/docs/admin-api/#token-authentication',
    description: 'A Ghost Admin API key (24-hex id, a colon, a 64-hex secret): signs tokens that publish, edit and delete everything on the site.',
  },
  contextual({
    id: 'openweathermap-api-key', provider: 'OpenWeather', title: 'OpenWeather API key',
    source: 'provider docs: openweathermap.org/appid (the API key is sent as the appid parameter); 32 hex observed',
    // `appid` is the key's own parameter name; beside an OpenWeather URL or setting, 32 hex is the key.
    body: '[0-9a-f]{32}', near: /openweather/i, keywords: ['appid'], chars: 400,
    validate: (_v, ctx, m) => /appid["']?[ \t]{0,4}(?:[:=]|["'],)[ \t]{0,4}["']?$/i.test(leadIn(ctx.text, m.start, 40)) || /appid["']?[ \t]{0,4},?[ \t]{0,4}\r?\n?[ \t]{0,40}["']?value["']?[ \t]{0,4}:[ \t]{0,4}["']$/i.test(ctx.text.slice(Math.max(0, m.start - 120), m.start)),
    envVar: 'OPENWEATHER_API_KEY', rotateUrl: 'https://home.openweathermap.org/api_keys',
    description: 'An OpenWeather API key (32 hex, the `appid` parameter) next to OpenWeather usage: calls are billed to its account.',
  }),
  prefixed({
    id: 'hubspot-private-app-token', provider: 'HubSpot', title: 'HubSpot private app access token',
    prefix: ['pat-na1-', 'pat-na2-', 'pat-eu1-', 'pat-ap1-'], body: UUID_BODY, keywords: ['pat-'],
    source: 'provider staff answer: HubSpot/hubspot-api-nodejs#530 (private app tokens are prefixed pat-); region and UUID body are ' + LEAD,
    envVar: 'HUBSPOT_ACCESS_TOKEN', rotateUrl: 'https://developers.hubspot.com/docs/apps/legacy-apps/private-apps/overview',
    description: 'HubSpot private app access token (pat-<region>-…): reads and writes CRM data within its scopes.',
  }),
  {
    id: 'maxmind-license-key', provider: 'MaxMind', title: 'MaxMind license key',
    keywords: ['_mmk'],
    pattern: bare('[A-Za-z0-9_]{36,60}_mmk'),
    validate: value => mixesLettersAndDigits(value),
    confidence: 'provider', severity: 'error',
    source: 'provider release note: "Changes to MaxMind License Keys" 2023-03-16 (40 characters of [A-Za-z0-9_] ending _mmk; may grow)',
    envVar: 'GEOIPUPDATE_LICENSE_KEY', rotateUrl: 'https://www.maxmind.com/en/accounts/current/license-key',
    description: 'MaxMind license key (…_mmk): downloads GeoIP databases and queries paid web services on the account.',
  },
  prefixed({
    id: 'infracost-api-key', provider: 'Infracost', title: 'Infracost API key',
    prefix: 'ico-', body: '[A-Za-z0-9]{32}',
    bodyMixes: true,
    source: 'provider docs: infracost.io key concepts (INFRACOST_API_KEY); ico- prefix (a partner\'s docs) and 32-character body are ' + LEAD,
    envVar: 'INFRACOST_API_KEY', rotateUrl: 'https://dashboard.infracost.io/',
    description: 'Infracost API key (ico-…): prices cloud resources and reads the organization\'s cost data.',
  }),
  // Tailscale's documented key prefixes (tailscale.com/kb/1277/key-prefixes): key id, `-`, secret.
  ...([
    ['tskey-auth-', 'tailscale-auth-key', 'Tailscale auth key', 'TS_AUTHKEY', 'joins devices to the tailnet'],
    ['tskey-api-', 'tailscale-api-token', 'Tailscale API access token', 'TAILSCALE_API_KEY', 'manages the tailnet through the API'],
    ['tskey-client-', 'tailscale-oauth-client-secret', 'Tailscale OAuth client secret', 'TAILSCALE_OAUTH_CLIENT_SECRET', 'mints API tokens with its scopes'],
    ['tskey-scim-', 'tailscale-scim-key', 'Tailscale SCIM API key', 'TAILSCALE_SCIM_KEY', 'provisions users and groups'],
    ['tskey-webhook-', 'tailscale-webhook-secret', 'Tailscale webhook secret', 'TAILSCALE_WEBHOOK_SECRET', 'signs webhook events (forged events pass as Tailscale\'s)'],
  ] as const).map(([prefix, id, title, envVar, does]) => prefixed({
    id, provider: 'Tailscale', title, prefix, body: '[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}', bodyMixes: true,
    source: 'provider docs: tailscale.com/kb/1277/key-prefixes (prefixes, key id + secret); lengths observed',
    envVar, rotateUrl: 'https://login.tailscale.com/admin/settings/keys',
    description: `${title} (${prefix}…): ${does}.`,
  })),
  prefixed({
    id: 'circleci-api-token', provider: 'CircleCI', title: 'CircleCI API token',
    prefix: ['CCIPAT_', 'CCIPRJ_'], keywords: ['ccipat_', 'cciprj_'],
    body: '[A-Za-z0-9]{20,24}_[0-9a-f]{40}',
    source: 'provider changelog: circleci.com/changelog/new-format-for-api-access-tokens (prefix, id, 40 hex; the id read as any alphanumerics)',
    envVar: 'CIRCLECI_TOKEN', rotateUrl: 'https://app.circleci.com/settings/user/tokens',
    description: 'CircleCI personal (CCIPAT_) or project (CCIPRJ_) API token: triggers pipelines and reads their environment variables.',
  }),
  prefixed({
    id: 'buildkite-api-token', provider: 'Buildkite', title: 'Buildkite API access token',
    prefix: 'bkua_', body: '(?:[A-Za-z0-9]{2,6}\\.)?[a-f0-9]{40}',
    source: 'provider docs: buildkite.com/docs/platform/security/tokens (bkua_ prefix, 40 hex)',
    envVar: 'BUILDKITE_API_TOKEN', rotateUrl: 'https://buildkite.com/user/api-access-tokens',
    description: 'Buildkite user API access token (bkua_…): reads and runs the organization\'s pipelines.',
  }),
  prefixed({
    id: 'buildkite-agent-token', provider: 'Buildkite', title: 'Buildkite agent token',
    prefix: ['bkaa_', 'bkar_'], body: '(?:[A-Za-z0-9]{2,6}\\.)?[A-Za-z0-9]{40,100}', bodyMixes: true,
    source: 'provider docs: buildkite.com/docs/agent/v3/tokens (bkaa_ session, bkar_ registration tokens); lengths observed',
    envVar: 'BUILDKITE_AGENT_TOKEN', rotateUrl: 'https://buildkite.com/docs/agent/v3/tokens',
    description: 'Buildkite agent registration or session token (bkar_/bkaa_…): registers agents that receive the pipelines\' jobs and secrets.',
  }),
  prefixed({
    id: 'render-api-key', provider: 'Render', title: 'Render API key',
    prefix: 'rnd_', body: '[A-Za-z0-9]{28,40}', bodyMixes: true,
    source: 'Render API docs (Bearer API keys; RENDER_API_KEY in render-oss/cli); rnd_ prefix is ' + LEAD,
    envVar: 'RENDER_API_KEY', rotateUrl: 'https://dashboard.render.com/u/settings#api-keys',
    description: 'Render API key (rnd_…): manages every service, database and environment variable of the account.',
  }),
  {
    id: 'render-deploy-hook', provider: 'Render', title: 'Render deploy hook URL',
    source: 'Render docs, "Deploy Hooks": a private URL per service (api.render.com/deploy/srv-…?key=…) that triggers a deploy',
    keywords: ['.render.com/deploy'],
    pattern: /https:\/\/api\.render\.com\/deploy\/srv-[a-z0-9]{16,30}\?key=(?<secret>[A-Za-z0-9_-]{8,64})(?![A-Za-z0-9_-])/,
    confidence: 'provider', severity: 'warning',
    envVar: 'RENDER_DEPLOY_HOOK_URL', rotateUrl: 'https://render.com/docs/deploy-hooks',
    description: 'A Render deploy hook\'s key: anyone with the URL can deploy the service (Render lets you regenerate it).',
  },
  {
    id: 'laravel-forge-deploy-hook', provider: 'Laravel', title: 'Laravel Forge deployment trigger URL',
    source: 'Laravel Forge docs, "Deployment Trigger URL": forge.laravel.com/servers/<id>/sites/<id>/deploy/http?token=…',
    keywords: ['ge.laravel.com/servers'],
    pattern: /https:\/\/forge\.laravel\.com\/servers\/\d{1,12}\/sites\/\d{1,12}\/deploy\/http\?token=(?<secret>[A-Za-z0-9]{20,80})(?![A-Za-z0-9_-])/,
    confidence: 'provider', severity: 'warning',
    envVar: 'FORGE_DEPLOY_TRIGGER_URL', rotateUrl: 'https://forge.laravel.com/docs/sites/deployments',
    description: 'A Laravel Forge site\'s deployment trigger token: anyone with the URL can deploy the site (Forge lets you refresh it).',
  },
  {
    id: 'netlify-build-hook', provider: 'Netlify', title: 'Netlify build hook URL',
    source: 'Netlify docs, "Build hooks": a unique URL per hook (api.netlify.com/build_hooks/<24 hex>) that a POST triggers',
    keywords: ['netlify.com/build_hooks/'],
    pattern: /https:\/\/api\.netlify\.com\/build_hooks\/(?<secret>[0-9a-f]{24})(?![0-9A-Za-z_-])/,
    confidence: 'provider', severity: 'warning',
    envVar: 'NETLIFY_BUILD_HOOK_URL', rotateUrl: 'https://docs.netlify.com/configure-builds/build-hooks/',
    description: 'A Netlify build hook\'s id: anyone with the URL can start builds and deploys of the site (delete the hook and make a new one).',
  },
  {
    id: 'vercel-edge-config-token', provider: 'Vercel', title: 'Vercel Edge Config read token',
    source: 'Vercel docs, Edge Config: the connection string (EDGE_CONFIG) is edge-config.vercel.com/<ecfg_ id>?token=<token>; the token authenticates reads',
    keywords: ['edge-config.vercel.com/'],
    pattern: /https:\/\/edge-config\.vercel\.com\/ecfg_[a-z0-9]{20,40}\?(?:[^\s"'#&]{1,100}&)?token=(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z_-])/,
    confidence: 'provider', severity: 'warning',
    envVar: 'EDGE_CONFIG', rotateUrl: 'https://vercel.com/docs/edge-config/edge-config-dashboard',
    description: 'An Edge Config connection string\'s token: reads every item of the Edge Config (feature flags, redirects, allow lists).',
  },
  prefixed({
    id: 'apify-api-token', provider: 'Apify', title: 'Apify API token',
    prefix: 'apify_api_', body: '[A-Za-z0-9]{30,40}', bodyMixes: true,
    source: 'Apify API docs (token authentication, APIFY_TOKEN); apify_api_ prefix is ' + LEAD,
    envVar: 'APIFY_TOKEN', rotateUrl: 'https://console.apify.com/settings/integrations',
    description: 'Apify API token (apify_api_…): runs actors on the account\'s bill and reads their datasets.',
  }),
  prefixed({
    id: 'harness-access-token', provider: 'Harness', title: 'Harness API token',
    prefix: ['pat.', 'sat.'], body: '[A-Za-z0-9_-]{10,40}\\.(?:[a-f0-9]{24}\\.)?[A-Za-z0-9]{20}',
    source: 'provider source: harness/cli pkg/auth (ValidatePATFormat: pat.<account>.<token id>.<secret>); sat. from the API key docs',
    envVar: 'HARNESS_API_KEY', rotateUrl: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys',
    description: 'Harness personal access token (pat.…) or service-account token (sat.…): acts on the account\'s pipelines and secrets.',
  }),
  prefixed({
    id: 'settlemint-token', provider: 'SettleMint', title: 'SettleMint access token',
    prefix: ['sm_pat_', 'sm_aat_', 'sm_sat_'], body: '[A-Za-z0-9]{16,64}', bodyMixes: true,
    source: 'provider source: settlemint/sdk access-token schema (sm_pat_/sm_aat_/sm_sat_); lengths observed',
    envVar: 'SETTLEMINT_ACCESS_TOKEN', rotateUrl: 'https://console.settlemint.com/',
    description: 'SettleMint personal, application or service access token (sm_pat_/sm_aat_/sm_sat_…).',
  }),
  prefixed({
    id: 'adobe-client-secret', provider: 'Adobe', title: 'Adobe Developer Console client secret',
    prefix: 'p8e-', body: '[A-Za-z0-9_-]{32}', bodyMixes: true,
    source: 'provider docs: Adobe Experience League server-to-server auth (p8e- client secret example)',
    envVar: 'ADOBE_CLIENT_SECRET', rotateUrl: 'https://developer.adobe.com/console',
    description: 'Adobe Developer Console OAuth client secret (p8e-…): with the client id, gets access tokens for the project\'s APIs.',
  }),
  prefixed({
    id: 'frameio-token', provider: 'Frame.io', title: 'Frame.io developer token',
    prefix: 'fio-u-', body: '[A-Za-z0-9_-]{64}', bodyMixes: true,
    source: 'Frame.io developer docs (developer tokens); fio-u- prefix and length are ' + LEAD,
    envVar: 'FRAMEIO_TOKEN', rotateUrl: 'https://developer.frame.io/app/tokens',
    description: 'Frame.io developer token (fio-u-…): reads and uploads the account\'s media.',
  }),
  prefixed({
    id: 'intra42-client-secret', provider: '42', title: '42 intra OAuth client secret',
    prefix: 's-s4t2ud-', body: '[a-f0-9]{64}',
    source: '42 API docs (client uid/secret); s-s4t2ud- prefix and 64 hex are ' + LEAD,
    envVar: 'INTRA_CLIENT_SECRET', rotateUrl: 'https://profile.intra.42.fr/oauth/applications',
    description: '42 intra OAuth application secret (s-s4t2ud-…).',
  }),
  prefixed({
    id: 'adafruit-io-key', provider: 'Adafruit', title: 'Adafruit IO key',
    prefix: 'aio_', body: '[A-Za-z0-9]{28}', bodyMixes: true,
    source: 'Adafruit IO API docs (IO key, X-AIO-Key header); aio_ + 28 is ' + LEAD,
    envVar: 'ADAFRUIT_IO_KEY', rotateUrl: 'https://io.adafruit.com/',
    description: 'Adafruit IO key (aio_…): reads and writes every feed and dashboard of the account.',
  }),
  prefixed({
    id: 'stytch-secret', provider: 'Stytch', title: 'Stytch project secret',
    prefix: ['secret-live-', 'secret-test-'], body: '[A-Za-z0-9_-]{30,48}={0,2}', bodyMixes: true, tokenChars: 'A-Za-z0-9_\\-=',
    source: 'provider source: stytch-node examples and docs (secret-live-/secret-test- next to project-live-/project-test- ids); length observed',
    envVar: 'STYTCH_SECRET', rotateUrl: 'https://stytch.com/dashboard/api-keys',
    description: 'Stytch project secret (secret-live-/secret-test-…): with the project id, manages the project\'s users and sessions.',
  }),
  {
    id: 'convex-deploy-key', provider: 'Convex', title: 'Convex deploy key',
    source: 'provider docs: docs.convex.dev deploy key types (prod:/dev:/preview: + deployment name + | + token); convex CLI source',
    keywords: ['|ey'],
    pattern: /(?<![\w-])(?<secret>(?:prod|dev|preview):[a-z0-9-]{3,60}(?::[a-z0-9-]{1,60})?\|ey[A-Za-z0-9+/=_-]{40,600})(?![A-Za-z0-9+/=_-])/,
    confidence: 'provider', severity: 'error',
    envVar: 'CONVEX_DEPLOY_KEY', rotateUrl: 'https://dashboard.convex.dev/',
    description: 'Convex deploy key (prod:…|…): pushes code to the deployment and reads and writes its data.',
  },
  contextual({
    id: 'flagsmith-server-key', provider: 'Flagsmith', title: 'Flagsmith server-side environment key',
    // `ser.` is inside every `user.`: the key only counts next to Flagsmith.
    body: 'ser\\.[23456789A-HJ-NP-Za-km-z]{22}', near: /flagsmith/i, keywords: ['flagsmith'],
    validate: (value) => mixesLettersAndDigits(value.slice(4)),
    source: 'provider source: Flagsmith api (SERVER_API_KEY_PREFIX ser., shortuuid body) and flagsmith-python-client',
    envVar: 'FLAGSMITH_SERVER_KEY', rotateUrl: 'https://app.flagsmith.com/',
    description: 'Flagsmith server-side environment key (ser.…) next to Flagsmith usage: reads every flag and trait of the environment.',
  }),
  contextual({
    id: 'sanity-api-token', provider: 'Sanity', title: 'Sanity API token',
    body: 'sk[A-Za-z0-9]{70,90}', near: /sanity/i, keywords: ['sanity'],
    validate: (value) => mixesLettersAndDigits(value.slice(2)),
    source: 'provider docs: sanity.io/docs/http-auth (sk… token example); length observed',
    envVar: 'SANITY_API_TOKEN', rotateUrl: 'https://www.sanity.io/manage',
    description: 'Sanity API token (sk…) next to Sanity usage: reads (and with write rights, edits) the project\'s datasets, drafts included.',
  }),
  {
    id: 'ngrok-authtoken', provider: 'ngrok', title: 'ngrok authtoken',
    source: 'provider docs: ngrok agent CLI reference ("ngrok config add-authtoken <TOKEN>", and the older "ngrok authtoken <TOKEN>"); the token\'s shape (an id, `_`, a secret) is observed, a lead',
    keywords: ['authtoken '],
    pattern: /\bngrok(?:\.exe)?[ \t]{1,4}(?:config[ \t]{1,4}add-authtoken|authtoken)[ \t]{1,4}["']?(?<secret>[A-Za-z0-9]{20,40}_[A-Za-z0-9]{15,40})(?![A-Za-z0-9_-])/,
    validate: value => mixesLettersAndDigits(value),
    confidence: 'provider', severity: 'error',
    envVar: 'NGROK_AUTHTOKEN', rotateUrl: 'https://dashboard.ngrok.com/get-started/your-authtoken',
    description: 'ngrok authtoken given to `ngrok config add-authtoken`: starts tunnels on the account, exposing whatever they point at.',
  },
];
