"use client";

import { useLocale, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/progress/status-icon";
import { formatMetricValue, metricLabel, metricUnit } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { MetricKey } from "@/lib/metrics";
import type { ProgressStatus } from "@/lib/progress/status";

type StatusView = { status: ProgressStatus; ofPace: number | null; target: number; actual: number | null };
export type TargetPreviewRow = {
  sheet: string;
  rowNumber: number;
  action: "new" | "changed" | "unchanged";
  input: { scope: "program" | "district" | "supporter" | "pairing"; district?: string | null; supporter?: string | null; metric: MetricKey; periodFrom: number; periodTo: number; targetValue: number };
  diffs: { field: string; from: unknown; to: unknown }[];
  statusBefore: StatusView | null;
  statusAfter: StatusView;
};

/** The targets sheet in the preview: each target new / changed / unchanged, and its status before → after (icon and word). */
export function TargetPreview({ rows, counts, names }: { rows: TargetPreviewRow[]; counts: { new: number; changed: number; unchanged: number }; names: Record<string, string> }) {
  const t = useTranslations("importPage");
  const form = useTranslations("targetForm");
  const status = useTranslations("progress.status");
  const locale = useLocale() as Locale;
  const badge = (s: StatusView | null) => (s ? <StatusBadge status={s.status} word={status(s.status)} /> : "—");
  const value = (metric: MetricKey, v: unknown) => (typeof v === "number" ? formatMetricValue(metric, v, locale) : String(v ?? "—"));
  return (
    <div className="data-table__scroll">
      <table className="data-table" data-testid="preview-targets" data-new={counts.new} data-changed={counts.changed} data-unchanged={counts.unchanged}>
        <caption>{t("targetsCaption", counts)}</caption>
        <thead><tr><th>{t("row")}</th><th /><th>{t("targetWhat")}</th><th className="num">{form("fields.targetValue")}</th><th>{t("statusBefore")}</th><th>{t("statusAfter")}</th></tr></thead>
        <tbody>
          {rows.map((r) => {
            const who = [r.input.supporter, r.input.district].filter((c): c is string => Boolean(c)).map((c) => names[c] ?? c).join(" → ") || form("scopes.program");
            return (
              <tr key={`${r.sheet}|${r.rowNumber}`} data-action={r.action} data-status-before={r.statusBefore?.status ?? "none"} data-status-after={r.statusAfter.status}>
                <td className="num">{r.rowNumber}</td>
                <td className={`action--${r.action}`}>{t(r.action)}</td>
                <td>{form(`scopes.${r.input.scope}`)} · {who} · {metricLabel(r.input.metric, locale)} · {r.input.periodFrom}–{r.input.periodTo}</td>
                <td className="num">
                  {r.diffs.filter((d) => d.field === "targetValue").map((d) => <span key={d.field}>{value(r.input.metric, d.from)} → </span>)}
                  {value(r.input.metric, r.input.targetValue)} {metricUnit(r.input.metric, locale)}
                </td>
                <td>{badge(r.statusBefore)}</td>
                <td>{badge(r.statusAfter)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
