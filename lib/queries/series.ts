import { asc, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { metricRollup } from "@/db/schema";
import { metricApplies, type Filters } from "../filters";
import type { MetricKey } from "../metrics";
import { rollupWhere } from "./conditions";

/**
 * value = everything counted in the year; demo and cumulative (real multi-year records) are parts
 * of it. spanFrom: the first year the cumulative part covers (null without one), so a chart can
 * draw "1992–2015 累计" apart from the yearly bars.
 */
export type YearPoint = { year: number; value: number; demo: number; cumulative: number; spanFrom: number | null };

/** One value per year of the range (zeros included), split into real and demonstration parts. */
export function getYearlySeries(db: Db, filters: Filters, metric: MetricKey): YearPoint[] | null {
  if (!metricApplies(filters, metric)) return null;
  const rows = db
    .select({
      year: metricRollup.year,
      value: sql<number>`sum(${metricRollup.total})`,
      demo: sql<number>`sum(${metricRollup.demoTotal})`,
      cumulative: sql<number>`sum(${metricRollup.cumulativeTotal})`,
      spanFrom: sql<number | null>`min(case when ${metricRollup.cumulativeTotal} > 0 then ${metricRollup.periodStart} end)`,
    })
    .from(metricRollup)
    .where(rollupWhere(filters, metric))
    .groupBy(metricRollup.year)
    .orderBy(asc(metricRollup.year))
    .all();
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return Array.from({ length: filters.yearTo - filters.yearFrom + 1 }, (_, i) => {
    const year = filters.yearFrom + i;
    const row = byYear.get(year);
    return { year, value: row?.value ?? 0, demo: row?.demo ?? 0, cumulative: row?.cumulative ?? 0, spanFrom: row?.cumulative ? row.spanFrom : null };
  });
}
