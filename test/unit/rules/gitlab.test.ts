import { HEX, join, LOWER_ALNUM, randomString, token, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

const GLPAT = join('gl', 'pat-');

describe('rules: GitLab', () => {
  it('classic personal access tokens in every syntax', () => {
    expectInAllSyntaxes('GITLAB_TOKEN', token(GLPAT, 20, URLSAFE), 'gitlab-pat', { severity: 'error', confidence: 'provider' });
  });

  it('routable tokens (payload . version tail)', () => {
    const t = join(GLPAT, randomString(60, URLSAFE), '.01.', randomString(9, LOWER_ALNUM));
    expectFinding(`GITLAB_TOKEN=${t}`, t, 'gitlab-pat-routable', { path: '.env' });
    const t2 = join(GLPAT, randomString(40, URLSAFE), '.01', randomString(7, LOWER_ALNUM));
    expectFinding(`token: "${t2}"`, t2, 'gitlab-pat-routable', { path: 'ci.yml' });
  });

  it('other gl* families', () => {
    const cases: [string, string][] = [
      [token(join('gl', 'dt-'), 20, URLSAFE), 'gitlab-deploy-token'],
      [token(join('gl', 'ptt-'), 40, HEX), 'gitlab-pipeline-trigger-token'],
      [token(join('gl', 'rt-'), 20, URLSAFE), 'gitlab-runner-token'],
      [token(join('gl', 'cbt-'), 30, URLSAFE), 'gitlab-ci-job-token'],
      [token(join('gl', 'ft-'), 20, URLSAFE), 'gitlab-feed-token'],
      [token(join('gl', 'agent-'), 50, URLSAFE), 'gitlab-agent-token'],
      [token(join('gl', 'oas-'), 64, URLSAFE), 'gitlab-oauth-secret'],
      [token(join('GR13', '48941'), 20, URLSAFE), 'gitlab-runner-registration-token'],
    ];
    for (const [t, id] of cases) expectFinding(`export GL_SECRET="${t}"`, t, id, { path: 'x.sh', label: id });
  });

  it('ignores wrong lengths, placeholders and prefixes inside words', () => {
    expectNone(`t = "${token(GLPAT, 19, URLSAFE)}"`, 'GitLab');
    expectNone(`t = "${GLPAT}${'x'.repeat(20)}"`, 'GitLab');
    expectNone(`t = "${GLPAT}<your-token-here>"`, 'GitLab');
    expectNone(`t = "my${token(GLPAT, 20, URLSAFE)}"`, 'GitLab');
    expectNone(`t = "${token(join('gl', 'ptt-'), 39, HEX)}"`, 'GitLab');
  });
});
