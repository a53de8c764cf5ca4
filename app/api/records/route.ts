import type { NextRequest } from "next/server";
import { badRequest, parseApiRequest } from "@/lib/api/parse-request";
import { choiceIssue, pageIssue, sectorIssue } from "@/lib/api/request-rules";
import { filterSlug } from "@/lib/describe";
import { viewMetric } from "@/lib/filters";
import { getRecords } from "@/lib/queries/records";
import { parseRecordQuery } from "@/lib/record-query";
import { createTranslator } from "next-intl";
import { BOM, csvNoteRow, csvRow } from "@/lib/export/csv";
import { loadMessages } from "@/lib/i18n/messages";
import { recordTable } from "@/lib/export/record-columns";
import { recordText } from "@/lib/export/record-notes";

const FORMATS = ["json", "csv"] as const;

/**
 * One page of a metric's records under the dashboard filters, as JSON or CSV (UTF-8 with BOM).
 * Same parser, same query and same stable order as the record tables on the profile pages.
 */
export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric"], ({ view }) => [
    ...parseRecordQuery(view).issues,
    ...(view.format === undefined ? [] : [choiceIssue("format", view.format, FORMATS)].filter((i) => i !== null)),
  ], ["page", "pageSize", "sort", "q", "format"]);
  if (!parsed.ok) return parsed.response;
  const { db, filters, view, locale } = parsed.ctx;
  const { query } = parseRecordQuery(view);
  const format = view.format ?? "json";

  const metric = viewMetric(view, "metric", "funds");
  // getRecords counts first and reads no row for a page past the end. Null means the sector filter
  // does not apply: refused with the same rule and wording as the full export.
  const page = getRecords(db, filters, metric, query);
  const refused = page === null ? sectorIssue(filters, metric) : pageIssue(query.page, page.pages);
  if (page === null || refused) return badRequest(refused ? [refused] : [], locale);
  const paging = { total: page.total, page: query.page, pageSize: query.pageSize, pages: page.pages };

  if (format === "json") {
    return Response.json({ filters, metric, query, ...paging, applicable: true, data: page.rows }, { headers: { "cache-control": "no-store" } });
  }
  // The same columns and cell rules (formula neutralising, BOM) as the full export at /api/records/export.
  const { headers, cells } = recordTable(metric, locale, recordText(locale));
  // One page is not the whole: the file says which page of how many, and where the whole is.
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "officials.paged" });
  const pagedNote = csvNoteRow([t("label"), t("text", { page: paging.page, pages: paging.pages, pageSize: paging.pageSize, total: paging.total })]);
  const body = BOM + pagedNote + csvRow(headers) + page.rows.map((r) => csvRow(cells(r))).join("");
  const file = `records-${metric}-${filterSlug(filters)}-p${query.page}-of-${paging.pages}.csv`;
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file}"`,
      "x-total-count": String(paging.total),
      "x-page": String(paging.page),
      "x-pages": String(paging.pages),
      "cache-control": "no-store",
    },
  });
}
