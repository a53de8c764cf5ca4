import type { NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { getDb } from "@/db";
import { parseApiRequest } from "@/lib/api/parse-request";
import { PARAM_CHOICES } from "@/lib/api/request-rules";
import { filterSlug } from "@/lib/describe";
import { isFullYearRange, type FilterIssue } from "@/lib/filters";
import { buildCsv } from "@/lib/export/csv";
import { loadMessages } from "@/lib/i18n/messages";
import { PROGRAM } from "@/lib/program";
import { progressTable } from "@/lib/progress/progress-shapes";
import { parseProgressView } from "@/lib/progress/progress-params";
import { thresholdsFromEnv } from "@/lib/progress/thresholds";
import { PROGRESS_DIMENSIONS } from "@/lib/queries/progress-dimensions";
import { getProgress, getTargetPeriods } from "@/lib/queries/progress";

const FORMATS = ["json", "csv"] as const;

/**
 * Progress against targets under the dashboard filters: ?by=district|supporter|pairing&metric=…&period=…,
 * as JSON or CSV (same CSV builder as the chart exports). Years and sectors do not apply to
 * targets, so asking for them is a 400 that says so, as is any bad value.
 */
export function GET(request: NextRequest) {
  const periods = getTargetPeriods(getDb());
  const parsed = parseApiRequest(request, [], (p) => {
    const issues: FilterIssue[] = [];
    issues.push(...parseProgressView(p.view, periods).issues);
    if (p.view.format !== undefined && !(FORMATS as readonly string[]).includes(p.view.format)) issues.push({ param: "format", code: "invalid_value", value: p.view.format.slice(0, 40), severity: "warning" });
    if (!isFullYearRange(p.filters)) issues.push({ param: "from", code: "not_applicable", severity: "warning" });
    if (p.filters.sectors.length) issues.push({ param: "sector", code: "not_applicable", severity: "warning" });
    return issues;
  }, ["by", "metric", "period", "format"], { ...PARAM_CHOICES, by: PROGRESS_DIMENSIONS });
  if (!parsed.ok) return parsed.response;
  const { db, filters, view, locale } = parsed.ctx;
  const { by, metric, period, periodKey } = parseProgressView(view, periods);
  const thresholds = thresholdsFromEnv();
  const rows = period ? getProgress(db, filters, by, metric, period, thresholds) : [];

  if ((view.format ?? "json") === "json") {
    return Response.json({ filters: { districts: filters.districts, supporters: filters.supporters }, by, metric, period: periodKey, periods, asOf: PROGRAM.asOfDate, thresholds, data: rows });
  }
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "progress" });
  const table = progressTable(rows, locale, (k, v) => t(k as never, v as never));
  const notes = [
    [t("period"), periodKey ?? "—"],
    ["as-of", PROGRAM.asOfDate],
    ...(rows.some((r) => r.demoTarget) ? [["demo", t("demoNote")] as const] : []),
  ] as const;
  const body = buildCsv(notes, table.columns, table.rows);
  const file = `progress-${metric}-by-${by}_${periodKey ?? "none"}_${filterSlug({ ...filters, yearFrom: period?.from ?? filters.yearFrom, yearTo: period?.to ?? filters.yearTo }).replace(/_\d{4}-\d{4}$/, "")}.csv`;
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file}"` } });
}
