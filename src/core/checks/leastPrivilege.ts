/**
 * Least privilege: some key types carry far more power than application code needs. Their
 * findings get the `over-privileged` tag and advice naming the narrower credential to use.
 * Which key types, and what to use instead, is rule data (`Rule.narrower`).
 */

import { providerRule } from '../rules/providers';
import type { Finding } from '../types';
import { withTag } from './tags';

/**
 * Tags findings of over-powered key types as `over-privileged`. `text` (the scanned file)
 * lets the service-account check see an owner/editor role when the file shows one.
 */
export function annotateLeastPrivilege(findings: readonly Finding[], text = ''): Finding[] {
  return findings.map(f => {
    const narrower = providerRule(f.ruleId)?.narrower;
    const advice = typeof narrower === 'function' ? narrower(f, text) : narrower;
    return advice ? withTag(f, 'over-privileged', { advice }) : f;
  });
}
