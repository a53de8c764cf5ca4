import { and, between, eq, inArray, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { metricRollup } from "@/db/schema";
import type { Filters } from "../filters";
import type { MetricKey } from "../metrics";

type FilterColumns = { year: SQLiteColumn; districtCode: SQLiteColumn; supporterCode: SQLiteColumn; sector: SQLiteColumn | null };

/** The WHERE clause of a filter over any table with year, district, supporter (and sector). */
export function filterConditions(columns: FilterColumns, filters: Filters): SQL[] {
  const conditions: SQL[] = [between(columns.year, filters.yearFrom, filters.yearTo)];
  if (filters.districts.length) conditions.push(inArray(columns.districtCode, filters.districts));
  if (filters.supporters.length) conditions.push(inArray(columns.supporterCode, filters.supporters));
  if (filters.sectors.length && columns.sector) conditions.push(inArray(columns.sector, filters.sectors));
  return conditions;
}

export function rollupWhere(filters: Filters, metric?: MetricKey): SQL | undefined {
  const conditions = filterConditions(metricRollup, filters);
  if (metric) conditions.push(eq(metricRollup.metric, metric));
  return and(...conditions);
}
