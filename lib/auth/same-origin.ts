/**
 * Whether a state-changing request comes from another site. Browsers send Origin on every
 * cross-site POST/PUT/PATCH/DELETE and Sec-Fetch-Site on all modern requests, and a page on
 * another site cannot forge either. A request with neither (curl, a script with its own
 * cookies) is not a cross-site browser request; it still needs a session and the scope check.
 */
export function isCrossSite(headers: Headers, extraOrigins: readonly string[] = []): boolean {
  const origin = headers.get("origin");
  if (origin !== null) {
    if (extraOrigins.includes(origin)) return false;
    const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? headers.get("host");
    try {
      return !host || new URL(origin).host !== host;
    } catch {
      return true; // "null" (sandboxed frames, file://) or garbage: not this site.
    }
  }
  const site = headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/** Origins an administrator allows besides the site itself (BETTER_AUTH_TRUSTED_ORIGINS, comma-separated). */
export function trustedOrigins(env: string | undefined = process.env.BETTER_AUTH_TRUSTED_ORIGINS): string[] {
  return (env ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
