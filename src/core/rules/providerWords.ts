/**
 * Services whose name, in a variable's name, says whose credential it holds: `hubspotToken`,
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
  'langsmith', 'langchain', 'langfuse', 'llamaindex', 'helicone', 'wandb', 'cartesia', 'firecrawl', 'mem0', 'e2b',
  'runpod', 'nvidia', 'ngc', 'neptune', 'daytona', 'apify',
  // Cloud, hosting and developer platforms
  'google', 'gcp', 'firebase', 'azure', 'aws', 'alibaba', 'aliyun', 'digitalocean', 'heroku', 'netlify', 'vercel',
  'flyio', 'cloudflare', 'fastly', 'akamai', 'scalingo', 'openshift', 'databricks', 'snowflake', 'supabase',
  'planetscale', 'github', 'gitlab', 'bitbucket', 'atlassian', 'jira', 'confluence', 'travis', 'circleci',
  'buildkite', 'jenkins', 'droneci', 'codecov', 'sonarqube', 'sonar', 'sourcegraph', 'snyk', 'jfrog', 'artifactory',
  'nuget', 'npm', 'pypi', 'rubygems', 'clojars', 'docker', 'dockerhub', 'pulumi', 'terraform', 'hashicorp', 'vault',
  'doppler', 'infracost', 'octopus', 'tailscale', 'ngrok', 'postman', 'figma', 'linearapp', 'notion', 'airtable',
  'asana', 'trello', 'clickup', 'contentful', 'readme', 'launchdarkly', 'flagsmith', 'statsig',
  'posthog', 'settlemint', 'frameio', 'dropbox', 'adafruit', 'adobe', 'backblaze', 'onepassword', 'kubernetes', 'k8s',
  'sidekiq', 'browseruse', 'ethereum',
  // Identity and auth
  'okta', 'auth0', 'clerk', 'stytch', 'workos', 'onelogin', 'keycloak',
  // Monitoring and data
  'datadog', 'newrelic', 'sentry', 'bugsnag', 'rollbar', 'honeybadger', 'pagerduty', 'opsgenie', 'dynatrace',
  'grafana', 'honeycomb', 'axiom', 'logdna', 'loggly', 'papertrail', 'sumologic', 'splunk', 'segment', 'mixpanel',
  'amplitude', 'heapanalytics', 'algolia', 'elasticsearch', 'maxmind', 'prefect',
  // Payments, commerce and finance
  'stripe', 'paypal', 'braintree', 'plaid', 'squareup', 'adyen', 'mollie', 'paddle', 'paystack',
  'flutterwave', 'razorpay', 'gocardless', 'shopify', 'coinbase', 'binance', 'kraken', 'kucoin', 'bittrex',
  'finicity', 'alpaca', 'polygon', 'finnhub', 'etherscan', 'infura', 'alchemy', 'moralis', 'pinata', 'duffel',
  'easypost', 'shippo', 'squarespace', 'etsy', 'ebay',
  // Messaging, email and social
  'twilio', 'sendgrid', 'mailgun', 'mailchimp', 'mandrill', 'mailjet', 'mailersend', 'postmark', 'sparkpost',
  'brevo', 'sendinblue', 'resend', 'vonage', 'nexmo', 'messagebird', 'sendbird', 'pusher', 'pubnub', 'ably',
  'onesignal', 'intercom', 'zendesk', 'freshdesk', 'freshbooks', 'hubspot', 'salesforce', 'slack', 'discord',
  'telegram', 'mattermost', 'gitter', 'twitter', 'facebook', 'instagram', 'linkedin', 'youtube', 'twitch',
  'spotify', 'flickr', 'tumblr', 'reddit', 'nytimes', 'typeform', 'zapier', 'yandex', 'mapbox',
  'openweather', 'weather', 'bing', 'rapidapi', 'tmdb', 'omdb', 'newsapi', 'cloudinary',
];

/** `HubSpot`, `Fly.io`, `Weights & Biases` → `hubspot`, `flyio`, `weightsbiases`: a provider name as a name word. */
export function providerWord(provider: string): string {
  return provider.toLowerCase().replace(/[^a-z0-9]/g, '');
}
