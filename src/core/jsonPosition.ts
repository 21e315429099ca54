/**
 * Where JSON text first goes wrong, for error messages that point at a line and column instead
 * of quoting the text (V8's JSON.parse messages quote it, and some give no position at all).
 * Iterative, so hostile nesting cannot overflow the stack; linear in the text.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** Offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const sticky = (re: RegExp) => { re.lastIndex = i; if (!re.test(text)) return false; i = re.lastIndex; return true; };
  /** Reads a string at `i`; false (with `i` at the fault) when it is not a valid one. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (!sticky(ESCAPE)) return false;
        i--;
      }
    }
    return false;
  };
  for (;;) {
    skipSpace();
    if (state === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) { stack.pop(); i++; state = 'after'; } else state = c === '{' ? 'key' : 'value';
      } else if (c === '"' ? string() : sticky(NUMBER) || sticky(LITERAL)) {
        state = 'after';
      } else return i;
    } else if (state === 'key') {
      if (!string()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (!top) return i === text.length ? -1 : i;
      if (text[i] === ',') { i++; state = top === '{' ? 'key' : 'value'; }
      else if (text[i] === (top === '{' ? '}' : ']')) { stack.pop(); i++; }
      else return i;
    }
  }
}
