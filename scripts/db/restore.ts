import { restoreDatabase } from "../../db/backup";
import { databasePath } from "../../db/client";

/** npm run db:restore FILE: integrity and schema checked first, then the database replaced, its data version bumped. */
async function main(argv: string[]): Promise<void> {
  const file = argv.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("usage: npm run db:restore -- data/backups/duikou-YYYYMMDDTHHMMSSZ.db");
  await restoreDatabase(file, databasePath());
  console.log(`restored ${file} → ${databasePath()}`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`db:restore refused: ${error.message}`);
  process.exit(1);
});
