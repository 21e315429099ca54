// Lint = the layer rules of the architecture (who may import whom) plus a few cheap
// correctness checks. Style is left to review; type errors to `npm run check-types`.
//
// Layers (see CONTRIBUTING.md):
// - src/core       the engine: imports only files inside src/core (no vscode, no Node built-in,
//                  no npm package), since it runs in the extension host, a web worker and the CLI.
// - src/node       Node-only helpers shared by both hosts: no vscode, no host code.
// - src/cli        the command line: no vscode, nothing from src/extension.
// - src/extension  VS Code glue: nothing from src/cli.
// Hosts (cli, extension, node) use the engine only through its public entry, src/core/index.ts.
//
// `no-restricted-imports` sees import specifiers as written, so relative paths are matched by
// depth: a file N folders below src/core leaves the engine with N+1 leading `../`.

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const VSCODE = { name: 'vscode', message: 'Only src/extension may use the VS Code API.' };
const up = n => String.raw`^(?:\.\./){${n}}`;

/** src/core/*.ts, src/core/x/*.ts, src/core/x/y/*.ts, …: nothing outside src/core. */
const coreLayer = [0, 1, 2, 3].map(depth => ({
  files: [`src/core/${'*/'.repeat(depth)}*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { regex: String.raw`^[^.]`, message: 'The engine imports only its own files: no vscode, no Node built-ins, no packages (it runs in a web worker).' },
        { regex: up(depth + 1), message: 'The engine imports only files inside src/core (not src/cli, src/extension or src/node).' },
      ],
    }],
  },
}));

/** A host's import restrictions: the named sibling layers and deep paths into the engine. */
function hostLayer(dir, forbidden) {
  return {
    files: [`src/${dir}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [VSCODE].filter(() => forbidden.includes('vscode')),
        patterns: [
          ...forbidden.filter(f => f !== 'vscode').map(layer => ({
            regex: String.raw`^(?:\.\./)+${layer}(?:/|$)`,
            message: `src/${dir} must not import src/${layer}.`,
          })),
          {
            regex: String.raw`^(?:\.\./)+core/`,
            message: 'Hosts use the engine through its public entry (../core); export what you need from src/core/index.ts.',
          },
        ],
      }],
    },
  };
}

export default tseslint.config(
  {
    // Some files carry disable comments for rules not enabled here (no-control-regex, no-explicit-any).
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', '**/node_modules/**', 'test/fixtures/**', 'bench/corpus/**', 'bench/.corpus/**', '.vscode-test/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    rules: {
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-unreachable': 'error',
      'no-self-assign': 'error',
      'no-unsafe-finally': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { sourceType: 'module' },
  },
  {
    files: ['**/*.js'],
    ...js.configs.recommended,
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
  },
  ...coreLayer,
  hostLayer('cli', ['vscode', 'extension']),
  hostLayer('node', ['vscode', 'extension', 'cli']),
  hostLayer('extension', ['cli']),
);
