/**
 * The fixes' view of the shared tokenizer (`src/core/lang/tokens.ts`): the lexical syntax of
 * each language family, from the language records, and the queries the fixes make.
 */

import { LANGUAGES } from '../lang/records';
import type { Syntax } from '../lang/model';

export { lexStateAt, literalAround, braceDepth, type LexState, type StringLiteral, type Syntax } from '../lang/tokens';

/** Lexical syntax by language family (see `languageKind`). */
export const SYNTAX: Record<string, Syntax> = Object.fromEntries(LANGUAGES.filter(l => l.syntax).map(l => [l.id, l.syntax!]));
