#!/usr/bin/env bash
# Installs the offline VS Code test harness: code-server's VS Code server (real VS Code 1.100.3,
# Node extension host), kept in its own package so the root `npm install` stays quick.
# code-server's postinstall downloads ripgrep from GitHub, which fails offline, so we install with
# --ignore-scripts and finish by hand. Needs apt: build-essential python3 libkrb5-dev ripgrep
# (chromium for the tests). Idempotent: a marker file makes later runs a no-op.
set -euo pipefail
cd "$(dirname "$0")"
CS=node_modules/code-server
VS=$CS/lib/vscode
MARKER=$VS/.offline-setup-done
if [ -f "$MARKER" ]; then echo "[harness] code-server already set up"; exit 0; fi
for tool in rg chromium; do
  command -v "$tool" >/dev/null || { echo "[harness] missing '$tool': apt-get install ripgrep chromium libkrb5-dev" >&2; exit 1; }
done
LOG="$(mktemp -t secret-hygiene-harness-setup.XXXXXX)"
trap 'echo "[harness] setup failed; build log: $LOG" >&2' ERR
export npm_config_yes=true   # node-pty's install runs `npx node-gyp`; a user ~/.npmrc may say yes=false
NODE_PREFIX="$(dirname "$(dirname "$(command -v node)")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$NODE_PREFIX/include/node/common.gypi" ]; then
  export npm_config_nodedir="$NODE_PREFIX"   # node-gyp uses the local headers instead of downloading them
fi
echo "[harness] installing code-server (npm ci --ignore-scripts)…"
npm ci --ignore-scripts --no-audit --no-fund >>"$LOG" 2>&1
npm rebuild argon2 --foreground-scripts >>"$LOG" 2>&1   # prebuilt download fails offline → compiles
( cd "$VS"
  npm install --omit=dev --ignore-scripts --no-audit --no-fund >>"$LOG" 2>&1   # from lib/vscode/npm-shrinkwrap.json
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg                 # Debian's ripgrep, not a GitHub download
  npm rebuild --foreground-scripts >>"$LOG" 2>&1                              # node-pty, spdlog, kerberos, …
  ln -sfn node_modules node_modules.asar
  ( cd bin/remote-cli && ln -sfn code-linux.sh code-server )
  ( cd bin/helpers && ln -sfn browser-linux.sh browser.sh )
  ( cd extensions && npm install --omit=dev --no-audit --no-fund >>"$LOG" 2>&1 ) # typescript for built-in JS/TS features
  touch .offline-setup-done )
rm -f "$LOG"
echo "[harness] code-server $(node -p "require('./$CS/package.json').version") ready"
