"use client";

import { IntentLink } from "@/components/intent-link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { ChartTable } from "@/lib/chart-shapes";
import { ChartTableView } from "./chart-table-view";
import type { ActionResult } from "./export/chart-actions";
import { ExportMenu } from "./export/export-menu";
import { useRegisterChart } from "./export/use-register-chart";
import { useAppLocale } from "@/lib/hooks/use-app-locale";
import { useView } from "./view-context";


export type ChartState = "ready" | "loading" | "error" | "empty" | "not-applicable";

type Props = {
  /** Stable name of the chart, used for test ids and export file names ("funds-by-district"). */
  name: string;
  title: string;
  unit: string;
  demo: boolean;
  summary: string;
  table: ChartTable;
  state: ChartState;
  errorMessage?: string;
  onRetry?: () => void;
  note?: string;
  /** A chart whose order is the point (bars by district or supporter) gets the ranking caveat. */
  ranking?: boolean;
  controls?: ReactNode;
  /** 3 under a section heading (the default); 2 where the chart is itself a section of the page (the map on /map). */
  headingLevel?: 2 | 3;
  children: ReactNode;
};

/**
 * The one frame around every chart: title, filters in words, unit, source, as-of date, the
 * demonstration label, a table view, a one-sentence summary and the export menu. Charts inside
 * only draw. The exported image is this frame as shown, without its controls ([data-export-ignore]),
 * so everything above is drawn into it and a chart needs nothing extra to be exportable.
 */
export function ChartFrame({ name, title, unit, demo, summary: plainSummary, table, state, errorMessage, onRetry, note, ranking = false, controls, headingLevel = 3, children }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = useTranslations("frame");
  const tc = useTranslations("charts");
  const te = useTranslations("exports");
  const tv = useTranslations("officials.exports");
  const view = useView();
  const locale = useAppLocale();
  const tCaveat = useTranslations("officials.caveat");
  // The sentence someone would quote says, in the same breath, when it rests on demonstration data
  // (here, in the export's notes and in the briefing alike).
  const summary = demo ? `${plainSummary}${locale === "en" ? " " : ""}${tCaveat(ranking ? "ranking" : "summary")}` : plainSummary;
  const [showTable, setShowTable] = useState(false);
  const [exportResult, setExportResult] = useState<ActionResult | "working" | null>(null);
  const headingId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const imageReady = state === "ready" && !showTable;
  const target = useRegisterChart(
    figureRef,
    {
      name, title, unit, demo, summary, table, caption: view.caption, slug: view.slug, source: view.source, asOf: view.asOf, note,
      unavailable: state === "not-applicable" ? tc("notApplicable") : state === "empty" ? tc("empty") : state === "error" ? tc("loadError", { message: errorMessage ?? "" }) : undefined,
    },
    imageReady,
  );

  useEffect(() => {
    // Success notes fade on their own; a failure stays until the next export or until dismissed.
    if (exportResult === null || exportResult === "working" || exportResult.tone === "error") return;
    const timer = setTimeout(() => setExportResult(null), 6000);
    return () => clearTimeout(timer);
  }, [exportResult]);

  return (
    <figure ref={figureRef} className="chart-frame" aria-labelledby={headingId} data-testid={`chart-${name}`} data-chart-name={name}>
      <header className="chart-frame__header">
        <div>
          <Heading id={headingId} className="chart-frame__title">
            {title}
            {demo ? <span className="badge badge--demo" data-testid="demo-label">{t("demoLabel")}</span> : null}
          </Heading>
          <p className="chart-frame__caption" data-testid="chart-caption">
            {view.caption} · {t("unit", { unit })}
          </p>
        </div>
        <div className="chart-frame__controls" data-export-ignore>
          {controls}
          <button type="button" className="button button--ghost" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)} data-testid="toggle-table">
            {showTable ? tc("showChart") : tc("showTable")}
          </button>
          <ExportMenu title={title} imageReady={imageReady} target={target} onResult={setExportResult} />
        </div>
      </header>
      <div className="chart-frame__export-status" role="status" data-export-ignore data-testid="export-status">
        {exportResult && exportResult !== "working" ? (
          <p className={`chart-frame__export-note chart-frame__export-note--${exportResult.tone}`}>
            {exportResult.message}
            <button type="button" className="button--link" onClick={() => setExportResult(null)} aria-label={te("status.dismiss")}>×</button>
          </p>
        ) : null}
      </div>

      <div className="chart-frame__body" aria-busy={state === "loading"}>
        {state === "error" ? (
          <div className="chart-frame__message" role="alert">
            <p>{tc("loadError", { message: errorMessage ?? "" })}</p>
            {onRetry ? <button type="button" className="button" onClick={onRetry}>{tc("retry")}</button> : null}
          </div>
        ) : state === "not-applicable" ? (
          <p className="chart-frame__message">{tc("notApplicable")}</p>
        ) : state === "empty" ? (
          <p className="chart-frame__message">{tc("empty")}</p>
        ) : showTable ? (
          <ChartTableView title={title} table={table} locale={locale} />
        ) : (
          <div className="chart-frame__chart" data-testid="chart-drawing">{children}</div>
        )}
        {state === "loading" ? <p className="chart-frame__loading" data-export-ignore>{tc("loading")}</p> : null}
      </div>

      <figcaption className="chart-frame__footer">
        {state === "ready" ? <p className="chart-frame__summary" data-testid="chart-summary"><span className="visually-hidden">{t("summary")}: </span>{summary}</p> : null}
        <p className="chart-frame__source">
          {/* Every source line leads to the full citations (/sources). */}
          <IntentLink href="/sources" className="chart-frame__source-link" data-testid="chart-source-link">{t("source", { source: view.source })}</IntentLink> · {t("asOf", { date: view.asOf })}
          {note ? ` · ${note}` : ""}
        </p>
        {demo ? <p className="chart-frame__demo-note">{t("demoNote")}</p> : null}
        {/* Shown only in exports: the address of this view, filled in when the image is made. */}
        <p className="chart-frame__view-url" data-export-only>
          {tv("viewUrl")} <span data-view-url />
        </p>
      </figcaption>
    </figure>
  );
}
