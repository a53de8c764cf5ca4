import { NextResponse, type NextRequest } from "next/server";
import facts from "@/db/seed/data/facts.json";
import { cachedPage } from "@/lib/page-cache/page-cache";

// Former GB/T 2260 codes (开县 500234 → 开州区 500154, 武隆县 500232 → 武隆区 500156).
const CURRENT_CODE = new Map(facts.districts.flatMap((d) => ("formerCode" in d && d.formerCode ? [[d.formerCode, d.code] as const] : [])));

/**
 * Runs before the pages: a path that cannot be decoded (e.g. /districts/%FF) would make
 * Next.js answer 500 before any page code runs, so it is a 404 here; a former district code is
 * redirected to the current one with the query (the filters) kept; a dashboard page already
 * rendered for this data version is answered from the page cache.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const former = /^\/districts\/(\d{6})\/?$/.exec(pathname)?.[1];
  const current = former ? CURRENT_CODE.get(former) : undefined;
  if (current) {
    const url = request.nextUrl.clone();
    url.pathname = `/districts/${current}`;
    return NextResponse.redirect(url, 308);
  }
  return (await cachedPage(request)) ?? NextResponse.next();
}

export const config = { matcher: ["/", "/map", "/pairings", "/compare", "/districts/:path*", "/supporters/:path*"] };
