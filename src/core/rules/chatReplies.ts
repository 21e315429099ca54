/**
 * A credential given in a chat as the answer to a question: someone asks for a password or a
 * token, and a message after it holds that value alone (`what's the wifi password?` then
 * `Boardroom-Lighthouse-4417`). Read in chat exports: the JSON of Slack (`"text": "…"`), Teams
 * (`"content"`) and Mattermost (`"message"`), and the text exports of Teams, Discord, WhatsApp, IRC
 * and their kin (`[15/04/2024 09:12] Name: …`).
 */

import { isDummyPassword } from './define';
import { isPublicByDesign } from './publicKeys';
import { isEmailAddress } from '../text';
import type { RawMatch, Rule, RuleContext } from '../types';

/** What the question asks for. */
const ASKED = /\b(?:pass(?:word|phrase|wd)?|pw|pin|token|api[ _-]?key|secret|community[ _-]?string|login|credentials?|creds|passwort|kennwort|mot de passe|contrase(?:ñ|n)a|senha|wachtwoord|has[łl]o)\b[^?\n]{0,80}\?/i;
/** A message's text in a JSON export: Slack's `"text"`, Teams' `"content"`, Mattermost's `"message"` (escapes kept). */
const JSON_TEXT = /"(?:text|content|message|body)":[ \t]{0,2}"((?:[^"\\\n]|\\.){0,2000})"/g;
/** A text export's header line alone, the message on the lines below it (Discord's `[2/15/2024 9:12 AM] name`). */
const HEADER_LINE = /^\[[^\]\n]{4,40}\][ \t]{0,2}[^\s:][^:\n]{0,60}$/;
/** The line before a piece of a Slack block's text. */
const BLOCK_PIECE = /"type":[ \t]?"(?:text|mrkdwn|plain_text|link|emoji|user|channel)"/;
/** Signs, early in a file, that it is a chat export. */
const CHAT_EXPORT = /"client_msg_id"|"type":[ \t]?"(?:message|post|direct_post)"|"messageType":|#microsoft\.graph\.chatMessage|"channel_id":|^\[[^\]\n]{4,40}\][ \t]{0,2}[^\n]{1,60}(?::|$)|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]{1,2}\d{1,2}:\d{2}/m;
/** A message in a text export: a time in brackets or a date, then a sender and a colon; or IRC's `<nick>`. */
const TEXT_MESSAGE = /^(?:\[[^\]\n]{4,40}\][ \t]{0,2}(?:<[^>\n]{1,40}>|[^:\n]{1,60}:)|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]{1,3}-[ \t]{1,3}[^:\n]{1,60}:|<[^>\n]{1,40}>)[ \t]{1,4}/;
/** Messages read after the question for its answer, and how far. */
const REPLIES_READ = 6;
const REPLY_REACH = 8000;

/** A value one would type as a password or a token: one word of both cases and a digit, no path, address or file name. */
function looksLikeAnswer(text: string): boolean {
  return text.length >= 8 && text.length <= 100 && !/\s/.test(text) && /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text)
    && !isEmailAddress(text) && !/^[/\\~]|\.[a-z]{2,4}$|^[a-z]+:\/\//.test(text) && !isDummyPassword(text)
    // (Nor a key made to be public: a Mapbox `pk.` token handed to the frontend.)
    && !isPublicByDesign(text);
}

/** Whether the file is a chat export (asked once per file). */
const chatExports = new WeakMap<RuleContext, boolean>();
function isChatExport(ctx: RuleContext): boolean {
  let known = chatExports.get(ctx);
  if (known === undefined) chatExports.set(ctx, known = CHAT_EXPORT.test(ctx.text.slice(0, 8000)));
  return known;
}

interface Message { text: string; start: number }

/** The messages of the window's lines, in order, up to `max` (text lines of one export shape, or JSON exports' texts). */
function messagesIn(window: string, opensAtMessage = true, max = Infinity): Message[] {
  const out: Message[] = [];
  let afterHeader = false, previous = '';
  for (let at = 0; at < window.length && out.length < max;) {
    const nl = window.indexOf('\n', at);
    const end = nl < 0 ? window.length : nl;
    const line = window.slice(at, end).replace(/\r$/, '');
    const head = TEXT_MESSAGE.exec(line);
    let json = false;
    JSON_TEXT.lastIndex = 0;
    // (Slack repeats a message's text in pieces in its blocks, each under a `"type": "text"`: the message has it whole.)
    for (let m = BLOCK_PIECE.test(previous) ? null : JSON_TEXT.exec(line); m; m = JSON_TEXT.exec(line)) {
      json = true;
      // (Teams keeps a message as HTML: `<p>…</p>`.)
      const inner = /^(?:<[a-z]{1,10}>)*([^<]*)(?:<\/[a-z]{1,10}>)*$/.exec(m[1]);
      const text = inner ? inner[1] : m[1];
      out.push({ text, start: at + m.index + m[0].length - 1 - m[1].length + m[1].indexOf(text) });
    }
    if (!json && head) out.push({ text: line.slice(head[0].length).trimEnd(), start: at + head[0].length });
    // (The window opens at its question's line: under a header line above it, the question is a message too.)
    else if (!json && (afterHeader || (at === 0 && opensAtMessage)) && line.trim()) out.push({ text: line.trim(), start: at + line.search(/\S/) });
    afterHeader = !json && !head && HEADER_LINE.test(line);
    previous = line;
    at = end + 1;
  }
  return out;
}

/**
 * Each question's answer among the few messages after it, up to the next question. The questions
 * are the window's; their answers are read from the file past them (a JSON export's message is long).
 */
function answeredCredentials(window: string, start: number, text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const question of messagesIn(window)) {
    if (!ASKED.test(question.text)) continue;
    const from = text.indexOf('\n', start + question.start) + 1;
    if (from === 0) continue;
    for (const reply of messagesIn(text.slice(from, from + REPLY_REACH), false, REPLIES_READ).slice(0, REPLIES_READ)) {
      if (ASKED.test(reply.text)) break; // the next question is another's
      const value = reply.text.replace(/^`([^`]+)`$/, '$1');
      if (looksLikeAnswer(value)) {
        const at = from + reply.start + reply.text.indexOf(value);
        out.push({ start: at, end: at + value.length, value });
        break;
      }
    }
  }
  return out;
}

export const chatReplyRules: Rule[] = [
  {
    id: 'chat-answered-credential', provider: 'Generic', title: 'Credential given as a chat answer',
    source: 'chat exports: Slack workspace export JSON (message text fields), Microsoft Teams, WhatsApp and IRC text logs; a question naming a credential, then a message holding a value alone',
    // (Words other rules key on already, and a few of its own: `pw?` closes a question, not a line of code.)
    keywords: ['password', 'passphrase', 'passwd', 'token', 'api key', 'api_key', 'secret', 'community string', 'credential', 'creds', 'login for', 'login?', 'pin?', 'pw?',
      'passwort', 'kennwort', 'mot de passe', 'senha', 'wachtwoord'],
    // (The question's line: its answer is read past it.)
    window: { before: 0, after: 0, wholeLines: true },
    find: (window, start, ctx) => (window.includes('?') && isChatExport(ctx) ? answeredCredentials(window, start, ctx.text) : []),
    skipPlaceholderCheck: true, // looksLikeAnswer judges the value
    confidence: 'generic', severity: 'warning',
    envVar: 'PASSWORD',
    description: 'A password or token sent in a chat as the answer to a question asking for it: everyone in the channel and anyone who reads the export has it. Share it through a password manager, and rotate this one.',
  },
];
