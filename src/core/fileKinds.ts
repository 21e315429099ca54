/**
 * File-type facts the engine needs from a path or language id alone (it never reads disk):
 * which formats allow unquoted values, which comment syntax a file uses, which files are
 * tests/fixtures/docs, and which are generated (lockfiles, source maps, minified bundles).
 */

import { languageById, languageOfExtension } from './lang/languages';
import { baseName, extensionOf, withoutFormatSuffixes } from './lang/model';

const CONFIG_LANGUAGES = new Set(['dotenv', 'properties', 'ini', 'yaml', 'toml', 'xml', 'shellscript', 'dockerfile',
  'makefile', 'plaintext', 'hcl', 'terraform', 'editorconfig', 'env', 'java-properties', 'conf', 'bat']);

/**
 * Configuration by name or extension, also as a template or a backup of itself
 * (`config.yml.j2`, `values.yaml.tpl`, `app.ini.dist`, `settings.conf.bak`); REST clients'
 * `.http`/`.rest` request files and systemd units read as `Name: value` / `Name=value` too.
 * A base name may hold spaces: Visual Studio names publish profiles `<app> - Web Deploy.pubxml`.
 * Game engines' settings too: Unity's `.asset` YAML (ProjectSettings, ScriptableObjects), Godot's
 * `project.godot` and `.tres` resources, Inno Setup's `.iss` scripts (INI sections). `script(1)`'s
 * session recordings (`*.typescript`) hold the settings files a session printed. SAS programs set
 * macro variables to unquoted text (`%let api_token = …;`).
 */
const CONFIG_FILE = /(?:^|\/)(?:\.env(?:\.[\w.-]+)?|\.dev\.vars(?:\.[\w-]+)?|[\w.-]+\.env|\.npmrc|\.pypirc|\.netrc|_netrc|\.pgpass|\.git-credentials|\.htpasswd|[\w-]{0,40}\.(?:bash|zsh|sh|psql|mysql|python|node_repl|rediscli)_history|\.(?:bash|zsh)rc|\.(?:bash_|z)?profile|\.[\w-]{1,20}rc|credentials|kubeconfig|\.gitconfig|\.kube\/config|\.aws\/config|\.s3cfg|\.boto|hosts|inventory|(?:Docker|Container)file[\w.-]*|Makefile|Procfile|[^/]+\.(?:ya?ml|toml|ini|cfg|conf|config|properties|env|xml|tf|tfvars|hcl|cred|creds|secrets|nmconnection|ovpn|ldif|sh|bash|zsh|ps1|bat|cmd|txt|eml|mbox|cnf|plist|spf|gradle|mk|fish|csh|tcsh|sls|csproj|vbproj|fsproj|props|targets|pubxml|nuspec|xcconfig|dockerfile|containerfile|http|rest|service|timer|socket|mount|rsc|csv|tsv|bru|asset|iss|godot|tres|typescript|sas|jcl|jcls|cntl))$/i;

/**
 * The language of a file whose name alone says it and whose extension does not (shell
 * start-up files, from the shell record's `fileNames`). Hosts that scan files derive the kind
 * from the path only, so the editor (which knows `.bash_profile` is `shellscript`) and the CLI
 * reach the same findings.
 */
export function languageIdOfPath(path: string): string | undefined {
  return languageById('shell')!.fileNames!.test(baseName(path)) ? 'shellscript' : undefined;
}

/** Formats where `key: value` / `key=value` values are commonly unquoted. */
export function isConfigLike(path?: string, languageId?: string): boolean {
  if (languageId && CONFIG_LANGUAGES.has(languageId)) return true;
  return !!path && (CONFIG_FILE.test(normalize(withoutFormatSuffixes(path))) || isDotfileOrBare(path) || isUnknownFormat(path));
}

/**
 * Code whose language no record describes: its unquoted values are expressions, as in the
 * languages the records know. Templates of pages are code too.
 */
const UNRECORDED_CODE = new Set(['groovy', 'gvy', 'fs', 'fsx', 'fsi', 'ml', 'mli', 'hx', 'cls', 'trigger', 'apex', 'zig', 'sol',
  'pas', 'd', 'sv', 'vhd', 'vhdl', 'f', 'f90', 'asm', 's', 'ada', 'adb', 'ads', 'jsp', 'asp', 'aspx', 'cshtml', 'razor', 'erb', 'ejs',
  'hbs', 'twig', 'jinja', 'j2', 'tpl', 'gd', 'vala', 'cr', 'elm', 'purs', 're', 'res', 'json', 'jsonc', 'json5', 'ipynb', 'rst', 'adoc',
  'log', 'svg', 'lock', 'map', 'min', 'sum', 'mod', 'pb', 'proto', 'graphql', 'gql', 'prisma', 'wasm', 'td', 'll', 'mlir', 'cmake', 'bzl', 'star', 'v', 'tla', 'smt2',
  // Configuration languages with expressions (Dhall's `env:NAME as Text`, CUE's `string @tag(…)`, Jsonnet), and more code.
  'dhall', 'cue', 'jsonnet', 'libsonnet', 'raku', 'rakumod', 'rakutest', 'p6', 'pm6', 'ahk', 'abap', 'vbs', 'vba', 'bas', 'dpr', 'lpr', 'psd1',
  // Data, messages and patches: structured or prose, never `NAME=value` settings.
  'jsonl', 'ndjson', 'har', 'geojson', 'jsonld', 'webmanifest', 'avsc', 'po', 'pot', 'strings', 'resx', 'xlf', 'xliff', 'arb',
  'snap', 'patch', 'diff', 'pem', 'crt', 'cer', 'key', 'pub', 'asc', 'gpg', 'sig', 'der', 'p12', 'pfx', 'jks']);

/**
 * A file whose extension names no language the records know and no code or data format
 * (a `.crontab`, SAP JCo's `.jcoDestination`, Informatica's `.par`): tools' own settings,
 * written `NAME=value` with values unquoted, as configuration is.
 */
function isUnknownFormat(path: string): boolean {
  const extension = extensionOf(withoutFormatSuffixes(path));
  return extension.length > 0 && /^[a-z][a-z0-9_-]{0,24}$/i.test(extension) && !languageOfExtension(`x.${extension.toLowerCase()}`) && !UNRECORDED_CODE.has(extension.toLowerCase());
}

/**
 * A dotfile without an extension (`.tugboat`, `.ftpconfig`) or a file with no extension at all
 * (`~/.config/hub`): tools' own settings, conventionally `key: value` or `key value` text.
 */
function isDotfileOrBare(path: string): boolean {
  const base = baseName(path);
  return /^\.?[\w-]{1,40}$/.test(base) && !/^(?:license|licence|copying|readme|changelog|authors|notice|contributors)$/i.test(base);
}

// (A template's suffix too: Joomla's `configuration.php-dist`, `app.ini.dist`, `config.yml.example`.)
const TEST_PATH = /(?:^|\/)(?:tests?|__tests__|spec|specs|__mocks__|mocks?|fixtures?|__fixtures__|testdata|test[-_]data|examples?|samples?|demos?|docs?)(?:\/|$)|[._-](?:test|spec|mock|fixture|example|sample|stor(?:y|ie))s?\.[\w]+$|(?:^|\/)(?:tests?[_.-]|examples?[-_.])[\w.-]+$|\.[\w]{1,8}[._-](?:dist|examples?|samples?|templates?|tmpl)$/i;

/** True for template env files meant to be committed (`.env.example`, `.env.sample`, `.env.template`). */
export function isEnvTemplate(path: string): boolean {
  return /(?:^|[/\\.])(?:example|sample|template|dist|defaults?)(?:$|\.)/i.test(path.replace(/^.*[/\\]/, ''));
}

/**
 * Local secret files: `.env`, `.env.local`, `api/.env.production`, `prod.env`. Not the
 * templates meant to be committed (`.env.example`): a `.env` that git does not ignore is a
 * commit waiting to happen, a template is not.
 */
export function isEnvFile(path?: string): boolean {
  if (!path) return false;
  const base = normalize(path).split('/').pop()!;
  // `.env.d.ts` and friends are code that declares the variables, not values.
  // (Wrangler's `.dev.vars` is Cloudflare Workers' `.env` for local development.)
  return /^(?:\.env(?:\.[\w.-]+)?|[\w.-]+\.env|\.dev\.vars(?:\.[\w-]+)?)$/i.test(base) && !/\.(?:[cm]?[jt]sx?|py)$/i.test(base) && !isEnvTemplate(base);
}

/** Tests, fixtures, examples and docs: where token-shaped values are usually dummies. */
export function isTestOrExamplePath(path?: string): boolean {
  return !!path && TEST_PATH.test(normalize(path));
}

/** Prose documentation, where credentials appear mostly as examples. */
export function isDocumentation(path?: string): boolean {
  // (Wiki pages and notes too: MediaWiki's, Creole's, org-mode's; and manual pages, roff in a `man/` folder or their ronn source.)
  return !!path && /\.(?:md|markdown|mdx|rst|adoc|asciidoc|textile|rdoc|pod|wiki|mediawiki|creole|org|ronn)$|(?:^|\/)(?:METADATA|PKG-INFO)$|(?:^|\/)man[1-9]?[a-z]?\/[^/]{1,200}\.[1-9][a-z]{0,2}$/i.test(path);
}

// (And Turborepo's run summaries, `.turbo/runs/<id>.json`: each environment variable's value is kept as its sha256.)
const LOCKFILE = /(?:^|\/)\.turbo\/runs\/[^/]{1,100}\.json$|(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lockb?|composer\.lock|Gemfile\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|go\.sum|Podfile\.lock|packages\.lock\.json|flake\.lock|uv\.lock|mix\.lock|pubspec\.lock|gradle\.lockfile)$/i;

/** Dependency lockfiles: full of integrity hashes, never a place to keep credentials. */
export function isLockfile(path?: string): boolean {
  return !!path && LOCKFILE.test(normalize(path));
}

export { commentStyleFor, type CommentStyle } from './lang/comments';

function normalize(path: string): string {
  return path.replace(/\\/g, '/');
}
