"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChartFrame } from "@/components/chart-frame";
import { StackedBarChart } from "@/components/charts/lazy-charts";
import { MetricSelect } from "@/components/metric-select";
import { useView } from "@/components/view-context";
import { stackedTable, trendData, trendRows, trendSummary } from "@/lib/chart-shapes";
import { formatMetricValue, metricLabel, metricUnit, toDisplayValue } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { useSeriesQuery, type Initial } from "@/lib/hooks/use-dashboard-queries";
import { replaceViewParam } from "@/lib/hooks/use-filter-navigation";
import { METRICS, type MetricKey } from "@/lib/metrics";
import type { YearPoint } from "@/lib/queries/series";
import { publishedNote, publishedPoints, publishedPointText } from "@/lib/published-series";
import { PublishedPointsChart } from "@/components/charts/published-points-chart";
import { chartState } from "./chart-state";

export function TrendPanel({ initial }: { initial: Initial<YearPoint[] | null> }) {
  const t = useTranslations("charts");
  const tm = useTranslations("officials.multiYear");
  const spanLabel = (from: number, to: number) => tm("label", { from, to });
  const locale = useAppLocale();
  const { filters } = useView();
  const [metric, setMetric] = useState<MetricKey>(initial.metric);
  const query = useSeriesQuery(filters, metric, initial);
  const points = query.data ?? [];
  const unit = metricUnit(metric, locale);
  const format = (v: number) => formatMetricValue(metric, v * METRICS[metric].displayDivisor, locale);
  // The same series published at other dates: their own marked points, with caveats, never in a total.
  const tp = useTranslations("truth.published");
  const published = publishedPoints(metric, filters);
  const publishedText = publishedNote(published, locale, (k, v) => tp(k, v));

  return (
    <ChartFrame
      name={`${metric}-by-year`}
      title={t("trendTitle", { metric: metricLabel(metric, locale) })}
      unit={unit}
      demo={points.some((p) => p.demo > 0)}
      summary={trendSummary(points, metric, locale, t, tm)}
      table={stackedTable(t("year"), trendRows(points, spanLabel), metric, locale, t)}
      state={chartState(query, points.reduce((a, p) => a + p.value, 0))}
      errorMessage={query.error?.message}
      onRetry={() => void query.refetch()}
      note={[t("cumulativeNote"), publishedText].filter(Boolean).join(" · ")}
      controls={
        <MetricSelect
          value={metric}
          testId="trend-metric"
          onChange={(m) => {
            setMetric(m);
            replaceViewParam("trend", m === "funds" ? null : m);
          }}
        />
      }
    >
      <StackedBarChart data={trendData(points, metric, spanLabel)} layout="horizontal" labels={{ real: t("real"), cumulative: t("cumulative"), demo: t("demo"), total: t("total") }} format={format} unit={unit} />
      {published.length ? (
        <PublishedPointsChart
          points={published}
          heading={tp("heading")}
          describe={(p) => (p.reference ? tp("reference", { value: `${formatMetricValue(metric, p.value, locale)} ${unit}` }) : publishedPointText(p, locale, (k, v) => tp(k, v)))}
          sourceLabel={tp("sourceLink")}
          display={(stored) => toDisplayValue(metric, stored)}
          format={format}
          unit={unit}
        />
      ) : null}
    </ChartFrame>
  );
}
