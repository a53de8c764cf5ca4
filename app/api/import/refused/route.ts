import { getCurrentPerson } from "@/lib/auth/guard";
import { localeFromHeaders } from "@/lib/auth/request-locale";
import { refusalResponse } from "@/lib/import/server/http";
import { refusedWorkbook } from "@/lib/import/server/refused-xlsx";
import { loadPending } from "@/lib/import/server/service";

/** GET ?token=: the refused rows of a preview as an XLSX with a message column, for its uploader. */
export async function GET(request: Request): Promise<Response> {
  const locale = localeFromHeaders(request.headers);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const person = await getCurrentPerson();
  const pending = loadPending(token);
  if (!pending) return refusalResponse({ message: "expired" }, locale, 404);
  if (!person || pending.personId !== person.id) return refusalResponse({ message: "notYours" }, locale, 403);
  const bytes = await refusedWorkbook(pending, locale);
  const name = `${pending.fileName.replace(/\.[^.]*$/, "")}-refused.xlsx`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="refused.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "private, no-store",
    },
  });
}
