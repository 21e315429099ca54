// Bundles the extension (dist/extension.js, `vscode` external, and its scan worker
// dist/scanWorker.js) and the CLI (dist/cli.js).
// Type checking is separate (`npm run check-types`): esbuild only strips types.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const cliOnly = process.argv.includes('--cli-only');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

async function main() {
  const builds = [
    esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' } }),
  ];
  if (!cliOnly && fs.existsSync('src/extension/extension.ts')) {
    builds.push(esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js',
      external: ['vscode'] }));
    // The extension's scan worker thread (src/node/scanPool.ts): its own bundle, without `vscode`.
    builds.push(esbuild.build({ ...common, entryPoints: ['src/node/scanWorker.ts'], outfile: 'dist/scanWorker.js' }));
  }
  await Promise.all(builds);
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch(() => process.exit(1));
