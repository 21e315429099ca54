/**
 * Nothing the tool prints or stores may hold a secret: a corpus of secret shapes (provider
 * tokens, passwords, JWTs, PEM keys, env-read fallbacks, logged env reads) goes through every
 * output (text, verbose text, JSON, SARIF, the baseline file, and every field of the engine's
 * findings, which the editor's diagnostics, hovers and views are built from), and no 8-character
 * run of a secret that reaches past its masked ends may appear in any of them.
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createScanner, runChecks } from '../../../src/core';
import { maskSecret } from '../../../src/core/redact';
import { RULES } from '../../../src/core/catalogue';
import {
  anthropicKey, awsAccessKeyId, awsSecretKey, crcToken, googleApiKey, join, jwt, epoch, openaiProjectKey, pemBody,
  randomString, slackBotToken,
} from '../../helpers/fakes';
import { ensureBuilt, removeWorkspaces, runCli, workspace } from './run';

/** Random passwords of the shapes people type: letters, digits, a symbol. */
function password(seed: number, n = 16): string {
  return randomString(n - 2, undefined, seed) + '&' + (seed % 10);
}

const PW = Array.from({ length: 12 }, (_, i) => password(9000 + i, 12 + i));
const TOKENS = {
  openai: openaiProjectKey(),
  github: crcToken(join('gh', 'p_')),
  aws: awsAccessKeyId(),
  awsSecret: awsSecretKey(),
  anthropic: anthropicKey(),
  google: googleApiKey(),
  slack: slackBotToken(),
  jwt: jwt({ iss: 'https://issuer.example', sub: 'svc', exp: epoch(30) }),
  pem: pemBody(8),
};

/** Every secret of the corpus, with the files that hold it. */
function corpus(): { files: Record<string, string>; secrets: string[] } {
  const pemBlock = `-----BEGIN ${'PRIVATE'} KEY-----\n${TOKENS.pem}\n-----END ${'PRIVATE'} KEY-----\n`;
  const files: Record<string, string> = {
    'app/settings.py': [
      'import os',
      `print(os.getenv("DB_PASSWORD", "${PW[0]}"))`,
      `pw = os.getenv("DB_PASSWORD", "${PW[1]}")`,
      `token = os.environ.get("API_TOKEN", "${PW[2]}")`,
      `logging.info(os.environ.get("API_TOKEN", "${PW[3]}"))`,
      `OPENAI = "${TOKENS.openai}"`,
      `db_password = "${PW[4]}"`,
      '',
    ].join('\n'),
    'app/config.rb': [
      `pw = ENV.fetch("DB_PASSWORD", "${PW[5]}")`,
      `puts ENV.fetch("API_TOKEN", "${PW[6]}")`,
      '',
    ].join('\n'),
    'app/index.php': [
      '<?php',
      `$k = env("API_KEY", "${PW[7]}");`,
      `echo getenv("DB_PASSWORD") ?: "${PW[8]}";`,
      '',
    ].join('\n'),
    'web/server.js': [
      `const secret = process.env.API_SECRET || "${PW[9]}";`,
      `console.log(process.env.API_SECRET ?? "${PW[10]}");`,
      `const gh = '${TOKENS.github}';`,
      `const slack = { token: '${TOKENS.slack}' };`,
      `const session = "${TOKENS.jwt}";`,
      '',
    ].join('\n'),
    'deploy/run.sh': `export DB_PASSWORD="\${DB_PASSWORD:-${PW[11]}}"\n`,
    '.env': `AWS_ACCESS_KEY_ID=${TOKENS.aws}\nAWS_SECRET_ACCESS_KEY=${TOKENS.awsSecret}\nANTHROPIC_API_KEY=${TOKENS.anthropic}\nGOOGLE_API_KEY=${TOKENS.google}\n`,
    'keys/server.key': pemBlock,
  };
  return { files, secrets: [...PW, ...Object.values(TOKENS)] };
}

const RULE_DOCS = JSON.stringify(RULES.map(r => [r.title, r.description]));

/**
 * The 8-character runs of `secret` that reach into the part its masked form hides (the
 * masked ends themselves may be shown), that `output` holds.
 */
function leakedRuns(secret: string, output: string): string[] {
  const masked = maskSecret(secret);
  const [head, tail] = masked.split('…');
  const hiddenFrom = head.length, hiddenTo = secret.length - tail.length;
  const out: string[] = [];
  for (let i = 0; i + 8 <= secret.length; i++) {
    if (i + 8 <= hiddenFrom || i >= hiddenTo) continue;
    const run = secret.slice(i, i + 8);
    // PEM bodies wrap at 64 characters: a run across a line break is not text anyone prints.
    // Fixed parts of a format (`sk-proj-`, OpenAI's marker) are public: the rule help names them.
    if (run.includes('\n') || RULE_DOCS.includes(run)) continue;
    if (output.includes(run)) out.push(run);
  }
  return out;
}

function assertNothingLeaked(output: string, secrets: readonly string[], where: string): void {
  for (const s of secrets) {
    const runs = leakedRuns(s, output);
    assert.deepStrictEqual(runs, [], `${where} shows part of a secret beyond its masked ends (${maskSecret(s)})`);
  }
}

describe('nothing printed or stored leaks a secret', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('every CLI output format and the baseline file, over a corpus of secret shapes', () => {
    const { files, secrets } = corpus();
    const dir = workspace(files);
    const outputs: Record<string, string> = {};
    for (const format of ['text', 'json', 'sarif']) {
      const run = runCli(['scan', dir, '--format', format, '--no-gitignore']);
      assert.strictEqual(run.code, 1, run.stderr);
      outputs[format] = run.stdout + run.stderr;
    }
    const verbose = runCli(['scan', dir, '--verbose', '--no-gitignore']);
    outputs.verbose = verbose.stdout + verbose.stderr;
    const baselineFile = path.join(dir, '..', `${path.basename(dir)}-baseline.json`);
    const written = runCli(['scan', dir, '--write-baseline', baselineFile, '--no-gitignore']);
    assert.strictEqual(written.code, 0, written.stderr);
    outputs.baseline = fs.readFileSync(baselineFile, 'utf8') + written.stdout + written.stderr;
    fs.rmSync(baselineFile);

    for (const [where, text] of Object.entries(outputs)) assertNothingLeaked(text, secrets, where);
    // The corpus is found: each fallback and each token is a finding of its own.
    const json = JSON.parse(runCli(['scan', dir, '--format', 'json', '--no-gitignore']).stdout) as { findings: { ruleId: string; masked: string }[] };
    const ids = json.findings.map(f => f.ruleId);
    assert.strictEqual(ids.filter(id => id === 'env-fallback-secret').length, 11, ids.join(' '));
    assert.ok(ids.includes('secret-logged') && ids.includes('openai-project-key') && ids.includes('private-key'), ids.join(' '));
  });

  it('every field of every finding of the engine (what diagnostics, hovers and views show)', () => {
    const { files, secrets } = corpus();
    const scanner = createScanner();
    for (const [p, text] of Object.entries(files)) {
      const findings = runChecks(scanner.scan(text, { path: p }), { path: p, text });
      assert.ok(findings.length > 0, p);
      assertNothingLeaked(JSON.stringify(findings), secrets, p);
    }
  });

  it('a logged env read shows its fallback masked, and the fallback is a finding of its own', () => {
    const pw = PW[0];
    const dir = workspace({ 'a.py': `import os\nprint(os.getenv("DB_PASSWORD", "${pw}"))\n` });
    const run = runCli(['scan', dir, '--format', 'json']);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; masked: string; line: number; column: number }[] }).findings;
    const logged = findings.find(f => f.ruleId === 'secret-logged');
    assert.strictEqual(logged?.masked, `os.getenv("DB_PASSWORD", "${maskSecret(pw)}")`);
    const fallback = findings.find(f => f.ruleId === 'env-fallback-secret');
    assert.deepStrictEqual([fallback?.masked, fallback?.line, fallback?.column], [maskSecret(pw), 2, 33]);
  });
});
