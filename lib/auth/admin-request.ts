import "server-only";
import { createTranslator } from "next-intl";
import type { z } from "zod";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import type { AccountError } from "./accounts";

// An account form is a few hundred bytes; anything far larger is not one.
const MAX_BODY_BYTES = 16 * 1024;

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

const t = (locale: Locale) => createTranslator({ locale, messages: loadMessages(locale), namespace: "admin.users.errors" });

export function accountErrorResponse(error: AccountError, locale: Locale): Response {
  const message = "codes" in error ? t(locale)(error.code, { codes: error.codes.join(", ") }) : t(locale)(error.code);
  const status = error.code === "not-found" ? 404 : error.code === "email-taken" || error.code === "last-admin" ? 409 : 400;
  return Response.json({ error: message, code: error.code }, { status });
}

/** Reads a JSON body of bounded size and checks it against `schema`; 400/413 with a sentence otherwise. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>, locale: Locale): Promise<Parsed<T>> {
  const invalid = (details: string, status = 400): Parsed<T> => ({ ok: false, response: Response.json({ error: t(locale)("invalid", { details }) }, { status }) });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return invalid(`> ${MAX_BODY_BYTES} bytes`, 413);
  // Read at most the cap, whatever Content-Length said.
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return invalid(`> ${MAX_BODY_BYTES} bytes`, 413);
    }
    chunks.push(value);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    return invalid("JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return invalid(parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  return { ok: true, value: parsed.data };
}
