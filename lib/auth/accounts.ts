import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import type { Db } from "@/db/client";
import { account, districts, session, supporters, user } from "@/db/schema";
import type { AccountChange, AccountInput } from "./account-input";
import { unknownCodes } from "./account-input";
import { formatScope } from "./person";

/** Who made an account change, for the audit trail (null actor: the command line on the server). */
export type Actor = { id: string | null; email: string | null; ip: string | null };

export type AccountError = { code: "email-taken" } | { code: "unknown-district"; codes: string[] } | { code: "unknown-supporter"; codes: string[] } | { code: "not-found" } | { code: "last-admin" };

/** Scope codes must name districts and supporters the database knows. */
export function checkScopeCodes(db: Db, input: { districts?: readonly string[]; supporters?: readonly string[] }): AccountError | null {
  const d = unknownCodes(input.districts ?? [], new Set(db.select({ c: districts.code }).from(districts).all().map((r) => r.c)));
  if (d.length) return { code: "unknown-district", codes: d };
  const s = unknownCodes(input.supporters ?? [], new Set(db.select({ c: supporters.code }).from(supporters).all().map((r) => r.c)));
  if (s.length) return { code: "unknown-supporter", codes: s };
  return null;
}

/**
 * Creates an account with a one-time password (hashed as better-auth hashes it, scrypt) that
 * must be changed at first sign-in. User row, credential row and audit entry in one transaction.
 */
export async function createAccount(db: Db, input: AccountInput, password: string, actor: Actor): Promise<{ ok: true; id: string } | { ok: false; error: AccountError }> {
  const scopeError = checkScopeCodes(db, input);
  if (scopeError) return { ok: false, error: scopeError };
  const hash = await hashPassword(password);
  const id = crypto.randomUUID();
  const now = new Date();
  return db.transaction((tx) => {
    if (tx.select({ id: user.id }).from(user).where(eq(user.email, input.email)).get()) return { ok: false as const, error: { code: "email-taken" as const } };
    tx.insert(user)
      .values({
        id,
        email: input.email,
        name: input.name,
        role: input.role,
        scopeDistricts: formatScope(input.districts),
        scopeSupporters: formatScope(input.supporters),
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    tx.insert(account).values({ id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash, createdAt: now, updatedAt: now }).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: "user.create",
      subject: input.email,
      ip: actor.ip,
      outcome: "ok",
      detail: { role: input.role, districts: input.districts, supporters: input.supporters },
    });
    return { ok: true as const, id };
  });
}

type UserRow = typeof user.$inferSelect;

const adminsLeft = (tx: Pick<Db, "select">, exceptId: string) =>
  tx
    .select({ id: user.id, disabled: user.disabled })
    .from(user)
    .where(eq(user.role, "admin"))
    .all()
    .filter((u) => u.id !== exceptId && !u.disabled).length;

/**
 * Changes role, scope, name or the disabled flag. Disabling ends the person's sessions at once.
 * The last active administrator can be neither demoted nor disabled (nobody could undo it).
 */
export function changeAccount(db: Db, id: string, change: AccountChange, actor: Actor): { ok: true } | { ok: false; error: AccountError } {
  const scopeError = checkScopeCodes(db, change);
  if (scopeError) return { ok: false, error: scopeError };
  return db.transaction((tx) => {
    const before = tx.select().from(user).where(eq(user.id, id)).get();
    if (!before) return { ok: false as const, error: { code: "not-found" as const } };
    const losesAdmin = before.role === "admin" && !before.disabled && ((change.role && change.role !== "admin") || change.disabled === true);
    if (losesAdmin && adminsLeft(tx, id) === 0) return { ok: false as const, error: { code: "last-admin" as const } };
    const set: Partial<UserRow> = { updatedAt: new Date() };
    if (change.name !== undefined) set.name = change.name;
    if (change.role !== undefined) set.role = change.role;
    if (change.districts !== undefined) set.scopeDistricts = formatScope(change.districts);
    if (change.supporters !== undefined) set.scopeSupporters = formatScope(change.supporters);
    if (change.disabled !== undefined) set.disabled = change.disabled;
    tx.update(user).set(set).where(eq(user.id, id)).run();
    if (change.disabled) tx.delete(session).where(eq(session.userId, id)).run();
    const diff = Object.fromEntries(
      (Object.keys(set) as (keyof UserRow)[]).filter((k) => k !== "updatedAt" && before[k] !== set[k]).map((k) => [k, { from: before[k], to: set[k] }]),
    );
    recordAudit(tx, { actorId: actor.id, actorEmail: actor.email, action: change.disabled === undefined ? "user.update" : change.disabled ? "user.disable" : "user.enable", subject: before.email, ip: actor.ip, outcome: "ok", detail: diff });
    return { ok: true as const };
  });
}

/** A new one-time password: the old one stops working, every session ends, a change is required. */
export async function resetPassword(db: Db, id: string, password: string, actor: Actor): Promise<{ ok: true; email: string } | { ok: false; error: AccountError }> {
  const hash = await hashPassword(password);
  return db.transaction((tx) => {
    const row = tx.select({ email: user.email }).from(user).where(eq(user.id, id)).get();
    if (!row) return { ok: false as const, error: { code: "not-found" as const } };
    const now = new Date();
    tx.update(account).set({ password: hash, updatedAt: now }).where(and(eq(account.userId, id), eq(account.providerId, "credential"))).run();
    tx.update(user).set({ mustChangePassword: true, updatedAt: now }).where(eq(user.id, id)).run();
    tx.delete(session).where(eq(session.userId, id)).run();
    recordAudit(tx, { actorId: actor.id, actorEmail: actor.email, action: "user.password-reset", subject: row.email, ip: actor.ip, outcome: "ok" });
    return { ok: true as const, email: row.email };
  });
}
