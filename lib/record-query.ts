import { z } from "zod";
import type { FilterIssue } from "./filters";

import { DEFAULT_RECORD_QUERY, MAX_PAGE_SIZE, MAX_SEARCH_LENGTH, RECORD_SORT_KEYS, type RecordQuery, type RecordSortKey } from "./record-params";

/** Paging, sorting and search of record tables: parsed from the same URL as the filters. */
export { DEFAULT_RECORD_QUERY, MAX_PAGE_SIZE, MAX_SEARCH_LENGTH, RECORD_SORT_KEYS } from "./record-params";
export type { RecordQuery, RecordSortKey } from "./record-params";

const pageSchema = z.coerce.number().int().min(1).max(1_000_000);
const pageSizeSchema = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE);
const sortSchema = z.string().regex(/^-?[a-z]+$/).transform((v) => ({ key: v.replace(/^-/, ""), direction: v.startsWith("-") ? "desc" : "asc" }) as const)
  .refine((v) => (RECORD_SORT_KEYS as readonly string[]).includes(v.key));

/** Reads page, pageSize, sort ("year" ascending, "-year" descending) and q; bad values become issues. */
export function parseRecordQuery(view: Partial<Record<"page" | "pageSize" | "sort" | "q", string>>): { query: RecordQuery; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const query = { ...DEFAULT_RECORD_QUERY };
  const bad = (param: string, value: string) => issues.push({ param, code: "invalid_value", value: value.slice(0, 40), severity: "warning" });
  if (view.page !== undefined) {
    const r = pageSchema.safeParse(view.page);
    if (r.success) query.page = r.data;
    else bad("page", view.page);
  }
  if (view.pageSize !== undefined) {
    const r = pageSizeSchema.safeParse(view.pageSize);
    if (r.success) query.pageSize = r.data;
    else bad("pageSize", view.pageSize);
  }
  if (view.sort !== undefined) {
    const r = sortSchema.safeParse(view.sort);
    if (r.success) {
      query.sort = r.data.key as RecordSortKey;
      query.direction = r.data.direction;
    } else bad("sort", view.sort);
  }
  if (view.q !== undefined) {
    const q = view.q.trim();
    if (q.length > MAX_SEARCH_LENGTH) bad("q", view.q);
    else query.q = q;
  }
  return { query, issues };
}
