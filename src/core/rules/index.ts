/**
 * The rule catalogue: the only place a rule is registered. Order matters only for ties
 * (same confidence, same length) when two rules claim the same text.
 */

import type { Rule } from '../types';
import { awsRules } from './aws';
import { genericRules } from './generic';
import { githubRules } from './github';
import { openaiRules } from './openai';
import { privateKeyRules } from './privateKey';

export const RULES: readonly Rule[] = [
  ...openaiRules,
  ...githubRules,
  ...awsRules,
  ...privateKeyRules,
  ...genericRules,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find(r => r.id === id);
}
