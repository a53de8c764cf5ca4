import { isNull, sql } from "drizzle-orm";
import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import type { Db } from "./client";
import { RECORD_TABLES } from "./record-tables";
import { metricRollup, topRecordIndex } from "./schema";

type Tx = Pick<Db, "insert" | "delete" | "select">;

/** Rebuilds the yearly rollup from the record tables (retired demonstration records left out); call inside the transaction of every write. */
export function rebuildRollup(tx: Tx): void {
  tx.delete(metricRollup).run();
  tx.delete(topRecordIndex).run();
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
            periodStart: sql<number>`coalesce(${table.periodFrom}, ${table.year})`.as("period_start"),
            total: sql<number>`sum(${value})`.as("total"),
            demoTotal: sql<number>`sum(case when ${table.isDemo} then ${value} else 0 end)`.as("demo_total"),
            cumulativeTotal: sql<number>`sum(case when ${table.periodFrom} < ${table.year} then ${value} else 0 end)`.as("cumulative_total"),
            records: sql<number>`count(*)`.as("records"),
          })
          .from(table)
          .where(isNull(table.retiredByBatch))
          .groupBy(table.year, table.supporterCode, table.districtCode, sector ? sql`coalesce(${sector}, '')` : sql`1`, sql`coalesce(${table.periodFrom}, ${table.year})`),
      )
      .run();
    rebuildTopRecords(tx, metric);
  }
}

/** Keeps the ten largest records of each rollup cell (same tie-break as getTopRecords: rank, then id). */
function rebuildTopRecords(tx: Tx, metric: MetricKey): void {
  const { table, rank, sector } = RECORD_TABLES[metric];
  const sectorKey = sector ? sql`coalesce(${sector}, '')` : sql`''`;
  const ranked = tx
    .select({
      recordId: sql<number>`${table.id}`.as("record_id"),
      year: sql<number>`${table.year}`.as("year"),
      supporterCode: sql<string>`${table.supporterCode}`.as("supporter_code"),
      districtCode: sql<string>`${table.districtCode}`.as("district_code"),
      sector: sectorKey.as("sector"),
      periodStart: sql<number>`coalesce(${table.periodFrom}, ${table.year})`.as("period_start"),
      rankValue: sql<number | null>`${rank}`.as("rank_value"),
      position: sql<number>`row_number() over (partition by ${table.year}, ${table.supporterCode}, ${table.districtCode}, ${sectorKey}, coalesce(${table.periodFrom}, ${table.year}) order by ${rank} desc, ${table.id} desc)`.as("position"),
    })
    .from(table)
    .where(isNull(table.retiredByBatch))
    .as("ranked");
  tx.insert(topRecordIndex)
    .select(
      tx
        .select({
          metric: sql<string>`${metric}`.as("metric"),
          recordId: ranked.recordId,
          year: ranked.year,
          supporterCode: ranked.supporterCode,
          districtCode: ranked.districtCode,
          sector: ranked.sector,
          periodStart: ranked.periodStart,
          rankValue: ranked.rankValue,
        })
        .from(ranked)
        .where(sql`${ranked.position} <= 10`),
    )
    .run();
}
