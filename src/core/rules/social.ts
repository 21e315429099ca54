/**
 * Social platforms' API credentials: Meta (Facebook, Instagram, WhatsApp) and X (Twitter).
 * Their shapes are not stated in the providers' docs we could read; they are marked as leads.
 */

import { leadIn, prefixed, providerKey } from './define';
import type { Rule } from '../types';

const META = /facebook|graph\.facebook|\bfb[-_]|instagram|whatsapp|\bmeta[-_]|\bmeta[ \t](?:capi|conversions|pixel|ads|business|graph)\b/i;
const META_KEYWORDS = ['cebook', 'fb_access', 'fb_app', 'fb_page', 'fb_token', 'agram', 'whatsapp'];
const TWITTER = /twitter|tweepy|\bx[-_]api|\bx_bearer/i;
const TWITTER_KEYWORDS = ['twitter', 'tweepy', 'x_api_secret', 'x_access_token_secret', 'x_bearer'];

export const socialRules: Rule[] = [
  prefixed({
    id: 'twitch-chat-oauth-token', provider: 'Twitch', title: 'Twitch chat OAuth token',
    source: 'Twitch docs, "Authenticating with the Twitch IRC server" (PASS oauth:<user access token>; tokens of 30 lower-case letters and digits)',
    prefix: 'oauth:', body: '[a-z0-9]{30}', bodyMixes: true,
    envVar: 'TWITCH_CHAT_OAUTH', rotateUrl: 'https://www.twitch.tv/settings/connections',
    description: 'A Twitch user access token in the chat login form (oauth:…): reads and sends chat messages as the account, with whatever other scopes it was granted.',
  }),
  prefixed({
    id: 'twitch-stream-key', provider: 'Twitch', title: 'Twitch stream key',
    source: 'Twitch Creator Dashboard, "Stream Key" (live_<channel id>_<30 characters> in broadcasting software); the shape is observed, a lead',
    prefix: 'live_', body: '\\d{6,12}_[A-Za-z0-9]{30}',
    envVar: 'TWITCH_STREAM_KEY', rotateUrl: 'https://dashboard.twitch.tv/settings/stream',
    description: 'A Twitch stream key (live_<channel id>_…): whoever has it can broadcast on the channel.',
  }),
  providerKey({
    id: 'facebook-access-token', provider: 'Meta', title: 'Facebook / Meta access token',
    // `EAA` + the app's marker + a long alphanumeric body. `EAA` alone also starts Square tokens
    // and base64 data, so the token only counts next to a Meta name.
    // (`eaa` opens the token itself: a Meta name anywhere near it (`FB_LONG_LIVED = 'EAA…'`) then says whose it is.)
    // (Its length and prefix are its own: next to a Meta name it needs no key name.)
    body: 'EAA[A-Za-z0-9]{90,400}', near: META, keywords: [...META_KEYWORDS, 'eaa'], ownPrefix: 'EAA',
    source: 'Meta Graph API docs (user, page and app access tokens); the EAA… shape is a lead (observed, not documented)',
    envVar: 'FACEBOOK_ACCESS_TOKEN', rotateUrl: 'https://developers.facebook.com/tools/accesstoken/',
    description: 'Facebook / Instagram / WhatsApp Graph API access token (EAA…) next to Meta usage: acts as the user or page.',
  }),
  providerKey({
    id: 'facebook-app-secret', provider: 'Meta', title: 'Facebook / Meta app secret',
    body: '[a-f0-9]{32}', near: META, keywords: META_KEYWORDS,
    also: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'Meta docs (App Dashboard > Settings > Basic: app secret); 32-hex shape is a lead',
    envVar: 'FACEBOOK_APP_SECRET', rotateUrl: 'https://developers.facebook.com/apps/',
    description: 'Facebook / Meta app secret (32 hex under a secret name next to Meta usage): signs requests and mints app tokens.',
  }),
  {
    id: 'twitter-bearer-token', provider: 'X (Twitter)', title: 'X (Twitter) app bearer token',
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    // App-only bearer tokens start with a long run of `A` and carry URL-encoded base64 (`%2B`, `%3D`).
    pattern: /(?<![A-Za-z0-9%])(?<secret>A{20,24}[A-Za-z0-9%]{60,140})(?![A-Za-z0-9%])/,
    validate: value => /%[0-9A-F]{2}/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value),
    confidence: 'provider', severity: 'error',
    source: 'X API docs (OAuth 2.0 app-only bearer token); the leading-A and %-encoded shape is a lead',
    envVar: 'TWITTER_BEARER_TOKEN', rotateUrl: 'https://developer.x.com/en/portal/dashboard',
    description: 'X (Twitter) OAuth 2.0 app-only bearer token (AAAA…%2B…): reads the API as the app.',
  },
  providerKey({
    id: 'twitter-api-secret', provider: 'X (Twitter)', title: 'X (Twitter) API key secret',
    body: '[A-Za-z0-9]{50}', near: TWITTER, keywords: TWITTER_KEYWORDS,
    also: (_v, ctx, m) => /secret/i.test(leadIn(ctx.text, m.start, 80)),
    source: 'X API docs (API key and secret, access token and secret); 50-character secret shape is a lead',
    envVar: 'TWITTER_API_SECRET', rotateUrl: 'https://developer.x.com/en/portal/dashboard',
    description: 'X (Twitter) API key secret or access token secret (50 characters under a secret name next to Twitter usage).',
  }),
];
