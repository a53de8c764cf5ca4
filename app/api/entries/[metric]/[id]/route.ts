import { getDb } from "@/db";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { editableRecord, parseForm, removeRecord, saveRecord } from "@/lib/import/server/form";
import { formResponse, metricParam, readFormBody } from "@/lib/import/server/form-http";

type Context = { params: Promise<{ metric: string; id: string }> };

async function target(ctx: Context) {
  const { metric: rawMetric, id: rawId } = await ctx.params;
  const metric = metricParam(rawMetric);
  const id = /^\d{1,12}$/.test(rawId) ? Number(rawId) : null;
  return metric && id !== null ? { metric, id } : null;
}

/** PUT { field: text, … }: corrects record `id`; the guard checks both its old and its new place. */
export async function PUT(request: Request, ctx: Context): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const t = await target(ctx);
  const db = getDb();
  const before = t ? editableRecord(db, t.metric, t.id) : null;
  if (!t || !before) return formResponse({ ok: false, status: 404, message: "notFound" }, locale);
  const body = await readFormBody(request, t.metric, locale);
  if (!body.ok) return body.response;
  const parsed = parseForm(db, t.metric, body.cells);
  if (!parsed.ok) return formResponse({ ok: false, status: 400, issues: parsed.issues }, locale);
  const v = parsed.record.values;
  const auth = await authorizeWrite({
    kind: "records.write",
    targets: [{ district: String(before.districtCode), supporter: String(before.supporterCode) }, { district: String(v.districtCode), supporter: String(v.supporterCode) }],
  }, request);
  if (!auth.ok) return auth.response;
  return formResponse(saveRecord(db, t.metric, t.id, body.cells, auth.person, auth.ip), locale);
}

/** DELETE: removes record `id` (real records only), as an undoable batch. */
export async function DELETE(request: Request, ctx: Context): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const t = await target(ctx);
  const db = getDb();
  const before = t ? editableRecord(db, t.metric, t.id) : null;
  if (!t || !before) return formResponse({ ok: false, status: 404, message: "notFound" }, locale);
  const auth = await authorizeWrite({ kind: "records.write", targets: [{ district: String(before.districtCode), supporter: String(before.supporterCode) }] }, request);
  if (!auth.ok) return auth.response;
  return formResponse(removeRecord(db, t.metric, t.id, auth.person, auth.ip), locale);
}
