/**
 * Comment syntax per language: one record per language (its VS Code id, the file extensions
 * and names that select it, its line and block comment markers). The fixes use it to write an
 * ignore comment, the generic rule to tell a comment (`# previous key: …`) from code.
 * Adding a language is one record here.
 */

export type CommentStyle = { line?: string; block?: [string, string] };

interface LanguageRecord {
  id: string;
  extensions: readonly string[];
  comment: CommentStyle;
}

const HASH: CommentStyle = { line: '#' };
const MARKUP: CommentStyle = { block: ['<!--', '-->'] };
const SEMI: CommentStyle = { line: ';' };
const DASHES: CommentStyle = { line: '--' };

const LANGUAGES: readonly LanguageRecord[] = [
  { id: 'python', extensions: ['py'], comment: HASH },
  { id: 'ruby', extensions: ['rb'], comment: HASH },
  { id: 'shellscript', extensions: ['sh', 'bash', 'zsh', 'conf'], comment: HASH },
  { id: 'yaml', extensions: ['yml', 'yaml'], comment: HASH },
  { id: 'toml', extensions: ['toml'], comment: HASH },
  { id: 'dotenv', extensions: ['env'], comment: HASH },
  { id: 'properties', extensions: ['properties'], comment: HASH },
  { id: 'dockerfile', extensions: [], comment: HASH },
  { id: 'makefile', extensions: [], comment: HASH },
  { id: 'perl', extensions: ['pl'], comment: HASH },
  { id: 'r', extensions: ['r'], comment: HASH },
  { id: 'powershell', extensions: ['ps1'], comment: HASH },
  { id: 'terraform', extensions: ['tf', 'tfvars'], comment: HASH },
  { id: 'hcl', extensions: ['hcl'], comment: HASH },
  { id: 'elixir', extensions: ['ex', 'exs'], comment: HASH },
  { id: 'coffeescript', extensions: ['coffee'], comment: HASH },
  { id: 'julia', extensions: ['jl'], comment: HASH },
  { id: 'nim', extensions: ['nim'], comment: HASH },
  { id: 'ini', extensions: ['ini', 'cfg', 'cnf'], comment: SEMI },
  { id: 'sql', extensions: ['sql'], comment: DASHES },
  { id: 'lua', extensions: ['lua'], comment: DASHES },
  { id: 'haskell', extensions: ['hs'], comment: DASHES },
  { id: 'plsql', extensions: [], comment: DASHES },
  { id: 'html', extensions: ['html', 'htm'], comment: MARKUP },
  { id: 'xml', extensions: ['xml'], comment: MARKUP },
  { id: 'markdown', extensions: ['md'], comment: MARKUP },
  { id: 'vue', extensions: ['vue'], comment: MARKUP },
  { id: 'svelte', extensions: ['svelte'], comment: MARKUP },
  { id: 'css', extensions: ['css'], comment: { block: ['/*', '*/'] } },
  { id: 'bat', extensions: ['bat', 'cmd'], comment: { line: 'REM' } },
  { id: 'vb', extensions: ['vb'], comment: { line: "'" } },
  { id: 'erlang', extensions: ['erl'], comment: { line: '%' } },
  { id: 'latex', extensions: ['tex'], comment: { line: '%' } },
  { id: 'clojure', extensions: ['clj'], comment: SEMI },
  { id: 'lisp', extensions: [], comment: SEMI },
  { id: 'scheme', extensions: [], comment: SEMI },
];

const BY_ID = new Map(LANGUAGES.map(l => [l.id, l]));
const BY_EXTENSION = new Map(LANGUAGES.flatMap(l => l.extensions.map(e => [e, l] as const)));

/** The comment syntax of a file; C-style `//` is the default for code. JSON has none. */
export function commentStyleFor(path?: string, languageId?: string): CommentStyle | undefined {
  if (languageId === 'json') return undefined;
  const base = path ? path.replace(/\\/g, '/').split('/').pop()!.toLowerCase() : '';
  const byId = languageId ? BY_ID.get(languageId) : undefined;
  if (byId) return byId.comment;
  if (/^\.env(\.|$)|^dockerfile|^makefile|^\.npmrc$|^\.gitignore$|^procfile$/.test(base)) return HASH;
  const ext = base.includes('.') ? base.split('.').pop()! : '';
  if (ext === 'json') return undefined;
  // C-family languages (JS, TS, Java, C#, Go, Rust, PHP, Swift, Kotlin, …) are the default.
  return BY_EXTENSION.get(ext)?.comment ?? { line: '//' };
}

/**
 * True when `offset` lies in a whole-line comment: the line starts (after indentation) with
 * the file's line-comment marker, or with `*` / `/*` in a C-style block comment. Comments that
 * follow code on the same line are not recognised (a `#` or `//` inside a string is common).
 */
export function inLineComment(text: string, lineStart: number, offset: number, style: CommentStyle | undefined): boolean {
  if (!style) return false;
  let i = lineStart;
  while (i < offset && (text[i] === ' ' || text[i] === '\t')) i++;
  const markers = style.line ? [style.line] : [];
  if (style.block?.[0] === '/*' || style.line === '//') markers.push('/*', '* ', '*\t');
  return markers.some(m => text.startsWith(m, i) && i + m.length <= offset);
}
