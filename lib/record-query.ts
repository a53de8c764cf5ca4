import type { FilterIssue } from "./filters";
import { displayValue } from "./param-rules";
import { hasForbiddenCharacters, parseInteger } from "./param-rules";

import { DEFAULT_RECORD_QUERY, MAX_PAGE_SIZE, MAX_SEARCH_LENGTH, RECORD_SORT_KEYS, type RecordQuery, type RecordSortKey } from "./record-params";

/** Paging, sorting and search of record tables: parsed from the same URL as the filters. */
export { DEFAULT_RECORD_QUERY, MAX_PAGE_SIZE, MAX_SEARCH_LENGTH, RECORD_SORT_KEYS } from "./record-params";
export type { RecordQuery, RecordSortKey } from "./record-params";

export const MAX_PAGE = 1_000_000;
const SORT_CHOICES = RECORD_SORT_KEYS.flatMap((k) => [k, `-${k}`]).join(", ");

/** Reads page, pageSize, sort ("year" ascending, "-year" descending) and q; bad values become issues. */
export function parseRecordQuery(view: Partial<Record<"page" | "pageSize" | "sort" | "q", string>>): { query: RecordQuery; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const query = { ...DEFAULT_RECORD_QUERY };
  const issue = (param: string, code: FilterIssue["code"], value: string, detail?: FilterIssue["detail"]) =>
    issues.push({ param, code, value: displayValue(value, 40), severity: "warning", ...(detail ? { detail } : {}) });
  // Digits only (lib/param-rules.ts): "0x10", " 1 " and "1e3" are refused, not read as numbers.
  const integer = (param: "page" | "pageSize", value: string, max: number) => {
    const n = parseInteger(value, 1, max);
    if (n === undefined) issue(param, "invalid_integer", value, { min: 1, max });
    return n;
  };
  if (view.page !== undefined) query.page = integer("page", view.page, MAX_PAGE) ?? query.page;
  if (view.pageSize !== undefined) query.pageSize = integer("pageSize", view.pageSize, MAX_PAGE_SIZE) ?? query.pageSize;
  if (view.sort !== undefined) {
    const key = view.sort.replace(/^-/, "");
    if ((RECORD_SORT_KEYS as readonly string[]).includes(key)) {
      query.sort = key as RecordSortKey;
      query.direction = view.sort.startsWith("-") ? "desc" : "asc";
    } else issue("sort", "invalid_choice", view.sort, { allowed: SORT_CHOICES });
  }
  if (view.q !== undefined) {
    const q = view.q.trim();
    if (hasForbiddenCharacters(q)) issue("q", "invalid_characters", view.q);
    else if (q.length > MAX_SEARCH_LENGTH) issue("q", "too_long", view.q, { length: q.length, max: MAX_SEARCH_LENGTH });
    else query.q = q;
  }
  return { query, issues };
}
