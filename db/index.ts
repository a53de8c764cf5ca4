import "server-only";
import { openDatabase, type Db } from "./client";

// One connection per server process; cached on globalThis so dev-mode reloads do not leak handles.
const globalForDb = globalThis as unknown as { duikouDb?: Db };

export function getDb(): Db {
  globalForDb.duikouDb ??= openDatabase();
  return globalForDb.duikouDb;
}
