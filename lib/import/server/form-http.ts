import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { isMetricKey, type MetricKey } from "@/lib/metrics";
import { METRIC_COLUMNS } from "../columns";
import type { Cell } from "../normalise";
import { issueTexts } from "./describe";
import type { FormResult } from "./form";
import { readCappedBody } from "./http";

/** The form's JSON body: { field: text } for the metric's columns, nothing else, at most 16 KB. */
export async function readFormBody(request: Request, metric: MetricKey, locale: Locale): Promise<{ ok: true; cells: Record<string, Cell> } | { ok: false; response: Response }> {
  const body = await readCappedBody(request, 16 * 1024);
  if (!body.ok) return body;
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "recordForm" });
  const bad = (detail: string) => ({ ok: false as const, response: Response.json({ error: t("invalidBody", { detail }) }, { status: 400 }) });
  let json: unknown;
  try {
    json = JSON.parse(body.bytes.toString("utf8"));
  } catch {
    return bad("JSON");
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return bad("{ }");
  const fields = new Set(METRIC_COLUMNS[metric].map((c) => c.field));
  const cells: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(json)) {
    if (!fields.has(k)) return bad(k.slice(0, 40));
    if (v !== null && typeof v !== "string" && typeof v !== "number") return bad(k);
    cells[k] = v as Cell;
  }
  return { ok: true, cells };
}

export function metricParam(raw: string): MetricKey | null {
  return isMetricKey(raw) ? raw : null;
}

export function formResponse(result: FormResult, locale: Locale): Response {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "recordForm" });
  if (result.ok) return Response.json({ ...result, message: t("saved", { batch: result.batchId }) });
  if (result.issues) {
    const texts = issueTexts(locale);
    return Response.json({ error: result.issues.map((i) => texts.message({ column: "", header: "", ...i })).join("；"), fields: Object.fromEntries(result.issues.map((i) => [i.field, texts.message({ column: "", header: "", ...i })])) }, { status: result.status });
  }
  return Response.json({ error: t(result.message ?? "notFound") }, { status: result.status });
}
