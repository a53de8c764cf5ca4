import { compareCodes } from "./compare-codes";
import { formatDecimal } from "./decimal-text";
import type { ChartTable } from "./chart-shapes";
import { formatMetricValue, formatTableValue, metricLabel, metricUnit, tableUnit, toDisplayValue, withUnit } from "./format";
import type { Locale } from "./i18n/config";
import type { MetricKey } from "./metrics";
import type { ComparePoint } from "./queries/compare";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export type CompareEntity = { code: string; label: string };
/** One year of the comparison: display values keyed by code. */
export type CompareYear = { year: number; values: Record<string, number> };

/**
 * Every year of the range, zeros included, for every compared code (stored units). Real records
 * spanning several years are left out of the yearly values (they would read as a one-year jump)
 * and counted in the totals only.
 */
export function compareYears(points: readonly ComparePoint[], codes: readonly string[], yearFrom: number, yearTo: number): CompareYear[] {
  const byKey = new Map(points.map((p) => [`${p.code}|${p.year}`, p.value - p.cumulative]));
  return Array.from({ length: yearTo - yearFrom + 1 }, (_, i) => {
    const year = yearFrom + i;
    return { year, values: Object.fromEntries(codes.map((c) => [c, byKey.get(`${c}|${year}`) ?? 0])) };
  });
}

/** Recharts rows: { year, [code]: display value }. */
export function compareChartData(years: readonly CompareYear[], metric: MetricKey): Record<string, number>[] {
  return years.map((y) => ({ year: y.year, ...Object.fromEntries(Object.entries(y.values).map(([c, v]) => [c, toDisplayValue(metric, v)])) }));
}

/** Totals include the multi-year records (cumulative) that the yearly values leave out. */
export type CompareTotal = { code: string; value: number; demo: number; cumulative: number };

export function compareTotals(points: readonly ComparePoint[], codes: readonly string[]): CompareTotal[] {
  return codes.map((code) => {
    const mine = points.filter((p) => p.code === code);
    const sum = (pick: (p: ComparePoint) => number) => mine.reduce((a, p) => a + pick(p), 0);
    return { code, value: sum((p) => p.value), demo: sum((p) => p.demo), cumulative: sum((p) => p.cumulative) };
  });
}

export function compareTable(years: readonly CompareYear[], totals: readonly CompareTotal[], entities: readonly CompareEntity[], metric: MetricKey, locale: Locale, t: Translate): ChartTable {
  const unit = tableUnit(metric, locale);
  return {
    unit,
    columns: [t("compare.year"), ...entities.map((e) => withUnit(e.label, unit, locale))],
    rows: [
      ...years.map((y) => [String(y.year), ...entities.map((e) => formatTableValue(metric, y.values[e.code] ?? 0, locale))]),
      ...(totals.some((x) => x.cumulative > 0)
        ? [[t("compare.cumulative"), ...entities.map((e) => formatTableValue(metric, totals.find((x) => x.code === e.code)?.cumulative ?? 0, locale))]]
        : []),
      [t("compare.total"), ...entities.map((e) => formatTableValue(metric, totals.find((x) => x.code === e.code)?.value ?? 0, locale))],
    ],
  };
}

/**
 * "1992–2022年引入资金：万州区 560亿元，涪陵区 320亿元，忠县 90亿元；最多的万州区是最少的忠县的 6.2 倍。"
 * The figures are those the lines draw (year by year); a multi-year total is named after its
 * entity (`tm`: officials.multiYear) and never decides the largest or smallest, so the chart and
 * the sentence agree (丰都: a flat line and "另有跨年度累计 66项").
 */
export function compareSummary(totals: readonly CompareTotal[], entities: readonly CompareEntity[], metric: MetricKey, years: { from: number; to: number }, locale: Locale, t: Translate, tm: Translate): string {
  const base = { metric: metricLabel(metric, locale), unit: metricUnit(metric, locale), from: years.from, to: years.to };
  const label = (code: string) => entities.find((e) => e.code === code)?.label ?? code;
  const yearly = (x: CompareTotal) => x.value - x.cumulative;
  const ranked = [...totals].sort((a, b) => yearly(b) - yearly(a) || b.value - a.value || compareCodes(a.code, b.code));
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  if (!top || !bottom || ranked.every((x) => x.value === 0)) return t("compare.summaryEmpty", base);
  const unit = base.unit;
  const amount = (v: number) => `${formatMetricValue(metric, v, locale)}${locale === "en" ? ` ${unit}` : unit}`;
  const list = ranked
    .map((r) => `${label(r.code)} ${amount(yearly(r))}${r.cumulative > 0 ? tm("compareExtra", { value: formatMetricValue(metric, r.cumulative, locale), unit }) : ""}`)
    .join(locale === "en" ? ", " : "，");
  const sentence = t("compare.summary", { ...base, list });
  if (yearly(top) === 0) return sentence;
  if (yearly(bottom) === 0) return `${sentence}${t("compare.summaryZero", { bottom: label(bottom.code) })}`;
  const ratio = formatDecimal(yearly(top) / yearly(bottom), { maxDigits: 1 });
  return `${sentence}${t("compare.summaryRatio", { top: label(top.code), bottom: label(bottom.code), ratio })}`;
}
