import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RECORD_TABLES } from "@/db/record-tables";
import { metricRollup, topRecordIndex } from "@/db/schema";
import { metricApplies, type Filters } from "../filters";
import type { MetricKey } from "../metrics";
import { FILTER_FIRST_BELOW, filterConditions, rollupWhere, unindexed } from "./conditions";
import { selectRecords, withEnglish, type RecordRow, type SelectedRow } from "./record-select";

export type { RecordRow } from "./record-select";

export const MAX_TOP_RECORDS = 10;

/**
 * The largest records of a metric under a filter (funds by amount, projects by investment, …),
 * found in the per-cell top-10 index rather than by sorting a whole record table.
 */
export function getTopRecords(db: Db, filters: Filters, metric: MetricKey, limit = MAX_TOP_RECORDS): RecordRow[] | null {
  if (!metricApplies(filters, metric)) return null;
  // Each rollup cell holds at most ten index rows: the cell count bounds how many rows match.
  const cells = db.select({ n: sql<number>`count(*)` }).from(metricRollup).where(rollupWhere(filters, metric)).get()?.n ?? 0;
  if (cells === 0) return [];
  const rank = cells * 10 < FILTER_FIRST_BELOW ? unindexed(topRecordIndex.rankValue) : topRecordIndex.rankValue;
  const ids = db
    .select({ id: topRecordIndex.recordId })
    .from(topRecordIndex)
    .where(and(eq(topRecordIndex.metric, metric), ...filterConditions(topRecordIndex, filters)))
    .orderBy(desc(rank), desc(topRecordIndex.recordId))
    .limit(Math.min(limit, MAX_TOP_RECORDS))
    .all()
    .map((r) => r.id);
  if (!ids.length) return [];
  const table = RECORD_TABLES[metric].table;
  const rows = withEnglish(selectRecords(db, metric).where(inArray(table.id, ids)).all() as SelectedRow[]);
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
