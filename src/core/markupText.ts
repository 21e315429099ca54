/**
 * Pages exported from wikis and help desks (Confluence's storage format and HTML export, an FAQ
 * page, an HTML e-mail) write a credential as prose does, but inside tags: `Client secret</td><td>
 * <code>…</code>`, `password <code>…</code>`. Read with the tags in place, the label and its value
 * are never next to each other. Here the page is rewritten as the Markdown it stands for, character
 * for character (every offset kept): code elements become backticks, table cells `|`, other tags
 * and CDATA markers blanks, a character reference its character and blanks. The result is read as Markdown.
 */

/** Character references pages use for code's punctuation, and what they stand for. */
// (Django's debug page writes quotes in hex: `&#x27;`.)
const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&#39;': "'", '&#34;': '"', '&#x27;': "'", '&#x22;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&', '&nbsp;': ' ' };

/** Elements whose text is code: a backtick on each side. */
const CODE_ELEMENT = /^<\/?(?:code|samp|kbd|tt|var)\b/i;
/** Elements that open a table cell, and a row's end: a `|`. */
const CELL_EDGE = /^<(?:t[dh]\b|\/tr\b)/i;

/** Pages worth reading so: HTML, and XML or mail written as a page (Confluence storage, HTML parts). */
export function isMarkupPage(path: string | undefined, text: string): boolean {
  if (!path) return false;
  if (/\.(?:html?|xhtml)$/i.test(path)) return true;
  return /\.(?:xml|eml|mht|msg)$/i.test(path) && /<(?:p|td|li|code)\b/i.test(text.slice(0, 200_000));
}

/** The page as Markdown, as long as the page (see above). */
export function markupAsMarkdown(text: string): string {
  let out = '';
  let copied = 0;
  const tag = /<!\[CDATA\[|\]\]>|<\/?[A-Za-z][\w:.-]{0,40}(?:\s[^<>]{0,2000})?\/?>|&(?:quot|apos|lt|gt|amp|nbsp|#39|#34|#x27|#x22);/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const piece = m[0];
    if (piece[0] === '&') {
      out += text.slice(copied, m.index) + ENTITIES[piece] + ' '.repeat(piece.length - 1);
      copied = m.index + piece.length;
      continue;
    }
    // A tag spanning lines keeps its breaks: line numbers stay the page's.
    const blank = piece.replace(/[^\r\n]/g, ' ');
    // An opening code tag ends with its backtick (the span starts at its text), a closing one starts with it.
    const replaced = CODE_ELEMENT.test(piece) ? (piece[1] === '/' ? `\`${blank.slice(1)}` : `${blank.slice(0, -1)}\``)
      : CELL_EDGE.test(piece) ? `|${blank.slice(1)}` : blank;
    out += text.slice(copied, m.index) + replaced;
    copied = m.index + piece.length;
  }
  return out + text.slice(copied);
}

/**
 * A Rich Text document (`.rtf`: a handover note, a Word export) as its text, as long as the
 * document: control words (`\f1`, `\par`, `\b0`), groups' braces and hex escapes become blanks,
 * so `Password: \f1 Harbor…\f0\par` reads `Password:     Harbor…       `. (A `\par` keeps the
 * document's lines: its line break is the one that follows it in the file.)
 */
export function rtfAsText(text: string): string {
  return text.replace(/\\'[0-9a-fA-F]{2}|\\[a-z]{1,32}(?:-?\d{1,10})? ?|\\[{}\\]|[{}]/g, piece =>
    piece === '\\{' || piece === '\\}' || piece === '\\\\' ? ` ${piece[1]}` : ' '.repeat(piece.length));
}

/**
 * A mail's quoted-printable parts as their text, as long as the mail: `=3D` (an encoded `=`)
 * becomes `=` and two blanks, so `aws_secret_access_key =3D …` reads as the setting it is.
 * Other encoded characters are decoded (`has=C5=82o` is Polish `hasło`, a password's word), the
 * blanks that keep the length put after the word they are in: what follows the word keeps its
 * offset. (Soft line breaks stay: a value split by one is not joined.)
 */
export function quotedPrintableAsText(text: string): string {
  let out = '';
  let pad = 0;
  let last = 0;
  for (const m of text.matchAll(/(?:=[0-9A-Fa-f]{2})+|\s/g)) {
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (/^\s$/.test(m[0])) {
      // A word ends: the blanks its decoded characters saved come before what follows it.
      out += ' '.repeat(pad) + m[0];
      pad = 0;
    } else if (/^(?:=3D)+$/i.test(m[0])) {
      out += '=  '.repeat(m[0].length / 3);
    } else {
      const decoded = utf8Decoded(m[0].slice(1).split('=').map(hex => parseInt(hex, 16)));
      out += decoded;
      pad += m[0].length - decoded.length;
    }
  }
  return out + text.slice(last) + ' '.repeat(pad);
}

/** Bytes read as UTF-8 (a byte out of place is read as `?`: a mail's text, not a file's). */
function utf8Decoded(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    const tail = bytes.slice(i + 1, i + 1 + Math.max(0, extra));
    if (extra < 0 || tail.length < extra || tail.some(t => (t & 0xc0) !== 0x80)) {
      out += '?';
      i++;
      continue;
    }
    const code = tail.reduce((c, t) => (c << 6) | (t & 0x3f), extra === 0 ? b : b & (0x3f >> extra));
    out += String.fromCodePoint(code);
    i += 1 + extra;
  }
  return out;
}
