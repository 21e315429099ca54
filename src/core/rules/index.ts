/**
 * The rule catalogue: the only place a rule is registered. Order matters only for ties
 * (same confidence, same length) when two rules claim the same text.
 */

import type { Rule } from '../types';
import { anthropicRules } from './anthropic';
import { atlassianRules } from './atlassian';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { cloudRules } from './cloud';
import { communicationRules } from './communications';
import { connectionStringRules } from './connectionStrings';
import { credentialFileRules } from './credentialFiles';
import { envFallbackRules } from './envFallback';
import { genericRules } from './generic';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';
import { googleRules } from './google';
import { httpAuthRules } from './httpAuth';
import { jwtRules } from './jwt';
import { llmRules } from './llm';
import { messagingRules } from './messaging';
import { mlPlatformRules } from './mlPlatforms';
import { monitoringRules } from './monitoring';
import { openaiRules } from './openai';
import { paymentRules } from './payments';
import { privateKeyRules } from './privateKey';
import { registryRules } from './registries';
import { secretManagerRules } from './secretManagers';
import { supabaseRules } from './supabase';
import { checkRules } from '../checks/rules';

export const RULES: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...googleRules,
  ...azureRules,
  ...llmRules,
  ...mlPlatformRules,
  ...githubRules,
  ...gitlabRules,
  ...atlassianRules,
  ...registryRules,
  ...messagingRules,
  ...paymentRules,
  ...communicationRules,
  ...monitoringRules,
  ...cloudRules,
  ...supabaseRules,
  ...secretManagerRules,
  ...awsRules,
  ...privateKeyRules,
  // Specific files before generic URL/header shapes: a .git-credentials line is both.
  ...credentialFileRules,
  ...connectionStringRules,
  ...httpAuthRules,
  // Provider-specific JWT kinds (Supabase, 1Password) are registered above; this is the rest.
  ...jwtRules,
  ...genericRules,
  ...envFallbackRules,
  ...checkRules, // client-exposed-env-var, secret-logged: their matches are code, not secrets
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find(r => r.id === id);
}
