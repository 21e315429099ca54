import * as assert from 'assert';
import { KEY_SAFETY_URL, OPENAI_KEY_SAFETY_URL, planServerOnlyRename, scanText, serverRouteAdvice } from '../../../src/core';
import { openaiProjectKey } from '../../helpers/fakes';
import { applyPlan, hide } from './helpers';

const key = openaiProjectKey(5101);

function renamed(envText: string, offset: number, path = '.env'): string | undefined {
  const plan = planServerOnlyRename(envText, path, offset);
  return plan && hide(applyPlan(plan, { source: envText }).source, key);
}

describe('planServerOnlyRename', () => {
  const env = `PORT=3000\nNEXT_PUBLIC_OPENAI_API_KEY=${key}\nDEBUG=1\n`;

  it('renames the client-prefixed key, from either finding on its line (the name or the key)', () => {
    const findings = scanText(env, { path: '.env' });
    const byRule = (id: string) => findings.find(f => f.ruleId === id)!;
    for (const f of [byRule('client-exposed-env-var'), byRule('openai-project-key')]) {
      assert.strictEqual(renamed(env, f.range.start.offset), 'PORT=3000\nOPENAI_API_KEY=<secret1>\nDEBUG=1\n', f.ruleId);
    }
    const plan = planServerOnlyRename(env, 'web/.env.local', env.indexOf(key))!;
    assert.strictEqual(plan.title, 'Rename NEXT_PUBLIC_OPENAI_API_KEY to OPENAI_API_KEY (server-only)');
    assert.strictEqual(plan.envName, 'OPENAI_API_KEY');
    assert.strictEqual(plan.edits.length, 1, 'one file');
    assert.strictEqual(plan.edits[0].edits.length, 1, 'one edit');
  });

  it('notes say the rename is in this file only, that client code reading the old name must move to a server route, and to rotate', () => {
    const notes = planServerOnlyRename(env, 'web/.env.local', env.indexOf(key))!.notes!.join(' ');
    assert.match(notes, /^Renamed in \.env\.local only\. Next\.js no longer puts OPENAI_API_KEY into client code/);
    assert.match(notes, /code that reads process\.env\.NEXT_PUBLIC_OPENAI_API_KEY now gets undefined there: move that call into a server route/);
    assert.match(notes, /reads process\.env\.OPENAI_API_KEY, and have the client call the route/);
    assert.match(notes, /other env files and in your hosting provider's environment settings/);
    assert.match(notes, /rotate the key/);
    assert.ok(!notes.includes(key));
  });

  it('keeps `export`, spacing and CRLF; Vite code reads import.meta.env', () => {
    const text = `A=1\r\nexport  VITE_STRIPE_SECRET_KEY = abc\r\n`;
    assert.strictEqual(renamed(text, text.indexOf('VITE_')), 'A=1\r\nexport  STRIPE_SECRET_KEY = abc\r\n');
    assert.match(planServerOnlyRename(text, '.env', text.indexOf('abc'))!.notes![0], /reads import\.meta\.env\.VITE_STRIPE_SECRET_KEY now gets undefined/);
  });

  it('a name already set in the file gets a suffix, and a note says why', () => {
    const text = `OPENAI_API_KEY=x\nNEXT_PUBLIC_OPENAI_API_KEY=${key}\n`;
    const plan = planServerOnlyRename(text, '.env', text.indexOf(key))!;
    assert.strictEqual(hide(applyPlan(plan, { source: text }).source, key), 'OPENAI_API_KEY=x\nOPENAI_API_KEY_2=<secret1>\n');
    assert.ok(plan.notes!.includes('OPENAI_API_KEY is already set in .env, so the new name is OPENAI_API_KEY_2.'));
  });

  it('a template with an empty value: renamed, no rotate note (nothing shipped)', () => {
    const text = 'REACT_APP_GITHUB_TOKEN=\n';
    const plan = planServerOnlyRename(text, '.env.example', 0)!;
    assert.strictEqual(applyPlan(plan, { source: text }).source, 'GITHUB_TOKEN=\n');
    assert.ok(!plan.notes!.join(' ').includes('rotate'));
  });

  it('nothing for a line without a client-prefixed key', () => {
    const text = `OPENAI_API_KEY=${key}\n# NEXT_PUBLIC_OPENAI_API_KEY=\nNEXT_PUBLIC_=1\n`;
    assert.strictEqual(planServerOnlyRename(text, '.env', text.indexOf(key)), undefined);
    assert.strictEqual(planServerOnlyRename(text, '.env', text.indexOf('NEXT')), undefined, 'a comment');
    assert.strictEqual(planServerOnlyRename(text, '.env', text.lastIndexOf('NEXT')), undefined, 'only a prefix');
  });
});

describe('serverRouteAdvice', () => {
  it('a key in client code: why process.env does not help, the server route, rotation, and the provider\'s guide', () => {
    const advice = serverRouteAdvice({ title: 'OpenAI project API key', provider: 'OpenAI' });
    assert.strictEqual(advice.title, 'Why this key must leave client code: route the call through your server');
    assert.match(advice.message, /^This file runs in the browser or ships inside the app, so anyone can read this OpenAI project API key\./);
    assert.match(advice.message, /An environment variable does not help in client code: it is undefined there, or the bundler inlines its value/);
    assert.match(advice.message, /reads it from a server-only variable and calls OpenAI; the client calls that route\. Then rotate the key/);
    assert.strictEqual(advice.link.url, OPENAI_KEY_SAFETY_URL);
  });

  it('other providers link the framework-neutral guide; a prefixed variable names its framework', () => {
    const advice = serverRouteAdvice({ title: 'Anthropic API key', provider: 'Anthropic', exposedName: 'VITE_ANTHROPIC_KEY' });
    assert.match(advice.message, /^Vite inlines VITE_ANTHROPIC_KEY into the client bundle, so this Anthropic API key reaches every browser\./);
    assert.strictEqual(advice.link.url, KEY_SAFETY_URL);
  });

  it('a client-exposed variable name: rename it without the prefix', () => {
    const advice = serverRouteAdvice({ title: 'Secret-named variable exposed to the client', provider: 'Framework', exposedName: 'NEXT_PUBLIC_OPENAI_API_KEY', nameOnly: true });
    assert.match(advice.message, /^Next\.js inlines NEXT_PUBLIC_OPENAI_API_KEY into the client bundle, so the value of this variable reaches every browser\. Rename it to OPENAI_API_KEY/);
    assert.match(advice.message, /calls the API;/);
  });
});
