"use client";

import { useTranslations } from "next-intl";
import { useCatalog } from "@/components/catalog-context";
import { ChartFrame } from "@/components/chart-frame";
import { CompareLineChart } from "@/components/charts/lazy-charts";
import { useView } from "@/components/view-context";
import { compareChartData, compareSummary, compareTable, compareTotals, compareYears, type CompareEntity } from "@/lib/compare-shapes";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { METRICS, type MetricKey } from "@/lib/metrics";
import type { ComparePoint } from "@/lib/queries/compare";
import { jointNames } from "@/lib/truth/joint-note";

type Props = { metric: MetricKey; points: ComparePoint[] | null; entities: CompareEntity[] };

/** One metric, year by year, for every compared district or supporter. */
export function ComparePanel({ metric, points, entities }: Props) {
  const t = useTranslations("explore");
  const tm = useTranslations("officials.multiYear");
  const locale = useAppLocale();
  const { filters } = useView();
  const codes = entities.map((e) => e.code);
  const years = compareYears(points ?? [], codes, filters.yearFrom, filters.yearTo);
  const totals = compareTotals(points ?? [], codes);
  const unit = metricUnit(metric, locale);
  const sum = totals.reduce((a, x) => a + x.value, 0);
  const tj = useTranslations("truth.joint");
  // Only supporters side by side can show one joint figure twice; districts count it once.
  const byName = new Map(entities.map((e) => [e.code, e.label]));
  const { catalog } = useCatalog();
  const joint = entities.some((e) => catalog.supporters.some((x) => x.code === e.code)) ? jointNames(points ?? [], (p) => byName.get(p.code) ?? p.code, locale) : null;
  const notes = [totals.some((x) => x.cumulative > 0) ? t("compare.cumulativeNote") : null, joint ? tj("compareNote", { names: joint }) : null].filter(Boolean);
  return (
    <ChartFrame
      name={`compare-${metric}`}
      title={t("compare.chartTitle", { metric: metricLabel(metric, locale) })}
      unit={unit}
      demo={totals.some((x) => x.demo > 0)}
      summary={compareSummary(totals, entities, metric, { from: filters.yearFrom, to: filters.yearTo }, locale, t, tm)}
      table={compareTable(years, totals, entities, metric, locale, t)}
      state={points === null ? "not-applicable" : sum === 0 ? "empty" : "ready"}
      note={notes.length ? notes.join(" · ") : undefined}
    >
      <CompareLineChart data={compareChartData(years, metric)} entities={entities} unit={unit} format={(v) => formatMetricValue(metric, v * METRICS[metric].displayDivisor, locale)} />
    </ChartFrame>
  );
}
