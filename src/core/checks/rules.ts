/** The rules the checks contribute to the catalogue (registered in src/core/catalogue.ts). */

import type { Rule } from '../types';
import { clientExposedEnvVarRule } from './clientExposure';
import { secretLoggedRule } from './logLeaks';

export const checkRules: Rule[] = [clientExposedEnvVarRule, secretLoggedRule];
