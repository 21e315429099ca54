/**
 * The scanning pipeline: keyword prefilter → rule finders on small windows →
 * shared false-positive filters → rule validators → findings with masked values.
 *
 * About 400 lines: the stages share the per-scan bookkeeping (windows read, matches seen), and
 * the overlap resolver below is the one place that decides between rules.
 */

import { isApiSpec, underExampleKey } from './apiExamples';
import { assignedNameBefore, envNameFor } from './assignment';
import { secretDataValues, type DecodedValue } from './kubernetesSecret';
import { notebookTexts } from './notebooks';
import { isMarkupPage, markupAsMarkdown, quotedPrintableAsText, rtfAsText } from './markupText';
import { ENCODED_COMMAND_FLAGS, HEX_DECODERS, decodedBlobs, decodedHexLiterals, encodedPowerShellCommands, richTextArrays, stringsQuotingWithin, unescapedJsonStrings, yamlStringsQuotingWithin } from './encodedBlobs';
import { CODE_LIST_OPENERS, splitLiterals, textSpelledAsCodes } from './splitValues';
import { inProviderFamily } from './rules/formatFamilies';
import { minGroupLength } from './regexLength';
import { GENERIC_RULE_ID, isSecretsEntry } from './rules/generic';
import { normaliseName } from './rules/names';
import { isPlaceholder, isReference } from './filters';
import { isKnownExample } from './knownExamples';
import { KeywordIndex, type ChunkHits } from './prefilter';
import { advanceOccurrences, newOccurrenceRecord, recordOccurrence } from './occurrences';
import { insideRanges, pythonDocstrings } from './lang';
import { escapeControls, fingerprint, legacyFingerprint, maskedDisplay, valueHash } from './redact';
import { embeddedFiles, nixWrittenFiles, yamlBlockFiles } from './embeddedFiles';
import { diffMarkAt, diffOffset, diffSides, mayHoldDiff } from './unifiedDiff';
import { withoutFormatSuffixes } from './lang/model';
import { codeLanguageOf, syntaxLanguageOf } from './lang/languages';
import { continuedLines } from './continuedLines';
import { withCopies } from './copies';
import { isConfigLike, isDocumentation, isLockfile, isTestOrExamplePath } from './fileKinds';
import { IGNORE_MARKER, inlineIgnoreAt } from './suppress';
import { LineBounds, LineIndex, lineStartWithin, shannonEntropy } from './text';
import type { Finding, RawMatch, Rule, RuleContext, ScanContext, Severity, WatchedLiterals } from './types';

/** Longest stretch of a single line a window covers; keeps minified files linear. */
const DEFAULT_BEFORE = 256;
const DEFAULT_AFTER = 2048;
/** Longest token a default window is trusted to have seen whole when it ends mid-line. */
const WINDOW_OVERLAP = 512;
/** Files whose JSON strings may hold text with escaped slashes: exports, API dumps, notebooks, JSON logs. */
const JSON_TEXT = /\.(?:json|jsonl|ndjson|har|ipynb)$/i;
/** How much of a file a `paths` rule reads. */
const WHOLE_FILE_LIMIT = 64 * 1024;
/** How far `wholeLines` windows extend to reach a line boundary. */
const WHOLE_LINE_SLACK = 2048;

/**
 * How a caller steers one scan. `shouldStop` is asked once per 16 K characters: true ends the
 * scan there, with the findings so far. For a scan whose result will be thrown away (an editor
 * scan a newer one replaced); a stopped scan's findings are incomplete.
 */
export interface ScanControl {
  shouldStop?: () => boolean;
}

export interface ScannerOptions {
  /** Rule ids to skip. */
  disabledRules?: Iterable<string>;
  /** Per-rule severity overrides. */
  severity?: Record<string, Severity>;
  /** Honour `secret-hygiene:ignore` comments (default true). */
  inlineIgnores?: boolean;
  /** Findings reported per scanned text at most (default MAX_FINDINGS_PER_FILE). */
  maxFindingsPerFile?: number;
}

/** Findings per file past which the rest are counted, not reported (see `Scanner.scanCapped`). */
export const MAX_FINDINGS_PER_FILE = 1000;

export interface CappedScan {
  findings: Finding[];
  /** Findings left out by the per-file cap (0 when under it). */
  dropped: number;
}

interface CompiledRule {
  rule: Rule;
  pattern?: RegExp;
  /** Position in `Scanner.rules`: indexes the per-scan bookkeeping arrays. */
  index: number;
}

const CONFIDENCE_RANK = { 'verified-format': 3, provider: 2, generic: 1 } as const;

export class Scanner {
  private readonly rules: CompiledRule[];
  private readonly index: KeywordIndex;
  /** Per keyword id: the rules it triggers, and the watches (by number) it belongs to. */
  private readonly rulesById: CompiledRule[][];
  private readonly watchesById: number[][];
  private readonly watches = new Map<WatchedLiterals, number>();
  private readonly options: ScannerOptions;
  /** Rule-id pairs to link, each once (from the rules' `pairedWith`). */
  private readonly pairs: [string, string][];
  private readonly pathRules: CompiledRule[];
  /** Provider prefixes one letter off, built on first use (see asMistypedPrefix). */
  private nearPrefixes: Map<string, string> | undefined;
  private readonly fileNameRules: CompiledRule[];
  private readonly providerPrefixes = new Set<string>();
  /** Prefixes of shapes only observed, each with the shortest value of that shape. */
  private readonly observedPrefixes = new Map<string, number>();
  /** Literals whose places the keyword pass records for `collectDecoded`: providers' prefixes, byte arrays' openers, hex decoders. */
  private readonly prefixWatch: WatchedLiterals;
  private readonly codeListWatch: WatchedLiterals;
  private readonly hexDecoderWatch: WatchedLiterals;
  private readonly encodedCommandWatch: WatchedLiterals;
  private longestPrefix = 0;

  constructor(rules: readonly Rule[], options: ScannerOptions = {}) {
    const disabled = new Set(options.disabledRules ?? []);
    this.options = options;
    this.rules = rules
      .filter(r => !disabled.has(r.id))
      .map((rule, index) => ({
        rule,
        // `d` gives the offsets of the `secret` group; `g` lets us walk a window.
        pattern: rule.pattern && new RegExp(rule.pattern.source, withFlags(rule.pattern.flags, 'dg')),
        index,
      }));
    // Where a hidden token may begin (splitValues.ts): a provider's prefix (a keyword of its rule
    // with a mark in it, `ghp_`, `sg.`), and what writes a byte array.
    // (And a prefix of capitals alone, four or more of them: AWS's `AKIA`, Square's `EAAA`.)
    this.prefixWatch = { literals: [...new Set(this.rules.filter(c => c.rule.confidence !== 'generic').flatMap(c => [...c.rule.keywords
      .filter(k => (/^[a-z0-9][\x21-\x7e]*$/i.test(k) && /[^a-z]/i.test(k)) || (/^[a-z]{4,8}$/i.test(k) && !!c.rule.pattern?.source.includes(k.toUpperCase())))])
      .filter(k => k.length >= 3).map(k => k.toLowerCase()))] };
    this.codeListWatch = { literals: CODE_LIST_OPENERS };
    this.hexDecoderWatch = { literals: HEX_DECODERS };
    this.encodedCommandWatch = { literals: ENCODED_COMMAND_FLAGS };
    const ownWatches = [this.prefixWatch, this.codeListWatch, this.hexDecoderWatch, this.encodedCommandWatch];
    // One index for the rules' keywords and the literals they watch; an id's rules and watches.
    const keywords = [...new Set([...this.rules.flatMap(c => [...c.rule.keywords, ...(c.rule.watches ?? []).flatMap(w => w.literals)]),
      ...ownWatches.flatMap(w => w.literals)].map(k => k.toLowerCase()))];
    this.index = new KeywordIndex(keywords);
    this.rulesById = keywords.map(() => []);
    this.watchesById = keywords.map(() => []);
    for (const compiled of this.rules) {
      for (const kw of new Set(compiled.rule.keywords.map(k => k.toLowerCase()))) this.rulesById[this.index.idOf(kw)!].push(compiled);
    }
    for (const watch of [...this.rules.flatMap(c => c.rule.watches ?? []), ...ownWatches]) {
      if (this.watches.has(watch)) continue;
      this.watches.set(watch, this.watches.size);
      for (const literal of new Set(watch.literals.map(k => k.toLowerCase()))) this.watchesById[this.index.idOf(literal)!].push(this.watches.get(watch)!);
    }
    const ids = new Set(this.rules.map(c => c.rule.id));
    this.pairs = this.rules
      .filter(({ rule }) => rule.pairedWith && ids.has(rule.pairedWith) && rule.id < rule.pairedWith)
      .map(({ rule }) => [rule.id, rule.pairedWith!]);
    this.pathRules = this.rules.filter(r => r.rule.paths);
    this.fileNameRules = this.rules.filter(r => r.rule.fileNames);
    // A shape only observed, not documented (`glc_` + base64 JSON, `r8_` + 37): a value failing it may be a key
    // of a newer shape. Only one shorter than the shape is a look-alike (a truncated key, a wrong length).
    // (A prefix a documented rule shares counts whole.)
    const found = providerPrefixes(rules);
    const documented = new Set(found.filter(({ rule }) => !isObservedShape(rule)).map(({ prefix }) => prefix));
    for (const { prefix, rule } of found) {
      if (!documented.has(prefix)) {
        const shortest = minGroupLength(rule.pattern!.source, 'secret');
        this.observedPrefixes.set(prefix, Math.max(this.observedPrefixes.get(prefix) ?? 0, shortest));
      } else this.providerPrefixes.add(prefix);
      this.longestPrefix = Math.max(this.longestPrefix, prefix.length);
    }
  }

  /** `control.shouldStop` ends a scan early, for a result nobody will read (see ScanControl). */
  scan(text: string, context: ScanContext = {}, control: ScanControl = {}): Finding[] {
    return this.scanCapped(text, context, control).findings;
  }

  /**
   * `scan`, plus how many findings the per-file cap left out (`dropped`): past
   * `maxFindingsPerFile` a file is generated data or a dump, and more of the same would only
   * cost hashing, checks and report size. The first ones in the file are kept.
   */
  scanCapped(text: string, context: ScanContext = {}, control: ScanControl = {}): CappedScan {
    // Rules read paths with `/` separators whatever the host (`C:\\Users\\…\\sitemanager.xml`).
    const path = context.path?.replace(/\\/g, '/');
    const ctx: RuleContext = { ...context, ...(path === undefined ? {} : { path }), text, configLike: isConfigLike(path, context.languageId), valuesFound: [], occurrences: undefined };
    const direct = this.collect(text, ctx, control);
    const lockfile = isLockfile(path);
    const raw = [...direct, ...this.collectDecoded(ctx, control, direct), ...this.collectEmbedded(ctx, control), ...this.collectDiffSides(ctx, control)].map(x => this.asProviderToken(x, ctx, control))
      .filter(x => !x.match.providerOnly)
      // A lockfile's hex is a digest, whatever name sits beside it (a run summary's `SENTRY_AUTH_TOKEN=<sha256>`).
      .filter(x => !(lockfile && /^[0-9a-f]{32,128}$/i.test(x.match.value)))
      .filter(x => !this.isLookAlike(x.rule, x.match)).map(x => this.asMistypedPrefix(x));
    const first = resolveOverlaps(raw);
    // Every other copy of a reported value, reported too: a fix moves one (copies.ts).
    const all = withCopies(first, text);
    const resolved = all.length > first.length ? resolveOverlaps(all) : first;
    // One look for the marker per scan, so files without it pay nothing per finding.
    const mayIgnore = this.options.inlineIgnores !== false && text.includes(IGNORE_MARKER);
    const kept = mayIgnore ? resolved.filter(({ rule, match }) => !inlineIgnoreAt(text, match.start, rule.id)) : resolved;
    const cap = this.options.maxFindingsPerFile ?? MAX_FINDINGS_PER_FILE;
    const lines = new LineIndex(text);
    const findings: Finding[] = [];
    const sampleFile = isTestOrExamplePath(context.path) || isDocumentation(context.path);
    const inDocstring = docstringSample(text, context);
    const inApiExample = apiExampleSample(text, path);
    for (const { rule, match } of kept.length > cap ? kept.slice(0, cap) : kept) {
      const shown = sampleFile ? asSample(match, rule)
        : inDocstring(rule, match) ? asSample(match, rule, 'in a docstring')
          : inApiExample(rule, match) ? asSample(match, rule, 'in an API example') : match;
      findings.push(this.toFinding(rule, shown, lines, text));
    }
    if (this.pairs.length) linkPairs(findings, this.pairs);
    return { findings, dropped: Math.max(0, kept.length - cap) };
  }

  /**
   * A key split into joined literals (`"os_v2_app_" + "…"`) is no provider's text, but its joined
   * value may be one: the provider rules read it, and a provider's match takes the generic one's place.
   */
  private asProviderToken(x: { rule: Rule; match: RawMatch }, ctx: RuleContext, control: ScanControl): { rule: Rule; match: RawMatch } {
    if (!x.match.joined) return x;
    const inner: RuleContext = { ...ctx, text: x.match.value, valuesFound: [], occurrences: undefined };
    // (A URL built from pieces, `fmt.Sprintf("redis://:%s@%s:6379", "…", "cache")`: its password is a part of it, reported on the whole.)
    const url = /^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(x.match.value);
    const whole = this.collect(x.match.value, inner, control)
      .find(({ rule, match }) => (match.confidence ?? rule.confidence) !== 'generic' && (url || (match.start === 0 && match.end === x.match.value.length)));
    return whole ? { rule: whole.rule, match: { ...whole.match, start: x.match.start, end: x.match.end, assignedName: x.match.assignedName, joined: true, providerOnly: false } } : x;
  }

  /**
   * A generic match whose value begins with a provider's prefix (`ghp_`, `npm_`, `sk-ant-`) is
   * that provider's format: when the provider rule did not claim it (bad checksum, wrong length)
   * it is a look-alike, not a credential of unknown kind. Valid ones the provider rule reports.
   */
  private isLookAlike(rule: Rule, match: RawMatch): boolean {
    if ((match.confidence ?? rule.confidence) !== 'generic') return false;
    // Base64 of a JSON object with no dots is no JWT gone wrong: a token of its own (Upstash QStash's).
    if (/^eyJ[A-Za-z0-9+/_-]{20,}={0,2}$/.test(match.value)) return false;
    if (inProviderFamily(match.value)) return true;
    const value = match.value.toLowerCase();
    for (let n = Math.min(value.length - 1, this.longestPrefix); n >= 3; n--) {
      if (this.providerPrefixes.has(value.slice(0, n)) || this.providerPrefixes.has(match.value.slice(0, n))) return true;
      const shortest = this.observedPrefixes.get(value.slice(0, n)) ?? this.observedPrefixes.get(match.value.slice(0, n));
      if (shortest !== undefined) return match.value.length < shortest;
    }
    return false;
  }

  /**
   * A generic match whose prefix is one letter off a provider's (`gph_` for `ghp_`, `npn_` for
   * `npm_`, `xoxq-` for `xoxp-`): a mistyped or made-up token more often than an unknown
   * service's. Reported as information, so that a real one is still seen.
   */
  private asMistypedPrefix(x: { rule: Rule; match: RawMatch }): { rule: Rule; match: RawMatch } {
    if ((x.match.confidence ?? x.rule.confidence) !== 'generic') return x;
    const prefix = /^[A-Za-z]{3,6}[_-]/.exec(x.match.value)?.[0].toLowerCase();
    // (A token's random part is long; a password's first word is no prefix: `Prn-Fl33t-9vKq`.)
    const near = prefix && x.match.value.length - prefix.length >= 16 && !this.isPrefix(prefix) ? this.oneLetterOff().get(prefix) : undefined;
    if (!near) return x;
    return { rule: x.rule, match: { ...x.match, severity: 'info', detail: [x.match.detail, `one letter off ${near}'s prefix: a mistyped or made-up token?`].filter(Boolean).join('; ') } };
  }

  /** A provider's prefix, of a documented or an observed shape. */
  private isPrefix(prefix: string): boolean {
    return this.providerPrefixes.has(prefix) || this.observedPrefixes.has(prefix);
  }

  /** Each distinctive prefix of letters and a separator (`ghp_`), changed in one letter or two swapped: → the prefix. */
  private oneLetterOff(): Map<string, string> {
    if (this.nearPrefixes) return this.nearPrefixes;
    const near = new Map<string, string>();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const p of [...this.providerPrefixes, ...this.observedPrefixes.keys()]) {
      if (!/^[a-z]{3,6}[_-]$/.test(p)) continue;
      const body = p.slice(0, -1), sep = p.slice(-1);
      const add = (variant: string) => { if (variant !== body && !this.isPrefix(variant + sep) && !near.has(variant + sep)) near.set(variant + sep, p); };
      for (let i = 0; i < body.length; i++) {
        for (const c of letters) add(body.slice(0, i) + c + body.slice(i + 1));
        if (i + 1 < body.length) add(body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2));
      }
    }
    return (this.nearPrefixes = near);
  }

  /**
   * Provider tokens base64-encoded in a Kubernetes Secret's `data:` (an AWS key, a connection
   * string), or in a literal the file decodes (`echo "…" | base64 -d > .env`): each decoded value
   * scanned with the provider rules, the finding placed on the encoded value. The generic rule
   * judges a decoded single value itself; a decoded document (a `.dockerconfigjson`, an
   * application.yml) has names of its own, read here like any file's.
   */
  private collectDecoded(ctx: RuleContext, control: ScanControl, direct: readonly { rule: Rule; match: RawMatch }[]): { rule: Rule; match: RawMatch }[] {
    const out: { rule: Rule; match: RawMatch }[] = [];
    // A token decoded into a name (`WEBHOOK_SECRET = Base64.decode64("…")`) is judged as that name's value.
    const asRead = (entry: DecodedValue, where: string, name = entry.name) => (name && !/["\\]/.test(entry.decoded)
      ? { entry: { ...entry, decoded: `${name} = "${entry.decoded}"` }, where, text: true }
      : { entry: withLeadingLine(ctx.text, entry), where, text: false });
    // A Secret's data holds secrets under any names (`cohere: <base64>`): each is judged as a secret's value,
    // unless its name says it is something else (`model`, `host`).
    const secretData = secretDataValues(ctx.path, ctx.text).map(entry => {
      const member = normaliseName(entry.name.replace(/[^A-Za-z0-9]+/g, '_'));
      // (A JSON object is a document with names of its own, one member or many: `{"api_token": "…"}`.)
      return /^\w{1,60}$/.test(member) && !/[\r\n]/.test(entry.decoded) && !/^\s*\{\s*"/.test(entry.decoded) && isSecretsEntry(member, entry.decoded) ? asRead(entry, 'base64-encoded in a Kubernetes Secret', `secret_${member}`)
        : { entry, where: 'base64-encoded in a Kubernetes Secret', text: false };
    });
    const blobs = [...decodedBlobs(ctx.text, ctx.path).map(entry => asRead(entry, 'base64-encoded, decoded by the file')),
      ...decodedHexLiterals(ctx.text, this.placesOf(ctx, this.hexDecoderWatch)).map(entry => asRead(entry, 'hex-encoded, decoded by the file'))];
    // A script PowerShell is handed encoded (`-EncodedCommand <base64>`): read as the PowerShell it runs.
    const scripts = encodedPowerShellCommands(ctx.text, this.placesOf(ctx, this.encodedCommandWatch))
      .map(entry => ({ entry, where: 'in a PowerShell -EncodedCommand', text: true, path: `${ctx.path ?? 'command'}.ps1` }));
    // A token split into literals the code joins, or spelled as its characters' codes: read as the token.
    // (Unless the text as written already holds a finding there: a PEM key's lines in a list are that key.)
    // (Not a generic look-alike of the first piece alone: `TOKEN = (⏎ "xoxb-…"⏎ "…")` read as its first literal, a broken token.)
    const foundAt = overlapTest(direct.filter(x => !x.match.providerOnly && !this.isLookAlike(x.rule, x.match)).map(({ match }) => match));
    const hidden = [...splitLiterals(ctx.text, this.placesOf(ctx, this.prefixWatch)).map(entry => ({ entry, where: 'split into string literals the code joins', text: false })),
      ...textSpelledAsCodes(ctx.text, this.placesOf(ctx, this.codeListWatch)).map(entry => ({ entry, where: "spelled as its characters' codes", text: false }))]
      .filter(({ entry }) => !foundAt(entry));
    // JSON strings with `\/` or `\n` are text (a chat message, a logged request): read by every rule.
    // A notebook's cells are read whole, each as the language it is written in.
    const notebook = /\.ipynb$/i.test(ctx.path ?? '');
    const escaped = notebook ? notebookTexts(ctx.text).map(entry => ({ entry, where: 'in a notebook cell', text: true, path: `${ctx.path}.${entry.extension}` }))
      // (A JSON string that quotes within itself, `"input": "\"b2_key\": \"…\""` in a test table, is read as code in a string is.)
      : JSON_TEXT.test(ctx.path ?? '') ? jsonStringsToRead(ctx.text).map(entry => ({ entry, where: 'JSON-escaped', text: true, path: undefined }))
        : [...stringsQuotingWithin(ctx.text), ...(/\.ya?ml$/i.test(ctx.path ?? '') ? yamlStringsQuotingWithin(ctx.text) : [])]
          .map(entry => ({ entry, where: 'inside a string literal', text: true, path: undefined }));
    // A value wrapped over lines its syntax continues (`.properties`' `\⏎`): read as the one line the program reads.
    const marker = syntaxLanguageOf(ctx.path)?.syntax?.lineContinuation;
    const continued = marker && (ctx.text.includes(`${marker}\n`) || ctx.text.includes(`${marker}\r\n`))
      ? continuedLines(ctx.text, marker).map(entry => ({ entry, where: CONTINUED, text: true })) : [];
    // A wiki's or a help desk's page is read as the Markdown it stands for, offsets kept (markupText.ts).
    const whole = (decoded: string, where: string, path: string) => ({ entry: { name: '', start: 0, end: ctx.text.length, decoded, aligned: true }, where, text: true, path });
    const page = [
      ...(isMarkupPage(ctx.path, ctx.text) ? [whole(markupAsMarkdown(ctx.text), 'in the page\'s text', `${ctx.path}.md`)] : []),
      ...(/\.rtf$/i.test(ctx.path ?? '') ? [whole(rtfAsText(ctx.text), 'in the document\'s text', `${ctx.path}.txt`)] : []),
      // A mail's quoted-printable body (`=3D` for `=`, `=C5=82` for `ł`), read decoded.
      ...(/\.(?:eml|mbox|msg|mht|txt)$/i.test(ctx.path ?? '') && /quoted-printable/i.test(ctx.text.slice(0, 100_000)) && /=3D|=[C-F][0-9A-F]=[89AB][0-9A-F]/i.test(ctx.text)
        ? [whole(quotedPrintableAsText(ctx.text), 'quoted-printable', `${ctx.path}.txt`)] : []),
    ];
    for (const { entry, where, text, path } of [...secretData, ...blobs, ...hidden, ...continued, ...escaped, ...page, ...scripts] as { entry: DecodedValue; where: string; text: boolean; path?: string }[]) {
      const inner: RuleContext = path ? { ...ctx, path, text: entry.decoded, configLike: isConfigLike(path), valuesFound: [], occurrences: undefined }
        : { ...ctx, text: entry.decoded, configLike: true, prose: entry.prose, valuesFound: [], occurrences: undefined };
      const document = text || /^\s*\{|\n/.test(entry.decoded);
      for (const { rule, match } of this.collect(entry.decoded, inner, control)) {
        if (!document && (match.confidence ?? rule.confidence) === 'generic') continue;
        // The line before a decoded value is context: what it holds was found where it is written.
        if (entry.valueFrom !== undefined && match.end <= entry.valueFrom) continue;
        // A match within one piece is that literal's own, found where it is written.
        // One that ends inside a piece read on into a piece of something else.
        // (On lines a file continues, the last piece may close its string after the value: TOML's `…"""`, a call's `")`.)
        if (entry.boundaries && (!entry.boundaries.some(b => b > match.start && b < match.end)
          || (match.end !== entry.decoded.length && !entry.boundaries.includes(match.end) && !(where === CONTINUED && CLOSERS_ONLY.test(entry.decoded.slice(match.end)))))) continue;
        const detail = [match.detail, where].filter(Boolean).join('; ');
        // Unescaped text keeps its offsets: the finding lands on the value itself.
        const [start, end] = entry.aligned ? [entry.start + match.start, entry.start + match.end]
          : entry.offsets ? [entry.start + entry.offsets[match.start], entry.start + entry.offsets[match.end]] : [entry.start, entry.end];
        out.push({ rule, match: { ...match, start, end, assignedName: match.assignedName ?? (entry.name || undefined), detail } });
      }
    }
    return out;
  }

  /** Where the keyword pass of this text found a watch's literals (none past its record's bound). */
  private placesOf(ctx: RuleContext, watch: WatchedLiterals): number[] {
    const seen = ctx.occurrences?.(watch);
    return seen ? Array.from(seen.offsets.subarray(0, seen.count)) : [];
  }

    /** Runs each rule once per window around its keyword hits. */
  /**
   * Files the text writes from heredocs (`cat > ~/.pgpass <<EOF`), read as those files: their
   * path decides the rules, their lines keep their offsets.
   */
  private collectEmbedded(ctx: RuleContext, control: ScanControl): { rule: Rule; match: RawMatch }[] {
    const yaml = /\.ya?ml$/i.test(ctx.path ?? '');
    const nix = /\.nix$/i.test(ctx.path ?? '');
    if (!yaml && !nix && !ctx.text.includes('<<')) return [];
    const out: { rule: Rule; match: RawMatch }[] = [];
    // (And a Nix expression's `writeText "name" ''…''`: the file that string becomes.)
    for (const file of [...(ctx.text.includes('<<') ? embeddedFiles(ctx.text) : []), ...(yaml ? yamlBlockFiles(ctx.text) : []), ...(nix ? nixWrittenFiles(ctx.text) : [])]) {
      const body = ctx.text.slice(file.start, file.end);
      const inner: RuleContext = { ...ctx, path: file.path, text: body, configLike: isConfigLike(file.path), valuesFound: [], occurrences: undefined };
      for (const { rule, match } of this.collect(body, inner, control)) {
        const detail = [match.detail, file.held ? `in the ${file.path} the document holds` : file.nixWriter ? `in the ${file.path} the expression writes` : `in the ${file.path} a heredoc writes`].filter(Boolean).join('; ');
        out.push({ rule, match: { ...match, start: match.start + file.start, end: match.end + file.start, detail } });
      }
    }
    return out;
  }

  /**
   * A unified diff in the text (a `.patch` file, a pasted `git show`, a review export) read as
   * the files it changes: each file's old and new side in its own language (unifiedDiff.ts),
   * findings placed on the diff's lines. A key on a removed line is leaked too: history holds it.
   */
  private collectDiffSides(ctx: RuleContext, control: ScanControl): { rule: Rule; match: RawMatch }[] {
    // A program's source holds no diff to read (a diff parser's tests are its own): its text is not searched for one.
    if (codeLanguageOf(ctx.path, ctx.languageId) || !mayHoldDiff(ctx.text)) return [];
    const out: { rule: Rule; match: RawMatch }[] = [];
    for (const side of diffSides(ctx.text)) {
      const inner: RuleContext = { ...ctx, path: side.path, text: side.text, configLike: isConfigLike(side.path), valuesFound: [], occurrences: undefined };
      for (const { rule, match } of this.collect(side.text, inner, control)) {
        const where = `on ${DIFF_LINE[diffMarkAt(side, match.start)]} line of ${side.path} in a diff`;
        const detail = [match.detail, where].filter(Boolean).join('; ');
        out.push({ rule, match: { ...match, start: diffOffset(side, match.start), end: diffOffset(side, match.end), detail } });
      }
    }
    return out;
  }

  private collect(text: string, ctx: RuleContext, control: ScanControl): { rule: Rule; match: RawMatch }[] {
    const out: { rule: Rule; match: RawMatch }[] = [];
    // Per rule: where its last window ended (hits before that were read already); Infinity for
    // a rule that does not apply to this file (`fileNames`).
    const scannedUntil = this.startingPoints(ctx.path);
    const seen = new Set<string>();
    const lines = new LineBounds(text);
    const recorded = this.watches.size ? this.recordOccurrences(ctx) : undefined;
    this.index.forEachChunk(text, hits => {
      // The stretch's watched literals are recorded before any of its hits is acted on.
      if (recorded) recorded(hits);
      for (let k = 0; k < hits.count; k++) {
        const offset = hits.offsets[k];
        for (const compiled of this.rulesById[hits.ids[k]]) {
          if (offset < scannedUntil[compiled.index]) continue;
          const [from, to] = windowAround(text, lines, offset, compiled.rule);
          // A window cut mid-line may have cut a token too: let hits near its end open a new one.
          const cutMidLine = to < text.length && text[to] !== '\n' && text[to] !== '\r';
          // A rule that reads ahead of its keyword (a call's arguments, a line each) has not seen all a hit on
          // the window's last line reaches: such a hit opens a window of its own (at most one more a window).
          const readsAhead = to < text.length && compiled.rule.window?.readsAhead === true;
          scannedUntil[compiled.index] = cutMidLine ? Math.max(offset + 1, to - WINDOW_OVERLAP)
            : readsAhead ? Math.max(offset + 1, lines.start(Math.max(0, to - 1), WINDOW_OVERLAP)) : to;
          for (const match of this.runRule(compiled, text, from, to, ctx)) {
            const key = `${compiled.rule.id}:${match.start}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ rule: compiled.rule, match });
            if (!compiled.rule.valueIsCode) (ctx.valuesFound as RawMatch[]).push(match);
          }
        }
      }
    }, control.shouldStop);
    const path = ctx.path;
    // A template or a backup of a file is read as that file (`pgpass.j2`, `credentials.bak`).
    const asFile = path ? asTheFileItMakes(path) : undefined;
    for (const compiled of path ? this.pathRules : []) {
      if (!compiled.rule.paths!.test(path!) && !(asFile !== path && compiled.rule.paths!.test(asFile!))) continue;
      for (const match of this.runRule(compiled, text, 0, Math.min(text.length, WHOLE_FILE_LIMIT), ctx)) {
        if (!seen.has(`${compiled.rule.id}:${match.start}`)) out.push({ rule: compiled.rule, match });
      }
    }
    return out;
  }

  /**
   * Gives `ctx.occurrences` for this scan and returns the recorder the keyword pass feeds, one
   * stretch at a time (occurrences.ts keeps each watch's record, bounded on any input).
   */
  private recordOccurrences(ctx: RuleContext): (hits: ChunkHits) => void {
    const records = [...this.watches.values()].map(() => newOccurrenceRecord());
    ctx.occurrences = watch => { const k = this.watches.get(watch); return k === undefined ? undefined : records[k]; };
    return hits => {
      for (let k = 0; k < hits.count; k++) {
        const watches = this.watchesById[hits.ids[k]];
        for (let w = 0; w < watches.length; w++) recordOccurrence(records[watches[w]], hits.offsets[k], this.index.lengthOf(hits.ids[k]));
      }
      for (const r of records) advanceOccurrences(r, hits.knownTo);
    };
  }

  /** Per rule, the offset its first window may start at: 0, or never for rules of other files. */
  private startingPoints(path: string | undefined): Float64Array {
    const from = new Float64Array(this.rules.length);
    const base = (path ?? '').split('/').pop()!.toLowerCase();
    const asFile = asTheFileItMakes(base);
    for (const compiled of this.fileNameRules) {
      if (!compiled.rule.fileNames!.test(base) && !compiled.rule.fileNames!.test(asFile)) from[compiled.index] = Infinity;
    }
    return from;
  }

  private runRule(compiled: CompiledRule, text: string, from: number, to: number, ctx: RuleContext): RawMatch[] {
    const { rule, pattern } = compiled;
    const window = text.slice(from, to);
    const candidates: RawMatch[] = [];
    if (rule.find) for (const found of rule.find(window, from, ctx)) candidates.push(found);
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
    // Only the name the rule itself read (the env variable of a lookup) may stay unmasked in code.
    const masked = maskedDisplay(rule.valueIsCode, match.value, match.assignedName);
    return {
      ruleId: rule.id,
      provider: rule.provider,
      // Titles and details may quote the token's own content (a JWT's issuer): no control characters.
      title: escapeControls(match.title ?? rule.title),
      severity,
      confidence: match.confidence ?? rule.confidence,
      range: { start: lines.position(match.start), end: lines.position(match.end) },
      masked,
      envVar: match.envVar ?? envNameFor(rule, assignedName),
      fingerprint: fingerprint(rule.id, match.value, masked),
      legacyFingerprint: legacyFingerprint(rule.id, match.value),
      valueHash: valueHash(match.value),
      ...(match.detail ? { detail: escapeControls(match.detail) } : {}),
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
/**
 * Whether a span overlaps any of `matches`: sorted once, then a binary search per span (a file of
 * many findings and many hidden values stays linear-logarithmic, not their product).
 */
function overlapTest(matches: readonly RawMatch[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  // The furthest end among the first k matches.
  const reach: number[] = [];
  sorted.forEach((m, k) => reach.push(Math.max(m.end, k ? reach[k - 1] : -1)));
  return ({ start, end }) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > start;
  };
}

/**
 * A decoded single value after the text that leads to it on its line (`fn aws_secret_key() -> … hex::decode(`):
 * the name a provider's rule looks for beside its key. A document needs none.
 */
function withLeadingLine(text: string, entry: DecodedValue): DecodedValue {
  if (entry.decoded.includes('\n')) return entry;
  const lead = text.slice(lineStartWithin(text, entry.start, 160), entry.start);
  return { ...entry, decoded: lead + entry.decoded, valueFrom: lead.length };
}

/** A rule whose format is observed, not documented by its provider (its `source` says so). */
function isObservedShape(rule: Rule): boolean {
  return /^(?:observed|third-party)/i.test(rule.source ?? '');
}

function providerPrefixes(rules: readonly Rule[]): { prefix: string; rule: Rule }[] {
  const out: { prefix: string; rule: Rule }[] = [];
  for (const rule of rules) {
    if (rule.confidence === 'generic' || rule.valueIsCode || !rule.pattern) continue;
    const raw = rule.pattern.source.replace(/\\(.)/g, '$1');
    const source = raw.toLowerCase();
    for (const kw of rule.keywords) {
      const k = kw.toLowerCase();
      // The pattern's secret begins with the keyword: `(?<secret>(?:ghp_|gho_)…`.
      const found = /[^a-z]/.test(k) && isDistinctivePrefix(k) ? [`(?<secret>(?:${k}`, `|${k}`, `(?<secret>${k}`].find(o => source.includes(o)) : undefined;
      if (found) {
        // A case-sensitive pattern's capitals are its prefix's (PayPal's `SBX-`): a password opening `sbx-` is no look-alike.
        const at = source.indexOf(found) + found.length - k.length;
        const written = raw.slice(at, at + k.length);
        out.push({ prefix: !rule.pattern.flags.includes('i') && /[A-Z]/.test(written) && written.toLowerCase() === k ? written : k, rule });
      }
      // A prefix of letters in mixed case is no word (Google's `AIza`): kept in its case, matched in it.
      if (!/^[a-z]{4,}$/.test(k)) continue;
      const opening = [`(?<secret>(?:${k}`, `(?<secret>${k}`].find(o => source.includes(o));
      const at = opening ? source.indexOf(opening) + opening.length - k.length : -1;
      const written = raw.slice(at, at + k.length);
      if (at >= 0 && /[A-Z]/.test(written) && /[a-z]/.test(written)) out.push({ prefix: written, rule });
    }
  }
  return out;
}

/**
 * A prefix that only its provider issues. Short ones (`sk_`, `cs_`, `hf_`) and words (`api-`,
 * `sdk-`, `pat-`) open other providers' keys too (RevenueCat's `sk_…` is no ElevenLabs key):
 * a value with them that fails one provider's format may well be another's, so it stays the
 * generic detector's to judge.
 */
function isDistinctivePrefix(prefix: string): boolean {
  // The mode prefixes Stripe made common are shared too (`sk_live_` of Culqi, PayMongo and PAY.JP,
  // `live_sk_` of Toss and Mono, `live_` of Twitch's stream keys and YooKassa's). A short one with a digit is one provider's (NuGet's `oy2`).
  // (So is `secret_live_` of Branch and Adapty.)
  if (/^(?:[a-z]{1,3}_(?:live|test)_|secret_(?:live|test)_|(?:live|test)_(?:[a-z]{1,3}_)?)$/.test(prefix)) return false;
  // (Nor is a word of secrets: Statsig's `secret-` opens Hathora's `secret-<uuid>` too.)
  return (prefix.length >= 4 || /\d/.test(prefix)) && !/^(?:api|sdk|pat|key|secret|token)[-_.]$/.test(prefix);
}

/** Where a value read on continued lines was found (collectDecoded). */
const CONTINUED = 'on lines the file continues';
/** What may follow a value at its logical line's end: the quotes, brackets and separators that close it. */
const CLOSERS_ONLY = /^["'`)\];,]{0,6}[ \t]*$/;
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };
/** A key whose prefix says test mode: a word or two, then `test` (`sk_test_`, `rk_test_`, `fl_test_`, `test_`). */
const TEST_MODE_PREFIX = /^(?:[A-Za-z]{1,12}[_-]){0,2}test[_-][A-Za-z0-9]{12,}/;

/**
 * Tests, fixtures, examples and docs mostly hold dummies: still reported (a real key there
 * is still a leak) but one severity level lower, and said so.
 */
function asSample(match: RawMatch, rule: Rule, where = 'in a test, example or docs file'): RawMatch {
  // A test-mode key there (`sk_test_…`, `fl_test_…`: its own prefix says so) is a sandbox's sample: information.
  const testMode = TEST_MODE_PREFIX.test(match.value);
  const severity = testMode ? 'info' : LOWER[match.severity ?? rule.severity];
  const detail = [match.detail, testMode ? 'a test-mode key' : '', where].filter(Boolean).join('; ');
  return { ...match, severity, detail };
}

/**
 * Findings with no format to go by (a name plus an entropy check, or a bare hex value next to
 * a provider's name) inside a Python docstring are its examples (`urlopen(..., passwd=<a
 * sample>)`): treated like a docs file. A token with a provider's own format is as live in a
 * docstring as anywhere.
 */
function docstringSample(text: string, context: ScanContext): (rule: Rule, match: RawMatch) => boolean {
  if (!/\.pyi?$/i.test(context.path ?? '') && context.languageId !== 'python') return () => false;
  let docstrings: number[] | undefined;
  return (rule, match) => isFormatless(rule, match) && insideRanges(docstrings ??= pythonDocstrings(text), match.start);
}

/** Findings with no format to go by are the examples of an OpenAPI document under its `example:` keys, as in a docstring. */
function apiExampleSample(text: string, path: string | undefined): (rule: Rule, match: RawMatch) => boolean {
  if (!isApiSpec(path, text)) return () => false;
  return (rule, match) => isFormatless(rule, match) && underExampleKey(text, match.start);
}

/** A name plus an entropy check, or a bare value next to a provider's name: nothing about the value itself says credential. */
function isFormatless(rule: Rule, match: RawMatch): boolean {
  return ((match.confidence ?? rule.confidence) === 'generic' || rule.context !== undefined) && !rule.valueIsCode;
}

function baseNameOf(path: string | undefined): string {
  return path ? path.slice(path.lastIndexOf('/') + 1) : '';
}

/** The shared filters every candidate passes, then the rule's own checks. */
function acceptCandidate(rule: Rule, candidate: RawMatch, ctx: RuleContext): RawMatch | undefined {
  const { value } = candidate;
  if (!rule.skipPlaceholderCheck && (isPlaceholder(value) || isReference(value))) return undefined;
  if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) return undefined;
  if (rule.context) {
    const near = ctx.text.slice(Math.max(0, candidate.start - rule.context.chars), candidate.end + rule.context.chars);
    // A file named for the provider (`SalesforceClient.php`) is context for all of it.
    if (!rule.context.pattern.test(near) && !rule.context.pattern.test(baseNameOf(ctx.path))) return undefined;
  }
  if (isKnownExample(value)) return undefined;
  if (rule.validate) {
    const verdict = rule.validate(value, ctx, candidate);
    if (verdict === false) return undefined;
    if (typeof verdict === 'object') return { ...candidate, ...verdict };
  }
  return candidate;
}

/** A JSON file's strings read unescaped: texts (`\/`, `\n`, messages) and strings that quote within themselves, each once; messages given in pieces, joined. */
function jsonStringsToRead(text: string): DecodedValue[] {
  const texts = unescapedJsonStrings(text);
  const seen = new Set(texts.map(t => t.start));
  return [...texts, ...stringsQuotingWithin(text).filter(q => !seen.has(q.start)), ...richTextArrays(text)];
}

/**
 * The file a template or a backup stands for: the format suffixes (`settings.yml.bak`), and a
 * template's or a backup's suffix after a name without an extension (`pgpass.j2`, `shadow.bak`).
 */
function asTheFileItMakes(path: string): string {
  // (A dotfile's backup too: `.pgpass.bak`, `.netrc.old`; `.env.example` stays an example.)
  return withoutFormatSuffixes(path).replace(/(?<=(?:^|\/)[^/.]+)\.(?:j2|jinja2?|tpl|tmpl|template|erb|bak|orig|old|save|backup|dist|sample|example|default)$/i, '')
    .replace(/(?<=(?:^|\/)\.[^/.]+)\.(?:bak|orig|old|save|backup)$/i, '');
}

const DIFF_LINE = { '+': 'an added', '-': 'a removed', ' ': 'an unchanged' } as const;

function windowAround(text: string, lines: LineBounds, offset: number, rule: Rule): [number, number] {
  const w = rule.window;
  if (w?.oneLine) return [lines.start(offset, w.before), lines.end(offset, w.after)];
  if (w) {
    let from = Math.max(0, offset - w.before);
    let to = Math.min(text.length, offset + w.after);
    if (w.wholeLines) {
      // Whole lines, but never more than a few KB beyond the requested span on one long line.
      from = lines.start(from, WHOLE_LINE_SLACK);
      to = lines.end(to, WHOLE_LINE_SLACK);
    }
    return [from, to];
  }
  return [lines.start(offset, DEFAULT_BEFORE), lines.end(offset, DEFAULT_AFTER)];
}

/**
 * When two rules claim overlapping text, keep the more certain one (checksum > provider >
 * generic), then the longer match: `api_key = "sk-proj-…"` is an OpenAI key, not a generic one.
 *
 * Greedy in rank order (ties keep collection order). The kept spans never overlap each other,
 * so "does this span touch a kept one?" is a range query over the elementary segments between
 * all span ends: a Fenwick tree answers it in O(log n), keeping the whole pass O(n log n) in
 * the number of candidates (dense files hold hundreds of thousands).
 */
export function resolveOverlaps<T extends { rule: Rule; match: RawMatch }>(items: readonly T[]): T[] {
  // A check's match is code around a value (`print(os.getenv("PW", "fallback"))`): it does not
  // compete with a rule that reports the value inside it, so code and value spans are resolved apart.
  const code = items.filter(x => x.rule.valueIsCode);
  if (code.length === 0) return resolveSameKind(items);
  const values = items.filter(x => !x.rule.valueIsCode);
  return [...resolveSameKind(code), ...resolveSameKind(values)].sort((a, b) => a.match.start - b.match.start);
}

function resolveSameKind<T extends { rule: Rule; match: RawMatch }>(items: readonly T[]): T[] {
  if (items.length < 2) return items.filter(x => x.match.end > x.match.start); // most scans (and every keystroke)
  // On a tie the rule that knows the place (`ssh.Password(…)`: a password argument) wins over the generic rule.
  const rank = (x: T) => CONFIDENCE_RANK[x.match.confidence ?? x.rule.confidence] * 1e6 + (x.match.end - x.match.start)
    + (x.rule.id === GENERIC_RULE_ID ? 0 : 0.5);
  // An empty span is no secret (and has no text to clash over): dropped.
  const ranked = items.filter(x => x.match.end > x.match.start).map((item, order) => ({ item, order, rank: rank(item) }));
  ranked.sort((a, b) => b.rank - a.rank || a.order - b.order);
  const cuts = [...new Set(items.flatMap(x => [x.match.start, x.match.end]))].sort((a, b) => a - b);
  const segment = new Map(cuts.map((c, i) => [c, i]));
  const covered = new CoverTree(cuts.length);
  const kept: T[] = [];
  for (const { item } of ranked) {
    const from = segment.get(item.match.start)!, to = segment.get(item.match.end)!;
    if (covered.any(from, to)) continue;
    covered.cover(from, to);
    kept.push(item);
  }
  return kept.sort((a, b) => a.match.start - b.match.start);
}

/**
 * Which elementary segments are covered, as a Fenwick tree of counts: `any(from, to)` asks
 * whether a segment in [from, to) is, `cover(from, to)` marks them. Kept spans are disjoint,
 * so every segment is marked at most once: O(n log n) over a whole scan.
 */
class CoverTree {
  private readonly sums: Int32Array;
  private readonly marked: Uint8Array;
  constructor(private readonly size: number) {
    this.sums = new Int32Array(size + 1);
    this.marked = new Uint8Array(size);
  }
  any(from: number, to: number): boolean {
    return this.prefix(to) - this.prefix(from) > 0;
  }
  cover(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (this.marked[i]) continue;
      this.marked[i] = 1;
      for (let k = i + 1; k <= this.size; k += k & -k) this.sums[k]++;
    }
  }
  private prefix(n: number): number {
    let total = 0;
    for (let k = n; k > 0; k -= k & -k) total += this.sums[k];
    return total;
  }
}

/** How many partners each side of a pair names at most (the nearest ones). */
const MAX_RELATED = 4;

/**
 * Pairs such as an AWS key id and its secret access key (`Rule.pairedWith`) point at each
 * other. `pairs` is computed once per scanner from its rules.
 */
function linkPairs(findings: Finding[], pairs: readonly [string, string][]): void {
  for (const [a, b] of pairs) {
    const left = findings.filter(f => f.ruleId === a);
    const right = findings.filter(f => f.ruleId === b);
    if (!left.length || !right.length) continue;
    for (const f of left) f.related = nearest(right, f).map(r => ({ ruleId: r.ruleId, range: r.range, fingerprint: r.fingerprint }));
    for (const f of right) f.related = nearest(left, f).map(l => ({ ruleId: l.ruleId, range: l.range, fingerprint: l.fingerprint }));
  }
}

/** The MAX_RELATED findings of `sorted` (in text order) closest to `to`, in text order. */
function nearest(sorted: readonly Finding[], to: Finding): Finding[] {
  if (sorted.length <= MAX_RELATED) return [...sorted];
  const at = to.range.start.offset;
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].range.start.offset < at) lo = mid + 1;
    else hi = mid;
  }
  let from = lo, end = lo;
  while (end - from < MAX_RELATED) {
    const before = from > 0 ? at - sorted[from - 1].range.start.offset : Infinity;
    const after = end < sorted.length ? sorted[end].range.start.offset - at : Infinity;
    if (before <= after) from--;
    else end++;
  }
  return sorted.slice(from, end);
}

function withFlags(flags: string, extra: string): string {
  let out = flags;
  for (const f of extra) if (!out.includes(f)) out += f;
  return out;
}
