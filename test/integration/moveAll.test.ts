/**
 * The same secret in several places, in a real VS Code: a name taken in `.env` by another
 * value is asked for (the suggestion accepted, or Esc changing nothing), and "Move all N
 * occurrences" moves every place in the file, or in the workspace, as one undoable edit.
 * The input box is answered through the workbench's own quick-input commands.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { crcToken, join, openaiProjectKey } from '../helpers/fakes';
import { apply, actionOfKind, codeActions, disk, documentOf, openWithFinding, useFixSuite, write } from './fixHelpers';
import { extensionApi, sleep, waitFor } from './helpers';

const DIR = 'moveall-fixtures';
const ROOT_FILES = ['.env', '.gitignore', '.env.example'] as const;
const openai = openaiProjectKey(5101);
const other = crcToken(join('gh', 'p_'), 5102);

/** The text with the fake tokens replaced by names, for assertions and their messages. */
function redact(text: string | undefined): string | undefined {
  return text?.split(openai).join('<openai-key>').split(other).join('<other-token>');
}

/** Runs a fix's command (which opens the name box); `done()` says whether it returned. */
function runFixCommand(action: vscode.CodeAction): { result: Promise<unknown>; done: () => boolean } {
  assert.ok(action.command, `${action.title} runs a command`);
  let done = false;
  const result = Promise.resolve(vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])))
    .finally(() => { done = true; });
  return { result, done: () => done };
}

/** Runs a fix's command and answers the name box with a workbench command. */
async function answerNameBox(action: vscode.CodeAction, answer: 'workbench.action.acceptSelectedQuickOpenItem' | 'workbench.action.closeQuickOpen'): Promise<unknown> {
  const { result, done } = runFixCommand(action);
  // The box opens once the command runs: keep answering until the command returns.
  for (let i = 0; i < 100 && !done(); i++) {
    await sleep(200);
    if (!done()) await vscode.commands.executeCommand(answer);
  }
  return result;
}

const TAKEN_SOURCE = () => `const key = "${openai}";\n`;

/** `.env` already sets OPENAI_API_KEY to another value; a file holds the key: its Move to .env fix. */
async function takenNameFix(): Promise<{ file: string; editor: vscode.TextEditor; action: vscode.CodeAction }> {
  await write('.gitignore', '.env\n');
  await write('.env', 'OPENAI_API_KEY=sk-some-other-project\n');
  const file = `${DIR}/client.js`;
  await write(file, TAKEN_SOURCE());
  const { editor, diagnostic } = await openWithFinding(file, openai);
  return { file, editor, action: await actionOfKind(file, diagnostic, 'moveToEnv') };
}

/** Asks the harness to fill the open input box with `text` and press `key` (see run-integration.js). */
function typeIntoInputBox(text: string, key: string): void {
  console.log(`[harness:input] ${JSON.stringify({ text, press: key })}`);
}

describe('Quick fixes: a taken name is asked for; Move all occurrences', function () {
  this.timeout(120_000);
  useFixSuite({ dir: DIR, rootFiles: ROOT_FILES });
  // As in the other quick-fix tests: undo and saves can race on a loaded machine.
  this.retries(2);

  it('name taken by another value: the fix asks, with a free suggestion; accepting it moves the key under that name', async () => {
    const { file, action } = await takenNameFix();
    assert.strictEqual(action.title, 'Move OpenAI project API key to .env under another name (OPENAI_API_KEY holds another value)…');
    assert.strictEqual(action.edit, undefined, 'nothing is written before the name is chosen');

    assert.strictEqual(await answerNameBox(action, 'workbench.action.acceptSelectedQuickOpenItem'), true);
    await waitFor('the fix under the chosen name', () => disk(file) === 'const key = process.env.OPENAI_API_KEY_2;\n');
    assert.strictEqual(redact(disk('.env')), 'OPENAI_API_KEY=sk-some-other-project\nOPENAI_API_KEY_2=<openai-key>\n');
    assert.ok(!documentOf(file)?.isDirty, 'saved like every fix');
  });

  it('name taken: a typed name is checked in the box (an invalid or taken one is refused), then used', async function () {
    // Typing needs the offline harness (test/harness/run-integration.js), which fills the box in the page.
    if (!process.env.SECRET_HYGIENE_HARNESS_INPUT) this.skip();
    const { file, action } = await takenNameFix();
    const { result, done } = runFixCommand(action);
    for (const refused of ['1_STARTS_WITH_A_DIGIT', 'OPENAI_API_KEY']) {
      typeIntoInputBox(refused, 'Enter');
      await sleep(2_000);
      assert.ok(!done(), `${refused} is refused: the box stays open`);
    }
    typeIntoInputBox('OPENAI_API_KEY_PROD', 'Enter');
    assert.strictEqual(await result, true);
    await waitFor('the fix under the typed name', () => disk(file) === 'const key = process.env.OPENAI_API_KEY_PROD;\n');
    assert.strictEqual(redact(disk('.env')), 'OPENAI_API_KEY=sk-some-other-project\nOPENAI_API_KEY_PROD=<openai-key>\n');
  });

  it('name taken: Esc in the name box changes nothing', async () => {
    const { file, editor, action } = await takenNameFix();
    const source = TAKEN_SOURCE();
    assert.strictEqual(await answerNameBox(action, 'workbench.action.closeQuickOpen'), false);
    await sleep(500);
    assert.strictEqual(redact(editor.document.getText()), redact(source));
    assert.strictEqual(disk(file), source);
    assert.strictEqual(disk('.env'), 'OPENAI_API_KEY=sk-some-other-project\n');
    assert.strictEqual(disk('.gitignore'), '.env\n');
  });

  it('Move all 3 occurrences in this file: one .env entry, every place reads it; one undo restores both files', async () => {
    await write('.gitignore', '.env\n');
    const file = `${DIR}/three.py`;
    const source = `import os\n\nA = "${openai}"\nB = "${openai}"\nC = {"key": "${openai}"}\n`;
    await write(file, source);
    const { editor, diagnostic } = await openWithFinding(file, openai);
    const single = await actionOfKind(file, diagnostic, 'moveToEnv');
    assert.strictEqual(single.title, 'Move OpenAI project API key to .env as OPENAI_API_KEY', 'the one-place move is still offered');
    const all = await actionOfKind(file, diagnostic, 'moveAll.file');
    assert.strictEqual(all.title, 'Move all 3 occurrences in this file to .env as OPENAI_API_KEY');
    assert.deepStrictEqual(await codeActions(file, diagnostic.range, 'moveAll.workspace'), [], 'no other file holds it');
    await apply(all);
    await waitFor('the file moved and saved', () => disk(file) === editor.document.getText() && !editor.document.isDirty);
    assert.strictEqual(editor.document.getText(),
      'import os\n\nA = os.environ["OPENAI_API_KEY"]\nB = os.environ["OPENAI_API_KEY"]\nC = {"key": os.environ["OPENAI_API_KEY"]}\n');
    assert.strictEqual(redact(disk('.env')), 'OPENAI_API_KEY=<openai-key>\n');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to restore the source and .env, buffer and disk',
      () => disk(file) === source && editor.document.getText() === source && !editor.document.isDirty && disk('.env') === undefined, 20_000)
      .catch(e => { throw new Error(`${e.message}: ${redact(JSON.stringify({ src: disk(file), env: disk('.env') }))}`); });
  });

  it('Move all occurrences in the workspace: every file Secret Hygiene found the value in, as one edit', async () => {
    await write('.gitignore', '.env\n');
    await write('.env', 'PORT=3000\n');
    const a = `${DIR}/a.js`;
    const b = `${DIR}/lib/b.ts`;
    const unrelated = `${DIR}/c.js`;
    await write(a, `export const key = "${openai}";\n`);
    await write(b, `export const again = '${openai}';\nexport const same = '${openai}';\n`);
    await write(unrelated, `export const token = "${other}";\n`);
    await (await extensionApi()).scanWorkspace();
    const { editor, diagnostic } = await openWithFinding(a, openai);
    const all = await actionOfKind(a, diagnostic, 'moveAll.workspace');
    assert.strictEqual(all.title, 'Move all 3 occurrences in 2 files to .env as OPENAI_API_KEY');
    await apply(all);
    await waitFor('every file moved and saved', () => disk(a) === 'export const key = process.env.OPENAI_API_KEY;\n' && !editor.document.isDirty &&
      disk(b) === 'export const again = process.env.OPENAI_API_KEY!;\nexport const same = process.env.OPENAI_API_KEY!;\n');
    assert.strictEqual(redact(disk('.env')), 'PORT=3000\nOPENAI_API_KEY=<openai-key>\n');
    assert.strictEqual(redact(disk(unrelated)), 'export const token = "<other-token>";\n', 'a file holding another secret is left alone');
  });
});
