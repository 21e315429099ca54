/**
 * "Move to a secret manager": the source reads the env var as in the `.env` plan, but
 * `.env` holds a reference the manager's tooling resolves, never the value. The value
 * reaches the manager through `storeCommand`, which reads it from stdin.
 *
 * Reference syntaxes (what goes after `NAME=` in `.env`):
 * - 1Password: `op://<vault>/<item>/<field>`, resolved by `op run --env-file=.env -- <cmd>`.
 * - HashiCorp Vault: `vault://<mount>/data/<path>#<key>`: the KV v2 API path plus the key,
 *   i.e. what `vault kv get -mount=<mount> -field=<key> <path>` returns. Our own syntax;
 *   Vault has no standard URI, so the loader (or a wrapper script) must understand it.
 * - AWS Secrets Manager: `aws-secretsmanager://<secret-name>` (name, not ARN, so it works
 *   across accounts/regions); resolved by `aws secretsmanager get-secret-value --secret-id`.
 * - Azure Key Vault: `@Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>)`,
 *   the reference syntax App Service and Functions resolve in app settings.
 * - Google Secret Manager: `gcpsm://projects/<project>/secrets/<name>/versions/latest`, the
 *   resource name behind a scheme (our syntax; `gcloud secrets versions access` takes the name).
 * - Doppler: `doppler://<project>/<config>/<NAME>` (our syntax; `doppler run` injects the
 *   real values, so this line only documents where the value lives).
 * - custom: a template with `{name}`, `{lower}`, `{kebab}`, `{vault}`, `{item}`, `{field}`.
 *
 * Store commands (all read the value from stdin; verified against each CLI's docs):
 * - `op item create --vault <vault> -` reads an item JSON template from stdin (see
 *   `secretStoreInput`, which builds it); assignment arguments would expose the value.
 * - `vault kv put -mount=<mount> <path> <key>=-`: `-` makes Vault read the value from stdin.
 * - `aws secretsmanager create-secret --name <n> --secret-string file:///dev/stdin`.
 * - `az keyvault secret set --vault-name <v> --name <n> --file /dev/stdin`.
 * - `gcloud secrets create <n> --data-file=-`.
 * - `doppler secrets set <NAME> --silent` reads a piped value; `--silent` keeps it out of the output.
 * `/dev/stdin` does not exist on Windows outside WSL/Git Bash: hosts there should write a
 * temporary file instead.
 */

import { appendLines } from './edits';
import { formatDotenvValue, keyHoldingValue, parseDotenv, uniqueKey, type DotenvEntry } from './dotenv';
import { languageKind, type LanguageKind } from './languages';
import { baseEnvName, chooseEnvName, envHygieneEdits, exactSecret, pickEnvName } from './moveToEnv';
import { planSourceRewrite, tfvarsVariable } from './rewrite';
import type { FileEdit, FixPlan, MoveToSecretReferenceInput, SecretManager, SecretReferenceOptions } from './types';

const MANAGER_TITLE: Record<SecretManager, string> = {
  '1password': '1Password', vault: 'HashiCorp Vault', aws: 'AWS Secrets Manager', azure: 'Azure Key Vault',
  gcp: 'Google Secret Manager', doppler: 'Doppler', custom: 'a secret manager',
};

const kebab = (name: string) => name.toLowerCase().replace(/_/g, '-');

/** Single-quotes a shell argument. */
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
    case 'doppler': return { vault: opts.vault ?? 'my-project', item: opts.item ?? envName, field: opts.field ?? 'dev' };
    default: return { vault: opts.vault ?? '', item: opts.item ?? envName, field: opts.field ?? '' };
  }
}

/** The reference stored in `.env` for `envName`; an error message for an unusable custom template. */
export function secretReference(opts: SecretReferenceOptions, envName: string): { reference: string } | { error: string } {
  const r = resolveOptions(opts, envName);
  switch (opts.manager) {
    case '1password': return { reference: `op://${r.vault}/${r.item}/${r.field}` };
    case 'vault': return { reference: `vault://${r.vault}/data/${r.item}#${r.field}` };
    case 'aws': return { reference: `aws-secretsmanager://${r.item}` };
    case 'azure': return { reference: `@Microsoft.KeyVault(SecretUri=https://${r.vault}.vault.azure.net/secrets/${r.item})` };
    case 'gcp': return { reference: `gcpsm://projects/${r.vault}/secrets/${r.item}/versions/latest` };
    case 'doppler': return { reference: `doppler://${r.vault}/${r.field}/${r.item}` };
    case 'custom': return customReference(opts.customTemplate, envName, r);
  }
}

function customReference(template: string | undefined, envName: string, r: Resolved): { reference: string } | { error: string } {
  if (!template?.trim()) return { error: 'A custom secret reference needs a template, e.g. "secrets://{name}".' };
  // The template decides what is written to .env: it must never be able to pull the value in.
  if (/\{value\}|\{secret\}/i.test(template)) return { error: 'The custom template may not contain the secret value.' };
  const values: Record<string, string> = { name: envName, lower: envName.toLowerCase(), kebab: kebab(envName), vault: r.vault, item: r.item, field: r.field };
  return { reference: template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m) };
}

/** The shell command storing the value, which it reads from stdin; undefined for `custom`. */
export function storeCommandFor(opts: SecretReferenceOptions, envName: string): string | undefined {
  const r = resolveOptions(opts, envName);
  switch (opts.manager) {
    case '1password': return `op item create --vault ${sh(r.vault)} -`;
    case 'vault': return `vault kv put -mount=${sh(r.vault)} ${sh(r.item)} ${sh(r.field)}=-`;
    case 'aws': return `aws secretsmanager create-secret --name ${sh(r.item)} --secret-string file:///dev/stdin`;
    case 'azure': return `az keyvault secret set --vault-name ${sh(r.vault)} --name ${sh(r.item)} --file /dev/stdin`;
    case 'gcp': return `gcloud secrets create ${sh(r.item)} --project ${sh(r.vault)} --data-file=-`;
    case 'doppler': return `doppler secrets set ${sh(r.item)} --project ${sh(r.vault)} --config ${sh(r.field)} --silent`;
    default: return undefined;
  }
}

/**
 * What the host pipes into `storeCommand`: the value itself, or for 1Password an item JSON
 * template (an API Credential whose concealed `credential` field holds the value).
 * The only function here whose result contains the secret: pipe it, never log it.
 */
export function secretStoreInput(opts: SecretReferenceOptions, envName: string, value: string): string {
  if (opts.manager !== '1password') return value;
  const r = resolveOptions(opts, envName);
  return JSON.stringify({
    title: r.item, category: 'API_CREDENTIAL',
    fields: [{ id: r.field, label: r.field, type: 'CONCEALED', value }],
  });
}

const RUN_NOTE: Partial<Record<SecretManager, string>> = {
  '1password': 'Run your program with `op run --env-file=.env -- <command>` so op:// references become values.',
  doppler: 'Run your program with `doppler run -- <command>`; the .env line documents where the value lives.',
  azure: 'App Service and Functions resolve @Microsoft.KeyVault(...) app settings; elsewhere load it with the Azure SDK.',
};

export function planMoveToSecretReference(original: MoveToSecretReferenceInput): FixPlan {
  const title = `Move to ${MANAGER_TITLE[original.manager]}`;
  const kind = languageKind(original.languageId, original.path);
  const input = exactSecret(original, kind);
  if ('error' in input) return { title, edits: [], envName: '', unsafeReason: input.error };
  const entries = input.envText === undefined ? new Map<string, DotenvEntry>() : parseDotenv(input.envText);
  const name = referenceName(input, kind, entries);
  if (typeof name !== 'string') return { title, edits: [], envName: '', unsafeReason: name.error };
  const ref = secretReference(input, name);
  if ('error' in ref) return { title, edits: [], envName: '', unsafeReason: ref.error };
  if (formatDotenvValue(ref.reference) === undefined) return { title, edits: [], envName: '', unsafeReason: 'The reference holds quotes of every kind, which .env cannot keep exactly.' };
  const source = planSourceRewrite(input, kind, name);
  if (source.unsafeReason) return { title, edits: [], envName: '', unsafeReason: source.unsafeReason };
  const notes = [...source.notes];
  const edits: FileEdit[] = [{ file: 'source', edits: source.edits }, ...source.otherFiles, envEdit(input.envText, entries, name, ref.reference, notes)];
  edits.push(...envHygieneEdits(input, name, notes));
  if (RUN_NOTE[input.manager]) notes.push(RUN_NOTE[input.manager]!);
  if (/^my-/.test(resolveOptions(input, name).vault) && (input.manager === 'azure' || input.manager === 'gcp' || input.manager === 'doppler')) {
    notes.push(`Replace the placeholder "${resolveOptions(input, name).vault}" with your real vault/project name.`);
  }
  const plan: FixPlan = { title: `${title} as ${name}`, edits, envName: name, notes, storeCommand: storeCommandFor(input, name) };
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
    const ref = variable ? secretReference(input, `TF_VAR_${variable}`) : undefined;
    const picked = pickEnvName(kind, input, entries, ref && 'reference' in ref ? [ref.reference] : []);
    return 'error' in picked ? picked : picked.name;
  }
  if (input.envName !== undefined) {
    const chosen = chooseEnvName(kind, input.suggestedName, entries, input.value, input.envName);
    return 'error' in chosen ? chosen : chosen.name;
  }
  const holding = keyHoldingValue(entries, input.value);
  return holding && (kind !== 'terraform' || holding.startsWith('TF_VAR_')) ? holding : uniqueKey(baseEnvName(kind, input.suggestedName), entries);
}

/** Appends `NAME=<reference>`, or overwrites an existing entry that held the raw value. */
function envEdit(envText: string | undefined, entries: Map<string, DotenvEntry>, name: string, reference: string, notes: string[]): FileEdit {
  const entry = entries.get(name);
  const formatted = formatDotenvValue(reference)!; // checked by the planner
  if (entry && envText !== undefined) {
    notes.push(`.env held the raw value as ${name}: it now holds the reference instead.`);
    return { file: 'env', edits: [{ start: entry.valueStart, end: entry.valueEnd, newText: formatted }] };
  }
  return appendLines('env', envText, [`${name}=${formatted}`]);
}
