/**
 * Request body caps, by path: one table read twice, by proxy.ts (from Content-Length, before the
 * body is read) and by the handler's readJsonBody (counting bytes while reading, for bodies sent
 * without a length). No import beyond this file, so next.config.ts and the proxy can read it.
 */

/** The font subset request: {weight, text} with at most 6,000 characters of ≤ 4 UTF-8 bytes, plus room for the JSON. */
export const FONT_BODY_LIMIT = 32 * 1024;

/**
 * Anything else that carries a body: Next.js's own limit for server actions (1 MB), so forms keep
 * working; a route that needs more (an upload) adds its own line below.
 */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const LIMITS: readonly (readonly [path: string, bytes: number])[] = [["/api/export/font", FONT_BODY_LIMIT]];

export function bodyLimitFor(pathname: string): number {
  return LIMITS.find(([path]) => pathname === path || pathname.startsWith(`${path}/`))?.[1] ?? DEFAULT_BODY_LIMIT;
}

/**
 * The largest cap. Next.js copies a body for the proxy up to `proxyClientMaxBodySize` and silently
 * cuts it there; one byte more than the largest cap means a handler counting bytes always sees an
 * over-long body as over its cap, never as a shorter, valid-looking one.
 */
export const LARGEST_BODY_LIMIT = Math.max(DEFAULT_BODY_LIMIT, ...LIMITS.map(([, bytes]) => bytes));
