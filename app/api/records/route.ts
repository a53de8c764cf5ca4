import type { NextRequest } from "next/server";
import { badRequest, parseApiRequest } from "@/lib/api/parse-request";
import { filterSlug } from "@/lib/describe";
import { viewMetric, type FilterIssue } from "@/lib/filters";
import { getRecords } from "@/lib/queries/records";
import { parseRecordQuery } from "@/lib/record-query";
import { createTranslator } from "next-intl";
import { BOM, csvNoteRow, csvRow } from "@/lib/export/csv";
import { loadMessages } from "@/lib/i18n/messages";
import { recordTable } from "@/lib/export/record-columns";
import { recordText } from "@/lib/export/record-notes";

const FORMATS = ["json", "csv"] as const;

function invalid(param: string, value: string): FilterIssue {
  return { param, code: "invalid_value", value: value.slice(0, 40), severity: "warning" };
}

/**
 * One page of a metric's records under the dashboard filters, as JSON or CSV (UTF-8 with BOM).
 * Same parser, same query and same stable order as the record tables on the profile pages.
 */
export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric"], ({ view }) => [
    ...parseRecordQuery(view).issues,
    ...(view.format === undefined || (FORMATS as readonly string[]).includes(view.format) ? [] : [invalid("format", view.format)]),
  ], ["page", "pageSize", "sort", "q", "format"]);
  if (!parsed.ok) return parsed.response;
  const { db, filters, view, locale } = parsed.ctx;
  const { query } = parseRecordQuery(view);
  const format = view.format ?? "json";

  const metric = viewMetric(view, "metric", "funds");
  const page = getRecords(db, filters, metric, query);
  if (page && page.total > 0 && query.page > page.pages) return badRequest([invalid("page", String(query.page))], locale);
  const paging = { total: page?.total ?? 0, page: query.page, pageSize: query.pageSize, pages: page?.pages ?? 1 };

  if (format === "json") {
    return Response.json({ filters, metric, query, ...paging, applicable: page !== null, data: page?.rows ?? [] });
  }
  // The same columns and cell rules (formula neutralising, BOM) as the full export at /api/records/export.
  const { headers, cells } = recordTable(metric, locale, recordText(locale));
  // One page is not the whole: the file says which page of how many, and where the whole is.
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "officials.paged" });
  const pagedNote = csvNoteRow([t("label"), t("text", { page: paging.page, pages: paging.pages, pageSize: paging.pageSize, total: paging.total })]);
  const body = BOM + pagedNote + csvRow(headers) + (page?.rows ?? []).map((r) => csvRow(cells(r))).join("");
  const file = `records-${metric}-${filterSlug(filters)}-p${query.page}-of-${paging.pages}.csv`;
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file}"`,
      "x-total-count": String(paging.total),
      "x-page": String(paging.page),
      "x-pages": String(paging.pages),
    },
  });
}
