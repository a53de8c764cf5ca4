import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import { openDatabase, databasePath, type Db } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(__dirname, "migrations");

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

if (require.main === module) {
  const db = openDatabase();
  migrateDatabase(db);
  db.$client.close();
  console.log(`migrated ${databasePath()}`);
}
