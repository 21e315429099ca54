import { hasValidBech32 } from '../checksums';
import { decodeBase64, decodeJsonSegment } from '../text';
import { bare, eachSecret, prefixed, providerKey, unverifiedAsInfo } from './define';
import { isPlaceholder } from '../filters';
import { isLiteralPassword } from './httpAuth';
import type { RawMatch, Rule } from '../types';

/** Where the block opened in the window's first line closes (its matching `}`), or the window's end. */
function blockEnd(window: string): number {
  let depth = 0;
  for (let i = 0; i < window.length; i++) {
    if (window[i] === '{') depth++;
    else if (window[i] === '}' && --depth <= 0) return i;
  }
  return window.length;
}

const DOPPLER: [string, string, string][] = [
  ['doppler-personal-token', 'personal token', 'dp.pt.'],
  ['doppler-service-token', 'service token', 'dp.st.'],
  ['doppler-service-account-token', 'service account token', 'dp.sa.'],
  ['doppler-cli-token', 'CLI token', 'dp.ct.'],
  ['doppler-scim-token', 'SCIM token', 'dp.scim.'],
  ['doppler-audit-token', 'audit token', 'dp.audit.'],
];

/**
 * Commands that store a value as a secret, from their CLI references: whatever they store is a
 * secret by definition, so a literal there is one in the script. Azure's `az keyvault secret set
 * --value`, AWS's `ssm put-parameter --type SecureString --value`, Google's `gcloud secrets create`
 * / `versions add --data-file=-` fed by `echo` or a here-string, `kubectl create secret
 * --from-literal=name=value`.
 */
const STORED_SECRET = [
  /\baz[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}set\b[^\n|;&]{0,300}?[ \t]--value(?:[ \t]{1,4}|=)(?<q>["']?)(?<secret>[^\s'"]{3,300})\k<q>(?=[\s;|&)]|$)/dg,
  /\baws[ \t]{1,4}ssm[ \t]{1,4}put-parameter\b(?=[^\n]{0,400}SecureString)[^\n|;&]{0,300}?[ \t]--value(?:[ \t]{1,4}|=)(?<q>["']?)(?<secret>[^\s'"]{3,300})\k<q>(?=[\s;|&)]|$)/dg,
  /\b(?:echo|printf)[ \t]{1,4}(?:-n[ \t]{1,4})?(?<q>["']?)(?<secret>[^\s'"|]{3,300})\k<q>[ \t]{0,4}\|[ \t]{0,4}gcloud[ \t]{1,4}secrets[ \t]{1,4}(?:create|versions[ \t]{1,4}add)\b[^\n|;&]{0,200}?--data-file[= ]-(?=\s|$)/dg,
  /\bgcloud[ \t]{1,4}secrets[ \t]{1,4}(?:create|versions[ \t]{1,4}add)\b[^\n|;&]{0,200}?--data-file[= ]-[ \t]{1,4}<<<[ \t]{0,4}(?<q>["']?)(?<secret>[^\s'"]{3,300})\k<q>/dg,
  /\bkubectl[ \t]{1,4}create[ \t]{1,4}secret\b[^\n|;&]{0,300}?--from-literal=[\w.-]{1,100}=(?<q>["']?)(?<secret>[^\s'"]{3,300})\k<q>(?=[\s;|&)\\]|$)/dg,
  // Written to a password or token file: `echo '…' > ~/.vault_pass.txt` (Ansible's vault password file).
  /\b(?:echo|printf)[ \t]{1,4}(?:-n[ \t]{1,4})?(?<q>["']?)(?<secret>[^\s'"|>]{6,300})\k<q>[ \t]{0,4}>{1,2}[ \t]{0,4}["']?[\w~./$-]{0,100}(?:vault_pass|pass(?:word)?\.txt|token\.txt|secret\.txt)["']?(?=[\s;|&)]|$)/dg,
];

function storedSecrets(window: string, start: number): RawMatch[] {
  // References and placeholders are no literal: `--value "$TOKEN"`, `--value @token.txt`, `<token>`.
  return STORED_SECRET.flatMap(re => eachSecret(re, window, start, value => (isLiteralPassword(value) && !value.startsWith('@') ? {} : undefined)));
}

/**
 * Terraform resources whose attribute is the secret they store (each provider's registry docs):
 * Azure Key Vault's `value`, AWS Secrets Manager's `secret_string`, Google Secret Manager's
 * `secret_data`, GitHub's `plaintext_value`, an SSM parameter's `value` when it is a SecureString.
 */
const TERRAFORM_SECRET_RESOURCE = /^[ \t]*resource[ \t]{1,4}"(?<type>azurerm_key_vault_secret|aws_secretsmanager_secret_version|google_secret_manager_secret_version|github_actions_(?:environment_|organization_)?secret|github_dependabot_secret|aws_ssm_parameter)"[ \t]{1,4}"[\w-]{1,80}"[ \t]{0,4}\{/gm;
const STORED_ATTRIBUTE = /^[ \t]*(?:value|secret_string|secret_data|plaintext_value)[ \t]{0,24}=[ \t]{0,4}"(?<secret>[^"\n$]{3,300})"[ \t]*(?:#[^\n]*|\/\/[^\n]*)?$/dgm;

function terraformStoredSecrets(window: string, start: number): RawMatch[] {
  const out: RawMatch[] = [];
  // (Every such resource of the window: a file declares several, one reading a variable, the next a literal.)
  TERRAFORM_SECRET_RESOURCE.lastIndex = 0;
  for (let head = TERRAFORM_SECRET_RESOURCE.exec(window); head; head = TERRAFORM_SECRET_RESOURCE.exec(window)) {
    const open = head.index + head[0].length - 1;
    const block = window.slice(open, open + blockEnd(window.slice(open)));
    // An SSM parameter is secret only as a SecureString; its other types are plain configuration.
    if (head.groups!.type === 'aws_ssm_parameter' && !/^[ \t]*type[ \t]{0,24}=[ \t]{0,4}"SecureString"/m.test(block)) continue;
    out.push(...eachSecret(STORED_ATTRIBUTE, block, start + open, value => (isLiteralPassword(value) && !isPlaceholder(value) ? {} : undefined)));
  }
  return out;
}

/** A UUID in quotes. */
const QUOTED_UUID = '["\'](?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["\']';
/** A Consul agent's `acl { tokens { … } }`: the tokens it uses, by role. */
const CONSUL_ACL_TOKEN = new RegExp(`(?<![\\w-])["']?(?:initial_management|agent_recovery|agent|default|replication|config_file_service_registration|dns|master|agent_master)["']?[ \\t]{0,24}[=:][ \\t]{0,4}${QUOTED_UUID}`, 'dg');

/** `vault operator init`'s output: `Unseal Key 1: <base64 share>` (or hex with `-format`), a line each. */
const UNSEAL_KEY_LINE = /(?<![\w-])Unseal Key \d{1,2}:[ \t]{1,4}(?<secret>[A-Za-z0-9+/]{40,100}={0,2}|[0-9a-f]{60,140})(?![\w+/=])/dg;

/**
 * The secret of a token Consul or Nomad just created (`consul acl bootstrap`, `nomad acl bootstrap`,
 * `… acl token create`): printed under its accessor as `SecretID:` or `Secret ID =`. The accessor
 * names the token; the secret is the token itself (the bootstrap one is the cluster's management token).
 */
const CREATED_TOKEN_SECRET = /Accessor ?ID[ \t]{0,16}[:=][ \t]{0,20}[0-9a-f-]{36}[ \t]*\r?\n(?:[^\n]{0,120}\n){0,2}?[ \t]{0,8}Secret ?ID[ \t]{0,16}[:=][ \t]{0,20}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/dg;

export const secretManagerRules: Rule[] = [
  {
    id: 'vault-unseal-key', provider: 'HashiCorp', title: 'Vault unseal key share',
    source: 'HashiCorp docs: `vault operator init` output (Unseal Key N: <base64>, Initial Root Token)',
    keywords: ['unseal key'],
    find: (window, start) => eachSecret(UNSEAL_KEY_LINE, window, start, value => (/^[0-9a-f]+$/.test(value) || (decodeBase64(value)?.length ?? 0) >= 16 ? {} : undefined)),
    confidence: 'provider', severity: 'error',
    envVar: 'VAULT_UNSEAL_KEY', rotateUrl: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey',
    description: 'A share of a Vault cluster\'s unseal key, as `vault operator init` prints it: enough shares unseal the cluster. Rekey with `vault operator rekey`.',
  },
  {
    id: 'hashicorp-acl-secret-id', provider: 'HashiCorp', title: 'Consul or Nomad ACL token (command output)',
    source: 'HashiCorp docs: `consul acl bootstrap` / `consul acl token create` output (AccessorID, SecretID); `nomad acl bootstrap` / `nomad acl token create` output (Accessor ID, Secret ID)',
    keywords: ['accessorid', 'accessor id'],
    window: { before: 0, after: 400, wholeLines: true },
    find: (window, start) => eachSecret(CREATED_TOKEN_SECRET, window, start, () => ({})),
    confidence: 'provider', severity: 'error',
    envVar: 'CONSUL_HTTP_TOKEN', rotateUrl: 'https://developer.hashicorp.com/consul/commands/acl/token',
    description: 'The secret ID of an ACL token that `consul acl bootstrap`, `nomad acl bootstrap` or `acl token create` printed, pasted with its accessor: it is the token (a bootstrap token manages the whole cluster).',
  },
  {
    id: 'consul-acl-token', provider: 'HashiCorp', title: 'Consul ACL token',
    source: 'HashiCorp docs: Consul agent configuration, acl.tokens (initial_management, agent, agent_recovery, default, replication, …): UUID secret IDs',
    keywords: ['tokens {', 'tokens{', '"tokens":', 'tokens ='],
    window: { before: 0, after: 700, wholeLines: true },
    find: (window, start) => eachSecret(CONSUL_ACL_TOKEN, window.slice(0, blockEnd(window)), start),
    confidence: 'provider', severity: 'error',
    envVar: 'CONSUL_HTTP_TOKEN', rotateUrl: 'https://developer.hashicorp.com/consul/commands/acl/token',
    description: 'A Consul ACL token in an agent\'s configuration (`acl { tokens { initial_management = "…" } }`): the initial management token can do anything on the cluster; the others act with their policies.',
  },
  {
    id: 'secret-store-command', provider: 'Generic', title: 'Secret stored by a command',
    source: 'CLI references: az keyvault secret set --value; aws ssm put-parameter --type SecureString --value; gcloud secrets create / versions add --data-file=-; kubectl create secret generic --from-literal; Ansible docs (vault password files)',
    keywords: ['keyvault', 'put-parameter', 'gcloud secrets', '--from-literal', 'vault_pass', 'pass.txt', 'password.txt', 'token.txt', 'secret.txt'],
    find: storedSecrets,
    skipPlaceholderCheck: true, // isLiteralPassword is the check
    confidence: 'provider', severity: 'error',
    envVar: 'SECRET',
    description: 'A literal stored as a secret by `az keyvault secret set --value`, `aws ssm put-parameter --type SecureString --value`, `gcloud secrets … --data-file=-` (echoed or here-string) or `kubectl create secret … --from-literal`: the script holds the secret it stores.',
  },
  {
    id: 'terraform-stored-secret', provider: 'Generic', title: 'Secret stored by a Terraform resource',
    source: 'Terraform registry docs: azurerm_key_vault_secret (value), aws_secretsmanager_secret_version (secret_string), google_secret_manager_secret_version (secret_data), github_actions_secret (plaintext_value), aws_ssm_parameter (value, type SecureString)',
    keywords: ['azurerm_key_vault_secret', 'secretsmanager_secret_version', 'secret_manager_secret_version', 'github_actions_', 'github_dependabot_secret', 'aws_ssm_parameter'],
    window: { before: 200, after: 1500, wholeLines: true },
    find: terraformStoredSecrets,
    skipPlaceholderCheck: true, // isLiteralPassword is the check
    confidence: 'provider', severity: 'error',
    envVar: 'TF_VAR_SECRET',
    description: 'A literal given to a Terraform resource that stores it as a secret (a Key Vault secret, a Secrets Manager version, a GitHub Actions secret, a SecureString parameter): the configuration, and its state, hold the secret.',
  },
  {
    id: 'terraform-cloud-token', provider: 'HashiCorp', title: 'Terraform Cloud / Enterprise API token',
    source: 'observed (<14>.atlasv1.<~67>); HCP Terraform docs only say tokens are shown once',
    keywords: ['.atlasv1.'],
    pattern: bare('[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'),
    confidence: 'provider', severity: 'error',
    envVar: 'TFE_TOKEN', rotateUrl: 'https://app.terraform.io/app/settings/tokens',
    description: 'Terraform Cloud / Enterprise API token (<14>.atlasv1.<…>): runs plans and reads state, which holds secrets.',
  },
  prefixed({
    id: 'vault-service-token', provider: 'HashiCorp', title: 'HashiCorp Vault service token',
    source: 'provider docs: HashiCorp Vault tokens tutorial (hvs. service tokens since 1.10); the 24-character form (a dev server\'s root token) is observed',
    // Namespaced service tokens run to about 95 characters; a root token (`vault server -dev`) is hvs. + 24.
    // (Shorter ones open with their protobuf's `CAES` header, as every service token does: observed.)
    prefix: 'hvs.', body: '(?:[A-Za-z0-9]{24}|CAES[A-Za-z0-9_-]{40,126}|[A-Za-z0-9_-]{80,130})',
    envVar: 'VAULT_TOKEN', rotateUrl: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
    description: 'HashiCorp Vault service token (hvs.…): reads whatever its policies allow.',
  }),
  prefixed({
    id: 'vault-batch-token', provider: 'HashiCorp', title: 'HashiCorp Vault batch token',
    source: 'provider docs: HashiCorp Vault batch tokens tutorial (hvb.)',
    prefix: 'hvb.', body: '[A-Za-z0-9_-]{100,300}',
    severity: 'warning',
    envVar: 'VAULT_TOKEN', rotateUrl: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#batch-tokens',
    description: 'HashiCorp Vault batch token (hvb.…): short-lived, but valid until its TTL ends and cannot be revoked early.',
  }),
  ...DOPPLER.map(([id, what, prefix]) => prefixed({
    id, provider: 'Doppler', title: `Doppler ${what}`, prefix,
    source: 'provider docs: Doppler API reference (token types); the dp.<kind>. prefixes are third-party (integration guides)',
    // Service tokens may name their config: dp.st.<config>.<secret>.
    body: prefix === 'dp.st.' ? '(?:[a-z0-9_-]{1,40}\\.)?[A-Za-z0-9]{40,44}' : '[A-Za-z0-9]{40,44}',
    envVar: 'DOPPLER_TOKEN', rotateUrl: 'https://dashboard.doppler.com/workplace/tokens',
    description: `Doppler ${what} (${prefix}…): reads the secrets it is scoped to.`,
  })),
  prefixed({
    id: '1password-service-account-token', provider: '1Password', title: '1Password service-account token',
    source: 'observed (ops_ + base64 JSON); 1Password docs name OP_SERVICE_ACCOUNT_TOKEN',
    prefix: 'ops_', body: 'eyJ[A-Za-z0-9+/=_-]{100,2000}', tokenChars: 'A-Za-z0-9_+/=-',
    validate: unverifiedAsInfo(value => !!decodeJsonSegment(value.slice(4)), 'its JSON payload'),
    envVar: 'OP_SERVICE_ACCOUNT_TOKEN', rotateUrl: 'https://my.1password.com/developer-tools/infrastructure-secrets/serviceaccount',
    description: '1Password service-account token (ops_eyJ…): reads the vaults it was granted.',
  }),
  prefixed({
    id: '1password-secret-key', provider: '1Password', title: '1Password account Secret Key',
    source: '1Password Security Design white paper (the Secret Key: version A3, a six-character account ID, 26 random characters, in dash-separated groups); `op` CLI docs (OP_SECRET_KEY)',
    // A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX: the account ID, then the random part in fives.
    prefix: 'A3-', body: '[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    bodyMixes: true,
    envVar: 'OP_SECRET_KEY', rotateUrl: 'https://support.1password.com/secret-key/',
    description: 'A 1Password account Secret Key (A3-…): with the account password it unlocks every vault of the account. Regenerate it if it leaked.',
  }),
  prefixed({
    id: 'age-secret-key', provider: 'age', title: 'age secret key',
    source: 'provider source: age specification (bech32 AGE-SECRET-KEY-1…)',
    prefix: 'AGE-SECRET-KEY-1', body: '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
    confidence: 'verified-format',
    validate: unverifiedAsInfo(hasValidBech32, 'its bech32 checksum'),
    skipPlaceholderCheck: true,
    envVar: 'SOPS_AGE_KEY', secretNames: /(?:^|_)[A-Z]+_AGE_KEY$/, rotateUrl: 'https://github.com/FiloSottile/age#readme',
    description: 'age (and SOPS) secret key (AGE-SECRET-KEY-1…), bech32 checksum verified offline: decrypts every file encrypted to it.',
  }),
  prefixed({
    id: 'vault-recovery-token', provider: 'HashiCorp', title: 'HashiCorp Vault recovery token',
    prefix: 'hvr.', body: '(?:[A-Za-z0-9]{24}|[A-Za-z0-9_-]{90,130})',
    source: 'provider docs: HashiCorp Vault tokens tutorial (hvs./hvb./hvr. prefixes since 1.10)',
    envVar: 'VAULT_TOKEN', rotateUrl: 'https://developer.hashicorp.com/vault/docs/concepts/recovery-mode',
    description: 'HashiCorp Vault recovery token (hvr.…): used in recovery mode, with access to raw storage.',
  }),
  providerKey({
    id: 'vault-legacy-token', provider: 'HashiCorp', title: 'HashiCorp Vault token (legacy)',
    body: '[sb]\\.[A-Za-z0-9]{24}', near: /vault/i, keywords: ['vault'],
    source: 'provider docs: Vault "Upgrade to 1.0.0 > Token Format Change" (s. service, b. batch prefixes, 1.0 to 1.9)',
    envVar: 'VAULT_TOKEN', rotateUrl: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
    description: 'Older HashiCorp Vault token (s.… or b.… + 24) under a token name next to Vault usage.',
  }),
  {
    id: 'gossip-encryption-key', provider: 'HashiCorp', title: 'Consul/Nomad gossip encryption key',
    source: 'provider docs: Consul agent configuration "encrypt" (a base64 key from consul keygen, 32 bytes; 16 and 24 accepted) and Nomad server "encrypt"',
    // Also under a variable's or an attribute's name (`CONSUL_ENCRYPT=…` in a Packer provisioner, Chef's
    // `['consul']['encrypt'] = '…'`, a pillar's `encrypt_previous:` kept for rotation, `gossip_key`), quoted or not.
    keywords: ['encrypt =', 'encrypt=', '"encrypt"', "'encrypt'", 'encrypt:', 'encrypt  ', 'encrypt_previous', 'gossip_key', 'gossip_encryption_key'], // `encrypt  `: aligned `encrypt    = "…"`
    pattern: /(?<![A-Za-z0-9.-])(?:(?:consul|nomad|serf)_)?(?:encrypt(?:_previous)?|gossip_(?:encryption_)?key)["'\]]{0,3}[ \t]{0,24}(?:=>|=|:)[ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{32}|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
    // Whoever holds it joins the cluster's gossip pool and reads or forges its membership traffic.
    validate: value => [16, 24, 32].includes(decodeBase64(value)?.length ?? 0) && /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
    confidence: 'provider', severity: 'error',
    envVar: 'CONSUL_GOSSIP_KEY', rotateUrl: 'https://developer.hashicorp.com/consul/docs/security/encryption/gossip/enable/existing',
    description: 'The gossip encryption key of a Consul or Nomad agent configuration (`encrypt = "…"`, base64 of 16, 24 or 32 bytes): joins and reads the cluster\'s gossip pool.',
  },
  prefixed({
    id: 'pulumi-access-token', provider: 'Pulumi', title: 'Pulumi access token',
    prefix: 'pul-', body: '[a-f0-9]{40}',
    source: 'Pulumi docs (PULUMI_ACCESS_TOKEN); pul- + 40 hex is a lead',
    envVar: 'PULUMI_ACCESS_TOKEN', rotateUrl: 'https://app.pulumi.com/account/tokens',
    description: 'Pulumi Cloud access token (pul-…): reads stack state, which holds resource secrets.',
  }),
  {
    id: 'pulumi-plaintext-secret', provider: 'Pulumi', title: 'Decrypted secret in a Pulumi stack export',
    source: 'Pulumi docs, "Secrets" and `pulumi stack export --show-secrets`: a secret value is an object marked with the signature key 4dabf18193072939515e22adb298388d; exported with --show-secrets it holds `plaintext` (the value, JSON-encoded) instead of `ciphertext`',
    // (The marker's key is a fixed 32-hex constant: a rare keyword.)
    keywords: ['4dabf18193072939515e22adb298388d'],
    window: { before: 0, after: 2000 },
    // Only a string's plaintext (`"\"…\""`): an object's or a number's says too little on its own.
    pattern: /4dabf18193072939515e22adb298388d"[ \t]{0,4}:[ \t]{0,4}"1b47061264138c4ac30d75fd1eb44270"[ \t]{0,4},\s{0,80}"plaintext"[ \t]{0,4}:[ \t]{0,4}"\\"(?<secret>(?:[^"\\\r\n]|\\.){3,500}?)\\""/,
    // (Any text may be a secret's: the generic stand-in checks read `>>` or `=` in a password as code.)
    validate: value => !isPlaceholder(value),
    skipPlaceholderCheck: true,
    confidence: 'provider', severity: 'error',
    envVar: 'PULUMI_SECRET', rotateUrl: 'https://www.pulumi.com/docs/iac/concepts/secrets/',
    description: 'A secret a Pulumi stack holds, in clear in an export made with --show-secrets (or a state file edited by hand): whatever the secret opens. Export without --show-secrets, and rotate it if the file was shared.',
  },
];
