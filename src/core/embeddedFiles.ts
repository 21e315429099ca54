/**
 * Files a script writes from a heredoc: `cat > ~/.pgpass <<'EOF'`, `cat <<EOF > ~/.aws/credentials`,
 * `tee -a ~/.netrc <<EOF`; and files a YAML document holds as block scalars under their names (a
 * Kubernetes ConfigMap's `output.conf: |`, a Helm chart's `config.toml: |-`). Their lines are that
 * file's content, so the scanner reads them as that file (its path decides the rules: `.pgpass`
 * lines, an AWS credentials file, a Fluent Bit section's `HTTP_Passwd  …`), at their own offsets.
 */

import { heredocAt, languageById } from './lang';

/** A file written by a heredoc: its path as the script names it, and where its lines are in the text. */
export interface EmbeddedFile {
  path: string;
  start: number;
  end: number;
  /** Held by the document as a YAML block scalar, not written by a heredoc. */
  held?: boolean;
  /** Written by a Nix expression's builder (`writeText`), not by a heredoc. */
  nixWriter?: boolean;
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

/** A YAML key named as a file, opening a block scalar: `  output.conf: |`, `".env": |-`. */
const FILE_BLOCK_KEY = /^([ \t]*)(?:-[ \t]{1,4})?(["']?)((?:[\w-]{1,80}\.)?[\w-]{0,80}\.(?:conf|cfg|ini|properties|toml|env|json|ya?ml|xml|sh|py|rb|js|php|lua|npmrc|netrc|pgpass|htpasswd)|\.env|\.npmrc|\.netrc|\.pgpass|credentials)\2[ \t]{0,4}:[ \t]{0,4}[|>][-+]?[1-9]?[ \t]*\r?$/gm;

/** The files a YAML document holds as block scalars under keys named as files, in order. */
export function yamlBlockFiles(text: string): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  FILE_BLOCK_KEY.lastIndex = 0;
  for (let m = FILE_BLOCK_KEY.exec(text); m && out.length < MAX_FILES; m = FILE_BLOCK_KEY.exec(text)) {
    const indent = m[1].length;
    const start = m.index + m[0].length + 1;
    // The block runs while its lines are blank or indented past the key.
    let end = start;
    for (let line = start; line < text.length;) {
      const next = text.indexOf('\n', line);
      const lineEnd = next < 0 ? text.length : next;
      const body = text.slice(line, lineEnd);
      if (body.trim() && (body.length - body.trimStart().length) <= indent) break;
      end = lineEnd;
      line = lineEnd + 1;
    }
    if (end > start) out.push({ path: m[3], start, end, held: true });
    FILE_BLOCK_KEY.lastIndex = Math.max(FILE_BLOCK_KEY.lastIndex, end);
  }
  return out;
}

/** Nixpkgs' builders that write a file from an indented string: `pkgs.writeText "restic-b2.env" ''`. */
const NIX_WRITER = /\bwrite(?:Text|TextFile|ShellScript|ShellScriptBin|Script)[ \t]{1,4}"([\w.@-]{1,100})"[ \t]{0,4}''[ \t]*\r?\n/g;

/**
 * The files a Nix expression writes from indented strings (`''…''`), named as the builder names
 * them: the string's lines are that file's. The string ends at the next `''` that is no escape
 * (`'''`, `''$`, `''\`).
 */
export function nixWrittenFiles(text: string): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  NIX_WRITER.lastIndex = 0;
  for (let m = NIX_WRITER.exec(text); m && out.length < MAX_FILES; m = NIX_WRITER.exec(text)) {
    const start = m.index + m[0].length;
    const close = /''(?!['$\\])/g;
    close.lastIndex = start;
    const end = close.exec(text)?.index ?? -1;
    if (end < 0) break;
    out.push({ path: m[1], start, end, nixWriter: true });
    NIX_WRITER.lastIndex = end + 2;
  }
  return out;
}
