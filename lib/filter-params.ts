import { isMetricKey, METRICS, type MetricKey } from "./metrics";
import { PROGRAM } from "./program";
import type { SectorKey } from "./sectors";

/**
 * The filter type and what the browser needs of it (canonical query strings, defaults), without
 * the parser: pages and route handlers parse with lib/filters.ts, whose validation stays on the
 * server, so the first load of a page carries no schema library.
 */
export type Filters = {
  districts: string[];
  supporters: string[];
  yearFrom: number;
  yearTo: number;
  sectors: SectorKey[];
  /**
   * A chosen province counts with its cities (广东省 with 广州/深圳/珠海), as its profile does;
   * `cities=exclude` in the URL sets this and keeps the province's own records only.
   */
  excludeCities?: boolean;
};

export const DEFAULT_FILTERS: Filters = {
  districts: [],
  supporters: [],
  yearFrom: PROGRAM.startYear,
  yearTo: PROGRAM.asOfYear,
  sectors: [],
};

/** Params the parser knows besides the filters: view state of the page and of route handlers. */
export const VIEW_PARAMS = ["trend", "bydistrict", "bysupporter", "top", "metric", "by", "page", "pageSize", "format", "q", "sort", "records", "map", "period"] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];
/** Reads a metric-valued view param, falling back to a default. */
export function viewMetric(view: Partial<Record<ViewParam, string>>, key: ViewParam, fallback: MetricKey): MetricKey {
  const value = view[key];
  return value !== undefined && isMetricKey(value) ? value : fallback;
}

/** Canonical query string of a filter (defaults omitted), for links, API calls and cache keys. */
export function filtersToSearchParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.districts.length) params.set("district", filters.districts.join(","));
  if (filters.supporters.length) params.set("supporter", filters.supporters.join(","));
  if (filters.yearFrom !== DEFAULT_FILTERS.yearFrom) params.set("from", String(filters.yearFrom));
  if (filters.yearTo !== DEFAULT_FILTERS.yearTo) params.set("to", String(filters.yearTo));
  if (filters.sectors.length) params.set("sector", filters.sectors.join(","));
  if (filters.excludeCities) params.set("cities", "exclude");
  return params;
}

export function isFiltered(filters: Filters): boolean {
  const params = filtersToSearchParams(filters);
  // cities=exclude narrows nothing until a province is chosen.
  if (!filters.supporters.length) params.delete("cities");
  return params.size > 0;
}

/** True when only the year range is narrowed (shares then compare with the whole program). */
export function hasScopeFilter(filters: Filters): boolean {
  return filters.districts.length > 0 || filters.supporters.length > 0 || filters.sectors.length > 0;
}

export function isFullYearRange(filters: Filters): boolean {
  return filters.yearFrom === DEFAULT_FILTERS.yearFrom && filters.yearTo === DEFAULT_FILTERS.yearTo;
}

/** The value of a raw param as the parser reads it: the first, when the key is repeated. */
export function firstParam(raw: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

/** A sector filter applies only to metrics whose records carry a sector; the others have no figure under it. */
export function metricApplies(filters: Filters, metric: MetricKey): boolean {
  return filters.sectors.length === 0 || METRICS[metric].hasSector;
}
