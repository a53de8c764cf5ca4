/**
 * Request body caps, one line per route that reads a body, passed to readJsonBody (lib/api/read-body.ts),
 * which refuses a declared Content-Length over the cap before reading and counts bytes while reading.
 * No imports, so next.config.ts can read LARGEST_BODY_LIMIT.
 */

/** The font subset request: {weight, text} with at most 6,000 characters of ≤ 4 UTF-8 bytes, plus room for the JSON. */
export const FONT_BODY_LIMIT = 32 * 1024;

/** Next.js's own limit for server actions (1 MB); a route that needs more (an upload) adds its own constant here. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export const LARGEST_BODY_LIMIT = Math.max(DEFAULT_BODY_LIMIT, FONT_BODY_LIMIT);
