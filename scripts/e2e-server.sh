#!/usr/bin/env bash
# Serves the production build on a fresh, seeded database for the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3100}"
export DATABASE_PATH="${E2E_DATABASE_PATH:-test-results/e2e.db}"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npx tsx db/seed/run.ts
# Request line and headers together at most 8 KB (Node's default is 16 KB): Next.js's proxy adapter
# costs time quadratic in a repeated query key before proxy.ts can refuse the address (README, Hardening).
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-http-header-size=8192"
export DUIKOU_BACKUP=off
exec npx next start -p "$port" -H 127.0.0.1
