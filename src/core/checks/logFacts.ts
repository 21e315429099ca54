/**
 * What the `secret-logged` check learns about one file during a scan, computed when first
 * needed (most files never need any of it) and shared by its parts: the output calls the file
 * offers (`logSinks.ts`), the names it binds to secrets (`logBindings.ts`) and the rule itself
 * (`logLeaks.ts`). Keyed by the scan's rule context, so it lives exactly as long as one scan.
 */

import type { RuleContext } from '../types';
import type { Language } from '../lang/model';

/** At most this many names per file are bound (loggers or secrets): past that a file is generated data. */
export const MAX_BOUND_NAMES = 100;

/** What a file offers for output: its language's API and the loggers it binds (computed when first asked). */
export interface FileOutputs {
  lang: Language;
  /** Names the file binds to a logger (`loggerBinding`). */
  boundLoggers(): ReadonlySet<string>;
  /** The file serves HTTP (its record's `servesHttp`). */
  servesHttp(): boolean;
}

/**
 * Facts about one file, computed when a candidate first needs them (most files never do).
 * Every field exists from the start (`newFacts`): one object shape for every file keeps the
 * engine's optimised code for the check valid (adding fields later made it start over).
 */
export interface FileFacts {
  servesHttp: boolean | undefined;
  loggers: Set<string> | undefined;
  outputs: FileOutputs | undefined;
  /** Where the output calls' arguments read so far end (see judgeWindow). */
  progress: { readUntil: number };
  /** The calls on loggers the file binds were read (see findLogged). */
  boundCallsRead: boolean;
  /** Names bound to a secret source, with where (see secretBindingOf); how many found values were read. */
  bindings: Map<string, number[]>;
  valuesRead: number;
  /** How far env reads were read for bindings, and how far past that no env-read literal begins. */
  envReadTo: number;
  envNextAt: number;
  boundPattern: { size: number; re: RegExp } | undefined;
  /** The first MAY_HOLD fragment at or after `from` (see searchHold). */
  nextHold: { from: number; at: number; searchedTo: number } | undefined;
  byName: Map<string, boolean>;
  lists: Map<string, number[]>;
}

function newFacts(): FileFacts {
  return {
    servesHttp: undefined, loggers: undefined, outputs: undefined, progress: { readUntil: 0 }, boundCallsRead: false,
    bindings: new Map(), valuesRead: 0, envReadTo: 0, envNextAt: 0,
    boundPattern: undefined, nextHold: undefined, byName: new Map(), lists: new Map(),
  };
}

const factsByContext = new WeakMap<RuleContext, FileFacts>();

export function factsOf(ctx: RuleContext): FileFacts {
  let f = factsByContext.get(ctx);
  if (!f) factsByContext.set(ctx, f = newFacts());
  return f;
}

/** Remembers a per-name list for the file. */
export function memoList(ctx: RuleContext, key: string, compute: () => number[]): number[] {
  const lists = factsOf(ctx).lists;
  let v = lists.get(key);
  if (v === undefined) lists.set(key, v = compute());
  return v;
}

/** Remembers a per-name answer for the file (dense input repeats the same names). */
export function memo(ctx: RuleContext, key: string, compute: () => boolean): boolean {
  const byName = factsOf(ctx).byName;
  let v = byName.get(key);
  if (v === undefined) byName.set(key, v = compute());
  return v;
}

/** `apiKey` → `api_key`, `_authToken` → `auth_token`. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/^_+/, '');
}
