"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { IntentLink } from "@/components/intent-link";
import { useProfileHref } from "@/components/explore/fixed-scope";
import { RecordExportLinks } from "@/components/export/record-export-links";
import { MetricSelect } from "@/components/metric-select";
import { useView } from "@/components/view-context";
import { formatInteger, formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { localized } from "@/lib/i18n/config";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { useTopRecordsQuery, type Initial } from "@/lib/hooks/use-dashboard-queries";
import { replaceViewParam } from "@/lib/hooks/use-filter-navigation";
import type { MetricKey } from "@/lib/metrics";
import type { RecordRow } from "@/lib/queries/top-records";
import { DataText } from "@/components/data-text";
import { RecordDescription } from "@/components/record-description";

/** The largest records under the filter, each with its origin (real source or demonstration). */
export function TopRecordsPanel({ initial }: { initial: Initial<RecordRow[] | null> }) {
  const t = useTranslations("top");
  const tCharts = useTranslations("charts");
  const tDemo = useTranslations("demo");
  const tOriginal = useTranslations("officials.dataText");
  const tCaveat = useTranslations("officials.caveat");
  const locale = useAppLocale();
  const { filters, caption } = useView();
  const hrefOf = useProfileHref();
  const [metric, setMetric] = useState<MetricKey>(initial.metric);
  const query = useTopRecordsQuery(filters, metric, initial);
  const rows = query.data ?? [];
  const showInvestment = metric === "projects" || metric === "schools";

  return (
    <section className="panel" aria-labelledby="top-records-heading" data-testid="top-records">
      <header className="chart-frame__header">
        <div>
          <h3 id="top-records-heading" className="chart-frame__title">{t("title", { metric: metricLabel(metric, locale) })}</h3>
          <p className="chart-frame__caption">{caption} · {t(`rankBy.${metric}`)}</p>
        </div>
        <div className="chart-frame__controls">
          <MetricSelect
            value={metric}
            testId="top-metric"
            onChange={(m) => {
              setMetric(m);
              replaceViewParam("top", m === "funds" ? null : m);
            }}
          />
          <RecordExportLinks metric={metric} />
        </div>
      </header>
      {query.isError ? (
        <p role="alert">{tCharts("loadError", { message: query.error.message })}</p>
      ) : query.data === null ? (
        <p>{tCharts("notApplicable")}</p>
      ) : rows.length === 0 && !query.isPending ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-scroll" aria-busy={query.isFetching}>
          {rows.some((r) => r.isDemo) ? <p className="chart-frame__demo-note" data-testid="records-caveat">{tCaveat("records")}</p> : null}
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("columns.year")}</th>
                <th scope="col">{t("columns.supporter")}</th>
                <th scope="col">{t("columns.district")}</th>
                <th scope="col">{t("columns.record")}</th>
                <th scope="col" className="num">{tCharts("withUnit", { label: t("columns.value"), unit: metricUnit(metric, locale) })}</th>
                {showInvestment ? <th scope="col" className="num">{t("columns.amount")}</th> : null}
                <th scope="col">{t("columns.origin")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-demo={r.isDemo}>
                  <td>{r.periodFrom && r.periodFrom !== r.year ? t("period", { from: r.periodFrom, to: r.year }) : r.year}</td>
                  <td><IntentLink href={hrefOf("supporter", r.supporterCode)}>{localized({ zh: r.supporterZh, en: r.supporterEn }, locale)}</IntentLink></td>
                  <td><IntentLink href={hrefOf("district", r.districtCode)}>{localized({ zh: r.districtZh, en: r.districtEn }, locale)}</IntentLink></td>
                  <td>
                    <RecordDescription record={r} locale={locale} />
                    {r.note ? <span className="record-note"><DataText text={r.note} en={r.noteEn} locale={locale} originalLabel={tOriginal("original")} /></span> : null}
                  </td>
                  <td className="num">{formatMetricValue(metric, r.value, locale)}</td>
                  {showInvestment ? <td className="num">{r.rankValue === null ? "—" : formatInteger(r.rankValue, locale)}</td> : null}
                  <td>
                    <span className={r.isDemo ? "badge badge--demo" : "badge badge--real"} title={localized({ zh: r.sourceZh, en: r.sourceEn }, locale)}>
                      {r.isDemo ? tDemo("badge") : tDemo("realBadge")}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
