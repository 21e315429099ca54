import { isPlaceholder } from '../filters';
import { prefixed } from './define';
import type { Rule } from '../types';

const ROTATE = 'https://platform.openai.com/api-keys';
/** `T3BlbkFJ` is base64 of "OpenAI": every OpenAI secret key carries it in the middle. */
const MARKER = 'T3BlbkFJ';
/**
 * A scoped key's body: with the marker, or a long random run without it. The marker is observed,
 * not documented: a key without it under the prefix is still reported, as a warning.
 */
/** A legacy user key exactly: its alphabet around the marker. */
const LEGACY_SHAPE = new RegExp(`^sk-(?:None-|[A-Za-z0-9]{0,12}-)?[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}$`);
const SCOPED_BODY = `(?:[A-Za-z0-9_-]{20,200}${MARKER}[A-Za-z0-9_-]{20,200}|[A-Za-z0-9_-]{74,250})`;
function markedOrWarned(value: string): boolean | { severity: 'warning'; detail: string } {
  if (value.includes(MARKER)) return true;
  const body = value.replace(/^sk-[a-z]+-/, '');
  return /[a-z]/.test(body) && /[A-Z]/.test(body) && /\d/.test(body) && !isPlaceholder(value)
    && { severity: 'warning', detail: `no ${MARKER} marker, which OpenAI's keys carry: a key of another format, or made up` };
}

export const openaiRules: Rule[] = [
  prefixed({
    id: 'openai-project-key', provider: 'OpenAI', title: 'OpenAI project API key',
    source: 'third-party only (prefixes and the T3BlbkFJ marker are observed; OpenAI docs confirm the key kinds, not their text)',
    prefix: 'sk-proj-', body: SCOPED_BODY, validate: markedOrWarned,
    envVar: 'OPENAI_API_KEY', rotateUrl: ROTATE,
    description: 'Project-scoped OpenAI API key (sk-proj-…); billable, usable from anywhere until revoked.',
  }),
  prefixed({
    id: 'openai-service-account-key', provider: 'OpenAI', title: 'OpenAI service-account key',
    source: 'third-party only (sk-svcacct- observed; OpenAI docs confirm service-account keys)',
    prefix: 'sk-svcacct-', body: SCOPED_BODY, validate: markedOrWarned,
    envVar: 'OPENAI_API_KEY', rotateUrl: ROTATE,
    description: 'OpenAI service-account key (sk-svcacct-…), issued to a bot identity of a project.',
  }),
  prefixed({
    id: 'openai-admin-key', provider: 'OpenAI', title: 'OpenAI admin key',
    source: 'third-party only (sk-admin- observed; OpenAI docs confirm Admin API keys)',
    prefix: 'sk-admin-', body: SCOPED_BODY, validate: markedOrWarned,
    narrower: 'Admin keys manage the whole OpenAI organization (users, projects, keys); application code needs a project key or a service-account key of one project, with only the permissions it uses.',
    envVar: 'OPENAI_ADMIN_KEY', rotateUrl: 'https://platform.openai.com/settings/organization/admin-keys',
    description: 'OpenAI organization admin key (sk-admin-…): manages users, projects and keys. Never belongs in application code.',
  }),
  prefixed({
    id: 'openai-api-key', provider: 'OpenAI', title: 'OpenAI API key (legacy user key)',
    source: 'third-party only (legacy sk- keys with the T3BlbkFJ marker, an observation)',
    // (Or `-` and `_` around the marker, outside the legacy keys' alphabet: a warning.)
    prefix: 'sk-', body: `(?:(?:None-|[A-Za-z0-9]{0,12}-)?[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}|[A-Za-z0-9_-]{20}${MARKER}[A-Za-z0-9_-]{20})`,
    keywords: [MARKER.toLowerCase()],
    // `sk-None-…` (a user key of no project) is no placeholder for its `None`.
    skipPlaceholderCheck: true,
    validate: value => !isPlaceholder(value.replace(/^sk-None-/, 'sk-'))
      && (LEGACY_SHAPE.test(value) || { severity: 'warning', detail: `the ${MARKER} marker, with characters legacy keys do not have around it` }),
    envVar: 'OPENAI_API_KEY', rotateUrl: ROTATE,
    description: 'Legacy OpenAI user API key (sk-…T3BlbkFJ…).',
  }),
];
