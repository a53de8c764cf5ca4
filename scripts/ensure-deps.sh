#!/usr/bin/env bash
# Installs node_modules from the lock file when they are missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (better-sqlite3 compiles from source: about two minutes)…"
  npm ci --no-audit --no-fund
fi
