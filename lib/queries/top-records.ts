import { and, desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RECORD_TABLES } from "@/db/record-tables";
import type { Filters } from "../filters";
import { METRICS, type MetricKey } from "../metrics";
import { filterConditions } from "./conditions";
import { selectRecords, type RecordRow } from "./record-select";

export type { RecordRow } from "./record-select";

/** The largest records of a metric under a filter (funds by amount, projects by investment, …). */
export function getTopRecords(db: Db, filters: Filters, metric: MetricKey, limit = 10): RecordRow[] | null {
  if (filters.sectors.length && !METRICS[metric].hasSector) return null;
  const t = RECORD_TABLES[metric];
  return selectRecords(db, metric)
    .where(and(...filterConditions({ ...t.table, sector: t.sector }, filters)))
    .orderBy(desc(t.rank), desc(t.table.id))
    .limit(limit)
    .all() as RecordRow[];
}
