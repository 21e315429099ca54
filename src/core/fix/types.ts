/**
 * Plain data for quick-fix planning. A plan is a list of text edits per file; the host
 * (extension, CLI) applies them. Planning never touches disk, so it runs anywhere.
 */

import type { Finding } from '../types';

/** Replace `[start, end)` of a file's current text with `newText` (offsets are UTF-16 indices). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Which file an edit targets. Roles are resolved by the host relative to the workspace root
 * (`env` = `.env`, `gitignore` = `.gitignore`, `envExample` = `.env.example`) or, for
 * `source`, the file holding the finding; `terraformVariables` is the `variables.tf` the
 * caller passed. Any other string is a workspace-relative path.
 */
export type FileRole = 'source' | 'env' | 'gitignore' | 'envExample' | 'terraformVariables';

export interface FileEdit {
  file: FileRole | (string & {});
  /** The file does not exist yet: create it with the edits applied to an empty text. */
  create?: boolean;
  /** Non-overlapping edits against the file's current text, in ascending order. */
  edits: TextEdit[];
}

export interface FixPlan {
  /** Short action title for a quick-fix menu, e.g. "Move to .env as OPENAI_API_KEY". */
  title: string;
  edits: FileEdit[];
  /** The environment variable the rewritten code reads ('' when no rewrite is possible). */
  envName: string;
  /** Things the user should know or do after applying (e.g. "rotate the key"). */
  notes?: string[];
  /** Set when no safe rewrite exists; `edits` is then empty. */
  unsafeReason?: string;
  /**
   * The suggested name was taken in `.env` by a different value, so the plan uses
   * `suggestion` (`NAME_2`). A host should ask for the name (an input box prefilled with
   * `suggestion`) and plan again with `envName` set to the answer.
   */
  nameConflict?: { name: string; suggestion: string };
  /**
   * Secret-manager plans only: `storeInvocation` as a command line, for display (the
   * temporary file shows as `<file>`). Run `storeInvocation`, never this text.
   */
  storeCommand?: string;
  /** Secret-manager plans only: how to store the secret (run with `src/node/storeSecret.ts`). */
  storeInvocation?: StoreInvocation;
  /** Secret-manager plans only: the reference, what `.env` holds, how the variable is filled. */
  reference?: ManagerReference;
}

/** What a secret manager's own tooling resolves, and how the program's variable gets filled. */
export interface ManagerReference {
  /** The secret's address in the manager's documented syntax (`op://…`, an ARN, a Vault Agent template). */
  reference: string;
  /**
   * What the `.env` entry holds: the reference where a runner resolves it from `.env`
   * (`op run --env-file`), else '' because the manager's runner sets the variable itself.
   */
  envValue: string;
  /** How the variable gets its value when the program runs (also one of the plan's notes). */
  inject: string;
  /** Where the syntax is documented. */
  source: string;
}

/**
 * A secret-manager CLI call that stores a value, as data: run without a shell. The value
 * (`secretStoreInput`) never appears in `args`: it goes on stdin, or into a 0600 temporary
 * file whose path is passed as `[flag, prefix + path]` after `args`.
 */
export interface StoreInvocation {
  /** The CLI's name; the host resolves it to an absolute path (never from the workspace). */
  executable: 'op' | 'vault' | 'aws' | 'az' | 'gcloud' | 'doppler';
  args: string[];
  input: { via: 'stdin' } | { via: 'file'; flag: string; prefix: string };
}

/** How a language reads an environment variable. */
export interface EnvLookup {
  /** Code that replaces the whole literal (quotes and prefix included), e.g. `process.env.NAME`. */
  expression: string;
  /**
   * How to read the variable from inside a string literal of this language when the secret
   * is only part of it (`${NAME}` in YAML or shell); undefined when the language cannot.
   */
  interpolation?: string;
  /** Lines the file must contain for the expression to work, e.g. `import os`. */
  imports?: string[];
  /** A declaration the file (or variables.tf) needs, e.g. a Terraform `variable` block. */
  declaration?: string;
  /** The name the `.env` entry must use when it differs (Terraform reads `TF_VAR_<name>`). */
  envName?: string;
  notes?: string[];
}

export interface MoveToEnvInput {
  sourceText: string;
  languageId: string;
  /** Workspace-relative path of the source file (decides Compose, workflows, Spring, …). */
  path: string;
  /** Offsets of the secret value itself, as in `Finding.range` (not its quotes). */
  secretStart: number;
  secretEnd: number;
  /** The secret value (the planner needs it for `.env`; it never logs it). */
  value: string;
  /** Preferred variable name, usually `Finding.envVar`. */
  suggestedName: string;
  /**
   * The name the user chose (e.g. after a `nameConflict`): used as is, reused when `.env`
   * holds the same value under it, refused when `.env` sets it to another value.
   */
  envName?: string;
  /** Current `.env` text; undefined when the file does not exist. */
  envText?: string;
  /** Workspace-relative path of the env file the `env` role stands for (default `.env`). */
  envPath?: string;
  /** Current `.gitignore` text; undefined when the file does not exist. */
  gitignoreText?: string;
  /** `.gitignore` is created only inside a git repository. */
  inGitRepo: boolean;
  /** Current `.env.example` text; undefined when the file does not exist. */
  envExampleText?: string;
  /** Create `.env.example` with `NAME=` when it does not exist. */
  writeEnvExample?: boolean;
  /** Terraform: current `variables.tf` text; when given, the variable block goes there. */
  terraformVariablesText?: string;
}

export type SecretManager = '1password' | 'vault' | 'aws' | 'azure' | 'gcp' | 'doppler' | 'custom';

export interface SecretReferenceOptions {
  manager: SecretManager;
  /** `custom` only: a reference template; placeholders `{name}`, `{lower}`, `{kebab}`, `{vault}`, `{item}`. */
  customTemplate?: string;
  /**
   * Where the secret lives: 1Password vault (default `Private`), HashiCorp Vault KV mount
   * (default `secret`), Azure Key Vault name, GCP project id, Doppler project.
   */
  vault?: string;
  /** 1Password item / Vault path / secret name; defaults from the env var name. */
  item?: string;
  /** 1Password field (default `credential`), Vault key (default `value`), Doppler config (default `dev`). */
  field?: string;
}

export type MoveToSecretReferenceInput = MoveToEnvInput & SecretReferenceOptions;

export interface IgnoreCommentPlan {
  /** The edit adding the marker; undefined when no comment can be placed (see `reason`). */
  edit?: TextEdit;
  placement?: 'end-of-line' | 'line-above';
  /** Why no comment is possible, pointing at the baseline instead. */
  reason?: string;
}

export interface EnvFileFixInput {
  /** Workspace-relative path of the env file holding the finding, e.g. `.env` or `api/.env.local`. */
  envPath: string;
  gitignoreText?: string;
  inGitRepo: boolean;
  /** The file is tracked by git (already committed or staged). */
  tracked: boolean;
  rotateUrl?: string;
}

export type BaselineFinding = Pick<Finding, 'fingerprint' | 'ruleId' | 'masked' | 'legacyFingerprint'> & { path?: string };
