/**
 * The language model: one record per language (`records.ts`, shape in `model.ts`), the file →
 * language mapping (`languages.ts`), the shared tokenizer (`tokens.ts`), the code view of
 * output-call arguments (`codeView.ts`), comment syntax (`comments.ts`) and the ways languages
 * build a constant string from literals (`constantValue.ts`).
 */

import { languageById } from './languages';
import { LANGUAGES } from './records';
export { SETTING_COMMAND } from './records';
import { literalsDelimitedBy } from './tokens';

export { assignmentFactsOf, codeLanguageOf, fixLanguageOf, languageById, syntaxLanguageOf } from './languages';
export { commentStyleFor, inLineComment, type CommentStyle } from './comments';
export { heredocAt, inCommentOrString, insideRanges, lexStateAt } from './tokens';
export { constantValueAt, type ConstantValue } from './constantValue';
export type { AssignmentFacts, Language } from './model';

/**
 * Python's docstrings: triple-quoted strings that are statements of their own (only whitespace
 * and a string prefix before them on their line), and those assigned to a name that says
 * documentation (`EXAMPLES = r'''…'''`, `DOCUMENTATION`, `RETURN`, `USAGE`, `__doc__`, as Ansible
 * modules and CLI tools keep them). They hold examples (`>>> print(token)`, `passwd='geheim'`),
 * not code or configuration; `SQL = """…"""` or `f("""…""")` are data.
 */
export function pythonDocstrings(text: string): number[] {
  const all = literalsDelimitedBy(text, languageById('python')!.syntax!, ['"""', "'''"]);
  const out: number[] = [];
  for (let k = 0; k < all.length; k += 2) {
    const lineStart = text.lastIndexOf('\n', all[k] - 1) + 1;
    const before = text.slice(lineStart, all[k]);
    if (/^[ \t]*(?:[A-Za-z_]*(?:EXAMPLES?|DOC|DOCS|DOCUMENTATION|RETURN|USAGE|HELP|EPILOG)[A-Za-z_]*[ \t]*=[ \t]*|__doc__[ \t]*=[ \t]*)?[rRuUbBfF]{0,2}$/i.test(before)) out.push(all[k], all[k + 1]);
  }
  return out;
}

/**
 * Substrings that make a configured value a reference to the environment rather than a
 * secret (`process.env.X`, `os.getenv("X")`, `ENV["X"]`): every language's `referenceMarkers`.
 */
export const ENV_REFERENCE = new RegExp(LANGUAGES.flatMap(l => l.env?.referenceMarkers ?? [])
  .map(m => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Code reading a client-inlined variable ends right before its name (`process.env.`, `import.meta.env[`). */
export const ENV_READ_BEFORE = new RegExp(LANGUAGES.flatMap(l => l.env?.readBefore ? [l.env.readBefore.source] : []).join('|'));
