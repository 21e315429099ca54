/**
 * Where a secret value really starts and ends in a file, and what it decodes to, by the
 * rules of the file's format. A finding's range comes from a scanner that reads many
 * syntaxes loosely (it may stop a YAML plain scalar at `#`, or include a JSON `\"` escape);
 * a fix must replace exactly the value the program reading the file sees, and store exactly
 * that value. Anything this module cannot read with certainty is refused: never a lossy fix.
 *
 * Over 400 lines on purpose: one reader per format (YAML, JSON, TOML, dotenv, INI, XML, code
 * strings), each small, answering the same question; split apart they would share most helpers.
 */

import { lineEnd, lineStart } from './edits';
import { languageKind, type LanguageKind } from './languages';
import { literalAround, SYNTAX, type StringLiteral } from './lexer';

export interface ValueSpan {
  /** Raw offsets of the text to replace (inside any quotes). */
  start: number;
  end: number;
  /** What the program reading the file sees for `[start, end)`, escapes decoded. */
  value: string;
  /** The span is the whole scalar / literal content (not a part of a longer string). */
  whole: boolean;
  /** How the scalar is written: a quote character, `plain` or `block`. */
  style: string;
  /** The whole scalar's content (inside quotes), of which `[start, end)` is a part or all. */
  scalarStart: number;
  scalarEnd: number;
  /** YAML: the scalar sits in a flow collection (`[…]`, `{…}`), where `{`, `}` and `,` end plain text. */
  flow?: boolean;
}

export type SpanResult = ValueSpan | { reason: string };

const refuse = (reason: string): { reason: string } => ({ reason });

/** A scalar's raw content and a decoder for any slice of it that does not cut an escape. */
interface Scalar {
  contentStart: number;
  contentEnd: number;
  style: string;
  /** Decodes raw text of this scalar; undefined when it holds an escape we cannot decode exactly. */
  decode: (raw: string) => string | undefined;
  /** Characters that, inside the replaced part, make a partial replacement unsafe (escape starts). */
  escapeChars: string;
  flow?: boolean;
}

/**
 * The exact span and decoded value for a finding at `[start, end)` in a file of `kind`.
 * When the finding starts where the scalar's content starts and the rest of the scalar
 * is glued to it (no whitespace), the scanner stopped early (e.g. at a `#` that is no
 * comment): the whole scalar is the value.
 */
export function valueSpan(text: string, kind: LanguageKind, start: number, end: number, path = ''): SpanResult {
  const scalar = scalarAt(text, kind, start, end, path);
  if ('reason' in scalar) return scalar;
  if (start < scalar.contentStart || end > scalar.contentEnd) return refuse('The value runs past the end of its string; edit it by hand.');
  let e = end;
  const rest = text.slice(end, scalar.contentEnd);
  if (start === scalar.contentStart && rest && !/\s/.test(rest)) e = scalar.contentEnd;
  const whole = start === scalar.contentStart && e === scalar.contentEnd;
  const raw = text.slice(start, e);
  if (!whole && !partSafe(text.slice(scalar.contentStart, start), raw, scalar.escapeChars)) {
    return refuse('The secret holds an escape sequence inside a longer string; edit it by hand.');
  }
  let value = scalar.decode(raw);
  if (value === undefined) return refuse('The value holds an escape sequence this fix cannot decode exactly; edit it by hand.');
  if (kind === 'compose') {
    // Compose interpolates the file: `$$` is a literal `$`, any other `$` a variable.
    const before = text.slice(scalar.contentStart, start);
    if (/\$(?!\$)/.test(value.replace(/\$\$/g, '')) || (/\$+$/.exec(before)?.[0].length ?? 0) % 2 === 1) {
      return refuse('The value holds a Compose ${…} substitution; edit it by hand.');
    }
    value = value.replace(/\$\$/g, '$');
  }
  if (kind === 'spring' && value.includes('${')) return refuse('The value holds a Spring ${…} placeholder; edit it by hand.');
  if (value === '') return refuse('The value is empty.');
  return { start, end: e, value, whole, style: scalar.style, scalarStart: scalar.contentStart, scalarEnd: scalar.contentEnd, ...(scalar.flow ? { flow: true } : {}) };
}

/**
 * Whether a part of a string can be replaced on its own: it must not begin inside a
 * backslash escape (an odd run of backslashes, or a `\u00` hex escape, before it), nor hold
 * other escape characters (YAML's `''`, shell `$`). Its own end is checked by decoding it.
 */
function partSafe(prefix: string, raw: string, escapeChars: string): boolean {
  for (const c of escapeChars) {
    if (c !== '\\') {
      if (raw.includes(c)) return false;
    } else if (/\\*$/.exec(prefix)![0].length % 2 === 1 || /\\[xuU][0-9a-fA-F]{0,7}$/.test(prefix)) {
      return false;
    }
  }
  return true;
}

/**
 * The exact value a finding stands for, for hosts that hand it to another tool (a secret
 * manager's store command): decoded by the file's rules, JSON strings included. A reason
 * when it cannot be read exactly.
 */
export function secretValueAt(text: string, languageId: string, path: string, start: number, end: number):
  { start: number; end: number; value: string } | { reason: string } {
  const kind = languageKind(languageId, path);
  if (kind) {
    const span = valueSpan(text, kind, start, end, path);
    return 'reason' in span ? span : { start: span.start, end: span.end, value: span.value };
  }
  if (/\.json[c5]?$/i.test(path) || /^json/.test(languageId)) {
    const lit = literalAround(text, start, end, { quotes: ['"'] });
    if (!lit) return refuse('The secret is not inside a JSON string.');
    if (start !== lit.contentStart || end !== lit.contentEnd) return refuse('The secret is only a part of a JSON string.');
    try {
      return { start, end, value: JSON.parse(text.slice(lit.start, lit.end)) as string };
    } catch {
      return refuse('The JSON string is not valid.');
    }
  }
  const raw = text.slice(start, end);
  if (/\.(?:xml|config|csproj|props|targets|plist|xaml|resx)$/i.test(path) || /^xml$/.test(languageId)) {
    const value = decodeXml(raw);
    return value === undefined ? refuse('The value holds an XML entity this cannot decode.') : { start, end, value };
  }
  if (/\.toml$/i.test(path) || languageId === 'toml') {
    const lit = literalAround(text, start, end, { line: ['#'], quotes: ["'''", '"""', '"', "'"], rawQuotes: ["'''", "'"] });
    if (lit && lit.delimiter.length === 1) {
      const value = lit.delimiter === "'" ? raw : decodeBackslashes(raw, { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' });
      return value === undefined ? refuse('The TOML string holds an escape this cannot decode.') : { start, end, value };
    }
    return refuse('The secret is not in a one-line TOML string.');
  }
  // Other formats (INI, plain text): only a value with nothing that might be an escape.
  return /[\\&"'%]/.test(raw) ? refuse('The value may hold escapes this format reader does not know.') : { start, end, value: raw };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(raw: string): string | undefined {
  let ok = true;
  const value = raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);?/g, (m, e: string) => {
    if (!m.endsWith(';')) { ok = false; return m; }
    if (e.startsWith('#')) {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (cp > 0x10ffff) { ok = false; return m; }
      return String.fromCodePoint(cp);
    }
    if (!(e in XML_ENTITIES)) ok = false;
    return XML_ENTITIES[e] ?? m;
  });
  return ok ? value : undefined;
}

function scalarAt(text: string, kind: LanguageKind, start: number, end: number, path: string): Scalar | { reason: string } {
  switch (kind) {
    case 'yaml': case 'compose': case 'workflow': return yamlScalar(text, start);
    case 'spring': return /\.properties$/i.test(path) ? propertiesScalar(text, start) : yamlScalar(text, start);
    case 'properties': return propertiesScalar(text, start);
    case 'npmrc': return npmrcScalar(text, start);
    case 'shell': case 'dockerfile': return shellScalar(text, kind, start, end);
    case 'powershell': return powershellScalar(text, start, end);
    case 'terraform': case 'tfvars': return hclScalar(text, start, end);
    default: return codeScalar(text, kind, start, end);
  }
}

const identity = (raw: string) => raw;

// ---------------------------------------------------------------------------------------------
// YAML

/** Plain scalars cannot start with these indicators (YAML 1.2, 7.3.3). */
const YAML_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

function yamlScalar(text: string, offset: number): Scalar | { reason: string } {
  const ls = lineStart(text, offset);
  const le = lineEnd(text, offset);
  const line = text.slice(ls, le).replace(/\r$/, '');
  const block = yamlBlockScalarHolding(text, ls);
  if (block === 'unsure') return refuse('Cannot tell where this YAML value ends; edit it by hand.');
  if (block) {
    // Block scalar content is literal text; a line of it is a part of a longer string.
    const indent = /^[ \t]*/.exec(line)![0].length;
    return { contentStart: ls + indent, contentEnd: ls + line.length, style: 'block', decode: identity, escapeChars: '' };
  }
  const tokens = yamlLineScalars(line);
  if (!tokens) return refuse('This YAML line has a form the fix does not read (a multi-line or complex value); edit it by hand.');
  const col = offset - ls;
  const t = tokens.find(k => col >= k.start && col <= k.end);
  if (!t) return refuse('The secret is not a YAML value here; edit it by hand.');
  if (t.isKey) return refuse('The secret is a YAML key; edit it by hand.');
  if (t.open) return refuse('The quoted YAML value spans several lines; edit it by hand.');
  if (t.lastOnLine) {
    // A value continued on the next lines is folded into one: refuse rather than guess.
    // Inside an unclosed flow collection any next line may continue it; in block context
    // only lines indented deeper than the node (`key:` or `- `'s content) do.
    const next = nextContentLine(text, le);
    const nodeColumn = /^[ \t]*(?:-[ \t]+)*/.exec(line)![0].length;
    if (next && !/^[ \t]*#/.test(next) && (tokens.openFlow || /^[ \t]*/.exec(next)![0].length > nodeColumn)) {
      return refuse('The YAML value continues on the next line; edit it by hand.');
    }
  }
  const base = { contentStart: ls + t.start, contentEnd: ls + t.end, style: t.style, flow: t.flow };
  if (t.style === "'") return { ...base, decode: raw => raw.replace(/''/g, "'"), escapeChars: "'" };
  if (t.style === '"') return { ...base, decode: decodeYamlDouble, escapeChars: '\\' };
  return { ...base, decode: identity, escapeChars: '' };
}

interface YamlToken { start: number; end: number; style: string; isKey: boolean; flow: boolean; open?: boolean; lastOnLine: boolean }

/**
 * The scalars of one YAML line (block or flow context), with their content columns.
 * Undefined for forms not read here (`? ` complex keys, directives).
 */
function yamlLineScalars(line: string): (YamlToken[] & { openFlow?: boolean }) | undefined {
  const out: YamlToken[] & { openFlow?: boolean } = [];
  let i = 0;
  let depth = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === '#' && (i === 0 || /[ \t]/.test(line[i - 1]))) break;
    if (depth === 0 && c === '-' && (i + 1 === n || /[ \t]/.test(line[i + 1]))) { i++; continue; }
    if (c === '?' && (i + 1 === n || /[ \t]/.test(line[i + 1]))) return undefined;
    if (i === 0 && (c === '%' || line.startsWith('---') || line.startsWith('...'))) return undefined;
    if (c === '[' || c === '{') { depth++; i++; continue; }
    if (c === ']' || c === '}') { depth = Math.max(0, depth - 1); i++; continue; }
    if (c === ',' && depth > 0) { i++; continue; }
    if (c === ':' && (i + 1 === n || /[ \t,\]}]/.test(line[i + 1]))) { markKey(out); i++; continue; }
    if (c === '&' || c === '!' || c === '*') { // anchor, tag, alias: a token up to whitespace
      while (i < n && !/[ \t]/.test(line[i])) i++;
      continue;
    }
    if (c === '|' || c === '>') break; // block scalar header: content on the next lines
    if (c === "'" || c === '"') {
      const close = c === "'" ? closeSingle(line, i + 1) : closeDouble(line, i + 1);
      out.push({ start: i + 1, end: close === -1 ? n : close, style: c, isKey: false, flow: depth > 0, open: close === -1, lastOnLine: false });
      i = close === -1 ? n : close + 1;
      continue;
    }
    if (YAML_INDICATOR.test(line.slice(i)) && !/^[-?:][^ \t,[\]{}]/.test(line.slice(i))) return undefined;
    // Plain scalar: ends at `: `, ` #`, the line end, and in flow context at `,[]{}`.
    const s = i;
    while (i < n) {
      const d = line[i];
      if (d === ':' && (i + 1 === n || /[ \t]/.test(line[i + 1]) || (depth > 0 && /[,\]}]/.test(line[i + 1])))) break;
      if (d === '#' && /[ \t]/.test(line[i - 1])) break;
      if (depth > 0 && /[,[\]{}]/.test(d)) break;
      i++;
    }
    let e = i;
    while (e > s && /[ \t]/.test(line[e - 1])) e--;
    out.push({ start: s, end: e, style: 'plain', isKey: false, flow: depth > 0, lastOnLine: false });
  }
  if (out.length) out[out.length - 1].lastOnLine = true;
  out.openFlow = depth > 0;
  return out;
}

/** The scalar just read was followed by `:`: it is a key. */
function markKey(tokens: YamlToken[]): void {
  const last = tokens[tokens.length - 1];
  if (last) last.isKey = true;
}

function closeSingle(line: string, from: number): number {
  for (let j = from; j < line.length; j++) {
    if (line[j] === "'") {
      if (line[j + 1] === "'") { j++; continue; }
      return j;
    }
  }
  return -1;
}

function closeDouble(line: string, from: number): number {
  for (let j = from; j < line.length; j++) {
    if (line[j] === '\\') { j++; continue; }
    if (line[j] === '"') return j;
  }
  return -1;
}

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** YAML double-quoted escapes (YAML 1.2, 5.7). */
function decodeYamlDouble(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') { out += raw[i]; continue; }
    const c = raw[++i];
    if (c === undefined) return undefined;
    if (c in YAML_ESCAPES) { out += YAML_ESCAPES[c]; continue; }
    const len = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    const hex = raw.slice(i + 1, i + 1 + len);
    if (!len || !new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) return undefined;
    out += String.fromCodePoint(cp);
    i += len;
  }
  return out;
}

/**
 * Whether the line starting at `ls` belongs to a block scalar (`key: |` above it, less
 * indented). 'unsure' when the structure above cannot be read.
 */
function yamlBlockScalarHolding(text: string, ls: number): boolean | 'unsure' {
  const indentOf = (l: string) => /^[ \t]*/.exec(l)![0].length;
  const own = indentOf(text.slice(ls, lineEnd(text, ls)));
  if (own === 0) return false; // block scalar content is indented under its key
  let at = ls;
  for (let steps = 0; at > 0 && steps < 10000; steps++) {
    const prevStart = lineStart(text, at - 1);
    const prev = text.slice(prevStart, at - 1).replace(/\r$/, '');
    at = prevStart;
    if (prev.trim() === '') continue;
    if (indentOf(prev) >= own) continue;
    // The first less-indented line decides: a block scalar header, or structure.
    return /(?:^|[ \t])[|>][-+]?[1-9]?[-+]?[ \t]*(?:#.*)?$/.test(prev) && !/^[ \t]*#/.test(prev);
  }
  return at > 0 ? 'unsure' : false;
}

function nextContentLine(text: string, le: number): string | undefined {
  let at = le + 1;
  while (at < text.length) {
    const e = lineEnd(text, at);
    const l = text.slice(at, e).replace(/\r$/, '');
    if (l.trim() !== '') return l;
    at = e + 1;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// .properties (java.util.Properties.load rules)

function propertiesScalar(text: string, offset: number): Scalar | { reason: string } {
  const ls = lineStart(text, offset);
  const le = lineEnd(text, offset);
  const line = text.slice(ls, le).replace(/\r$/, '');
  if (/^[ \t\f]*[#!]/.test(line)) return refuse('The secret is in a comment.');
  if (ls > 0 && continues(text.slice(lineStart(text, ls - 1), ls - 1).replace(/\r$/, ''))) {
    return refuse('The value is continued from the previous line; edit it by hand.');
  }
  if (continues(line)) return refuse('The value continues on the next line (trailing backslash); edit it by hand.');
  // The key ends at the first unescaped `=`, `:` or whitespace.
  let i = /^[ \t\f]*/.exec(line)![0].length;
  while (i < line.length && !/[=: \t\f]/.test(line[i])) i += line[i] === '\\' ? 2 : 1;
  while (i < line.length && /[ \t\f]/.test(line[i])) i++;
  if (line[i] === '=' || line[i] === ':') i++;
  while (i < line.length && /[ \t\f]/.test(line[i])) i++;
  if (offset - ls < i) return refuse('The secret is a .properties key; edit it by hand.');
  // Trailing whitespace is part of a .properties value.
  return { contentStart: ls + i, contentEnd: ls + line.length, style: 'plain', decode: decodeProperties, escapeChars: '\\' };
}

function continues(line: string): boolean {
  return (/\\+$/.exec(line)?.[0].length ?? 0) % 2 === 1;
}

function decodeProperties(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') { out += raw[i]; continue; }
    const c = raw[++i];
    if (c === undefined) return undefined;
    if (c === 'u') {
      const hex = raw.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else {
      out += ({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[c] ?? c;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// .npmrc (npm's ini reader: `;` and `#` start comments anywhere, quotes are JSON)

function npmrcScalar(text: string, offset: number): Scalar | { reason: string } {
  const ls = lineStart(text, offset);
  const line = text.slice(ls, lineEnd(text, offset)).replace(/\r$/, '');
  const eq = line.indexOf('=');
  if (eq === -1 || offset - ls <= eq) return refuse('The secret is not an .npmrc value; edit it by hand.');
  const lead = /^[ \t]*/.exec(line.slice(eq + 1))![0].length;
  const start = eq + 1 + lead;
  const value = line.slice(start).replace(/[ \t]+$/, '');
  if (/[;#\\"']/.test(value)) return refuse('The .npmrc value holds quotes, escapes or comment characters; edit it by hand.');
  return { contentStart: ls + start, contentEnd: ls + start + value.length, style: 'plain', decode: identity, escapeChars: '' };
}

// ---------------------------------------------------------------------------------------------
// Shell, Dockerfile, PowerShell

function shellScalar(text: string, kind: 'shell' | 'dockerfile', start: number, end: number): Scalar | { reason: string } {
  const lit = literalAround(text, start, end, SYNTAX[kind]);
  if (lit) {
    const base = { contentStart: lit.contentStart, contentEnd: lit.contentEnd, style: lit.delimiter };
    if (lit.delimiter === "'") return { ...base, decode: identity, escapeChars: '' };
    return { ...base, decode: decodeShellDouble, escapeChars: '$`\\' };
  }
  // An unquoted word: from the `=` (or whitespace) before it to the next shell metacharacter.
  let s = start;
  while (s > 0 && !/[\s=;|&()<>"'`]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[\s;|&()<>"'`]/.test(text[e])) e++;
  return { contentStart: s, contentEnd: e, style: 'plain', decode: raw => (/[$\\*?[\]{}~]/.test(raw) ? undefined : raw), escapeChars: '$\\' };
}

/**
 * Bash double quotes: `\` escapes only `$`, `` ` ``, `"`, `\` and a line break; an unescaped
 * `$` or backtick is an expansion, not text (undefined).
 */
function decodeShellDouble(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '$' || c === '`') return undefined;
    if (c !== '\\') { out += c; continue; }
    const next = raw[i + 1];
    if (next === undefined) return undefined;
    if ('$`"\\'.includes(next)) { out += next; i++; } else if (next === '\n') i++; else out += c;
  }
  return out;
}

function powershellScalar(text: string, start: number, end: number): Scalar | { reason: string } {
  const lit = literalAround(text, start, end, SYNTAX.powershell);
  if (!lit) {
    let s = start;
    while (s > 0 && !/[\s=;|&(){}<>"'`,]/.test(text[s - 1])) s--;
    let e = end;
    while (e < text.length && !/[\s;|&(){}<>"'`,]/.test(text[e])) e++;
    return { contentStart: s, contentEnd: e, style: 'plain', decode: raw => (/[$`@#]/.test(raw) ? undefined : raw), escapeChars: '$`' };
  }
  const base = { contentStart: lit.contentStart, contentEnd: lit.contentEnd, style: lit.delimiter };
  if (lit.delimiter === "'") return { ...base, decode: raw => raw.replace(/''/g, "'"), escapeChars: "'" };
  return { ...base, decode: raw => (/[$`]/.test(raw) ? undefined : raw), escapeChars: '$`' };
}

// ---------------------------------------------------------------------------------------------
// HCL (Terraform): `"…"` with backslash escapes and `${`/`%{` templates

function hclScalar(text: string, start: number, end: number): Scalar | { reason: string } {
  const lit = literalAround(text, start, end, SYNTAX.terraform);
  if (!lit) return refuse('The secret is not inside a Terraform string; edit it by hand.');
  return {
    contentStart: lit.contentStart, contentEnd: lit.contentEnd, style: '"', escapeChars: '\\$%',
    decode: raw => (/[$%]\{/.test(raw) ? undefined : decodeBackslashes(raw, { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' })),
  };
}

// ---------------------------------------------------------------------------------------------
// Code string literals

/** The common escapes every C-family literal decodes the same way. */
const COMMON_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', "'": "'", '\\': '\\' };

function codeScalar(text: string, kind: LanguageKind, start: number, end: number): Scalar | { reason: string } {
  const syntax = SYNTAX[kind];
  const lit = syntax && literalAround(text, start, end, syntax);
  if (!lit) return refuse('The secret is not inside a string literal here (a comment or unusual syntax?); edit it by hand.');
  const base = { contentStart: lit.contentStart, contentEnd: lit.contentEnd, style: lit.delimiter };
  const interpolates = interpolationMarker(kind, lit);
  const decode = (raw: string): string | undefined => {
    if (interpolates && interpolates.test(raw)) return undefined;
    if (isRaw(kind, lit)) {
      if (kind === 'csharp' && raw.includes('""')) return undefined;
      return raw;
    }
    // Single-quoted Ruby/PHP strings only know `\\` and `\'`.
    if ((kind === 'ruby' || kind === 'php') && lit.delimiter === "'") return raw.replace(/\\([\\'])/g, '$1');
    return decodeBackslashes(raw, COMMON_ESCAPES);
  };
  return { ...base, decode, escapeChars: isRaw(kind, lit) ? '' : '\\' };
}

/** Literals where a backslash is a plain character. */
function isRaw(kind: LanguageKind, lit: StringLiteral): boolean {
  if (SYNTAX[kind]?.rawQuotes?.includes(lit.delimiter)) return true;
  switch (kind) {
    case 'python': return /r/i.test(lit.prefix);
    case 'csharp': return lit.prefix.includes('@') || lit.delimiter === '"""';
    case 'rust': case 'dart': return lit.prefix.includes('r');
    case 'cpp': return lit.prefix.includes('R');
    default: return false;
  }
}

/** Text that, inside this literal, is an interpolation or a doubled-brace escape rather than plain text. */
function interpolationMarker(kind: LanguageKind, lit: StringLiteral): RegExp | undefined {
  switch (kind) {
    case 'js': return lit.delimiter === '`' ? /\$\{/ : undefined;
    case 'python': return /f/i.test(lit.prefix) ? /[{}]/ : undefined;
    case 'csharp': return lit.prefix.includes('$') ? /[{}]/ : undefined;
    case 'ruby': case 'elixir': return lit.delimiter === "'" ? undefined : /#\{/;
    case 'php': return lit.delimiter === "'" ? undefined : /\$/;
    case 'dart': case 'kotlin': return /\$/;
    case 'scala': return /s|f/.test(lit.prefix) ? /\$/ : undefined;
    case 'swift': return /\\\(/;
    default: return undefined;
  }
}

/** Decodes `\x` escapes from `table`; undefined on any other escape (`\u`, `\x41`, octal…). */
function decodeBackslashes(raw: string, table: Record<string, string>): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') { out += raw[i]; continue; }
    const c = raw[++i];
    if (c === undefined || !(c in table)) return undefined;
    out += table[c];
  }
  return out;
}
