import { randomBytes } from "node:crypto";
import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { readDataVersion } from "@/db/data-version";
import { VersionedCache } from "@/lib/cache/versioned-cache";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { gzipPieces, type GzipPage } from "./gzip-page";
import { handOff } from "./handoff";
import { pageCacheKey } from "./page-key";
import { splitAtNonce, type SplitPage } from "./split-page";

/**
 * The HTML of dashboard pages, kept until the data version changes. The proxy answers a repeat
 * view from here; a first view is rendered by Next.js through an internal request (marked with
 * a secret of this process) and stored. The version is read from SQLite on every request, so a
 * write by any process shows on the next view. See README, "Caching".
 */
type Entry = { page: SplitPage; gzip: GzipPage };

const MAX_BYTES = 64 * 1024 * 1024;
const pages = new VersionedCache<Entry>(MAX_BYTES, () => readDataVersion(getDb()));
const rendering = new Map<string, Promise<Entry | null>>();
const INTERNAL = "x-duikou-page-render";
const secret = randomBytes(16).toString("hex");

/** The origin this server listens on (set by `next start`); never the request's Host, which a client controls. */
function ownOrigin(): string | null {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null);
}

const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;

async function render(request: NextRequest, locale: string): Promise<Entry | null> {
  const origin = ownOrigin();
  if (!origin) return null;
  const response = await fetch(new URL(request.nextUrl.pathname + request.nextUrl.search, origin), {
    // Only the language: the stored page must be the same whoever asked first.
    headers: { [INTERNAL]: secret, cookie: `${LOCALE_COOKIE}=${locale}`, accept: "text/html" },
    redirect: "manual",
    cache: "no-store",
  });
  const html = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/html") || response.headers.has("set-cookie")) return null;
  const page = splitAtNonce(html, nonceOf(response.headers.get("content-security-policy")));
  return { page, gzip: gzipPieces(page) };
}

/**
 * For a cacheable page view, the token under which its stored page waits for the route that
 * writes it out, precompressed, with `nonce` (this request's CSP nonce) in place of the stored
 * one (handoff.ts); undefined to let Next.js render the view.
 */
export async function cachedPage(request: NextRequest, nonce: string): Promise<string | undefined> {
  if (request.headers.get(INTERNAL) === secret) return undefined;
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
  const key = pageCacheKey({ method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, locale, headers: request.headers });
  if (!key) return undefined;
  const { version, value } = pages.lookup(key);
  let entry = value;
  let state: "hit" | "miss" = "hit";
  if (!entry) {
    state = "miss";
    // Concurrent first views of one page share one render.
    const flightKey = `${version}|${key}`;
    let pending = rendering.get(flightKey);
    if (!pending) {
      pending = render(request, locale).catch(() => null);
      rendering.set(flightKey, pending);
      void pending.finally(() => rendering.delete(flightKey));
    }
    const rendered = await pending;
    if (!rendered) return undefined;
    pages.set(key, rendered, rendered.page.bytes + rendered.gzip.bytes, version);
    entry = rendered;
  }
  return handOff({ page: entry.page, gzip: entry.gzip, nonce, state });
}
