import { prefixed } from './define';
import type { Rule } from '../types';

/** 93 URL-safe characters then a fixed `AA`: 108 characters with the 13-character prefix. */
const BODY = '[A-Za-z0-9_-]{93}AA';

export const anthropicRules: Rule[] = [
  prefixed({
    id: 'anthropic-api-key', provider: 'Anthropic', title: 'Anthropic API key',
    source: 'provider docs: platform.claude.com get-api-key (sk-ant-api03- placeholder); length observed',
    prefix: 'sk-ant-api03-', body: BODY,
    envVar: 'ANTHROPIC_API_KEY', rotateUrl: 'https://console.anthropic.com/settings/keys',
    description: 'Anthropic API key (sk-ant-api03-…); billable Claude API access until revoked.',
  }),
  prefixed({
    id: 'anthropic-admin-key', provider: 'Anthropic', title: 'Anthropic admin key',
    source: 'third-party only (sk-ant-admin01- observed; console Admin keys page confirms the kind)',
    prefix: 'sk-ant-admin01-', body: BODY,
    narrower: 'Admin keys manage the Anthropic organization (members, workspaces, keys); application code needs a regular API key (sk-ant-api03-) in a dedicated workspace.',
    envVar: 'ANTHROPIC_ADMIN_KEY', rotateUrl: 'https://console.anthropic.com/settings/admin-keys',
    description: 'Anthropic Admin API key (sk-ant-admin01-…): manages members, workspaces and keys. Never belongs in application code.',
  }),
];
