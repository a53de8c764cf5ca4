import Database from "better-sqlite3";
import path from "node:path";

// Read-only look at the e2e database, to show that a refused request changed nothing.
const FILE = path.resolve(__dirname, "../..", process.env.E2E_DATABASE_PATH ?? "test-results/e2e.db");

export function countRows(table: "user" | "audit_log" | "session", where = "1 = 1", ...args: unknown[]): number {
  const db = new Database(FILE, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get(...args) as { n: number }).n;
  } finally {
    db.close();
  }
}

export function userRow(email: string): { role: string; scope_districts: string; disabled: number } | undefined {
  const db = new Database(FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT role, scope_districts, disabled FROM "user" WHERE email = ?`).get(email) as never;
  } finally {
    db.close();
  }
}
