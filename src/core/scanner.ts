/**
 * The scanning pipeline: keyword prefilter → rule finders on small windows →
 * shared false-positive filters → rule validators → findings with masked values.
 */

import { assignedNameBefore, envNameFor } from './assignment';
import { isPlaceholder, isReference } from './filters';
import { isKnownExample } from './knownExamples';
import { KeywordIndex } from './prefilter';
import { insideRanges, pythonDocstrings } from './pythonStrings';
import { fingerprint, maskSecret, valueHash } from './redact';
import { isConfigLike, isDocumentation, isSourceMap, isTestOrExamplePath } from './fileKinds';
import { IGNORE_MARKER, inlineIgnoreAt } from './suppress';
import { LineIndex, lineEndWithin, lineStartWithin, shannonEntropy } from './text';
import type { Finding, RawMatch, Rule, RuleContext, ScanContext, Severity } from './types';

/** Longest stretch of a single line a window covers; keeps minified files linear. */
const DEFAULT_BEFORE = 256;
const DEFAULT_AFTER = 2048;
/** Longest token a default window is trusted to have seen whole when it ends mid-line. */
const WINDOW_OVERLAP = 512;
/** How much of a file a `paths` rule reads. */
const WHOLE_FILE_LIMIT = 64 * 1024;
/** How far `wholeLines` windows extend to reach a line boundary. */
const WHOLE_LINE_SLACK = 2048;

export interface ScannerOptions {
  /** Rule ids to skip. */
  disabledRules?: Iterable<string>;
  /** Per-rule severity overrides. */
  severity?: Record<string, Severity>;
  /** Honour `secret-hygiene:ignore` comments (default true). */
  inlineIgnores?: boolean;
}

interface CompiledRule {
  rule: Rule;
  pattern?: RegExp;
}

const CONFIDENCE_RANK = { 'verified-format': 3, provider: 2, generic: 1 } as const;

export class Scanner {
  private readonly rules: CompiledRule[];
  private readonly byKeyword = new Map<string, CompiledRule[]>();
  private readonly index: KeywordIndex;
  private readonly options: ScannerOptions;
  private readonly pathRules: CompiledRule[];
  private readonly providerPrefixes = new Set<string>();
  private longestPrefix = 0;

  constructor(rules: readonly Rule[], options: ScannerOptions = {}) {
    const disabled = new Set(options.disabledRules ?? []);
    this.options = options;
    this.rules = rules
      .filter(r => !disabled.has(r.id))
      .map(rule => ({
        rule,
        // `d` gives the offsets of the `secret` group; `g` lets us walk a window.
        pattern: rule.pattern && new RegExp(rule.pattern.source, withFlags(rule.pattern.flags, 'dg')),
      }));
    for (const compiled of this.rules) {
      for (const kw of compiled.rule.keywords) {
        const key = kw.toLowerCase();
        const list = this.byKeyword.get(key) ?? [];
        list.push(compiled);
        this.byKeyword.set(key, list);
      }
    }
    this.index = new KeywordIndex(this.byKeyword.keys());
    this.pathRules = this.rules.filter(r => r.rule.paths);
    for (const prefix of providerPrefixes(rules)) {
      this.providerPrefixes.add(prefix);
      this.longestPrefix = Math.max(this.longestPrefix, prefix.length);
    }
  }

  scan(text: string, context: ScanContext = {}): Finding[] {
    // A source map repeats sources that are scanned on their own, plus base64 mappings.
    if (isSourceMap(context.path)) return [];
    const ctx: RuleContext = { ...context, text, configLike: isConfigLike(context.path, context.languageId) };
    const raw = this.collect(text, ctx).filter(x => !this.isLookAlike(x.rule, x.match));
    const kept = resolveOverlaps(raw);
    const lines = new LineIndex(text);
    const findings: Finding[] = [];
    const sampleFile = isTestOrExamplePath(context.path) || isDocumentation(context.path);
    // One look for the marker per scan, so files without it pay nothing per finding.
    const mayIgnore = this.options.inlineIgnores !== false && text.includes(IGNORE_MARKER);
    const inDocstring = docstringSample(text, context);
    for (const { rule, match } of kept) {
      if (mayIgnore && inlineIgnoreAt(text, match.start, rule.id)) continue;
      const shown = sampleFile ? asSample(match, rule) : inDocstring(rule, match) ? asSample(match, rule, 'in a docstring') : match;
      findings.push(this.toFinding(rule, shown, lines, text));
    }
    linkPairs(findings);
    return findings;
  }

  /**
   * A generic match whose value begins with a provider's prefix (`ghp_`, `npm_`, `sk-ant-`) is
   * that provider's format: when the provider rule did not claim it (bad checksum, wrong length)
   * it is a look-alike, not a credential of unknown kind. Valid ones the provider rule reports.
   */
  private isLookAlike(rule: Rule, match: RawMatch): boolean {
    if ((match.confidence ?? rule.confidence) !== 'generic') return false;
    const value = match.value.toLowerCase();
    for (let n = Math.min(value.length - 1, this.longestPrefix); n >= 3; n--) {
      if (this.providerPrefixes.has(value.slice(0, n))) return true;
    }
    return false;
  }

  /** Runs each rule once per window around its keyword hits. */
  private collect(text: string, ctx: RuleContext): { rule: Rule; match: RawMatch }[] {
    const out: { rule: Rule; match: RawMatch }[] = [];
    const scannedUntil = new Map<CompiledRule, number>();
    const seen = new Set<string>();
    this.index.forEachHit(text, (offset, keyword) => {
      for (const compiled of this.byKeyword.get(keyword)!) {
        if (offset < (scannedUntil.get(compiled) ?? -1)) continue;
        const [from, to] = windowAround(text, offset, compiled.rule);
        // A window cut mid-line may have cut a token too: let hits near its end open a new one.
        const cutMidLine = to < text.length && text[to] !== '\n' && text[to] !== '\r';
        scannedUntil.set(compiled, cutMidLine ? Math.max(offset + 1, to - WINDOW_OVERLAP) : to);
        for (const match of this.runRule(compiled, text, from, to, ctx)) {
          const key = `${compiled.rule.id}:${match.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ rule: compiled.rule, match });
        }
      }
    });
    const path = ctx.path?.replace(/\\/g, '/');
    for (const compiled of path ? this.pathRules : []) {
      if (!compiled.rule.paths!.test(path!)) continue;
      for (const match of this.runRule(compiled, text, 0, Math.min(text.length, WHOLE_FILE_LIMIT), ctx)) {
        if (!seen.has(`${compiled.rule.id}:${match.start}`)) out.push({ rule: compiled.rule, match });
      }
    }
    return out;
  }

  private runRule(compiled: CompiledRule, text: string, from: number, to: number, ctx: RuleContext): RawMatch[] {
    const { rule, pattern } = compiled;
    const window = text.slice(from, to);
    const candidates: RawMatch[] = [];
    if (rule.find) candidates.push(...rule.find(window, from, ctx));
    if (pattern) {
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(window))) {
        const span = m.indices?.groups?.secret ?? m.indices![0];
        candidates.push({ start: from + span[0], end: from + span[1], value: window.slice(span[0], span[1]) });
        if (m[0].length === 0) pattern.lastIndex++;
      }
    }
    const accepted: RawMatch[] = [];
    for (const candidate of candidates) {
      const checked = acceptCandidate(rule, candidate, ctx);
      if (checked) accepted.push(checked);
    }
    return accepted;
  }

  private toFinding(rule: Rule, match: RawMatch, lines: LineIndex, text: string): Finding {
    const assignedName = match.assignedName ?? assignedNameBefore(text, match.start);
    const severity = this.options.severity?.[rule.id] ?? match.severity ?? rule.severity;
    return {
      ruleId: rule.id,
      provider: rule.provider,
      title: match.title ?? rule.title,
      severity,
      confidence: match.confidence ?? rule.confidence,
      range: { start: lines.position(match.start), end: lines.position(match.end) },
      masked: rule.valueIsCode ? shortenCode(match.value) : maskSecret(match.value),
      envVar: envNameFor(rule, assignedName),
      fingerprint: fingerprint(rule.id, match.value),
      valueHash: valueHash(match.value),
      ...(match.detail ? { detail: match.detail } : {}),
      ...(match.reasons ? { reasons: match.reasons } : {}),
      ...(assignedName ? { assignedName } : {}),
      ...(rule.rotateUrl ? { rotateUrl: rule.rotateUrl } : {}),
    };
  }
}

/**
 * Literal prefixes of provider token formats: the keywords of provider rules whose pattern starts
 * with them (`prefixed()` rules). Keywords that are words (`heroku`, `password`) are not prefixes.
 */
function providerPrefixes(rules: readonly Rule[]): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    if (rule.confidence === 'generic' || rule.valueIsCode || !rule.pattern) continue;
    const source = rule.pattern.source.replace(/\\(.)/g, '$1').toLowerCase();
    for (const kw of rule.keywords) {
      const k = kw.toLowerCase();
      // The pattern's secret begins with the keyword: `(?<secret>(?:ghp_|gho_)…`.
      if (/[^a-z]/.test(k) && (source.includes(`(?<secret>(?:${k}`) || source.includes(`|${k}`) || source.includes(`(?<secret>${k}`))) out.push(k);
    }
  }
  return out;
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

/**
 * Tests, fixtures, examples and docs mostly hold dummies: still reported (a real key there
 * is still a leak) but one severity level lower, and said so.
 */
function asSample(match: RawMatch, rule: Rule, where = 'in a test, example or docs file'): RawMatch {
  const severity = LOWER[match.severity ?? rule.severity];
  const detail = [match.detail, where].filter(Boolean).join('; ');
  return { ...match, severity, detail };
}

/**
 * Generic findings (a name plus an entropy check, no format to go by) inside a Python docstring
 * are its examples (`urlopen(..., passwd='geheim$parole')`): treated like a docs file. A token
 * with a provider's format is as live in a docstring as anywhere.
 */
function docstringSample(text: string, context: ScanContext): (rule: Rule, match: RawMatch) => boolean {
  if (!/\.pyi?$/i.test(context.path ?? '') && context.languageId !== 'python') return () => false;
  let docstrings: number[] | undefined;
  return (rule, match) => (match.confidence ?? rule.confidence) === 'generic' && !rule.valueIsCode
    && insideRanges(docstrings ??= pythonDocstrings(text), match.start);
}

/** The shared filters every candidate passes, then the rule's own checks. */
function acceptCandidate(rule: Rule, candidate: RawMatch, ctx: RuleContext): RawMatch | undefined {
  const { value } = candidate;
  if (!rule.skipPlaceholderCheck && (isPlaceholder(value) || isReference(value))) return undefined;
  if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) return undefined;
  if (rule.context) {
    const near = ctx.text.slice(Math.max(0, candidate.start - rule.context.chars), candidate.end + rule.context.chars);
    if (!rule.context.pattern.test(near)) return undefined;
  }
  if (isKnownExample(value)) return undefined;
  if (rule.validate) {
    const verdict = rule.validate(value, ctx, candidate);
    if (verdict === false) return undefined;
    if (typeof verdict === 'object') return { ...candidate, ...verdict };
  }
  return candidate;
}

function windowAround(text: string, offset: number, rule: Rule): [number, number] {
  const w = rule.window;
  if (w) {
    let from = Math.max(0, offset - w.before);
    let to = Math.min(text.length, offset + w.after);
    if (w.wholeLines) {
      // Whole lines, but never more than a few KB beyond the requested span on one long line.
      from = lineStartWithin(text, from, WHOLE_LINE_SLACK);
      to = lineEndWithin(text, to, WHOLE_LINE_SLACK);
    }
    return [from, to];
  }
  return [lineStartWithin(text, offset, DEFAULT_BEFORE), lineEndWithin(text, offset, DEFAULT_AFTER)];
}

/**
 * When two rules claim overlapping text, keep the more certain one (checksum > provider >
 * generic), then the longer match: `api_key = "sk-proj-…"` is an OpenAI key, not a generic one.
 */
function resolveOverlaps(items: { rule: Rule; match: RawMatch }[]): { rule: Rule; match: RawMatch }[] {
  const rank = (x: { rule: Rule; match: RawMatch }) =>
    CONFIDENCE_RANK[x.match.confidence ?? x.rule.confidence] * 1e6 + (x.match.end - x.match.start);
  const sorted = [...items].sort((a, b) => rank(b) - rank(a));
  const kept: { rule: Rule; match: RawMatch }[] = [];
  for (const item of sorted) {
    const clash = kept.some(k => item.match.start < k.match.end && k.match.start < item.match.end);
    if (!clash) kept.push(item);
  }
  return kept.sort((a, b) => a.match.start - b.match.start);
}

/** Pairs such as an AWS key id and its secret access key point at each other. */
function linkPairs(findings: Finding[]): void {
  const PAIRS: [string, string][] = [['aws-access-key-id', 'aws-secret-access-key']];
  for (const [a, b] of PAIRS) {
    const left = findings.filter(f => f.ruleId === a);
    const right = findings.filter(f => f.ruleId === b);
    if (!left.length || !right.length) continue;
    for (const f of left) f.related = right.map(r => ({ ruleId: r.ruleId, range: r.range, fingerprint: r.fingerprint }));
    for (const f of right) f.related = left.map(l => ({ ruleId: l.ruleId, range: l.range, fingerprint: l.fingerprint }));
  }
}

/** Code shown in place of a masked value (rules with `valueIsCode`): one line, at most ~60 characters. */
function shortenCode(code: string): string {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

function withFlags(flags: string, extra: string): string {
  let out = flags;
  for (const f of extra) if (!out.includes(f)) out += f;
  return out;
}
