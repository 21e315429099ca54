/**
 * "Ignore this finding here": a `secret-hygiene:ignore <rule>` comment at the end of the
 * secret's line, or on its own line above when the line cannot take a trailing comment.
 * The engine honours the marker on either line (`inlineIgnoreAt` in suppress.ts).
 */

import { commentStyleFor, type CommentStyle } from '../fileKinds';
import { IGNORE_MARKER } from '../suppress';
import { enclosingTag, indentationAt, lineEnd, lineStart, withLineEndingsOf } from './edits';
import { languageKind } from './languages';
import { lexStateAt, SYNTAX, type Syntax } from './lexer';
import type { IgnoreCommentPlan } from './types';

const BASELINE_HINT = 'add the finding to the baseline instead.';

/**
 * Formats whose comments must start a line: a trailing `#` would become part of the value
 * (`.properties`, `.env` for several loaders, INI) or of the instruction (Dockerfile).
 */
function ownLineOnly(path: string, languageId: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  return /^(?:properties|java-properties|spring-boot-properties|dotenv|env|ini|dockerfile|bat)$/.test(languageId)
    || /\.(?:properties|ini|cfg|env|bat|cmd)$/.test(base) || /^\.env(?:\.|$)|^dockerfile|^\.npmrc$/.test(base);
}

export function planIgnoreComment(sourceText: string, languageId: string, path: string, secretStart: number, ruleId: string): IgnoreCommentPlan {
  const style = sectionCommentStyle(sourceText, secretStart, languageId, path);
  if (!style) return { reason: `This file format has no comments; ${BASELINE_HINT}` };
  const marker = `${IGNORE_MARKER} ${ruleId}`;
  const comment = style.line ? `${style.line} ${marker}` : `${style.block![0]} ${marker} ${style.block![1]}`;
  const start = lineStart(sourceText, secretStart);
  const end = lineEnd(sourceText, secretStart);
  const syntax = syntaxFor(sourceText, secretStart, languageId, path);
  const lineIsCode = (at: number) => lexStateAt(sourceText, at, syntax).kind !== 'string';
  const lineText = sourceText.slice(start, end).replace(/\r$/, '');
  const trailingOk = !ownLineOnly(path, languageId) && !/\\$/.test(lineText) && lineIsCode(start + lineText.length)
    && !(isYaml(languageId, path) && inYamlBlockScalar(sourceText, start));
  if (trailingOk) {
    const at = start + lineText.length;
    return { edit: { start: at, end: at, newText: `${lineText.trim() ? '  ' : ''}${comment}` }, placement: 'end-of-line' };
  }
  // On its own line above: only where a new line is not itself inside a string or continuation.
  const prevLine = start > 0 ? sourceText.slice(lineStart(sourceText, start - 1), start - 1) : '';
  if (lineIsCode(start) && !/\\\r?$/.test(prevLine) && !(isYaml(languageId, path) && inYamlBlockScalar(sourceText, start))) {
    return { edit: { start, end: start, newText: withLineEndingsOf(sourceText, `${indentationAt(sourceText, secretStart)}${comment}\n`) }, placement: 'line-above' };
  }
  const header = yamlHeaderAbove(sourceText, start, languageId, path);
  if (header !== undefined) return { edit: { start: header, end: header, newText: `  ${comment}` }, placement: 'line-above' };
  return { reason: `The secret is inside a multi-line string, where a comment would change the text; ${BASELINE_HINT}` };
}

/** Vue/Svelte files use HTML comments, except inside `<script>` (`//`) and `<style>` (block comments). */
function sectionCommentStyle(text: string, offset: number, languageId: string, path: string): CommentStyle | undefined {
  const style = commentStyleFor(path, languageId);
  if (!/^(?:vue|svelte|html)$/.test(languageId) && !/\.(?:vue|svelte|html?)$/i.test(path)) return style;
  const section = enclosingTag(text, offset);
  if (section === 'script') return { line: '//' };
  if (section === 'style') return { block: ['/*', '*/'] };
  return style;
}

function syntaxFor(text: string, offset: number, languageId: string, path: string): Syntax {
  const kind = languageKind(languageId, path);
  if (kind && SYNTAX[kind]) return SYNTAX[kind];
  if (/\.(?:vue|svelte)$/i.test(path) && enclosingTag(text, offset) === 'script') return SYNTAX.js;
  if (languageId === 'dotenv' || /(?:^|\/)\.env/.test(path)) return SYNTAX.dotenv;
  return { quotes: [] };
}

function isYaml(languageId: string, path: string): boolean {
  return languageId === 'yaml' || /\.ya?ml$/i.test(path);
}

/** End of a YAML block-scalar header (`key: |`) directly above line `start`, which may take a comment. */
function yamlHeaderAbove(text: string, start: number, languageId: string, path: string): number | undefined {
  if (!isYaml(languageId, path) || start === 0) return undefined;
  const prevStart = lineStart(text, start - 1);
  const prev = text.slice(prevStart, start - 1).replace(/\r$/, '');
  return /[|>][-+0-9]*[ \t]*$/.test(prev) && !inYamlBlockScalar(text, prevStart) ? prevStart + prev.length : undefined;
}

/** True when the line at `start` is content of a YAML `|`/`>` block scalar. */
function inYamlBlockScalar(text: string, start: number): boolean {
  const indent = /^[ \t]*/.exec(text.slice(start))![0].length;
  let at = start;
  while (at > 0) {
    at = lineStart(text, at - 1);
    const line = text.slice(at, lineEnd(text, at));
    if (!line.trim()) continue;
    const lineIndent = /^[ \t]*/.exec(line)![0].length;
    if (lineIndent < indent) return /:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(line) || /^[ \t]*-[ \t]+[|>][-+0-9]*[ \t]*$/.test(line);
  }
  return false;
}
