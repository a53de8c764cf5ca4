import type { NextRequest } from "next/server";
import { badRequest, parseApiRequest } from "@/lib/api/parse-request";
import { choiceIssue, sectorIssue } from "@/lib/api/request-rules";
import { filterSlug } from "@/lib/describe";
import { contentDisposition, recordFileName } from "@/lib/export/file-name";
import { recordCsvStream, recordXlsxStream } from "@/lib/export/record-export";
import { recordNotes, recordText } from "@/lib/export/record-notes";
import { viewMetric } from "@/lib/filters";
import { parseRecordQuery } from "@/lib/record-query";
import { getRecords } from "@/lib/queries/records";

const FORMATS = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/**
 * GET /api/records/export?metric=funds&format=csv|xlsx&<filters>[&q=…]: every record under the
 * filters (not one page), streamed. Same parser as every route: anything not understood is a 400.
 */
export function GET(request: NextRequest) {
  const parsed = parseApiRequest(request, ["metric"], undefined, ["sort", "q", "format"]);
  if (!parsed.ok) return parsed.response;
  const { db, filters, view, locale } = parsed.ctx;
  const format = view.format ?? "csv";
  const { query, issues } = parseRecordQuery(view);
  const formatIssue = choiceIssue("format", format, Object.keys(FORMATS));
  if (formatIssue) issues.push(formatIssue);
  const metric = viewMetric(view, "metric", "funds");
  if (issues.length) return badRequest(issues, locale);
  const notApplicable = sectorIssue(filters, metric);
  if (notApplicable) return badRequest([notApplicable], locale);

  const count = getRecords(db, filters, metric, { ...query, page: 1, pageSize: 1 })?.total ?? 0;
  const text = recordText(locale);
  const spec = { db, filters, metric, q: query.q, locale, text, notes: recordNotes(db, filters, metric, query.q, count, locale) };
  const kind = format as keyof typeof FORMATS;
  const body = kind === "csv" ? recordCsvStream(spec) : recordXlsxStream({ ...spec, dataSheet: text.sheet("dataSheet"), notesSheet: text.sheet("notesSheet") });
  return new Response(body, {
    headers: {
      "content-type": FORMATS[kind],
      "content-disposition": contentDisposition(recordFileName(`${metric}-records`, filterSlug(filters), kind, query.q)),
      "cache-control": "no-store",
    },
  });
}
