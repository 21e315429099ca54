/**
 * Published fingerprints (baselines, allowlists, JSON and SARIF reports) must not let anyone
 * test guesses of a secret: a committed baseline of a weak password is public, and the old
 * fingerprint (a plain hash of rule + value) gave the password away to a dictionary run.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applySuppressions, createBaseline, parseBaseline, planAddToBaseline, scanText } from '../../../src/core';
import { sha256Hex } from '../../../src/core/hash';
import { legacyFingerprint, maskSecret } from '../../../src/core/redact';
import { openaiProjectKey, randomString } from '../../helpers/fakes';
import { ensureBuilt, removeWorkspaces, runCli, workspace } from './run';

const WEAK = 'Tr0ub4dor&3';

/** A guessing list of the kind attackers use: common words with digits and symbols, the password among them. */
function dictionary(): string[] {
  const words = ['password', 'dragon', 'monkey', 'letmein', 'shadow', 'master', 'troubador', 'Troub4dor', 'Tr0ub4dor', 'sunshine', 'qwerty'];
  const out: string[] = [];
  for (const w of words) for (let n = 0; n < 100; n++) for (const sym of ['', '!', '&', '#', '@']) out.push(`${w}${sym}${n}`);
  return out;
}

/** The old fingerprint's form, computed from a guess. */
function oldForm(ruleId: string, guess: string): string {
  return `${ruleId}:${sha256Hex(`secret-hygiene:${ruleId}:${guess}`).slice(0, 24)}`;
}

describe('published fingerprints reveal nothing to guess with', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('a weak password\'s fingerprint in a written baseline is not found by a dictionary attack of the old form', () => {
    const dir = workspace({ 'app.py': `db_password = "${WEAK}"\n` });
    const file = `${dir}-baseline.json`;
    assert.strictEqual(runCli(['scan', dir, '--write-baseline', file]).code, 0);
    const baseline = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.rmSync(file);
    assert.strictEqual(baseline.version, 2);
    const [entry] = baseline.findings;
    assert.strictEqual(entry.ruleId, 'generic-secret-assignment');
    const guesses = dictionary();
    assert.ok(guesses.includes(WEAK));
    // The attack works on the old form (the reason for the change)...
    const old = legacyFingerprint(entry.ruleId, WEAK);
    assert.strictEqual(guesses.find(g => oldForm(entry.ruleId, g) === old), WEAK);
    // ...and finds nothing in what we publish now.
    assert.strictEqual(guesses.find(g => oldForm(entry.ruleId, g) === entry.fingerprint), undefined);
    // What the new form can confirm is the masked value and the length, which the entry shows already:
    // every guess of that shape has the same fingerprint, so it singles none of them out.
    const sameShape = [WEAK, `Tr${randomString(4, undefined, 5)}#${randomString(3, undefined, 6)}3`];
    const fps = sameShape.map(v => scanText(`db_password = "${v}"\n`, { path: 'a.py' })[0]?.fingerprint);
    assert.strictEqual(maskSecret(sameShape[1]), entry.masked);
    assert.deepStrictEqual(fps, [entry.fingerprint, entry.fingerprint]);
  });

  it('no report, baseline or allowlist entry carries a plain hash of the value', () => {
    const key = openaiProjectKey();
    const dir = workspace({ 'a.js': `const k = "${key}";\nconst pw = { password: "${WEAK}" };\n` });
    const [f1, f2] = scanText(fs.readFileSync(path.join(dir, 'a.js'), 'utf8'), { path: 'a.js' });
    const file = `${dir}-baseline.json`;
    runCli(['scan', dir, '--write-baseline', file]);
    const written = [fs.readFileSync(file, 'utf8'), ...['json', 'sarif', 'text'].map(format => runCli(['scan', dir, '--format', format]).stdout)];
    fs.rmSync(file);
    for (const f of [f1, f2]) {
      for (const text of written) {
        assert.ok(!text.includes(f.legacyFingerprint!.split(':')[1]) && !text.includes(f.valueHash), 'a plain hash of the value was published');
      }
    }
  });

  it('a baseline written then re-read still hides its findings, also after the secret moved to another line or file', () => {
    const key = openaiProjectKey();
    const dir = workspace({ 'src/a.js': `const k = "${key}";\n`, 'b.py': `db_password = "${WEAK}"\n` });
    const file = `${dir}-baseline.json`;
    assert.strictEqual(runCli(['scan', dir, '--write-baseline', file]).code, 0);
    let run = runCli(['scan', dir, '--baseline', file]);
    assert.strictEqual(run.code, 0, run.stdout);
    assert.match(run.stdout, /0 findings [^]*2 hidden by the baseline/);
    // Moved down in its file and into another file: still baselined (as before: fingerprints never held the place).
    fs.writeFileSync(path.join(dir, 'src', 'a.js'), '// moved\n\n');
    fs.writeFileSync(path.join(dir, 'c.js'), `\n\nexport const k = "${key}";\n`);
    run = runCli(['scan', dir, '--baseline', file]);
    assert.match(run.stdout, /0 findings [^]*2 hidden by the baseline/);
    // A different secret of the same kind is not hidden.
    fs.writeFileSync(path.join(dir, 'd.js'), `export const k2 = "${openaiProjectKey()}";\n`);
    run = runCli(['scan', dir, '--baseline', file]);
    assert.strictEqual(run.code, 1);
    assert.match(run.stdout, /1 finding [^]*2 hidden by the baseline/);
    fs.rmSync(file);
  });

  it('an old (version 1) baseline and allowlist still hide their findings; writing migrates them', () => {
    const key = openaiProjectKey();
    const text = `const k = "${key}";\nconst pw = { password: "${WEAK}" };\n`;
    const findings = scanText(text, { path: 'a.js' });
    assert.strictEqual(findings.length, 2);
    const v1 = { version: 1, findings: findings.map(f => ({ fingerprint: legacyFingerprint(f.ruleId, f.ruleId === 'openai-project-key' ? key : WEAK), ruleId: f.ruleId, masked: f.masked })) };
    assert.deepStrictEqual(applySuppressions(findings, undefined, parseBaseline(JSON.stringify(v1))), []);
    assert.deepStrictEqual(applySuppressions(findings, { allowlist: v1.findings.map(e => e.fingerprint), rules: {} }), []);
    const dir = workspace({ 'a.js': text, 'baseline.json': JSON.stringify(v1) });
    const file = path.join(dir, 'baseline.json');
    assert.strictEqual(runCli(['scan', dir, '--baseline', file]).code, 0);
    runCli(['scan', dir, '--write-baseline', file]);
    const migrated = parseBaseline(fs.readFileSync(file, 'utf8'));
    assert.strictEqual(migrated.version, 2);
    assert.deepStrictEqual(migrated, createBaseline(findings.map(f => ({ ...f, path: 'a.js' }))));
    assert.ok(!v1.findings.some(e => JSON.stringify(migrated).includes(e.fingerprint)));
    // The editor's "Add to baseline" replaces the finding's version 1 entry as it writes.
    const [first] = findings;
    const added = parseBaseline(planAddToBaseline(JSON.stringify(v1), { ...first, path: 'a.js' }));
    assert.strictEqual(added.version, 2);
    assert.deepStrictEqual(added.findings.map(e => e.fingerprint).sort(), [first.fingerprint, v1.findings[1].fingerprint].sort());
  });
});
