/**
 * Unified diffs (`git diff`, `git log -p`, `git format-patch`, `svn diff`, `hg export`, `.rej`
 * files) read as the files they change. One reader serves two purposes: the history scan keeps
 * what a change adds (checks/committed.ts), and a diff found in the workspace (a `.patch` file, a
 * pasted `git show`, a review export) is scanned as the old and the new side of each file, each
 * in its own language, so `+spring.datasource.password=…` reads as the `.properties` line it is.
 */

/** One line of a hunk: `kind` is its mark, `text` what follows it, `offset` where that starts in the diff. */
export interface HunkLine {
  kind: '+' | '-' | ' ';
  text: string;
  offset: number;
  /** Its line number in the new file (1-based); 0 for a removed line. */
  newLine: number;
}

export interface DiffFile {
  /** The commit of a `git log -p` or `git format-patch` section the file belongs to. */
  commit?: string;
  /** Path on each side (without `a/` or `b/`); undefined for `/dev/null` (a created or deleted file). */
  oldPath?: string;
  newPath?: string;
  /** The lines of its hunks in order; a hunk starts at each index of `hunkStarts`. */
  lines: HunkLine[];
  hunkStarts: number[];
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** A text that holds a unified diff's hunk (cheap to ask of any file). */
export function mayHoldDiff(text: string): boolean {
  return text.includes('\n@@ -') && (text.includes('\n+++ ') || text.startsWith('+++ '));
}

/**
 * The files of a unified diff. Hunk line counts decide where a hunk ends, so a changed line that
 * itself starts with `++` or `--` is not mistaken for a header.
 */
export function diffFiles(text: string): DiffFile[] {
  const files: DiffFile[] = [];
  let commit: string | undefined;
  let oldPath: string | undefined;
  let current: DiffFile | undefined;
  let oldLeft = 0, newLeft = 0, newLine = 0;
  let overrun = false; // the last hunk's counts are used up: more of its lines may follow
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    const offset = start + 1;
    start = end + 1;
    if (oldLeft > 0 || newLeft > 0) {
      const c = line[0];
      if (c === '+' && newLeft > 0) { current?.lines.push({ kind: '+', text: line.slice(1), offset, newLine: newLine++ }); newLeft--; overrun = !oldLeft && !newLeft; continue; }
      if (c === '-' && oldLeft > 0) { current?.lines.push({ kind: '-', text: line.slice(1), offset, newLine: 0 }); oldLeft--; overrun = !oldLeft && !newLeft; continue; }
      if ((c === ' ' || line === '') && newLeft > 0 && oldLeft > 0) {
        current?.lines.push({ kind: ' ', text: line.slice(1), offset, newLine: newLine++ });
        oldLeft--; newLeft--;
        overrun = !oldLeft && !newLeft;
        continue;
      }
      if (c === '\\') continue; // "\ No newline at end of file"
      oldLeft = newLeft = 0; // malformed counts: fall back to reading headers
    }
    // A hunk edited by hand (in a review, a chat, a ticket) may run past its counts: its lines go on
    // being read as changed or context lines until a header, a blank line or an unmarked line.
    if (overrun && current && line !== '' && !line.startsWith('--- ') && !line.startsWith('+++ ') && line !== '-- ') {
      const c = line[0];
      if (c === ' ') { current.lines.push({ kind: ' ', text: line.slice(1), offset, newLine: newLine++ }); continue; }
      if (c === '+') { current.lines.push({ kind: '+', text: line.slice(1), offset, newLine: newLine++ }); continue; }
      if (c === '-') { current.lines.push({ kind: '-', text: line.slice(1), offset, newLine: 0 }); continue; }
    }
    overrun = false;
    let m: RegExpExecArray | null;
    if ((m = /^(?:commit |From )([0-9a-f]{7,64})\b/.exec(line))) {
      commit = m[1];
      current = undefined;
    } else if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      current = undefined;
    } else if (line.startsWith('--- ')) {
      oldPath = headerPath(line.slice(4));
    } else if (line.startsWith('+++ ')) {
      current = { ...(commit ? { commit } : {}), oldPath, newPath: headerPath(line.slice(4)), lines: [], hunkStarts: [] };
      files.push(current);
      oldPath = undefined;
    } else if ((m = HUNK.exec(line)) && current) {
      current.hunkStarts.push(current.lines.length);
      oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === undefined ? 1 : Number(m[3]);
    }
  }
  return files;
}

/** `b/src/a.ts` → `src/a.ts`; `"b/sp ace\tx"` unquoted; svn's `a.ts\t(revision 12)` → `a.ts`; `/dev/null` → undefined. */
function headerPath(spec: string): string | undefined {
  // (Ansible's --diff labels its sides: `--- before: /etc/app.conf`, `+++ after: …/app.conf.j2`.)
  let p = spec.replace(/\t.*$/, '').trim().replace(/^(?:before|after):[ \t]*/, '');
  if (p.startsWith('"') && p.endsWith('"')) p = unquoteC(p.slice(1, -1));
  if (p === '/dev/null' || p === '') return undefined;
  return p.replace(/^[abw]\//, '');
}

/** Git quotes unusual paths C-style: `\"`, `\\`, `\t`, `\n` and octal bytes. */
function unquoteC(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') { bytes.push(...utf8(s[i])); continue; }
    const n = s[++i];
    if (/[0-7]/.test(n)) { bytes.push(parseInt(s.slice(i, i + 3), 8)); i += 2; }
    else bytes.push(({ n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[n] ?? n.charCodeAt(0));
  }
  try {
    return decodeURIComponent(bytes.map(b => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return String.fromCharCode(...bytes);
  }
}

function utf8(ch: string): number[] {
  return Array.from(encodeURIComponent(ch).match(/%[0-9A-F]{2}|./gi) ?? [], x => x.startsWith('%') ? parseInt(x.slice(1), 16) : x.charCodeAt(0));
}

/** One side of a changed file as text, and where each of its lines came from in the diff. */
export interface DiffSide {
  path: string;
  side: 'old' | 'new';
  text: string;
  /** Per line of `text`: where it starts in `text`, where its content starts in the diff, and its mark. */
  starts: number[];
  offsets: number[];
  kinds: HunkLine['kind'][];
}

/**
 * The old side (context and removed lines) and the new side (context and added lines) of each
 * file, hunks apart by a blank line. A removed line is as leaked as an added one: the history holds it.
 */
export function diffSides(text: string): DiffSide[] {
  const out: DiffSide[] = [];
  for (const file of diffFiles(text)) {
    if (!(file.newPath ?? file.oldPath) || !file.lines.length) continue;
    for (const side of ['old', 'new'] as const) {
      // Each side is read as its own file: a template rendered to `.pgpass` is one on the old side.
      const path = (side === 'old' ? file.oldPath ?? file.newPath : file.newPath ?? file.oldPath)!;
      const skip = side === 'old' ? '+' : '-';
      const parts: string[] = [], starts: number[] = [], offsets: number[] = [], kinds: HunkLine['kind'][] = [];
      let at = 0, hunk = 0;
      file.lines.forEach((l, i) => {
        for (; hunk < file.hunkStarts.length && file.hunkStarts[hunk] <= i; hunk++) {
          if (parts.length) { parts.push(''); starts.push(at); offsets.push(l.offset - 1); kinds.push(' '); at += 1; }
        }
        if (l.kind === skip) return;
        parts.push(l.text);
        starts.push(at);
        offsets.push(l.offset);
        kinds.push(l.kind);
        at += l.text.length + 1;
      });
      if (parts.some(Boolean)) out.push({ path, side, text: parts.join('\n'), starts, offsets, kinds });
    }
  }
  return out;
}

/** Where offset `at` of a side's text is in the diff (a line's end maps to the end of its content). */
export function diffOffset(side: DiffSide, at: number): number {
  const line = sideLineAt(side, at);
  return side.offsets[line] + (at - side.starts[line]);
}

/** How the diff marks the line that holds offset `at` of a side's text: `+`, `-` or ` `. */
export function diffMarkAt(side: DiffSide, at: number): HunkLine['kind'] {
  return side.kinds[sideLineAt(side, at)];
}

function sideLineAt(side: DiffSide, at: number): number {
  let lo = 0, hi = side.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (side.starts[mid] <= at) lo = mid; else hi = mid - 1;
  }
  return lo;
}
