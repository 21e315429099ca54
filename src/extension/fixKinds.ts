/** The code-action kinds of the quick fixes, so a keybinding or test can ask for one fix by kind. */

import * as vscode from 'vscode';
import { CHECK_RULE_IDS, type Finding } from '../core';

export const BASE_KIND = vscode.CodeActionKind.QuickFix.append('secretHygiene');

/** Sub-kinds of QuickFix. */
export const FIX_KINDS = {
  moveToEnv: BASE_KIND.append('moveToEnv'),
  /** Every occurrence of the same secret to one `.env` variable (`moveAll.file`, `moveAll.workspace`). */
  moveAll: BASE_KIND.append('moveAll'),
  moveAllInFile: BASE_KIND.append('moveAll').append('file'),
  moveAllInWorkspace: BASE_KIND.append('moveAll').append('workspace'),
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

/** The rule ids the fixes look for. */
export const { secretLogged: SECRET_LOGGED, clientExposedEnvVar: CLIENT_EXPOSED_ENV_VAR } = CHECK_RULE_IDS;

/** A key in client code (or a client-prefixed variable): shipped to every browser. */
export function isClientExposed(finding: Finding): boolean {
  return finding.ruleId === CLIENT_EXPOSED_ENV_VAR || !!finding.tags?.includes('client-exposed');
}
