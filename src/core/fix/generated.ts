/**
 * Build output, minified and generated code: no fix rewrites them. A rewrite there is lost at
 * the next build, and the key is still in the source the file is made from, which would build
 * it back in. The fix belongs in that source, so the planners refuse with a reason saying so
 * (the editor shows it on the disabled action) and every host decides the same way.
 */

import { isGitIgnored } from './gitignore';

/** Folders only build tools write to. */
const OUTPUT_DIR = /(?:^|\/)(dist|\.next|\.nuxt|\.output|\.svelte-kit|\.vercel|\.netlify|\.docusaurus|\.angular|\.parcel-cache|\.turbo|\.webpack|\.serverless|\.expo|storybook-static|__generated__|coverage)\//i;

/**
 * Folders that usually hold build output but are sometimes written by hand (an older Vue
 * template's `build/webpack.base.conf.js`): output when `.gitignore` ignores the file.
 */
const MAYBE_OUTPUT_DIR = /(?:^|\/)(build|out|target|obj)\//i;

/** Names bundlers and minifiers give their output. */
const MINIFIED_NAME = /[.-]min\.(?:[cm]?js|css)$|\.(?:bundle|chunk)\.[cm]?js$/i;

/**
 * Code on the secret's line, besides the secret itself, longer than this is minified: people
 * and formatters keep lines far shorter. The secret is left out of the count, as a PEM key
 * with `\n` escapes is itself a thousand characters or more on one line of hand-written code.
 */
const MINIFIED_LINE = 1000;

/** Markers generators write at the top of what they emit (`// Code generated … DO NOT EDIT.`, `@generated`). */
const GENERATED_HEADER = /\bDO NOT EDIT\b|@generated\b/;
/** How much of the file's start is searched for a generator's marker. */
const HEADER_CHARS = 1000;

/** A compiler's source map link, which it writes as the output's last line. */
const SOURCE_MAP_LINK = /[#@][ \t]?sourceMappingURL=\S+\s*(?:\*\/\s*)?$/;

export interface GeneratedCodeInput {
  /** Workspace-relative path. */
  path: string;
  sourceText: string;
  secretStart: number;
  secretEnd: number;
  /** The workspace's `.gitignore`, to tell ignored output in `build/`/`out/` from hand-written files there. */
  gitignoreText?: string;
}

/**
 * Why a fix must not rewrite this place (build output, minified or generated code), or
 * undefined when it may. Pure: path and text only, the same in every host.
 */
export function generatedCodeReason(input: GeneratedCodeInput): string | undefined {
  const path = input.path.replace(/\\/g, '/');
  const built = 'a rewrite here is lost at the next build, and the key is still in the source it is built from. ' +
    'Move the key there, rebuild, and rotate it: it shipped in this file.';
  const maybe = MAYBE_OUTPUT_DIR.exec(path)?.[1];
  const output = OUTPUT_DIR.exec(path)?.[1] ?? (maybe && isGitIgnored(input.gitignoreText, path) ? maybe : undefined);
  if (output) return `This file is build output (under ${output}/): ${built}`;
  if (MINIFIED_NAME.test(path) || codeOnSecretLine(input) > MINIFIED_LINE) return `This file is minified build output: ${built}`;
  const text = input.sourceText;
  if (SOURCE_MAP_LINK.test(text.slice(-300))) return `This file is compiled output (it links a source map): ${built}`;
  if (GENERATED_HEADER.test(text.slice(0, HEADER_CHARS))) {
    return 'This file is generated (its header says so): a rewrite here is lost when it is generated again, and the key is still ' +
      'in what it is generated from. Move the key there and generate the file again.';
  }
  return undefined;
}

/** Characters of the secret's line outside the secret (its whole line, as in any editor). */
function codeOnSecretLine(input: GeneratedCodeInput): number {
  const text = input.sourceText;
  const before = Math.max(text.lastIndexOf('\n', input.secretStart - 1), text.lastIndexOf('\r', input.secretStart - 1)) + 1;
  let after = text.length;
  for (let i = input.secretEnd; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) { after = i; break; }
  }
  return (input.secretStart - before) + (after - input.secretEnd);
}
