import type { Db } from "./client";

/**
 * For a bulk insert inside a transaction: drops a table's plain (non-unique) indexes and returns
 * what makes them again, from their own CREATE INDEX text. SQLite builds an index over a table
 * by one sort far faster than it keeps it up to date through many inserts (100,000 funds records
 * into 4,700: about a third of the time). Unique indexes stay, so every constraint is checked as
 * the rows go in. All of it is one transaction: a rollback or a crash leaves the indexes as they
 * were, and readers on other connections see the old schema with the old data until COMMIT (WAL).
 */
export function suspendIndexes(db: Db, table: string): () => void {
  if (!db.$client.inTransaction) throw new Error("suspendIndexes: only inside a transaction");
  const indexes = db.$client
    .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null and sql not like 'CREATE UNIQUE%' order by name")
    .all(table) as { name: string; sql: string }[];
  for (const i of indexes) db.$client.exec(`drop index "${i.name.replace(/"/g, '""')}"`);
  return () => {
    for (const i of indexes) db.$client.exec(i.sql);
  };
}
