import { getDb } from "@/db";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { METRIC_COLUMNS, VALUE_FIELD } from "@/lib/import/columns";
import { IMPORT_LIMITS } from "@/lib/import/limits";
import { METRIC_KEYS } from "@/lib/metrics";
import { issueTexts } from "@/lib/import/server/describe";
import { fileFromMultipart, readCappedBody, refusalResponse } from "@/lib/import/server/http";
import { lookupFromDb } from "@/lib/import/server/lookup";
import { previewUploadAsync } from "@/lib/import/server/import-threads";

// Multipart overhead beyond the file itself (boundaries, the part's headers).
const ENVELOPE = 64 * 1024;

/** POST multipart `file`: the preview of what the upload would write (nothing is written). */
export async function POST(request: Request): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const auth = await authorizeWrite({ kind: "records.write", targets: [] }, request);
  if (!auth.ok) return auth.response;
  const body = await readCappedBody(request, IMPORT_LIMITS.maxBytes + ENVELOPE);
  if (!body.ok) return body.response;
  const file = await fileFromMultipart(body.bytes, request.headers.get("content-type"));
  if (!file) return refusalResponse({ message: "noFile" }, locale);
  const result = await previewUploadAsync(getDb(), file.bytes, file.name, auth.person);
  if (!result.ok) return refusalResponse(result.refusal, locale, result.refusal.message === "tooLarge" ? 413 : 400);
  const texts = issueTexts(locale);
  const p = result.preview;
  const { reference } = lookupFromDb(getDb());
  const names = Object.fromEntries([...reference.districts, ...reference.supporters].map((e) => [e.code, locale === "en" ? e.en : e.zh]));
  return Response.json({
    ...p,
    refused: p.refused.slice(0, 500).map((r) => ({ sheet: r.sheet, rowNumber: r.rowNumber, messages: r.issues.map((i) => texts.issue(r.rowNumber, i)) })),
    notices: p.notices.map((n) => texts.notice(n)),
    rows: p.rows.map((r) => ({ ...r, warnings: r.warnings.map((w) => texts.issue(r.rowNumber, w)) })),
    names,
    // Column headers and each metric's counted field, so the page needs no registry code of its own.
    labels: Object.fromEntries(METRIC_KEYS.map((m) => [m, Object.fromEntries(METRIC_COLUMNS[m].map((c) => [c.field, locale === "en" ? c.header.en : c.header.zh]))])),
    valueFields: VALUE_FIELD,
    duplicateMessage: p.duplicateOf ? texts.refusal({ message: "duplicateFile", params: p.duplicateOf }) : null,
  });
}
