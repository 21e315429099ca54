/**
 * Base64 literals that the same file decodes back into text: `echo "<base64>" | base64 -d > .env`,
 * `b64decode("…")`, `atob("…")`, `Buffer.from("…", "base64")`. A script that ships its `.env` or
 * its credentials file this way holds those secrets; the scanner reads the decoded text as it
 * reads a Kubernetes Secret's values (see `Scanner.collectDecoded`).
 */
import type { DecodedValue } from './kubernetesSecret';
import { decodeBase64 } from './text';

/** Calls and commands that decode base64 (the literal is within a few lines of one). */
const DECODE_MARKER = /\bbase64[ \t]{1,4}(?:-d|--decode|-D)\b|\bb64decode\(|\batob\(|FromBase64String\(|\bbase64_decode\(|\bdecode64\(|getDecoder\(\)\.decode\(|["']base64["']\s{0,3}\)/g;
/** A quoted base64 literal long enough to hold a document (40 characters: 30 bytes). */
const QUOTED_BLOB = /(["'])([A-Za-z0-9+/]{40,8192}={0,2})\1/g;
/** How far from a decode marker its literal may be: a variable set on the line before, piped on the next. */
const REACH = 600;

/** Cheap test before any regex: most files decode nothing. */
function mayDecode(text: string): boolean {
  return text.includes('base64') || text.includes('b64decode') || text.includes('atob(') || text.includes('decode64') || text.includes('FromBase64');
}

/** The printable multi-line documents that base64 literals near a decode marker hold. */
export function decodedBlobs(text: string): DecodedValue[] {
  if (!mayDecode(text)) return [];
  const out: DecodedValue[] = [];
  let readTo = 0;
  DECODE_MARKER.lastIndex = 0;
  for (let m = DECODE_MARKER.exec(text); m; m = DECODE_MARKER.exec(text)) {
    // Each stretch of text is searched once, however many markers share it.
    const from = Math.max(readTo, m.index - REACH);
    const to = Math.min(text.length, m.index + m[0].length + REACH);
    if (to <= from) continue;
    QUOTED_BLOB.lastIndex = 0;
    const stretch = text.slice(from, to);
    for (let b = QUOTED_BLOB.exec(stretch); b; b = QUOTED_BLOB.exec(stretch)) {
      const decoded = decodeBase64(b[2]);
      // A document: printable lines (an .env, a credentials file, a PEM key), not one value.
      if (!decoded || !/^[\x20-\x7e\r\n\t]+$/.test(decoded) || !decoded.includes('\n')) continue;
      const start = from + b.index + 1;
      out.push({ name: '', start, end: start + b[2].length, decoded });
    }
    readTo = to;
  }
  return out;
}
