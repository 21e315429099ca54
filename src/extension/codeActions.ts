/**
 * Quick fixes for Secret Hygiene diagnostics: move to .env, move to a secret manager
 * reference, ignore comment, add to baseline, `.env` hygiene and "rotate this key"; for a
 * logged secret, "show whether it is set"; for client-side exposure, a server-only rename in
 * `.env` files and, in client code, why the key must move behind a server route.
 *
 * The edits are planned by the pure planners in `src/core/fix`; this file gathers what they
 * need from the workspace (file texts, git state, settings) and turns each plan into ONE
 * WorkspaceEdit, so a single undo restores every file it touched.
 */

import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { safeGitArgs } from '../node/git';
import { resolveInside } from '../node/workspacePath';
import {
  CHECK_RULE_IDS, CONFIG_FILE_NAME, clientPrefixOf, isEnvFile, parseWorkspaceConfig, ruleById, scanText, valueHash, type Finding,
  applyTextEdits, baseEnvName, planAddToBaseline, secretReference, secretStoreInput, storeCommandFor, storeInvocationFor, planEnvFileFix, planIgnoreComment, planMaskLogged, planMoveToEnv,
  planMoveToSecretReference, planServerOnlyRename, serverRouteAdvice,
  type FileEdit, type FixPlan, type MoveToEnvInput, type SecretManager, type SecretReferenceOptions, type TextEdit,
} from '../core';
import {
  AFTER_BASELINE_COMMAND, AFTER_FIX_COMMAND, HeldSecret, OPEN_ROTATE_URL_COMMAND, registerFixCommands, SHOW_ADVICE_COMMAND, SHOW_NOTES_COMMAND,
  STORE_IN_MANAGER_COMMAND, type FixAdvice, type FixCommandDeps, type AfterFixArgs, type FixedFile, type UndoRecord,
} from './fixCommands';
import { notebookOf, type FindingStore } from './findingStore';
import { DEFAULT_BASELINE_FILE, DIAGNOSTIC_SOURCE } from './ids';
import { warnAboutCustomTemplate } from './templateWarning';
import { readSettings } from './settings';


const BASE_KIND = vscode.CodeActionKind.QuickFix.append('secretHygiene');
/** Sub-kinds of QuickFix, so a keybinding or test can ask for one fix by kind. */
export const FIX_KINDS = {
  moveToEnv: BASE_KIND.append('moveToEnv'),
  secretReference: BASE_KIND.append('secretReference'),
  ignoreComment: BASE_KIND.append('ignoreComment'),
  baseline: BASE_KIND.append('baseline'),
  envFile: BASE_KIND.append('envFile'),
  rotate: BASE_KIND.append('rotate'),
  /** `secret-logged`: print whether the secret is set instead of its value. */
  maskLoggedValue: BASE_KIND.append('maskLoggedValue'),
  /** `.env`: rename a client-prefixed key (`NEXT_PUBLIC_…`) to a server-only name. */
  serverOnlyName: BASE_KIND.append('serverOnlyName'),
  /** Client code: why the key must move behind a server route (advice and a link, no edit). */
  serverRoute: BASE_KIND.append('serverRoute'),
} as const;

/** The rule ids these fixes look for. */
const { secretLogged: SECRET_LOGGED, clientExposedEnvVar: CLIENT_EXPOSED_ENV_VAR } = CHECK_RULE_IDS;

/** What the fixes use from the extension (`ExtensionServices` fits); all optional for tests. */
export interface CodeActionDeps extends FixCommandDeps {
  /** Current findings; maps a diagnostic back to its finding. Without it the document is re-scanned. */
  store?: Pick<FindingStore, 'findingAt'>;
  /** `Diagnostic.source` of our diagnostics (default `Secret Hygiene`). */
  diagnosticSource?: string;
}

export function registerCodeActions(context: vscode.ExtensionContext, deps: CodeActionDeps = {}): void {
  registerFixCommands(context, deps);
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(
    // Notebook cells too: a key in a code cell gets the same fixes as one in a file.
    [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-notebook-cell' }],
    new SecretFixProvider(deps),
    { providedCodeActionKinds: [BASE_KIND] },
  ));
}

const MANAGER_LABELS: Record<SecretManager, string> = {
  '1password': '1Password', vault: 'HashiCorp Vault', aws: 'AWS Secrets Manager', azure: 'Azure Key Vault',
  gcp: 'Google Secret Manager', doppler: 'Doppler', custom: 'your secret manager',
};

interface FixSettings {
  envFile: string;
  writeEnvExample: boolean;
  manager: SecretManager;
  customTemplate?: string;
}

function fixSettings(uri: vscode.Uri): FixSettings {
  const s = readSettings(uri);
  return {
    envFile: s.envFile.trim() || '.env',
    writeEnvExample: s.writeEnvExample,
    manager: s.secretReferenceProvider in MANAGER_LABELS ? s.secretReferenceProvider : '1password',
    customTemplate: s.customReferenceTemplate || undefined,
  };
}

/** A file the fixes may read or edit, with its current text (undefined: does not exist). */
interface FileState {
  uri: vscode.Uri;
  text: string | undefined;
  /** Set when VS Code holds the file as a document: edits must use its (maybe unsaved) text. */
  document?: vscode.TextDocument;
  onDisk: boolean;
}

/** Everything the planners need to know about the workspace around one document. */
interface WorkspaceFacts {
  folder: vscode.WorkspaceFolder;
  relPath: string;
  settings: FixSettings;
  inGitRepo: boolean;
  env: FileState;
  gitignore: FileState;
  envExample: FileState;
  /** Why `secretHygiene.envFile` cannot be used (it leads outside the workspace folder). */
  envRejected?: string;
}

class SecretFixProvider implements vscode.CodeActionProvider {
  constructor(private readonly deps: CodeActionDeps) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext,
    token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const source = this.deps.diagnosticSource ?? DIAGNOSTIC_SOURCE;
    const ours = context.diagnostics.filter(d => d.source === source);
    // Save-time requests (`source.*`) and other kinds: don't read files or spawn git for nothing.
    if (!ours.length || (context.only && !context.only.intersects(BASE_KIND))) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.intersects(kind);
    const facts = await gatherFacts(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      if (token.isCancellationRequested) return [];
      const finding = this.findingFor(document, diagnostic);
      const value = finding && currentValue(document, diagnostic, finding);
      if (!finding || value === undefined) continue;
      const fix: FixTarget = { document, diagnostic, finding, value, facts, wants };
      actions.push(...await actionsFor(fix));
    }
    return actions;
  }

  private findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
    const known = this.deps.store?.findingAt(document.uri, diagnostic.range, ruleId || undefined);
    if (known) return known;
    const start = document.offsetAt(diagnostic.range.start);
    const path = vscode.workspace.asRelativePath(document.uri, false);
    return scanText(document.getText(), { path, languageId: document.languageId })
      .find(f => f.range.start.offset === start && (!ruleId || f.ruleId === ruleId));
  }
}

/**
 * The secret as it stands in the document now. Diagnostics lag behind typing: when the text
 * under the range no longer hashes to the finding's value, offering a fix would edit the wrong text.
 */
function currentValue(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): string | undefined {
  const value = document.getText(diagnostic.range);
  return valueHash(value) === finding.valueHash ? value : undefined;
}

interface FixTarget {
  document: vscode.TextDocument;
  diagnostic: vscode.Diagnostic;
  finding: Finding;
  /** The raw secret: passed to planners and into the edit, never logged or shown. */
  value: string;
  facts: WorkspaceFacts | undefined;
  /** Whether the request (`CodeActionContext.only`) asks for this kind. */
  wants: (kind: vscode.CodeActionKind) => boolean;
}

async function actionsFor(fix: FixTarget): Promise<vscode.CodeAction[]> {
  const { facts, wants, finding } = fix;
  const actions: vscode.CodeAction[] = [];
  // The match of a code rule (`secret-logged`, `client-exposed-env-var`) is code or a name, not
  // a value: there is nothing to move to .env or to a secret manager.
  const isCode = ruleById(finding.ruleId)?.valueIsCode === true;
  const mask = finding.ruleId === SECRET_LOGGED && wants(FIX_KINDS.maskLoggedValue) && maskLoggedAction(fix);
  if (mask) actions.push(mask);
  if (facts && isEnvFile(facts.relPath)) {
    if (wants(FIX_KINDS.envFile) || wants(FIX_KINDS.rotate) || wants(FIX_KINDS.serverOnlyName)) actions.push(...await envFileActions(fix, facts));
  } else {
    const advice = isClientExposed(finding) && wants(FIX_KINDS.serverRoute) && serverRouteAction(fix);
    if (advice) actions.push(advice);
    if (facts && !isCode && (wants(FIX_KINDS.moveToEnv) || wants(FIX_KINDS.secretReference))) actions.push(...await moveActions(fix, facts));
  }
  const ignore = wants(FIX_KINDS.ignoreComment) && ignoreCommentAction(fix);
  if (ignore) actions.push(ignore);
  if (facts && wants(FIX_KINDS.baseline)) actions.push(await baselineAction(fix, facts));
  const rotate = wants(FIX_KINDS.rotate) && rotateAction(fix);
  if (rotate && !actions.some(a => a.command?.command === OPEN_ROTATE_URL_COMMAND)) actions.push(rotate);
  return actions;
}

// ---------------------------------------------------------------------------------------------
// Move to .env / to a secret reference

async function moveActions(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction[]> {
  const { finding, document } = fix;
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
  };
  const terraform = await terraformVariables(document);
  if (terraform?.text !== undefined) input.terraformVariablesText = terraform.text;
  const files = { ...roleFiles(fix, facts), ...(terraform ? { terraformVariables: terraform } : {}) };

  const actions: vscode.CodeAction[] = [];
  const envLabel = facts.settings.envFile;
  if (facts.envRejected) {
    for (const [title, kind] of [[`Move ${finding.title} to ${envLabel}`, FIX_KINDS.moveToEnv], [`Move ${finding.title} to a secret manager`, FIX_KINDS.secretReference]] as const) {
      const disabled = new vscode.CodeAction(title, kind);
      disabled.diagnostics = [fix.diagnostic];
      disabled.disabled = { reason: facts.envRejected };
      actions.push(disabled);
    }
    return actions;
  }
  const envPlan = planMoveToEnv(input);
  const trackedEnv = facts.inGitRepo && facts.env.onDisk && await isTrackedByGit(facts.folder, vscode.workspace.asRelativePath(facts.env.uri, false));
  if (envPlan.unsafeReason || trackedEnv) {
    const disabled = new vscode.CodeAction(`Move ${finding.title} to ${envLabel}`, FIX_KINDS.moveToEnv);
    disabled.diagnostics = [fix.diagnostic];
    disabled.disabled = { reason: envPlan.unsafeReason ?? `${envLabel} is tracked by git: the key would be committed with it. ` +
      `Move it to an untracked env file instead, or untrack ${envLabel} first (git rm --cached ${envLabel}).` };
    actions.push(disabled);
    if (trackedEnv && !envPlan.unsafeReason) {
      const local = await untrackedEnvAction(fix, facts, input, files);
      if (local) actions.push(local);
    }
  } else {
    const action = new vscode.CodeAction(`Move ${finding.title} to ${envLabel} as ${envPlan.envName}`, FIX_KINDS.moveToEnv);
    action.diagnostics = [fix.diagnostic];
    // In client code `process.env.X` is undefined in the browser or inlined into the bundle,
    // still public: the move alone is no fix there (see serverRouteAction).
    action.isPreferred = !isClientExposed(finding);
    await setPlan(action, envPlan, files, notesCommand(envPlan));
    actions.push(action);
  }
  const reference = await secretReferenceAction(fix, facts, input, files);
  if (reference) actions.push(reference);
  return actions;
}

/**
 * `.env` is tracked by git (committed before it was ignored): the key goes to `.env.local`
 * beside it instead (ignored, and loaded by Next.js, Vite and most dotenv setups), and the
 * notes say how to load it and how to untrack `.env`.
 */
async function untrackedEnvAction(fix: FixTarget, facts: WorkspaceFacts, input: MoveToEnvInput,
  files: Record<string, FileState>): Promise<vscode.CodeAction | undefined> {
  const envName = facts.env.uri.path.split('/').pop() ?? '.env';
  const local = await readFileState(vscode.Uri.joinPath(facts.env.uri, '..', `${envName}.local`));
  const localRel = vscode.workspace.asRelativePath(local.uri, false);
  if (local.onDisk && await isTrackedByGit(facts.folder, localRel)) return undefined;
  const plan = planMoveToEnv({ ...input, envText: local.text, envPath: `${envName}.local` });
  if (plan.unsafeReason) return undefined;
  const envRel = vscode.workspace.asRelativePath(facts.env.uri, false);
  plan.notes = [...(plan.notes ?? []),
    `${envRel} is tracked by git, so the key went to ${localRel}, which git ignores. Make sure your app loads it ` +
    `(Next.js and Vite do; with dotenv: dotenv.config({ path: ['${localRel}', '${envRel}'] })). ` +
    `To stop tracking ${envRel}: git rm --cached ${envRel}, then rotate every key it ever held.`];
  const action = new vscode.CodeAction(`Move ${fix.finding.title} to ${localRel} as ${plan.envName} (${envRel} is tracked by git)`, FIX_KINDS.moveToEnv);
  action.diagnostics = [fix.diagnostic];
  action.isPreferred = !isClientExposed(fix.finding);
  await setPlan(action, plan, { ...files, env: local }, notesCommand(plan));
  return action;
}

async function secretReferenceAction(fix: FixTarget, facts: WorkspaceFacts, input: MoveToEnvInput,
  files: Record<string, FileState>): Promise<vscode.CodeAction | undefined> {
  const { manager, customTemplate } = facts.settings;
  warnAboutCustomTemplate(facts.settings);
  const label = MANAGER_LABELS[manager];
  const options: SecretReferenceOptions = { manager, customTemplate };
  let plan = planMoveToSecretReference({ ...input, ...options });
  // The title says why this is offered instead of "Move to .env", which JSON cannot take.
  let why = '';
  if (plan.unsafeReason && isJson(input)) {
    plan = inPlaceReferencePlan(input, options) ?? plan;
    why = ': JSON cannot read .env';
  }
  const title = fix.finding.title;
  if (plan.unsafeReason) {
    const disabled = new vscode.CodeAction(`Move ${title} to ${label}`, FIX_KINDS.secretReference);
    disabled.diagnostics = [fix.diagnostic];
    disabled.disabled = { reason: plan.unsafeReason };
    return disabled;
  }
  const viaEnv = plan.edits.some(e => e.file === 'env');
  const action = new vscode.CodeAction(viaEnv
    ? `Move ${title} to ${label}, referenced from ${facts.settings.envFile} as ${plan.envName}`
    : `Replace ${title} with a ${label} reference${why}`, FIX_KINDS.secretReference);
  action.diagnostics = [fix.diagnostic];
  const held = new HeldSecret(fix.value, {
    title, envName: plan.envName, managerLabel: label, storeCommand: plan.storeCommand, storeInvocation: plan.storeInvocation,
    stdinFor: value => secretStoreInput(options, plan.envName, value), notes: plan.notes,
  });
  await setPlan(action, plan, files, { command: STORE_IN_MANAGER_COMMAND, title: `Store the key in ${label}`, arguments: [held] });
  return action;
}

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
  const envName = baseEnvName(undefined, input.suggestedName);
  const ref = secretReference(options, envName);
  if ('error' in ref) return undefined;
  const escaped = JSON.stringify(ref.reference).slice(1, -1);
  return {
    title: `Replace with a ${MANAGER_LABELS[options.manager]} reference`,
    envName,
    edits: [{ file: 'source', edits: [{ start: input.secretStart, end: input.secretEnd, newText: escaped }] }],
    storeCommand: storeCommandFor(options, envName),
    storeInvocation: storeInvocationFor(options, envName),
    notes: [`The file now holds ${ref.reference}: whatever reads it must resolve the reference.`],
  };
}

/** Plan notes (e.g. "set TF_VAR_… in CI") are shown once the edit is applied. */
function notesCommand(plan: FixPlan): vscode.Command | undefined {
  return plan.notes?.length ? { command: SHOW_NOTES_COMMAND, title: 'Show notes', arguments: [plan.notes] } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Ignore comment, baseline, rotate

function ignoreCommentAction(fix: FixTarget): vscode.CodeAction | undefined {
  const { document, finding } = fix;
  const path = vscode.workspace.asRelativePath(document.uri, false);
  const plan = planIgnoreComment(document.getText(), document.languageId, path,
    document.offsetAt(fix.diagnostic.range.start), finding.ruleId);
  if (!plan.edit) return undefined;
  const action = new vscode.CodeAction(`Ignore this ${finding.title} (secret-hygiene:ignore comment)`, FIX_KINDS.ignoreComment);
  action.diagnostics = [fix.diagnostic];
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri,
    new vscode.Range(document.positionAt(plan.edit.start), document.positionAt(plan.edit.end)), plan.edit.newText);
  return action;
}

async function baselineAction(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction> {
  const { finding } = fix;
  const baselinePath = await baselinePathOf(facts.folder);
  const action = new vscode.CodeAction(`Add this ${finding.title} to the baseline (${baselinePath})`, FIX_KINDS.baseline);
  action.diagnostics = [fix.diagnostic];
  if (leavesFolder(facts.folder, baselinePath)) {
    action.disabled = { reason: `The baseline path in ${CONFIG_FILE_NAME} must name a file inside the workspace folder (no "..", no symlink).` };
    return action;
  }
  const baseline = await readFileState(vscode.Uri.joinPath(facts.folder.uri, baselinePath));
  let text: string;
  try {
    text = planAddToBaseline(baseline.text, {
      fingerprint: finding.fingerprint, legacyFingerprint: finding.legacyFingerprint, ruleId: finding.ruleId, masked: finding.masked, path: facts.relPath,
    });
  } catch (e) {
    // An unreadable baseline is the user's file: do not overwrite it, say why.
    action.disabled = { reason: (e as Error).message };
    return action;
  }
  await setPlan(action, { title: '', envName: '', edits: [wholeFileEdit(baselinePath, baseline.text, text)] },
    { [baselinePath]: baseline, source: sourceState(fix) }, { command: AFTER_BASELINE_COMMAND, title: 'Refresh findings', arguments: [baseline.uri] });
  return action;
}

function wholeFileEdit(file: string, current: string | undefined, next: string): FileEdit {
  if (current === undefined) return { file, create: true, edits: [{ start: 0, end: 0, newText: next }] };
  return { file, edits: [{ start: 0, end: current.length, newText: next }] };
}

/** `baseline` of `.secrethygiene.json` when set and valid, else the default name. */
async function baselinePathOf(folder: vscode.WorkspaceFolder): Promise<string> {
  const config = await readFileState(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
  if (config.text === undefined) return DEFAULT_BASELINE_FILE;
  try {
    return parseWorkspaceConfig(config.text).baseline ?? DEFAULT_BASELINE_FILE;
  } catch {
    return DEFAULT_BASELINE_FILE;
  }
}

function rotateAction(fix: FixTarget, title?: string): vscode.CodeAction | undefined {
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

function maskLoggedAction(fix: FixTarget): vscode.CodeAction | undefined {
  const { document, diagnostic, finding } = fix;
  const plan = planMaskLogged({
    text: document.getText(), languageId: document.languageId, path: vscode.workspace.asRelativePath(document.uri, false),
    start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end), name: finding.assignedName,
  });
  // No safe local edit (e.g. inside a PHP string): offer nothing rather than a broken one.
  if (!plan) return undefined;
  const action = new vscode.CodeAction(plan.title, FIX_KINDS.maskLoggedValue);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(document.positionAt(plan.edit.start), document.positionAt(plan.edit.end)), plan.edit.newText);
  return action;
}

// ---------------------------------------------------------------------------------------------
// Client-side exposure

function isClientExposed(finding: Finding): boolean {
  return finding.ruleId === CLIENT_EXPOSED_ENV_VAR || !!finding.tags?.includes('client-exposed');
}

/** Advice, no edit: the key must leave client code for a server route; links a guide. */
function serverRouteAction(fix: FixTarget): vscode.CodeAction {
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

/** `.env`: `NEXT_PUBLIC_OPENAI_API_KEY=…` → `OPENAI_API_KEY=…`, in this file only (the notes say so). */
async function serverOnlyRenameAction(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction | undefined> {
  const { document, finding } = fix;
  const prefixed = finding.ruleId === CLIENT_EXPOSED_ENV_VAR || (finding.assignedName && clientPrefixOf(finding.assignedName));
  if (!prefixed) return undefined;
  const plan = planServerOnlyRename(document.getText(), facts.relPath, document.offsetAt(fix.diagnostic.range.start));
  if (!plan) return undefined;
  const action = new vscode.CodeAction(plan.title, FIX_KINDS.serverOnlyName);
  action.diagnostics = [fix.diagnostic];
  await setPlan(action, plan, roleFiles(fix, facts), adviceCommand({ message: plan.notes!.join(' '), link: plan.link }));
  return action;
}

// ---------------------------------------------------------------------------------------------
// A secret inside a .env file: keep the file out of git, rotate when it is already committed;
// a client-prefixed name gets a server-only one

async function envFileActions(fix: FixTarget, facts: WorkspaceFacts): Promise<vscode.CodeAction[]> {
  const tracked = facts.inGitRepo && await isTrackedByGit(facts.folder, facts.relPath);
  const plan = planEnvFileFix({
    envPath: facts.relPath, gitignoreText: facts.gitignore.text, inGitRepo: facts.inGitRepo, tracked,
    rotateUrl: fix.finding.rotateUrl,
  });
  const actions: vscode.CodeAction[] = [];
  // Shipping the key to every browser is worse than a .env that git might pick up.
  const rename = fix.wants(FIX_KINDS.serverOnlyName) ? await serverOnlyRenameAction(fix, facts) : undefined;
  if (rename) {
    rename.isPreferred = !tracked;
    actions.push(rename);
  }
  if (plan.edits.length) {
    const action = new vscode.CodeAction(plan.title, FIX_KINDS.envFile);
    action.diagnostics = [fix.diagnostic];
    action.isPreferred = !tracked && !rename;
    await setPlan(action, plan, roleFiles(fix, facts), notesCommand(plan));
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

// ---------------------------------------------------------------------------------------------
// Workspace facts: files, settings, git

async function gatherFacts(document: vscode.TextDocument): Promise<WorkspaceFacts | undefined> {
  // A notebook cell lives in its notebook's folder.
  const fileUri = document.uri.scheme === 'vscode-notebook-cell' ? notebookOf(document.uri) : document.uri;
  const folder = vscode.workspace.getWorkspaceFolder(fileUri);
  if (!folder) return undefined;
  const settings = fixSettings(document.uri);
  const envDir = settings.envFile.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
  const symlinked = ['.gitignore', envDir ? `${envDir}/.env.example` : '.env.example'].find(rel => leavesFolder(folder, rel));
  const envRejected = leavesFolder(folder, settings.envFile)
    ? `secretHygiene.envFile (${settings.envFile}) must name a file inside the workspace folder: no "..", no absolute path elsewhere, no symlink.`
    : symlinked ? `${symlinked} is a symlink: Secret Hygiene does not write through it.` : undefined;
  const envUri = vscode.Uri.joinPath(folder.uri, envRejected ? '.env' : settings.envFile);
  const [env, gitignore, envExample, inGitRepo] = await Promise.all([
    readFileState(envUri),
    readFileState(vscode.Uri.joinPath(folder.uri, '.gitignore')),
    readFileState(vscode.Uri.joinPath(envUri, '..', '.env.example')),
    isInGitRepo(folder),
  ]);
  return { folder, relPath: vscode.workspace.asRelativePath(fileUri, false), settings, inGitRepo, env, gitignore, envExample, envRejected };
}

/** A path from settings or config may not send a fix outside the folder (`../x`, `/etc/x`, a symlink out), nor write through a symlink. */
function leavesFolder(folder: vscode.WorkspaceFolder, rel: string): boolean {
  if (folder.uri.scheme === 'file') return resolveInside(folder.uri.fsPath, rel, { noSymlink: true }) === undefined;
  return rel.split(/[\\/]/).includes('..') || /^([\\/]|[A-Za-z]:)/.test(rel);
}

function roleFiles(fix: FixTarget, facts: WorkspaceFacts): Record<string, FileState> {
  return { source: sourceState(fix), env: facts.env, gitignore: facts.gitignore, envExample: facts.envExample };
}

function sourceState(fix: FixTarget): FileState {
  const { document } = fix;
  // A notebook cell is part of its notebook's file, not a file of its own.
  const onDisk = !document.isUntitled && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'vscode-notebook-cell';
  return { uri: document.uri, text: document.getText(), document, onDisk };
}

/** `variables.tf` beside a Terraform file, where the planner declares the new variable. */
async function terraformVariables(document: vscode.TextDocument): Promise<FileState | undefined> {
  if (document.languageId !== 'terraform' && !/\.tf$/i.test(document.uri.path)) return undefined;
  return readFileState(vscode.Uri.joinPath(document.uri, '..', 'variables.tf'));
}

/**
 * The text VS Code would edit: a document's (maybe unsaved) text, else the file on disk.
 * A document whose file was deleted and that holds no unsaved text is stale: the file is missing.
 */
async function readFileState(uri: vscode.Uri): Promise<FileState> {
  let disk: string | undefined;
  try {
    // VS Code drops a UTF-8 BOM when it loads a file; offsets must not count it.
    disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
  } catch {
    disk = undefined;
  }
  const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (document && (disk !== undefined || document.isDirty)) return { uri, text: document.getText(), document, onDisk: disk !== undefined };
  return { uri, text: disk, onDisk: disk !== undefined };
}

const gitRepoCache = new Map<string, { at: number; inside: boolean }>();

async function isInGitRepo(folder: vscode.WorkspaceFolder): Promise<boolean> {
  if (folder.uri.scheme !== 'file') return false;
  const key = folder.uri.toString();
  const cached = gitRepoCache.get(key);
  // Code actions are requested on every cursor move over a diagnostic: don't spawn git each time.
  if (cached && Date.now() - cached.at < 10_000) return cached.inside;
  const inside = (await git(folder, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  gitRepoCache.set(key, { at: Date.now(), inside });
  return inside;
}

async function isTrackedByGit(folder: vscode.WorkspaceFolder, relPath: string): Promise<boolean> {
  return (await git(folder, ['ls-files', '--error-unmatch', '--', relPath])) !== '';
}

/** Runs git in the folder; resolves to its output, or '' when git fails or is missing. */
function git(folder: vscode.WorkspaceFolder, args: string[]): Promise<string> {
  return new Promise(resolve => {
    execFile('git', safeGitArgs(...args), { cwd: folder.uri.fsPath, timeout: 5000 }, (error, stdout) => resolve(error ? '' : stdout));
  });
}

// ---------------------------------------------------------------------------------------------
// Plan → WorkspaceEdit

/**
 * One WorkspaceEdit for a whole plan, so one undo restores every file.
 *
 * Undo is per editor: Ctrl+Z in the source reverts the latest step that touched the source,
 * then VS Code continues backwards through the other steps of the same edit. So the source's
 * edits come LAST, and each file's edits are a step of their own (a `createFile(ignoreIfExists)`
 * before them: it creates a missing file, which undo deletes again, and is a no-op for an
 * existing one), which spares the "undo across all files?" prompt. A plan that edits one
 * other file only (`.gitignore` from a `.env`) shows that file once applied and saves it: the
 * user sees the change, and undo there reverts it (the extension then saves it again).
 *
 * VS Code drops the buffer of a file not open in an editor once the fix has saved it; undo
 * stops at such a file's step. The returned `undo` record lets the extension finish the job
 * (fixCommands.ts, UndoSaver): when undo brings the source back to its pre-fix text, every
 * other file still holding exactly the fix's result is reverted on disk, created ones deleted.
 */
async function toWorkspaceEdit(plan: FixPlan, files: Record<string, FileState>):
  Promise<{ edit: vscode.WorkspaceEdit; undo: UndoRecord | undefined; ownerOnly: vscode.Uri[] }> {
  const edit = new vscode.WorkspaceEdit();
  const others: FixedFile[] = [];
  /** Env files the fix creates: readable by their owner only. */
  const ownerOnly: vscode.Uri[] = [];
  for (const fileEdit of plan.edits.filter(e => e.file !== 'source')) {
    const state = files[fileEdit.file] ?? await readFileState(resolveRelative(files, fileEdit.file));
    if (fileEdit.create || state.text === undefined) {
      // Created empty, then filled: a file created meanwhile is appended to, never lost.
      // (`createFile` with `contents` cannot be revived from a code action's edit.)
      const text = applyTextEdits('', fileEdit.edits);
      edit.createFile(state.uri, { ignoreIfExists: true });
      edit.insert(state.uri, new vscode.Position(0, 0), text);
      if (fileEdit.file === 'env') ownerOnly.push(state.uri);
      others.push({ uri: state.uri, hashBefore: undefined, hashAfter: valueHash(text), inverse: [{ start: 0, end: text.length, newText: '' }] });
      continue;
    }
    if (state.onDisk) edit.createFile(state.uri, { ignoreIfExists: true });
    for (const e of fileEdit.edits) {
      edit.replace(state.uri, new vscode.Range(positionIn(state, e.start), positionIn(state, e.end)), e.newText);
    }
    if (state.onDisk && !state.document?.isDirty) {
      others.push({ uri: state.uri, hashBefore: valueHash(state.text), hashAfter: valueHash(applyTextEdits(state.text, fileEdit.edits)), inverse: inverseEdits(state.text, fileEdit.edits) });
    }
  }
  const source = files.source;
  const sourceEdits = plan.edits.filter(e => e.file === 'source').flatMap(e => e.edits);
  let undo: UndoRecord | undefined;
  if (source?.document && sourceEdits.length) {
    if (source.onDisk) edit.createFile(source.uri, { ignoreIfExists: true });
    for (const e of sourceEdits) edit.replace(source.uri, new vscode.Range(positionIn(source, e.start), positionIn(source, e.end)), e.newText);
    const text = source.document.getText();
    undo = { source: source.uri, sourceHashBefore: valueHash(text), sourceWasSaved: source.onDisk && !source.document.isDirty, others };
  } else if (!sourceEdits.length && others.length === 1) {
    // One other file: it is where the user sees the change and undoes it (shown and saved after the fix).
    const [only] = others;
    undo = { source: only.uri, sourceHashBefore: only.hashBefore ?? valueHash(''), sourceWasSaved: true, others: [], reveal: true,
      ...(only.hashBefore === undefined ? { sourceCreated: true } : {}) };
  }
  return { edit, undo, ownerOnly };
}

/** Edits that turn `applyTextEdits(text, edits)` back into `text`, in the result's offsets. */
function inverseEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  let delta = 0;
  return [...edits].sort((a, b) => a.start - b.start).map(e => {
    const inverse = { start: e.start + delta, end: e.start + delta + e.newText.length, newText: text.slice(e.start, e.end) };
    delta += e.newText.length - (e.end - e.start);
    return inverse;
  });
}

/**
 * Gives the action its edit, and a command run after it that arranges for undo to restore the
 * disk too (see `UndoRecord`), then runs `next`.
 */
async function setPlan(action: vscode.CodeAction, plan: FixPlan, files: Record<string, FileState>, next?: vscode.Command): Promise<void> {
  const { edit, undo, ownerOnly } = await toWorkspaceEdit(plan, files);
  action.edit = edit;
  if (!undo && !ownerOnly.length) {
    if (next) action.command = next;
    return;
  }
  const args: AfterFixArgs = { undo, next, ownerOnly };
  action.command = { command: AFTER_FIX_COMMAND, title: next?.title ?? 'Finish the fix', arguments: [args] };
}

/** A workspace-relative path named by a plan, resolved against the source's workspace folder. */
function resolveRelative(files: Record<string, FileState>, relPath: string): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(files.source?.uri ?? Object.values(files)[0].uri);
  if (!folder) throw new Error(`No workspace folder for ${relPath}`);
  return vscode.Uri.joinPath(folder.uri, relPath);
}

function positionIn(state: FileState, offset: number): vscode.Position {
  if (state.document) return state.document.positionAt(offset);
  return positionInText(state.text ?? '', offset);
}

/** Offset → position the way VS Code counts lines (`\r\n`, `\n` and a lone `\r` break lines). */
export function positionInText(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return new vscode.Position(line, offset - lineStart);
}
