import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { fnv1a } from "@/lib/cache/cache-key";
import { decodeFontChars, MAX_FONT_CODE_LENGTH } from "@/lib/export/font-chars-code";
import { EXPORT_FONT_WEIGHTS, subsetFont, type ExportFontWeight } from "@/lib/export/server/font-subset";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

const MAX_FONT_CHARS = 6000;
// A longer path is refused on its length, read off the URL before the parameters are decoded or
// the font is touched; the browser sends larger sets by POST (lib/export/font-client.ts).
const MAX_PATH_LENGTH = "/api/export/font/400/".length + MAX_FONT_CODE_LENGTH;

type Params = { params: Promise<{ weight: string; chars: string }> };

/**
 * GET /api/export/font/<weight>/<characters>: a TrueType subset of Noto Sans SC holding just
 * those characters (lib/export/font-chars-code.ts writes them into the path). The path is the
 * subset's content, so the answer never changes and the browser keeps it for a year. Exports
 * fetch it when they start (or when a pointer or the focus reaches an export control); a page
 * view asks for nothing.
 */
export async function GET(request: NextRequest, { params }: Params) {
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "fontApi" });
  const pathLength = request.nextUrl.pathname.length;
  if (pathLength > MAX_PATH_LENGTH) {
    const issues = [{ param: "chars", code: "too_long", message: t("pathTooLong", { length: pathLength, max: MAX_PATH_LENGTH }) }];
    return Response.json({ error: messages.errors.apiBadRequest, issues }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  const { weight: rawWeight, chars: rawChars } = await params;
  const weight = Number(rawWeight) as ExportFontWeight;
  const chars = decodeFontChars(rawChars, MAX_FONT_CHARS);
  const issues = [
    ...(EXPORT_FONT_WEIGHTS.includes(weight) && String(weight) === rawWeight ? [] : [{ param: "weight", code: "invalid_value", message: t("weight") }]),
    ...(chars ? [] : [{ param: "chars", code: "invalid_value", message: t("chars", { max: MAX_FONT_CHARS }) }]),
  ];
  if (issues.length || !chars) return Response.json({ error: messages.errors.apiBadRequest, issues }, { status: 400, headers: { "cache-control": "no-store" } });
  const etag = `"${weight}-${fnv1a(rawChars)}-${rawChars.length}"`;
  const headers = { "cache-control": "public, max-age=31536000, immutable", etag };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const font = await subsetFont(weight, chars);
  return new Response(font as BodyInit, { headers: { ...headers, "content-type": "font/ttf" } });
}
