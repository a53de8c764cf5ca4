import { backupDatabase, DEFAULT_KEEP } from "../../db/backup";
import { databasePath, openDatabase } from "../../db/client";

/** npm run db:backup [-- --keep N]: an online backup of the database into data/backups/ (DUIKOU_BACKUP_DIR). */
async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf("--keep");
  const keep = i >= 0 ? Number(argv[i + 1]) : Number(process.env.DUIKOU_BACKUP_KEEP ?? DEFAULT_KEEP);
  if (!Number.isInteger(keep) || keep < 1) throw new Error("--keep takes a whole number ≥ 1");
  const db = openDatabase(databasePath(), { readonly: true });
  const file = await backupDatabase(db.$client, { keep });
  db.$client.close();
  console.log(`backed up ${databasePath()} → ${file} (keeping the newest ${keep})`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`db:backup failed: ${error.message}`);
  process.exit(1);
});
