import { contextual, prefixed } from './define';
import type { Rule } from '../types';

export const mlPlatformRules: Rule[] = [
  {
    id: 'kaggle-api-key', provider: 'Kaggle', title: 'Kaggle API key',
    source: 'provider docs: Kaggle API docs (~/.kaggle/kaggle.json holds {"username", "key"}; KAGGLE_USERNAME/KAGGLE_KEY); 32 hex observed',
    keywords: [], // the file decides: read whole
    paths: /(?:^|\/)kaggle\.json$/i,
    pattern: /"key"\s{0,4}:\s{0,4}"(?<secret>[0-9a-f]{32})"/,
    confidence: 'provider', severity: 'error',
    envVar: 'KAGGLE_KEY', rotateUrl: 'https://www.kaggle.com/settings',
    description: 'The key of a kaggle.json API credentials file: downloads competition data and submits, publishes datasets and notebooks as the user.',
  },
  prefixed({
    id: 'huggingface-token', provider: 'Hugging Face', title: 'Hugging Face access token',
    source: 'provider docs: huggingface.co/docs/hub/security-tokens (hf_ tokens); length observed',
    prefix: 'hf_', body: '[A-Za-z0-9]{34}',
    envVar: 'HF_TOKEN', rotateUrl: 'https://huggingface.co/settings/tokens',
    description: 'Hugging Face user access token (hf_…): reads (or writes) models, datasets and Spaces as the user.',
  }),
  prefixed({
    id: 'huggingface-org-token', provider: 'Hugging Face', title: 'Hugging Face organization API token (legacy)',
    source: 'provider docs: hub-docs PR #913 (legacy api_org_ tokens deprecated 2023)',
    prefix: 'api_org_', body: '[A-Za-z0-9]{34}',
    envVar: 'HF_TOKEN', rotateUrl: 'https://huggingface.co/settings/organizations',
    description: 'Legacy Hugging Face organization API token (api_org_…).',
  }),
  prefixed({
    id: 'replicate-api-token', provider: 'Replicate', title: 'Replicate API token',
    source: 'observed shape (r8_ + 37)',
    prefix: 'r8_', body: '[A-Za-z0-9]{37}',
    envVar: 'REPLICATE_API_TOKEN', rotateUrl: 'https://replicate.com/account/api-tokens',
    description: 'Replicate API token (r8_ + 37 characters); billable model runs.',
  }),
  prefixed({
    id: 'langsmith-api-key', provider: 'LangChain', title: 'LangSmith API key',
    source: 'observed shape (lsv2_pt_/lsv2_sk_ + 32 hex + _ + 10 hex)',
    prefix: ['lsv2_pt_', 'lsv2_sk_'], body: '[a-f0-9]{32}_[a-f0-9]{10}',
    envVar: 'LANGSMITH_API_KEY', rotateUrl: 'https://smith.langchain.com/settings',
    description: 'LangSmith personal (lsv2_pt_) or service (lsv2_sk_) API key: reads traces, which often hold prompts and user data.',
  }),
  prefixed({
    id: 'pinecone-api-key', provider: 'Pinecone', title: 'Pinecone API key',
    source: 'observed shape (pcsk_ + id + _ + secret)',
    prefix: 'pcsk_', body: '[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,90}',
    envVar: 'PINECONE_API_KEY', rotateUrl: 'https://app.pinecone.io/organizations/-/projects/-/keys',
    description: 'Pinecone API key (pcsk_…): read/write access to a project\'s indexes.',
  }),
  contextual({
    id: 'pinecone-legacy-api-key', provider: 'Pinecone', title: 'Pinecone API key (legacy UUID)',
    source: 'observed shape (UUID keys before pcsk_)',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', near: /pinecone/i, chars: 300,
    keywords: ['pinecone'],
    // Many UUIDs sit near the word (index ids, project ids): only those under a key-ish name count.
    validate: (_v, ctx, m) => /(?:api[-_]?key|apikey|secret|token)["'\]]?\s{0,3}[:=(]/i.test(ctx.text.slice(Math.max(0, m.start - 60), m.start)),
    envVar: 'PINECONE_API_KEY', rotateUrl: 'https://app.pinecone.io/organizations/-/projects/-/keys',
    description: 'Older Pinecone API key (a UUID) assigned to an API-key name next to a Pinecone client.',
  }),
];
