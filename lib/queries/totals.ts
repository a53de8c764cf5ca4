import { and, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { metricRollup } from "@/db/schema";
import { DEFAULT_FILTERS, hasScopeFilter, isFullYearRange, metricApplies, type Filters } from "../filters";
import { METRIC_KEYS, type MetricKey } from "../metrics";
import { filterConditions, jointOnce, rollupWhere } from "./conditions";

export type MetricTotal = {
  metric: MetricKey;
  /** False when a sector filter is active and the metric's records carry no sector. */
  applicable: boolean;
  value: number;
  demo: number;
  /**
   * Values of the last year in range and the year before it (null before the program start),
   * without real records that span several years: those would read as a one-year jump.
   */
  lastYear: { year: number; value: number };
  previousYear: { year: number; value: number } | null;
  /** What the share compares with: the whole program over the same years, or over all years. */
  share: { of: "same-years" | "all-years"; total: number } | null;
  /** Real multi-year records ending in the range but starting before it: not counted, said aloud. */
  leftOut: number;
};

type Row = { metric: string; year: number; total: number; demo: number; cumulative: number };

function sumByMetricYear(db: Db, filters: Filters, metrics: readonly MetricKey[]): Row[] {
  return db
    .select({
      metric: metricRollup.metric,
      year: metricRollup.year,
      total: sql<number>`sum(${metricRollup.total})`,
      demo: sql<number>`sum(${metricRollup.demoTotal})`,
      cumulative: sql<number>`sum(${metricRollup.cumulativeTotal})`,
    })
    .from(metricRollup)
    .where(and(rollupWhere(filters), inArray(metricRollup.metric, [...metrics])))
    .groupBy(metricRollup.metric, metricRollup.year)
    .all();
}

function sumByMetric(db: Db, filters: Filters): Map<string, number> {
  const rows = db
    .select({ metric: metricRollup.metric, total: sql<number>`sum(${metricRollup.total})` })
    .from(metricRollup)
    .where(rollupWhere(filters))
    .groupBy(metricRollup.metric)
    .all();
  return new Map(rows.map((r) => [r.metric, r.total]));
}

/** What multi-year records that start before the range would add (they are not counted in it). */
function leftOutByMetric(db: Db, filters: Filters): Map<string, number> {
  if (filters.yearFrom <= DEFAULT_FILTERS.yearFrom) return new Map();
  const rows = db
    .select({ metric: metricRollup.metric, total: sql<number>`sum(${metricRollup.total})` })
    .from(metricRollup)
    .where(
      and(
        ...filterConditions(metricRollup, { ...filters, yearFrom: DEFAULT_FILTERS.yearFrom }),
        jointOnce(filters),
        gte(metricRollup.year, filters.yearFrom),
        lt(metricRollup.periodStart, filters.yearFrom),
      ),
    )
    .groupBy(metricRollup.metric)
    .all();
  return new Map(rows.map((r) => [r.metric, r.total]));
}

/** The five KPI figures under a filter, with the change on the previous year and the share of the program. */
export function getTotals(db: Db, filters: Filters): MetricTotal[] {
  const applicable = METRIC_KEYS.filter((m) => metricApplies(filters, m));
  const previous = filters.yearTo - 1;
  const rows = applicable.length ? sumByMetricYear(db, filters, applicable) : [];
  // A one-year range still compares with the year before, read on its own.
  const previousRows =
    applicable.length && previous < filters.yearFrom && previous >= DEFAULT_FILTERS.yearFrom
      ? sumByMetricYear(db, { ...filters, yearFrom: previous, yearTo: previous }, applicable)
      : [];
  const shareBase = hasScopeFilter(filters)
    ? { of: "same-years" as const, totals: sumByMetric(db, { ...DEFAULT_FILTERS, yearFrom: filters.yearFrom, yearTo: filters.yearTo }) }
    : isFullYearRange(filters)
      ? null
      : { of: "all-years" as const, totals: sumByMetric(db, DEFAULT_FILTERS) };
  const leftOut = leftOutByMetric(db, filters);

  return METRIC_KEYS.map((metric) => {
    const inRange = rows.filter((r) => r.metric === metric);
    const yearValue = (year: number) => {
      const row = [...inRange, ...previousRows].find((r) => r.metric === metric && r.year === year);
      return row ? row.total - row.cumulative : 0;
    };
    return {
      metric,
      applicable: applicable.includes(metric),
      value: inRange.reduce((a, r) => a + r.total, 0),
      demo: inRange.reduce((a, r) => a + r.demo, 0),
      lastYear: { year: filters.yearTo, value: yearValue(filters.yearTo) },
      previousYear: previous >= DEFAULT_FILTERS.yearFrom ? { year: previous, value: yearValue(previous) } : null,
      share: shareBase ? { of: shareBase.of, total: shareBase.totals.get(metric) ?? 0 } : null,
      leftOut: applicable.includes(metric) ? (leftOut.get(metric) ?? 0) : 0,
    };
  });
}
