import { ageSecretKey, ALNUM, base64url, join, randomString, token, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectLookAlike, expectNone } from './support';

describe('rules: secret managers', () => {
  it('Terraform Cloud tokens', () => {
    const t = join(randomString(14, ALNUM), '.atlas', 'v1.', randomString(67, URLSAFE));
    expectInAllSyntaxes('TFE_TOKEN', t, 'terraform-cloud-token', { severity: 'error' });
    expectFinding(`credentials "app.terraform.io" {\n  token = "${t}"\n}\n`, t, 'terraform-cloud-token', { path: '.terraformrc' });
    expectNone(`x = "${join(randomString(14, ALNUM), '.atlas', 'v1.', randomString(20, URLSAFE))}"`, 'terraform-cloud-token');
  });

  it('Vault service tokens are errors, batch tokens warnings', () => {
    expectInAllSyntaxes('VAULT_TOKEN', token(join('hv', 's.'), 95, URLSAFE), 'vault-service-token', { severity: 'error' });
    const batch = token(join('hv', 'b.'), 150, URLSAFE);
    expectFinding(`VAULT_TOKEN=${batch}`, batch, 'vault-batch-token', { path: '.env', severity: 'warning' });
    expectNone(`x = "${token(join('hv', 's.'), 20, URLSAFE)}"`, 'HashiCorp');
  });

  it('Doppler tokens of every kind', () => {
    for (const kind of ['pt', 'sa', 'ct', 'scim', 'audit']) {
      const t = token(join('dp', '.', kind, '.'), 43);
      expectFinding(`DOPPLER_TOKEN=${t}`, t, expectFindingId(kind), { path: '.env', label: kind });
    }
    const st = join('dp', '.st.', 'prd.', randomString(40, ALNUM));
    expectInAllSyntaxes('DOPPLER_TOKEN', st, 'doppler-service-token');
    expectNone(`x = "${token(join('dp', '.pt.'), 20)}"`, 'Doppler');
  });

  it('1Password service-account tokens decode to JSON', () => {
    const payload = base64url(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: randomString(22, URLSAFE) }, email: `${randomString(12, 'abcdefghijklmnop')}@1passwordserviceaccounts.com`, srpX: randomString(64, 'abcdef0123456789'), muk: { alg: 'A256GCM', ext: true, k: randomString(43, URLSAFE), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: randomString(40, ALNUM) }));
    const t = join('op', 's_', payload);
    expectInAllSyntaxes('OP_SERVICE_ACCOUNT_TOKEN', t, '1password-service-account-token');
    const garbage = join('op', 's_', 'eyJ', randomString(150, ALNUM));
    expectLookAlike(`x = "${garbage}"`, garbage, '1password-service-account-token');
    expectNone(`x = "${join('op', 's_', 'eyJ', randomString(60, ALNUM))}"`, '1password-service-account-token');
  });

  it('age secret keys are verified by their bech32 checksum; a failing one is information', () => {
    const key = ageSecretKey();
    expectInAllSyntaxes('SOPS_AGE_KEY', key, 'age-secret-key', { confidence: 'verified-format' });
    expectFinding(`# created: 2024-01-01\n# public key: age1xyz\n${key}\n`, key, 'age-secret-key', { path: 'keys.txt' });
    const broken = key.slice(0, -1) + (key.endsWith('Q') ? 'P' : 'Q');
    expectLookAlike(`SOPS_AGE_KEY=${broken}`, broken, 'age-secret-key', '.env');
    expectNone(`SOPS_AGE_KEY=${key.slice(0, -2)}`, 'age-secret-key', '.env');
  });

  it('every Terraform secret resource of a file: one reading a variable does not hide the next one\'s literal', () => {
    const v = randomString(24, ALNUM);
    const tf = `resource "google_secret_manager_secret_version" "meta" {\n  secret      = google_secret_manager_secret.meta.id\n  secret_data = var.meta_token\n}\n\nresource "google_secret_manager_secret_version" "braze" {\n  secret      = "projects/acme/secrets/braze-rest-key"\n  secret_data = "${v}"\n}\n`;
    expectFinding(tf, v, 'terraform-stored-secret', { path: 'infra/secrets.tf' });
  });

  it('a ~/.vault-token holds a token in any hvs. length', () => {
    const t = join('hv', 's.', randomString(3, ALNUM), '-', randomString(20, ALNUM)); // (a dash, as the service token rule's alphabet has not)
    expectFinding(`${t}\n`, t, 'vault-token-file', { path: 'home/dana/.vault-token' });
  });
});

function expectFindingId(kind: string): string {
  return { pt: 'doppler-personal-token', sa: 'doppler-service-account-token', ct: 'doppler-cli-token', scim: 'doppler-scim-token', audit: 'doppler-audit-token' }[kind]!;
}
