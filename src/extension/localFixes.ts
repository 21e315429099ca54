/**
 * The fixes that leave the secret where it is or act around it: an ignore comment, the
 * baseline, a `.env` kept out of git, a server-only name for a client-prefixed key, printing
 * whether a logged secret is set instead of its value, and advice (rotate the key, move it
 * behind a server route). Each edit is planned by `src/core/fix` and resolved lazily.
 */

import * as vscode from 'vscode';
import {
  clientPrefixOf, CONFIG_FILE_NAME, planAddToBaseline, planEnvFileFix, planIgnoreComment, planMaskLogged, planServerOnlyRename,
  serverRouteAdvice, type FileEdit, type FixPlan,
} from '../core';
import { AFTER_BASELINE_COMMAND, OPEN_ROTATE_URL_COMMAND, SHOW_ADVICE_COMMAND, type FixAdvice } from './fixCommands';
import { notesCommand } from './fixEdit';
import { baselinePathOf, leavesFolder, readFileState, roleFiles, sourceState, type FixTarget, type WorkspaceFacts } from './fixFacts';
import { CLIENT_EXPOSED_ENV_VAR, FIX_KINDS } from './fixKinds';
import { plannedAction, type PlanMaker, type Planned } from './plannedFix';

function refused(reason: string): Planned {
  return { plan: { title: '', edits: [], envName: '', unsafeReason: reason }, files: {} };
}

/** A plan of edits to the source only. */
function sourcePlan(fix: FixTarget, edits: FileEdit['edits']): Planned {
  return { plan: { title: '', envName: '', edits: [{ file: 'source', edits }] }, files: { source: sourceState(fix) } };
}

// ---------------------------------------------------------------------------------------------
// Ignore comment, baseline, rotate

const ignoreComment: PlanMaker = async fix => {
  const { document, finding } = fix;
  const plan = planIgnoreComment(document.getText(), document.languageId, vscode.workspace.asRelativePath(document.uri, false),
    document.offsetAt(fix.diagnostic.range.start), finding.ruleId);
  return plan.edit ? sourcePlan(fix, [plan.edit]) : refused(plan.reason ?? 'No comment can be placed here.');
};

export async function ignoreCommentAction(fix: FixTarget): Promise<vscode.CodeAction | undefined> {
  const planned = await ignoreComment(fix, fix.facts as WorkspaceFacts);
  // No comment syntax (JSON): not offered; the baseline is.
  if (planned.plan.unsafeReason) return undefined;
  return plannedAction(fix, `Ignore this ${fix.finding.title} (secret-hygiene:ignore comment)`, FIX_KINDS.ignoreComment, planned, ignoreComment);
}

const addToBaseline: PlanMaker = async (fix, facts) => {
  const { finding } = fix;
  const baselinePath = await baselinePathOf(fix.services, facts.folder);
  if (leavesFolder(facts.folder, baselinePath)) {
    return refused(`The baseline path in ${CONFIG_FILE_NAME} must name a file inside the workspace folder (no "..", no symlink).`);
  }
  const baseline = await readFileState(vscode.Uri.joinPath(facts.folder.uri, baselinePath));
  let text: string;
  try {
    text = planAddToBaseline(baseline.text, {
      fingerprint: finding.fingerprint, legacyFingerprint: finding.legacyFingerprint, ruleId: finding.ruleId, masked: finding.masked, path: facts.relPath,
    });
  } catch (e) {
    // An unreadable baseline is the user's file: do not overwrite it, say why.
    return refused((e as Error).message);
  }
  const plan: FixPlan = { title: '', envName: '', edits: [wholeFileEdit(baselinePath, baseline.text, text)] };
  return { plan, files: { [baselinePath]: baseline, source: sourceState(fix) }, next: { command: AFTER_BASELINE_COMMAND, title: 'Refresh findings' } };
};

export async function baselineAction(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction> {
  const baselinePath = await baselinePathOf(fix.services, facts.folder);
  return plannedAction(fix, `Add this ${fix.finding.title} to the baseline (${baselinePath})`, FIX_KINDS.baseline, await addToBaseline(fix, facts), addToBaseline);
}

function wholeFileEdit(file: string, current: string | undefined, next: string): FileEdit {
  if (current === undefined) return { file, create: true, edits: [{ start: 0, end: 0, newText: next }] };
  return { file, edits: [{ start: 0, end: current.length, newText: next }] };
}

export function rotateAction(fix: FixTarget, title?: string): vscode.CodeAction | undefined {
  const url = fix.finding.rotateUrl;
  if (!url) return undefined;
  const action = new vscode.CodeAction(title ?? `Rotate this ${fix.finding.title} (${hostOf(url)})`, FIX_KINDS.rotate);
  action.diagnostics = [fix.diagnostic];
  action.command = { command: OPEN_ROTATE_URL_COMMAND, title: 'Open rotate page', arguments: [url] };
  return action;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------------
// A secret written to logs: print whether it is set instead

const maskLogged: PlanMaker = async fix => {
  const { document, diagnostic, finding } = fix;
  const plan = planMaskLogged({
    text: document.getText(), languageId: document.languageId, path: vscode.workspace.asRelativePath(document.uri, false),
    start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end), name: finding.assignedName,
  });
  if (!plan) return refused('No safe edit here.');
  const planned = sourcePlan(fix, [plan.edit]);
  planned.plan.title = plan.title;
  return planned;
};

export async function maskLoggedAction(fix: FixTarget): Promise<vscode.CodeAction | undefined> {
  const planned = await maskLogged(fix, fix.facts as WorkspaceFacts);
  // No safe local edit (e.g. inside a PHP string): offer nothing rather than a broken one.
  if (planned.plan.unsafeReason) return undefined;
  const action = plannedAction(fix, planned.plan.title, FIX_KINDS.maskLoggedValue, planned, maskLogged);
  action.isPreferred = true;
  return action;
}

// ---------------------------------------------------------------------------------------------
// Client-side exposure

/** Advice, no edit: the key must leave client code for a server route; links a guide. */
export function serverRouteAction(fix: FixTarget): vscode.CodeAction {
  const { finding } = fix;
  const nameOnly = finding.ruleId === CLIENT_EXPOSED_ENV_VAR;
  // The env-var rule's match is the variable's name; other findings carry the name they are assigned to.
  const exposedName = nameOnly ? fix.value : finding.assignedName && clientPrefixOf(finding.assignedName) ? finding.assignedName : undefined;
  const advice = serverRouteAdvice({ title: finding.title, provider: finding.provider, exposedName, nameOnly });
  const action = new vscode.CodeAction(advice.title, FIX_KINDS.serverRoute);
  action.diagnostics = [fix.diagnostic];
  action.command = adviceCommand({ message: advice.message, link: advice.link });
  return action;
}

function adviceCommand(advice: FixAdvice): vscode.Command {
  return { command: SHOW_ADVICE_COMMAND, title: 'Show advice', arguments: [advice] };
}

const serverOnlyRename: PlanMaker = async (fix, facts) => {
  const { document } = fix;
  const plan = planServerOnlyRename(document.getText(), facts.relPath, document.offsetAt(fix.diagnostic.range.start));
  if (!plan) return refused('No client-prefixed name here.');
  return { plan, files: roleFiles(fix, facts), next: adviceCommand({ message: plan.notes!.join(' '), link: plan.link }) };
};

/** `.env`: `NEXT_PUBLIC_OPENAI_API_KEY=…` → `OPENAI_API_KEY=…`, in this file only (the notes say so). */
async function serverOnlyRenameAction(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction | undefined> {
  const { finding } = fix;
  const prefixed = finding.ruleId === CLIENT_EXPOSED_ENV_VAR || (finding.assignedName && clientPrefixOf(finding.assignedName));
  if (!prefixed) return undefined;
  const planned = await serverOnlyRename(fix, facts);
  if (planned.plan.unsafeReason) return undefined;
  return plannedAction(fix, planned.plan.title, FIX_KINDS.serverOnlyName, planned, serverOnlyRename);
}

// ---------------------------------------------------------------------------------------------
// A secret inside a .env file: keep the file out of git, rotate when it is already committed;
// a client-prefixed name gets a server-only one

const ignoreEnvFile = (tracked: boolean): PlanMaker => async (fix, facts) => {
  const plan = planEnvFileFix({
    envPath: facts.relPath, gitignoreText: facts.gitignore.text, inGitRepo: facts.inGitRepo, tracked, rotateUrl: fix.finding.rotateUrl,
  });
  return { plan, files: roleFiles(fix, facts), next: notesCommand(plan) };
};

export async function envFileActions(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction[]> {
  const tracked = facts.inGitRepo && await fix.services.git.isTrackedNow(fix.document.uri);
  const planned = await ignoreEnvFile(tracked)(fix, facts);
  const actions: vscode.CodeAction[] = [];
  // Shipping the key to every browser is worse than a .env that git might pick up.
  const rename = fix.wants(FIX_KINDS.serverOnlyName) ? await serverOnlyRenameAction(fix, facts) : undefined;
  if (rename) {
    rename.isPreferred = !tracked;
    actions.push(rename);
  }
  if (planned.plan.edits.length) {
    const action = plannedAction(fix, planned.plan.title, FIX_KINDS.envFile, planned, ignoreEnvFile(tracked));
    action.isPreferred = !tracked && !rename;
    actions.push(action);
  }
  if (tracked) {
    const rotate = rotateAction(fix, `${facts.relPath} is committed to git: rotate this ${fix.finding.title}` +
      (fix.finding.rotateUrl ? ` (${hostOf(fix.finding.rotateUrl)})` : ''));
    if (rotate) {
      rotate.isPreferred = true;
      actions.unshift(rotate);
    }
  }
  return actions;
}
