/**
 * Which page views may be answered from the page cache, and under which key. Only the read-only
 * dashboard pages, and only for a request that carries no cookie but the language: a signed-in
 * person's page holds what is theirs (the account menu, edit links in record tables for an editor),
 * so it is rendered for them every time and never stored. What is stored is rendered with the
 * language cookie alone (page-cache.ts), so it is the page anyone without a session gets.
 * Anything else (sign-in, data entry, admin) renders every time.
 */
const CACHEABLE_PATH = /^\/(?:|map|pairings|compare|districts\/\d{6}|supporters\/\d{6})$/;

/** Longer queries are rare and each would be its own entry; they render normally. */
export const MAX_CACHED_QUERY = 1024;

/** The one cookie a cached page may depend on; any other (a session, its signed copy) means "render". */
const LANGUAGE_COOKIE = "NEXT_LOCALE";

function onlyLanguageCookie(headers: Headers): boolean {
  const cookie = headers.get("cookie");
  if (!cookie) return true;
  return cookie.split(";").every((part) => {
    const name = part.split("=")[0]!.trim();
    return name === "" || name === LANGUAGE_COOKIE;
  });
}

export type PageRequest = { method: string; pathname: string; search: string; locale: string; headers: Headers };

/** The cache key, or null when this request must render (not a plain document GET of a dashboard page). */
export function pageCacheKey({ method, pathname, search, locale, headers }: PageRequest): string | null {
  if (method !== "GET" || !CACHEABLE_PATH.test(pathname)) return null;
  // Client-side navigations and prefetches ask for the RSC payload, not the document. Next.js strips
  // `rsc`, `next-router-*` and `_rsc` before proxy.ts runs (server/web/adapter.js, FLIGHT_HEADERS), so
  // what is left to tell them apart is the router's `next-url` and the browser's fetch metadata: a
  // document is fetched with `sec-fetch-dest: document`, the router's fetch() with `empty`.
  if (headers.has("rsc") || headers.has("next-router-state-tree") || headers.has("next-router-prefetch") || headers.has("next-action")) return null;
  if (headers.has("next-url")) return null;
  const dest = headers.get("sec-fetch-dest");
  if (dest !== null && dest !== "document") return null;
  if (!onlyLanguageCookie(headers)) return null;
  if (search.length > MAX_CACHED_QUERY) return null;
  const params = new URLSearchParams(search);
  if (params.has("_rsc")) return null;
  // Parameter order and empty values do not change the page: one entry for every spelling.
  const canonical = [...params].filter(([, v]) => v !== "").sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${locale}|${pathname}|${new URLSearchParams(canonical).toString()}`;
}
