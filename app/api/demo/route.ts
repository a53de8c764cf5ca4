import { createTranslator } from "next-intl";
import { getDb } from "@/db";
import { authorizeWrite } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { loadMessages } from "@/lib/i18n/messages";
import { demoIsOff, switchDemoOff } from "@/lib/import/server/undo";

/** GET: whether demonstration data is on. POST: switches it off (administrators; undo the batch to switch it on). */
export function GET(): Response {
  const off = demoIsOff(getDb());
  return Response.json({ demo: off ? "off" : "on", batch: off });
}

export async function POST(request: Request): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const auth = await authorizeWrite({ kind: "demo.switch" }, request);
  if (!auth.ok) return auth.response;
  const result = switchDemoOff(getDb(), auth.person, auth.ip);
  if (!result.ok) {
    const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "batches" });
    return Response.json({ error: t("demoAlreadyOff") }, { status: 409 });
  }
  return Response.json(result);
}
