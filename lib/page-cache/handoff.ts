import { randomUUID } from "node:crypto";
import type { GzipPage } from "./gzip-page";
import type { SplitPage } from "./split-page";

/**
 * How the proxy passes a stored page to the route that writes it out (pages/api/cached-page.ts).
 * The proxy decides (gate, cookies, key, version) and picks the page; it cannot write bytes that
 * are already gzipped, since Next.js drops Content-Encoding from a proxy's or a route handler's
 * Response and compresses the body again on every view. A Pages Router API route writes to the
 * Node response itself, so its Content-Encoding stands and the compression step passes it by.
 *
 * The proxy leaves the page here under a one-time random token and passes the token on in the
 * request header HANDOFF_HEADER; a rewrite in next.config.ts sends every request that carries that
 * header to SENDER_PATH, whose route takes the page (same process, microseconds later). A rewrite
 * from the proxy itself would do, but Next.js 16 turns it into an external one (a second HTTP
 * request) when the server listens on 127.0.0.1. The proxy and the route are separate bundles
 * with their own module instances: the map lives on globalThis.
 */
export type Handoff = { page: SplitPage; gzip: GzipPage; nonce: string; state: "hit" | "miss" };

export const SENDER_PATH = "/api/cached-page";
export const HANDOFF_HEADER = "x-duikou-page-handoff";

type Waiting = Handoff & { at: number };
const KEY = Symbol.for("duikou.page-cache.handoff");
const STALE_MS = 30_000;

function waiting(): Map<string, Waiting> {
  const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, Waiting> };
  return (holder[KEY] ??= new Map());
}

/** Leaves a page for the sender route; the token goes into HANDOFF_HEADER. */
export function handOff(handoff: Handoff): string {
  const map = waiting();
  // A rewritten request the client dropped before routing never takes its page: sweep those.
  if (map.size > 64) {
    const now = Date.now();
    for (const [token, w] of map) if (now - w.at > STALE_MS) map.delete(token);
  }
  const token = randomUUID();
  map.set(token, { ...handoff, at: Date.now() });
  return token;
}

/** The page left under `token`, once; undefined for an unknown or used token. */
export function takeHandoff(token: string): Handoff | undefined {
  const map = waiting();
  const found = map.get(token);
  if (!found) return undefined;
  map.delete(token);
  return found;
}

/** Whether an Accept-Encoding header admits gzip (a `gzip` or `*` entry whose q is not 0). */
export function acceptsGzip(header: string | undefined | null): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const allowed = !q || Number(q.slice(2)) > 0;
    if (name.trim() === "gzip") return allowed;
    if (name.trim() === "*") star = allowed;
  }
  return star;
}
