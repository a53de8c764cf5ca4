import { getDb } from "@/db";
import { getTargetById } from "@/db/target-write";
import { deleteTarget } from "@/lib/import/server/target-form";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { problemResponse } from "@/lib/progress/target-request";

/** Deletes one target; the guard checks the target's own district or supporter. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = localeFromHeaders(request.headers);
  const { id: raw } = await params;
  const id = /^\d{1,12}$/.test(raw) ? Number(raw) : null;
  if (id === null) return problemResponse([{ field: "id", code: "invalid" }], locale);
  const db = getDb();
  const target = getTargetById(db, id);
  if (!target) return problemResponse([{ field: "id", code: "not-found" }], locale, 404);
  const auth = await authorizeWrite({ kind: "targets.write", targets: [{ district: target.districtCode, supporter: target.supporterCode }] }, request);
  if (!auth.ok) return auth.response;
  deleteTarget(db, id, { id: auth.person.id, email: auth.person.email, ip: auth.ip });
  return new Response(null, { status: 204 });
}
