/**
 * The fixes' view of the language model (`src/core/lang`): which language a file's env lookup
 * is written in, and how. The facts live in the language records; this module keeps the
 * fixes' function names.
 */

import { fixLanguageOf, languageById } from '../lang/languages';
import { terraformVarName } from '../lang/records';

export { terraformVarName };

export type LanguageKind =
  | 'js' | 'python' | 'go' | 'java' | 'kotlin' | 'csharp' | 'ruby' | 'php' | 'rust' | 'swift' | 'dart'
  | 'elixir' | 'lua' | 'r' | 'scala' | 'c' | 'cpp' | 'shell' | 'dockerfile' | 'powershell'
  | 'workflow' | 'compose' | 'spring' | 'yaml' | 'properties' | 'terraform' | 'tfvars' | 'npmrc';

/** The language family of a file, or undefined when no safe env lookup exists (JSON, unknown). */
export function languageKind(languageId: string, path: string): LanguageKind | undefined {
  return fixLanguageOf(languageId, path)?.id as LanguageKind | undefined;
}

function envOf(kind: LanguageKind) {
  return languageById(kind)?.env;
}

/** Families that rewrite a whole literal into an expression (vs. interpolate inside text). */
export function isCodeKind(kind: LanguageKind): boolean {
  return !!envOf(kind)?.rewritesLiteral;
}

/**
 * The expression reading `name`, replacing a whole literal (quotes included).
 * Rust: `String` form; the caller adds `&` where a `&str` was (see `rustNeedsString`).
 */
export function lookupExpression(kind: LanguageKind, name: string, cpp?: { std: boolean }): string {
  return envOf(kind)?.lookup?.(name, { cppStd: cpp?.std }) ?? `\${${name}}`;
}

/** How to read `name` from inside a string literal of the family, when it can. */
export function interpolation(kind: LanguageKind, name: string, delimiter: string): string | undefined {
  return envOf(kind)?.interpolate?.(name, delimiter);
}

/** Joins string parts and an expression: `"Bearer " + process.env.X`. Undefined when unsupported. */
export function concatenation(kind: LanguageKind, parts: string[]): string | undefined {
  return envOf(kind)?.concat?.(parts);
}

/** Lookups containing a low-precedence operator must be parenthesised inside larger expressions. */
export function lookupNeedsParens(kind: LanguageKind): boolean {
  return !!envOf(kind)?.lookupNeedsParens;
}
