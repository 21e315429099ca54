import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../src/core';
import { credentialFileRules } from '../../../src/core/rules/credentialFiles';
import { envFallbackRules } from '../../../src/core/rules/envFallback';
import { genericRules } from '../../../src/core/rules/generic';
import { PROVIDER_WORDS, providerWord } from '../../../src/core/rules/providerWords';

describe('rules: catalogue metadata', () => {
  it('ids are unique kebab-case; every rule has a provider, title, env var and description', () => {
    const ids = RULES.map(r => r.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    const bad = RULES.filter(r => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id) || !r.provider || !r.title
      || !/^[A-Z][A-Z0-9_]*$/.test(r.envVar) || !r.description || r.description.length < 20);
    assert.deepStrictEqual(bad.map(r => r.id), []);
  });

  it('keywords are specific lower-case literals of 3+ characters (two letters of another script: `密码` is a word)', () => {
    const foreignWord = (k: string) => k.charCodeAt(0) >= 128 && /^[\p{L}\p{M}]{2,}$/u.test(k);
    const bad = RULES.flatMap(r => r.keywords.filter(k => (k.length < 3 && !foreignWord(k)) || k !== k.toLowerCase()).map(k => `${r.id}:${k}`));
    assert.deepStrictEqual(bad, []);
    // A rule without keywords must name the files it reads whole.
    assert.deepStrictEqual(RULES.filter(r => r.keywords.length === 0 && !r.paths).map(r => r.id), []);
  });

  /** Servers and tools whose passwords are changed where they run, not at a service. */
  const SYSTEM_SOFTWARE = ['PPP', 'z/OS', 'nginx', 'ProFTPD', 'IPsec', 'rsync', 'Postfix', 'davfs2', 'HAProxy', 'SNMP', 'ZNC', 'OpenVPN', 'Subversion',
    'Bundler', 'LDAP', 'Windows', 'Kickstart', 'Debian installer', 'Redis', 'curl', 'WildFly', 'HexChat', 'JetBrains', 'HeidiSQL', 'SMTP', 'JAAS', 'IRC', 'Cisco IOS', 'Juniper', 'FortiOS', 'Dovecot', 'Samba', 'SecureCRT', 'Deluge', 'CouchDB', 'Jetty', 'Java', 'Nagios', 'Browser',
    // Network devices and the daemons of VPNs and Wi-Fi: keys changed on the device (src/core/rules/networkDevices.ts).
    'Network device', 'hostapd', 'RANCID', 'WireGuard', 'Palo Alto Networks', 'Oxidized',
    // Backup and mail servers' own files (systemFiles.ts).
    'Exim', 'BorgBackup', 'Proxmox', 'iRODS', 'Orthanc', 'Grandstream', 'coturn', 'Espanso', 'Xilinx', 'osquery', 'Caddy', 'Matrix', 'Erlang', 'Kerberos', 'OpenTelemetry', 'BIND',
    // Game servers' passwords are the server's own; stream keys are reset per service (streaming.ts).
    'Game server', 'Live streaming'];

  it("every provider's name is a word that makes a credential name (hubspotToken), or is left out on purpose", () => {
    const leftOut = new Set([
      // Everyday programming words: a `linear_key` or `square_token` is no credential by name.
      'Modal', 'Linear', 'Render', 'Harness', 'Magic', 'Make', 'Convex', 'Sanity', 'Square', 'Lob', 'Elastic', 'Neon', 'Meta', 'Microsoft Teams', 'Branch', 'Planet',
      'Microsoft Power Automate', 'Together AI', '42', 'age', 'Composer', 'Gradle', 'Maven', 'Git', 'Ansible', 'Defined Networking',
      // Named otherwise in code (`wandb`), or frameworks and formats rather than services.
      'Weights & Biases', '1Password', 'WordPress', 'Rails', 'Laravel', 'Django REST framework', 'Framework', 'Code', 'Firefox', 'FileZilla', 'WinSCP',
      'Generic', 'Database', 'URL credentials', 'HTTP', 'JWT', 'Private key', 'Password hash', 'netrc',
      // System software, whose password files have their own grammar (src/core/rules/systemFiles.ts).
      ...SYSTEM_SOFTWARE,
    ]);
    const unnamed = [...new Set(RULES.map(r => r.provider))]
      .filter(p => !leftOut.has(p) && !PROVIDER_WORDS.some(w => providerWord(p).includes(w)));
    assert.deepStrictEqual(unnamed, [], 'add the provider to src/core/rules/providerWords.ts');
  });

  it('provider-specific credentials say where to rotate them', () => {
    const generic = new Set(['Generic', 'Database', 'URL credentials', 'HTTP', 'JWT', 'Private key', 'netrc', 'Git',
      // Changed on the server or keystore the password opens, not at a provider:
      'Password hash', 'FileZilla', 'WinSCP', 'Gradle', ...SYSTEM_SOFTWARE]);
    const missing = RULES.filter(r => r.confidence !== 'generic' && !generic.has(r.provider) && !r.rotateUrl && r.severity !== 'info');
    assert.deepStrictEqual(missing.map(r => r.id), []);
    assert.ok(RULES.every(r => !r.rotateUrl || /^https:\/\//.test(r.rotateUrl)));
  });

  it('patterns use bounded quantifiers only (no unbounded + or * on a class or group)', () => {
    const unbounded = RULES.filter(r => r.pattern && /(?:\]|\)|\\[sSdDwW.])[+*]/.test(r.pattern.source.replace(/\\\\/g, '')));
    assert.deepStrictEqual(unbounded.map(r => r.id), []);
  });
});

describe('rules: format sources', () => {
  it('every provider-format rule records where its format comes from (the generic detector, credential files and the checks\' code rules excepted)', () => {
    const exempt = new Set([...genericRules, ...credentialFileRules, ...envFallbackRules].map(r => r.id));
    const missing = RULES.filter(r => !r.valueIsCode && !exempt.has(r.id) && !(r.source && r.source.length >= 10));
    assert.deepStrictEqual(missing.map(r => r.id), []);
  });
});

describe('rules: docs/rules.md', () => {
  it('is exactly what `npm run rules-doc` generates from the catalogue', () => {
    const root = path.resolve(__dirname, '..', '..', '..', '..');
    const { render } = require(path.join(root, 'scripts', 'gen-rules-doc.js')) as { render: (rules: typeof RULES) => string };
    assert.ok(fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8') === render(RULES), 'docs/rules.md is stale: run npm run rules-doc');
  });
});
