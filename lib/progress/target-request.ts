import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import { getCatalog } from "../queries/catalog";
import type { Db } from "@/db/client";
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

/** Reads at most MAX_TARGET_BODY_BYTES of the body, whatever Content-Length claims. */
async function readCapped(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_TARGET_BODY_BYTES) return null;
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_TARGET_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The body of a target write, checked before anything else happens: size, JSON, the shared
 * schema, and codes that exist. Every problem is named, in the requester's language.
 */
export async function parseTargetBody(request: Request, db: Db, locale: Locale): Promise<{ ok: true; input: TargetInput } | { ok: false; response: Response }> {
  const text = await readCapped(request);
  if (text === null) return { ok: false, response: problemResponse([{ field: "body", code: "too-large" }], locale, 413) };
  let json: unknown;
  try {
    json = JSON.parse(text);
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
