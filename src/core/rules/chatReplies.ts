/**
 * A credential given in a chat as the answer to a question: someone asks for a password or a
 * token, and a message after it holds that value alone (`what's the wifi password?` then
 * `Boardroom-Lighthouse-4417`). Read in chat exports: Slack's JSON (`"text": "…"`), and the text
 * exports of Teams, WhatsApp, IRC and their kin (`[15/04/2024 09:12] Name: …`).
 */

import { isDummyPassword } from './define';
import type { RawMatch, Rule } from '../types';

/** What the question asks for. */
const ASKED = /\b(?:pass(?:word|phrase|wd)?|pw|pin|token|api[ _-]?key|secret|community[ _-]?string|login|credentials?|creds|passwort|kennwort|mot de passe|contrase(?:ñ|n)a|senha|wachtwoord|has[łl]o)\b[^?\n]{0,80}\?/i;
/** A message's text in Slack's export: `"text": "…"` (its escapes kept). */
const JSON_TEXT = /^[ \t]{0,40}"text":[ \t]{0,2}"((?:[^"\\\n]|\\.){0,2000})"/;
/** A message in a text export: a time in brackets or a date, then a sender and a colon; or IRC's `<nick>`. */
const TEXT_MESSAGE = /^(?:\[[^\]\n]{4,40}\][ \t]{0,2}(?:<[^>\n]{1,40}>|[^:\n]{1,60}:)|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]{1,3}-[ \t]{1,3}[^:\n]{1,60}:|<[^>\n]{1,40}>)[ \t]{1,4}/;
/** Messages read after the question for its answer. */
const REPLIES_READ = 4;

/** A value one would type as a password or a token: one word of both cases and a digit, no path, address or file name. */
function looksLikeAnswer(text: string): boolean {
  return text.length >= 8 && text.length <= 100 && !/\s/.test(text) && /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text)
    && !/[/@\\]|\.\w{2,4}$|^https?:/.test(text) && !isDummyPassword(text);
}

interface Message { text: string; start: number }

/** The messages of the window's lines, in order (text lines of one export shape, or Slack's JSON texts). */
function messagesIn(window: string): Message[] {
  const out: Message[] = [];
  for (let at = 0; at < window.length;) {
    const nl = window.indexOf('\n', at);
    const end = nl < 0 ? window.length : nl;
    const line = window.slice(at, end).replace(/\r$/, '');
    const json = JSON_TEXT.exec(line);
    const head = json ? undefined : TEXT_MESSAGE.exec(line);
    if (json) out.push({ text: json[1], start: at + line.indexOf('"', line.indexOf(':')) + 1 });
    else if (head) out.push({ text: line.slice(head[0].length).trimEnd(), start: at + head[0].length });
    at = end + 1;
  }
  return out;
}

/** Each question's answer among the few messages after it, up to the next question. */
function answeredCredentials(window: string, start: number): RawMatch[] {
  const out: RawMatch[] = [];
  const messages = messagesIn(window);
  messages.forEach((question, i) => {
    if (!ASKED.test(question.text)) return;
    for (const reply of messages.slice(i + 1, i + 1 + REPLIES_READ)) {
      if (ASKED.test(reply.text)) break; // the next question is another's
      const value = reply.text.replace(/^`([^`]+)`$/, '$1');
      if (looksLikeAnswer(value)) {
        const at = reply.start + reply.text.indexOf(value);
        out.push({ start: start + at, end: start + at + value.length, value });
        break;
      }
    }
  });
  return out;
}

export const chatReplyRules: Rule[] = [
  {
    id: 'chat-answered-credential', provider: 'Generic', title: 'Credential given as a chat answer',
    source: 'chat exports: Slack workspace export JSON (message text fields), Microsoft Teams, WhatsApp and IRC text logs; a question naming a credential, then a message holding a value alone',
    keywords: ['password', 'passphrase', 'passwd', 'token', 'api key', 'api_key', 'secret', 'community string', 'login', 'creds', 'credential', 'pin ', 'pin?',
      'passwort', 'kennwort', 'mot de passe', 'senha', 'wachtwoord'],
    window: { before: 0, after: 800, wholeLines: true },
    find: (window, start) => (window.includes('?') ? answeredCredentials(window, start) : []),
    skipPlaceholderCheck: true, // looksLikeAnswer judges the value
    confidence: 'generic', severity: 'warning',
    envVar: 'PASSWORD',
    description: 'A password or token sent in a chat as the answer to a question asking for it: everyone in the channel and anyone who reads the export has it. Share it through a password manager, and rotate this one.',
  },
];
