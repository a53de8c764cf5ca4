/**
 * Where to go after signing in: a path on this site (with its query, i.e. the filters), never
 * another site ("//evil.example", "/\\evil.example", "https://…") — an open redirect would let a
 * link dressed as ours send a person elsewhere right after they typed their password.
 */
export function safeNextPath(value: string | string[] | null | undefined, fallback = "/"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2000 || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, "http://duikou.invalid");
    if (url.origin !== "http://duikou.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInHref(path: string): string {
  return path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`;
}
