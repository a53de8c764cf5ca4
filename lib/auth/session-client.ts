import "client-only";

export type SessionUser = { name: string; email: string; role?: string; scopeDistricts?: string; scopeSupporters?: string; mustChangePassword?: boolean };

let pending: Promise<SessionUser | null> | null = null;

/**
 * The signed-in person as the browser sees it (GET /api/auth/get-session), asked once per page
 * load and shared by the header's parts. Only for what the interface shows: the server decides
 * every write for itself.
 */
export function sessionUser(): Promise<SessionUser | null> {
  pending ??= fetch("/api/auth/get-session", { cache: "no-store" })
    .then((r) => (r.ok ? r.json() : null))
    .then((body: { user?: SessionUser } | null) => body?.user ?? null)
    .catch(() => null);
  return pending;
}

/** Editors and administrators may write figures; readers are shown no way to. */
export function mayWrite(user: SessionUser | null | undefined): boolean {
  return user?.role === "admin" || user?.role === "editor";
}
