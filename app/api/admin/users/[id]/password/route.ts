import { getDb } from "@/db";
import { accountErrorResponse } from "@/lib/auth/admin-request";
import { resetPassword } from "@/lib/auth/accounts";
import { authorizeWrite } from "@/lib/auth/guard";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { localeFromHeaders } from "@/lib/auth/request-locale";

/** Gives an account a new one-time password and ends its sessions (administrators only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeWrite({ kind: "users.manage" }, request);
  if (!auth.ok) return auth.response;
  const { id } = await params;
  const password = generateOneTimePassword();
  const result = await resetPassword(getDb(), id.slice(0, 64), password, { id: auth.person.id, email: auth.person.email, ip: auth.ip });
  if (!result.ok) return accountErrorResponse(result.error, localeFromHeaders(request.headers));
  return Response.json({ email: result.email, oneTimePassword: password }, { headers: { "cache-control": "no-store" } });
}
