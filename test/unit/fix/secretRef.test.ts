import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as dotenv from 'dotenv';
import { customTemplateProblem, planMoveToSecretReference, secretStoreInput, storeCommandFor, storeInvocationFor, type SecretManager, type StoreInvocation } from '../../../src/core/fix';
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

  /**
   * Each manager's documented form (URL in the plan's `reference.source`), written as a regex
   * from the documentation: what `.env` holds, the reference, and how the variable is filled.
   */
  const DOCUMENTED: Record<Exclude<SecretManager, 'custom'>, { env: string; reference: RegExp; inject: RegExp[] }> = {
    // op://<vault>/<item>[/<section>]/<field>, resolved from .env by `op run --env-file`.
    '1password': { env: 'op://Private/OPENAI_API_KEY/credential', reference: /^op:\/\/[^/\s]+\/[^/\s]+(?:\/[^/\s]+)?\/[^/\s]+$/, inject: [/`op run --env-file=\.env -- <command>`/] },
    // Consul Template markup in a Vault Agent env_template block (KV v2: <mount>/data/<path>, .Data.data.<key>).
    vault: {
      env: '', reference: /^\{\{ with secret "secret\/data\/openai-api-key" \}\}\{\{ \.Data\.data\.value \}\}\{\{ end \}\}$/,
      inject: [/env_template "OPENAI_API_KEY" \{ contents = "\{\{ with secret \\"secret\/data\/openai-api-key\\" \}\}\{\{ \.Data\.data\.value \}\}\{\{ end \}\}" \}/, /exec \{ command = \[/, /`OPENAI_API_KEY="\$\(vault kv get -mount=secret -field=value openai-api-key\)" <command>`/],
    },
    // ECS container definition: secrets[].valueFrom is the secret's full ARN.
    aws: {
      env: '', reference: /^arn:aws:secretsmanager:[^:\s]+:[^:\s]+:secret:[A-Za-z0-9/_+=.@-]{1,512}$/,
      inject: [/"secrets": \[\{ "name": "OPENAI_API_KEY", "valueFrom": "arn:aws:secretsmanager:[^"]+:secret:OPENAI_API_KEY" \}\]/, /aws secretsmanager get-secret-value --secret-id OPENAI_API_KEY --query SecretString --output text/],
    },
    // App Service / Functions app setting: @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>/[<version>]).
    azure: {
      env: '', reference: /^@Microsoft\.KeyVault\(SecretUri=https:\/\/[a-z0-9-]{3,24}\.vault\.azure\.net\/secrets\/[A-Za-z0-9-]{1,127}\/(?:[0-9a-f]{32})?\)$/,
      inject: [/app setting OPENAI_API_KEY/, /az keyvault secret show --vault-name my-key-vault --name openai-api-key --query value --output tsv/],
    },
    // Resource name projects/<project>/secrets/<name>/versions/<version>; Cloud Run --set-secrets=ENV=SECRET:VERSION.
    gcp: {
      env: '', reference: /^projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\/secrets\/[A-Za-z0-9_-]{1,255}\/versions\/(?:latest|\d+)$/,
      inject: [/gcloud run deploy <service> --set-secrets=OPENAI_API_KEY=OPENAI_API_KEY:latest/, /gcloud secrets versions access latest --secret=OPENAI_API_KEY --project=my-project/],
    },
    // `doppler run -p <project> -c <config> -- <command>` sets each secret under its own name.
    doppler: { env: '', reference: /^my-project\/dev\/OPENAI_API_KEY$/, inject: [/`doppler run --project my-project --config dev -- <command>`/] },
  };

  for (const [manager, documented] of Object.entries(DOCUMENTED) as [Exclude<SecretManager, 'custom'>, typeof DOCUMENTED['vault']][]) {
    it(`${manager}: produces the documented syntax, says how it is injected, and .env never hands the program a reference nothing resolves`, () => {
      const key = openaiProjectKey();
      const input = { ...inputFor(PY, key, 'python', 'app.py'), manager };
      const plan = planMoveToSecretReference(input);
      const files = applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined });
      assert.match(plan.reference!.reference, documented.reference);
      assert.match(plan.reference!.source, /^https:\/\//, 'the data says where the syntax is documented');
      for (const re of documented.inject) assert.match(plan.reference!.inject, re);
      assert.ok(plan.notes!.includes(plan.reference!.inject), 'the injection note reaches the user with the plan');
      // What a dotenv loader hands the program: the reference only where a runner resolves it from .env.
      assert.deepStrictEqual(dotenv.parse(files.env!), { OPENAI_API_KEY: documented.env });
      if (!documented.env) assert.match(files.env!, /^# OPENAI_API_KEY comes from .+\nOPENAI_API_KEY=\n$/);
      assert.strictEqual(hide(files.source, key), `import os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n`);
      assert.strictEqual(files.gitignore, '.env\n');
    });
  }

  it('custom: the template goes to .env as is', () => {
    const key = openaiProjectKey();
    const input = { ...inputFor(PY, key, 'python', 'app.py'), manager: 'custom' as const, customTemplate: 'sm://team/{kebab}' };
    const plan = planMoveToSecretReference(input);
    assert.strictEqual(applyPlan(plan, { source: input.sourceText, env: undefined, gitignore: undefined }).env, 'OPENAI_API_KEY=sm://team/openai-api-key\n');
    assert.strictEqual(plan.storeInvocation, undefined);
  });

  it('placeholders the user must replace are named in the plan notes', () => {
    const key = openaiProjectKey();
    const notes = (o: object) => planMoveToSecretReference({ ...inputFor(PY, key, 'python', 'app.py'), ...o } as never).notes!;
    assert.ok(notes({ manager: 'azure' }).includes('Replace the placeholder "my-key-vault" with your real vault name.'));
    assert.ok(notes({ manager: 'gcp' }).includes('Replace the placeholder "my-project" with your real project name.'));
    assert.ok(!notes({ manager: 'azure', vault: 'prod-kv' }).some(n => /placeholder/.test(n)));
  });

  it('store invocations are argv arrays with the value on stdin or in a file, never via /dev/stdin', () => {
    const expected: Record<Exclude<SecretManager, 'custom'>, [string, StoreInvocation['input']['via'], string]> = {
      '1password': ['op item create --vault Private', 'file', 'op item create --vault Private --template <file>'],
      vault: ['vault kv put -mount=secret openai-api-key value=-', 'stdin', 'vault kv put -mount=secret openai-api-key value=-'],
      aws: ['aws secretsmanager create-secret --name OPENAI_API_KEY', 'file', 'aws secretsmanager create-secret --name OPENAI_API_KEY --secret-string file://<file>'],
      azure: ['az keyvault secret set --vault-name my-key-vault --name openai-api-key', 'file', 'az keyvault secret set --vault-name my-key-vault --name openai-api-key --file <file>'],
      gcp: ['gcloud secrets create OPENAI_API_KEY --project my-project --data-file=-', 'stdin', 'gcloud secrets create OPENAI_API_KEY --project my-project --data-file=-'],
      doppler: ['doppler secrets set OPENAI_API_KEY --project my-project --config dev --silent', 'stdin', 'doppler secrets set OPENAI_API_KEY --project my-project --config dev --silent'],
    };
    for (const [manager, [argv, via, display]] of Object.entries(expected) as [Exclude<SecretManager, 'custom'>, [string, 'stdin' | 'file', string]][]) {
      const inv = storeInvocationFor({ manager }, 'OPENAI_API_KEY')!;
      assert.strictEqual([inv.executable, ...inv.args].join(' '), argv, manager);
      assert.strictEqual(inv.input.via, via, manager);
      assert.strictEqual(storeCommandFor({ manager }, 'OPENAI_API_KEY'), display, manager);
      assert.ok(!JSON.stringify(inv).includes('/dev/stdin'), `${manager} must not reopen stdin`);
    }
  });

  it('honours vault/item/field options', () => {
    const key = openaiProjectKey();
    const base = inputFor(PY, key, 'python', 'app.py');
    const plan = (o: object) => planMoveToSecretReference({ ...base, ...o } as never);
    const env = (o: object) => applyPlan(plan(o), { source: base.sourceText, env: undefined, gitignore: undefined }).env;
    assert.strictEqual(env({ manager: '1password', vault: 'Engineering', item: 'OpenAI', field: 'api key' }), "OPENAI_API_KEY='op://Engineering/OpenAI/api key'\n");
    assert.strictEqual(plan({ manager: 'vault', vault: 'kv', item: 'apps/web', field: 'openai' }).reference!.reference, '{{ with secret "kv/data/apps/web" }}{{ .Data.data.openai }}{{ end }}');
    assert.match(plan({ manager: 'doppler', vault: 'web', field: 'prd' }).reference!.inject, /doppler run --project web --config prd -- /);
    assert.deepStrictEqual(storeInvocationFor({ manager: 'vault', vault: 'kv', item: 'apps/web', field: 'openai' }, 'X')!.args, ['kv', 'put', '-mount=kv', 'apps/web', 'openai=-']);
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
    assert.strictEqual(hide(files.env, key), 'TF_VAR_token=\n', 'Vault Agent sets the variable: .env keeps it empty');
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

  it('custom: an empty template or one without a placeholder for the secret\'s name is refused, saying what is wrong', () => {
    const key = openaiProjectKey();
    const plan = (customTemplate: string) => planMoveToSecretReference({ ...inputFor(PY, key, 'python', 'a.py'), manager: 'custom', customTemplate });
    assert.match(plan('').unsafeReason!, /^The custom secret reference template is empty: set it to .*"secrets:\/\/\{kebab\}"\.$/);
    assert.match(plan('   ').unsafeReason!, /is empty/);
    const fixed = plan('sm://team/openai');
    assert.match(fixed.unsafeReason ?? '', /has no placeholder for the secret's name \(\{name\}, \{lower\}, \{kebab\} or \{item\}\), so every secret would get the same reference/);
    assert.deepStrictEqual(fixed.edits, []);
    assert.match(plan('sm://{Name}').unsafeReason ?? '', /no placeholder/, 'placeholders are case-sensitive');
    for (const ok of ['sm://team/{kebab}', '{name}', 'vault:{vault}/{item}#{field}', 'x://{lower}']) {
      assert.strictEqual(customTemplateProblem(ok), undefined, ok);
      assert.strictEqual(plan(ok).unsafeReason, undefined, ok);
    }
  });

  it('custom: package.json\'s pattern for the setting (what the Settings editor flags) agrees with the code', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));
    const sections = [manifest.contributes.configuration].flat() as { properties: Record<string, { pattern?: string; patternErrorMessage?: string; default?: string }> }[];
    const schema = sections.map(s => s.properties['secretHygiene.customReferenceTemplate']).find(Boolean)!;
    assert.ok(schema.pattern && schema.patternErrorMessage, 'the setting has a pattern and a message for it');
    // The Settings editor compiles patterns as Unicode regexes.
    const pattern = new RegExp(schema.pattern, 'u');
    assert.ok(pattern.test(schema.default!), 'the default (unset) passes');
    for (const t of [' ', 'sm://static', 'sm://{Name}', 'x://{value}', 'x://{name}/{SECRET}', 'sm://{vault}', '{kebab}', 'a\n{item}', 'p/{name}/{vault}', '{lower}{field}']) {
      assert.strictEqual(pattern.test(t), customTemplateProblem(t) === undefined, JSON.stringify(t));
    }
  });

  it('1Password gets an item JSON template (in its --template file), the others the bare value', () => {
    const key = openaiProjectKey();
    const item = JSON.parse(secretStoreInput({ manager: '1password', vault: 'Dev' }, 'OPENAI_API_KEY', key));
    assert.deepStrictEqual({ ...item, fields: item.fields.map((f: { value: string }) => ({ ...f, value: hide(f.value, key) })) }, { title: 'OPENAI_API_KEY', category: 'API_CREDENTIAL', fields: [{ id: 'credential', label: 'credential', type: 'CONCEALED', value: '<secret1>' }] });
    assert.ok(secretStoreInput({ manager: 'gcp' }, 'OPENAI_API_KEY', key) === key, 'gcp reads the bare value');
    assert.strictEqual(fileEdit(planMoveToSecretReference({ ...inputFor(PY, key, 'python', 'a.py'), manager: 'aws' }), 'envExample'), undefined);
  });
});
