/**
 * What the browser needs of a record table's URL state (types, defaults, limits), without the
 * parser: lib/record-query.ts validates on the server, so the page ships no schema library.
 */
export const RECORD_SORT_KEYS = ["year", "value", "rank", "supporter", "district", "title"] as const;
export type RecordSortKey = (typeof RECORD_SORT_KEYS)[number];

export type RecordQuery = {
  page: number;
  pageSize: number;
  sort: RecordSortKey;
  direction: "asc" | "desc";
  q: string;
};

export const DEFAULT_RECORD_QUERY: RecordQuery = { page: 1, pageSize: 25, sort: "year", direction: "desc", q: "" };
export const MAX_PAGE_SIZE = 500;
export const MAX_SEARCH_LENGTH = 100;

