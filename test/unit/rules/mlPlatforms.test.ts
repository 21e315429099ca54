import { HEX, join, token, uuid } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

describe('rules: ML platforms', () => {
  it('Hugging Face user and org tokens', () => {
    expectInAllSyntaxes('HF_TOKEN', token(join('h', 'f_'), 34), 'huggingface-token', { severity: 'error' });
    const org = token(join('api', '_org_'), 34);
    expectFinding(`HUGGINGFACEHUB_API_TOKEN=${org}`, org, 'huggingface-org-token', { path: '.env' });
    expectNone(`x = "${join('h', 'f_')}${'x'.repeat(34)}"`, 'huggingface-token');
    expectNone(`x = "${token(join('h', 'f_'), 33)}"`, 'huggingface-token');
    expectNone(`x = "pdf_${token('', 34)}"`, 'huggingface-token');
  });

  it('Replicate, LangSmith and Pinecone prefixed keys', () => {
    expectInAllSyntaxes('REPLICATE_API_TOKEN', token(join('r8', '_'), 37), 'replicate-api-token');
    const ls = join('lsv2', '_pt_', token('', 32, HEX), '_', token('', 10, HEX));
    expectInAllSyntaxes('LANGSMITH_API_KEY', ls, 'langsmith-api-key');
    const sk = join('lsv2', '_sk_', token('', 32, HEX), '_', token('', 10, HEX));
    expectFinding(`LANGCHAIN_API_KEY=${sk}`, sk, 'langsmith-api-key', { path: '.env' });
    const pc = join('pc', 'sk_', token('', 6), '_', token('', 63));
    expectInAllSyntaxes('PINECONE_API_KEY', pc, 'pinecone-api-key');
    expectNone(`x = "${ls.slice(0, -1)}"`, 'langsmith-api-key');
  });

  it('Pinecone legacy UUID keys only under an API-key name next to Pinecone', () => {
    const id = uuid();
    expectFinding(`PINECONE_API_KEY=${id}`, id, 'pinecone-legacy-api-key', { path: '.env' });
    expectFinding(`pc = Pinecone(api_key="${id}")`, id, 'pinecone-legacy-api-key', { path: 'a.py' });
    expectNone(`PINECONE_INDEX_ID=${id}`, 'pinecone-legacy-api-key', '.env');
    expectNone(`API_KEY=${id}`, 'pinecone-legacy-api-key', '.env');
  });
});
