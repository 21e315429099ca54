/**
 * A fix planned by `src/core/fix`, offered as a code action:
 * - listed without its edit; when the user picks it, the plan is made again from the files as
 *   they are then, under the name the title promised, and turned into the edit (fixEdit.ts);
 * - refused (greyed out, with the reason) when no safe plan exists;
 * - when the variable's name is taken in `.env` by another value, the fix asks for the name
 *   (an input box with a free suggestion; Esc changes nothing) instead of writing `NAME_2`.
 */

import * as vscode from 'vscode';
import type { FixPlan } from '../core';
import { gatherFacts, type FileState, type FixTarget, type WorkspaceFacts } from './fixFacts';
import { LazyFix, refusedFix, resolvePlan, type ResolvedFix } from './fixEdit';

export const CHOOSE_NAME_COMMAND = 'secretHygiene.fixWithChosenName';

/** A plan and the files its roles stand for; `next` runs after the edit (notes, storing the key). */
export interface Planned {
  plan: FixPlan;
  files: Record<string, FileState>;
  next?: vscode.Command;
}

/** Makes a fix's plan for a target and its facts; `envName` pins the variable's name. */
export type PlanMaker = (fix: FixTarget, facts: WorkspaceFacts, envName?: string) => Promise<Planned>;

/**
 * The code action for a plan made at listing time (`planned`, which gives the title):
 * disabled when refused, asking for the name on a conflict, else resolved lazily.
 */
export function plannedAction(fix: FixTarget, title: string, kind: vscode.CodeActionKind, planned: Planned, make: PlanMaker): vscode.CodeAction {
  const { plan } = planned;
  if (plan.unsafeReason) {
    const disabled = new vscode.CodeAction(title, kind);
    disabled.diagnostics = [fix.diagnostic];
    disabled.disabled = { reason: plan.unsafeReason };
    return disabled;
  }
  if (plan.nameConflict) {
    const { name } = plan.nameConflict;
    // "… as NAME_2" (or "… as NAME_2 (why)") promises a name the user has not chosen yet.
    const action = new vscode.CodeAction(`${title.replace(/ as [A-Za-z0-9_]+(?=$| \()/, '')} under another name (${name} holds another value)…`, kind);
    action.diagnostics = [fix.diagnostic];
    const choice: NameChoice = { fix, conflict: plan.nameConflict, make };
    action.command = { command: CHOOSE_NAME_COMMAND, title: 'Choose the variable name', arguments: [choice] };
    return action;
  }
  return new LazyFix(title, kind, fix.diagnostic, async () => {
    const fresh = await refresh(fix);
    if ('reason' in fresh) return refusedFix(fresh.reason);
    return toResolved(await make(fresh.fix, fresh.facts, plan.envName));
  });
}

function toResolved({ plan, files, next }: Planned): Promise<ResolvedFix> | ResolvedFix {
  return plan.unsafeReason ? refusedFix(plan.unsafeReason) : resolvePlan(plan, files, next);
}

/** The target again, at apply time: refused when the document changed since the fix was listed. */
async function refresh(fix: FixTarget, askGit = true): Promise<{ fix: FixTarget; facts: WorkspaceFacts } | { reason: string }> {
  const changed = { reason: 'The file changed since this fix was listed; ask for the fix again.' };
  if (fix.document.isClosed || fix.document.version !== fix.version) return changed;
  const facts = await gatherFacts(fix.document, fix.services, askGit);
  if (!facts && fix.facts) return changed;
  // No facts only for a document outside every folder, whose fixes (ignore comment, log mask) read none.
  return { fix: { ...fix, facts }, facts: facts as WorkspaceFacts };
}

/** What the name prompt gets: the fix, the taken name and a free suggestion. */
interface NameChoice {
  fix: FixTarget;
  conflict: { name: string; suggestion: string };
  make: PlanMaker;
}

/** An environment variable name as shells, dotenv and every language's env lookup accept it. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function registerNameChoice(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(CHOOSE_NAME_COMMAND, (choice: NameChoice) => fixWithChosenName(choice)));
}

/**
 * Asks for the variable's name, plans again with it and applies the edit as a refactoring
 * (one undo, saved like every fix), then runs the fix's own follow-up. Esc: nothing changes.
 * A name `.env` sets to another value is refused in the box itself, with the reason.
 */
export async function fixWithChosenName({ fix, conflict, make }: NameChoice): Promise<boolean> {
  const name = await vscode.window.showInputBox({
    title: 'Secret Hygiene: name of the environment variable',
    prompt: `${conflict.name} already holds another value in ${fix.facts?.settings.envFile ?? '.env'}. Name this one:`,
    value: conflict.suggestion,
    valueSelection: [0, conflict.suggestion.length],
    ignoreFocusOut: true,
    validateInput: async value => {
      if (!ENV_NAME.test(value)) return 'A name of letters, digits and _, not starting with a digit (e.g. OPENAI_API_KEY_2).';
      // Checked against .env as it is now; git is asked once, when the fix is made.
      const fresh = await refresh(fix, false);
      if ('reason' in fresh) return fresh.reason;
      return (await make(fresh.fix, fresh.facts, value)).plan.unsafeReason;
    },
  });
  if (name === undefined) return false;
  const fresh = await refresh(fix);
  const resolved = 'reason' in fresh ? refusedFix(fresh.reason) : await toResolved(await make(fresh.fix, fresh.facts, name));
  if (resolved.edit && !(await vscode.workspace.applyEdit(resolved.edit, { isRefactoring: true }))) {
    void vscode.window.showErrorMessage('Secret Hygiene: the fix could not be applied (a file changed meanwhile?).');
    return false;
  }
  if (resolved.command) await vscode.commands.executeCommand(resolved.command.command, ...(resolved.command.arguments ?? []));
  return resolved.edit !== undefined;
}
