/**
 * Output calls for the `secret-logged` check: logging, printing, exception constructors and
 * HTTP responses, with or without parentheses (`console.log(`, `res.json(`, `puts x`,
 * `echo $x`, `return {…}`), found in a window of text in order, declarations excluded.
 */

import type { Region } from '../lang/codeView';
import type { Language } from '../lang/model';

export type SinkKind = 'log' | 'response' | 'error' | 'return';

const LOG_OWNER = /^(?:console|_*log(?:ger|ging)?|slog|logrus|zap|sugar|winston|pino|bunyan|timber|debug|trace|out|err|stdout|stderr|syslog)$/i;
const LOG_METHOD = /^(?:log|info|warn|warning|error|debug|trace|fatal|critical|exception|verbose|notice|silly|[vdiwe]|wtf|dir|table|print(?:ln|f)?|write(?:line)?|puts|(?:info|debug|warn|error|trace|fatal|panic)(?:f|w|ln)?|log(?:information|warning|error|debug|trace|critical)|information)$/i;
const RESPONSE_OWNER = /^(?:res|resp|response|reply|w|c|ctx|writer|rw|nextresponse|results|responseentity|httpresponse|io)$/i;
const RESPONSE_METHOD = /^(?:json|jsonp|send|write|end|writestring|string|ok|html|text|body)$/i;
const STANDALONE_LOG = /^(?:print|println|printf|pprint|puts|pp|print_r|var_dump|var_export|error_log|nslog|debugprint|os_log|alert|die|dd|dump)$/i;
const STANDALONE_RESPONSE = /^(?:jsonify|JsonResponse|HttpResponse|JSONResponse|PlainTextResponse|HTMLResponse|Response|make_response|Ok|Json|Content)$/;
const ERROR_NAME = /^(?:[A-Z]\w*)?(?:Error|Exception)$|^panic$/;

/** What kind of output a callee chain (`console.log`, `res.json`, `ValueError`) writes to, if any. */
export function classifySink(chain: string): SinkKind | undefined {
  const parts = chain.split('.').map(p => p.replace(/^[$@]+/, ''));
  const last = parts[parts.length - 1];
  const owners = parts.slice(0, -1);
  if (owners.length === 0) {
    if (STANDALONE_LOG.test(last)) return 'log';
    if (STANDALONE_RESPONSE.test(last)) return 'response';
    return ERROR_NAME.test(last) ? 'error' : undefined;
  }
  if (owners.length === 1 && owners[0] === '') { // `).json(` after another call
    return /^(?:json|send|write|end)$/.test(last) ? 'response' : undefined;
  }
  if (owners.includes('fmt')) {
    if (/^(?:Print|Fprint)/.test(last)) return 'log';
    return last === 'Errorf' ? 'error' : undefined; // Sprintf only builds a string
  }
  if (last === 'New' && owners[owners.length - 1] === 'errors') return 'error';
  if (owners.some(o => LOG_OWNER.test(o)) && LOG_METHOD.test(last)) return 'log';
  if (RESPONSE_OWNER.test(owners[owners.length - 1]) && RESPONSE_METHOD.test(last)) return 'response';
  if (STANDALONE_RESPONSE.test(last)) return 'response'; // `web.json_response`, `Results.Json`
  return ERROR_NAME.test(last) ? 'error' : undefined;
}

/** Calls: a callee chain then `(`; also `).json(` after another call (`res.status(500).json(`). */
const CALL = /(?<![\w$@.>:])((?:[$@]{0,2}[A-Za-z_][\w]{0,80}\s{0,3}(?:\.|->|::|\?\.)\s{0,3}){0,4}[$@]{0,2}[A-Za-z_][\w]{0,80})\s{0,3}\(|\)\s{0,3}(?:\.|->)\s{0,3}(json|send|write|end)\s{0,3}\(/g;

/** Statements without parentheses: `puts x`, `echo $x`, `return {…}`, `render json: x`, `logger.info "…"`. */
const PARENLESS = /(?<=^|[;{}]|\bthen|\bdo)[ \t]*((?:[$@]?[A-Za-z_]\w{0,40}(?:\.|->|::)){0,3}[$@]?[A-Za-z_]\w{0,40})[ \t]+(?![ \t]*(?:[=(.,;)\]}+*/%|&<>?!-]|\b(?:if|unless|and|or|in)\b))/gm;

export interface SinkHead { kind: SinkKind; name: string; start: number; argStart: number; parenthesized: boolean }
export interface Sink extends SinkHead { region: Region }

export function normaliseChain(chain: string): string {
  return chain.replace(/\s+/g, '').replace(/->|::|\?\./g, '.');
}

/** Finds the next output statement of one shape (calls or parenless statements) from a position. */
type SinkFinder = (from: number) => SinkHead | undefined;

/** Before a name: it is being declared (`class Print(Token)`, `def print(self, token)`, `func (l *L) Printf(`). */
const DECLARATION_BEFORE = /(?:\b(?:class|def|function\*?|func|fun|sub|interface|struct|trait|protocol|enum|record)|\bfunc\s*\([^()\n]{0,80}\))\s+$/;

function callFinder(window: string, windowStart: number, text: string): SinkFinder {
  const re = new RegExp(CALL.source, 'g');
  return from => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window))) {
      const chain = m[1] !== undefined ? normaliseChain(m[1]) : `.${m[2]}`;
      const kind = classifySink(chain);
      const at = windowStart + m.index;
      if (kind && m[1] !== undefined && DECLARATION_BEFORE.test(text.slice(Math.max(0, at - 120), at))) continue;
      if (kind) return { kind, name: chain, start: windowStart + m.index, argStart: windowStart + m.index + m[0].length, parenthesized: true };
    }
    return undefined;
  };
}

function parenlessFinder(window: string, windowStart: number, text: string, lang: Language): SinkFinder {
  const re = new RegExp(PARENLESS.source, 'gm');
  return from => {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window))) {
      const chain = normaliseChain(m[1]);
      const argStart = windowStart + m.index + m[0].length;
      const kind = parenlessKind(chain, lang, text, argStart);
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
export function* sinksIn(window: string, windowStart: number, text: string, lang: Language, startAt: number): Generator<SinkHead, void, number> {
  const finders = [callFinder(window, windowStart, text), parenlessFinder(window, windowStart, text, lang)];
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

function parenlessKind(chain: string, lang: Language, text: string, argStart: number): SinkKind | undefined {
  if (chain === 'return') return 'return';
  if (chain === 'throw' || chain === 'raise') return lang.output?.throwStatement ? 'error' : undefined;
  if (lang.output?.parenless?.test(chain)) return chain === 'render' ? (/^json:/.test(text.slice(argStart, argStart + 5)) ? 'response' : undefined) : 'log';
  // Ruby calls methods without parentheses: `Rails.logger.info "…"`.
  return lang.id === 'ruby' && chain.includes('.') ? classifySink(chain) : undefined;
}

