"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { MetricKey } from "@/lib/metrics";
import { TargetPreview, type TargetPreviewRow } from "./target-preview";

export type PreviewJson = {
  token: string;
  canCommit: boolean;
  fileName: string;
  encoding: string;
  counts: { new: number; changed: number; unchanged: number; refused: number };
  targetCounts: { new: number; changed: number; unchanged: number };
  targetRows: TargetPreviewRow[];
  rows: { sheet: string; rowNumber: number; action: "new" | "changed" | "unchanged"; metric: MetricKey; values: Record<string, string | number | null>; diffs?: { field: string; from: unknown; to: unknown }[]; warnings: string[] }[];
  refused: { sheet: string; rowNumber: number; messages: string[] }[];
  notices: string[];
  effects: { metric: MetricKey; district: string | null; before: number; after: number }[];
  retireCells: number;
  names: Record<string, string>;
  labels: Record<MetricKey, Record<string, string>>;
  valueFields: Record<MetricKey, string>;
  duplicateMessage: string | null;
};


/** The preview: counts, notices, the effect on every metric's total, the rows and the refused rows. */
export function PreviewView({ preview, busy, onConfirm }: { preview: PreviewJson; busy: boolean; onConfirm: () => void }) {
  const t = useTranslations("importPage");
  const locale = useLocale() as Locale;
  const total = preview.counts.new + preview.counts.changed + preview.counts.unchanged;
  const header = (metric: MetricKey, field: string) => preview.labels[metric]?.[field] ?? field;
  const fmt = (metric: MetricKey, v: number) => formatMetricValue(metric, v, locale);
  return (
    <div className="data-card" data-testid="import-preview">
      <p className="data-counts" data-testid="preview-counts" data-new={preview.counts.new} data-changed={preview.counts.changed} data-unchanged={preview.counts.unchanged} data-refused={preview.counts.refused}>
        {t("counts", preview.counts)}
      </p>
      <p>{preview.fileName} · {t("encoding", { encoding: preview.encoding })}</p>
      {preview.duplicateMessage ? <p className="notice notice--warning" data-testid="preview-duplicate">{preview.duplicateMessage}</p> : null}
      {preview.notices.length ? <ul className="data-list notice notice--warning">{preview.notices.map((n, i) => <li key={i}>{n}</li>)}</ul> : null}
      {preview.retireCells > 0 ? <p className="notice notice--demo">{t("demoRetired", { count: preview.retireCells })}</p> : null}
      {preview.effects.length ? (
        <div className="data-table__scroll">
          <table className="data-table" data-testid="preview-effects">
            <caption>{t("effects")}</caption>
            <thead><tr><th /><th /><th className="num">{t("before")}</th><th className="num">{t("after")}</th><th className="num">{t("change")}</th></tr></thead>
            <tbody>
              {preview.effects.map((e) => (
                <tr key={`${e.metric}|${e.district ?? ""}`} data-metric={e.metric} data-district={e.district ?? "all"} data-before={e.before} data-after={e.after}>
                  <td>{metricLabel(e.metric, locale)} ({metricUnit(e.metric, locale)})</td>
                  <td>{e.district ? (preview.names[e.district] ?? e.district) : <strong>{t("effectProgram")}</strong>}</td>
                  <td className="num">{fmt(e.metric, e.before)}</td>
                  <td className="num">{fmt(e.metric, e.after)}</td>
                  <td className="num">{e.after - e.before >= 0 ? "+" : "−"}{fmt(e.metric, Math.abs(e.after - e.before))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.targetRows.length ? <TargetPreview rows={preview.targetRows} counts={preview.targetCounts} names={preview.names} /> : null}
      {preview.refused.length ? (
        <div>
          <h2>{t("refused")}</h2>
          <ul className="data-list" data-testid="preview-refused">
            {preview.refused.map((r) => <li key={`${r.sheet}|${r.rowNumber}`}>「{r.sheet}」 {r.messages.join("；")}</li>)}
          </ul>
          <a href={`/api/import/refused?token=${preview.token}`} data-testid="refused-download">{t("downloadRefused")}</a>
        </div>
      ) : null}
      {preview.rows.length ? (
        <div className="data-table__scroll">
          <table className="data-table" data-testid="preview-rows">
            <thead><tr><th>{t("sheet")}</th><th className="num">{t("row")}</th><th /><th>{t("message")}</th></tr></thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={`${r.sheet}|${r.rowNumber}`} data-action={r.action}>
                  <td>{r.sheet}</td>
                  <td className="num">{r.rowNumber}</td>
                  <td className={`action--${r.action}`}>{t(r.action)}</td>
                  <td>
                    {preview.names[String(r.values.districtCode)]} · {preview.names[String(r.values.supporterCode)]} · {r.values.year} · {header(r.metric, preview.valueFields[r.metric])} {String(r.values[preview.valueFields[r.metric]])}
                    {r.diffs?.map((d) => <div key={d.field}>{header(r.metric, d.field)}: {String(d.from ?? "—")} → {String(d.to ?? "—")}</div>)}
                    {r.warnings.map((w, i) => <div key={i} className="kpi-card__meta--left-out">{w}</div>)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > preview.rows.length ? <p>{t("shown", { shown: preview.rows.length, total })}</p> : null}
        </div>
      ) : null}
      <div className="data-actions">
        <button className="button" type="button" onClick={onConfirm} disabled={busy || !preview.canCommit} data-testid="import-confirm">{busy ? t("committing") : t("confirm")}</button>
      </div>
    </div>
  );
}
