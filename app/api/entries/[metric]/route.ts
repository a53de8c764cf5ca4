import { getDb } from "@/db";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { parseForm, saveRecord } from "@/lib/import/server/form";
import { formResponse, metricParam, readFormBody } from "@/lib/import/server/form-http";

/** POST { field: text, … }: adds one record (same schema and scope as the import). */
export async function POST(request: Request, { params }: { params: Promise<{ metric: string }> }): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const metric = metricParam((await params).metric);
  if (!metric) return Response.json({ error: "metric" }, { status: 404 });
  const body = await readFormBody(request, metric, locale);
  if (!body.ok) return body.response;
  const db = getDb();
  const parsed = parseForm(db, metric, body.cells);
  if (!parsed.ok) return formResponse({ ok: false, status: 400, issues: parsed.issues }, locale);
  const v = parsed.record.values;
  const auth = await authorizeWrite({ kind: "records.write", targets: [{ district: String(v.districtCode), supporter: String(v.supporterCode) }] }, request);
  if (!auth.ok) return auth.response;
  return formResponse(saveRecord(db, metric, null, body.cells, auth.person, auth.ip), locale);
}
