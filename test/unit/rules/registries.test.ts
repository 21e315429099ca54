import * as assert from 'assert';
import { corruptChecksum, crcToken, epoch, HEX, join, pypiToken, token, URLSAFE } from '../../helpers/fakes';
import { expectFinding, expectInAllSyntaxes, expectNone } from './support';

const NPM = join('np', 'm_');

describe('rules: package registries', () => {
  it('npm tokens with a valid checksum are verified-format', () => {
    expectInAllSyntaxes('NPM_TOKEN', crcToken(NPM), 'npm-access-token', { severity: 'error', confidence: 'verified-format' });
  });

  it('npm look-alikes with a wrong checksum are not findings', () => {
    expectNone(`NPM_TOKEN=${corruptChecksum(crcToken(NPM))}`, 'npm-access-token', '.env');
    expectNone(`NPM_TOKEN=${token(NPM, 36)}`, 'npm-access-token', '.env');
  });

  it('PyPI: a user-wide token says so', () => {
    const t = pypiToken();
    const f = expectFinding(`[pypi]\nusername = __token__\npassword = ${t}\n`, t, 'pypi-api-token', { path: '.pypirc', confidence: 'verified-format' });
    assert.match(f.detail ?? '', /user-wide/);
    expectInAllSyntaxes('PYPI_API_TOKEN', t, 'pypi-api-token');
  });

  it('PyPI: project-scoped tokens name the projects (legacy and v2 caveats)', () => {
    const legacy = pypiToken(['{"version": 1, "permissions": {"projects": ["acme-utils"]}}']);
    const f = expectFinding(`TWINE_PASSWORD=${legacy}`, legacy, 'pypi-api-token', { path: '.env' });
    assert.match(f.detail ?? '', /project-scoped \(acme-utils\)/);
    const v2 = pypiToken(['[1, ["acme-cli", "acme-core"]]', '[3, "f1c9a2"]']);
    assert.match(expectFinding(`TWINE_PASSWORD=${v2}`, v2, 'pypi-api-token', { path: '.env' }).detail ?? '', /acme-cli, acme-core/);
  });

  it('PyPI: expired tokens are informational', () => {
    const t = pypiToken(['[0, ' + epoch(-2) + ', ' + epoch(-3) + ']', '[1, ["acme"]]']);
    const f = expectFinding(`TWINE_PASSWORD=${t}`, t, 'pypi-api-token', { path: '.env', severity: 'info' });
    assert.match(f.detail ?? '', /expired/);
  });

  it('PyPI: a body that does not decode to a macaroon is a warning that says so; a short one is nothing', () => {
    const t = pypiToken();
    for (const value of [`${t.slice(0, 60)}${'A'.repeat(40)}`, join(t.slice(0, 25), token('', 80, URLSAFE))]) {
      const f = expectFinding(`TWINE_PASSWORD=${value}`, value, 'pypi-api-token', { path: '.env', severity: 'warning', confidence: 'provider' });
      assert.match(f.detail ?? '', /macaroon/);
    }
    expectNone(`TWINE_PASSWORD=${t.slice(0, 70)}`, 'pypi-api-token', '.env');
    const test = pypiToken(undefined, undefined, 'test.pypi.org');
    assert.match(expectFinding(`TWINE_PASSWORD=${test}`, test, 'pypi-api-token', { path: '.env' }).detail ?? '', /test\.pypi\.org/);
  });

  it('RubyGems and Docker Hub tokens', () => {
    expectInAllSyntaxes('GEM_HOST_API_KEY', token(join('ruby', 'gems_'), 48, HEX), 'rubygems-api-key');
    expectInAllSyntaxes('DOCKERHUB_TOKEN', token(join('dckr', '_pat_'), 27, URLSAFE), 'docker-hub-token');
    expectNone(`x = "${token(join('dckr', '_pat_'), 10, URLSAFE)}"`, 'docker-hub-token');
  });
});
