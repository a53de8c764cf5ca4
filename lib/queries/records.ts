import { and, asc, desc, gt, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { RECORD_TABLES } from "@/db/record-tables";
import { districts, metricRollup, recordSupporters, supporters } from "@/db/schema";
import { metricApplies, type Filters } from "../filters";
import type { MetricKey } from "../metrics";
import type { RecordQuery } from "../record-query";
import { FILTER_FIRST_BELOW, filterConditions, rollupWhere, unindexed } from "./conditions";
import { selectRecords, withEnglish, type RecordRow, type SelectedRow } from "./record-select";

export type RecordPage = { rows: RecordRow[]; total: number; page: number; pageSize: number; pages: number };

/** The page count of a result: at least 1, so an empty result has a page 1 and nothing past it. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereOf(metric: MetricKey, filters: Filters, q: string, scan: Parameters<typeof filterConditions>[2] = {}): SQL | undefined {
  const t = RECORD_TABLES[metric];
  // Supporters are matched below, including the further partners of joint records.
  const conditions = filterConditions({ ...t.table, periodStart: t.table.periodFrom, sector: t.sector }, { ...filters, supporters: [] }, scan);
  if (filters.supporters.length) conditions.push(supporterMatch(metric, filters.supporters, scan.codes));
  // Retired demonstration records no longer count anywhere (the rollup leaves them out too).
  conditions.push(isNull(t.table.retiredByBatch));
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    const like = (column: unknown) => sql`${column} like ${pattern} escape '\\'`;
    const fields: unknown[] = [supporters.nameZh, supporters.nameEn, districts.nameZh, districts.nameEn, t.table.note];
    if (t.title) fields.push(t.title);
    conditions.push(or(...fields.map(like)) as SQL);
  }
  return and(...conditions);
}

/** A record matches a supporter filter by its own supporter or, for a joint record, any further partner. */
function supporterMatch(metric: MetricKey, codes: string[], plain: boolean | undefined): SQL {
  const t = RECORD_TABLES[metric];
  const own = inArray(plain ? unindexed(t.table.supporterCode) : sql`${t.table.supporterCode}`, codes);
  const partner = sql`${t.table.id} in (select ${recordSupporters.recordId} from ${recordSupporters} where ${recordSupporters.metric} = ${metric} and ${inArray(recordSupporters.supporterCode, codes)})`;
  return or(own, partner) as SQL;
}

function orderOf(metric: MetricKey, query: Pick<RecordQuery, "sort" | "direction">, filterFirst: boolean): SQL[] {
  const t = RECORD_TABLES[metric];
  const column = {
    year: t.table.year,
    value: t.value,
    rank: t.rank,
    supporter: supporters.nameZh,
    district: districts.nameZh,
    title: t.title ?? t.category,
  }[query.sort];
  const dir = query.direction === "asc" ? asc : desc;
  // The id last makes the order total, so pages never overlap or skip a row.
  return [dir(filterFirst ? unindexed(column) : column), dir(t.table.id)];
}

/** One page of a metric's records under a filter, with search and a stable sort. Null when the sector filter does not apply. */
export function getRecords(db: Db, filters: Filters, metric: MetricKey, query: RecordQuery): RecordPage | null {
  if (!metricApplies(filters, metric)) return null;
  const t = RECORD_TABLES[metric];
  const where = whereOf(metric, filters, query.q);
  // Without a search the rollup already holds the count per cell; with one, count the matches.
  const total = query.q
    ? (db
        .select({ n: sql<number>`count(*)` })
        .from(t.table)
        .innerJoin(supporters, eq(supporters.code, t.table.supporterCode))
        .innerJoin(districts, eq(districts.code, t.table.districtCode))
        .where(where)
        .get()?.n ?? 0)
    : (db.select({ n: sql<number>`coalesce(sum(${metricRollup.records}), 0)` }).from(metricRollup).where(rollupWhere(filters, metric)).get()?.n ?? 0);
  // We know the match count exactly, so choose the plan: few matches → fetch them by the filter's
  // index and sort; many → walk the sort column's index and skip non-matches (about pageSize / share rows).
  const pages = pageCount(total, query.pageSize);
  // The page is checked against the count before any row is read: a page past the end never walks the index.
  if (query.page > pages) return { rows: [], total, page: query.page, pageSize: query.pageSize, pages };
  const filterFirst = total < FILTER_FIRST_BELOW;
  const walk = filterFirst || query.q ? undefined : { codes: true, year: query.sort !== "year" };
  const rows = total === 0 ? [] : withEnglish(selectRecords(db, metric)
    .where(walk ? whereOf(metric, filters, query.q, walk) : where)
    .orderBy(...orderOf(metric, query, filterFirst))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .all() as SelectedRow[]);
  return { rows, total, page: query.page, pageSize: query.pageSize, pages };
}

/**
 * Every record under a filter, in id order, read in chunks (keyset paging), so an export of a
 * million rows streams in constant memory.
 */
export function* iterateRecords(db: Db, filters: Filters, metric: MetricKey, q = "", chunk = 2000): Generator<RecordRow> {
  if (!metricApplies(filters, metric)) return;
  const t = RECORD_TABLES[metric];
  let after = 0;
  for (;;) {
    const rows = withEnglish(selectRecords(db, metric)
      .where(and(whereOf(metric, filters, q), gt(t.table.id, after)))
      .orderBy(asc(t.table.id))
      .limit(chunk)
      .all() as SelectedRow[]);
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < chunk) return;
    after = last.id;
  }
}
