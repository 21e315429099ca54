/**
 * Quick-fix planning: pure functions that turn a finding into text edits
 * (move to .env, move to a secret manager, ignore comment, baseline, env-file hygiene,
 * masking a logged secret, renaming a client-exposed variable).
 * Nothing here reads or writes files: hosts pass file texts in and apply the edits.
 */

import { languageKind, lookupExpression, terraformVarName } from './languages';
import { literalAround, SYNTAX } from './lexer';
import { cIncludeStdlib, dartImportIo, goImportOs, pythonImportOs, swiftImportFoundation } from './imports';
import { planSourceRewrite } from './rewrite';
import type { EnvLookup } from './types';

export * from './types';
export { applyTextEdits } from './edits';
export { parseDotenv, formatDotenvValue, type DotenvEntry } from './dotenv';
export { isGitIgnored } from './gitignore';
export { planMoveToEnv, baseEnvName, sanitizeEnvName, chooseEnvName, type NameConflict } from './moveToEnv';
export { planMoveAllToEnv, findOccurrences, type MoveAllInput, type MoveAllPlan, type OtherFile, type SkippedOccurrence } from './moveAll';
export { secretValueAt } from './valueSpan';
export { planMoveToSecretReference, customTemplateProblem, managerReference, secretReference, storeCommandFor, storeInvocationFor, secretStoreInput } from './secretRef';
export { planIgnoreComment } from './ignoreComment';
export { planAddToBaseline } from './baseline';
export { planEnvFileFix } from './envFile';
export { JSON_REASON } from './rewrite';
export { planMaskLogged, enclosingQuotes, type MaskLoggedInput, type MaskLoggedPlan } from './logMask';
export {
  planServerOnlyRename, serverRouteAdvice, KEY_SAFETY_URL, OPENAI_KEY_SAFETY_URL,
  type FixLink, type ServerOnlyRenamePlan, type ServerRouteAdvice, type ServerRouteAdviceInput,
} from './serverOnly';

const IMPORT_LINE: Record<string, string> = {
  python: 'import os', go: 'import "os"', c: '#include <stdlib.h>', cpp: '#include <cstdlib>',
  swift: 'import Foundation', dart: "import 'dart:io';",
};

/**
 * How `languageId`/`path` reads env var `name`; undefined when the format cannot (JSON,
 * unknown languages). With `context` (the file and the secret's offsets) the expression is
 * the one `planMoveToEnv` would write there (Rust `&`, C# `System.`, TS `!`), and `imports`
 * lists only what the file still lacks.
 */
export function envLookupFor(languageId: string, path: string, name: string,
  context?: { sourceText: string; secretStart: number; secretEnd: number }): EnvLookup | undefined {
  const kind = languageKind(languageId, path);
  if (!kind) return undefined;
  const lookup: EnvLookup = { expression: lookupExpression(kind, name) };
  if (kind === 'terraform') {
    lookup.envName = `TF_VAR_${terraformVarName(name)}`;
    lookup.declaration = `variable "${terraformVarName(name)}" {\n  type      = string\n  sensitive = true\n}\n`;
  }
  if (!context) {
    if (IMPORT_LINE[kind]) lookup.imports = [IMPORT_LINE[kind]];
    return lookup;
  }
  const rewrite = planSourceRewrite({ ...context, languageId, path }, kind, name);
  if (rewrite.unsafeReason) return undefined;
  const lit = literalAround(context.sourceText, context.secretStart, context.secretEnd, SYNTAX[kind] ?? { quotes: [] });
  const main = rewrite.edits.find(e => e.start <= context.secretStart && e.end >= context.secretEnd);
  if (main && lit && main.start === lit.start) lookup.expression = main.newText;
  const missing = missingImport(kind, context.sourceText);
  if (missing) lookup.imports = [IMPORT_LINE[kind]];
  if (rewrite.notes.length) lookup.notes = rewrite.notes;
  return lookup;
}

function missingImport(kind: string, text: string): boolean {
  switch (kind) {
    case 'python': return !!pythonImportOs(text);
    case 'go': return !!goImportOs(text);
    case 'c': return !!cIncludeStdlib(text, 'stdlib.h');
    case 'cpp': return !!cIncludeStdlib(text, 'cstdlib');
    case 'swift': return !!swiftImportFoundation(text);
    case 'dart': return !!dartImportIo(text);
    default: return false;
  }
}
