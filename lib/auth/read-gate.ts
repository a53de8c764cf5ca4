import "server-only";
import { createTranslator } from "next-intl";
import { NextResponse, type NextRequest } from "next/server";
import { loadMessages } from "../i18n/messages";
import { authFor } from "./auth";
import { signInHref } from "./next-path";
import { readAccess } from "./read-access";
import { localeFromHeaders } from "./request-locale";

// Reachable without an account even when reading needs one: signing in itself, and the files
// the sign-in page is drawn with.
const OPEN_PATHS = [/^\/sign-in\/?$/, /^\/api\/auth\//, /^\/_next\//, /^\/icon\.svg$/, /^\/favicon\.ico$/, /^\/robots\.txt$/];

/**
 * With DUIKOU_READ_ACCESS=signed-in, refuses every page and API to a request without a session:
 * pages go to sign-in and come back to the same URL (filters included); APIs answer 401 with a
 * sentence. The check reads better-auth's signed cookie cache, so it costs no table read at all
 * on most requests (an indexed session lookup once a minute otherwise). Null: let it through.
 */
export async function readGate(request: NextRequest): Promise<NextResponse | null> {
  if (readAccess() === "open") return null;
  const { pathname, search } = request.nextUrl;
  if (OPEN_PATHS.some((p) => p.test(pathname))) return null;
  const found = await authFor(request.headers, request.url)
    .api.getSession({ headers: request.headers })
    .catch(() => null);
  if (found && !found.user.disabled) return null;
  if (pathname.startsWith("/api/")) {
    const locale = localeFromHeaders(request.headers);
    const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "auth" });
    return NextResponse.json({ error: t("readNeedsSignIn") }, { status: 401, headers: { "cache-control": "no-store" } });
  }
  const url = request.nextUrl.clone();
  const target = new URL(signInHref(`${pathname}${search}`), url);
  url.pathname = target.pathname;
  url.search = target.search;
  return NextResponse.redirect(url, { status: 307, headers: { "cache-control": "no-store" } });
}
