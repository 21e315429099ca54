/**
 * The rule catalogue: the provider rules (registered in rules/providers.ts) plus the rules the
 * checks contribute, whose matches are code rather than secrets. It lives outside both folders
 * so that imports between them go one way only: checks/ may use rules/, rules/ never uses checks/.
 */

import type { Rule } from './types';
import { checkRules } from './checks/rules';
import { envFallbackRules } from './rules/envFallback';
import { PROVIDER_RULES } from './rules/providers';

export const RULES: readonly Rule[] = [
  ...PROVIDER_RULES,
  // Reads secret names (rules/secretNames.ts), which read the provider rules: registered here so
  // that providers.ts does not import a rule that imports it back.
  ...envFallbackRules,
  ...checkRules, // client-exposed-env-var, secret-logged: their matches are code, not secrets
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find(r => r.id === id);
}
