import "server-only";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import type { Locale } from "@/lib/i18n/config";
import type { FileRefusal } from "../limits";
import { issueTexts } from "./describe";

/**
 * Reading an upload's body with its size capped before any work: Content-Length first, then
 * while streaming (a lying or absent length is cut off at the cap). 413 with a sentence.
 */
export async function readCappedBody(request: Request, max: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; response: Response }> {
  const locale = localeFromHeaders(request.headers);
  const tooLarge = () => refusalResponse({ message: "tooLarge", params: { max: Math.round(max / 1024 / 1024) } }, locale, 413);
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) return { ok: false, response: tooLarge() };
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return { ok: false, response: tooLarge() };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
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
