/**
 * Quick fixes for Secret Hygiene diagnostics: move to .env (one occurrence or all of them),
 * move to a secret manager reference, ignore comment, add to baseline, `.env` hygiene and
 * "rotate this key"; for a logged secret, "show whether it is set"; for client-side exposure,
 * a server-only rename in `.env` files and, in client code, why the key must move behind a
 * server route.
 *
 * This file is the provider: it maps each diagnostic back to its finding and asks the fix
 * modules which fixes apply. The lightbulb gets the list cheaply; the edit of the fix the user
 * picks is computed in `resolveCodeAction` (fixEdit.ts, LazyFix), from the files as they are then.
 *
 * - fixFacts.ts: what the fixes read (settings, env files, git) through the extension's services
 * - moveFixes.ts: move to .env / .env.local / a secret manager, move all occurrences
 * - localFixes.ts: ignore comment, baseline, .gitignore for a .env, log masking, advice
 * - plannedFix.ts: a core plan as a code action; asks for the name on a conflict
 * - fixEdit.ts: plan → one WorkspaceEdit; fixCommands.ts: what runs after it (undo, save, notes)
 */

import * as vscode from 'vscode';
import { isEnvFile, ruleById, scanText, type Finding } from '../core';
import { OPEN_ROTATE_URL_COMMAND, registerFixCommands } from './fixCommands';
import { LazyFix, refusedFix } from './fixEdit';
import { currentValue, gatherFacts, type FixServices, type FixTarget } from './fixFacts';
import { BASE_KIND, FIX_KINDS, isClientExposed, SECRET_LOGGED } from './fixKinds';
import { DIAGNOSTIC_SOURCE } from './ids';
import { baselineAction, envFileActions, ignoreCommentAction, maskLoggedAction, rotateAction, serverRouteAction } from './localFixes';
import { moveActions } from './moveFixes';
import { registerNameChoice } from './plannedFix';

export { FIX_KINDS } from './fixKinds';
export { positionInText } from './fixEdit';

/** What the fixes use from the extension (`ExtensionServices` fits). */
export interface CodeActionDeps extends FixServices {
  /** `Diagnostic.source` of our diagnostics (default `Secret Hygiene`). */
  diagnosticSource?: string;
}

export function registerCodeActions(context: vscode.ExtensionContext, deps: CodeActionDeps): void {
  registerFixCommands(context, deps);
  registerNameChoice(context);
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(
    // Notebook cells too: a key in a code cell gets the same fixes as one in a file.
    [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-notebook-cell' }],
    new SecretFixProvider(deps),
    { providedCodeActionKinds: [BASE_KIND] },
  ));
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
    const version = document.version;
    const facts = await gatherFacts(document, this.deps);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      if (token.isCancellationRequested) return [];
      const finding = this.findingFor(document, diagnostic);
      const value = finding && currentValue(document, diagnostic.range, finding);
      if (!finding || value === undefined) continue;
      const fix: FixTarget = { document, version, diagnostic, finding, value, facts, wants, services: this.deps };
      actions.push(...await actionsFor(fix));
    }
    return actions;
  }

  /** The edit of the fix the user picked (or a preview asks for), computed now. */
  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof LazyFix) || action.edit) return action;
    let resolved;
    try {
      resolved = await action.build();
    } catch (e) {
      resolved = refusedFix(`The fix failed: ${(e as Error).message}`);
    }
    action.edit = resolved.edit;
    action.command = resolved.command;
    return action;
  }

  private findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
    const known = this.deps.store.findingAt(document.uri, diagnostic.range, ruleId || undefined);
    if (known) return known;
    const start = document.offsetAt(diagnostic.range.start);
    const path = vscode.workspace.asRelativePath(document.uri, false);
    return scanText(document.getText(), { path, languageId: document.languageId })
      .find(f => f.range.start.offset === start && (!ruleId || f.ruleId === ruleId));
  }
}

async function actionsFor(fix: FixTarget): Promise<vscode.CodeAction[]> {
  const { facts, wants, finding } = fix;
  const actions: vscode.CodeAction[] = [];
  // The match of a code rule (`secret-logged`, `client-exposed-env-var`) is code or a name, not
  // a value: there is nothing to move to .env or to a secret manager.
  const isCode = ruleById(finding.ruleId)?.valueIsCode === true;
  const mask = finding.ruleId === SECRET_LOGGED && wants(FIX_KINDS.maskLoggedValue) && await maskLoggedAction(fix);
  if (mask) actions.push(mask);
  if (facts && isEnvFile(facts.relPath)) {
    if (wants(FIX_KINDS.envFile) || wants(FIX_KINDS.rotate) || wants(FIX_KINDS.serverOnlyName)) actions.push(...await envFileActions(fix, facts));
  } else {
    const advice = isClientExposed(finding) && wants(FIX_KINDS.serverRoute) && serverRouteAction(fix);
    if (advice) actions.push(advice);
    if (facts && !isCode && (wants(FIX_KINDS.moveToEnv) || wants(FIX_KINDS.moveAll) || wants(FIX_KINDS.secretReference))) {
      actions.push(...await moveActions(fix, facts));
    }
  }
  const ignore = wants(FIX_KINDS.ignoreComment) && await ignoreCommentAction(fix);
  if (ignore) actions.push(ignore);
  if (facts && wants(FIX_KINDS.baseline)) actions.push(await baselineAction(fix, facts));
  const rotate = wants(FIX_KINDS.rotate) && rotateAction(fix);
  if (rotate && !actions.some(a => a.command?.command === OPEN_ROTATE_URL_COMMAND)) actions.push(rotate);
  return actions;
}
