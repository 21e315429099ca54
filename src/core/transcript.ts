/**
 * Terminal transcripts (`script` logs, a pasted session in a ticket or a README): a command that
 * prints a secret, with the secret on the line after it, and the two-column tables that secret
 * stores print (`vault kv get`). The name is in the command or the row; the value is its output.
 */
import { lineStartWithin, lineEndWithin } from './text';

/** A value read from a transcript, at its offsets. */
export interface TranscriptValue {
  /** The secret's name where the command says more than the name hit (`auth:token`, `{.data.password}`). */
  name?: string;
  value: string;
  start: number;
  end: number;
}

/** A shell prompt before the command: `user@host:~/dir$ `, `$ `, `% `, `# `, PowerShell's `PS C:\> `. */
// (Red Hat's bracketed prompt too: `[jdoe@bastion-01 ~]$ `.)
const PROMPT_SOURCE = '[ \\t]{0,4}(?:(?:\\(\\w[\\w.-]{0,30}\\)[ \\t])?(?:[\\w.-]{1,40}@[\\w.-]{1,60}(?::[^\\s$#]{0,120})?[ \\t]?|\\[[\\w.-]{1,40}@[\\w.-]{1,60}(?:[ \\t][^\\]\\n]{0,120})?\\])?[$#%]|PS[ \\t][^\\n>]{1,120}>)[ \\t]';
const PROMPT = new RegExp(`^${PROMPT_SOURCE}`);
/** The same, matched where a line starts (sticky: no copy of the line for the many names that are not in one). */
const PROMPT_AT = new RegExp(PROMPT_SOURCE, 'y');

/**
 * Commands whose output is the secret they name, at the end of the command line: Heroku's and
 * GitHub CLI's `auth:token`/`auth token`, `aws configure get <name>`, `heroku config:get <NAME>`,
 * `printenv <NAME>`, `cat ~/.vault-token`, a file holding one key printed whole (Rails' `config/master.key`, `git show <rev>:config/master.key`),
 * a Kubernetes Secret's field decoded (`… | base64 -d`),
 * Vault's `-field=…`, 1Password's `op read`, `pass show`, macOS `security … -w`, `aws ecr get-login-password`,
 * `gcloud auth print-access-token`.
 */
const PRINTS_SECRET = /(?:\baws[ \t]+configure[ \t]+get[ \t]+[\w.-]{1,80}(?:[ \t]+--?[\w-]{1,30}(?:[ \t=][\w.-]{1,60})?){0,3}|\bheroku[ \t]+config:get[ \t]+[\w-]{1,80}(?:[ \t]+-{1,2}[\w-]{1,20}(?:[ \t=][\w.-]{1,60})?){0,3}|\bprintenv[ \t]+[A-Za-z_]\w{0,80}|(?:\b(?:cat|type|more|head|Get-Content|gc)[ \t]+|\bgit[ \t]+show[ \t]+[\w.~^/-]{1,80}:)[~\w./\\-]{0,80}(?:\.vault-token|master\.key|credentials[/\\][\w-]{1,40}\.key)|\bauth[: ]token|\bbase64[ \t]+(?:-d|--decode|-D)\b[^\n|]{0,20}|\bvault[ \t][^\n]{0,200}-field=[\w-]{1,60}[^\n]{0,200}|\bop[ \t]+read[ \t][^\n]{1,200}|\bpass[ \t]+show[ \t][^\n]{1,200}|\bsecurity[ \t]+find-(?:generic|internet)-password[^\n]{0,200}[ \t]-w\b[^\n]{0,100}|\baws[ \t]+ecr[ \t]+get-login-password\b[^\n|]{0,200}|\bgcloud[ \t]+auth[ \t]+(?:application-default[ \t]+)?print-access-token\b[^\n|]{0,200})[ \t]*(?:;[ \t]*echo)?[ \t]*\r?$/;

/** CLI notices printed before the output: Heroku's `›`, `WARNING:`, `Warning:`. */
const NOTICE = /^[ \t]*(?:›|»|WARNING:|Warning:|warning:|NOTE:|Note:)/;

/** A value alone on its line: one run of non-blank characters. */
// (Up to 4 KB: `aws ecr get-login-password` prints a token of some 2,500 characters.)
const LONE_VALUE = /^[ \t]{0,8}(\S{6,4096})[ \t]*\r?$/;

/**
 * The output of a command that prints the secret named at `nameStart` (in the command line under a
 * prompt): the first line after it that is neither blank nor a notice, holding one value.
 */
export function commandOutputValue(text: string, nameStart: number, nameEnd: number): TranscriptValue | undefined {
  const lineStart = lineStartWithin(text, nameStart, 400);
  PROMPT_AT.lastIndex = lineStart;
  if (!PROMPT_AT.test(text)) return undefined;
  const lineEnd = lineEndWithin(text, nameEnd, 400);
  const line = text.slice(lineStart, lineEnd);
  if (!PRINTS_SECRET.test(line)) return undefined;
  let at = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  for (let skipped = 0; at < text.length && skipped < 4; skipped++) {
    const end = lineEndWithin(text, at, 4200);
    const next = text.slice(at, end);
    if (next.trim() !== '' && !NOTICE.test(next)) {
      const m = LONE_VALUE.exec(next);
      if (!m || PROMPT.test(next)) return undefined;
      const start = at + next.indexOf(m[1]);
      return { name: printedName(line), value: m[1], start, end: start + m[1].length };
    }
    at = end + 1;
  }
  return undefined;
}

/** What the command prints, named as a setting would be. */
function printedName(command: string): string | undefined {
  if (/\bauth[: ]token/.test(command)) return 'auth_token';
  if (/\bget-login-password\b/.test(command)) return 'registry_password';
  if (/\bprint-access-token\b/.test(command)) return 'access_token';
  if (/\.vault-token/.test(command)) return 'vault_token';
  if (/master\.key|credentials[/\\][\w-]{1,40}\.key/.test(command)) return 'master_key';
  const setting = /\b(?:aws[ \t]+configure[ \t]+get|heroku[ \t]+config:get|printenv)[ \t]+([\w.-]{1,80})/.exec(command);
  if (setting) return setting[1];
  const field = /\{\.data\.([\w.-]{1,60})\}|-field=([\w-]{1,60})/.exec(command);
  if (field) return field[1] ?? field[2];
  return /\bpass[ \t]+show|find-(?:generic|internet)-password/.test(command) ? 'password' : /\bop[ \t]+read/.test(command) ? 'secret' : undefined;
}

/** The header of a secret store's two-column table: Vault's `Key  Value` over `---  -----`. */
const TABLE_HEADER = /(?:^|\n)Key[ \t]{2,}Value[ \t]*\r?\n-{3}[ \t]{2,}-{5}[ \t]*\r?\n/g;
/** Lines a table's header may be above its row. */
const TABLE_ROWS = 60;

/**
 * A row of such a table, `db_password        45Xt…`: the name at the row's start, two or more
 * blanks, then the value alone to the line's end. The header must be within 60 lines above,
 * with no blank line between (a table ends at one).
 */
export function tableRowValue(text: string, nameStart: number, nameEnd: number): TranscriptValue | undefined {
  // Cheap tests first: most names read are not at a line's start before two blanks.
  if ((nameStart > 0 && text[nameStart - 1] !== '\n') || text[nameEnd] !== ' ' || text[nameEnd + 1] !== ' ') return undefined;
  const lineStart = nameStart;
  const m = /^[ \t]{2,40}(\S{1,2048})[ \t]*\r?(?:\n|$)/.exec(text.slice(nameEnd, nameEnd + 2100));
  if (!m) return undefined;
  const above = text.slice(Math.max(0, lineStart - TABLE_ROWS * 120), lineStart);
  TABLE_HEADER.lastIndex = 0;
  let header = -1;
  for (let h = TABLE_HEADER.exec(above); h; h = TABLE_HEADER.exec(above)) header = h.index + h[0].length;
  if (header < 0 || /\n[ \t]*\r?\n/.test('\n' + above.slice(header))) return undefined;
  const start = nameEnd + m[0].indexOf(m[1]);
  return { value: m[1], start, end: start + m[1].length };
}
