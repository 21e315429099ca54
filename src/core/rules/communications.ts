import { assignedNameBefore } from '../assignment';
import { decodeBase64, shannonEntropy } from '../text';
import { isPlaceholder } from '../filters';
import { bare, contextual, leadIn, mixesLettersAndDigits, positionalSecret, prefixed, providerKey, testModeAsInfo } from './define';
import type { Rule } from '../types';

/**
 * The account SID argument right before, as a literal or a variable named so: `Client("AC…", "…")`, `Client(account_sid, "…")`;
 * or the SID as Basic auth's user, the token its password (`AC…:…`, as `curl -u` and key inventories write the pair).
 */
const AFTER_ACCOUNT_SID = /(?:(?:(?<![A-Za-z0-9])AC[a-f0-9]{32}["'`](?:\.\w{1,12}\(\))?|(?<![\w$])[\w$.]{0,40}(?:account_?sid|ACCOUNT_SID|accountSid|AccountSid))[ \t]{0,3},\s{0,40}["'`]|(?<![A-Za-z0-9])AC[a-f0-9]{32}:)$/;
/** An API key SID argument right before: `Client("SK…", "…", accountSid)`, on the line before too (a comment after it); a conversion may follow the literal (Rust's `.to_string()`). */
const AFTER_KEY_SID = /(?<![A-Za-z0-9])SK[a-f0-9]{32}["'`](?:\.\w{1,12}\(\))?[ \t]{0,3},(?:[ \t]{0,8}(?:#|\/\/)[^\n]{0,60})?\s{0,40}["'`]$/;

/** Names under which a 32-hex/alnum value is a secret rather than an id. */
const SECRET_NAME = /secret|token|auth|key|password|pass\b/i;

export const communicationRules: Rule[] = [
  positionalSecret({
    id: 'mandrill-api-key', provider: 'Mandrill', title: 'Mailchimp Transactional (Mandrill) API key',
    source: 'provider docs: mailchimp.com/developer/transactional (the client libraries take the API key as their one argument: `new Mandrill(key)`, `mandrill.Mandrill(key)`)',
    calls: ['new Mandrill(', 'mandrill.Mandrill(', 'Mandrill::Mandrill(', 'Mandrill::API.new(', 'mailchimp_transactional(', 'mailchimpTx('],
    argument: 1,
    envVar: 'MANDRILL_API_KEY', rotateUrl: 'https://mandrillapp.com/settings',
    description: 'A Mailchimp Transactional (Mandrill) API key given to its client: sends mail as the account.',
  }),
  positionalSecret({
    id: 'stream-api-secret', provider: 'GetStream', title: 'Stream (GetStream) API secret',
    source: 'provider docs: getstream.io/chat/docs (server clients take the API key, then the secret: `StreamChat.getInstance(key, secret)`, `stream.connect(key, secret)`, `StreamChat(api_key=…, api_secret=…)`)',
    calls: ['StreamChat.getInstance(', 'new StreamChat(', 'stream.connect(', 'Stream::Client.new(', 'new StreamClient('],
    argument: 2,
    envVar: 'STREAM_API_SECRET', rotateUrl: 'https://getstream.io/dashboard/',
    description: 'A Stream (GetStream) API secret given to its server client after the API key: it signs user tokens and calls the API as the server.',
  }),
  prefixed({
    id: 'calcom-api-key', provider: 'Cal.com', title: 'Cal.com API key',
    // (`cal_` + 32 hex is the test mode's; `cal_test_` is written too. The 32 hex body is observed.)
    prefix: ['cal_live_', 'cal_test_', 'cal_'], body: '[0-9a-f]{32}',
    source: 'provider docs (third-party integration guides quoting Cal.com): live-mode keys start with cal_live_, test-mode keys with cal_; the 32-hex body is observed',
    validate: value => (value.startsWith('cal_live_') ? true : { severity: 'warning', title: 'Cal.com API key (test mode)' }),
    envVar: 'CAL_API_KEY', rotateUrl: 'https://app.cal.com/settings/developer/api-keys',
    description: 'Cal.com API key (cal_live_…, test mode cal_…): acts as the user who made it, with all of their bookings and event types.',
  }),
  prefixed({
    id: 'africastalking-api-key', provider: "Africa's Talking", title: "Africa's Talking API key",
    prefix: 'atsk_', body: '[0-9a-f]{64}',
    source: "provider docs: developers.africastalking.com (API key with the username); the `atsk_` + 64 hex layout is observed, a lead",
    envVar: 'AT_API_KEY', rotateUrl: 'https://account.africastalking.com/',
    description: "Africa's Talking API key (atsk_…): sends SMS and airtime as the account.",
  }),
  contextual({
    id: 'twilio-auth-token', provider: 'Twilio', title: 'Twilio auth token',
    source: 'provider docs: twilio.com glossary (Account SID + Auth Token); 32-hex length observed',
    // The token is 32 hex without a prefix; it is trusted next to Twilio names or an AC… SID.
    body: '[a-f0-9]{32}', near: /twilio|(?<![A-Za-z0-9])AC[a-f0-9]{32}/i,
    keywords: ['twilio', 'account_sid', 'accountsid'],
    // Under a secret's name, or as the argument after the account SID: `Client("AC…", "…")`,
    // `twilio("AC…", "…")`, `Twilio.init("AC…", "…")`, the SDKs' constructors.
    // The assigned name decides when there is one: `<add key="AssetEtag" value="…">` beside Twilio
    // settings holds a digest, though `key=` is in the lead-in.
    validate: (_v, ctx, m) => SECRET_NAME.test(assignedNameBefore(ctx.text, m.start) ?? leadIn(ctx.text, m.start, 60))
      || AFTER_ACCOUNT_SID.test(leadIn(ctx.text, m.start, 60)),
    envVar: 'TWILIO_AUTH_TOKEN', rotateUrl: 'https://console.twilio.com/',
    description: 'Twilio account auth token (32 hex) under a secret name next to Twilio usage or an AC… account SID, or passed after the SID (Client("AC…", "…")): full account access.',
  }),
  contextual({
    id: 'twilio-api-key-secret', provider: 'Twilio', title: 'Twilio API key secret',
    source: 'provider docs: Twilio Key resource v1 (SK + 32 hex SID, 34 characters); secret length observed',
    body: '[A-Za-z0-9]{32}', near: /(?<![A-Za-z0-9])SK[a-f0-9]{32}(?![A-Za-z0-9])/, chars: 400,
    keywords: ['twilio', 'api_key_sid', 'apikeysid', 'api_secret', 'apisecret'],
    // Under a secret's name, or as the SDKs take it: the argument after the key's SID.
    validate: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 60)) || AFTER_KEY_SID.test(ctx.text.slice(Math.max(0, m.start - 160), m.start)),
    envVar: 'TWILIO_API_SECRET', rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    description: 'Secret of a Twilio API key (32 characters under a secret name, next to its SK… key SID).',
  }),
  contextual({
    id: 'twilio-api-key-sid', provider: 'Twilio', title: 'Twilio API key SID',
    source: 'provider docs: Twilio Key resource v1 (SK + 32 hex SID, 34 characters); twilio.com/docs/glossary/what-is-a-sid',
    // An identifier, not the secret: information, so that a key kept in code is seen (its secret is
    // usually beside it, reported by twilio-api-key-secret) without failing a build on its own.
    body: 'SK[0-9a-f]{32}', near: /twilio/i, severity: 'info',
    keywords: ['twilio'],
    envVar: 'TWILIO_API_KEY', rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    description: "A Twilio API key's SID (SK + 32 hex) next to Twilio usage, as information: an identifier; the key's secret is what grants access, so rotate the key if that secret was committed too.",
  }),
  prefixed({
    id: 'sendgrid-api-key', provider: 'SendGrid', title: 'SendGrid API key',
    source: 'provider docs: SendGrid API Keys page (69 characters); SG.<22>.<43> layout third-party',
    prefix: 'SG.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}',
    envVar: 'SENDGRID_API_KEY', rotateUrl: 'https://app.sendgrid.com/settings/api_keys',
    description: 'Twilio SendGrid API key (SG.<22>.<43>): sends mail as your domain.',
  }),
  contextual({
    id: 'mailgun-api-key', provider: 'Mailgun', title: 'Mailgun API key',
    source: 'observed (key- + 32 hex legacy keys; current keys 32 hex - 8 hex - 8 hex)',
    // (Or as the password of Mailgun's basic auth, whose user is `api`: `new MailClient("api", "key-…")`, `api:key-…@`.)
    body: '(?:key-[a-f0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})', near: /mailgun|\bapi["']?[ \t]{0,4}[,:][ \t]{0,4}["']?key-[a-f0-9]{32}/i,
    keywords: ['mailgun', '"api"', "'api'", 'api:key-'],
    envVar: 'MAILGUN_API_KEY', rotateUrl: 'https://app.mailgun.com/settings/api_security',
    description: 'Mailgun private API key (key- + 32 hex, or 32 hex-8 hex-8 hex) next to Mailgun usage: sends mail as your domains.',
  }),
  {
    id: 'mailchimp-api-key', provider: 'Mailchimp', title: 'Mailchimp API key',
    source: 'observed (32 hex + -us<datacenter>)',
    keywords: ['-us'],
    pattern: bare('[a-f0-9]{32}-us[0-9]{1,2}'),
    confidence: 'provider', severity: 'error',
    envVar: 'MAILCHIMP_API_KEY', rotateUrl: 'https://us1.admin.mailchimp.com/account/api/',
    description: 'Mailchimp Marketing API key (32 hex + -us<datacenter>).',
  },
  contextual({
    id: 'klaviyo-private-key', provider: 'Klaviyo', title: 'Klaviyo private API key',
    source: 'provider docs: developers.klaviyo.com "Obtain API credentials" (private keys: pk_ + a longer alphanumeric string; the 6-character public key is safe to share); length observed',
    // Stripe's publishable keys share the pk_ prefix (pk_live_/pk_test_); Klaviyo's have no mode.
    body: 'pk_[A-Za-z0-9]{30,40}', near: /klaviyo/i, keywords: ['klaviyo'],
    validate: value => !/^pk_(?:live|test)_/.test(value) && mixesLettersAndDigits(value.slice(3)),
    envVar: 'KLAVIYO_PRIVATE_API_KEY', rotateUrl: 'https://www.klaviyo.com/settings/account/api-keys',
    description: 'Klaviyo private API key (pk_…) next to Klaviyo usage: reads and changes profiles, lists and campaigns.',
  }),
  providerKey({
    id: 'postmark-token', provider: 'Postmark', title: 'Postmark server / account token',
    tokenChars: 'A-Za-z0-9_.-', // a UUID glued to `d.` or `v1.` is part of another token
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', near: /postmark/i, chars: 300, keywords: ['postmark'],
    source: 'Postmark API docs (X-Postmark-Server-Token / X-Postmark-Account-Token headers); UUID shape is a lead',
    envVar: 'POSTMARK_SERVER_TOKEN', rotateUrl: 'https://account.postmarkapp.com/servers',
    description: 'Postmark server or account API token (a UUID under a token name next to Postmark usage): sends mail as your domain.',
  }),
  prefixed({
    id: 'brevo-api-key', provider: 'Brevo', title: 'Brevo (Sendinblue) API key',
    prefix: ['xkeysib-', 'xsmtpsib-'], body: '[a-f0-9]{64}-[A-Za-z0-9]{16}',
    validate: value => value.startsWith('xsmtpsib-') ? { title: 'Brevo (Sendinblue) SMTP key' } : true,
    source: 'Brevo docs (API keys and SMTP keys); xkeysib-/xsmtpsib- + 64 hex + 16 layout is a lead',
    envVar: 'BREVO_API_KEY', rotateUrl: 'https://app.brevo.com/settings/keys/api',
    description: 'Brevo (Sendinblue) API key (xkeysib-…) or SMTP key (xsmtpsib-…): sends mail and reads contacts.',
  }),
  contextual({
    id: 'agora-app-certificate', provider: 'Agora', title: 'Agora app certificate',
    source: 'Agora docs (App Certificate: 32 hexadecimal characters, signs RTC/RTM tokens with the App ID)',
    // The App ID has the same shape and is public: only a certificate's name counts.
    body: '[a-f0-9]{32}', near: /agora/i, keywords: ['agora'],
    validate: (_v, ctx, m) => /cert/i.test(assignedNameBefore(ctx.text, m.start) ?? leadIn(ctx.text, m.start, 60)),
    envVar: 'AGORA_APP_CERTIFICATE', rotateUrl: 'https://console.agora.io/',
    description: 'Agora app certificate (32 hex) under a certificate name next to Agora usage: whoever has it mints tokens for your channels.',
  }),
  providerKey({
    id: 'resend-api-key', provider: 'Resend', title: 'Resend API key',
    // `re_` is far too common a prefix to trigger on (Python's re_ names): only next to Resend.
    body: 're_(?:[A-Za-z0-9]{8}_[A-Za-z0-9]{20,28}|[A-Za-z0-9]{24,40})', near: /resend/i, keywords: ['resend'],
    also: value => mixesLettersAndDigits(value.slice(3)),
    source: 'Resend docs (RESEND_API_KEY, keys start re_); the re_<8>_<24> layout is a lead, one random run is accepted too',
    envVar: 'RESEND_API_KEY', rotateUrl: 'https://resend.com/api-keys',
    description: 'Resend API key (re_…) next to Resend usage: sends mail as your domains.',
  }),
  prefixed({
    id: 'mailersend-api-token', provider: 'MailerSend', title: 'MailerSend API token',
    prefix: 'mlsn.', body: '[a-f0-9]{64}',
    source: 'MailerSend docs (API tokens; MAILERSEND_API_KEY in the official SDK); mlsn. + 64 hex is an observed shape, a lead',
    envVar: 'MAILERSEND_API_KEY', rotateUrl: 'https://app.mailersend.com/api-tokens',
    description: 'MailerSend API token (mlsn.…): sends mail from the account\'s verified domains.',
  }),
  prefixed({
    id: 'onesignal-api-key', provider: 'OneSignal', title: 'OneSignal REST API key',
    prefix: ['os_v2_app_', 'os_v2_org_'], body: '[a-z0-9]{100,120}',
    source: 'OneSignal docs (Keys & IDs, Rich Authentication Token); os_v2_app_ + base32 is an observed shape, a lead',
    envVar: 'ONESIGNAL_REST_API_KEY', rotateUrl: 'https://dashboard.onesignal.com/',
    description: 'OneSignal REST API key (os_v2_app_…): sends push notifications, email and SMS to every subscriber of the app.',
  }),
  {
    id: 'intercom-access-token', provider: 'Intercom', title: 'Intercom access token',
    keywords: ['dg9ro'],
    // Base64 of `tok:<uuid with _>:1:0`: checked by decoding, so no name is needed.
    pattern: /(?<![A-Za-z0-9+/])(?<secret>dG9rO[A-Za-z0-9+/]{50,70}={0,2})(?![A-Za-z0-9+/=])/,
    // The UUID's separators are `_` in tokens seen; `-` is accepted too.
    // The shape is observed, not documented: base64 of `tok:` then bytes that are no text cannot be
    // judged by it (six characters no random text opens with), and is reported as a warning.
    // Text of another shape (`tok:not-a-uuid:1:0`) is made up.
    validate: (value) => {
      const decoded = decodeBase64(value) ?? '';
      if (/^tok:[0-9a-f]{8}(?:[_-][0-9a-f]{4}){3}[_-][0-9a-f]{12}:\d:\d$/.test(decoded)) return true;
      return value.startsWith('dG9rOj') && value.length >= 56 && /[^\x20-\x7e]/.test(decoded)
        && { severity: 'warning', detail: "base64 of `tok:`, then bytes rather than the tok:<uuid>:1:0 seen in Intercom's tokens" };
    },
    confidence: 'verified-format', severity: 'error',
    source: 'observed shape (base64 of tok:<uuid>:1:0), checked by decoding; Intercom docs describe access tokens, not their text',
    envVar: 'INTERCOM_ACCESS_TOKEN', rotateUrl: 'https://app.intercom.com/a/apps/_/developer-hub',
    description: 'Intercom access token (base64 of tok:…): reads and writes the workspace\'s conversations and contacts.',
  },
  {
    id: 'zapier-webhook-url', provider: 'Zapier', title: 'Zapier catch hook URL',
    source: 'provider docs: Zapier help "Webhooks by Zapier" (hooks.zapier.com/hooks/catch/<account>/<hook>/)',
    keywords: ['hooks.zapier.com'],
    pattern: /(?<secret>https?:\/\/hooks\.zapier\.com\/hooks\/catch\/(?<account>\d{3,12})\/(?<hook>[A-Za-z0-9]{4,12})\/?(?:silent\/?)?)(?![A-Za-z0-9_-])/,
    // A documented example's ids are typed (`…/catch/123456/abcdef/`).
    validate: value => !/\/catch\/(?:123456|12345678|1234567|000000)\/|\/(?:abcdef|abc123|xxxxxx)\/?/i.test(value),
    confidence: 'provider', severity: 'warning',
    envVar: 'ZAPIER_WEBHOOK_URL', rotateUrl: 'https://zapier.com/app/zaps',
    description: 'Zapier catch hook URL: anyone holding it can trigger the Zap with any data.',
  },
  {
    id: 'make-webhook-url', provider: 'Make', title: 'Make (Integromat) webhook URL',
    source: 'provider docs: Make help "Webhooks" (custom webhook addresses https://hook.<zone>.make.com/<32 characters>; Integromat\'s hook.integromat.com before the rename)',
    keywords: ['make.com/', 'integromat.com/'],
    pattern: /(?<secret>https?:\/\/hook\.(?:(?:eu|us)\d\.)?(?:make|integromat)\.com\/[a-z0-9]{32})(?![A-Za-z0-9_-])/,
    validate: value => mixesLettersAndDigits(value.slice(-32)),
    confidence: 'provider', severity: 'warning',
    envVar: 'MAKE_WEBHOOK_URL', rotateUrl: 'https://www.make.com/en/help/tools/webhooks',
    description: 'Make (formerly Integromat) custom webhook URL: anyone holding it can start the scenario with any data.',
  },
  {
    id: 'bitrix24-webhook-url', provider: 'Bitrix24', title: 'Bitrix24 inbound webhook URL',
    source: 'provider docs: Bitrix24 training course "Webhooks" (inbound webhook: https://<portal>/rest/<user id>/<secret code>/, keys of unlimited lifetime); the code\'s 16 characters are observed, a lead',
    keywords: ['bitrix24.'],
    pattern: /(?<secret>https?:\/\/[a-z0-9][a-z0-9-]{0,62}\.bitrix24\.[a-z]{2,6}(?:\.[a-z]{2})?\/rest\/\d{1,10}\/[a-z0-9]{12,32})(?=\/|[^A-Za-z0-9_-]|$)/,
    validate: value => mixesLettersAndDigits(value.slice(value.lastIndexOf('/') + 1)),
    confidence: 'provider', severity: 'error',
    envVar: 'BITRIX24_WEBHOOK_URL', rotateUrl: 'https://helpdesk.bitrix24.com/open/12357038/',
    description: 'Bitrix24 inbound webhook URL (…/rest/<user id>/<code>/): calls the portal\'s REST API as that user, with no expiry.',
  },
  {
    id: 'ifttt-webhook-key', provider: 'IFTTT', title: 'IFTTT Webhooks key',
    source: 'provider docs: IFTTT Webhooks service (https://maker.ifttt.com/trigger/{event}/with/key/{key}, and the key\'s page maker.ifttt.com/use/{key})',
    keywords: ['maker.ifttt.com'],
    pattern: /maker\.ifttt\.com\/(?:trigger\/[^/\s"'?]{1,100}\/(?:json\/)?with\/key|use)\/(?<secret>[A-Za-z0-9_-]{20,24})(?![A-Za-z0-9_-])/,
    // (URL-safe base64 of random bytes: one key in eight or so has no digit, but both cases.)
    validate: value => mixesLettersAndDigits(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value) && !isPlaceholder(value) && shannonEntropy(value) >= 3.8),
    confidence: 'provider', severity: 'error',
    envVar: 'IFTTT_WEBHOOKS_KEY', rotateUrl: 'https://ifttt.com/maker_webhooks/settings',
    description: 'IFTTT Webhooks key: triggers every applet of the account that listens to webhooks, with any data.',
  },
  contextual({
    id: 'ably-api-key', provider: 'Ably', title: 'Ably API key',
    body: '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}', near: /ably/i, keywords: ['ably'],
    validate: (value) => mixesLettersAndDigits(value.slice(value.indexOf(':') + 1)),
    source: 'provider docs: ably.com/docs/auth (API key = app id . key id : key secret)',
    envVar: 'ABLY_API_KEY', rotateUrl: 'https://ably.com/accounts',
    description: 'Ably API key (appId.keyId:secret) next to Ably usage: publishes to and subscribes on the app\'s channels with the key\'s capabilities.',
  }),
  contextual({
    id: 'lob-api-key', provider: 'Lob', title: 'Lob API key',
    // Publishable keys (`live_pub_…`, `test_pub_…`) only verify addresses: not hex, so not matched.
    body: '(?:live|test)_[0-9a-f]{35}', near: /\blob\b|lob[_.-]|Lob\(/i, keywords: ['lob'],
    validate: testModeAsInfo('test_', 'Lob test API key'),
    source: 'provider docs: help.lob.com/account-management/api-keys (secret keys test_/live_, publishable keys test_pub_/live_pub_); 35 hex characters in the official SDKs\' examples',
    envVar: 'LOB_API_KEY', rotateUrl: 'https://dashboard.lob.com/settings/api-keys',
    description: 'Lob secret API key (live_/test_ + 35 hex) next to Lob usage: sends billable letters and postcards (test keys reported as info).',
  }),
];
