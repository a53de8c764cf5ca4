"use client";

import { IntentLink } from "@/components/intent-link";
import { useTranslations } from "next-intl";
import { formatInteger, formatMetricValue, metricUnit } from "@/lib/format";
import { localized } from "@/lib/i18n/config";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { MetricKey } from "@/lib/metrics";
import { useProfileHref } from "./fixed-scope";
import type { RecordRow } from "@/lib/queries/record-select";
import type { RecordQuery, RecordSortKey } from "@/lib/record-params";
import { DataText } from "@/components/data-text";
import { RecordDescription } from "@/components/record-description";

type Props = {
  metric: MetricKey;
  rows: RecordRow[];
  query: RecordQuery;
  onSort: (key: RecordSortKey) => void;
  /** The column the page already fixes (a district profile need not repeat the district). */
  hide?: "district" | "supporter";
  /** Whether the viewer may edit figures (an editor or administrator): shows the form link on real records. */
  canEdit?: boolean;
};

export function RecordsTable({ metric, rows, query, onSort, hide, canEdit }: Props) {
  const t = useTranslations("explore.records");
  const tForm = useTranslations("recordForm");
  const tDemo = useTranslations("demo");
  const tj = useTranslations("truth.joint");
  const tOriginal = useTranslations("officials.dataText");
  const locale = useAppLocale();
  const hrefOf = useProfileHref();
  const showAmount = metric === "projects" || metric === "schools";

  const header = (key: RecordSortKey, label: string, numeric = false) => {
    const active = query.sort === key;
    return (
      <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (query.direction === "asc" ? "ascending" : "descending") : "none"}>
        <button type="button" className="sort-button" data-testid={`sort-${key}`} onClick={() => onSort(key)}>
          {label}
          <span className="sort-button__mark" aria-hidden="true">{active ? (query.direction === "asc" ? "▲" : "▼") : "↕"}</span>
        </button>
      </th>
    );
  };

  return (
    <table className="data-table records-table" data-testid="records-table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          {header("year", t("columns.year"))}
          {hide === "supporter" ? null : header("supporter", t("columns.supporter"))}
          {hide === "district" ? null : header("district", t("columns.district"))}
          {header("title", t("columns.record"))}
          {header("value", t("columns.value", { unit: metricUnit(metric, locale) }), true)}
          {showAmount ? header("rank", t("columns.amount"), true) : null}
          <th scope="col">{t("columns.origin")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-demo={r.isDemo} data-id={r.id} data-testid="record-row">
            <td data-testid="record-year">{r.periodFrom && r.periodFrom !== r.year ? t("period", { from: r.periodFrom, to: r.year }) : r.year}</td>
            {hide === "supporter" ? null : (
              <td>
                <IntentLink href={hrefOf("supporter", r.supporterCode)}>{localized({ zh: r.supporterZh, en: r.supporterEn }, locale)}</IntentLink>
              </td>
            )}
            {hide === "district" ? null : (
              <td>
                <IntentLink href={hrefOf("district", r.districtCode)}>{localized({ zh: r.districtZh, en: r.districtEn }, locale)}</IntentLink>
              </td>
            )}
            <td>
              <RecordDescription record={r} locale={locale} />
              {r.partnersZh ? (
                <span className="record-note record-note--joint" data-testid="record-joint">
                  <span className="badge badge--joint">{tj("badge")}</span> {tj("with", { names: localized({ zh: r.partnersZh, en: r.partnersEn ?? r.partnersZh }, locale) })}
                </span>
              ) : null}
              {r.note ? <span className="record-note"><DataText text={r.note} en={r.noteEn} locale={locale} originalLabel={tOriginal("original")} /></span> : null}
            </td>
            <td className="num" data-testid="record-value">{formatMetricValue(metric, r.value, locale)}</td>
            {showAmount ? <td className="num">{r.rankValue === null ? "—" : formatInteger(r.rankValue, locale)}</td> : null}
            <td>
              <span className={r.isDemo ? "badge badge--demo" : "badge badge--real"}>{r.isDemo ? tDemo("badge") : tDemo("realBadge")}</span>
              <span className="record-source">{localized({ zh: r.sourceZh, en: r.sourceEn }, locale)}</span>
              {r.batchId ? <span className="record-source" data-testid="record-batch">{tForm("batchOf", { batch: r.batchId })}</span> : null}
              {/* The server checks the scope again on save. */}
              {canEdit && !r.isDemo ? <a className="record-source" href={`/data/records/${metric}/${r.id}`} data-testid="record-edit">{tForm("editLink")}</a> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
