/**
 * One per-file pipeline for every host. A fixture workspace (a real git repository written at
 * test time, fake tokens generated at run time) is scanned by the built CLI and through the
 * core pipeline the way the extension calls it (workspace scan: `scanFileBytes` on the file's
 * bytes; live scan: `scanFileText` on the editor's decoded text), with the same git facts,
 * config and default baseline: the finding sets must be equal, and hold what a user expects
 * (a shell start-up file's secrets, the default baseline honoured, UTF-16 files read, CR-only
 * line numbers right, a tracked `.env` scanned despite `.gitignore` and said so).
 */

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  createScanner, decodeFileBytes, DEFAULT_BASELINE_FILE, isEnvFile, parseBaseline, parseWorkspaceConfig, runWorkspaceChecks,
  scanFileBytes, scanFileText, scanText, skipByPath, TRACKED_DESPITE_GITIGNORE, type CommitFacts, type Finding,
} from '../../src/core';
import { crcToken, join, openaiProjectKey, randomString } from '../helpers/fakes';
import { commit, git, repo } from './cli/gitRepo';
import { ensureBuilt, removeWorkspaces, runCli, scanJson, writeFiles, type JsonFinding } from './cli/run';

/**
 * Own seeds: fakes drawn from the shared counter would shift every later test file's fakes
 * (some rule tests draw values that, for rare counter states, look like placeholders).
 */
let seed = 7_300_001;
const gh = () => crcToken(join('gh', 'p_'), seed++);

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
}

/** What a user compares: where, which rule, how severe, which secret, what it says. */
function key(f: { path: string; ruleId: string; line: number; column: number; endLine: number; endColumn: number; severity: string; fingerprint: string; detail?: string }): string {
  return `${f.path} ${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.fingerprint} ${f.detail ?? ''}`;
}

function coreKey(p: string, f: Finding): string {
  const { start, end } = f.range;
  return key({ ...f, path: p, line: start.line + 1, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1 });
}

interface Fixture {
  dir: string;
  tokens: { accepted: string; cr: string; le: string; be: string };
}

/** A repository in a state users reach: a `.env` committed before it was ignored, a baseline accepted in the editor. */
function fixture(): Fixture {
  const accepted = gh(), cr = gh(), le = gh(), be = gh();
  const acceptedFile = `export const legacy = "${accepted}";\n`;
  const [acceptedFinding] = scanText(acceptedFile, { path: 'src/accepted.js' });
  const dir = repo();
  commit(dir, 'initial', {
    '.bash_profile': `export PATH="$HOME/bin:$PATH"\nexport DB_PASSWORD=${randomString(22, undefined, seed++)}\n`,
    'src/config.js': `const token = "${gh()}";\n`,
    'src/accepted.js': acceptedFile,
    'legacy/mac.py': `# settings\rimport os\rAPI = "${cr}"\rprint("ok")\r`,
    'win/notes-le.txt': utf16(`first line\r\ntoken = "${le}"\r\n`, false),
    'win/notes-be.txt': utf16(`first line\ntoken = "${be}"\n`, true),
    '.env': `OPENAI_API_KEY=${openaiProjectKey(seed++)}\n`,
    'assets/logo.png': `const k = "${gh()}";\n`,
    '.secrethygiene.json': JSON.stringify({ rules: { 'generic-secret-assignment': 'warning' } }),
  });
  // Accepted from the editor: the extension writes the default baseline.
  commit(dir, 'ignore .env, accept a legacy key', {
    '.gitignore': '.env\n',
    [DEFAULT_BASELINE_FILE]: JSON.stringify({ version: 1, findings: [{ fingerprint: acceptedFinding.fingerprint, ruleId: acceptedFinding.ruleId, masked: acceptedFinding.masked }] }),
  });
  writeFiles(dir, { 'src/new.js': `const fresh = "${gh()}";\n` });
  return { dir, tokens: { accepted, cr, le, be } };
}

/** The files the extension's workspace scan reads, with the git facts it passes (src/extension/gitFacts.ts). */
function extensionFiles(dir: string): { rel: string; git: CommitFacts }[] {
  const list = (...args: string[]) => git(dir, 'ls-files', '-z', ...args).split('\0').filter(Boolean);
  const tracked = new Set(list());
  const trackedButIgnored = new Set(list('--cached', '--ignored', '--exclude-standard'));
  const untracked = list('--others', '--exclude-standard'); // not ignored, by definition
  return [...tracked, ...untracked].sort().map(rel => {
    const isTracked = tracked.has(rel);
    return {
      rel,
      git: { tracked: isTracked, envNotIgnored: !isTracked && isEnvFile(rel), ...(trackedButIgnored.has(rel) ? { ignoredButTracked: true } : {}) },
    };
  });
}

/** The core pipeline as the extension calls it, over every file, then the workspace checks. */
function scanLikeExtension(dir: string, form: 'workspace' | 'live'): string[] {
  const scanner = createScanner();
  const config = parseWorkspaceConfig(fs.readFileSync(path.join(dir, '.secrethygiene.json'), 'utf8'));
  const baseline = parseBaseline(fs.readFileSync(path.join(dir, DEFAULT_BASELINE_FILE), 'utf8'));
  const perFile: { path: string; findings: Finding[] }[] = [];
  for (const { rel, git: facts } of extensionFiles(dir)) {
    const bytes = fs.readFileSync(path.join(dir, rel));
    const file = { path: rel, git: facts };
    let findings: Finding[];
    if (form === 'workspace') {
      const scanned = scanFileBytes(scanner, bytes, file, { config, baseline });
      findings = scanned.kind === 'scanned' ? scanned.findings : [];
    } else {
      // An editor opens text files only: decoded by VS Code, binaries never reach the live scan.
      const decoded = decodeFileBytes(bytes);
      if (!decoded || rel.endsWith('.png')) continue;
      findings = scanFileText(scanner, decoded.text, file, { config, baseline }).findings;
    }
    if (findings.length) perFile.push({ path: rel, findings });
  }
  return runWorkspaceChecks(perFile).flatMap(f => f.findings.map(x => coreKey(f.path, x))).sort();
}

describe('one per-file pipeline for every host', function () {
  this.timeout(120_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('the CLI and the core pipeline as the extension calls it report the same findings for a workspace', () => {
    const { dir, tokens } = fixture();
    const { report } = scanJson(dir);
    const cli = report.findings.map(key).sort();
    const byPath = (p: string) => report.findings.filter(f => f.path === p);

    // What a user expects, whichever host scanned.
    assert.strictEqual(byPath('.bash_profile').length, 1, 'the secret in the shell start-up file');
    assert.deepStrictEqual(byPath('src/accepted.js'), [], 'the default baseline is honoured');
    assert.deepStrictEqual(byPath('assets/logo.png'), [], 'binary by extension');
    const [mac] = byPath('legacy/mac.py');
    assert.deepStrictEqual([mac.line, mac.column, mac.endColumn], [3, 8, 8 + tokens.cr.length], 'CR-only line endings');
    for (const p of ['win/notes-le.txt', 'win/notes-be.txt']) {
      assert.deepStrictEqual(byPath(p).map(f => [f.ruleId, f.line, f.column]), [['github-pat', 2, 10]], `UTF-16 with a BOM: ${p}`);
    }
    const [env] = byPath('.env');
    assert.ok(env.detail?.includes(TRACKED_DESPITE_GITIGNORE), 'a tracked .env is scanned despite .gitignore, and said so');
    assert.strictEqual(env.tracked, true);
    assert.strictEqual(byPath('src/new.js')[0]?.tracked, false);

    assert.deepStrictEqual(scanLikeExtension(dir, 'workspace'), cli, 'workspace scan');
    assert.deepStrictEqual(scanLikeExtension(dir, 'live'), cli, 'live scan of each file as opened in the editor');
    assert.ok(cli.length >= 7);
  });

  it('the file kind comes from the path: an editor language id for a file does not change findings', () => {
    const text = `export API_TOKEN=${randomString(32, undefined, seed++)}\necho "token: $API_TOKEN"\n`;
    const scanner = createScanner();
    const byPath = scanFileText(scanner, text, { path: '.bash_profile' }).findings.map(f => f.ruleId);
    // What the live scan reported when it passed VS Code's language id: the CLI now agrees.
    const asEditor = scanFileText(scanner, text, { path: '.bash_profile', languageId: 'shellscript' }).findings.map(f => f.ruleId);
    assert.deepStrictEqual(byPath, asEditor);
    assert.deepStrictEqual(byPath, ['generic-secret-assignment', 'secret-logged']);
  });

  it('the pre-commit hook (scan --staged) honours the default baseline written from the editor', () => {
    const token = gh();
    const text = `const legacy = "${token}";\n`;
    const [finding] = scanText(text, { path: 'old.js' });
    const dir = repo();
    commit(dir, 'init', { 'README.md': 'x\n' });
    writeFiles(dir, {
      'old.js': text,
      [DEFAULT_BASELINE_FILE]: JSON.stringify({ version: 1, findings: [{ fingerprint: finding.fingerprint, ruleId: finding.ruleId, masked: finding.masked }] }),
    });
    git(dir, 'add', '-A');
    const staged = runCli(['scan', '--staged', dir]);
    assert.strictEqual(staged.code, 0, staged.stdout + staged.stderr);
    // A new secret in the same commit still blocks it.
    writeFiles(dir, { 'new.js': `const fresh = "${gh()}";\n` });
    git(dir, 'add', '-A');
    assert.strictEqual(runCli(['scan', '--staged', dir]).code, 1);
  });

  it('--write-baseline ignores the default baseline (records every current finding)', () => {
    const { dir } = fixture();
    const out = path.join(dir, 'all.json');
    const r = runCli(['scan', dir, '--write-baseline', out]);
    assert.strictEqual(r.code, 0, r.stderr);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as { findings: JsonFinding[] };
    assert.ok(written.findings.some(f => f.path === 'src/accepted.js'));
  });
});

describe('decoding and positions for every encoding and line-ending style', function () {
  this.timeout(60_000);
  before(ensureBuilt);
  after(removeWorkspaces);

  it('decodes UTF-8 (with or without a BOM) and UTF-16 LE/BE with a BOM; other NUL-bearing bytes are binary', () => {
    const text = 'key = "é 🔑"\r\nnext\n';
    assert.deepStrictEqual(decodeFileBytes(Buffer.from(text)), { text, encoding: 'utf-8' });
    assert.deepStrictEqual(decodeFileBytes(Buffer.from(`\ufeff${text}`)), { text, encoding: 'utf-8' });
    assert.deepStrictEqual(decodeFileBytes(utf16(text, false)), { text, encoding: 'utf-16le' });
    assert.deepStrictEqual(decodeFileBytes(utf16(text, true)), { text, encoding: 'utf-16be' });
    // A long UTF-16 file (several decoding chunks) comes back whole.
    const long = 'abc😀\n'.repeat(10_000);
    assert.strictEqual(decodeFileBytes(utf16(long, false))?.text, long);
    assert.strictEqual(decodeFileBytes(Buffer.from(text, 'utf16le')), undefined, 'UTF-16 without a BOM');
    assert.strictEqual(decodeFileBytes(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), undefined, 'UTF-32 LE');
    assert.strictEqual(decodeFileBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1])), undefined, 'an executable');
  });

  it('line and column are right for LF, CRLF, lone CR and mixed endings', () => {
    const token = gh();
    const scanner = createScanner();
    for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
      const text = ['// one', '', `const a = "${token}";`, ''].join(eol);
      const [f] = scanFileText(scanner, text, { path: 'a.js' }).findings;
      assert.deepStrictEqual([f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column], [2, 11, 2, 11 + token.length], name);
    }
    const mixed = `a\r\nb\rc\n\rconst a = "${token}";`;
    const [f] = scanFileText(scanner, mixed, { path: 'a.js' }).findings;
    assert.deepStrictEqual([f.range.start.line, f.range.start.column], [4, 11]);
  });

  it('an ignore marker covers its own line and the next one only, whatever the line endings', () => {
    const scanner = createScanner();
    const marker = join('secret-hygiene', ':ignore');
    for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
      const covered = gh(), below = gh();
      const text = [`// ${marker}`, `const a = "${covered}";`, '', `const b = "${below}";`, ''].join(eol);
      const lines = scanFileText(scanner, text, { path: 'a.js' }).findings.map(f => f.range.start.line);
      assert.deepStrictEqual(lines, [3], name);
    }
  });

  it('the CLI text, JSON and SARIF reports give CR-only files their real line numbers', () => {
    const token = gh();
    const dir = repo();
    writeFiles(dir, { 'mac.js': `// a\r// b\r// c\rconst key = "${token}";\r` });
    const { report } = scanJson(dir);
    assert.deepStrictEqual(report.findings.map(f => [f.line, f.column]), [[4, 14]]);
    const sarif = JSON.parse(runCli(['scan', dir, '--format', 'sarif']).stdout);
    const region = sarif.runs[0].results[0].locations[0].physicalLocation.region;
    assert.deepStrictEqual([region.startLine, region.startColumn, region.endLine], [4, 14, 4]);
    assert.match(runCli(['scan', dir]).stdout, /^  4:14  error/m);
  });
});

describe('pipeline: text files named like binary formats', () => {
  it("reads a .db file that is text (Oxidized's router.db, a TIA Portal data block) and skips one that is a database", () => {
    assert.strictEqual(skipByPath('inventory/oxidized/router.db'), undefined);
    assert.strictEqual(skipByPath('C:\\netops\\oxidized\\router.db'), undefined);
    assert.strictEqual(skipByPath('backups/router.db.gz'), 'binary');
    const scanner = createScanner();
    const block = `DATA_BLOCK "DB_MqttConfig"\nBEGIN\n   userName := 'plc-l3-filler';\n   password := '${join('Ho9vX2u-', 'Rk4eQwz7Bn')}';\nEND_DATA_BLOCK\n`;
    const text = scanFileBytes(scanner, new TextEncoder().encode(block), { path: 'plc/tia/Line3_Filler/DB_MqttConfig.db' });
    assert.deepStrictEqual(text.kind === 'scanned' ? text.findings.map(f => f.ruleId) : text.kind, ['generic-secret-assignment']);
    // (SQLite's header holds a NUL: the content check calls it binary, as any NUL in the first bytes.)
    const sqlite = new Uint8Array([...new TextEncoder().encode('SQLite format 3'), 0, 16, 0, 1, 1]);
    assert.strictEqual(scanFileBytes(scanner, sqlite, { path: 'data/app.db' }).kind, 'binary');
  });
});
