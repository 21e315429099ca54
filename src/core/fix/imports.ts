/**
 * Adds the import/include an env lookup needs, when the file lacks it, at the place the
 * language's conventions put it. Each function returns undefined when nothing is needed.
 */

import type { TextEdit } from './types';

/** A line's text without its line break and its offset. */
interface Line { text: string; start: number }

/**
 * Lines as an editor counts them: a break is `\r\n`, `\n` or a lone `\r` (classic Mac files), and
 * none is part of the line's text, so `/^import os$/` matches in any of them. A byte order mark
 * is no part of the first line either: an import goes after it.
 */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = text.startsWith('\ufeff') ? 1 : 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

/**
 * An edit inserting `line` before line `index` (or at the end), keeping a blank line after a new
 * group. Breaks are `\n` here; the planner turns them into the file's own (withLineEndingsOf).
 */
function insertBefore(text: string, lines: Line[], index: number, line: string, blankAfter = false): TextEdit {
  const at = index < lines.length ? lines[index].start : text.length;
  const needsBreak = at === text.length && text.length > 0 && !/[\r\n]$/.test(text);
  const next = lines[index]?.text ?? '';
  const sep = blankAfter && next.trim() !== '' ? '\n' : '';
  return { start: at, end: at, newText: (needsBreak ? '\n' : '') + line + '\n' + sep };
}

/**
 * `import os` for Python: after a shebang, encoding line, leading comments, the module
 * docstring and `from __future__` imports; among the first plain `import` lines in
 * alphabetical position when there are some.
 */
export function pythonImportOs(text: string): TextEdit | undefined {
  const lines = linesOf(text);
  const imported = lines.some(l => moduleStatements(l.text).some(statement => {
    const m = /^import[ \t]+(.+)$/.exec(statement);
    return !!m && m[1].split(',').some(part => /^os(?:\.[\w.]+)?$/.test(part.trim()));
  }));
  if (imported) return undefined;
  let i = pythonHeaderEnd(lines);
  while (i < lines.length && lines[i].text.trim() === '') i++;
  if (i < lines.length && /^(?:import|from)[ \t]/.test(lines[i].text)) {
    while (i < lines.length && /^import[ \t]+([\w.]+)/.exec(lines[i].text)?.[1]! < 'os') i++;
    return insertBefore(text, lines, i, 'import os');
  }
  const at = pythonHeaderEnd(lines);
  const edit = insertBefore(text, lines, at, 'import os', true);
  if (at > 0) edit.newText = '\n' + edit.newText;
  return edit;
}

/**
 * The module-level statements of a Python line: none when it is indented (inside a block),
 * else its `;`-separated statements without a trailing `# comment`. Import lines hold no
 * strings, so a `#` or `;` there is never inside one.
 */
function moduleStatements(line: string): string[] {
  if (/^[ \t]/.test(line)) return [];
  return line.replace(/#.*$/, '').split(';').map(s => s.trim());
}

/** Index of the first line after shebang, encoding, comments, docstring and `__future__` imports. */
function pythonHeaderEnd(lines: Line[]): number {
  let i = 0;
  let end = 0;
  while (i < lines.length && (lines[i].text.trim() === '' || lines[i].text.startsWith('#'))) {
    i++;
    if (lines[i - 1].text.trim() !== '') end = i;
  }
  const doc = /^[rRuU]?("""|''')/.exec(lines[i]?.text ?? '');
  if (doc) {
    const closesSameLine = lines[i].text.indexOf(doc[1], doc[0].length) !== -1;
    let j = i;
    if (!closesSameLine) while (++j < lines.length && !lines[j].text.includes(doc[1]));
    i = end = j + 1;
  }
  for (let k = i; k < lines.length; k++) {
    const t = lines[k].text;
    if (t.trim() === '' || t.startsWith('#')) continue;
    if (!/^from[ \t]+__future__[ \t]+import/.test(t)) break;
    let j = k;
    if (t.includes('(') && !t.includes(')')) while (j + 1 < lines.length && !lines[++j].text.includes(')'));
    end = k = j;
    end++;
  }
  return end;
}

/** `"os"` for Go: into the first import block (sorted), after single imports, or after `package`. */
export function goImportOs(text: string): TextEdit | undefined {
  if (/^[ \t]*import[ \t]+"os"|^[ \t]*"os"[ \t]*(?:\/\/.*)?$/m.test(text) && /^import\b/m.test(text)) return undefined;
  const lines = linesOf(text);
  const block = lines.findIndex(l => /^import[ \t]*\($/.test(l.text.trim()));
  if (block !== -1) {
    let i = block + 1;
    while (i < lines.length && /^[ \t]*(?:\w+[ \t]+)?"([^"]+)"/.test(lines[i].text) && /"([^"]+)"/.exec(lines[i].text)![1] < 'os') i++;
    const indent = /^[ \t]*/.exec(lines[block + 1]?.text ?? '')![0] || '\t';
    return insertBefore(text, lines, i, `${indent}"os"`);
  }
  const singles = lines.map((l, i) => (/^import[ \t]+(?:\w+[ \t]+)?"/.test(l.text) ? i : -1)).filter(i => i !== -1);
  if (singles.length) return insertBefore(text, lines, singles[singles.length - 1] + 1, 'import "os"');
  const pkg = lines.findIndex(l => /^package[ \t]+\w+/.test(l.text));
  if (pkg === -1) return undefined;
  const end = lines[pkg].start + lines[pkg].text.length;
  return { start: end, end, newText: '\n\nimport "os"' };
}

const C_INCLUDE = /^[ \t]*#[ \t]*include[ \t]*[<"]/;

/** `#include <stdlib.h>` (C) or `<cstdlib>` (C++): after the last include, else after a header guard. */
export function cIncludeStdlib(text: string, header: 'stdlib.h' | 'cstdlib'): TextEdit | undefined {
  if (/^[ \t]*#[ \t]*include[ \t]*[<"](?:stdlib\.h|cstdlib)[>"]/m.test(text)) return undefined;
  const lines = linesOf(text);
  const includes = lines.map((l, i) => (C_INCLUDE.test(l.text) ? i : -1)).filter(i => i !== -1);
  if (includes.length) return insertBefore(text, lines, includes[includes.length - 1] + 1, `#include <${header}>`);
  let i = 0;
  while (i < lines.length && /^[ \t]*(?:$|\/\/|\/\*|\*|#[ \t]*pragma[ \t]+once|#[ \t]*ifndef|#[ \t]*define[ \t]+\w+[ \t]*$)/.test(lines[i].text)) i++;
  return insertBefore(text, lines, i, `#include <${header}>`, true);
}

/** `import Foundation` for Swift unless a framework that re-exports it is imported. */
export function swiftImportFoundation(text: string): TextEdit | undefined {
  if (/^[ \t]*import[ \t]+(?:Foundation|UIKit|AppKit|Cocoa|SwiftUI)\b/m.test(text)) return undefined;
  const lines = linesOf(text);
  const imports = lines.map((l, i) => (/^[ \t]*import[ \t]+\w/.test(l.text) ? i : -1)).filter(i => i !== -1);
  return imports.length ? insertBefore(text, lines, imports[0], 'import Foundation') : insertBefore(text, lines, 0, 'import Foundation', true);
}

/** `import 'dart:io';` for Dart: first among the imports (dart: imports sort first), else after `library`. */
export function dartImportIo(text: string): TextEdit | undefined {
  if (/^[ \t]*import[ \t]+['"]dart:io['"]/m.test(text)) return undefined;
  const lines = linesOf(text);
  const imports = lines.map((l, i) => (/^[ \t]*import[ \t]+['"]/.test(l.text) ? i : -1)).filter(i => i !== -1);
  if (imports.length) {
    let i = imports[0];
    while (imports.includes(i) && /['"](dart:[\w]+)['"]/.exec(lines[i].text)?.[1]! < 'dart:io') i++;
    return insertBefore(text, lines, i, "import 'dart:io';");
  }
  const library = lines.findIndex(l => /^[ \t]*library\b/.test(l.text));
  if (library !== -1) {
    const edit = insertBefore(text, lines, library + 1, "import 'dart:io';", true);
    edit.newText = '\n' + edit.newText;
    return edit;
  }
  return insertBefore(text, lines, 0, "import 'dart:io';", true);
}
