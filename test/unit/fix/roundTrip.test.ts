/**
 * A fix never changes the value it moves. For each format and a set of hard values, the
 * value is written into a file the way a person would write it, the fix is applied, and the
 * result is read back with that format's real parser (the `yaml` package, Java's
 * `java.util.Properties`, bash, node, python3): the reference stands where the value stood,
 * nothing else changed, and the written `.env` read by the `dotenv` package gives back
 * exactly the original value. Where no exact fix exists, none is offered.
 */

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as dotenv from 'dotenv';
import * as YAML from 'yaml';
import { scanText } from '../../../src/core';
import { maskSecret } from '../../../src/core/redact';
import { parseDotenv, planMoveToEnv, type FixPlan, type MoveToEnvInput } from '../../../src/core/fix';
import { randomString } from '../../helpers/fakes';
import { applyPlan } from './helpers';

const NAME = 'APP_SECRET';

/** Values that break naive extent readers and quoting. */
const HARD: Record<string, string> = {
  'glued #': 'Xq7!vR2pL9#mW4tZ',
  'spaced #': 'Xq7vR2 #pL9mW4',
  'single quote': "it's-Xq7vR2pL9",
  'double quote': 'say "Xq7vR2pL9"',
  'both quotes': `q'Xq7"vR2pL9`,
  dollar: 'cost$5Xq7vR2pL9',
  'dollar brace': '${HOME}Xq7vR2',
  backslash: 'back\\slash\\Xq7',
  equals: 'a=b=Xq7vR2pL9==',
  space: 'two words Xq7vR2',
  'leading space': '  Xq7vR2pL9',
  'trailing space': 'Xq7vR2pL9  ',
  bang: '!Xq7vR2pL9',
  unicode: 'pässwörd-Xq7-🔑',
  'long (300)': randomString(300, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%&*+-./:;<=>?@^_|~ ', 4242),
};

interface Case { label: string; value: string; text: string; start: number; end: number; languageId: string; file: string }

/** Builds a file whose value is `encoded` at the `@@` marker; the finding covers the raw value. */
function caseFor(label: string, value: string, template: string, encoded: string, languageId: string, file: string,
  span?: (start: number, raw: string) => [number, number]): Case {
  const at = template.indexOf('@@');
  const text = template.replace('@@', encoded);
  const quote = /^["']/.test(encoded) && encoded.length > 1 ? 1 : 0;
  const raw = encoded.slice(quote, encoded.length - quote);
  const [start, end] = span ? span(at + quote, raw) : [at + quote, at + quote + raw.length];
  return { label, value, text, start, end, languageId, file };
}

function plan(c: Case, extra: Partial<MoveToEnvInput> = {}): FixPlan {
  return planMoveToEnv({
    sourceText: c.text, languageId: c.languageId, path: c.file, secretStart: c.start, secretEnd: c.end,
    value: c.text.slice(c.start, c.end), suggestedName: NAME, inGitRepo: false, ...extra,
  });
}

/** Applies the plan; returns the new source and the value a real dotenv parser reads from the new .env. */
function apply(c: Case, p: FixPlan): { source: string; envValue: string | undefined } {
  assert.strictEqual(p.unsafeReason, undefined, `${c.label}: the fix is offered`);
  const files = applyPlan(p, { source: c.text, env: undefined });
  return { source: files.source!, envValue: dotenv.parse(files.env ?? '')[p.envName] };
}

// ---------------------------------------------------------------------------------------------

const COMPOSE = [
  'services:',
  '  db:',
  '    image: postgres:16 # pinned',
  '    environment:',
  '      POSTGRES_USER: app',
  '      POSTGRES_PASSWORD: @@   # the password',
  "      OTHER: 'keep#this'",
  '',
].join('\n');

const BLOCK = 'config:\n  note: |-\n    @@\n  after: x\n';
const FLOW = "config: {note: @@, after: 'x, y'}  # flow\n";

const CONFIG = 'config:\n  note: @@  # a note\n  after: x\n';

/**
 * The YAML ways to write `value` that really hold it (checked with the parser), as
 * [style, template, encoded, YAML-level value]. Compose files interpolate `$`, so a literal
 * one is written `$$` there.
 */
function yamlEncodings(value: string): [string, string, string, string][] {
  const out: [string, string, string, string][] = [];
  for (const template of [COMPOSE, CONFIG, BLOCK, FLOW]) {
    const v = template === COMPOSE ? value.replace(/\$/g, '$$$$') : value;
    const styles: [string, string][] = template === BLOCK ? [['block literal', v]] : [
      ['plain', v], ['single-quoted', `'${v.replace(/'/g, "''")}'`], ['double-quoted', JSON.stringify(v)],
      ['double-quoted, \\U escapes', JSON.stringify(v).replace(/[^\x20-\x7e]/gu, ch => `\\U${ch.codePointAt(0)!.toString(16).padStart(8, '0')}`)],
    ];
    for (const [style, enc] of styles) {
      try {
        if (yamlValue(YAML.parse(template.replace('@@', enc), { logLevel: 'error' })) === v) out.push([`${style} in ${template === COMPOSE ? 'Compose' : template === FLOW ? 'a flow mapping' : 'YAML'}`, template, enc, v]);
      } catch {
        // not a way to write this value
      }
    }
  }
  return out;
}

function yamlValue(doc: any, set?: string): unknown {
  if (doc.services) return set === undefined ? doc.services.db.environment.POSTGRES_PASSWORD : (doc.services.db.environment.POSTGRES_PASSWORD = set);
  return set === undefined ? doc.config.note : (doc.config.note = set);
}

describe('fix round trip: the moved value is exactly the value the file held', () => {
  describe('YAML (docker-compose.yml, block scalars), read back with the yaml package', () => {
    it('the reported case: a Compose password glued to `#` and holding `!` is moved whole, from the scanner\'s finding', () => {
      const text = COMPOSE.replace('@@', HARD['glued #']);
      const finding = scanText(text, { path: 'docker-compose.yml' }).find(f => f.envVar === 'POSTGRES_PASSWORD');
      assert.ok(finding, 'the password is found');
      assert.strictEqual(finding.masked, maskSecret(HARD['glued #']), 'the masked form is built from the whole value');
      const c: Case = { label: 'reported', value: HARD['glued #'], text, start: finding.range.start.offset, end: finding.range.end.offset, languageId: 'dockercompose', file: 'docker-compose.yml' };
      const p = plan(c, { suggestedName: finding.envVar });
      const { source, envValue } = apply(c, p);
      assert.strictEqual(envValue, HARD['glued #']);
      assert.strictEqual(source, COMPOSE.replace('@@', '${POSTGRES_PASSWORD}'));
    });

    it('a finding cut off at a `#` (as older scans reported it) still moves the whole value', () => {
      const c = caseFor('cut', HARD['glued #'], COMPOSE, HARD['glued #'], 'dockercompose', 'docker-compose.yml', (s, raw) => [s, s + raw.indexOf('#')]);
      const { source, envValue } = apply(c, plan(c));
      assert.strictEqual(envValue, HARD['glued #']);
      assert.ok(!source.includes('mW4tZ'), 'no part of the value stays in the file');
    });

    for (const [label, value] of Object.entries(HARD)) {
      it(`${label}: every YAML style that can hold it`, () => {
        const encodings = yamlEncodings(value);
        assert.ok(encodings.length >= 4, `${label}: several YAML styles hold the value`);
        for (const [style, template, enc, yamlLevel] of encodings) {
          const c = caseFor(`${label} / ${style}`, value, template, enc, 'yaml', template === COMPOSE ? 'docker-compose.yml' : 'config.yaml');
          const { source, envValue } = apply(c, plan(c));
          assert.strictEqual(envValue, value, `${c.label}: .env gives back the value`);
          const before = YAML.parse(c.text);
          const after = YAML.parse(source);
          assert.strictEqual(yamlValue(after), `\${${NAME}}`, `${c.label}: the reference stands where the value stood`);
          yamlValue(after, yamlLevel);
          assert.deepStrictEqual(after, before, `${c.label}: nothing else changed`);
          // Comments are no part of the parsed document: compare the text around the value too.
          assert.strictEqual(source.replace(`\${${NAME}}`, '@@').replace(/(['"])@@\1/, '@@'), template, `${c.label}: text outside the value unchanged`);
        }
      });
    }

    it('values in sequences, under tags and anchors, next to sibling keys', () => {
      const pw = HARD['glued #'];
      for (const text of [
        `users:\n  - name: app\n    password: ${pw}\n  - name: b\n`,
        `- password: ${pw}\n  name: app\n`,
        `db:\n  password: !!str ${pw}\n  other: &o x\n`,
        `db:\n  password: &pw ${pw} # anchored\nalias: *pw\n`,
        `db:\n  password: ${pw}\n\n  # a comment\n  host: h\n`,
      ]) {
        const start = text.indexOf(pw);
        const c: Case = { label: text, value: pw, text, start, end: start + 10, languageId: 'yaml', file: 'a.yaml' };
        const { source, envValue } = apply(c, plan(c));
        assert.strictEqual(envValue, pw, text);
        assert.deepStrictEqual(YAML.parse(source), YAML.parse(text.replace(pw, `\${${NAME}}`)), text);
        assert.strictEqual(JSON.stringify(YAML.parse(text)).includes(JSON.stringify(pw)), true, `${text}: the test wrote the value correctly`);
      }
    });

    it('a partial value keeps the rest of the string and moves exactly its part', () => {
      const text = 'auth:\n  header: "Bearer \\"Xq7vR2pL9mW4\\" tail"\n';
      const start = text.indexOf('Xq7');
      const c: Case = { label: 'partial', value: 'Xq7vR2pL9mW4', text, start, end: start + 12, languageId: 'yaml', file: 'a.yaml' };
      const { source, envValue } = apply(c, plan(c));
      assert.strictEqual(envValue, 'Xq7vR2pL9mW4');
      assert.strictEqual(YAML.parse(source).auth.header.replace(`\${${NAME}}`, envValue!), YAML.parse(text).auth.header);
    });

    it('no fix where the extent is not certain: multi-line quoted and folded plain values, keys', () => {
      for (const text of ['a:\n  k: "Xq7vR2pL9\n    mW4tZ"\n', 'a:\n  k: Xq7vR2pL9\n    mW4tZ\n', 'Xq7vR2pL9mW4tZ: 1\n']) {
        const start = text.indexOf('Xq7');
        const p = plan({ label: 'x', value: '', text, start, end: start + 9, languageId: 'yaml', file: 'a.yaml' });
        assert.ok(p.unsafeReason, JSON.stringify(text));
      }
      const compose = 'services:\n  db:\n    environment:\n      PASSWORD: Xq7vR2${SUFFIX}pL9\n';
      const start = compose.indexOf('Xq7');
      const p = plan({ label: 'compose', value: '', text: compose, start, end: start + 6, languageId: 'dockercompose', file: 'docker-compose.yml' });
      assert.match(p.unsafeReason ?? '', /Compose \$\{…\} substitution/, 'Compose substitutes ${…}: the text is not the value');
    });
  });

  describe("Spring's ${X:default}, read back with the yaml package", () => {
    it('the default is replaced by the variable, the placeholder and every other key kept', () => {
      const value = 'Xq7!vR2pL9#mW4tZ';
      const file = 'src/main/resources/application.yml';
      const text = `spring:\n  datasource:\n    username: app\n    password: \${DB_PASSWORD:${value}}\n    url: jdbc:postgresql://db/app\n`;
      const [f] = scanText(text, { path: file }).filter(x => x.ruleId === 'env-fallback-secret');
      assert.ok(f, 'the fallback is found');
      const c: Case = { label: 'Spring fallback', value, text, start: f.range.start.offset, end: f.range.end.offset, languageId: 'yaml', file };
      const { source, envValue } = apply(c, plan(c));
      assert.strictEqual(envValue, value, '.env gives back the value');
      const before = YAML.parse(text).spring.datasource;
      const after = YAML.parse(source).spring.datasource;
      assert.strictEqual(before.password, `\${DB_PASSWORD:${value}}`, 'the test wrote the value correctly');
      assert.strictEqual(after.password, `\${DB_PASSWORD:\${${NAME}}}`, 'Spring now resolves the variable, with no literal default');
      assert.deepStrictEqual({ ...after, password: before.password }, before, 'nothing else changed');
      // Set under the placeholder's own name, the default goes and the placeholder stays.
      const own = apply(c, plan(c, { suggestedName: 'DB_PASSWORD' }));
      assert.strictEqual(own.envValue, value, '.env gives back the value');
      assert.strictEqual(YAML.parse(own.source).spring.datasource.password, '${DB_PASSWORD}');
      assert.deepStrictEqual({ ...YAML.parse(own.source).spring.datasource, password: before.password }, before, 'nothing else changed');
    });
  });

  describe('.env quoting, read back with the dotenv package', () => {
    it('every hard value comes back exactly; one holding all three quote kinds is refused', () => {
      for (const [label, value] of Object.entries({ ...HARD, newline: 'line1\nline2', 'quotes + newline': `it's\n"x"` })) {
        const c = caseFor(label, value, 'const k = @@;\n', JSON.stringify(value), 'javascript', 'a.js');
        assert.strictEqual(apply(c, plan(c)).envValue, value, label);
      }
      const all = `a'b"c\`d`;
      const c = caseFor('all quotes', all, 'const k = @@;\n', JSON.stringify(all), 'javascript', 'a.js');
      assert.match(plan(c).unsafeReason ?? '', /quotes of every kind/);
    });
  });

  describe('.env reading agrees with the dotenv package wherever it reuses a value', () => {
    it('each entry not marked ambiguous reads as dotenv reads it', () => {
      const text = [
        'A=plain', 'B = spaced # comment', "C='single # not comment'", 'D="double\\nline"', 'E=glued#comment', 'F="esc \\"q\\""',
        'export G=exported', "H='  padded  '", 'I=`back $tick`', 'J="multi', 'line"', 'K=', "L='a'b'",
      ].join('\n') + '\n';
      const ours = parseDotenv(text);
      const theirs = dotenv.parse(text);
      const compared = [...ours].filter(([, e]) => !e.ambiguous);
      assert.ok(compared.length >= 9, 'most forms are unambiguous');
      for (const [key, entry] of compared) assert.strictEqual(entry.value, theirs[key], key);
      assert.deepStrictEqual([...ours].filter(([, e]) => e.ambiguous).map(([k]) => k), ['E', 'F', 'L'], 'loaders disagree on these');
    });
  });

  describe('.properties, read back with java.util.Properties', function () {
    this.timeout(60000);
    let java = false;
    before(() => {
      try { execFileSync('java', ['-version'], { stdio: 'ignore' }); java = true; } catch { /* skipped below */ }
    });

    /** The standard way to write a value: escapes for `\`, a leading space, line breaks, and optionally non-ASCII. */
    const encode = (v: string, ascii: boolean) => v.replace(/\\/g, '\\\\').replace(/^ /, '\\ ').replace(/\n/g, '\\n')
      .replace(/[^\x00-\x7e]/g, ch => (ascii ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch));

    it('every hard value, raw and \\u-escaped, in application.properties', function () {
      if (!java) this.skip();
      const template = '# settings\nspring.datasource.username=app\nspring.datasource.password = @@\nother.value=keep#this \\\n  continued\n';
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-props-'));
      try {
        const cases: { c: Case; source: string; envValue?: string }[] = [];
        for (const [label, value] of Object.entries(HARD)) {
          for (const ascii of [false, true]) {
            // Spring resolves ${…} in its own files: a value holding one is no literal there.
            const file = ascii ? 'src/main/resources/application.properties' : 'conf/messages.properties';
            const c = caseFor(`${label}${ascii ? ' (\\u, Spring)' : ''}`, value, template, encode(value, ascii), 'properties', file);
            const p = plan(c);
            if (ascii && value.includes('${')) {
              assert.match(p.unsafeReason ?? '', /Spring \$\{…\} placeholder/);
              continue;
            }
            cases.push({ c, ...apply(c, p) });
          }
        }
        const files = cases.flatMap(({ c, source }, i) => {
          fs.writeFileSync(path.join(dir, `${i}a.properties`), c.text);
          fs.writeFileSync(path.join(dir, `${i}b.properties`), source);
          return [path.join(dir, `${i}a.properties`), path.join(dir, `${i}b.properties`)];
        });
        const read = javaProperties(dir, files);
        cases.forEach(({ c, envValue }, i) => {
          const before = read[files[2 * i]];
          const after = read[files[2 * i + 1]];
          assert.strictEqual(before['spring.datasource.password'], c.value, `${c.label}: the test wrote the value correctly`);
          assert.strictEqual(envValue, c.value, `${c.label}: .env gives back the value`);
          assert.strictEqual(after['spring.datasource.password'], `\${${NAME}}`, `${c.label}: the reference stands where the value stood`);
          assert.deepStrictEqual({ ...after, 'spring.datasource.password': c.value }, before, `${c.label}: nothing else changed`);
        });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('shell, run by bash', () => {
    /** Ways to write `v` in a script: single quotes, double quotes with escapes, unquoted where it is one word. */
    const encodings = (v: string) => [
      ...(v.includes("'") ? [] : [`'${v}'`]),
      `"${v.replace(/[\\"$`]/g, '\\$&')}"`,
      ...(/^[\w!#%+,./:=@^-]+$/.test(v) && !v.startsWith('#') ? [v] : []),
    ];

    it('every hard value: the rewritten script sees exactly the value from the environment', function () {
      this.timeout(60000);
      const template = '#!/bin/bash\nexport API_SECRET=@@ # set here\nOTHER=\'keep#this\'\nprintf "%s|%s" "$API_SECRET" "$OTHER"\n';
      for (const [label, value] of Object.entries(HARD)) {
        for (const enc of encodings(value)) {
          const c = caseFor(`${label} ${enc.slice(0, 1)}`, value, template, enc, 'shellscript', 'run.sh');
          const { source, envValue } = apply(c, plan(c));
          assert.strictEqual(envValue, value, `${c.label}: .env gives back the value`);
          const run = (script: string) => execFileSync('bash', ['--norc', '--noprofile', '-c', script], { env: { PATH: process.env.PATH, [NAME]: envValue }, encoding: 'utf8' });
          assert.strictEqual(run(source), run(c.text), `${c.label}: the script sees the same values`);
          assert.strictEqual(run(c.text), `${value}|keep#this`, `${c.label}: the test wrote the value correctly`);
        }
      }
    });
  });

  describe('code, run by node and python3', () => {
    it('JavaScript string escapes are decoded: the program sees the same value', function () {
      this.timeout(60000);
      for (const [label, value] of Object.entries(HARD)) {
        for (const enc of [JSON.stringify(value), `'${value.replace(/[\\']/g, '\\$&')}'`]) {
          const c = caseFor(label, value, 'const k = @@;\nprocess.stdout.write(k);\n', enc, 'javascript', 'a.js');
          const { source, envValue } = apply(c, plan(c));
          assert.strictEqual(envValue, value, `${label} ${enc[0]}: .env gives back the value`);
          const run = (code: string) => execFileSync('node', ['-e', code], { env: { PATH: process.env.PATH, [NAME]: envValue }, encoding: 'utf8' });
          assert.strictEqual(run(source), run(c.text), `${label} ${enc[0]}`);
        }
      }
    });

    it('Python strings, raw strings and f-strings: the program sees the same value', function () {
      this.timeout(60000);
      try { execFileSync('python3', ['--version'], { stdio: 'ignore' }); } catch { this.skip(); }
      const esc = (v: string) => v.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n');
      for (const [label, value] of Object.entries(HARD)) {
        // [before the value, the value as written, after it]
        const forms: [string, string, string][] = [['"', esc(value), '"'], ['f"pre-{1}-', esc(value).replace(/[{}]/g, '$&$&'), '"']];
        if (!/["]|\\$/.test(value)) forms.push(['r"', value, '"']);
        for (const [open, raw, close] of forms) {
          const text = `import sys\nk = ${open}${raw}${close}\nsys.stdout.write(k)\n`;
          const start = text.indexOf(open + raw) + open.length;
          const c: Case = { label: `${label} ${open}`, value, text, start, end: start + raw.length, languageId: 'python', file: 'a.py' };
          const p = plan(c);
          if (open.startsWith('f') && /[{}]/.test(value)) {
            assert.ok(p.unsafeReason, `${c.label}: doubled braces in an f-string are refused`);
            continue;
          }
          const { source, envValue } = apply(c, p);
          assert.strictEqual(envValue, value, `${c.label}: .env gives back the value`);
          const run = (code: string) => execFileSync('python3', ['-c', code], { env: { PATH: process.env.PATH, [NAME]: envValue, PYTHONIOENCODING: 'utf-8' }, encoding: 'utf8' });
          assert.strictEqual(run(source), run(c.text), c.label);
        }
      }
    });
  });

  describe('formats with no environment lookup: no fix is offered', () => {
    const pw = HARD['glued #'];
    for (const [file, text] of [
      ['config.toml', `password = "${pw}"\n`], ['settings.ini', `password = ${pw}\n`],
      ['a.json', `{"password": "${pw}"}\n`], ['web.xml', `<password>${pw}</password>\n`],
      // A board has no environment: an Arduino sketch is C++, but `getenv` there reads nothing.
      ['blink.ino', `#define API_PASSWORD "${pw}"\n`],
    ]) {
      it(file, () => {
        const start = text.indexOf('Xq7');
        assert.ok(plan({ label: file, value: '', text, start, end: start + 16, languageId: '', file }).unsafeReason);
      });
    }
    it('an Arduino sketch VS Code opens as C++: the refusal says where a sketch keeps its secrets', () => {
      const text = `#define API_PASSWORD "${pw}"\n`;
      const start = text.indexOf('Xq7');
      const p = plan({ label: 'sketch', value: pw, text, start, end: start + pw.length, languageId: 'cpp', file: 'blink/blink.ino' });
      assert.match(p.unsafeReason ?? '', /arduino_secrets\.h/);
    });
    it('a Nix expression is evaluated into the store: the refusal names sops-nix, agenix or a password file', () => {
      const text = `{\n  services.acme.password = "${pw}";\n}\n`;
      const start = text.indexOf('Xq7');
      const p = plan({ label: 'nix', value: pw, text, start, end: start + pw.length, languageId: 'nix', file: 'hosts/edge/configuration.nix' });
      assert.match(p.unsafeReason ?? '', /sops-nix/);
    });
    it("a Terraform variable's default (it cannot read the environment, nor name itself)", () => {
      const text = `variable "db_password" {\n  type    = string\n  default = "${pw}"\n}\n`;
      const start = text.indexOf('Xq7');
      const p = plan({ label: 'tf default', value: pw, text, start, end: start + pw.length, languageId: 'terraform', file: 'infra/variables.tf' });
      assert.match(p.unsafeReason ?? '', /delete the `default` line/);
    });
    it('a Kubernetes manifest (it takes ${…} literally): the steps name a Secret and secretKeyRef', () => {
      const text = `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        env:\n        - name: DB_PASSWORD\n          value: "${pw}"\n`;
      const start = text.indexOf('Xq7');
      const p = plan({ label: 'k8s env', value: pw, text, start, end: start + pw.length, languageId: 'yaml', file: 'k8s/deployment.yaml' });
      assert.match(p.unsafeReason ?? '', /secretKeyRef/);
      assert.deepStrictEqual(p.edits, []);
    });
  });
});

/** Reads each file with java.util.Properties (UTF-8); key → value per file. */
function javaProperties(dir: string, files: string[]): Record<string, Record<string, string>> {
  const src = path.join(dir, 'Dump.java');
  fs.writeFileSync(src, [
    'import java.io.*; import java.nio.charset.StandardCharsets; import java.util.*;',
    'public class Dump { public static void main(String[] a) throws Exception {',
    '  StringBuilder out = new StringBuilder();',
    '  for (String f : a) { Properties p = new Properties();',
    '    try (Reader r = new InputStreamReader(new FileInputStream(f), StandardCharsets.UTF_8)) { p.load(r); }',
    '    for (String k : p.stringPropertyNames()) out.append(f).append("\\t").append(k).append("\\t")',
    '      .append(Base64.getEncoder().encodeToString(p.getProperty(k).getBytes(StandardCharsets.UTF_8))).append("\\n"); }',
    '  System.out.print(out); } }',
  ].join('\n'));
  const out = execFileSync('java', [src, ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const read: Record<string, Record<string, string>> = {};
  for (const line of out.split('\n').filter(Boolean)) {
    const [f, k, v] = line.split('\t');
    (read[f] ??= {})[k] = Buffer.from(v, 'base64').toString('utf8');
  }
  return read;
}
