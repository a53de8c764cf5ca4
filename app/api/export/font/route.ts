import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { FONT_BODY_LIMIT } from "@/lib/api/body-limits";
import { bodyRefusal, isJsonObject, readJsonBody } from "@/lib/api/read-body";
import { EXPORT_FONT_WEIGHTS, subsetFont } from "@/lib/export/server/font-subset";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

const MAX_FONT_TEXT = 6000;

const bodySchema = z.object({
  weight: z.union(EXPORT_FONT_WEIGHTS.map((w) => z.literal(w))),
  text: z.string().refine((text) => {
    const length = [...text].length;
    return length > 0 && length <= MAX_FONT_TEXT;
  }),
});

/**
 * POST /api/export/font {weight, text} → a TrueType subset of Noto Sans SC holding just those
 * characters. Exported SVGs embed it and briefing PDFs embed it, so they look the same on every
 * machine without shipping the 10 MB font to the browser.
 */
export async function POST(request: NextRequest) {
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "fontApi" });
  // Capped and typed before anything is parsed: 413 past the cap, 415 unless application/json.
  const body = await readJsonBody(request, FONT_BODY_LIMIT, locale);
  if (!body.ok) return body.response;
  if (!isJsonObject(body.value)) return bodyRefusal("notObject", locale, { fields: "weight, text" });
  const parsed = bodySchema.safeParse(body.value);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    const issues = [...fields].map((param) => ({
      param,
      code: "invalid_value",
      message: param === "weight" ? t("weight") : param === "text" ? t("text", { max: MAX_FONT_TEXT }) : t("body"),
    }));
    return Response.json({ error: loadMessages(locale).errors.apiBadRequest, issues }, { status: 400 });
  }
  const font = await subsetFont(parsed.data.weight, parsed.data.text);
  return new Response(font as BodyInit, { headers: { "content-type": "font/ttf", "cache-control": "no-store" } });
}
