import type { RecordQuery, RecordSortKey } from "./record-query";

const TEXT_KEYS: readonly RecordSortKey[] = ["supporter", "district", "title"];

/**
 * The sort after a click on a column header: a new column starts A→Z for names and largest or
 * latest first for numbers and years; a second click on the same column reverses it.
 */
export function nextSort(query: Pick<RecordQuery, "sort" | "direction">, key: RecordSortKey): Pick<RecordQuery, "sort" | "direction"> {
  if (query.sort === key) return { sort: key, direction: query.direction === "asc" ? "desc" : "asc" };
  return { sort: key, direction: TEXT_KEYS.includes(key) ? "asc" : "desc" };
}

/** The view params of a record table, defaults left out so a plain URL stays plain. */
export function recordViewParams(metric: string, query: RecordQuery, defaults: { metric: string; query: RecordQuery }): Record<"records" | "page" | "pageSize" | "sort" | "q", string | null> {
  const sort = `${query.direction === "desc" ? "-" : ""}${query.sort}`;
  const defaultSort = `${defaults.query.direction === "desc" ? "-" : ""}${defaults.query.sort}`;
  return {
    records: metric === defaults.metric ? null : metric,
    page: query.page === 1 ? null : String(query.page),
    pageSize: query.pageSize === defaults.query.pageSize ? null : String(query.pageSize),
    sort: sort === defaultSort ? null : sort,
    q: query.q ? query.q : null,
  };
}
