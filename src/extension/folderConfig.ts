/**
 * Per workspace folder: `.secrethygiene.json`, the baseline it names (or the default one) and
 * every `.gitignore`, read through `workspace.fs` (works in virtual workspaces) and re-read when
 * they change. Answers "is this file excluded / git-ignored?" and applies suppressions.
 */

import * as vscode from 'vscode';
import ignore from 'ignore';
import {
  applySuppressions, CONFIG_FILE_NAME, configWarnings, DEFAULT_BASELINE_FILE, escapeControls, MAX_BASELINE_BYTES, MAX_CONFIG_BYTES,
  MAX_IGNORE_FILE_BYTES, parseBaseline, parseWorkspaceConfig, type AllowlistEntry, type Baseline, type Finding, type WorkspaceConfig,
} from '../core';
import { compileGlob, GlobError } from '../node/globs';
import { matchesAny } from './globs';
import { readSettings, type Settings } from './settings';

interface GitignoreFile {
  /** Folder of the `.gitignore`, relative to the workspace folder ('' at the root). */
  dir: string;
  rules: ignore.Ignore;
}

interface FolderState {
  config: WorkspaceConfig;
  configError?: string;
  baseline?: Baseline;
  baselineError?: string;
  gitignores: GitignoreFile[];
}

const EMPTY_CONFIG: WorkspaceConfig = { exclude: [], allowlist: [], rules: {} };

/** Where a finding an allowlist entry matches was last seen (masked value only). */
export interface AllowlistMatch { uri: vscode.Uri; title: string; masked: string; line: number }

/** An allowlist entry of a folder, with the finding it matched in the latest scans, if any. */
export interface ShownAllowlistEntry extends AllowlistEntry { match?: AllowlistMatch }

/** One folder's exclude, `.gitignore` and suppression answers, by folder-relative path. */
export interface FolderView {
  isExcluded(rel: string): boolean;
  isGitIgnored(rel: string): boolean;
  suppress(uri: vscode.Uri, findings: Finding[]): Finding[];
}

function suppressWith(state: FolderState | undefined, settings: Settings, findings: Finding[]): Finding[] {
  const config = state?.config ?? EMPTY_CONFIG;
  const rules = { ...config.rules, ...settings.severityOverrides };
  return applySuppressions(findings, { allowlist: config.allowlist, rules }, state?.baseline);
}

export class FolderConfigs implements vscode.Disposable {
  private readonly states = new Map<string, Promise<FolderState>>();
  /** Loaded states by folder, for synchronous readers (the Findings view). */
  private readonly loaded = new Map<string, FolderState>();
  /** Per folder: allowlist fingerprint → the finding it matched in the latest scans. */
  private readonly matches = new Map<string, Map<string, AllowlistMatch>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a config, baseline or .gitignore was re-read. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** The folder's state, loading it on first use. */
  state(folder: vscode.WorkspaceFolder): Promise<FolderState> {
    const key = folder.uri.toString();
    let s = this.states.get(key);
    if (!s) {
      // A failed load must not stick: log it, use defaults, and try again next time.
      s = this.load(folder).catch(e => {
        this.log.error(`${folder.name}: reading the workspace config failed: ${(e as Error).message}`);
        this.states.delete(key);
        return { config: EMPTY_CONFIG, gitignores: [] };
      });
      this.states.set(key, s);
      void s.then(state => { if (this.states.get(key) === s) this.loaded.set(key, state); });
    }
    return s;
  }

  /** Drops cached state (a watched file changed); the next use re-reads it. */
  invalidate(folder?: vscode.WorkspaceFolder): void {
    if (folder) {
      this.states.delete(folder.uri.toString());
      this.loaded.delete(folder.uri.toString());
      this.matches.delete(folder.uri.toString());
    } else {
      this.states.clear();
      this.loaded.clear();
      this.matches.clear();
    }
    this.changed.fire();
  }

  /** True for files our settings or `.secrethygiene.json` exclude (minimatch, folder-relative). */
  async isExcluded(uri: vscode.Uri): Promise<boolean> {
    const folder = folderFor(uri);
    const globs = readSettings(uri).exclude;
    const rel = folder ? relativePath(folder, uri) : uri.path.replace(/^\//, '');
    if (folder) globs.push(...(await this.state(folder)).config.exclude);
    return matchesAny(rel, globs);
  }

  /** Whether a `.gitignore` in the folder (root or nested) ignores the file. */
  async isGitIgnored(uri: vscode.Uri): Promise<boolean> {
    const folder = folderFor(uri);
    if (!folder) return false;
    return gitIgnored((await this.state(folder)).gitignores, relativePath(folder, uri));
  }

  /** Drops allowlisted/baselined/off findings and applies severities (settings win over the config file). */
  async suppress(uri: vscode.Uri, findings: Finding[]): Promise<Finding[]> {
    const folder = folderFor(uri);
    const state = folder ? await this.state(folder) : undefined;
    const entries = state?.config.allowlistEntries;
    if (folder && entries?.length) this.recordMatches(folder, uri, findings, entries);
    return suppressWith(state, readSettings(uri), findings);
  }

  /**
   * The same three answers for every file of one folder, synchronously, from one read of the
   * folder's settings and state: a workspace scan asks them for thousands of files.
   */
  async view(folder: vscode.WorkspaceFolder): Promise<FolderView> {
    const state = await this.state(folder);
    const settings = readSettings(folder.uri);
    const excludes = [...settings.exclude, ...state.config.exclude];
    return {
      isExcluded: rel => matchesAny(rel, excludes),
      isGitIgnored: rel => gitIgnored(state.gitignores, rel),
      suppress: (uri, findings) => {
        const entries = state.config.allowlistEntries;
        if (entries?.length) this.recordMatches(folder, uri, findings, entries);
        return suppressWith(state, settings, findings);
      },
    };
  }

  /** Remembers which findings the folder's allowlist entries (expired ones too) match, for the Findings view. */
  private recordMatches(folder: vscode.WorkspaceFolder, uri: vscode.Uri, findings: Finding[], entries: AllowlistEntry[]): void {
    const listed = new Set(entries.map(e => e.fingerprint));
    let byFingerprint = this.matches.get(folder.uri.toString());
    for (const f of findings) {
      const hit = [f.fingerprint, f.valueHash, f.legacyFingerprint].find(fp => fp !== undefined && listed.has(fp));
      if (hit === undefined) continue;
      if (!byFingerprint) this.matches.set(folder.uri.toString(), byFingerprint = new Map());
      byFingerprint.set(hit, { uri, title: f.title, masked: f.masked, line: f.range.start.line + 1 });
    }
  }

  /** The expired allowlist entry that named this finding (it is reported again), if any. */
  expiredEntry(uri: vscode.Uri, f: Finding): AllowlistEntry | undefined {
    const folder = folderFor(uri);
    const entries = folder && this.loaded.get(folder.uri.toString())?.config.allowlistEntries;
    return entries?.find(e => e.expired && (e.fingerprint === f.fingerprint || e.fingerprint === f.valueHash || e.fingerprint === f.legacyFingerprint));
  }

  /** Each folder's allowlist entries (from the loaded config), with the findings they matched. */
  allowlisted(): { folder: vscode.WorkspaceFolder; entries: ShownAllowlistEntry[] }[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap(folder => {
      const entries = this.loaded.get(folder.uri.toString())?.config.allowlistEntries ?? [];
      const matches = this.matches.get(folder.uri.toString());
      return entries.length ? [{ folder, entries: entries.map(e => ({ ...e, match: matches?.get(e.fingerprint) })) }] : [];
    });
  }

  /** Paths (folder-relative) whose change means suppressions or ignores must be re-read. */
  isConfigFile(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
    const rel = relativePath(folder, uri);
    const name = rel.split('/').pop();
    return name === '.gitignore' || rel === CONFIG_FILE_NAME || rel === DEFAULT_BASELINE_FILE ||
      /baseline[^/]*\.json$/i.test(rel);
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<FolderState> {
    const state: FolderState = { config: EMPTY_CONFIG, gitignores: [] };
    const configText = await this.readOrWarn(folder, CONFIG_FILE_NAME, MAX_CONFIG_BYTES);
    if (configText !== undefined) {
      try {
        state.config = parseWorkspaceConfig(configText);
        this.checkGlobs(folder, state.config.exclude);
        // Unknown keys, and allowlist entries that expired (their findings are reported again).
        for (const w of configWarnings(configText)) this.log.warn(`${folder.name}: ${w}`);
      } catch (e) {
        state.configError = (e as Error).message;
        this.log.warn(`${folder.name}: ${state.configError}`);
      }
    }
    const baselinePath = state.config.baseline ?? DEFAULT_BASELINE_FILE;
    const baselineText = await this.readOrWarn(folder, baselinePath, MAX_BASELINE_BYTES);
    if (baselineText !== undefined) {
      try {
        state.baseline = parseBaseline(baselineText);
      } catch (e) {
        state.baselineError = (e as Error).message;
        this.log.warn(`${folder.name}/${escapeControls(baselinePath)}: ${state.baselineError}`);
      }
    }
    state.gitignores = await loadGitignores(folder, this.log);
    return state;
  }

  /** Says which config globs the CLI refuses (too many brace alternatives); the editor bounds them. */
  private checkGlobs(folder: vscode.WorkspaceFolder, globs: readonly string[]): void {
    globs.forEach((g, i) => {
      try {
        compileGlob(g, `${CONFIG_FILE_NAME} "exclude" #${i + 1}`);
      } catch (e) {
        if (e instanceof GlobError) this.log.error(`${folder.name}: ${e.message}`);
        else throw e;
      }
    });
  }

  /** A file of the folder read by the safe rules; a refused one is logged (and treated as absent). */
  private async readOrWarn(folder: vscode.WorkspaceFolder, rel: string, maxBytes: number): Promise<string | undefined> {
    try {
      return await readWorkspaceText(folder, rel, maxBytes);
    } catch (e) {
      this.log.warn(`${folder.name}: ${(e as Error).message}`);
      return undefined;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

async function loadGitignores(folder: vscode.WorkspaceFolder, log: vscode.LogOutputChannel): Promise<GitignoreFile[]> {
  const files = await vscode.workspace.findFiles(
    new vscode.RelativePattern(folder, '**/.gitignore'), '**/{node_modules,.git}/**');
  const out: GitignoreFile[] = [];
  for (const uri of files) {
    let text: string | undefined;
    try {
      text = await readText(uri, MAX_IGNORE_FILE_BYTES);
    } catch (e) {
      log.warn(`${folder.name}: ${(e as Error).message}; its rules are not applied`);
      continue;
    }
    if (text === undefined) continue;
    const rel = relativePath(folder, uri);
    out.push({ dir: rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '', rules: ignore().add(text) });
  }
  // Shallow first, so a deeper `!pattern` can re-include what a parent ignored.
  return out.sort((a, b) => depth(a.dir) - depth(b.dir));
}

function gitIgnored(gitignores: GitignoreFile[], rel: string): boolean {
  let ignored = false;
  for (const gi of gitignores) {
    if (gi.dir && !rel.startsWith(`${gi.dir}/`)) continue;
    const sub = gi.dir ? rel.slice(gi.dir.length + 1) : rel;
    const verdict = gi.rules.test(sub);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

function depth(dir: string): number {
  return dir ? dir.split('/').length : 0;
}

/**
 * The workspace folder whose config applies to a document: its own folder, the notebook's
 * folder for a cell, the first folder for untitled documents (they belong to this window).
 */
export function folderFor(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  const own = vscode.workspace.getWorkspaceFolder(uri);
  if (own) return own;
  if (uri.scheme === 'vscode-notebook-cell') return vscode.workspace.getWorkspaceFolder(uri.with({ scheme: 'file', fragment: '' }));
  if (uri.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0];
  return undefined;
}

export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path.replace(/^\//, '');
}

/**
 * A file the repository controls, read by the same rules as the CLI (src/node/safeRead.ts):
 * undefined when it does not exist; an error, naming the file and the reason and never its
 * content, when it is a symbolic link, not a regular file or larger than `maxBytes`. A
 * `.gitignore` linked to `/dev/zero` must not be read into memory.
 */
export async function readText(uri: vscode.Uri, maxBytes = MAX_CONFIG_BYTES): Promise<string | undefined> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(uri, false);
  if (stat.type & vscode.FileType.SymbolicLink) throw new Error(`${name} is a symbolic link; not following it`);
  if (!(stat.type & vscode.FileType.File)) throw new Error(`${name} is not a regular file`);
  if (stat.size > maxBytes) throw new Error(`${name} is larger than ${Math.round(maxBytes / 1024)} KB; not reading it`);
  const bytes = await vscode.workspace.fs.readFile(uri);
  // It may have grown between the two calls; the cap still holds for what is parsed.
  if (bytes.length > maxBytes) throw new Error(`${name} is larger than ${Math.round(maxBytes / 1024)} KB; not reading it`);
  return new TextDecoder('utf-8').decode(bytes);
}

/** `rel` (a config-given path such as "baseline") inside the folder only; see `readText`. */
export async function readWorkspaceText(folder: vscode.WorkspaceFolder, rel: string, maxBytes: number): Promise<string | undefined> {
  const parts = rel.replace(/\\/g, '/').split('/');
  if (/^(?:\/|[A-Za-z]:)/.test(rel) || parts.includes('..')) throw new Error(`${rel} must be a path inside the workspace folder`);
  return readText(vscode.Uri.joinPath(folder.uri, ...parts.filter(p => p && p !== '.')), maxBytes);
}
