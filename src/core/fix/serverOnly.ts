/**
 * Fixes for client-side exposure: a key in code that ships to browsers, or in a variable a
 * framework inlines into the client bundle (`NEXT_PUBLIC_OPENAI_API_KEY`).
 *
 * - In a `.env` file, `planServerOnlyRename` renames the client-prefixed key to a server-only
 *   name. Only that line changes: code reading the old name, other env files and the hosting
 *   provider's settings are the user's to update, and the notes say so.
 * - In client code, moving the key to `process.env` does not help (browser code gets
 *   `undefined`, or the bundler inlines the value, still public): `serverRouteAdvice` explains
 *   the real fix, a server route that holds the key, with a link to read more.
 */

import { clientPrefixOf } from '../checks';
import { lineEndWithin, lineStartWithin } from '../text';
import { parseDotenv, uniqueKey } from './dotenv';
import type { FixPlan } from './types';

/** A framework-neutral explanation of why keys stay on servers, and OpenAI's own page. */
export const KEY_SAFETY_URL = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';
export const OPENAI_KEY_SAFETY_URL = 'https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety';

export interface FixLink {
  label: string;
  url: string;
}

export interface ServerOnlyRenamePlan extends FixPlan {
  /** The client-prefixed name being replaced. */
  oldName: string;
  link: FixLink;
}

const ENTRY = /^([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/;

/**
 * Renames the client-prefixed key defined on the line holding `offset` of a `.env` file
 * (`NEXT_PUBLIC_OPENAI_API_KEY=…` → `OPENAI_API_KEY=…`, made unique in the file). Undefined
 * when that line defines no client-prefixed key.
 */
export function planServerOnlyRename(envText: string, envPath: string, offset: number): ServerOnlyRenamePlan | undefined {
  if (offset < 0 || offset > envText.length) return undefined;
  const lineStart = lineStartWithin(envText, offset, envText.length);
  const line = envText.slice(lineStart, lineEndWithin(envText, offset, envText.length)).replace(/\r$/, '');
  const m = ENTRY.exec(line);
  if (!m) return undefined;
  const oldName = m[2];
  const prefix = clientPrefixOf(oldName);
  if (!prefix) return undefined;
  const bare = oldName.slice(prefix.prefix.length).replace(/^_+/, '');
  if (!/^[A-Za-z_]/.test(bare)) return undefined;
  const newName = uniqueKey(bare, parseDotenv(envText));
  const start = lineStart + m[1].length;
  const file = envPath.replace(/\\/g, '/').split('/').pop() || envPath;

  const notes = [
    `Renamed in ${file} only. ${prefix.framework} no longer puts ${newName} into client code, so code that reads ` +
    `${clientRead(oldName, prefix.prefix)} now gets undefined there: move that call into a server route ` +
    `(an API route, server action or backend endpoint) that reads ${serverRead(newName, prefix.prefix)}, and have the client call the route.`,
    `Rename it too in your other env files and in your hosting provider's environment settings.`,
  ];
  if (newName !== bare) notes.push(`${bare} is already set in ${file}, so the new name is ${newName}.`);
  // A value that was ever built into the client shipped with it; a template's empty one did not.
  if (m[3].replace(/^(["'`])\1$/, '').replace(/^#.*/, '').trim()) {
    notes.push('If this value was ever built into the client, it shipped to browsers: rotate the key.');
  }
  return {
    title: `Rename ${oldName} to ${newName} (server-only)`,
    envName: newName,
    oldName,
    edits: [{ file: 'source', edits: [{ start, end: start + oldName.length, newText: newName }] }],
    notes,
    link: keySafetyLink(),
  };
}

/** How client code reads the variable, per framework (`import.meta.env.VITE_…`). */
function clientRead(name: string, prefix: string): string {
  if (prefix === 'VITE_') return `import.meta.env.${name}`;
  if (prefix === 'PUBLIC_') return `${name} from $env/static/public`;
  if (prefix === 'NUXT_PUBLIC_') return `the public runtime config (${name})`;
  return `process.env.${name}`;
}

function serverRead(name: string, prefix: string): string {
  if (prefix === 'PUBLIC_') return `${name} from $env/static/private`;
  if (prefix === 'NUXT_PUBLIC_') return `the private runtime config (${name})`;
  return `process.env.${name}`;
}

export interface ServerRouteAdviceInput {
  /** The finding's title, e.g. "OpenAI project API key". */
  title: string;
  /** The finding's provider, e.g. "OpenAI". */
  provider: string;
  /** The variable the key is assigned to or read from, when it carries a client prefix. */
  exposedName?: string;
  /** The finding is the name itself (`client-exposed-env-var`), not a hardcoded value. */
  nameOnly?: boolean;
}

export interface ServerRouteAdvice {
  title: string;
  message: string;
  link: FixLink;
}

/** Why a key in client code must move behind a server route, and where to read more. */
export function serverRouteAdvice(input: ServerRouteAdviceInput): ServerRouteAdvice {
  const prefix = input.exposedName ? clientPrefixOf(input.exposedName) : undefined;
  const what = input.nameOnly ? 'the value of this variable' : `this ${input.title}`;
  const where = prefix
    ? `${prefix.framework} inlines ${input.exposedName} into the client bundle, so ${what} reaches every browser.`
    : `This file runs in the browser or ships inside the app, so anyone can read ${what}.`;
  const envNote = input.nameOnly
    ? `Rename it to ${input.exposedName!.slice(prefix?.prefix.length ?? 0)} in your env files and hosting settings, without the prefix.`
    : 'An environment variable does not help in client code: it is undefined there, or the bundler inlines its value, still public.';
  const provider = input.provider && !/^(?:Framework|Generic|Code)$/i.test(input.provider) ? input.provider : 'the API';
  const message = `${where} ${envNote} Keep the key on a server: a route (an API route, server action, serverless function ` +
    `or backend endpoint) reads it from a server-only variable and calls ${provider}; the client calls that route. ` +
    'Then rotate the key: it has been exposed.';
  const link = /^openai$/i.test(input.provider) ? { label: "Read OpenAI's key-safety guide", url: OPENAI_KEY_SAFETY_URL } : keySafetyLink();
  return { title: 'Why this key must leave client code: route the call through your server', message, link };
}

function keySafetyLink(): FixLink {
  return { label: 'Read the OWASP secrets guide', url: KEY_SAFETY_URL };
}
