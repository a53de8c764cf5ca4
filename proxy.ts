import { NextResponse, type NextRequest } from "next/server";
import facts from "@/db/seed/data/facts.json";
import { readGate } from "@/lib/auth/read-gate";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { HANDOFF_HEADER, SENDER_PATH } from "@/lib/page-cache/handoff";
import { cachedPage } from "@/lib/page-cache/page-cache";
import { MAX_QUERY_LENGTH } from "@/lib/param-rules";
import { API_POLICY, apiCacheControl, handlerSetsCacheControl, newNonce, pagePolicy, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";

/**
 * Runs before every page and API request without a body: a few small steps, each
 * able to answer at once, then the security headers on whatever goes out. A new step (a sign-in
 * gate) is one more function in STEPS. The read gate (DUIKOU_READ_ACCESS=signed-in) is the one
 * asynchronous step: it runs after the cheap refusals and the redirect. A dashboard page already
 * rendered for this data version is then answered from the page cache, with this request's nonce.
 */
type Step = (request: NextRequest, locale: Locale) => NextResponse | undefined;

// Former GB/T 2260 codes (开县 500234 → 开州区 500154, 武隆县 500232 → 武隆区 500156).
const CURRENT_CODE = new Map(facts.districts.flatMap((d) => ("formerCode" in d && d.formerCode ? [[d.formerCode, d.code] as const] : [])));

function isApi(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** One sentence, as JSON {error, issues} on the API (as every API refusal) or as plain text on a page. */
function refuse(request: NextRequest, status: number, message: string, code: string): NextResponse {
  if (isApi(request.nextUrl.pathname)) return NextResponse.json({ error: message, issues: [{ param: "", code, message }] }, { status, headers: { "cache-control": "no-store" } });
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** A path that cannot be decoded (e.g. /districts/%FF) would make Next.js answer 500 before any page code runs. */
const undecodablePath: Step = (request) => {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return undefined;
  } catch {
    return new NextResponse("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
};

/** Refused whole before any parameter is parsed, so its cost cannot grow with its length. */
const longQuery: Step = (request, locale) => {
  const length = request.nextUrl.search.length;
  if (length <= MAX_QUERY_LENGTH) return undefined;
  const message = loadMessages(locale).requestLimits.queryTooLong.replace("{length}", String(length)).replace("{max}", String(MAX_QUERY_LENGTH));
  return refuse(request, 414, message, "query_too_long");
};

/** A former district code is redirected to the current one with the query (the filters) kept. */
const formerDistrict: Step = (request) => {
  const former = /^\/districts\/(\d{6})\/?$/.exec(request.nextUrl.pathname)?.[1];
  const current = former ? CURRENT_CODE.get(former) : undefined;
  if (!current) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/districts/${current}`;
  return NextResponse.redirect(url, 308);
};

/** The route that writes stored pages serves only what this proxy hands it (lib/page-cache/handoff.ts), never a direct request. */
const internalRoute: Step = (request) => {
  if (request.nextUrl.pathname.replace(/\/$/, "") !== SENDER_PATH) return undefined;
  return refuse(request, 404, "Not Found", "not_found");
};

const STEPS: readonly Step[] = [undecodablePath, internalRoute, longQuery, formerDistrict];

function requestLocale(request: NextRequest): Locale {
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return request.headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;
}

function secured(response: NextResponse, pathname: string, policy: string): NextResponse {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("content-security-policy", policy);
  if (isApi(pathname) && !response.headers.has("cache-control") && !handlerSetsCacheControl(pathname)) response.headers.set("cache-control", apiCacheControl(pathname));
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const api = isApi(pathname);
  const nonce = api ? null : newNonce();
  const policy = nonce ? pagePolicy(nonce, process.env.NODE_ENV === "development") : API_POLICY;
  const locale = requestLocale(request);
  for (const step of STEPS) {
    const response = step(request, locale);
    if (response) return secured(response, pathname, policy);
  }
  const gate = await readGate(request);
  if (gate) return secured(gate, pathname, policy);
  // After the gate, so a page needing a session is never answered from the cache without one;
  // the page cache itself renders nothing for a request that carries a session (page-key.ts).
  // Only this proxy hands a page to the route that writes stored pages (next.config.ts rewrites on this header).
  const handoffSent = request.headers.has(HANDOFF_HEADER);
  // An API request needs no changed request header (no nonce to render): passed on as it came.
  if (!nonce && !handoffSent) return secured(NextResponse.next(), pathname, policy);
  const headers = new Headers(request.headers);
  headers.delete(HANDOFF_HEADER);
  if (nonce) {
    const token = await cachedPage(request, nonce);
    if (token) {
      headers.set(HANDOFF_HEADER, token);
      return secured(NextResponse.next({ request: { headers } }), pathname, policy);
    }
  }
  // Next.js reads the nonce from the request's CSP header and sets it on the scripts it renders.
  headers.set("content-security-policy", policy);
  return secured(NextResponse.next({ request: { headers } }), pathname, policy);
}

/**
 * Everything but the build's static files, and only requests without a body. For a request with a
 * body Next.js would copy the body for the proxy and wait for its last byte before any handler could
 * refuse it, so a 64 MB upload would be read whole; without the proxy the handler checks the declared
 * length first and counts while reading (lib/api/read-body.ts). Such requests, like the static
 * files, get their headers from next.config.ts, out of the same lib/security/headers.ts.
 */
export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|fonts/|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
