/**
 * Kubernetes `Secret` manifests: their `data:` values are base64 of the secret. The generic
 * detector judges what a value decodes to; the scanner also scans the decoded text with the
 * provider rules, so an AWS key or a connection string in a Secret is named for what it is.
 */
import { decodeBase64, lineStartWithin } from './text';

/** `kind: Secret` manifests, remembered for the text last asked about (rules run text by text). */
let lastManifest: { text: string; secret: boolean } | undefined;

export function isKubernetesSecret(path: string | undefined, text: string): boolean {
  const json = isJson(path);
  // Manifests, and what `kubectl get secret -o yaml` printed into a terminal session, a log or a ticket.
  if (!json && !/\.(?:ya?ml|txt|log|out|md|typescript)$/i.test(path ?? '')) return false;
  // At the top level, or as an item of a list (`kubectl get secret -o yaml` prints a `List`).
  if (lastManifest?.text !== text) {
    lastManifest = { text, secret: json ? /"kind"[ \t]{0,4}:[ \t]{0,4}"Secret"/.test(text) : /^[ \t]{0,8}(?:-[ \t]+)?kind:[ \t]{0,4}["']?Secret["']?[ \t]*\r?$/m.test(text) };
  }
  return lastManifest.secret;
}

/** `kubectl get … -o json` output and JSON manifests. */
function isJson(path: string | undefined): boolean {
  return /\.json$/i.test(path ?? '');
}

/**
 * The `data:` block of a Secret: the nearest line above `at` that is less indented than `at`'s
 * line is `data:` (not `stringData:`), at the top level or in a list item.
 */
export function inSecretData(text: string, at: number, path?: string): boolean {
  if (isJson(path)) return inJsonSecretData(text, at);
  const floor = Math.max(0, at - 4000);
  const lineStart = lineStartWithin(text, at, at - floor);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, at))![0].length;
  if (indent === 0) return false;
  let end = lineStart - 1;
  while (end > floor) {
    const start = lineStartWithin(text, end, end - floor);
    const line = text.slice(start, end);
    const own = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() && !/^[ \t]*#/.test(line) && own < indent) return /^[ \t]*(?:-[ \t]+)?data:[ \t]*\r?$/.test(line);
    end = start - 1;
  }
  return false;
}

/**
 * JSON: the object around `at` is the value of a `"data"` key. Read back to the object's opening
 * brace (base64 values hold no braces; nested objects before `at` are skipped whole).
 */
function inJsonSecretData(text: string, at: number): boolean {
  const floor = Math.max(0, at - 4000);
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) return /"data"[ \t]{0,4}:[ \t]{0,4}$/.test(text.slice(Math.max(0, i - 20), i));
  }
  return false;
}

/** One `data:` entry: where its base64 value is, and the text it decodes to. */
export interface DecodedValue {
  name: string;
  start: number;
  end: number;
  decoded: string;
  /** For text read unescaped: the offset (from `start`) each decoded character came from, and `end - start` last. */
  offsets?: number[];
  /** The decoded text is prose: a message, a comment, an issue's body. */
  prose?: boolean;
  /** The decoded text is as long as the encoded one, character for character (a page's text): offsets are the same. */
  aligned?: boolean;
  /** For a value joined from pieces: where (in `decoded`) each piece after the first begins. */
  boundaries?: number[];
  /** Where the value begins in `decoded`, after the line that leads to it (context for a provider's rule, not scanned for its own findings). */
  valueFrom?: number;
}

/** `  NAME: <base64>` under `data:`, one per line (at most 4 KB encoded: keys, not files). */
const DATA_ENTRY = /^([ \t]{1,16})([A-Za-z0-9_.-]{1,100}):[ \t]{1,4}["']?([A-Za-z0-9+/]{8,4096}={0,2})["']?[ \t]*\r?$/gm;

/** The printable values of a Secret's `data:` block, decoded. */
/** `"NAME": "<base64>"` in JSON output. */
const JSON_DATA_ENTRY = /()"([A-Za-z0-9_.-]{1,100})"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{8,4096}={0,2})"/g;

export function secretDataValues(path: string | undefined, text: string): DecodedValue[] {
  if (!isKubernetesSecret(path, text)) return [];
  const out: DecodedValue[] = [];
  const entry = isJson(path) ? JSON_DATA_ENTRY : DATA_ENTRY;
  entry.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = entry.exec(text))) {
    const start = m.index + m[0].lastIndexOf(m[3]);
    if (!inSecretData(text, start, path)) continue;
    const decoded = decodeBase64(m[3]);
    if (decoded && /^[\x20-\x7e\r\n\t]+$/.test(decoded)) out.push({ name: m[2], start, end: start + m[3].length, decoded });
  }
  return out;
}
