/**
 * The message for a repository git refuses as another user's: both wordings git has used, the
 * exact path (never a wildcard), shell-quoted when it needs it, control characters escaped.
 * The end-to-end behaviour, with real git and real ownership, is in test/unit/cli/safeDirectory.test.ts.
 */

import * as assert from 'assert';
import { dubiousOwnershipMessage } from '../../../src/node/git';

const current = (p: string) => `fatal: detected dubious ownership in repository at '${p}'\n` +
  `To add an exception for this directory, call:\n\n\tgit config --global --add safe.directory ${p}\n`;

describe('dubiousOwnershipMessage', () => {
  it('names the exact path git refused and the per-path fix (git >= 2.35.3)', () => {
    const m = dubiousOwnershipMessage(current('/builds/app'), '/builds/app/sub');
    assert.ok(m?.includes('at /builds/app:'), m);
    assert.ok(m?.endsWith('git config --global --add safe.directory /builds/app'), m);
    assert.ok(!m?.includes('*'));
  });

  it('reads the older wording (git 2.35.2)', () => {
    const m = dubiousOwnershipMessage("fatal: unsafe repository ('/srv/repo' is owned by someone else)\n", '/x');
    assert.ok(m?.endsWith('safe.directory /srv/repo'), m);
  });

  it('quotes a path with spaces or quotes as one shell word and escapes control characters', () => {
    assert.ok(dubiousOwnershipMessage(current("/tmp/my repo's"), '/x')?.endsWith(`safe.directory '/tmp/my repo'\\''s'`));
    const m = dubiousOwnershipMessage(current('/tmp/a\nb\tc'), '/x') ?? '';
    assert.ok(m.includes('at /tmp/a\\nb\\tc:') && !/[\n\t]/.test(m), m);
  });

  it('is undefined for other git failures', () => {
    assert.strictEqual(dubiousOwnershipMessage('fatal: not a git repository (or any of the parent directories): .git\n', '/x'), undefined);
    assert.strictEqual(dubiousOwnershipMessage('', '/x'), undefined);
  });
});
