"use client";

import { IntentLink } from "@/components/intent-link";
import { useTranslations } from "next-intl";
import { useProfileHref } from "@/components/explore/fixed-scope";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { formatPercent, rowLabel, rowNotes } from "@/lib/progress/progress-shapes";
import type { ProgressRow } from "@/lib/queries/progress";
import { StatusBadge } from "./status-icon";

/** The single-target form opened on the row's own target; none for a row that sums several. */
function editHref(r: ProgressRow): string | null {
  if (r.derived || r.by === "program") return null;
  const scope = r.by === "pairing" ? "pairing" : r.by;
  const params = new URLSearchParams({ scope, metric: r.metric, period: r.period });
  if (r.districtCode) params.set("district", r.districtCode);
  if (r.supporterCode) params.set("supporter", r.supporterCode);
  return `/progress/targets?${params.toString()}`;
}

/**
 * Every target with its figures, worst first; the name opens the profile (a pairing opens its
 * district). `testId` tells the tables of one page apart.
 */
export function ProgressTable({ rows, caption, testId = "progress-table", showMetric = false }: { rows: ProgressRow[]; caption: string; testId?: string; showMetric?: boolean }) {
  const t = useTranslations("progress");
  const locale = useAppLocale();
  const hrefOf = useProfileHref();
  const tr = (k: string, v?: Record<string, string | number>) => t(k as never, v as never);
  if (rows.length === 0) return <p className="chart-frame__message" data-testid={`${testId}-empty`}>{t("empty")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table progress-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            {showMetric ? <th scope="col">{t("columns.metric")}</th> : null}
            <th scope="col">{t("columns.actual")}</th>
            <th scope="col">{t("columns.target")}</th>
            <th scope="col">{t("columns.achieved")}</th>
            <th scope="col">{t("columns.expected")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.notes")}</th>
            <th scope="col"><span className="visually-hidden">{t("edit")}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const href = r.districtCode ? hrefOf("district", r.districtCode) : r.supporterCode ? hrefOf("supporter", r.supporterCode) : null;
            const name = rowLabel(r, locale);
            const unit = metricUnit(r.metric, locale);
            return (
              <tr key={`${r.metric}-${r.key}`} data-testid="progress-row" data-key={r.key} data-status={r.status}>
                <th scope="row">{href ? <IntentLink href={href} aria-label={t("openProfile", { name })}>{name}</IntentLink> : name}</th>
                {showMetric ? <td>{metricLabel(r.metric, locale)}</td> : null}
                <td data-testid="progress-actual">{r.actual === null ? t("none") : `${formatMetricValue(r.metric, r.actual, locale)} ${unit}`}</td>
                <td data-testid="progress-target">{`${formatMetricValue(r.metric, r.target, locale)} ${unit}`}</td>
                <td>{formatPercent(r.achieved, locale)}</td>
                <td>{formatPercent(r.expected, locale)}</td>
                <td><StatusBadge status={r.status} word={t(`status.${r.status}`)} /></td>
                <td>
                  {rowNotes(r, tr)}
                  {r.demoTarget ? <span className="badge badge--demo">{t("demoTarget")}</span> : null}
                </td>
                <td>{editHref(r) ? <IntentLink href={editHref(r) ?? ""} data-testid="progress-edit" aria-label={t("editOf", { name })}>{t("edit")}</IntentLink> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
