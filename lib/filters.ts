import { z } from "zod";
import { DEFAULT_FILTERS, VIEW_PARAMS, type Filters, type ViewParam } from "./filter-params";
import { dedupeIssues } from "./filter-issues";
import { isMetricKey } from "./metrics";
import { displayValue, hasForbiddenCharacters, isDigits, MAX_PARAM_COUNT, parseInteger } from "./param-rules";
import { PROGRAM } from "./program";
import { isSectorKey, type SectorKey } from "./sectors";

/**
 * The one filter type, and the one parser of URL search params for pages, route handlers and
 * client hooks. Bad values never throw: each is dropped (or corrected) with an issue that the
 * page shows as a notice and a route handler answers with 400.
 */
/** Known codes, from the database: the parser checks membership against these. */
export type FilterCatalog = {
  districtCodes: ReadonlySet<string>;
  supporterCodes: ReadonlySet<string>;
  /** Old GB/T 2260 code → current code (开县 500234 → 开州区 500154). */
  formerDistrictCodes: ReadonlyMap<string, string>;
};

export type FilterIssueCode =
  | "unknown_param"
  | "repeated_param"
  | "too_long"
  | "invalid_year"
  | "year_out_of_range"
  | "reversed_range"
  | "invalid_code"
  | "unknown_district"
  | "unknown_supporter"
  | "unknown_sector"
  | "unknown_metric"
  | "renamed_district"
  | "invalid_value"
  // Shared parameter rules (lib/param-rules.ts, lib/api/request-rules.ts) and request limits:
  | "invalid_integer" | "invalid_characters" | "invalid_choice" | "missing_param"
  | "too_many_params" | "page_out_of_range" | "sector_not_applicable" | "more_issues"
  | "not_applicable";

export type FilterIssue = {
  param: string;
  code: FilterIssueCode;
  /** The offending value, shortened for display; rendered as text, never as markup. */
  value?: string;
  /** Extra values for the message (e.g. the correction that was applied). */
  detail?: Record<string, string | number>;
  /** info: the value was understood and corrected; the request still stands. */
  severity: "info" | "warning";
};

const FILTER_PARAMS = ["district", "supporter", "from", "to", "sector", "cities"] as const;
const LIST_PARAMS = new Set<string>(["district", "supporter", "sector"]);

export const MAX_PARAM_LENGTH = 512;

const codeSchema = z.string().regex(/^\d{6}$/);
const metricSchema = z.string().refine(isMetricKey);

export type ParsedParams = {
  filters: Filters;
  /** Valid values of view params, by name (metric keys already checked). */
  view: Partial<Record<ViewParam, string>>;
  issues: FilterIssue[];
};

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function entriesOf(raw: RawSearchParams): [string, string][] {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]));
}

/** A value shortened for a message, with any control or non-character shown as U+XXXX. */
export function shorten(value: string, max = 40): string {
  return displayValue(value, max);
}

const METRIC_VIEW_PARAMS = new Set<string>(["trend", "bydistrict", "bysupporter", "top", "metric", "records", "map"]);

export function parseSearchParams(raw: RawSearchParams, catalog: FilterCatalog): ParsedParams {
  const issues: FilterIssue[] = [];
  const warn = (param: string, code: FilterIssueCode, value?: string, detail?: FilterIssue["detail"]) =>
    issues.push({ param, code, severity: "warning", ...(value === undefined ? {} : { value: shorten(value) }), ...(detail ? { detail } : {}) });

  const entries = entriesOf(raw);
  // Counted before any value is read: a query of thousands of keys costs one notice, not one each.
  if (entries.length > MAX_PARAM_COUNT) {
    return { filters: DEFAULT_FILTERS, view: {}, issues: [{ param: "", code: "too_many_params", severity: "warning", detail: { count: entries.length, max: MAX_PARAM_COUNT } }] };
  }
  const values = new Map<string, string[]>();
  for (const [key, value] of entries) {
    const known = (FILTER_PARAMS as readonly string[]).includes(key) || (VIEW_PARAMS as readonly string[]).includes(key);
    if (!known) {
      warn(shorten(key, 30), "unknown_param");
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH) {
      warn(key, "too_long", undefined, { length: value.length, max: MAX_PARAM_LENGTH });
      continue;
    }
    if (hasForbiddenCharacters(value)) {
      warn(key, "invalid_characters", value);
      continue;
    }
    const list = values.get(key) ?? [];
    if (list.length > 0 && !LIST_PARAMS.has(key)) {
      warn(key, "repeated_param", value, { used: list[0] ?? "" });
      continue;
    }
    values.set(key, [...list, value]);
  }
  const listOf = (key: string) => [...new Set((values.get(key) ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))];
  const single = (key: string) => values.get(key)?.[0];

  const districts: string[] = [];
  for (const value of listOf("district")) {
    if (!codeSchema.safeParse(value).success) warn("district", "invalid_code", value);
    else if (catalog.districtCodes.has(value)) districts.push(value);
    else if (catalog.formerDistrictCodes.has(value)) {
      const current = catalog.formerDistrictCodes.get(value) ?? value;
      districts.push(current);
      issues.push({ param: "district", code: "renamed_district", severity: "info", value, detail: { current } });
    } else warn("district", "unknown_district", value);
  }
  const supporters: string[] = [];
  for (const value of listOf("supporter")) {
    if (!codeSchema.safeParse(value).success) warn("supporter", "invalid_code", value);
    else if (catalog.supporterCodes.has(value)) supporters.push(value);
    else warn("supporter", "unknown_supporter", value);
  }
  const sectors: SectorKey[] = [];
  for (const value of listOf("sector")) {
    if (isSectorKey(value)) sectors.push(value);
    else warn("sector", "unknown_sector", value);
  }

  const year = (key: "from" | "to", fallback: number) => {
    const value = single(key);
    if (value === undefined || value === "") return fallback;
    const parsed = parseInteger(value, PROGRAM.startYear, PROGRAM.asOfYear);
    if (parsed !== undefined) return parsed;
    warn(key, isDigits(value) ? "year_out_of_range" : "invalid_year", value, { min: PROGRAM.startYear, max: PROGRAM.asOfYear });
    return fallback;
  };
  let yearFrom = year("from", DEFAULT_FILTERS.yearFrom);
  let yearTo = year("to", DEFAULT_FILTERS.yearTo);
  if (yearFrom > yearTo) {
    [yearFrom, yearTo] = [yearTo, yearFrom];
    issues.push({ param: "from", code: "reversed_range", severity: "warning", detail: { from: yearFrom, to: yearTo } });
  }

  const excludeCities = parseCities(single("cities"), issues);

  const view: ParsedParams["view"] = {};
  for (const key of VIEW_PARAMS) {
    const value = single(key);
    // An empty value is a parameter not given (as for the years), so a required one is named as missing.
    if (value === undefined || value === "") continue;
    if (METRIC_VIEW_PARAMS.has(key) && !metricSchema.safeParse(value).success) warn(key, "unknown_metric", value);
    else view[key] = value;
  }

  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  return {
    filters: { districts: sorted(districts), supporters: sorted(supporters), yearFrom, yearTo, sectors: sorted(sectors) as SectorKey[], ...(excludeCities ? { excludeCities } : {}) },
    view,
    issues: dedupeIssues(issues),
  };
}

/** ?cities= : include (the default) or exclude; anything else is reported and the default kept. */
function parseCities(value: string | undefined, issues: FilterIssue[]): boolean {
  if (value === undefined || value === "" || value === "include") return false;
  if (value === "exclude") return true;
  issues.push({ param: "cities", code: "invalid_value", value: shorten(value), severity: "warning" });
  return false;
}

export { DEFAULT_FILTERS, VIEW_PARAMS, filtersToSearchParams, firstParam, hasScopeFilter, isFiltered, isFullYearRange, metricApplies, viewMetric } from "./filter-params";
export type { Filters, ViewParam } from "./filter-params";
