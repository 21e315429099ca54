import { hasValidGrafanaChecksum } from '../checksums';
import { decodeJsonSegment } from '../text';
import { contextual, leadIn, prefixed } from './define';
import type { Rule } from '../types';

const DATADOG = /datadog|dd[-_]?api[-_]?key|dd[-_]?app(?:lication)?[-_]?key/i;
const DATADOG_KEYWORDS = ['datadog', 'dd_api_key', 'dd-api-key', 'dd_app_key', 'dd-app-key', 'dd_application_key', 'dd-application-key',
  'ddapikey', 'ddappkey', 'ddapplicationkey'];

/** The org a Sentry org token names, from its base64 JSON payload (not secret, helps triage). */
function sentryOrg(value: string): boolean | { detail: string } {
  // The payload is standard base64 (no `_`), so it ends at the first `_` after the prefix.
  const payload = decodeJsonSegment(value.slice('sntrys_'.length, value.indexOf('_', 'sntrys_'.length)));
  if (!payload) return false;
  return typeof payload.org === 'string' ? { detail: `organization "${payload.org.slice(0, 60)}"` } : true;
}

export const monitoringRules: Rule[] = [
  contextual({
    id: 'datadog-api-key', provider: 'Datadog', title: 'Datadog API key',
    body: '[a-f0-9]{32}', near: DATADOG, keywords: DATADOG_KEYWORDS,
    validate: (_v, ctx, m) => /api[-_]?key|apikey/i.test(leadIn(ctx.text, m.start, 80)),
    envVar: 'DD_API_KEY', rotateUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
    description: 'Datadog API key (32 hex) under an API-key name next to Datadog usage: submits metrics, logs and events.',
  }),
  contextual({
    id: 'datadog-app-key', provider: 'Datadog', title: 'Datadog application key',
    body: '[a-f0-9]{40}', near: DATADOG, keywords: DATADOG_KEYWORDS,
    validate: (_v, ctx, m) => /app(?:lication)?[-_]?key/i.test(leadIn(ctx.text, m.start, 80)),
    envVar: 'DD_APP_KEY', rotateUrl: 'https://app.datadoghq.com/organization-settings/application-keys',
    description: 'Datadog application key (40 hex) under an app-key name: reads data and changes configuration as its user.',
  }),
  prefixed({
    id: 'sentry-org-token', provider: 'Sentry', title: 'Sentry organization auth token',
    prefix: 'sntrys_', body: 'eyJ[A-Za-z0-9+/=]{30,600}_[A-Za-z0-9+/_-]{43}', tokenChars: 'A-Za-z0-9_+/=-',
    validate: sentryOrg,
    envVar: 'SENTRY_AUTH_TOKEN', rotateUrl: 'https://sentry.io/settings/auth-tokens/',
    description: 'Sentry organization auth token (sntrys_…): uploads releases and source maps for the organization.',
  }),
  prefixed({
    id: 'sentry-user-token', provider: 'Sentry', title: 'Sentry user auth token',
    prefix: 'sntryu_', body: '[a-f0-9]{64}',
    envVar: 'SENTRY_AUTH_TOKEN', rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    description: 'Sentry user auth token (sntryu_ + 64 hex): API access as the user.',
  }),
  prefixed({
    id: 'grafana-service-account-token', provider: 'Grafana', title: 'Grafana service-account token',
    prefix: 'glsa_', body: '[A-Za-z0-9]{32}_[a-f0-9]{8}',
    confidence: 'verified-format',
    validate: hasValidGrafanaChecksum,
    skipPlaceholderCheck: true,
    envVar: 'GRAFANA_SERVICE_ACCOUNT_TOKEN', rotateUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    description: 'Grafana service-account token (glsa_…), checksum verified offline.',
  }),
  prefixed({
    id: 'grafana-api-key', provider: 'Grafana', title: 'Grafana API key (legacy)',
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
    prefix: 'glc_', body: 'eyJ[A-Za-z0-9+/=_-]{30,400}', tokenChars: 'A-Za-z0-9_+/=-',
    validate: value => !!decodeJsonSegment(value.slice(4)),
    envVar: 'GRAFANA_CLOUD_TOKEN', rotateUrl: 'https://grafana.com/orgs/',
    description: 'Grafana Cloud access policy / API token (glc_ + base64 JSON).',
  }),
];
