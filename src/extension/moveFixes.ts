/**
 * The fixes that move a secret out of the source: to `.env` (or `.env.local` beside a tracked
 * `.env`), to a secret-manager reference, and every occurrence of the same secret at once (in
 * the file, and in the workspace files holding the same value).
 */

import * as vscode from 'vscode';
import {
  baseEnvName, planMoveAllToEnv, planMoveToEnv, planMoveToSecretReference, secretReference, secretStoreInput, secretValueAt,
  storeCommandFor, storeInvocationFor, type FixPlan, type MoveAllPlan, type MoveToEnvInput, type OtherFile, type SecretReferenceOptions,
} from '../core';
import { HeldSecret, STORE_IN_MANAGER_COMMAND } from './fixCommands';
import { notesCommand } from './fixEdit';
import { MANAGER_LABELS, readFileState, roleFiles, terraformVariables, type FileState, type FixTarget, type WorkspaceFacts } from './fixFacts';
import { relativePath } from './folderConfig';
import { FIX_KINDS, isClientExposed } from './fixKinds';
import { plannedAction, type PlanMaker, type Planned } from './plannedFix';
import { warnAboutCustomTemplate } from './templateWarning';

/** Other files read for "move all in the workspace" at most (each is read when the lightbulb asks). */
const MAX_OTHER_FILES = 20;

export async function moveActions(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction[]> {
  const { finding } = fix;
  const envLabel = facts.settings.envFile;
  if (facts.envRejected) {
    return ([[`Move ${finding.title} to ${envLabel}`, FIX_KINDS.moveToEnv], [`Move ${finding.title} to a secret manager`, FIX_KINDS.secretReference]] as const)
      .map(([title, kind]) => disabledAction(fix, title, kind, facts.envRejected!));
  }
  const actions: vscode.CodeAction[] = [];
  const envPlan = await moveToEnv(fix, facts);
  const trackedEnv = facts.inGitRepo && facts.env.onDisk && await fix.services.git.isTrackedNow(facts.env.uri);
  if (trackedEnv && !envPlan.plan.unsafeReason) {
    actions.push(disabledAction(fix, `Move ${finding.title} to ${envLabel}`, FIX_KINDS.moveToEnv, `${envLabel} is tracked by git: the key would be committed with it. ` +
      `Move it to an untracked env file instead, or untrack ${envLabel} first (git rm --cached ${envLabel}).`));
    const local = await untrackedEnvAction(fix, facts);
    if (local) actions.push(local);
  } else {
    const action = plannedAction(fix, `Move ${finding.title} to ${envLabel} as ${envPlan.plan.envName}`, FIX_KINDS.moveToEnv, envPlan, moveToEnv);
    // In client code `process.env.X` is undefined in the browser or inlined into the bundle,
    // still public: the move alone is no fix there (see serverRouteAction).
    action.isPreferred = !action.disabled && !isClientExposed(finding);
    actions.push(action);
    if (!envPlan.plan.unsafeReason && fix.wants(FIX_KINDS.moveAll)) actions.push(...await moveAllActions(fix, facts));
  }
  if (fix.wants(FIX_KINDS.secretReference)) actions.push(await secretReferenceAction(fix, facts));
  return actions;
}

function disabledAction(fix: FixTarget, title: string, kind: vscode.CodeActionKind, reason: string): vscode.CodeAction {
  const action = new vscode.CodeAction(title, kind);
  action.diagnostics = [fix.diagnostic];
  action.disabled = { reason };
  return action;
}

/** What every move planner reads: the source, the secret's place and the env files around it. */
async function moveInput(fix: FixTarget, facts: WorkspaceFacts, envName: string | undefined): Promise<{ input: MoveToEnvInput; files: Record<string, FileState> }> {
  const { document, finding } = fix;
  const input: MoveToEnvInput = {
    sourceText: document.getText(),
    languageId: document.languageId,
    path: facts.relPath,
    secretStart: document.offsetAt(fix.diagnostic.range.start),
    secretEnd: document.offsetAt(fix.diagnostic.range.end),
    value: fix.value,
    suggestedName: finding.envVar,
    envText: facts.env.text,
    gitignoreText: facts.gitignore.text,
    inGitRepo: facts.inGitRepo,
    envExampleText: facts.envExample.text,
    writeEnvExample: facts.settings.writeEnvExample,
    // The env file's name (e.g. `.env.local`) as an any-depth ignore pattern, so the check and the
    // added `.gitignore` line cover the file the fix writes to.
    envPath: facts.settings.envFile.replace(/\\/g, '/').split('/').pop() || '.env',
    ...(envName !== undefined ? { envName } : {}),
  };
  const terraform = await terraformVariables(document);
  if (terraform?.text !== undefined) input.terraformVariablesText = terraform.text;
  return { input, files: { ...roleFiles(fix, facts), ...(terraform ? { terraformVariables: terraform } : {}) } };
}

const moveToEnv: PlanMaker = async (fix, facts, envName) => {
  const { input, files } = await moveInput(fix, facts, envName);
  const plan = planMoveToEnv(input);
  return { plan, files, next: notesCommand(plan) };
};

/**
 * `.env` is tracked by git (committed before it was ignored): the key goes to `.env.local`
 * beside it instead (ignored, and loaded by Next.js, Vite and most dotenv setups), and the
 * notes say how to load it and how to untrack `.env`.
 */
async function untrackedEnvAction(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction | undefined> {
  const planned = await moveToLocalEnv(fix, facts);
  if (!planned || planned.plan.unsafeReason) return undefined;
  const localRel = vscode.workspace.asRelativePath(planned.files.env.uri, false);
  const envRel = vscode.workspace.asRelativePath(facts.env.uri, false);
  const action = plannedAction(fix, `Move ${fix.finding.title} to ${localRel} as ${planned.plan.envName} (${envRel} is tracked by git)`, FIX_KINDS.moveToEnv,
    planned, async (f, fa, name) => (await moveToLocalEnv(f, fa, name)) ?? { plan: refusedPlan(`${localRel} is tracked by git now.`), files: {} });
  action.isPreferred = !isClientExposed(fix.finding);
  return action;
}

async function moveToLocalEnv(fix: FixTarget, facts: WorkspaceFacts, envName?: string): Promise<Planned | undefined> {
  const envName0 = facts.env.uri.path.split('/').pop() ?? '.env';
  const local = await readFileState(vscode.Uri.joinPath(facts.env.uri, '..', `${envName0}.local`));
  if (local.onDisk && await fix.services.git.isTrackedNow(local.uri)) return undefined;
  const { input, files } = await moveInput(fix, facts, envName);
  const plan = planMoveToEnv({ ...input, envText: local.text, envPath: `${envName0}.local` });
  if (plan.unsafeReason) return { plan, files };
  const localRel = vscode.workspace.asRelativePath(local.uri, false);
  const envRel = vscode.workspace.asRelativePath(facts.env.uri, false);
  plan.notes = [...(plan.notes ?? []),
    `${envRel} is tracked by git, so the key went to ${localRel}, which git ignores. Make sure your app loads it ` +
    `(Next.js and Vite do; with dotenv: dotenv.config({ path: ['${localRel}', '${envRel}'] })). ` +
    `To stop tracking ${envRel}: git rm --cached ${envRel}, then rotate every key it ever held.`];
  return { plan, files: { ...files, env: local }, next: notesCommand(plan) };
}

function refusedPlan(reason: string): FixPlan {
  return { title: '', edits: [], envName: '', unsafeReason: reason };
}

// ---------------------------------------------------------------------------------------------
// Secret-manager reference

async function secretReferenceAction(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction> {
  warnAboutCustomTemplate(facts.settings);
  const planned = await moveToReference(fix, facts);
  const label = MANAGER_LABELS[facts.settings.manager];
  const title = fix.finding.title;
  if (planned.plan.unsafeReason) return disabledAction(fix, `Move ${title} to ${label}`, FIX_KINDS.secretReference, planned.plan.unsafeReason);
  const viaEnv = planned.plan.edits.some(e => e.file === 'env');
  return plannedAction(fix, viaEnv
    ? `Move ${title} to ${label}, referenced from ${facts.settings.envFile} as ${planned.plan.envName}`
    // The title says why this is offered instead of "Move to .env", which JSON cannot take.
    : `Replace ${title} with a ${label} reference${planned.inPlace ? ': JSON cannot read .env' : ''}`, FIX_KINDS.secretReference, planned, moveToReference);
}

const moveToReference = async (fix: FixTarget, facts: WorkspaceFacts, envName?: string): Promise<Planned & { inPlace?: boolean }> => {
  const { manager, customTemplate } = facts.settings;
  const options: SecretReferenceOptions = { manager, customTemplate };
  const { input, files } = await moveInput(fix, facts, envName);
  let plan = planMoveToSecretReference({ ...input, ...options });
  let inPlace = false;
  if (plan.unsafeReason && isJson(input)) {
    const reference = inPlaceReferencePlan(input, options);
    if (reference) [plan, inPlace] = [reference, true];
  }
  if (plan.unsafeReason) return { plan, files };
  // The manager gets the value itself, decoded from the file's escapes (`\"`, `''`, `\u0041`).
  const exact = secretValueAt(input.sourceText, input.languageId, input.path, input.secretStart, input.secretEnd);
  if ('reason' in exact) return { plan: refusedPlan(exact.reason), files };
  const label = MANAGER_LABELS[manager];
  const held = new HeldSecret(exact.value, {
    title: fix.finding.title, envName: plan.envName, managerLabel: label, storeCommand: plan.storeCommand, storeInvocation: plan.storeInvocation,
    stdinFor: value => secretStoreInput(options, plan.envName, value), notes: plan.notes,
  });
  return { plan, files, inPlace, next: { command: STORE_IN_MANAGER_COMMAND, title: `Store the key in ${label}`, arguments: [held] } };
};

function isJson(input: MoveToEnvInput): boolean {
  return /^json/.test(input.languageId) || /\.json[c5]?$/i.test(input.path);
}

/**
 * JSON cannot read environment variables, so the reference itself replaces the value in the
 * file, for tooling that resolves references when it reads the file (`op inject`, a loader).
 */
function inPlaceReferencePlan(input: MoveToEnvInput, options: SecretReferenceOptions): FixPlan | undefined {
  // Only 1Password's `op inject` resolves a reference inside a file; the other managers fill
  // environment variables, which JSON cannot read.
  if (options.manager !== '1password') return undefined;
  const envName = baseEnvName(undefined, input.envName ?? input.suggestedName);
  const ref = secretReference(options, envName);
  if ('error' in ref) return undefined;
  const escaped = JSON.stringify(ref.reference).slice(1, -1);
  return {
    title: `Replace with a ${MANAGER_LABELS[options.manager]} reference`,
    envName,
    edits: [{ file: 'source', edits: [{ start: input.secretStart, end: input.secretEnd, newText: escaped }] }],
    storeCommand: storeCommandFor(options, envName),
    storeInvocation: storeInvocationFor(options, envName),
    notes: [`The file now holds ${ref.reference}, which is not the key: it resolves only when 1Password's CLI renders the file ` +
      '(op inject -i <file> -o <resolved copy>) or a loader resolves op:// references; anything else reading this file gets the reference text.'],
  };
}

// ---------------------------------------------------------------------------------------------
// Move all occurrences

/** "Move all N occurrences" in this file, and in the workspace when other files hold the value too. */
async function moveAllActions(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction[]> {
  const actions: vscode.CodeAction[] = [];
  const envLabel = facts.settings.envFile;
  const inFile = await moveAll(fix, facts);
  const fileCount = movedCount(inFile.plan);
  if (fileCount > 1) {
    actions.push(plannedAction(fix, `Move all ${fileCount} occurrences in this file to ${envLabel} as ${inFile.plan.envName}`,
      FIX_KINDS.moveAllInFile, inFile, moveAll));
  }
  const everywhere = await moveAllInWorkspace(fix, facts);
  const files = (everywhere.plan as MoveAllPlan).moved?.length ?? 0;
  if (files > 1) {
    actions.push(plannedAction(fix, `Move all ${movedCount(everywhere.plan)} occurrences in ${files} files to ${envLabel} as ${everywhere.plan.envName}`,
      FIX_KINDS.moveAllInWorkspace, everywhere, moveAllInWorkspace));
  }
  return actions;
}

function movedCount(plan: FixPlan): number {
  return ((plan as MoveAllPlan).moved ?? []).reduce((n, m) => n + m.count, 0);
}

const moveAll: PlanMaker = async (fix, facts, envName) => {
  const { input, files } = await moveInput(fix, facts, envName);
  const plan = planMoveAllToEnv(input);
  return { plan, files, next: notesCommand(plan) };
};

/** The same, with every other file of the folder where Secret Hygiene found the same value. */
const moveAllInWorkspace: PlanMaker = async (fix, facts, envName) => {
  const { input, files } = await moveInput(fix, facts, envName);
  const otherFiles: OtherFile[] = [];
  for (const uri of othersWithValue(fix, facts)) {
    const state = await readFileState(uri);
    if (state.text === undefined) continue;
    const path = relativePath(facts.folder, uri);
    otherFiles.push({ path, languageId: state.document?.languageId ?? '', text: state.text });
    files[path] = state;
  }
  const plan = planMoveAllToEnv({ ...input, otherFiles });
  return { plan, files, next: notesCommand(plan) };
};

/** Files of the same folder (on disk, not env files) with a finding of the same value. */
function othersWithValue(fix: FixTarget, facts: WorkspaceFacts): vscode.Uri[] {
  const self = fix.document.uri.toString();
  const out: vscode.Uri[] = [];
  for (const { uri, findings } of fix.services.store.all()) {
    if (out.length >= MAX_OTHER_FILES) break;
    if (uri.toString() === self || uri.scheme !== 'file' || vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() !== facts.folder.uri.toString()) continue;
    if (uri.toString() === facts.env.uri.toString()) continue;
    if (findings.some(f => f.valueHash === fix.finding.valueHash)) out.push(uri);
  }
  return out;
}
