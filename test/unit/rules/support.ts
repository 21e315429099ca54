/**
 * Shared assertions for the rule tests. Failure messages show rule ids and masked values
 * only: even fake tokens are never printed in full.
 */

import * as assert from 'assert';
import { scanText, type Confidence, type Finding, type Severity } from '../../../src/core';

export interface Sample { label: string; text: string; path: string }

/** `COHERE_API_KEY` → `cohereApiKey`. */
function camel(env: string): string {
  return env.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * The same value written the ways real projects write it. `env` is the variable name used
 * (for context-only formats it carries the provider's name, as real code does).
 */
export function inSyntaxes(env: string, value: string): Sample[] {
  const c = camel(env), s = env.toLowerCase();
  return [
    { label: 'JS object literal', path: 'src/client.ts', text: `import x from "y";\nconst config = {\n  ${c}: "${value}",\n};\n` },
    { label: 'Python kwarg', path: 'app/main.py', text: `client = make_client(\n    ${s}="${value}",\n)\n` },
    { label: 'Go string', path: 'cmd/main.go', text: `package main\n\nvar ${c} = "${value}"\n` },
    { label: 'Java string', path: 'src/Main.java', text: `class Main {\n  static final String ${env} = "${value}";\n}\n` },
    { label: 'YAML', path: 'deploy/values.yaml', text: `env:\n  ${s}: ${value}\n  region: eu-west-1\n` },
    { label: '.env', path: '.env', text: `DEBUG=false\n${env}=${value}\n` },
    { label: 'JSON', path: 'config/settings.json', text: `{\n  "name": "svc",\n  "${c}": "${value}"\n}\n` },
    { label: 'shell export', path: 'scripts/deploy.sh', text: `#!/bin/sh\nexport ${env}='${value}'\n./run\n` },
    { label: 'Terraform', path: 'infra/main.tf', text: `resource "x" "y" {\n  ${s} = "${value}"\n}\n` },
    { label: 'XML', path: 'conf/app.xml', text: `<config>\n  <${c}>${value}</${c}>\n</config>\n` },
  ];
}

/** Rule ids and masked values of findings: safe to print. */
export function summary(found: readonly Finding[]): string {
  return JSON.stringify(found.map(f => `${f.ruleId}:${f.masked}`));
}

export interface Expect { severity?: Severity; confidence?: Confidence; path?: string; label?: string }

/** Exactly one finding of `ruleId`, covering exactly `value`; returns it for further checks. */
export function expectFinding(text: string, value: string, ruleId: string, opts: Expect = {}): Finding {
  const found = scanText(text, { path: opts.path });
  const mine = found.filter(f => f.ruleId === ruleId);
  const where = opts.label ? ` (${opts.label})` : '';
  assert.strictEqual(mine.length, 1, `expected one ${ruleId}${where}, got ${summary(found)} in ${opts.path ?? ''}: ${JSON.stringify(text.slice(0, 200))}`);
  const f = mine[0];
  assert.ok(text.slice(f.range.start.offset, f.range.end.offset) === value,
    `${ruleId}${where}: range ${f.range.start.offset}-${f.range.end.offset} is not the value (${f.masked})`);
  if (opts.severity) assert.strictEqual(f.severity, opts.severity, `${ruleId}${where} severity`);
  if (opts.confidence) assert.strictEqual(f.confidence, opts.confidence, `${ruleId}${where} confidence`);
  return f;
}

/** No finding of the given rules (or of any rule of `provider`) in `text`. */
export function expectNone(text: string, ruleIds: string | string[], path = 'src/app.ts', label = ''): void {
  const ids = new Set([ruleIds].flat());
  const found = scanText(text, { path }).filter(f => ids.has(f.ruleId) || ids.has(f.provider));
  assert.deepStrictEqual(found.map(f => f.ruleId), [], `unexpected ${summary(found)}${label ? ` (${label})` : ''}`);
}

/**
 * A value in the rule's full format whose checksum or payload does not verify: reported once, as
 * information that says so, and nothing louder from any rule (the generic one included).
 */
export function expectLookAlike(text: string, value: string, ruleId: string, path = 'src/app.ts'): void {
  const f = expectFinding(text, value, ruleId, { path, severity: 'info', confidence: 'provider' });
  assert.match(f.detail ?? '', /does not verify/, `${ruleId}: the detail says the value does not verify`);
  const loud = scanText(text, { path }).filter(x => x.severity !== 'info');
  assert.deepStrictEqual(loud.map(x => x.ruleId), [], `${ruleId}: a look-alike is reported louder elsewhere`);
}

/** Every syntax sample yields the finding. */
export function expectInAllSyntaxes(env: string, value: string, ruleId: string, opts: Expect = {}, only?: string[]): void {
  for (const s of inSyntaxes(env, value)) {
    if (only && !only.includes(s.label)) continue;
    expectFinding(s.text, value, ruleId, { ...opts, path: s.path, label: s.label });
  }
}
