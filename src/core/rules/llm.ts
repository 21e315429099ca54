import { isIdentifierOrPath } from '../filters';
import { contextual, mixesLettersAndDigits, prefixed } from './define';
import type { Rule } from '../types';

/**
 * Random keys mix letters and digits; hex-only strings of these lengths are usually digests, and
 * word-shaped ones (`Text2VecGoogleGeminiConfig`) are code identifiers.
 */
const notADigest = (value: string) => mixesLettersAndDigits(value) && !/^[0-9a-f]+$/i.test(value) && !isIdentifierOrPath(value);

export const llmRules: Rule[] = [
  contextual({
    id: 'cohere-api-key', provider: 'Cohere', title: 'Cohere API key',
    source: 'observed shape (40 alphanumerics); Cohere docs name CO_API_KEY',
    body: '[A-Za-z0-9]{40}', near: /cohere|co_api_key/i,
    keywords: ['cohere', 'co_api_key'],
    validate: notADigest,
    envVar: 'CO_API_KEY', rotateUrl: 'https://dashboard.cohere.com/api-keys',
    description: 'Cohere API key (40 alphanumerics) next to a Cohere client or CO_API_KEY/COHERE_API_KEY name.',
  }),
  contextual({
    id: 'mistral-api-key', provider: 'Mistral AI', title: 'Mistral AI API key',
    source: 'observed shape (32 alphanumerics); Mistral docs name MISTRAL_API_KEY',
    body: '[A-Za-z0-9]{32}', near: /mistral/i,
    keywords: ['mistral'],
    validate: notADigest,
    envVar: 'MISTRAL_API_KEY', rotateUrl: 'https://console.mistral.ai/api-keys',
    description: 'Mistral AI API key (32 alphanumerics) next to a Mistral client or MISTRAL_API_KEY name.',
  }),
  contextual({
    id: 'deepseek-api-key', provider: 'DeepSeek', title: 'DeepSeek API key',
    source: 'observed shape (sk- + 32); DeepSeek docs name DEEPSEEK_API_KEY',
    body: 'sk-[a-z0-9]{32}', near: /deepseek/i,
    keywords: ['deepseek'],
    envVar: 'DEEPSEEK_API_KEY', rotateUrl: 'https://platform.deepseek.com/api_keys',
    description: 'DeepSeek API key (sk- + 32 characters) next to a DeepSeek base URL or DEEPSEEK_API_KEY name.',
  }),
  contextual({
    id: 'stability-api-key', provider: 'Stability AI', title: 'Stability AI API key',
    source: 'observed shape (sk- + 48 alphanumerics, no OpenAI marker); Stability docs name STABILITY_API_KEY',
    body: 'sk-[A-Za-z0-9]{48}', near: /stability|dreamstudio/i,
    keywords: ['stability', 'dreamstudio'],
    envVar: 'STABILITY_API_KEY', rotateUrl: 'https://platform.stability.ai/account/keys',
    description: 'Stability AI API key (sk- + 48 characters) next to a Stability client or STABILITY_API_KEY name.',
  }),
  prefixed({
    id: 'groq-api-key', provider: 'Groq', title: 'Groq API key',
    source: 'observed shape (gsk_ + 52)',
    // Reported as 52 (and by some as 48) alphanumerics after the prefix.
    prefix: 'gsk_', body: '[A-Za-z0-9]{48,52}',
    envVar: 'GROQ_API_KEY', rotateUrl: 'https://console.groq.com/keys',
    description: 'Groq API key (gsk_…).',
  }),
  prefixed({
    id: 'perplexity-api-key', provider: 'Perplexity', title: 'Perplexity API key',
    source: 'observed shape (pplx- + 48)',
    prefix: 'pplx-', body: '[A-Za-z0-9]{48}',
    envVar: 'PERPLEXITY_API_KEY', rotateUrl: 'https://www.perplexity.ai/settings/api',
    description: 'Perplexity API key (pplx- + 48 alphanumerics).',
  }),
  prefixed({
    id: 'xai-api-key', provider: 'xAI', title: 'xAI (Grok) API key',
    source: 'observed shape (xai- + 80)',
    prefix: 'xai-', body: '[A-Za-z0-9_]{80}',
    envVar: 'XAI_API_KEY', rotateUrl: 'https://console.x.ai/',
    description: 'xAI API key (xai- + 80 characters).',
  }),
  prefixed({
    id: 'openrouter-api-key', provider: 'OpenRouter', title: 'OpenRouter API key',
    source: 'observed shape (sk-or-v1- + 64 hex)',
    prefix: 'sk-or-v1-', body: '[a-f0-9]{64}',
    envVar: 'OPENROUTER_API_KEY', rotateUrl: 'https://openrouter.ai/settings/keys',
    description: 'OpenRouter API key (sk-or-v1- + 64 hex).',
  }),
  prefixed({
    id: 'together-api-key', provider: 'Together AI', title: 'Together AI API key',
    source: 'observed shape (tgp_v1_…)',
    prefix: 'tgp_v1_', body: '[A-Za-z0-9_-]{40,64}',
    envVar: 'TOGETHER_API_KEY', rotateUrl: 'https://api.together.ai/settings/api-keys',
    description: 'Together AI API key (tgp_v1_…).',
  }),
  contextual({
    id: 'together-legacy-api-key', provider: 'Together AI', title: 'Together AI API key (legacy)',
    source: 'observed shape (64 hex); Together docs name TOGETHER_API_KEY',
    body: '[a-f0-9]{64}', near: /together[-_.]?(?:ai|xyz|api|key)|together\(/i,
    keywords: ['together_api', 'togetherapi', 'together-api', 'together.ai', 'together.xyz', 'togetherai', 'together_key', 'together('],
    envVar: 'TOGETHER_API_KEY', rotateUrl: 'https://api.together.ai/settings/api-keys',
    description: 'Older Together AI API key (64 hex) next to a Together client, base URL or TOGETHER_API_KEY name.',
  }),
];
