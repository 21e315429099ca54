/**
 * Quick fixes for the checks' findings, in a real VS Code: a secret written to a log gets
 * "show whether it is set" (exactly the logged expression is replaced), a client-prefixed key
 * in a `.env` file gets a server-only name, and a key in client code gets the advice to route
 * the call through a server instead of a preferred "Move to .env".
 *
 * Fixtures are written under gen/checkfixes/ with fake tokens and removed after each test;
 * texts are compared with the tokens replaced by names, so no token reaches the test output.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SecretHygieneApi } from '../../src/extension/extension';
import { openaiProjectKey } from '../helpers/fakes';
import { extensionApi, ours, scratchFolder, sleep, waitFor, writeFile } from './helpers';

const DIR = 'gen/checkfixes';
const KIND = 'quickfix.secretHygiene';
const SHOW_ADVICE = 'secretHygiene.showFixAdvice';
const key = openaiProjectKey(6101);

function redact(text: string): string {
  return text.split(key).join('<openai-key>');
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Writes the file, opens it, and waits for our diagnostic of `ruleId`. */
async function openWith(rel: string, text: string, ruleId: string): Promise<{ editor: vscode.TextEditor; diagnostic: vscode.Diagnostic }> {
  const uri = await writeFile(`${DIR}/${rel}`, text);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diagnostic = await waitFor(`a ${ruleId} diagnostic in ${rel}`, () => ours(uri).find(d => codeOf(d) === ruleId), 20_000);
  return { editor, diagnostic };
}

/** Code actions as the lightbulb asks for them; retried when a re-scan cancels the request. */
async function actions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      // Resolved as when the user picks one: the fixes compute their edit lazily.
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, `${KIND}.${kind}`, 100) ?? [];
    } catch (e) {
      if (attempt >= 10 || !/Canceled/i.test(String(e))) throw e;
      await sleep(200);
    }
  }
}

async function oneAction(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction> {
  const found = await actions(uri, range, kind);
  assert.strictEqual(found.length, 1, `one ${kind} action expected, got [${found.map(a => a.title).join(' | ')}]`);
  return found[0];
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

interface Advice { message: string; link?: { label: string; url: string } }

function adviceOf(action: vscode.CodeAction): Advice {
  // A fix with an edit runs its advice after the command that prepares its undo.
  const command = action.command?.command === 'secretHygiene.afterFix'
    ? (action.command.arguments![0] as { next?: vscode.Command }).next : action.command;
  assert.strictEqual(command?.command, SHOW_ADVICE, `${action.title} shows advice`);
  return command.arguments![0] as Advice;
}

describe('check fixes: logged secrets and client-side exposure', () => {
  let api: SecretHygieneApi;
  before(async () => { api = await extensionApi(); });
  scratchFolder(DIR);

  it('a logged env var: "show whether it is set" replaces exactly the logged expression, and the diagnostic goes', async () => {
    const { editor, diagnostic } = await openWith('server/log.js', 'const port = 3000;\nconsole.log("key", process.env.OPENAI_API_KEY, port);\n', 'secret-logged');
    const uri = editor.document.uri;
    const action = await oneAction(uri, diagnostic.range, 'maskLoggedValue');
    assert.strictEqual(action.title, 'Show whether OPENAI_API_KEY is set, not its value');
    assert.ok(action.isPreferred, 'the preferred fix for a logged secret');
    assert.deepStrictEqual((await actions(uri, diagnostic.range, 'moveToEnv')).map(a => a.title), [], 'code is not a value to move to .env');
    await apply(action);
    assert.strictEqual(editor.document.getText(),
      'const port = 3000;\nconsole.log("key", (process.env.OPENAI_API_KEY ? "[set]" : "[missing]"), port);\n');
    await waitFor('the secret-logged diagnostic to go', () => !ours(uri).some(d => codeOf(d) === 'secret-logged'));
  });

  it('inside a Python f-string delimited by ", the replacement uses single quotes', async () => {
    const { editor, diagnostic } = await openWith('app.py', 'import logging\n\ndef start(api_key):\n    logging.info(f"using key {api_key}")\n', 'secret-logged');
    await apply(await oneAction(editor.document.uri, diagnostic.range, 'maskLoggedValue'));
    assert.strictEqual(editor.document.getText(),
      'import logging\n\ndef start(api_key):\n    logging.info(f"using key {(\'[set]\' if api_key else \'[missing]\')}")\n');
  });

  it('inside a PHP double-quoted string no expression fits: no mask fix, the generic ones remain', async () => {
    const { editor, diagnostic } = await openWith('log.php', '<?php\n$apiKey = getenv("OPENAI_API_KEY");\necho "key: $apiKey\\n";\n', 'secret-logged');
    const uri = editor.document.uri;
    assert.deepStrictEqual((await actions(uri, diagnostic.range, 'maskLoggedValue')).map(a => a.title), []);
    assert.strictEqual((await actions(uri, diagnostic.range, 'ignoreComment')).length, 1, 'the ignore comment is still offered');
  });

  it('.env: NEXT_PUBLIC_ key renamed to a server-only name in that file, with the server-route advice after it', async () => {
    const text = `PORT=3000\nNEXT_PUBLIC_OPENAI_API_KEY=${key}\n`;
    const { editor, diagnostic } = await openWith('web/.env', text, 'client-exposed-env-var');
    const uri = editor.document.uri;
    const action = await oneAction(uri, diagnostic.range, 'serverOnlyName');
    assert.strictEqual(action.title, 'Rename NEXT_PUBLIC_OPENAI_API_KEY to OPENAI_API_KEY (server-only)');
    assert.ok(action.isPreferred, 'renaming is the preferred fix for a client-prefixed name');
    // The key's own diagnostic (on the value) offers the same rename.
    const onKey = ours(uri).find(d => codeOf(d) === 'openai-project-key');
    assert.ok(onKey, 'a diagnostic on the key');
    assert.strictEqual((await oneAction(uri, onKey.range, 'serverOnlyName')).title, action.title);

    const advice = adviceOf(action);
    assert.match(advice.message, /^Renamed in \.env only\./);
    assert.match(advice.message, /code that reads process\.env\.NEXT_PUBLIC_OPENAI_API_KEY now gets undefined there: move that call into a server route/);
    assert.ok(advice.link?.url.startsWith('https://'), 'links a guide');
    assert.ok(!JSON.stringify(action.command).includes(key), 'the advice holds no value');
    await apply(action);
    assert.strictEqual(redact(editor.document.getText()), 'PORT=3000\nOPENAI_API_KEY=<openai-key>\n');
    await waitFor('the client-exposed-env-var diagnostic to go', () => !ours(uri).some(d => codeOf(d) === 'client-exposed-env-var'));
  });

  it('a key in a client component: the advice to route the call through a server; Move to .env is not preferred', async () => {
    const { editor, diagnostic } = await openWith('src/components/Chat.tsx',
      `"use client";\nimport OpenAI from "openai";\n\nexport const client = new OpenAI({ apiKey: "${key}", dangerouslyAllowBrowser: true });\n`,
      'openai-project-key');
    const uri = editor.document.uri;
    await waitFor('the client-exposed tag', () => api.findingsFor(uri).some(f => f.tags?.includes('client-exposed')));
    const advice = await oneAction(uri, diagnostic.range, 'serverRoute');
    assert.strictEqual(advice.title, 'Why this key must leave client code: route the call through your server');
    assert.strictEqual(advice.edit, undefined, 'advice only: the file is not changed');
    const shown = adviceOf(advice);
    assert.match(shown.message, /^This file runs in the browser or ships inside the app, so anyone can read this OpenAI project API key\./);
    assert.match(shown.message, /An environment variable does not help in client code/);
    assert.deepStrictEqual(shown.link, { label: "Read OpenAI's key-safety guide", url: 'https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety' });
    await vscode.commands.executeCommand(advice.command!.command, ...advice.command!.arguments!); // registered; shows the message

    const move = await oneAction(uri, diagnostic.range, 'moveToEnv');
    assert.ok(!move.isPreferred, 'process.env in client code is no fix: not preferred');
  });

  it('a key on a server is not given the client-code advice', async () => {
    const { editor, diagnostic } = await openWith('server/openai.ts', `export const apiKey = "${key}";\n`, 'openai-project-key');
    const uri = editor.document.uri;
    assert.deepStrictEqual((await actions(uri, diagnostic.range, 'serverRoute')).map(a => a.title), []);
    assert.ok((await oneAction(uri, diagnostic.range, 'moveToEnv')).isPreferred, 'Move to .env stays the preferred fix on a server');
  });
});
