/**
 * Values that providers issue to be shipped to browsers and apps (publishable, public and
 * ingestion-only keys), and identifiers of a credential whose secret is apart. A name such as `key` or `apiKey` says nothing about which half of a
 * pair it holds; these prefixes do, so the generic detector and the client-exposure check
 * stay quiet on them whatever the name. Each entry names the provider's documentation.
 */
/** Framework prefixes that inline a variable into client code, and who does it. */
const CLIENT_PREFIXES: readonly [string, string][] = [
  ['NEXT_PUBLIC_', 'Next.js'], ['EXPO_PUBLIC_', 'Expo'], ['NUXT_PUBLIC_', 'Nuxt'], ['VITE_', 'Vite'],
  ['REACT_APP_', 'Create React App'], ['GATSBY_', 'Gatsby'], ['PUBLIC_', 'SvelteKit/Astro'],
];

/** The client prefix of a variable name and the framework that ships it, if any. */
export function clientPrefixOf(name: string): { prefix: string; framework: string } | undefined {
  const hit = CLIENT_PREFIXES.find(([p]) => name.startsWith(p) && name.length > p.length);
  return hit && { prefix: hit[0], framework: hit[1] };
}

const PUBLIC_BY_DESIGN: readonly RegExp[] = [
  /^pk\.eyJ/, // Mapbox public token (docs.mapbox.com/help/glossary/access-token)
  /^(?:appl|goog|amzn|strp)_[A-Za-z0-9]{20,40}$/, // RevenueCat public SDK keys (revenuecat.com/docs/projects/authentication)
  /^pk_(?:live|test)_[A-Za-z0-9]{16,}={0,2}$/, // Stripe, Clerk, Paystack, Magic publishable keys (stripe.com/docs/keys)
  /^link-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // Plaid Link tokens: short-lived, made to hand to the browser's Link (plaid.com/docs/api/link)
  /^pk_sbox_[A-Za-z0-9]{20,}$/, // Checkout.com sandbox public key (checkout.com/docs: for client-side tokenization)
  /^sb_publishable_[A-Za-z0-9_-]{20,}$/, // Supabase publishable key, safe in browsers with row-level security (supabase.com/docs: API keys)
  /^phc_[A-Za-z0-9]{30,}$/, // PostHog project API key: write-only event ingestion (posthog.com/docs/api)
  /^NRJS-[0-9a-f]{19}$/, // New Relic browser license key, embedded in pages (docs.newrelic.com: browser key)
  /^SWSC[A-Z0-9]{22}$/, // Shopware's sales-channel access key: the Store API's key for storefronts and apps (developer.shopware.com: sw-access-key)
  /^FLWPUBK(?:_TEST)?-[0-9a-f]{32}-X$/, // Flutterwave public key (developer.flutterwave.com: public key for inline checkout)
  /^public-token-(?:live|test)-[0-9a-f-]{36}$/, // Stytch public token, used by its frontend SDKs (stytch.com/docs)
  /^(?:pub|sub)-c-[0-9a-f-]{36}$/, // PubNub publish and subscribe keys, shipped in clients (pubnub.com/docs)
  /^da2-[a-z0-9]{26}$/, // AWS AppSync API keys: the API_KEY authorization mode, for public clients (docs.aws.amazon.com/appsync)
  /^key_(?:live|test)_[A-Za-z0-9]{32}$/, // Branch keys, embedded in apps (its secrets are `secret_live_…`; help.branch.io)
  /^(?:ios|android)_sdk-[0-9a-f]{40}$/, // Intercom mobile SDK API keys, shipped in apps (developers.intercom.com: installing the SDK)
  /^(?:production|sandbox|development)_[a-z0-9]{8}_[a-z0-9]{16}$/, // Braintree tokenization keys, for client SDKs (developer.paypal.com/braintree: tokenization key)
  /^pubkey-[0-9a-f]{32}$/, // Mailgun's public validation key, for address validation from browsers (documentation.mailgun.com)
  /^pkey_(?:test_)?[0-9a-z]{16,32}$/, // Omise public keys, for tokenizing cards in the browser (docs.omise.co/api-authentication; secrets are skey_)
  /^(?:SB-)?Mid-client-[A-Za-z0-9_-]{12,40}$/, // Midtrans client key, for Snap.js in the browser (docs.midtrans.com: client key; the server key is Mid-server-)
  /^(?:live|test)_g?ck_[A-Za-z0-9]{20,40}$/, // Toss Payments client keys, for the payment window in browsers (docs.tosspayments.com: client keys; secrets are _sk_)
  /^(?:live|test)_[A-Z0-9]{32}$/, // Adyen client keys, for its web and app components (docs.adyen.com: client key; API keys are AQE…)
  /^rzp_(?:live|test)_[A-Za-z0-9]{14}$/, // Razorpay key ids, given to Checkout in the browser (razorpay.com/docs: API keys; the key secret is apart)
  /^(?:live|test)_pub_[0-9a-f]{24,40}$/, // Lob publishable keys, for its address autocompletion in browsers (docs.lob.com: API keys; secret keys have no `pub_`)
  /^(?:live|test)_[0-9a-f]{27}$/, // Paddle Billing client-side tokens, for Paddle.js (developer.paddle.com: client-side tokens; API keys are pdl_…)
  /^sdk-[A-Za-z0-9]{12,40}$/, // GrowthBook SDK client keys, read by browsers and apps (docs.growthbook.io: SDK connections)
  /^client-[A-Za-z0-9]{30,60}$/, // Statsig client SDK keys, shipped in apps and pages (docs.statsig.com: client keys; secrets are secret-…)
  /^[A-Za-z0-9_-]{22}:APA91b[A-Za-z0-9_-]{100,200}$/, // an FCM registration token: a device's address, sending needs the server's credential (firebase.google.com/docs/cloud-messaging)
  /^[LT]_C_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // Worldpay Online client keys, for its browser tokenization (its service keys are L_S_/T_S_)
  /^pub[0-9a-f]{32}$/, // Datadog client tokens, for browser RUM and logs (docs.datadoghq.com: client tokens; API keys are secret)
  /^AA[0-9a-f]{40}-NRMA$/, // New Relic mobile application token, compiled into apps (docs.newrelic.com: mobile app token)
  /^MII[A-Za-z0-9+/]{1,6}ANBgkqhkiG9w0BAQEFAAOC/, // an RSA public key (SubjectPublicKeyInfo, base64 DER): Google Play's license key; a private key's PKCS#8 reads AASC there
  // Identifiers of a credential whose secret is apart, often stored under the key's name:
  /^(?:AC|SK)[0-9a-f]{32}$/, // Twilio account and API key SIDs (twilio.com/docs/glossary/what-is-a-sid)
  /^3MVG9[A-Za-z0-9._]{60,120}$/,
  /^(?:Ov|Iv)23[A-Za-z0-9]{16}$/, // GitHub OAuth app and GitHub App client ids since 2024 (docs.github.com: "Client ID"; the client secret is apart)
  /^Iv1\.[0-9a-f]{16}$/, // GitHub App client ids (docs.github.com: "Client ID", apart from the client secret) // Salesforce connected app consumer keys: the OAuth client id (help.salesforce.com: connected apps)
];

/** A key its provider made to be public: a publishable, browser or ingestion-only key. */
export function isPublicByDesign(value: string): boolean {
  return PUBLIC_BY_DESIGN.some(pattern => pattern.test(value));
}

/**
 * Names of keys their services issue to be public: Mixpanel project tokens and Amplitude API keys
 * (the browser SDKs' keys; their secrets are named `secret`), Pusher app keys (the secret is the
 * app secret), Shopify Storefront access tokens (made for storefront clients). Identifiers of an
 * OAuth app whose secret is apart: Shopify's app API key, DocuSign's integration key, Dropbox's
 * and Unsplash's app and access keys. SDK keys shipped in apps: Bugsnag's notifier key, Braze's SDK
 * key, CodePush deployment keys, GameAnalytics game keys (any `…GameKey`: its secret key is the credential), AppLovin's SDK key (MAX's, in every app; its report key is secret), a feature-flag service's client key (a client-side SDK's), Adyen's client key, Contentful's
 * delivery token and Ghost's Content API key (both read published content only), MapTiler's keys (restricted to
 * the sites or apps that show its maps). A Sentry DSN's public key (`sentry_key=` in its envelope
 * URLs), Optimizely's SDK key (names a public datafile), Trello's API key (Trello shows it openly;
 * the token is the secret), Statsig's client keys, Flagsmith's client-side environment keys, Rollbar's browser
 * token (`_rollbarConfig.accessToken`, a post_client_item token), Stream's API key (its secret is
 * `STREAM_API_SECRET`), AppsFlyer's dev key (the SDK's key in every app), App Center's (once Mobile Center's) app secret (an app's
 * identifier for its SDK, despite the name), Parse's client key (its master key is the secret), OVHcloud's application key (the app's id: its application
 * secret and consumer key are the credentials), JPush's app key (the master secret is the credential), Adjust's app token (the app's id in its SDK), Instabug's app token (its SDK's, in every app), Kakao's native app key
 * (compiled into apps; its REST API and admin keys are secret), Zoom's Meeting SDK key (its client id, sent to the browser; the SDK secret signs). Lower-case snake case.
 * (Mixpanel's Android manifest names its token `com.mixpanel.android.MPConfig.Token`.)
 */
const PUBLIC_SERVICE_KEY = new RegExp('(?:^|_)(?:mixpanel_(?:[a-z]{1,12}_){0,3}token|amplitude_(?:api_)?key|pusher_(?:app_)?key|storefront_(?:api_)?(?:access_)?token'
  + '|shopify_(?:app_)?api_key|docusign_integration_key|dropbox_app_key|unsplash_access_key'
  + '|bugsnag_(?:android_|ios_)?(?:notifier_)?(?:api_)?key|braze_sdk_(?:api_)?key|code_?push_(?:deployment_)?key|game_?analytics_game_key|game_key|(?:app_?lovin|max)_sdk_key|feature_?flags?_client_key|adyen_client_key'
  + '|contentful_(?:delivery|cda)_(?:api_)?(?:access_)?token|ghost_content_(?:api_)?key|map_?tiler_(?:api_)?key'
  + '|docu_sign_integration_key|sentry_key|optimizely_sdk_key|trello_(?:api_)?key|statsig_client_(?:sdk_)?key|flagsmith_client_(?:side_)?(?:environment_)?key|rollbar_config_access_token|rollbar_client_(?:side_)?(?:access_)?token'
  + '|stream_(?:chat_)?api_key|apps_?flyer_(?:dev_)?key|(?:app|mobile)_?center_(?:app_)?secret|parse_client_key|ovh_(?:application|app)_key|jpush_app_?key|(?:kakao_)?native_app_key|adjust_app_token|instabug_(?:app_|sdk_)?token|zoom_(?:meeting_|video_)?sdk_key)$');

export function isPublicServiceKeyName(snakeName: string): boolean {
  return PUBLIC_SERVICE_KEY.test(snakeName);
}
