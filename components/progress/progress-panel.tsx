"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { ChartFrame } from "@/components/chart-frame";
import { BulletChart } from "@/components/charts/bullet-chart";
import { useProfileHref } from "@/components/explore/fixed-scope";
import { MetricSelect } from "@/components/metric-select";
import { metricLabel, metricUnit } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { MetricKey } from "@/lib/metrics";
import { bulletData, progressSummary, progressTable } from "@/lib/progress/progress-shapes";
import { PROGRESS_DIMENSIONS, type ProgressBy } from "@/lib/queries/progress-dimensions";
import type { ProgressRow } from "@/lib/queries/progress";
import { useProgressParam } from "./use-progress-param";

type Props = { rows: ProgressRow[]; by: ProgressBy; metric: MetricKey; period: string; periods: string[] };

/** /progress: one bullet per district, supporter or pairing for a metric and plan period, worst first. */
export function ProgressPanel({ rows, by, metric, period, periods }: Props) {
  const t = useTranslations("progress");
  const locale = useAppLocale();
  const setParam = useProgressParam();
  const hrefOf = useProfileHref();
  const byId = useId();
  const periodId = useId();
  const tr = (k: string, v?: Record<string, string | number>) => t(k as never, v as never);
  const title = t("chartTitle", { metric: metricLabel(metric, locale), period, by: t(`by.${by}`) });
  const demoTarget = rows.some((r) => r.demoTarget);
  const rowHref = (key: string) => {
    const row = rows.find((r) => r.key === key);
    if (!row) return null;
    // A pairing opens its district's profile, which lists the district's pairings with their targets.
    return row.districtCode ? hrefOf("district", row.districtCode) : row.supporterCode ? hrefOf("supporter", row.supporterCode) : null;
  };
  return (
    <ChartFrame
      name={`progress-${metric}-by-${by}`}
      title={title}
      unit={metricUnit(metric, locale)}
      demo={demoTarget || rows.some((r) => r.demoActual > 0)}
      summary={progressSummary(rows, locale, tr, t("summaryNone", { metric: metricLabel(metric, locale), period }))}
      table={progressTable(rows, locale, tr)}
      state={rows.length ? "ready" : "empty"}
      note={demoTarget ? t("demoNote") : undefined}
      controls={
        <>
          <span className="metric-select">
            <label htmlFor={byId}>{t("by.label")}</label>
            <select id={byId} value={by} data-testid="progress-by" onChange={(e) => setParam("by", e.target.value === "district" ? null : e.target.value)}>
              {PROGRESS_DIMENSIONS.map((d) => <option key={d} value={d}>{t(`by.${d}`)}</option>)}
            </select>
          </span>
          <MetricSelect value={metric} testId="progress-metric" onChange={(m) => setParam("metric", m === "funds" ? null : m)} />
          <span className="metric-select">
            <label htmlFor={periodId}>{t("period")}</label>
            <select id={periodId} value={period} data-testid="progress-period" onChange={(e) => setParam("period", e.target.value === periods[0] ? null : e.target.value)}>
              {periods.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </span>
        </>
      }
    >
      <BulletChart data={bulletData(rows, locale, tr)} labels={{ title, actual: t("legend.actual"), target: t("legend.target"), pace: t("legend.pace") }} hrefOf={rowHref} />
    </ChartFrame>
  );
}
