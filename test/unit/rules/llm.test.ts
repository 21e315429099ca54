import { HEX, join, randomString, ALNUM, LOWER_ALNUM, token } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

/** Random alnum that certainly mixes letters and digits. */
function mixed(n: number, seed?: number): string {
  return randomString(n - 2, ALNUM, seed) + 'a7';
}

describe('rules: LLM providers', () => {
  it('Cohere: 40 characters only next to Cohere names', () => {
    const key = mixed(40);
    expectInAllSyntaxes('COHERE_API_KEY', key, 'cohere-api-key', { severity: 'error' });
    expectFinding(`import cohere\nco = cohere.ClientV2(\n    api_key="${key}",\n)\n`, key, 'cohere-api-key', { path: 'rag.py' });
    expectNone(`OTHER_API_KEY=${key}`, 'cohere-api-key', '.env');
    expectNone(`COHERE_API_KEY=${randomString(40, HEX)}`, 'cohere-api-key', '.env'); // a digest, not a key
    expectNone(`COHERE_API_KEY=${mixed(41)}`, 'cohere-api-key', '.env');
    // Another service's call closed on the line above is no call of this value's; a build's id near Cohere is an id.
    const mistral = mixed(32);
    const py = `import cohere\nmistral = Mistral(api_key="${mistral}")\nco = cohere.ClientV2("${key}")\nCORPUS_BUILD_ID = "${mixed(40)}"\n`;
    expectFinding(py, key, 'cohere-api-key', { path: 'ai/rag/pipeline.py' });
    expectNone(`import cohere\nCORPUS_BUILD_ID = "${mixed(40)}"\n`, 'cohere-api-key', 'ai/rag/pipeline.py');
    // A call's receiver names no service of the value's: `vault.create_secret('…', 'cohere_api_key')` stores Cohere's key.
    expectFinding(`select vault.create_secret('${key}', 'cohere_api_key');\n`, key, 'cohere-api-key', { path: 'supabase/seed.sql' });
  });

  it('Mistral: 32 characters next to Mistral names only', () => {
    const key = mixed(32);
    expectInAllSyntaxes('MISTRAL_API_KEY', key, 'mistral-api-key');
    expectNone(`API_KEY=${key}`, 'mistral-api-key', '.env');
    expectNone(`MISTRAL_API_KEY=${randomString(32, HEX)}`, 'mistral-api-key', '.env');
  });

  it('DeepSeek: sk- + 32 next to DeepSeek usage, never elsewhere', () => {
    const key = join('sk', '-', randomString(32, LOWER_ALNUM));
    expectInAllSyntaxes('DEEPSEEK_API_KEY', key, 'deepseek-api-key');
    expectFinding(`client = OpenAI(api_key="${key}", base_url="https://api.deepseek.com")`, key, 'deepseek-api-key', { path: 'a.py' });
    expectNone(`client = OpenAI(api_key="${key}")`, 'deepseek-api-key', 'a.py');
  });

  it('prefixed keys: Groq, Perplexity, xAI, OpenRouter, Together', () => {
    const cases: [string, string, string][] = [
      [token(join('gs', 'k_'), 52), 'groq-api-key', 'GROQ_API_KEY'],
      [token(join('pp', 'lx-'), 48), 'perplexity-api-key', 'PERPLEXITY_API_KEY'],
      [token(join('xa', 'i-'), 80), 'xai-api-key', 'XAI_API_KEY'],
      [token(join('sk-', 'or-', 'v1-'), 64, HEX), 'openrouter-api-key', 'OPENROUTER_API_KEY'],
      [token(join('tg', 'p_v1_'), 43, ALNUM + '_-'), 'together-api-key', 'TOGETHER_API_KEY'],
    ];
    for (const [key, id, env] of cases) {
      expectInAllSyntaxes(env, key, id, { severity: 'error', confidence: 'provider' });
      expectNone(`KEY=${key}0123456789abcdef0123456789abcdefghij`, id, '.env'); // too long
      expectNone(`KEY=${key.slice(0, -30)}`, id, '.env'); // too short
    }
  });

  it('Together legacy 64-hex keys need Together context', () => {
    const key = randomString(64, HEX);
    expectFinding(`TOGETHER_API_KEY=${key}`, key, 'together-legacy-api-key', { path: '.env' });
    expectFinding(`client = Together(api_key="${key}")`, key, 'together-legacy-api-key', { path: 'a.py' });
    expectNone(`SHA256=${key}\n# we work together on this`, 'together-legacy-api-key', '.env');
  });

  it('ignores placeholders', () => {
    expectNone(`GROQ_API_KEY=${join('gs', 'k_')}${'x'.repeat(52)}`, 'groq-api-key', '.env');
    expectNone('COHERE_API_KEY=${COHERE_KEY}', 'cohere-api-key', '.env');
    expectNone('MISTRAL_API_KEY=<YOUR_MISTRAL_KEY_GOES_HERE_0000000>', 'mistral-api-key', '.env');
  });
});
