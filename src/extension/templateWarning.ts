/**
 * An unusable custom reference template (empty, no placeholder for the secret's name) makes
 * "Move to a secret reference" a disabled action, which the lightbulb menu does not list: the
 * action would vanish without a word. So the first time it would have appeared, a warning
 * names the setting and what is wrong, once per template value (the lightbulb asks for
 * actions on every cursor move). The Settings editor flags the same values through
 * package.json's `pattern`.
 */

import * as vscode from 'vscode';
import { customTemplateProblem, type SecretManager } from '../core';
import { SETTINGS_SECTION } from './ids';

const SETTING = `${SETTINGS_SECTION}.customReferenceTemplate`;

/** Template values already warned about in this session. */
const warned = new Set<string>();
/** Every warning shown in this session, oldest first (read by the integration tests through the API). */
export const templateWarnings: string[] = [];

export function warnAboutCustomTemplate(settings: { manager: SecretManager; customTemplate?: string }): void {
  if (settings.manager !== 'custom') return;
  const template = settings.customTemplate ?? '';
  const problem = customTemplateProblem(template);
  if (!problem || warned.has(template)) return;
  warned.add(template);
  const message = `Secret Hygiene: "Move to a secret reference" is unavailable because the setting ${SETTING} ${problem}.`;
  templateWarnings.push(message);
  void vscode.window.showWarningMessage(message, 'Open Setting').then(choice => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', SETTING);
  });
}
