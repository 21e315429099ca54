import { decodeBase64 } from '../text';
import { isPlaceholder } from '../filters';
import { around, contextual, leadIn, mixesLettersAndDigits, prefixed, randomOfLettersAlone, providerKey, testModeAsInfo } from './define';
import { isPublicByDesign } from './publicKeys';
import type { RawMatch, RuleContext } from '../types';
import type { Rule } from '../types';

const STRIPE_KEYS = 'https://dashboard.stripe.com/apikeys';
/** Stripe key bodies: 24 characters in older keys, ~99 in newer ones. */
const STRIPE_BODY = '[A-Za-z0-9]{20,247}';

/**
 * Other providers issue `sk_live_`/`sk_test_` keys too. Clerk's: next to Clerk (and not Stripe)
 * they are Clerk's. Paystack's: 40 lower-case hex characters after the prefix, never Stripe's
 * mixed-case body. WorkOS's: base64 of `key_<ULID>,<secret>`.
 */
const PAYSTACK_BODY = /^sk_(?:live|test)_[0-9a-f]{40}$/;

function isWorkosKey(value: string): boolean {
  const body = value.replace(/^sk_(?:live|test)_/, '');
  // (The id is a ULID, Crockford's alphabet; any 26 upper-case letters and digits are read as one.)
  return body.length >= 60 && /^key_[0-9A-Z]{26},[A-Za-z0-9]{16,40}$/.test(decodeBase64(body) ?? '');
}

const isStripeKey = (value: string, ctx: RuleContext, m: RawMatch) => {
  if (PAYSTACK_BODY.test(value) || isWorkosKey(value)) return false;
  const near = around(ctx.text, m.start, m.end, 300);
  return !/clerk/i.test(near) || /stripe/i.test(near);
};

/**
 * The live-mode prefix that Stripe made a convention (`sk_live_`, `rk_live_`) and other APIs
 * took up for their own secret keys (Paddle's `pdl_live_apikey_`, Magic's, Razorpay's `rzp_live_`,
 * a product's own `lf_live_`): a short lower-case prefix, `_live_`, then a random body. Publishable
 * keys (`pk_live_`, `pub_live_`, Radar's `prj_live_pk_`) are made for browsers and stay quiet.
 */
const LIVE_MODE_KEY = /(?<![A-Za-z0-9_-])(?<secret>[a-z][a-z0-9]{1,9}_live_[A-Za-z0-9_]{24,120})(?![A-Za-z0-9_-])/;

/** A Binance client's first or second argument: `Client("`, `Spot("<key>", "`, `Client(api_key, "` (quotes maybe escaped). */
const BINANCE_CLIENT_ARGUMENT = /\b(?:Client|AsyncClient|Spot|UMFutures|CMFutures)\(\s{0,40}(?:(?:\\?["'][A-Za-z0-9]{64}\\?["']|[A-Za-z_][\w.]{0,60})[ \t]{0,3},\s{0,40})?\\?["']$/;

export const paymentRules: Rule[] = [
  // Before Stripe's rules: on the same `sk_` text, the first of equally certain rules wins.
  prefixed({
    id: 'paystack-secret-key', provider: 'Paystack', title: 'Paystack secret key',
    source: 'provider docs: paystack.com/docs/api/authentication (secret keys sk_, public keys pk_; test and live); 40 hex characters observed, a lead',
    prefix: ['sk_live_', 'sk_test_'], body: '[0-9a-f]{40}', bodyMixes: true,
    validate: testModeAsInfo('sk_test_', 'Paystack test secret key'),
    envVar: 'PAYSTACK_SECRET_KEY', rotateUrl: 'https://dashboard.paystack.com/#/settings/developers',
    description: 'Paystack secret key (sk_live_/sk_test_ + 40 hex): charges, refunds and transfers on the account (test keys reported as info).',
  }),
  prefixed({
    id: 'mercadopago-access-token', provider: 'Mercado Pago', title: 'Mercado Pago access token',
    source: 'provider docs: Mercado Pago Developers, "Credentials" (production access tokens APP_USR-…, test credentials TEST-…): the application id, a date, 32 hex and the user id, joined by dashes',
    // `APP_USR-<app id>-<MMDDhh>-<32 hex>-<user id>`; test credentials the same after `TEST-`.
    prefix: ['APP_USR-', 'TEST-'], body: '\\d{12,19}-\\d{6}-[0-9a-f]{32}-\\d{6,12}',
    validate: testModeAsInfo('TEST-', 'Mercado Pago test access token'),
    envVar: 'MERCADOPAGO_ACCESS_TOKEN', rotateUrl: 'https://www.mercadopago.com/developers/panel/app',
    description: 'Mercado Pago access token (APP_USR-… in production, TEST-… for test credentials): takes payments and refunds for the seller\'s account.',
  }),
  prefixed({
    id: 'mercadolibre-refresh-token', provider: 'Mercado Libre', title: 'Mercado Libre refresh token',
    source: 'provider docs: Mercado Libre Developers, "Authentication and authorization" (the token endpoint answers a refresh_token TG-<24 hex>-<user id>, beside an APP_USR-… access token)',
    prefix: 'TG-', body: '[0-9a-f]{24}-\\d{3,12}',
    envVar: 'MELI_REFRESH_TOKEN', rotateUrl: 'https://developers.mercadolibre.com/en_us/authentication-and-authorization',
    description: 'Mercado Libre OAuth refresh token (TG-…): with the app\'s secret it mints the seller\'s access tokens (listings, orders, messages) for six months.',
  }),
  prefixed({
    id: 'toss-payments-secret-key', provider: 'Toss Payments', title: 'Toss Payments secret key',
    source: 'provider docs: docs.tosspayments.com/reference/using-api/authorization (secret keys live_sk_/test_sk_, widget secret keys live_gsk_/test_gsk_; client keys _ck_ are for browsers); 28 base62 characters in the docs\' test key',
    prefix: ['live_sk_', 'live_gsk_', 'test_sk_', 'test_gsk_'], body: '[A-Za-z0-9]{24,40}', bodyMixes: true,
    // (The docs publish a test key for anyone to try.)
    validate: testModeAsInfo('test_', 'Toss Payments test secret key'),
    envVar: 'TOSS_SECRET_KEY', rotateUrl: 'https://developers.tosspayments.com/my/api-keys',
    description: 'Toss Payments secret key (live_sk_/live_gsk_): confirms and cancels payments of the shop; test_ keys move no money.',
  }),
  prefixed({
    id: 'omise-secret-key', provider: 'Omise', title: 'Omise secret key',
    source: 'provider docs: docs.omise.co/api-authentication (secret keys skey_ live, skey_test_ test; public keys pkey_); 19 lower-case base36 characters in the docs\' example',
    prefix: ['skey_test_', 'skey_'], body: '[0-9a-z]{16,32}', bodyMixes: true,
    validate: testModeAsInfo('skey_test_', 'Omise test secret key'),
    envVar: 'OMISE_SECRET_KEY', rotateUrl: 'https://dashboard.omise.co/v2/settings/keys',
    description: 'Omise (Opn Payments) secret key (skey_…): charges cards and moves funds of the account; skey_test_ keys are test mode.',
  }),
  prefixed({
    id: 'midtrans-server-key', provider: 'Midtrans', title: 'Midtrans server key',
    source: 'provider docs: docs.midtrans.com/docs/api-authorization-headers (Server Key, sandbox SB-Mid-server-…; the Client Key Mid-client-… is public)',
    prefix: ['SB-Mid-server-', 'Mid-server-'], body: '[A-Za-z0-9_-]{16,40}', bodyMixes: true,
    validate: testModeAsInfo('SB-', 'Midtrans sandbox server key'),
    envVar: 'MIDTRANS_SERVER_KEY', rotateUrl: 'https://dashboard.midtrans.com/settings/config_info',
    description: 'Midtrans server key (Mid-server-…): authorises charges and refunds from the merchant\'s server; SB- keys are the sandbox\'s.',
  }),
  prefixed({
    id: 'xendit-secret-key', provider: 'Xendit', title: 'Xendit secret API key',
    source: 'provider docs: docs.xendit.co/api-integration/api-keys (secret keys per mode, public keys xnd_public_…); the xnd_production_/xnd_development_ prefixes are observed, a lead',
    // Base64 after the prefix (`+`, `/` and `=` padding included).
    // (Or its URL-safe alphabet: `_` and `-`.)
    prefix: ['xnd_production_', 'xnd_development_'], body: '[A-Za-z0-9+/_-]{40,100}={0,2}', bodyMixes: true, tokenChars: 'A-Za-z0-9_+/=-',
    validate: testModeAsInfo('xnd_development_', 'Xendit test-mode secret key'),
    envVar: 'XENDIT_SECRET_KEY', rotateUrl: 'https://dashboard.xendit.co/settings/developers#api-keys',
    description: 'Xendit secret API key (xnd_production_…): creates invoices, disbursements and refunds on the account; xnd_development_ keys are test mode.',
  }),
  prefixed({
    id: 'workos-api-key', provider: 'WorkOS', title: 'WorkOS API key',
    source: 'provider docs: workos.com/docs/reference/api-authentication (secret API keys start with sk_); base64 of key_<ULID>,<secret> observed, a lead',
    prefix: ['sk_live_', 'sk_test_'], body: '[A-Za-z0-9+/]{60,120}',
    validate: value => isWorkosKey(value) && (value.startsWith('sk_test_') ? { severity: 'warning' } : true),
    envVar: 'WORKOS_API_KEY', rotateUrl: 'https://dashboard.workos.com/api-keys',
    description: 'WorkOS secret API key (sk_live_/sk_test_, base64 of key_<id>,<secret>): manages SSO connections, directories and users of the organisation.',
  }),
  prefixed({
    id: 'adyen-api-key', provider: 'Adyen', title: 'Adyen API key',
    source: 'Adyen docs, API credentials (X-API-Key header); the AQE… shape (base64 parts joined by "-") is observed, a lead',
    // `AQE`, base64 ending `==`, then one or two more base64 parts after `-`: no other key reads so.
    // (The last part may hold any printable mark: `-W+t7NF;s4}%=kUSD`, `-XFVlRn<aOpk>1I9qV`.)
    prefix: 'AQE', body: '[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{16,120}={0,2}(?:-[!#-&(-\\[\\]-_a-~]{8,60})?', tokenChars: 'A-Za-z0-9+/=_-',
    // (Its `<…>` is no placeholder's: the stand-ins are judged in the base64 parts alone.)
    skipPlaceholderCheck: true,
    validate: v => !isPlaceholder(v.replace(/^(AQE[^-]*-[^-]*)-.*$/, '$1')),
    envVar: 'ADYEN_API_KEY', rotateUrl: 'https://ca-live.adyen.com/ca/ca/config/api_credentials_new.shtml',
    description: 'Adyen API key (AQE…): takes payments, refunds and payouts on the merchant accounts the credential may use.',
  }),
  prefixed({
    id: 'stripe-secret-key', provider: 'Stripe', title: 'Stripe live secret key',
    source: 'provider docs: docs.stripe.com/keys (secret, restricted, publishable keys; live and test mode); prefixes third-party',
    prefix: 'sk_live_', body: STRIPE_BODY, validate: isStripeKey,
    liveMode: true,
    narrower: 'An unrestricted live secret key can do anything on the Stripe account; create a restricted key (rk_live_) with only the resources and permissions this code uses.',
    envVar: 'STRIPE_SECRET_KEY', rotateUrl: STRIPE_KEYS,
    description: 'Stripe live-mode secret key (sk_live_…): full access to the account\'s payments and customers.',
  }),
  prefixed({
    id: 'stripe-restricted-key', provider: 'Stripe', title: 'Stripe live restricted key',
    source: 'provider docs: docs.stripe.com/keys (restricted keys); prefix third-party',
    prefix: 'rk_live_', body: STRIPE_BODY,
    liveMode: true,
    envVar: 'STRIPE_RESTRICTED_KEY', rotateUrl: STRIPE_KEYS,
    description: 'Stripe live-mode restricted key (rk_live_…), limited to the permissions it was given.',
  }),
  prefixed({
    id: 'stripe-test-key', provider: 'Stripe', title: 'Stripe test-mode key',
    source: 'provider docs: docs.stripe.com/keys (test mode); prefixes third-party',
    prefix: ['sk_test_', 'rk_test_'], body: STRIPE_BODY, validate: isStripeKey,
    severity: 'info',
    envVar: 'STRIPE_SECRET_KEY', rotateUrl: STRIPE_KEYS,
    description: 'Stripe test-mode secret or restricted key (sk_test_/rk_test_): no real money, but it exposes test data and belongs in .env.',
  }),
  prefixed({
    id: 'stripe-webhook-secret', provider: 'Stripe', title: 'Stripe webhook signing secret',
    source: 'third-party only (whsec_ endpoint secrets; Stripe docs name the endpoint secret)',
    prefix: 'whsec_', body: '[A-Za-z0-9+/=]{32,64}', tokenChars: 'A-Za-z0-9_+/=-',
    envVar: 'STRIPE_WEBHOOK_SECRET', rotateUrl: 'https://dashboard.stripe.com/webhooks',
    description: 'Stripe webhook signing secret (whsec_…): lets anyone forge webhook events your endpoint trusts.',
  }),
  prefixed({
    id: 'shopify-access-token', provider: 'Shopify', title: 'Shopify access token',
    prefix: ['shpat_', 'shpca_', 'shppa_', 'shpua_'], body: '[a-fA-F0-9]{32}',
    envVar: 'SHOPIFY_ACCESS_TOKEN', rotateUrl: 'https://admin.shopify.com/',
    source: 'provider docs (staff answer citing the April 2020 API changelog): shpat_/shpca_/shppa_/shpua_ + 32 hex',
    description: 'Shopify Admin API access token (shpat_ admin, shpca_ custom app, shppa_ private app, shpua_ unclassified app).',
  }),
  prefixed({
    id: 'shopify-shared-secret', provider: 'Shopify', title: 'Shopify app shared secret',
    source: 'provider announcement: shopify.dev changelog "App secret key length has increased" (shpss_ + 32)',
    prefix: 'shpss_', body: '[a-fA-F0-9]{32}',
    envVar: 'SHOPIFY_API_SECRET', rotateUrl: 'https://partners.shopify.com/',
    description: 'Shopify app shared secret (shpss_…): signs OAuth and webhook requests for the app.',
  }),
  prefixed({
    id: 'square-access-token', provider: 'Square', title: 'Square access token',
    source: 'observed (EAAA + 60 current, sq0atp- legacy); Square docs name access tokens',
    prefix: ['sq0atp-', 'EAAA'], body: '[A-Za-z0-9_-]{22,60}',
    validate: (value, ctx, m) => {
      // `EAAA` + 60 is Square's current format; the prefix alone also begins other vendors' tokens.
      if (!value.startsWith('EAAA')) return true;
      // (Around the token, not in it: a random body holds `sQ0` one time in a few hundred.)
      const near = ctx.text.slice(Math.max(0, m.start - 400), m.start) + ' ' + ctx.text.slice(m.end, m.end + 400);
      return value.length === 64 && /square|sq0/i.test(near);
    },
    envVar: 'SQUARE_ACCESS_TOKEN', rotateUrl: 'https://developer.squareup.com/apps',
    description: 'Square access token (EAAA… near Square usage, or legacy sq0atp-…).',
  }),
  prefixed({
    id: 'square-oauth-secret', provider: 'Square', title: 'Square OAuth application secret',
    source: 'observed (sq0csp- + 43)',
    prefix: 'sq0csp-', body: '[A-Za-z0-9_-]{43}',
    envVar: 'SQUARE_APPLICATION_SECRET', rotateUrl: 'https://developer.squareup.com/apps',
    description: 'Square OAuth application secret (sq0csp-…).',
  }),
  prefixed({
    id: 'braintree-access-token', provider: 'PayPal', title: 'Braintree access token',
    prefix: ['access_token$production$', 'access_token$sandbox$'], body: '[a-z0-9]{16}\\$[a-f0-9]{32}',
    tokenChars: 'A-Za-z0-9_$-',
    validate: value => value.includes('$sandbox$') ? { severity: 'warning', detail: 'sandbox' } : true,
    source: 'shape access_token$<environment>$<merchant id>$<32 hex> from Braintree SDK docs: ' + 'a lead (not re-read from a primary source)',
    envVar: 'BRAINTREE_ACCESS_TOKEN', rotateUrl: 'https://www.braintreegateway.com/',
    description: 'Braintree (PayPal) access token (access_token$production$…): charges and refunds on the merchant account.',
  }),
  providerKey({
    id: 'paypal-client-secret', provider: 'PayPal', title: 'PayPal REST client secret',
    body: '[A-Za-z0-9_-]{80}', near: /paypal/i, keywords: ['paypal'],
    also: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'PayPal developer docs (REST app client ID + secret, PAYPAL_CLIENT_SECRET); 80-character shape is a lead',
    envVar: 'PAYPAL_CLIENT_SECRET', rotateUrl: 'https://developer.paypal.com/dashboard/applications',
    description: 'PayPal REST API client secret (80 characters under a secret name next to PayPal usage): with the public client id, takes payments.',
  }),
  prefixed({
    id: 'plaid-access-token', provider: 'Plaid', title: 'Plaid access token',
    prefix: ['access-production-', 'access-development-', 'access-sandbox-'], body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    validate: value => value.startsWith('access-sandbox-') ? { severity: 'info', detail: 'sandbox' } : true,
    source: 'Plaid API docs (access_token from /item/public_token/exchange, access-<environment>-<uuid>)',
    envVar: 'PLAID_ACCESS_TOKEN', rotateUrl: 'https://dashboard.plaid.com/developers/keys',
    description: 'Plaid access token (access-<environment>-<uuid>): reads a linked bank account\'s data.',
  }),
  providerKey({
    id: 'plaid-secret', provider: 'Plaid', title: 'Plaid API secret',
    body: '[a-f0-9]{30}', near: /plaid/i, keywords: ['laid'],
    also: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'Plaid docs (client_id + per-environment secret, PLAID_SECRET); 30-hex shape is a lead',
    envVar: 'PLAID_SECRET', rotateUrl: 'https://dashboard.plaid.com/developers/keys',
    description: 'Plaid API secret (30 hex under a secret name next to Plaid usage).',
  }),
  prefixed({
    id: 'shippo-api-token', provider: 'Shippo', title: 'Shippo API token',
    prefix: ['shippo_live_', 'shippo_test_'], body: '[0-9a-f]{32,40}',
    validate: testModeAsInfo('shippo_test_', 'Shippo test token'),
    source: 'provider docs: docs.goshippo.com/guides/authentication (live keys begin shippo_live_, test keys shippo_test_); hex body from the official SDK README',
    envVar: 'SHIPPO_API_KEY', rotateUrl: 'https://portal.goshippo.com/api-config/api',
    description: 'Shippo API token (shippo_live_/shippo_test_…): buys shipping labels billed to the account (test tokens, whose labels are not billed, reported as info).',
  }),
  prefixed({
    id: 'duffel-access-token', provider: 'Duffel', title: 'Duffel access token',
    prefix: ['duffel_live_', 'duffel_test_'], body: '[A-Za-z0-9_-]{40,50}',
    validate: value => value.startsWith('duffel_test_') ? { severity: 'warning', detail: 'test mode' } : /[0-9]/.test(value),
    source: 'provider docs: duffel.com/docs/api/overview/test-mode (test tokens start duffel_test_); duffel_live_ and the body length are a lead',
    envVar: 'DUFFEL_ACCESS_TOKEN', rotateUrl: 'https://app.duffel.com/tokens',
    description: 'Duffel access token (duffel_live_/duffel_test_…): books flights and stays paid from the account\'s balance.',
  }),
  prefixed({
    id: 'mercury-api-token', provider: 'Mercury', title: 'Mercury API token',
    // `secret-token:` then the environment, a kind and a random body, closed by `_yrucrem` (mercury backwards).
    prefix: ['secret-token:mercury_production_', 'secret-token:mercury_sandbox_'], body: '[a-z]{2,4}_[A-Za-z0-9]{30,80}_yrucrem', bodyMixes: true,
    validate: value => value.includes('_sandbox_') ? { severity: 'info', title: 'Mercury sandbox API token' } : true,
    source: 'provider docs: docs.mercury.com "Getting Started" (API tokens, read-only and read-write); Nango\'s Mercury guide (tokens start with secret-token:); the rest of the shape is observed',
    envVar: 'MERCURY_API_TOKEN', rotateUrl: 'https://app.mercury.com/settings/tokens',
    description: 'Mercury API token (secret-token:mercury_production_…): reads the bank accounts and, with write scope, sends payments.',
  }),
  prefixed({
    id: 'flutterwave-secret-key', provider: 'Flutterwave', title: 'Flutterwave secret key',
    // FLWPUBK- public keys are for front ends: not reported.
    prefix: ['FLWSECK-', 'FLWSECK_TEST-'], body: '[0-9a-f]{32}-X',
    validate: testModeAsInfo('FLWSECK_TEST-', 'Flutterwave test secret key'),
    source: 'provider docs: developer.flutterwave.com authentication (FLWPUBK_TEST-<32 hex>-X example; test keys carry _TEST) and the v2 encryption page (FLWSECK- secret keys)',
    envVar: 'FLW_SECRET_KEY', rotateUrl: 'https://app.flutterwave.com/dashboard/settings/apis',
    description: 'Flutterwave secret key (FLWSECK-…-X): charges cards and sends payouts from the merchant account.',
  }),
  prefixed({
    id: 'easypost-api-key', provider: 'EasyPost', title: 'EasyPost API key',
    prefix: ['EZAK', 'EZTK'], body: '[A-Za-z0-9]{54,58}',
    validate: value => value.startsWith('EZTK') ? { severity: 'warning', detail: 'test key' } : /[0-9]/.test(value),
    source: 'provider docs: docs.easypost.com/docs/authentication (test and production keys, HTTP Basic username); EZAK/EZTK prefixes and a 54 to 58-character body are a lead',
    envVar: 'EASYPOST_API_KEY', rotateUrl: 'https://www.easypost.com/account/api-keys',
    description: 'EasyPost API key (EZAK… production, EZTK… test): buys postage billed to the account.',
  }),
  prefixed({
    id: 'paddle-api-key', provider: 'Paddle', title: 'Paddle API key',
    prefix: 'pdl_live_apikey_', body: '[0-9a-z]{26}_[A-Za-z0-9_-]{26}',
    source: 'provider docs: developer.paddle.com API keys (pdl_live_/pdl_sdbx_apikey_ + ULID + _ + secret, 69 characters)',
    envVar: 'PADDLE_API_KEY', rotateUrl: 'https://vendors.paddle.com/authentication-v2',
    description: 'Paddle Billing live API key (pdl_live_apikey_…): creates transactions, refunds and reads customers.',
  }),
  prefixed({
    id: 'paddle-sandbox-api-key', provider: 'Paddle', title: 'Paddle sandbox API key',
    prefix: 'pdl_sdbx_apikey_', body: '[0-9a-z]{26}_[A-Za-z0-9_-]{26}', severity: 'warning',
    source: 'provider docs: developer.paddle.com API keys (pdl_sdbx_apikey_ sandbox keys)',
    envVar: 'PADDLE_API_KEY', rotateUrl: 'https://sandbox-vendors.paddle.com/authentication-v2',
    description: 'Paddle Billing sandbox API key (pdl_sdbx_apikey_…): test data only, but still a credential.',
  }),
  contextual({
    id: 'gocardless-access-token', provider: 'GoCardless', title: 'GoCardless access token',
    body: '(?:live|sandbox)_[A-Za-z0-9_-]{40}', near: /gocardless/i, keywords: ['gocardless'],
    // A sandbox token moves no money: information, as other providers' test-mode keys are.
    validate: (value) => mixesLettersAndDigits(value.slice(value.indexOf('_') + 1))
      && (value.startsWith('sandbox_') ? { severity: 'info', detail: 'a sandbox token (test payments only)' } : true),
    source: 'GoCardless docs (GC_ACCESS_TOKEN, live and sandbox environments); live_/sandbox_ + 40 is ' + 'observed shape, a lead',
    envVar: 'GC_ACCESS_TOKEN', rotateUrl: 'https://manage.gocardless.com/developers',
    description: 'GoCardless API access token (live_/sandbox_…) next to GoCardless usage: collects payments from the account\'s customers.',
  }),
  prefixed({
    id: 'ebay-cert-id', provider: 'eBay', title: 'eBay Cert ID (client secret)',
    source: 'provider docs: developer.ebay.com application keysets (Cert ID = client secret, one per Sandbox/Production keyset); PRD-/SBX- + 12-4-4-4-4 hex observed',
    // The App ID (client id) has the same environment label after the app's name and a 9-8 hex body.
    prefix: ['PRD-', 'SBX-'], body: '[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}', keywords: ['prd-', 'sbx-'],
    envVar: 'EBAY_CLIENT_SECRET', rotateUrl: 'https://developer.ebay.com/my/keys',
    description: 'eBay Cert ID (PRD-/SBX- + hex groups): the client secret of an eBay keyset, with the App ID it mints OAuth tokens for the seller\'s account.',
  }),
  prefixed({
    id: 'woocommerce-consumer-secret', provider: 'WooCommerce', title: 'WooCommerce REST API consumer secret',
    source: 'provider docs: WooCommerce REST API authentication (consumer key ck_…, consumer secret cs_…); 40 hex observed',
    prefix: 'cs_', body: '[a-f0-9]{40}',
    envVar: 'WOOCOMMERCE_CONSUMER_SECRET', rotateUrl: 'https://woocommerce.com/document/woocommerce-rest-api/',
    description: 'WooCommerce REST API consumer secret (cs_ + 40 hex): with its ck_ key, reads and writes the shop\'s orders, customers and products.',
  }),
  prefixed({
    id: 'woocommerce-consumer-key', provider: 'WooCommerce', title: 'WooCommerce REST API consumer key',
    source: 'provider docs: WooCommerce REST API authentication (consumer key ck_…, sent as the Basic user); 40 hex observed',
    // WooCommerce stores only a hash of the consumer key and shows it once, as it does the secret.
    prefix: 'ck_', body: '[a-f0-9]{40}',
    envVar: 'WOOCOMMERCE_CONSUMER_KEY', rotateUrl: 'https://woocommerce.com/document/woocommerce-rest-api/',
    description: 'WooCommerce REST API consumer key (ck_ + 40 hex): half of the key pair, kept hashed by the shop like a password.',
  }),
  contextual({
    id: 'revenuecat-secret-key', provider: 'RevenueCat', title: 'RevenueCat secret API key',
    source: 'provider docs: revenuecat.com/docs/projects/authentication (secret API keys sk_…, for servers only; public app keys appl_/goog_ ship in apps); 32 characters observed',
    body: 'sk_[A-Za-z0-9]{32}', near: /revenue_?cat/i, keywords: ['revenuecat', 'revenue_cat'],
    validate: (value) => mixesLettersAndDigits(value.slice(3)) || randomOfLettersAlone(value.slice(3)),
    envVar: 'REVENUECAT_SECRET_KEY', rotateUrl: 'https://app.revenuecat.com/',
    description: 'RevenueCat secret API key (sk_…) next to RevenueCat settings: reads and changes subscribers\' purchases and entitlements.',
  }),
  contextual({
    id: 'mollie-api-key', provider: 'Mollie', title: 'Mollie API key',
    body: '(?:live|test)_[A-Za-z0-9]{30}', near: /mollie/i, keywords: ['mollie'],
    validate: (value) => mixesLettersAndDigits(value.slice(5)) && testModeAsInfo('test_', 'Mollie test API key')(value),
    source: 'provider docs: docs.mollie.com authentication (live_/test_ API keys, 30 characters in the example)',
    envVar: 'MOLLIE_API_KEY', rotateUrl: 'https://my.mollie.com/dashboard/developers/api-keys',
    description: 'Mollie API key (live_/test_…) next to Mollie usage: creates payments and refunds on the account.',
  }),
  contextual({
    id: 'magic-secret-key', provider: 'Magic', title: 'Magic secret key',
    body: 'sk_(?:live|test)_[0-9A-F]{16}', near: /magic/i, keywords: ['magic'],
    source: 'provider docs: magic.link docs, Admin SDK (secret API key sk_live_…, test key sk_test_…, from the dashboard); 16 upper-case hex characters observed, a lead',
    validate: (value) => mixesLettersAndDigits(value.slice(8)) && (value.startsWith('sk_test_') ? { severity: 'info', title: 'Magic test secret key' } : true),
    envVar: 'MAGIC_SECRET_KEY', rotateUrl: 'https://dashboard.magic.link/',
    description: 'Magic (magic.link) secret API key next to Magic usage: validates user tokens and manages the app\'s users through the Admin SDK.',
  }),
  providerKey({
    id: 'openexchangerates-app-id', provider: 'Open Exchange Rates', title: 'Open Exchange Rates App ID',
    source: 'provider docs: docs.openexchangerates.org (requests carry the App ID as ?app_id=…, the account\'s API key); 32 hex characters as issued, a lead',
    body: '[0-9a-f]{32}', near: /openexchangerates|open[_-]?exchange[_-]?rates/i, keywords: ['openexchangerates', 'open_exchange_rates', 'open-exchange-rates'],
    // Its name is an id's (`app_id`, `app-id`), yet it is the account's key: under that name, beside the provider.
    argumentAfter: /(?:app[_-]?id|appId)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/i,
    severity: 'warning',
    envVar: 'OPENEXCHANGERATES_API_KEY', rotateUrl: 'https://openexchangerates.org/account/app-ids',
    description: 'An Open Exchange Rates App ID (32 hex, the API key every request carries as app_id): whoever has it spends the plan\'s requests.',
  }),
  providerKey({
    id: 'binance-api-key', provider: 'Binance', title: 'Binance API key or secret key',
    source: 'provider docs: developers.binance.com, "API Key Types" (HMAC keys: Binance issues an API key and a secret key, 64 letters and digits each; the docs\' example key is a known example)',
    body: '[A-Za-z0-9]{64}', near: /binance/i, keywords: ['binance'],
    // Random base62 holds both cases; 64 hex beside Binance is a request's signature.
    also: value => /[a-z]/.test(value) && /[A-Z]/.test(value),
    // python-binance's and binance-connector's clients take the pair by position: `Client("<key>", "<secret>")`
    // (its quotes escaped where a test table keeps the line in JSON).
    argumentAfter: (before, ctx, m) => BINANCE_CLIENT_ARGUMENT.test(before) && /[a-z]/.test(ctx.text.slice(m.start, m.end)) && /[A-Z]/.test(ctx.text.slice(m.start, m.end)),
    envVar: 'BINANCE_API_SECRET', rotateUrl: 'https://www.binance.com/en/my/settings/api-management',
    description: 'A Binance HMAC API key or secret key (64 letters and digits, next to Binance usage): with the secret key, whoever holds the pair trades and, where allowed, withdraws from the account.',
  }),
  {
    id: 'live-mode-api-key', provider: 'Generic', title: 'Live-mode API secret key',
    source: 'the live-mode key prefix of Stripe\'s docs (docs.stripe.com/keys: sk_live_, rk_live_), taken up by other APIs for their secret keys (Paddle pdl_live_apikey_, Razorpay rzp_live_)',
    keywords: ['_live_'],
    pattern: LIVE_MODE_KEY,
    // Publishable keys say so before or after the mode (`pgpk_live_…`, Radar's `prj_live_pk_…`); Branch's
    // `key_live_` is its SDK's. Stripe's Checkout Session ids (`cs_live_…`) are ids.
    validate: value => mixesLettersAndDigits(value.slice(value.indexOf('_live_') + 6)) && !isPublicByDesign(value)
      // (Klarna's `klarna_live_client_…` identifies the store to its browser script: public.)
      && !/^(?:[a-z0-9]*(?:pk|pub|public)|cs)_live_|_live_(?:pk|pub|publishable|client)_/.test(value),
    confidence: 'generic', severity: 'warning',
    envVar: 'API_SECRET_KEY',
    description: 'A secret key in the live-mode format APIs share (`<prefix>_live_<random>`), of a provider no rule names: it acts on the production account.',
  },
];
