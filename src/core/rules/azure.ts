import { bare, leadIn, prefixed } from './define';
import type { Rule } from '../types';

/** Azure OpenAI keys are plain 32-hex strings: only trusted next to an Azure OpenAI endpoint or name. */
const AZURE_OPENAI = /openai\.azure\.com|cognitiveservices\.azure\.com|azure[-_ ]?openai/i;

export const azureRules: Rule[] = [
  {
    id: 'azure-openai-key', provider: 'Azure', title: 'Azure OpenAI API key',
    keywords: ['openai.azure.com', 'cognitiveservices.azure.com', 'azure_openai', 'azureopenai', 'azure-openai'],
    pattern: bare('[a-f0-9]{32}'),
    window: { before: 1500, after: 1500, wholeLines: true },
    context: { pattern: AZURE_OPENAI, chars: 1500 },
    // A 32-hex value near the endpoint could be a deployment id or a hash: require a key-ish name.
    validate: (_v, ctx, m) => /key|secret|token|credential|auth|subscription/i.test(leadIn(ctx.text, m.start)),
    confidence: 'provider', severity: 'error',
    envVar: 'AZURE_OPENAI_API_KEY', rotateUrl: 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI',
    description: 'Azure OpenAI / Cognitive Services key (32 hex) next to an *.openai.azure.com endpoint or an AZURE_OPENAI name.',
  },
  {
    id: 'azure-storage-account-key', provider: 'Azure', title: 'Azure storage account key',
    keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
    confidence: 'provider', severity: 'error',
    envVar: 'AZURE_STORAGE_CONNECTION_STRING', rotateUrl: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
    description: 'Azure storage account key (88-character base64) in a connection string: full access to the account\'s blobs, queues and tables.',
  },
  {
    id: 'azure-shared-access-key', provider: 'Azure', title: 'Azure Service Bus / Event Hubs shared access key',
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/i,
    confidence: 'provider', severity: 'error',
    envVar: 'AZURE_SERVICEBUS_CONNECTION_STRING', rotateUrl: 'https://portal.azure.com/',
    description: 'Shared access key (44-character base64) in an Azure Service Bus, Event Hubs or IoT Hub connection string.',
  },
  prefixed({
    id: 'azure-ad-client-secret', provider: 'Azure', title: 'Microsoft Entra ID (Azure AD) client secret',
    // Three characters, a digit, then the `Q~` marker, then 31–34 more.
    prefix: '', body: '[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}', tokenChars: 'A-Za-z0-9_~.-',
    keywords: [...'0123456789'].map(d => `${d}q~`),
    envVar: 'AZURE_CLIENT_SECRET', rotateUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    description: 'Microsoft Entra ID application client secret (…Q~…): signs in as the app registration.',
  }),
];
