import { prefixed } from './define';
import type { Rule } from '../types';

const STRIPE_KEYS = 'https://dashboard.stripe.com/apikeys';
/** Stripe key bodies: 24 characters in older keys, ~99 in newer ones. */
const STRIPE_BODY = '[A-Za-z0-9]{20,247}';

export const paymentRules: Rule[] = [
  prefixed({
    id: 'stripe-secret-key', provider: 'Stripe', title: 'Stripe live secret key',
    prefix: 'sk_live_', body: STRIPE_BODY,
    liveMode: true,
    narrower: 'An unrestricted live secret key can do anything on the Stripe account; create a restricted key (rk_live_) with only the resources and permissions this code uses.',
    envVar: 'STRIPE_SECRET_KEY', rotateUrl: STRIPE_KEYS,
    description: 'Stripe live-mode secret key (sk_live_…): full access to the account\'s payments and customers.',
  }),
  prefixed({
    id: 'stripe-restricted-key', provider: 'Stripe', title: 'Stripe live restricted key',
    prefix: 'rk_live_', body: STRIPE_BODY,
    liveMode: true,
    envVar: 'STRIPE_RESTRICTED_KEY', rotateUrl: STRIPE_KEYS,
    description: 'Stripe live-mode restricted key (rk_live_…), limited to the permissions it was given.',
  }),
  prefixed({
    id: 'stripe-test-key', provider: 'Stripe', title: 'Stripe test-mode key',
    prefix: ['sk_test_', 'rk_test_'], body: STRIPE_BODY,
    severity: 'info',
    envVar: 'STRIPE_SECRET_KEY', rotateUrl: STRIPE_KEYS,
    description: 'Stripe test-mode secret or restricted key (sk_test_/rk_test_): no real money, but it exposes test data and belongs in .env.',
  }),
  prefixed({
    id: 'stripe-webhook-secret', provider: 'Stripe', title: 'Stripe webhook signing secret',
    prefix: 'whsec_', body: '[A-Za-z0-9+/=]{32,64}', tokenChars: 'A-Za-z0-9_+/=-',
    envVar: 'STRIPE_WEBHOOK_SECRET', rotateUrl: 'https://dashboard.stripe.com/webhooks',
    description: 'Stripe webhook signing secret (whsec_…): lets anyone forge webhook events your endpoint trusts.',
  }),
  prefixed({
    id: 'shopify-access-token', provider: 'Shopify', title: 'Shopify access token',
    prefix: ['shpat_', 'shpca_', 'shppa_'], body: '[a-fA-F0-9]{32}',
    envVar: 'SHOPIFY_ACCESS_TOKEN', rotateUrl: 'https://admin.shopify.com/',
    description: 'Shopify Admin API access token (shpat_ admin, shpca_ custom app, shppa_ private app).',
  }),
  prefixed({
    id: 'shopify-shared-secret', provider: 'Shopify', title: 'Shopify app shared secret',
    prefix: 'shpss_', body: '[a-fA-F0-9]{32}',
    envVar: 'SHOPIFY_API_SECRET', rotateUrl: 'https://partners.shopify.com/',
    description: 'Shopify app shared secret (shpss_…): signs OAuth and webhook requests for the app.',
  }),
  prefixed({
    id: 'square-access-token', provider: 'Square', title: 'Square access token',
    prefix: ['sq0atp-', 'EAAA'], body: '[A-Za-z0-9_-]{22,60}',
    validate: (value, ctx, m) => {
      // `EAAA` + 60 is Square's current format; the prefix alone also begins other vendors' tokens.
      if (!value.startsWith('EAAA')) return true;
      const near = ctx.text.slice(Math.max(0, m.start - 400), m.end + 400);
      return value.length === 64 && /square|sq0/i.test(near);
    },
    envVar: 'SQUARE_ACCESS_TOKEN', rotateUrl: 'https://developer.squareup.com/apps',
    description: 'Square access token (EAAA… near Square usage, or legacy sq0atp-…).',
  }),
  prefixed({
    id: 'square-oauth-secret', provider: 'Square', title: 'Square OAuth application secret',
    prefix: 'sq0csp-', body: '[A-Za-z0-9_-]{43}',
    envVar: 'SQUARE_APPLICATION_SECRET', rotateUrl: 'https://developer.squareup.com/apps',
    description: 'Square OAuth application secret (sq0csp-…).',
  }),
];
