import { ALNUM, HEX, join, randomString, token } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

const live = (kind: 'sk' | 'rk' | 'pk') => join(kind, '_li', 've_', randomString(99, ALNUM));
const test = (kind: 'sk' | 'rk' | 'pk') => join(kind, '_te', 'st_', randomString(24, ALNUM));

describe('rules: payments', () => {
  it('Stripe live secret and restricted keys are errors', () => {
    expectInAllSyntaxes('STRIPE_SECRET_KEY', live('sk'), 'stripe-secret-key', { severity: 'error', confidence: 'provider' });
    expectInAllSyntaxes('STRIPE_RESTRICTED_KEY', live('rk'), 'stripe-restricted-key', { severity: 'error' });
  });

  it('Stripe test-mode keys are informational', () => {
    expectInAllSyntaxes('STRIPE_SECRET_KEY', test('sk'), 'stripe-test-key', { severity: 'info' });
    const rk = test('rk');
    expectFinding(`stripe.api_key = "${rk}"`, rk, 'stripe-test-key', { path: 'pay.py', severity: 'info' });
  });

  it('publishable keys are never reported', () => {
    expectNone(`const stripe = Stripe("${live('pk')}");`, 'Stripe', 'web/checkout.js');
    expectNone(`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${test('pk')}`, 'Stripe', '.env');
  });

  it('documented example keys are dropped', () => {
    const key = live('sk');
    expectNone(`STRIPE_SECRET_KEY=${key.slice(0, 12)}EXAMPLEKEY${key.slice(22)}`, 'Stripe', '.env');
  });

  it('webhook signing secrets', () => {
    expectInAllSyntaxes('STRIPE_WEBHOOK_SECRET', token(join('wh', 'sec_'), 32), 'stripe-webhook-secret');
  });

  it('Stripe placeholders and short bodies are ignored', () => {
    expectNone(`key = "${join('sk', '_live_')}xxxxxxxxxxxxxxxxxxxxxxxx"`, 'Stripe');
    expectNone(`key = "${join('sk', '_live_')}${randomString(10, ALNUM)}"`, 'Stripe');
    expectNone(`key = "${join('sk', '_live_')}...`, 'Stripe');
  });

  it('Shopify tokens and shared secrets', () => {
    for (const p of ['shpat_', 'shpca_', 'shppa_']) {
      const t = token(join('sh', p.slice(2)), 32, HEX);
      expectFinding(`SHOPIFY_ACCESS_TOKEN=${t}`, t, 'shopify-access-token', { path: '.env', label: p });
    }
    expectInAllSyntaxes('SHOPIFY_API_SECRET', token(join('sh', 'pss_'), 32, HEX), 'shopify-shared-secret');
    expectNone(`x = "${token(join('sh', 'pat_'), 31, HEX)}"`, 'Shopify');
  });

  it('Square access tokens and OAuth secrets', () => {
    const eaaa = token(join('EA', 'AA'), 60, ALNUM + '-_');
    expectFinding(`SQUARE_ACCESS_TOKEN=${eaaa}`, eaaa, 'square-access-token', { path: '.env' });
    expectNone(`FB_TOKEN=${eaaa}`, 'square-access-token', '.env'); // the prefix alone is not Square's
    // Nor is a body that happens to hold `sQ0`: the context is around the token, not in it.
    const holdsSq0 = join('EA', 'AA') + randomString(20, ALNUM) + 'lSQ0e' + randomString(35, ALNUM);
    expectNone(`FB_TOKEN=${holdsSq0}`, 'square-access-token', '.env');
    const legacy = token(join('sq0', 'atp-'), 22, ALNUM + '-_');
    expectInAllSyntaxes('SQUARE_TOKEN', legacy, 'square-access-token');
    const secret = token(join('sq0', 'csp-'), 43, ALNUM + '-_');
    expectFinding(`square_secret: "${secret}"`, secret, 'square-oauth-secret', { path: 'a.yml' });
  });
});
