import { createTranslator } from "next-intl";
import { getDb } from "@/db";
import { BOM, csvRow } from "@/lib/export/csv";
import { parseAuditFilters } from "@/lib/auth/audit-filters";
import { auditBatches } from "@/lib/auth/audit-query";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { loadMessages } from "@/lib/i18n/messages";

/** The audit log as CSV (administrators only), with the page's filters, every matching entry streamed. */
export async function GET(request: Request) {
  const auth = await authorizeWrite({ kind: "audit.read" }, request);
  if (!auth.ok) return auth.response;
  const locale = localeFromHeaders(request.headers);
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "admin.audit" });
  const params = new URL(request.url).searchParams;
  const { filters, dropped } = parseAuditFilters(params);
  const format = params.get("format") ?? "csv";
  if (dropped.length || format !== "csv") {
    return Response.json({ error: t("badFilter", { params: [...dropped, ...(format !== "csv" ? ["format"] : [])].join(", ") }) }, { status: 400 });
  }
  const db = getDb();
  const batches = auditBatches(db, filters);
  const encoder = new TextEncoder();
  const header = [t("at"), "actor_id", t("person"), t("action"), t("subject"), t("outcome"), t("ip"), t("detail")];
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvRow(header)));
    },
    pull(controller) {
      const next = batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((r) => csvRow([r.at, r.actorId, r.actorEmail, r.action, r.subject, r.outcome, r.ip, r.detail])).join("")));
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-log_${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
}
