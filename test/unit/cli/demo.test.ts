import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { demoTemplateDir, fillPlaceholders, materializeDemo } from '../../../src/cli/demo';
import { createScanner, RULES } from '../../../src/core';
import { ensureBuilt, runCli, textAt, type JsonReport } from './run';

const CODE_RULES = new Set(RULES.filter(r => r.valueIsCode).map(r => r.id));

function templateFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? templateFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

describe('CLI demo workspace', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('`npm run scan` with no folder scans the demo: findings of several providers, a score, exit 1', () => {
    // npm sets npm_lifecycle_event to the script name; that is how the CLI knows.
    const run = runCli(['scan'], { env: { npm_lifecycle_event: 'scan' } });
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stderr, /bundled demo workspace/);
    assert.match(run.stdout, /^src\/server\.ts$/m);
    assert.match(run.stdout, /\n\d+ findings \(\d+ errors?, .* files?(?:; |\n {2})\d+ files scanned, 1 skipped \(1 binary\)\nExposure score: \d+\/100 \([A-F]\)\n {2}cost [\d.]+ = base [\d.]+ \+ .*\n/);
    // The leak checks show on the finding lines: a key in a client component, a secret env var logged.
    assert.match(run.stdout, /^src\/components\/Chat\.tsx\n {2}\S+ +error +OpenAI project API key\n +\S+ +\[openai-project-key\] +\[client-exposed\]$/m);
    assert.match(run.stdout, /^ {2}\S+ +warning +Secret written .*\n +process\.env\.OPENAI_API_KEY +\[secret-logged\] +\[logged\]$/m);
    assert.deepStrictEqual(run.stdout.split('\n').filter(l => l.length > 80), [], 'lines wider than 80 columns');
    assert.match(run.stdout, /^ {2}cost .*\+ client-exposed \d+ \+ logged \d+/m);
  });

  it('--demo gives the same findings; no generated token appears in any output', () => {
    const run = runCli(['scan', '--demo', '--format', 'json']);
    assert.strictEqual(run.code, 1);
    const report = JSON.parse(run.stdout) as JsonReport;
    const providers = new Set(report.findings.map(f => f.provider));
    assert.ok(providers.size >= 6, [...providers].join(', '));
    const dir = /generated into (.+)\)\./.exec(run.stderr)![1];
    const text = runCli(['scan', '--demo', '--verbose']);
    const sarif = runCli(['scan', '--demo', '--format', 'sarif']);
    // Finding lines end with the checks' tags; --verbose adds their advice and where to rotate.
    const tagged = report.findings.filter(f => f.tags?.length);
    assert.ok(tagged.length >= 3);
    const tagColumns = [...text.stdout.matchAll(/\] +\[([a-z-]+(?:, [a-z-]+)*)\]$/gm)].map(m => m[1]);
    assert.deepStrictEqual(tagColumns.sort(), tagged.map(f => f.tags!.join(', ')).sort());
    assert.match(text.stdout, /^ {6}This file ships to every browser/m);
    assert.match(text.stdout, /^ {6}rotate: https:\/\//m);
    // --verbose wraps its advice at 80 columns too (a long URL stands alone).
    assert.deepStrictEqual(text.stdout.split('\n').filter(l => l.length > 80 && !/^ {6}(rotate: )?https:\/\/\S+$/.test(l)), []);
    // JSON explains the cost by factor; the parts add up to the penalty.
    const byFactor = report.score.breakdown.byFactor;
    assert.deepStrictEqual(byFactor.map(x => x.factor), ['base', 'client-exposed', 'logged', 'over-privileged']);
    assert.strictEqual(byFactor.reduce((n, x) => n + Math.round(x.cost * 100), 0), Math.round(report.score.penalty * 100));
    // (A code rule's region is code, e.g. the logged `process.env.X`, shown as it is.)
    for (const f of report.findings.filter(x => !CODE_RULES.has(x.ruleId))) {
      const raw = textAt(path.join(dir, f.path), f);
      assert.ok(raw.length >= 16, `${f.ruleId} region is too short to be the secret`);
      for (const out of [run.stdout, run.stderr, text.stdout, text.stderr, sarif.stdout]) assert.ok(!out.includes(raw), `raw ${f.ruleId} value printed`);
    }
    // The git-ignored .env.local is not scanned; the placeholders in .env.example are not reported.
    assert.ok(!report.findings.some(f => f.path.startsWith('.env.') || f.path.startsWith('config/')));
  });

  it('committed templates hold no token-shaped text; every placeholder kind exists and is deterministic', () => {
    const templates = demoTemplateDir()!;
    const scanner = createScanner();
    for (const file of templateFiles(templates)) {
      const text = fs.readFileSync(file, 'utf8');
      // Rules whose "value" is code (a logged env var) may fire: they never hold a token.
      const tokens = scanner.scan(text, { path: path.relative(templates, file) }).filter(f => !CODE_RULES.has(f.ruleId));
      assert.deepStrictEqual(tokens.map(f => f.ruleId), [], file);
      const filled = fillPlaceholders(text, 42);
      assert.ok(!filled.includes('{{FAKE:'), `unknown placeholder in ${file}`);
      assert.strictEqual(filled, fillPlaceholders(text, 42));
    }
    assert.throws(() => fillPlaceholders('{{FAKE:nope}}', 1), /unknown placeholder kind "nope"/);
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-demo-'));
    try {
      materializeDemo(target);
      assert.ok(fs.existsSync(path.join(target, '.gitignore')) && fs.existsSync(path.join(target, '.env')));
    } finally {
      fs.rmSync(target, { recursive: true, force: true });
    }
  });
});
