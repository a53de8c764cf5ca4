import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { metricRollup, supporters } from "@/db/schema";
import type { Filters } from "../filters";
import { METRIC_KEYS, METRICS, type MetricKey } from "../metrics";
import { rollupWhere } from "./conditions";

export type CompareDimension = "district" | "supporter";
/** value counts everything in the year; cumulative is the part from real records that span several years. */
/** joint: the part from joint records (comparing supporters, each partner shows them in full). */
export type ComparePoint = { metric: MetricKey; code: string; year: number; value: number; demo: number; cumulative: number; joint: number };

/** Per metric: the yearly points of each compared code, or null where the sector filter does not apply. */
export type CompareData = Record<MetricKey, ComparePoint[] | null>;

/**
 * Compared supporters: a province's line counts its cities in (as the filter and its profile do),
 * unless cities are excluded or the city is itself one of the compared codes.
 */
function supporterKey(filters: Filters, codes: string[]): SQL {
  const code = metricRollup.supporterCode;
  if (filters.excludeCities || !codes.length) return sql`${code}`;
  return sql`case when ${inArray(code, codes)} then ${code} else coalesce((select ${supporters.parentCode} from ${supporters} where ${supporters.code} = ${code}), ${code}) end`;
}

/**
 * Every metric, per year, for 2–4 districts or supporters side by side. The compared codes
 * replace that side of the filter; the other side (and years, sectors) narrow as usual.
 * Years without records are left out here and filled with zeros when shaped.
 */
export function getCompare(db: Db, filters: Filters, by: CompareDimension, codes: string[]): CompareData {
  const scoped: Filters = by === "district" ? { ...filters, districts: codes } : { ...filters, supporters: codes };
  const applicable = METRIC_KEYS.filter((m) => filters.sectors.length === 0 || METRICS[m].hasSector);
  const key = by === "district" ? metricRollup.districtCode : supporterKey(filters, codes);
  const rows = codes.length && applicable.length
    ? db
        .select({
          metric: metricRollup.metric,
          code: key,
          year: metricRollup.year,
          value: sql<number>`sum(${metricRollup.total})`,
          demo: sql<number>`sum(${metricRollup.demoTotal})`,
          cumulative: sql<number>`sum(${metricRollup.cumulativeTotal})`,
          joint: sql<number>`sum(${metricRollup.jointTotal})`,
        })
        .from(metricRollup)
        // Supporters side by side: each partner of a joint record shows it in full (the view says so).
        .where(and(rollupWhere(scoped, undefined, by === "supporter" ? "each" : "once"), inArray(metricRollup.metric, applicable)))
        .groupBy(metricRollup.metric, key, metricRollup.year)
        .all()
    : [];
  return Object.fromEntries(
    METRIC_KEYS.map((m) => [m, applicable.includes(m) ? rows.filter((r) => r.metric === m).map((r) => ({ ...r, metric: m })) : null]),
  ) as CompareData;
}
