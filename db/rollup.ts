import { sql } from "drizzle-orm";
import { METRIC_KEYS } from "@/lib/metrics";
import type { Db } from "./client";
import { RECORD_TABLES } from "./record-tables";
import { metricRollup } from "./schema";

type Tx = Pick<Db, "insert" | "delete" | "select">;

/** Rebuilds the yearly rollup from the record tables; call inside the transaction of every write. */
export function rebuildRollup(tx: Tx): void {
  tx.delete(metricRollup).run();
  for (const metric of METRIC_KEYS) {
    const { table, value, sector } = RECORD_TABLES[metric];
    tx.insert(metricRollup)
      .select(
        tx
          .select({
            metric: sql<string>`${metric}`.as("metric"),
            year: table.year,
            supporterCode: table.supporterCode,
            districtCode: table.districtCode,
            sector: (sector ? sql<string>`coalesce(${sector}, '')` : sql<string>`''`).as("sector"),
            total: sql<number>`sum(${value})`.as("total"),
            demoTotal: sql<number>`sum(case when ${table.isDemo} then ${value} else 0 end)`.as("demo_total"),
            cumulativeTotal: sql<number>`sum(case when ${table.periodFrom} < ${table.year} then ${value} else 0 end)`.as("cumulative_total"),
            records: sql<number>`count(*)`.as("records"),
          })
          .from(table)
          .groupBy(table.year, table.supporterCode, table.districtCode, sector ? sql`coalesce(${sector}, '')` : sql`1`),
      )
      .run();
  }
}
