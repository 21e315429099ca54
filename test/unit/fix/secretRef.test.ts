import * as assert from 'assert';
import { planMoveToSecretReference, secretStoreInput, type SecretManager } from '../../../src/core/fix';
import { openaiProjectKey, pemBlock, join } from '../../helpers/fakes';
import { applyPlan, fileEdit, hide, inputFor } from './helpers';

const MANAGERS: SecretManager[] = ['1password', 'vault', 'aws', 'azure', 'gcp', 'doppler', 'custom'];
const PY = `import os\n\nclient = OpenAI(api_key="SECRET")\n`;

describe('planMoveToSecretReference', () => {
  for (const manager of MANAGERS) {
    it(`${manager}: no planned edit, note, title or command contains the raw value`, () => {
      for (const value of [openaiProjectKey(), pemBlock(join('OPENSSH PRIVATE', ' KEY'))]) {
        const envText = `OTHER=1\nCOPY_OF_KEY=${JSON.stringify(value)}\n`;
        const snippet = value.includes('\n') ? PY.replace('"SECRET"', '"""SECRET"""') : PY;
        const input = { ...inputFor(snippet, value, 'python', 'app.py', { envText, writeEnvExample: true }), manager, customTemplate: 'sm://team/{kebab}' };
        const plan = planMoveToSecretReference(input);
        assert.strictEqual(plan.unsafeReason, undefined);
        const { value: _v, ...rest } = plan as unknown as Record<string, unknown>;
        assert.ok(!JSON.stringify(rest).includes(value), 'raw value leaked into the plan');
        for (const line of value.split('\n')) assert.ok(!JSON.stringify(plan).includes(line), 'a line of the value leaked');
        const files = applyPlan(plan, { source: input.sourceText, env: envText, gitignore: undefined, envExample: undefined });
        assert.ok(!files.env!.includes(value), '.env still holds the value');
      }
    });
  }

  it('writes the documented reference for each manager and a stdin store command', () => {
    const expected: Record<SecretManager, [string, string | undefined]> = {
      '1password': ['op://Private/OPENAI_API_KEY/credential', 'op item create --vault Private -'],
      vault: ["'vault://secret/data/openai-api-key#value'", 'vault kv put -mount=secret openai-api-key value=-'],
      aws: ['aws-secretsmanager://OPENAI_API_KEY', 'aws secretsmanager create-secret --name OPENAI_API_KEY --secret-string file:///dev/stdin'],
      azure: ["'@Microsoft.KeyVault(SecretUri=https://my-key-vault.vault.azure.net/secrets/openai-api-key)'", 'az keyvault secret set --vault-name my-key-vault --name openai-api-key --file /dev/stdin'],
      gcp: ['gcpsm://projects/my-project/secrets/OPENAI_API_KEY/versions/latest', 'gcloud secrets create OPENAI_API_KEY --project my-project --data-file=-'],
      doppler: ['doppler://my-project/dev/OPENAI_API_KEY', 'doppler secrets set OPENAI_API_KEY --project my-project --config dev --silent'],
      custom: ['sm://team/openai-api-key', undefined],
    };
    for (const manager of MANAGERS) {
      const key = openaiProjectKey();
      const input = { ...inputFor(PY, key, 'python', 'app.py'), manager, customTemplate: 'sm://team/{kebab}' };
      const plan = planMoveToSecretReference(input);
      const files = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined });
      assert.strictEqual(hide(files.env, key), `OPENAI_API_KEY=${expected[manager][0]}\n`, manager);
      assert.strictEqual(plan.storeCommand, expected[manager][1], manager);
      assert.strictEqual(hide(files.source, key), `import os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n`);
      assert.strictEqual(files.gitignore, '.env\n');
    }
  });

  it('honours vault/item/field options', () => {
    const key = openaiProjectKey();
    const base = inputFor(PY, key, 'python', 'app.py');
    const env = (o: object) => applyPlan(planMoveToSecretReference({ ...base, ...o } as never), { source: base.sourceText, env: undefined, gitignore: undefined }).env;
    assert.strictEqual(env({ manager: '1password', vault: 'Engineering', item: 'OpenAI', field: 'api key' }), "OPENAI_API_KEY='op://Engineering/OpenAI/api key'\n");
    assert.strictEqual(env({ manager: 'vault', vault: 'kv', item: 'apps/web', field: 'openai' }), "OPENAI_API_KEY='vault://kv/data/apps/web#openai'\n");
    assert.strictEqual(env({ manager: 'doppler', vault: 'web', field: 'prd' }), 'OPENAI_API_KEY=doppler://web/prd/OPENAI_API_KEY\n');
  });

  it('replaces a raw value already in .env with the reference, keeping the key', () => {
    const key = openaiProjectKey();
    const envText = `A=1\nLLM_KEY='${key}' # prod\nB=2\n`;
    const input = { ...inputFor(PY, key, 'python', 'app.py', { envText, gitignoreText: '.env' }), manager: '1password' as const };
    const plan = planMoveToSecretReference(input);
    const files = applyPlan(plan, { source: input.sourceText, env: envText, gitignore: '.env' });
    assert.strictEqual(hide(files.env, key), 'A=1\nLLM_KEY=op://Private/LLM_KEY/credential # prod\nB=2\n');
    assert.strictEqual(hide(files.source, key), `import os\n\nclient = OpenAI(api_key=os.environ["LLM_KEY"])\n`);
  });

  it('.tfvars: the reference goes under TF_VAR_<variable>, replacing a raw value already there', () => {
    const key = openaiProjectKey();
    const envText = `TF_VAR_token=${key}\n`;
    const input = { ...inputFor('token = "SECRET"\n', key, 'terraform', 'terraform.tfvars', { envText, gitignoreText: '.env\n' }), manager: 'vault' as const };
    const plan = planMoveToSecretReference(input);
    const files = applyPlan(plan, { source: input.sourceText, env: envText, gitignore: '.env\n' });
    assert.strictEqual(files.source, '');
    assert.strictEqual(hide(files.env, key), "TF_VAR_token='vault://secret/data/tf-var-token#value'\n");
    const again = planMoveToSecretReference({ ...input, envText: files.env });
    assert.strictEqual(again.unsafeReason, undefined);
  });

  it('refuses custom templates that would pull the value in, and JSON sources', () => {
    const key = openaiProjectKey();
    const custom = planMoveToSecretReference({ ...inputFor(PY, key, 'python', 'a.py'), manager: 'custom', customTemplate: 'x://{value}' });
    assert.match(custom.unsafeReason!, /may not contain the secret/);
    assert.deepStrictEqual(custom.edits, []);
    const json = planMoveToSecretReference({ ...inputFor('{"k": "SECRET"}', key, 'json', 'a.json'), manager: 'vault' });
    assert.match(json.unsafeReason!, /JSON/);
  });

  it('1Password gets an item JSON template on stdin, the others the bare value', () => {
    const key = openaiProjectKey();
    const item = JSON.parse(secretStoreInput({ manager: '1password', vault: 'Dev' }, 'OPENAI_API_KEY', key));
    assert.deepStrictEqual({ ...item, fields: item.fields.map((f: { value: string }) => ({ ...f, value: hide(f.value, key) })) }, { title: 'OPENAI_API_KEY', category: 'API_CREDENTIAL', fields: [{ id: 'credential', label: 'credential', type: 'CONCEALED', value: '<secret1>' }] });
    assert.ok(secretStoreInput({ manager: 'gcp' }, 'OPENAI_API_KEY', key) === key, 'gcp reads the bare value');
    assert.strictEqual(fileEdit(planMoveToSecretReference({ ...inputFor(PY, key, 'python', 'a.py'), manager: 'aws' }), 'envExample'), undefined);
  });
});
