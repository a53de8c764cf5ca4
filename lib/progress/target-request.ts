import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import { getCatalog } from "../queries/catalog";
import type { Db } from "@/db/client";
import { readCappedBytes } from "../api/read-body";
import { inputProblems, targetInputSchema, type TargetInput } from "./target-input";

/** A target write's body is a few hundred bytes; anything past this is refused before it is read. */
export const MAX_TARGET_BODY_BYTES = 8 * 1024;

type Problem = { field: string; code: string };

export function problemResponse(problems: Problem[], locale: Locale, status = 400): Response {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "targetForm" });
  return Response.json(
    { error: t("errors.title"), issues: problems.map((p) => ({ field: p.field, code: p.code, message: t(`errors.${p.code}` as never, { field: t(`fields.${p.field}` as never) } as never) })) },
    { status },
  );
}

/**
 * The body of a target write, checked before anything else happens: size, JSON, the shared
 * schema, and codes that exist. Every problem is named, in the requester's language.
 */
export async function parseTargetBody(request: Request, db: Db, locale: Locale): Promise<{ ok: true; input: TargetInput } | { ok: false; response: Response }> {
  const bytes = await readCappedBytes(request, MAX_TARGET_BODY_BYTES);
  if (bytes === null) return { ok: false, response: problemResponse([{ field: "body", code: "too-large" }], locale, 413) };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: problemResponse([{ field: "body", code: "not-json" }], locale) };
  }
  const parsed = targetInputSchema.safeParse(json);
  if (!parsed.success) return { ok: false, response: problemResponse(inputProblems(parsed.error), locale) };
  const catalog = getCatalog(db);
  const problems: Problem[] = [];
  if (parsed.data.district && !catalog.districts.some((d) => d.code === parsed.data.district)) problems.push({ field: "district", code: "unknown" });
  if (parsed.data.supporter && !catalog.supporters.some((s) => s.code === parsed.data.supporter)) problems.push({ field: "supporter", code: "unknown" });
  if (problems.length) return { ok: false, response: problemResponse(problems, locale) };
  return { ok: true, input: parsed.data };
}
