/**
 * Files a script writes from a heredoc: `cat > ~/.pgpass <<'EOF'`, `cat <<EOF > ~/.aws/credentials`,
 * `tee -a ~/.netrc <<EOF`. Their lines are that file's content, so the scanner reads them as that
 * file (its path decides the rules: `.pgpass` lines, an AWS credentials file), at their own offsets.
 */

import { heredocAt, languageById } from './lang';

/** A file written by a heredoc: its path as the script names it, and where its lines are in the text. */
export interface EmbeddedFile {
  path: string;
  start: number;
  end: number;
}

/** The shell's heredoc opener, as the language model knows it (scripts, Dockerfiles and CI files run shell). */
const OPENER = languageById('shell')!.syntax!.heredoc!;
/** Where the opener's line sends it: `> path`, `>> path`, `tee [-a] path`. */
const TARGET = /(?:>{1,2}|\btee[ \t]{1,4}(?:-a[ \t]{1,4})?)[ \t]{0,4}(["']?)((?:~|\$HOME|\$\{HOME\})?[\w./{}$-]{1,200})\1/;
/** Heredocs read per file: a script's embedded files, not a generated dump. */
const MAX_FILES = 50;

/** The files the text writes from heredocs, in order. */
export function embeddedFiles(text: string): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  // The opener's line, and whether it runs `cat` or `tee`: asked once per line, before the heredoc is
  // looked for (code's `1 << kind` would have the lines after it searched for a `kind` line).
  let lineStart = 0, lineEnd = -1, writes = false;
  for (let at = text.indexOf('<<'); at >= 0 && out.length < MAX_FILES; at = text.indexOf('<<', at + 2)) {
    if (text[at + 2] === '<') continue; // a here-string, `<<<`
    if (at >= lineEnd) {
      // (Each stretch is read once: back to the last line's end at most, on to this line's end.)
      lineStart = text.lastIndexOf('\n', at) + 1;
      const newline = text.indexOf('\n', at);
      lineEnd = newline < 0 ? text.length : newline;
      writes = /\b(?:cat|tee)\b/.test(text.slice(lineStart, lineEnd));
    }
    if (!writes) continue;
    const heredoc = heredocAt(text, at, OPENER);
    if (!heredoc) continue;
    const line = text.slice(lineStart, heredoc.contentStart - 1);
    const target = TARGET.exec(line.slice(0, at - lineStart) + ' ' + line.slice(at - lineStart).replace(/^<<-?[ \t]{0,2}["']?\w{1,41}["']?/, ''));
    if (!target || target[2] === '/dev/null') continue;
    out.push({ path: target[2].replace(/^(?:~|\$HOME|\$\{HOME\})\//, ''), start: heredoc.contentStart, end: heredoc.contentEnd });
    at = heredoc.end;
  }
  return out;
}
