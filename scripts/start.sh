#!/usr/bin/env bash
# One command from a fresh clone to a running dashboard on http://localhost:3000:
# install dependencies, migrate and seed the embedded SQLite database (only if empty), build, serve.
set -euo pipefail
cd "$(dirname "$0")/.."
# better-sqlite3 compiles from source against the machine's Node headers.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

bash scripts/ensure-deps.sh
npm run --silent db:setup
npx next build
echo "Duikou is starting on http://localhost:${PORT:-3000}"
# Request line and headers together at most 8 KB (Node's default is 16 KB): Next.js's proxy adapter
# costs time quadratic in a repeated query key before proxy.ts can refuse the address (README, Hardening).
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-http-header-size=8192"
exec npx next start -p "${PORT:-3000}"
