/**
 * Files a script writes from a heredoc: `cat > ~/.pgpass <<'EOF'`, `cat <<EOF > ~/.aws/credentials`,
 * `tee -a ~/.netrc <<EOF`. Their lines are that file's content, so the scanner reads them as that
 * file (its path decides the rules: `.pgpass` lines, an AWS credentials file), at their own offsets.
 */

/** A file written by a heredoc: its path as the script names it, and where its lines are in the text. */
export interface EmbeddedFile {
  path: string;
  start: number;
  end: number;
}

/** The heredoc's opener, and its end word (quoted or not). */
const OPENER = /<<-?[ \t]{0,2}(["']?)([A-Za-z_]\w{0,40})\1/y;
/** Where the opener's line sends it: `> path`, `>> path`, `tee [-a] path`. */
const TARGET = /(?:>{1,2}|\btee[ \t]{1,4}(?:-a[ \t]{1,4})?)[ \t]{0,4}(["']?)((?:~|\$HOME|\$\{HOME\})?[\w./{}$-]{1,200})\1/;
/** Heredocs read per file, and the longest body: a script's embedded files, not a generated dump. */
const MAX_FILES = 50;
const MAX_BODY = 64 * 1024;

/** The files the text writes from heredocs, in order. */
export function embeddedFiles(text: string): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  for (let at = text.indexOf('<<'); at >= 0 && out.length < MAX_FILES; at = text.indexOf('<<', at + 2)) {
    if (text[at + 2] === '<' || text[at - 1] === '<') continue; // a here-string, `<<<`
    OPENER.lastIndex = at;
    const opener = OPENER.exec(text);
    if (!opener) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) break;
    const line = text.slice(lineStart, lineEnd);
    if (!/\b(?:cat|tee)\b/.test(line)) continue;
    const target = TARGET.exec(line.replace(opener[0], ' '));
    if (!target || target[2] === '/dev/null') continue;
    const end = terminatorLine(text, lineEnd + 1, opener[2]);
    if (end === undefined) continue;
    out.push({ path: target[2].replace(/^(?:~|\$HOME|\$\{HOME\})\//, ''), start: lineEnd + 1, end });
    at = end;
  }
  return out;
}

/** Start of the line holding only `word` (indented, as `<<-` allows), within MAX_BODY of `from`. */
function terminatorLine(text: string, from: number, word: string): number | undefined {
  for (let line = from; line < text.length && line - from <= MAX_BODY;) {
    const next = text.indexOf('\n', line);
    const stop = next < 0 ? text.length : next;
    if (text.slice(line, stop).trim() === word) return line;
    line = stop + 1;
  }
  return undefined;
}
