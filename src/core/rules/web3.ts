/**
 * Blockchain node and indexer providers put the API key in the endpoint's URL: the URL a
 * wallet, a bot or an indexer is configured with is the credential. One rule per provider,
 * from one table: the host the provider documents and where in its URL the key sits.
 */

import type { Rule } from '../types';
import { mixesLettersAndDigits } from './define';

interface Endpoint {
  id: string;
  provider: string;
  /** The endpoint up to the key, as a pattern (the key is the `secret` group after it). */
  before: string;
  key: string;
  keywords: string[];
  source: string;
  rotateUrl: string;
}

const ENDPOINTS: Endpoint[] = [
  {
    id: 'infura-api-key', provider: 'Infura', before: '[a-z0-9-]{2,40}\\.infura\\.io\\/(?:ws\\/)?v3\\/', key: '[0-9a-f]{32}',
    keywords: ['infura.io/'], source: 'provider docs: MetaMask developer dashboard / Infura (https://<network>.infura.io/v3/<key>, wss://…/ws/v3/<key>)',
    rotateUrl: 'https://developer.metamask.io/',
  },
  {
    id: 'alchemy-api-key', provider: 'Alchemy', before: '[a-z0-9-]{2,40}\\.(?:g\\.alchemy\\.com|alchemyapi\\.io)\\/(?:v2|nft\\/v[23])\\/', key: '[A-Za-z0-9_-]{32}',
    keywords: ['alchemy.com/', 'alchemyapi.io/'], source: 'Alchemy docs (endpoint URLs https://<network>.g.alchemy.com/v2/<API key>)',
    rotateUrl: 'https://dashboard.alchemy.com/',
  },
  {
    id: 'quicknode-endpoint-token', provider: 'QuickNode', before: '[a-z0-9-]{2,60}\\.(?:[a-z0-9-]{2,40}\\.)?quiknode\\.pro\\/', key: '[0-9a-f]{40}',
    keywords: ['quiknode.pro/'], source: 'QuickNode docs ("Endpoint security": https://<name>.<network>.quiknode.pro/<token>/, the token authenticates)',
    rotateUrl: 'https://dashboard.quicknode.com/endpoints',
  },
  {
    id: 'ankr-endpoint-key', provider: 'Ankr', before: 'rpc\\.ankr\\.com\\/[a-z0-9_]{2,40}\\/', key: '[0-9a-f]{64}',
    keywords: ['rpc.ankr.com/'], source: 'Ankr docs (Premium endpoints: https://rpc.ankr.com/<chain>/<API key>)',
    rotateUrl: 'https://www.ankr.com/rpc/projects/',
  },
  {
    id: 'chainstack-endpoint-key', provider: 'Chainstack', before: 'nd-\\d{3}-\\d{3}-\\d{3}\\.p2pify\\.com\\/', key: '[0-9a-f]{32}',
    keywords: ['p2pify.com/'], source: 'Chainstack docs (node endpoints https://nd-123-456-789.p2pify.com/<auth key>)',
    rotateUrl: 'https://console.chainstack.com/',
  },
  {
    id: 'getblock-endpoint-token', provider: 'GetBlock', before: 'go\\.getblock\\.io\\/', key: '[0-9a-f]{32}',
    keywords: ['getblock.io/'], source: 'GetBlock docs (endpoints https://go.getblock.io/<access token>)',
    rotateUrl: 'https://account.getblock.io/',
  },
  {
    id: 'thegraph-gateway-key', provider: 'The Graph', before: 'gateway(?:-[a-z]{2,20})?\\.thegraph\\.com\\/api\\/', key: '[0-9a-f]{32}',
    keywords: ['thegraph.com/api/'], source: 'The Graph docs ("Querying from an application": https://gateway.thegraph.com/api/<API_KEY>/subgraphs/id/<id>)',
    rotateUrl: 'https://thegraph.com/studio/apikeys/',
  },
];

export const web3Rules: Rule[] = ENDPOINTS.map(e => ({
  id: e.id, provider: e.provider, title: `${e.provider} API key in an endpoint URL`,
  source: e.source,
  keywords: e.keywords,
  pattern: new RegExp(`(?:https|wss)://${e.before}(?<secret>${e.key})(?![A-Za-z0-9_-])`),
  validate: value => mixesLettersAndDigits(value),
  confidence: 'provider', severity: 'warning',
  envVar: `${e.provider.replace(/\W/g, '').toUpperCase()}_API_KEY`, rotateUrl: e.rotateUrl,
  description: `${e.provider}'s API key in its endpoint URL: whoever has the URL spends the plan's requests (and reads what it indexes). Keep the URL in an environment variable.`,
}));
