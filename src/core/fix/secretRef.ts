/**
 * "Move to a secret manager": the source reads the env var as in the `.env` plan, and the
 * variable gets its value from the manager's own tooling when the program runs. Nothing here
 * invents a syntax: each manager's entry in `MANAGERS` produces text that manager's tooling
 * documents (see its `source`), and says how the variable is filled (`inject`).
 *
 * Only 1Password has a runner that reads `.env` and resolves references in it
 * (`op run --env-file=.env`), so only its `.env` line holds a reference. For the others a
 * reference in `.env` would reach the program as a literal string (dotenv loaders do not
 * resolve anything), so `.env` keeps the variable with an empty value: the manager's runner
 * (Vault Agent, ECS/Cloud Run/App Service, `doppler run`) sets the variable in the process
 * environment, and dotenv loaders never override a variable that is already set.
 *
 * The value reaches the manager through a `StoreInvocation`: an argv array run without a
 * shell, with the value on stdin where the CLI reads stdin itself, or in a 0600 temporary
 * file the host creates and removes (`src/node/storeSecret.ts`). Never in argv, and never
 * via `/dev/stdin`, which cannot be reopened when stdin is a socket (Node's pipes are).
 */

import { generatedCodeReason } from './generated';
import { appendLines } from './edits';
import { formatDotenvValue, keyHoldingValue, parseDotenv, uniqueKey, type DotenvEntry } from './dotenv';
import { languageKind, type LanguageKind } from './languages';
import { baseEnvName, chooseEnvName, envHygieneEdits, exactSecret, pickEnvName } from './moveToEnv';
import { planSourceRewrite, tfvarsVariable } from './rewrite';
import type { FileEdit, FixPlan, ManagerReference, MoveToSecretReferenceInput, SecretManager, SecretReferenceOptions, StoreInvocation } from './types';

const MANAGER_TITLE: Record<SecretManager, string> = {
  '1password': '1Password', vault: 'HashiCorp Vault', aws: 'AWS Secrets Manager', azure: 'Azure Key Vault',
  gcp: 'Google Secret Manager', doppler: 'Doppler', custom: 'a secret manager',
};

const kebab = (name: string) => name.toLowerCase().replace(/_/g, '-');

/** Single-quotes a shell argument (display only: invocations run without a shell). */
function sh(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

interface Resolved { vault: string; item: string; field: string }

function resolveOptions(opts: SecretReferenceOptions, envName: string): Resolved {
  switch (opts.manager) {
    case '1password': return { vault: opts.vault ?? 'Private', item: opts.item ?? envName, field: opts.field ?? 'credential' };
    case 'vault': return { vault: opts.vault ?? 'secret', item: opts.item ?? kebab(envName), field: opts.field ?? 'value' };
    case 'azure': return { vault: opts.vault ?? 'my-key-vault', item: opts.item ?? kebab(envName), field: '' };
    case 'gcp': return { vault: opts.vault ?? 'my-project', item: opts.item ?? envName, field: '' };
    // Doppler injects each secret under its own name, so the secret is named after the variable.
    case 'doppler': return { vault: opts.vault ?? 'my-project', item: envName, field: opts.field ?? 'dev' };
    default: return { vault: opts.vault ?? '', item: opts.item ?? envName, field: opts.field ?? '' };
  }
}

/** A secret's local lookup with the manager's CLI, for running a program by hand. */
const localRun = (name: string, read: string) => `locally: \`${name}="$(${read})" <command>\``;

/**
 * Per manager: the documented reference, what `.env` holds, and how the variable is filled.
 * Facts from each manager's documentation (URL in `source`).
 */
const MANAGERS: Record<Exclude<SecretManager, 'custom'>, (r: Resolved, name: string) => ManagerReference> = {
  '1password': (r, name) => {
    const reference = `op://${r.vault}/${r.item}/${r.field}`;
    return {
      reference, envValue: reference,
      inject: `Run your program with \`op run --env-file=.env -- <command>\`: op run replaces the op:// reference in ${name} with the value.`,
      source: 'https://developer.1password.com/docs/cli/secret-reference-syntax/ (op run --env-file: https://developer.1password.com/docs/cli/reference/commands/run/)',
    };
  },
  vault: (r, name) => {
    // Consul Template markup, which Vault Agent renders; KV v2 reads go through `<mount>/data/<path>`.
    const reference = `{{ with secret "${r.vault}/data/${r.item}" }}{{ .Data.data.${r.field} }}{{ end }}`;
    return {
      reference, envValue: '',
      inject: `Run your program under Vault Agent in process supervisor mode: an \`env_template "${name}" { contents = ${JSON.stringify(reference)} }\` block and an \`exec { command = ["<command>"] }\` block; the agent sets ${name} for the process. ` +
        localRun(name, `vault kv get -mount=${sh(r.vault)} -field=${sh(r.field)} ${sh(r.item)}`) + '.',
      source: 'https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/process-supervisor',
    };
  },
  aws: (r, name) => {
    const reference = `arn:aws:secretsmanager:<region>:<account-id>:secret:${r.item}`;
    return {
      reference, envValue: '',
      inject: `On ECS, add \`"secrets": [{ "name": "${name}", "valueFrom": "${reference}" }]\` to the container definition (valueFrom takes the secret's full ARN; copy it from \`aws secretsmanager describe-secret --secret-id ${sh(r.item)}\`). ` +
        localRun(name, `aws secretsmanager get-secret-value --secret-id ${sh(r.item)} --query SecretString --output text`) + '.',
      source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
    };
  },
  azure: (r, name) => {
    const reference = `@Microsoft.KeyVault(SecretUri=https://${r.vault}.vault.azure.net/secrets/${r.item}/)`;
    return {
      reference, envValue: '',
      inject: `App Service and Functions resolve Key Vault references in app settings: set the app setting ${name} to \`${reference}\` (\`az webapp config appsettings set --settings ${name}=...\`). ` +
        localRun(name, `az keyvault secret show --vault-name ${sh(r.vault)} --name ${sh(r.item)} --query value --output tsv`) + '.',
      source: 'https://learn.microsoft.com/azure/app-service/app-service-key-vault-references',
    };
  },
  gcp: (r, name) => {
    const reference = `projects/${r.vault}/secrets/${r.item}/versions/latest`;
    return {
      reference, envValue: '',
      inject: `On Cloud Run, deploy with \`gcloud run deploy <service> --set-secrets=${name}=${r.item}:latest\` (pin a version in production). ` +
        localRun(name, `gcloud secrets versions access latest --secret=${sh(r.item)} --project=${sh(r.vault)}`) + '.',
      source: 'https://cloud.google.com/run/docs/configuring/services/secrets',
    };
  },
  doppler: (r, name) => ({
    reference: `${r.vault}/${r.field}/${r.item}`, envValue: '',
    inject: `Run your program with \`doppler run --project ${sh(r.vault)} --config ${sh(r.field)} -- <command>\`: it sets ${name} from the Doppler secret of that name.`,
    source: 'https://docs.doppler.com/docs/cli (doppler run)',
  }),
};

/** What the manager's tooling resolves for `envName`; an error message for an unusable custom template. */
export function managerReference(opts: SecretReferenceOptions, envName: string): ManagerReference | { error: string } {
  const r = resolveOptions(opts, envName);
  if (opts.manager !== 'custom') return MANAGERS[opts.manager](r, envName);
  const custom = customReference(opts.customTemplate, envName, r);
  if ('error' in custom) return custom;
  return { ...custom, envValue: custom.reference, inject: 'Whatever loads your env file must resolve this reference.', source: 'your custom template' };
}

/** The reference in the manager's documented syntax (see `managerReference`). */
export function secretReference(opts: SecretReferenceOptions, envName: string): { reference: string } | { error: string } {
  const ref = managerReference(opts, envName);
  return 'error' in ref ? ref : { reference: ref.reference };
}

/** Placeholders that differ per secret: a template needs one, or every secret gets the same reference. */
const NAME_PLACEHOLDER = /\{(?:name|lower|kebab|item)\}/;

/**
 * What is wrong with a custom reference template, as the end of a sentence about the setting
 * ("… is empty"), or undefined when it is usable. package.json's `pattern` for the setting
 * says the same for the Settings editor (a test keeps the two in step).
 */
export function customTemplateProblem(template: string | undefined): string | undefined {
  if (!template?.trim()) return 'is empty: set it to a reference with a placeholder for the secret\'s name, e.g. "secrets://{kebab}"';
  // The template decides what is written to .env: it must never be able to pull the value in.
  if (/\{value\}|\{secret\}/i.test(template)) return 'may not contain the secret value ({value}, {secret})';
  if (!NAME_PLACEHOLDER.test(template)) {
    return 'has no placeholder for the secret\'s name ({name}, {lower}, {kebab} or {item}), so every secret would get the same reference';
  }
  return undefined;
}

function customReference(template: string | undefined, envName: string, r: Resolved): { reference: string } | { error: string } {
  const problem = customTemplateProblem(template);
  if (problem || !template) return { error: `The custom secret reference template ${problem}.` };
  const values: Record<string, string> = { name: envName, lower: envName.toLowerCase(), kebab: kebab(envName), vault: r.vault, item: r.item, field: r.field };
  return { reference: template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m) };
}

/**
 * How to store the secret with the manager's CLI; undefined for `custom`. What the CLI
 * receives (on stdin or in the file) is `secretStoreInput`.
 * - `op item create --template <file>`: the documented way to pass sensitive fields.
 * - `vault kv put … <key>=-`: `-` makes Vault read the value from stdin.
 * - `aws secretsmanager create-secret --secret-string file://<file>`.
 * - `az keyvault secret set --file <file>`.
 * - `gcloud secrets create … --data-file=-`: `-` reads stdin.
 * - `doppler secrets set <NAME>` reads a value piped on stdin; `--silent` keeps output short.
 */
export function storeInvocationFor(opts: SecretReferenceOptions, envName: string): StoreInvocation | undefined {
  const r = resolveOptions(opts, envName);
  const stdin = { via: 'stdin' } as const;
  switch (opts.manager) {
    case '1password': return { executable: 'op', args: ['item', 'create', '--vault', r.vault], input: { via: 'file', flag: '--template', prefix: '' } };
    case 'vault': return { executable: 'vault', args: ['kv', 'put', `-mount=${r.vault}`, r.item, `${r.field}=-`], input: stdin };
    case 'aws': return { executable: 'aws', args: ['secretsmanager', 'create-secret', '--name', r.item], input: { via: 'file', flag: '--secret-string', prefix: 'file://' } };
    case 'azure': return { executable: 'az', args: ['keyvault', 'secret', 'set', '--vault-name', r.vault, '--name', r.item], input: { via: 'file', flag: '--file', prefix: '' } };
    case 'gcp': return { executable: 'gcloud', args: ['secrets', 'create', r.item, '--project', r.vault, '--data-file=-'], input: stdin };
    case 'doppler': return { executable: 'doppler', args: ['secrets', 'set', r.item, '--project', r.vault, '--config', r.field, '--silent'], input: stdin };
    default: return undefined;
  }
}

/** The invocation as a command line for display; the temporary file shows as `<file>`. */
export function storeCommandFor(opts: SecretReferenceOptions, envName: string): string | undefined {
  const inv = storeInvocationFor(opts, envName);
  if (!inv) return undefined;
  const words = [inv.executable, ...inv.args].map(sh);
  if (inv.input.via === 'file') words.push(inv.input.flag, `${inv.input.prefix}<file>`);
  return words.join(' ');
}

/**
 * What the store invocation reads (on stdin or from its file): the value itself, or for
 * 1Password an item JSON template (an API Credential whose concealed field holds the value).
 * The only function here whose result contains the secret: pass it on, never log it.
 */
export function secretStoreInput(opts: SecretReferenceOptions, envName: string, value: string): string {
  if (opts.manager !== '1password') return value;
  const r = resolveOptions(opts, envName);
  return JSON.stringify({
    title: r.item, category: 'API_CREDENTIAL',
    fields: [{ id: r.field, label: r.field, type: 'CONCEALED', value }],
  });
}

export function planMoveToSecretReference(original: MoveToSecretReferenceInput): FixPlan {
  const title = `Move to ${MANAGER_TITLE[original.manager]}`;
  const kind = languageKind(original.languageId, original.path);
  const generated = generatedCodeReason(original);
  if (generated) return { title, edits: [], envName: '', unsafeReason: generated };
  const input = exactSecret(original, kind);
  if ('error' in input) return { title, edits: [], envName: '', unsafeReason: input.error };
  const entries = input.envText === undefined ? new Map<string, DotenvEntry>() : parseDotenv(input.envText);
  const name = referenceName(input, kind, entries);
  if (typeof name !== 'string') return { title, edits: [], envName: '', unsafeReason: name.error };
  const ref = managerReference(input, name);
  if ('error' in ref) return { title, edits: [], envName: '', unsafeReason: ref.error };
  if (formatDotenvValue(ref.envValue) === undefined) return { title, edits: [], envName: '', unsafeReason: 'The reference holds quotes of every kind, which .env cannot keep exactly.' };
  const source = planSourceRewrite(input, kind, name);
  if (source.unsafeReason) return { title, edits: [], envName: '', unsafeReason: source.unsafeReason };
  const notes = [...source.notes];
  const comment = ref.envValue ? undefined : `# ${name} comes from ${MANAGER_TITLE[input.manager]} when the program runs (empty here so nothing overrides it)`;
  const edits: FileEdit[] = [{ file: 'source', edits: source.edits }, ...source.otherFiles, envEdit(input.envText, entries, name, ref.envValue, comment, notes)];
  edits.push(...envHygieneEdits(input, name, notes));
  notes.push(ref.inject);
  const { vault } = resolveOptions(input, name);
  if (/^my-/.test(vault) && (input.manager === 'azure' || input.manager === 'gcp' || input.manager === 'doppler')) {
    notes.push(`Replace the placeholder "${vault}" with your real ${input.manager === 'azure' ? 'vault' : 'project'} name.`);
  }
  const plan: FixPlan = {
    title: `${title} as ${name}`, edits, envName: name, notes, reference: ref,
    storeCommand: storeCommandFor(input, name), storeInvocation: storeInvocationFor(input, name),
  };
  // As for .env: a suggested name taken by another value is reported so the host can ask.
  const base = baseEnvName(kind, input.suggestedName);
  if (input.envName === undefined && kind !== 'tfvars' && name !== base && entries.has(base) && !entries.has(name)) plan.nameConflict = { name: base, suggestion: name };
  return plan;
}

/** The key that held the raw value (it will hold the reference), else a fresh unique name. */
function referenceName(input: MoveToSecretReferenceInput, kind: LanguageKind | undefined, entries: Map<string, DotenvEntry>): string | { error: string } {
  if (kind === 'tfvars') {
    // The variable fixes the name; .env may already hold the raw value or this reference there.
    const variable = tfvarsVariable(input.sourceText, input.secretStart, input.secretEnd);
    const ref = variable ? managerReference(input, `TF_VAR_${variable}`) : undefined;
    const picked = pickEnvName(kind, input, entries, ref && 'envValue' in ref ? [ref.envValue] : []);
    return 'error' in picked ? picked : picked.name;
  }
  if (input.envName !== undefined) {
    const chosen = chooseEnvName(kind, input.suggestedName, entries, input.value, input.envName);
    return 'error' in chosen ? chosen : chosen.name;
  }
  const holding = keyHoldingValue(entries, input.value);
  return holding && (kind !== 'terraform' || holding.startsWith('TF_VAR_')) ? holding : uniqueKey(baseEnvName(kind, input.suggestedName), entries);
}

/**
 * Appends `NAME=<envValue>` (after `comment` when given), or overwrites an existing entry
 * that held the raw value.
 */
function envEdit(envText: string | undefined, entries: Map<string, DotenvEntry>, name: string, envValue: string, comment: string | undefined, notes: string[]): FileEdit {
  const entry = entries.get(name);
  const formatted = formatDotenvValue(envValue)!; // checked by the planner
  if (entry && envText !== undefined) {
    notes.push(`.env held the raw value as ${name}: it now holds ${envValue ? 'the reference' : 'an empty value'} instead.`);
    return { file: 'env', edits: [{ start: entry.valueStart, end: entry.valueEnd, newText: formatted }] };
  }
  return appendLines('env', envText, [...comment ? [comment] : [], `${name}=${formatted}`]);
}
