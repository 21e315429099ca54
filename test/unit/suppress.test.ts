import * as assert from 'assert';
import {
  applySuppressions, ConfigError, configWarnings, createBaseline, expiryProblem, withAllowlistEntry, parseBaseline, parseWorkspaceConfig, scanText,
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

  it('allowlist entries with a reason and an expiry: suppress until the day they expire, then the finding is back with a config warning', () => {
    const findings = scanText(`a = "${key}"`, { path: 'a.py' });
    const fp = findings[0].fingerprint;
    const text = JSON.stringify({ allowlist: [{ fingerprint: fp, reason: 'revoked demo key, kept in the tutorial', expires: '2027-03-31' }] }, null, 2);
    const current = parseWorkspaceConfig(text, '2027-03-31');
    assert.deepStrictEqual(current.allowlistEntries, [{ fingerprint: fp, reason: 'revoked demo key, kept in the tutorial', expires: '2027-03-31' }]);
    assert.deepStrictEqual(applySuppressions(findings, current), [], 'suppressed through its last day');
    assert.deepStrictEqual(configWarnings(text, '2027-03-31'), []);

    const later = parseWorkspaceConfig(text, '2027-04-01');
    assert.strictEqual(later.allowlistEntries![0].expired, true);
    assert.deepStrictEqual(applySuppressions(findings, later).map(f => f.fingerprint), [fp], 'reported again once expired');
    const warnings = configWarnings(text, '2027-04-01');
    assert.strictEqual(warnings.length, 1);
    assert.match(warnings[0], /^\.secrethygiene\.json: "allowlist" entry 1 expired on 2027-03-31: its finding is reported again/);
    assert.ok(!warnings[0].includes(fp) && !warnings[0].includes('revoked'), 'the warning quotes nothing from the file');
  });

  it('allowlist: plain fingerprints and objects mix; bad entries are refused, naming the entry', () => {
    const cfg = parseWorkspaceConfig('{"allowlist": ["a1", {"fingerprint": "b2"}, {"fingerprint": "c3", "reason": "  "}]}', '2027-01-01');
    assert.deepStrictEqual(cfg.allowlist, ['a1', 'b2', 'c3']);
    assert.deepStrictEqual(cfg.allowlistEntries, [{ fingerprint: 'a1' }, { fingerprint: 'b2' }, { fingerprint: 'c3' }], 'a blank reason is none');
    const bad: [string, RegExp][] = [
      ['{"allowlist": "a1"}', /"allowlist" must be an array/],
      ['{"allowlist": [1]}', /entry 1 is neither/],
      ['{"allowlist": ["a", {"reason": "x"}]}', /"allowlist" entry 2 needs a "fingerprint" string/],
      ['{"allowlist": [{"fingerprint": "a", "reason": 3}]}', /entry 1: "reason" must be a string/],
      [`{"allowlist": [{"fingerprint": "a", "reason": "${'x'.repeat(501)}"}]}`, /longer than 500 characters/],
      ['{"allowlist": [{"fingerprint": "a", "expires": "31/03/2027"}]}', /entry 1: "expires" must be a date written YYYY-MM-DD \(line 1\)/],
      ['{"allowlist": [{"fingerprint": "a", "expires": "2027-02-30"}]}', /"expires" must be a date/],
      ['{"allowlist": [{"fingerprint": "a", "expires": 20270101}]}', /"expires" must be a date/],
    ];
    for (const [text, message] of bad) assert.throws(() => parseWorkspaceConfig(text), (e: Error) => e instanceof ConfigError && message.test(e.message), text);
    assert.deepStrictEqual(configWarnings('{"allowlist": [{"fingerprint": "a", "expiry": "2027-01-01"}]}'),
      ['.secrethygiene.json: "allowlist" entry 1: unknown key "expiry" is ignored (did you mean "expires"?) (known: fingerprint, reason, expires)']);
  });

  it('the Allowlist prompts: an entry is added or updated in place; Esc keeps what was written; the expiry must be a coming day', () => {
    const read = (list: unknown[]) => parseWorkspaceConfig(JSON.stringify({ allowlist: list }), '2027-01-01').allowlistEntries;
    const plain = withAllowlistEntry([], 'fp1', {});
    assert.deepStrictEqual(plain, ['fp1'], 'no answers: a plain fingerprint, as before');
    const detailed = withAllowlistEntry(plain, 'fp1', { reason: 'test fixture', expires: '2027-03-31' });
    assert.deepStrictEqual(read(detailed), [{ fingerprint: 'fp1', reason: 'test fixture', expires: '2027-03-31' }]);
    assert.deepStrictEqual(withAllowlistEntry(detailed, 'fp1', {}), detailed, 'allowlisting again without answers keeps the reason');
    const two = withAllowlistEntry(detailed, 'fp2', { reason: 'docs example' });
    assert.deepStrictEqual(read(two), [{ fingerprint: 'fp1', reason: 'test fixture', expires: '2027-03-31' }, { fingerprint: 'fp2', reason: 'docs example' }]);
    assert.strictEqual(expiryProblem('', '2027-01-01'), undefined);
    assert.strictEqual(expiryProblem('2027-01-01', '2027-01-01'), undefined, 'today is a valid last day');
    assert.match(expiryProblem('2026-12-31', '2027-01-01')!, /passed/);
    assert.match(expiryProblem('next week', '2027-01-01')!, /YYYY-MM-DD/);
    assert.match(expiryProblem('2027-13-01', '2027-01-01')!, /YYYY-MM-DD/);
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
