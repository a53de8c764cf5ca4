#!/usr/bin/env bash
# Every check, in the order a reviewer would read them: type check, lint, unit tests, then
# Playwright end-to-end tests against a production build in Debian's Chromium.
# Runs every stage even when one fails, then prints one closing line counting all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
rm -rf test-results && mkdir -p test-results
status=()

stage() { # name, command…
  local name="$1"; shift
  echo "=== $name"
  if "$@"; then status+=("$name:pass"); else status+=("$name:fail"); fi
}

stage typecheck bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
stage lint npx eslint . --max-warnings 0
stage unit npx vitest run
if bash scripts/ensure-browser.sh; then
  stage build npx next build
  stage e2e npx playwright test
else
  status+=("e2e:fail")
fi

node scripts/test-summary.mjs "${status[@]}"
