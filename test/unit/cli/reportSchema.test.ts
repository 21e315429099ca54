/**
 * docs/report.schema.json describes the JSON report exactly: real reports (plain, in git with
 * tags, --history, --staged) validate against it, with no undocumented field, and its lists of
 * tags and score factors are the engine's.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SCORE_FACTORS, TAG_WEIGHTS } from '../../../src/core';
import { crcToken, join } from '../../helpers/fakes';
import { validate } from '../../helpers/jsonSchema';
import { commit, git, repo } from './gitRepo';
import { ensureBuilt, REPO, removeWorkspaces, runCli, writeFiles } from './run';

const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'docs', 'report.schema.json'), 'utf8'));

function report(args: string[], cwd?: string): unknown {
  const run = runCli([...args, '--format', 'json'], { cwd });
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return JSON.parse(run.stdout);
}

describe('JSON report schema (docs/report.schema.json)', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('validates the reports of a demo scan, a git repository, --history and --staged', () => {
    const token = crcToken(join('gh', 'p_'));
    const dir = repo({ '.gitignore': '.env\n' });
    commit(dir, 'app', {
      'app/components/Chat.tsx': `"use client";\nconst t = "${token}";\n`,
      'server.ts': 'console.log("key", process.env.OPENAI_API_KEY);\n',
    });
    commit(dir, 'remove', { 'app/components/Chat.tsx': '"use client";\n' });
    writeFiles(dir, { '.env': 'DB_PASSWORD=Xr7Tq2LmZp9WvB4nKs8H\n', 'new.js': `k("${token}");\n`, 'bin.dat': new Uint8Array([0, 1, 2]) });
    git(dir, 'add', 'new.js');
    const reports = {
      demo: report(['scan', '--demo']),
      repository: report(['scan', dir, '--no-gitignore']),
      history: report(['scan', '--history', dir]),
      staged: report(['scan', '--staged', dir]),
    };
    for (const [name, r] of Object.entries(reports)) assert.deepStrictEqual(validate(r, schema), [], name);
    // The reports used the optional parts the schema describes.
    const history = reports.history as { findings: { commit?: string; author?: string; inHead?: boolean }[]; git?: unknown };
    assert.ok(history.git && history.findings.some(f => f.commit && f.author && f.inHead === false));
    const repository = reports.repository as { findings: { tags?: string[]; tracked?: boolean; envIgnored?: boolean }[]; skipped: unknown[] };
    assert.ok(repository.findings.some(f => f.tags?.length) && repository.findings.some(f => f.envIgnored) && repository.skipped.length);
  });

  it('rejects what it does not describe, and lists the engine\'s tags and score factors', () => {
    const r = report(['scan', '--demo']) as { findings: Record<string, unknown>[] };
    r.findings[0].secret = 'x';
    r.findings[1].severity = 'critical';
    const problems = validate(r, schema);
    assert.ok(problems.some(p => /findings\[0\]: "secret" is not in the schema/.test(p)), problems.join('\n'));
    assert.ok(problems.some(p => /findings\[1\]\.severity/.test(p)), problems.join('\n'));
    assert.deepStrictEqual([...schema.$defs.tag.enum].sort(), Object.keys(TAG_WEIGHTS).sort());
    const factors = schema.$defs.score.properties.breakdown.properties.byFactor.items.properties.factor.enum;
    assert.deepStrictEqual(factors, [...SCORE_FACTORS]);
  });
});
