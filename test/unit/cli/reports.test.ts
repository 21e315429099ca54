import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { maskSecret } from '../../../src/core/redact';
import { RULES } from '../../../src/core/catalogue';
import { crcToken, join, openaiProjectKey, randomString, slackBotToken } from '../../helpers/fakes';
import { WORKED_EXAMPLE } from '../../helpers/workedExample';
import { commit, repo } from './gitRepo';
import { ensureBuilt, positionOf, REPO, removeWorkspaces, runCli, scanJson, textAt, workspace, writeFiles } from './run';

const GITHUB = crcToken(join('gh', 'p_'));
const OPENAI = openaiProjectKey();
const SLACK = slackBotToken();

const APP_TS = `import OpenAI from 'openai';\n\nexport const client = new OpenAI({ apiKey: "${OPENAI}" });\n`;
const DEPLOY_PY = `import requests\n\n\nGITHUB_TOKEN = "${GITHUB}"\nheaders = {"Authorization": f"token {GITHUB_TOKEN}"}\n`;
// A file name that needs URI encoding in SARIF.
const NOTIFY_JS = `// notify\nconst slack = { token: '${SLACK}' };\n`;

function app(): string {
  return workspace({ 'src/app.ts': APP_TS, 'scripts/deploy.py': DEPLOY_PY, 'src/notify me.js': NOTIFY_JS, 'README.txt': 'nothing here\n' });
}

function assertNoRawToken(text: string, where: string): void {
  for (const token of [GITHUB, OPENAI, SLACK]) assert.ok(!text.includes(token), `a raw token appears in ${where}`);
}

describe('CLI reports', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('--verbose and JSON say why a generic finding was flagged, without the value', () => {
    const hex = randomString(40, '0123456789abcdef');
    const dir = workspace({ '.env': `BILLING_API_KEY=${hex}\n` });
    const text = runCli(['scan', dir, '--verbose']).stdout;
    assert.match(text.replace(/\s+/g, ' '), /flagged because: the name BILLING_API_KEY says credential; random-looking value \([\d.]+ bits\/char, 40 chars\); hex/);
    const [f] = scanJson(dir).report.findings as { reasons?: string[] }[];
    assert.ok(f.reasons?.includes('config file'), JSON.stringify(f.reasons));
    assert.ok(!text.includes(hex) && !JSON.stringify(f).includes(hex));
  });

  it('text: groups findings by file with 1-based line:col and the masked value, then summary and score', () => {
    const dir = app();
    const run = runCli(['scan', dir]);
    assert.strictEqual(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    const gh = positionOf(DEPLOY_PY, GITHUB);
    const ai = positionOf(APP_TS, OPENAI);
    const headerAt = (file: string) => lines.indexOf(file);
    assert.ok(headerAt('scripts/deploy.py') >= 0 && headerAt('src/app.ts') >= 0, run.stdout);
    // Two lines a finding: where, severity and title; then the masked value, rule id and tags.
    const gh0 = headerAt('scripts/deploy.py');
    assert.match(lines[gh0 + 1], new RegExp(`^  ${gh.line}:${gh.column}  error    GitHub personal access token \\(classic\\)$`));
    // A classic PAT is over-privileged: the checks' tag closes the second line.
    assert.strictEqual(lines[gh0 + 2], `${' '.repeat(2 + `${gh.line}:${gh.column}`.length + 2 + 7 + 2)}${maskSecret(GITHUB)}  [github-pat]  [over-privileged]`);
    const ai0 = headerAt('src/app.ts');
    assert.match(lines[ai0 + 1], new RegExp(`^  ${ai.line}:${ai.column}  error    OpenAI project API key$`));
    assert.match(lines[ai0 + 2], new RegExp(`^ +${escape(maskSecret(OPENAI))}  \\[openai-project-key\\]$`));
    assert.match(lines[lines.length - 3], /^3 findings \(3 errors, 0 warnings, 0 info\) in 3 files; 4 files scanned, 0 skipped$/);
    assert.deepStrictEqual(lines.filter(l => l.length > 80), [], 'lines wider than 80 columns');
    assert.match(lines[lines.length - 2], /^Exposure score: \d{1,2}\/100 \([A-F]\)$/);
    // Under the score, where its cost comes from, as a sum that adds up.
    const cost = /^ {2}cost ([\d.]+) = base ([\d.]+) \+ over-privileged ([\d.]+)$/.exec(lines[lines.length - 1]);
    assert.ok(cost, lines[lines.length - 1]);
    assert.strictEqual(Math.round(Number(cost[2]) * 100) + Math.round(Number(cost[3]) * 100), Math.round(Number(cost[1]) * 100));
    assertNoRawToken(run.stdout + run.stderr, 'text output');
  });

  it('the documented worked example (docs/score.md): tags on the finding lines, the cost split by factor in text and JSON', function () {
    let dir: string;
    try {
      dir = repo();
    } catch {
      this.skip(); // git not installed
    }
    commit(dir!, 'app', {
      '.gitignore': '.env\n',
      'app/components/Chat.tsx': `"use client";\nconst client = new OpenAI({ apiKey: "${OPENAI}", dangerouslyAllowBrowser: true });\n`,
      'app/server.ts': 'export function start() {\n  console.log("key", process.env.OPENAI_API_KEY);\n}\n',
    });
    writeFiles(dir!, { '.env': `DB_PASSWORD=${randomString(20, undefined, 3)}\n` });
    const run = runCli(['scan', dir!, '--no-gitignore']);
    assert.strictEqual(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[lines.indexOf('app/components/Chat.tsx') + 2], /\[openai-project-key\]  \[client-exposed, committed\]$/);
    assert.match(lines[lines.indexOf('app/server.ts') + 2], /\[secret-logged\]  \[logged\]$/);
    assert.match(lines[lines.indexOf('.env') + 2], /\[generic-secret-assignment\]$/);
    // As docs/score.md shows it ("In the reports").
    const documented = /```text\n\$ secret-hygiene scan \. --no-gitignore\n([\s\S]*?)```/.exec(fs.readFileSync(path.join(REPO, 'docs', 'score.md'), 'utf8'));
    assert.ok(documented, 'docs/score.md lost its report example');
    const shape = (l: string) => l.replace(/\S*…\S*/, 'MASKED');
    assert.deepStrictEqual(lines.map(shape), documented[1].trimEnd().split('\n').map(shape));
    const { report } = scanJson(dir!, ['--no-gitignore']);
    assert.deepStrictEqual([report.score.penalty, report.score.score, report.score.grade], [WORKED_EXAMPLE.penalty, WORKED_EXAMPLE.score, WORKED_EXAMPLE.grade]);
    assert.deepStrictEqual(report.score.breakdown.byFactor, WORKED_EXAMPLE.byFactor);
    assertNoRawToken(run.stdout + run.stderr, 'text output');
  });

  it('text: --color and FORCE_COLOR colour piped output (CI logs); --no-color and NO_COLOR keep it plain', () => {
    const dir = app();
    const coloured = (args: string[], env: Record<string, string | undefined>) =>
      runCli(['scan', dir, ...args], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } }).stdout.includes('\x1b[');
    assert.strictEqual(coloured([], {}), false);
    assert.strictEqual(coloured(['--color'], {}), true);
    assert.strictEqual(coloured([], { FORCE_COLOR: '1' }), true);
    assert.strictEqual(coloured([], { FORCE_COLOR: '0' }), false);
    assert.strictEqual(coloured(['--no-color'], { FORCE_COLOR: '1' }), false);
    assert.strictEqual(coloured([], { NO_COLOR: '1' }), false);
    assert.strictEqual(coloured(['--color'], { NO_COLOR: '1' }), true);
    assert.strictEqual(runCli(['scan', dir, '--color', '--no-color']).code, 2);
  });

  it('text: no colour codes when stdout is not a terminal', () => {
    const run = runCli(['scan', app()], { env: { NO_COLOR: undefined } });
    assert.ok(!run.stdout.includes('\x1b['), 'escape codes in piped output');
    assert.ok(!run.stderr.includes('\r'), 'progress line on a non-terminal stderr');
  });

  it('JSON: findings with 1-based regions over the real secret, masked values, summary and score', () => {
    const dir = app();
    const { run, report } = scanJson(dir);
    assert.strictEqual(run.code, 1);
    assert.strictEqual(report.tool.name, 'secret-hygiene');
    assert.strictEqual(report.findings.length, 3);
    for (const f of report.findings) {
      const raw = textAt(path.join(dir, f.path), f);
      assert.ok([GITHUB, OPENAI, SLACK].includes(raw), `region of ${f.ruleId} does not cover the token`);
      assert.strictEqual(f.masked, maskSecret(raw));
      assert.match(f.fingerprint, new RegExp(`^${f.ruleId}:`));
      assert.ok(f.envVar && f.provider && f.title && f.severity && f.confidence);
    }
    assert.deepStrictEqual(report.findings.map(f => f.path), ['scripts/deploy.py', 'src/app.ts', 'src/notify me.js']);
    assert.deepStrictEqual([report.summary.findings, report.summary.errors, report.summary.filesScanned, report.summary.files], [3, 3, 4, 3]);
    assert.ok(report.score.score < 100 && /^[A-F]$/.test(report.score.grade));
    assertNoRawToken(run.stdout + run.stderr, 'JSON output');
    assert.match(run.stderr, /Exposure score: \d+\/100/); // the human summary goes to stderr
  });

  it('SARIF 2.1.0: rules for every result, consistent ruleIndex, 1-based regions, fingerprints, encoded URIs', () => {
    const dir = app();
    const run = runCli(['scan', dir, '--format', 'sarif']);
    assert.strictEqual(run.code, 1);
    assertNoRawToken(run.stdout + run.stderr, 'SARIF output');
    const log = JSON.parse(run.stdout);
    assert.strictEqual(log.version, '2.1.0');
    assert.match(log.$schema, /sarif/);
    assert.strictEqual(log.runs.length, 1);
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.strictEqual(driver.name, 'Secret Hygiene');
    assert.ok(driver.informationUri && driver.version);
    // Every catalogue rule is listed (not only those with results), each once. (Compared by id
    // rather than count: the catalogue may grow between compiling the tests and bundling the CLI.)
    const ids: string[] = driver.rules.map((r: { id: string }) => r.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const rule of RULES.slice(0, 20)) assert.ok(ids.includes(rule.id), `rule ${rule.id} missing`);
    for (const rule of driver.rules) {
      assert.ok(rule.id && rule.name && rule.shortDescription.text && rule.fullDescription.text, rule.id);
      assert.ok(rule.help.text && rule.help.markdown, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.match(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
    assert.strictEqual(sarifRun.results.length, 3);
    for (const result of sarifRun.results) {
      assert.strictEqual(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const loc = result.locations[0].physicalLocation;
      assert.strictEqual(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      const file = path.join(dir, ...loc.artifactLocation.uri.split('/').map(decodeURIComponent));
      const r = loc.region;
      const raw = textAt(file, { line: r.startLine, column: r.startColumn, endLine: r.endLine, endColumn: r.endColumn });
      assert.ok([GITHUB, OPENAI, SLACK].includes(raw), `region of ${result.ruleId} does not cover the token`);
      assert.ok(result.message.text.includes(maskSecret(raw)));
      assert.match(result.partialFingerprints['secretHygiene/v2'], /^[0-9a-f]{32}$/);
    }
    const uris = sarifRun.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('src/notify%20me.js'), uris.join(', '));
  });

  it('--output writes the report to a file and keeps the summary on stderr', () => {
    const dir = app();
    const out = path.join(dir, '..', `${path.basename(dir)}.sarif`);
    const run = runCli(['scan', dir, '--format', 'sarif', '--output', out]);
    try {
      assert.strictEqual(run.code, 1);
      assert.strictEqual(run.stdout, '');
      assert.match(run.stderr, /^3 findings .*\nExposure score: \d+\/100 \([A-F]\)\n$/);
      const written = fs.readFileSync(out, 'utf8');
      assertNoRawToken(written, 'the --output file');
      assert.strictEqual(JSON.parse(written).runs[0].results.length, 3);
    } finally {
      fs.rmSync(out, { force: true });
    }
  });

  it('reports 100 (A) and exit 0 on a clean folder', () => {
    const run = runCli(['scan', workspace({ 'index.js': 'export const client = makeClient(process.env.OPENAI_API_KEY);\n' })]);
    assert.strictEqual(run.code, 0);
    assert.match(run.stdout, /^0 findings \(0 errors, 0 warnings, 0 info\) in 0 files; 1 file scanned, 0 skipped\nExposure score: 100\/100 \(A\)\n$/);
  });

  it('scans a single file given as PATH, and several paths in one run', () => {
    const dir = app();
    const one = runCli(['scan', path.join(dir, 'src', 'app.ts'), '--format', 'json']);
    assert.deepStrictEqual(JSON.parse(one.stdout).findings.map((f: { path: string }) => f.path), ['app.ts']);
    const two = runCli(['scan', 'src/app.ts', 'scripts', '--format', 'json'], { cwd: dir });
    assert.deepStrictEqual(JSON.parse(two.stdout).findings.map((f: { path: string }) => f.path), ['scripts/deploy.py', 'src/app.ts']);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
