import * as assert from 'assert';
import {
  applySuppressions, ConfigError, createBaseline, parseBaseline, parseWorkspaceConfig, scanText,
} from '../../src/core';
import { crcToken, openaiProjectKey } from '../helpers/fakes';

describe('suppression', () => {
  const key = openaiProjectKey();

  it('honours secret-hygiene:ignore on the same line in any comment syntax', () => {
    assert.strictEqual(scanText(`k = "${key}"  # secret-hygiene:ignore`, { path: 'a.py' }).length, 0);
    assert.strictEqual(scanText(`k = "${key}"; // secret-hygiene:ignore`, { path: 'a.js' }).length, 0);
    assert.strictEqual(scanText(`<!-- secret-hygiene:ignore -->\n<meta content="${key}">`, { path: 'a.html' }).length, 0);
  });

  it('honours the marker on the line above, and only for the listed rule when one is named', () => {
    assert.strictEqual(scanText(`// secret-hygiene:ignore\nconst k = "${key}";`, { path: 'a.js' }).length, 0);
    assert.strictEqual(scanText(`// secret-hygiene:ignore openai-project-key\nconst k = "${key}";`, { path: 'a.js' }).length, 0);
    assert.strictEqual(scanText(`// secret-hygiene:ignore github-pat\nconst k = "${key}";`, { path: 'a.js' }).length, 1);
    assert.strictEqual(scanText(`// secret-hygiene:ignore\n\nconst k = "${key}";`, { path: 'a.js' }).length, 1);
  });

  it('parses the workspace config and names the faulty field', () => {
    const cfg = parseWorkspaceConfig('{"exclude": ["dist/**"], "allowlist": ["x"], "rules": {"generic-secret-assignment": "off"}}');
    assert.deepStrictEqual(cfg.exclude, ['dist/**']);
    assert.throws(() => parseWorkspaceConfig('{"exclude": "dist"}'), (e: Error) => e instanceof ConfigError && /exclude/.test(e.message));
    assert.throws(() => parseWorkspaceConfig('{"rules": {"jwt": "loud"}}'), /"rules" entry 1 \("jwt"\)/);
    assert.throws(() => parseWorkspaceConfig('{oops'), /not valid JSON/);
  });

  it('allowlist, rule switches and severity overrides apply by fingerprint', () => {
    const gh = crcToken('ghp_');
    const findings = scanText(`a = "${key}"\nb = "${gh}"`, { path: 'a.py' });
    assert.strictEqual(findings.length, 2);
    const [openai, github] = findings;
    assert.deepStrictEqual(applySuppressions(findings, { allowlist: [openai.fingerprint], rules: {} }).map(f => f.ruleId), [github.ruleId]);
    assert.deepStrictEqual(applySuppressions(findings, { allowlist: [], rules: { [github.ruleId]: 'off' } }).map(f => f.ruleId), [openai.ruleId]);
    assert.strictEqual(applySuppressions(findings, { allowlist: [], rules: { [openai.ruleId]: 'info' } })[0].severity, 'info');
  });

  it('a baseline survives the secret moving to another line', () => {
    const before = scanText(`a = "${key}"`, { path: 'a.py' });
    const baseline = parseBaseline(JSON.stringify(createBaseline(before)));
    const moved = scanText(`\n\n# moved\nzzz = "${key}"`, { path: 'a.py' });
    assert.strictEqual(applySuppressions(moved, undefined, baseline).length, 0);
    const added = scanText(`zzz = "${key}"\nb = "${crcToken('ghp_')}"`, { path: 'a.py' });
    assert.strictEqual(applySuppressions(added, undefined, baseline).length, 1);
    assert.ok(!JSON.stringify(baseline).includes(key));
  });
});
