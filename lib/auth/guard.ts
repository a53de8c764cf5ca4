import "server-only";
/*
 * Usage in a route handler (the same in a server action, without `request`):
 *
 *   const auth = await authorizeWrite({ kind: "records.write", targets }, request);
 *   if (!auth.ok) return auth.response;            // 401/403 + { error: sentence }, audited
 *   db.transaction((tx) => { …write…; bumpDataVersion(tx); recordAudit(tx, { actorId: auth.person.id, … ip: auth.ip }) });
 */
import { eq } from "drizzle-orm";
import { headers as nextHeaders } from "next/headers";
import { recordAudit } from "@/db/audit";
import { getDb } from "@/db";
import { districts, supporters, user } from "@/db/schema";
import { authFor } from "./auth";
import { clientIp } from "./client-ip";
import { personFromRow } from "./person";
import { refusalMessage, type GuardRefusal } from "./refusal-message";
import { localeFromHeaders } from "./request-locale";
import { isCrossSite, trustedOrigins } from "./same-origin";
import { checkWrite, type Person, type RefusalReason, type WriteAction } from "./scope";

export { clientIp } from "./client-ip";
export { refusalMessage } from "./refusal-message";

export type SignedIn = { person: Person; mustChangePassword: boolean };

/** The columns a person is read with, here and on the administration pages. */
export const PERSON_COLUMNS = {
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  scopeDistricts: user.scopeDistricts,
  scopeSupporters: user.scopeSupporters,
  disabled: user.disabled,
  mustChangePassword: user.mustChangePassword,
};

/**
 * The person behind a request's session cookie, read fresh from the user table (role, scope and
 * the disabled flag take effect at once). `fresh` skips the library's one-minute cookie cache so a
 * session ended elsewhere (sign-out, an administrator disabling the account) no longer counts.
 */
export async function signedInFrom(headers: Headers, fresh = false): Promise<SignedIn | null> {
  const found = await authFor(headers)
    .api.getSession({ headers, query: fresh ? { disableCookieCache: true } : {} })
    .catch(() => null);
  if (!found) return null;
  const row = getDb()
    .select(PERSON_COLUMNS)
    .from(user)
    .where(eq(user.id, found.user.id))
    .get();
  return row ? { person: personFromRow(row), mustChangePassword: row.mustChangePassword } : null;
}

/** The signed-in person of the current request (server components, server actions). */
export async function getCurrentPerson(): Promise<Person | null> {
  return (await signedInFrom(await nextHeaders()))?.person ?? null;
}

function parentOfFromDb(): (code: string) => string | null {
  const rows = getDb().select({ code: supporters.code, parent: supporters.parentCode }).from(supporters).all();
  const parents = new Map(rows.map((r) => [r.code, r.parent]));
  return (code) => parents.get(code) ?? null;
}

function nameOfFromDb(locale: "zh-CN" | "en"): (code: string) => string | undefined {
  const db = getDb();
  const rows = [
    ...db.select({ code: districts.code, zh: districts.nameZh, en: districts.nameEn }).from(districts).all(),
    ...db.select({ code: supporters.code, zh: supporters.nameZh, en: supporters.nameEn }).from(supporters).all(),
  ];
  const names = new Map(rows.map((r) => [r.code, locale === "en" ? r.en : r.zh]));
  return (code) => names.get(code);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What a refusal records: the targets named, never the request body. */
function actionDetail(action: WriteAction): Record<string, unknown> {
  return "targets" in action ? { targets: action.targets.slice(0, 20), targetCount: action.targets.length } : {};
}

/**
 * The one gate every write passes (route handlers with their Request, server actions without).
 * Refuses a cross-site request, then runs checkWrite with the person's current role and scope.
 * A refusal is written to the audit trail and answered 401/403 with one sentence in the
 * requester's language; the caller writes nothing.
 */
export async function authorizeWrite(
  action: WriteAction,
  request?: Request,
): Promise<{ ok: true; person: Person; ip: string | null } | { ok: false; response: Response }> {
  const headers = request?.headers ?? (await nextHeaders());
  // Server actions are always POSTs.
  const method = request?.method.toUpperCase() ?? "POST";
  const ip = clientIp(headers);
  const locale = localeFromHeaders(headers);
  const signedIn = await signedInFrom(headers, true);
  const person = signedIn?.person ?? null;

  let refusal: { status: 401 | 403; reason: RefusalReason | GuardRefusal } | null = null;
  if (!SAFE_METHODS.has(method) && isCrossSite(headers, trustedOrigins())) {
    refusal = { status: 403, reason: { code: "cross-site" } };
  } else {
    const decision = checkWrite(person, action, parentOfFromDb());
    if (!decision.ok) refusal = { status: decision.status, reason: decision.reason };
    else if (signedIn?.mustChangePassword) refusal = { status: 403, reason: { code: "must-change-password" } };
  }
  if (!refusal) return { ok: true, person: person!, ip };

  const message = refusalMessage(refusal.reason, locale, nameOfFromDb(locale));
  recordAudit(getDb(), {
    actorId: person?.id ?? null,
    actorEmail: person?.email ?? null,
    action: action.kind,
    ip,
    outcome: "refused",
    detail: { reason: refusal.reason, ...actionDetail(action) },
  });
  return { ok: false, response: Response.json({ error: message, reason: refusal.reason.code }, { status: refusal.status }) };
}
