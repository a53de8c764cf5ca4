import { getDb } from "@/db";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "next-intl";
import { batchTargets, undoBatch } from "@/lib/import/server/undo";
import { importBatches } from "@/db/schema";
import { eq } from "drizzle-orm";

/**
 * POST: undoes a batch. An administrator may undo any; an editor only their own upload, within
 * their scope. The demonstration switch is the administrator's alone.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "batches" });
  const raw = (await params).id;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  const db = getDb();
  const found = Number.isFinite(id) ? batchTargets(db, id) : null;
  if (!found) return Response.json({ error: t("notFound", { batch: raw.slice(0, 20) }) }, { status: 404 });
  const kind = db.select({ kind: importBatches.kind }).from(importBatches).where(eq(importBatches.id, id)).get()?.kind;
  const auth = await authorizeWrite(
    kind === "demo-off" ? { kind: "demo.switch" } : { kind: "batch.revert", targets: found.targets, uploaderId: found.uploaderId },
    request,
  );
  if (!auth.ok) return auth.response;
  const result = undoBatch(db, id, auth.person, auth.ip);
  if (!result.ok) return Response.json({ error: t(result.refusal.message, result.refusal.params) }, { status: 409 });
  return Response.json({ ok: true, revertId: result.revertId, message: t("undoDone", { batch: id }) });
}
