/**
 * OpenAPI and Swagger documents show request and response examples (`example:`, `examples:`,
 * and in prose under `description:`): values written to be read, like a docstring's. This finds whether an offset lies under such a
 * key, by indentation (YAML, and JSON as formatters lay it out).
 */

/** An OpenAPI 3 or Swagger 2 document: its version key near the top. */
const SPEC_VERSION = /^[ \t]*["']?(?:openapi|swagger)["']?[ \t]*:[ \t]*["']?\d/m;

export function isApiSpec(path: string | undefined, text: string): boolean {
  return !!path && /\.(?:ya?ml|json)$/i.test(path) && SPEC_VERSION.test(text.slice(0, 4096));
}

/** Keys whose values are written to be read: examples, and the descriptions that often quote one. */
const EXAMPLE_KEY = /^[ \t]*(?:-[ \t]+)?["']?(?:examples?|x-examples?|description|summary)["']?[ \t]*:/;
/** How far up to look for the enclosing keys: a spec's nesting is shallow, its examples short. */
const MAX_LINES_UP = 400;

/** Whether the line holding `offset` is nested under an example or description key (or is one). */
export function underExampleKey(text: string, offset: number): boolean {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = text.slice(lineStart, lineEndAt(text, lineStart));
  if (EXAMPLE_KEY.test(line)) return true;
  let indent = indentOf(line);
  for (let n = 0; n < MAX_LINES_UP && lineStart > 0 && indent > 0; n++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (!line.trim()) continue;
    const lineIndent = indentOf(line);
    if (lineIndent >= indent) continue;
    if (EXAMPLE_KEY.test(line)) return true;
    indent = lineIndent;
  }
  return false;
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}
