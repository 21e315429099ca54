/**
 * Untitled documents: "Move to .env" needs the file's workspace folder (which `.env` to write,
 * whether `.gitignore` covers it), and an untitled document has none. Instead of leaving the fix
 * out without a word, the lightbulb offers "Move … to .env…", which says why the document must
 * be saved first and offers to save it; once it is saved into a workspace folder, the quick fix
 * menu opens again with the real move.
 */

import * as vscode from 'vscode';
import { ruleById } from '../core';
import { FIX_KINDS } from './codeActions';
import type { FindingStore } from './findingStore';
import { DIAGNOSTIC_SOURCE } from './ids';
import { readSettings } from './settings';

export const SAVE_TO_MOVE_COMMAND = 'secretHygiene.saveUntitledToMove';

export function registerUntitledFixes(context: vscode.ExtensionContext, store: FindingStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SAVE_TO_MOVE_COMMAND, saveThenOfferMove),
    vscode.languages.registerCodeActionsProvider({ scheme: 'untitled' }, {
      provideCodeActions(document, _range, ctx) {
        if (ctx.only && !ctx.only.intersects(FIX_KINDS.moveToEnv)) return [];
        const envFile = readSettings(document.uri).envFile.trim() || '.env';
        const reason = vscode.workspace.workspaceFolders?.length
          ? `Save the file into a workspace folder first: Move to ${envFile} needs the folder whose ${envFile} it writes and whose .gitignore must cover it.`
          : `Open a folder and save the file into it first: Move to ${envFile} writes the key to that folder's ${envFile} and checks its .gitignore.`;
        return ctx.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE).flatMap(d => {
          const ruleId = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
          const finding = store.findingAt(document.uri, d.range, ruleId || undefined);
          // Code rules (a logged secret) have no value to move.
          if (!finding || ruleById(finding.ruleId)?.valueIsCode) return [];
          const action = new vscode.CodeAction(`Move ${finding.title} to ${envFile}… (save the file first)`, FIX_KINDS.moveToEnv);
          action.diagnostics = [d];
          action.command = { command: SAVE_TO_MOVE_COMMAND, title: 'Save to move', arguments: [document.uri, d.range, reason] };
          return [action];
        });
      },
    }, { providedCodeActionKinds: [FIX_KINDS.moveToEnv] }),
  );
}

/** Says why, offers Save As; once saved into a folder, opens the quick fixes at the same place. */
async function saveThenOfferMove(uri: vscode.Uri, range: vscode.Range, reason: string): Promise<void> {
  const choice = await vscode.window.showInformationMessage(reason, 'Save As…');
  if (choice !== 'Save As…') return;
  const saved = await vscode.workspace.save(uri);
  if (!saved || !vscode.workspace.getWorkspaceFolder(saved)) return;
  await vscode.window.showTextDocument(saved, { selection: range });
  await vscode.commands.executeCommand('editor.action.quickFix');
}
