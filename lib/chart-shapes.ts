import { formatMetricValue, formatShare, metricLabel, metricUnit, tableUnit, toDisplayValue, withProvince } from "./format";
import { localized, type Locale } from "./i18n/config";
import { METRICS, type MetricKey } from "./metrics";
import type { BreakdownRow } from "./queries/breakdown";
import type { YearPoint } from "./queries/series";
import { placeName } from "@/lib/place-names";

/** Pure shaping between query rows and what charts, tables and summaries draw. */
/**
 * A chart's data as a table: the table view shows it and CSV/XLSX exports write it. Numbers stay
 * numbers (display units, full precision) so exports carry exact values; the table view rounds
 * them to `decimals` fraction digits.
 */
export type ChartTable = { columns: string[]; rows: (string | number)[][]; decimals?: number; unit?: string };

/** real + cumulative + demo = total, in display units; cumulative = real records spanning several years. */
export type StackedDatum = { key: string; label: string; real: number; cumulative: number; demo: number; total: number };

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "1992–2015年累计": the label of a multi-year figure, drawn and tabulated apart from the years. */
export type SpanLabel = (from: number, to: number) => string;

/** A multi-year figure (a real record's 1992–2015 total) as its own entry, ahead of the yearly ones. */
type Row = { key: string; label: string; value: number; demo: number; cumulative: number };

/**
 * The rows a trend draws and tabulates: each multi-year figure first, labelled with its span, then
 * the years without it. A 1992–2015 total never reads as a one-year spike in 2015.
 */
export function trendRows(points: readonly YearPoint[], spanLabel: SpanLabel): Row[] {
  const spans = points
    .filter((p) => p.cumulative > 0)
    .map((p) => ({ key: `span-${p.spanFrom ?? p.year}-${p.year}`, label: spanLabel(p.spanFrom ?? p.year, p.year), value: p.cumulative, demo: 0, cumulative: p.cumulative }));
  const years = points.map((p) => ({ key: String(p.year), label: String(p.year), value: p.value - p.cumulative, demo: p.demo, cumulative: 0 }));
  return [...spans, ...years];
}

export function trendData(points: readonly YearPoint[], metric: MetricKey, spanLabel: SpanLabel): StackedDatum[] {
  return trendRows(points, spanLabel).map((r) => ({
    key: r.key,
    label: r.label,
    real: toDisplayValue(metric, r.value - r.demo - r.cumulative),
    cumulative: toDisplayValue(metric, r.cumulative),
    demo: toDisplayValue(metric, r.demo),
    total: toDisplayValue(metric, r.value),
  }));
}

export function breakdownLabel(row: BreakdownRow, locale: Locale): string {
  const name = placeName(row, locale);
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
  const unit = tableUnit(metric, locale);
  return {
    unit,
    columns: [firstColumn, ...(["real", "demo", "total"] as const).map((k) => t("withUnit", { label: t(k), unit }))],
    rows: rows.map((r) => [r.label, toDisplayValue(metric, r.value - r.demo), toDisplayValue(metric, r.demo), toDisplayValue(metric, r.value)]),
    decimals: METRICS[metric].displayDecimals,
  };
}

/**
 * Total and highest year in one sentence. A multi-year figure is left out of the highest year (it
 * is not one year's figure) and named apart; `tm` words it (officials.multiYear).
 */
export function trendSummary(points: readonly YearPoint[], metric: MetricKey, locale: Locale, t: Translate, tm: Translate): string {
  const first = points[0];
  const last = points[points.length - 1];
  const base = { metric: metricLabel(metric, locale), unit: metricUnit(metric, locale), from: first?.year ?? "", to: last?.year ?? "" };
  const total = points.reduce((a, p) => a + p.value, 0);
  if (!first || total === 0) return t("summaryTrendEmpty", base);
  const yearly = (p: YearPoint) => p.value - p.cumulative;
  const peak = points.reduce((best, p) => (yearly(p) > yearly(best) ? p : best), first);
  const spans = points.filter((p) => p.cumulative > 0);
  const spanText = spans
    .map((p) => tm("summarySpan", { from: p.spanFrom ?? p.year, to: p.year, value: formatMetricValue(metric, p.cumulative, locale), unit: base.unit }))
    .join("");
  const head =
    yearly(peak) > 0
      ? t("summaryTrend", { ...base, total: formatMetricValue(metric, total, locale), peakYear: peak.year, peak: formatMetricValue(metric, yearly(peak), locale) })
      : tm("summaryNoYear", { ...base, total: formatMetricValue(metric, total, locale) });
  return `${head}${spanText ? `${locale === "en" ? " " : ""}${spanText}` : ""}`;
}

/**
 * Names the leader among the rows with data ("共 13 项" when one of 14 has none) and lists the
 * rows left out of the ranking for having none; `tz` (officials.zero) words those.
 */
export function breakdownSummary(rows: BreakdownRow[], metric: MetricKey, locale: Locale, t: Translate, tz: Translate): string {
  const withData = rows.filter((r) => r.value > 0);
  const total = withData.reduce((a, r) => a + r.value, 0);
  const top = withData[0];
  const base = { metric: metricLabel(metric, locale), unit: metricUnit(metric, locale) };
  if (!top || total === 0) return t("summaryBreakdownEmpty", base);
  const sentence = t("summaryBreakdown", {
    ...base,
    top: breakdownLabel(top, locale),
    value: formatMetricValue(metric, top.value, locale),
    share: formatShare(top.value, total, locale),
    count: withData.length,
    total: formatMetricValue(metric, total, locale),
  });
  const without = rows.filter((r) => r.value <= 0).map((r) => breakdownLabel(r, locale));
  return without.length ? `${sentence}${locale === "en" ? " " : ""}${tz("leftOutOfRanking", { names: without.join(locale === "en" ? ", " : "、") })}` : sentence;
}

/** A ranking lists those with data only: a zero bar says nothing and reads as a last place. */
export function rankedRows<T extends { value: number }>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.value > 0);
}
