import { formatDecimal } from "@/lib/decimal-text";
import type { ChartTable } from "../chart-shapes";
import { formatMetricValue, metricLabel, metricUnit, toDisplayValue } from "../format";
import { localized, type Locale } from "../i18n/config";
import { METRICS } from "../metrics";
import type { ProgressRow } from "../queries/progress";
import type { ProgressStatus } from "./status";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One bar of a bullet chart, as shares of the target (1 = the target). */
export type BulletDatum = {
  key: string;
  label: string;
  achieved: number | null;
  expected: number;
  status: ProgressStatus;
  /** "落后 · 12.0% / 40.0%": the status in words, so the chart never speaks by colour alone. */
  statusText: string;
  demo: boolean;
};

/** "12.0%" in both locales (lib/decimal-text.ts: no Intl start-up while a page hydrates). */
export function formatPercent(share: number | null, _locale: Locale): string {
  if (share === null) return "—";
  return formatDecimal(share, { maxDigits: 1, minDigits: 1, percent: true });
}

/** Percent with one decimal as a number, for tables and exports (typed cells in XLSX). */
const percentCell = (share: number | null) => (share === null ? "—" : Math.round(share * 1000) / 10);

/** The row's name: its district, supporter or pairing, or the metric for a whole-scope row. */
export function rowLabel(row: ProgressRow, locale: Locale): string {
  return row.by === "program" ? metricLabel(row.metric, locale) : localized(row.name, locale);
}

export function rowNotes(row: ProgressRow, t: Translate): string {
  return [...row.caveats.filter((c) => c !== "period-over").map((c) => t(`caveat.${c}`)), ...(row.derived ? [t("derived")] : [])].join("；");
}

export function bulletData(rows: readonly ProgressRow[], locale: Locale, t: Translate): BulletDatum[] {
  return rows.map((r) => ({
    key: r.key,
    label: rowLabel(r, locale),
    achieved: r.achieved,
    expected: r.expected,
    status: r.status,
    statusText: `${t(`status.${r.status}`)} · ${formatPercent(r.achieved, locale)} / ${formatPercent(r.expected, locale)}`,
    demo: r.demoTarget || r.demoActual > 0,
  }));
}

/** Table view, CSV and XLSX of a progress chart (and the CSV of /api/progress): one row per target. */
export function progressTable(rows: readonly ProgressRow[], locale: Locale, t: Translate): ChartTable {
  const c = (k: string) => t(`columns.${k}`);
  return {
    columns: [c("name"), c("metric"), c("unit"), c("actual"), c("target"), c("achieved"), c("expected"), c("ofPace"), c("status"), c("notes"), c("origin")],
    rows: rows.map((r) => [
      rowLabel(r, locale),
      metricLabel(r.metric, locale),
      metricUnit(r.metric, locale),
      r.actual === null ? "—" : toDisplayValue(r.metric, r.actual),
      toDisplayValue(r.metric, r.target),
      percentCell(r.achieved),
      percentCell(r.expected),
      percentCell(r.ofPace),
      t(`status.${r.status}`),
      rowNotes(r, t),
      r.demoTarget ? t("demoTarget") : t("realTarget"),
    ]),
    decimals: Math.max(...rows.map((r) => METRICS[r.metric].displayDecimals), 1),
  };
}

/** One sentence: how many targets in each status and which needs attention first (rows sorted worst first). */
export function progressSummary(rows: readonly ProgressRow[], locale: Locale, t: Translate, none: string): string {
  if (rows.length === 0) return none;
  const count = (s: ProgressStatus) => rows.filter((r) => r.status === s).length;
  const worst = rows[0];
  if (count("on-track") === rows.length) return t("summaryAllOnTrack", { count: rows.length });
  if (!worst || (worst.status !== "behind" && worst.status !== "at-risk")) {
    return t("summaryCounts", { count: rows.length, onTrack: count("on-track"), noData: count("no-data"), notStarted: count("not-started") });
  }
  return t("summary", {
    count: rows.length,
    behind: count("behind"),
    atRisk: count("at-risk"),
    onTrack: count("on-track"),
    worst: rowLabel(worst, locale),
    achieved: formatPercent(worst.achieved, locale),
    expected: formatPercent(worst.expected, locale),
  });
}

/** "落后：实际 12.3 / 目标 100 亿元" for tooltips and accessible names. */
export function valueLine(row: ProgressRow, locale: Locale): string {
  const unit = metricUnit(row.metric, locale);
  const actual = row.actual === null ? "—" : formatMetricValue(row.metric, row.actual, locale);
  return `${actual} / ${formatMetricValue(row.metric, row.target, locale)} ${unit}`;
}
