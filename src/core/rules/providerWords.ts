/**
 * Services (some 700) whose name, in a variable's name, says whose credential it holds: `hubspotToken`,
 * `KUCOIN_KEY`, `OKTATOKEN`. Written as they appear in names (lower case, no separators).
 *
 * Every provider the rules know is here (a unit test checks it), plus services that issue
 * keys with no shape of their own (UUIDs, hex, random alphanumerics), which only the name tells
 * apart. Words that are also everyday programming words are left out: a `segment_token` or a
 * `heap_key` in a parser is no credential (`render`, `linear`, `modal`, `square`, `lob`, `harness`).
 */
export const PROVIDER_WORDS: readonly string[] = [
  // LLM and AI services
  'openai', 'anthropic', 'claude', 'gemini', 'cohere', 'mistral', 'groq', 'replicate', 'huggingface', 'hf',
  'elevenlabs', 'deepgram', 'assemblyai', 'openrouter', 'perplexity', 'xai', 'tavily', 'serper', 'serpapi', 'jina',
  'voyage', 'fireworks', 'cerebras', 'deepseek', 'anyscale', 'pinecone', 'qdrant', 'weaviate',
  'langsmith', 'langchain', 'langfuse', 'llamaindex', 'helicone', 'wandb', 'kaggle', 'cartesia', 'firecrawl', 'mem0', 'e2b',
  'runpod', 'nvidia', 'ngc', 'neptune', 'daytona', 'apify',
    'togetherai', 'deepinfra', 'octoai', 'stabilityai', 'falai', 'leonardoai', 'ai21', 'alephalpha', 'nebius', 'sambanova',
    'baseten', 'lambdalabs', 'novita', 'clarifai', 'edenai', 'deepai', 'zilliz', 'milvus', 'chromadb',
    'lancedb', 'turbopuffer', 'browserbase', 'scrapingbee', 'scraperapi', 'zenrows', 'brightdata', 'serpstack',
    'speechmatics', 'gladia', 'playht', 'heygen', 'synthesia', 'runwayml', 'midjourney', 'vapi', 'retellai', 'livekit',
    'agora', 'twelvelabs', 'exa', 'privateai', 'deepl', 'wolframalpha',
  // Devices and home automation: their tokens are UUIDs or random strings only the name tells apart.
  'smartthings', 'blynk', 'thingspeak', 'tuya', 'tibber', 'pushover', 'pushbullet', 'netatmo', 'ubidots', 'ecobee',
  'ewelink', 'hubitat', 'octoprint', 'particleio', 'vnc', 'tightvnc', 'realvnc', 'ultravnc',
  // Disk encryption: a recovery password under its name.
  'bitlocker',
  // Blockchain node and indexer providers.
  'getblock', 'thegraph', 'helius', 'covalent',
  // Cloud, hosting and developer platforms
  'google', 'gcp', 'firebase', 'azure', 'aws', 'alibaba', 'aliyun', 'digitalocean', 'heroku', 'netlify', 'vercel',
  'flyio', 'cloudflare', 'fastly', 'akamai', 'scalingo', 'openshift', 'databricks', 'snowflake', 'supabase',
  'planetscale', 'github', 'gitlab', 'bitbucket', 'atlassian', 'jira', 'confluence', 'travis', 'circleci',
  'buildkite', 'jenkins', 'droneci', 'codecov', 'cypress', 'allure', 'reportportal', 'weblate', 'tesla', 'husarnet', 'mercadolibre', 'meli', 'roblox',
  // Media servers and their helpers (a homelab's `sonarr_api_key`, a dashboard widget's `type: sabnzbd`).
  'plex', 'jellyfin', 'emby', 'sonarr', 'radarr', 'prowlarr', 'lidarr', 'readarr', 'bazarr', 'sabnzbd', 'nzbget', 'tautulli', 'overseerr', 'jellyseerr',
  'sonarqube', 'sonar', 'sourcegraph', 'snyk', 'jfrog', 'artifactory',
  'nuget', 'npm', 'pypi', 'rubygems', 'clojars', 'docker', 'dockerhub', 'pulumi', 'terraform', 'hashicorp', 'vault',
  'doppler', 'consul', 'infracost', 'octopus', 'tailscale', 'ngrok', 'bitrix24', 'bitrix', 'postman', 'apollo', 'revenuecat', 'figma', 'linearapp', 'notion', 'airtable',
  'asana', 'trello', 'clickup', 'contentful', 'ghost', 'readme', 'launchdarkly', 'flagsmith', 'statsig',
  'posthog', 'settlemint', 'frameio', 'dropbox', 'adafruit', 'adobe', 'backblaze', 'storj', 'ecmwf', 'onepassword', 'kubernetes', 'k8s',
  'sidekiq', 'symfony', 'browseruse', 'ethereum', 'chocolatey', 'choco', 'ifttt', 'inngest', 'triggerdev', 'cosmos', 'cosmosdb',
    'linode', 'vultr', 'hetzner', 'duckdns', 'porkbun', 'namecheap', 'gandi', 'dnsimple', 'ovh', 'ovhcloud', 'scaleway', 'upcloud', 'exoscale', 'civo', 'equinix', 'ibm',
    'ibmcloud', 'tencent', 'tencentcloud', 'huawei', 'huaweicloud', 'qiniu', 'volcengine', 'railway', 'koyeb',
    'appwrite', 'nhost', 'fauna', 'faunadb', 'mongodb', 'neondb', 'turso', 'cockroachlabs', 'timescale', 'aiven',
    'upstash', 'redislabs', 'rediscloud', 'clickhouse', 'meilisearch', 'typesense', 'twingate', 'zerotier',
    'cloudsmith', 'packagecloud', 'gemfury', 'anaconda', 'quay', 'ghcr', 'spacelift', 'env0', 'scalr', 'argocd',
    'rancher', 'portainer', 'gitea', 'gogs', 'forgejo', 'codeberg', 'sourcehut', 'azuredevops', 'vsts', 'teamcity',
    'appveyor', 'semaphoreci', 'codemagic', 'bitrise', 'expo', 'saucelabs', 'browserstack', 'lambdatest', 'percy',
    'applitools', 'codacy', 'codeclimate', 'coveralls', 'deepsource', 'sonarcloud', 'crowdin', 'lokalise',
    'transifex', 'smartling', 'zeplin', 'miro', 'lucidchart', 'canva', 'webflow', 'wordpress', 'wpengine', 'strapi',
    'storyblok', 'prismic', 'datocms', 'hygraph', 'graphcms', 'buttercms', 'contentstack', 'builderio', 'freemius',
    'looker', 'beamer', 'confluent', 'meraki', 'intra42', 'definednetworking',
  // Identity and auth
  'okta', 'auth0', 'clerk', 'stytch', 'workos', 'onelogin', 'keycloak',
    'authress', 'cognito', 'fusionauth', 'frontegg', 'descope', 'kinde', 'propelauth', 'supertokens', 'zitadel',
    'authentik', 'jumpcloud', 'duosecurity', 'pingidentity', 'pingone', 'cyberark', 'beyondtrust', 'delinea',
    'bitwarden', 'lastpass', 'infisical', 'akeyless', 'conjur',
  // Monitoring and data
  'datadog', 'newrelic', 'sentry', 'bugsnag', 'appcenter', 'rollbar', 'honeybadger', 'pagerduty', 'opsgenie', 'dynatrace',
  'grafana', 'honeycomb', 'axiom', 'logz', 'logdna', 'loggly', 'papertrail', 'sumologic', 'splunk', 'segment', 'mixpanel',
  'amplitude', 'heapanalytics', 'algolia', 'elasticsearch', 'maxmind', 'prefect',
    'raygun', 'airbrake', 'instana', 'appdynamics', 'lightstep', 'signalfx', 'wavefront', 'chronosphere', 'coralogix',
    'logzio', 'sematext', 'mezmo', 'betterstack', 'betteruptime', 'logtail', 'uptimerobot', 'pingdom', 'statuspage',
    'statuscake', 'checkly', 'cronitor', 'hotjar', 'fullstory', 'logrocket', 'pendo', 'optimizely', 'configcat',
    'devcycle', 'growthbook', 'unleash', 'chef', 'splitio', 'keenio', 'librato', 'scoutapm', 'appsignal', 'graylog', 'influxdb',
    'tinybird', 'rudderstack', 'mparticle', 'snowplow', 'matomo', 'countly', 'appsflyer', 'branchio',
    'kochava', 'crashlytics', 'instabug', 'nightfall', 'gitguardian', 'detectify', 'shodan', 'censys', 'virustotal', 'rocketchat', 'sentinelone', 'lacework', 'tines', 'metasploit',
    'securitytrails', 'greynoise', 'abuseipdb', 'urlscan', 'haveibeenpwned', 'hibp', 'alienvault', 'hunterio',
    'clearbit', 'zoominfo', 'fullcontact', 'peopledatalabs', 'rocketreach', 'sonatype', 'veracode', 'checkmarx',
    'semgrep',
  // Payments, commerce and finance
  'stripe', 'paypal', 'braintree', 'plaid', 'squareup', 'adyen', 'mollie', 'paddle', 'paystack',
  'flutterwave', 'razorpay', 'gocardless', 'shopify', 'coinbase', 'binance', 'kraken', 'kucoin', 'bittrex',
  'finicity', 'alpaca', 'polygon', 'finnhub', 'etherscan', 'infura', 'alchemy', 'moralis', 'pinata', 'duffel', 'mercury',
  'easypost', 'shippo', 'squarespace', 'etsy', 'ebay',
    'authorizenet', 'cybersource', 'worldpay', 'checkoutcom', 'klarna', 'afterpay', 'transferwise', 'revolut',
    'payoneer', 'chargebee', 'recurly', 'lemonsqueezy', 'gumroad', 'fastspring', 'zuora', 'avalara', 'taxjar',
    // Regional payment, messaging and AI services (their keys are random strings only the name tells apart).
    'naver', 'kakao', 'dlocal', 'nhn', 'phonepe', 'culqi', 'wompi', 'conekta', 'epayco', 'payu', 'iyzico', 'przelewy24', 'yookassa',
    'tinkoff', 'sber', 'mpesa', 'daraja', 'gcash', 'payjp', 'komoju', 'alipay', 'wxpay', 'baidu', 'qianfan', 'dashscope', 'zhipu',
    'moonshot', 'minimax', 'siliconflow', 'asaas', 'cielo', 'getnet', 'monnify', 'africastalking', 'interswitch', 'chatwork', 'smsru',
    'dadata', 'amocrm', 'openpay', 'multisafepay', 'sift', 'marqeta', 'sumsub', 'jumio', 'onfido',
    'shipstation', 'shipengine', 'aftership', 'mercadopago', 'pagseguro', 'paytm', 'cashfree', 'instamojo', 'midtrans', 'tosspayments', 'omise',
    'xendit', 'paymongo', 'dwolla', 'wepay', 'marqeta', 'moderntreasury', 'brex', 'quickbooks', 'intuit', 'xero',
    'netsuite', 'gusto', 'rippling', 'bamboohr', 'coinmarketcap', 'coingecko', 'cryptocompare', 'messari', 'glassnode',
    'bscscan', 'polygonscan', 'arbiscan', 'snowtrace', 'quicknode', 'ankr', 'chainstack', 'tenderly',
    'opensea', 'walletconnect', 'web3auth', 'thirdweb', 'blocknative', 'bitfinex', 'bitmex', 'bitstamp', 'bybit', 'okx',
    'huobi', 'gateio', 'poloniex', 'deribit', 'alphavantage', 'iexcloud', 'quandl', 'tiingo', 'twelvedata',
    'marketstack', 'intrinio', 'tradier', 'oanda', 'polygonio', 'openexchangerates', 'currencylayer', 'amazon',
    'walmart', 'bigcommerce', 'woocommerce', 'magento', 'prestashop', 'ecwid', 'snipcart', 'commercelayer', 'printful',
    'printify', 'postgrid', 'usps', 'fedex',
  // Messaging, email and social
  'twilio', 'sendgrid', 'mailgun', 'mailchimp', 'mandrill', 'mailjet', 'mailersend', 'postmark', 'sparkpost',
  'brevo', 'sendinblue', 'resend', 'vonage', 'nexmo', 'messagebird', 'sendbird', 'getstream', 'pusher', 'pubnub', 'ably',
  'onesignal', 'intercom', 'zendesk', 'unity', 'calcom', 'drift', 'kustomer', 'freshdesk', 'freshbooks', 'hubspot', 'salesforce', 'slack', 'discord',
  'telegram', 'nats', 'mattermost', 'gitter', 'twitter', 'facebook', 'instagram', 'linkedin', 'youtube', 'twitch',
  'spotify', 'flickr', 'tumblr', 'reddit', 'nytimes', 'typeform', 'zapier', 'yandex', 'vk', 'mapbox',
  'openweather', 'weather', 'bing', 'rapidapi', 'tmdb', 'omdb', 'newsapi', 'cloudinary',
    'klaviyo', 'customerio', 'braze', 'novu', 'plivo', 'telnyx', 'sinch', 'textmagic', 'clicksend',
    'bulksms', 'nylas', 'helpscout', 'gorgias', 'tawk', 'livechat', 'freshworks', 'zoho', 'pipedrive', 'closeio', 'civicrm',
    'freshsales', 'insightly', 'infusionsoft', 'activecampaign', 'convertkit', 'getresponse', 'aweber',
    'constantcontact', 'moosend', 'omnisend', 'mailerlite', 'emailoctopus', 'sendpulse', 'elasticemail', 'smtp2go',
    'socketlabs', 'pepipost', 'mailtrap', 'mailosaur', 'mailslurp', 'zerobounce', 'neverbounce', 'calendly', 'docusign',
    'hellosign', 'pandadoc', 'basecamp', 'wrike', 'smartsheet', 'todoist', 'evernote', 'toggl', 'clockify', 'wakatime',
    'gitpod', 'replit', 'codesandbox', 'webex', 'ringcentral', 'dialpad', 'aircall', 'vimeo', 'soundcloud', 'pinterest',
    'snapchat', 'tiktok', 'whatsapp', 'viber', 'mastodon', 'bluesky', 'devto', 'producthunt', 'stackexchange', 'steam',
    'riotgames', 'battlenet', 'roblox', 'steam', 'steamworks', 'discogs', 'lastfm', 'musixmatch', 'deezer', 'nasa', 'noaa', 'copernicus', 'cdsapi', 'entrez', 'ncbi', 'earthdata', 'perforce', 'gnews', 'mediastack',
    'giphy', 'tenor', 'unsplash', 'pexels', 'pixabay', 'shutterstock', 'imgur', 'imgix', 'imagekit', 'uploadcare',
    'filestack', 'transloadit', 'wistia', 'jwplayer', 'brightcove', 'bitly', 'rebrandly', 'heremaps', 'tomtom',
    'mapquest', 'thunderforest', 'maptiler', 'cesium', 'arcgis', 'openrouteservice', 'geoapify', 'opencage', 'positionstack', 'ipinfo', 'ipstack', 'ipgeolocation',
    'ipdata', 'abstractapi', 'numverify', 'accuweather', 'weatherapi', 'weatherbit', 'weatherstack', 'tomorrowio',
    'visualcrossing', 'yelp', 'foursquare', 'amadeus', 'aviationstack', 'ticketmaster', 'eventbrite', 'strava',
    'fitbit', 'dingtalk', 'wecom', 'feishu', 'larksuite', 'wechat', 'linenotify', 'vkontakte',
];

/** `HubSpot`, `Fly.io`, `Weights & Biases` → `hubspot`, `flyio`, `weightsbiases`: a provider name as a name word. */
export function providerWord(provider: string): string {
  return provider.toLowerCase().replace(/[^a-z0-9]/g, '');
}
