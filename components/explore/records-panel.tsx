"use client";

import { RecordExportLinks } from "@/components/export/record-export-links";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useView } from "@/components/view-context";
import { filtersToSearchParams } from "@/lib/filter-params";
import { metricLabel } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { sortParam, useRecordsQuery } from "@/lib/hooks/use-explore-queries";
import { replaceViewParams } from "@/lib/hooks/replace-view-params";
import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import type { RecordPage } from "@/lib/queries/records";
import { DEFAULT_RECORD_QUERY, MAX_SEARCH_LENGTH, type RecordQuery } from "@/lib/record-params";
import { nextSort, recordViewParams } from "@/lib/record-sort";
import { Pager } from "./pager";
import { RecordsTable } from "./records-table";

type Props = {
  initial: { metric: MetricKey; query: RecordQuery; data: RecordPage | null };
  hide?: "district" | "supporter";
  canEdit?: boolean;
  /** The page the URL asked for when it was past the last one. */
  clampedFrom?: number;
};

const DEFAULTS = { metric: "funds", query: DEFAULT_RECORD_QUERY };

/**
 * The records behind the figures: one metric at a time, sortable, searchable, paged. Its state
 * lives in the URL (records, sort, q, page, pageSize); rows come from /api/records.
 */
export function RecordsPanel({ initial, hide, clampedFrom, canEdit }: Props) {
  const t = useTranslations("explore.records");
  const tCharts = useTranslations("charts");
  const locale = useAppLocale();
  const { filters } = useView();
  const searchId = useId();
  const [metric, setMetric] = useState<MetricKey>(initial.metric);
  const [query, setQuery] = useState<RecordQuery>(initial.query);
  const [draft, setDraft] = useState(initial.query.q);
  const result = useRecordsQuery(filters, metric, query, initial);
  const page = result.data;

  const update = (nextMetric: MetricKey, next: RecordQuery) => {
    setMetric(nextMetric);
    setQuery(next);
    replaceViewParams(recordViewParams(nextMetric, next, DEFAULTS));
  };
  const csvParams = filtersToSearchParams(filters);
  for (const [k, v] of Object.entries({ metric, format: "csv", page: String(query.page), pageSize: String(query.pageSize), sort: sortParam(query), ...(query.q ? { q: query.q } : {}) })) csvParams.set(k, v);

  return (
    <section className="panel records-panel" aria-labelledby="records-heading" data-testid="records-panel">
      <header className="chart-frame__header">
        <div>
          <h2 id="records-heading" className="chart-frame__title">{t("title")}</h2>
          <p className="chart-frame__caption">{t("caption")}</p>
        </div>
        <div className="records-panel__downloads">
          <a className="button button--ghost" href={`/api/records?${csvParams}`} data-testid="records-csv" download>
            {t("download")}
          </a>
          <RecordExportLinks metric={metric} q={query.q} />
        </div>
      </header>
      {clampedFrom && query.page === initial.query.page ? (
        <p className="notice notice--warning" role="status">{t("pageClamped", { asked: clampedFrom, last: initial.query.page })}</p>
      ) : null}
      <div className="records-panel__tools">
        <div className="segmented" role="group" aria-label={t("metricGroup")}>
          {METRIC_KEYS.map((m) => (
            <button key={m} type="button" aria-pressed={m === metric} className="segmented__option" data-testid={`records-metric-${m}`} onClick={() => update(m, { ...query, page: 1, sort: m === metric ? query.sort : DEFAULT_RECORD_QUERY.sort, direction: m === metric ? query.direction : DEFAULT_RECORD_QUERY.direction })}>
              {metricLabel(m, locale)}
            </button>
          ))}
        </div>
        <form
          className="records-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update(metric, { ...query, q: draft.trim(), page: 1 });
          }}
        >
          <label htmlFor={searchId}>{t("search")}</label>
          <input id={searchId} type="search" value={draft} maxLength={MAX_SEARCH_LENGTH} placeholder={t("searchPlaceholder")} data-testid="records-search" onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" className="button">{t("searchButton")}</button>
        </form>
      </div>
      <div className="table-scroll" aria-busy={result.isFetching}>
        {result.isError ? (
          <p role="alert">{tCharts("loadError", { message: result.error.message })}</p>
        ) : page === null ? (
          <p className="chart-frame__message">{tCharts("notApplicable")}</p>
        ) : !page ? (
          <p className="chart-frame__message">{tCharts("loading")}</p>
        ) : page.total === 0 ? (
          <p className="chart-frame__message" data-testid="records-empty">{query.q ? t("noMatch", { q: query.q }) : t("empty")}</p>
        ) : (
          <RecordsTable metric={metric} rows={page.rows} query={query} hide={hide} canEdit={canEdit} onSort={(key) => update(metric, { ...query, ...nextSort(query, key), page: 1 })} />
        )}
      </div>
      {page && page.total > 0 ? <Pager page={page} onPage={(p) => update(metric, { ...query, page: p })} onPageSize={(size) => update(metric, { ...query, pageSize: size, page: 1 })} /> : null}
    </section>
  );
}
