"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChartFrame } from "@/components/chart-frame";
import { useProfileHref } from "@/components/explore/fixed-scope";
import { StackedBarChart } from "@/components/charts/lazy-charts";
import { MetricSelect } from "@/components/metric-select";
import { useView } from "@/components/view-context";
import { breakdownData, breakdownLabel, breakdownSummary, stackedTable, rankedRows } from "@/lib/chart-shapes";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { useBreakdownQuery, type Initial } from "@/lib/hooks/use-dashboard-queries";
import { replaceViewParam, useFilterNavigation } from "@/lib/hooks/use-filter-navigation";
import { METRICS, type MetricKey } from "@/lib/metrics";
import type { BreakdownDimension, BreakdownRow } from "@/lib/queries/breakdown";
import { jointNames } from "@/lib/truth/joint-note";
import { chartState } from "./chart-state";

type Props = { by: BreakdownDimension; initial: Initial<BreakdownRow[] | null> };

/** One metric per district or per supporter; a click on a bar narrows the whole view to it. */
export function BreakdownPanel({ by, initial }: Props) {
  const t = useTranslations("charts");
  const tf = useTranslations("filters");
  const tz = useTranslations("officials.zero");
  const locale = useAppLocale();
  const { filters } = useView();
  const navigate = useFilterNavigation();
  const hrefOf = useProfileHref();
  const [metric, setMetric] = useState<MetricKey>(initial.metric);
  const query = useBreakdownQuery(filters, metric, by, initial);
  const rows = query.data ?? [];
  const unit = metricUnit(metric, locale);
  const format = (v: number) => formatMetricValue(metric, v * METRICS[metric].displayDivisor, locale);
  const tj = useTranslations("truth.joint");
  // By supporter, a joint figure shows under each partner: the bars then add up to more than the total.
  const joint = by === "supporter" ? jointNames(rows, (r) => breakdownLabel(r, locale), locale) : null;
  const select = (code: string) =>
    navigate(by === "district" ? { ...filters, districts: [code] } : { ...filters, supporters: [code] });

  return (
    <ChartFrame
      name={`${metric}-by-${by}`}
      title={t(by === "district" ? "byDistrict" : "bySupporter", { metric: metricLabel(metric, locale) })}
      unit={unit}
      demo={rows.some((r) => r.demo > 0)}
      summary={breakdownSummary(rows, metric, locale, t, tz)}
      ranking
      table={stackedTable(by === "district" ? tf("district") : tf("supporter"), rows.map((r) => ({ label: breakdownLabel(r, locale), value: r.value, demo: r.demo })), metric, locale, t)}
      state={chartState(query, rows.reduce((a, r) => a + r.value, 0))}
      errorMessage={query.error?.message}
      onRetry={() => void query.refetch()}
      note={joint ? tj("breakdownNote", { names: joint }) : undefined}
      controls={
        <MetricSelect
          value={metric}
          testId={`${by}-metric`}
          onChange={(m) => {
            setMetric(m);
            replaceViewParam(by === "district" ? "bydistrict" : "bysupporter", m === "funds" ? null : m);
          }}
        />
      }
    >
      <StackedBarChart data={breakdownData(rankedRows(rows), metric, locale)} layout="vertical" labels={{ real: t("real"), cumulative: t("cumulative"), demo: t("demo"), total: t("total") }} format={format} unit={unit} onSelect={select} linkOf={(code) => hrefOf(by, code)} />
    </ChartFrame>
  );
}
