"use client";

import { useTranslations } from "next-intl";
import { ChartFrame } from "@/components/chart-frame";
import { CompareLineChart } from "@/components/charts/compare-line-chart";
import { useView } from "@/components/view-context";
import { compareChartData, compareSummary, compareTable, compareTotals, compareYears, type CompareEntity } from "@/lib/compare-shapes";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { METRICS, type MetricKey } from "@/lib/metrics";
import type { ComparePoint } from "@/lib/queries/compare";

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
  return (
    <ChartFrame
      name={`compare-${metric}`}
      title={t("compare.chartTitle", { metric: metricLabel(metric, locale) })}
      unit={unit}
      demo={totals.some((x) => x.demo > 0)}
      summary={compareSummary(totals, entities, metric, { from: filters.yearFrom, to: filters.yearTo }, locale, t, tm)}
      table={compareTable(years, totals, entities, metric, locale, t)}
      state={points === null ? "not-applicable" : sum === 0 ? "empty" : "ready"}
      note={totals.some((x) => x.cumulative > 0) ? t("compare.cumulativeNote") : undefined}
    >
      <CompareLineChart data={compareChartData(years, metric)} entities={entities} unit={unit} format={(v) => formatMetricValue(metric, v * METRICS[metric].displayDivisor, locale)} />
    </ChartFrame>
  );
}
