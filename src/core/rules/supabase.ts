import { jwtRule } from './jwt';
import { prefixed } from './define';
import type { Rule } from '../types';

const API_KEYS = 'https://supabase.com/dashboard/project/_/settings/api-keys';

export const supabaseRules: Rule[] = [
  jwtRule('supabase-service-role', {
    id: 'supabase-service-role-key', provider: 'Supabase', title: 'Supabase service-role key',
    source: 'provider docs: supabase.com/docs/guides/api/api-keys (legacy service_role JWT; decode to tell from anon)',
    confidence: 'provider', severity: 'error',
    envVar: 'SUPABASE_SERVICE_ROLE_KEY', rotateUrl: API_KEYS,
    description: 'Supabase service_role JWT: bypasses row-level security. (The anon key is public by design and not reported.)',
  }),
  prefixed({
    id: 'supabase-secret-key', provider: 'Supabase', title: 'Supabase secret API key',
    source: 'provider announcement: supabase.com changelog 29260 (sb_secret_ keys)',
    prefix: 'sb_secret_', body: '[A-Za-z0-9_-]{20,80}',
    envVar: 'SUPABASE_SECRET_KEY', rotateUrl: API_KEYS,
    description: 'Supabase secret API key (sb_secret_…): server-side key that bypasses row-level security.',
  }),
  prefixed({
    id: 'supabase-management-token', provider: 'Supabase', title: 'Supabase management API token',
    source: 'observed (sbp_ + 40 hex personal access tokens)',
    prefix: 'sbp_', body: '[a-f0-9]{40}',
    envVar: 'SUPABASE_ACCESS_TOKEN', rotateUrl: 'https://supabase.com/dashboard/account/tokens',
    description: 'Supabase personal access token for the Management API (sbp_ + 40 hex): manages every project of the account.',
  }),
];
