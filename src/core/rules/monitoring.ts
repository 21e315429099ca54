import { hasValidGrafanaChecksum } from '../checksums';
import { decodeJsonSegment, indexWithin } from '../text';
import { bare, contextual, eachSecret, leadIn, mixesLettersAndDigits, positionalSecret, prefixed, providerKey, unverifiedAsInfo } from './define';
import type { RawMatch, Rule } from '../types';

/** A Rollbar browser snippet or client token: `_rollbarConfig`, `post_client_item`, a client-token name. */
const ROLLBAR_CLIENT = /_rollbarConfig|post_client_item|client[-_]?(?:side[-_]?)?(?:access[-_]?)?token|captureUncaught/i;

/**
 * A value inside a browser's Rollbar config: a client token's words in its own object, before it or
 * after it. The object ends at a brace or a blank line, and after the value it goes on past its line
 * only when that line ends with a comma: a test table's next row (a browser config three lines on)
 * says nothing of this one.
 */
function inRollbarClientConfig(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 300), start);
  const opened = Math.max(before.lastIndexOf('}'), before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/));
  let to = end;
  for (let lines = 0; lines < 6; lines++) {
    const lineEnd = indexWithin(text, '\n', to, 300);
    to = lineEnd === -1 ? Math.min(text.length, to + 300) : lineEnd;
    if (lineEnd === -1 || text.slice(end, to).includes('}') || !/,[ \t]*\r?$/.test(text.slice(end, to))) break;
    to++;
  }
  return ROLLBAR_CLIENT.test(before.slice(opened + 1)) || ROLLBAR_CLIENT.test(text.slice(end, to));
}

const DATADOG = /datadog|dd[-_]?api[-_]?key|dd[-_]?app(?:lication)?[-_]?key/i;
/** A map's entry keyed by Datadog's name alone, up to its value. */
const DATADOG_ENTRY = /(?:^|[^\w-])datadog["']?[ \t]{0,8}(?:,|=>|:|=|->)?[ \t]{0,8}["']?$/i;
const DATADOG_KEYWORDS = ['datadog', 'dd_api_key', 'dd-api-key', 'dd_app_key', 'dd-app-key', 'dd_application_key', 'dd-application-key',
  'ddapikey', 'ddappkey', 'ddapplicationkey'];

/** The org a Sentry org token names, from its base64 JSON payload (not secret, helps triage). */
function sentryOrg(value: string): boolean | { detail: string } {
  // The payload is standard base64 (no `_`), so it ends at the first `_` after the prefix.
  const payload = decodeJsonSegment(value.slice('sntrys_'.length, value.indexOf('_', 'sntrys_'.length)));
  if (!payload) return false;
  return typeof payload.org === 'string' ? { detail: `organization "${payload.org.slice(0, 60)}"` } : true;
}

/** A Splunk HEC token: a GUID, either case. */
const HEC_GUID = '(?<secret>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![\\w-])';
/** `Authorization: Splunk <token>` in any syntax: a header line, a Logstash or JSON map, a code's dictionary. */
const SPLUNK_SCHEME = new RegExp(`\\bAuthorization["']?[ \\t]{0,3}(?:=>|:|,|=)[ \\t]{0,3}["']?Splunk[ \\t]{1,3}${HEC_GUID}`, 'dgi');
/** A forwarder's `[httpout]` stanza: `httpEventCollectorToken = <token>`. */
const HEC_OUTPUT = new RegExp(`^[ \\t]{0,8}httpEventCollectorToken[ \\t]{0,4}=[ \\t]{0,4}${HEC_GUID}`, 'dgim');

/** An HEC input's `token = <GUID>` line. */
const HEC_INPUT_TOKEN = new RegExp(`^[ \\t]{0,8}token[ \\t]{0,4}=[ \\t]{0,4}${HEC_GUID}`, 'dgim');

/** The `token = <GUID>` lines of inputs.conf's `[http://<name>]` stanzas (HEC inputs), up to the next stanza. */
function hecInputTokens(window: string, start: number): RawMatch[] {
  const out: RawMatch[] = [];
  for (const stanza of window.matchAll(/^\[http:\/\/[^\]\n]{1,100}\][ \t]*\r?$/gm)) {
    const from = stanza.index + stanza[0].length;
    const next = window.slice(from).search(/^[ \t]*\[/m);
    const body = window.slice(from, next < 0 ? window.length : from + next);
    out.push(...eachSecret(HEC_INPUT_TOKEN, body, start + from));
  }
  return out;
}

export const monitoringRules: Rule[] = [
  {
    id: 'victorops-rest-endpoint', provider: 'Splunk On-Call', title: 'Splunk On-Call (VictorOps) REST endpoint URL',
    source: 'Splunk On-Call docs, "REST Endpoint integration" (https://alert.victorops.com/integrations/generic/20131114/alert/<API key>/<routing key>)',
    keywords: ['alert.victorops.com/integrations'],
    pattern: /alert\.victorops\.com\/integrations\/generic\/\d{8}\/alert\/(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    confidence: 'provider', severity: 'error',
    envVar: 'VICTOROPS_REST_ENDPOINT', rotateUrl: 'https://help.victorops.com/knowledge-base/rest-endpoint-integration-guide/',
    description: "A Splunk On-Call (VictorOps) REST endpoint URL: the key in its path lets anyone open, acknowledge or resolve incidents on the organisation's on-call routing.",
  },
  {
    id: 'splunk-hec-token', provider: 'Splunk', title: 'Splunk HTTP Event Collector token',
    source: 'Splunk docs, "Set up and use HTTP Event Collector" (tokens are GUIDs, sent as Authorization: Splunk <token>) and inputs.conf / outputs.conf specs ([http://<name>] token =, [httpout] httpEventCollectorToken =)',
    keywords: ['splunk ', 'httpeventcollectortoken', '[http://'],
    window: { before: 0, after: 2000, wholeLines: true },
    find: (window, start) => [...eachSecret(SPLUNK_SCHEME, window, start), ...eachSecret(HEC_OUTPUT, window, start), ...hecInputTokens(window, start)],
    confidence: 'provider', severity: 'error',
    envVar: 'SPLUNK_HEC_TOKEN', rotateUrl: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
    description: 'Splunk HTTP Event Collector token (a GUID in an `Authorization: Splunk …` header, an HEC input or a forwarder\'s httpout stanza): anyone holding it can write events into the indexes it allows.',
  },
  {
    id: 'sumologic-http-source-url', provider: 'Sumo Logic', title: 'Sumo Logic HTTP source URL',
    source: 'Sumo Logic docs, "HTTP Logs and Metrics Source" (upload to https://<endpoint>.collection.sumologic.com/receiver/v1/http/<unique token>)',
    keywords: ['sumologic.com/receiver'],
    pattern: /(?<secret>https:\/\/[\w.-]{1,80}\.sumologic\.com\/receiver\/v1\/(?:http|otlp)\/[A-Za-z0-9_=-]{40,400})(?![A-Za-z0-9_=-])/,
    validate: value => /[0-9]/.test(value.slice(-40)) && /[A-Za-z]/.test(value.slice(-40)),
    confidence: 'provider', severity: 'error',
    envVar: 'SUMOLOGIC_HTTP_SOURCE_URL', rotateUrl: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/logs-metrics/',
    description: 'Sumo Logic HTTP source URL: the token in its path lets anyone send logs and metrics into the account (and run up ingest).',
  },
  {
    id: 'loggly-customer-token', provider: 'Loggly', title: 'Loggly customer token',
    source: 'provider docs: Loggly HTTP/S event endpoint (logs-01.loggly.com/inputs/<customer token>/tag/…, /bulk/…)',
    keywords: ['loggly.com/'],
    pattern: /loggly\.com\/(?:inputs|bulk)\/(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
    confidence: 'provider', severity: 'error',
    envVar: 'LOGGLY_TOKEN', rotateUrl: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm',
    description: 'A Loggly customer token in an event endpoint URL: anyone can send logs into the account (and run up its volume).',
  },
  contextual({
    id: 'datadog-api-key', provider: 'Datadog', title: 'Datadog API key',
    source: 'observed (32 hex API keys); Datadog docs name DD_API_KEY',
    body: '[a-f0-9]{32}', near: DATADOG, keywords: DATADOG_KEYWORDS,
    // (In prose too: `the Datadog API key for the dashboards job: …`.)
    // Or the entry for Datadog itself in a map of services' keys (`{"datadog", "…"}`, `'datadog "…"`).
    validate: (_v, ctx, m) => /api[-_ ]?key|apikey/i.test(leadIn(ctx.text, m.start, 80)) || DATADOG_ENTRY.test(leadIn(ctx.text, m.start, 30)),
    envVar: 'DD_API_KEY', rotateUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
    description: 'Datadog API key (32 hex) under an API-key name next to Datadog usage: submits metrics, logs and events.',
  }),
  contextual({
    id: 'datadog-app-key', provider: 'Datadog', title: 'Datadog application key',
    source: 'observed (40 hex application keys); Datadog docs name DD_APP_KEY',
    body: '[a-f0-9]{40}', near: DATADOG, keywords: DATADOG_KEYWORDS,
    validate: (_v, ctx, m) => /app(?:lication)?[-_ ]?key/i.test(leadIn(ctx.text, m.start, 80)), // (in notes too: `app key: …`)
    envVar: 'DD_APP_KEY', rotateUrl: 'https://app.datadoghq.com/organization-settings/application-keys',
    description: 'Datadog application key (40 hex) under an app-key name: reads data and changes configuration as its user.',
  }),
  contextual({
    id: 'pagerduty-integration-key', provider: 'PagerDuty', title: 'PagerDuty integration (routing) key',
    source: 'PagerDuty Events API v2 docs (routing_key: the 32-character integration key of a service); Alertmanager pagerduty_configs routing_key/service_key',
    // Under its own names only: a 32-character hex string beside `pagerduty` is as often an id.
    // (An Events v2 payload names itself by `event_action`.)
    body: '[a-z0-9]{32}', near: /pagerduty|event_action/i, keywords: ['routing_key', 'service_key', 'integration_key', 'routingkey', 'integrationkey', 'integration key::'],
    // (Or an AsciiDoc definition list's term, the key on the line below: `PagerDuty integration key::⏎  …`.)
    validate: (_v, ctx, m) => /(?:routing|service|integration)[-_]?key\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?$/i.test(leadIn(ctx.text, m.start, 60))
      || /(?:routing|service|integration)[-_ ]key::[ \t]*\r?\n[ \t]{0,12}$/i.test(ctx.text.slice(Math.max(0, m.start - 80), m.start)),
    envVar: 'PAGERDUTY_ROUTING_KEY', rotateUrl: 'https://support.pagerduty.com/main/docs/services-and-integrations',
    description: 'A PagerDuty Events v2 integration key (routing_key/service_key) next to PagerDuty settings: whoever has it opens and resolves incidents on the service.',
  }),
  providerKey({
    id: 'rollbar-access-token', provider: 'Rollbar', title: 'Rollbar project access token',
    source: 'provider docs: docs.rollbar.com "Project Access Tokens" (32 hex characters; post_server_item, read and write scopes; post_client_item tokens are for browsers)',
    body: '[0-9a-f]{32}', near: /rollbar/i, keywords: ['rollbar'],
    // A browser's `_rollbarConfig` carries a post_client_item token, public by design.
    also: (_v, ctx, m) => !inRollbarClientConfig(ctx.text, m.start, m.end),
    envVar: 'ROLLBAR_ACCESS_TOKEN', rotateUrl: 'https://docs.rollbar.com/docs/access-tokens',
    description: 'Rollbar project access token (32 hex next to Rollbar usage): a server token posts items as the project, read and write tokens read and change it. Browser tokens (post_client_item) are not reported.',
  }),
  prefixed({
    id: 'sentry-org-token', provider: 'Sentry', title: 'Sentry organization auth token',
    source: 'provider source: getsentry/sentry orgauthtoken_token.py (sntrys_ + base64 JSON + _ + secret)',
    prefix: 'sntrys_', body: 'eyJ[A-Za-z0-9+/=]{30,600}_[A-Za-z0-9+/_-]{43}', tokenChars: 'A-Za-z0-9_+/=-',
    validate: unverifiedAsInfo(sentryOrg, 'its JSON payload'),
    envVar: 'SENTRY_AUTH_TOKEN', rotateUrl: 'https://sentry.io/settings/auth-tokens/',
    description: 'Sentry organization auth token (sntrys_…): uploads releases and source maps for the organization.',
  }),
  prefixed({
    id: 'sentry-user-token', provider: 'Sentry', title: 'Sentry user auth token',
    source: 'provider source: Sentry tests assert sntryu_ tokens; 64-hex body is a lead',
    prefix: 'sntryu_', body: '[a-f0-9]{64}',
    envVar: 'SENTRY_AUTH_TOKEN', rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    description: 'Sentry user auth token (sntryu_ + 64 hex): API access as the user.',
  }),
  prefixed({
    id: 'grafana-service-account-token', provider: 'Grafana', title: 'Grafana service-account token',
    source: 'provider source: grafana/grafana pkg/components/satokengen/tokengen.go (glsa_ + 32 + _ + CRC-32 hex)',
    prefix: 'glsa_', body: '[A-Za-z0-9]{32}_[a-f0-9]{8}',
    confidence: 'verified-format',
    validate: unverifiedAsInfo(hasValidGrafanaChecksum, 'its CRC-32'),
    skipPlaceholderCheck: true,
    envVar: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', rotateUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    description: 'Grafana service-account token (glsa_…), checksum verified offline.',
  }),
  prefixed({
    id: 'grafana-api-key', provider: 'Grafana', title: 'Grafana API key (legacy)',
    source: 'provider docs: Grafana Cloud HTTP API authentication (eyJrIjoi… bearer value); JSON fields are a lead',
    // Base64 of a JSON object that starts `{"k":"` and names the key (`n`) and org (`id`).
    prefix: 'eyJrIjoi', body: '[A-Za-z0-9+/]{40,160}={0,2}', tokenChars: 'A-Za-z0-9_+/=-',
    validate: value => {
      const key = decodeJsonSegment(value);
      return !!key && typeof key.k === 'string' && 'n' in key;
    },
    envVar: 'GRAFANA_API_KEY', rotateUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/',
    description: 'Legacy Grafana API key (base64 JSON starting {"k":"…): API access with the key\'s role until it is deleted.',
  }),
  prefixed({
    id: 'grafana-cloud-token', provider: 'Grafana', title: 'Grafana Cloud access policy token',
    source: 'observed (glc_ + base64 JSON); not found in Grafana docs',
    prefix: 'glc_', body: 'eyJ[A-Za-z0-9+/=_-]{30,400}', tokenChars: 'A-Za-z0-9_+/=-',
    validate: unverifiedAsInfo(value => !!decodeJsonSegment(value.slice(4)), 'its JSON payload'),
    envVar: 'GRAFANA_CLOUD_TOKEN', rotateUrl: 'https://grafana.com/orgs/',
    description: 'Grafana Cloud access policy / API token (glc_ + base64 JSON).',
  }),
  prefixed({
    id: 'newrelic-user-api-key', provider: 'New Relic', title: 'New Relic user API key',
    prefix: 'NRAK-', body: '[A-Z0-9]{27}',
    source: 'New Relic docs (API keys: user key NRAK-…); 27-character body is a lead',
    envVar: 'NEW_RELIC_API_KEY', rotateUrl: 'https://one.newrelic.com/api-keys',
    description: 'New Relic user API key (NRAK-…): NerdGraph access as the user.',
  }),
  prefixed({
    id: 'newrelic-insert-key', provider: 'New Relic', title: 'New Relic Insights insert key',
    prefix: 'NRII-', body: '[A-Za-z0-9_-]{32}',
    source: 'New Relic docs (Insights insert keys, NRII-); body length is a lead',
    envVar: 'NEW_RELIC_INSERT_KEY', rotateUrl: 'https://one.newrelic.com/api-keys',
    description: 'New Relic Insights insert key (NRII-…): writes events into the account.',
  }),
  prefixed({
    id: 'newrelic-query-key', provider: 'New Relic', title: 'New Relic Insights query key',
    prefix: 'NRIQ-', body: '[A-Za-z0-9_-]{32}',
    source: 'New Relic docs (Insights query keys, NRIQ-, beside the NRII- insert keys); body length is a lead',
    envVar: 'NEW_RELIC_QUERY_KEY', rotateUrl: 'https://one.newrelic.com/api-keys',
    description: 'New Relic Insights query key (NRIQ-…): reads the account\'s event data with NRQL.',
  }),
  contextual({
    id: 'pushover-user-key', provider: 'Pushover', title: 'Pushover user or group key',
    source: 'provider docs: pushover.net/api (user and group keys, like application tokens, are 30 characters of letters and digits)',
    // (Application tokens under a token's name the generic rule reads; a user key's name says "user".)
    body: '[a-z0-9]{30}', near: /pushover/i, keywords: ['pushover'],
    validate: (value, ctx, m) => mixesLettersAndDigits(value) && /(?:user|group)[\w.-]{0,12}["']?[ \t]{0,4}[:=]{1,2}[ \t]{0,4}["']?$/i.test(leadIn(ctx.text, m.start, 60)),
    // (A warning: the key names the recipient; only with an application token does it send.)
    severity: 'warning',
    envVar: 'PUSHOVER_USER_KEY', rotateUrl: 'https://pushover.net/',
    description: 'A Pushover user or group key next to Pushover usage: with any application token it sends notifications to every device of the user or group.',
  }),
  {
    id: 'grafana-oncall-integration-url', provider: 'Grafana', title: 'Grafana OnCall integration URL',
    source: 'Grafana OnCall docs, integrations (each integration\'s URL, /oncall/integrations/v1/<type>/<token>/, takes alerts without other authentication)',
    keywords: ['/integrations/v1/'],
    pattern: /\/oncall\/integrations\/v1\/[a-z_]{2,40}\/(?<secret>[A-Za-z0-9]{20,40})\/?(?![A-Za-z0-9])/,
    validate: mixesLettersAndDigits,
    confidence: 'provider', severity: 'warning',
    envVar: 'ONCALL_INTEGRATION_URL', rotateUrl: 'https://grafana.com/docs/oncall/latest/configure/integrations/',
    description: 'A Grafana OnCall integration URL: the token in its path lets anyone raise (or flood) alerts that page the on-call team.',
  },
  positionalSecret({
    id: 'betterstack-source-token', provider: 'Better Stack', title: 'Better Stack (Logtail) source token',
    source: 'provider docs: betterstack.com/docs/logs (the Logtail clients take the source token as their first argument: Ruby `Logtail::Logger.create_default_logger(token)`, JavaScript `new Logtail(token)`)',
    calls: ['Logtail::Logger.create_default_logger(', 'new Logtail(', 'new LogtailHandler(', 'Logtail::Client.new('],
    argument: 1,
    envVar: 'BETTER_STACK_SOURCE_TOKEN', rotateUrl: 'https://logs.betterstack.com/',
    description: 'A Better Stack (Logtail) source token given to its client: anyone can send logs into the source.',
  }),
  {
    id: 'sentinelone-site-token', provider: 'SentinelOne', title: 'SentinelOne site registration token',
    source: 'SentinelOne agent installation docs (the site token, base64 of JSON with the management console `url` and a `site_key`, registers agents to the site)',
    keywords: ['eyj1cmwioiai', 'eyj1cmwiojoi'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJ1cmwiO[A-Za-z0-9+/]{40,600}={0,2})(?![A-Za-z0-9+/=])/,
    validate: value => {
      const doc = decodeJsonSegment(value);
      return !!doc && typeof doc.url === 'string' && /sentinelone\.net/i.test(doc.url) && typeof doc.site_key === 'string' && doc.site_key.length >= 8;
    },
    confidence: 'provider', severity: 'warning',
    envVar: 'S1_SITE_TOKEN', rotateUrl: 'https://usea1.sentinelone.net/',
    description: 'A SentinelOne site token (base64 JSON of the console URL and the site key): it registers agents into the site. A warning: it grants no console access.',
  },
  contextual({
    id: 'lacework-api-secret', provider: 'Lacework', title: 'Lacework API secret',
    source: 'Lacework CLI docs, configuration (`~/.lacework.toml`: account, api_key `<ACCOUNT>_<32 hex>`, api_secret `_<32 hex>`)',
    // (`api_secret` too: the CLI's `~/.lacework.toml` may not name Lacework in its text, only in its file name.)
    body: '_[0-9a-f]{32}', near: /lacework/i, keywords: ['lacework', 'api_secret'], tokenChars: 'A-Za-z0-9',
    validate: (value, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 40)),
    envVar: 'LW_API_SECRET', rotateUrl: 'https://docs.lacework.net/console/api-access-keys',
    description: 'A Lacework API secret (`_` and 32 hex) under a secret\'s name next to Lacework: with the API key it reads and changes the account\'s security data.',
  }),
  {
    id: 'tines-webhook-url', provider: 'Tines', title: 'Tines webhook URL with its secret',
    source: 'Tines docs, Webhook action (its URL is https://<tenant>.tines.com/webhook/<path>/<secret>)',
    keywords: ['tines.com/webhook/', 'tines.io/webhook/'],
    pattern: /\btines\.(?:com|io)\/webhook\/[A-Za-z0-9_-]{8,64}\/(?<secret>[A-Za-z0-9]{16,64})(?![A-Za-z0-9])/,
    validate: mixesLettersAndDigits,
    confidence: 'provider', severity: 'error',
    envVar: 'TINES_WEBHOOK_URL', rotateUrl: 'https://www.tines.com/docs/actions/types/webhook/',
    description: 'A Tines webhook URL with its secret: anyone can start the story (a security automation) with data of their choosing.',
  },
  {
    id: 'shodan-api-key', provider: 'Shodan', title: 'Shodan API key on the CLI',
    source: 'Shodan CLI docs (`shodan init <API key>` saves the key; keys are 32 letters and digits)',
    keywords: ['shodan init'],
    pattern: /\bshodan[ \t]{1,4}init[ \t]{1,4}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    validate: mixesLettersAndDigits,
    confidence: 'provider', severity: 'error',
    envVar: 'SHODAN_API_KEY', rotateUrl: 'https://account.shodan.io/',
    description: 'A Shodan API key given to `shodan init` in a script: spends the account\'s query credits and reads its alerts.',
  },
  positionalSecret({
    id: 'metasploit-rpc-password', provider: 'Metasploit', title: 'Metasploit RPC password',
    source: 'pymetasploit3 README (`MsfRpcClient(password, server=…, port=…)`: the msfrpcd password is the first argument)',
    calls: ['MsfRpcClient('],
    argument: 1,
    envVar: 'MSF_RPC_PASSWORD', rotateUrl: 'https://docs.metasploit.com/docs/using-metasploit/advanced/RPC/how-to-use-metasploit-messagepack-rpc.html',
    description: 'The password of a Metasploit RPC server given to its client: whoever has it runs modules on the server.',
  }),
  {
    id: 'loggly-syslog-token', provider: 'Loggly', title: 'Loggly customer token in a syslog template',
    source: 'Loggly docs, syslog setup (rsyslog, syslog-ng): the structured data element `[<customer token>@41058 tag="…"]` (41058 is Loggly\'s enterprise number)',
    keywords: ['@41058'],
    pattern: /\[(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@41058\b/,
    confidence: 'provider', severity: 'error',
    envVar: 'LOGGLY_TOKEN', rotateUrl: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm',
    description: 'A Loggly customer token in a syslog template: anyone can send logs into the account.',
  },
  {
    id: 'newrelic-license-key', provider: 'New Relic', title: 'New Relic license (ingest) key',
    keywords: ['nral'],
    pattern: bare('[a-f0-9]{36}NRAL'),
    confidence: 'provider', severity: 'error',
    source: 'New Relic docs (license keys, 40 characters ending NRAL); a lead',
    envVar: 'NEW_RELIC_LICENSE_KEY', rotateUrl: 'https://one.newrelic.com/api-keys',
    description: 'New Relic license (ingest) key (36 hex + NRAL): sends data into the account.',
  },
  {
    id: 'dynatrace-token', provider: 'Dynatrace', title: 'Dynatrace access token',
    keywords: ['dt0c01.', 'dt0s01.', 'dt0s02.', 'dt0s16.'],
    // <prefix>.<public id, 24>.<secret, 64>: the id is safe to show; the whole token is what authenticates.
    pattern: bare('dt0[cs][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}'),
    confidence: 'provider', severity: 'error',
    source: 'provider docs: Dynatrace "Tokens and authentication" and "Access tokens" (prefix.public-24.secret-64)',
    envVar: 'DT_API_TOKEN', rotateUrl: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
    description: 'Dynatrace API, PaaS or platform token (dt0c01.<id>.<secret>): API access with the token\'s scopes.',
  },
  {
    id: 'sentry-dsn-secret', provider: 'Sentry', title: 'Sentry DSN secret key (legacy)',
    keywords: ['sentry', 'dsn'],
    // Old DSNs carried public:secret keys; the public key alone is meant for clients.
    pattern: /https?:\/\/[a-f0-9]{32}:(?<secret>[a-f0-9]{32})@[A-Za-z0-9.-]{3,120}(?::[0-9]{2,5})?\/(?:[A-Za-z0-9_.-]{1,60}\/)?[0-9]{1,12}(?![0-9])/,
    confidence: 'provider', severity: 'warning',
    source: 'provider docs: docs.sentry.io/api/auth (DSN authentication); the legacy public:secret DSN form is a lead',
    envVar: 'SENTRY_DSN',
    rotateUrl: 'https://sentry.io/settings/projects/',
    description: 'Legacy Sentry DSN with a secret key (https://<public>:<secret>@host/<project>): the secret part; modern public-only DSNs are not reported.',
  },
  providerKey({
    id: 'sentry-legacy-auth-token', provider: 'Sentry', title: 'Sentry auth token (legacy)',
    body: '[a-f0-9]{64}', near: /sentry/i, keywords: ['sentry'],
    also: (_v, ctx, m) => /token/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'provider source: getsentry/sentry old models/apitoken.py (two UUID4 hex strings, 64 hex)',
    envVar: 'SENTRY_AUTH_TOKEN', rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    description: 'Older Sentry auth token (64 hex) under a token name next to Sentry usage: API access as the user or integration.',
  }),
  prefixed({
    id: 'honeycomb-ingest-key', provider: 'Honeycomb', title: 'Honeycomb ingest key',
    // (The key id is a ULID, which tools print in either case.)
    prefix: ['hcaik_', 'hcxik_'], body: '[A-Za-z0-9]{58}', bodyMixes: true,
    source: 'provider docs: docs.honeycomb.io/api/authentication (hc?ik_ + 26-character key id + 32-character secret)',
    envVar: 'HONEYCOMB_API_KEY', rotateUrl: 'https://ui.honeycomb.io/account',
    description: 'Honeycomb ingest key (hcaik_/hcxik_…): sends telemetry into the team\'s datasets (and runs up its event bill).',
  }),
  prefixed({
    id: 'axiom-token', provider: 'Axiom', title: 'Axiom API token',
    prefix: ['xaat-', 'xapt-'], body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    source: 'provider source: axiomhq/axiom-go internal/config/token.go (xaat- API tokens, xapt- personal tokens); UUID body observed',
    envVar: 'AXIOM_TOKEN', rotateUrl: 'https://app.axiom.co/settings/api-tokens',
    description: 'Axiom API (xaat-) or personal (xapt-) token: ingests into and queries the organization\'s datasets.',
  }),
  prefixed({
    id: 'elastic-cloud-api-key', provider: 'Elastic', title: 'Elastic Cloud API key',
    prefix: 'essu_', body: '[A-Za-z0-9+/_-]{40,200}={0,2}', bodyMixes: true, tokenChars: 'A-Za-z0-9_\\-+/=',
    source: 'provider docs: elastic.co Elastic Cloud serverless authentication (essu_ key example); length observed',
    envVar: 'EC_API_KEY', rotateUrl: 'https://cloud.elastic.co/account/keys',
    description: 'Elastic Cloud API key (essu_…): manages deployments and projects of the organization.',
  }),
  prefixed({
    id: 'posthog-personal-api-key', provider: 'PostHog', title: 'PostHog personal API key',
    prefix: 'phx_', body: '[A-Za-z0-9_]{40,50}', bodyMixes: true,
    source: 'PostHog docs (personal API keys are secret, project keys public); phx_ prefix is observed, a lead',
    envVar: 'POSTHOG_PERSONAL_API_KEY', rotateUrl: 'https://app.posthog.com/settings/user-api-keys',
    description: 'PostHog personal API key (phx_…): reads the projects\' analytics data as the user. (Project keys, phc_…, are public by design.)',
  }),
  prefixed({
    id: 'posthog-feature-flags-secure-key', provider: 'PostHog', title: 'PostHog feature flags secure API key',
    prefix: 'phs_', body: '[A-Za-z0-9_]{40,50}', bodyMixes: true, severity: 'warning',
    source: 'PostHog docs, local evaluation of feature flags (a feature flags secure API key for servers); phs_ prefix is observed, a lead',
    envVar: 'POSTHOG_FEATURE_FLAGS_KEY', rotateUrl: 'https://app.posthog.com/settings/project-feature-flags',
    description: 'PostHog feature flags secure API key (phs_…): a server\'s key to fetch every flag definition, and their payloads, for local evaluation.',
  }),
  prefixed({
    id: 'segment-public-api-token', provider: 'Segment', title: 'Segment Public API token',
    // Sourcegraph's tokens share `sgp_` with a hex body; Segment's mixes cases.
    prefix: 'sgp_', body: '[A-Za-z0-9]{64}', bodyMixes: true,
    validate: (value) => /[A-Z]/.test(value) && /[a-z]/.test(value.slice(4)),
    source: 'Segment docs: Public API tokens (Settings > Access Management > Tokens, shown once, sent as a Bearer token); sgp_ + 64 mixed-case is observed, a lead',
    envVar: 'SEGMENT_PUBLIC_API_TOKEN', rotateUrl: 'https://app.segment.com/',
    description: 'Segment Public API token (sgp_…): manages the workspace\'s sources, destinations and warehouses, up to deleting them. (Write keys are public by design.)',
  }),
  prefixed({
    id: 'statsig-server-secret', provider: 'Statsig', title: 'Statsig server secret key',
    // `secret-` starts many names (`secret-key`, `secret-manager`); a 43-character body mixing
    // letters and digits does not.
    prefix: 'secret-', body: '[A-Za-z0-9]{43}', bodyMixes: true,
    source: 'provider docs: docs.statsig.com keys (server secret keys secret-…, client keys client-… are public); length from the provider\'s sample',
    envVar: 'STATSIG_SERVER_SECRET', rotateUrl: 'https://console.statsig.com/api_keys',
    description: 'Statsig server secret key (secret-…): reads every gate, experiment and config of the project, and logs events. (Client keys, client-…, are public.)',
  }),
];
