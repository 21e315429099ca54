/**
 * The human report: findings grouped by file, then the summary and the exposure score. Every
 * line fits `width` columns (80 by default), so CI logs and narrow terminals read it unwrapped:
 *
 *   src/app.ts
 *     2:38  error    OpenAI project API key
 *                    sk-pro…TsAw  [openai-project-key]  [client-exposed, committed]
 *
 * Line 1: 1-based line:col, severity and title (with the rule's detail when it fits; all of it
 * under --verbose). Line 2: the masked value, the rule id and the checks' tags.
 */

import { escapeControls, type Severity } from '../../core';
import type { ReportFinding, ScanResult } from '../scan';
import { costLines, gitLine, scoreLine, scoreOf, summarize, summaryLine } from './summary';

export interface TextOptions {
  color: boolean;
  verbose: boolean;
  /** Columns each line must fit (default 80). */
  width?: number;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
/** Where --verbose's explanations start. */
const EXPLAIN_INDENT = 6;

export function textReport(result: ScanResult, options: TextOptions): string {
  const width = options.width ?? 80;
  const paint = (code: string, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const findings of groupByPath(result.findings).values()) {
    // A file name may hold a newline or an escape sequence: shown escaped, it cannot forge a line.
    const file = escapeControls(findings[0].path);
    // --history: one group per commit and file, headed by the commit id.
    const c = findings[0];
    const when = c.date ? `  ${c.date.slice(0, 10)}${c.author ? ` ${shorten(c.author, 20)}` : ''}` : '';
    lines.push(c.commit ? `${paint('33', c.commit.slice(0, 7))}${paint('2', when)}  ${paint('1;4', file)}` : paint('1;4', file));
    // line:col is aligned within a file's group, so each group reads as a small table.
    const where = findings.map(f => `${f.range.start.line + 1}:${f.range.start.column + 1}`);
    const whereW = Math.max(...where.map(w => w.length));
    const indent = 2 + whereW + 2 + 7 + 2;
    findings.forEach((f, i) => {
      const room = width - indent;
      const full = f.detail ? `${f.title} (${f.detail})` : f.title;
      const title = full.length <= room ? full : shorten(f.title, room);
      lines.push(`  ${where[i].padEnd(whereW)}  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${title}`);
      const parts = [{ text: f.masked, code: '1' }, { text: `[${f.ruleId}]`, code: '2' },
        ...(f.tags?.length ? [{ text: `[${f.tags.join(', ')}]`, code: '35' }] : [])];
      lines.push(...flow(parts, indent, width, paint));
      if (f.inHead === false) lines.push(paint('31', `${' '.repeat(indent)}removed from the tree but still in history: rotate it`));
      if (options.verbose) {
        const more = [...(title !== full ? [full] : []), ...explanation(f)];
        lines.push(...more.flatMap(text => wrapWords(text, EXPLAIN_INDENT, width)).map(line => paint('2', line)));
      }
    });
    lines.push('');
  }
  if (options.verbose && result.skipped.length) {
    lines.push('Skipped:');
    for (const s of result.skipped) lines.push(`  ${escapeControls(s.path)}  (${s.reason})`);
    lines.push('');
  }
  lines.push(...wrapAt(summaryLine(summarize(result)), width));
  const git = gitLine(result);
  if (git) lines.push(...wrapAt(git.trimEnd(), width));
  const score = scoreOf(result);
  lines.push(paint('1', scoreLine(score)));
  lines.push(...costLines(score, width));
  return lines.join('\n') + '\n';
}

/** Splits a `a; b; c` sentence at its semicolons so each line fits; later parts are indented. */
export function wrapAt(line: string, width = 80): string[] {
  const out: string[] = [];
  for (const part of line.split('; ')) {
    const last = out.length - 1;
    if (last >= 0 && out[last].length + 2 + part.length <= width) out[last] += `; ${part}`;
    else out.push(last < 0 ? part : `  ${part}`);
  }
  return out;
}

/** Space-separated parts on lines of `width` columns, each line starting at `indent`. */
function flow(parts: { text: string; code: string }[], indent: number, width: number, paint: (code: string, s: string) => string): string[] {
  const lines: string[] = [];
  let plainLength = 0;
  let line = '';
  for (const part of parts) {
    if (line && plainLength + 2 + part.text.length > width) {
      lines.push(line);
      line = '';
    }
    if (!line) {
      line = ' '.repeat(indent) + paint(part.code, part.text);
      plainLength = indent + part.text.length;
    } else {
      line += `  ${paint(part.code, part.text)}`;
      plainLength += 2 + part.text.length;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Words on lines of `width` columns after `indent` spaces (a longer word, e.g. a URL, stands alone). */
function wrapWords(text: string, indent: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(' '.repeat(indent) + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(' '.repeat(indent) + line);
  return lines;
}

function shorten(text: string, room: number): string {
  return text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

/** --verbose: why a weighed finding was flagged, the checks' advice (their tags are on the finding's line), and where to rotate. */
function explanation(f: ReportFinding): string[] {
  const out: string[] = [];
  if (f.reasons?.length) out.push(`flagged because: ${f.reasons.join('; ')}`);
  if (f.advice) out.push(f.advice);
  if (f.rotateUrl && !f.advice?.includes(f.rotateUrl)) out.push(`rotate: ${f.rotateUrl}`);
  return out;
}

/** Groups by path, or by commit and path for --history (keys are for grouping only). */
function groupByPath(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const key = f.commit ? `${f.commit}\0${f.path}` : f.path;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return groups;
}
