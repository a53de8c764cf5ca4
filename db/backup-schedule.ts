import { backupDatabase, DEFAULT_KEEP } from "./backup";
import { databasePath, openDatabase } from "./client";

/**
 * The automatic backup while the server runs: every DUIKOU_BACKUP_HOURS hours (default 24),
 * keeping DUIKOU_BACKUP_KEEP (default 14). DUIKOU_BACKUP=off turns it off (the tests do).
 * Each run opens its own read-only connection, so it never holds the server's.
 */
export function scheduleBackups(env: NodeJS.ProcessEnv = process.env): NodeJS.Timeout | null {
  if ((env.DUIKOU_BACKUP ?? "on").toLowerCase() === "off") return null;
  const hours = Number(env.DUIKOU_BACKUP_HOURS ?? 24);
  const keep = Number(env.DUIKOU_BACKUP_KEEP ?? DEFAULT_KEEP);
  if (!(hours > 0) || !Number.isInteger(keep) || keep < 1) {
    console.warn("automatic backup off: DUIKOU_BACKUP_HOURS must be > 0 and DUIKOU_BACKUP_KEEP a whole number ≥ 1");
    return null;
  }
  const timer = setInterval(() => {
    const db = openDatabase(databasePath(), { readonly: true });
    backupDatabase(db.$client, { keep })
      .then((file) => console.log(`automatic backup → ${file}`))
      .catch((error: Error) => console.error(`automatic backup failed: ${error.message}`))
      .finally(() => db.$client.close());
  }, hours * 3_600_000);
  timer.unref();
  return timer;
}
