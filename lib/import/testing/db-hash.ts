import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

/** Tables whose content an import may change: the figures, the rollup and the sources. */
export const DATA_TABLES = ["fund_records", "projects", "trainings", "schools", "cadre_exchanges", "metric_rollup", "top_record_index", "sources"] as const;

/** SHA-256 over every row of the given tables in a fixed order: equal hashes, equal content. */
export function tablesHash(sqlite: Database.Database, tables: readonly string[] = DATA_TABLES): string {
  const hash = createHash("sha256");
  for (const table of tables) {
    hash.update(`#${table}\n`);
    const width = (sqlite.prepare(`pragma table_info("${table}")`).all() as unknown[]).length;
    const order = Array.from({ length: width }, (_, i) => i + 1).join(", ");
    for (const row of sqlite.prepare(`select * from "${table}" order by ${order}`).iterate()) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest("hex");
}

/** Every table, including batches, audit and data version: "the database unchanged". */
export function wholeDbHash(sqlite: Database.Database): string {
  const tables = (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map((t) => t.name);
  return tablesHash(sqlite, tables);
}
