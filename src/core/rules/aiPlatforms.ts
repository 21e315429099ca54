/**
 * The rest of the AI stack: inference hosts, speech and voice APIs, vector databases and ML
 * tooling. Most of these keys have no documented prefix; they only count next to the
 * provider's name and under a key name (`providerKey`). Where a prefix exists it is noted with
 * the strength of its source.
 */

import { decodeBase64, shannonEntropy } from '../text';
import { prefixed, providerKey } from './define';
import type { Rule } from '../types';

const LEAD = 'observed shape (provider docs name the key but not its format): a lead, verified against our own labelled cases';

export const aiPlatformRules: Rule[] = [
  providerKey({
    id: 'fireworks-api-key', provider: 'Fireworks AI', title: 'Fireworks AI API key',
    // Newer keys start `fw_`; older ones are bare alphanumerics: both only next to a Fireworks name.
    body: '(?:fw_)?[A-Za-z0-9]{24,48}', near: /fireworks/i, keywords: ['reworks'], ownPrefix: 'fw_',
    source: `Fireworks docs (docs.fireworks.ai, API keys: shown once, FIREWORKS_API_KEY); ${LEAD}`,
    envVar: 'FIREWORKS_API_KEY', rotateUrl: 'https://app.fireworks.ai/settings/users/api-keys',
    description: 'Fireworks AI API key under a key name next to FIREWORKS_API_KEY or the Fireworks client: billable inference.',
  }),
  providerKey({
    id: 'fal-api-key', provider: 'fal.ai', title: 'fal.ai API key',
    // `<key id>:<key secret>`: a UUID (the id `fal keys revoke` takes) and 32 hex; only next to a fal name.
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[0-9a-f]{32}', chars: 200,
    near: /FAL_KEY|\bfal(?:_client|\.ai|-ai)\b/i, keywords: ['fal_key', 'fal_client', 'fal.ai', 'fal-ai'],
    source: `fal docs (fal.ai/docs, authentication: FAL_KEY; \`fal keys revoke <key_id>\`); id:secret layout is a ${LEAD}`,
    envVar: 'FAL_KEY', rotateUrl: 'https://fal.ai/dashboard/keys',
    description: 'fal.ai API key (<key id>:<secret>) under FAL_KEY or next to the fal client: billable model calls, and deploys with ADMIN scope.',
  }),
  {
    id: 'deepl-free-api-key', provider: 'DeepL', title: 'DeepL API Free key',
    // (A Pro key is the UUID alone: the generic rule reads it under its name.)
    source: 'provider docs: developers.deepl.com, authentication (a key is a UUID; DeepL API Free keys end in `:fx`)',
    keywords: [':fx'],
    pattern: /(?<![\w-])(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx)(?![\w-])/,
    validate: value => !/^([0-9a-f])\1{7}-/.test(value) && shannonEntropy(value.slice(0, 36).replace(/-/g, '')) >= 2.9,
    confidence: 'provider', severity: 'error',
    envVar: 'DEEPL_AUTH_KEY', rotateUrl: 'https://www.deepl.com/your-account/keys',
    description: 'DeepL API Free authentication key (<uuid>:fx), anywhere: it spends the account\'s translation quota.',
  },
  prefixed({
    id: 'cerebras-api-key', provider: 'Cerebras', title: 'Cerebras API key',
    prefix: 'csk-', body: '[a-z0-9]{40,56}',
    validate: value => /[0-9]/.test(value.slice(4)) && /[a-z]/.test(value.slice(4)),
    source: `Cerebras inference docs (CEREBRAS_API_KEY); csk- prefix is a ${LEAD}`,
    envVar: 'CEREBRAS_API_KEY', rotateUrl: 'https://cloud.cerebras.ai/platform/',
    description: 'Cerebras inference API key (csk-…): billable inference.',
  }),
  providerKey({
    id: 'voyage-api-key', provider: 'Voyage AI', title: 'Voyage AI API key',
    // `pa-` is too short a prefix to trust alone: only next to a Voyage name.
    body: 'pa-[A-Za-z0-9_-]{40,48}', near: /voyage/i, keywords: ['voyage'],
    source: `Voyage AI docs (docs.voyageai.com, VOYAGE_API_KEY); pa- prefix is a ${LEAD}`,
    envVar: 'VOYAGE_API_KEY', rotateUrl: 'https://dashboard.voyageai.com/api-keys',
    description: 'Voyage AI embeddings API key (pa-…) next to a Voyage client or VOYAGE_API_KEY name.',
  }),
  prefixed({
    id: 'elevenlabs-api-key', provider: 'ElevenLabs', title: 'ElevenLabs API key',
    prefix: 'sk_', body: '[a-f0-9]{48}',
    source: `ElevenLabs API reference (xi-api-key header, ELEVENLABS_API_KEY); sk_ + 48 hex is a ${LEAD}`,
    envVar: 'ELEVENLABS_API_KEY', rotateUrl: 'https://elevenlabs.io/app/settings/api-keys',
    description: 'ElevenLabs API key (sk_ + 48 hex): billable voice generation and access to cloned voices.',
  }),
  providerKey({
    id: 'elevenlabs-legacy-api-key', provider: 'ElevenLabs', title: 'ElevenLabs API key (legacy)',
    body: '[a-f0-9]{32}', near: /elevenlabs|eleven_labs|xi[-_]api[-_]key/i, keywords: ['enlabs', 'n_labs', 'xi-api-key', 'xi_api_key'],
    source: `ElevenLabs API reference (xi-api-key header); 32-hex legacy shape is a ${LEAD}`,
    envVar: 'ELEVENLABS_API_KEY', rotateUrl: 'https://elevenlabs.io/app/settings/api-keys',
    description: 'Older ElevenLabs API key (32 hex) under a key name next to ElevenLabs usage or an xi-api-key header.',
  }),
  providerKey({
    id: 'assemblyai-api-key', provider: 'AssemblyAI', title: 'AssemblyAI API key',
    body: '[a-f0-9]{32}', near: /assemblyai|assembly_ai/i, keywords: ['mblyai', 'mbly_ai'],
    source: `AssemblyAI docs (ASSEMBLYAI_API_KEY, authorization header); 32-hex shape is a ${LEAD}`,
    envVar: 'ASSEMBLYAI_API_KEY', rotateUrl: 'https://www.assemblyai.com/app/api-keys',
    description: 'AssemblyAI API key (32 hex) under a key name next to AssemblyAI usage: billable transcription and access to transcripts.',
  }),
  providerKey({
    id: 'deepgram-api-key', provider: 'Deepgram', title: 'Deepgram API key',
    body: '[a-f0-9]{40}', near: /deepgram/i, keywords: ['deepgram'],
    source: `Deepgram docs (DEEPGRAM_API_KEY, "Authorization: Token …"); 40-hex shape is a ${LEAD}`,
    envVar: 'DEEPGRAM_API_KEY', rotateUrl: 'https://console.deepgram.com/',
    description: 'Deepgram API key (40 hex) under a key name next to Deepgram usage: billable speech-to-text.',
  }),
  prefixed({
    id: 'anyscale-api-key', provider: 'Anyscale', title: 'Anyscale API key',
    prefix: 'esecret_', body: '[A-Za-z0-9]{24,48}',
    source: `Anyscale docs (ANYSCALE_API_KEY); esecret_ prefix is a ${LEAD}`,
    envVar: 'ANYSCALE_API_KEY', rotateUrl: 'https://console.anyscale.com/',
    description: 'Anyscale API key (esecret_…): runs jobs and endpoints on the account.',
  }),
  providerKey({
    id: 'modal-token-secret', provider: 'Modal', title: 'Modal token secret',
    // Token ids (`ak-`) are identifiers; the `as-` secret is what grants access.
    body: 'as-[A-Za-z0-9]{20,32}', near: /modal/i, keywords: ['odal_token', 'odal-token', 'odal.com', 'token_secret', 'from_credentials('],
    // (Or the argument after its token id: `modal.Client.from_credentials("ak-…", "as-…")`.)
    argumentAfter: /(?<![A-Za-z0-9-])ak-[A-Za-z0-9]{20,32}["'`][ \t]{0,3},\s{0,40}["'`]$/,
    source: `Modal docs (MODAL_TOKEN_ID / MODAL_TOKEN_SECRET, ~/.modal.toml); ak-/as- prefixes are a ${LEAD}`,
    envVar: 'MODAL_TOKEN_SECRET', rotateUrl: 'https://modal.com/settings/tokens',
    description: 'Modal token secret (as-…) next to its token id or MODAL_TOKEN_SECRET: runs code and reads secrets of the workspace.',
  }),
  providerKey({
    id: 'wandb-api-key', provider: 'Weights & Biases', title: 'Weights & Biases API key',
    // (Its short name too: `W&B key for the sweep agents: …`.)
    body: '(?:[a-z0-9]{1,20}-)?[a-f0-9]{40}', near: /wandb|weights\s?&\s?biases|\bW&B\b/i, keywords: ['wandb', 'w&b', 'biases'],
    schemeBefore: /\bwandb[ \t]{1,4}login[ \t]{1,4}(?:--relogin[ \t]{1,4})?$/, // the CLI's login takes the key
    source: `W&B docs (WANDB_API_KEY, stored in ~/.netrc for api.wandb.ai); 40-hex shape (with an optional "<host>-" prefix on dedicated instances) is a ${LEAD}`,
    envVar: 'WANDB_API_KEY', rotateUrl: 'https://wandb.ai/authorize',
    description: 'Weights & Biases API key (40 hex) under a key name next to wandb usage: reads and writes runs, artifacts and models.',
  }),
  providerKey({
    id: 'qdrant-api-key', provider: 'Qdrant', title: 'Qdrant API key',
    body: '[A-Za-z0-9_|.-]{32,120}', near: /qdrant/i, keywords: ['qdrant'],
    // Free-form keys: only random-looking ones (snake_case names such as collection ids are not keys).
    also: value => shannonEntropy(value) >= 3.5 && /[A-Z]/.test(value) && /[0-9].*[0-9]/.test(value),
    source: `Qdrant docs (QDRANT_API_KEY, api-key header); free-form shape is a ${LEAD}`,
    envVar: 'QDRANT_API_KEY', rotateUrl: 'https://cloud.qdrant.io/',
    description: 'Qdrant (Cloud) API key under a key name next to Qdrant usage: reads and writes collections.',
  }),
  providerKey({
    id: 'weaviate-api-key', provider: 'Weaviate', title: 'Weaviate API key',
    body: '[A-Za-z0-9+/_-]{32,96}={0,2}', near: /weaviate/i, tokenChars: 'A-Za-z0-9_+/=-', keywords: ['weaviate'],
    source: `Weaviate docs (WEAVIATE_API_KEY, AuthApiKey); free-form shape is a ${LEAD}`,
    envVar: 'WEAVIATE_API_KEY', rotateUrl: 'https://console.weaviate.cloud/',
    description: 'Weaviate (Cloud) API key under a key name next to Weaviate usage: reads and writes the cluster\'s data.',
  }),
  providerKey({
    id: 'exa-api-key', provider: 'Exa', title: 'Exa API key',
    // The SDKs take it as their first argument (`Exa("…")`, `new Exa('…')`) or under its name (`EXA_API_KEY`).
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', near: /\bexa(?:_py|-js)?\b|exa[-_]?api[-_]?key/i, chars: 300,
    keywords: ['exa(', 'exa_api_key', 'exa-api-key', 'exaapikey'],
    source: `Exa docs, quickstart (EXA_API_KEY; exa_py's Exa(api_key), exa-js's new Exa(key)); the UUID shape is a ${LEAD}`,
    envVar: 'EXA_API_KEY', rotateUrl: 'https://dashboard.exa.ai/api-keys',
    description: 'Exa search API key (a UUID) passed to the Exa SDK or under its name: billable web search and crawling.',
  }),
  prefixed({
    id: 'tavily-api-key', provider: 'Tavily', title: 'Tavily API key',
    prefix: 'tvly-', body: '(?:dev-|prod-)?[A-Za-z0-9]{30,40}',
    validate: value => /[0-9]/.test(value) && /[A-Za-z]/.test(value.slice(5)),
    source: `Tavily docs (quickstart placeholder tvly-YOUR_API_KEY, Authorization: Bearer); key body ${LEAD}`,
    envVar: 'TAVILY_API_KEY', rotateUrl: 'https://app.tavily.com/home',
    description: 'Tavily search API key (tvly-…): billable web search for agents.',
  }),
  prefixed({
    id: 'langfuse-secret-key', provider: 'Langfuse', title: 'Langfuse secret key',
    // `pk-lf-` keys are public by design; only the secret half is reported.
    prefix: 'sk-lf-', body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    source: 'provider docs: langfuse.com get-started (LANGFUSE_SECRET_KEY="sk-lf-…", LANGFUSE_PUBLIC_KEY="pk-lf-…"); UUID body observed',
    envVar: 'LANGFUSE_SECRET_KEY', rotateUrl: 'https://cloud.langfuse.com/',
    description: 'Langfuse secret key (sk-lf-…): reads every trace, prompt and completion the project logged.',
  }),
  prefixed({
    id: 'nvidia-api-key', provider: 'NVIDIA', title: 'NVIDIA API key',
    prefix: 'nvapi-', body: '[A-Za-z0-9_-]{60,70}', bodyMixes: true,
    source: 'provider docs: NVIDIA NeMo Retriever / RAG API key pages (keys "typically" start nvapi-, NVIDIA_API_KEY); length is ' + LEAD,
    envVar: 'NVIDIA_API_KEY', rotateUrl: 'https://org.ngc.nvidia.com/setup/api-keys',
    description: 'NVIDIA API catalog / NGC key (nvapi-…): billable inference on build.nvidia.com and access to NGC.',
  }),
  prefixed({
    id: 'jina-api-key', provider: 'Jina AI', title: 'Jina AI API key',
    prefix: 'jina_', body: '[A-Za-z0-9_-]{56,64}', bodyMixes: true,
    source: 'Jina meta-prompt (JINA_API_KEY); jina_ prefix and length are ' + LEAD,
    envVar: 'JINA_API_KEY', rotateUrl: 'https://jina.ai/api-dashboard',
    description: 'Jina AI API key (jina_…): billable embeddings, reranking and reader calls.',
  }),
  prefixed({
    id: 'runpod-api-key', provider: 'RunPod', title: 'RunPod API key',
    prefix: 'rpa_', body: '[A-Za-z0-9]{30,64}', bodyMixes: true,
    source: 'provider blog: RunPod scoped API keys (rpa_ prefix since Nov 2024); length is ' + LEAD,
    envVar: 'RUNPOD_API_KEY', rotateUrl: 'https://www.runpod.io/console/user/settings',
    description: 'RunPod API key (rpa_…): starts GPU pods and serverless jobs on the account\'s bill.',
  }),
  prefixed({
    id: 'daytona-api-key', provider: 'Daytona', title: 'Daytona API key',
    prefix: 'dtn_', body: '[a-f0-9]{64}',
    source: 'provider source: daytonaio/daytona apps/api api-key.ts (dtn_ + 32 random bytes as hex)',
    envVar: 'DAYTONA_API_KEY', rotateUrl: 'https://app.daytona.io/dashboard/keys',
    description: 'Daytona API key (dtn_…): creates sandboxes and runs code in them on the account\'s bill.',
  }),
  prefixed({
    id: 'e2b-api-key', provider: 'E2B', title: 'E2B API key',
    prefix: 'e2b_', body: '[a-f0-9]{32,64}',
    source: 'provider source: E2B JS SDK validateApiKey (e2b_ + lower-case hex); 40 hex in the SDK example',
    envVar: 'E2B_API_KEY', rotateUrl: 'https://e2b.dev/dashboard',
    description: 'E2B API key (e2b_…): starts code-interpreter sandboxes on the account\'s bill.',
  }),
  prefixed({
    id: 'helicone-api-key', provider: 'Helicone', title: 'Helicone API key',
    prefix: ['sk-helicone-', 'pk-helicone-'], body: '(?:(?:eu|rl|cp)-){0,2}[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}',
    source: 'provider docs: docs.helicone.ai helicone-auth (sk-helicone-/pk-helicone- keys, region and rate-limit tags); four groups of 7 from the provider\'s key format',
    envVar: 'HELICONE_API_KEY', rotateUrl: 'https://us.helicone.ai/settings/api-keys',
    description: 'Helicone API key (sk-helicone-…): reads the logged LLM requests, which hold prompts and responses.',
  }),
  {
    id: 'neptune-api-token', provider: 'Neptune.ai', title: 'Neptune.ai API token',
    source: 'provider source: neptune-client credentials (the token is base64 JSON with api_address and api_key), checked by decoding',
    keywords: ['eyjhcglfywrkcmvzcyi6'],
    pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{40,600}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (value) => /"api_key"\s*:\s*"[^"]{16,}"/.test(decodeBase64(value) ?? ''),
    confidence: 'verified-format', severity: 'error',
    envVar: 'NEPTUNE_API_TOKEN', rotateUrl: 'https://app.neptune.ai/',
    description: 'Neptune.ai API token (base64 JSON with an api_key): reads and writes the workspace\'s experiment runs.',
  },
  prefixed({
    id: 'cartesia-api-key', provider: 'Cartesia', title: 'Cartesia API key',
    prefix: 'sk_car_', body: '[A-Za-z0-9]{20,40}', bodyMixes: true,
    source: 'Cartesia skills repo (sk_car_… keys, CARTESIA_API_KEY); length is ' + LEAD,
    envVar: 'CARTESIA_API_KEY', rotateUrl: 'https://play.cartesia.ai/keys',
    description: 'Cartesia API key (sk_car_…): billable text-to-speech and voice cloning.',
  }),
  prefixed({
    id: 'llamacloud-api-key', provider: 'LlamaIndex', title: 'LlamaCloud API key',
    prefix: 'llx-', body: '[A-Za-z0-9]{40,60}', bodyMixes: true,
    source: 'LlamaIndex docs (LLAMA_CLOUD_API_KEY, llx-… example); length is ' + LEAD,
    envVar: 'LLAMA_CLOUD_API_KEY', rotateUrl: 'https://cloud.llamaindex.ai/api-key',
    description: 'LlamaCloud API key (llx-…): billable parsing and reads the indexed documents.',
  }),
  prefixed({
    id: 'firecrawl-api-key', provider: 'Firecrawl', title: 'Firecrawl API key',
    prefix: 'fc-', body: '[a-f0-9]{32}',
    source: 'Firecrawl API docs (fc-… example, FIRECRAWL_API_KEY); 32 hex is ' + LEAD,
    envVar: 'FIRECRAWL_API_KEY', rotateUrl: 'https://www.firecrawl.dev/app/api-keys',
    description: 'Firecrawl API key (fc-…): billable crawling and scraping.',
  }),
  prefixed({
    id: 'mem0-api-key', provider: 'Mem0', title: 'Mem0 API key',
    prefix: 'm0-', body: '[A-Za-z0-9]{40}', bodyMixes: true,
    source: 'Mem0 docs (m0-… example, MEM0_API_KEY); 40 characters is ' + LEAD,
    envVar: 'MEM0_API_KEY', rotateUrl: 'https://app.mem0.ai/dashboard/api-keys',
    description: 'Mem0 API key (m0-…): reads and writes the memories stored for the app\'s users.',
  }),
  prefixed({
    id: 'wandb-api-key-v1', provider: 'Weights & Biases', title: 'Weights & Biases API key',
    prefix: 'wandb_v1_', body: '[A-Za-z0-9_]{60,100}', bodyMixes: true,
    source: 'W&B docs: docs.wandb.ai/models/ref/cli/wandb-login (keys issued in the wandb_v1_ format, about 86 to 92 characters)',
    envVar: 'WANDB_API_KEY', rotateUrl: 'https://wandb.ai/authorize',
    description: 'Weights & Biases API key in the wandb_v1_ format: reads and writes runs, artifacts and models.',
  }),
  prefixed({
    id: 'browser-use-api-key', provider: 'Browser Use', title: 'Browser Use API key',
    prefix: 'bu_', body: '[A-Za-z0-9_-]{40,50}', bodyMixes: true,
    source: 'Browser Use Cloud docs: docs.browser-use.com/cloud/api-reference (keys start with bu_, X-Browser-Use-API-Key); 43 characters is ' + LEAD,
    envVar: 'BROWSER_USE_API_KEY', rotateUrl: 'https://cloud.browser-use.com/settings',
    description: 'Browser Use Cloud API key (bu_…): runs billable browser agents on the account.',
  }),
];
