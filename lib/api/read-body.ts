import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/config";
import { loadMessages } from "../i18n/messages";

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };
type Refusal = "bodyTooLarge" | "unsupportedType" | "invalidJson";

const STATUS: Record<Refusal, number> = { bodyTooLarge: 413, unsupportedType: 415, invalidJson: 400 };

/** The JSON error every route answers: one sentence, in the requester's language. */
export function bodyRefusal(reason: Refusal | "notObject", locale: Locale, values: Record<string, string | number> = {}): Response {
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "requestLimits" });
  const message = t(reason, values);
  return Response.json(
    { error: message, issues: [{ param: "body", code: reason, message }] },
    { status: reason === "notObject" ? 400 : STATUS[reason], headers: { "cache-control": "no-store" } },
  );
}

function isJsonType(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/**
 * The body's bytes, at most `maxBytes` of them: a declared Content-Length over the cap (or not a
 * number) is refused before a byte is read; otherwise bytes are counted as they arrive and reading
 * stops at the cap, so a lying or absent length costs no more. Null: too large. The one capped
 * reader every route with a body uses; each says "too large" in its own words.
 */
export async function readCappedBytes(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d{1,15}$/.test(declared) || Number(declared) > maxBytes)) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a JSON request body with a cap: the type must be application/json (so a plain HTML form or
 * a cross-site `text/plain` POST, which needs no preflight, is refused with 415); a declared
 * Content-Length over the cap is refused before a byte is read; otherwise bytes are counted as they
 * arrive and reading stops at the cap (413). Invalid UTF-8 or JSON is a 400.
 */
export async function readJsonBody(request: Request, maxBytes: number, locale: Locale): Promise<BodyResult> {
  if (!isJsonType(request.headers.get("content-type"))) return { ok: false, response: bodyRefusal("unsupportedType", locale) };
  const bytes = await readCappedBytes(request, maxBytes);
  if (bytes === null) return { ok: false, response: bodyRefusal("bodyTooLarge", locale, { max: maxBytes }) };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false, response: bodyRefusal("invalidJson", locale) };
  }
}

/** A body that must be a JSON object: an array, string or number is named as such, never as a field "undefined". */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
