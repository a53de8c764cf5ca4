import { filtersToSearchParams, type Filters } from "./filter-params";
import type { FilterIssue } from "./filters";
import type { CompareDimension } from "./queries/compare";

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

export type CompareSelection = {
  by: CompareDimension;
  /** The compared codes, at most COMPARE_MAX, in the order of the URL filter. */
  codes: string[];
  /** The filter the page reads: the compared side holds only the compared codes. */
  filters: Filters;
  /** Codes beyond COMPARE_MAX, left out (the page says which). */
  dropped: string[];
  issues: FilterIssue[];
};

/**
 * /compare reuses the filter: ?by=district&district=500101,500102,500233 compares three districts
 * (the supporter filter, years and sectors still narrow). Without ?by, districts are compared
 * unless only supporters are chosen.
 */
export function compareSelection(filters: Filters, byParam: string | undefined): CompareSelection {
  const issues: FilterIssue[] = [];
  let by: CompareDimension;
  if (byParam === "district" || byParam === "supporter") by = byParam;
  else {
    if (byParam !== undefined) issues.push({ param: "by", code: "invalid_value", value: byParam.slice(0, 40), severity: "warning" });
    by = filters.districts.length === 0 && filters.supporters.length > 0 ? "supporter" : "district";
  }
  const chosen = by === "district" ? filters.districts : filters.supporters;
  const codes = chosen.slice(0, COMPARE_MAX);
  return { by, codes, dropped: chosen.slice(COMPARE_MAX), filters: by === "district" ? { ...filters, districts: codes } : { ...filters, supporters: codes }, issues };
}

/** The compare URL for a dimension and a filter: ?by=supporter&supporter=… (district is the default). */
export function compareHref(by: CompareDimension, filters: Filters): string {
  const params = filtersToSearchParams(filters);
  if (by === "supporter") params.set("by", "supporter");
  const query = params.toString();
  return query ? `/compare?${query}` : "/compare";
}
