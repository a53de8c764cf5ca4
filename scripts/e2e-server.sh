#!/usr/bin/env bash
# Serves the production build on a fresh, seeded database for the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-3100}"
export DATABASE_PATH="${E2E_DATABASE_PATH:-test-results/e2e.db}"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npx tsx db/seed/run.ts
export DUIKOU_BACKUP=off
exec npx next start -p "$port" -H 127.0.0.1
