import { getDb } from "@/db";
import { saveTarget } from "@/lib/import/server/target-form";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { parseTargetBody } from "@/lib/progress/target-request";

/**
 * Adds a target, or corrects the one in the same cell (scope × codes × metric × period). The body
 * is checked first (size, JSON, the shared target schema, known codes), then the guard decides
 * whether this person may write targets for that district or supporter.
 */
export async function POST(request: Request) {
  const db = getDb();
  const locale = localeFromHeaders(request.headers);
  const body = await parseTargetBody(request, db, locale);
  if (!body.ok) return body.response;
  const { input } = body;
  const auth = await authorizeWrite({ kind: "targets.write", targets: [{ district: input.district ?? null, supporter: input.supporter ?? null }] }, request);
  if (!auth.ok) return auth.response;
  const saved = saveTarget(db, input, { id: auth.person.id, email: auth.person.email, ip: auth.ip });
  return Response.json(saved, { status: saved.created ? 201 : 200 });
}
