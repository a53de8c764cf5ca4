import { getDb } from "@/db";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { readCappedBody, refusalResponse } from "@/lib/import/server/http";
import { commitPendingAsync, loadPending } from "@/lib/import/server/service";

/** POST { token }: writes a previewed upload in one transaction (the guard checks every row's district and supporter, records and targets). */
export async function POST(request: Request): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const body = await readCappedBody(request, 4096);
  if (!body.ok) return body.response;
  let token: unknown;
  try {
    token = (JSON.parse(body.bytes.toString("utf8")) as { token?: unknown }).token;
  } catch {
    token = null;
  }
  if (typeof token !== "string") return refusalResponse({ message: "expired" }, locale);
  const pending = loadPending(token);
  if (!pending) return refusalResponse({ message: "expired" }, locale, 404);
  const targets = [...new Map([
    ...pending.rows.map((r) => ({ district: String(r.record.values.districtCode), supporter: String(r.record.values.supporterCode) })),
    // Plan targets: a program-wide one has neither code, so only an administrator may write it.
    ...(pending.targets ?? []).map((t) => ({ district: t.input.district ?? null, supporter: t.input.supporter ?? null })),
  ].map((t) => [`${t.district}|${t.supporter}`, t] as const)).values()];
  const auth = await authorizeWrite({ kind: "records.write", targets }, request);
  if (!auth.ok) return auth.response;
  const result = await commitPendingAsync(getDb(), token, auth.person, auth.ip, pending);
  if (!result.ok) return refusalResponse(result.refusal, locale, result.refusal.message === "notYours" ? 403 : 400);
  return Response.json(result);
}
