/**
 * Plain data shared by the engine and its hosts (extension, CLI).
 * Nothing here may depend on `vscode` or Node: the engine also runs in a web worker.
 */

import type { Masked } from './redact';

export type Severity = 'error' | 'warning' | 'info';

/**
 * How sure we are that a match is a real credential.
 * - `verified-format`: the token carries a checksum and it checked out offline.
 * - `provider`: a distinctive provider prefix or structure matched.
 * - `generic`: a secret-looking name is assigned a high-entropy value.
 */
export type Confidence = 'verified-format' | 'provider' | 'generic';

/** A position in the scanned text; lines and columns are 0-based like VS Code's. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/** What a rule's finder reports before the engine adds positions, masks and names. */
export interface RawMatch {
  /** Offsets of the secret value itself (not its quotes or the surrounding assignment). */
  start: number;
  end: number;
  value: string;
  /** The identifier the value was assigned to, when the rule saw one (`stripeSecretKey`). */
  assignedName?: string;
  /** The environment variable to suggest, when the rule knows better than the assigned name (a URL's password). */
  envVar?: string;
  /** Lets a validator refine a rule's default (e.g. an expired JWT is informational). */
  severity?: Severity;
  confidence?: Confidence;
  /** A rule-specific note shown after the title, e.g. "project-scoped", "encrypted". */
  detail?: string;
  /** Overrides the rule's title for this finding (e.g. one PEM rule, many key kinds). */
  title?: string;
  /** Why a rule that weighs evidence flagged the value (the generic rule: name, shape, place). */
  reasons?: string[];
  /** The value is string literals joined (`"sk-" + "…"`): the range spans them, the value is their text. */
  joined?: boolean;
  /** A joined value the generic rule did not judge a secret: kept only if a provider's rule claims it whole. */
  providerOnly?: boolean;
}

export interface ScanContext {
  /** Workspace-relative or absolute path; used for file-type decisions, never read. */
  path?: string;
  /** VS Code language id when known (`javascript`, `dotenv`, `yaml`, …). */
  languageId?: string;
}

/** Facts about the scanned text that rules may use (computed once per scan). */
export interface RuleContext extends ScanContext {
  text: string;
  /** True for files whose format allows unquoted values (`.env`, YAML, INI, …). */
  configLike: boolean;
  /** The text is prose whatever the path says (a chat message read out of its JSON export). */
  prose?: boolean;
  /**
   * The secret values the rules accepted so far in this scan (not code matches), in the order
   * the prefilter reached them (text order): a code rule may ask whether a name holds one.
   */
  valuesFound?: readonly { start: number; end: number }[];
  /**
   * Where a watch's literals occur, as far as the scan's keyword pass has read (it reads a
   * stretch ahead of the window being judged); absent outside a scan. See `occurrences.ts`.
   */
  occurrences?: (watch: WatchedLiterals) => Occurrences | undefined;
}

/**
 * Literals a rule wants located by the scan's keyword pass (case-insensitively, ASCII only),
 * without being run where they occur: the rule reads their places instead of searching the
 * text again. Compared by identity: declare each watch once.
 */
export interface WatchedLiterals {
  readonly literals: readonly string[];
}

/** Where a watch's literals begin, in text order. */
export interface Occurrences {
  /** The first `count` entries are offsets where a literal begins, ascending, each once. */
  readonly offsets: Int32Array;
  /** Per offset, the length of the shortest literal beginning there. */
  readonly lengths: Int32Array;
  readonly count: number;
  /** Every occurrence that begins before this offset is listed. */
  readonly knownTo: number;
}

export interface Rule {
  /** Stable kebab-case id, e.g. `openai-project-key`; used in configs, baselines and SARIF. */
  id: string;
  provider: string;
  /** Human title of the secret kind, e.g. "OpenAI project API key". */
  title: string;
  /**
   * Lower-case literals for the prefilter: the rule only runs around places where one occurs.
   * Keep them as specific as the format allows: they decide how much text reaches the regex.
   */
  keywords: readonly string[];
  /**
   * Matches the secret; a named group `secret` marks the value, else the whole match is it.
   * Must not backtrack catastrophically: bounded quantifiers only, no nested repetition.
   */
  pattern?: RegExp;
  /** Custom finder for formats a regex cannot express cheaply; called per prefilter window. */
  find?: (window: string, windowStart: number, ctx: RuleContext) => RawMatch[];
  /** Extra check on a candidate value; returning false drops it, a RawMatch refines it. */
  validate?: (value: string, ctx: RuleContext, match: RawMatch) => boolean | Partial<RawMatch>;
  /** Minimum Shannon entropy (bits per char) of the value. */
  minEntropy?: number;
  /**
   * Text that must appear near the match (case-insensitive), for formats without a prefix
   * (DeepSeek's `sk-` + 32, Cohere's 40 characters).
   */
  context?: { pattern: RegExp; chars: number };
  /**
   * How far around a keyword hit the pattern looks. Default: the hit's line (bounded).
   * Multi-line formats (PEM blocks, JSON documents) widen it; `oneLine` keeps the hit's line,
   * with `before`/`after` as its bounds (long one-line values: a keystore in base64).
   */
  /**
   * The text read around each keyword hit. `readsAhead`: what the rule matches starts at its keyword and
   * may run past the window's end (a call's arguments, a line each): a hit on a window's last line opens a window of its own.
   */
  window?: { before: number; after: number; wholeLines?: boolean; oneLine?: boolean; readsAhead?: boolean };
  /**
   * Files this rule reads whole, whatever their keywords: for credential files whose content has
   * no literal to key on (Rails `config/master.key` is 32 hex characters). Tested against the
   * path with `/` separators; the first 64 KB are read.
   */
  paths?: RegExp;
  /**
   * Only files whose base name (lower-cased) matches: for formats that exist in one kind of file
   * (`.pypirc`, `.git-credentials`), whose keywords (`password`, `://`) are everywhere else.
   * Decided once per scan, so other files pay nothing around those keywords.
   */
  fileNames?: RegExp;
  /** Literals whose places this rule reads from `RuleContext.occurrences` (see `WatchedLiterals`). */
  watches?: readonly WatchedLiterals[];
  /** Skip the shared placeholder/dummy filter (for formats whose body is never prose). */
  skipPlaceholderCheck?: boolean;
  /**
   * The matched text is code (a logged expression such as a key variable), not a secret value: findings
   * show the expression itself (shortened) instead of a masked value. Set by src/core/checks rules.
   */
  valueIsCode?: boolean;
  severity: Severity;
  confidence: Confidence;
  /** Conventional environment variable for this secret, e.g. `OPENAI_API_KEY`. */
  envVar: string;
  /** Where to revoke or rotate the credential. */
  rotateUrl?: string;
  /** Where the format is documented. */
  docsUrl?: string;
  /**
   * Where the format described by `pattern` comes from and how strong that evidence is
   * (provider docs, provider announcement, provider source, or observed shape): so a reader
   * knows which parts are facts and which are leads.
   */
  source?: string;
  /**
   * The live-mode (real money / production data) variant of a key that also exists in a test
   * mode: such a key in a development or test file gets the `live-in-test` tag.
   */
  liveMode?: boolean;
  /**
   * Least privilege: this key type carries more power than application code needs. The advice
   * names the narrower credential to use (a function when the finding or file decides it);
   * findings get the `over-privileged` tag.
   */
  narrower?: string | ((finding: Finding, text: string) => string | undefined);
  /** Rule id of the other half of a credential pair (AWS key id ↔ secret access key). */
  pairedWith?: string;
  /**
   * Variable names, beyond `envVar`, that conventionally hold this secret (matched on the
   * UPPER_SNAKE form of a name), for the checks that ask whether a name holds a secret.
   */
  secretNames?: RegExp;
  /** One-line explanation used in SARIF help and the rule list. */
  description?: string;
}

export interface Finding {
  ruleId: string;
  provider: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  /** Location of the secret value only. */
  range: Span;
  /**
   * Masked value (`sk-pro…x9Qa`), or masked code for checks: the only form of the finding's text
   * that ever leaves the engine. Only `src/core/redact.ts` makes a `Masked` string.
   */
  masked: Masked;
  /** Suggested environment variable name for a fix. */
  envVar: string;
  /**
   * Published identity (baselines, allowlists, reports): rule id + a hash of the masked value and
   * its length. Survives line moves; reveals nothing beyond `masked` and the length.
   */
  fingerprint: string;
  /**
   * The pre-2 fingerprint (plain hash of rule + value), to honour old baselines and allowlists.
   * In memory only: never written to a report or a baseline.
   */
  legacyFingerprint?: string;
  /** Hash of the value alone, to spot the same secret under different rules or files (in memory only). */
  valueHash: string;
  detail?: string;
  /** Why the value was flagged, for rules that weigh evidence (shown by hovers and `--verbose`). */
  reasons?: string[];
  assignedName?: string;
  rotateUrl?: string;
  /**
   * Why this finding matters beyond "a secret is hardcoded" (set by the checks in
   * src/core/checks): `client-exposed`, `over-privileged`, `live-in-test`, `shared-across-envs`,
   * `committed`, `logged`.
   */
  tags?: FindingTag[];
  /** What to do instead, in one or two sentences (least privilege, client exposure, …). */
  advice?: string;
  /** Other findings that belong with this one (AWS key id ↔ secret access key). */
  related?: { ruleId: string; range: Span; fingerprint: string }[];
}

export type FindingTag = 'client-exposed' | 'over-privileged' | 'live-in-test' | 'shared-across-envs' | 'committed' | 'logged';
