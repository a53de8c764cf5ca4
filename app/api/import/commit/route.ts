import { getDb } from "@/db";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { readCappedBody, refusalResponse } from "@/lib/import/server/http";
import { commitPendingAsync } from "@/lib/import/server/import-threads";
import { loadPending } from "@/lib/import/server/service";

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
  // Every district × supporter the rows and targets write, noted at preview (a program-wide target has neither: administrators only).
  const auth = await authorizeWrite({ kind: "records.write", targets: pending.writes }, request);
  if (!auth.ok) return auth.response;
  const result = await commitPendingAsync(getDb(), token, auth.person, auth.ip);
  if (!result.ok) return refusalResponse(result.refusal, locale, result.refusal.message === "notYours" ? 403 : 400);
  return Response.json(result);
}
