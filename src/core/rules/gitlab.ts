import { prefixed } from './define';
import type { Rule } from '../types';

const TOKENS = 'https://gitlab.com/-/user_settings/personal_access_tokens';
/**
 * A self-managed instance's token prefix, set by its admins, before the type's prefix
 * (`acme-glpat-…`, `acme-glrt-…`): GitLab MRs 179852 and 211171 (instance-wide token prefix).
 */
const INSTANCE_PREFIX = '[A-Za-z0-9][A-Za-z0-9-]{0,39}-';

/** Other GitLab token families: prefix, id, title, body. */
const KINDS: [string, string, string, string][] = [
  ['gldt-', 'gitlab-deploy-token', 'GitLab deploy token', '[A-Za-z0-9_-]{20,64}'],
  ['glptt-', 'gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', '[a-f0-9]{40}'],
  ['glrt-', 'gitlab-runner-token', 'GitLab runner authentication token', '[A-Za-z0-9_.-]{20,64}'],
  ['glcbt-', 'gitlab-ci-job-token', 'GitLab CI/CD job token', '[A-Za-z0-9_.-]{20,80}'],
  ['glft-', 'gitlab-feed-token', 'GitLab feed token', '[A-Za-z0-9_-]{20,64}'],
  ['glimt-', 'gitlab-incoming-mail-token', 'GitLab incoming mail token', '[A-Za-z0-9_-]{25,64}'],
  ['glagent-', 'gitlab-agent-token', 'GitLab agent for Kubernetes token', '[A-Za-z0-9_-]{50,64}'],
  ['gloas-', 'gitlab-oauth-secret', 'GitLab OAuth application secret', '[A-Za-z0-9_-]{64}'],
  ['glsoat-', 'gitlab-scim-token', 'GitLab SCIM OAuth token', '[A-Za-z0-9_-]{20,64}'],
  ['glffct-', 'gitlab-feature-flag-token', 'GitLab feature flags client token', '[A-Za-z0-9_-]{20,64}'],
];

export const gitlabRules: Rule[] = [
  prefixed({
    id: 'gitlab-pat', provider: 'GitLab', title: 'GitLab personal access token',
    source: 'provider docs: GitLab "Token overview > Token prefixes" (glpat-); 20-character length third-party',
    prefix: 'glpat-', body: '[A-Za-z0-9_-]{20}', lead: INSTANCE_PREFIX,
    envVar: 'GITLAB_TOKEN', rotateUrl: TOKENS,
    description: 'GitLab personal, project or group access token (glpat- + 20 characters).',
  }),
  prefixed({
    id: 'gitlab-pat-routable', provider: 'GitLab', title: 'GitLab personal access token (routable)',
    source: 'provider docs: GitLab MRs 169322/262950 and the routable-tokens design doc (payload, version, CRC trailer)',
    // A base64 payload naming the owner, then `.`, a 2-character version and a short base36 tail.
    prefix: 'glpat-', body: '[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}\\.?[0-9a-z]{7,9}', lead: INSTANCE_PREFIX,
    envVar: 'GITLAB_TOKEN', rotateUrl: TOKENS,
    description: 'GitLab routable access token (glpat-<payload>.<version><tail>), issued since 2025.',
  }),
  ...KINDS.map(([prefix, id, title, body]) => prefixed({
    id, provider: 'GitLab', title, prefix, body, lead: INSTANCE_PREFIX,
    source: 'provider docs: GitLab "Token overview > Token prefixes" (docs.gitlab.com/security/tokens); body lengths observed',
    envVar: 'GITLAB_TOKEN', rotateUrl: TOKENS,
    description: `${title} (${prefix}…).`,
  })),
  prefixed({
    id: 'gitlab-runner-registration-token', provider: 'GitLab', title: 'GitLab runner registration token (legacy)',
    source: 'observed (GR1348941 prefix of legacy registration tokens); not found in GitLab docs',
    prefix: 'GR1348941', body: '[A-Za-z0-9_-]{20}',
    envVar: 'CI_SERVER_TOKEN', rotateUrl: 'https://docs.gitlab.com/ci/runners/',
    description: 'Legacy GitLab runner registration token (GR1348941…): registers runners that receive CI jobs and their secrets.',
  }),
];
