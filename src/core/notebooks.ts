/**
 * Jupyter notebooks (`.ipynb`) keep each cell's text as a JSON list of lines: `"source": ["# key\n",
 * "OWM_APPID = \"…\"\n"]`. Read a string at a time, a cell loses its comments and the lines around a
 * value (a provider's name above it, the URL below). Here each list is joined back into the text it
 * stands for, with its offsets kept, and labelled with the language it is written in: a code cell's
 * kernel language, Markdown for a Markdown cell, plain text for an output.
 */
import type { DecodedValue } from './kubernetesSecret';
import { closingQuote, unescapeJsonString } from './encodedBlobs';

/** Most text joined per notebook: a notebook of large outputs stays cheap. */
const MAX_JOINED_TOTAL = 1 << 20;

export interface NotebookText extends DecodedValue {
  /** The file extension the text is written as: `py`, `r`, `jl`, `md`, `txt`. */
  extension: string;
}

/** The file extension of the notebook's kernel language (`"language": "python"` in its metadata). */
function kernelExtension(text: string): string {
  const language = /"language"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z+#-]{1,20})"/.exec(text.slice(-4000))?.[1].toLowerCase()
    ?? /"language"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z+#-]{1,20})"/.exec(text)?.[1].toLowerCase();
  switch (language) {
    case 'r': return 'r';
    case 'julia': return 'jl';
    case 'scala': return 'scala';
    case 'sql': return 'sql';
    default: return 'py';
  }
}

/**
 * The cell type named last before each offset asked, offsets asked in increasing order (nbformat
 * writes `cell_type` before `source`, a cell's outputs between): one pass over the types, however many lists.
 */
function cellTypes(text: string): (at: number) => string | undefined {
  const type = /"cell_type"[ \t]{0,4}:[ \t]{0,4}"(\w{1,20})"/g;
  let current: string | undefined;
  let next = type.exec(text);
  return at => {
    while (next && next.index < at) {
      current = next[1];
      next = type.exec(text);
    }
    return current;
  };
}

/** The language a list's text is written in: the kernel's for a code cell, Markdown, or plain text. */
function extensionOfList(key: string, type: string | undefined, kernel: string): string {
  if (key !== 'source') return key === 'text/markdown' ? 'md' : 'txt';
  return type === 'code' ? kernel : type === 'markdown' ? 'md' : 'txt';
}

/**
 * The text with each run of ANSI colour escapes read as one blank, with the offsets of what is left.
 * (A blank, not nothing: a value that ends where a colour starts then ends where it is written.)
 */
function withoutAnsiColours(decoded: string, offsets: readonly number[]): { text: string; offsets: number[] } {
  let text = '';
  const kept: number[] = [];
  for (let k = 0; k < decoded.length; k++) {
    const colours = decoded[k] === '\x1b' ? /^(?:\x1b\[[0-9;]{0,20}m){1,8}/.exec(decoded.slice(k, k + 200)) : null;
    text += colours ? ' ' : decoded[k];
    kept.push(offsets[k]);
    if (colours) k += colours[0].length - 1;
  }
  return { text, offsets: kept };
}

/** The lists of lines of a notebook (`"source": [ … ]`, an output's `"text": [ … ]`), each joined into one text. */
export function notebookTexts(text: string): NotebookText[] {
  const out: NotebookText[] = [];
  const kernel = kernelExtension(text);
  const cellTypeAt = cellTypes(text);
  // (An error's `traceback` too: IPython prints the failing lines, their literals included.)
  const list = /"(source|text|text\/plain|text\/markdown|traceback)"[ \t]{0,4}:[ \t]{0,4}\[[ \t\r\n]{0,200}"/g;
  let total = 0;
  for (let m = list.exec(text); m && total < MAX_JOINED_TOTAL; m = list.exec(text)) {
    let open = m.index + m[0].length - 1;
    const start = open + 1;
    let decoded = '';
    let offsets: number[] = [];
    let end = start;
    for (;;) {
      const close = closingQuote(text, open + 1);
      if (close < 0) break;
      const line = unescapeJsonString(text, open + 1, close);
      if (!line) break;
      for (let k = 0; k < line.decoded.length; k++) offsets.push(open + 1 - start + line.offsets[k]);
      decoded += line.decoded;
      end = close;
      // The next line follows a comma; the list ends at `]`.
      const next = /^[ \t\r\n]{0,200},[ \t\r\n]{0,200}"/.exec(text.slice(close + 1, close + 420));
      if (!next) break;
      open = close + next[0].length;
    }
    list.lastIndex = Math.max(list.lastIndex, end + 1);
    // A traceback's colours (ANSI escapes, `\u001b[38;5;124m`) glue to what they colour: each run is read as a blank.
    if (decoded.includes('\x1b')) ({ text: decoded, offsets } = withoutAnsiColours(decoded, offsets));
    if (decoded.length < 8) continue;
    offsets.push(end - start);
    total += decoded.length;
    out.push({ name: '', start, end, decoded, offsets, extension: extensionOfList(m[1], cellTypeAt(m.index), kernel) });
  }
  return out;
}
