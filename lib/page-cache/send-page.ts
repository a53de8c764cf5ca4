import { acceptsGzip, takeHandoff } from "./handoff";
import { gzipWithNonce } from "./gzip-page";
import { joinWithNonce } from "./split-page";

export type Sent = { status: number; headers: Record<string, string>; body: Buffer<ArrayBuffer> };

// The document carries a per-request nonce once a CSP is set, so the browser must not reuse it.
const DOCUMENT_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";
const NOT_FOUND: Sent = { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }, body: Buffer.from("Not Found") as Buffer<ArrayBuffer> };

/**
 * What the sender route writes for the page left under `token`: gzip bytes assembled around this
 * view's nonce when the client takes gzip, the plain page otherwise. An unknown, used or missing
 * token (a request that did not come through the proxy's rewrite) is a 404.
 */
export function sendPage(method: string | undefined, token: unknown, acceptEncoding: string | undefined): Sent {
  if (method !== "GET" || typeof token !== "string") return NOT_FOUND;
  const handoff = takeHandoff(token);
  if (!handoff) return NOT_FOUND;
  const gzip = acceptsGzip(acceptEncoding);
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": DOCUMENT_CACHE_CONTROL,
    vary: "Accept-Encoding",
    "x-duikou-cache": handoff.state,
  };
  if (gzip) headers["content-encoding"] = "gzip";
  const body = gzip ? gzipWithNonce(handoff.page, handoff.gzip, handoff.nonce) : joinWithNonce(handoff.page, handoff.nonce);
  return { status: 200, headers, body };
}
