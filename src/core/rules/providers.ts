/**
 * The provider and credential-format rules (every rule except the checks' own): the rule
 * data the checks read their facts from (live mode, narrower credentials, pairs, names).
 * Importing this, unlike the full catalogue, never reaches back into src/core/checks.
 * Order matters only for ties (same confidence, same length) when two rules claim the same text.
 */

import type { Rule } from '../types';
import { aiPlatformRules } from './aiPlatforms';
import { anthropicRules } from './anthropic';
import { atlassianRules } from './atlassian';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { cloudRules } from './cloud';
import { communicationRules } from './communications';
import { connectionStringRules } from './connectionStrings';
import { devPlatformRules } from './devPlatforms';
import { credentialFileRules } from './credentialFiles';
import { systemFileRules } from './systemFiles';
import { networkDeviceRules } from './networkDevices';
import { streamingRules } from './streaming';
import { genericRules } from './generic';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';
import { googleRules } from './google';
import { httpAuthRules } from './httpAuth';
import { jwtRules } from './jwt';
import { signingRules } from './signing';
import { llmRules } from './llm';
import { messagingRules } from './messaging';
import { mlPlatformRules } from './mlPlatforms';
import { monitoringRules } from './monitoring';
import { openaiRules } from './openai';
import { paymentRules } from './payments';
import { chatReplyRules } from './chatReplies';
import { privateKeyRules } from './privateKey';
import { recoveryCodeRules } from './recoveryCodes';
import { registryRules } from './registries';
import { secretManagerRules } from './secretManagers';
import { socialRules } from './social';
import { supabaseRules } from './supabase';
import { web3Rules } from './web3';

export const PROVIDER_RULES: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...googleRules,
  ...azureRules,
  ...llmRules,
  ...mlPlatformRules,
  ...aiPlatformRules,
  ...githubRules,
  ...gitlabRules,
  ...atlassianRules,
  ...registryRules,
  ...messagingRules,
  // Before payments: Clerk's sk_live_ keys next to Clerk win the tie with Stripe's rule.
  ...devPlatformRules,
  ...paymentRules,
  ...communicationRules,
  ...socialRules,
  ...monitoringRules,
  ...cloudRules,
  ...web3Rules,
  ...supabaseRules,
  ...secretManagerRules,
  ...awsRules,
  ...privateKeyRules,
  // Specific files before generic URL/header shapes: a .git-credentials line is both.
  ...credentialFileRules,
  ...systemFileRules,
  ...networkDeviceRules,
  ...recoveryCodeRules,
  ...chatReplyRules,
  ...streamingRules,
  ...connectionStringRules,
  ...httpAuthRules,
  ...signingRules,
  // Provider-specific JWT kinds (Supabase, 1Password) are registered above; this is the rest.
  ...jwtRules,
  ...genericRules,
];

const BY_ID = new Map(PROVIDER_RULES.map(r => [r.id, r]));

/** A provider rule by id (undefined for the checks' own rules and unknown ids). */
export function providerRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
