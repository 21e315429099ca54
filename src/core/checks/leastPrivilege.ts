/**
 * Least privilege: some key types carry far more power than application code needs. Their
 * findings get the `over-privileged` tag and advice naming the narrower credential to use.
 */

import type { Finding } from '../types';
import { RULE } from './ruleIds';
import { withTag } from './tags';

/** What to use instead, per rule; a function when the finding itself must be inspected. */
const NARROWER: Record<string, string | ((f: Finding, text: string) => string | undefined)> = {
  [RULE.openaiAdmin]: 'Admin keys manage the whole OpenAI organization (users, projects, keys); application code needs a project key or a service-account key of one project, with only the permissions it uses.',
  [RULE.anthropicAdmin]: 'Admin keys manage the Anthropic organization (members, workspaces, keys); application code needs a regular API key (sk-ant-api03-) in a dedicated workspace.',
  [RULE.stripeSecret]: 'An unrestricted live secret key can do anything on the Stripe account; create a restricted key (rk_live_) with only the resources and permissions this code uses.',
  [RULE.awsAccessKeyId]: f => /temporary/i.test(f.detail ?? '') ? undefined
    : 'Long-term IAM user keys (AKIA…) never expire; give the code an IAM role (instance profile, ECS task role, IRSA, or OIDC in CI) or short-lived STS credentials, with a policy scoped to what it calls.',
  [RULE.githubClassicPat]: 'Classic personal access tokens reach every repository the user can; use a fine-grained token limited to the needed repositories and permissions, or a GitHub App installation token.',
  [RULE.pypiToken]: f => /user-wide/i.test(f.detail ?? '')
    ? 'This PyPI token can upload to every project of the account; create a project-scoped token (ideally use Trusted Publishing from CI instead of a token).'
    : undefined,
  [RULE.gcpServiceAccount]: (_f, text) => /roles\/(?:owner|editor)\b|"role"\s*:\s*"(?:owner|editor)"/i.test(text)
    ? 'This service account appears to hold the owner/editor role; grant it only the predefined roles it needs, and prefer workload identity federation or attached service accounts over key files.'
    : undefined,
};

/**
 * Tags findings of over-powered key types as `over-privileged`. `text` (the scanned file)
 * lets the service-account check see an owner/editor role when the file shows one.
 */
export function annotateLeastPrivilege(findings: readonly Finding[], text = ''): Finding[] {
  return findings.map(f => {
    const rule = NARROWER[f.ruleId];
    const advice = typeof rule === 'function' ? rule(f, text) : rule;
    return advice ? withTag(f, 'over-privileged', { advice }) : f;
  });
}
