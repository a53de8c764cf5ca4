"use client";

import { useTranslations } from "next-intl";
import { useView } from "@/components/view-context";
import { filtersToSearchParams } from "@/lib/filter-params";
import { metricLabel } from "@/lib/format";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import type { MetricKey } from "@/lib/metrics";

/**
 * Every record of a metric under the current filters, as CSV or Excel. Plain links: the server
 * streams the file and the browser saves it as it arrives, however many rows there are.
 */
export function RecordExportLinks({ metric, q = "" }: { metric: MetricKey; q?: string }) {
  const t = useTranslations("exports.records");
  const locale = useAppLocale();
  const { filters } = useView();
  const href = (format: "csv" | "xlsx") => {
    const params = filtersToSearchParams(filters);
    params.set("metric", metric);
    params.set("format", format);
    if (q) params.set("q", q);
    return `/api/records/export?${params}`;
  };
  const hint = t("hint", { metric: metricLabel(metric, locale) });
  return (
    <span className="record-export" data-export-ignore data-testid="record-export">
      {t("export")}
      <a className="button button--ghost" href={href("csv")} download title={hint} aria-label={t("linkLabel", { format: t("csv"), hint })} data-testid="record-export-csv">{t("csv")}</a>
      <a className="button button--ghost" href={href("xlsx")} download title={hint} aria-label={t("linkLabel", { format: t("xlsx"), hint })} data-testid="record-export-xlsx">{t("xlsx")}</a>
    </span>
  );
}
