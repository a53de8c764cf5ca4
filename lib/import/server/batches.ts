import "server-only";
import { desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { importBatches } from "@/db/schema";

export type BatchRow = typeof importBatches.$inferSelect;

/** The latest batches first (the page shows the last 200). */
export function listBatches(db: Db, limit = 200): BatchRow[] {
  return db.select().from(importBatches).orderBy(desc(importBatches.id)).limit(limit).all();
}
