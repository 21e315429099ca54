/**
 * Python's triple-quoted strings, read once per file without a parser: docstrings and doctests
 * hold examples (`>>> print(token)`, `passwd='geheim'`), not code or configuration.
 */

/** Start and end offsets (flattened pairs) of every triple-quoted string, in order. */
export function pythonLongStrings(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text[i];
    if (c === '#') {
      const e = text.indexOf('\n', i);
      i = e < 0 ? n : e;
    } else if (c === '"' || c === "'") {
      if (text[i + 1] === c && text[i + 2] === c) {
        let j = i + 3;
        while (j < n && !(text[j] === c && text[j + 1] === c && text[j + 2] === c)) j += text[j] === '\\' ? 2 : 1;
        out.push(i, Math.min(n, j + 3));
        i = j + 3;
      } else {
        let j = i + 1;
        while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
        i = j + 1;
      }
    } else i++;
  }
  return out;
}

/**
 * The triple-quoted strings that are statements of their own (docstrings): only whitespace and
 * a string prefix before them on their line. `SQL = """…"""` or `f("""…""")` are data, not docs.
 */
export function pythonDocstrings(text: string): number[] {
  const all = pythonLongStrings(text);
  const out: number[] = [];
  for (let k = 0; k < all.length; k += 2) {
    const lineStart = text.lastIndexOf('\n', all[k] - 1) + 1;
    if (/^[ \t]*[rRuUbBfF]{0,2}$/.test(text.slice(lineStart, all[k]))) out.push(all[k], all[k + 1]);
  }
  return out;
}

/** Whether `at` falls inside one of the (start, end) pairs, sorted by start. */
export function insideRanges(ranges: readonly number[], at: number): boolean {
  let lo = 0, hi = ranges.length / 2;
  while (lo < hi) { // first range ending after `at`
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1] <= at) lo = mid + 1; else hi = mid;
  }
  return lo < ranges.length / 2 && ranges[2 * lo] < at;
}
