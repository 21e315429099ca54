#!/usr/bin/env bash
# The steps of action.yml (GitHub Action), in a script so that tests can run them directly.
#   install  npm ci in the action's own checkout; `prepare` builds dist/cli.js
#   scan     INPUT_PATH, INPUT_FAIL_ON, INPUT_SARIF ('true'), INPUT_SARIF_FILE; writes exit-code
#            and sarif-file to $GITHUB_OUTPUT; exits with the scan's code (1 findings, 2 error)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/dist/cli.js"
out="${GITHUB_OUTPUT:-/dev/null}"

need_node() {
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" || major=0
  if [ "${major:-0}" -lt 20 ]; then
    echo "secret-hygiene: needs Node 20 or later (found: $(node --version 2>/dev/null || echo none)); add actions/setup-node before this action" >&2
    exit 2
  fi
}

case "${1:-}" in
  install)
    need_node
    (cd "$root" && npm ci --no-audit --no-fund) || exit 2
    node "$cli" --version >/dev/null || exit 2
    ;;
  scan)
    need_node
    target="${INPUT_PATH:-.}"
    fail_on="${INPUT_FAIL_ON:-warning}"
    if [ "${INPUT_SARIF:-false}" = "true" ]; then
      sarif="${INPUT_SARIF_FILE:-secret-hygiene.sarif}"
      # Never fails on findings: the upload step still has a report to send.
      node "$cli" scan "$target" --format sarif --output "$sarif" --fail-on never
      code=$?
      if [ "$code" -ne 0 ]; then
        echo "exit-code=$code" >> "$out"
        exit "$code"
      fi
      echo "sarif-file=$sarif" >> "$out"
    fi
    # The readable report for the job log, and the step's verdict.
    node "$cli" scan "$target" --fail-on "$fail_on"
    code=$?
    echo "exit-code=$code" >> "$out"
    exit "$code"
    ;;
  *)
    echo "usage: github-action.sh install|scan" >&2
    exit 2
    ;;
esac
