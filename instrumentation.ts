/** Runs once when the server starts: the automatic database backup (db/backup-schedule.ts). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scheduleBackups } = await import("./db/backup-schedule");
  scheduleBackups();
}
