import { hasValidCrc32Base62 } from '../checksums';
import { decodeBase64 } from '../text';
import { looksRandomEnough } from '../filters';
import { prefixed } from './define';
import type { RawMatch, Rule } from '../types';

/** Base64 of a version-2 macaroon's first field: location "pypi.org" (or "test.pypi.org"). */
const PYPI_PREFIXES = ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'];

interface Macaroon { location: string; caveats: string[] }

/**
 * Reads a serialised v2 macaroon (version byte, then `type, length, data` fields, sections
 * ended by an end-of-section 0): we need its location and the first-party caveats.
 */
export function parseMacaroonV2(bytes: string): Macaroon | undefined {
  if (bytes.charCodeAt(0) !== 2) return undefined;
  let i = 1;
  const varint = (): number => {
    let n = 0, shift = 0;
    while (i < bytes.length && shift < 28) {
      const b = bytes.charCodeAt(i++);
      n |= (b & 0x7f) << shift;
      if (!(b & 0x80)) return n;
      shift += 7;
    }
    return -1;
  };
  /** One section: fields until end-of-section; undefined when malformed. */
  const section = (): Map<number, string> | undefined => {
    const fields = new Map<number, string>();
    for (;;) {
      const type = varint();
      if (type === 0) return fields;
      const len = varint();
      if (type < 0 || len < 0 || i + len > bytes.length) return undefined;
      fields.set(type, bytes.slice(i, i + len));
      i += len;
    }
  };
  const header = section();
  if (!header?.has(1) || !header.has(2)) return undefined;
  const caveats: string[] = [];
  for (;;) {
    const c = section();
    if (!c) return undefined;
    if (c.size === 0) break; // an empty section ends the caveats
    if (c.has(2)) caveats.push(c.get(2)!);
  }
  return varint() === 6 ? { location: header.get(1)!, caveats } : undefined; // then the signature
}

/** "user-wide" or "project-scoped (a, b)", from PyPI's caveats (legacy JSON objects and v2 arrays). */
export function pypiScope(caveats: readonly string[]): { scope: string; expired: boolean } {
  const projects: string[] = [];
  let expired = false;
  for (const raw of caveats) {
    let c: unknown;
    try { c = JSON.parse(raw); } catch { continue; }
    if (Array.isArray(c)) {
      if ((c[0] === 1 || c[0] === 2) && Array.isArray(c[1])) projects.push(...c[1].map(String));
      if (c[0] === 0 && typeof c[1] === 'number' && c[1] * 1000 < Date.now()) expired = true;
    } else if (c && typeof c === 'object') {
      const perms = (c as { permissions?: unknown }).permissions;
      if (perms && typeof perms === 'object' && Array.isArray((perms as { projects?: unknown }).projects)) {
        projects.push(...(perms as { projects: unknown[] }).projects.map(String));
      }
    }
  }
  const scope = projects.length ? `project-scoped (${projects.slice(0, 3).join(', ')}${projects.length > 3 ? ', …' : ''})` : 'user-wide (all projects of the account)';
  return { scope, expired };
}

function checkPypiToken(value: string): boolean | Partial<RawMatch> {
  const bytes = decodeBase64(value.slice('pypi-'.length));
  const macaroon = bytes && parseMacaroonV2(bytes);
  // The prefix is the macaroon's own start (its location, pypi.org): a body that does not parse
  // on is a test value or a token cut short, reported as a warning that says so.
  if (!macaroon) return value.length >= 80 ? { confidence: 'provider', severity: 'warning', detail: 'does not decode to a macaroon: a test value, or a token cut short' } : false;
  if (!/^(?:test\.)?pypi\.org$/.test(macaroon.location)) return false;
  const { scope, expired } = pypiScope(macaroon.caveats);
  const where = macaroon.location === 'pypi.org' ? '' : `${macaroon.location}; `;
  return expired ? { severity: 'info', detail: `${where}${scope}; expired` } : { detail: `${where}${scope}` };
}

export const registryRules: Rule[] = [
  {
    id: 'cloudsmith-entitlement-token', provider: 'Cloudsmith', title: 'Cloudsmith entitlement token',
    source: 'Cloudsmith docs "Entitlement Tokens" (download URLs dl.cloudsmith.io/<TOKEN>/<OWNER>/<REPOSITORY>/…; basic/public for other access)',
    keywords: ['dl.cloudsmith.io/'],
    pattern: /\bdl\.cloudsmith\.io\/(?<secret>(?!basic\/|public\/)[A-Za-z0-9]{12,64})\/[\w.-]{1,100}\/[\w.-]{1,100}/dg,
    validate: value => /[0-9]/.test(value) && /[A-Za-z]/.test(value),
    confidence: 'provider', severity: 'error',
    envVar: 'CLOUDSMITH_ENTITLEMENT_TOKEN', rotateUrl: 'https://help.cloudsmith.io/docs/entitlements',
    description: 'A Cloudsmith entitlement token in a download URL (pip index, apt source, npm registry): reads every package of the repository.',
  },
  prefixed({
    id: 'npm-access-token', provider: 'npm', title: 'npm access token',
    source: "provider announcement: github.blog \"Announcing npm's new access token format\" (2021-09-23; npm_ + base62 with CRC-32)",
    prefix: 'npm_', body: '[A-Za-z0-9]{36}',
    confidence: 'verified-format',
    // Same scheme as GitHub: 30 random characters + base62 CRC-32 of them.
    validate: value => hasValidCrc32Base62(value, 4),
    skipPlaceholderCheck: true,
    envVar: 'NPM_TOKEN', rotateUrl: 'https://www.npmjs.com/settings/~/tokens',
    description: 'npm access token (npm_…), checksum verified offline: publishes packages as the user.',
  }),
  prefixed({
    id: 'pypi-api-token', provider: 'PyPI', title: 'PyPI API token',
    source: 'third-party only (pypitoken library docs: pypi- + base64 macaroon); the macaroon v2 format is public',
    prefix: PYPI_PREFIXES, body: '[A-Za-z0-9_-]{50,2000}',
    confidence: 'verified-format',
    validate: checkPypiToken,
    skipPlaceholderCheck: true,
    narrower: f => /user-wide/i.test(f.detail ?? '')
      ? 'This PyPI token can upload to every project of the account; create a project-scoped token (ideally use Trusted Publishing from CI instead of a token).'
      : undefined,
    envVar: 'PYPI_API_TOKEN', rotateUrl: 'https://pypi.org/manage/account/token/',
    description: 'PyPI API token (pypi-…): a macaroon decoded offline; the finding says whether it is user-wide or project-scoped (a body that does not decode is a warning).',
  }),
  prefixed({
    id: 'rubygems-api-key', provider: 'RubyGems', title: 'RubyGems API key',
    source: 'observed shape (rubygems_ + 48 hex)',
    prefix: 'rubygems_', body: '[a-f0-9]{48}',
    envVar: 'GEM_HOST_API_KEY', rotateUrl: 'https://rubygems.org/profile/api_keys',
    description: 'RubyGems API key (rubygems_ + 48 hex): pushes gems as the owner.',
  }),
  prefixed({
    id: 'docker-hub-token', provider: 'Docker', title: 'Docker Hub access token',
    source: 'provider docs: Docker Hub API reference "Create access token" (dckr_pat_); dckr_oat_ is a lead',
    prefix: ['dckr_pat_', 'dckr_oat_'], body: '[A-Za-z0-9_-]{24,40}',
    envVar: 'DOCKERHUB_TOKEN', rotateUrl: 'https://app.docker.com/settings/personal-access-tokens',
    description: 'Docker Hub personal (dckr_pat_) or organization (dckr_oat_) access token: pushes images.',
  }),
  prefixed({
    id: 'docker-swarm-join-token', provider: 'Docker', title: 'Docker Swarm join token',
    source: 'provider docs: Docker CLI reference "docker swarm join-token" (SWMTKN-1- + 50 base36 CA digest + 25 base36 secret)',
    prefix: 'SWMTKN-1-', body: '[0-9a-z]{50}-[0-9a-z]{25}',
    envVar: 'SWARM_JOIN_TOKEN', rotateUrl: 'https://docs.docker.com/reference/cli/docker/swarm/join-token/',
    description: 'Docker Swarm join token (SWMTKN-1-…): lets a machine join the swarm as a worker or, with the manager token, as a manager. Rotate with `docker swarm join-token --rotate`.',
  }),
  prefixed({
    id: 'docker-swarm-unlock-key', provider: 'Docker', title: 'Docker Swarm unlock key',
    source: 'provider source: moby/swarmkit manager/encryption (HumanReadableKey: SWMKEY-1- + unpadded base64 of a 32-byte key)',
    prefix: 'SWMKEY-1-', body: '[A-Za-z0-9+/]{43}',
    envVar: 'SWARM_UNLOCK_KEY', rotateUrl: 'https://docs.docker.com/reference/cli/docker/swarm/unlock-key/',
    description: 'Docker Swarm unlock key (SWMKEY-1-…): decrypts an autolocked swarm\'s Raft log, which holds its secrets and TLS keys. Rotate with `docker swarm unlock-key --rotate`.',
  }),
  prefixed({
    id: 'clojars-deploy-token', provider: 'Clojars', title: 'Clojars deploy token',
    source: 'provider source: clojars/clojars-web src/clojars/db.clj (generate-deploy-token: CLOJARS_ + 60 hex; is-deploy-token? checks that shape)',
    prefix: 'CLOJARS_', body: '[0-9a-f]{60}',
    envVar: 'CLOJARS_PASSWORD', rotateUrl: 'https://clojars.org/tokens',
    description: 'Clojars deploy token (CLOJARS_ + 60 hex): publishes Clojure libraries as the user.',
  }),
  {
    id: 'anaconda-channel-token', provider: 'Anaconda', title: 'Anaconda.org token in a channel URL',
    source: 'anaconda.org docs, "Tokens": a private channel is read as https://conda.anaconda.org/t/<token>/<channel> (conda config --add channels …)',
    keywords: ['anaconda.org/t/'],
    pattern: /\bconda\.anaconda\.org\/t\/(?<secret>[A-Za-z0-9][A-Za-z0-9_-]{19,99})\//,
    confidence: 'provider', severity: 'error',
    envVar: 'ANACONDA_TOKEN', rotateUrl: 'https://anaconda.org/settings/access',
    description: 'An anaconda.org access token inside a channel URL (.condarc, environment.yml, a CI script): reads the private channels (and, with its scopes, uploads) of the account.',
  },
  {
    id: 'anaconda-cli-token', provider: 'Anaconda', title: 'Anaconda.org token on an anaconda command line',
    source: 'anaconda-client docs: the global `-t, --token` option authenticates one command (`anaconda -t <token> upload …`)',
    keywords: ['anaconda'],
    pattern: /\banaconda(?:\.exe)?[ \t](?:[^\n|;&]{0,200}?[ \t])?(?:-t|--token)(?:[ \t]{1,3}|=)["']?(?<secret>[A-Za-z0-9][A-Za-z0-9_-]{19,99})(?![\w-])/i,
    validate: value => looksRandomEnough(value.replace(/-/g, ''), 3, 200),
    confidence: 'provider', severity: 'error',
    envVar: 'ANACONDA_API_TOKEN', rotateUrl: 'https://anaconda.org/settings/access',
    description: 'An anaconda.org token given to `anaconda -t …` in a CI script: with an upload scope it publishes packages as the account. Keep it in a CI secret (anaconda-client reads ANACONDA_API_TOKEN).',
  },
  {
    id: 'cloudsmith-cli-api-key', provider: 'Cloudsmith', title: 'Cloudsmith API key on a cloudsmith command line',
    source: 'cloudsmith-cli docs: `-k, --api-key` on every command (or CLOUDSMITH_API_KEY); the key is the user\'s or a service account\'s',
    keywords: ['cloudsmith'],
    pattern: /\bcloudsmith(?:\.exe)?[ \t](?:[^\n|;&]{0,200}?[ \t])?(?:-k|--api-key)(?:[ \t]{1,3}|=)["']?(?<secret>[A-Za-z0-9]{24,100})(?![\w-])/i,
    validate: value => looksRandomEnough(value, 3, 200),
    confidence: 'provider', severity: 'error',
    envVar: 'CLOUDSMITH_API_KEY', rotateUrl: 'https://cloudsmith.io/user/settings/api/',
    description: 'A Cloudsmith API key given to `cloudsmith … -k …`: it pushes and deletes packages in every repository its owner can. Use the CLOUDSMITH_API_KEY secret.',
  },
];
