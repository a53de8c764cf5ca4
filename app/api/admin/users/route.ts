import { getDb } from "@/db";
import { accountInputSchema } from "@/lib/auth/account-input";
import { createAccount } from "@/lib/auth/accounts";
import { accountErrorResponse, parseJsonBody } from "@/lib/auth/admin-request";
import { authorizeWrite } from "@/lib/auth/guard";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { localeFromHeaders } from "@/lib/auth/request-locale";

/** Creates an account (administrators only); answers its one-time password, shown once. */
export async function POST(request: Request) {
  const auth = await authorizeWrite({ kind: "users.manage" }, request);
  if (!auth.ok) return auth.response;
  const locale = localeFromHeaders(request.headers);
  const body = await parseJsonBody(request, accountInputSchema, locale);
  if (!body.ok) return body.response;
  const password = generateOneTimePassword();
  const result = await createAccount(getDb(), body.value, password, { id: auth.person.id, email: auth.person.email, ip: auth.ip });
  if (!result.ok) return accountErrorResponse(result.error, locale);
  return Response.json({ id: result.id, email: body.value.email, oneTimePassword: password }, { status: 201, headers: { "cache-control": "no-store" } });
}
