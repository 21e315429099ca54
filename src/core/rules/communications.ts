import { bare, contextual, leadIn, prefixed } from './define';
import type { Rule } from '../types';

/** Names under which a 32-hex/alnum value is a secret rather than an id. */
const SECRET_NAME = /secret|token|auth|key|password|pass\b/i;

export const communicationRules: Rule[] = [
  contextual({
    id: 'twilio-auth-token', provider: 'Twilio', title: 'Twilio auth token',
    // The token is 32 hex without a prefix; it is trusted next to Twilio names or an AC… SID.
    body: '[a-f0-9]{32}', near: /twilio|(?<![A-Za-z0-9])AC[a-f0-9]{32}/i,
    keywords: ['twilio', 'account_sid', 'accountsid'],
    validate: (_v, ctx, m) => SECRET_NAME.test(leadIn(ctx.text, m.start, 60)),
    envVar: 'TWILIO_AUTH_TOKEN', rotateUrl: 'https://console.twilio.com/',
    description: 'Twilio account auth token (32 hex) next to Twilio usage or an AC… account SID: full account access.',
  }),
  contextual({
    id: 'twilio-api-key-secret', provider: 'Twilio', title: 'Twilio API key secret',
    body: '[A-Za-z0-9]{32}', near: /(?<![A-Za-z0-9])SK[a-f0-9]{32}(?![A-Za-z0-9])/, chars: 400,
    keywords: ['twilio', 'api_key_sid', 'apikeysid', 'api_secret', 'apisecret'],
    validate: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 60)),
    envVar: 'TWILIO_API_SECRET', rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    description: 'Secret of a Twilio API key (32 characters under a secret name, next to its SK… key SID).',
  }),
  prefixed({
    id: 'sendgrid-api-key', provider: 'SendGrid', title: 'SendGrid API key',
    prefix: 'SG.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}',
    envVar: 'SENDGRID_API_KEY', rotateUrl: 'https://app.sendgrid.com/settings/api_keys',
    description: 'Twilio SendGrid API key (SG.<22>.<43>): sends mail as your domain.',
  }),
  contextual({
    id: 'mailgun-api-key', provider: 'Mailgun', title: 'Mailgun API key',
    body: 'key-[a-f0-9]{32}', near: /mailgun/i,
    keywords: ['mailgun'],
    envVar: 'MAILGUN_API_KEY', rotateUrl: 'https://app.mailgun.com/settings/api_security',
    description: 'Mailgun private API key (key- + 32 hex) next to Mailgun usage.',
  }),
  {
    id: 'mailchimp-api-key', provider: 'Mailchimp', title: 'Mailchimp API key',
    keywords: ['-us'],
    pattern: bare('[a-f0-9]{32}-us[0-9]{1,2}'),
    confidence: 'provider', severity: 'error',
    envVar: 'MAILCHIMP_API_KEY', rotateUrl: 'https://us1.admin.mailchimp.com/account/api/',
    description: 'Mailchimp Marketing API key (32 hex + -us<datacenter>).',
  },
];
