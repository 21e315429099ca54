/**
 * Per-rule evidence: for every rule id, generated true positives (text + the exact secret the
 * rule must report) and labelled near misses (text the rule must stay quiet on, with why).
 * evidence.test.ts fails when a registered rule has no entry here, and runs every case.
 *
 * Values are built at run time from format descriptions (see test/helpers/fakes.ts), never
 * pasted: prefixes are split with `join` so the repository itself scans clean.
 */

import {
  ALNUM, BASE32, BASE64, DIGITS, HEX, LOWER_ALNUM, URLSAFE, ageSecretKey, anthropicKey, atlassianToken, awsAccessKeyId,
  awsSecretKey, base64, base64url, corruptChecksum, crc32Hex, crcToken, discordBotToken, epoch, gcpServiceAccountJson,
  googleApiKey, grafanaToken, join, jwt, natsNkeySeed, nostrSecretKey, wifKey, openaiLegacyKey, recoveryPhrase, bip39Phrase, extendedPrivateKey, openaiProjectKey, pemBlock, pypiToken, randomString, slackBotToken,
  slackUserToken, token, uuid, OPENAI_MARKER,
} from '../../helpers/fakes';
import { base58Encode } from '../../../src/core/checksums';

export interface Hit { text: string; value: string; path: string }

/** Why a near miss must not be reported: each rule shows at least one. */
export type Why = 'wrong length' | 'wrong checksum' | 'wrong structure' | 'wrong alphabet' | 'placeholder'
  | 'documented example' | 'no provider context' | 'not a secret name' | 'public by design' | 'not signed' | 'reference';

export interface Miss { why: Why; text: string; path: string }

/**
 * `lookAlikes`: values in the full format whose checksum or payload does not verify, which the
 * rule reports as information (see unverifiedAsInfo in define.ts).
 */
export interface Evidence { hits: Hit[]; misses: Miss[]; lookAlikes?: Hit[] }

// ---- Case builders ----

/** `NAME=value` in a `.env` file (or another config file). */
export function env(name: string, value: string, path = '.env'): Hit {
  return { text: `DEBUG=false\n${name}=${value}\n`, value, path };
}

/** `const name = "value";` in TypeScript. */
export function code(name: string, value: string, path = 'src/client.ts'): Hit {
  return { text: `import x from "y";\nconst ${name} = "${value}";\n`, value, path };
}

export function hit(text: string, value: string, path = 'src/app.ts'): Hit {
  return { text, value, path };
}

export function miss(why: Why, text: string, path = 'src/app.ts'): Miss {
  return { why, text, path };
}

/** `NAME=value` as a near miss. */
export function envMiss(why: Why, name: string, value: string, path = '.env'): Miss {
  return { why, text: `DEBUG=false\n${name}=${value}\n`, path };
}

/** A prefixed token: `prefix` + `n` characters of `alphabet`. */
const t = (prefix: string, n: number, alphabet = ALNUM) => token(prefix, n, alphabet);
/** A placeholder body the shared filter must drop (`prefix` + x's). */
const xs = (prefix: string, n: number) => prefix + 'x'.repeat(n);

/** Evidence for a plain prefixed format: hits in code and `.env`, a too-short body, a placeholder. */
function prefixedFormat(envVar: string, prefix: string, n: number, alphabet = ALNUM, short = n - 1): Evidence {
  const value = t(prefix, n, alphabet);
  return {
    hits: [env(envVar, value), code('apiKey', t(prefix, n, alphabet))],
    misses: [envMiss('wrong length', envVar, t(prefix, short, alphabet)), envMiss('placeholder', envVar, xs(prefix, n))],
  };
}

/** A key in a map of provider keys, named only by the provider. */
function stabilityMapEntry(value: string): Hit {
  return hit(`export const providerKeys = {\n  stability: "${value}",\n};\n`, value, 'src/keys.ts');
}

/** An Agora app certificate as a Kotlin constant. */
function agoraConfig(certificate: string): Hit {
  return hit(`object RtcConfig {\n    // Agora project\n    const val appCertificate = "${certificate}"\n}\n`, certificate, 'RtcConfig.kt');
}

/** A bot token in the Bot API's URL path, right after `bot`. */
function telegramUrl(token: string): Hit {
  return hit(`curl -s "https://api.telegram.org/bot${token}/sendMessage" -d chat_id=42\n`, token, 'alert.sh');
}

/** Flips the last hex digit: a checksum trailer that no longer matches. */
function flipLastHex(value: string): string {
  const last = value[value.length - 1];
  return value.slice(0, -1) + (last === '0' ? '1' : '0');
}

const dashes = '-----';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The documented AWS example access key id, rebuilt from parts. */
const AWS_DOC_KEY_ID = join('AKIA', 'IOSFODNN7', 'EXAMPLE');

function sentryOrgToken(org = 'acme'): string {
  const payload = base64(JSON.stringify({ iat: 1700000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org }));
  return join('sntr', 'ys_', payload.replace(/=+$/, ''), '_', randomString(43, URLSAFE));
}

function grafanaLegacyKey(withName = true): string {
  return base64(JSON.stringify({ k: randomString(32, ALNUM), ...(withName ? { n: 'deploy' } : {}), id: 1 }));
}

function bbdcToken(payload = `${randomString(12, DIGITS).replace(/^0/, '1')}:${randomString(24, ALNUM)}`): string {
  return join('BB', 'DC-', base64(payload));
}

const slackHook = (segment = 'services') => join('https://hooks.', 'slack.com/', segment, '/T', randomString(8, BASE32), '/B', randomString(10, BASE32), '/', randomString(24, ALNUM));

/** Evidence for a key in a node provider's endpoint URL: in an .env and in code; a placeholder and a reference stay quiet. */
function endpointKey(url: (key: string) => string, key: () => string): () => Evidence {
  return () => {
    const k = key(), inCode = key();
    return {
      hits: [hit(`RPC_URL=${url(k)}\n`, k, '.env'), hit(`const provider = new JsonRpcProvider("${url(inCode)}");\n`, inCode, 'scripts/sweep.ts')],
      misses: [miss('placeholder', `RPC_URL=${url('<YOUR_API_KEY>')}\n`, '.env.example'),
        miss('reference', `const provider = new JsonRpcProvider(\`${url('${process.env.RPC_KEY}')}\`);\n`, 'scripts/sweep.ts'),
        miss('wrong length', `RPC_URL=${url(k.slice(0, k.length - 4))}\n`, '.env')],
    };
  };
}

// ---- The table: every registered rule id ----

export const EVIDENCE: Record<string, () => Evidence> = {
  // OpenAI
  'openai-project-key': () => ({
    // (Without the marker, a long random body is still reported: as a warning.)
    hits: [env('OPENAI_API_KEY', openaiProjectKey()), code('openaiKey', openaiProjectKey()), env('OPENAI_API_KEY', join('sk-', 'proj-', 'aZ9', randomString(157, URLSAFE)))],
    misses: [envMiss('wrong length', 'OPENAI_API_KEY', t(join('sk-', 'proj-'), 40, URLSAFE)), envMiss('placeholder', 'OPENAI_API_KEY', join('sk-', 'proj-', 'x'.repeat(20), OPENAI_MARKER, 'x'.repeat(20))),
      envMiss('placeholder', 'OPENAI_API_KEY', join('sk-', 'proj-', 'x'.repeat(160)))],
  }),
  'openai-service-account-key': () => ({
    hits: [env('OPENAI_API_KEY', join('sk-', 'svcacct-', randomString(40, URLSAFE), OPENAI_MARKER, randomString(40, URLSAFE)))],
    misses: [envMiss('wrong length', 'OPENAI_API_KEY', t(join('sk-', 'svcacct-'), 40, URLSAFE))],
  }),
  'openai-admin-key': () => ({
    hits: [env('OPENAI_ADMIN_KEY', join('sk-', 'admin-', randomString(40, URLSAFE), OPENAI_MARKER, randomString(40, URLSAFE)))],
    misses: [envMiss('wrong length', 'OPENAI_ADMIN_KEY', t(join('sk-', 'admin-'), 40, URLSAFE))],
  }),
  'openai-api-key': () => ({
    // A user key of no project says so: `sk-None-…`.
    hits: [env('OPENAI_API_KEY', openaiLegacyKey()), env('OPENAI_API_KEY_OLD', join('sk-', 'None-', randomString(20), OPENAI_MARKER, randomString(20)))],
    misses: [envMiss('wrong length', 'OPENAI_API_KEY', join('sk-', randomString(19), OPENAI_MARKER, randomString(19))),
      envMiss('placeholder', 'OPENAI_API_KEY', join('sk-', 'None-', 'x'.repeat(20), OPENAI_MARKER, 'x'.repeat(20)))],
  }),
  // Anthropic
  'anthropic-api-key': () => ({
    hits: [env('ANTHROPIC_API_KEY', anthropicKey()), code('anthropicKey', anthropicKey())],
    misses: [envMiss('wrong length', 'ANTHROPIC_API_KEY', anthropicKey().replace(/^(.{20})./, '$1')), envMiss('wrong structure', 'ANTHROPIC_API_KEY', anthropicKey().slice(0, -2) + 'BB')],
  }),
  'anthropic-admin-key': () => ({
    hits: [env('ANTHROPIC_ADMIN_KEY', anthropicKey('admin01'))],
    misses: [envMiss('wrong length', 'ANTHROPIC_ADMIN_KEY', anthropicKey('admin01').replace(/^(.{20})./, '$1'))],
  }),
  // Google
  'google-api-key': () => ({
    hits: [env('GOOGLE_API_KEY', googleApiKey()), code('mapsKey', googleApiKey()),
      // Keys an app or page wires in are still reported (as information).
      ((k: string) => hit(`<meta-data\n    android:name="com.google.android.geo.API_KEY"\n    android:value="${k}" />\n`, k, 'app/src/main/AndroidManifest.xml'))(googleApiKey()),
      ((k: string) => hit(`<script async src="https://maps.googleapis.com/maps/api/js?libraries=places&key=${k}&callback=initMap"></script>\n`, k, 'public/stores.html'))(googleApiKey())],
    misses: [envMiss('wrong length', 'GOOGLE_API_KEY', googleApiKey().slice(0, -1)), envMiss('placeholder', 'GOOGLE_API_KEY', xs(join('AI', 'za'), 35))],
  }),
  'google-oauth-client-secret': () => prefixedFormat('GOOGLE_CLIENT_SECRET', join('GOC', 'SPX-'), 28, URLSAFE),
  'google-oauth-refresh-token': () => {
    const refresh = t(join('1/', '/0'), 100, URLSAFE);
    return {
      hits: [env('GOOGLE_REFRESH_TOKEN', t(join('1/', '/0'), 100, URLSAFE)),
        // gcloud's application default credentials.
        hit(`{"client_id": "${randomString(12, DIGITS)}-x.apps.googleusercontent.com", "refresh_token": "${refresh}", "type": "authorized_user"}\n`, refresh, 'adc.json')],
      misses: [miss('wrong structure', 'quotient = 1//0\n', 'calc.py'), envMiss('wrong length', 'GOOGLE_REFRESH_TOKEN', t(join('1/', '/0'), 20, URLSAFE))],
    };
  },
  'google-oauth-access-token': () => ({
    hits: [env('GOOGLE_ACCESS_TOKEN', t(join('ya', '29.'), 120, URLSAFE)),
      // A service account's, as `gcloud auth print-access-token` prints it.
      env('GOOGLE_ACCESS_TOKEN', t(join('ya', '29.c.'), 180, URLSAFE))],
    misses: [envMiss('wrong length', 'GOOGLE_ACCESS_TOKEN', t(join('ya', '29.'), 20, URLSAFE))],
  }),
  'gcp-service-account-key': () => {
    const { json, privateKey } = gcpServiceAccountJson();
    // The same file pasted into a JSON string (quotes and newlines escaped once more).
    const escaped = gcpServiceAccountJson();
    const inString = `{"credentials": "${escaped.json.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"}`;
    const escapedKey = escaped.privateKey.replace(/\\/g, '\\\\');
    const redacted = json.replace(/"private_key": "[^"]*"/, `"private_key": "${dashes}BEGIN PRIVATE KEY${dashes}\\n...\\n${dashes}END PRIVATE KEY${dashes}\\n"`).replace(/\s*"private_key_id": "[0-9a-f]+",/, '');
    return {
      hits: [hit(json, privateKey, 'keys/sa.json'), hit(json.replace(/\n\s*/g, ' '), privateKey, 'deploy/creds.json'), hit(inString, escapedKey, 'config/app.json'),
        ...[0, 1, 2].map(pad => { const b64 = base64(' '.repeat(pad) + gcpServiceAccountJson().json); return env('GCP_SA_KEY', b64); })],
      misses: [miss('placeholder', redacted, 'keys/sa.json'), envMiss('placeholder', 'GCP_SA_KEY', base64(redacted))],
    };
  },
  // Azure
  'azure-openai-key': () => ({
    hits: [hit(`AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/\nAZURE_OPENAI_API_KEY=${randomString(32, HEX)}\n`, '', '.env'),
      hit(`AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/\nAZURE_OPENAI_API_KEY=${randomString(82) + 'aZ'}\n`, '', '.env')].map(h => ({ ...h, value: h.text.split('API_KEY=')[1].trim() })),
    misses: [miss('not a secret name', `AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/\nAZURE_OPENAI_DEPLOYMENT=${randomString(32, HEX)}\n`, '.env')],
  }),
  'azure-storage-account-key': () => {
    const key = randomString(86, BASE64) + '==';
    return {
      hits: [hit(`AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${key};EndpointSuffix=core.windows.net"`, key, '.env'),
        // Hadoop's ABFS setting for the account, as Spark prints it.
        hit(`spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net=${key}\n`, key, 'logs/driver.log'),
        // The same setting in a Scala map.
        hit(`  val conf = Map(\n    "spark.hadoop.fs.azure.account.key.acmebackup.blob.core.windows.net" -> "${key}",\n  )\n`, key, 'src/main/scala/etl/Connections.scala')],
      misses: [miss('wrong length', `conn = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${randomString(60, BASE64)}==;"`)],
    };
  },
  'azure-shared-access-key': () => {
    const key = randomString(43, BASE64) + '=';
    return {
      hits: [hit(`SB="Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}"`, key, '.env')],
      misses: [miss('wrong length', `SB="Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${randomString(30, BASE64)}="`, '.env')],
    };
  },
  'azure-ad-client-secret': () => {
    const secret = () => join(randomString(3, ALNUM), randomString(1, DIGITS), 'Q~', randomString(34, ALNUM + '_~.-'));
    return {
      hits: [env('AZURE_CLIENT_SECRET', secret()), code('clientSecret', secret())],
      misses: [envMiss('wrong structure', 'AZURE_CLIENT_SECRET_HINT', join(randomString(4, ALNUM), 'Z~', randomString(34, ALNUM))), envMiss('wrong length', 'AZURE_CLIENT_SECRET', join(randomString(3, ALNUM), '7Q~', randomString(20, ALNUM)))],
    };
  },
  // LLM providers
  'cohere-api-key': () => ({
    hits: [env('COHERE_API_KEY', randomString(38) + 'a1')],
    misses: [envMiss('no provider context', 'API_KEY', randomString(38) + 'a1'), envMiss('wrong alphabet', 'COHERE_API_KEY', randomString(40, HEX))],
  }),
  'mistral-api-key': () => ({
    hits: [env('MISTRAL_API_KEY', randomString(30) + 'q7')],
    misses: [envMiss('wrong alphabet', 'MISTRAL_API_KEY', randomString(32, HEX)),
      miss('not a secret name', "type Config<V> = V extends 'text2vec-mistral' ? MistralKeyConfig : V extends 'gemini' ? Text2VecGoogleGeminiConfigCreate : never;\n", 'types.d.ts')],
  }),
  'stability-api-key': () => ({
    hits: [env('STABILITY_API_KEY', t('sk-', 48)), stabilityMapEntry(t('sk-', 48))],
    misses: [envMiss('no provider context', 'IMAGE_API_KEY', t('sk-', 48)),
      envMiss('wrong length', 'STABILITY_API_KEY', t('sk-', 32))],
  }),
  'deepseek-api-key': () => ({
    hits: [env('DEEPSEEK_API_KEY', t('sk-', 32, LOWER_ALNUM))],
    misses: [envMiss('no provider context', 'LLM_API_KEY', t('sk-', 32, LOWER_ALNUM))],
  }),
  'groq-api-key': () => prefixedFormat('GROQ_API_KEY', join('gs', 'k_'), 52, ALNUM, 40),
  'perplexity-api-key': () => prefixedFormat('PERPLEXITY_API_KEY', join('pp', 'lx-'), 48),
  'xai-api-key': () => prefixedFormat('XAI_API_KEY', join('xa', 'i-'), 80),
  'openrouter-api-key': () => prefixedFormat('OPENROUTER_API_KEY', join('sk-', 'or-v1-'), 64, HEX),
  'together-api-key': () => prefixedFormat('TOGETHER_API_KEY', join('tgp', '_v1_'), 48, URLSAFE, 30),
  'together-legacy-api-key': () => ({
    hits: [env('TOGETHER_API_KEY', randomString(64, HEX))],
    misses: [envMiss('no provider context', 'API_KEY', randomString(64, HEX))],
  }),
  // ML platforms
  'huggingface-token': () => prefixedFormat('HF_TOKEN', join('h', 'f_'), 34),
  'huggingface-org-token': () => prefixedFormat('HF_TOKEN', join('api_', 'org_'), 34),
  'replicate-api-token': () => prefixedFormat('REPLICATE_API_TOKEN', join('r', '8_'), 37),
  'langsmith-api-key': () => ({
    hits: [env('LANGSMITH_API_KEY', join('lsv2', '_pt_', randomString(32, HEX), '_', randomString(10, HEX))), env('LANGCHAIN_API_KEY', join('lsv2', '_sk_', randomString(32, HEX), '_', randomString(10, HEX)))],
    misses: [envMiss('wrong length', 'LANGSMITH_API_KEY', join('lsv2', '_pt_', randomString(32, HEX), '_', randomString(9, HEX)))],
  }),
  'pinecone-api-key': () => ({
    hits: [env('PINECONE_API_KEY', join('pc', 'sk_', randomString(6), '_', randomString(60)))],
    misses: [envMiss('wrong structure', 'PINECONE_API_KEY', t(join('pc', 'sk_'), 60))],
  }),
  'pinecone-legacy-api-key': () => ({
    hits: [env('PINECONE_API_KEY', uuid())],
    misses: [envMiss('not a secret name', 'PINECONE_PROJECT_ID', uuid())],
  }),
  // GitHub
  ...Object.fromEntries([['ghp_', 'github-pat'], ['gho_', 'github-oauth-token'], ['ghu_', 'github-user-to-server-token'],
    ['ghs_', 'github-server-to-server-token'], ['ghr_', 'github-refresh-token']].map(([p, id]) => [id, (): Evidence => ({
    hits: [env('GITHUB_TOKEN', crcToken(join(p.slice(0, 2), p.slice(2)))), code('token', crcToken(join(p.slice(0, 2), p.slice(2))))],
    misses: [envMiss('wrong checksum', 'GITHUB_TOKEN', corruptChecksum(crcToken(join(p.slice(0, 2), p.slice(2)))))],
  })])),
  'github-fine-grained-pat': () => ({
    hits: [env('GITHUB_TOKEN', join('github', '_pat_', randomString(22), '_', randomString(59))),
      // Other tools read the 82 characters as word characters: a copy whose underscore moved is one too.
      env('GH_TOKEN', join('github', '_pat_', randomString(30), '_', randomString(20), '_', randomString(30)))],
    misses: [envMiss('wrong length', 'GITHUB_TOKEN', join('github', '_pat_', randomString(22), '_', randomString(50)))],
  }),
  // GitLab
  'gitlab-pat': () => prefixedFormat('GITLAB_TOKEN', join('gl', 'pat-'), 20, URLSAFE),
  'gitlab-pat-routable': () => ({
    hits: [env('GITLAB_TOKEN', join('gl', 'pat-', randomString(40, URLSAFE), '.01.', randomString(9, LOWER_ALNUM)))],
    misses: [envMiss('wrong structure', 'GITLAB_TOKEN', join('gl', 'pat-', randomString(40, URLSAFE), '.01.', randomString(4, LOWER_ALNUM)))],
  }),
  ...Object.fromEntries(([['gldt-', 'gitlab-deploy-token', 25], ['glrt-', 'gitlab-runner-token', 30], ['glcbt-', 'gitlab-ci-job-token', 40],
    ['glft-', 'gitlab-feed-token', 25], ['glimt-', 'gitlab-incoming-mail-token', 30], ['glagent-', 'gitlab-agent-token', 55],
    ['gloas-', 'gitlab-oauth-secret', 64], ['glsoat-', 'gitlab-scim-token', 30], ['glffct-', 'gitlab-feature-flag-token', 30]] as const)
    .map(([p, id, n]) => [id, (): Evidence => ({
      hits: [env('GITLAB_TOKEN', t(join('g', p.slice(1)), n))],
      misses: [envMiss('placeholder', 'GITLAB_TOKEN', xs(join('g', p.slice(1)), n)), envMiss('wrong length', 'GITLAB_TOKEN', t(join('g', p.slice(1)), 12))],
    })])),
  'gitlab-pipeline-trigger-token': () => prefixedFormat('GITLAB_TOKEN', join('gl', 'ptt-'), 40, HEX),
  'gitlab-runner-registration-token': () => prefixedFormat('CI_SERVER_TOKEN', join('GR13', '48941'), 20, URLSAFE),
  // Atlassian
  'atlassian-api-token': () => ({
    hits: [env('JIRA_API_TOKEN', atlassianToken())],
    misses: [envMiss('wrong length', 'JIRA_API_TOKEN', atlassianToken().slice(0, 120))],
  }),
  'bitbucket-app-password': () => {
    const make = () => { const p = join('AT', 'BB', randomString(28)); return p + crc32Hex(p); };
    return {
      hits: [env('BITBUCKET_APP_PASSWORD', make())],
      misses: [envMiss('wrong length', 'BITBUCKET_APP_PASSWORD', make().slice(0, 16))],
    };
  },
  'bitbucket-dc-access-token': () => ({
    hits: [env('BITBUCKET_TOKEN', bbdcToken())],
    misses: [envMiss('wrong structure', 'BITBUCKET_TOKEN', bbdcToken(randomString(36, ALNUM)))],
  }),
  // Package registries
  'npm-access-token': () => ({
    hits: [env('NPM_TOKEN', crcToken(join('np', 'm_'))), hit(`//registry.npmjs.org/:_authToken=${'{{T}}'}`, '', '.npmrc')].map(h => {
      if (h.value) return h;
      const v = crcToken(join('np', 'm_'));
      return { ...h, text: h.text.replace('{{T}}', v), value: v };
    }),
    misses: [envMiss('wrong checksum', 'NPM_TOKEN', corruptChecksum(crcToken(join('np', 'm_'))))],
  }),
  'pypi-api-token': () => ({
    hits: [env('PYPI_API_TOKEN', pypiToken())],
    misses: [envMiss('wrong length', 'PYPI_API_TOKEN', join('py', 'pi-', 'AgEIcHlwaS5vcmc', randomString(40, URLSAFE)))],
  }),
  'rubygems-api-key': () => prefixedFormat('GEM_HOST_API_KEY', join('ruby', 'gems_'), 48, HEX),
  'docker-hub-token': () => prefixedFormat('DOCKERHUB_TOKEN', join('dckr', '_pat_'), 27, URLSAFE, 20),
  'docker-swarm-join-token': () => {
    const digest = randomString(50, LOWER_ALNUM);
    const token = join('SWMTKN', '-1-', digest, '-', randomString(25, LOWER_ALNUM));
    return {
      hits: [hit(`docker swarm join --token ${token} 10.0.0.2:2377\n`, token, 'scripts/join-worker.sh'), env('SWARM_JOIN_TOKEN', token)],
      misses: [miss('wrong length', `docker swarm join --token ${join('SWMTKN', '-1-', digest, '-', randomString(20, LOWER_ALNUM))} 10.0.0.2:2377\n`, 'join.sh'),
        // The documented manager token of the CLI reference.
        miss('documented example', `docker swarm join --token ${join('SWMTKN', '-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl', '-7p73s1dx5in4tatdymyhg9hu2')} 172.17.0.2:2377\n`, 'docs/swarm.md')],
    };
  },
  'docker-swarm-unlock-key': () => {
    const key = join('SWMKEY', '-1-', randomString(43, BASE64));
    return {
      hits: [hit(`docker swarm unlock <<< "${key}"\n`, key, 'scripts/unlock.sh'), env('SWARM_UNLOCK_KEY', key)],
      misses: [miss('wrong length', `SWARM_UNLOCK_KEY=${join('SWMKEY', '-1-', randomString(40, BASE64))}\n`, '.env'),
        miss('documented example', `UnlockKey: "${join('SWMKEY', '-1-7c37Cc8654o6p38', 'HnroywCi19pllOnGtbdZEgtKxZu8')}"\n`, 'api/swagger.yaml')],
    };
  },
  // Slack
  'slack-bot-token': () => ({
    hits: [env('SLACK_BOT_TOKEN', slackBotToken()), code('slackToken', slackBotToken())],
    misses: [envMiss('wrong structure', 'SLACK_BOT_TOKEN', join('xo', 'xb-', randomString(30, ALNUM))), envMiss('placeholder', 'SLACK_BOT_TOKEN', join('xo', 'xb-', '1234-5678-xxxxxxxxxxxxxxxxxxxxxxxx'))],
  }),
  'slack-user-token': () => ({
    hits: [env('SLACK_USER_TOKEN', slackUserToken()),
      // (Written with two numeric ids.)
      env('SLACK_USER_TOKEN', join('xo', 'xp-', randomString(11, DIGITS), '-', randomString(13, DIGITS), '-', randomString(32, HEX)))],
    misses: [envMiss('wrong structure', 'SLACK_USER_TOKEN', join('xo', 'xp-', randomString(11, DIGITS), '-', randomString(32, HEX)))],
  }),
  'slack-app-token': () => ({
    hits: [env('SLACK_APP_TOKEN', join('xa', 'pp-1-A', randomString(10, BASE32), '-', randomString(13, DIGITS), '-', randomString(64, HEX)))],
    misses: [envMiss('wrong length', 'SLACK_APP_TOKEN', join('xa', 'pp-1-A', randomString(10, BASE32), '-', randomString(13, DIGITS), '-', randomString(40, HEX)))],
  }),
  'slack-config-token': () => ({
    hits: [env('SLACK_CONFIG_TOKEN', join('xo', 'xe.xoxp-1-', randomString(150))),
      env('SLACK_CONFIG_TOKEN', join('xo', 'xe.xoxp-1-', randomString(60), '-', randomString(40, URLSAFE), '_', randomString(50)))],
    misses: [envMiss('wrong length', 'SLACK_CONFIG_TOKEN', join('xo', 'xe.xoxp-1-', randomString(40)))],
  }),
  'slack-legacy-token': () => ({
    hits: [env('SLACK_TOKEN', join('xo', 'xs-', randomString(10, DIGITS), '-', randomString(40)))],
    misses: [envMiss('wrong structure', 'SLACK_TOKEN', join('xo', 'xs-', randomString(40)))],
  }),
  'slack-webhook-url': () => ({
    hits: [env('SLACK_WEBHOOK_URL', slackHook()), hit(`requests.post("${'{{U}}'}", json=msg)`, '', 'notify.py')].map(h => {
      if (h.value) return h;
      const u = slackHook('triggers');
      return { ...h, text: h.text.replace('{{U}}', u), value: u };
    }).concat(((u: string) => hit(`curl -s -X POST ${u} -d '{"tag":"v1"}'\n`, u, 'release.sh'))(
      // A workflow trigger: its second segment is a 13-digit trigger id.
      join('https://hooks.', 'slack.com/triggers/T', randomString(9, BASE32), '/', randomString(13, DIGITS), '/', randomString(32, HEX))))
      // The path alone, its host in the next header (`curl -v` output).
      .concat(((p: string) => hit(`> POST ${p} HTTP/2\n> Host: hooks.slack.com\n`, p, 'ci/release.log'))(
        join('/services/T', randomString(10, BASE32), '/B', randomString(10, BASE32), '/', randomString(24)))),
    misses: [envMiss('placeholder', 'SLACK_WEBHOOK_URL', join('https://hooks.', 'slack.com/services/', 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')),
      // The same path under another host is that host's.
      { why: 'no provider context', text: `GET https://docs.example.org${join('/services/T', randomString(10, BASE32), '/B', randomString(10, BASE32), '/', randomString(24))}\n`, path: 'ci/release.log' }],
  }),
  // Discord, Telegram
  'discord-bot-token': () => ({
    hits: [env('DISCORD_BOT_TOKEN', discordBotToken()),
      // serenity (Rust) logs the bot in without the word "discord" nearby.
      ((t: string) => hit(`use serenity::prelude::*;\n\nlet mut client = Client::builder("${t}", intents)\n    .await?;\n`, t, 'src/main.rs'))(discordBotToken())],
    misses: [envMiss('wrong structure', 'DISCORD_BOT_TOKEN', discordBotToken(undefined, 'not-a-snowflake'))],
  }),
  'feishu-webhook-url': () => {
    const id = uuid();
    return {
      hits: [hit(`webhook_url: https://open.feishu.cn/open-apis/bot/v2/hook/${id}\n`, id, 'alertmanager.yaml'),
        hit(`const hook = "https://open.larksuite.com/open-apis/bot/v2/hook/${id}"\n`, id, 'main.go')],
      misses: [miss('placeholder', 'url: https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n', 'README.md')],
    };
  },
  'dingtalk-webhook-url': () => {
    const token = randomString(64, HEX);
    return {
      hits: [hit(`DINGTALK_URL=https://oapi.dingtalk.com/robot/send?access_token=${token}\n`, token, '.env')],
      misses: [miss('wrong length', `DINGTALK_URL=https://oapi.dingtalk.com/robot/send?access_token=${randomString(32, HEX)}\n`, '.env')],
    };
  },
  'wecom-webhook-url': () => {
    const key = uuid();
    return {
      hits: [hit(`requests.post("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}", json=msg)\n`, key, 'notify.py')],
      misses: [miss('placeholder', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY\n', 'README.md')],
    };
  },
  'google-chat-webhook-url': () => {
    const token = randomString(43, URLSAFE);
    const url = `https://chat.googleapis.com/v1/spaces/AAAA${randomString(7)}/messages?key=${join('AIza', 'Sy', randomString(33, URLSAFE))}&token=${token}`;
    return {
      hits: [hit(`GOOGLE_CHAT_WEBHOOK=${url}\n`, token, '.env')],
      misses: [miss('wrong structure', `docs: https://chat.googleapis.com/v1/spaces/AAAA${randomString(7)}/messages\n`, 'README.md')],
    };
  },
  'mattermost-webhook-url': () => {
    const id = randomString(24, LOWER_ALNUM) + 'a7';
    return {
      hits: [hit(`curl -s -X POST -d 'payload={"text":"deployed"}' https://chat.acme.io/hooks/${id}\n`, id, 'hooks/post_deploy.sh')],
      misses: [miss('wrong length', `curl -X POST https://chat.acme.io/hooks/${randomString(20, LOWER_ALNUM)}\n`, 'post.sh'),
        miss('wrong structure', 'see https://docs.github.com/hooks/installationrepositories for events\n', 'README.md')],
    };
  },
  'discord-webhook-url': () => {
    const secret = randomString(68, URLSAFE);
    return {
      hits: [hit(`DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/${randomString(18, DIGITS)}/${secret}\n`, secret, '.env')],
      misses: [miss('wrong length', `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/${randomString(18, DIGITS)}/${randomString(30, URLSAFE)}\n`, '.env')],
    };
  },
  'teams-webhook-url': () => {
    const url = (host: string, owner = uuid()) => join('https://', host, '/', uuid(), '@', uuid(), '/IncomingWebhook/', randomString(32, HEX), '/', owner);
    const current = url(join('contoso.webhook.', 'office.com/webhookb2'));
    const legacy = url(join('outlook.', 'office.com/webhook'));
    return {
      hits: [env('TEAMS_WEBHOOK_URL', current), hit(`requests.post("${legacy}", json=card)`, legacy, 'notify.py')],
      misses: [miss('wrong structure', `TEAMS_WEBHOOK_URL=${url(join('contoso.webhook.', 'office.com/webhookb2'), 'not-a-guid')}\n`, '.env')],
    };
  },
  'power-automate-webhook-url': () => {
    const sig = randomString(43, URLSAFE);
    const url = (s: string) => join('https://prod-27.westeurope.', 'logic.azure.com:443/workflows/', randomString(32, HEX),
      '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=', s);
    const direct = randomString(43, URLSAFE);
    const flow = join('https://default', randomString(32, HEX), '.0a.environment.', 'api.powerplatform.com:443/powerautomate/automations/direct/workflows/',
      randomString(32, HEX), '/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=', direct);
    return {
      hits: [{ ...env('TEAMS_WORKFLOW_URL', url(sig)), value: sig }, hit(`const flow = "${flow}";\n`, direct, 'src/notify.ts')],
      misses: [miss('not signed', `FLOW_URL=${url('').replace(/&sig=$/, '')}\n`, '.env')],
    };
  },
  'login-pair-in-prose': () => {
    const pw = randomString(14) + '^4', other = randomString(12) + '@7';
    return {
      hits: [hit(`The staging admin login is \`admin@acme.io\` / \`${pw}\` (rotate after demos!).\n`, pw, 'notes/staging.txt'),
        hit(`- Shopify staff account for the agency: \`agency@acme.io\` / \`${other}\`\n`, other, 'handover/shop.md'),
        // A notes file's line per host: its name, then the built-in account and its password.
        hit(`New servers from Dave\n\napp02.contoso.local   admin / ${pw}\n`, pw, 'Desktop/new servers.txt'),
        // An admin account's code span needs no word for a login; nor does an e-mail address as the user.
        ((v: string) => hit(`- Dana: migrating Grafana to SSO. Admin fallback is \`admin\` / \`%${v}\` until then.\n`, `%${v}`, 'notes/standups.md'))(randomString(14) + '4'),
        hit(`   Intercom team inbox ........ cs-team@fernbrook.dev / ${other}\n`, other, 'docs/onboarding.txt'),
        hit(`[08:47:40] Visitor (Glenn): Administrator / ${pw}\n`, pw, 'support/chat.txt'),
        // A calendar's or a vCard's text, its line ends escaped (\n): a user's or a Wi-Fi network's pair.
        hit(`DESCRIPTION:Vendor sync\\n\n \\nFor the sandbox demo: user ledgerly-demo / ${other}\\n\n`, other, 'calendar/vendor-sync.ics'),
        hit(`NOTE:Office Wi-Fi: Brightmoor-Staff / ${pw}\\nAfter-hours alarm code 681469\n`, pw, 'contacts/it-helpdesk.vcf'),
        // An account named after its colon, in a PowerShell help block.
        hit(`<#\n.SYNOPSIS\n  Publishes reports. Old service account: svc_ssrs / ${other}\n#>\nparam()\n`, other, 'Deploy-Reports.ps1'),
        // The user's code span, then a colon and the password's.
        hit(`- Raiser's Edge reporting user \`rcfc-reports\`: \`${pw}\`\n`, pw, 'notes/handover.txt')],
      misses: [miss('not a secret name', 'The login page is `/login` / `/logout`.\n', 'notes/staging.txt'),
        miss('placeholder', 'Sign in with `admin` / `password`.\n', 'notes/staging.txt'),
        miss('not a secret name', `The ratio of \`${randomString(8)}\` / \`${randomString(8)}9\` in the account table.\n`, 'notes/stats.txt'),
        miss('not a secret name', 'docs.acme.io   admin / Settings/Users\n', 'notes/links.txt'),
        miss('reference', 'Sign in with `admin` / `%ADMIN_PASSWORD%`.\n', 'notes/staging.txt'),
        miss('not a secret name', 'Mail ops@acme.io / support@acme.io for access.\n', 'notes/staging.txt'),
        miss('not a secret name', 'Pick the user profile / Settings page, then Wi-Fi / Networks.\n', 'docs/guide.md'),
        miss('not a secret name', 'Go to Account: Billing / Invoices to download them.\n', 'docs/guide.md'),
        miss('not a secret name', 'The user `id`: `bigint`, the account `owner_id`: `uuid`.\n', 'notes/schema.txt')],
    };
  },
  'password-argument': () => {
    const pw = () => randomString(14);
    const go = pw(), py = pw(), jdbc = pw(), net = pw(), ldap = pw(), php = pw(), ad = pw(), okhttp = pw(), jndi = pw(), ssh = pw();
    const play = pw(), cy = pw(), selenium = pw(), agent = pw(), bearer = pw() + pw(), share = pw();
    const pika = '*' + pw(), tweepy = pw() + pw(), paypal = pw() + pw(), postmark = uuid(), lineSecret = randomString(32, HEX);
    return {
      hits: [
        hit(`req.SetBasicAuth("deploy", "${go}")\n`, go, 'client.go'),
        // Nagios plugins: check_pgsql's -p, check_http's -a user:password.
        hit(`command[check_pgsql]=/usr/lib64/nagios/plugins/check_pgsql -H 127.0.0.1 -d erp -l nagios -p ${go}g\n`, `${go}g`, 'etc/nagios/nrpe.cfg'),
        hit(`    command_line    $USER1$/check_http -H $HOSTADDRESS$ -S -p 8443 -u /api/health -a monitor:${go}h\n`, `${go}h`, 'etc/nagios/objects/commands.cfg'),
        // MATLAB's ftp(host, user, password); puppetlabs-postgresql's password function, the password wrapped as Sensitive.
        hit(`ftpObj = ftp('ftp.vendor.example.com', 'drop', '${go}m');\n`, `${go}m`, 'analytics/load_telemetry.m'),
        hit(`  password_hash => postgresql::postgresql_password('metabase', Sensitive('${go}q')),\n`, `${go}q`, 'manifests/db.pp'),
        hit(`pw_auth = TSC.TableauAuth("svc_tableau", "${go}t", site_id=SITE)\n`, `${go}t`, 'bi/tableau/refresh_extracts.py'),
        // Ruby's `authenticate!`, Perl's DBI with a hash's fields, an MQTT client's connect.
        hit(`    client.authenticate!("backfill", "${go}r")\n`, `${go}r`, 'lib/tasks/backfill.rake'),
        hit(`my $dbh = DBI->connect("dbi:Pg:dbname=legacy;host=$config{host}", $config{user}, "${go}p")\n`, `${go}p`, 'tools/legacy/sync.pl'),
        hit(`  mqtt.connect("sensor-17", "sensor", "${go}m");\n`, `${go}m`, 'firmware/src/main.cpp'),
        // Windows administration: the tool in a variable, SQL Server's bcp, PuTTY's -pw, winrs, a registry value, a reset, Autologon.
        hit(`  %PSEXEC% \\\\%%s -u CONTOSO\\patch-admin -p ${go}e -h -accepteula cmd /c "wusa x.msu"\r\n`, `${go}e`, 'scripts/remote-patch.bat'),
        hit(`bcp Sales.dbo.Customers out customers.dat -S sql-prod01 -U export_ro -P ${go}b -n\r\n`, `${go}b`, 'scripts/db-refresh.cmd'),
        // Nagios' check_mysql takes the password spaced.
        hit(`    command_line    $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p '${go}d' -S\n`, `${go}d`, 'nagios/objects/commands.cfg'),
        // (The program in a variable: `%SQLCMD%`.)
        hit(`%SQLCMD% -S SQL01\\PROD -U job_runner -P ${go}c -d msdb\r\n`, `${go}c`, 'ops/batch/run-sqljobs.bat'),
        hit(`"C:\\Program Files\\PuTTY\\plink.exe" -ssh -batch ops@10.40.0.21 -pw ${go}k "sudo systemctl restart edi"\r\n`, `${go}k`, 'scripts/transfer.bat'),
        hit(`winrs -r:hv03 -u:CONTOSO\\monitor -p:${go}r ipconfig /all\r\n`, `${go}r`, 'scripts/wmi-query.bat'),
        hit(`reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${go}g /f\r\n`, `${go}g`, 'scripts/set-autologon.cmd'),
        hit(`net user localadm ${go}n\r\n`, `${go}n`, 'scripts/provision.cmd'),
        hit(`Autologon.exe linedisplay CONTOSO ${go}a /accepteula\r\n`, `${go}a`, 'scripts/set-autologon.cmd'),
        hit(`net use \\\\backup01\\sql /user:CONTOSO\\svc-sqlbackup *${go}u /persistent:no\r\n`, `*${go}u`, 'scripts/backup.ps1'),
        hit(`Set-ADAccountPassword -Identity 'svc' -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '${go}c' -Force)\n`, `${go}c`, 'scripts/New-ServiceAccount.ps1'),
        // A microcontroller joining Wi-Fi: Arduino, MicroPython.
        hit(`  WiFi.begin("Garage-2G", "${go}w");\n`, `${go}w`, 'src/main.ino'),
        hit(`    sta_if.connect("Telekom-8F2A11", "${go}v")\n`, `${go}v`, 'boot.py'),
        // paho's username_pw_set, Cassandra's PlainTextAuthProvider, Sequelize's positional password.
        hit(`    c.username_pw_set("telemetry-bridge", "${go}q")\n`, `${go}q`, 'services/telemetry/mqtt_bridge.py'),
        hit(`auth = PlainTextAuthProvider(username="cassandra_app", password="${go}c")\n`, `${go}c`, 'db/cassandra_client.py'),
        hit(`const audit = new Sequelize("audit", "audit_writer", "${go}s", {\n  dialect: "postgres",\n});\n`, `${go}s`, 'src/db.js'),
        hit(`PHP Stack trace: mysqli->__construct('127.0.0.1', 'root', '${go}t', 'legacy')\n`, `${go}t`, 'logs/php_errors.log'),
        // Clients built from host, user and password: ftplib, SSH.NET (a port between), JavaMail.
        hit(`ftp = FTP("ftp.acme-corp.com", "deploy", "${go}x")\n`, `${go}x`, 'scripts/upload.py'),
        hit(`using var sftp = new SftpClient("files.acme-corp.com", 22, "svc_sync", "${go}y");\n`, `${go}y`, 'Sync/Uploader.cs'),
        hit(`    Transport.send(message, "alerts@acme-corp.com", "${go}z");\n`, `${go}z`, 'src/main/java/com/acme/Mailer.java'),
        // WordPress's second database; Basic credentials encoded where they are sent.
        hit(`$db = new wpdb( 'orders', '${jdbc}x', 'orders', 'orders-db.internal' );\n`, `${jdbc}x`, 'wp-content/plugins/orders/orders.php'),
        hit(`o.headers.set("Authorization","Basic "+btoa("shop:${net}x"));\n`, `${net}x`, 'assets/js/checkout.min.js'),
        hit(`auth = base64.b64encode(b"svc-report:${ldap}x").decode()\n`, `${ldap}x`, 'report.py'),
        hit(`curl_easy_setopt(curl, CURLOPT_USERPWD, "telemetry:${ldap}y");\n`, `${ldap}y`, 'src/telemetry.cpp'),
        // A format string's password verb, filled from the literal in its place.
        hit(`dsn := fmt.Sprintf("host=%s port=%d user=%s password=%s dbname=%s",\n\t"ledger-db.internal", 5432, "ledger_rw", "${ad}z", "ledger")\n`, `${ad}z`, 'internal/db.go'),
        hit(`url := fmt.Sprintf("postgres://%s:%s@%s/%s", "app", "${go}z", host, db)\n`, `${go}z`, 'internal/url.go'),
        // Arguments on lines of their own; Twilio's Node client takes the auth token second.
        hit(`my $dbh = DBI->connect(\n        'dbi:Oracle:host=ora;sid=WH',\n        'wh_loader',\n        '${ad}x',\n        { RaiseError => 1 });\n`, `${ad}x`, 'lib/Acme/DB.pm'),
        ((token: string) => hit(`const sms = twilio(\n  process.env.TWILIO_ACCOUNT_SID,\n  '${token}'\n);\n`, token, 'server/notify.js'))(randomString(32, HEX)),
        // AWS CDK says so in the name.
        hit(`credentials: rds.Credentials.fromPassword('ledger', SecretValue.unsafePlainText('${share}')),\n`, share, 'lib/data-stack.ts'),
        hit(`r = requests.get(url, auth=("deploy", '${py}'))\n`, py, 'fetch.py'),
        hit(`my $dbh = DBI->connect($dsn, 'billing', '${php}', { RaiseError => 1 });\n`, php, 'lib/Acme/Billing.pm'),
        hit(`handler = WebhookHandler("${lineSecret}")\n`, lineSecret, 'line-bot/app.py'),
        hit(`geocoder = OpenCageGeocode("${lineSecret}")\n`, lineSecret, 'geocode.py'),
        hit(`let res = client.get(url).basic_auth("svc-ledger", Some("${ssh}")).send().await?;\n`, ssh, 'tests/ledger.rs'),
        hit(`Connection c = DriverManager.getConnection(url, "app", "${jdbc}");\n`, jdbc, 'Db.java'),
        hit(`var cred = new NetworkCredential("svc", "${net}");\n`, net, 'Mail.cs'),
        hit(`conn.simple_bind_s("cn=admin,dc=acme,dc=io", "${ldap}")\n`, ldap, 'directory.py'),
        hit(`$ok = ldap_bind($ds, "cn=admin,dc=acme,dc=io", "${php}");\n`, php, 'ldap.php'),
        hit(`var entry = new DirectoryEntry("LDAP://acme.io", "svc", "${ad}");\n`, ad, 'Directory.cs'),
        hit(`String credential = Credentials.basic("deploy", "${okhttp}");\n`, okhttp, 'Client.java'),
        hit(`env.put(Context.SECURITY_CREDENTIALS, "${jndi}");\n`, jndi, 'Ldap.java'),
        hit(`auth := []ssh.AuthMethod{ssh.Password("${ssh}")}\n`, ssh, 'remote.go'),
        hit(`await page.fill('#password', '${play}');\n`, play, 'e2e/login.spec.ts'),
        hit(`cy.get('input[name=password]').type('${cy}')\n`, cy, 'cypress/e2e/login.cy.js'),
        hit(`driver.find_element(By.ID, "password").send_keys("${selenium}")\n`, selenium, 'tests/test_login.py'),
        hit(`const res = await request(app).get('/admin').auth('ops', '${agent}');\n`, agent, 'src/smoke.js'),
        hit(`superagent.get(url).auth('${bearer}', { type: 'bearer' })\n`, bearer, 'src/client.js'),
        hit(`net use Z: \\\\fs01\\backup ${share} /user:CORP\\svc-backup /persistent:no\r\n`, share, 'scripts/map-drive.bat'),
        // SDK constructors that take the secret positionally (a leading `*` is a password's, not a mask's).
        hit(`credentials = pika.PlainCredentials("orders", "${pika}")\n`, pika, 'queue.py'),
        hit(`auth = tweepy.OAuth1UserHandler("${pw()}", "${tweepy}", "${pw()}", "${pw()}")\n`, tweepy, 'bot.py'),
        hit(`const env = new paypal.core.LiveEnvironment("${pw()}", "${paypal}");\n`, paypal, 'src/pay.ts'),
        hit(`var client = new ServerClient("${postmark}");\n`, postmark, 'Mail.cs'),
        hit(`headers.setBasicAuth("deploy", "${share}1");\n`, `${share}1`, 'src/main/java/Client.java'),
        // jsforce: Salesforce's password and security token, concatenated.
        hit(`conn.login('api@acme.io', '${okhttp}2' + '${pw()}', cb);\n`, `${okhttp}2`, 'src/salesforce.js'),
        // sbt's repository credentials, MATLAB's database connection, Apex encoding a Basic credential, the Erlang VM's cookie.
        hit(`credentials += Credentials(\n  "Sonatype Nexus Repository Manager",\n  "nexus.acme.io",\n  "ci-deployer",\n  "${go}3"\n)\n`, `${go}3`, 'build.sbt'),
        hit(`conn = database('hydrolab', 'matlab_rw', '${py}3', 'Vendor', 'PostgreSQL');\n`, `${py}3`, 'matlab/fetch.m'),
        hit(`req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf('sfdc:${net}3')));\n`, `${net}3`, 'classes/Sync.cls'),
        ((cookie: string) => hit(`-name ledger@10.2.0.14\n-setcookie ${cookie}\n`, cookie, 'config/vm.args'))(`${randomString(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}3`),
        // kafka-go's SCRAM mechanism; the AWS SDK's static credentials holding an S3-compatible store's pair, an argument a line.
        hit(`mech, err := scram.Mechanism(scram.SHA512, "ingest-svc", "${go}4")\n`, `${go}4`, 'cmd/ingest/main.go'),
        hit(`  mysql_user { 'reporting@%':\n    password_hash => mysql_password('${go}6'),\n  }\n`, `${go}6`, 'site/profile/manifests/app.pp'),
        hit(`    fun minio(): MinioClient = MinioClient.builder()\n        .endpoint("https://minio.acme.io")\n        .credentials("ingest-writer", "${go}5")\n        .build()\n`, `${go}5`, 'src/main/kotlin/Storage.kt'),
        ((secret: string) => hit(`var spaces = credentials.NewStaticCredentialsProvider(\n\t"DO00${randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",\n\t"${secret}",\n\t"",\n)\n`, secret, 'internal/storage/blob.go'))(randomString(43)),
      ],
      misses: [
        miss('reference', 'server.login(user, os.environ["SMTP_PASSWORD"])\n', 'mail.py'),
        miss('reference', 'ftp = FTP_TLS(host, user, os.environ["FTP_PASS"])\n', 'scripts/upload.py'),
        miss('reference', '    transport.connect(host, 587, user, password);\n', 'src/main/java/com/acme/Mailer.java'),
        miss('reference', 'conn.login(user, password + token, cb);\n', 'src/salesforce.js'),
        miss('placeholder', 'req.SetBasicAuth("admin", "changeme")\n', 'client.go'),
        miss('placeholder', '  WiFi.begin("MyNetwork", "YOUR_WIFI_PASSWORD");\n', 'src/main.ino'),
        miss('reference', 'net user tempuser * /add\r\nnet use \\\\fs01\\share /user:CONTOSO\\svc *\r\n', 'scripts/provision.cmd'),
        miss('reference', `bcp Sales.dbo.Customers out c.dat -S sql01 -U export_ro -P %BCP_PASSWORD% -n\r\n`, 'scripts/db-refresh.cmd'), miss('reference', '  WiFi.begin(WIFI_SSID, WIFI_PASS);\n', 'src/main.ino'),
        miss('not a secret name', `await page.fill('#email', '${pw()}');\n`, 'e2e/login.spec.ts'),
        miss('reference', 'cy.get("#password").type(Cypress.env("PASSWORD"))\n', 'cypress/e2e/login.cy.js'),
        miss('wrong structure', `const b = basic("${pw()}");\n`, 'util.js'),
        miss('reference', 'net use Z: \\\\fs01\\backup %BACKUP_PASSWORD% /user:CORP\\svc-backup\r\n', 'scripts/map-drive.bat'),
        miss('placeholder', 'net use Z: \\\\fs01\\backup * /user:CORP\\svc-backup\r\n', 'scripts/map-drive.bat'),
        // Encoding a time or a URL is no credential; a placeholder password stays quiet.
        miss('wrong structure', 'const id = btoa("2026-01-04:12");\n', 'util.js'), miss('placeholder', 'btoa("user:password")\n', 'README.md'),
        miss('reference', 'dsn := fmt.Sprintf("host=%s password=%s", cfg.Host, cfg.Password)\n', 'internal/db.go'),
        // MinIO's documented local root login; a pair read from the environment.
        miss('placeholder', 'creds := credentials.NewStaticCredentialsProvider("minioadmin", "minioadmin", "")\n', 'internal/storage/minio.go'),
        miss('reference', 'mech, _ := scram.Mechanism(scram.SHA256, cfg.User, os.Getenv("KAFKA_PASSWORD"))\n', 'cmd/ingest/main.go'),
      ],
    };
  },
  'secret-store-command': () => {
    const v = () => randomString(28);
    const az = v(), ssm = v(), gc = v(), here = v(), kube = v(), vaultPass = v();
    return {
      hits: [
        hit(`az keyvault secret set --vault-name kv --name api-token --value ${az}\n`, az, 'deploy/secrets.sh'),
        hit(`aws ssm put-parameter --name /prod/api-token --type SecureString --value '${ssm}'\n`, ssm, 'deploy/ssm.sh'),
        hit(`echo -n "${gc}" | gcloud secrets versions add api-token --data-file=-\n`, gc, 'deploy/gcp.sh'),
        hit(`gcloud secrets create api-token --data-file=- <<< '${here}'\n`, here, 'deploy/gcp.sh'),
        hit(`kubectl create secret generic api --from-literal=value=${kube}\n`, kube, 'deploy/k8s.sh'),
        hit(`echo '${vaultPass}' > ~/.vault_pass.txt\n`, vaultPass, 'infra/ansible/README.md'),
      ],
      misses: [
        miss('reference', 'az keyvault secret set --vault-name kv --name api-token --value "$API_TOKEN"\n', 'deploy/secrets.sh'),
        miss('reference', 'az keyvault secret set --vault-name kv --name cert --value @cert.pem\n', 'deploy/secrets.sh'),
        miss('not a secret name', `aws ssm put-parameter --name /prod/region --type String --value ${v()}\n`, 'deploy/ssm.sh'),
        miss('placeholder', 'echo -n "<your-token>" | gcloud secrets versions add api-token --data-file=-\n', 'docs/gcp.sh'),
      ],
    };
  },
  'signing-secret-argument': () => {
    const key = () => randomString(32);
    const js = key(), py = key(), node = key(), go = key(), java = key(), net = key(), rb = key();
    return {
      hits: [
        hit(`const token = jwt.sign({ sub: user.id }, "${js}", { expiresIn: "1h" });\n`, js, 'src/auth.js'),
        hit(`token = jwt.encode(payload, "${py}", algorithm="HS256")\n`, py, 'app/auth.py'),
        hit(`const sig = crypto.createHmac("sha256", '${node}').update(body).digest("hex");\n`, node, 'src/webhook.ts'),
        hit(`s, err := token.SignedString([]byte("${go}"))\n`, go, 'auth/jwt.go'),
        hit(`Key key = Keys.hmacShaKeyFor("${java}".getBytes(StandardCharsets.UTF_8));\n`, java, 'Auth.java'),
        hit(`var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${net}"));\n`, net, 'Startup.cs'),
        hit(`sig = 'sha256=' + OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('sha256'), '${rb}', payload)\n`, rb, 'app/webhook.rb'),
        hit(`String jws = Jwts.builder().setSubject(id).signWith(SignatureAlgorithm.HS256, "${java}x").compact();\n`, `${java}x`, 'TokenService.java'),
        hit(`app.use(cookieParser('${js}y'));\n`, `${js}y`, 'src/server.js'),
      ],
      misses: [
        miss('reference', 'const token = jwt.sign(payload, process.env.JWT_SECRET);\n', 'src/auth.js'),
        miss('placeholder', 'const token = jwt.sign({ foo: "bar" }, "shhhhh");\n', 'README.md'),
        miss('reference', 'token = jwt.encode(payload, f"{settings.SECRET}", algorithm="HS256")\n', 'app/auth.py'),
        miss('placeholder', 'mac = hmac.new(b"your-secret-key", msg, hashlib.sha256)\n', 'sign.py'),
      ],
    };
  },
  'smtp-auth-plain': () => {
    const login = base64(`\0ops@acme.io\0${randomString(14)}#4`);
    return {
      hits: [hit(`EHLO app-01\n250-AUTH PLAIN LOGIN\nAUTH PLAIN ${login}\n235 2.7.0 Authentication successful\n`, login, 'smtp-trace.txt')],
      misses: [miss('placeholder', `AUTH PLAIN ${base64('\0user\0password')}\n`, 'docs/smtp.md'),
        miss('wrong structure', `AUTH PLAIN ${base64(randomString(30))}\n`, 'smtp-trace.txt')],
    };
  },
  'sql-password': () => {
    const pg = randomString(16), my = randomString(16);
    return {
      hits: [
        hit(`CREATE ROLE app WITH LOGIN PASSWORD '${pg}';\n`, pg, 'db/init.sql'),
        hit(`cursor.execute("CREATE USER 'app'@'%' IDENTIFIED BY '${my}'")\n`, my, 'setup.py'),
        // The MySQL client's history file writes spaces as \040.
        hit(`CREATE\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'${my}';\n`, my, '.mysql_history'),
        // SQL Server's Unicode literal; Oracle's database link, its password quoted as an identifier.
        hit(`CREATE LOGIN [svc_reporting] WITH PASSWORD = N'${pg}.1', CHECK_POLICY = ON;\n`, `${pg}.1`, 'tsql/create_logins.sql'),
        hit(`CREATE DATABASE LINK crm_link CONNECT TO crm_reader IDENTIFIED BY "${my}2" USING 'CRMPROD';\n`, `${my}2`, 'oracle/links.sql'),
        // PostgreSQL's dollar quoting, bare and tagged.
        hit(`ALTER ROLE reporting WITH LOGIN PASSWORD $$${pg}3$$;\n`, `${pg}3`, 'db/roles.sql'),
        hit(`CREATE USER etl PASSWORD $pw$${my}4$pw$ VALID UNTIL 'infinity';\n`, `${my}4`, 'db/roles.sql'),
      ],
      misses: [
        miss('placeholder', "CREATE USER app WITH PASSWORD 'changeme';\n", 'db/init.sql'),
        miss('reference', 'CREATE USER app WITH PASSWORD :password;\n', 'db/init.sql'),
        miss('placeholder', 'ALTER ROLE app PASSWORD $$changeme$$;\n', 'db/roles.sql'),
        miss('not a secret name', `-- the statement sets no password\nCREATE USER app WITH LOGIN;\nSELECT '${randomString(16)}';\n`, 'db/init.sql'),
      ],
    };
  },
  'gradle-password': () => {
    const store = randomString(14), key = randomString(14);
    const build = (a: string, b: string) => `android {\n  signingConfigs {\n    release {\n      storePassword "${a}"\n      keyPassword '${b}'\n    }\n  }\n}\n`;
    return {
      hits: [{ text: build(store, 'x'), value: store, path: 'app/build.gradle' }, { text: build('x', key), value: key, path: 'app/build.gradle' }]
        .map(h => ({ ...h, text: h.text.replace(/"x"|'x'/, "System.getenv('SIGNING')") })),
      misses: [
        miss('reference', 'storePassword System.getenv("STORE_PASSWORD")\nkeyPassword "${keyPassword}"\n', 'app/build.gradle'),
        miss('not a secret name', `versionName "${randomString(14)}"\n`, 'app/build.gradle'),
      ],
    };
  },
  'nats-nkey-seed': () => {
    const seed = natsNkeySeed('U');
    return {
      hits: [hit(`-----BEGIN USER NKEY SEED-----\n${seed}\n------END USER NKEY SEED------\n`, seed, 'creds/ledger.creds'),
        env('NATS_NKEY_SEED', natsNkeySeed('A'))],
      // One seed, a character of its body changed: the CRC-16 no longer holds.
      misses: [envMiss('wrong checksum', 'NATS_NKEY_SEED', ((k: string) => k.slice(0, 20) + (k[20] === 'A' ? 'B' : 'A') + k.slice(21))(natsNkeySeed('U'))),
        envMiss('wrong length', 'NATS_NKEY_SEED', natsNkeySeed('U').slice(0, -2))],
    };
  },
  'telegram-bot-token': () => {
    const make = () => join(randomString(9, DIGITS), ':AA', randomString(33, URLSAFE));
    return {
      hits: [env('TELEGRAM_BOT_TOKEN', make()), telegramUrl(make()),
        // A bot id of today's length is the shape itself: a token pasted in a chat export, no bot named.
        (v => hit(`<span>token: <code>${v}</code></span>\n`, v, 'exports/ops.html'))(make())],
      misses: [envMiss('no provider context', 'VALUE', join(randomString(6, DIGITS), ':AA', randomString(33, URLSAFE)))],
    };
  },
  // Payments
  'stripe-secret-key': () => prefixedFormat('STRIPE_SECRET_KEY', join('sk_', 'live_'), 24, ALNUM, 10),
  'stripe-restricted-key': () => prefixedFormat('STRIPE_RESTRICTED_KEY', join('rk_', 'live_'), 24, ALNUM, 10),
  'stripe-test-key': () => prefixedFormat('STRIPE_SECRET_KEY', join('sk_', 'test_'), 24, ALNUM, 10),
  'stripe-webhook-secret': () => {
    const format = prefixedFormat('STRIPE_WEBHOOK_SECRET', join('wh', 'sec_'), 32, ALNUM, 20);
    // (Svix's docs' example signing secret, in every webhook verifier's tests.)
    return { ...format, misses: [...format.misses, miss('documented example', `const SECRET = "${join('wh', 'sec_', 'MfKQ9r8GKYqrTwjUPD8I', 'LPZIo2LaLaSw')}";\n`, 'test/standard.test.ts')] };
  },
  'shopify-access-token': () => prefixedFormat('SHOPIFY_ACCESS_TOKEN', join('sh', 'pat_'), 32, HEX),
  'shopify-shared-secret': () => prefixedFormat('SHOPIFY_API_SECRET', join('sh', 'pss_'), 32, HEX),
  'square-access-token': () => ({
    hits: [env('SQUARE_ACCESS_TOKEN', t(join('EA', 'AA'), 60, URLSAFE)), env('SQUARE_ACCESS_TOKEN', t(join('sq0', 'atp-'), 22, URLSAFE))],
    misses: [envMiss('no provider context', 'ACCESS_TOKEN', t(join('EA', 'AA'), 60, URLSAFE))],
  }),
  'square-oauth-secret': () => prefixedFormat('SQUARE_APPLICATION_SECRET', join('sq0', 'csp-'), 43, URLSAFE),
  // Communications
  'pagerduty-integration-key': () => {
    const key = randomString(32, HEX);
    return {
      hits: [hit(`receivers:\n  - name: pagerduty-critical\n    pagerduty_configs:\n      - routing_key: ${key}\n`, key, 'alertmanager/alertmanager.yml'),
        // An AsciiDoc runbook's definition list: the term, then the key below it.
        (k => hit(`== Paging\n\nPagerDuty integration key::\n  ${k}\nOn-call rota::\n  https://example.net/rota\n`, k, 'docs/ops/runbook-db-failover.adoc'))(randomString(32, HEX))],
      misses: [miss('not a secret name', `pagerduty:\n  service_id: ${randomString(32, HEX)}\n`, 'config.yml'),
        miss('no provider context', `routing_key: ${randomString(32, HEX)}\n`, 'queue.yml')],
    };
  },
  'configcat-sdk-key': () => {
    const key = `${['configcat', '-sdk-1/'].join('')}${randomString(20)}q7/${randomString(20)}Z9`;
    return {
      hits: [hit(`var client = ConfigCatClient.Get("${key}");\n`, key, 'src/Flags.cs'), env('CONFIGCAT_SDK_KEY', key)],
      misses: [envMiss('wrong length', 'CONFIGCAT_SDK_KEY', `${['configcat', '-sdk-1/'].join('')}${randomString(12)}/${randomString(22)}`),
        envMiss('placeholder', 'CONFIGCAT_SDK_KEY', `${['configcat', '-sdk-1/'].join('')}${'x'.repeat(22)}/${'x'.repeat(22)}`)],
    };
  },
  'rollbar-access-token': () => {
    const token = randomString(32, HEX);
    return {
      hits: [hit(`import rollbar\nrollbar.init("${token}", environment="production")\n`, token, 'app/errors.py'),
        env('ROLLBAR_ACCESS_TOKEN', token),
        // (A test table's next row holding a browser config says nothing of this one.)
        hit(`  - desc: server token\n    input: 'rollbar.init("${token}")'\n  - desc: browser token\n    input: 'var _rollbarConfig = { accessToken: "${randomString(32, HEX)}" };'\n`, token, 'testdata/rollbar.yaml')],
      misses: [miss('public by design', `var _rollbarConfig = { accessToken: "${randomString(32, HEX)}", captureUncaught: true };\n`, 'public/index.js'),
        miss('public by design', `Rollbar.init({\n  accessToken: "${randomString(32, HEX)}",\n  captureUncaught: true,\n});\n`, 'public/app.js'),
        miss('not a secret name', `rollbar:\n  item_id: ${randomString(32, HEX)}\n`, 'config.yml')],
    };
  },
  'agora-app-certificate': () => ({
    hits: [env('AGORA_APP_CERTIFICATE', randomString(32, HEX)),
      agoraConfig(randomString(32, HEX)),
      ((cert: string) => hit(`<resources>\n    <string name="agora_app_certificate" translatable="false">${cert}</string>\n</resources>\n`, cert, 'app/src/main/res/values/strings.xml'))(randomString(32, HEX))],
    misses: [envMiss('not a secret name', 'AGORA_APP_ID', randomString(32, HEX))],
  }),
  'twilio-auth-token': () => {
    const sid = join('A', 'C', randomString(32, HEX));
    const token = randomString(32, HEX);
    return {
      // Under its name, and as the SDKs take it: the argument after the account SID.
      hits: [env('TWILIO_AUTH_TOKEN', randomString(32, HEX)), hit(`from twilio.rest import Client\nclient = Client("${sid}", "${token}")\n`, token, 'notify.py'),
        // The SID from a variable named so.
        ((t: string) => hit(`def twilio_client() -> TwilioClient:\n    return TwilioClient(account_sid, "${t}")\n`, t, 'payments/clients.py'))(randomString(32, HEX)),
        // The pair as Basic auth's user and password, in a key inventory.
        hit(`service\tenv\tkey_value\ntwilio\tprod\t${sid}:${token}\n`, token, 'data/api_keys.tsv')],
      misses: [envMiss('not a secret name', 'TWILIO_REQUEST_ID', randomString(32, HEX)),
        miss('no provider context', `pair = ("${sid}", "${token}")\n`, 'ids.py'),
        // A digest under its own name beside Twilio settings: `key=` in the lead-in names no secret.
        miss('not a secret name', `<appSettings>\n  <add key="TwilioAccountSid" value="${sid}" />\n  <add key="AssetEtag" value="${token}" />\n</appSettings>\n`, 'Web.config')],
    };
  },
  'klaviyo-private-key': () => {
    const key = t('pk_', 34, HEX);
    return {
      hits: [hit(`from klaviyo_api import KlaviyoAPI\nklaviyo = KlaviyoAPI("${key}", max_retries=3)\n`, key, 'marketing/sync.py'),
        env('KLAVIYO_PRIVATE_API_KEY', t('pk_', 34, HEX))],
      misses: [miss('no provider context', `const key = "${t('pk_', 34, HEX)}";\n`, 'src/keys.js'),
        // A Stripe publishable key near a Klaviyo form: public by design.
        miss('public by design', `// klaviyo form\nconst stripe = Stripe("${t('pk_live_', 34)}");\n`, 'web/checkout.js')],
    };
  },
  'twilio-api-key-secret': () => {
    const secret = randomString(32);
    return {
      hits: [hit(`TWILIO_API_KEY=${join('S', 'K', randomString(32, HEX))}\nTWILIO_API_SECRET=${secret}\n`, secret, '.env'),
        // The SDKs take (key SID, key secret, account SID).
        hit(`client = Client("${join('S', 'K', randomString(32, HEX))}", "${secret}", os.environ["TWILIO_ACCOUNT_SID"])\n`, secret, 'sms.py')],
      misses: [envMiss('no provider context', 'TWILIO_API_SECRET', randomString(32)),
        miss('no provider context', `pair = ("${randomString(32, HEX)}", "${secret}")\n`, 'ids.py')],
    };
  },
  'twilio-api-key-sid': () => {
    const sid = join('S', 'K', randomString(32, HEX));
    return {
      hits: [hit(`TWILIO_API_KEY=${sid}\n`, sid, '.env'),
        hit(`clients = [ServiceClient(name="twilio_api_key", api_key="${sid}")]\n`, sid, 'notify.py')],
      misses: [miss('no provider context', `SESSION_ID=${sid}\n`, '.env'),
        miss('wrong alphabet', `TWILIO_API_KEY=${join('S', 'K', randomString(32, HEX).toUpperCase())}\n`, '.env')],
    };
  },
  'sendgrid-api-key': () => ({
    hits: [env('SENDGRID_API_KEY', join('S', 'G.', randomString(22, URLSAFE), '.', randomString(43, URLSAFE)))],
    misses: [envMiss('wrong length', 'SENDGRID_API_KEY', join('S', 'G.', randomString(22, URLSAFE), '.', randomString(40, URLSAFE)))],
  }),
  'mailgun-api-key': () => ({
    // (Or as the password of Mailgun's basic auth, whose user is `api`.)
    hits: [env('MAILGUN_API_KEY', t('key-', 32, HEX)), (v => hit(`return new MailClient("api", "${v}");\n`, v, 'src/main/java/com/acme/MailConfig.java'))(t('key-', 32, HEX)),
      hit(`const mg = mailgun.client({ username: 'api', key: "${'{{K}}'}" });\n`, '', 'src/mail.ts')].map(h => {
      if (h.value) return h;
      const k = `${randomString(32, HEX)}-${randomString(8, HEX)}-${randomString(8, HEX)}`;
      return { ...h, text: h.text.replace('{{K}}', k), value: k };
    }),
    misses: [envMiss('no provider context', 'API_KEY', t('key-', 32, HEX))],
  }),
  'mailchimp-api-key': () => ({
    hits: [env('MAILCHIMP_API_KEY', randomString(32, HEX) + '-us6')],
    misses: [envMiss('wrong length', 'MAILCHIMP_API_KEY', randomString(31, HEX) + '-us6')],
  }),
  // Monitoring
  'datadog-api-key': () => ({
    hits: [env('DD_API_KEY', randomString(32, HEX))],
    misses: [envMiss('not a secret name', 'DATADOG_TRACE_ID', randomString(32, HEX))],
  }),
  'datadog-app-key': () => ({
    hits: [env('DD_APP_KEY', randomString(40, HEX))],
    misses: [envMiss('not a secret name', 'DATADOG_COMMIT', randomString(40, HEX))],
  }),
  'sentry-org-token': () => ({
    // (A shell default too: `${SENTRY_AUTH_TOKEN:-sntrys_…}`.)
    hits: [env('SENTRY_AUTH_TOKEN', sentryOrgToken()), (v => hit(`export SENTRY_AUTH_TOKEN="\${SENTRY_AUTH_TOKEN:-${v}}"\n`, v, 'Tools/upload_symbols.sh'))(sentryOrgToken())],
    misses: [envMiss('wrong length', 'SENTRY_AUTH_TOKEN', join('sntr', 'ys_', 'eyJ', randomString(60, ALNUM), '_', randomString(20, URLSAFE)))],
    lookAlikes: [(v => env('SENTRY_AUTH_TOKEN', v))(join('sntr', 'ys_', 'eyJ', randomString(60, ALNUM), '_', randomString(43, URLSAFE)))],
  }),
  'sentry-user-token': () => prefixedFormat('SENTRY_AUTH_TOKEN', join('sntr', 'yu_'), 64, HEX),
  'grafana-service-account-token': () => ({
    hits: [env('GRAFANA_TOKEN', grafanaToken())],
    misses: [envMiss('wrong length', 'GRAFANA_TOKEN', join('gl', 'sa_', randomString(31, ALNUM), '_', randomString(8, HEX)))],
    lookAlikes: [env('GRAFANA_TOKEN', flipLastHex(grafanaToken()))],
  }),
  'grafana-api-key': () => ({
    hits: [env('GRAFANA_API_KEY', grafanaLegacyKey())],
    misses: [envMiss('wrong structure', 'GRAFANA_API_KEY', grafanaLegacyKey(false))],
  }),
  'grafana-cloud-token': () => ({
    hits: [env('GRAFANA_CLOUD_TOKEN', join('gl', 'c_', base64(JSON.stringify({ o: '123456', n: 'stack-1-logs', k: randomString(32), m: { r: 'us' } }))))],
    misses: [envMiss('wrong length', 'GRAFANA_CLOUD_TOKEN', join('gl', 'c_', 'eyJ', randomString(20)))],
    lookAlikes: [env('GRAFANA_CLOUD_TOKEN', join('gl', 'c_', 'eyJ', randomString(60)))],
  }),
  // Cloud platforms
  'heroku-api-key': () => prefixedFormat('HEROKU_API_KEY', join('HR', 'KU-'), 60, URLSAFE, 40),
  'heroku-api-key-legacy': () => ({
    hits: [env('HEROKU_API_KEY', uuid())],
    misses: [envMiss('not a secret name', 'HEROKU_APP_ID', uuid()),
      // A schema describing Heroku's drain token, with an example id: the value's own name is `example`.
      miss('documented example', `{brief:"Heroku log drain token",keys:["heroku.logplex.drain_token"],applyScrubbing:{key:"manual"},example:"${uuid()}",examples:["d.${uuid()}"]}`, 'dist/attributes.js')],
  }),
  'digitalocean-pat': () => prefixedFormat('DIGITALOCEAN_TOKEN', join('do', 'p_v1_'), 64, HEX),
  'digitalocean-oauth-token': () => prefixedFormat('DIGITALOCEAN_TOKEN', join('do', 'o_v1_'), 64, HEX),
  'digitalocean-refresh-token': () => prefixedFormat('DIGITALOCEAN_TOKEN', join('do', 'r_v1_'), 64, HEX),
  'cloudflare-api-token': () => ({
    hits: [env('CLOUDFLARE_API_TOKEN', randomString(38, URLSAFE) + 'a1')],
    misses: [envMiss('no provider context', 'API_TOKEN', randomString(38, URLSAFE) + 'a1'),
      // A key's fingerprint is 40 hex in either case (`gpg --recv-keys`), beside a Cloudflare token or not.
      miss('wrong alphabet', `gpg --recv-keys ${randomString(40, HEX).toUpperCase()}\nterraform plan -var "cloudflare_api_token=$CF_TOKEN"\n`, '.bash_history')],
  }),
  'digitalocean-spaces-access-key-id': () => ({
    hits: [env('SPACES_ACCESS_KEY_ID', join('DO', '00') + randomString(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + '4D3W')],
    misses: [envMiss('documented example', 'SPACES_ACCESS_KEY_ID', join('DO', '00') + 'EXAMPLEACCESSKEY'),
      envMiss('wrong length', 'SPACES_ACCESS_KEY_ID', join('DO', '00') + randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + '4D3W')],
  }),
  'cloudflare-scannable-token': () => prefixedFormat('CLOUDFLARE_API_TOKEN', join('cf', 'ut_'), 46, ALNUM, 30),
  'cloudflare-global-api-key': () => {
    const key = randomString(37, HEX);
    // (The legacy API's pair under bare names, `{"email": …, "key": …}`; 40 hex there is a commit.)
    const pair = (value: string) => `// cloudflare purge, legacy auth\nconst CF_LEGACY: &str = r##"{"email":"ops@example.io","key":"${value}"}"##;\n`;
    return {
      hits: [env('CLOUDFLARE_API_KEY', key), hit(pair(key), key, 'edge-purge/src/main.rs')],
      misses: [miss('not a secret name', `# cloudflare deploy\nGIT_COMMIT=${randomString(40, HEX)}\n`, '.env'),
        miss('wrong length', pair(randomString(40, HEX)), 'edge-purge/src/main.rs')],
    };
  },
  'cloudflare-origin-ca-key': () => ({
    hits: [env('CLOUDFLARE_ORIGIN_CA_KEY', join('v1', '.0-', randomString(24, HEX), '-', randomString(146, HEX)))],
    misses: [envMiss('wrong length', 'CLOUDFLARE_ORIGIN_CA_KEY', join('v1', '.0-', randomString(24, HEX), '-', randomString(100, HEX)))],
  }),
  'vercel-token': () => ({
    hits: [env('VERCEL_TOKEN', randomString(22) + 'b2')],
    misses: [envMiss('no provider context', 'TOKEN', randomString(22) + 'b2')],
  }),
  'netlify-token': () => prefixedFormat('NETLIFY_AUTH_TOKEN', join('nf', 'p_'), 36),
  'databricks-token': () => prefixedFormat('DATABRICKS_TOKEN', join('da', 'pi'), 32, HEX),
  // Supabase
  'supabase-service-role-key': () => ({
    hits: [env('SUPABASE_SERVICE_ROLE_KEY', jwt({ iss: 'supabase', ref: 'abcdefghijklmnop', role: 'service_role', iat: epoch(-1), exp: epoch(3650) }))],
    misses: [envMiss('public by design', 'SUPABASE_ANON_KEY', jwt({ iss: 'supabase', role: 'anon', exp: epoch(3650) }))],
  }),
  'supabase-secret-key': () => prefixedFormat('SUPABASE_SECRET_KEY', join('sb_', 'secret_'), 40, URLSAFE, 12),
  'supabase-management-token': () => prefixedFormat('SUPABASE_ACCESS_TOKEN', join('sb', 'p_'), 40, HEX),
  // Secret managers
  'terraform-cloud-token': () => ({
    hits: [env('TFE_TOKEN', join(randomString(14), '.atlas', 'v1.', randomString(67, URLSAFE)))],
    misses: [envMiss('wrong length', 'TFE_TOKEN', join(randomString(14), '.atlas', 'v1.', randomString(30, URLSAFE)))],
  }),
  'vault-service-token': () => {
    const long = prefixedFormat('VAULT_TOKEN', join('hv', 's.'), 95, URLSAFE, 60);
    const root = t(join('hv', 's.'), 24);
    // A shorter service token opens with its protobuf header.
    const short = join('hv', 's.', 'CAES', randomString(56, URLSAFE));
    return {
      hits: [...long.hits, hit(`provider "vault" {\n  token = "${root}"\n}\n`, root, 'infra/vault.tf'), hit(`${short}\n`, short, 'home/ana/.vault-token')],
      misses: [...long.misses, envMiss('wrong length', 'VAULT_TOKEN', t(join('hv', 's.'), 30))],
    };
  },
  'vault-batch-token': () => prefixedFormat('VAULT_TOKEN', join('hv', 'b.'), 150, URLSAFE, 80),
  ...Object.fromEntries([['dp.pt.', 'doppler-personal-token'], ['dp.st.', 'doppler-service-token'], ['dp.sa.', 'doppler-service-account-token'],
    ['dp.ct.', 'doppler-cli-token'], ['dp.scim.', 'doppler-scim-token'], ['dp.audit.', 'doppler-audit-token']]
    .map(([p, id]) => [id, (): Evidence => prefixedFormat('DOPPLER_TOKEN', join('d', p.slice(1)), 43, ALNUM, 30)])),
  '1password-service-account-token': () => ({
    hits: [env('OP_SERVICE_ACCOUNT_TOKEN', join('op', 's_', base64url(JSON.stringify({ signInAddress: 'acme.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', salt: randomString(22) }, email: `${randomString(12, LOWER_ALNUM)}@acme.1password.com`, srpX: randomString(64, HEX) }))))],
    misses: [envMiss('wrong length', 'OP_SERVICE_ACCOUNT_TOKEN', join('op', 's_', 'eyJ', randomString(60)))],
    lookAlikes: [env('OP_SERVICE_ACCOUNT_TOKEN', join('op', 's_', 'eyJ', randomString(140)))],
  }),
  '1password-secret-key': () => {
    const group = (n: number) => randomString(n - 1, UPPER_ALNUM) + '7';
    const key = join('A', '3-', [6, 6, 5, 5, 5, 5].map(group).join('-'));
    return {
      hits: [env('OP_SECRET_KEY', key), hit(`# Emergency kit\nSecret Key: ${key}\n`, key, 'docs/emergency-kit.txt')],
      misses: [envMiss('wrong structure', 'OP_SECRET_KEY', join('A', '3-', [6, 6, 5, 5, 5].map(group).join('-'))),
        envMiss('placeholder', 'OP_SECRET_KEY', join('A', '3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX')),
        // 1Password's own illustration of a Secret Key.
        envMiss('documented example', 'OP_SECRET_KEY', join('A3-ASW', 'WYB-798JRY-LJVD4-23DC2-86TVM-H43EB'))],
    };
  },
  'aws-session-token': () => {
    const token = join('IQoJb3JpZ2lu', 'X2Vj') + randomString(400, BASE64);
    return {
      hits: [env('AWS_SESSION_TOKEN', token),
        hit(`\tprovider := credentials.NewStaticCredentialsProvider(\n\t\t"${join('AS', 'IA')}${randomString(16, UPPER_ALNUM)}",\n\t\t"${randomString(40, BASE64)}",\n\t\t"${token}",\n\t)\n`, token, 'cmd/ingest/main.go')],
      misses: [envMiss('wrong length', 'AWS_SESSION_TOKEN', join('IQoJb3JpZ2lu', 'X2Vj') + randomString(60, BASE64))],
    };
  },
  'java-keystore-base64': () => {
    const jks = join('/u3+', '7QAAAA') + randomString(600, BASE64);
    return {
      hits: [env('ANDROID_KEYSTORE_BASE64', jks)],
      misses: [envMiss('wrong structure', 'ANDROID_KEYSTORE_BASE64', join('/u3+', '7QAAAA') + randomString(20, BASE64))],
    };
  },
  'minisign-secret-key': () => {
    // base64 of "Ed", the KDF ("\0\0": none; "Sc": scrypt), then the key.
    const key = (kdf: string) => base64(`Ed${kdf}B2${randomString(100, ALNUM)}`);
    const plain = key('\0\0');
    return {
      hits: [hit(`untrusted comment: minisign secret key\n${plain}\n`, plain, 'release/minisign.key')],
      misses: [miss('wrong structure', `untrusted comment: minisign secret key\n${base64(`Xy\0\0${randomString(100, ALNUM)}`)}\n`, 'release/minisign.key')],
    };
  },
  'solana-keypair': () => {
    const bytes = Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256).join(',');
    return {
      hits: [hit(`[${bytes}]`, bytes, 'keys/id.json'), hit(`[${bytes}]\n`, bytes, 'solana-staking/keys/deployer.json'),
        hit(`const payer = Keypair.fromSecretKey(\n  Uint8Array.from([${bytes}]),\n);\n`, bytes, 'scripts/airdrop.ts'),
        // The same bytes in base58, decoded where the key is made (a transaction's signature is as long, but never passed there).
        ((b58: string) => hit(`const payer = Keypair.fromSecretKey(bs58.decode("${b58}"));\n`, b58, 'scripts/airdrop.ts'))(base58Encode(Uint8Array.from(bytes.split(',').map(Number)))),
        ((b58: string) => hit(`payer = Keypair.from_base58_string("${b58}")\n`, b58, 'bot/payer.py'))(base58Encode(Uint8Array.from(bytes.split(',').map(Number))))],
      misses: [miss('wrong length', `[${bytes.split(',').slice(0, 32).join(',')}]`, 'keys/id.json'),
        miss('not a secret name', `[${Array.from({ length: 64 }, (_, i) => i % 10).join(',')}]`, 'keys/id.json'),
        miss('wrong structure', `const sig = await connection.confirmTransaction("${base58Encode(Uint8Array.from(bytes.split(',').map(Number)))}");\n`, 'scripts/airdrop.ts'),
        miss('wrong length', `const payer = Keypair.fromSecretKey(bs58.decode("${base58Encode(Uint8Array.from(bytes.split(',').map(Number).slice(0, 63)))}"));\n`, 'scripts/airdrop.ts')],
    };
  },
  'jwk-private-key': () => {
    const d = randomString(43, URLSAFE);
    return {
      hits: [hit(`{\n  "kty": "OKP",\n  "crv": "Ed25519",\n  "d": "${d}",\n  "x": "${randomString(43, URLSAFE)}"\n}\n`, d, 'keys/signing.jwk.json'),
        hit(`SIGNING_JWK='{"kty":"EC","crv":"P-256","x":"${randomString(43, URLSAFE)}","y":"${randomString(43, URLSAFE)}","d":"${d}"}'\n`, d, '.env'),
        hit(`smallrye.jwt.sign.key={"kty":"oct","kid":"k1","k":"${d}"}\n`, d, 'src/main/resources/application.properties')],
      misses: [miss('public by design', `{"keys": [{"kty": "RSA", "n": "${randomString(342, URLSAFE)}", "e": "AQAB", "kid": "k1"}]}\n`, 'public/.well-known/jwks.json'),
        miss('wrong structure', `{"kty":"RSA","kid":"k1","k":"${d}","n":"${randomString(342, URLSAFE)}","e":"AQAB"}\n`, 'public/.well-known/jwks.json'),
        miss('documented example', '{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}\n', 'docs/jose.md')],
    };
  },
  'wallet-recovery-phrase': () => {
    const phrase = recoveryPhrase(12);
    const long = recoveryPhrase(24);
    return {
      hits: [hit(`DEPLOYER=ops\nMNEMONIC="${phrase}"\n`, phrase, '.env'),
        hit(`module.exports = {\n  networks: { sepolia: { accounts: { mnemonic: "${long}" } } },\n};\n`, long, 'hardhat.config.js'),
        // A phrase whose BIP-39 checksum holds needs no name: a call, a command, a wallet tool's output, Truffle's .secret.
        ((p: string) => hit(`const backup = mnemonicToAccount("${p}", { addressIndex: 2 });\n`, p, 'src/airdrop.ts'))(bip39Phrase(12, 1)),
        ((p: string) => hit(`echo "${p}" | gaiad keys add validator --recover --keyring-backend file\n`, p, 'scripts/bootstrap.sh'))(bip39Phrase(24, 2)),
        ((p: string) => hit(`Save this seed phrase to recover your new keypair:\n${p}\n`, p, 'docs/wallet-setup.md'))(bip39Phrase(12, 3)),
        ((p: string) => hit(`${p}\n`, p, '.secret'))(bip39Phrase(24, 4))],
      misses: [miss('documented example', `MNEMONIC="${'test '.repeat(11)}junk"\n`, '.env'),
        miss('wrong length', `SEED_PHRASE="${recoveryPhrase(10)}"\n`, '.env'),
        miss('documented example', 'ganache-cli -d -m "myth like bonus scare over problem client lizard pioneer submit female collect"\n', 'package.json'),
        // (Words of the list whose checksum fails are prose, whatever keyword is near.)
        miss('wrong checksum', `echo "${bip39Phrase(12, 5).split(' ').reverse().join(' ')}" | gaiad keys add v --recover\n`, 'scripts/bootstrap.sh')],
    };
  },
  'bip32-extended-private-key': () => {
    const xprv = extendedPrivateKey('main', 1), tprv = extendedPrivateKey('test', 2);
    const bad = xprv.slice(0, -1) + (xprv.endsWith('z') ? 'y' : 'z');
    return {
      hits: [hit(`  account_xprv: "${xprv}"\n`, xprv, 'config/hot-wallet.yaml'), hit(`regtest_key = ${tprv}\n`, tprv, 'config/regtest.ini')],
      misses: [miss('wrong checksum', `  account_xprv: "${bad}"\n`, 'config/hot-wallet.yaml'),
        miss('wrong length', `  account_xprv: "${xprv.slice(0, 100)}"\n`, 'config/hot-wallet.yaml'),
        miss('placeholder', '  account_xprv: "xprv..."\n', 'config/example.yaml')],
    };
  },
  'engine-api-jwt-secret': () => {
    const secret = randomString(64, HEX);
    return {
      hits: [hit(`${secret}\n`, secret, 'eth-node/jwt.hex'), hit(`0x${secret}`, `0x${secret}`, 'secrets/jwtsecret')],
      misses: [miss('wrong length', `${randomString(40, HEX)}\n`, 'eth-node/jwt.hex'), miss('wrong structure', `${secret}\n`, 'eth-node/checksum.hex')],
    };
  },
  'bitcoin-wif-private-key': () => {
    const wif = wifKey({ compressed: true });
    const legacy = wifKey();
    const testnet = wifKey({ version: 0xef, compressed: true });
    const flipped = wif.slice(0, -1) + (wif.endsWith('z') ? 'y' : 'z');
    return {
      hits: [env('BTC_WIF', wif), hit(`key = PrivateKey("${legacy}")\n`, legacy, 'sweep.py'),
        hit(`const signer = ECPair.fromWIF('${testnet}', network);\n`, testnet, 'src/sign.ts')],
      misses: [envMiss('wrong checksum', 'BTC_WIF', flipped),
        envMiss('wrong length', 'BTC_WIF', wif.slice(0, -2)),
        // The Bitcoin wiki's worked example, in many libraries' tests.
        envMiss('documented example', 'BTC_WIF', join('5HueCGU8rMjxEXxiPuD5BDku4', 'MkFqeZyd4dZ1jvhTVqvbTLvyTJ'))],
    };
  },
  'nostr-private-key': () => ({
    hits: [env('NOSTR_NSEC', nostrSecretKey())],
    misses: [envMiss('wrong checksum', 'NOSTR_NSEC', ((k: string) => k.slice(0, -1) + (k.endsWith('q') ? 'p' : 'q'))(nostrSecretKey()))],
  }),
  'age-secret-key': () => ({
    hits: [env('SOPS_AGE_KEY', ageSecretKey())],
    misses: [envMiss('wrong length', 'SOPS_AGE_KEY', ageSecretKey().slice(0, -2))],
    // One key, its last checksum character changed (two different keys could hand back a valid one).
    lookAlikes: [env('SOPS_AGE_KEY', ((k: string) => k.slice(0, -1) + (k.endsWith('Q') ? 'P' : 'Q'))(ageSecretKey()))],
  }),
  // AWS
  'aws-access-key-id': () => ({
    hits: [env('AWS_ACCESS_KEY_ID', awsAccessKeyId())],
    misses: [envMiss('documented example', 'AWS_ACCESS_KEY_ID', AWS_DOC_KEY_ID), envMiss('wrong length', 'AWS_ACCESS_KEY_ID', awsAccessKeyId().slice(0, -2)),
      // (An id spelling a stand-in's word: a CTF's decoy.)
      envMiss('placeholder', 'AWS_ACCESS_KEY_ID', `AKIACTF${randomString(5, 'QRSUVWXYZ')}FAKEKEY2`.slice(0, 20))],
  }),
  'aws-secret-access-key': () => {
    const secret = awsSecretKey();
    return {
      // Under its name, and positionally: the argument after a key id in an SDK constructor.
      // One secret in 64 starts with `+`, which an assignment's operator must not swallow.
      hits: [env('AWS_SECRET_ACCESS_KEY', awsSecretKey()), env('AWS_SECRET_ACCESS_KEY', '+' + awsSecretKey().slice(1)), hit(`AWSCredentials c = new BasicAWSCredentials("${awsAccessKeyId()}", "${secret}");\n`, secret, 'src/S3.java'),
        // `aws configure`'s prompts and answers, pasted into a wiki.
        hit('```\n$ aws configure --profile deployer\n' + `AWS Access Key ID [None]: ${awsAccessKeyId()}\nAWS Secret Access Key [None]: ${secret}\nDefault region name [None]: eu-central-1\n` + '```\n', secret, 'ops/aws-setup.txt'),
        hit(`let creds = Credentials::new(\n    "${awsAccessKeyId()}",\n    "${secret}",\n    None,\n);\n`, secret, 'src/storage.rs'),
        // The next argument aligned under the first, deep in a C++ return.
        hit(`    return Aws::Auth::AWSCredentials("${awsAccessKeyId()}",\n                                     "${secret}");\n`, secret, 'src/s3_uploader.cpp'),
        // The IAM console's credentials.csv: the secret is the column after the key id.
        hit(`User name,Password,Access key ID,Secret access key,Console login link\nci-bot,,${awsAccessKeyId()},${secret},https://console.aws.amazon.com/\n`, secret, 'Downloads/credentials.csv'),
        // A decompiled app: the id's string constant, then the secret's.
        hit(`    const-string v0, "${awsAccessKeyId()}"\n\n    const-string v1, "${secret}"\n\n    new-instance v2, Lcom/amazonaws/auth/BasicAWSCredentials;\n`, secret, 'smali/com/acme/Upload.smali')],
      misses: [envMiss('wrong length', 'AWS_SECRET_ACCESS_KEY', awsSecretKey().slice(0, 39)),
        miss('wrong length', `Access key ID,Secret access key\n${awsAccessKeyId()},${secret}x\n`, 'accessKeys.csv'),
        miss('wrong length', `c := credentials.NewStaticCredentials("${awsAccessKeyId()}", "${secret.slice(0, 36)}", "")\n`, 'main.go')],
    };
  },
  'aws-bedrock-api-key': () => {
    // Base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`.
    const key = (id: string) => join('AB', 'SK') + base64(`BedrockAPIKey-${id}-at-${randomString(12, DIGITS)}:${randomString(40, BASE64)}`);
    return {
      hits: [env('AWS_BEARER_TOKEN_BEDROCK', key(randomString(4, LOWER_ALNUM))), code('bedrockKey', key(randomString(12, LOWER_ALNUM)))],
      misses: [envMiss('wrong structure', 'AWS_BEARER_TOKEN_BEDROCK', join('AB', 'SK') + base64(`SomethingElse-${randomString(60)}`)),
        envMiss('wrong length', 'AWS_BEARER_TOKEN_BEDROCK', join('AB', 'SK') + base64('BedrockAPIKey-a:b'))],
    };
  },
  'aws-bedrock-short-term-key': () => prefixedFormat('AWS_BEARER_TOKEN_BEDROCK', join('bedrock-', 'api-key-', 'YmVkcm9jay5hbWF6b25hd3MuY29t'), 300, ALNUM, 20),
  // Keys and credential files
  'private-key': () => {
    const block = pemBlock('RSA PRIVATE KEY');
    // An Ed25519 PKCS#8 key is a single 64-character line (plus signs included).
    const ed25519 = `${dashes}BEGIN PRIVATE KEY${dashes}\nMC4CAQAwBQYDK2VwBCIEI${randomString(40, BASE64)}+/+\n${dashes}END PRIVATE KEY${dashes}`;
    const lines = randomString(128, BASE64).match(/.{64}/g)!;
    // Concatenated literals (PHP's `.`) and a Dockerfile's continued `echo`.
    const concatenated = `${dashes}BEGIN RSA PRIVATE KEY${dashes}\\n" .\n    "${lines.join('\\n" .\n    "')}\\n" .\n    "${dashes}END RSA PRIVATE KEY${dashes}`;
    const continued = `${dashes}BEGIN EC PRIVATE KEY${dashes}\\n\\\n${lines.join('\\n\\\n')}\\n\\\n${dashes}END EC PRIVATE KEY${dashes}`;
    return {
      hits: [hit(`const key = \`${block}\`;\n`, block, 'src/sign.ts'), hit(`${ed25519}\n`, ed25519, 'signing/ed25519.pem'),
        hit(`<?php\nreturn ['privateKey' =>\n    "${concatenated}",\n];\n`, concatenated, 'config/saml.php'),
        hit(`FROM nginx:1.25-alpine\nRUN echo "${continued}" > /etc/nginx/key.pem\n`, continued, 'Dockerfile')],
      misses: [miss('placeholder', `const key = \`${dashes}BEGIN RSA PRIVATE KEY${dashes}\n...\n${dashes}END RSA PRIVATE KEY${dashes}\`;\n`, 'src/sign.ts')],
    };
  },
  'npmrc-auth': () => {
    const p = randomString(16) + '!7';
    return {
      hits: [hit(`//npm.acme.io/:_password="${p}"\n`, p, '.npmrc'), ((b: string) => hit(`//npm.acme.io/:_password=${b}\n`, b, '.npmrc'))(base64(p))],
      misses: [miss('reference', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', '.npmrc'),
        miss('wrong checksum', `//registry.npmjs.org/:_authToken=${corruptChecksum(crcToken(join('np', 'm_')))}\n`, '.npmrc'),
        miss('documented example', `//registry.npmjs.org/:_password=${base64('password')}\n`, 'scripts/setup-registries.sh')],
    };
  },
  'pypirc-password': () => {
    const p = randomString(16) + '!7';
    return {
      hits: [hit(`[pypi]\nusername = ci\npassword = ${p}\n`, p, 'home/.pypirc'),
        // A copy named for its environment, and a second index's section.
        hit(`[distutils]\nindex-servers =\n    nexus\n\n[nexus]\nrepository = https://nexus.example.org/repository/pypi/\nusername = py-release\npassword = ${p}x\n`, `${p}x`, 'ops/dev.pypirc')],
      misses: [miss('placeholder', '[pypi]\npassword = <your token>\n', '.pypirc'), miss('no provider context', `[pypi]\npassword = ${p}\n`, 'notes/pypirc.txt')],
    };
  },
  'aws-ecr-authorization-token': () => {
    const envelope = (type: string) => base64(JSON.stringify({ payload: randomString(1400, BASE64), datakey: randomString(400, BASE64), version: '2', type, expiration: 1710295761 }));
    const token = envelope('DATA_KEY'), other = envelope('DATA_KEY');
    return {
      hits: [hit(`[jdoe@bastion-01 ~]$ aws ecr get-login-password --region us-east-1\n${token}\n`, token, 'incident/typescript'),
        hit(`+ docker login -u AWS -p ${other} 123456789012.dkr.ecr.us-east-1.amazonaws.com\n`, other, 'logs/ci/build-1842.txt')],
      misses: [miss('wrong structure', `${envelope('SESSION')}\n`, 'logs/ci/build-1842.txt'),
        miss('wrong length', `token: ${join('eyJwYXlsb2FkIjoi', randomString(60))}\n`, 'notes.md')],
    };
  },
  'symfony-secrets-decrypt-key': () => {
    const key = randomString(64 * 2, HEX).replace(/../g, b => `\\x${b.toUpperCase()}`);
    return {
      hits: [hit(`<?php // prod.decrypt.private on Tue, 11 Jun 2024 09:14:02 +0000\n\nreturn "${key}";\n`, key, 'config/secrets/prod/prod.decrypt.private.php')],
      misses: [miss('public by design', `<?php // prod.encrypt.public\n\nreturn "${key}";\n`, 'config/secrets/prod/prod.encrypt.public.php'),
        miss('reference', "<?php\n\nreturn $_SERVER['SYMFONY_DECRYPTION_SECRET'];\n", 'config/secrets/prod/prod.decrypt.private.php')],
    };
  },
  'bitlocker-recovery-key': () => {
    // Eight blocks, each a 16-bit value times 11, as BitLocker draws them.
    const blocks = () => Array.from({ length: 8 }, () => String(parseInt(randomString(4, HEX), 16) * 11).padStart(6, '0'));
    const key = blocks().join('-'), other = blocks().join('-');
    const broken = key.replace(/^\d{6}/, b => String((Number(b) + 1) % 1000000).padStart(6, '0'));
    return {
      hits: [hit(`BitLocker recovery key for LT-0231 (before reimaging):\nKey ID: ${uuid().toUpperCase()}\nRecovery key: ${key}\n`, key, 'it/break-glass.txt'),
        hit(`BitLocker Drive Encryption recovery key\n\nTo verify that this is the correct recovery key, compare the start of the following identifier.\n\nRecovery Key:\n${other}\n`, other, 'BitLocker Recovery Key 5E2A9C71.TXT')],
      misses: [miss('wrong checksum', `Recovery key: ${broken}\n`, 'it/break-glass.txt'),
        miss('placeholder', 'Recovery key: 000000-000000-000000-000000-000000-000000-000000-000000\n', 'docs/bitlocker.md')],
    };
  },
  'chat-answered-credential': () => {
    const pw = `${randomString(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${randomString(8)}-${randomString(2, DIGITS)}`, other = `aZ4${randomString(11)}`;
    const slack = (text: string, user: string) => `    {\n        "type": "message",\n        "text": "${text}",\n        "user": "${user}",\n        "ts": "1710412381.339219"\n    },\n`;
    return {
      hits: [hit(`[\n${slack("hey, what's the password for the staging rabbitmq admin UI? `guest` doesn't work", 'U04KJ7R2M1Q')}${slack(pw, 'U01QW8ZP3HX')}]\n`, pw, 'chat/slack-export/infra/2024-03-14.json'),
        hit(`[15/04/2024 09:20] Laura Chen: and the SNMP community string for the poller?\n[15/04/2024 09:21] Marcus Webb: one sec\n[15/04/2024 09:21] Marcus Webb: ${other}\n`, other, 'chat/teams/helpdesk.txt'),
        hit(`12/03/2024, 18:02 - Ana: qual é a senha do wifi do escritório?\n12/03/2024, 18:04 - Rui: ${pw}\n`, pw, 'chat/WhatsApp Chat with Office.txt'),
        // Discord's text export (a header line, the message below it), Mattermost's JSON lines, Teams' HTML content.
        hit(`[2/15/2024 9:12 AM] kuba_dev\ncan someone DM me the grafana admin pw? mine expired\n\n[2/15/2024 9:14 AM] ola.k\n${other}\n`, other, 'discord/ops.txt'),
        hit(`{"type":"direct_post","direct_post":{"user":"giulia","message":"mi mandi la password dell'utente etl su ClickHouse?","create_at":1709884670704}}\n{"type":"direct_post","direct_post":{"user":"stefano","message":"${other}","create_at":1709887054899}}\n`, other, 'mattermost/export.jsonl'),
        hit(`{"messageType": "message",\n  "body": {\n    "content": "<p>Wat is het wachtwoord van het VPN-testaccount?</p>"\n  }\n}, {"messageType": "message",\n  "body": {\n    "content": "<p>${pw}</p>"\n  }\n}\n`, pw, 'teams-export/messages.json')],
      misses: [miss('not a secret name', `[15/04/2024 09:30] Laura Chen: can you reset my password?\n[15/04/2024 09:31] Marcus Webb: logged as REQ-20931\n[15/04/2024 09:31] Marcus Webb: ${other.toLowerCase()}\n`, 'chat/teams/helpdesk.txt'),
        miss('reference', `[15/04/2024 09:30] Laura Chen: where is the deploy token?\n[15/04/2024 09:31] Marcus Webb: in the vault, under ci/deploy\n[15/04/2024 09:32] Marcus Webb: Release-Notes-v2.pdf\n`, 'chat/teams/helpdesk.txt'),
        miss('placeholder', `[15/04/2024 09:30] Laura Chen: what's the admin password?\n[15/04/2024 09:31] Marcus Webb: ChangeMe123\n`, 'chat/teams/helpdesk.txt'),
        // A key made public, answered: Mapbox's public token for the frontend.
        miss('public by design', `[15/04/2024 09:30] Laura Chen: which mapbox token for the map tiles?\n[15/04/2024 09:31] Marcus Webb: pk.${base64url('{"u":"kestrel-maps","a":"clmzo39ls1qld1qjni937is2g"}')}.${randomString(22, URLSAFE)}\n`, 'chat/teams/helpdesk.txt'),
        // Not a chat: a question in code, then a value.
        miss('not a secret name', `# what is the password policy?\nDEFAULT_POLICY = "${other}"\n`, 'app/policy.py')],
    };
  },
  'two-factor-recovery-codes': () => {
    const github = Array.from({ length: 16 }, () => `${randomString(5, HEX)}-${randomString(5, HEX)}`);
    const google = Array.from({ length: 6 }, () => `${randomString(4, DIGITS)} ${randomString(4, DIGITS)}`);
    const listed = `${github[0]}\n${github.slice(1, 8).join('\n')}`;
    const numbered = `${google[0]}      2. ${google[1]}\n  3. ${google[2]}      4. ${google[3]}`;
    return {
      hits: [hit(github.join('\n') + '\n', github.join('\n'), 'Downloads/github-recovery-codes.txt'),
        hit(`GitHub — @ops-admin\nRecovery codes, each used once:\n\n${listed}\n\nReminder: regenerate after use.\n`, listed, 'security/break-glass.txt'),
        hit(`Google Workspace backup verification codes:\n\n  1. ${numbered}\n`, numbered, 'security/break-glass.txt')],
      misses: [miss('not a secret name', `Release checksums:\n${github.slice(0, 4).join('\n')}\n`, 'docs/releases.md'),
        miss('wrong structure', 'Backup codes: generate them under Settings, then print them.\nStored since 2024 0301.\n', 'docs/2fa.md')],
    };
  },
  'gem-credentials-key': () => {
    const key = randomString(40, HEX);
    return {
      // A private gem server's key under its URL; a named key (`gem push --key internal`).
      hits: [hit(`---\nhttps://gems.example.io: ${key}\n`, key, 'home/alice/.gem/credentials'),
        hit(`---\n:rubygems_api_key: <%= ENV['GEM_HOST_API_KEY'] %>\n:internal: ${key}\n`, key, '.gem/credentials')],
      misses: [miss('reference', '---\nhttps://gems.example.io: <%= ENV["GEM_HOST_API_KEY"] %>\n', '.gem/credentials'),
        miss('no provider context', `[default]\nhttps://gems.example.io: ${key}\n`, '.aws/credentials')],
    };
  },
  'composer-auth-token': () => {
    const github = randomString(40, HEX);
    const gitlab = randomString(20, URLSAFE);
    return {
      hits: [hit(`{\n    "github-oauth": {\n        "github.com": "${github}"\n    }\n}\n`, github, 'auth.json'),
        hit(`{\n    "http-basic": {},\n    "gitlab-token": {\n        "gitlab.acme.io": "${gitlab}"\n    }\n}\n`, gitlab, 'home/.composer/auth.json')],
      misses: [miss('placeholder', '{"github-oauth": {"github.com": "<your-github-token>"}}', 'auth.json'),
        miss('no provider context', `{"github-oauth": {"github.com": "${github}"}}`, 'config/settings.json')],
    };
  },
  'netrc-password': () => {
    const p = randomString(16) + '!7';
    return {
      hits: [hit(`machine api.acme.io\n  login ci\n  password ${p}\n`, p, '.netrc'), hit(`machine mlflow.acme.io\n  login trainer\n  password ${p}x\n`, `${p}x`, 'ops/training-host.netrc'),
        // Written by a script's heredoc, a line each.
        hit(`my $netrc = <<"NETRC";\nmachine api.supplier-feeds.net\nlogin northwind\npassword ${p}p\nNETRC\n`, `${p}p`, 'lib/Feeds.pm')],
      misses: [miss('placeholder', 'machine example.com login me password mypassword', '_netrc'),
        miss('reference', 'cat > ~/.netrc <<EOF\nmachine api.acme.io\nlogin ci\npassword $API_TOKEN\nEOF\n', 'ci/setup.sh')],
    };
  },
  'git-credentials': () => {
    const p = randomString(16) + '!7';
    return {
      hits: [hit(`https://deploy:${p}@git.acme.io\n`, p, '/home/me/.git-credentials')],
      misses: [miss('placeholder', 'https://user:password@git.acme.io\n', '/home/me/.git-credentials')],
    };
  },
  'pgpass-password': () => {
    const p = randomString(16) + '!7';
    return {
      hits: [hit(`# comment\ndb.acme.io:5432:app:svc:${p}\n`, p, '.pgpass'),
        // A backup of it, in a home directory's dump.
        hit(`pg-main.internal:5432:*:backup:${p}b\n`, `${p}b`, 'homedirs/bob/.pgpass.bak'),
        // Windows keeps it as `%APPDATA%\postgresql\pgpass.conf`.
        hit(`pg-ops.example.net:5432:*:ops_admin:${p}w\n`, `${p}w`, 'C/Users/ops/AppData/Roaming/postgresql/pgpass.conf'),
        // PgBouncer's port, a host name and a database: no literal a keyword could find.
        hit(`pgbouncer.example.lan:6432:pgbouncer:pgbouncer_admin:${p}x\n`, `${p}x`, 'home/dev/.pgpass'),
        // pgAdmin's copy has no dot.
        hit(`db-replica.internal:5432:*:reporting:${p}y\n`, `${p}y`, 'docker/pgadmin/pgpass')],
      misses: [miss('placeholder', 'localhost:5432:*:postgres:postgres\n', '.pgpass'), miss('placeholder', 'postgres:5432:*:ledgerly:ledgerly\n', 'docker/pgadmin/pgpass')],
    };
  },
  'kubernetes-bootstrap-token': () => {
    const token = () => join(randomString(5, LOWER_ALNUM), '7', '.', randomString(15, LOWER_ALNUM), 'q');
    const [a, b] = [token(), token()];
    return {
      hits: [hit(`users:\n- name: ci\n  user:\n    token: ${a}\n`, a, 'ci/kube/ci-kubeconfig.yaml'),
        hit(`kubeadm join 10.0.0.1:6443 --token ${b} --discovery-token-unsafe-skip-ca-verification\n`, b, 'ops/join-node.sh')],
      misses: [miss('placeholder', 'kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef\n', 'docs/join.md'),
        miss('wrong structure', `images: ${randomString(6, 'abcdefghijklmnopqrstuvwxyz')}.${randomString(16, 'abcdefghijklmnopqrstuvwxyz')}\n`, 'deploy/values.yaml')],
    };
  },
  'kubeconfig-client-key': () => {
    const pemOf = (kind: string) => base64(`${dashes}BEGIN ${kind}${dashes}\n${randomString(64 * 4, BASE64)}\n${dashes}END ${kind}${dashes}\n`);
    const key = pemOf(join('RSA ', 'PRIVATE KEY'));
    return {
      hits: [hit(`users:\n- name: admin\n  user:\n    client-certificate-data: ${pemOf('CERTIFICATE')}\n    client-key-data: ${key}\n`, key, '.kube/config')],
      misses: [miss('wrong structure', `users:\n- name: admin\n  user:\n    client-key-data: ${base64(randomString(120))}\n`, '.kube/config'),
        miss('public by design', `users:\n- name: admin\n  user:\n    client-certificate-data: ${pemOf('CERTIFICATE')}\n`, '.kube/config')],
    };
  },
  'aws-credentials-file': () => {
    // 44 and 32 characters: S3-compatible stores issue other lengths than AWS's 40.
    const key = randomString(44, BASE64);
    const s3 = randomString(32);
    const spacesId = join('DO', '00', randomString(14, LOWER_ALNUM).toUpperCase(), 'Q7');
    const text = `[default]\naws_access_key_id = ${awsAccessKeyId()}\naws_secret_access_key = ${key}\n`;
    return {
      hits: [hit(text, key, '/home/me/.aws/credentials'), hit(`[default]\nhost_base = minio.acme.io\nsecret_key = ${s3}\n`, s3, '.s3cfg'),
        // An S3-compatible store's key id (DigitalOcean Spaces' DO00…), reported as the AWS rule reports AKIA ids.
        hit(`[spaces]\naws_access_key_id = ${spacesId}\n`, spacesId, '/home/me/.aws/credentials')],
      misses: [miss('placeholder', '[default]\nsecret_key = <your secret>\n', '.s3cfg'), miss('no provider context', text, 'docs/setup.ini'),
        miss('wrong alphabet', '[spaces]\naws_access_key_id = spaces-backup-user\n', '/home/me/.aws/credentials'),
        miss('reference', '[ci]\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n', '/home/me/.aws/credentials')],
    };
  },
  'password-hash': () => {
    const apr = join('$apr', '1$', randomString(8), '$', randomString(22, ALNUM + './'));
    const bcrypt = join('$2', 'y$', '10$', randomString(53, ALNUM + './'));
    const mosquitto = join('$7', '$101$', randomString(16, BASE64), '$', randomString(86, BASE64), '==');
    const grub = join('grub.pb', 'kdf2.sha512.10000.', randomString(64, HEX).toUpperCase(), '.', randomString(128, HEX).toUpperCase());
    return {
      hits: [hit(`admin:${apr}\n`, apr, 'site/.htpasswd'), hit(`INSERT INTO users VALUES (1,'ops@acme.io','${bcrypt}');\n`, bcrypt, 'db/dump.sql'),
        hit(`http:\n  middlewares:\n    auth:\n      basicAuth:\n        users:\n          - "ops:${apr}"\n`, apr, 'traefik/dynamic.yml'),
        // Mosquitto's PBKDF2-SHA512 entries: base64 salt and digest.
        hit(`sensor-gw:${mosquitto}\n`, mosquitto, 'etc/mosquitto/passwd'),
        // GRUB's PBKDF2 hash, as a kickstart's bootloader line gives it.
        hit(`bootloader --location=mbr --iscrypted --password=${grub}\n`, grub, 'provisioning/web.ks'),
        // A users export: the hash column of a CSV.
        hit(`"id","email","password_hash"\n"1001","ops@acme.io","${bcrypt}"\n`, bcrypt, 'exports/users_2024-04-30.csv'),
        // Cisco's type 9 (scrypt) in a device inventory's enable secret column.
        ((cisco: string) => hit(`device,mgmt_ip,enable_secret\nedge-rtr-01,10.250.0.1,${cisco}\n`, cisco, 'ops/network/devices.csv'))(`${join('$', '9$')}${bcrypt.slice(7, 21)}$${bcrypt.slice(17, 60)}`)],
      misses: [miss('no provider context', `const hash = '${bcrypt}';\n`, 'src/auth.test.ts'),
        miss('documented example', `# pwdhash => "${apr}"\n`, 'plugins/filter/password_hash.yml'),
        miss('wrong length', `admin:${join('$2', 'y$', '10$', randomString(40))}\n`, '.htpasswd'),
        miss('placeholder', 'root:*:19000:0:99999:7:::\n', 'etc/shadow')],
    };
  },
  'couchdb-admin-password': () => {
    const pw = `${randomString(14)}.${randomString(4)}`;
    return {
      hits: [hit(`[admins]\n; hashed on the next start\nreplicator = ${pw}\n`, pw, 'couchdb/etc/local.d/10-admins.ini'),
        hit(`[couchdb]\nuuid = ${randomString(32, HEX)}\n\n[admins]\nadmin = ${pw}\n`, pw, 'etc/local.ini')],
      misses: [
        miss('wrong structure', `[admins]\nadmin = -pbkdf2-${randomString(40, HEX)},${randomString(32, HEX)},10\n`, 'local.d/10-admins.ini'),
        miss('placeholder', '[admins]\nadmin = changeme\n', 'local.ini'),
        miss('not a secret name', `[couchdb]\nuuid = ${randomString(32, HEX)}\n`, 'local.ini'),
      ],
    };
  },
  'openvpn-auth-user-pass': () => {
    const pw = randomString(12) + '+9=';
    return {
      hits: [hit(`rkaur\n${pw}\n`, pw, 'etc/openvpn/client/auth.txt'), hit(`carol\r\n${pw}\r\n`, pw, 'Users/carol/OpenVPN/config/contoso/auth.txt'),
        hit(`alice\n${pw}\n`, pw, 'home/alice/vpn/auth.txt'),
        hit(`client\nremote vpn.acme.io 1194\n<auth-user-pass>\nrkaur\n${pw}\n</auth-user-pass>\n`, pw, 'profiles/office.ovpn')],
      misses: [miss('no provider context', `rkaur\n${pw}\n`, 'notes/auth.txt'), miss('placeholder', 'rkaur\npassword\n', 'etc/openvpn/pass'),
        miss('wrong structure', `client\nnobind\nremote vpn.acme.io 1194\n`, 'etc/openvpn/client/office')],
    };
  },
  'airtable-legacy-api-key': () => {
    const key = join('key', randomString(11), 'aZ9');
    return {
      hits: [hit(`const Airtable = require('airtable');\nconst base = new Airtable({ apiKey: '${key}' }).base('app${randomString(14)}');\n`, key, 'src/base.js')],
      misses: [miss('no provider context', `const k = '${key}';\n`, 'src/keys.js'), miss('wrong length', `// airtable\nconst k = '${key}Q';\n`, 'src/base.js')],
    };
  },
  'branch-secret-key': () => {
    const secret = t('secret_live_', 32);
    return {
      hits: [hit(`<meta-data android:name="io.branch.sdk.BranchSecret" android:value="${secret}" />\n`, secret, 'app/src/main/AndroidManifest.xml'),
        env('BRANCH_SECRET', t('secret_test_', 32))],
      misses: [envMiss('wrong alphabet', 'NOTE', 'secret_live_streams_are_here_today'), envMiss('wrong length', 'BRANCH_SECRET', t('secret_live_', 20))],
    };
  },
  'woocommerce-consumer-secret': () => prefixedFormat('WOOCOMMERCE_CONSUMER_SECRET', 'cs_', 40, HEX, 39),
  'ebay-cert-id': () => {
    const cert = (env: string) => `${env}-${randomString(12, HEX)}-${[4, 4, 4, 4].map(n => randomString(n, HEX)).join('-')}`;
    const [prd, sbx] = [cert('PRD'), cert('SBX')];
    return {
      hits: [env('EBAY_CERT_ID', prd), hit(`ebay:\n  sandbox:\n    cert_id: ${sbx}\n`, sbx, 'config/ebay.yml')],
      // The App ID carries the label after the app's name, with a 9-8 hex body; a shortened Cert ID is no key.
      misses: [miss('not a secret name', `EBAY_APP_ID=AcmeShop-Listings-PRD-${randomString(9, HEX)}-${randomString(8, HEX)}\n`, '.env'),
        envMiss('wrong length', 'EBAY_CERT_ID', prd.slice(0, -1))],
    };
  },
  'revenuecat-secret-key': () => {
    const key = join('s', 'k_', 'Xz', randomString(30));
    return {
      hits: [hit(`MonoBehaviour:\n  revenueCatPublicKey: appl_${randomString(28)}\n  revenueCatSecret: ${key}\n`, key, 'Assets/Resources/ServiceSettings.asset'),
        env('REVENUECAT_SECRET_KEY', join('s', 'k_', 'Q7', randomString(30)))],
      misses: [miss('no provider context', `secret = "${key}"\n`, 'app/settings.py'), envMiss('wrong length', 'REVENUECAT_SECRET_KEY', join('s', 'k_', 'Q7', randomString(20)))],
    };
  },
  'woocommerce-consumer-key': () => prefixedFormat('WOOCOMMERCE_CONSUMER_KEY', 'ck_', 40, HEX, 39),
  'loggly-customer-token': () => {
    const token = uuid();
    return {
      hits: [hit(`curl -d 'boot ok' http://logs-01.loggly.com/inputs/${token}/tag/http/\n`, token, 'ship.sh')],
      misses: [miss('wrong structure', `curl http://logs-01.loggly.com/inputs/TOKEN/tag/http/\n`, 'README.md'),
        miss('no provider context', `curl -d 'boot ok' http://logs.acme.io/inputs/${token}/tag/http/\n`, 'ship.sh')],
    };
  },
  'terraform-state-secret': () => {
    const pw = randomString(12) + '#7';
    const state = (name: string, value: string, sensitive: boolean) =>
      `{\n  "version": 4,\n  "outputs": {\n    "${name}": {\n      "value": "${value}",\n      "type": "string"${sensitive ? ',\n      "sensitive": true' : ''}\n    }\n  }\n}\n`;
    const token = randomString(38, URLSAFE) + 'x9';
    const tokenResource = (type: string, value: string) => `{\n  "version": 4,\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "${type}",\n      "name": "ci",\n`
      + `      "instances": [\n        {\n          "attributes": {\n            "id": "${randomString(32, HEX)}",\n            "status": "active",\n            "value": "${value}"\n          }\n        }\n      ]\n    }\n  ]\n}\n`;
    const resource = (type: string, result: string) => `{\n  "version": 4,\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "${type}",\n      "name": "db",\n`
      + `      "instances": [\n        {\n          "attributes": {\n            "length": 24,\n            "result": "${result}",\n            "special": true\n          }\n        }\n      ]\n    }\n  ]\n}\n`;
    const hexKey = randomString(40, HEX);
    const listed = (type: string, key: string, sensitive: string) => `{\n  "version": 4,\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "${type}",\n      "name": "terraform",\n`
      + `      "instances": [\n        {\n          "schema_version": 0,\n          "attributes": {\n            "id": "${randomString(32, HEX)}",\n            "key": "${key}",\n            "name": "terraform-prod"\n          },\n`
      + `          "sensitive_attributes": [\n            [\n              {\n                "type": "get_attr",\n                "value": "${sensitive}"\n              }\n            ]\n          ]\n        }\n      ]\n    }\n  ]\n}\n`;
    return {
      hits: [hit(state('db_master_password', pw, true), pw, 'infra/terraform.tfstate'), hit(state('admin_token', `${pw}Q9`, false), `${pw}Q9`, 'terraform.tfstate.backup'),
        hit(resource('random_password', `${pw}~x`), `${pw}~x`, 'state/prod.tfstate.json'),
        // A plan shown as JSON holds the same values (`terraform show -json tfplan > tfplan.json`).
        hit(`{\n  "format_version": "1.2",\n  "resource_changes": [\n    {\n      "type": "random_password",\n      "change": {\n        "before": {\n          "length": 24,\n          "result": "${pw}~p"\n        }\n      }\n    }\n  ]\n}\n`, `${pw}~p`, 'terraform/prod/tfplan.json'),
        // A token a resource created: Cloudflare's API token, in the `value` it got back.
        hit(tokenResource('cloudflare_api_token', `${token}`), token, 'infra/terraform.tfstate'),
        // An attribute the instance lists as sensitive (its provider's schema says so), under any name.
        hit(listed('datadog_application_key', hexKey, 'key'), hexKey, 'infra/terraform/prod/terraform.tfstate')],
      misses: [miss('not a secret name', state('db_endpoint', 'orders.cq7z2kd1ab9e.rds.amazonaws.com:5432', false), 'terraform.tfstate'),
        miss('placeholder', listed('datadog_application_key', 'changeme', 'key'), 'terraform.tfstate'),
        miss('not a secret name', tokenResource('cloudflare_record', token), 'terraform.tfstate'),
        miss('not a secret name', resource('random_pet', 'joyful-otter'), 'terraform.tfstate'),
        miss('no provider context', state('db_master_password', pw, true), 'outputs.json')],
    };
  },
  'jetbrains-saved-password': () => {
    const obfuscate = (text: string) => [...text].map(c => (c.charCodeAt(0) ^ 0xdfaa).toString(16).padStart(4, '0')).join('');
    const pw = obfuscate(`${randomString(10)}#7`);
    return {
      hits: [hit(`<fileTransfer host="staging.acme.io" port="21" accessType="FTP" login="deploy" password="${pw}" />\n`, pw, '.idea/WebServers.xml')],
      misses: [miss('no provider context', `<fileTransfer login="deploy" password="${pw}" />\n`, 'deploy/servers.xml'),
        miss('wrong structure', `<fileTransfer login="deploy" password="${obfuscate('password')}" />\n`, '.idea/WebServers.xml')],
    };
  },
  'heidisql-saved-password': () => {
    // HeidiSQL's shift: each character's code plus a digit, in hex, then the digit.
    const obfuscate = (pw: string, shift: number) => [...pw].map(c => (c.charCodeAt(0) + shift).toString(16).padStart(2, '0')).join('') + shift;
    const pw = `${randomString(10)}%4`;
    const saved = obfuscate(pw, 7);
    const tunnel = `${randomString(12)}!`;
    const server = (field: string, value: string) => `Servers\\Clients\\shop-prod\\Host<|||>1<|||>db.example.org\nServers\\Clients\\shop-prod\\${field}<|||>1<|||>${value}\n`;
    return {
      hits: [hit(server('Password', saved), saved, 'HeidiSQL_portable/portable_settings.txt'),
        hit(server('SSHtunnelPassword', tunnel), tunnel, 'tools/HeidiSQL/portable_settings.txt')],
      misses: [miss('wrong structure', 'Servers\\Prod MariaDB\\Password<|||>1<|||>\n', 'heidisql-settings.txt'),
        // Not HeidiSQL's shift (odd length), and a well-known default under it.
        miss('wrong structure', server('Password', `${saved}0`), 'portable_settings.txt'),
        miss('placeholder', server('Password', obfuscate('root', 3)), 'portable_settings.txt')],
    };
  },
  'hexchat-network-password': () => {
    const pw = `${randomString(10)}=8`;
    return {
      hits: [hit(`v=2.16.2\n\nN=Libera.Chat\nI=amara\nP=${pw}\nL=6\n`, pw, 'home/amara/.config/hexchat/servlist.conf')],
      misses: [miss('no provider context', `N=Libera.Chat\nP=${pw}\n`, 'notes/servers.conf'), miss('placeholder', 'N=Libera.Chat\nP=password\n', '.config/hexchat/servlist.conf')],
    };
  },
  'redis-monitor-password': () => {
    const pw = `${randomString(10)}%h`;
    return {
      hits: [hit(`1715678425.883336 [0 10.0.3.14:51822] "PING"\n1715678512.118204 [0 10.0.3.22:40118] "AUTH" "default" "${pw}"\n`, pw, 'logs/redis_monitor.log')],
      misses: [miss('placeholder', '1715678512.118204 [0 10.0.3.22:40118] "AUTH" "password"\n', 'logs/redis_monitor.log')],
    };
  },
  'redis-protocol-password': () => {
    const pw = randomString(32);
    const resp = (password: string, length = password.length) => `09:41:12.003311 IP 10.30.2.60.38890 > 10.30.1.40.6379: Flags [P.], length 55\n*2\n$4\nAUTH\n$${length}\n${password}\n`;
    return {
      hits: [hit(resp(pw), pw, 'captures/tcpdump.txt'), hit(resp(pw).replace(/\n/g, '\r\n'), pw, 'captures/proxy.log')],
      misses: [miss('wrong length', resp(pw, 31), 'captures/tcpdump.txt'), miss('placeholder', resp('changeme'), 'captures/tcpdump.txt')],
    };
  },
  'password-manager-export': () => {
    const pw = `${randomString(18)}^k%7`, pin = `57${randomString(3, DIGITS)}`; // (never one digit repeated, never a run)
    const keepass = (value: string) => `<Entry>\n  <String>\n    <Key>Admin-PIN</Key>\n    <Value ProtectInMemory="True">${value}</Value>\n  </String>\n</Entry>\n`;
    const bitwarden = (value: string, type: number) => `"fields": [\n  {\n    "name": "TAN-PIN",\n    "value": "${value}",\n    "type": ${type},\n    "linkedId": null\n  }\n]\n`;
    return {
      // KeePass's protected values, Bitwarden's hidden fields, 1PUX's concealed fields, login passwords and history.
      hits: [hit(keepass(pw), pw, 'exports/keepass.xml'), hit(bitwarden(pin, 1), pin, 'exports/bitwarden.json'),
        hit(`{"title": "key passphrase", "value": {"concealed": "${pw}"}, "guarded": true}\n`, pw, 'export.data'),
        hit(`"loginFields": [\n  {"value": "deploy", "name": "username", "designation": "username"},\n  {"value": "${pw}", "name": "password", "fieldType": "P", "designation": "password"}\n]\n`, pw, 'export.data'),
        hit(`"passwordHistory": [\n  {"value": "${pw}", "time": 1680187423}\n]\n`, pw, 'export.data')],
      misses: [miss('placeholder', keepass('changeme'), 'exports/keepass.xml'), miss('placeholder', bitwarden('1234', 1), 'exports/bitwarden.json'),
        // (A text field, type 0, is no hidden one.)
        miss('not a secret name', bitwarden(pw, 0), 'exports/bitwarden.json'),
        miss('not a secret name', `<Value>${pw}</Value>\n`, 'exports/keepass.xml')],
    };
  },
  'har-session-cookie': () => {
    const session = randomString(48, HEX);
    const har = (cookie: string) => `{"log": {"entries": [{"request": {"method": "GET", "headers": [\n  {"name": "accept", "value": "application/json"},\n  {"name": "Cookie", "value": "${cookie}"}\n]}}]}}\n`;
    return {
      hits: [hit(har(`_ga=GA1.1.1880342211.1712065520; app_session=${session}; theme=dark`), session, 'devtools/dashboard.har'),
        ((sid: string) => hit(`{"cookies": [\n  {"name": "connect.sid", "value": "${sid}", "httpOnly": true}\n]}\n`, sid, 'support/login.har'))(randomString(40)),
        // Exported indented: the value's key on its own line.
        ((sid: string) => hit(JSON.stringify({ log: { entries: [{ request: { headers: [{ name: 'cookie', value: `sessionid=${sid}; _ga=GA1.1.1184422017.1714550311` }] } }] } }, null, 2), sid, 'checkout.har'))(randomString(32))],
      // Analytics and preference cookies are no sessions.
      misses: [miss('not a secret name', har(`_ga=GA1.1.1880342211.1712065520; _gid=GA1.1.${randomString(10, DIGITS)}; theme=dark`), 'devtools/landing.har'),
        miss('no provider context', har(`app_session=${session}`), 'fixtures/request.json'),
        // (Nor is HTTP/2's `:authority`, the host, or a page's cursor.)
        miss('not a secret name', `{"headers": [\n  {"name": ":authority", "value": "gitlab.acme-ops.internal"}\n], "queryString": [\n  {"name": "page_token", "value": "${randomString(40)}"}\n]}\n`, 'devtools/pipelines.har')],
    };
  },
  'http-session-cookie': () => {
    const session = randomString(32, HEX);
    const sid = randomString(26);
    return {
      hits: [hit(`< HTTP/2 302\n< set-cookie: _gitlab_session=${session}; path=/; secure; HttpOnly\n`, session, 'logs/curl-login.log'),
        hit(`curl -s -H 'Cookie: _ga=GA1.2.1880342211.1712065520; sessionid=${sid}' https://admin.example.org/api/users\n`, sid, 'docs/debugging.md'),
        hit(`headers = {"Accept": "text/html", "Cookie": "laravel_session=${sid}x"}\n`, `${sid}x`, 'scripts/scrape.py'),
        // A cassette's recorded request (the header's values listed below it), a mock's matcher, a proxy's session, curl's -b.
        hit(`    headers:\n      Cookie:\n      - _acme_admin_session=${sid}y--${session}\n      Accept:\n      - application/json\n`, `${sid}y--${session}`, 'recordings/orders_export.yml'),
        hit(`{\n  "request": {\n    "headers": {\n      "Cookie": {\n        "equalTo": "connect.sid=s%3A${sid}.${session}"\n      }\n    }\n  }\n}\n`, `s%3A${sid}.${session}`, 'wiremock/mappings/billing.json'),
        hit(`  {\n    "name": "Cookie",\n    "value": "acme_sid=${sid}z"\n  }\n`, `${sid}z`, 'debug/charles/checkout.chlsj'),
        hit(`curl -v https://shop.acme.io/api/checkout -b 'shop_session=${sid}w' -d '{}'\n`, `${sid}w`, 'ops/checkout-500.sh'),
        hit(`    Set-Cookie: acme_rt=${sid}v; Path=/v2/auth; HttpOnly; Secure\n`, `${sid}v`, 'debug/mitm/session.txt'),
        // Devtools' "Copy as PowerShell": each cookie added to the web session by name and value.
        hit(`$session.Cookies.Add((New-Object System.Net.Cookie("_gitlab_session", "${session}", "/", "gitlab.acme.io")))\n`, session, 'scripts/Repro-Pipelines.ps1')],
      // Preferences, analytics and CSRF cookies hold no session; a Set-Cookie's attributes are no cookies.
      misses: [miss('not a secret name', `> Cookie: theme=dark; _gid=GA1.1.${randomString(10, DIGITS)}; csrftoken=${randomString(32)}\n`, 'logs/req.log'),
        miss('not a secret name', `< set-cookie: locale=en-GB; Path=/; Expires=Wed, 09 Jun 2027 10:18:14 GMT; auth_hint=${randomString(20)}\n`, 'logs/resp.log'),
        miss('placeholder', "curl -H 'Cookie: sessionid=<your-session-id>' https://example.org\n", 'README.md'),
        miss('not a secret name', `    headers:\n      Cookie:\n      - theme=dark; _gid=GA1.1.${randomString(10, DIGITS)}\n`, 'recordings/home.yml'),
        miss('not a secret name', `git checkout -b 'feature=${randomString(20)}'\n`, 'ops/branch.sh'),
        miss('not a secret name', `$session.Cookies.Add((New-Object System.Net.Cookie("_hjSessionUser_3811922", "${randomString(40)}", "/", ".acme.io")))\n`, 'scripts/Repro.ps1')],
    };
  },
  'saved-session-cookie': () => {
    const sid = randomString(32, 'abcdefghijklmnopqrstuvwxyz0123456789');
    const httpie = (name: string, value: string) => JSON.stringify({ __meta__: { about: 'HTTPie session file' }, auth: { type: null },
      cookies: [{ domain: '', expires: null, name, path: '/', secure: true, value }, { domain: '', name: '_ga', value: 'GA1.2.1940440830.1712065520' }] }, null, 4);
    return {
      hits: [hit(httpie('sessionid', sid), sid, '.config/httpie/sessions/api.example.com/prod.json'),
        // Playwright's storage state: the value before the name.
        ((token: string) => hit(`{\n  "cookies": [\n    {"value": "${token}", "name": "__Secure-next-auth.session-token", "domain": "app.example.com", "httpOnly": true}\n  ],\n  "origins": []\n}\n`, token, 'e2e/.auth/user.json'))(randomString(64))],
      // Analytics and CSRF cookies hold no session; a HAR file is its own rule's.
      misses: [miss('not a secret name', httpie('csrftoken', sid), '.config/httpie/sessions/api.example.com/dev.json'),
        miss('placeholder', httpie('sessionid', '<your-session-id>'), '.config/httpie/sessions/x/y.json'),
        miss('not a secret name', httpie('theme_preference', sid), 'sessions/x.json'),
        miss('no provider context', httpie('sessionid', sid), 'captures/login.har')],
    };
  },
  'mongodb-keyfile': () => {
    const key = randomString(756, BASE64);
    return {
      hits: [hit(`${key}\n`, key, 'databases/mongodb/keyfile'), hit(`${key.slice(0, 400)}\n`, key.slice(0, 400), 'deploy/mongo-keyfile'),
        hit(`${key}\n`, key, 'etc/mongodb/replica.key')],
      misses: [miss('no provider context', `${key}\n`, 'assets/keyfile'), miss('placeholder', 'REPLACE_WITH_OPENSSL_RAND_BASE64_756\n', 'databases/mongodb/keyfile')],
    };
  },
  'pgbouncer-userlist-password': () => {
    const pw = `${randomString(18)}!`;
    const scram = `SCRAM-SHA-256$4096:${base64(randomString(16))}$${base64(randomString(32))}:${base64(randomString(32))}`;
    return {
      hits: [hit(`"ledgerly_app" "${pw}"\n"pgbouncer_admin" "${scram}"\n`, pw, 'roles/pgbouncer/files/userlist.txt')],
      misses: [miss('wrong structure', `"pgbouncer_admin" "${scram}"\n"stats" "md5${randomString(32, HEX)}"\n`, 'pgbouncer/userlist.txt'),
        miss('no provider context', `"ledgerly_app" "${pw}"\n`, 'notes/users.txt'), miss('placeholder', '"app" "changeme"\n', 'userlist.txt')],
    };
  },
  'wildfly-user-hash': () => {
    const hash = randomString(32, HEX);
    return {
      hits: [hit(`#$REALM_NAME=ManagementRealm$\nops-admin=${hash}\n`, hash, 'standalone/configuration/mgmt-users.properties')],
      misses: [miss('no provider context', `ops-admin=${hash}\n`, 'config/app.properties'),
        miss('wrong length', `ops-admin=${randomString(40, HEX)}\n`, 'standalone/configuration/application-users.properties')],
    };
  },
  'curlrc-password': () => {
    const pw = randomString(14) + '^=';
    return {
      hits: [hit(`silent\nuser = "ops-bot:${pw}"\n`, pw, 'home/hana/.curlrc'), hit(`--proxy-user deploy:${pw}\n`, pw, '_curlrc')],
      misses: [miss('placeholder', 'user = "name:password"\n', '.curlrc'), miss('no provider context', `user = "ops-bot:${pw}"\n`, 'settings.ini')],
    };
  },
  'kaggle-api-key': () => {
    const key = randomString(32, HEX);
    return {
      hits: [hit(`{"username": "gtamir", "key": "${key}"}`, key, 'home/gil/.kaggle/kaggle.json')],
      misses: [miss('no provider context', `{"username": "gtamir", "key": "${key}"}`, 'config/settings.json'),
        miss('wrong alphabet', `{"username": "gtamir", "key": "${randomString(32)}G"}`, '.kaggle/kaggle.json')],
    };
  },
  'cloudflare-tunnel-token': () => {
    const tunnel = (a: string) => base64(JSON.stringify({ a, t: uuid(), s: base64(randomString(32)) }));
    const token = tunnel(randomString(32, HEX));
    return {
      hits: [hit(`services:\n  tunnel:\n    image: cloudflare/cloudflared\n    command: tunnel --no-autoupdate run --token ${token}\n`, token, 'docker-compose.yml'),
        env('TUNNEL_TOKEN', tunnel(randomString(32, HEX)))],
      // The account tag is 32 hex: another JSON that opens `{"a":"` is no tunnel token.
      misses: [envMiss('wrong structure', 'TUNNEL_TOKEN', tunnel(randomString(20)))],
    };
  },
  'cloudflare-origin-cert-token': () => {
    const json = base64(JSON.stringify({ zoneID: randomString(32, HEX), accountID: randomString(32, HEX), apiToken: randomString(40, URLSAFE) }));
    const block = json.match(/.{1,64}/g)!.join('\n');
    return {
      hits: [hit(`-----BEGIN ARGO TUNNEL TOKEN-----\n${block}\n-----END ARGO TUNNEL TOKEN-----\n`, block, 'home/jamal/.cloudflared/cert.pem')],
      misses: [miss('wrong structure', `-----BEGIN ARGO TUNNEL TOKEN-----\n${base64(JSON.stringify({ zoneID: randomString(32, HEX) })).match(/.{1,64}/g)!.join('\n')}\n-----END ARGO TUNNEL TOKEN-----\n`, '.cloudflared/cert.pem')],
    };
  },
  'wordpress-salt': () => {
    const salt = randomString(60, ALNUM + '!#%^*()-_=+[]{};:,.<>/?|~');
    // WordPress's generator draws from punctuation that includes `$`, space and backquote.
    const generated = join(randomString(30, ALNUM + '!@#%^&*()-_ []{}<>~`+=,.;:/?|'), '$', randomString(33, ALNUM));
    return {
      hits: [hit(`<?php\ndefine( 'SECURE_AUTH_SALT', '${salt}' );\n`, salt, 'wp-config.php'),
        hit(`define( 'AUTH_KEY',         '${generated}' );\n`, generated, 'wp-config.php'),
        // Salts of letters and digits alone (a password generator's) are salts too.
        ((alnum: string) => hit(`define( 'LOGGED_IN_KEY',    '${alnum}' );\n`, alnum, 'blog/wp-config.php'))(randomString(64, ALNUM))],
      misses: [miss('placeholder', `define( 'AUTH_KEY', 'put your unique phrase here' );\n`, 'wp-config.php'),
        miss('placeholder', `define( 'NONCE_KEY', 'Put Your Unique Phrase Here 2' );\n`, 'wp-config.php'),
        miss('wrong structure', `define( 'DB_NAME', '${salt}' );\n`, 'wp-config.php'),
        miss('documented example', `/**\n *     define('AUTH_KEY',         '${salt}');\n */\n`, 'wp-includes/pluggable.php')],
    };
  },
  'rails-master-key': () => {
    const master = randomString(32, HEX);
    return {
      hits: [hit(`${master}\n`, master, 'config/master.key')],
      misses: [miss('wrong length', `${randomString(31, HEX)}\n`, 'config/master.key'), miss('no provider context', `${master}\n`, 'config/other.key')],
    };
  },
  'ansible-vault-password-file': () => {
    const pw = randomString(24, URLSAFE);
    return {
      hits: [hit(`${pw}\n`, pw, 'ansible/.vault_pass'), hit(pw, pw, 'vault-password.txt')],
      misses: [
        miss('placeholder', 'changeme\n', '.vault_pass'),
        miss('wrong structure', '#!/bin/sh\nsecret-tool lookup vault ansible\n', 'vault_pass.sh'),
        miss('wrong structure', '#!/bin/sh\npass show ansible/vault\n', '.vault_pass'),
        miss('no provider context', `${pw}\n`, 'notes/pass.txt'),
      ],
    };
  },
  'drf-auth-token-fixture': () => {
    const key = randomString(40, HEX);
    const yamlKey = randomString(40, HEX);
    return {
      hits: [hit(`[\n  {\n    "model": "authtoken.token",\n    "pk": "${key}",\n    "fields": {"user": 3}\n  }\n]\n`, key, 'app/fixtures/users.json'),
        hit(`- model: authtoken.token\n  pk: ${yamlKey}\n  fields:\n    user: 1\n`, yamlKey, 'app/fixtures/tokens.yaml')],
      misses: [miss('not a secret name', `[{"model": "auth.user", "pk": "${key}"}]\n`, 'app/fixtures/users.json'),
        miss('wrong length', `[{"model": "authtoken.token", "pk": "${randomString(32, HEX)}"}]\n`, 'app/fixtures/users.json')],
    };
  },
  'secret-value-file': () => {
    const password = randomString(20, URLSAFE) + '7a';
    const secretId = uuid();
    return {
      hits: [hit(`${password}\n`, password, 'deploy/secrets/mysql_root.txt'), hit(`${secretId}\n`, secretId, 'vault/agent/secret-id'),
        hit(password, password, 'ops/db_password.txt'),
        // Zabbix's pre-shared key file (TLSPSKFile): the key alone, in hex.
        ((psk: string) => hit(`${psk}\n`, psk, 'monitoring-agents/zabbix/zabbix_agentd.psk'))(randomString(64, HEX))],
      misses: [miss('placeholder', 'changeme\n', 'deploy/secrets/mysql_root.txt'), miss('reference', '${MYSQL_ROOT_PASSWORD}\n', 'secrets/db.txt'),
        miss('not a secret name', `${secretId}\n`, 'vault/agent/role-id'), miss('wrong structure', `user = app\npassword = ${password}\n`, 'secrets/db.txt')],
    };
  },
  'vault-token-file': () => {
    const legacy = join('s', '.', randomString(24)); // before Vault 1.10
    return {
      // hvs./hvb. tokens are the service and batch token rules' anywhere; the file adds the legacy form.
      hits: [hit(`${legacy}\n`, legacy, 'home/dev/.vault-token'), hit(legacy, legacy, '.vault-token')],
      misses: [miss('wrong structure', 'root\n', '.vault-token'), miss('no provider context', `${legacy}\n`, 'notes/token.txt'),
        miss('wrong length', `${join('s', '.', randomString(12))}\n`, '.vault-token')],
    };
  },
  'jenkins-master-key': () => {
    const k = randomString(512, HEX);
    return {
      hits: [hit(`${k}\n`, k, '/var/lib/jenkins/secrets/master.key')],
      misses: [miss('no provider context', `${k}\n`, 'notes/master.key.txt'), miss('wrong length', `${randomString(60, HEX)}\n`, 'jenkins/secrets/master.key')],
    };
  },
  's3fs-password-file': () => {
    const secret = randomString(40, BASE64);
    const id = awsAccessKeyId();
    return {
      hits: [hit(`backups:${id}:${secret}\n`, secret, 'home/.passwd-s3fs')],
      misses: [miss('wrong length', `${id}:${randomString(12)}\n`, '/etc/passwd-s3fs'), miss('no provider context', `${id}:${secret}\n`, 'notes.txt')],
    };
  },
  'laravel-app-key': () => {
    const appKey = join('base64', ':', base64(randomString(32)));
    return {
      hits: [hit(`APP_ENV=production\nAPP_KEY=${appKey}\n`, appKey, '.env'),
        ((old: string) => hit(`    'cipher' => 'AES-256-CBC',\n\n    'previous_keys' => [\n        '${old}',\n    ],\n`, old, 'config/app.php'))(join('base64', ':', base64(randomString(32)))),
        // (The key written into config/app.php itself.)
        ((key: string) => hit(`<?php\nreturn [\n    'name' => 'Acme Shop',\n    'key' => '${key}',\n];\n`, key, 'config/app.php'))(join('base64', ':', base64(randomString(32)))),
        // (A default of the variable's read: Rust's unwrap_or_else, Ansible's default filter.)
        ((key: string) => hit(`    let app_key = env::var("APP_KEY").unwrap_or_else(|_| "${key}".into());\n`, key, 'src/config.rs'))(join('base64', ':', base64(randomString(32)))),
        ((key: string) => hit(`        app_key: "{{ lookup('env', 'APP_KEY') | default('${key}', true) }}"\n`, key, 'playbooks/deploy.yml'))(join('base64', ':', base64(randomString(32))))],
      misses: [miss('placeholder', 'APP_ENV=production\nAPP_KEY=\n', '.env'), envMiss('wrong length', 'APP_KEY', join('base64', ':', base64(randomString(16)))),
        miss('placeholder', `APP_ENV=testing\nAPP_KEY=${join('base64', ':', 'A'.repeat(43), '=')}\n`, '.env.testing')],
    };
  },
  'vnc-password': () => {
    const bytes = () => Array.from({ length: 8 }, (_, i) => randomString(2, '0123456789abcdef', 40 + i)).join(',');
    const reg = bytes(), hex = randomString(16, 'ABCDEF0123456789');
    return {
      hits: [hit(`Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]\r\n"RfbPort"=dword:0000170c\r\n"Password"=hex:${reg}\r\n`, reg, 'registry/tightvnc-server.reg'),
        hit(`[ultravnc]\r\npasswd=${hex}00\r\n`, `${hex}00`, 'vnc/ultravnc.ini')],
      misses: [miss('not a secret name', `[HKEY_CURRENT_USER\\Software\\Acme\\Viewer]\r\n"Password"=hex:${bytes()}\r\n`, 'registry/acme.reg'),
        miss('wrong structure', `[ultravnc]\r\npasswd=${hex}\r\n`, 'docs/notes.ini')],
    };
  },
  'putty-private-key': () => {
    const priv = [0, 1, 2].map(() => randomString(64, BASE64)).join('\n');
    const ppk = join('PuTTY', '-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops\nPublic-Lines: 1\n', randomString(64, BASE64), '\nPrivate-Lines: 3\n', priv, '\nPrivate-MAC: ', randomString(64, HEX), '\n');
    // The finding spans the file from its first line to the last private line.
    const upToPrivate = (text: string, lines: string) => text.slice(0, text.indexOf(lines) + lines.length);
    const indented = ppk.replace(/^(?=.)/gm, '  ');
    return {
      hits: [hit(ppk, upToPrivate(ppk, priv), 'keys/ops.ppk'),
        // Pasted into a YAML block scalar: every line indented.
        hit(`putty_private_key: |\n${indented}`, upToPrivate(indented, priv.split('\n').join('\n  ')).slice(2), 'vars/main.yml'),
        // Kept in a JSON string of a session export, line breaks escaped: read unescaped, spanned as in a file.
        hit(JSON.stringify({ sessions: [{ host: 'sftp.acme.io', key: ppk }] }), upToPrivate(JSON.stringify(ppk), priv.split('\n').join('\\n')).slice(1), 'sessions.json')],
      misses: [miss('placeholder', join('PuTTY', '-User-Key-File-3: ssh-rsa\nPrivate-Lines: 1\n...\n'), 'keys/x.ppk')],
    };
  },
  'filezilla-password': () => {
    const p = randomString(16) + '!7';
    const b = base64(p);
    return {
      hits: [hit(`<Server><Host>ftp.acme.io</Host><Pass encoding="base64">${b}</Pass></Server>`, b, 'FileZilla/sitemanager.xml'),
        hit(`<Server><Pass>${p}</Pass></Server>`, p, 'FileZilla/recentservers.xml'),
        hit(`<Settings>\n<Setting name="FTP Proxy password">${p}</Setting>\n</Settings>\n`, p, 'FileZilla/filezilla.xml')],
      misses: [miss('placeholder', `<Pass encoding="base64">${base64('password')}</Pass>`, 'sitemanager.xml'),
        miss('no provider context', `<Pass>${p}</Pass>`, 'layout/form.xml'),
        miss('placeholder', '<Setting name="Proxy password">changeme</Setting>', 'filezilla.xml')],
    };
  },
  'securecrt-password': () => {
    const v2 = `02:${randomString(96, HEX)}`;
    const legacy = `u${randomString(64, HEX)}`;
    return {
      hits: [hit(`S:"Username"=ops\nS:"Password V2"=${v2}\nD:"Session Password Saved"=00000001\n`, v2, 'VanDyke/Config/Sessions/bastion.ini'),
        hit(`S:"Firewall Password V2"=${v2.replace('02:', '02:0')}\n`, v2.replace('02:', '02:0'), 'Sessions/db.ini'),
        hit(`S:"Password"=${legacy}\n`, legacy, 'Sessions/legacy.ini')],
      misses: [miss('wrong structure', 'S:"Monitor Password V2"=\n', 'Sessions/bastion.ini'),
        miss('wrong alphabet', `S:"Password V2"=02:${randomString(40)}\n`, 'Sessions/bastion.ini')],
    };
  },
  'deluge-auth-password': () => {
    const pw = `${randomString(12)}*7`;
    return {
      // The generated local client's password counts as much as a user's.
      hits: [hit(`marta:${pw}:10\n`, pw, 'home/marta/.config/deluge/auth'), ((hex: string) => hit(`localclient:${hex}:10\n`, hex, '.config/deluge/auth'))(randomString(40, HEX))],
      misses: [miss('no provider context', `marta:${pw}:10\n`, 'notes/users.txt'), miss('placeholder', 'admin:password:10\n', '.config/deluge/auth')],
    };
  },
  'winscp-password': () => {
    const w = randomString(40, HEX.toUpperCase());
    return {
      hits: [hit(`[Sessions\\ops@sftp]\nHostName=sftp.acme.io\nPassword=${w}\n`, w, 'WinSCP.ini')],
      misses: [miss('no provider context', `[Sessions\\ops@sftp]\nPassword=${w}\n`, 'settings.ini'),
        miss('wrong alphabet', `[Sessions\\ops@sftp]\nPassword=${randomString(16)}!7\n`, 'WinSCP.ini')],
    };
  },
  'firefox-saved-login': () => {
    const ff = base64(randomString(60));
    return {
      hits: [hit(`{"logins":[{"hostname":"https://acme.io","encryptedPassword":"${ff}"}]}`, ff, 'profile/logins.json')],
      misses: [miss('wrong length', `{"logins":[{"hostname":"https://acme.io","encryptedPassword":"${base64(randomString(9))}"}]}`, 'profile/logins.json'),
        miss('no provider context', `{"user":{"encryptedPassword":"${ff}"}}`, 'src/fixtures/user.json')],
    };
  },
  'jenkins-credential': () => {
    const j = `{${randomString(60, BASE64)}}`;
    return {
      hits: [hit(`<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <password>${j}</password>\n`, j, 'jenkins/credentials.xml'),
        // The mailer's global settings; a value in Jenkins' own format (`{AQAAAB…}`) in any XML.
        hit(`<hudson.tasks.Mailer_-DescriptorImpl>\n  <authentication>\n    <password>${j}</password>\n`, j, 'jenkins/hudson.tasks.Mailer.xml'),
        ((v: string) => hit(`<privateKey>${v}</privateKey>\n`, v, 'backup/jenkins-home/ssh-keys.xml'))(`{AQAAAB${randomString(1800, BASE64)}}`),
        // A job's password parameter keeps its default encrypted.
        hit(`<hudson.model.PasswordParameterDefinition>\n  <name>NEXUS_PASSWORD</name>\n  <defaultValue>${j}</defaultValue>\n</hudson.model.PasswordParameterDefinition>\n`, j, 'jenkins/jobs/release/config.xml')],
      misses: [miss('no provider context', `<password>${j}</password>\n`, 'src/main/resources/app.xml'),
        miss('wrong structure', `<password>${randomString(16)}!7</password>\n`, 'jenkins/credentials.xml')],
    };
  },
  'ppp-secret': () => {
    const p = randomString(14) + '.7';
    return {
      hits: [hit(`# client\tserver\tsecret\tIP addresses\n"dsl-4471@isp.example.net"\t*\t"${p}"\t*\n`, p, '/etc/ppp/chap-secrets')],
      misses: [miss('placeholder', '"user@isp"\t*\t"password"\t*\n', '/etc/ppp/pap-secrets'), miss('no provider context', `"dsl-4471"\t*\t"${p}"\t*\n`, 'notes/ppp.tsv')],
    };
  },
  'ipsec-secret': () => {
    const psk = base64(randomString(36));
    return {
      hits: [hit(`: RSA gw1.key\n198.51.100.24 203.0.113.77 : PSK "${psk}"\n`, psk, '/etc/ipsec.secrets')],
      misses: [miss('placeholder', ': PSK "secret"\n', '/etc/ipsec.secrets'), miss('wrong structure', ': RSA gw1.key\n', '/etc/ipsec.secrets')],
    };
  },
  'cookie-file-session': () => {
    const session = randomString(48, URLSAFE) + 'a1';
    const gitlab = randomString(32, HEX);
    const jar = (name: string, value: string) => `# Netscape HTTP Cookie File\n# exported by a browser extension\n\n.example.com\tTRUE\t/\tFALSE\t1760176000\t_ga\tGA1.2.${randomString(9, DIGITS)}.${randomString(10, DIGITS)}\ngithub.com\tFALSE\t/\tTRUE\t1760176000\t${name}\t${value}\n`;
    return {
      hits: [hit(jar('user_session', session), session, 'browser/cookies-export.txt'), hit(`#HttpOnly_.gitlab.com\tTRUE\t/\tTRUE\t1760176000\t_gitlab_session\t${gitlab}\n`, gitlab, 'cookies.txt')],
      misses: [miss('not a secret name', jar('_octo', randomString(40)), 'browser/cookies-export.txt'),
        miss('placeholder', jar('user_session', 'xxxxxxxxxxxxxxxxxxxxxxxx'), 'cookies.txt')],
    };
  },
  'rsync-secret': () => {
    const p = randomString(12) + '!4';
    return {
      hits: [hit(`# rsync daemon users\nbackup:${p}\n`, p, '/etc/rsyncd.secrets')],
      misses: [miss('placeholder', 'backup:password\n', '/etc/rsyncd.secrets'), miss('no provider context', `backup:${p}\n`, 'notes.txt')],
    };
  },
  'postfix-sasl-password': () => {
    const p = randomString(32, HEX);
    return {
      hits: [hit(`[smtp.mailgun.org]:587 postmaster@mg.acme.io:${p}\n`, p, '/etc/postfix/sasl_passwd'),
        // Aligned in columns; a sender-dependent entry keyed by `@domain`.
        hit(`@billing.acme.io                               billing@acme.io:${p}x\n`, `${p}x`, 'mx01/etc/postfix/sasl_passwd')],
      misses: [miss('placeholder', '[smtp.gmail.com]:587 username:password\n', '/etc/postfix/sasl_passwd'), miss('no provider context', `[smtp.mailgun.org]:587 postmaster@mg.acme.io:${p}\n`, 'relay.txt')],
    };
  },
  'davfs2-secret': () => {
    const p = randomString(13) + '~5';
    return {
      hits: [hit(`# mount point or URL, user, password\nhttps://dav.acme.io/webdav  ops@acme.io  "${p}"\n`, p, '/etc/davfs2/secrets')],
      misses: [miss('placeholder', '/media/dav  user  password\n', '/etc/davfs2/secrets'), miss('wrong structure', `https://dav.acme.io/webdav ${p}\n`, '/etc/davfs2/secrets')],
    };
  },
  'haproxy-password': () => {
    const p = randomString(12) + '^3';
    const q = randomString(15) + '#';
    return {
      hits: [hit(`listen stats\n    bind *:8404\n    stats enable\n    stats auth admin:${p}\n`, p, 'haproxy.cfg'),
        hit(`userlist ops\n    user alice insecure-password ${q}\n`, q, 'haproxy.cfg')],
      misses: [miss('placeholder', 'listen stats\n    stats auth admin:admin\n', 'haproxy.cfg'),
        miss('wrong structure', `userlist ops\n    user alice password $6$${randomString(8)}$${randomString(43)}\n`, 'haproxy.cfg')],
    };
  },
  'snmp-community': () => {
    const c = randomString(18);
    const a = randomString(14) + '!2';
    return {
      hits: [hit(`sysLocation Rack 4\nrocommunity ${c} 10.40.0.0/24\n`, c, '/etc/snmp/snmpd.conf'),
        hit(`trap2sink   10.10.0.31  ${c}t\n`, `${c}t`, '/etc/snmp/snmpd.conf'),
        hit(`createUser monitor SHA "${a}" AES "${randomString(16)}"\n`, a, 'snmpd.conf')],
      misses: [miss('placeholder', 'rocommunity public default\n', '/etc/snmp/snmpd.conf'), miss('no provider context', `rocommunity ${c} 10.40.0.0/24\n`, 'notes.conf')],
    };
  },
  'znc-password': () => {
    const p = randomString(14) + '^7';
    return {
      hits: [hit(`<User marta>\n\t<Pass password>\n\t\tMethod = plain\n\t\tHash = ${p}\n\t</Pass>\n</User>\n`, p, '.znc/configs/znc.conf')],
      misses: [miss('placeholder', '<Pass password>\n\tMethod = plain\n\tHash = changeme\n</Pass>\n', 'znc.conf'), miss('no provider context', `<Pass password>\n\tMethod = plain\n\tHash = ${p}\n</Pass>\n`, 'notes.xml')],
    };
  },
  'network-device-secret': () => {
    const community = randomString(14), tacacs = randomString(18) + '#4', plain = randomString(12) + '.9', psk = randomString(26);
    const wgKey = Buffer.from(randomString(32)).toString('base64');
    const pan = `-AQ==${base64(randomString(20))}${base64(randomString(32))}`;
    return {
      hits: [
        hit(`feature tacacs+\nsnmp-server community ${community} group network-operator\n`, community, 'configs/nxos/leaf-101.running.txt'),
        hit(`tacacs-server host 10.10.0.21 key 0 "${tacacs}"\n`, tacacs, 'configs/nxos/leaf-101.running.txt'),
        hit(`set system login user breakglass authentication plain-text-password-value "${plain}"\n`, plain, 'configs/juniper/ex4300.set'),
        hit(`service {\n    snmp {\n        community ${community} {\n            authorization ro\n        }\n    }\n}\n`, community, 'configs/edgerouter/config.boot'),
        hit(`interfaces {\n    wireguard wg0 {\n        private-key "${wgKey}"\n    }\n}\n`, wgKey, 'configs/vyos/config.boot'),
        hit(`config system snmp community\n    edit 1\n        set name "${community}"\n    next\nend\n`, community, 'configs/fortinet/fgt-60f.conf'),
        hit(`/snmp community\nset [ find default=yes ] disabled=yes\nadd addresses=10.10.0.0/24 name=${community}\n`, community, 'configs/mikrotik/hq.rsc'),
        hit(`<ipsec>\n\t<mobilekey>\n\t\t<ipsecpsk>${psk}</ipsecpsk>\n\t</mobilekey>\n</ipsec>\n`, psk, 'backups/pfsense/config.xml'),
        hit(`<pre-shared-key>\n  <key>${pan}</key>\n</pre-shared-key>\n`, pan, 'configs/paloalto/running-config.xml'),
        hit(`<preSharedKeys>\n  <preSharedKey uuid="${uuid()}">\n    <ident>peer.example.net</ident>\n    <keyType>PSK</keyType>\n    <Key>${psk}</Key>\n  </preSharedKey>\n</preSharedKeys>\n`, psk, 'backups/opnsense/config.xml'),
        ((tls: string) => hit(`<openvpn-server>\n\t<tls><![CDATA[${tls}]]></tls>\n</openvpn-server>\n`, tls, 'backups/pfsense/config.xml'))(base64(`#\n-----BEGIN OpenVPN Static key V1-----\n${randomString(512, HEX)}\n-----END OpenVPN Static key V1-----\n`)),
        hit(`config wifi-iface 'lobby'\n\toption ssid 'Lobby'\n\toption encryption 'psk2'\n\toption key '${plain}'\n`, plain, 'openwrt/etc/config/wireless'),
      ],
      misses: [
        miss('placeholder', 'snmp-server community public RO\n', 'configs/ios/rtr1.cfg'),
        miss('no provider context', `community ${community} {\n    members 65000:100\n}\n`, 'configs/juniper/policy.conf'),
        miss('wrong structure', `interfaces {\n    wireguard wg0 {\n        private-key /config/auth/wg.key\n    }\n}\n`, 'configs/edgerouter/config.boot'),
        miss('reference', 'tacacs-server host 10.10.0.21 key 0 "{{ tacacs_key }}"\n', 'templates/nxos.j2'),
        // (A WEP interface's `option key` is the index of its key; outside a wifi-iface it is something else's.)
        miss('wrong length', "config wifi-iface 'legacy'\n\toption encryption 'wep-open'\n\toption key '1'\n", 'openwrt/etc/config/wireless'),
        miss('no provider context', `config rule\n\toption key '${plain}'\n`, 'openwrt/etc/config/firewall'),
      ],
    };
  },
  'hostapd-wpa-psk': () => {
    const hex = randomString(64, HEX), phrase = `${randomString(10)}-harbor${randomString(2, DIGITS)}%`;
    return {
      hits: [hit(`# per-station keys\n00:00:00:00:00:00 ${hex}\n`, hex, 'wifi/hostapd.wpa_psk'), hit(`keyid=guest 5b:b9:98:6e:bc:b4 ${phrase}\n`, phrase, '/etc/hostapd.wpa_psk')],
      misses: [miss('placeholder', '00:00:00:00:00:00 changeme\n', 'wifi/hostapd.wpa_psk'), miss('no provider context', `00:00:00:00:00:00 ${hex}\n`, 'notes/macs.txt')],
    };
  },
  'rancid-cloginrc-password': () => {
    const vty = randomString(14), enable = randomString(14);
    return {
      // (The enable password is the second: `{}` leaves the vty one to the default.)
      hits: [hit(`add user * netops\nadd password br-*.corp.example.net {${vty}}\n`, vty, 'rancid/.cloginrc'), hit(`add password core-* {} {${enable}}\n`, enable, '.cloginrc')],
      misses: [miss('placeholder', 'add password * {password}\n', '.cloginrc'), miss('no provider context', `add password br-* {${vty}}\n`, 'notes/devices.txt')],
    };
  },
  'panrc-api-key': () => {
    const key = base64(randomString(60)), pw = randomString(15) + '*U';
    return {
      hits: [hit(`hostname%pa-3220=10.0.0.1\napi_key%pa-3220=${key}\n`, key, 'automation/.panrc'), hit(`api_username%panorama=admin\napi_password%panorama=${pw}\n`, pw, '.panrc')],
      misses: [miss('placeholder', 'api_password=changeme\n', '.panrc'), miss('no provider context', `api_key%pa-3220=${key}\n`, 'notes.txt')],
    };
  },
  'wireguard-private-key-file': () => {
    const key = Buffer.from(randomString(32)).toString('base64');
    return {
      hits: [hit(`${key}\n`, key, '/etc/wireguard/privatekey'), hit(`${key}\n`, key, 'configs/edgerouter/auth/wg.key')],
      misses: [miss('no provider context', `${key}\n`, '/etc/wireguard/publickey'), miss('wrong length', `${key.slice(2)}\n`, '/etc/wireguard/privatekey')],
    };
  },
  'openvpn-management-password': () => {
    const pw = randomString(16) + '!E';
    return {
      hits: [hit(`${pw}\n`, pw, 'vpn/openvpn/server/mgmt-pw.txt'), hit(`${pw}\n`, pw, '/etc/openvpn/management-password')],
      misses: [miss('placeholder', 'changeme\n', 'vpn/openvpn/server/mgmt-pw.txt'), miss('no provider context', `${pw}\n`, 'vpn/openvpn/server/ca-serial.txt')],
    };
  },
  'telegram-api-hash': () => {
    const h = randomString(32, HEX);
    return {
      hits: [hit(`telegram:\n  api_id: 2040123\n  api_hash: ${h}\n`, h, 'matrix/mautrix-telegram/config.yaml'), hit(`client = TelegramClient("bot", api_id=2040123, api_hash="${h}")\n`, h, 'bot.py')],
      misses: [miss('no provider context', `checksums:\n  api_hash: ${h}\n`, 'release.yml'), miss('wrong length', `api_id: 2040123\napi_hash: ${h.slice(1)}\n`, 'config.yaml')],
    };
  },
  'civicrm-secret-key': () => {
    const site = randomString(32), cred = base64(randomString(32));
    const settings = (name: string, value: string) => `<?php\nif (!defined('${name}')) {\n  define('${name}', '${value}');\n}\n`;
    return {
      hits: [hit(settings('CIVICRM_SITE_KEY', site), site, 'sites/default/civicrm.settings.php'),
        hit(settings('CIVICRM_CRED_KEYS', `aes-cbc:hkdf-sha256:${cred}`), cred, 'civicrm.settings.php'),
        hit(`CIVICRM_SIGN_KEYS=jwt-hs256::${cred}\n`, cred, 'deploy/civicrm.env')],
      misses: [miss('placeholder', settings('CIVICRM_SITE_KEY', '%%siteKey%%'), 'templates/CRM/common/civicrm.settings.php.template'),
        miss('documented example', settings('CIVICRM_SIGN_KEYS', `jwt-hs256::dUmmY${randomString(38)}`), 'docs/setup.md'),
        miss('reference', "  define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));\n", 'civicrm.settings.php')],
    };
  },
  'magento-crypt-key': () => {
    const legacy = randomString(32, LOWER_ALNUM), rotated = base64(randomString(32));
    const envPhp = (value: string) => `<?php\nreturn [\n    'crypt' => [\n        'key' => '${value}'\n    ],\n    'db' => []\n];\n`;
    return {
      hits: [hit(envPhp(legacy), legacy, 'app/etc/env.php'), hit(envPhp(`base64${rotated}`), rotated, 'magento2-store/app/etc/env.php')],
      misses: [miss('wrong length', envPhp(legacy.slice(4)), 'app/etc/env.php'), miss('no provider context', `<?php\nreturn ['cache' => ['key' => '${legacy}']];\n`, 'app/etc/env.php')],
    };
  },
  'live-stream-key': () => {
    const yt = Array.from({ length: 5 }, () => randomString(4, LOWER_ALNUM)).join('-');
    const fb = `FB-${randomString(16, DIGITS)}-0-${randomString(40, URLSAFE)}`;
    return {
      hits: [hit(`application live {\n    live on;\n    push rtmp://a.rtmp.youtube.com/live2/${yt};\n}\n`, yt, 'rtmp-relay/nginx/nginx.conf'),
        hit(`ffmpeg -re -i in.mp4 -f flv "rtmps://live-api-s.facebook.com:443/rtmp/${fb}"\n`, fb, 'scripts/go-live.sh'),
        hit(`#!/bin/sh\nYT_KEY="${yt}"\nffmpeg -re -i "$1" -f flv "rtmp://a.rtmp.youtube.com/live2/$YT_KEY"\n`, yt, 'scripts/stream/go-live.sh')],
      misses: [miss('placeholder', 'push rtmp://a.rtmp.youtube.com/live2/YOUR-STREAM-KEY;\n', 'nginx.conf'), miss('wrong structure', 'push rtmp://relay.internal:1935/live/backup;\n', 'nginx.conf')],
    };
  },
  'obs-stream-key': () => {
    const key = Array.from({ length: 5 }, () => randomString(4, LOWER_ALNUM)).join('-');
    const service = (k: string) => `{\n  "settings": {\n    "key": "${k}",\n    "server": "rtmps://a.rtmps.youtube.com:443/live2",\n    "service": "YouTube - RTMPS"\n  },\n  "type": "rtmp_common"\n}\n`;
    return {
      hits: [hit(service(key), key, 'obs-studio/basic/profiles/YouTubeLive/service.json')],
      misses: [miss('placeholder', service('changeme'), 'obs-studio/basic/profiles/YouTubeLive/service.json'), miss('no provider context', `{\n  "key": "${key}"\n}\n`, 'api/service.json')],
    };
  },
  'game-server-password': () => {
    const rcon = randomString(14, URLSAFE), gslt = randomString(32, '0123456789ABCDEF'), rest = randomString(32);
    return {
      hits: [hit(`hostname "Retakes #2"\nrcon_password "${rcon}"\n`, rcon, 'servers/cs2/cfg/server.cfg'), hit(`./srcds_run -game csgo +sv_setsteamaccount ${gslt} +map de_dust2\n`, gslt, 'start.sh'),
        // The token in a variable (launch scripts, the srcds images); TShock's REST token as the key of its user.
        hit(`# GSLT for appid 730\nGSLT="${gslt}"\n`, gslt, 'servers/cs2/start.sh'), hit(`    environment:\n      SRCDS_TOKEN: ${gslt}\n`, gslt, 'docker-compose.yml'),
        hit(`{\n  "Settings": {\n    "RestApiEnabled": true,\n    "ApplicationRestTokens": {\n      "${rest}": {\n        "Username": "panel"\n      }\n    }\n  }\n}\n`, rest, 'tshock/config.json')],
      misses: [miss('placeholder', 'rcon_password "changeme"\n', 'cfg/server.cfg'), miss('wrong alphabet', `sv_setsteamaccount "${gslt.toLowerCase().replace(/[0-9]/g, 'z')}"\n`, 'cfg/server.cfg'),
        miss('wrong length', `GSLT="${gslt.slice(0, 24)}"\n`, 'servers/cs2/start.sh'), miss('placeholder', '"ApplicationRestTokens": {\n  "changeme": {}\n}\n', 'tshock/config.json')],
    };
  },
  'velocity-forwarding-secret': () => {
    const secret = randomString(12);
    return {
      hits: [hit(`${secret}\n`, secret, 'servers/minecraft/velocity/forwarding.secret')],
      misses: [miss('placeholder', 'changeme\n', 'velocity/forwarding.secret'), miss('no provider context', `${secret}\n`, 'velocity/motd.txt')],
    };
  },
  'factorio-rcon-password-file': () => {
    const pw = randomString(15, LOWER_ALNUM);
    return {
      hits: [hit(`${pw}\n`, pw, 'servers/factorio/data/config/rconpw')],
      misses: [miss('placeholder', 'password\n', 'factorio/config/rconpw'), miss('no provider context', `${pw}\n`, 'factorio/config/server-id')],
    };
  },
  'ecmwf-api-key': () => {
    const key = randomString(32, HEX);
    return {
      hits: [hit(`{\n    "url"   : "https://api.ecmwf.int/v1",\n    "key"   : "${key}",\n    "email" : "ana@example.org"\n}\n`, key, 'home/ana/.ecmwfapirc'),
        hit(`from ecmwfapi import ECMWFDataServer\nserver = ECMWFDataServer(url="https://api.ecmwf.int/v1", key="${key}", email="ana@example.org")\n`, key, 'scripts/mars_request.py')],
      misses: [miss('wrong length', `{\n    "key"   : "${key.slice(2)}"\n}\n`, '.ecmwfapirc'), miss('no provider context', `{\n    "key"   : "${key}"\n}\n`, 'cache/index.json')],
    };
  },
  'planet-cli-api-key': () => {
    const key = randomString(32, HEX);
    return {
      hits: [hit(`{\n  "key": "${key}"\n}\n`, key, 'home/ana/.planet.json')],
      misses: [miss('wrong length', `{\n  "key": "${key.slice(0, 12)}"\n}\n`, '.planet.json'), miss('no provider context', `{\n  "key": "${key}"\n}\n`, 'planet.json')],
    };
  },
  'erlang-cookie-file': () => {
    const cookie = randomString(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    return {
      hits: [hit(cookie, cookie, 'infra/rabbitmq/.erlang.cookie'), hit(`${cookie}\n`, cookie, '/var/lib/rabbitmq/.erlang.cookie')],
      misses: [miss('placeholder', 'changeme\n', '.erlang.cookie'), miss('no provider context', `${cookie}\n`, 'infra/rabbitmq/cookie.txt')],
    };
  },
  'rsync-password-file': () => {
    const pw = randomString(18);
    return {
      hits: [hit(`${pw}\n`, pw, 'etc/rsync-client.pass'), hit(`${pw}\n`, pw, '/root/.rsync_password')],
      misses: [miss('placeholder', 'changeme\n', 'etc/rsync.pass'), miss('no provider context', `${pw}\n`, 'etc/client.pass')],
    };
  },
  'kerberos-keytab-base64': () => {
    // A keytab's first entry: version, length, two components, the realm, then key material.
    const realm = 'CORP.EXAMPLE.ORG';
    const head = (version: number) => String.fromCharCode(5, version, 0, 0, 0, 0x50, 0, 2, 0, realm.length) + realm;
    const keytab = (version: number) => Buffer.from(head(version) + randomString(60), 'latin1').toString('base64');
    const good = keytab(2);
    return {
      hits: [hit(`apiVersion: v1\nkind: Secret\ndata:\n  etl.keytab: ${good}\n`, good, 'k8s/keytab-secret.yaml')],
      misses: [miss('wrong structure', `data:\n  etl.keytab: ${good.slice(0, 6)}${'A'.repeat(14)}${good.slice(20)}\n`, 'k8s/keytab-secret.yaml'), miss('wrong length', `keytab: ${good.slice(0, 30)}\n`, 'k8s/secret.yaml')],
    };
  },
  'chef-data-bag-secret': () => {
    const secret = randomString(684, BASE64);
    return {
      hits: [hit(`${secret}\n`, secret, 'ops/chef/encrypted_data_bag_secret'), hit(secret, secret, '/etc/chef/encrypted_data_bag_secret')],
      misses: [miss('wrong length', `${secret.slice(0, 20)}\n`, 'ops/chef/encrypted_data_bag_secret'), miss('no provider context', `${secret}\n`, 'ops/chef/data_bag_notes')],
    };
  },
  'otel-basicauth-htpasswd': () => {
    const pw = `wGen${randomString(10)}^d_R`;
    const conf = (line: string) => `extensions:\n  basicauth/server:\n    htpasswd:\n      inline: |\n        ${line}\n`;
    return {
      hits: [hit(conf(`agent:${pw}`), pw, 'otel/collector-gateway.yaml')],
      misses: [miss('placeholder', conf('agent:changeme'), 'otel/collector.yaml'), miss('wrong structure', conf(`agent:$2y$10$${randomString(53)}`), 'otel/collector.yaml')],
    };
  },
  'ssis-configured-password': () => {
    const pw = `HMAQ${randomString(8)}@v3`;
    const conf = (value: string, prop = 'Password') => `<DTSConfiguration>\n  <Configuration ConfiguredType="Property" Path="\\Package.Connections[CRM].Properties[${prop}]" ValueType="String">\n    <ConfiguredValue>${value}</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n`;
    return {
      hits: [hit(conf(pw), pw, 'etl/SSIS/Config/LoadSales.dtsConfig'), hit(conf(pw, 'ServerPassword'), pw, 'etl/SSIS/Config/Ftp.dtsConfig')],
      misses: [miss('placeholder', conf('changeme'), 'LoadSales.dtsConfig'), miss('not a secret name', conf(pw, 'UserName'), 'LoadSales.dtsConfig')],
    };
  },
  'ldap-bind-secret-file': () => {
    const pw = `${randomString(4)}-${randomString(4)}-${randomString(4)}7`;
    return {
      hits: [hit(`${pw}\n`, pw, 'etc/ldap.secret'), hit(pw, pw, 'ops/etc/libnss-ldap.secret')],
      misses: [miss('placeholder', 'changeme\n', 'etc/ldap.secret'), miss('no provider context', `${pw}\n`, 'etc/ldap.conf')],
    };
  },
  'exim-client-password': () => {
    const pw = randomString(14) + '~f';
    return {
      hits: [hit(`# target.mail.server.example:login:password\nsmtp.office365.com:scanner@example.org:${pw}\n`, pw, 'etc/exim4/passwd.client')],
      misses: [miss('placeholder', 'smtp.example.com:user:password\n', 'etc/exim4/passwd.client'), miss('no provider context', `smtp.office365.com:scanner@example.org:${pw}\n`, 'notes.txt')],
    };
  },
  'exim-authenticator-password': () => {
    const pw = randomString(14) + '_l', login = randomString(16);
    return {
      hits: [hit(`buildrelay_plain:\n  driver = plaintext\n  public_name = PLAIN\n  client_send = ^buildfarm@example.net^${pw}\n`, pw, 'etc/exim4/conf.d/auth/30_buildrelay'),
        hit(`relay_login:\n  driver = plaintext\n  public_name = LOGIN\n  client_send = : relay@example.net : ${login}\n`, login, 'exim.conf')],
      // (Debian's configuration reads the password from passwd.client through an expansion.)
      misses: [miss('reference', '  client_send = "<; ${if !eq{$tls_out_cipher}{}{^${extract{1}{:}{PASSWDLINE}}^${sg{PASSWDLINE_2}{\\\\N([\\\\^])\\\\N}{\\\\N^\\\\N}}}fail}}"\n', 'etc/exim4/conf.d/auth/30_exim4-config_examples'),
        miss('placeholder', '  client_send = ^user^password\n', 'exim.conf')],
    };
  },
  'orthanc-registered-user-password': () => {
    const admin = randomString(20), viewer = randomString(16);
    const config = (users: string) => `{\n  "Name" : "img-gw01",\n  "AuthenticationEnabled" : true,\n  "RegisteredUsers" : {\n${users}\n  },\n  "DicomAet" : "IMGGW01"\n}\n`;
    return {
      hits: [hit(config(`    // "alice" : "alicePassword"\n    "pacsadmin" : "${admin}"`), admin, 'orthanc/orthanc.json'),
        hit(config(`    "ohif" : "${viewer}"`), viewer, 'etc/orthanc/orthanc.json')],
      misses: [miss('reference', config('    "pacsadmin" : "${ORTHANC_ADMIN_PASSWORD}"'), 'orthanc.json'),
        miss('placeholder', config('    "alice" : "changeme"'), 'orthanc.json')],
    };
  },
  'grandstream-provisioning-password': () => {
    const sip = randomString(16), admin = randomString(14);
    const xml = (p34: string, p2: string) => `<?xml version="1.0" encoding="UTF-8" ?>\n<gs_provision version="1">\n  <config version="1">\n    <P47>pbx.example.net</P47>\n    <P35>2010</P35>\n    <P34>${p34}</P34>\n    <!-- Admin password for web UI -->\n    <P2>${p2}</P2>\n    <P196>123</P196>\n  </config>\n</gs_provision>\n`;
    return {
      hits: [hit(xml(sip, 'admin'), sip, 'provisioning/grandstream/cfgc074ad3e5f10.xml'), hit(xml('password', admin), admin, 'provisioning/cfg000b82aa01f2.xml'),
        hit(`P47 = pbx.example.net\nP34 = ${sip}\n`, sip, 'provisioning/cfg000b82aa01f2.txt')],
      misses: [miss('placeholder', xml('password', 'admin'), 'provisioning/cfgc074ad3e5f10.xml'),
        miss('not a secret name', `<P47>${sip}</P47>\n`, 'provisioning/cfgc074ad3e5f10.xml')],
    };
  },
  'coturn-user-password': () => {
    const pw = randomString(18);
    return {
      hits: [hit(`lt-cred-mech\nuser=lobbykiosk:${pw}\nrealm=turn.example.net\n`, pw, 'webrtc/turnserver.conf')],
      // (`0x…` is the hashed key turnadmin computes, not the password.)
      misses: [miss('wrong structure', `lt-cred-mech\nuser=lobbykiosk:0x${randomString(32, HEX)}\n`, 'etc/turnserver.conf'),
        miss('no provider context', `user=lobbykiosk:${pw}\n`, 'etc/kiosk.conf')],
    };
  },
  'xilinx-bitstream-key': () => {
    const key = randomString(64, '0123456789ABCDEF');
    return {
      hits: [hit(`set_property BITSTREAM.ENCRYPTION.ENCRYPT YES [current_design]\nset_property BITSTREAM.ENCRYPTION.KEY0 256'h${key} [current_design]\n`, key, 'hdl/constraints/bitstream_encrypt.xdc'),
        hit(`Device xc7a100t;\nKey 0 ${key};\n`, key, 'hdl/keys/design.nky')],
      misses: [miss('placeholder', `set_property BITSTREAM.ENCRYPTION.KEY0 256'h${'0'.repeat(64)} [current_design]\n`, 'constraints/top.xdc'),
        miss('wrong length', `set_property BITSTREAM.ENCRYPTION.KEY0 256'h${key.slice(0, 32)} [current_design]\n`, 'constraints/top.xdc')],
    };
  },
  'borg-key-file': () => {
    const lines = Array.from({ length: 4 }, () => randomString(76, BASE64));
    const key = (ls: string[]) => `BORG_KEY ${randomString(64, HEX)}\n${ls.join('\n')}\n`;
    return {
      hits: [hit(key(lines), `${lines.join('\n')}\n`, 'home/root/.config/borg/keys/mnt_usb_borg')],
      misses: [miss('wrong structure', key(lines.slice(0, 1)), 'home/root/.config/borg/keys/mnt_usb_borg'), miss('wrong alphabet', key(lines.map(l => l.replace(/[A-Za-z]/g, '-'))), 'borg.key')],
    };
  },
  'caddy-dns-token': () => {
    const t = randomString(40, URLSAFE);
    return {
      hits: [hit(`example.com {\n\ttls {\n\t\tdns cloudflare ${t}\n\t}\n}\n`, t, 'caddy/Caddyfile')],
      misses: [miss('reference', 'example.com {\n\ttls {\n\t\tdns cloudflare {env.CF_API_TOKEN}\n\t}\n}\n', 'Caddyfile'), miss('no provider context', `dns cloudflare ${t}\n`, 'notes.txt')],
    };
  },
  'caddy-security-crypto-key': () => {
    const k = randomString(64, HEX);
    const portal = (line: string) => `{\n\tsecurity {\n\t\tauthentication portal myportal {\n\t\t\t${line}\n\t\t}\n\t}\n}\n`;
    return {
      hits: [hit(portal(`crypto key sign-verify ${k}`), k, 'edge/caddy/Caddyfile')],
      misses: [miss('reference', portal('crypto key sign-verify {env.JWT_SHARED_KEY}'), 'Caddyfile'), miss('no provider context', portal(`crypto key sign-verify ${k}`), 'notes.txt')],
    };
  },
  'synapse-signing-key': () => {
    const seed = randomString(43, BASE64.replace('=', ''));
    return {
      hits: [hit(`ed25519 a_8IGY ${seed}\n`, seed, 'matrix/synapse/example.org.signing.key')],
      misses: [miss('wrong length', `ed25519 a_8IGY ${seed.slice(3)}\n`, 'matrix/synapse/example.org.signing.key'), miss('no provider context', `ed25519 a_8IGY ${seed}\n`, 'notes.txt')],
    };
  },
  'storj-access-grant': () => {
    const grant = '1' + randomString(300, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz');
    return {
      hits: [hit(`[storj]\ntype = storj\naccess_grant = ${grant}\n`, grant, 'home/deploy/.config/rclone/rclone.conf'),
        hit(`{\n  "default": "main",\n  "accesses": {\n    "main": "${grant}"\n  }\n}\n`, grant, '.config/storj/uplink/access.json')],
      misses: [miss('wrong length', `access_grant = ${grant.slice(0, 100)}\n`, 'rclone.conf'), miss('wrong alphabet', `access_grant = ${grant.replace(/[a-z]/g, '0')}\n`, 'rclone.conf')],
    };
  },
  'openvpn-static-key': () => {
    const lines = Array.from({ length: 16 }, () => randomString(32, HEX));
    const block = (ls: string[]) => `<tls-auth>\n${dashes}BEGIN OpenVPN Static key V1${dashes}\n${ls.join('\n')}\n${dashes}END OpenVPN Static key V1${dashes}\n</tls-auth>\n`;
    return {
      hits: [hit(`client\ndev tun\nkey-direction 1\n${block(lines)}`, block(lines).split('\n').slice(1, -2).join('\n'), 'vpn/office.ovpn')],
      misses: [miss('wrong length', block(lines.slice(1)), 'vpn/office.ovpn'), miss('wrong alphabet', block(lines.map(l => l.toUpperCase().replace(/[0-9]/g, 'G'))), 'vpn/office.ovpn')],
    };
  },
  'svn-cached-password': () => {
    const p = randomString(15) + '@6';
    const entry = (v: string) => `K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV ${v.length}\n${v}\nK 8\nusername\nV 5\nmarta\nEND\n`;
    return {
      hits: [hit(entry(p), p, '.subversion/auth/svn.simple/72f9c2d14b28a8c11fe18566430be0a6')],
      misses: [miss('placeholder', entry('password'), '.subversion/auth/svn.simple/72f9c2d14b28a8c11fe18566430be0a6'), miss('no provider context', entry(p), 'notes/svn.txt')],
    };
  },
  'bundler-source-credential': () => {
    const p = randomString(32);
    const t = randomString(40, LOWER_ALNUM);
    return {
      hits: [hit(`---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__ACME__IO: "deploy:${p}"\n`, p, '.bundle/config'),
        hit(`export BUNDLE_GITHUB__COM=${t}:x-oauth-basic\n`, t, 'ci/setup.sh')],
      misses: [miss('not a secret name', '---\nBUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"\nBUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://mirror.acme.io"\n', '.bundle/config'),
        miss('placeholder', 'BUNDLE_GEMS__ACME__IO: "username:password"\n', '.bundle/config')],
    };
  },
  'ldif-password': () => {
    const p = randomString(14) + '!1';
    const hashed = base64(`{SSHA}${base64(randomString(24))}`);
    return {
      hits: [hit(`dn: uid=svc,ou=People,dc=acme,dc=io\nuid: svc\nuserPassword: ${p}\n`, p, 'seed/users.ldif'),
        hit(`dn: uid=svc,ou=People,dc=acme,dc=io\nuserPassword:: ${hashed}\n`, hashed, 'seed/users.ldif')],
      misses: [miss('placeholder', 'dn: uid=svc,dc=acme\nuserPassword: secret\n', 'seed/users.ldif'), miss('no provider context', `userPassword: ${p}\n`, 'notes/users.md')],
    };
  },
  'windows-unattend-password': () => {
    const p = randomString(14) + '_^';
    const hidden = Buffer.from(`${p}AdministratorPassword`, 'utf16le').toString('base64');
    const account = (value: string, plain: boolean) => `<UserAccounts>\n  <AdministratorPassword>\n    <Value>${value}</Value>\n    <PlainText>${plain}</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n`;
    return {
      hits: [hit(account(p, true), p, 'Windows/Panther/Unattend.xml'), hit(account(hidden, false), hidden, 'autounattend.xml')],
      misses: [miss('placeholder', account('Password1', true), 'unattend.xml'), miss('no provider context', account(p, true), 'src/main/resources/settings.xml')],
    };
  },
  'gpp-cpassword': () => {
    const c = base64(randomString(32)).replace(/=+$/, '');
    return {
      hits: [hit(`<Groups><User name="Administrator (built-in)"><Properties action="U" cpassword="${c}" userName="Administrator (built-in)"/></User></Groups>\n`, c, 'Policies/Machine/Preferences/Groups/Groups.xml')],
      misses: [miss('placeholder', '<Properties action="U" cpassword="" userName="Administrator"/>\n', 'Groups.xml'), miss('wrong length', `<Properties cpassword="${randomString(8)}"/>\n`, 'Groups.xml'),
        miss('documented example', 'cpassword="j1Uyj3Vx8TY9LtLZil2uAuZkFQA/4latT76ZwgdHdhw"\n', 'docs/gpp.md')],
    };
  },
  'kickstart-password': () => {
    const p = randomString(14) + '^9';
    const crypted = `$6$${randomString(16)}$${randomString(86)}`.replace(/[^$A-Za-z0-9]/g, 'x');
    return {
      hits: [hit(`lang en_US.UTF-8\nkeyboard us\nrootpw --plaintext ${p}\n`, p, 'ks.cfg'),
        hit(`rootpw --iscrypted ${crypted}\n`, crypted, 'install/anaconda-ks.cfg')],
      misses: [miss('placeholder', 'rootpw --lock\n', 'ks.cfg'), miss('no provider context', `rootpw --plaintext ${p}\n`, 'notes/install.txt')],
    };
  },
  'preseed-password': () => {
    const p = randomString(14) + '!3';
    return {
      hits: [hit(`d-i passwd/root-login boolean true\nd-i passwd/root-password password ${p}\n`, p, 'preseed.cfg')],
      misses: [miss('placeholder', 'd-i passwd/root-password password changeme\n', 'preseed.cfg'), miss('wrong structure', `d-i passwd/root-login boolean ${p}\n`, 'preseed.cfg')],
    };
  },
  'redis-sentinel-password': () => {
    const p = randomString(16) + '#8';
    return {
      hits: [hit(`sentinel monitor cache 10.0.0.5 6379 2\nsentinel auth-pass cache ${p}\n`, p, 'sentinel.conf')],
      misses: [miss('placeholder', 'sentinel auth-pass cache password\n', 'sentinel.conf'), miss('wrong structure', `sentinel monitor cache 10.0.0.5 6379 2\n`, 'sentinel.conf')],
    };
  },
  'cloudformation-noecho-default': () => {
    const p = randomString(15) + '_7';
    const param = (noEcho: string, value: string) => `Parameters:\n  DBPassword:\n    Type: String\n${noEcho}    MinLength: 12\n    Default: "${value}"\n  DBClass:\n    Type: String\n`;
    return {
      hits: [hit(param('    NoEcho: true\n', p), p, 'infra/db.yaml')],
      misses: [miss('not a secret name', param('', p), 'infra/db.yaml'), miss('reference', param('    NoEcho: true\n', '{{resolve:secretsmanager:db:SecretString:password}}'), 'infra/db.yaml')],
    };
  },
  'encryption-key-argument': () => {
    const node = randomString(32), py = randomString(16), go = randomString(32), php = randomString(24) + '#1';
    return {
      hits: [
        hit(`const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from('${node}'), iv);\n`, node, 'src/vault.js'),
        hit(`cipher = AES.new(b"${py}", AES.MODE_GCM)\n`, py, 'app/crypto.py'),
        hit(`block, err := aes.NewCipher([]byte("${go}"))\n`, go, 'internal/seal.go'),
        hit(`$out = openssl_encrypt($data, 'aes-256-cbc', '${php}', 0, $iv);\n`, php, 'lib/Crypt.php'),
        // SQL's own: a slow-query log's AES_ENCRYPT, pgcrypto's pgp_sym_encrypt.
        hit(`SET timestamp=1710241201;\nUPDATE customers SET iban_enc = AES_ENCRYPT(iban, '${php}x') WHERE id = 4412;\n`, `${php}x`, 'db/mysql-slow.log'),
        hit(`LOG:  statement: INSERT INTO vault (v) VALUES (pgp_sym_encrypt('4111111111111111', '${node}'));\n`, node, 'db/postgresql.log'),
        hit(`SELECT CAST(AES_DECRYPT(card_token, UNHEX(SHA2('${py}!', 256))) AS CHAR) FROM vault_cards;\n`, `${py}!`, 'db/mysql-slow.log'),
      ],
      misses: [miss('reference', 'cipher = AES.new(key, AES.MODE_GCM)\n', 'app/crypto.py'),
        miss('placeholder', 'cipher = AES.new(b"0123456789abcdef", AES.MODE_CBC)\n', 'app/crypto.py'),
        miss('reference', "const cipher = crypto.createCipheriv('aes-256-cbc', process.env.KEY, iv);\n", 'src/vault.js')],
    };
  },
  'csv-credential-column': () => {
    const p = randomString(14) + '?9';
    const secret = randomString(40);
    return {
      hits: [hit(`url,username,password,extra,name,grouping,fav\nhttps://mail.acme.io,marta,${p},,Mail,,0\n`, p, 'export/passwords.csv'),
        // Semicolons, as Excel writes CSV in many locales and mRemoteNG exports connections.
        hit(`Name;Folder;Username;Password;Hostname;Protocol\nDC01;Servers;Administrator;${p}s;dc01.corp.local;RDP\n`, `${p}s`, 'exports/connections.csv'),
        // A key inventory: a vague `key` column beside the key's alias (LiteLLM's virtual keys).
        hit(`key_alias,team,key,max_budget\nsupport-bot,support,${secret}k,200\n`, `${secret}k`, 'deploy/litellm/virtual_keys.csv'),
        hit(`"Client ID"\t"Client Secret"\n"svc-reports"\t"${secret}"\n`, secret, 'keys/oauth-clients.tsv'),
        // A key/value export: the name in one column, the value in the next.
        hit(`vendor,field,value,rotated_at\nsurveymonkey,access_token,${secret}Q,2025-01-11\n`, `${secret}Q`, 'data/vendor_credentials.csv'),
        // A row whose type says password: a passphrase of words is judged as a password.
        hit(`account\ttype\tsecret\tcreated\nsvc-backup\tpassword\tvelvet-quartz-harbor-basil53\t2024-01-15\n`, 'velvet-quartz-harbor-basil53', 'sheets/service-accounts.tsv')],
      misses: [miss('placeholder', 'id,name,password\n1,alice,changeme\n2,bob,password123\n', 'fixtures/users.csv'),
        miss('not a secret name', `vendor,field,value\ntwilio,phone,+14155550199\nsendgrid,template,d-${randomString(32, HEX)}\n`, 'data/vendor_settings.csv'),
        miss('not a secret name', 'token,pos,lemma\nThe,DET,the\nquickest,ADJ,quick\n', 'data/tokens.csv'), // a linguist's tokens
        // A row labelled as a public key or an id.
        miss('public by design', `Name,Owner,Secret\nAlgolia search key,Oren,${randomString(32, HEX)}\nreCAPTCHA site key,Oren,6Le${randomString(37, URLSAFE)}\n`, 'wiki/secrets.csv'),
        // A file with no header: its first row is data that happens to name credentials.
        miss('wrong structure', `aws/.aws/credentials\t3\tsecret\tAWS secret access key\naws/.aws/cli/cache/7${randomString(3, HEX)}.json\t1\tsecret\tcached STS key\n`, 'MANIFEST.tsv'),
        miss('no provider context', `url,username,password\nhttps://mail.acme.io,marta,${p}\n`, 'export/passwords.txt')],
    };
  },
  'database-url-password': () => {
    const p = randomString(14) + '#9';
    return {
      hits: [hit(`DATABASE_URL=postgres://svc:${p}@db.acme.io:5432/app\n`, p, '.env')],
      misses: [miss('placeholder', 'DATABASE_URL=postgres://user:password@db.acme.io:5432/app\n', '.env'), miss('reference', 'DATABASE_URL=postgres://svc:${DB_PASSWORD}@db:5432/app\n', '.env')],
    };
  },
  'mysql-dsn-password': () => {
    const p = randomString(14) + '#9';
    return {
      hits: [hit(`db, err := sql.Open("mysql", "app:${p}@tcp(db.acme.io:3306)/orders?parseTime=true")`, p, 'internal/store/db.go'),
        hit(`DEBUG=false\nDATABASE_DSN=app:${p}@unix(/var/run/mysqld/mysqld.sock)/orders\n`, p, '.env')],
      misses: [miss('placeholder', 'dsn := "user:password@tcp(127.0.0.1:3306)/dbname"', 'README.md'),
        miss('reference', 'dsn := "app:${DB_PASSWORD}@tcp(db:3306)/orders"', 'config.go'),
        miss('wrong structure', `dsn := "app@tcp(db.acme.io:3306)/orders" // ${p}`, 'db.go')],
    };
  },
  'http-file-basic-auth': () => {
    const p = randomString(14) + '!*';
    return {
      hits: [hit(`### Partner sandbox\nGET https://sandbox.partner.example/v2/health\nAuthorization: Basic partner-ops ${p}\n`, p, 'http/orders.http'),
        hit(`GET https://api.acme.io/me\nAuthorization: Basic ops:${p}\n`, p, 'api.rest'),
        // Hurl's section: the user and the password on the line below it.
        hit(`GET https://api.partner.example/v1/accounts\n[BasicAuth]\npartner-ops: ${p}\nHTTP 200\n`, p, 'hurl/partners.hurl')],
      misses: [miss('reference', 'GET https://api.acme.io/me\nAuthorization: Basic {{user}} {{password}}\n', 'api.http'),
        miss('reference', 'GET https://api.acme.io/me\n[BasicAuth]\nops: {{password}}\nHTTP 200\n', 'hurl/me.hurl'),
        miss('wrong structure', `GET https://api.acme.io/me\nAuthorization: Basic ${base64(`ops:${p}`)}\n`, 'api.http'),
        miss('placeholder', 'GET https://api.acme.io/me\nAuthorization: Basic admin password\n', 'api.http')],
    };
  },
  'dovecot-passwd-file': () => {
    const p = randomString(14) + '#7';
    const digest = randomString(64, HEX);
    return {
      hits: [hit(`biuro@acme.io:{PLAIN}${p}:5000:5000::/var/vmail/acme.io/biuro::\n`, p, 'etc/dovecot/users'),
        hit(`noreply@acme.io:{CRAM-MD5}${digest}:5000:5000::/var/vmail/acme.io/noreply::\n`, digest, 'etc/dovecot/users')],
      misses: [miss('placeholder', 'test@acme.io:{PLAIN}password:5000:5000::\n', 'etc/dovecot/users'),
        miss('wrong structure', `ania:{SHA}${base64(randomString(20))}\n`, '.htpasswd')],
    };
  },
  'smbpasswd-hash': () => {
    const nt = randomString(32, '0123456789ABCDEF');
    return {
      hits: [hit(`tomek:1000:${'X'.repeat(32)}:${nt}:[U          ]:LCT-65C3A1F2:\n`, nt, 'etc/samba/smbpasswd')],
      misses: [miss('placeholder', `gosc:1006:NO PASSWORD${'X'.repeat(21)}:NO PASSWORD${'X'.repeat(21)}:[NU         ]:LCT-00000000:\n`, 'etc/samba/smbpasswd'),
        miss('wrong structure', `tomek:1000:${nt}\n`, 'etc/samba/smbpasswd')],
    };
  },
  'des-crypt-hash': () => {
    const h = randomString(2, './abcdefghijklmnopqrstuvwxyz') + randomString(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') + '4.';
    return {
      hits: [hit(`klient:$apr1$ZsOrSC1e$${randomString(22, ALNUM)}\nstary:${h}\n`, h, 'public_html/.htpasswd'),
        hit(`root:${h}:19000:0:99999:7:::\n`, h, 'etc/shadow')],
      misses: [miss('placeholder', 'daemon:*:19000:0:99999:7:::\nbin:x:19000:0:99999:7:::\nnobody:!:19000::::::\n', 'etc/shadow'),
        miss('wrong structure', `stary:${h}\n`, 'docs/users.txt')],
    };
  },
  'table-credential-column': () => {
    const p = randomString(18) + '#4';
    return {
      hits: [hit(`## Shared logins\n\n| Service | URL | User | Password / token |\n|---|---|---|---|\n| Grafana | https://grafana.acme.io | admin | \`${p}\` |\n| Kibana | https://logs.acme.io | elastic | see 1Password |\n`, p, 'docs/wiki/Logins.md'),
        hit(`<table><tbody>\n<tr><th>System</th><th>User</th><th>Password</th></tr>\n<tr><td>Jenkins</td><td>admin</td><td><code>${p}</code></td></tr>\n</tbody></table>\n`, p, 'export/Access.html'),
        // A header naming two kinds of value, the key's last.
        hit(`| Env | Service | Username | Password / key |\n|-----|---------|----------|----------------|\n| dev | Postgres | app_rw | ${p}k |\n`, `${p}k`, 'docs/setup/environments.md'),
        // Org-mode's table, and a Confluence page's storage-format export (XML).
        hit(`* Passwords\n  | host       | user | pass |\n  |------------+------+------|\n  | fw-edge-01 | root | ${p}o |\n`, `${p}o`, 'notes/ops.org'),
        hit(`<ac:layout><table><tbody>\n<tr><th>System</th><th>Login</th><th>Secret</th></tr>\n<tr><td>Adyen test</td><td>ws_4829@Company.Acme</td><td>${p}x</td></tr>\n</tbody></table></ac:layout>\n`, `${p}x`, 'wiki/confluence-export/Onboarding.xml'),
        // Wiki markup: Confluence's, MediaWiki's (a row a line, or a cell a line) and AsciiDoc's (a cell a line).
        hit(`h2. Bastion hosts\n\n||Host||IP||User||Password||Remarks||\n|bastion-1.acme.io|10.40.1.10|ops|{{${p}c}}|rotated 2024-02|\n`, `${p}c`, 'wiki/Server-Access.txt'),
        hit(`{| class="wikitable"\n! SSID !! Band !! Passphrase\n|-\n| Staff || 5 GHz || <code>${p}m</code>\n|-\n| Guest || 2.4 GHz || ''rotates weekly''\n|}\n`, `${p}m`, 'wiki/Office_Network.wiki'),
        hit(`{|\n! Host\n! Password\n|-\n| fw01\n| ${p}w\n|}\n`, `${p}w`, 'wiki/Firewalls.wiki'),
        hit(`[cols="1,1,1"]\n|===\n|Environment |User |Password\n\n|staging\n|billing_app\n|\`${p}a\`\n|===\n`, `${p}a`, 'docs/deploy-guide.adoc')],
      misses: [miss('placeholder', '| Service | Password |\n|---|---|\n| Grafana | `<your password>` |\n| Kibana | changeme |\n', 'docs/Setup.md'),
        miss('not a secret name', `| Service | Build id |\n|---|---|\n| Grafana | ${p} |\n`, 'docs/Builds.md'),
        miss('reference', '<table><tr><th>Password</th></tr><tr><td>stored in Vault: secret/infra/jenkins</td></tr></table>\n', 'Access.html'),
        miss('placeholder', '||Host||User||Password||\n|bastion-1|ops|{{********}}|\n|bastion-2|ops|_see Vault_|\n', 'wiki/Server-Access.txt'),
        miss('not a secret name', `{|\n! Host !! Serial\n|-\n| fw01 || ${p}\n|}\n`, 'wiki/Firewalls.wiki')],
    };
  },
  'cloudsmith-entitlement-token': () => {
    const t = randomString(14) + 'a1';
    return {
      hits: [hit(`[global]\nextra-index-url = https://dl.cloudsmith.io/${t}/acme/private/python/simple/\n`, t, 'pip.conf'),
        hit(`deb https://dl.cloudsmith.io/${t}/acme/prod/deb/ubuntu jammy main\n`, t, 'acme.list')],
      misses: [miss('public by design', 'deb https://dl.cloudsmith.io/public/acme/oss/deb/ubuntu jammy main\n', 'acme.list'),
        miss('wrong structure', `see https://dl.cloudsmith.io/${t}\n`, 'README.md')],
    };
  },
  'url-token-user': () => {
    const t = randomString(20);
    return {
      hits: [hit(`source "https://${t}@gem.fury.io/acme/" do\n  gem "acme-billing"\nend\n`, t, 'Gemfile'),
        hit(`deb [signed-by=/etc/apt/keyrings/acme.gpg] https://${t}:@packagecloud.io/acme/prod/ubuntu/ jammy main\n`, t, 'sources.list.d/acme.list'),
        hit(`git remote add heroku https://:${t}@git.heroku.com/acme-api.git\n`, t, 'deploy.sh')],
      misses: [miss('not a secret name', 'git clone https://x-access-token@github.com/acme/api\n', 'ci.sh'),
        miss('not a secret name', 'npm i git+https://deploybot2024@github.com/acme/api\n', 'setup.sh'),
        // (An MEV-Boost relay is named by its BLS public key.)
        miss('public by design', `    command: -mainnet -relays https://0x${randomString(96, HEX)}@boost-relay.flashbots.net\n`, 'docker-compose.yml'),
        miss('wrong structure', `see https://github.com/acme/api/commit/${randomString(40, HEX)} and mail ${t}@acme.io\n`, 'NOTES.md'),
        miss('public by design', `const SENTRY_DSN = "https://${randomString(32, HEX)}@o714403.ingest.us.sentry.io/5482249"\n`, 'Keys.kt'),
        miss('placeholder', 'provide the token as the "username":\n\n    https://0123456789abcdef@pypi.company.com/simple\n', 'docs/authentication.md')],
    };
  },
  'dsn-password': () => {
    const p = randomString(14) + '*9';
    return {
      hits: [hit(`var warehouseDSN = \`analyst:${p}@acme-eu1.snowflakecomputing.com/LEDGER/PUBLIC?warehouse=WH\``, p, 'internal/store/db.go'),
        hit(`clickhouse:\n  dsn: "ingest:${p}@ch.internal:9000/events"\n`, p, 'config.yaml')],
      misses: [miss('placeholder', 'dsn := "user:password@myaccount/mydb/myschema"', 'README.md'),
        miss('reference', 'SNOWFLAKE_DSN=app:${SNOWFLAKE_PASSWORD}@acme/db', '.env'),
        miss('wrong structure', `dsn := "https://app:${p}@db.acme.io/orders" // a URL: its own rule's`, 'db.go'),
        miss('not a secret name', `maintainer: "ops:${p}@acme.io"`, 'package.yaml')],
    };
  },
  'jdbc-password': () => {
    const p = randomString(14) + '#9';
    return {
      hits: [hit(`String url = "jdbc:postgresql://db/app?user=svc&password=${p}";`, p, 'Db.java')],
      misses: [miss('reference', 'url=jdbc:mysql://db/app?user=root&password=${DB_PASS}', 'a.properties')],
    };
  },
  'connection-string-password': () => {
    const p = randomString(14) + '#9';
    return {
      hits: [hit(`<add name="db" connectionString="Data Source=db01;Uid=svc;Pwd=${p};" />`, p, 'web.config')],
      misses: [miss('placeholder', 'Server=db;User ID=sa;Password=Password123;', 'a.config'),
        miss('no provider context', `$host = 'localhost';\n$user = null;\n$password = ${p};\n`, 'src/Config.php'),
        miss('placeholder', ';;   dbname= host= port= user= password= auth_user=\n', 'etc/pgbouncer/pgbouncer.ini')],
    };
  },
  'url-basic-auth': () => {
    const p = randomString(14) + '#9';
    return {
      hits: [hit(`git clone https://deploy:${p}@git.acme.io/team/repo.git`, p, 'ci.sh')],
      misses: [miss('placeholder', 'see https://user:pass@example.com/path', 'a.md')],
    };
  },
  'command-line-password': () => {
    const p = randomString(14) + '#4';
    return {
      hits: [hit(`vault operator unseal ${base64(p + p)}\n`, base64(p + p), 'ops/unseal.sh'), hit(`mysql -u root -p${p} app < dump.sql\n`, p, '.bash_history'), hit(`mysql -h db -u ro -p'${p}' app\n`, p, '.bash_history'), hit(`sshpass -p '${p}' ssh ops@web1.acme.io\n`, p, 'deploy.sh'),
        // Quay's robot login, its options written with `=`.
        hit(`docker login -u=acme+deployer -p=${p} quay.io\n`, p, 'ci/push.sh'),
        // Informatica's repository client: `-x` is the password (`-X` names a variable holding it).
        hit(`pmrep connect -r REP_PRD -d DOM_PRD -n svc_infa_deploy -x '${p}'\n`, p, 'informatica/scripts/export_wf.sh'),
        hit(`echo "${p}" | docker login -u ci --password-stdin registry.acme.io\n`, p, '.github/workflows/push.sh'),
        hit(`docker login "$REGISTRY" --username ci-deployer --password-stdin <<<"${p}"\n`, p, 'ops/deploy.sh'), // a here-string
        // sudo reads the user's password from a pipe with -S; lftp's password may open with `%`.
        hit(`echo '${p}' | sudo -S systemctl restart nginx\n`, p, 'home/deploy/.bash_history'),
        // cloud-init's chpasswd module: a user:password line a boot sets (RANDOM asks it to make one up).
        hit(`#cloud-config\nchpasswd:\n  list: |\n    root:${p}c\n    ubuntu:RANDOM\n  expire: false\n`, `${p}c`, 'cloud-init/node.yaml'),
        hit(`lftp -u ftpadmin,%!${p} ftp://files.acme.io\n`, `%!${p}`, 'home/deploy/.bash_history'),
        // An MQTT client's, Dovecot's password scheme tool, NetworkManager's Wi-Fi connect.
        hit(`mosquitto_pub -h mqtt.acme.io -p 8883 -u store17 -P '${p}m' -t stores/17/ping -m hi\n`, `${p}m`, 'home/pi/.bash_history'),
        hit(`doveadm pw -s SHA512-CRYPT -p '${p}d'\n`, `${p}d`, 'root/.bash_history'),
        hit(`sudo nmcli dev wifi connect Store17-Backoffice password '${p}w'\n`, `${p}w`, 'home/pi/.bash_history'),
        // Active Directory's tools: dsquery, ldifde.
        hit(`dsquery group -name "Domain Admins" -s dc01 -u CORP\\svc-audit -p ${p} | dsget group -members\n`, p, 'ops/ldap-audit.cmd'),
        hit(`ldifde -f admins.ldf -s dc01 -b svc-audit corp.contoso.local ${p} -r "(adminCount=1)"\n`, p, 'ops/ldap-audit.cmd'),
        // A DSN without a scheme where the tool expects one: msfconsole's db_connect, Nakama's database address.
        hit(`db_connect msf:${p}@127.0.0.1:5432/msf\n`, p, 'pentest/purple.rc'),
        hit(`database:\n  address:\n    - "nakama:${p}@db.internal:26257/nakama?sslmode=require"\n`, p, 'server/nakama/local.yml'),
        // Kerberos's kinit reads the password from a pipe; a program may hand it over as stdin.
        hit(`echo '${p}' | kinit svc-etl@CORP.ACME.IO\n`, p, 'scripts/refresh_ticket.sh'),
        hit(`subprocess.run(["kinit", PRINCIPAL], input=b"${p}\\n", check=True)\n`, p, 'etl/kerberos_auth.py'),
        // Db2's connect, Oracle's wallet tools.
        hit(`db2 connect to DWHPRD user etl_user using ${p}\n`, p, 'db2/catalog_and_load.sh'),
        // mysqladmin's `password` command sets the account's new password.
        hit(`mysqladmin -u root password '${p}'\n`, p, 'root/.bash_history'),
        hit(`orapki wallet create -wallet $WALLET -pwd ${p} -auto_login\n`, p, 'oracle/scripts/create_wallet.sh'),
        hit(`mkstore -wrl $WALLET -createCredential FINPRD gl_batch ${p}\n`, p, 'oracle/scripts/create_wallet.sh'),
        // MongoDB's shells and tools, on a line and in a Compose healthcheck's exec form.
        hit(`mongo --host mongo-0.acme.internal -u admin -p ${p} --authenticationDatabase admin\n`, p, 'scripts/db/restore.sh'),
        hit(`      test: ["CMD", "mongosh", "-u", "root", "-p", "${p}x", "--eval", "db.adminCommand('ping')"]\n`, `${p}x`, 'docker-compose.yml'),
        hit(`http --auth ops:${p} POST https://api.acme.io/deploy\n`, p, '.bash_history'),
        hit(`: 1709807531:0;http -a ops:${p}x POST https://deploy.acme.io/api/v1/releases\n`, `${p}x`, 'home/ops/.zsh_history'), // -a right after the command
        hit(`htpasswd -b /etc/nginx/.htpasswd admin ${p}\n`, p, 'provision.sh'), hit(`htpasswd -nbB admin '${p}'\n`, p, '.zsh_history'),
        hit(`htpasswd -b -c /tmp/.htpasswd admin ${p}\n`, p, '.bash_history'),
        hit(`openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${p}\n`, p, 'make-cert.sh'),
        hit(`smbclient //files/backup -U 'ACME\\svc-backup%${p}' -c 'put dump.sql'\n`, p, 'backup.sh'),
        hit(`rabbitmqctl add_user etl '${p}'\n`, p, 'ops/one_off.sh'), hit(`zip -P '${p}' -r exports.zip exports/\n`, p, 'ops/one_off.sh'),
        hit(`7z a -p${p} -mhe=on backup.7z dump.sql\n`, p, 'ops/backup.sh'),
        // An exec-form command: Compose's healthcheck, a Dockerfile's HEALTHCHECK.
        hit(`    healthcheck:\n      test: ["CMD", "redis-cli", "-a", "${p}", "ping"]\n`, p, 'docker-compose.yml'),
        hit(`az login --service-principal -u http://acme-deploy -p ${p} --tenant acme.onmicrosoft.com\n`, p, 'ci/deploy.sh'),
        hit(`KADMIN="kadmin -p admin/admin@\${REALM} -w ${p}"\n`, p, 'kerberos/provision.sh'),
        hit(`echo '${p}' | $KS add -x xpack.security.transport.ssl.keystore.secure_password\n`, p, 'es/setup-keystore.sh')],
      misses: [miss('wrong structure', 'mysql -u root -p app\n', 'README.md'), miss('placeholder', 'mysql -u root -proot app\n', 'setup.sh'),
        miss('reference', 'echo "$CI_REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.acme.io\n', '.gitlab-ci.yml'),
        miss('reference', 'docker login -u ci --password-stdin <<<"$CI_REGISTRY_PASSWORD"\n', 'ops/deploy.sh'),
        miss('placeholder', "You can perform manual login: 'docker login loginServer -u 00000000-0000-0000-0000-000000000000 -p accessToken'\n", 'bug-reports/az.txt'),
        miss('wrong structure', 'htpasswd -c /etc/nginx/.htpasswd admin\n', 'provision.sh'), // prompts for it
        miss('reference', 'openssl pkcs12 -export -in cert.pem -out bundle.p12 -passout env:P12_PASSWORD\n', 'make-cert.sh'),
        miss('wrong structure', '\t$openssl $cmd -passin "pass:umask 077" -in "$1" |\n', 'postfix-tls-script'), // a phrase, to fail a prompt
        miss('reference', 'docker login -u ci -p $CI_REGISTRY_PASSWORD registry.acme.io\n', '.gitlab-ci.yml'),
        miss('reference', 'read from the terminal in fish: mysql -uuser -p(read)\n', 'docs/shell.md'),
        miss('reference', 'az login --service-principal -u "$ARM_CLIENT_ID" -p "$ARM_CLIENT_SECRET" --tenant "$ARM_TENANT_ID"\n', 'ci/deploy.sh'),
        miss('wrong structure', 'smbclient //files/backup -U svc-backup -c ls\n', 'backup.sh')],
    };
  },
  // HTTP headers, JWTs
  'http-basic-auth': () => {
    const b = base64(`svc:${randomString(14)}#9`);
    return {
      hits: [hit(`curl -H "Authorization: Basic ${b}" https://api.acme.io`, b, 'a.sh'),
        // The scheme's literal joined to the credential's (VBA's `&`, Clojure's `str`).
        hit(`    AuthHeader = "Basic " & "${b}"\n`, b, 'ops/ExportReport.bas'),
        hit(`  {"Authorization" (str "Basic " "${b}")})\n`, b, 'src/search/core.clj'),
        // A tool's debug line, in a CI log.
        hit(`INFO     debug: Authorization header tried: Basic ${b}\n`, b, 'ci-logs/pipeline-771-job.log'),
        // An API key itself after Basic (OneSignal's REST key is base64 of a UUID).
        ((k: string) => hit(`curl -X POST https://onesignal.com/api/v1/notifications -H "Authorization: Basic ${k}"\n`, k, 'push.sh'))(base64(uuid())),
        hit(`client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${b}");`, b, 'Api.cs'),
        // A debug log names the header in its own words.
        hit(`2026-11-04T09:17:25Z DEBUG tracing auth header: Basic ${b}\n`, b, 'logs/gateway.log'),
        // Kept encoded under a name that says Basic.
        hit(`const BASIC = "${b}";\n`, b, 'scripts/perf/dispatch.js')],
      misses: [miss('placeholder', `Authorization: Basic ${base64('admin:password')}`, 'a.http'),
        miss('wrong structure', `const BASIC_THEME = "${base64(randomString(24))}";\n`, 'src/theme.js'),
        miss('placeholder', `DEBUG auth header: Basic ${base64('user:changeme')}\n`, 'logs/gateway.log'),
        miss('wrong structure', `Authorization: Basic ${base64('username')}\n`, 'a.http')],
    };
  },
  'maven-encrypted-password': () => {
    const [master, server] = [`{${randomString(43, BASE64)}=}`, `{${randomString(43, BASE64)}=}`];
    return {
      hits: [hit(`<settingsSecurity>\n  <master>${master}</master>\n</settingsSecurity>\n`, master, 'home/.m2/settings-security.xml'),
        // A server's password needs the master password too: information.
        hit(`<servers>\n  <server>\n    <id>nexus</id>\n    <password>${server}</password>\n  </server>\n</servers>\n`, server, 'home/.m2/settings.xml')],
      misses: [miss('reference', '<servers>\n  <server>\n    <password>${env.NEXUS_PASSWORD}</password>\n  </server>\n</servers>\n', 'home/.m2/settings.xml'),
        miss('wrong structure', `<master>${master}</master>\n`, 'docs/pom.xml')],
    };
  },
  'victorops-rest-endpoint': () => {
    const key = uuid();
    return {
      hits: [hit(`VO_REST_ENDPOINT=https://alert.victorops.com/integrations/generic/20131114/alert/${key}/ops-team\n`, key, 'oncall/splunk-oncall.env'),
        hit(`      url: https://alert.victorops.com/integrations/generic/20131114/alert/${key}/db-oncall\n`, key, 'grafana/provisioning/notifiers/legacy.yaml')],
      misses: [miss('wrong structure', "  victorops_api_url: 'https://alert.victorops.com/integrations/generic/20131114/alert/'\n", 'alertmanager/alertmanager.yml'),
        miss('placeholder', 'url: https://alert.victorops.com/integrations/generic/20131114/alert/$VO_KEY/ops\n', 'grafana/notifiers.yaml')],
    };
  },
  'copernicus-cds-api-key': () => {
    const key = uuid();
    return {
      hits: [hit(`url: https://cds.climate.copernicus.eu/api\nkey: ${key}\n`, key, 'home/.cdsapirc'),
        // The legacy key, <UID>:<API key>, in the Atmosphere Data Store's copy of the file.
        hit(`url: https://ads.atmosphere.copernicus.eu/api/v2\nkey: 385590:${key}\n`, `385590:${key}`, 'home/.adsapirc')],
      misses: [miss('placeholder', 'url: https://cds.climate.copernicus.eu/api\nkey: <PERSONAL-ACCESS-TOKEN>\n', 'home/.cdsapirc'),
        miss('wrong structure', `url: https://cds.climate.copernicus.eu/api\nkey: ${key.slice(0, 30)}\n`, 'home/.cdsapirc'),
        miss('no provider context', `key: ${key}\n`, 'config/settings.yml')],
    };
  },
  'splunk-hec-token': () => {
    const t = uuid().toUpperCase();
    return {
      hits: [hit(`curl -k https://splunk.acme.io:8088/services/collector/event -H "Authorization: Splunk ${t}" -d '{"event": "deploy"}'\n`, t, 'scripts/notify.sh'),
        // An HEC input's stanza, a forwarder's httpout stanza, a Logstash output's header map.
        hit(`[http://orders]\ndisabled = 0\ntoken = ${t}\nindex = orders\n`, t, 'etc/apps/orders/local/inputs.conf'),
        hit(`[httpout]\nhttpEventCollectorToken = ${t}\nuri = https://http-inputs-acme.splunkcloud.com:443\n`, t, 'etc/system/local/outputs.conf'),
        hit(`    headers => { "Authorization" => "Splunk ${t.toLowerCase()}" }\n`, t.toLowerCase(), 'pipeline/30-output.conf')],
      misses: [miss('wrong structure', `[tcp://9514]\ntoken = ${t}\n`, 'etc/apps/orders/local/inputs.conf'),
        miss('wrong structure', `[http://orders]\nindex = orders\n\n[monitor:///var/log]\ntoken = ${t}\n`, 'etc/apps/orders/local/inputs.conf'),
        miss('reference', 'headers => { "Authorization" => "Splunk ${SPLUNK_HEC_TOKEN}" }\n', 'pipeline/30-output.conf'),
        miss('wrong length', `-H "Authorization: Splunk ${t.slice(0, 30)}"\n`, 'scripts/notify.sh')],
    };
  },
  'client-token-argument': () => {
    const key = randomString(32, HEX), secret = randomString(40);
    return {
      hits: [hit(`client := aai.NewClient("${key}")\n`, key, 'transcribe/main.go'),
        hit(`const messagebird = require('messagebird')('${secret}');\n`, secret, 'src/sms.js'),
        // A constructor whose package names the service.
        hit(`b := bitly.New("${key}")\n`, key, 'links/shorten.go'),
        hit(`const deepgram = createClient("${key}");\n`, key, 'src/voice.ts'),
        // After a literal id, the second argument is the secret (Plivo's auth id, Razorpay's key id).
        hit(`client = Plivo::RestClient.new('MA${randomString(18, UPPER_ALNUM)}', '${secret}')\n`, secret, 'sms.rb'),
        // The id may be the server's URL (Meilisearch).
        hit(`meili = meilisearch.Client("https://search.acme.io", "${key}")\n`, key, 'indexer/reindex.py'),
        // HubSpot's keys are UUIDs: under the service's own factory, one is the key.
        ((u: string) => hit(`$hubspot = \\SevenShores\\Hubspot\\Factory::create('${u}');\n`, u, 'crm.php'))(uuid()),
        // The arguments on the lines below the call, and OmniAuth's id-then-secret (Devise, OmniAuth::Builder).
        hit(`client := bybit.NewBybitHttpClient(\n\t\t"${randomString(18)}",\n\t\t"${secret}",\n\t)\n`, secret, 'trade/main.go'),
        hit(`  config.omniauth :github,\n                  'Iv1.${randomString(16, HEX)}',\n                  '${key}',\n                  scope: 'user:email'\n`, key, 'config/initializers/devise.rb'),
        hit(`use OmniAuth::Builder do\n  provider :github, 'Iv1.${randomString(16, HEX)}', '${key}'\nend\n`, key, 'config/initializers/omniauth.rb'),
        // A later provider line, past the window of the block's first line.
        hit(`use OmniAuth::Builder do\n  provider :github, ENV['GITHUB_CLIENT_ID'], ENV['GITHUB_CLIENT_SECRET'], scope: 'user:email,read:org,repo'\n  provider :google_oauth2, ENV['GOOGLE_CLIENT_ID'], ENV['GOOGLE_CLIENT_SECRET'], prompt: 'select_account'\n  provider :twitter, '${randomString(22)}', '${secret}'\nend\n`, secret, 'config/initializers/omniauth.rb')],
      misses: [miss('placeholder', 'client := aai.NewClient("your-assemblyai-api-key-here")\n', 'main.go'),
        // A model's repository id is the client's first argument here, not a key.
        miss('not a secret name', 'client = InferenceClient("meta-llama/Llama-3.1-8B-Instruct", token=os.environ.get("HF_TOKEN"))\n', 'app.py'),
        miss('not a secret name', `const c = new HttpClient("my-service-production-west");\n`, 'src/http.ts'),
        miss('wrong structure', `c = storage.Client("${uuid()}")\n`, 'jobs/export.py'),
        miss('not a secret name', `err := errors.New("${secret}")\n`, 'main.go'),
        // A client held under a name for what its argument identifies: a commit, a span.
        miss('not a secret name', `const buildCommitConn = createClient("${randomString(40, HEX)}", { region: "us-east-1" });\n`, 'src/config/index.js'),
        miss('not a secret name', `  val spanIdClient = new ApiClient("${randomString(24, HEX)}")\n`, 'src/main/scala/Clients.scala'),
        // A macro passing the name of the function it declares (NSS's `SSL_EXPERIMENTAL_API`).
        miss('not a secret name', '#define SSL_EnableTls13GreaseEch(fd, enabled) \\\n    SSL_EXPERIMENTAL_API("SSL_EnableTls13GreaseEch", \\\n                         (PRFileDesc * _fd, PRBool _enabled), (fd, enabled))\n', 'nss/sslexp.h')],
    };
  },
  'jetty-realm-password': () => {
    const p = randomString(14) + '.7', q = randomString(12) + '-', obf = randomString(24, LOWER_ALNUM);
    return {
      hits: [hit(`# username: password [,rolename ...]\nops: ${q}, user\n`, q, 'activemq/conf/jetty-realm.properties'),
        // Jetty's obfuscation is reversible: the password all the same.
        hit(`guest: OBF:${obf}\n`, `OBF:${obf}`, 'etc/realm.properties')],
      misses: [miss('placeholder', 'admin: admin, admin\n', 'conf/jetty-realm.properties'),
        miss('wrong structure', `admin: MD5:${randomString(32, HEX)}, admin\n`, 'conf/jetty-realm.properties'),
        miss('no provider context', `admin: ${p}, admin\n`, 'conf/users.properties')],
    };
  },
  'perforce-ticket': () => {
    const ticket = randomString(32, HEX).toUpperCase();
    return {
      hits: [hit(`ssl:10.40.2.15:1666=build-bot:${ticket}\n`, ticket, 'Build/Agent/p4tickets.txt')],
      misses: [miss('no provider context', `ssl:10.40.2.15:1666=build-bot:${ticket}\n`, 'Build/Agent/hosts.txt'),
        miss('wrong length', `perforce:1666=swarm:${randomString(24, HEX).toUpperCase()}\n`, '.p4tickets')],
    };
  },
  'websphere-xor-password': () => {
    // WebSphere's {xor}: each byte of the password XORed with `_`, then base64.
    const xor = (password: string) => Buffer.from([...Buffer.from(password)].map(b => b ^ 0x5f)).toString('base64');
    const p = randomString(14) + '.7';
    return {
      hits: [hit(`<authDataEntries xmi:id="JAASAuthData_1" alias="CRM_ORA" userId="crm_was" password="{xor}${xor(p)}"/>\n`, xor(p), 'config/cells/c01/security.xml'),
        hit(`com.ibm.SOAP.loginPassword={xor}${xor(p)}\n`, xor(p), 'properties/soap.client.props')],
      misses: [miss('placeholder', `com.ibm.SOAP.loginPassword={xor}${xor('changeme')}\n`, 'properties/soap.client.props'),
        miss('wrong structure', `com.ibm.ssl.keyStorePassword={xor}${Buffer.from([0x5f, 0x5e, 0x5d, 0x40, 0x41, 0x42]).toString('base64')}\n`, 'properties/ssl.client.props')],
    };
  },
  'jmx-remote-password': () => {
    const p = randomString(13) + '+4';
    return {
      hits: [hit(`# monitorRole  QED\nmonitorRole  ${p}\n`, p, 'tomcat/conf/jmxremote.password')],
      misses: [miss('documented example', '# controlRole   R&D\n', 'jre/conf/management/jmxremote.password'),
        miss('no provider context', `monitorRole  ${p}\n`, 'conf/roles.txt')],
    };
  },
  'nagios-resource-password': () => {
    const p = randomString(12) + '.9';
    return {
      hits: [hit(`# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/local/nagios/libexec\n$USER4$=${p}\n`, p, 'etc/nagios/resource.cfg')],
      misses: [miss('wrong structure', '$USER1$=/usr/lib/nagios/plugins\n', 'etc/nagios/resource.cfg'),
        miss('placeholder', '$USER3$=monitoring\n', 'etc/nagios/resource.cfg'), miss('no provider context', `$USER4$=${p}\n`, 'etc/nagios/commands.cfg')],
    };
  },
  'wildfly-clear-text-credential': () => {
    const p = randomString(16) + '#2';
    return {
      hits: [hit(`<datasource jndi-name="java:jboss/datasources/Billing" pool-name="Billing">\n  <security user-name="billing">\n    <credential-reference clear-text="${p}"/>\n  </security>\n</datasource>\n`, p, 'standalone/configuration/standalone.xml')],
      misses: [miss('reference', '<credential-reference store="cs" alias="db-password"/>\n', 'standalone/configuration/standalone.xml'),
        miss('placeholder', '<credential-reference clear-text="changeme"/>\n', 'standalone/configuration/standalone.xml')],
    };
  },
  'calcom-api-key': () => {
    const test = join('cal', '_test_') + randomString(32, HEX);
    return {
      hits: [env('CAL_API_KEY', join('cal', '_live_') + randomString(32, HEX)), hit(`Sandbox key for the staging page: \`${test}\`\n`, test, 'ops/notes/handover.md')],
      misses: [envMiss('wrong length', 'CAL_API_KEY', join('cal', '_live_') + randomString(24, HEX)),
        envMiss('wrong alphabet', 'CAL_API_KEY', join('cal', '_live_') + randomString(32, 'ghijklmnopqrstuvwxyz'))],
    };
  },
  'unity-license-serial': () => {
    const group = () => randomString(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789');
    const serial = ['SC', group(), group(), group(), group(), `7${group().slice(1)}`].join('-');
    const ulf = Buffer.concat([Buffer.from([1, 0, 0, 0]), Buffer.from(serial)]).toString('base64');
    return {
      hits: [hit(`"$UNITY" -batchmode -quit \\\n  -serial ${serial} \\\n  -username ci@studio.test \\\n  -password "$UNITY_PASSWORD"\n`, serial, 'ci/unity/activate_license.sh'),
        hit(`<License id="Terms">\n  <DeveloperData Value="${ulf}"/>\n</License>\n`, ulf, 'ci/unity/Unity_v2022.x.ulf')],
      misses: [miss('placeholder', '  -serial SC-XXXX-XXXX-XXXX-XXXX-XXXX \\\n', 'ci/unity/activate_license.sh'),
        miss('wrong structure', `<DeveloperData Value="${Buffer.from('not a serial at all, just text').toString('base64')}"/>\n`, 'ci/unity/Unity_v2022.x.ulf')],
    };
  },
  'bind-tsig-key': () => {
    const secret = randomString(86, BASE64) + '==';
    const key = (algorithm: string, value: string) => `key "xfer-secondary" {\n\talgorithm ${algorithm};\n\tsecret "${value}";\n};\n`;
    return {
      hits: [hit(key('hmac-sha512', secret), secret, 'etc/bind/tsig/xfer-secondary.key'), hit(key('hmac-sha256', secret.slice(0, 42) + '='), secret.slice(0, 42) + '=', 'etc/bind/rndc.key')],
      misses: [miss('wrong structure', `key "dnssec" {\n\tsecret "${secret}";\n};\n`, 'named.conf'),
        miss('placeholder', key('hmac-sha256', 'A'.repeat(44)), 'etc/bind/rndc.key')],
    };
  },
  'zos-ftp-batch-password': () => {
    const pw = randomString(8, ALNUM).toUpperCase();
    const job = (input: string) => `//CLMEXTR  JOB (ACCT),'EXTRACT',CLASS=A\n//STEP020  EXEC PGM=FTP,PARM='(EXIT TIMEOUT 120'\n//SYSPRINT DD SYSOUT=*\n//INPUT    DD *\n${input}put 'CLMS.EXTRACT' /inbound/claims.dat\nquit\n/*\n`;
    return {
      hits: [hit(job(`gwbridge.corp.example.net\nclmxfer ${pw}\n`), pw, 'mainframe/jcl/CLMEXTR.jcl'),
        hit(job(`10.20.4.7 21\nbatchftp ${pw}Q\n`), `${pw}Q`, 'jcl/FTPPUT.jcl')],
      misses: [miss('wrong structure', job('gwbridge.corp.example.net\n'), 'mainframe/jcl/CLMEXTR.jcl'),
        miss('placeholder', job('gwbridge.corp.example.net\nclmxfer password\n'), 'mainframe/jcl/CLMEXTR.jcl')],
    };
  },
  'nginx-secure-link-secret': () => {
    const secret = randomString(24);
    return {
      hits: [hit(`location /dl/ {\n    secure_link $arg_md5,$arg_expires;\n    secure_link_md5 "$secure_link_expires$uri$remote_addr ${secret}";\n}\n`, secret, 'nginx/conf.d/downloads.conf')],
      misses: [miss('wrong structure', 'secure_link_md5 "$secure_link_expires$uri$remote_addr";\n', 'nginx/conf.d/downloads.conf'),
        miss('placeholder', 'secure_link_md5 "$secure_link_expires$uri changeme";\n', 'nginx/conf.d/downloads.conf')],
    };
  },
  'haproxy-redis-auth': () => {
    const secret = randomString(25);
    return {
      hits: [hit(`backend redis\n    option tcp-check\n    tcp-check send AUTH\\ ${secret}\\r\\n\n    tcp-check expect string +OK\n`, secret, 'haproxy/haproxy.cfg')],
      misses: [miss('wrong structure', 'backend redis\n    tcp-check send PING\\r\\n\n', 'haproxy/haproxy.cfg'),
        miss('placeholder', 'tcp-check send AUTH\\ changeme\\r\\n\n', 'haproxy/haproxy.cfg')],
    };
  },
  'proftpd-sql-password': () => {
    const secret = randomString(16);
    return {
      hits: [hit(`<IfModule mod_sql.c>\n  SQLConnectInfo  proftpd@db01.internal proftpd ${secret}\n</IfModule>\n`, secret, 'etc/proftpd/sql.conf')],
      misses: [miss('reference', 'SQLConnectInfo proftpd@db01 proftpd %{env:PROFTPD_DB_PASSWORD}\n', 'etc/proftpd/sql.conf'),
        miss('placeholder', 'SQLConnectInfo proftpd@localhost proftpd password\n', 'etc/proftpd/sql.conf')],
    };
  },
  'proxy-header-secret': () => {
    const t = randomString(32, HEX), u = randomString(28) + '7';
    return {
      hits: [hit(`backend api\n    http-request set-header X-Internal-Auth ${t}\n`, t, 'haproxy/haproxy.cfg'),
        hit(`location /api/ {\n    proxy_set_header X-Api-Key "${u}";\n    proxy_pass http://upstream;\n}\n`, u, 'nginx/conf.d/api.conf')],
      misses: [miss('reference', 'proxy_set_header Authorization $http_authorization;\n', 'nginx.conf'),
        miss('not a secret name', `proxy_set_header X-Request-Id ${t};\n`, 'nginx.conf'),
        miss('placeholder', 'proxy_set_header X-Api-Key "xxxxxxxxxxxxxxxxxxxxxxxx";\n', 'nginx.conf')],
    };
  },
  'jaas-user-password': () => {
    const admin = randomString(18) + '!4', client = randomString(22);
    const jaas = (users: string) => `KafkaServer {\n    org.apache.kafka.common.security.plain.PlainLoginModule required\n    username="admin"\n${users}};\n`;
    return {
      hits: [hit(jaas(`    user_admin="${admin}"\n`), admin, 'config/kafka_server_jaas.conf'),
        hit(`Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_super="${client}";\n};\n`, client, 'conf/zookeeper_jaas.conf')],
      misses: [miss('placeholder', jaas('    user_admin="changeme"\n'), 'config/kafka_server_jaas.conf'),
        miss('no provider context', `user_admin="${admin}"\n`, 'config/users.properties')],
    };
  },
  'fortios-encrypted-secret': () => {
    const enc = randomString(88, BASE64), psk = `${randomString(118, BASE64)}==`;
    return {
      hits: [hit(`config user ldap\n    edit "corp-ad"\n        set password ENC ${enc}\n    next\nend\n`, enc, 'network/fortinet/fgt-hq.conf'),
        hit(`config vpn ipsec phase1-interface\n    edit "to-AWS"\n        set psksecret ENC ${psk}\n    next\nend\n`, psk, 'network/fortinet/fgt-hq.conf')],
      misses: [miss('wrong structure', 'set password ENC\n', 'network/fortinet/fgt-hq.conf'),
        miss('wrong length', 'set psksecret ENC c2hvcnQ=\n', 'network/fortinet/fgt-hq.conf'),
        miss('wrong structure', `config system admin\n    edit "admin"\n        set password ENC SH2${randomString(60, BASE64)}\n    next\nend\n`, 'network/fortinet/fgt-hq.conf')],
    };
  },
  'junos-secret': () => {
    const nine = `$9$${randomString(40, ALNUM + './-')}`, psk = randomString(24);
    return {
      hits: [hit(`protocols {\n    bgp {\n        group TRANSIT-A {\n            neighbor 203.0.113.1 {\n                authentication-key "${nine}"; ## SECRET-DATA\n            }\n        }\n    }\n}\n`, nine, 'network/juniper/mx-edge01.conf'),
        hit(`set security ike gateway GW-AZURE ike-policy IKE-POL-AZ pre-shared-key ascii-text "${psk}"\n`, psk, 'network/juniper/srx-br12.set'),
        hit(`set system radius-server 10.20.0.41 secret "${psk}"\nset system radius-server 10.20.0.41 source-address 10.40.0.1\n`, psk, 'network/juniper/srx-ztp.set')],
      misses: [miss('placeholder', 'set snmp v3 usm local-engine user nms authentication-sha authentication-key "$9$********"\n', 'network/juniper/srx-br12.set'),
        miss('wrong structure', `set system root-authentication encrypted-password "$6$${randomString(16)}$${randomString(86, ALNUM + './')}"\n`, 'network/juniper/srx-br12.set'),
        miss('placeholder', 'set system radius-server 10.20.0.41 secret "changeme"\n', 'network/juniper/srx-ztp.set')],
    };
  },
  'cisco-ios-password': () => {
    // Type 7: two decimal digits (an offset into Cisco's fixed key), then the password XORed with the key, in hex.
    const key = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';
    const type7 = (plain: string, seed = 7) => String(seed).padStart(2, '0')
      + [...plain].map((c, i) => (c.charCodeAt(0) ^ key.charCodeAt((seed + i) % key.length)).toString(16).padStart(2, '0').toUpperCase()).join('');
    const pw = type7(randomString(12) + '!'), tacacs = type7(randomString(16), 3), community = randomString(14), psk = randomString(24);
    const hash = join('$9', '$', randomString(14, ALNUM), '$', randomString(43, ALNUM + './'));
    const ios = (body: string) => `version 15.2\nhostname core-sw01\n!\n${body}!\nend\n`;
    return {
      hits: [hit(ios(`username backup privilege 1 password 7 ${pw}\n`), pw, 'backups/core-sw01-confg'),
        hit(ios(`tacacs server TAC1\n address ipv4 10.10.0.5\n key 7 ${tacacs}\n`), tacacs, 'backups/core-sw01-confg'),
        hit(ios(`snmp-server community ${community} RO 99\n`), community, 'backups/core-sw01-confg'),
        hit(ios(`crypto isakmp key ${psk} address 203.0.113.10\n`), psk, 'backups/core-sw01-confg'),
        hit(ios(`username netadmin privilege 15 secret 9 ${hash}\n`), hash, 'backups/core-sw01-confg'),
        // Keys anywhere on their line (a key chain, OSPF, BGP, NTP's type after the key), clear-text RADIUS and IKEv2 keys, SNMPv3.
        hit(ios(`key chain OSPF-KEYS\n key 1\n  key-string 7 ${pw}\n`), pw, 'backups/core-sw01-confg'),
        hit(ios(`router bgp 64512\n neighbor 203.0.113.9 password 7 ${tacacs}\n`), tacacs, 'backups/core-sw01-confg'),
        hit(ios(`ntp authentication-key 1 md5 ${pw} 7\n`), pw, 'backups/core-sw01-confg'),
        hit(ios(`radius server ISE-01\n address ipv4 10.20.2.20 auth-port 1812\n key ${community}\n`), community, 'backups/core-sw01-confg'),
        hit(ios(`crypto ikev2 keyring BRANCH-KR\n peer BRANCH-07\n  pre-shared-key local ${psk}\n`), psk, 'backups/core-sw01-confg'),
        hit(ios(`snmp-server user librenms NMS v3 auth sha ${community}\n`), community, 'backups/core-sw01-confg'),
        // Clear text where a type digit may stand: a key chain, a keyring's PSK, DMVPN, OSPF, BGP, HSRP, a user typed in.
        hit(ios(`key chain OSPF-KEYS\n key 1\n  key-string ${psk}\n`), psk, 'backups/core-sw01-confg'),
        hit(ios(`crypto keyring DMVPN\n  pre-shared-key address 0.0.0.0 0.0.0.0 key ${psk}\n`), psk, 'backups/core-sw01-confg'),
        hit(ios(`interface Tunnel0\n ip nhrp authentication ${psk.slice(0, 8)}\n`), psk.slice(0, 8), 'backups/core-sw01-confg'),
        hit(ios(`interface Vlan10\n ip ospf message-digest-key 1 md5 ${community}\n`), community, 'backups/core-sw01-confg'),
        hit(ios(`router bgp 64512\n neighbor 10.255.0.2 password ${psk}\n`), psk, 'backups/core-sw01-confg'),
        hit(ios(`interface Vlan20\n standby 1 authentication md5 key-string ${community}\n`), community, 'backups/core-sw01-confg'),
        hit(ios(`username netops privilege 15 secret ${psk}\n`), psk, 'backups/core-sw01-confg')],
      misses: [miss('wrong structure', ios(`username backup password 7 07${'FF'.repeat(10)}\n`), 'backups/core-sw01-confg'),
        miss('no provider context', `username backup privilege 1 password 7 ${pw}\n`, 'notes/cisco.md'),
        miss('placeholder', ios('snmp-server community public RO\n'), 'backups/core-sw01-confg'),
        miss('wrong structure', ios(`crypto keyring DMVPN\n  pre-shared-key address 0.0.0.0 0.0.0.0 key 6 ${'F'.repeat(4)}\n router bgp 64512\n neighbor 10.255.0.2 password 7\n`), 'backups/core-sw01-confg'),
        miss('no provider context', `router bgp 64512\n neighbor 10.255.0.2 password ${psk}\n`, 'notes/bgp.md')],
    };
  },
  'irc-nickserv-password': () => {
    const pw = randomString(14) + '~3', other = randomString(16);
    return {
      hits: [hit(`servers = (\n  {\n    address = "irc.libera.chat";\n    autosendcmd = "/msg NickServ IDENTIFY ${pw}; wait 2000";\n  }\n);\n`, pw, '.irssi/config'),
        hit(`libera.command = "/msg nickserv identify botaccount ${other}"\n`, other, '.weechat/irc.conf'),
        hit(`sock.send(b"PRIVMSG NickServ :IDENTIFY ${other}\\r\\n")\n`, other, 'bot.py')],
      misses: [miss('placeholder', 'autosendcmd = "/msg NickServ IDENTIFY changeme";\n', '.irssi/config'),
        miss('reference', 'sock.send(f"PRIVMSG NickServ :IDENTIFY {password}")\n', 'bot.py'),
        miss('wrong structure', '/msg NickServ IDENTIFY\n', 'notes.txt')],
    };
  },
  'totp-secret': () => {
    const seed = randomString(32, BASE32);
    const other = randomString(16, BASE32);
    return {
      hits: [hit(`{"login": {"username": "ops@acme.io", "totp": "otpauth://totp/AWS:root?secret=${seed}&issuer=AWS"}}\n`, seed, 'bitwarden_export.json'),
        // Parameters in any order; an HOTP counter too.
        hit(`OTP_URI=otpauth://hotp/ACME:ci?issuer=ACME&counter=0&secret=${other}\n`, other, '.env'),
        // The seed alone under its name: a password manager's export, a setting.
        ((s: string) => hit(`{\n  "login": {\n    "username": "ops@acme.io",\n    "totp": "${s}"\n  }\n}\n`, s, 'exports/bitwarden_export.json'))(randomString(32, BASE32)),
        ((s: string) => hit(`ADMIN_TOTP_SECRET=${s}\n`, s, '.env'))(randomString(16, BASE32))],
      misses: [miss('placeholder', 'otpauth://totp/ACME:me?secret=XXXXXXXXXXXXXXXX&issuer=ACME\n', 'README.md'),
        miss('documented example', `otpauth://totp/Example:alice@google.com?secret=${join('JBSWY3DP', 'EHPK3PXP')}&issuer=Example\n`, 'docs/2fa.md'),
        miss('documented example', `"otpauth://totp/ACME%20Co:john.doe@email.com?secret=${join('HXDMVJECJJWSRB3H', 'WIZR4IFUGFTMXBOZ')}&issuer=ACME%20Co"\n`, 'src/lib.rs'),
        miss('wrong length', `otpauth://totp/ACME:me?secret=${randomString(10, BASE32)}\n`, 'a.txt'),
        miss('wrong alphabet', `{"totp": "${randomString(32, HEX)}"}\n`, 'export.json'), miss('placeholder', '"totp": null,\n"totp_secret": "AAAAAAAAAAAAAAAA"\n', 'export.json')],
    };
  },
  'curl-user-password': () => {
    const p = randomString(14) + '#4';
    const key = randomString(32, HEX);
    return {
      hits: [hit(`curl -u deploy:${p} https://backup.acme.io/upload\n`, p, 'backup.sh'),
        // An API key as the Basic user, with no password or a throwaway one.
        hit(`curl https://data.mixpanel.com/api/2.0/export -u ${key}: -d from_date=2024-01-01\n`, key, 'export.sh'),
        hit(`curl -u ${key}Q:X https://acme.freshdesk.com/api/v2/tickets\n`, `${key}Q`, 'tickets.sh'),
        // The flag on a continued line of the same command.
        hit(`curl -X POST https://api.acme.io/v1/messages \\\n  --data-urlencode "Body=ok" \\\n  -u "ops:${p}"\n`, p, 'notify.sh'),
        // A Makefile recipe quotes the password alone (its `!` and `^` are the shell's).
        hit(`upload:\n\tcurl -fsS -u admin:'${p}!' -T bin/agent https://nexus.acme.io/raw/agent\n`, `${p}!`, 'Makefile')],
      misses: [miss('reference', 'curl -u "$USER:$PASS" https://api.acme.io\n', 'a.sh'), miss('placeholder', 'curl -u user:password https://api.acme.io\n', 'README.md'),
        miss('wrong structure', `git push -u origin:${p}\n`, 'a.sh'),
        miss('wrong structure', `curl https://api.acme.io/v1/health\nsudo -u ops:${p} true\n`, 'a.sh')],
    };
  },
  'http-bearer-token': () => {
    const v = randomString(38) + 'z9';
    const noDigits = randomString(38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_') + 'qZ';
    return {
      hits: [hit(`curl -H 'Authorization: Bearer ${v}' https://api.acme.io`, v, 'a.sh'),
        hit(`[OUTPUT]\n    Name   http\n    Header Authorization Bearer ${v}\n`, v, 'fluent-bit.conf'),
        // An opaque token of hex (Sinch's): the header says what it is.
        ((hex: string) => hit(`curl -sS -H "Authorization: Bearer ${hex}" https://us.sms.api.sinch.com/xms/v1/batches\n`, hex, 'sms.sh'))(randomString(32, HEX)),
        hit(`axios.defaults.headers.common["Authorization"] = "Bearer ${v}";`, v, 'src/api.js'),
        // Rust's http crate; a token that opens with base64 JSON but has no JWT's dots (Miro's).
        ((miro: string) => hit(`h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer ${miro}"));\n`, miro, 'src/client.rs'))(`eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_${randomString(27)}`),
        hit(`[req setValue:@"Bearer ${v}" forHTTPHeaderField:@"Authorization"];\n`, v, 'App/AppDelegate.m'),
        // A literal that is a whole credential, its header named elsewhere (a Node-RED node's headers).
        hit(`{"keyType": "other", "keyValue": "X-Api", "valueType": "other", "valueValue": "Bearer ${v}"}\n`, v, 'flows.json'),
        hit(`request.setValue("Bearer ${v}", forHTTPHeaderField: "Authorization")`, v, 'Sources/Client.swift'),
        // A provider's own scheme takes the credential as it is (Opsgenie, Discord, DeepL).
        hit(`curl -H "Authorization: GenieKey ${v}" https://api.opsgenie.com/v2/alerts`, v, 'alert.sh'),
        // Two parts joined by a colon (Asana's personal access tokens).
        ((a: string) => hit(`curl https://api.acme-tasks.io/api/1.0/users/me -H "Authorization: Bearer ${a}"\n`, a, 'tasks.sh'))(`1/${randomString(16, DIGITS)}:${randomString(32, HEX)}`),
        hit(`headers = {"Authorization": "Bot ${v}"}\n`, v, 'bot.py'),
        hit(`var h = new AuthenticationHeaderValue("Bearer", "${v}");`, v, 'Api.cs'),
        hit(`headers.setBearerAuth("${v}");`, v, 'src/main/java/Api.java'),
        // A long random token may have no digit by chance: mixed case and high entropy say random.
        hit(`curl -H "Authorization: Bearer ${noDigits}" https://api.acme.io/v4/user`, noDigits, 'verify.sh'),
        // TeamCity's tokens look like a JWT whose payload is no JSON: an opaque token.
        hit(`Authorization: Bearer eyJ0eXAiOiAiVENWMiJ9.${v}.${v}\n`, `eyJ0eXAiOiAiVENWMiJ9.${v}.${v}`, 'build.http')],
      misses: [miss('placeholder', "curl -H 'Authorization: Bearer your-access-token-goes-here-please' https://api.acme.io", 'a.sh'),
        miss('placeholder', 'Authorization: Bearer YourPersonalAccessTokenFromTheDashboard\n', 'api.http'),
        // Schemes whose credential is no token: Kerberos tickets, a per-request signature.
        miss('wrong structure', `Authorization: Negotiate ${v}\n`, 'auth.http'),
        miss('wrong structure', `Authorization: SharedKey ${v}\n`, 'storage.http')],
    };
  },
  jwt: () => ({
    hits: [env('SESSION_JWT', jwt({ sub: 'user-42', iss: 'https://auth.acme.io', exp: epoch(30) }))],
    misses: [envMiss('not signed', 'SESSION_JWT', jwt({ sub: 'user-42', exp: epoch(30) }, { alg: 'none', typ: 'JWT' })),
      envMiss('documented example', 'SESSION_JWT', jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }))],
  }),
  '1password-connect-token': () => ({
    hits: [env('OP_CONNECT_TOKEN', jwt({ iss: 'com.1password.connect', aud: ['com.1password.connect'], sub: randomString(26, BASE32) }, { alg: 'ES256', kid: randomString(26, LOWER_ALNUM), typ: 'JWT' }))],
    misses: [envMiss('not signed', 'OP_CONNECT_TOKEN', jwt({ iss: 'com.1password.connect' }, { alg: 'none' }))],
  }),
  // Generic and the checks' code rules
  'generic-secret-assignment': () => {
    const v = randomString(24);
    return {
      hits: [hit(`const apiKey = "${v}";`, v, 'src/app.ts')],
      misses: [miss('placeholder', 'const apiKey = "your-api-key-here";', 'src/app.ts'), miss('reference', 'API_KEY=${API_KEY}\n', '.env')],
    };
  },
  'env-fallback-secret': () => {
    const v = randomString(13) + '%7';
    return {
      hits: [hit(`class Clients(\n    @Value("\\\${ingest.kafka.password:${v}}") private val kafkaPassword: String,\n)\n`, v, 'src/main/kotlin/Clients.kt'), hit(`pw = os.getenv("DB_PASSWORD", "${v}")\n`, v, 'app/db.py'), hit(`const pw = process.env.DB_PASSWORD || "${v}";\n`, v, 'src/db.js'),
        hit(`local secret = os.getenv("APP_SECRET") or "${v}"\n`, v, 'conf.lua'), hit(`ZENDESK_TOKEN = os.environ.get("ZENDESK_API_TOKEN") or "${v}"\n`, v, 'mcp/server.py'),
        hit(`my $secret = $ENV{APP_SECRET} || '${v}';\n`, v, 'deploy.pl'),
        hit(`  DB_PASSWORD: {{ .Values.db.password | default "${v}" | b64enc | quote }}\n`, v, 'chart/templates/secret.yaml'),
        // An option's default is used whenever the option is left out.
        hit(`parser.add_argument("--hmac-key", default="${v}x")\n`, `${v}x`, 'scripts/sync_crm.py'),
        // Yesod's settings: the setting's key names the variable's literal default.
        hit(`database:\n  password: "_env:YESOD_PGPASS:${v}y"\n`, `${v}y`, 'config/settings.yml')],
      misses: [miss('placeholder', 'pw = os.getenv("DB_PASSWORD", "changeme")\n', 'app/db.py'),
        miss('not a secret name', `parser.add_argument("--output-dir", default="${v}")\n`, 'scripts/sync_crm.py'),
        miss('reference', '  DB_PASSWORD: {{ .Values.db.password | default (randAlphaNum 24) | b64enc }}\n', 'chart/templates/secret.yaml'),
        miss('not a secret name', `host = os.getenv("DB_HOST", "${v}")\n`, 'app/db.py'),
        miss('reference', 'mailgun-key: "_env:MAILGUN_API_KEY:"\n', 'config/settings.yml')],
    };
  },
  'client-exposed-env-var': () => ({
    hits: [hit('NEXT_PUBLIC_OPENAI_API_KEY=placeholder\n', 'NEXT_PUBLIC_OPENAI_API_KEY', '.env')],
    misses: [miss('public by design', 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=placeholder\n', '.env')],
  }),
  'secret-logged': () => ({
    hits: [hit('console.log(process.env.OPENAI_API_KEY);\n', 'process.env.OPENAI_API_KEY', 'src/app.js')],
    misses: [miss('not a secret name', 'console.log(apiKey ? "set" : "missing", process.env.OPENAI_API_KEY?.length);\n', 'src/app.js')],
  }),

  // ---- AI stack ----
  'fireworks-api-key': () => ({
    hits: [env('FIREWORKS_API_KEY', t(join('f', 'w_'), 22) + 'a1'), env('FIREWORKS_API_KEY', randomString(46) + 'a1'),
      // The `fw_` form says whose without a key name: a provider table's row.
      ((v: string) => hit(`    Provider("fireworks", "https://api.fireworks.ai/inference/v1", "${v}"),\n`, v, 'router/providers.py'))(t(join('f', 'w_'), 22) + 'a1')],
    misses: [envMiss('no provider context', 'API_KEY', t(join('f', 'w_'), 22) + 'a1'), envMiss('not a secret name', 'FIREWORKS_ACCOUNT', randomString(30, LOWER_ALNUM))],
  }),
  'fal-api-key': () => {
    const key = () => `${uuid()}:${randomString(32, HEX)}`;
    const k = key();
    return {
      hits: [env('FAL_KEY', key()), hit(`import fal_client, os\nos.environ["FAL_KEY"] = "${k}"\n`, k, 'gen.py')],
      misses: [envMiss('no provider context', 'PAIR', key())],
    };
  },
  'cerebras-api-key': () => prefixedFormat('CEREBRAS_API_KEY', join('cs', 'k-'), 48, LOWER_ALNUM, 30),
  'voyage-api-key': () => ({
    hits: [env('VOYAGE_API_KEY', t(join('p', 'a-'), 41, URLSAFE) + 'b2')],
    misses: [envMiss('no provider context', 'API_KEY', t(join('p', 'a-'), 41, URLSAFE) + 'b2')],
  }),
  'elevenlabs-api-key': () => prefixedFormat('ELEVENLABS_API_KEY', join('s', 'k_'), 48, HEX, 40),
  'elevenlabs-legacy-api-key': () => ({
    hits: [env('ELEVENLABS_API_KEY', randomString(32, HEX)), hit(`curl -H "xi-api-key: ${'{{K}}'}" https://api.elevenlabs.io/v1/user`, '', 'a.sh')].map(h => {
      if (h.value) return h;
      const v = randomString(32, HEX);
      return { ...h, text: h.text.replace('{{K}}', v), value: v };
    }),
    misses: [envMiss('no provider context', 'API_KEY', randomString(32, HEX)), envMiss('not a secret name', 'ELEVENLABS_VOICE_ID', randomString(32, HEX))],
  }),
  'assemblyai-api-key': () => ({
    hits: [env('ASSEMBLYAI_API_KEY', randomString(32, HEX)), hit(`import assemblyai as aai\naai.settings.api_key = "${'{{K}}'}"\n`, '', 'app.py')].map(h => {
      if (h.value) return h;
      const v = randomString(32, HEX);
      return { ...h, text: h.text.replace('{{K}}', v), value: v };
    }),
    misses: [envMiss('not a secret name', 'ASSEMBLYAI_TRANSCRIPT_ID', randomString(32, HEX))],
  }),
  'deepgram-api-key': () => ({
    hits: [env('DEEPGRAM_API_KEY', randomString(40, HEX))],
    misses: [envMiss('no provider context', 'SPEECH_API_KEY', randomString(40, HEX)), envMiss('not a secret name', 'DEEPGRAM_REQUEST_ID', randomString(40, HEX))],
  }),
  'tavily-api-key': () => prefixedFormat('TAVILY_API_KEY', join('tv', 'ly-'), 32, ALNUM, 12),
  'langfuse-secret-key': () => {
    const key = join('sk-', 'lf-', uuid());
    return {
      hits: [env('LANGFUSE_SECRET_KEY', key), code('langfuseSecret', join('sk-', 'lf-', uuid()))],
      misses: [envMiss('public by design', 'LANGFUSE_PUBLIC_KEY', join('pk-', 'lf-', uuid())), envMiss('wrong structure', 'LANGFUSE_SECRET_KEY', join('sk-', 'lf-', randomString(30, HEX)))],
    };
  },
  'anyscale-api-key': () => prefixedFormat('ANYSCALE_API_KEY', join('esec', 'ret_'), 32, ALNUM, 12),
  'modal-token-secret': () => {
    const secret = t(join('a', 's-'), 20) + 'b2';
    return {
      hits: [hit(`MODAL_TOKEN_ID=${t(join('a', 'k-'), 22)}\nMODAL_TOKEN_SECRET=${secret}\n`, secret, '.env')],
      misses: [envMiss('no provider context', 'TOKEN_SECRET', t(join('a', 's-'), 20) + 'b2')],
    };
  },
  'wandb-api-key': () => ({
    // (Under its short name too: `W&B API key: …` in a runbook.)
    hits: [env('WANDB_API_KEY', randomString(40, HEX)), code('wandbKey', randomString(40, HEX), 'src/wandb.ts'),
      (v => hit(`## Sweeps\n\nW&B API key: ${v}\n`, v, 'docs/ml/runbook.md'))(randomString(40, HEX))],
    misses: [envMiss('not a secret name', 'WANDB_RUN_ID', randomString(40, HEX)), envMiss('no provider context', 'API_KEY', randomString(40, HEX))],
  }),
  'exa-api-key': () => ({
    hits: [(v => hit(`from exa_py import Exa\nexa = Exa("${v}")\n`, v, 'app/search_tools.py'))(uuid()), env('EXA_API_KEY', uuid()),
      (v => hit(`import Exa from 'exa-js';\nconst exa = new Exa('${v}');\n`, v, 'src/tools/search.ts'))(uuid())],
    // A run's id passed to a client's method is no key.
    misses: [miss('not a secret name', `const exa = new Exa(process.env.EXA_API_KEY);\nconst run = exa.getRun('${uuid()}');\n`, 'src/tools/search.ts'),
      envMiss('no provider context', 'API_KEY', uuid())],
  }),
  'qdrant-api-key': () => ({
    hits: [env('QDRANT_API_KEY', randomString(40, URLSAFE) + 'Z49')],
    misses: [envMiss('no provider context', 'API_KEY', randomString(40, URLSAFE) + 'Z49'), envMiss('wrong alphabet', 'QDRANT_API_KEY', ['products', 'embeddings', 'v2', 'multilingual', 'large'].join('_'))],
  }),
  'weaviate-api-key': () => ({
    hits: [env('WEAVIATE_API_KEY', randomString(40) + 'z9')],
    misses: [envMiss('no provider context', 'API_KEY', randomString(40) + 'z9')],
  }),
  // ---- Developer and collaboration SaaS ----
  'notion-token': () => prefixedFormat('NOTION_TOKEN', join('nt', 'n_'), 46, ALNUM, 30),
  'notion-legacy-token': () => ({
    hits: [env('NOTION_TOKEN', t(join('sec', 'ret_'), 41) + 'b2'),
      ((v: string) => hit(`const NOTION_LEGACY: &str = "${v}";\n`, v, 'src/integrations.rs'))(t(join('sec', 'ret_'), 41) + 'c3')],
    misses: [envMiss('no provider context', 'SECRET_VALUE', t(join('sec', 'ret_'), 41) + 'b2'), envMiss('wrong length', 'NOTION_TOKEN', t(join('sec', 'ret_'), 30))],
  }),
  'linear-api-key': () => {
    const personal = prefixedFormat('LINEAR_API_KEY', join('lin', '_api_'), 40);
    // An OAuth app's access token has its own prefix.
    return { hits: [...personal.hits, env('LINEAR_OAUTH_TOKEN', t(join('lin', '_oauth_'), 40))],
      misses: [...personal.misses, envMiss('wrong length', 'LINEAR_OAUTH_TOKEN', t(join('lin', '_oauth_'), 30))] };
  },
  'clickup-api-token': () => {
    const token = () => join('pk', '_', randomString(8, DIGITS), '_', randomString(30, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), 'A1');
    const inCode = token();
    return {
      hits: [env('CLICKUP_API_TOKEN', token()), hit(`const CLICKUP: &str = "${inCode}";\n`, inCode, 'src/integrations.rs')],
      misses: [envMiss('wrong length', 'CLICKUP_API_TOKEN', join('pk', '_', randomString(8, DIGITS), '_', randomString(20, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'))),
        envMiss('placeholder', 'CLICKUP_API_TOKEN', join('pk', '_12345678_', 'X'.repeat(32)))],
    };
  },
  'zoho-oauth-token': () => {
    const token = () => join('1000.', randomString(32, HEX), '.', randomString(32, HEX));
    const inCode = token();
    return {
      hits: [env('ZOHO_REFRESH_TOKEN', token()), hit(`    public static final String ZOHO_REFRESH = "${inCode}";\n`, inCode, 'crm/ZohoClient.java')],
      misses: [envMiss('no provider context', 'REFRESH_TOKEN', token()), envMiss('wrong length', 'ZOHO_REFRESH_TOKEN', join('1000.', randomString(32, HEX)))],
    };
  },
  'linear-oauth-token': () => prefixedFormat('LINEAR_ACCESS_TOKEN', join('lin', '_oauth_'), 64, HEX),
  'figma-token': () => prefixedFormat('FIGMA_TOKEN', join('fi', 'gd_'), 40, URLSAFE, 30),
  'airtable-token': () => ({
    hits: [env('AIRTABLE_API_KEY', join('p', 'at', randomString(14), '.', randomString(64, HEX)))],
    misses: [envMiss('no provider context', 'API_KEY', join('p', 'at', randomString(14), '.', randomString(64, HEX))), envMiss('wrong length', 'AIRTABLE_API_KEY', join('p', 'at', randomString(14), '.', randomString(40, HEX)))],
  }),
  'postman-api-key': () => ({
    hits: [env('POSTMAN_API_KEY', join('PM', 'AK-', randomString(24, HEX), '-', randomString(34, HEX)))],
    misses: [envMiss('wrong length', 'POSTMAN_API_KEY', join('PM', 'AK-', randomString(24, HEX), '-', randomString(30, HEX)))],
  }),
  'sourcegraph-access-token': () => ({
    hits: [env('SRC_ACCESS_TOKEN', t(join('sg', 'p_'), 40, HEX)), env('SRC_ACCESS_TOKEN', join('sg', 'p_', randomString(16, HEX), '_', randomString(40, HEX)))],
    misses: [envMiss('wrong length', 'SRC_ACCESS_TOKEN', t(join('sg', 'p_'), 39, HEX))],
  }),
  'anaconda-cli-token': () => {
    const token = join('ac-', randomString(8, HEX), '-', randomString(4, HEX), '-4', randomString(3, HEX), '-8', randomString(3, HEX), '-', randomString(12, HEX));
    return {
      hits: [hit(`  script:\n    - anaconda -t ${token} upload --user acme-labs --label main dist/conda/noarch/*.conda\n`, token, 'ci/.gitlab-ci.yml'),
        hit(`anaconda --token=${token} upload dist/*.tar.bz2\n`, token, 'scripts/release.sh')],
      misses: [miss('reference', '    - anaconda -t "$ANACONDA_API_TOKEN" upload dist/conda/*.conda\n', 'ci/.gitlab-ci.yml'),
        miss('no provider context', `    - mytool -t ${token} upload dist/conda/*.conda\n`, 'ci/.gitlab-ci.yml')],
    };
  },
  'cloudsmith-cli-api-key': () => {
    const key = randomString(40, HEX);
    return {
      hits: [hit(`    - cloudsmith push python acme/internal-mirror dist/*.whl -k ${key}\n`, key, 'ci/.gitlab-ci.yml'),
        hit(`cloudsmith push raw acme/tools build/tool.tar.gz --api-key "${key}"\n`, key, 'scripts/publish.sh')],
      misses: [miss('reference', '    - cloudsmith push python acme/internal dist/*.whl -k "$CLOUDSMITH_API_KEY"\n', 'ci/.gitlab-ci.yml'),
        miss('wrong length', `    - cloudsmith push python acme/internal dist/*.whl -k ${key.slice(0, 16)}\n`, 'ci/.gitlab-ci.yml')],
    };
  },
  'porkbun-api-key': () => {
    const secret = t(join('sk', '1_'), 64, HEX), key = t(join('pk', '1_'), 64, HEX);
    return {
      hits: [hit(`status.example.dev {\n\ttls {\n\t\tdns porkbun {\n\t\t\tapi_key ${key}\n\t\t\tapi_secret_key {env.PORKBUN_SECRET}\n\t\t}\n\t}\n}\n`, key, 'caddy/Caddyfile'),
        env('PORKBUN_SECRET_API_KEY', secret)],
      misses: [envMiss('wrong length', 'PORKBUN_SECRET_API_KEY', t(join('sk', '1_'), 63, HEX)), envMiss('wrong alphabet', 'PORKBUN_SECRET_API_KEY', t(join('sk', '1_'), 64, ALNUM))],
    };
  },
  'tesla-fleet-client-secret': () => {
    const base = prefixedFormat('TESLA_CLIENT_SECRET', join('ta-', 'secret.'), 16, ALNUM, 8);
    // Its body draws marks too (`!`, `%`, `@`).
    const marked = `${join('ta-', 'secret.')}${randomString(5)}!${randomString(4)}%${randomString(6)}`;
    return { ...base, hits: [...base.hits, env('TESLA_CLIENT_SECRET', marked)] };
  },
  'husarnet-join-code': () => {
    const code = randomString(22);
    const address = Array.from({ length: 8 }, () => randomString(4, HEX)).join(':');
    return {
      hits: [hit(`# the robots join the fleet network on first boot\nhusarnet join ${address}/${code} "$ROBOT_ID"\n`, code, 'companion/provision_robot.sh'),
        hit(`HUSARNET_JOIN_CODE=${address}/${code}\n`, code, 'docker/.env')],
      misses: [miss('no provider context', `route add ${address}/${code}\n`, 'notes/routes.txt'),
        miss('placeholder', `husarnet join ${address}/xxxxxxxxxxxxxxxxxxxxxx mybox\n`, 'README.sh')],
    };
  },
  'nsupdate-tsig-secret': () => {
    const secret = randomString(43, BASE64) + '=';
    return {
      hits: [hit(`nsupdate -y "hmac-sha256:acme-update.:${secret}" <<EOT\nserver 10.20.0.53\nEOT\n`, secret, 'scripts/nsupdate-auth-hook.sh'),
        hit(`nsupdate -v -y acme-key:${secret} update.txt\n`, secret, 'hooks/dns.sh')],
      misses: [miss('reference', 'nsupdate -y "hmac-sha256:acme-update.:$TSIG_SECRET" <<EOT\n', 'scripts/hook.sh'),
        miss('no provider context', 'nsupdate -k /etc/bind/acme-update.key update.txt\n', 'scripts/hook.sh')],
    };
  },
  'mercadolibre-refresh-token': () => {
    const token = join('TG-', randomString(24, HEX), '-', String(100000000 + Math.floor(Math.random() * 800000000)));
    return {
      hits: [hit(`Current refresh token until the worker picks it up:\n\n    ${token}\n`, token, 'docs/wiki/Seller-Ops-Runbook.md'), env('MELI_REFRESH_TOKEN', token)],
      misses: [envMiss('wrong length', 'MELI_REFRESH_TOKEN', join('TG-', randomString(20, HEX), '-412893576')), envMiss('wrong alphabet', 'MELI_REFRESH_TOKEN', join('TG-', randomString(24, ALNUM), '-412893576'))],
    };
  },
  'url-key-parameter-variable': () => {
    const key = randomString(32, HEX), old = randomString(32, HEX);
    return {
      hits: [hit(`// const k = "${old}"; // old key (my first account)\nconst url = "https://api.openweathermap.org/data/2.5/weather?q=" + city + "&appid=" + k;\n`, old, 'weather-app/script.js'),
        hit(`k = "${key}"   # newsapi key\n\ndef headlines(country):\n    return requests.get(f"https://newsapi.org/v2/top-headlines?country={country}&apiKey={k}")\n`, key, 'cs101/news.py')],
      misses: [miss('reference', `const k = process.env.OWM_KEY;\nconst url = "https://api.example.org/weather?q=" + city + "&appid=" + k;\n`, 'weather-app/script.js'),
        miss('not a secret name', `const city = "${key}";\nconst url = "https://api.example.org/weather?q=" + city + "&units=metric";\n`, 'weather-app/script.js')],
    };
  },
  'develocity-keys-file': () => {
    const key = randomString(52, 'abcdefghijklmnopqrstuvwxyz234567');
    return {
      hits: [hit(`develocity.example.dev=${key}\n`, key, 'home/.gradle/develocity/keys.properties'),
        hit(`ge.example.com=${key}\n`, key, '.gradle/enterprise/keys.properties')],
      misses: [miss('no provider context', `develocity.example.dev=${key}\n`, 'config/keys.properties'),
        miss('placeholder', 'develocity.example.dev=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', '.gradle/develocity/keys.properties')],
    };
  },
  'espanso-secret-expansion': () => {
    const pw = `${randomString(3)}#${randomString(6)}!${randomString(6)}^40`;
    const match = (trigger: string, replace: string) => `matches:\n  - trigger: ":${trigger}"\n    replace: "${replace}"\n`;
    return {
      hits: [hit(match('bankpw', pw), pw, 'espanso/match/private.yml'), hit(match('wifi', 'copper-lantern-quietly-4471'), 'copper-lantern-quietly-4471', '.config/espanso/match/base.yml')],
      misses: [miss('not a secret name', match('sig', pw), 'espanso/match/private.yml'),
        miss('no provider context', match('bankpw', pw), 'snippets/private.yml')],
    };
  },
  'roblox-security-cookie': () => {
    const warning = join('_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-', 'your-ROBUX-and-items.|_');
    const session = randomString(600, '0123456789ABCDEF');
    return {
      hits: [hit(`local COOKIE = ".ROBLOSECURITY=${warning}${session}"\n`, session, 'roblox/lune/publish.luau'),
        hit(`ROBLOSECURITY=${warning}${session}\n`, session, '.env')],
      misses: [miss('placeholder', `ROBLOSECURITY=${warning}${'X'.repeat(120)}\n`, '.env.example'),
        miss('wrong length', `ROBLOSECURITY=${warning}${session.slice(0, 40)}\n`, '.env')],
    };
  },
  'proxy-list-credentials': () => {
    const pw = randomString(12, 'abcdefghijklmnopqrstuvwxyz0123456789');
    return {
      hits: [hit(`# webshare datacenter list (ip:port:username:password)\n38.154.227.167:5868:dbfxgyoz:${pw}\n`, pw, 'proxies/datacenter.txt'),
        hit(`p.webshare.io:80:dbfxgyoz-rotate:${pw}\n`, pw, 'proxies/rotating-proxies.txt')],
      misses: [miss('placeholder', '38.154.227.167:5868:username:password\n', 'proxies/datacenter.txt'),
        miss('no provider context', `38.154.227.167:5868:dbfxgyoz:${pw}\n`, 'hosts/inventory.txt')],
    };
  },
  'osquery-enroll-secret': () => {
    const secret = randomString(32, BASE64);
    return {
      hits: [hit(`${secret}\n`, secret, 'osquery/enroll_secret'), hit(`${secret}\n`, secret, 'etc/osquery/enroll_secret.txt')],
      misses: [miss('no provider context', `${secret}\n`, 'osquery/README.txt'), miss('placeholder', 'CHANGE_ME\n', 'osquery/enroll_secret')],
    };
  },
  'weblate-api-token': () => prefixedFormat('WEBLATE_API_KEY', join('wl', 'u_'), 40),
  'plex-token': () => {
    const token = randomString(18) + '_7';
    return {
      hits: [hit(`30 4 * * * curl -fsS "http://localhost:32400/library/sections/3/refresh?X-Plex-Token=${token}" >/dev/null\n`, token, 'scripts/crontab.txt'),
        hit(`headers = {"X-Plex-Token": "${token}", "Accept": "application/json"}\n`, token, 'scripts/plex_refresh.py'),
        hit(`<Preferences MachineIdentifier="${randomString(40, HEX)}" PlexOnlineToken="${token}" PlexOnlineUsername="jkoster"/>\n`, token, 'config/plex/Preferences.xml')],
      misses: [miss('placeholder', 'http://localhost:32400/?X-Plex-Token=YOURTOKENVALUEHERE\n', 'docs/plex.md'),
        miss('wrong length', `curl "http://localhost:32400/?X-Plex-Token=${token.slice(0, 12)}"\n`, 'scripts/plex.sh')],
    };
  },
  'sonarqube-token': () => ({
    hits: ['p', 'u', 'a'].map(k => env('SONAR_TOKEN', t(join('s', 'q', k, '_'), 40, HEX))),
    misses: [envMiss('wrong length', 'SONAR_TOKEN', t(join('s', 'qp', '_'), 39, HEX)), envMiss('wrong alphabet', 'SONAR_TOKEN', t(join('s', 'qp', '_'), 40, ALNUM))],
  }),
  'nuget-api-key': () => prefixedFormat('NUGET_API_KEY', join('o', 'y2'), 43, LOWER_ALNUM, 40),
  'flyio-token': () => {
    const macaroon = () => join('fm', '2_', randomString(120, BASE64));
    const tok = `${macaroon()},${macaroon()}`;
    return {
      hits: [hit(`FLY_API_TOKEN="FlyV1 ${tok}"\n`, tok, '.env')],
      misses: [envMiss('wrong length', 'FLY_API_TOKEN', join('fm', '2_', randomString(30, BASE64)))],
    };
  },
  'flyio-oauth-token': () => prefixedFormat('FLY_API_TOKEN', join('fo', '1_'), 43, URLSAFE, 30),
  'jfrog-api-key': () => prefixedFormat('JFROG_API_KEY', join('AK', 'Cp'), 69, ALNUM, 50),
  'jfrog-reference-token': () => {
    const make = (prefix = 'reftkn') => base64(`${prefix}:01:${randomString(10, DIGITS).replace(/^0/, '1')}:${randomString(27)}`);
    return {
      hits: [env('JFROG_ACCESS_TOKEN', make()),
        // A longer random part under the same header, base64's padding kept.
        ((v: string) => hit(`node('deploy') {\n    def artifactoryToken = "${v}"\n}\n`, v, 'jenkins/deploy.Jenkinsfile'))(base64(`reftkn:01:1798761600:${randomString(32)}`))],
      misses: [envMiss('wrong length', 'JFROG_ACCESS_TOKEN', join('cmVmdGtu', randomString(40)))],
      // `reftkn:01:` and then no expiry: a fake or a damaged copy, said as information.
      lookAlikes: [env('JFROG_ACCESS_TOKEN', join('cmVmdGtuOjAxOj', randomString(50))),
        // A copy a few characters short.
        env('JFROG_ACCESS_TOKEN', join('cmVmdGtuOjAxOjE3', randomString(44)))],
    };
  },
  'snyk-token': () => ({
    hits: [env('SNYK_TOKEN', uuid())],
    misses: [envMiss('not a secret name', 'SNYK_ORG_ID', uuid()), envMiss('no provider context', 'API_TOKEN', uuid())],
  }),
  'canvas-lms-access-token': () => {
    const token = () => `${randomString(4, DIGITS).replace(/^0/, '7')}~${randomString(64)}`;
    const wiki = token();
    return {
      hits: [hit(`CANVAS_API_URL=https://lakeview.instructure.com/api/v1\nCANVAS_API_TOKEN=${wiki}\n`, wiki, 'canvas/.env'),
        // Alone on a wiki's line, under the line that names it, on a page about Canvas.
        ((v: string) => hit(`Put it in \`canvas/.env\`.\n\nTemporary token from the outage (revoke after):\n\`${v}\`\n`, v, 'docs/wiki/LTI.md'))(token())],
      misses: [miss('no provider context', `CANVAS_API_URL=https://x.example.org\nITEM_ID=${token()}\n`, 'canvas/.env'),
        miss('wrong length', `CANVAS_API_TOKEN=${wiki.slice(0, -8)}\n# canvas\n`, 'canvas/.env'),
        miss('placeholder', 'CANVAS_API_TOKEN=1~your-canvas-token-goes-here\n# canvas\n', 'canvas/.env.example')],
    };
  },
  'okta-api-token': () => {
    const make = () => join('0', '0', randomString(38, URLSAFE), 'x9');
    const v = make();
    return {
      hits: [env('OKTA_API_TOKEN', make()), hit(`curl -H "Authorization: SSWS ${v}" https://acme.okta.com/api/v1/users`, v, 'a.sh'),
        // Okta's scheme names it, even in a comment.
        ((k: string) => hit(`// okta fallback: SSWS ${k}\n`, k, 'src/auth/service_token.go'))(make())],
      misses: [envMiss('no provider context', 'API_TOKEN', make())],
    };
  },
  'auth0-client-secret': () => ({
    hits: [env('AUTH0_CLIENT_SECRET', randomString(62, URLSAFE) + 'q7')],
    misses: [envMiss('not a secret name', 'AUTH0_CLIENT_ID_LIST', randomString(62, URLSAFE) + 'q7'), envMiss('no provider context', 'CLIENT_SECRET', randomString(62, URLSAFE) + 'q7')],
  }),
  'algolia-admin-key': () => {
    const key = randomString(32, HEX);
    const client = `const client = algoliasearch(\n  "${randomString(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",\n  "${key}"\n);\n`;
    return {
      // (A client built by a server-side script: indexing needs a write key.)
      hits: [env('ALGOLIA_ADMIN_KEY', randomString(32, HEX)), hit(client, key, 'scripts/reindex-algolia.ts'),
        // (So does a page's client that writes: an admin tool's reindex button.)
        hit(`'use client';\n${client}\nexport const Reindex = () => <button onClick={() => client.initIndex('products').clearObjects()}>Reindex</button>;\n`, key, 'src/components/ReindexButton.tsx')],
      misses: [envMiss('public by design', 'ALGOLIA_SEARCH_KEY', randomString(32, HEX)), envMiss('no provider context', 'ADMIN_KEY', randomString(32, HEX)),
        miss('public by design', client, 'src/components/SearchBox.tsx'),
        // (The lite client only searches, whatever writes the file's other client does.)
        miss('public by design', `import algoliasearch from "algoliasearch/lite";\n${client}\nindex.saveObjects(rows);\n`, 'scripts/search-demo.ts')],
    };
  },
  'sidekiq-credentials': () => {
    const v = `${randomString(8, HEX)}:${randomString(8, HEX)}`;
    return {
      hits: [hit(`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${v}\n`, v, '.env')],
      misses: [miss('no provider context', `RANGE=${randomString(8, HEX)}:${randomString(8, HEX)}\n`, '.env'),
        miss('placeholder', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=cafebabe:deadbeef\n', '.env')], // hexspeak
    };
  },
  'clerk-secret-key': () => ({
    hits: [env('CLERK_SECRET_KEY', t(join('sk_', 'live_'), 46))],
    misses: [envMiss('no provider context', 'SECRET_KEY', t(join('sk_', 'live_'), 46))],
  }),
  'mapbox-secret-token': () => {
    const make = (claims = JSON.stringify({ u: 'acme', a: randomString(20, LOWER_ALNUM) })) => join('s', 'k.', base64url(claims), '.', randomString(22, URLSAFE));
    return {
      hits: [env('MAPBOX_SECRET_TOKEN', make())],
      misses: [envMiss('public by design', 'MAPBOX_TOKEN', join('p', 'k.', base64url(JSON.stringify({ u: 'acme', a: 'x1' })), '.', randomString(22, URLSAFE))), envMiss('wrong structure', 'MAPBOX_SECRET_TOKEN', join('s', 'k.', 'eyJ', randomString(40), '.', randomString(22, URLSAFE)))],
    };
  },
  // ---- Payments and finance ----
  'braintree-access-token': () => ({
    hits: [env('BRAINTREE_ACCESS_TOKEN', join('access', '_token$production$', randomString(16, LOWER_ALNUM), '$', randomString(32, HEX)))],
    misses: [envMiss('wrong length', 'BRAINTREE_ACCESS_TOKEN', join('access', '_token$production$', randomString(16, LOWER_ALNUM), '$', randomString(20, HEX)))],
  }),
  'paypal-client-secret': () => ({
    hits: [env('PAYPAL_CLIENT_SECRET', randomString(78, URLSAFE) + 'q7')],
    misses: [envMiss('no provider context', 'CLIENT_SECRET', randomString(78, URLSAFE) + 'q7'), envMiss('not a secret name', 'PAYPAL_CLIENT_ID', randomString(78, URLSAFE) + 'q7')],
  }),
  'plaid-access-token': () => ({
    hits: [env('PLAID_ACCESS_TOKEN', join('access', '-production-', uuid()))],
    misses: [envMiss('wrong structure', 'PLAID_ACCESS_TOKEN', join('access', '-production-', randomString(32, HEX)))],
  }),
  'plaid-secret': () => ({
    hits: [env('PLAID_SECRET', randomString(30, HEX))],
    misses: [envMiss('not a secret name', 'PLAID_CLIENT_ID', randomString(30, HEX))],
  }),
  // ---- Social ----
  'facebook-access-token': () => ({
    hits: [env('FACEBOOK_ACCESS_TOKEN', t(join('EA', 'AG'), 180)),
      // (A Meta name before it that no keyword holds: the token's own opening reads it.)
      ((v: string) => hit(`const FB_LONG_LIVED = '${v}';\n`, v, 'src/autopost.js'))(t(join('EA', 'AI'), 180)),
      // (Meta's product named in words: a handover note's `Meta CAPI` above the token.)
      ((v: string) => hit(`1. **Meta CAPI**: the system user token I used for the offline upload:\n   \`${v}\`\n`, v, 'notes/handover.md'))(t(join('EA', 'AJ'), 180))],
    misses: [envMiss('no provider context', 'ACCESS_TOKEN', t(join('EA', 'AG'), 180)),
      ((v: string) => miss('no provider context', `Meta data for the upload:\n   ${v}\n`, 'notes/handover.md'))(t(join('EA', 'AJ'), 180))],
  }),
  'facebook-app-secret': () => ({
    hits: [env('FACEBOOK_APP_SECRET', randomString(32, HEX))],
    misses: [envMiss('not a secret name', 'FACEBOOK_APP_ID_HASH', randomString(32, HEX))],
  }),
  'twitter-bearer-token': () => {
    const make = () => join('A'.repeat(22), randomString(12), '%2B', randomString(40), '%3D', randomString(30));
    return {
      hits: [env('TWITTER_BEARER_TOKEN', make())],
      misses: [envMiss('wrong structure', 'TWITTER_BEARER_TOKEN', join('A'.repeat(22), randomString(80))),
        // X's docs: the revoked example bearer token.
        envMiss('documented example', 'TWITTER_BEARER_TOKEN', join('A'.repeat(21), 'MLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F'))],
    };
  },
  'twitter-api-secret': () => ({
    hits: [env('TWITTER_API_SECRET', randomString(48) + 'q7')],
    misses: [envMiss('no provider context', 'API_SECRET', randomString(48) + 'q7'), envMiss('not a secret name', 'TWITTER_API_KEY', randomString(48) + 'q7')],
  }),
  // ---- E-mail ----
  'postmark-token': () => ({
    hits: [env('POSTMARK_SERVER_TOKEN', uuid()), ((u: string) => hit(`var client = new PostmarkClient("${u}");\n`, u, 'Mail.cs'))(uuid())],
    misses: [envMiss('not a secret name', 'POSTMARK_MESSAGE_ID', uuid())],
  }),
  'brevo-api-key': () => ({
    hits: [env('BREVO_API_KEY', join('xkey', 'sib-', randomString(64, HEX), '-', randomString(16)))],
    misses: [envMiss('wrong length', 'BREVO_API_KEY', join('xkey', 'sib-', randomString(64, HEX), '-', randomString(10)))],
  }),
  'resend-api-key': () => {
    const key = join('r', 'e_', randomString(8), '_', randomString(22), 'b2');
    return {
      // Under its name, or passed to the SDK's constructor (named after the provider).
      hits: [env('RESEND_API_KEY', join('r', 'e_', randomString(8), '_', randomString(22), 'b2')),
        hit(`import { Resend } from "resend";\nconst resend = new Resend("${key}");\n`, key, 'app/api/send/route.ts'),
        // One random run after the prefix, as an enum member named for the provider.
        ((k: string) => hit(`export enum ServiceKeys {\n  Resend = "${k}",\n}\n`, k, 'src/config/index.ts'))(join('r', 'e_', randomString(30), '7a'))],
      misses: [envMiss('no provider context', 'MAIL_API_KEY', join('r', 'e_', randomString(8), '_', randomString(22), 'b2')),
        // A call not named after the provider, near a mention of it: a regex's match object, not a key.
        miss('not a secret name', `// resend the invite\nconst m = match("${key}");\n`, 'src/invite.ts')],
    };
  },
  // ---- Observability ----
  'newrelic-user-api-key': () => prefixedFormat('NEW_RELIC_API_KEY', join('NR', 'AK-'), 27, BASE32 + DIGITS, 20),
  'newrelic-insert-key': () => prefixedFormat('NEW_RELIC_INSERT_KEY', join('NR', 'II-'), 32, URLSAFE, 20),
  'newrelic-license-key': () => ({
    hits: [env('NEW_RELIC_LICENSE_KEY', join(randomString(36, HEX), 'NR', 'AL'))],
    misses: [envMiss('wrong length', 'NEW_RELIC_LICENSE_KEY', join(randomString(30, HEX), 'NR', 'AL'))],
  }),
  'dynatrace-token': () => ({
    hits: [env('DT_API_TOKEN', join('dt0', 'c01.', randomString(24, BASE32), '.', randomString(64, BASE32)))],
    misses: [envMiss('wrong length', 'DT_API_TOKEN', join('dt0', 'c01.', randomString(24, BASE32), '.', randomString(40, BASE32))),
      // Dynatrace's docs: the example token.
      envMiss('documented example', 'DT_API_TOKEN', join('dt0', 's01.ST2EY72KQINMH574WMNVI7YN.', 'G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM'))],
  }),
  'sentry-dsn-secret': () => {
    const secret = randomString(32, HEX);
    return {
      hits: [hit(`SENTRY_DSN=https://${randomString(32, HEX)}:${secret}@sentry.acme.io/42\n`, secret, '.env')],
      misses: [miss('public by design', `SENTRY_DSN=https://${randomString(32, HEX)}@o42.ingest.sentry.io/42\n`, '.env')],
    };
  },
  'sentry-legacy-auth-token': () => ({
    hits: [env('SENTRY_AUTH_TOKEN', randomString(64, HEX))],
    misses: [envMiss('not a secret name', 'SENTRY_RELEASE', randomString(64, HEX))],
  }),
  // ---- Cloud and databases ----
  'planetscale-token': () => prefixedFormat('PLANETSCALE_SERVICE_TOKEN', join('pscale', '_tkn_'), 43, URLSAFE, 20),
  'planetscale-password': () => prefixedFormat('DATABASE_PASSWORD', join('pscale', '_pw_'), 43, URLSAFE, 20),
  'neon-api-key': () => prefixedFormat('NEON_API_KEY', join('na', 'pi_'), 64, LOWER_ALNUM, 40),
  'alibaba-access-key-id': () => ({
    hits: [env('ALIBABA_CLOUD_ACCESS_KEY_ID', join('LT', 'AI', randomString(18, 'ABCDEFGH'), 'a1')),
      // Twenty letters of both cases, no digit: one random id in thirty.
      env('ALIBABA_CLOUD_ACCESS_KEY_ID', join('LT', 'AI', randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), randomString(10, 'abcdefghijkmnpqrstuvwxyz')))],
    misses: [envMiss('wrong length', 'ALIBABA_CLOUD_ACCESS_KEY_ID', join('LT', 'AI', 'aB1', randomString(5)))],
  }),
  'tencent-cloud-secret-id': () => {
    const id = join('AK', 'ID', randomString(30, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), 'q7');
    return {
      hits: [hit(`credential := common.NewCredential(\n    "${id}",\n    os.Getenv("TENCENTCLOUD_SECRET_KEY"),\n)\n`, id, 'cvm/client.go')],
      misses: [envMiss('wrong length', 'TENCENTCLOUD_SECRET_ID', join('AK', 'ID', 'aB1', randomString(12))),
        miss('documented example', 'Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request\n', 'docs/sigv4.md')],
    };
  },
  'tencent-cloud-secret-key': () => {
    const key = randomString(30) + 'q7';
    return {
      hits: [env('TENCENTCLOUD_SECRET_KEY', key), hit(`# tencent cloud\nsecret_key = "${key}"\n`, key, 'conf/cos.toml'),
        // The argument after its SecretId, on the next line: `new Credential("AKID…",⏎ "…")`.
        hit(`Credential cred = new Credential(\n    "${join('AKID', randomString(32))}",\n    "${key}");\n`, key, 'src/main/java/Sms.java')],
      misses: [envMiss('no provider context', 'SECRET_KEY', randomString(30) + 'q7'),
        envMiss('not a secret name', 'TENCENTCLOUD_REGION_ID', randomString(30) + 'q7')],
    };
  },
  'alibaba-access-key-secret': () => ({
    hits: [env('ALIBABA_CLOUD_ACCESS_KEY_SECRET', randomString(28) + 'q7'),
      ((key: string) => hit(`Config config = new Config("${join('LTAI', randomString(20))}", "${key}");\n`, key, 'src/main/java/Oss.java'))(randomString(28) + 'q7')],
    misses: [envMiss('no provider context', 'ACCESS_KEY_SECRET', randomString(28) + 'q7'),
      miss('no provider context', `new Pair("${randomString(20)}", "${randomString(28)}q7");\n`, 'src/main/java/Pair.java')],
  }),
  'vault-recovery-token': () => {
    const long = prefixedFormat('VAULT_TOKEN', join('hv', 'r.'), 95, URLSAFE, 60);
    // A recovery token generated on a dev server is hvr. + 24, as its root token is.
    return { ...long, hits: [...long.hits, env('VAULT_TOKEN', t(join('hv', 'r.'), 24))] };
  },
  'vault-legacy-token': () => ({
    hits: [env('VAULT_TOKEN', join('s', '.', randomString(22), 'q7'))],
    misses: [envMiss('no provider context', 'TOKEN', join('s', '.', randomString(22), 'q7'))],
  }),
  'sumologic-http-source-url': () => {
    const url = () => join('https://endpoint4.collection', '.sumologic.com/receiver/v1/http/', randomString(150, URLSAFE), 'a1');
    const inToml = url();
    return {
      hits: [env('SUMO_URL', url()), hit(`[sinks.sumo]\ntype = "http"\nuri = "${inToml}"\n`, inToml, 'observability/vector.toml')],
      misses: [envMiss('wrong length', 'SUMO_URL', join('https://endpoint4.collection', '.sumologic.com/receiver/v1/http/', randomString(12))),
        miss('wrong structure', 'See https://help.sumologic.com/docs/send-data/ for HTTP sources.\n', 'README.md')],
    };
  },
  'twitch-stream-key': () => {
    const key = join('live', '_', randomString(9, DIGITS), '_', randomString(30));
    return {
      hits: [hit(`{\n  "settings": {\n    "key": "${key}",\n    "server": "auto"\n  }\n}\n`, key, 'obs/basic/profiles/Twitch/service.json'), env('TWITCH_STREAM_KEY', join('live', '_', randomString(9, DIGITS), '_', randomString(30)))],
      misses: [envMiss('wrong structure', 'TWITCH_STREAM_KEY', join('live', '_', randomString(30))), envMiss('placeholder', 'TWITCH_STREAM_KEY', join('live', '_', randomString(9, DIGITS), '_', 'x'.repeat(30)))],
    };
  },
  'twitch-chat-oauth-token': () => {
    const token = () => join('oauth', ':', randomString(28, LOWER_ALNUM), 'a1');
    const inJson = token();
    return {
      hits: [env('TWITCH_OAUTH', token()), hit(`{\n  "chatOAuth": "${inJson}"\n}\n`, inJson, 'config/services.json')],
      misses: [envMiss('wrong length', 'TWITCH_OAUTH', join('oauth', ':', randomString(12, LOWER_ALNUM))),
        miss('wrong structure', 'scopes: ["oauth:read", "oauth:write"]\n', 'config.yaml')],
    };
  },
  'consul-acl-token': () => {
    const a = uuid(), b = uuid();
    return {
      hits: [hit(`acl {\n  enabled = true\n  tokens {\n    initial_management = "${a}"\n  }\n}\n`, a, 'consul/config/consul.hcl'),
        hit(`acl {\n  tokens {\n    default            = "anonymous"\n    agent              = "${b}"\n  }\n}\n`, b, 'consul/config/agent.hcl'),
        hit(`{"acl": {"tokens": {"agent": "${b}"}}}\n`, b, 'consul.d/acl.json')],
      misses: [miss('reference', 'acl {\n  tokens {\n    agent = "{{ consul_agent_token }}"\n  }\n}\n', 'templates/consul.hcl.j2'),
        miss('not a secret name', `services {\n  tokens {\n    node_id = "${uuid()}"\n  }\n}\n`, 'consul/config/consul.hcl')],
    };
  },
  'gossip-encryption-key': () => {
    const key = base64(randomString(32));
    return {
      hits: [hit(`datacenter = "eu1"\nencrypt = "${key}"\nretry_join = ["10.0.1.10"]\n`, key, 'consul.d/consul.hcl'),
        hit(`{\n  "server": true,\n  "encrypt": "${key}"\n}\n`, key, 'consul.d/server.json'),
        hit(`data_dir   = "/opt/consul"\nencrypt    = "${key}"\n`, key, 'consul/consul.hcl'), // aligned
        hit(`server {\n  enabled          = true\n  encrypt          = "${key}"\n}\n`, key, 'nomad/server.hcl'),
        // A provisioner's variable, unquoted; a Chef attribute; a pillar's previous key kept for rotation.
        hit(`  environment_vars = [\n    "CONSUL_ENCRYPT=${key}",\n  ]\n`, key, 'packer/base.pkr.hcl'),
        hit(`default['platform']['consul']['encrypt'] = '${key}'\n`, key, 'attributes/default.rb'),
        hit(`consul:\n  encrypt_previous: ${key}\n`, key, 'pillar/consul.sls')],
      misses: [miss('wrong length', `encrypt = "${base64(randomString(20))}"\n`, 'consul.d/consul.hcl'),
        miss('reference', 'encrypt = "{{ consul_gossip_key }}"\n', 'templates/consul.hcl.j2'),
        miss('not a secret name', `ssl_encrypt_key_id = "${key}"\n`, 'consul.d/consul.hcl')],
    };
  },
  'mercadopago-access-token': () => {
    const token = (prefix: string) => join(prefix, randomString(16, DIGITS), '-', randomString(6, DIGITS), '-', randomString(32, HEX), '-', randomString(9, DIGITS));
    const live = token('APP_USR-');
    return {
      hits: [env('MERCADOPAGO_ACCESS_TOKEN', live), code('accessToken', token('APP_USR-')), hit(`mercadopago.configure(access_token="${token('TEST-')}")\n`, '', 'tests/test_pay.py')].map(h =>
        (h.value ? h : { ...h, value: /TEST-[\d-]+-[0-9a-f]{32}-\d+/.exec(h.text)![0] })),
      misses: [envMiss('wrong structure', 'MERCADOPAGO_ACCESS_TOKEN', join('APP_USR-', randomString(16, DIGITS), '-', randomString(32, HEX))),
        envMiss('wrong alphabet', 'MERCADOPAGO_ACCESS_TOKEN', join('APP_USR-', randomString(16, DIGITS), '-', randomString(6, DIGITS), '-', randomString(32, 'ghijklmnopqrstuvwxyz'), '-', randomString(9, DIGITS)))],
    };
  },
  'vault-unseal-key': () => {
    const shares = [1, 2, 3].map(() => base64(randomString(33)));
    return {
      hits: shares.map((share, k) => hit(`$ vault operator init -key-shares=3 -key-threshold=2\nUnseal Key ${k + 1}: ${share}\n\nInitial Root Token: (revoked)\n`, share, 'docs/bootstrap.txt')),
      misses: [miss('placeholder', 'Unseal Key 1: <unseal key 1>\n', 'docs/bootstrap.md'),
        miss('wrong length', `Unseal Key 1: ${base64(randomString(6))}\n`, 'docs/bootstrap.txt')],
    };
  },
  'hashicorp-acl-secret-id': () => {
    const secret = uuid();
    return {
      hits: [hit(`$ nomad acl bootstrap\nAccessor ID  = ${uuid()}\nSecret ID    = ${secret}\nName         = Bootstrap Token\n`, secret, 'ops/nomad-bootstrap.txt'),
        hit(`$ consul acl bootstrap\nAccessorID:       ${uuid()}\nSecretID:         ${secret}\nDescription:      Bootstrap Token (Global Management)\n`, secret, 'ops/consul-bootstrap.log')],
      misses: [miss('not a secret name', `AccessorID:       ${uuid()}\nDescription:      agent token\nCreateTime:       ${uuid()}\n`, 'ops/consul-token-read.log'),
        miss('no provider context', `Secret ID    = ${secret}\n`, 'ops/notes.txt')],
    };
  },
  'pulumi-access-token': () => prefixedFormat('PULUMI_ACCESS_TOKEN', join('pu', 'l-'), 40, HEX),
  // ---- More Slack, Azure, Atlassian, Google ----
  'slack-refresh-token': () => ({
    hits: [env('SLACK_REFRESH_TOKEN', join('xo', 'xe-1-', randomString(140)))],
    misses: [envMiss('wrong length', 'SLACK_REFRESH_TOKEN', join('xo', 'xe-1-', randomString(30)))],
  }),
  'slack-session-token': () => ({
    hits: [env('SLACK_SESSION_TOKEN', join('xo', 'xc-', randomString(11, DIGITS), '-', randomString(12, DIGITS), '-', randomString(13, DIGITS), '-', randomString(64, HEX)))],
    misses: [envMiss('wrong length', 'SLACK_SESSION_TOKEN', join('xo', 'xc-', randomString(11, DIGITS), '-', randomString(12, DIGITS), '-', randomString(13, DIGITS), '-', randomString(40, HEX)))],
  }),
  'slack-session-cookie': () => prefixedFormat('SLACK_D_COOKIE', join('xo', 'xd-'), 120, ALNUM, 30),
  'azure-storage-key': () => {
    const key = randomString(86, BASE64) + '==';
    return {
      // A Databricks notebook sets it with the call's arguments a line each.
      hits: [env('AZURE_STORAGE_KEY', randomString(86, BASE64) + '=='),
        hit(`spark.conf.set(\n    "fs.azure.account.key.acmesandbox.dfs.core.windows.net",\n    "${key}",\n)\n`, key, 'notebooks/features.py'),
        // The Azure CLI's own config keeps the default account's key under `[storage]`.
        hit(`[cloud]\nname = AzureCloud\n\n[storage]\naccount = contosologs\nkey = ${key}\n`, key, 'home/dev/.azure/config'),
        // `az storage account keys list` output, pasted into notes.
        hit(`[\n  {\n    "creationTime": "2024-02-11T08:01:12+00:00",\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${key}"\n  }\n]\n`, key, 'notes/keys-list.json'),
        // The same command's table output.
        hit(`$ az storage account keys list -g rg-prod -n acmediag -o table\nKeyName    Permissions    Value\n---------  -------------  ------\nkey1       FULL           ${key}\n`, key, 'bug-reports/az-4471.txt')],
      misses: [envMiss('no provider context', 'BACKUP_KEY', randomString(86, BASE64) + '=='), envMiss('not a secret name', 'AZURE_STORAGE_CHECKSUM', randomString(86, BASE64) + '=='),
        miss('not a secret name', `spark.conf.set(\n    "fs.azure.account.checksum.acmesandbox.dfs.core.windows.net",\n    "${randomString(86, BASE64)}==",\n)\n`, 'notebooks/features.py'),
        // Keycloak's realm export keeps a user's PBKDF2-SHA512 hash and salt (an Azure identity provider elsewhere in it).
        miss('not a secret name', `{"alias": "azure-ad",\n "credentials": [{"type": "password", "secretData": "{\\"value\\":\\"${randomString(86, BASE64)}==\\",\\"salt\\":\\"${randomString(22, BASE64)}==\\"}"}]}\n`, 'keycloak/realm-export.json')],
    };
  },
  'azure-cosmos-key': () => ({
    hits: [env('COSMOS_KEY', randomString(86, BASE64) + '==')],
    misses: [envMiss('no provider context', 'PRIMARY_KEY', randomString(86, BASE64) + '==')],
  }),
  'azure-sas-token': () => {
    const sig = randomString(43, ALNUM) + '%3D';
    const future = new Date(Date.now() + 90 * 86400000).toISOString().slice(0, 10);
    return {
      hits: [hit(`url = "https://acme.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl&se=${future}T00:00:00Z&sig=${sig}"`, sig, 'sync.py'),
        hit(`token = "SharedAccessSignature sr=sb%3a%2f%2facme.servicebus.windows.net%2forders&sig=${sig}&se=${Math.floor(Date.now() / 1000) + 86400}&skn=send"`, sig, 'bus.py'),
        // A bare token as a Spark setting's value.
        hit(`spark.hadoop.fs.azure.sas.drop.acme.blob.core.windows.net  sv=2022-11-02&ss=b&sp=rl&se=${future}T00:00:00Z&sig=${sig}\n`, sig, 'conf/spark-defaults.conf')],
      misses: [miss('wrong structure', `url = "https://cdn.acme.io/file?expires=1700000000&sig=${randomString(43, ALNUM)}%3D"`, 'sync.py')],
    };
  },
  'azure-ad-client-secret-legacy': () => ({
    hits: [hit(`AZURE_TENANT_ID=${uuid()}\nAZURE_CLIENT_SECRET=${'{{S}}'}\n`, '', '.env')].map(h => {
      const v = join(randomString(10), '[', randomString(12), '@', randomString(10), 'Q1');
      return { ...h, text: h.text.replace('{{S}}', v), value: v };
    }),
    misses: [envMiss('no provider context', 'CLIENT_SECRET', join(randomString(10), '[', randomString(12), '@', randomString(10), 'Q1')), envMiss('not a secret name', 'AZURE_CLIENT_ID_SECRET_NAME', 'kv-secret-name')],
  }),
  'bitbucket-access-token': () => {
    const make = () => { const p = join('AT', 'CTT3', randomString(178, URLSAFE)); return p + crc32Hex(p); };
    return {
      hits: [env('BITBUCKET_ACCESS_TOKEN', make())],
      misses: [envMiss('wrong length', 'BITBUCKET_ACCESS_TOKEN', make().slice(0, 120))],
    };
  },
  'atlassian-dc-pat': () => ({
    hits: [env('JIRA_API_TOKEN', base64(`${randomString(12, DIGITS).replace(/^0/, '7')}:${randomString(20)}`).slice(0, 44))],
    misses: [envMiss('wrong structure', 'JIRA_API_TOKEN', randomString(44, BASE64))],
  }),
  'atlassian-legacy-api-token': () => ({
    hits: [env('JIRA_API_TOKEN', randomString(21) + 'Qq7')],
    misses: [envMiss('not a secret name', 'JIRA_PROJECT_KEY_HASH', randomString(21) + 'Qq7'), envMiss('no provider context', 'API_TOKEN', randomString(21) + 'Qq7'),
      envMiss('wrong alphabet', 'JIRA_API_TOKEN', 'oauth2credentialprovider')],
  }),
  'firebase-cloud-messaging-server-key': () => ({
    hits: [env('FCM_SERVER_KEY', join('AAAA', randomString(7, URLSAFE), ':APA', '91b', randomString(134, URLSAFE)))],
    misses: [envMiss('wrong length', 'FCM_SERVER_KEY', join('AAAA', randomString(7, URLSAFE), ':APA', '91b', randomString(60, URLSAFE)))],
  }),
  // Providers added from their docs (token-formats research, batch A/B)
  'mandrill-api-key': () => {
    const key = `${randomString(20)}4q`;
    return {
      hits: [hit(`<?php\nfunction send($to) {\n    $mandrill = new Mandrill('${key}');\n}\n`, key, 'includes/mailer.php'), hit(`client = mandrill.Mandrill("${key}")\n`, key, 'mailer.py')],
      misses: [miss('placeholder', `$mandrill = new Mandrill('YOUR_API_KEY');\n`, 'mailer.php'), miss('reference', `$mandrill = new Mandrill(getenv('MANDRILL_KEY'));\n`, 'mailer.php')],
    };
  },
  'stream-api-secret': () => {
    const secret = randomString(64, LOWER_ALNUM);
    return {
      hits: [hit(`const serverClient = StreamChat.getInstance('${randomString(12, LOWER_ALNUM)}', '${secret}');\n`, secret, 'src/app/api/stream-token/route.ts'), hit(`client = stream.connect(api_key, "${secret}")\n`, secret, 'feeds.py')],
      misses: [miss('public by design', `const client = StreamChat.getInstance('${randomString(12, LOWER_ALNUM)}');\n`, 'src/chat.ts'), miss('reference', `StreamChat.getInstance(key, process.env.STREAM_SECRET);\n`, 'src/server.ts')],
    };
  },
  'africastalking-api-key': () => {
    const key = `atsk_${randomString(64, HEX)}`;
    return {
      hits: [hit(`\tDefaultATAPIKey = "${key}"\n`, key, 'internal/config/defaults.go')],
      misses: [miss('wrong length', `\tDefaultATAPIKey = "${key.slice(0, 40)}"\n`, 'internal/config/defaults.go'), miss('placeholder', `AT_API_KEY=atsk_${'0'.repeat(64)}\n`, '.env')],
    };
  },
  'asana-personal-access-token': () => {
    const pat = `2/${randomString(16, DIGITS)}/${randomString(16, DIGITS)}:${randomString(32, HEX)}`;
    const old = `1/${randomString(13, DIGITS)}:${randomString(32, HEX)}`;
    return {
      hits: [hit(`ASANA_PAT = "${pat}"\n`, pat, 'pm-bridge/asana_sync.py'), hit(`ASANA_PAT_OLD = "${old}"\n`, old, 'pm-bridge/asana_sync.py')],
      misses: [miss('no provider context', `PAT = "${pat}"\n`, 'sync.py'), miss('wrong length', `ASANA_PAT = "1/${randomString(13, DIGITS)}:${randomString(20, HEX)}"\n`, 'asana_sync.py')],
    };
  },
  'rocketchat-webhook-url': () => {
    const token = `${randomString(46)}7q`;
    const url = `https://chat.acme.io/hooks/${randomString(17)}/${token}`;
    return {
      hits: [env('ROCKETCHAT_INCOMING', url, 'rocketchat/hubot.env')].map(h => ({ ...h, value: token })),
      misses: [env('ROCKETCHAT_INCOMING', `https://chat.acme.io/hooks/${randomString(17)}/${'x'.repeat(48)}`, 'hubot.env'), env('WEBHOOK', `https://chat.acme.io/hooks/${randomString(17)}/${token.slice(0, 30)}`, 'hubot.env')]
        .map((h, k) => ({ why: k === 0 ? 'placeholder' : 'wrong length', text: h.text, path: h.path })),
    };
  },
  'newrelic-query-key': () => prefixedFormat('NEW_RELIC_QUERY_KEY', join('NR', 'IQ-'), 32, URLSAFE),
  'pushover-user-key': () => {
    const user = `${randomString(28, LOWER_ALNUM)}7q`;
    return {
      hits: [hit(`  - name: pushover-oncall\n    pushover_configs:\n      - user_key: ${user}\n`, user, 'alertmanager/alertmanager.yml'), hit(`const PUSHOVER_USER = '${user}';\n`, user, 'src/alerts/pushover.js')],
      misses: [miss('no provider context', `user_key: ${user}\n`, 'config.yml'), miss('not a secret name', `pushover:\n  device: ${user}\n`, 'config.yml')],
    };
  },
  'grafana-oncall-integration-url': () => {
    const token = `mm${randomString(23)}9`;
    return {
      hits: [hit(`    link: https://oncall-prod-eu-west-0.grafana.net/oncall/integrations/v1/alertmanager/${token}/\n`, token, 'oncall/integrations.yaml')],
      misses: [miss('placeholder', `    link: https://oncall.example.com/oncall/integrations/v1/alertmanager/${'x'.repeat(25)}/\n`, 'oncall/integrations.yaml'), miss('wrong length', `url: https://oncall.example.com/oncall/integrations/v1/alertmanager/${token.slice(0, 10)}/\n`, 'x.yaml')],
    };
  },
  'betterstack-source-token': () => {
    const token = `F7${randomString(22)}`;
    return {
      hits: [hit(`Rails.application.configure do\n  config.logger = Logtail::Logger.create_default_logger(\n    "${token}"\n  )\nend\n`, token, 'config/logging.rb'), hit(`const logtail = new Logtail("${token}");\n`, token, 'src/log.ts')],
      misses: [miss('reference', `const logtail = new Logtail(process.env.LOGTAIL_TOKEN);\n`, 'src/log.ts'), miss('placeholder', `const logtail = new Logtail("YOUR_SOURCE_TOKEN");\n`, 'src/log.ts')],
    };
  },
  'sentinelone-site-token': () => {
    const token = base64(JSON.stringify({ url: 'https://usea1-acme.sentinelone.net', site_key: randomString(16, HEX) }).replace(':', ': '));
    return {
      hits: [hit(`SITE_TOKEN="${token}"\n`, token, 'edr/install-agent.sh')],
      misses: [miss('wrong structure', `SITE_TOKEN="${base64(JSON.stringify({ url: 'https://example.com', site_key: randomString(16, HEX) }).replace(':', ': '))}"\n`, 'install.sh'), miss('wrong length', `SITE_TOKEN="${token.slice(0, 30)}"\n`, 'install.sh')],
    };
  },
  'lacework-api-secret': () => {
    const secret = `_${randomString(32, HEX)}`;
    return {
      hits: [hit(`[default]\n  account = "acmesec"\n  api_key = "ACMESEC_${randomString(32, HEX).toUpperCase()}"\n  api_secret = "${secret}"\n`, secret, 'home/ana/.lacework.toml')],
      misses: [miss('no provider context', `api_secret = "${secret}"\n`, 'config.toml'), miss('not a secret name', `[default]\n  account = "acmesec"\n  build = "${secret}"\n`, '.lacework.toml')],
    };
  },
  'tines-webhook-url': () => {
    const secret = randomString(32, HEX);
    return {
      hits: [hit(`{"options": {"url": "https://acme-secops.tines.com/webhook/${randomString(32, HEX)}/${secret}"}}\n`, secret, 'soar/tines/story.json')],
      misses: [miss('placeholder', `url: https://acme.tines.com/webhook/${randomString(32, HEX)}/${'x'.repeat(32)}\n`, 'tines.yml'), miss('wrong length', `url: https://acme.tines.com/webhook/${randomString(32, HEX)}/${secret.slice(0, 8)}\n`, 'tines.yml')],
    };
  },
  'shodan-api-key': () => {
    const key = `BO${randomString(29)}9`;
    return {
      hits: [hit(`#!/bin/sh\nshodan init ${key}\nshodan alert list\n`, key, 'threatintel/monitor.sh')],
      misses: [miss('reference', 'shodan init "$SHODAN_API_KEY"\n', 'monitor.sh'), miss('wrong length', `shodan init ${key.slice(0, 20)}\n`, 'monitor.sh')],
    };
  },
  'metasploit-rpc-password': () => {
    const pw = `wM=f*v8${randomString(8)}.b_+`;
    return {
      hits: [hit(`client = MsfRpcClient("${pw}", server="10.66.0.12", port=55553, ssl=True)\n`, pw, 'pentest/msfrpc_client.py')],
      misses: [miss('placeholder', 'client = MsfRpcClient("password", server="127.0.0.1")\n', 'msf.py'), miss('reference', 'client = MsfRpcClient(os.environ["MSF_PASS"], ssl=True)\n', 'msf.py')],
    };
  },
  'loggly-syslog-token': () => {
    const t = uuid();
    return {
      hits: [hit(`template(name="LogglyFormat" type="string"\n string="<%pri%>%protocol-version% %timestamp% %HOSTNAME% %app-name% [${t}@41058 tag=\\"rsyslog\\"] %msg%\\n")\n`, t, 'rsyslog.d/49-loggly.conf')],
      misses: [miss('wrong structure', `[${t}@32473 tag="x"] msg\n`, 'rsyslog.d/49-other.conf'), miss('placeholder', '[TOKEN@41058 tag="rsyslog"]\n', 'rsyslog.d/49-loggly.conf')],
    };
  },
  'dropbox-long-lived-token': () => {
    const t = `${randomString(11, URLSAFE)}AAAAAAAAAA${randomString(43, ALNUM)}`;
    return {
      hits: [hit(`import dropbox\nLONG_LIVED = "${t}"\n`, t, 'file-sync/dropbox_backup.py')],
      misses: [miss('no provider context', `LONG_LIVED = "${t}"\n`, 'backup.py'), miss('wrong structure', `import dropbox\nLONG_LIVED = "${randomString(11, URLSAFE)}AAAAAAAAAA${'A'.repeat(43)}"\n`, 'dropbox_backup.py')],
    };
  },
  'deepl-free-api-key': () => {
    const key = `${uuid()}:fx`;
    return {
      hits: [hit(`For quick experiments use the shared DeepL free key\n\`${key}\`.\n`, key, 'README.md'), env('DEEPL_AUTH_KEY', key)],
      misses: [envMiss('placeholder', 'DEEPL_AUTH_KEY', '00000000-0000-0000-0000-000000000000:fx'), envMiss('wrong structure', 'DEEPL_AUTH_KEY', `${uuid().slice(0, 30)}:fx`)],
    };
  },
  'codecov-upload-token': () => {
    const t = uuid();
    return {
      hits: [hit(`  script:\n    - npm test -- --coverage\n    - bash <(curl -s https://codecov.io/bash) -t ${t}\n`, t, '.gitlab-ci.yml'), hit(`codecovcli upload-process --token=${t} -f coverage.xml\n`, t, 'ci/upload.sh')],
      misses: [miss('reference', 'bash <(curl -s https://codecov.io/bash) -t $CODECOV_TOKEN\n', '.gitlab-ci.yml'), miss('no provider context', `./upload -t ${t}\n`, 'ci/upload.sh')],
    };
  },
  'growthbook-secret-key': () => {
    const body = `${randomString(28, ALNUM)}7q`;
    const admin = join('secret_', 'admin_', body);
    const pat = join('secret_', 'user_', body);
    return {
      hits: [env('GROWTHBOOK_SECRET_KEY', admin, 'services/experiments/.env'), env('GB_API_KEY', pat, '.env')],
      misses: [envMiss('wrong structure', 'GROWTHBOOK_SECRET_KEY', join('secret_', 'admin_', 'x'.repeat(30))), envMiss('wrong length', 'GROWTHBOOK_SECRET_KEY', join('secret_', 'admin_', body.slice(0, 8)))],
    };
  },
  'unleash-api-token': () => {
    const secret = randomString(64, HEX);
    const admin = `*:*.${secret}`;
    const client = `default:production.${secret}`;
    return {
      hits: [hit(`services:\n  unleash-edge:\n    environment:\n      TOKENS: ${client}\n`, client, 'docker-compose.yml'), hit(`curl -H "Authorization: ${admin}" "$UNLEASH_URL/api/admin/features"\n`, admin, 'ops/export.sh')],
      misses: [miss('public by design', `export const unleash = new UnleashClient({\n  url: 'https://flags.acme.io/api/frontend',\n  clientKey: '${admin}',\n});\n`, 'src/featureToggles.ts'),
        miss('placeholder', `TOKENS: default:production.${'0'.repeat(64)}\n`, 'docker-compose.yml'), miss('wrong alphabet', `TOKENS: default:production.unleash-insecure-api-token\n`, 'docker-compose.yml')],
    };
  },
  'launchdarkly-sdk-key': () => ({
    hits: [env('LAUNCHDARKLY_SDK_KEY', join('sd', 'k-', uuid())), code('ldSdkKey', join('sd', 'k-', uuid()))],
    misses: [envMiss('wrong structure', 'LAUNCHDARKLY_SDK_KEY', join('sd', 'k-', randomString(36, HEX))),
      envMiss('public by design', 'LAUNCHDARKLY_MOBILE_KEY', join('mo', 'b-', uuid()))],
  }),
  'launchdarkly-api-token': () => ({
    hits: [env('LD_ACCESS_TOKEN', join('ap', 'i-', uuid()))],
    misses: [miss('no provider context', `const deployment = "${join('ap', 'i-', uuid())}";`)],
  }),
  'prefect-api-key': () => ({
    hits: [env('PREFECT_API_KEY', join('pn', 'u_', randomString(34), 'x9')), env('PREFECT_API_KEY', join('pn', 'b_', randomString(34), 'x9'))],
    misses: [envMiss('wrong length', 'PREFECT_API_KEY', join('pn', 'u_', randomString(20), 'x9')), envMiss('placeholder', 'PREFECT_API_KEY', xs(join('pn', 'u_'), 36))],
  }),
  'readme-api-key': () => ({
    hits: [env('RDME_API_KEY', join('rd', 'me_', randomString(68, LOWER_ALNUM), 'x9'))],
    misses: [envMiss('wrong length', 'RDME_API_KEY', join('rd', 'me_', randomString(20, LOWER_ALNUM), 'x9'))],
  }),
  'octopus-deploy-api-key': () => ({
    hits: [env('OCTOPUS_API_KEY', join('AP', 'I-', randomString(26, UPPER_ALNUM), 'X9'))],
    misses: [envMiss('placeholder', 'OCTOPUS_API_KEY', join('AP', 'I-', 'YOUR-KEY')), envMiss('wrong alphabet', 'OCTOPUS_API_KEY', join('AP', 'I-', 'GATEWAYCONFIGURATIONSERVICEXYZ'))],
  }),
  'typeform-token': () => ({
    hits: [env('TYPEFORM_TOKEN', join('tf', 'p_', randomString(38, HEX), 'x9')), env('TYPEFORM_TOKEN', join('tf', 'p_', randomString(42, ALNUM), '_', randomString(12, ALNUM), 'x9'))],
    misses: [envMiss('wrong length', 'TYPEFORM_TOKEN', join('tf', 'p_', randomString(20, HEX), 'x9'))],
  }),
  'ghost-admin-api-key': () => {
    const key = `${randomString(24, HEX)}:${randomString(64, HEX)}`;
    return {
      hits: [env('GHOST_ADMIN_API_KEY', key),
        hit(`const api = new GhostAdminAPI({ url: 'https://blog.acme.io', key: '${key}', version: 'v5.0' });\n`, key, 'src/publish.js'),
        hit(`const admin = new GhostAdminAPI({\n  url: "https://blog.acme.io",\n  key: "${key}",\n  version: "v5.0",\n});\n`, key, 'scripts/publish.js')],
      misses: [envMiss('wrong length', 'GHOST_ADMIN_API_KEY', key.slice(0, -2)),
        // A content API key alone (26 hex) is public by design; without the id half it is no admin key.
        envMiss('wrong structure', 'GHOST_ADMIN_API_KEY', key.replace(':', '-'))],
    };
  },
  'openweathermap-api-key': () => {
    const key = randomString(32, HEX);
    return {
      hits: [hit(`fetch(\`https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid=${key}\`)\n`, key, 'src/weather.js'),
        hit(`[openweathermap]\nappid = ${key}\nunits = metric\n`, key, 'config/integrations.ini'),
        // A Postman collection's query parameter.
        hit(`{"url": {"host": ["api", "openweathermap", "org"], "query": [\n  {\n    "key": "appid",\n    "value": "${key}"\n  }\n]}}\n`, key, 'weather.postman_collection.json')],
      misses: [miss('no provider context', `appid = ${key}\n`, 'config/app.ini'),
        miss('placeholder', 'https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid={API key}\n', 'README.md'),
        miss('not a secret name', `// openweathermap response id\nconst cityHash = "${key}";\n`, 'src/weather.js')],
    };
  },
  'contentful-pat': () => prefixedFormat('CONTENTFUL_MANAGEMENT_TOKEN', join('CFP', 'AT-'), 43, URLSAFE, 40),
  'hubspot-private-app-token': () => ({
    hits: [env('HUBSPOT_ACCESS_TOKEN', join('pa', 't-na1-', uuid())), code('hubspotToken', join('pa', 't-eu1-', uuid()))],
    misses: [envMiss('wrong structure', 'HUBSPOT_ACCESS_TOKEN', join('pa', 't-na1-', randomString(32, HEX)))],
  }),
  'maxmind-license-key': () => ({
    hits: [env('GEOIPUPDATE_LICENSE_KEY', join(randomString(6), '_', randomString(27), 'x9', '_mm', 'k'))],
    misses: [envMiss('wrong length', 'GEOIPUPDATE_LICENSE_KEY', join(randomString(6), '_', randomString(10), 'x9', '_mm', 'k')),
      envMiss('placeholder', 'GEOIPUPDATE_LICENSE_KEY', join('x'.repeat(36), '_mm', 'k'))],
  }),
  'infracost-api-key': () => ({
    hits: [env('INFRACOST_API_KEY', join('ic', 'o-', randomString(30), 'x9'))],
    misses: [envMiss('wrong length', 'INFRACOST_API_KEY', join('ic', 'o-', randomString(20), 'x9')), envMiss('placeholder', 'INFRACOST_API_KEY', xs(join('ic', 'o-'), 32))],
  }),
  'clojars-deploy-token': () => prefixedFormat('CLOJARS_PASSWORD', join('CLOJ', 'ARS_'), 60, HEX),
  'shippo-api-token': () => ({
    hits: [env('SHIPPO_API_KEY', t(join('ship', 'po_live_'), 40, HEX)), env('SHIPPO_API_KEY', t(join('ship', 'po_test_'), 32, HEX))],
    misses: [envMiss('wrong alphabet', 'SHIPPO_API_KEY', t(join('ship', 'po_live_'), 40, ALNUM.replace(/[0-9a-f]/g, ''))), envMiss('placeholder', 'SHIPPO_API_KEY', xs(join('ship', 'po_live_'), 40))],
  }),
  'duffel-access-token': () => ({
    hits: [env('DUFFEL_ACCESS_TOKEN', join('duf', 'fel_live_', randomString(41, URLSAFE), 'x9')), env('DUFFEL_ACCESS_TOKEN', join('duf', 'fel_test_', randomString(41, URLSAFE), 'x9'))],
    misses: [envMiss('wrong length', 'DUFFEL_ACCESS_TOKEN', join('duf', 'fel_live_', randomString(20, URLSAFE), 'x9'))],
  }),
  'mercury-api-token': () => ({
    hits: [env('MERCURY_API_TOKEN', join('secret-token:', 'mercury_production_', 'rma_', 'aZ9', randomString(41), '_yru', 'crem')),
      code('mercuryToken', join('secret-token:', 'mercury_sandbox_', 'wma_', 'aZ9', randomString(41), '_yru', 'crem'))],
    misses: [envMiss('wrong structure', 'MERCURY_API_TOKEN', join('secret-token:', 'mercury_production_', 'rma_', 'aZ9', randomString(41))),
      envMiss('placeholder', 'MERCURY_API_TOKEN', join('secret-token:', 'mercury_production_', 'rma_', 'x'.repeat(44), '_yru', 'crem'))],
  }),
  'flutterwave-secret-key': () => ({
    hits: [env('FLW_SECRET_KEY', join('FLW', 'SECK-', randomString(32, HEX), '-X')), env('FLW_SECRET_KEY', join('FLW', 'SECK_TEST-', randomString(32, HEX), '-X'))],
    misses: [envMiss('public by design', 'FLW_PUBLIC_KEY', join('FLW', 'PUBK-', randomString(32, HEX), '-X')), envMiss('wrong length', 'FLW_SECRET_KEY', join('FLW', 'SECK-', randomString(30, HEX), '-X'))],
  }),
  'easypost-api-key': () => ({
    hits: [env('EASYPOST_API_KEY', join('EZ', 'AK', randomString(52), 'x9')), env('EASYPOST_TEST_API_KEY', join('EZ', 'TK', randomString(52), 'x9'))],
    misses: [envMiss('wrong length', 'EASYPOST_API_KEY', join('EZ', 'AK', randomString(30), 'x9'))],
  }),
  'openshift-oauth-token': () => {
    const v = join('sha', '256~', randomString(41, URLSAFE), 'x9');
    return {
      hits: [hit(`oc login --token=${v} --server=https://api.acme.io:6443`, v, 'login.sh'), env('OPENSHIFT_TOKEN', join('sha', '256~', randomString(41, URLSAFE), 'x9'))],
      misses: [miss('public by design', `NAME                                          USER NAME\n${join('sha', '256~', randomString(41, URLSAFE), 'x9')}   kube:admin\n`, 'tokens.txt')],
    };
  },
  'yandex-iam-token': () => ({
    hits: [env('YC_IAM_TOKEN', join('t', '1.', randomString(20, URLSAFE), '.', randomString(84, URLSAFE), 'x9'))],
    misses: [envMiss('wrong length', 'YC_IAM_TOKEN', join('t', '1.', randomString(20, URLSAFE), '.', randomString(60, URLSAFE), 'x9'))],
  }),
  'yandex-oauth-token': () => ({
    hits: [env('YC_TOKEN', join('y', '0_', randomString(53, URLSAFE), 'x9')), env('YC_TOKEN', join('y', '3_', randomString(53, URLSAFE), 'x9')),
      // (Newer tokens run longer: `y0__x…`.)
      env('YC_TOKEN', join('y', '0_', `_x${randomString(70, URLSAFE)}`, 'x9'))],
    misses: [envMiss('wrong length', 'YC_TOKEN', join('y', '0_', randomString(40, URLSAFE), 'x9'))],
  }),
  'yandex-api-key': () => ({
    hits: [env('YC_API_KEY', join('AQ', 'VN', randomString(34, URLSAFE), 'x9'))],
    misses: [envMiss('wrong length', 'YC_API_KEY', join('AQ', 'VN', randomString(20, URLSAFE), 'x9'))],
  }),
  'scalingo-api-token': () => ({
    hits: [env('SCALINGO_TOKEN', join('tk', '-us-', randomString(46), 'x9'))],
    misses: [envMiss('wrong length', 'SCALINGO_TOKEN', join('tk', '-us-', randomString(30), 'x9')), envMiss('placeholder', 'SCALINGO_TOKEN', xs(join('tk', '-us-'), 48))],
  }),
  'defined-networking-api-key': () => ({
    hits: [env('DN_API_KEY', join('dn', 'key-', randomString(26, UPPER_ALNUM), '-', randomString(50), 'x9'))],
    misses: [envMiss('wrong structure', 'DN_API_KEY', join('dn', 'key-', randomString(26, UPPER_ALNUM)))],
  }),
  // Tailscale: key id, `-`, secret (documented prefixes).
  ...Object.fromEntries(([
    ['tailscale-auth-key', 'TS_AUTHKEY', 'auth'], ['tailscale-api-token', 'TAILSCALE_API_KEY', 'api'],
    ['tailscale-oauth-client-secret', 'TAILSCALE_OAUTH_CLIENT_SECRET', 'client'], ['tailscale-scim-key', 'TAILSCALE_SCIM_KEY', 'scim'],
    ['tailscale-webhook-secret', 'TAILSCALE_WEBHOOK_SECRET', 'webhook'],
  ] as const).map(([id, envVar, kind]) => [id, (): Evidence => {
    const key = (id: number, secret: number) => join('tsk', `ey-${kind}-`, randomString(id - 2), 'x9', '-', randomString(secret - 2), 'Q7');
    return {
      hits: [env(envVar, key(12, 32)), code('tailscaleKey', key(11, 33))],
      misses: [envMiss('wrong structure', envVar, join('tsk', `ey-${kind}-`, randomString(30))), envMiss('placeholder', envVar, join('tsk', `ey-${kind}-`, 'x'.repeat(12), '-', 'x'.repeat(32)))],
    };
  }])),
  'circleci-api-token': () => {
    const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    const tok = (prefix: string, hex = 40) => join(prefix.slice(0, 3), prefix.slice(3), randomString(22, base58), '_', randomString(hex, HEX));
    return {
      hits: [env('CIRCLECI_TOKEN', tok('CCIPAT_')), env('CIRCLE_TOKEN', tok('CCIPRJ_'))],
      misses: [envMiss('wrong length', 'CIRCLECI_TOKEN', tok('CCIPAT_', 32)), envMiss('wrong alphabet', 'CIRCLECI_TOKEN', join('CCI', 'PAT_', randomString(22, base58), '_', randomString(40, 'ghijklmnopqrstuvwxyz')))],
    };
  },
  'buildkite-api-token': () => ({
    hits: [env('BUILDKITE_API_TOKEN', t(join('bk', 'ua_'), 40, HEX)), env('BUILDKITE_API_TOKEN', join('bk', 'ua_', 'MTA.', randomString(40, HEX)))],
    misses: [envMiss('wrong length', 'BUILDKITE_API_TOKEN', t(join('bk', 'ua_'), 32, HEX)), envMiss('wrong alphabet', 'BUILDKITE_API_TOKEN', t(join('bk', 'ua_'), 40, 'ghijklmnopqrstuvwxyz'))],
  }),
  'buildkite-agent-token': () => ({
    hits: [env('BUILDKITE_AGENT_TOKEN', join('bk', 'ar_', randomString(48), 'x9')), env('BUILDKITE_AGENT_TOKEN', join('bk', 'aa_', 'MTA.', randomString(74), 'Q7'))],
    misses: [envMiss('wrong length', 'BUILDKITE_AGENT_TOKEN', join('bk', 'ar_', randomString(20), 'x9')), envMiss('placeholder', 'BUILDKITE_AGENT_TOKEN', xs(join('bk', 'ar_'), 48))],
  }),
  'render-api-key': () => ({
    hits: [env('RENDER_API_KEY', join('rn', 'd_', randomString(26), 'x9')), code('renderKey', join('rn', 'd_', randomString(30), 'Q7'))],
    misses: [envMiss('wrong length', 'RENDER_API_KEY', join('rn', 'd_', randomString(10), 'x9')), envMiss('placeholder', 'RENDER_API_KEY', xs(join('rn', 'd_'), 32))],
  }),
  'apify-api-token': () => ({
    hits: [env('APIFY_TOKEN', join('apify', '_api_', randomString(34), 'x9'))],
    misses: [envMiss('wrong length', 'APIFY_TOKEN', join('apify', '_api_', randomString(10), 'x9')), envMiss('placeholder', 'APIFY_TOKEN', xs(join('apify', '_api_'), 36))],
  }),
  'harness-access-token': () => {
    const pat = (secret = 20) => join('pa', 't.', randomString(22, URLSAFE), '.', randomString(24, HEX), '.', randomString(secret));
    return {
      hits: [env('HARNESS_API_KEY', pat()), env('HARNESS_API_KEY', join('sa', 't.', randomString(22, URLSAFE), '.', randomString(20)))],
      misses: [envMiss('wrong length', 'HARNESS_API_KEY', pat(12)), miss('wrong structure', 'see pat.key for details', 'README.md')],
    };
  },
  'settlemint-token': () => ({
    hits: [env('SETTLEMINT_ACCESS_TOKEN', join('sm', '_aat_', randomString(30), 'x9')), env('SETTLEMINT_PERSONAL_ACCESS_TOKEN', join('sm', '_pat_', randomString(22), 'Q7'))],
    misses: [envMiss('wrong length', 'SETTLEMINT_ACCESS_TOKEN', join('sm', '_aat_', 'x9Q7')), envMiss('placeholder', 'SETTLEMINT_ACCESS_TOKEN', xs(join('sm', '_aat_'), 32))],
  }),
  'adobe-client-secret': () => ({
    hits: [env('ADOBE_CLIENT_SECRET', join('p8', 'e-', randomString(30, URLSAFE), 'x9'))],
    misses: [envMiss('wrong length', 'ADOBE_CLIENT_SECRET', join('p8', 'e-', randomString(20, URLSAFE), 'x9')), envMiss('placeholder', 'ADOBE_CLIENT_SECRET', xs(join('p8', 'e-'), 32))],
  }),
  'frameio-token': () => ({
    hits: [env('FRAMEIO_TOKEN', join('fio', '-u-', randomString(62, URLSAFE), 'x9'))],
    misses: [envMiss('wrong length', 'FRAMEIO_TOKEN', join('fio', '-u-', randomString(30, URLSAFE), 'x9')), envMiss('placeholder', 'FRAMEIO_TOKEN', xs(join('fio', '-u-'), 64))],
  }),
  'intra42-client-secret': () => ({
    hits: [env('INTRA_CLIENT_SECRET', join('s-s4t2', 'ud-', randomString(64, HEX)))],
    misses: [envMiss('wrong length', 'INTRA_CLIENT_SECRET', join('s-s4t2', 'ud-', randomString(40, HEX))), envMiss('placeholder', 'INTRA_CLIENT_SECRET', xs(join('s-s4t2', 'ud-'), 64))],
  }),
  'adafruit-io-key': () => ({
    hits: [env('ADAFRUIT_IO_KEY', join('ai', 'o_', randomString(26), 'x9')), code('aioKey', join('ai', 'o_', randomString(26), 'Q7'))],
    misses: [envMiss('wrong length', 'ADAFRUIT_IO_KEY', join('ai', 'o_', randomString(20), 'x9')), envMiss('placeholder', 'ADAFRUIT_IO_KEY', xs(join('ai', 'o_'), 28))],
  }),
  'honeycomb-ingest-key': () => {
    const key = join('hcx', 'ik_', randomString(56, LOWER_ALNUM), 'q7');
    return {
      hits: [env('HONEYCOMB_API_KEY', join('hca', 'ik_', randomString(56, LOWER_ALNUM), 'x9')), hit(`OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${key}\n`, key, '.env')],
      misses: [envMiss('wrong length', 'HONEYCOMB_API_KEY', join('hca', 'ik_', randomString(26, LOWER_ALNUM))), envMiss('placeholder', 'HONEYCOMB_API_KEY', xs(join('hca', 'ik_'), 58))],
    };
  },
  'axiom-token': () => ({
    hits: [env('AXIOM_TOKEN', join('xa', 'at-', uuid())), env('AXIOM_TOKEN', join('xa', 'pt-', uuid()))],
    misses: [envMiss('wrong structure', 'AXIOM_TOKEN', join('xa', 'at-', randomString(32, HEX))), envMiss('placeholder', 'AXIOM_TOKEN', join('xa', 'at-', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'))],
  }),
  'elastic-cloud-api-key': () => ({
    hits: [env('EC_API_KEY', join('es', 'su_', randomString(78, BASE64), 'x9=='))],
    misses: [envMiss('wrong length', 'EC_API_KEY', join('es', 'su_', randomString(20, BASE64), 'x9')), envMiss('placeholder', 'EC_API_KEY', xs(join('es', 'su_'), 80))],
  }),
  'apollo-graph-api-key': () => {
    const key = (graph: string) => join('serv', 'ice:', graph, ':', 'Ng', randomString(20, URLSAFE));
    return {
      hits: [env('APOLLO_KEY', key('orbitly-gateway')), ((k: string) => hit(`<script>\n    window.APOLLO_KEY = "${k}";\n</script>\n`, k, 'public/playground.html'))(key('orbitly-web'))],
      misses: [envMiss('placeholder', 'APOLLO_KEY', 'service:my-graph:xxxxxxxxxxxxxxxxxxxxxx'), envMiss('wrong length', 'APOLLO_KEY', join('serv', 'ice:', 'g', ':', randomString(12)))],
    };
  },
  'segment-public-api-token': () => ({
    hits: [env('SEGMENT_PUBLIC_API_TOKEN', join('sg', 'p_', 'Qa', randomString(60), '7z')), code('segmentToken', join('sg', 'p_', 'Mx', randomString(60), '3k'))],
    // Sourcegraph's sgp_ tokens are hex; a short body is no token.
    misses: [envMiss('wrong alphabet', 'SEGMENT_PUBLIC_API_TOKEN', join('sg', 'p_', randomString(64, HEX))), envMiss('wrong length', 'SEGMENT_PUBLIC_API_TOKEN', join('sg', 'p_', 'Qa', randomString(40), '7z'))],
  }),
  'posthog-personal-api-key': () => ({
    hits: [env('POSTHOG_PERSONAL_API_KEY', join('ph', 'x_', randomString(41), 'x9'))],
    misses: [envMiss('wrong length', 'POSTHOG_PERSONAL_API_KEY', join('ph', 'x_', randomString(20), 'x9')), envMiss('public by design', 'POSTHOG_KEY', join('ph', 'c_', randomString(41), 'x9'))],
  }),
  'posthog-feature-flags-secure-key': () => ({
    hits: [env('POSTHOG_FEATURE_FLAGS_SECURE_API_KEY', join('ph', 's_', randomString(41), 'x9'))],
    misses: [envMiss('wrong length', 'POSTHOG_FEATURE_FLAGS_SECURE_API_KEY', join('ph', 's_', randomString(20), 'x9')),
      envMiss('wrong alphabet', 'POSTHOG_FEATURE_FLAGS_SECURE_API_KEY', join('ph', 's_', 'abcdefghij'.repeat(4), 'xyz'))],
  }),
  'statsig-server-secret': () => ({
    hits: [env('STATSIG_SERVER_SECRET', join('sec', 'ret-', randomString(41), 'x9'))],
    misses: [envMiss('public by design', 'STATSIG_CLIENT_KEY', join('cli', 'ent-', randomString(41), 'x9')), miss('wrong structure', 'const name = "secret-manager-credentials-for-the-staging-project";')],
  }),
  'nvidia-api-key': () => ({
    hits: [env('NVIDIA_API_KEY', join('nv', 'api-', randomString(62, URLSAFE), 'x9'))],
    misses: [envMiss('wrong length', 'NVIDIA_API_KEY', join('nv', 'api-', randomString(30, URLSAFE), 'x9')), envMiss('placeholder', 'NVIDIA_API_KEY', xs(join('nv', 'api-'), 64))],
  }),
  'jina-api-key': () => ({
    hits: [env('JINA_API_KEY', join('ji', 'na_', randomString(32, HEX), randomString(26), 'x9'))],
    misses: [envMiss('wrong length', 'JINA_API_KEY', join('ji', 'na_', randomString(30), 'x9')), envMiss('placeholder', 'JINA_API_KEY', xs(join('ji', 'na_'), 60))],
  }),
  'runpod-api-key': () => ({
    hits: [env('RUNPOD_API_KEY', join('rp', 'a_', randomString(38, UPPER_ALNUM), 'X9'))],
    misses: [envMiss('wrong length', 'RUNPOD_API_KEY', join('rp', 'a_', randomString(12), 'x9')), envMiss('placeholder', 'RUNPOD_API_KEY', xs(join('rp', 'a_'), 40))],
  }),
  'paddle-api-key': () => ({
    hits: [env('PADDLE_API_KEY', join('pdl_', 'live_apikey_', randomString(26, LOWER_ALNUM), '_', randomString(26, URLSAFE)))],
    misses: [envMiss('wrong length', 'PADDLE_API_KEY', join('pdl_', 'live_apikey_', randomString(20, LOWER_ALNUM), '_', randomString(26, URLSAFE))), envMiss('placeholder', 'PADDLE_API_KEY', join('pdl_', 'live_apikey_', 'x'.repeat(26), '_', 'x'.repeat(26)))],
  }),
  'paddle-sandbox-api-key': () => ({
    hits: [env('PADDLE_API_KEY', join('pdl_', 'sdbx_apikey_', randomString(26, LOWER_ALNUM), '_', randomString(26, URLSAFE)))],
    misses: [envMiss('wrong structure', 'PADDLE_API_KEY', join('pdl_', 'sdbx_apikey_', randomString(52, LOWER_ALNUM)))],
  }),
  'gocardless-access-token': () => ({
    hits: [env('GOCARDLESS_ACCESS_TOKEN', join('li', 've_', randomString(38, URLSAFE), 'x9')), hit(`client = gocardless_pro.Client(access_token="${join('sand', 'box_', randomString(38, URLSAFE, 77), 'Q7')}", environment="sandbox")\n`, join('sand', 'box_', randomString(38, URLSAFE, 77), 'Q7'), 'pay.py')],
    misses: [envMiss('no provider context', 'ACCESS_TOKEN', join('li', 've_', randomString(38, URLSAFE), 'x9')), envMiss('wrong length', 'GOCARDLESS_ACCESS_TOKEN', join('li', 've_', randomString(20, URLSAFE), 'x9'))],
  }),
  'mailersend-api-token': () => ({
    hits: [env('MAILERSEND_API_KEY', t(join('ml', 'sn.'), 64, HEX))],
    misses: [envMiss('wrong length', 'MAILERSEND_API_KEY', t(join('ml', 'sn.'), 40, HEX)), envMiss('wrong alphabet', 'MAILERSEND_API_KEY', t(join('ml', 'sn.'), 64, 'ghijklmnopqrstuvwxyz'))],
  }),
  'onesignal-api-key': () => ({
    hits: [env('ONESIGNAL_REST_API_KEY', join('os_v2', '_app_', randomString(103, BASE32).toLowerCase()))],
    misses: [envMiss('wrong length', 'ONESIGNAL_REST_API_KEY', join('os_v2', '_app_', randomString(40, BASE32).toLowerCase())), envMiss('wrong alphabet', 'ONESIGNAL_REST_API_KEY', join('os_v2', '_app_', randomString(103, BASE32)))],
  }),
  'intercom-access-token': () => {
    const id = uuid().replace(/-/g, '_');
    const tok = base64(`tok:${id}:1:0`);
    return {
      // (Random bytes after `tok:`, as a test's generator writes them: the shape cannot judge them.)
      hits: [env('INTERCOM_ACCESS_TOKEN', tok), code('intercomToken', base64(`tok:${uuid(55).replace(/-/g, '_')}:1:0`)),
        env('INTERCOM_ACCESS_TOKEN', join('dG9r', 'Oj', randomString(52), '='))],
      misses: [envMiss('wrong structure', 'INTERCOM_ACCESS_TOKEN', base64(`tok:${id}:1:0:extra-words-here`)), envMiss('wrong structure', 'INTERCOM_ACCESS_TOKEN', base64(`tok:${'not-a-uuid-at-all-but-long-enough-xx'}:1:0`))],
    };
  },
  'akamai-edgegrid-token': () => {
    const tok = () => join('ak', 'ab-', randomString(14, LOWER_ALNUM), 'x9', '-', randomString(14, LOWER_ALNUM), 'q7');
    const access = tok();
    const host = `${join('ak', 'ab-', randomString(14, LOWER_ALNUM), 'x9-', randomString(14, LOWER_ALNUM), 'q7')}.luna.akamaiapis.net`;
    return {
      hits: [env('AKAMAI_CLIENT_TOKEN', tok()), hit(`[default]\nhost = ${host}\naccess_token = ${access}\n`, access, '.edgerc')],
      misses: [miss('wrong structure', `host = ${join('ak', 'ab-', randomString(14, LOWER_ALNUM), 'x9-', randomString(14, LOWER_ALNUM), 'q7')}.luna.akamaiapis.net\n`, '.edgerc'),
        envMiss('placeholder', 'AKAMAI_CLIENT_TOKEN', join('ak', 'ab-', 'x'.repeat(16), '-', 'x'.repeat(16)))],
    };
  },
  'dropbox-app-secret': () => {
    const secret = randomString(13, LOWER_ALNUM) + '4k';
    return {
      hits: [hit(`export const dropbox = {\n  appKey: "${randomString(15, LOWER_ALNUM)}",\n  appSecret: "${secret}",\n};\n`, secret, 'src/integrations.ts'),
        env('DROPBOX_APP_SECRET', secret)],
      misses: [envMiss('no provider context', 'APP_SECRET', secret), envMiss('not a secret name', 'DROPBOX_APP_KEY', secret),
        envMiss('wrong length', 'DROPBOX_APP_SECRET', secret.slice(0, 12))],
    };
  },
  'dropbox-short-lived-token': () => {
    const tok = join('s', 'l.', randomString(136, URLSAFE), 'x9');
    return {
      hits: [env('DROPBOX_ACCESS_TOKEN', tok), hit(`dbx = dropbox.Dropbox("${tok}")\n`, tok, 'sync.py')],
      misses: [envMiss('no provider context', 'ACCESS_TOKEN', tok), envMiss('wrong length', 'DROPBOX_ACCESS_TOKEN', join('s', 'l.', randomString(40, URLSAFE), 'x9'))],
    };
  },
  'private-key-der': () => {
    // DER built from the structures' first bytes plus random key material: base64, no armor.
    const der = (head: number[], n = 300) => Buffer.concat([Buffer.from(head), Buffer.from(randomString(n), 'latin1')]).toString('base64');
    const pkcs8 = der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);
    const pkcs1 = der([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
    const sec1 = der([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 80);
    const certificate = der([0x30, 0x82, 0x03, 0x0b, 0x30, 0x82, 0x01, 0xf3, 0xa0, 0x03, 0x02, 0x01, 0x02]);
    const publicKey = der([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);
    return {
      hits: [hit(`private static final String KEY = "${pkcs8}";\n`, pkcs8, 'src/Sign.java'), code('signingKey', pkcs1), env('EC_KEY', sec1),
        // A PKCS#12 keystore (version 3) as electron-builder's CSC_LINK.
        env('CSC_LINK', der([0x30, 0x82, 0x0a, 0xba, 0x02, 0x01, 0x03, 0x30, 0x82, 0x0a, 0x70, 0x06, 0x09, 0x2a, 0x86, 0x48], 2000))],
      misses: [
        miss('public by design', `const cert = "${certificate}";\n`, 'src/tls.ts'),
        miss('public by design', `const pub = "${publicKey}";\n`, 'src/verify.ts'),
        miss('wrong structure', `const blob = "${der([0x30, 0x82, 0x01, 0x00, 0x04, 0x82, 0x00, 0xfc])}";\n`, 'src/blob.ts'),
      ],
    };
  },
  'daytona-api-key': () => prefixedFormat('DAYTONA_API_KEY', join('dt', 'n_'), 64, HEX),
  'e2b-api-key': () => ({
    hits: [env('E2B_API_KEY', t(join('e2', 'b_'), 40, HEX))],
    misses: [envMiss('wrong length', 'E2B_API_KEY', t(join('e2', 'b_'), 20, HEX)), envMiss('wrong alphabet', 'E2B_API_KEY', t(join('e2', 'b_'), 40, 'ghijklmnopqrstuvwxyz'))],
  }),
  'helicone-api-key': () => {
    const groups = (n = 4) => Array.from({ length: n }, () => randomString(5, LOWER_ALNUM) + 'x9').join('-');
    return {
      hits: [env('HELICONE_API_KEY', join('sk-', 'helicone-', groups())), env('HELICONE_API_KEY', join('sk-', 'helicone-', 'eu-', groups())), code('heliconeKey', join('pk-', 'helicone-', groups()))],
      misses: [envMiss('wrong structure', 'HELICONE_API_KEY', join('sk-', 'helicone-', groups(3))), envMiss('placeholder', 'HELICONE_API_KEY', join('sk-', 'helicone-', 'xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx'))],
    };
  },
  'neptune-api-token': () => {
    const token = (body: object) => Buffer.from(JSON.stringify(body)).toString('base64');
    const real = token({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: uuid() });
    return {
      hits: [env('NEPTUNE_API_TOKEN', real), code('neptuneToken', token({ api_address: 'https://neptune.acme.invalid', api_key: randomString(40) }))],
      misses: [envMiss('wrong structure', 'NEPTUNE_API_TOKEN', token({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai' })),
        envMiss('placeholder', 'NEPTUNE_API_TOKEN', token({ api_address: 'https://app.neptune.ai', api_key: 'ANONYMOUS' }))],
    };
  },
  'cartesia-api-key': () => ({
    hits: [env('CARTESIA_API_KEY', join('sk', '_car_', randomString(20), 'x9'))],
    misses: [envMiss('wrong length', 'CARTESIA_API_KEY', join('sk', '_car_', randomString(10), 'x9')), envMiss('placeholder', 'CARTESIA_API_KEY', xs(join('sk', '_car_'), 22))],
  }),
  'llamacloud-api-key': () => ({
    hits: [env('LLAMA_CLOUD_API_KEY', join('ll', 'x-', randomString(46), 'x9'))],
    misses: [envMiss('wrong length', 'LLAMA_CLOUD_API_KEY', join('ll', 'x-', randomString(20), 'x9')), envMiss('placeholder', 'LLAMA_CLOUD_API_KEY', xs(join('ll', 'x-'), 48))],
  }),
  'firecrawl-api-key': () => ({
    hits: [env('FIRECRAWL_API_KEY', t(join('f', 'c-'), 32, HEX)), code('firecrawlKey', t(join('f', 'c-'), 32, HEX))],
    misses: [envMiss('wrong length', 'FIRECRAWL_API_KEY', t(join('f', 'c-'), 24, HEX)), envMiss('wrong alphabet', 'FIRECRAWL_API_KEY', t(join('f', 'c-'), 32, 'ghijklmnopqrstuvwxyz'))],
  }),
  'mem0-api-key': () => ({
    hits: [env('MEM0_API_KEY', join('m', '0-', randomString(38), 'x9'))],
    misses: [envMiss('wrong length', 'MEM0_API_KEY', join('m', '0-', randomString(20), 'x9')), envMiss('placeholder', 'MEM0_API_KEY', xs(join('m', '0-'), 40))],
  }),
  'stytch-secret': () => ({
    hits: [env('STYTCH_SECRET', join('secret', '-live-', randomString(34, URLSAFE), 'x9=')), env('STYTCH_SECRET', join('secret', '-test-', randomString(34, URLSAFE), 'Q7'))],
    misses: [envMiss('wrong length', 'STYTCH_SECRET', join('secret', '-live-', randomString(10), 'x9')), miss('wrong structure', 'docs: see secret-live-rotation-and-key-management-for-the-prod-project', 'README.md')],
  }),
  'convex-deploy-key': () => {
    const key = join('prod', ':happy-otter-123|', 'ey', randomString(80, URLSAFE));
    return {
      hits: [env('CONVEX_DEPLOY_KEY', key), env('CONVEX_DEPLOY_KEY', join('preview', ':acme:shop|', 'ey', randomString(80, URLSAFE)))],
      misses: [envMiss('wrong structure', 'CONVEX_DEPLOY_KEY', join('prod', ':happy-otter-123|', randomString(80, URLSAFE))), envMiss('wrong length', 'CONVEX_DEPLOY_KEY', join('prod', ':happy-otter-123|', 'ey', randomString(10)))],
    };
  },
  'flagsmith-server-key': () => {
    const shortuuid = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    const key = join('se', 'r.', randomString(20, shortuuid), 'x9');
    return {
      hits: [env('FLAGSMITH_SERVER_KEY', key), hit(`flagsmith = Flagsmith(environment_key="${key}")\n`, key, 'flags.py')],
      misses: [envMiss('no provider context', 'SERVER_KEY', key), miss('no provider context', 'user.getProfileDetailsForAdmin2() // flagsmith', 'src/user.ts')],
    };
  },
  'sanity-api-token': () => {
    const tok = join('s', 'k', randomString(76), 'x9');
    return {
      hits: [env('SANITY_API_TOKEN', tok), hit(`const client = createClient({ projectId: 'abc123', token: '${tok}' }) // @sanity/client\n`, tok, 'src/sanity.ts')],
      misses: [envMiss('no provider context', 'API_TOKEN', tok), envMiss('wrong length', 'SANITY_API_TOKEN', join('s', 'k', randomString(30), 'x9'))],
    };
  },
  'mollie-api-key': () => ({
    hits: [env('MOLLIE_API_KEY', join('li', 've_', randomString(28), 'x9')), env('MOLLIE_API_KEY', join('te', 'st_', randomString(28), 'Q7'))],
    misses: [envMiss('no provider context', 'API_KEY', join('li', 've_', randomString(28), 'x9')), envMiss('wrong length', 'MOLLIE_API_KEY', join('li', 've_', randomString(20), 'x9'))],
  }),
  'laravel-forge-deploy-hook': () => {
    const token = randomString(38) + 'x9';
    const url = (t: string) => join('https://forge', '.laravel.com/servers/', randomString(6, DIGITS), '/sites/', randomString(7, DIGITS), '/deploy/http?token=', t);
    return {
      hits: [hit(`curl -X POST ${url(token)}\n`, token, 'README.md'), hit(`FORGE_DEPLOY_URL=${url(token)}\n`, token, '.env')],
      misses: [miss('reference', `curl -X POST ${url('')}$FORGE_TOKEN\n`, 'deploy.sh'), miss('wrong structure', 'Forge: https://forge.laravel.com/servers\n', 'README.md')],
    };
  },
  'adyen-api-key': () => {
    const key = join('AQE', randomString(90, BASE64), '==-', randomString(43, BASE64), '=-', randomString(16));
    return {
      // (Its last part may hold marks: `<`, `>`, `;`, `%`.)
      hits: [env('ADYEN_API_KEY', key), hit(`API key (live): ${key}\n`, key, 'handover/email.eml'),
        (k => code('adyenApiKey', k, 'src/Payments/AdyenSettings.cs'))(join('AQE', randomString(80, BASE64), '=-', randomString(43, BASE64), '=-', randomString(6), '<', randomString(4), '>;', randomString(5)))],
      misses: [envMiss('wrong structure', 'ADYEN_API_KEY', join('AQE', randomString(90, BASE64), '==')), envMiss('placeholder', 'ADYEN_API_KEY', join('AQE', 'x'.repeat(90), '==-', 'x'.repeat(43), '=-<your-key>')), envMiss('wrong length', 'ADYEN_API_KEY', join('AQE', randomString(20), '==-', randomString(8)))],
    };
  },
  'quicknode-endpoint-token': endpointKey(k => join('https://falling-wispy-lake', '.quiknode.pro/', k, '/'), () => randomString(40, HEX)),
  'ankr-endpoint-key': endpointKey(k => join('https://rpc', '.ankr.com/eth/', k), () => randomString(64, HEX)),
  'chainstack-endpoint-key': endpointKey(k => join('https://nd-123-456-789', '.p2pify.com/', k), () => randomString(32, HEX)),
  'getblock-endpoint-token': endpointKey(k => join('https://go', '.getblock.io/', k), () => randomString(32, HEX)),
  'thegraph-gateway-key': endpointKey(k => join('https://gateway', '.thegraph.com/api/', k, '/subgraphs/id/', randomString(44, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')), () => randomString(32, HEX)),
  'render-deploy-hook': () => {
    const key = randomString(11, URLSAFE) + 'Q7';
    const url = (k: string) => join('https://api', '.render.com/deploy/srv-', randomString(20, LOWER_ALNUM), '?key=', k);
    return {
      hits: [hit(`  render_deploy_hook = "${url(key)}"\n`, key, 'infra/hosting.tf'), hit(`curl -X POST ${url(key)}\n`, key, '.github/workflows/deploy.sh')],
      misses: [miss('placeholder', `curl -X POST "${join('https://api', '.render.com/deploy/srv-', randomString(20, LOWER_ALNUM), '?key=')}$RENDER_HOOK_KEY"\n`, 'deploy.sh'),
        miss('wrong structure', 'See https://api.render.com/deploy for deploy hooks.\n', 'README.md')],
    };
  },
  'azure-function-key': () => {
    const key = randomString(54, ALNUM) + '==';
    const url = (k: string) => join('https://acme-invoice-func', '.azurewebsites.net/api/render-invoice?code=', k);
    return {
      hits: [hit(`curl -fsS "${url(key)}" -d '{}'\n`, key, 'scripts/smoke.sh'), hit(`const endpoint = "${url(key)}&clientId=default";\n`, key, 'src/invoice.ts')],
      misses: [miss('placeholder', `curl "${url('<FUNCTION_KEY>')}"\n`, 'README.md'), miss('reference', `curl "${url('$FUNCTION_KEY')}"\n`, 'smoke.sh'),
        miss('wrong structure', `curl "${join('https://acme', '.azurewebsites.net/api/orders?id=', randomString(40))}"\n`, 'smoke.sh')],
    };
  },
  'netlify-build-hook': () => {
    const id = randomString(24, HEX);
    const url = (v: string) => join('https://api', '.netlify.com/build_hooks/', v);
    return {
      hits: [hit(`curl -fsS -X POST -d '{}' "${url(id)}"\n`, id, 'scripts/trigger-build.sh'), hit(`NETLIFY_BUILD_HOOK=${url(id)}?trigger_branch=main\n`, id, '.env')],
      // (Netlify's docs show one id in their curl example.)
      misses: [miss('documented example', `curl -X POST -d '{}' ${url('5c23354f454e1350f8543e78')}\n`, 'docs/deploy.md'),
        miss('placeholder', `curl -X POST ${url('YOUR_HOOK_ID')}\n`, 'README.md'), miss('wrong length', `curl -X POST ${url(randomString(20, HEX))}\n`, 'deploy.sh')],
    };
  },
  'vercel-edge-config-token': () => {
    const token = uuid();
    const url = (t: string) => join('https://edge', '-config.vercel.com/ecfg_', randomString(28, LOWER_ALNUM), '?token=', t);
    return {
      hits: [hit(`EDGE_CONFIG="${url(token)}"\n`, token, '.vercel/.env.production.local'), hit(`export const flags = createClient(process.env.EDGE_CONFIG ?? "${url(token)}");\n`, token, 'lib/flags.ts')],
      misses: [miss('placeholder', `EDGE_CONFIG="${url('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')}"\n`, '.env.example'),
        miss('wrong structure', `See https://edge-config.vercel.com for the endpoint.\n`, 'README.md')],
    };
  },
  'zapier-webhook-url': () => {
    const url = join('https://hooks', '.zapier.com/hooks/catch/', randomString(7, DIGITS), '/', randomString(6, LOWER_ALNUM), '/');
    return {
      hits: [env('ZAPIER_WEBHOOK_URL', url), code('hook', url)],
      misses: [envMiss('wrong structure', 'ZAPIER_WEBHOOK_URL', join('https://hooks', '.zapier.com/hooks/catch/')), miss('wrong structure', 'See https://zapier.com/apps/webhook/integrations for catch hooks.', 'README.md'),
        envMiss('documented example', 'ZAPIER_WEBHOOK_URL', join('https://hooks', '.zapier.com/hooks/catch/123456/abcdef/'))],
    };
  },
  'make-webhook-url': () => {
    const url = () => join('https://hook', '.eu1.make.com/', randomString(32, LOWER_ALNUM));
    return {
      hits: [env('MAKE_WEBHOOK_URL', url()), code('scenarioHook', url())],
      misses: [envMiss('wrong length', 'MAKE_WEBHOOK_URL', join('https://hook', '.eu1.make.com/', randomString(12, LOWER_ALNUM))),
        miss('wrong structure', 'See https://www.make.com/en/help/tools/webhooks for custom webhooks.', 'README.md')],
    };
  },
  'ifttt-webhook-key': () => {
    const key = randomString(22, URLSAFE) + 'a1';
    const lettersOnly = randomString(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') + 'q_Z';
    return {
      hits: [hit(`requests.post("https://maker.ifttt.com/trigger/order_packed/with/key/${key}", json=payload)\n`, key, 'notify.py'),
        hit(`{"url": "https://maker.ifttt.com/trigger/door/json/with/key/${key.slice(2)}"}\n`, key.slice(2), 'automation/targets.json'),
        // (Random letters of both cases without a digit, as about one key in eight is.)
        hit(`curl -fsS "https://maker.ifttt.com/trigger/backup_done/with/key/${lettersOnly}" >/dev/null\n`, lettersOnly, 'ifttt/notify.sh')],
      misses: [miss('placeholder', 'curl -X POST https://maker.ifttt.com/trigger/{event}/with/key/{your_key}\n', 'README.md'),
        miss('wrong length', `curl -X POST https://maker.ifttt.com/trigger/door/with/key/${randomString(10)}\n`, 'notify.sh')],
    };
  },
  'azure-devops-pat': () => {
    const pat = join(randomString(74), 'x9', 'AZ', 'DO', randomString(4));
    return {
      hits: [env('AZURE_DEVOPS_PAT', pat), code('adoToken', pat)],
      misses: [envMiss('wrong structure', 'AZURE_DEVOPS_PAT', join(randomString(74), 'x9', 'AB', 'CD', randomString(4))), envMiss('wrong length', 'AZURE_DEVOPS_PAT', join(randomString(40), 'AZ', 'DO', randomString(4)))],
    };
  },
  'azure-devops-pat-legacy': () => {
    const pat = join(randomString(48, 'abcdefghijklmnopqrstuvwxyz234567'), 'x2q7');
    return {
      hits: [env('AZURE_DEVOPS_PAT', pat), hit(`# pushes to https://dev.azure.com/acme\nexport VSTS_TOKEN=${pat}\n`, pat, 'ci/push.sh')],
      misses: [envMiss('no provider context', 'TOKEN', pat), envMiss('wrong alphabet', 'AZURE_DEVOPS_PAT', join(randomString(48, 'abcdefghijklmnopqrstuvwxyz0189'), 'x9q1'))],
    };
  },
  'redis-cli-history-password': () => {
    const pw = randomString(20), acl = randomString(24);
    return {
      hits: [hit(`KEYS session:*\nAUTH ${pw}\nGET a\n`, pw, '.rediscli_history'), hit(`auth worker ${acl}\n`, acl, 'home/ops/.rediscli_history'),
        // A file of commands replayed with `redis-cli < restore.redis`.
        hit(`# redis-cli -h redis.internal < restore.redis\nCONFIG SET requirepass "${pw}"\n`, pw, 'backups/restore.redis'),
        hit(`ACL SETUSER worker on >${acl} ~queue:* +@list\n`, acl, 'backups/restore.redis'),
        // The server's own file declares users the same way.
        hit(`user default on nopass ~* &* +@all\nuser app on >${acl}x ~app:* &* +@all -@dangerous\n`, `${acl}x`, 'databases/redis/redis.conf')],
      misses: [miss('placeholder', 'AUTH changeme\n', '.rediscli_history'), miss('wrong structure', `AUTH ${pw}\n`, 'notes.txt'),
        miss('wrong structure', `ACL SETUSER metrics on #${randomString(64, HEX)} ~* +info\n`, 'backups/restore.redis'),
        miss('wrong structure', `user metrics on #${randomString(64, HEX)} ~* &* +info +ping\n`, 'redis.conf')],
    };
  },
  'private-key-base64-pem': () => {
    const rsa = base64(pemBlock('RSA PRIVATE KEY')), pkcs8 = base64(pemBlock('PRIVATE KEY'));
    return {
      hits: [env('SIGNING_KEY_B64', rsa), code('privateKey', pkcs8), hit(`tls:\n  key: ${rsa}\n`, rsa, 'helm/values.yaml')],
      misses: [envMiss('public by design', 'TLS_CERT_B64', base64(pemBlock('CERTIFICATE'))), envMiss('wrong length', 'SIGNING_KEY_B64', base64('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----'))],
    };
  },
  'openexchangerates-app-id': () => {
    const id = randomString(32, HEX);
    return {
      hits: [hit(`rates {\n  app-id = "${id}"\n  token-url = "https://openexchangerates.org/api/latest.json"\n}\n`, id, 'src/main/resources/application.conf'),
        hit(`requests.get("https://openexchangerates.org/api/latest.json?app_id=${id}")\n`, id, 'fx.py')],
      misses: [miss('no provider context', `app_id = "${id}"\n`, 'config.py'),
        miss('not a secret name', `# openexchangerates\nrequest_id = "${id}"\n`, 'fx.py')],
    };
  },
  'binance-api-key': () => {
    const key = randomString(64), secret = randomString(64);
    return {
      hits: [hit(`from binance.client import Client\n\nclient = Client("${key}", os.environ["BINANCE_API_SECRET"])\n`, key, 'bot/trader.py'),
        hit(`from binance.client import Client\n\nclient = Client(api_key, "${secret}")\n`, secret, 'bot/trader.py'),
        // (A test table's row in JSON, its quotes escaped.)
        hit(`{"provider": "binance",\n "input": "client = Client(\\"${key}\\", api_secret)"}\n`, key, 'testdata/exchanges.json'),
        hit(`binance:\n  api_key: ${key}\n`, key, 'config/exchanges.yml')],
      misses: [miss('documented example', `binance:\n  api_key: ${join('Fhs4lGae2qAi6VNjbJjebUAwXrIChb7', 'mlf372UOICMwdKaNdNBGKtfdeUff2TTTT')}\n`, 'docs/binance.md'),
        miss('not a secret name', `# binance\nGET /api/v3/account?timestamp=1718031234567&signature=${randomString(64, HEX)}\n`, 'docs/binance.md'),
        miss('no provider context', `client = Client("${randomString(64)}", "${randomString(64)}")\n`, 'app/sync.py')],
    };
  },
  'paystack-secret-key': () => ({
    hits: [env('PAYSTACK_SECRET_KEY', join('sk', '_live_', randomString(40, HEX))), code('paystackKey', join('sk', '_test_', randomString(40, HEX)))],
    misses: [envMiss('wrong length', 'PAYSTACK_SECRET_KEY', join('sk', '_live_', randomString(30, HEX))), envMiss('placeholder', 'PAYSTACK_SECRET_KEY', join('sk', '_live_', '0'.repeat(40)))],
  }),
  'toss-payments-secret-key': () => {
    const live = join('live', '_sk_', randomString(28));
    return {
      hits: [env('TOSS_SECRET_KEY', live), code('tossWidgetSecret', join('live', '_gsk_', randomString(28))),
        hit(`toss:\n  secret-key: ${join('test', '_sk_', randomString(28))}\n`, '', 'src/main/resources/application.yml')].map(h =>
        (h.value ? h : { ...h, value: /test_sk_[A-Za-z0-9]+/.exec(h.text)![0] })),
      misses: [miss('public by design', `const clientKey = "${join('live', '_ck_', randomString(28))}";\n`, 'web/checkout.ts'),
        envMiss('wrong length', 'TOSS_SECRET_KEY', join('live', '_sk_', randomString(12)))],
    };
  },
  'omise-secret-key': () => ({
    hits: [env('OMISE_SECRET_KEY', join('skey', '_', randomString(19, LOWER_ALNUM))), code('omiseSecret', join('skey', '_test_', randomString(19, LOWER_ALNUM)))],
    misses: [miss('public by design', `Omise.setPublicKey("${join('pkey', '_', randomString(19, LOWER_ALNUM))}");\n`, 'web/pay.js'),
      envMiss('wrong alphabet', 'OMISE_SECRET_KEY', join('skey', '_', randomString(19, 'ghijklmnopqrstuvwxyz')))],
  }),
  'midtrans-server-key': () => ({
    hits: [env('MIDTRANS_SERVER_KEY', join('Mid', '-server-', randomString(24, URLSAFE))), code('serverKey', join('SB-Mid', '-server-', randomString(24, URLSAFE)))],
    misses: [miss('public by design', `snap.clientKey = "${join('Mid', '-client-', randomString(16))}";\n`, 'web/snap.js'),
      envMiss('documented example', 'MIDTRANS_SERVER_KEY', join('SB-Mid', '-server-', 'abc123cde456'))],
  }),
  'xendit-secret-key': () => {
    const key = (mode: string) => join('xnd', `_${mode}_`, randomString(60, ALNUM + '+/'), '==');
    return {
      // (Or in the URL-safe alphabet.)
      hits: [env('XENDIT_SECRET_KEY', key('production')), code('xenditKey', key('development')), env('XENDIT_SECRET_KEY', join('xnd', '_production_', randomString(50, URLSAFE), '_', randomString(8)))],
      misses: [miss('public by design', `Xendit.setPublishableKey("${join('xnd', '_public_production_', randomString(60))}");\n`, 'web/card.js'),
        envMiss('wrong length', 'XENDIT_SECRET_KEY', join('xnd', '_production_', randomString(20)))],
    };
  },
  'bitrix24-webhook-url': () => {
    const url = (code: string) => join('https://shop-42.bitrix', '24.ru/rest/1/', code);
    const live = url(randomString(16, LOWER_ALNUM));
    return {
      hits: [hit(`<?php\ndefine('B24_WEBHOOK', '${live}/');\n`, live, 'crm/lead.php'), env('BITRIX24_WEBHOOK_URL', url(randomString(16, LOWER_ALNUM)))],
      misses: [miss('placeholder', `B24_WEBHOOK = "${url('<webhook-code>')}/"\n`, 'docs/setup.md'),
        envMiss('wrong alphabet', 'BITRIX24_WEBHOOK_URL', url('abcdefghijklmnop'))],
    };
  },
  'ngrok-authtoken': () => {
    const token = () => join(randomString(27), '_', randomString(21));
    const first = token();
    return {
      hits: [hit(`RUN ngrok config add-authtoken ${first}\n`, first, 'Dockerfile'), ((v: string) => hit(`$ ngrok authtoken ${v}\n`, v, 'docs/tunnel.md'))(token())],
      misses: [miss('placeholder', 'RUN ngrok config add-authtoken $NGROK_AUTHTOKEN\n', 'Dockerfile'),
        miss('wrong structure', `ngrok config add-authtoken ${randomString(48)}\n`, 'docs/tunnel.md')],
    };
  },
  'terraform-stored-secret': () => {
    const value = randomString(20) + '!q7';
    const other = randomString(24);
    return {
      hits: [hit(`resource "azurerm_key_vault_secret" "db" {\n  name         = "db-password"\n  value        = "${value}"\n  key_vault_id = azurerm_key_vault.main.id\n}\n`, value, 'infra/azure/main.tf'),
        hit(`resource "aws_ssm_parameter" "api" {\n  name  = "/prod/api/key"\n  type  = "SecureString"\n  value = "${other}"\n}\n`, other, 'infra/aws/ssm.tf')],
      misses: [miss('reference', 'resource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = "${var.db_password}"\n}\n', 'infra/aws/secrets.tf'),
        miss('not a secret name', `resource "aws_ssm_parameter" "region" {\n  name  = "/prod/region"\n  type  = "String"\n  value = "${randomString(24)}"\n}\n`, 'infra/aws/ssm.tf')],
    };
  },
  'magic-secret-key': () => {
    const key = (mode: string) => join('sk', `_${mode}_`, 'B2', randomString(14, '0123456789ABCDEF'));
    const inCode = key('live');
    return {
      hits: [env('MAGIC_SECRET_KEY', key('live')), hit(`const magic = new Magic("${inCode}");\n`, inCode, 'server/magic.ts'), env('MAGIC_SECRET_KEY', key('test'))],
      misses: [envMiss('no provider context', 'SECRET_KEY', key('live')), envMiss('wrong length', 'MAGIC_SECRET_KEY', join('sk', '_live_', randomString(10, '0123456789ABCDEF')))],
    };
  },
  'live-mode-api-key': () => {
    const key = (prefix: string) => join(prefix, '_live_', randomString(30), 'x7');
    const a = key('lf'), b = key('dk');
    return {
      hits: [hit(`        default: ${a}\n`, a, 'openapi/payments-api.yaml'),
        hit(`            .header("X-Device-Key", "${b}")\n`, b, 'app/src/main/java/ApiClient.kt'), env('ACME_KEY', key('acme'))],
      misses: [envMiss('public by design', 'ACME_KEY', key('pk')), envMiss('public by design', 'RADAR_KEY', join('prj', '_live_pk_', randomString(40, HEX))),
        envMiss('public by design', 'BRANCH_KEY', join('key', '_live_', randomString(32))), envMiss('public by design', 'PAYGATE_KEY', key('pgpk')),
        envMiss('not a secret name', 'CHECKOUT_SESSION', key('cs')), envMiss('wrong length', 'ACME_KEY', join('lf', '_live_', randomString(12))),
        miss('not a secret name', 'const is_live_stream_enabled_for_all_regions_today = true;\n', 'src/flags.ts')],
    };
  },
  'workos-api-key': () => {
    const key = (mode: string) => join('sk', `_${mode}_`, base64(join('key', '_01', randomString(24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ'), ',', randomString(25))).replace(/=+$/, ''));
    return {
      hits: [env('WORKOS_API_KEY', key('live')), code('workosKey', key('test'))],
      misses: [envMiss('wrong structure', 'WORKOS_API_KEY', join('sk', '_live_', base64(randomString(56)).replace(/=+$/, ''))), envMiss('wrong length', 'WORKOS_API_KEY', join('sk', '_live_', randomString(30)))],
    };
  },
  'wandb-api-key-v1': () => ({
    hits: [env('WANDB_API_KEY', join('wandb', '_v1_', randomString(27), '_', randomString(49)))],
    misses: [envMiss('wrong length', 'WANDB_API_KEY', join('wandb', '_v1_', randomString(20))), envMiss('placeholder', 'WANDB_API_KEY', join('wandb', '_v1_', 'x'.repeat(80)))],
  }),
  'browser-use-api-key': () => ({
    hits: [env('BROWSER_USE_API_KEY', join('bu', '_', randomString(41, URLSAFE), 'x9'))],
    misses: [envMiss('wrong length', 'BROWSER_USE_API_KEY', join('bu', '_', randomString(20), 'x9')), miss('wrong alphabet', 'const bu_mapping_for_the_menu_bar_items_and_actions_in_the_app = 1;\n', 'menu.js')],
  }),
  'lob-api-key': () => {
    const key = join('li', 've_', randomString(35, HEX));
    return {
      hits: [env('LOB_API_KEY', key), hit(`const lob = require('lob')('${key}');\n`, key, 'mail.js')],
      misses: [envMiss('no provider context', 'API_KEY', key), envMiss('public by design', 'LOB_PUBLISHABLE_KEY', join('li', 've_pub_', randomString(32, HEX)))],
    };
  },
  'salesforce-access-token': () => {
    const token = join('00D', randomString(12), '!', randomString(94, ALNUM + '._'), 'x9');
    return {
      hits: [env('SALESFORCE_ACCESS_TOKEN', token), hit(`sf = Salesforce(instance_url="https://acme.my.salesforce.com", session_id="${token}")\n`, token, 'sync.py')],
      misses: [envMiss('no provider context', 'ACCESS_TOKEN', token), envMiss('wrong length', 'SALESFORCE_ACCESS_TOKEN', join('00D', randomString(12), '!', randomString(20)))],
    };
  },
  'salesforce-refresh-token': () => {
    const token = join('5Aep8', randomString(84, ALNUM + '._'), 'x9');
    return {
      hits: [env('SALESFORCE_REFRESH_TOKEN', token), hit(`refresh_token | ${token}\n`, token, 'transcripts/psql-crm.txt')],
      misses: [envMiss('wrong length', 'SALESFORCE_REFRESH_TOKEN', join('5Aep8', randomString(20))),
        envMiss('wrong structure', 'SALESFORCE_REFRESH_TOKEN', join('5Aep8', 'abcdefghijklmnopqrstuvwxyz'.repeat(3)))],
    };
  },
  'ably-api-key': () => {
    const key = join(randomString(6, URLSAFE), '.', randomString(6, URLSAFE), ':', randomString(41, URLSAFE), 'x9');
    return {
      hits: [env('ABLY_API_KEY', key), hit(`const ably = new Ably.Realtime('${key}');\n`, key, 'src/live.ts')],
      misses: [envMiss('no provider context', 'API_KEY', key), envMiss('wrong length', 'ABLY_API_KEY', join(randomString(6), '.', randomString(6), ':', randomString(20), 'x9'))],
    };
  },
  'backblaze-application-key': () => {
    const key = join('K', '005', randomString(25, BASE64), 'x9');
    return {
      hits: [env('B2_APPLICATION_KEY', key), hit(`b2_api.authorize_account("production", "${randomString(25, HEX)}", "${key}")\n`, key, 'backup.py'),
        hit(`[offsite]\ntype = b2\naccount = ${randomString(25, HEX)}\nkey = ${key}\n`, key, '.config/rclone/rclone.conf'),
        hit(`{\n  "storage": {\n    "type": "b2",\n    "config": {\n      "keyID": "${randomString(25, HEX)}",\n      "key": "${key}"\n    }\n  }\n}\n`, key, '.config/kopia/repository.config'),
        // A random body holds no digit about one time in a hundred.
        env('B2_APPLICATION_KEY', join('K', '005', randomString(25, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/'), 'qZ'))],
      misses: [envMiss('no provider context', 'APPLICATION_KEY', key), envMiss('wrong length', 'B2_APPLICATION_KEY', join('K', '005', randomString(12), 'x9'))],
    };
  },
  'alchemy-api-key': () => {
    const key = randomString(30, URLSAFE) + 'x9';
    return {
      hits: [hit(`url: "https://eth-mainnet.g.alchemy.com/v2/${key}",\n`, key, 'hardhat.config.ts')],
      misses: [miss('wrong length', `url: "https://eth-mainnet.g.alchemy.com/v2/${randomString(20)}",\n`, 'hardhat.config.ts'), miss('reference', 'url: `https://eth-mainnet.g.alchemy.com/v2/${process.env.ALCHEMY_KEY}`,\n', 'hardhat.config.ts')],
    };
  },
  'infura-api-key': () => {
    const key = randomString(32, HEX);
    return {
      hits: [hit(`const provider = new JsonRpcProvider("https://mainnet.infura.io/v3/${key}");\n`, key, 'src/chain.ts'),
        ((k: string) => hit(`const web3 = new Web3(new Web3.providers.WebsocketProvider("wss://mainnet.infura.io/ws/v3/${k}"));\n`, k, 'src/web3-legacy.js'))(randomString(32, HEX))],
      misses: [miss('wrong length', `const provider = new JsonRpcProvider("https://mainnet.infura.io/v3/${randomString(24, HEX)}");\n`, 'src/chain.ts'), miss('placeholder', 'https://mainnet.infura.io/v3/YOUR-PROJECT-ID', 'README.md')],
    };
  },
  'ethereum-private-key': () => {
    const key = () => '0x' + randomString(64, HEX);
    const a = key(), b = key(), c = key();
    return {
      hits: [
        hit(`const wallet = new ethers.Wallet("${a}", provider);\n`, a, 'scripts/deploy.ts'),
        // The arguments a line each, the key without its 0x.
        hit(`  const signer = new ethers.Wallet(\n    "${c.slice(2)}",\n    ethers.provider\n  );\n`, c.slice(2), 'scripts/deploy.js'),
        hit(`acct = w3.eth.account.from_key("${b.slice(2)}")\n`, b.slice(2), 'bot.py'),
        // A Foundry script's cheatcode.
        hit(`    function run() external {\n        vm.startBroadcast(uint256(${a}));\n        new Treasury(MULTISIG);\n`, a, 'script/Deploy.s.sol'),
        hit(`module.exports = {\n  networks: {\n    sepolia: {\n      accounts: [\n        "${c}",\n      ],\n    },\n  },\n};\n`, c, 'hardhat.config.js'),
        // A constant defined above and listed by name in a network's accounts.
        hit(`const SEPOLIA_DEPLOYER = "${c}";\n\nconst config = {\n  networks: {\n    sepolia: { url: RPC, accounts: [SEPOLIA_DEPLOYER] },\n  },\n};\n`, c, 'hardhat.config.ts'),
        env('PRIVATE_KEY', key()),
        // Named in a doc's prose, the key in a code span.
        hit(`> the treasury hot wallet is \`0x${randomString(40, HEX)}\` with private key \`${b}\`. Do not fund it.\n`, b, 'docs/integrations/web3.md'),
        env('DEPLOYER_PRIVATE_KEY', randomString(64, HEX)),
        // A role's key by its name: a short `_PK`, Solidity's constant, Go's hex string.
        env('BASE_DEPLOYER_PK', key()),
        ((k: string) => hit(`contract Deploy is Script {\n    uint256 internal constant KEEPER_KEY = ${k};\n}\n`, k, 'script/Deploy.s.sol'))(key()),
        ((k: string) => hit(`const relayerKeyHex = "${k}"\n`, k, 'internal/rpc/client.go'))(randomString(64, HEX)),
      ],
      misses: [
        miss('wrong structure', `const receipt = await provider.getTransactionReceipt("${key()}");\n`, 'src/tx.ts'),
        miss('not a secret name', `const txHash = "${key()}";\n`, 'src/tx.ts'),
        miss('wrong structure', `const TX_HASH = "${key()}";\nconst config = { networks: { sepolia: { accounts: [DEPLOYER] } } };\n`, 'hardhat.config.ts'),
        miss('wrong length', `const wallet = new ethers.Wallet("0x${randomString(40, HEX)}");\n`, 'scripts/deploy.ts'),
        miss('not a secret name', `bytes32 internal constant KEEPER_ROLE_HASH = ${key()};\n`, 'src/Roles.sol'),
      ],
    };
  },
  'bind-private-key-file': () => {
    const hmac = randomString(43, BASE64) + '=';
    const exponent = randomString(342, BASE64) + '==';
    const header = (algorithm: string) => `Private-key-format: v1.3\nAlgorithm: ${algorithm}\n`;
    return {
      hits: [hit(`${header('163 (HMAC_SHA256)')}Key: ${hmac}\nBits: AAA=\n`, hmac, 'ddns/Kddns-update.+163+40211.private'),
        hit(`${header('8 (RSASHA256)')}Modulus: ${randomString(342, BASE64)}==\nPublicExponent: AQAB\nPrivateExponent: ${exponent}\nPrime1: ${randomString(171, BASE64)}=\n`, exponent, 'zones/Kexample.org.+008+31337.private')],
      misses: [miss('wrong structure', `Algorithm: 163 (HMAC_SHA256)\nKey: ${hmac}\n`, 'notes/dns.txt'),
        miss('wrong length', `${header('163 (HMAC_SHA256)')}Key: ${hmac.slice(0, 12)}\n`, 'Kddns.+163+40211.private')],
    };
  },
  'tuya-local-key': () => {
    const key = `${randomString(8)}#&${randomString(4)}{=`;
    const other = `/)${randomString(10)}$+${randomString(2)}`;
    return {
      hits: [hit(`localtuya:\n  - host: 192.168.1.78\n    device_id: bfkvbr1emv1ya2d7b1de1y\n    local_key: "${key}"\n`, key, 'homeassistant/packages/localtuya.yaml'),
        hit(`[\n  {\n    "name": "Desk Lamp",\n    "id": "bf72myeer8j3s59nsg0caa",\n    "key": "${other}",\n    "mac": "10:5a:17:9c:3e:21"\n  }\n]\n`, other, 'tuya/devices.json')],
      misses: [miss('placeholder', 'local_key: "xxxxxxxxxxxxxxxx"\n', 'localtuya.yaml'), miss('wrong length', `local_key: "${key.slice(0, 12)}"\n`, 'localtuya.yaml'),
        miss('no provider context', `{"name": "Desk Lamp", "key": "${other}"}\n`, 'config/menu.json')],
    };
  },  'pulumi-plaintext-secret': () => {
    const pw = `${randomString(10)}>>${randomString(8)}`;
    const marker = `"${join('4dabf1819307', '2939515e22adb298388d')}": "${join('1b4706126413', '8c4ac30d75fd1eb44270')}"`;
    return {
      hits: [hit(`{\n  "outputs": {\n    "dbPassword": {\n      ${marker},\n      "plaintext": "\\"${pw}\\""\n    }\n  }\n}\n`, pw, 'tickets/prod-stack-show-secrets.json')],
      // (Without --show-secrets the export holds the ciphertext.)
      misses: [miss('wrong structure', `{\n  "dbPassword": {\n    ${marker},\n    "ciphertext": "v1:${base64(randomString(12))}:${base64(randomString(30))}"\n  }\n}\n`, 'stack.json'),
        miss('placeholder', `{\n  "dbPassword": {\n    ${marker},\n    "plaintext": "\\"changeme\\""\n  }\n}\n`, 'stack.json')],
    };
  },
  'anaconda-channel-token': () => {
    const token = `${randomString(2, 'abcdefghijklmnopqrstuvwxyz')}-${uuid()}`;
    return {
      hits: [hit(`channels:\n  - https://conda.anaconda.org/t/${token}/rc-genomics\n  - conda-forge\n`, token, '.condarc'),
        hit(`conda install -c https://conda.anaconda.org/t/${token}/acme acme-tools\n`, token, 'ci/install.sh')],
      misses: [miss('wrong structure', 'channels:\n  - https://conda.anaconda.org/conda-forge\n', '.condarc'),
        miss('placeholder', 'channels:\n  - https://conda.anaconda.org/t/<TOKEN>/acme\n', 'README.md')],
    };
  },
  'irods-password-file': () => {
    const scrambled = `+0${randomString(6)}$C7${randomString(5)}&z8(`;
    return {
      hits: [hit(`${scrambled}\n`, scrambled, 'home/dana/.irods/.irodsA')],
      misses: [miss('no provider context', `${scrambled}\n`, 'notes/irods.txt'), miss('placeholder', 'changeme\n', '.irods/.irodsA')],
    };
  },
  'proxmox-api-token': () => {
    const secret = uuid();
    return {
      hits: [hit(`curl -H "Authorization: PVEAPIToken=root@pam!backupcheck=${secret}" https://pve01:8006/api2/json/nodes\n`, secret, 'scripts/check.sh'),
        hit(`PBS_REPOSITORY=backup@pbs!pve01@pbs.home.arpa:store1\nauth = "PBSAPIToken=backup@pbs!pve01:${secret}"\n`, secret, 'pbs.toml')],
      misses: [miss('placeholder', 'Authorization: PVEAPIToken=root@pam!backupcheck=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n', 'docs/api.md'),
        miss('wrong structure', `request_id = "${secret}"\nuser = "root@pam"\n`, 'logs/run.toml')],
    };
  },
  'proxmox-storage-password': () => {
    const pw = uuid(), cifs = `${randomString(16)}%!`;
    return {
      hits: [hit(`${pw}\n`, pw, 'etc/pve/priv/storage/pbs-offsite.pw'), hit(`${cifs}\n`, cifs, 'priv/storage/nas-cifs.pw')],
      misses: [miss('placeholder', 'changeme\n', 'etc/pve/priv/storage/pbs-offsite.pw'), miss('no provider context', `${pw}\n`, 'notes/pbs-offsite.txt')],
    };
  },
  'proxmox-backup-encryption-key': () => {
    const key = `${randomString(43, BASE64).slice(0, 42)}A=`;
    const file = (kdf: string) => `{\n  "kdf": ${kdf},\n  "created": "2023-11-04T10:22:31+01:00",\n  "modified": "2023-11-04T10:22:31+01:00",\n  "data": "${key}",\n  "fingerprint": "5d:ca:04"\n}\n`;
    return {
      hits: [hit(file('null'), key, 'etc/pve/priv/storage/pbs-offsite.enc')],
      // (With a KDF, the data is the key encrypted with a password.)
      misses: [miss('wrong structure', file('{\n    "Scrypt": { "n": 65536, "r": 8, "p": 1, "salt": "AAAA" }\n  }'), 'keys/encryption-key.json')],
    };
  },
  'oxidized-router-db': () => {
    const pw = `${randomString(10)}*${randomString(4)}?`, enable = `${randomString(8)}%${randomString(5)}`;
    return {
      hits: [hit(`# name:model:username:password:enable\ncore-rtr01.net.example.org:ios:oxidized:${pw}\n`, pw, 'inventory/oxidized/router.db'),
        hit(`core-rtr01.net.example.org:ios:oxidized::${enable}\n`, enable, 'oxidized/router.db'),
        hit(`10.40.0.1:junos:backup:${pw}\n`, pw, '.config/oxidized/router.db')],
      // (RANCID's router.db names a device's type and state, no password.)
      misses: [miss('wrong structure', 'core-rtr01.net.example.org;cisco;up\nedge-fw01:juniper:up\n', 'rancid/CORE/router.db'),
        miss('placeholder', 'core-rtr01:ios:oxidized:changeme\n', 'oxidized/router.db'),
        miss('no provider context', `core-rtr01:ios:oxidized:${pw}\n`, 'notes/devices.txt')],
    };
  },
};
