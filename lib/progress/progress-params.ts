import type { FilterIssue, ParsedParams } from "../filters";
import { isMetricKey, type MetricKey } from "../metrics";
import { PROGRESS_DIMENSIONS, type ProgressBy } from "../queries/progress-dimensions";
import { parsePeriod, type Period } from "./pace";

export type ProgressView = { by: ProgressBy; metric: MetricKey; period: Period | null; periodKey: string | null; issues: FilterIssue[] };

const invalid = (param: string, value: string): FilterIssue => ({ param, code: "invalid_value", value: value.slice(0, 40), severity: "warning" });

/**
 * The view params of progress: by (district, supporter, pairing), metric, period (one of the
 * periods that have targets; the first by default). Bad values fall back with an issue, which
 * the page shows as a notice and /api/progress answers with 400.
 */
export function parseProgressView(view: ParsedParams["view"], periods: readonly string[]): ProgressView {
  const issues: FilterIssue[] = [];
  let by: ProgressBy = "district";
  if (view.by !== undefined) {
    if ((PROGRESS_DIMENSIONS as readonly string[]).includes(view.by)) by = view.by as ProgressBy;
    else issues.push(invalid("by", view.by));
  }
  const metric: MetricKey = view.metric !== undefined && isMetricKey(view.metric) ? view.metric : "funds";
  let periodKey = periods[0] ?? null;
  if (view.period !== undefined) {
    const parsed = parsePeriod(view.period);
    const key = parsed ? (parsed.from === parsed.to ? String(parsed.from) : `${parsed.from}-${parsed.to}`) : null;
    if (key && periods.includes(key)) periodKey = key;
    else issues.push(invalid("period", view.period));
  }
  return { by, metric, period: periodKey ? parsePeriod(periodKey) : null, periodKey, issues };
}
