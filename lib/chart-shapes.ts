import { formatMetricValue, formatShare, metricLabel, metricUnit, toDisplayValue, withProvince } from "./format";
import { localized, type Locale } from "./i18n/config";
import { METRICS, type MetricKey } from "./metrics";
import type { BreakdownRow } from "./queries/breakdown";
import type { YearPoint } from "./queries/series";

/** Pure shaping between query rows and what charts, tables and summaries draw. */
/**
 * A chart's data as a table: the table view shows it and CSV/XLSX exports write it. Numbers stay
 * numbers (display units, full precision) so exports carry exact values; the table view rounds
 * them to `decimals` fraction digits.
 */
export type ChartTable = { columns: string[]; rows: (string | number)[][]; decimals?: number };

/** real + cumulative + demo = total, in display units; cumulative = real records spanning several years. */
export type StackedDatum = { key: string; label: string; real: number; cumulative: number; demo: number; total: number };

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function trendData(points: YearPoint[], metric: MetricKey): StackedDatum[] {
  return points.map((p) => ({
    key: String(p.year),
    label: String(p.year),
    real: toDisplayValue(metric, p.value - p.demo - p.cumulative),
    cumulative: toDisplayValue(metric, p.cumulative),
    demo: toDisplayValue(metric, p.demo),
    total: toDisplayValue(metric, p.value),
  }));
}

export function breakdownLabel(row: BreakdownRow, locale: Locale): string {
  const name = localized({ zh: row.nameZh, en: row.nameEn }, locale);
  if (!row.parentZh || !row.parentEn) return name;
  return withProvince(name, localized({ zh: row.parentZh, en: row.parentEn }, locale), locale);
}

export function breakdownData(rows: BreakdownRow[], metric: MetricKey, locale: Locale): StackedDatum[] {
  return rows.map((r) => ({
    key: r.code,
    label: breakdownLabel(r, locale),
    real: toDisplayValue(metric, r.value - r.demo),
    cumulative: 0,
    demo: toDisplayValue(metric, r.demo),
    total: toDisplayValue(metric, r.value),
  }));
}

/** Table view: first column the label, then real, demo and total in display units (numbers). */
export function stackedTable(firstColumn: string, rows: { label: string; value: number; demo: number }[], metric: MetricKey, locale: Locale, t: Translate): ChartTable {
  const unit = metricUnit(metric, locale);
  return {
    columns: [firstColumn, ...(["real", "demo", "total"] as const).map((k) => t("withUnit", { label: t(k), unit }))],
    rows: rows.map((r) => [r.label, toDisplayValue(metric, r.value - r.demo), toDisplayValue(metric, r.demo), toDisplayValue(metric, r.value)]),
    decimals: METRICS[metric].displayDecimals,
  };
}

export function trendSummary(points: YearPoint[], metric: MetricKey, locale: Locale, t: Translate): string {
  const first = points[0];
  const last = points[points.length - 1];
  const base = { metric: metricLabel(metric, locale), unit: metricUnit(metric, locale), from: first?.year ?? "", to: last?.year ?? "" };
  const total = points.reduce((a, p) => a + p.value, 0);
  if (!first || total === 0) return t("summaryTrendEmpty", base);
  const peak = points.reduce((best, p) => (p.value > best.value ? p : best), first);
  return t("summaryTrend", {
    ...base,
    total: formatMetricValue(metric, total, locale),
    peakYear: peak.year,
    peak: formatMetricValue(metric, peak.value, locale),
  });
}

export function breakdownSummary(rows: BreakdownRow[], metric: MetricKey, locale: Locale, t: Translate): string {
  const total = rows.reduce((a, r) => a + r.value, 0);
  const top = rows[0];
  const base = { metric: metricLabel(metric, locale), unit: metricUnit(metric, locale) };
  if (!top || total === 0) return t("summaryBreakdownEmpty", base);
  return t("summaryBreakdown", {
    ...base,
    top: breakdownLabel(top, locale),
    value: formatMetricValue(metric, top.value, locale),
    share: formatShare(top.value, total, locale),
    count: rows.length,
    total: formatMetricValue(metric, total, locale),
  });
}
