import "server-only";
import { readCappedBytes } from "@/lib/api/read-body";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import type { Locale } from "@/lib/i18n/config";
import type { FileRefusal } from "../limits";
import { issueTexts } from "./describe";

/** An upload's body with its size capped before any work (lib/api/read-body.ts); 413 with a sentence. */
export async function readCappedBody(request: Request, max: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; response: Response }> {
  const locale = localeFromHeaders(request.headers);
  const tooLarge = () => refusalResponse({ message: "tooLarge", params: { max: Math.round(max / 1024 / 1024) } }, locale, 413);
  const bytes = await readCappedBytes(request, max);
  if (bytes === null) return { ok: false, response: tooLarge() };
  return { ok: true, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

export function refusalResponse(refusal: FileRefusal, locale: Locale, status = 400): Response {
  return Response.json({ error: issueTexts(locale).refusal(refusal), code: refusal.message }, { status });
}

/** The uploaded file from a multipart body already read in full (and capped). */
export async function fileFromMultipart(bytes: Buffer, contentType: string | null): Promise<{ name: string; bytes: Buffer } | null> {
  if (!contentType?.toLowerCase().startsWith("multipart/form-data")) return null;
  try {
    const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
    const file = form.get("file");
    if (!file || typeof file === "string") return null;
    return { name: file.name.slice(0, 200), bytes: Buffer.from(await file.arrayBuffer()) };
  } catch {
    return null;
  }
}
