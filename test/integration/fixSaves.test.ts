/**
 * Every quick fix leaves the files it touched in the same saved state, whichever fix it was:
 * applied from the lightbulb (VS Code's own command, `files.refactoring.autoSave` on as by
 * default), each touched file ends saved: no unsaved buffer, the disk holding what the editor shows.
 */

import * as assert from 'assert';
import * as vscode from 'vscode';
import { crcToken, join, openaiProjectKey } from '../helpers/fakes';
import { applyFromLightbulb, disk, documentOf, openWithFinding, useFixSuite, write } from './fixHelpers';
import { setSetting, waitFor } from './helpers';

const DIR = 'save-fixtures';
const BASELINE = '.secrethygiene-baseline.json';
const ROOT_FILES = ['.env', '.gitignore', BASELINE] as const;
const openai = openaiProjectKey(6101);
const github = crcToken(join('gh', 'p_'), 6102);

interface SaveCase {
  fix: string;
  kind: string;
  /** Files written before (workspace-relative → text). */
  files: Record<string, string>;
  /** The file the fix is applied in and the secret (or code) its diagnostic covers. */
  at: string;
  secret: string;
  /** Every file the fix edits or creates. */
  touched: string[];
  setup?: () => Promise<void>;
}

const CASES: SaveCase[] = [
  { fix: 'ignore comment', kind: 'ignoreComment', files: { [`${DIR}/deploy.sh`]: `#!/bin/sh\nexport GH_TOKEN="${github}"\n` },
    at: `${DIR}/deploy.sh`, secret: github, touched: [`${DIR}/deploy.sh`] },
  { fix: 'log mask', kind: 'maskLoggedValue', files: { [`${DIR}/log.js`]: 'console.log("key", process.env.OPENAI_API_KEY);\n' },
    at: `${DIR}/log.js`, secret: 'process.env.OPENAI_API_KEY', touched: [`${DIR}/log.js`] },
  { fix: 'secret reference in JSON (in place)', kind: 'secretReference', files: { [`${DIR}/service.json`]: `{ "apiKey": "${openai}" }\n` },
    at: `${DIR}/service.json`, secret: openai, touched: [`${DIR}/service.json`] },
  { fix: 'server-only rename in .env', kind: 'serverOnlyName', files: { '.gitignore': '.env\n', '.env': `NEXT_PUBLIC_OPENAI_API_KEY=${openai}\n` },
    at: '.env', secret: openai, touched: ['.env'] },
  { fix: 'baseline', kind: 'baseline', files: { [`${DIR}/config.js`]: `export const token = "${github}";\n` },
    at: `${DIR}/config.js`, secret: github, touched: [BASELINE] },
  { fix: '.env to .gitignore', kind: 'envFile', files: { '.gitignore': 'node_modules\n', '.env': `OPENAI_API_KEY=${openai}\n` },
    at: '.env', secret: openai, touched: ['.gitignore'] },
  { fix: 'move to .env', kind: 'moveToEnv', files: { [`${DIR}/a.js`]: `const key = "${openai}";\n`, '.gitignore': 'node_modules\n' },
    at: `${DIR}/a.js`, secret: openai, touched: [`${DIR}/a.js`, '.env', '.gitignore'] },
  { fix: 'secret reference through .env', kind: 'secretReference', files: { [`${DIR}/b.js`]: `const key = "${openai}";\n`, '.env': 'PORT=1\n' },
    at: `${DIR}/b.js`, secret: openai, touched: [`${DIR}/b.js`, '.env', '.gitignore'], setup: () => setSetting('secretReferenceProvider', 'vault') },
];

/** Buffer and disk of each file, for a failure message (no token shown). */
function state(files: string[]): string {
  return JSON.stringify(files.map(f => ({ f, dirty: documentOf(f)?.isDirty, sameAsDisk: documentOf(f) ? documentOf(f)!.getText() === disk(f) : 'not open' })));
}

describe('Quick fixes: every fix leaves the files it touched saved', function () {
  this.timeout(120_000);
  const cleanUp = useFixSuite({ dir: DIR, rootFiles: ROOT_FILES, git: true, settings: ['secretReferenceProvider'] });
  this.retries(2);

  it('files.refactoring.autoSave off: no fix saves anything (one file or several), the edits wait in their buffers', async () => {
    await vscode.workspace.getConfiguration('files').update('refactoring.autoSave', false, vscode.ConfigurationTarget.Global);
    try {
      for (const c of [CASES[0], CASES[6]]) {
        await cleanUp({});
        for (const [f, text] of Object.entries(c.files)) await write(f, text);
        const before = Object.fromEntries(c.touched.map(f => [f, disk(f)]));
        const { editor, diagnostic } = await openWithFinding(c.at, c.secret);
        await applyFromLightbulb(editor, diagnostic, c.kind, () => c.touched.every(f => documentOf(f) !== undefined && documentOf(f)!.getText() !== (before[f] ?? '')));
        await new Promise(resolve => setTimeout(resolve, 1000));
        // A file the fix creates exists on disk at once (empty): its text waits in the buffer too.
        const unsaved = (f: string) => (disk(f) ?? '') === (before[f] ?? '') && !!documentOf(f)?.isDirty;
        assert.deepStrictEqual(c.touched.filter(f => !unsaved(f)).map(f => [f, disk(f) === before[f], disk(f)?.length, before[f]?.length]), [],
          `${c.fix}: every touched file unsaved: ${state(c.touched)}`);
      }
    } finally {
      await vscode.workspace.getConfiguration('files').update('refactoring.autoSave', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  for (const c of CASES) {
    it(`${c.fix}: every touched file is saved`, async () => {
      await c.setup?.();
      for (const [f, text] of Object.entries(c.files)) await write(f, text);
      const before = Object.fromEntries(c.touched.map(f => [f, disk(f)]));
      const { editor, diagnostic } = await openWithFinding(c.at, c.secret);
      await applyFromLightbulb(editor, diagnostic, c.kind, () => c.touched.some(f => (documentOf(f)?.getText() ?? disk(f)) !== before[f]));
      await waitFor(`every touched file saved after the ${c.fix} fix`,
        () => c.touched.every(f => disk(f) !== before[f] && !documentOf(f)?.isDirty && (!documentOf(f) || documentOf(f)!.getText() === disk(f))), 10_000)
        .catch(e => { throw new Error(`${e.message}: ${state(c.touched)}`); });
      assert.ok(c.touched.every(f => disk(f) !== undefined));
      if (c.touched.length === 1 && c.touched[0] === c.at) {
        // A one-file fix saved like the others: one undo restores its disk too.
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('undo');
        await waitFor(`one undo of the ${c.fix} fix to restore buffer and disk`,
          () => editor.document.getText() === c.files[c.at] && disk(c.at) === c.files[c.at] && !editor.document.isDirty, 10_000)
          .catch(e => { throw new Error(`${e.message}: ${state(c.touched)}`); });
      }
    });
  }
});
