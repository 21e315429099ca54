/**
 * Per-language knowledge: which family a file belongs to and how that family reads an
 * environment variable, both as a whole expression and from inside a string.
 */

export type LanguageKind =
  | 'js' | 'python' | 'go' | 'java' | 'kotlin' | 'csharp' | 'ruby' | 'php' | 'rust' | 'swift' | 'dart'
  | 'elixir' | 'lua' | 'r' | 'scala' | 'c' | 'cpp' | 'shell' | 'dockerfile' | 'powershell'
  | 'workflow' | 'compose' | 'spring' | 'yaml' | 'properties' | 'terraform' | 'tfvars' | 'npmrc';

const BY_LANGUAGE_ID: Record<string, LanguageKind> = {
  javascript: 'js', typescript: 'js', javascriptreact: 'js', typescriptreact: 'js', vue: 'js', svelte: 'js',
  python: 'python', go: 'go', java: 'java', kotlin: 'kotlin', csharp: 'csharp', ruby: 'ruby', php: 'php',
  rust: 'rust', swift: 'swift', dart: 'dart', elixir: 'elixir', lua: 'lua', r: 'r', scala: 'scala',
  c: 'c', cpp: 'cpp', 'cuda-cpp': 'cpp', shellscript: 'shell', bash: 'shell', zsh: 'shell', sh: 'shell',
  dockerfile: 'dockerfile', powershell: 'powershell', yaml: 'yaml', 'github-actions-workflow': 'workflow',
  'dockercompose': 'compose', properties: 'properties', 'java-properties': 'properties', 'spring-boot-properties': 'spring',
  'spring-boot-properties-yaml': 'spring', terraform: 'terraform', 'terraform-vars': 'tfvars',
};

const BY_EXTENSION: Record<string, LanguageKind> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', vue: 'js', svelte: 'js',
  py: 'python', pyw: 'python', go: 'go', java: 'java', kt: 'kotlin', kts: 'kotlin', cs: 'csharp', rb: 'ruby',
  php: 'php', rs: 'rust', swift: 'swift', dart: 'dart', ex: 'elixir', exs: 'elixir', lua: 'lua', r: 'r',
  scala: 'scala', sc: 'scala', c: 'c', h: 'c', cpp: 'cpp', cc: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp', hxx: 'cpp',
  sh: 'shell', bash: 'shell', zsh: 'shell', ps1: 'powershell', psm1: 'powershell', yml: 'yaml', yaml: 'yaml',
  properties: 'properties', tf: 'terraform', tfvars: 'tfvars',
};

/** The language family of a file, or undefined when no safe env lookup exists (JSON, unknown). */
export function languageKind(languageId: string, path: string): LanguageKind | undefined {
  const p = path.replace(/\\/g, '/');
  const base = p.split('/').pop()!.toLowerCase();
  if (/^dockerfile(?:[.-].*)?$|\.dockerfile$/.test(base)) return 'dockerfile';
  if (base === '.npmrc') return 'npmrc';
  const ext = base.includes('.') ? base.split('.').pop()! : '';
  // A .tfvars file is often opened as `terraform`; its extension decides.
  const kind = ext === 'tfvars' ? 'tfvars' : BY_LANGUAGE_ID[languageId] ?? BY_EXTENSION[ext];
  if (kind === 'yaml' || kind === 'properties' || kind === 'spring' || kind === 'compose' || kind === 'workflow') {
    return configKind(p, base, kind);
  }
  return kind;
}

/** YAML/properties files whose consumer we know: workflows, Compose, Spring. */
function configKind(path: string, base: string, fallback: LanguageKind): LanguageKind {
  if (/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return 'workflow';
  if (/^(?:docker-)?compose(?:[.-][\w.-]*)?\.ya?ml$/.test(base)) return 'compose';
  if (/^(?:application|bootstrap)(?:-[\w.-]+)?\.(?:ya?ml|properties)$/.test(base)) return 'spring';
  return fallback;
}

/** Families that rewrite a whole literal into an expression (vs. interpolate inside text). */
export function isCodeKind(kind: LanguageKind): boolean {
  return !['shell', 'dockerfile', 'powershell', 'workflow', 'compose', 'spring', 'yaml', 'properties', 'terraform', 'tfvars', 'npmrc'].includes(kind);
}

/** A lower-case identifier for Terraform variables: `OPENAI_API_KEY` → `openai_api_key`. */
export function terraformVarName(envName: string): string {
  return envName.replace(/^TF_VAR_/, '').toLowerCase();
}

/**
 * The expression reading `name`, replacing a whole literal (quotes included).
 * Rust: `String` form; the caller adds `&` where a `&str` was (see `rustNeedsString`).
 */
export function lookupExpression(kind: LanguageKind, name: string, cpp?: { std: boolean }): string {
  switch (kind) {
    case 'js': return `process.env.${name}`;
    case 'python': return `os.environ["${name}"]`;
    case 'go': return `os.Getenv("${name}")`;
    case 'java': case 'kotlin': return `System.getenv("${name}")`;
    case 'csharp': return `Environment.GetEnvironmentVariable("${name}")`;
    case 'ruby': return `ENV.fetch("${name}")`;
    case 'php': return `getenv('${name}')`;
    case 'rust': return `std::env::var("${name}").expect("${name} must be set")`;
    case 'swift': return `ProcessInfo.processInfo.environment["${name}"] ?? ""`;
    case 'dart': return `Platform.environment['${name}']!`;
    case 'elixir': return `System.fetch_env!("${name}")`;
    case 'lua': return `os.getenv("${name}")`;
    case 'r': return `Sys.getenv("${name}")`;
    case 'scala': return `sys.env("${name}")`;
    case 'c': return `getenv("${name}")`;
    case 'cpp': return cpp?.std === false ? `getenv("${name}")` : `std::getenv("${name}")`;
    case 'shell': return `"\${${name}}"`;
    case 'powershell': return `$env:${name}`;
    case 'workflow': return `\${{ secrets.${name} }}`;
    case 'terraform': return `var.${terraformVarName(name)}`;
    default: return `\${${name}}`;
  }
}

/** How to read `name` from inside a string literal of the family, when it can. */
export function interpolation(kind: LanguageKind, name: string, delimiter: string): string | undefined {
  switch (kind) {
    case 'js': return delimiter === '`' ? `\${process.env.${name}}` : undefined;
    case 'shell': return delimiter === "'" ? `'"\${${name}}"'` : `\${${name}}`;
    case 'powershell': return delimiter === '"' ? `$($env:${name})` : undefined;
    case 'dockerfile': return delimiter === "'" ? undefined : `\${${name}}`;
    case 'workflow': return `\${{ secrets.${name} }}`;
    case 'terraform': return `\${var.${terraformVarName(name)}}`;
    case 'compose': case 'spring': case 'yaml': case 'properties': case 'npmrc': return `\${${name}}`;
    default: return undefined;
  }
}

/** Joins string parts and an expression: `"Bearer " + process.env.X`. Undefined when unsupported. */
export function concatenation(kind: LanguageKind, parts: string[]): string | undefined {
  switch (kind) {
    case 'js': case 'python': case 'go': case 'java': case 'kotlin': case 'csharp': case 'ruby': case 'swift':
    case 'dart': case 'scala': return parts.join(' + ');
    case 'php': return parts.join(' . ');
    case 'lua': return parts.join(' .. ');
    case 'elixir': return parts.join(' <> ');
    case 'r': return `paste0(${parts.join(', ')})`;
    default: return undefined;
  }
}

/** Lookups containing a low-precedence operator must be parenthesised inside larger expressions. */
export function lookupNeedsParens(kind: LanguageKind): boolean {
  return kind === 'swift';
}
