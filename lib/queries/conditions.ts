import { and, between, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { metricRollup, supporters } from "@/db/schema";
import { DEFAULT_FILTERS, type Filters } from "../filters";
import type { MetricKey } from "../metrics";

type FilterColumns = {
  year: SQLiteColumn;
  /** First year a record's figure covers (null or equal to year for a one-year record). */
  periodStart: SQLiteColumn;
  districtCode: SQLiteColumn;
  supporterCode: SQLiteColumn;
  sector: SQLiteColumn | null;
};

/**
 * The WHERE clause of a filter over any table with year, district, supporter (and sector).
 * A real record that reports a multi-year total counts only when the range covers its whole
 * span: its figure cannot be split by year, so it never inflates a narrower range.
 * `scan` names the columns whose indexes the planner must not use: for a large match, walking
 * the ordering index beats fetching every match through a filter index and sorting it.
 */
export function filterConditions(columns: FilterColumns, filters: Filters, scan: { year?: boolean; codes?: boolean } = {}): SQL[] {
  const col = (column: SQLiteColumn, plain: boolean | undefined) => (plain ? unindexed(column) : sql`${column}`);
  const conditions: SQL[] = [between(col(columns.year, scan.year), filters.yearFrom, filters.yearTo)];
  if (filters.yearFrom > DEFAULT_FILTERS.yearFrom) conditions.push(sql`coalesce(${columns.periodStart}, ${columns.year}) >= ${filters.yearFrom}`);
  if (filters.districts.length) conditions.push(inArray(col(columns.districtCode, scan.codes), filters.districts));
  if (filters.supporters.length) conditions.push(supporterCondition(col(columns.supporterCode, scan.codes), filters));
  if (filters.sectors.length && columns.sector) conditions.push(inArray(col(columns.sector, scan.codes), filters.sectors));
  return conditions;
}

/**
 * A chosen province counts with its cities unless `excludeCities`: the same figure as the
 * province's profile, on every page, chart, export and API, because every query comes here.
 */
function supporterCondition(column: SQL, filters: Filters): SQL {
  if (filters.excludeCities) return inArray(column, filters.supporters);
  return sql`${column} in (select ${supporters.code} from ${supporters} where ${inArray(supporters.code, filters.supporters)} or ${inArray(supporters.parentCode, filters.supporters)})`;
}

/**
 * How a read credits joint records (one figure published for several supporters together):
 * "once" counts each figure once, as every total must; "each" credits every partner in full,
 * for views per supporter (by-supporter bars, flows, supporter comparison), which say so.
 */
export type JointCredit = "once" | "each";

/**
 * Keeps a partner's credit row of a joint record only when none of the partners named before it
 * is selected too (directly, or through its province when cities count with it); without a
 * supporter filter, only the records' own rows. So a figure is counted once, under the first
 * selected partner.
 */
export function jointOnce(filters: Pick<Filters, "supporters" | "excludeCities">): SQL {
  if (filters.supporters.length === 0) return sql`${metricRollup.jointPrior} = ''`;
  const selected = filters.excludeCities
    ? inArray(supporters.code, filters.supporters)
    : sql`(${inArray(supporters.code, filters.supporters)} or ${inArray(supporters.parentCode, filters.supporters)})`;
  return sql`(${metricRollup.jointPrior} = '' or not exists (select 1 from ${supporters} where ${selected} and instr(',' || ${metricRollup.jointPrior} || ',', ',' || ${supporters.code} || ',') > 0))`;
}

export function rollupWhere(filters: Filters, metric?: MetricKey, credit: JointCredit = "once"): SQL | undefined {
  const conditions = filterConditions(metricRollup, filters);
  if (metric) conditions.push(eq(metricRollup.metric, metric));
  if (credit === "once") conditions.push(jointOnce(filters));
  return and(...conditions);
}

/**
 * The column as an expression SQLite will not use an index for. Ordering by it makes the planner
 * find the (few) matching rows through the filter's index and sort them, instead of walking the
 * ordering index past every row that does not match.
 */
export function unindexed(column: SQLiteColumn | SQL): SQL {
  return sql`+${column}`;
}

/** Below this many matching rows, filter first and sort; above it, walk the ordering index. */
export const FILTER_FIRST_BELOW = 4_000;
