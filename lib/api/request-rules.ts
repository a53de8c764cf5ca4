import { metricApplies, shorten, type FilterIssue, type Filters } from "../filters";
import { METRIC_KEYS, METRICS, type MetricKey } from "../metrics";
import { BREAKDOWN_BY } from "../param-rules";

/**
 * The API-side rules every route shares, so one problem reads the same on every route: a
 * missing parameter names its choices, a word outside a fixed list names the list, a sector
 * filter on a metric without sectors is "not applicable" everywhere, and a page past the end
 * is refused whether or not the result is empty. Pure, so the wording is unit-tested.
 */

/** Parameters that take one word from a fixed list, whatever the route. */
export const PARAM_CHOICES: Readonly<Record<string, readonly string[]>> = { metric: METRIC_KEYS, by: BREAKDOWN_BY };

export function missingIssue(param: string): FilterIssue {
  const allowed = PARAM_CHOICES[param];
  return { param, code: "missing_param", severity: "warning", detail: { allowed: allowed ? allowed.join(", ") : "" } };
}

/** Null when `value` is one of `allowed`. */
export function choiceIssue(param: string, value: string, allowed: readonly string[]): FilterIssue | null {
  return allowed.includes(value) ? null : { param, code: "invalid_choice", value: shorten(value), severity: "warning", detail: { allowed: allowed.join(", ") } };
}

/** Null when the sector filter applies to the metric (only funds and projects carry sectors). */
export function sectorIssue(filters: Filters, metric: MetricKey): FilterIssue | null {
  if (metricApplies(filters, metric)) return null;
  return { param: "sector", code: "sector_not_applicable", value: filters.sectors.join(","), severity: "warning", detail: { metric, applies: METRIC_KEYS.filter((k) => METRICS[k].hasSector).join(", ") } };
}

/** One rule for every result, empty or not: there is always a page 1, and nothing past the last page. */
export function pageIssue(page: number, pages: number): FilterIssue | null {
  return page <= pages ? null : { param: "page", code: "page_out_of_range", value: String(page), severity: "warning", detail: { pages } };
}
