"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import type { ChartTable } from "@/lib/chart-shapes";
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
  controls?: ReactNode;
  children: ReactNode;
};

/**
 * The one frame around every chart: title, filters in words, unit, source, as-of date, the
 * demonstration label, a table view and a one-sentence summary. Charts inside only draw.
 */
export function ChartFrame({ name, title, unit, demo, summary, table, state, errorMessage, onRetry, note, controls, children }: Props) {
  const t = useTranslations("frame");
  const tc = useTranslations("charts");
  const view = useView();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();

  return (
    <figure className="chart-frame" aria-labelledby={headingId} data-testid={`chart-${name}`} data-chart-name={name}>
      <header className="chart-frame__header">
        <div>
          <h3 id={headingId} className="chart-frame__title">
            {title}
            {demo ? <span className="badge badge--demo" data-testid="demo-label">{t("demoLabel")}</span> : null}
          </h3>
          <p className="chart-frame__caption" data-testid="chart-caption">
            {view.caption} · {t("unit", { unit })}
          </p>
        </div>
        <div className="chart-frame__controls">
          {controls}
          <button type="button" className="button button--ghost" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)} data-testid="toggle-table">
            {showTable ? tc("showChart") : tc("showTable")}
          </button>
        </div>
      </header>

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
          <div className="table-scroll">
            <table className="data-table" data-testid="chart-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>{row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}</tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <div className="chart-frame__chart" data-testid="chart-drawing">{children}</div>
        )}
        {state === "loading" ? <p className="chart-frame__loading">{tc("loading")}</p> : null}
      </div>

      <figcaption className="chart-frame__footer">
        {state === "ready" ? <p className="chart-frame__summary" data-testid="chart-summary"><span className="visually-hidden">{t("summary")}: </span>{summary}</p> : null}
        <p className="chart-frame__source">
          {t("source", { source: view.source })} · {t("asOf", { date: view.asOf })}
          {note ? ` · ${note}` : ""}
        </p>
        {demo ? <p className="chart-frame__demo-note">{t("demoNote")}</p> : null}
      </figcaption>
    </figure>
  );
}
