import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import { suspendIndexes } from "./bulk-indexes";
import type { Db } from "./client";
import { RECORD_TABLES } from "./record-tables";
import { metricRollup, recordSupporters, topRecordIndex } from "./schema";

type Tx = Pick<Db, "insert" | "delete" | "select">;

/** Rows above which a metric's rebuild drops the top-record index's own indexes and makes them again (db/bulk-indexes.ts). */
const BULK_ROWS = 10_000;

/** A rollup cell: one metric's figures of one district in one year (every supporter, sector and span in it). */
export type RollupCell = { metric: MetricKey; district: string; year: number };

/** Rebuilds the yearly rollup from the record tables (retired demonstration records left out); call inside the transaction of every write. */
export function rebuildRollup(tx: Tx): void {
  tx.delete(metricRollup).run();
  tx.delete(topRecordIndex).run();
  for (const metric of METRIC_KEYS) buildMetric(tx, metric, undefined);
}

/**
 * Rebuilds only the given cells: their rollup and top-record rows are deleted and made again from
 * the records of those cells, with the same statements as the full rebuild. Every rollup and
 * top-record row belongs to exactly one cell (a record's district and year; a joint record's
 * credit rows too), so the result equals rebuildRollup's when the cells hold every record the
 * write touched, before and after. A metric the write did not touch is left as it is; one whose
 * cells it mostly touched is rebuilt whole (the same rows; picking the cells out would cost more).
 */
export function rebuildRollupCells(tx: Db, cells: Iterable<RollupCell>): void {
  const byMetric = new Map<MetricKey, Map<string, [string, number]>>();
  for (const c of cells) {
    let keys = byMetric.get(c.metric);
    if (!keys) byMetric.set(c.metric, (keys = new Map()));
    keys.set(`${c.district}|${c.year}`, [c.district, c.year]);
  }
  for (const [metric, keys] of byMetric) {
    const { table } = RECORD_TABLES[metric];
    const stored = tx.select({ n: sql<number>`count(distinct ${metricRollup.districtCode} || '|' || ${metricRollup.year})` }).from(metricRollup).where(eq(metricRollup.metric, metric)).get()?.n ?? 0;
    if (keys.size * 2 > stored) {
      // A metric holding most of the top-record rows (a large import) replaces them with that index's own indexes dropped, and makes those again.
      const records = tx.select({ n: sql<number>`count(*)` }).from(table).get()?.n ?? 0;
      const topRows = tx.select({ n: sql<number>`count(*)` }).from(topRecordIndex).get()?.n ?? 0;
      const restore = records >= BULK_ROWS && records * 2 >= topRows ? suspendIndexes(tx, "top_record_index") : () => undefined;
      tx.delete(metricRollup).where(eq(metricRollup.metric, metric)).run();
      tx.delete(topRecordIndex).where(eq(topRecordIndex.metric, metric)).run();
      buildMetric(tx, metric, undefined);
      restore();
      continue;
    }
    // The cells as one JSON parameter (a row-value IN over json_each), and their districts apart, so the district index can find the records.
    const list = JSON.stringify([...keys.values()]);
    const districtList = JSON.stringify([...new Set([...keys.values()].map(([d]) => d))]);
    const inCells = (district: SQLiteColumn, year: SQLiteColumn) =>
      sql`${district} in (select value from json_each(${districtList})) and (${district}, ${year}) in (select json_extract(value, '$[0]'), json_extract(value, '$[1]') from json_each(${list}))`;
    tx.delete(metricRollup).where(and(eq(metricRollup.metric, metric), inCells(metricRollup.districtCode, metricRollup.year))).run();
    tx.delete(topRecordIndex).where(and(eq(topRecordIndex.metric, metric), inCells(topRecordIndex.districtCode, topRecordIndex.year))).run();
    buildMetric(tx, metric, inCells(table.districtCode, table.year));
  }
}

/** One metric's rollup rows, joint credits and top records, of every record or of the records matching `only`. */
function buildMetric(tx: Tx, metric: MetricKey, only: SQL | undefined): void {
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
          jointTotal: sql<number>`sum(case when ${isJoint(metric, table.id)} then ${value} else 0 end)`.as("joint_total"),
          jointPrior: sql<string>`''`.as("joint_prior"),
        })
        .from(table)
        .where(and(isNull(table.retiredByBatch), only))
        .groupBy(table.year, table.supporterCode, table.districtCode, sector ? sql`coalesce(${sector}, '')` : sql`1`, sql`coalesce(${table.periodFrom}, ${table.year})`),
    )
    .run();
  rebuildJointCredits(tx, metric, only);
  rebuildTopRecords(tx, metric, only);
}

function isJoint(metric: MetricKey, id: SQLiteColumn): SQL {
  // Uncorrelated: SQLite builds the (small) id set once instead of probing per record.
  return sql`${id} in (select ${recordSupporters.recordId} from ${recordSupporters} where ${recordSupporters.metric} = ${metric})`;
}

/**
 * One extra row per further partner of each joint record, crediting it the whole figure (no source
 * states a split). joint_prior lists the partners named before it, lead first: reads that count a
 * figure once skip the row when one of those is selected too (lib/queries/conditions.ts).
 */
function rebuildJointCredits(tx: Tx, metric: MetricKey, only: SQL | undefined): void {
  const { table, value, sector } = RECORD_TABLES[metric];
  const rs = recordSupporters;
  const sectorKey = sector ? sql`coalesce(${sector}, '')` : sql`''`;
  const prior = sql`${table.supporterCode} || coalesce((select ',' || group_concat(p.supporter_code, ',') from (select supporter_code from record_supporters p where p.metric = ${rs.metric} and p.record_id = ${rs.recordId} and p.position < ${rs.position} order by p.position) p), '')`;
  tx.insert(metricRollup)
    .select(
      tx
        .select({
          metric: sql<string>`${metric}`.as("metric"),
          year: table.year,
          supporterCode: sql<string>`${rs.supporterCode}`.as("supporter_code"),
          districtCode: table.districtCode,
          sector: sectorKey.as("sector"),
          periodStart: sql<number>`coalesce(${table.periodFrom}, ${table.year})`.as("period_start"),
          total: sql<number>`sum(${value})`.as("total"),
          demoTotal: sql<number>`sum(case when ${table.isDemo} then ${value} else 0 end)`.as("demo_total"),
          cumulativeTotal: sql<number>`sum(case when ${table.periodFrom} < ${table.year} then ${value} else 0 end)`.as("cumulative_total"),
          records: sql<number>`count(*)`.as("records"),
          jointTotal: sql<number>`sum(${value})`.as("joint_total"),
          jointPrior: sql<string>`${prior}`.as("joint_prior"),
        })
        .from(rs)
        .innerJoin(table, and(eq(rs.metric, metric), eq(rs.recordId, table.id)))
        .where(and(isNull(table.retiredByBatch), only))
        .groupBy(table.year, rs.supporterCode, table.districtCode, sectorKey, sql`coalesce(${table.periodFrom}, ${table.year})`, sql`joint_prior`),
    )
    .run();
}

/** Keeps the ten largest records of each rollup cell (same tie-break as getTopRecords: rank, then id). */
function rebuildTopRecords(tx: Tx, metric: MetricKey, only: SQL | undefined): void {
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
    .where(and(isNull(table.retiredByBatch), only))
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
