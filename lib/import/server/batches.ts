import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batchChanges, importBatches } from "@/db/schema";
import { TARGET_CHANGE } from "./target-store";

export type BatchRow = typeof importBatches.$inferSelect;

/** The latest batches first (the page shows the last 200). */
export function listBatches(db: Db, limit = 200): BatchRow[] {
  return db.select().from(importBatches).orderBy(desc(importBatches.id)).limit(limit).all();
}

/** Which of these batches wrote plan targets (the list marks them). */
export function batchesWithTargets(db: Db, ids: readonly number[]): Set<number> {
  if (!ids.length) return new Set();
  const rows = db.selectDistinct({ id: batchChanges.batchId }).from(batchChanges).where(and(eq(batchChanges.metric, TARGET_CHANGE), inArray(batchChanges.batchId, [...ids]))).all();
  return new Set(rows.map((r) => r.id));
}
