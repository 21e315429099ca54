import { around, bare, contextual, leadIn, mixesLettersAndDigits, prefixed, providerKey } from './define';
import type { RawMatch, Rule, RuleContext } from '../types';

/** Not the value of an `AccountKey=` pair: the connection-string rule reports those. */
const notInConnectionString = (_v: string, ctx: RuleContext, m: RawMatch) => !/AccountKey=$/i.test(ctx.text.slice(Math.max(0, m.start - 11), m.start));

/** A SAS token's expiry (`se=2025-01-01T…`) in the same URL, when present. */
function sasExpiry(ctx: RuleContext, m: RawMatch): Date | undefined {
  const near = around(ctx.text, m.start, m.end, 400);
  // Storage SAS: an ISO date; Service Bus / Event Hubs SAS: seconds since the epoch.
  const se = /[?&;\s]se=([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{9,11}(?![0-9]))/i.exec(near);
  const when = !se ? undefined : se[1].includes('-') ? new Date(se[1]) : new Date(Number(se[1]) * 1000);
  return when && !isNaN(when.getTime()) ? when : undefined;
}

/** Azure OpenAI keys are plain 32-hex strings: only trusted next to an Azure OpenAI endpoint or name. */
const AZURE_OPENAI = /openai\.azure\.com|cognitiveservices\.azure\.com|azure[-_ ]?openai/i;

/** One key of `az storage account keys list` output, up to its value. */
// (Or a row of its table output, `-o table`: `key1       FULL           …`.)
const AZ_KEYS_LIST_ENTRY = /(?:"keyName":[ \t]{0,2}"key[12]",\s{0,40}"permissions":[ \t]{0,2}"(?:FULL|Full|READ|Read)",\s{0,40}"value":[ \t]{0,2}"|(?:^|\n)key[12][ \t]{2,40}(?:FULL|Full|READ|Read)[ \t]{2,40})$/;

export const azureRules: Rule[] = [
  {
    id: 'azure-openai-key', provider: 'Azure', title: 'Azure OpenAI API key',
    keywords: ['openai.azure.com', 'cognitiveservices.azure.com', 'azure_openai', 'azureopenai', 'azure-openai'],
    // Legacy keys are 32 hex; keys issued since 2024 are 84 alphanumerics.
    pattern: bare('(?:[a-f0-9]{32}|[A-Za-z0-9]{84})'),
    window: { before: 1500, after: 1500, wholeLines: true },
    context: { pattern: AZURE_OPENAI, chars: 1500 },
    // A 32-hex value near the endpoint could be a deployment id or a hash: require a key-ish name.
    validate: (v, ctx, m) => /key|secret|token|credential|auth|subscription/i.test(leadIn(ctx.text, m.start))
      && (v.length === 32 || (/[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v))),
    source: 'provider docs: Azure OpenAI "Keys and Endpoint" (KEY1/KEY2, api-key header); 32-hex and 84-character shapes are observed',
    confidence: 'provider', severity: 'error',
    envVar: 'AZURE_OPENAI_API_KEY', rotateUrl: 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI',
    description: 'Azure OpenAI / Cognitive Services key (32 hex or 84 characters) next to an *.openai.azure.com endpoint or an AZURE_OPENAI name.',
  },
  {
    id: 'azure-storage-account-key', provider: 'Azure', title: 'Azure storage account key',
    // (Or Hadoop's ABFS/WASB setting for the account: `fs.azure.account.key.<account>.dfs.core.windows.net=…`, Spark's `spark.hadoop.` too,
    // in a Scala or a Ruby map: `"…" -> "…"`, `"…" => "…"`.)
    keywords: ['accountkey=', 'fs.azure.account.key.'],
    pattern: /(?:AccountKey=|fs\.azure\.account\.key\.[\w.-]{1,200}?\.(?:dfs|blob)\.core\.windows\.net["']?[ \t]{0,3}(?:[=:,]|->|=>)[ \t]{0,3}["']?)(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
    // Cosmos DB connection strings use the same `AccountKey=` pair with a documents.azure.com endpoint.
    validate: (_v, ctx, m) => /documents\.azure\.com|AccountEndpoint=/i.test(around(ctx.text, m.start, m.end, 300))
      ? { title: 'Azure Cosmos DB account key', detail: 'full read/write access to the account\'s databases' } : true,
    source: 'provider docs: Azure "Manage account access keys" (two 512-bit keys) and Purview SITs for storage and Cosmos DB keys',
    confidence: 'provider', severity: 'error',
    envVar: 'AZURE_STORAGE_CONNECTION_STRING', rotateUrl: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
    description: 'Azure storage account key (88-character base64) in a connection string: full access to the account\'s blobs, queues and tables.',
  },
  {
    id: 'azure-shared-access-key', provider: 'Azure', title: 'Azure Service Bus / Event Hubs shared access key',
    source: 'provider docs: Service Bus / Event Hubs connection strings (SharedAccessKeyName, SharedAccessKey = base64 of a 256-bit key)',
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/i,
    // Notification Hubs' listen-only policy is made for client apps (they register for pushes with it).
    validate: (_v, ctx, m) => (/SharedAccessKeyName=DefaultListenSharedAccessSignature;[ \t]{0,4}$/i.test(ctx.text.slice(Math.max(0, m.start - 120), m.start).replace(/SharedAccessKey=$/i, ''))
      ? { severity: 'info', detail: "Notification Hubs' listen-only key, made for client apps" } : true),
    confidence: 'provider', severity: 'error',
    envVar: 'AZURE_SERVICEBUS_CONNECTION_STRING', rotateUrl: 'https://portal.azure.com/',
    description: 'Shared access key (44-character base64) in an Azure Service Bus, Event Hubs or IoT Hub connection string. A Notification Hubs listen-only key (DefaultListenSharedAccessSignature), made for client apps, is information.',
  },
  prefixed({
    id: 'azure-ad-client-secret', provider: 'Azure', title: 'Microsoft Entra ID (Azure AD) client secret',
    source: 'provider docs: Purview SIT "Microsoft Entra client secret" (3 chars, a digit, Q~, checksum)',
    // Three characters, a digit, then the `Q~` marker, then 31–34 more.
    prefix: '', body: '[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}', tokenChars: 'A-Za-z0-9_~.-',
    keywords: [...'0123456789'].map(d => `${d}q~`),
    envVar: 'AZURE_CLIENT_SECRET', rotateUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    description: 'Microsoft Entra ID application client secret (…Q~…): signs in as the app registration.',
  }),
  providerKey({
    id: 'azure-storage-key', provider: 'Azure', title: 'Azure storage account key',
    // The 88-character base64 key outside a connection string (AZURE_STORAGE_KEY=…, account_key=…).
    // (The Azure CLI's `~/.azure/config` keeps one under `[storage]`: `account = …`, `key = …`.)
    // (And the CLI's `az storage account keys list`: `{"keyName": "key1", "permissions": "FULL", "value": "…"}`.)
    body: '[A-Za-z0-9+/]{86}==', near: /azure|blob\.core\.windows\.net|storage[-_ ]?account|^\[storage\]|"keyName":[ \t]{0,2}"key[12]"|^KeyName[ \t]{2,40}Permissions[ \t]{2,40}Value/im, tokenChars: 'A-Za-z0-9+/=',
    keywords: ['azure', 'ob.core.windows', 'ge_account', 'geaccount', '[storage]', '"keyname"', 'keyname    permissions'],
    argumentAfter: before => AZ_KEYS_LIST_ENTRY.test(before),
    // (Not a password hash beside its salt: Keycloak's realm export stores `{"value":"<88 base64>","salt":…}` for PBKDF2-SHA512.)
    also: (v, ctx, m) => notInConnectionString(v, ctx, m) && !/cosmos|documents\.azure/i.test(around(ctx.text, m.start, m.end, 300))
      && !/\\?"salt\\?"[ \t]{0,2}:|hashIterations|pbkdf2/i.test(around(ctx.text, m.start, m.end, 200)),
    source: 'provider docs: Azure "Manage account access keys" (512-bit keys, 88 base64 characters derived) and Purview SIT "Azure storage account key (generic)"',
    envVar: 'AZURE_STORAGE_KEY', rotateUrl: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
    description: 'Azure storage account key (88-character base64) under a key name next to Azure storage usage.',
  }),
  providerKey({
    id: 'azure-cosmos-key', provider: 'Azure', title: 'Azure Cosmos DB account key',
    body: '[A-Za-z0-9+/]{86}==', near: /cosmos|documents\.azure\.com|documentdb/i, tokenChars: 'A-Za-z0-9+/=',
    keywords: ['cosmos', 's.azure.com', 'cumentdb'],
    also: notInConnectionString,
    source: 'provider docs: Purview SITs "Azure Cosmos DB account access key" and "Azure DocumentDB auth key" (86 base64 + ==)',
    envVar: 'COSMOS_KEY', rotateUrl: 'https://portal.azure.com/#browse/Microsoft.DocumentDb%2FdatabaseAccounts',
    description: 'Azure Cosmos DB account key (88-character base64) under a key name next to Cosmos DB usage: full access to the account\'s data.',
  }),
  {
    id: 'azure-sas-token', provider: 'Azure', title: 'Azure shared access signature (SAS)',
    keywords: ['sig='],
    // The signature of a SAS URL or SharedAccessSignature string; `sv=` (signed version) marks it as Azure's.
    pattern: /[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,100}(?:%3D|=)?)(?![A-Za-z0-9%+/=])/i,
    // `sv=` (signed version) marks a storage SAS, at a URL's query or opening a bare token (Spark's
    // `fs.azure.sas.<container>.<account>  sv=…`); `SharedAccessSignature sr=` a Service Bus / Event Hubs one.
    context: { pattern: /(?<![\w-])sv=20[0-9]{2}-[0-9]{2}-[0-9]{2}|SharedAccessSignature\s{1,3}sr=/i, chars: 400 },
    validate: (_v, ctx, m) => {
      const expiry = sasExpiry(ctx, m);
      if (!expiry) return { detail: 'no expiry found' };
      const day = expiry.toISOString().slice(0, 10);
      return expiry.getTime() < Date.now() ? { severity: 'info', detail: `expired ${day}` } : { detail: `expires ${day}` };
    },
    confidence: 'provider', severity: 'warning',
    source: 'provider docs: Purview SIT "Azure SAS" (sig= + 43–53 [A-Za-z0-9%] ending %3d); sv=/se= fields from the SAS URL format',
    envVar: 'AZURE_STORAGE_SAS_TOKEN', rotateUrl: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview',
    description: 'Azure shared access signature (the sig= of a storage SAS URL with sv=, or of a Service Bus / Event Hubs SharedAccessSignature): access until it expires (expired ones are informational).',
  },
  {
    id: 'azure-function-key', provider: 'Azure', title: 'Azure Functions key in a URL',
    keywords: ['azurewebsites.net/api/'],
    // A function's or the host's key in the `code` query parameter of its HTTP trigger's URL.
    pattern: /https:\/\/[a-z0-9][a-z0-9-]{0,59}\.azurewebsites\.net\/api\/[^\s?#"'`]{1,120}\?(?:[^\s#"'`]{0,200}&)?code=(?<secret>[A-Za-z0-9_-]{30,100}(?:={1,2}|%3D%3D|%3D)?)(?![A-Za-z0-9_=%-])/,
    confidence: 'provider', severity: 'warning',
    source: 'provider docs: learn.microsoft.com Azure Functions HTTP trigger, "API key authorization" (https://<APP_NAME>.azurewebsites.net/api/<FUNCTION_NAME>?code=<API_KEY>)',
    envVar: 'AZURE_FUNCTION_KEY', rotateUrl: 'https://learn.microsoft.com/azure/azure-functions/function-keys-how-to',
    description: 'An Azure Functions access key in an HTTP trigger\'s URL (`?code=`): calls the function, or every function of the app for a host key.',
  },
  providerKey({
    id: 'azure-ad-client-secret-legacy', provider: 'Azure', title: 'Microsoft Entra ID client secret (older format)',
    // Older secrets mix in symbols; `=` and `:` are left out so a value never swallows its name.
    body: '[A-Za-z0-9_~.+/@?\\[\\]-]{32,44}', near: /azure|entra|\baad\b|arm[-_]client|msal|microsoftonline/i,
    // Only plain token characters fence the value: `=` and `:` also separate a name from its value.
    tokenChars: 'A-Za-z0-9_~.+/-',
    keywords: ['azure_client_secret', 'arm_client_secret', 'aad_client_secret', 'azure-client-secret', 'clientsecret', 'client_secret'],
    also: (v, ctx, m) => /client[-_ ]?secret/i.test(leadIn(ctx.text, m.start, 80)) && !/^.{3}[0-9]Q~/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v),
    source: 'provider docs: Purview SIT "Microsoft Entra client secret" (context AZURE_CLIENT_SECRET, tenant/app ids); pre-2021 secrets had no Q~ marker',
    envVar: 'AZURE_CLIENT_SECRET', rotateUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    description: 'Older Microsoft Entra ID client secret (32–44 characters) under a client-secret name next to Azure / Entra usage.',
  }),
  {
    id: 'azure-devops-pat', provider: 'Azure', title: 'Azure DevOps personal access token',
    source: 'provider docs: Purview SIT "Azure DevOps personal access token" (84 characters, fixed signature AZDO at positions 77–80); Azure DevOps Sprint 241 release notes (52 random characters in 84)',
    keywords: ['azdo'],
    pattern: bare('[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}'),
    validate: (value) => mixesLettersAndDigits(value.slice(0, 76)),
    confidence: 'provider', severity: 'error',
    envVar: 'AZURE_DEVOPS_PAT', secretNames: /(?:^|_)(?:AZURE_DEVOPS|ADO|VSTS|AZDO)_(?:PAT|TOKEN)$/,
    rotateUrl: 'https://dev.azure.com/_usersSettings/tokens',
    description: 'Azure DevOps personal access token (84 characters with the AZDO signature): repositories, pipelines and packages of the organisation as the user.',
  },
  contextual({
    id: 'azure-devops-pat-legacy', provider: 'Azure', title: 'Azure DevOps personal access token (legacy format)',
    // Base32 of a 256-bit key: 52 lower-case letters and digits 2–7.
    // No structure to check, only its place: a warning, as the generic rule's findings are.
    severity: 'warning',
    body: '[a-z2-7]{52}', near: /dev\.azure\.com|visualstudio\.com|azure[_ .-]?devops|\bvsts\b|\bazdo\b|\bado_?(?:pat|token)\b/i,
    keywords: ['dev.azure.com', 'visualstudio.com', 'azure_devops', 'azure-devops', 'azuredevops', 'azure devops', 'vsts', 'ado_pat', 'ado_token'],
    validate: (value) => /[2-7]/.test(value) && /[a-z]{3}/.test(value),
    source: 'provider docs: Purview SIT "Azure DevOps personal access token" (base32-encoded 256-bit symmetric key, keywords pat/ado/vsts/dev.azure.com)',
    envVar: 'AZURE_DEVOPS_PAT', rotateUrl: 'https://dev.azure.com/_usersSettings/tokens',
    description: 'Azure DevOps personal access token in the 52-character format issued before 2024, next to Azure DevOps usage.',
  }),
];
