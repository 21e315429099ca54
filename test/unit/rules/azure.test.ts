import * as assert from 'assert';
import { scanText } from '../../../src/core';
import { ALNUM, BASE64, HEX, join, randomString } from '../../helpers/fakes';
import { expectFinding, expectNone } from './support';

function storageKey(seed?: number): string {
  return randomString(86, BASE64, seed) + '==';
}

/** Entra ID client secret: 3 chars, a digit, the Q~ marker, 34 more. */
function entraSecret(seed?: number): string {
  return join(randomString(3, ALNUM, seed), '8', 'Q', '~', randomString(34, ALNUM + '_~.-', seed));
}

describe('rules: Azure', () => {
  it('Azure OpenAI: a 32-hex key next to the endpoint, in several syntaxes', () => {
    const key = randomString(32, HEX);
    const endpoint = 'https://contoso-ai.openai.azure.com/';
    expectFinding(`client = AzureOpenAI(\n    azure_endpoint="${endpoint}",\n    api_key="${key}",\n)\n`, key, 'azure-openai-key', { path: 'a.py', severity: 'error' });
    expectFinding(`AZURE_OPENAI_ENDPOINT=${endpoint}\nAZURE_OPENAI_API_KEY=${key}\n`, key, 'azure-openai-key', { path: '.env' });
    expectFinding(`{\n  "endpoint": "${endpoint}",\n  "apiKey": "${key}"\n}`, key, 'azure-openai-key', { path: 'appsettings.json' });
  });

  it('Azure OpenAI: hex without the endpoint, or under a non-key name, is not reported', () => {
    const key = randomString(32, HEX);
    expectNone(`API_KEY=${key}`, 'azure-openai-key', '.env');
    expectNone(`AZURE_OPENAI_ENDPOINT=https://x.openai.azure.com/\nDEPLOYMENT_HASH=${key}\n`, 'azure-openai-key', '.env');
  });

  it('storage connection strings: the AccountKey only', () => {
    const key = storageKey();
    const text = `"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${key};EndpointSuffix=core.windows.net"`;
    expectFinding(`conn = ${text}`, key, 'azure-storage-account-key', { path: 'a.py', severity: 'error' });
    expectFinding(`<add key="Storage" value=${text} />`, key, 'azure-storage-account-key', { path: 'web.config' });
    expectNone(`AccountKey=${randomString(80, BASE64)}==;`, 'azure-storage-account-key', 'a.txt');
    expectNone('AccountKey=${STORAGE_KEY};', 'azure-storage-account-key', 'a.txt');
  });

  it('Service Bus shared access keys', () => {
    const key = randomString(43, BASE64) + '=';
    const text = `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${key}`;
    expectFinding(text, key, 'azure-shared-access-key', { path: 'local.settings.json' });
  });

  it('Entra ID client secrets by their Q~ marker', () => {
    const secret = entraSecret();
    expectFinding(`AZURE_CLIENT_SECRET=${secret}`, secret, 'azure-ad-client-secret', { path: '.env' });
    expectFinding(`  client_secret = "${secret}"`, secret, 'azure-ad-client-secret', { path: 'main.tf' });
    expectNone(`x = "${secret.slice(0, 20)}"`, 'azure-ad-client-secret');
    expectNone(`x = "abc${secret}"`, 'azure-ad-client-secret'); // glued into a longer token
    assert.ok(!scanText('see note 4Q~ in the doc').length);
  });
});

describe('rules: Azure SAS expiry', () => {
  it('an expired SAS is informational and says when it expired; a live one says when it expires', () => {
    const sig = () => randomString(43) + '%3D';
    const expired = sig();
    const old = expectFinding(`u = "https://acme.blob.core.windows.net/c?sv=2021-06-08&sp=r&se=2021-01-01T00:00:00Z&sig=${expired}"`, expired, 'azure-sas-token', { path: 'a.py', severity: 'info' });
    assert.match(old.detail ?? '', /expired 2021-01-01/);
    const live = sig();
    const f = expectFinding(`t = "SharedAccessSignature sr=sb%3a%2f%2facme.servicebus.windows.net&sig=${live}&se=${Math.floor(Date.now() / 1000) + 3600}&skn=send"`, live, 'azure-sas-token', { path: 'a.py', severity: 'warning' });
    assert.match(f.detail ?? '', /expires \d{4}-/);
  });
});
