/**
 * Output calls for the `secret-logged` check: logging, printing, exception constructors and
 * HTTP responses, with or without parentheses (`console.log(`, `res.json(`, `puts x`,
 * `echo $x`, `return {…}`), found in a window of text in order, declarations excluded.
 */

import type { Region } from '../lang/codeView';
import type { Language } from '../lang/model';
import type { RuleContext } from '../types';
import { lineEndWithin, lineStartWithin } from '../text';
import { factsOf, MAX_BOUND_NAMES, type FileOutputs } from './logFacts';

export type { FileOutputs } from './logFacts';

export type SinkKind = 'log' | 'response' | 'error' | 'return';

/**
 * What every language shares: loggers named by convention (`log`, `logger`, `_logger`, `LOG`),
 * the methods through which any logger writes (levels and print forms), and exception classes.
 * Everything else about output is the language's own API (`OutputFacts` in its record) or a
 * name the file binds to a logger (`loggerBinding`).
 */
const CONVENTIONAL_LOGGER = /^_*(?:log|logger)$/i;
const LOG_METHOD = /^(?:log|info|warn|warning|error|debug|trace|fatal|critical|exception|verbose|notice|silly|[vdiwe]|wtf|dir|table|print(?:ln|f)?|write(?:line)?|puts|(?:info|debug|warn|error|trace|fatal|panic)(?:f|w|ln)?|log(?:information|warning|error|debug|trace|critical)|information)$/i;
const EXCEPTION_CLASS = /^(?:[A-Z]\w*)?(?:Error|Exception)$/;


/** What kind of output a callee chain (`console.log`, `res.json`, `ValueError`) writes to, if any, in this file. */
export function classifySink(chain: string, file: FileOutputs): SinkKind | undefined {
  const out = file.lang.output;
  const plain = chain.includes('$') || chain.includes('@') ? chain.replace(/(^|\.)[$@]+/g, '$1') : chain;
  if (out?.logCalls?.test(plain)) return 'log';
  if (out?.responseCalls?.test(plain)) return out.responsesNeedServer && !file.servesHttp() ? undefined : 'response';
  if (out?.errorCalls?.test(plain)) return 'error';
  const parts = plain.split('.');
  const last = parts.pop()!;
  if (parts.length === 1 && parts[0] === '') { // `).json(` after another call (`res.status(500).json(`)
    return /^(?:json|send|write|end)$/.test(last) ? 'response' : undefined;
  }
  if (parts.length && LOG_METHOD.test(last) && isLogger(parts, file)) return 'log';
  return EXCEPTION_CLASS.test(last) ? 'error' : undefined;
}

/** An owner chain that is a logger: the language's (`System.out`), by convention (`self.logger`) or bound in the file. */
function isLogger(owner: string[], file: FileOutputs): boolean {
  const own = owner[0] === 'this' || owner[0] === 'self' || owner[0] === 'cls' ? owner.slice(1) : owner;
  if (!own.length) return false;
  const name = own[own.length - 1];
  if (CONVENTIONAL_LOGGER.test(name) || file.lang.output?.loggers?.test(own.join('.'))) return true;
  // Bindings are read from the whole file: only for a call that could be one (a level method on a plain name).
  return /^[A-Za-z_]\w*$/.test(name) && file.boundLoggers().has(name);
}

/** Calls: a callee chain then `(`; also `).json(` after another call (`res.status(500).json(`). */
const CALL = /(?<![\w$@.>:])((?:[$@]{0,2}[A-Za-z_][\w]{0,80}\s{0,3}(?:\.|->|::|\?\.)\s{0,3}){0,4}[$@]{0,2}[A-Za-z_][\w]{0,80})\s{0,3}\(|\)\s{0,3}(?:\.|->)\s{0,3}(json|send|write|end)\s{0,3}\(/g;

/** Statements without parentheses: `puts x`, `echo $x`, `return {…}`, `render json: x`, `logger.info "…"`. */
const STATEMENT_START = String.raw`(?<=^|[;{}]|\bthen|\bdo)[ \t]*`;
/** After the word: an argument, not an assignment, a call, an operator or a condition. */
const STATEMENT_ARGS = String.raw`[ \t]+(?![ \t]*(?:[=(.,;)\]}+*/%|&<>?!-]|\b(?:if|unless|and|or|in)\b))`;
const ANY_CHAIN = String.raw`(?:[$@]?[A-Za-z_]\w{0,40}(?:\.|->|::)){0,3}[$@]?[A-Za-z_]\w{0,40}`;

const STATEMENTS = new WeakMap<Language, RegExp>();

/**
 * Statements without parentheses a language has: any method call in Ruby (`Rails.logger.info
 * "…"`), elsewhere only its words (`return`, `throw`, `echo`): a search for those words rather
 * than a try at every name of the window.
 */
function statementPattern(lang: Language): RegExp {
  let re = STATEMENTS.get(lang);
  if (!re) {
    const out = lang.output;
    const words = ['return', ...(out?.throwStatement ? ['throw', 'raise'] : []), ...(out?.parenless ? [out.parenless.source.replace(/^\^|\$$/g, '')] : [])];
    const head = lang.id === 'ruby' ? ANY_CHAIN : `(?:${words.join('|')})\\b`;
    STATEMENTS.set(lang, re = new RegExp(`${STATEMENT_START}(${head})${STATEMENT_ARGS}`, 'gm'));
  }
  return re;
}

export interface SinkHead { kind: SinkKind; name: string; start: number; argStart: number; parenthesized: boolean }
export interface Sink extends SinkHead { region: Region }

export function normaliseChain(chain: string): string {
  return chain.replace(/\s+/g, '').replace(/->|::|\?\./g, '.');
}

/** Finds the next output statement of one shape (calls or parenless statements) from a position. */
type SinkFinder = (from: number) => SinkHead | undefined;

/** Before a name: it is being declared (`class Print(Token)`, `def print(self, token)`, `func (l *L) Printf(`). */
const DECLARATION_BEFORE = /(?:\b(?:class|def|function\*?|func|fun|sub|interface|struct|trait|protocol|enum|record)|\bfunc\s*\([^()\n]{0,80}\))\s+$/;

function callFinder(window: string, windowStart: number, text: string, file: FileOutputs): SinkFinder {
  const re = new RegExp(CALL.source, 'g');
  return from => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window))) {
      const chain = m[1] !== undefined ? normaliseChain(m[1]) : `.${m[2]}`;
      const kind = classifySink(chain, file);
      const at = windowStart + m.index;
      if (kind && m[1] !== undefined && DECLARATION_BEFORE.test(text.slice(Math.max(0, at - 120), at))) continue;
      if (kind) return { kind, name: chain, start: windowStart + m.index, argStart: windowStart + m.index + m[0].length, parenthesized: true };
    }
    return undefined;
  };
}

function parenlessFinder(window: string, windowStart: number, text: string, file: FileOutputs): SinkFinder {
  const re = new RegExp(statementPattern(file.lang).source, 'gm');
  return from => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window))) {
      const chain = normaliseChain(m[1]);
      const argStart = windowStart + m.index + m[0].length;
      const kind = parenlessKind(chain, file, text, argStart);
      if (kind) return { kind, name: chain, start: windowStart + m.index + m[0].indexOf(m[1]), argStart, parenthesized: false };
    }
    return undefined;
  };
}

/**
 * Output statements starting in the window, in text order; the caller says where to resume
 * (after the arguments just read), so statements nested in an earlier one are never even
 * classified: dense input stays linear. Each finder's pending result is reused while valid.
 */
export function* sinksIn(window: string, windowStart: number, text: string, file: FileOutputs, startAt: number): Generator<SinkHead, void, number> {
  const finders = [callFinder(window, windowStart, text, file), parenlessFinder(window, windowStart, text, file)];
  const pending: (SinkHead | undefined | null)[] = [null, null];
  let from = Math.max(0, startAt - windowStart);
  for (;;) {
    for (let k = 0; k < finders.length; k++) {
      const p = pending[k];
      if (p === null || (p && p.start - windowStart < from)) pending[k] = finders[k](from);
    }
    const next = pending.filter((p): p is SinkHead => !!p).sort((a, b) => a.start - b.start)[0];
    if (!next) return;
    pending[pending.indexOf(next)] = null;
    from = Math.max(from, (yield next) - windowStart, next.start - windowStart + 1);
  }
}

function parenlessKind(chain: string, file: FileOutputs, text: string, argStart: number): SinkKind | undefined {
  const out = file.lang.output;
  if (chain === 'return') return 'return';
  if (chain === 'throw' || chain === 'raise') return out?.throwStatement ? 'error' : undefined;
  if (out?.parenless?.test(chain)) return chain === 'render' ? (/^json:/.test(text.slice(argStart, argStart + 5)) ? 'response' : undefined) : 'log';
  // Ruby calls methods without parentheses: `Rails.logger.info "…"`.
  return file.lang.id === 'ruby' && chain.includes('.') ? classifySink(chain, file) : undefined;
}

// ---- Loggers the file binds ----

/**
 * What the file offers for output (see `FileOutputs`). It serves HTTP when its record's
 * `servesHttp` matches: a `return` there may be a response body (a Flask view, a Next.js API
 * route or `getServerSideProps`, a Spring or ASP.NET controller, a Lambda handler); elsewhere
 * a returned environment is just data handed to the caller. Its loggers are the names its
 * imports and declarations bind to one (`loggerBinding`).
 */
export function outputsOf(ctx: RuleContext, lang: Language): FileOutputs {
  const f = factsOf(ctx);
  return f.outputs ??= {
    lang,
    servesHttp: () => f.servesHttp ??= lang.output?.servesHttp?.test(ctx.text) ?? false,
    boundLoggers: () => f.loggers ??= boundLoggers(ctx.text, lang),
  };
}

/** The names bound to a logger, read on the lines near the record's markers (bounded to 400 characters each side). */
function boundLoggers(text: string, lang: Language): Set<string> {
  const names = new Set<string>();
  const binding = lang.output?.loggerBinding;
  if (!binding) return names;
  let readUntil = 0;
  for (const marker of binding.near) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, Math.max(at + 1, readUntil))) {
      const from = Math.max(readUntil, lineStartWithin(text, at, 400));
      readUntil = lineEndWithin(text, at, 400);
      for (const m of text.slice(from, readUntil).matchAll(binding.pattern)) names.add(m.slice(1).find(g => g !== undefined)!);
      if (names.size >= MAX_BOUND_NAMES) return names; // generated code: the first ones are enough
    }
    readUntil = 0;
  }
  return names;
}

/** The lines where a name the file binds to a logger is called (`audit.warning(`), in order. */
export function boundLoggerCallLines(text: string, file: FileOutputs): { text: string; start: number }[] {
  const names = [...file.boundLoggers()].filter(n => !/^_*(?:log|logger)$/i.test(n)); // conventional ones have keywords
  if (!names.length) return [];
  const call = new RegExp(`(?<![\\w$@.>:])[$@]{0,2}(?:(?:this|self)\\s{0,3}(?:\\.|->)\\s{0,3})?(?:${names.map(n => n.replace(/\$/g, '\\$')).join('|')})\\s{0,3}(?:\\.|->|::)`, 'g');
  const lines: { text: string; start: number }[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(call)) {
    if (m.index! < lastEnd) continue;
    const start = text.lastIndexOf('\n', m.index!) + 1;
    const end = text.indexOf('\n', m.index!);
    lastEnd = end < 0 ? text.length : end;
    lines.push({ text: text.slice(start, lastEnd), start });
  }
  return lines;
}
