import "server-only";
import { fnv1a } from "@/lib/cache/cache-key";
import { dataCache } from "@/lib/queries/cached";

/**
 * Answers a chart route handler from the data cache, with an ETag made of the data version and
 * the normalised query. The browser keeps the body and revalidates every time (no-cache): while
 * nothing was written the answer is a 304 without a body, and a write changes every ETag.
 * `key` must be the handler's canonical question (path, filters and view params in a fixed order).
 */
export function cachedJson(request: Request, key: string, build: () => unknown): Response {
  // Kept as bytes: a string body is checked and encoded again on every answer.
  const { value, version } = dataCache.getOrCompute(`json|${key}`, () => Buffer.from(JSON.stringify(build())), (b) => 1 + Math.floor((b as Buffer).length / 65536));
  const etag = `"v${version}-${fnv1a(key)}"`;
  const headers = { etag, "cache-control": "private, no-cache", vary: "Cookie" };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(value as Buffer<ArrayBuffer>, { headers: { ...headers, "content-type": "application/json" } });
}

function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
