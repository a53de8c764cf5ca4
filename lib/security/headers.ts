/**
 * Every security header the site sends, defined here once. proxy.ts applies them to every page and
 * API response (with a fresh CSP nonce per request); next.config.ts applies the static set to the
 * build's own files (/_next/static), which the proxy does not run for. No imports: both read it.
 */

/** Sent on every response, static files included. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  // Nothing here uses a device; clipboard-write stays for "copy chart to clipboard".
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=(), clipboard-read=(), clipboard-write=(self)",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  // For browsers without CSP frame-ancestors.
  "x-frame-options": "DENY",
};

/**
 * The policy of an HTML page. Scripts run only with this request's nonce (Next.js reads it from
 * the request's CSP header and puts it on its own scripts), and what they load ('strict-dynamic').
 * Styles allow inline style attributes (charts position with them); a nonce in style-src would
 * switch 'unsafe-inline' off. Exports need blob: and data: (PNG from an SVG blob, the embedded
 * font subset as a data: URL, downloads from blob: URLs). React's development build needs eval.
 */
export function pagePolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** An API answer is data, never a document: it may load nothing and be framed by no one. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Cache-Control of API answers whose handler set none. Records and exports are fetched fresh every
 * time (they hold the newest figures and can be large); other data routes may be kept but must be
 * revalidated, which leaves room for ETag/304 on the chart APIs. Pages keep Next.js's own header.
 */
export function apiCacheControl(pathname: string): string {
  return pathname.startsWith("/api/records") || pathname.startsWith("/api/export") ? "no-store" : "no-cache";
}

/**
 * Routes whose handler sets its own Cache-Control, which the proxy must leave as it is: the chart
 * APIs (`private, no-cache` with an ETag, lib/api/cached-json.ts) and the content-keyed font subsets
 * (`immutable`). Headers the proxy sets would replace the handler's.
 */
const OWN_CACHE_CONTROL = [/^\/api\/(totals|series|breakdown|top-records|flows)$/, /^\/api\/export\/font\/[^/]+\/[^/]+$/];

export function handlerSetsCacheControl(pathname: string): boolean {
  return OWN_CACHE_CONTROL.some((p) => p.test(pathname));
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The nonce a page policy (pagePolicy above) names, for the few inline scripts the app writes itself. */
export function nonceOf(policy: string | null): string | undefined {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy ?? "")?.[1];
}
