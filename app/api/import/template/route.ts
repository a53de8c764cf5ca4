import { getDb } from "@/db";
import { getCurrentPerson } from "@/lib/auth/guard";
import { targetInScope } from "@/lib/auth/scope";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { loadMessages } from "@/lib/i18n/messages";
import { currentYear, lookupFromDb } from "@/lib/import/server/lookup";
import { buildTemplate } from "@/lib/import/server/template";

/** GET: the template workbook, its drop-downs limited to the districts and supporters the person may write. */
export async function GET(request: Request): Promise<Response> {
  const person = await getCurrentPerson();
  if (!person) return Response.json({ error: loadMessages(localeFromHeaders(request.headers)).auth.refusal.signedOut }, { status: 401 });
  const { reference, parentOf } = lookupFromDb(getDb());
  const admin = person.role === "admin";
  // An editor for a district may name any supporter for it; one for a supporter, any district.
  const districts = admin || person.districts.length ? reference.districts.filter((d) => admin || person.districts.includes(d.code)) : reference.districts;
  const supporters = admin || person.supporters.length
    ? reference.supporters.filter((s) => admin || person.districts.length > 0 || targetInScope(person, { district: null, supporter: s.code }, parentOf))
    : reference.supporters;
  const bytes = await buildTemplate({ districts, supporters, maxYear: currentYear() });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="duikou-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent("对口支援-导入模板.xlsx")}`,
      "cache-control": "private, no-store",
    },
  });
}
