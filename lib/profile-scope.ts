import { filtersToSearchParams, type Filters } from "./filter-params";
import type { FilterIssue } from "./filters";

/**
 * A profile page fixes one side of the filter by its path (/districts/500101 fixes the district).
 * The URL carries only the rest; the charts read the effective filter (fixed side included).
 */
export type FixedScope = { districts: string[]; supporters: string[] };

export const NO_FIXED_SCOPE: FixedScope = { districts: [], supporters: [] };

/** What a navigation writes to the URL: the filter without the codes the page path already fixes. */
export function withoutFixed(filters: Filters, fixed: FixedScope): Filters {
  if (!fixed.districts.length && !fixed.supporters.length) return filters;
  return {
    ...filters,
    districts: filters.districts.filter((c) => !fixed.districts.includes(c)),
    supporters: filters.supporters.filter((c) => !fixed.supporters.includes(c)),
  };
}

/**
 * The effective filter of a profile: the page's codes replace that side of the URL filter. A URL
 * value for the fixed side (e.g. ?district= on a district page) cannot apply and is reported.
 */
export function scopeFilters(filters: Filters, fixed: FixedScope): { filters: Filters; ignored: ("district" | "supporter")[] } {
  const ignored: ("district" | "supporter")[] = [];
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((c) => b.includes(c));
  if (fixed.districts.length && filters.districts.length && !sameSet(filters.districts, fixed.districts)) ignored.push("district");
  if (fixed.supporters.length && filters.supporters.length && !sameSet(filters.supporters, fixed.supporters)) ignored.push("supporter");
  return {
    filters: {
      ...filters,
      districts: fixed.districts.length ? [...fixed.districts].sort() : filters.districts,
      supporters: fixed.supporters.length ? [...fixed.supporters].sort() : filters.supporters,
    },
    ignored,
  };
}

type SupporterLike = { code: string; parentCode: string | null };

/** A supporter's own code plus, for a province when asked, its cities' codes. */
export function memberCodes(supporters: readonly SupporterLike[], code: string, includeCities: boolean): string[] {
  const cities = includeCities ? supporters.filter((s) => s.parentCode === code).map((s) => s.code) : [];
  return [code, ...cities.sort()];
}

export const CITIES_VALUES = ["include", "exclude"] as const;
export type CitiesMode = (typeof CITIES_VALUES)[number];

/** Reads ?cities= (include, the default, or exclude); anything else is reported and the default kept. */
export function parseCitiesParam(value: string | undefined): { mode: CitiesMode; issues: FilterIssue[] } {
  if (value === undefined || value === "include") return { mode: "include", issues: [] };
  if (value === "exclude") return { mode: "exclude", issues: [] };
  return { mode: "include", issues: [{ param: "cities", code: "invalid_value", value: value.slice(0, 40), severity: "warning" }] };
}

/** Link to a profile that keeps the current filter, minus the side the profile fixes itself. */
export function profileHref(kind: "district" | "supporter", code: string, filters: Filters): string {
  const query = filtersToSearchParams(kind === "district" ? { ...filters, districts: [] } : { ...filters, supporters: [] }).toString();
  return `/${kind === "district" ? "districts" : "supporters"}/${code}${query ? `?${query}` : ""}`;
}

/** The codes a supporter filter covers, given every supporter's parent (the query's rule, in memory). */
export function coveredSupporters(filters: Filters, all: readonly { code: string; parentCode: string | null }[]): Set<string> {
  const chosen = new Set(filters.supporters);
  return new Set(all.filter((s) => chosen.has(s.code) || (!filters.excludeCities && s.parentCode !== null && chosen.has(s.parentCode))).map((s) => s.code));
}
