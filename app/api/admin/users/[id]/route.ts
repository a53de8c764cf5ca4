import { getDb } from "@/db";
import { accountChangeSchema } from "@/lib/auth/account-input";
import { changeAccount } from "@/lib/auth/accounts";
import { accountErrorResponse, parseJsonBody } from "@/lib/auth/admin-request";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";

/** Changes an account's role, scope, name or disabled flag (administrators only). */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeWrite({ kind: "users.manage" }, request);
  if (!auth.ok) return auth.response;
  const locale = localeFromHeaders(request.headers);
  const body = await parseJsonBody(request, accountChangeSchema, locale);
  if (!body.ok) return body.response;
  const { id } = await params;
  const result = changeAccount(getDb(), id.slice(0, 64), body.value, { id: auth.person.id, email: auth.person.email, ip: auth.ip });
  if (!result.ok) return accountErrorResponse(result.error, locale);
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
