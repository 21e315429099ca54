/**
 * Where the Go statement holding an offset starts, for fixes that add lines before it (Go has
 * no conditional expression). A single forward pass over the file's tokens: strings, runes,
 * raw strings and comments are skipped; brackets are tracked; statements of a block end at
 * `;`, at a line break where Go inserts a semicolon (after a name, literal, `)`, `]`, `}`,
 * `++`, `--`), and after a `case …:` / label colon. Linear in the text before the offset.
 */

interface Frame {
  /** `{` of a function body or statement block; false for `(`, `[`, composite literals and package scope. */
  block: boolean;
  /** Where the current statement of this block starts (blocks only). */
  stmt?: number;
}

/** Keywords that start a statement whose `{` at the end of the line opens a block. */
const BLOCK_HEADER = /^[ \t]*(?:\}[ \t]*)?(?:else\b|if\b|for\b|switch\b|select\b|func\b|\{)|\bfunc\b/;

/**
 * Start of the statement that holds `offset` inside a function body or block; undefined at
 * package scope or where the text cannot be read (an unclosed string before the offset).
 */
export function goStatementStart(text: string, offset: number): number | undefined {
  const stack: Frame[] = [{ block: false }];
  let expectStmt = false; // the next token starts a statement of the top block
  let endsStmt = false; // a line break here would end the statement
  const token = (at: number, ends: boolean) => {
    const top = stack[stack.length - 1];
    if (top.block && expectStmt) { top.stmt = at; expectStmt = false; }
    endsStmt = ends;
  };
  let i = 0;
  while (i < offset) {
    const c = text[i];
    if (c === '\n') {
      if (endsStmt && stack[stack.length - 1].block) expectStmt = true;
      endsStmt = false;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
    } else if (text.startsWith('//', i)) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) return undefined;
      i = close + 2;
    } else if (c === '"' || c === '\'' || c === '`') {
      const close = literalEnd(text, i);
      if (close === undefined) return undefined;
      token(i, true);
      i = close;
    } else if (c === '{') {
      token(i, false);
      stack.push({ block: opensBlock(text, i) });
      expectStmt = true;
      i++;
    } else if (c === '(' || c === '[') {
      token(i, false);
      stack.push({ block: false });
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (stack.length > 1) stack.pop();
      token(i, true);
      i++;
    } else if (c === ';') {
      expectStmt = stack[stack.length - 1].block;
      endsStmt = false;
      i++;
    } else if (c === ':' && text[i + 1] !== '=') {
      token(i, false);
      // `case x:`, `default:` and labels end a clause header; `a[i:j]` and `key: value` are in other frames.
      if (stack[stack.length - 1].block) expectStmt = true;
      i++;
    } else if (/[\w.]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\w.]/.test(text[j])) j++;
      token(i, true);
      i = j;
    } else {
      const two = text.slice(i, i + 2);
      token(i, two === '++' || two === '--');
      i += two === '++' || two === '--' ? 2 : 1;
    }
  }
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].block) return stack[k].stmt;
  return undefined;
}

/** Offset after the string, rune or raw string opened at `at`; undefined when it does not close. */
function literalEnd(text: string, at: number): number | undefined {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === quote) return i + 1;
    if (quote !== '`' && c === '\\') i++;
    else if (quote !== '`' && c === '\n') return undefined;
  }
  return undefined;
}

/**
 * A `{` opens a block (not a composite literal) when it ends its line, as gofmt writes block
 * braces, on a line that starts a block statement or declares a function. A one-line
 * `if x { … }` is not treated as one: the fix then goes before the whole `if`.
 */
function opensBlock(text: string, at: number): boolean {
  const rest = /^[ \t]*(?:\/\/[^\n]*)?\r?(?:\n|$)/.test(text.slice(at + 1, at + 200));
  if (!rest) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return BLOCK_HEADER.test(text.slice(lineStart, at + 1));
}
