import { eq } from "drizzle-orm";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { account, auditLog, session, user } from "@/db/schema";
import { fixtureDb } from "@/lib/testing/test-db";
import { changeAccount, createAccount, resetPassword } from "./accounts";
import { parseAuditFilters, dayStartUtc, dayEndUtc } from "./audit-filters";
import { recordFailure, recordSuccess, throttleWait } from "./throttle";

const actor = { id: "admin-1", email: "admin@duikou.test", ip: "10.0.0.1" };
const input = (email: string, role: "admin" | "editor" | "viewer" = "editor", districts: string[] = ["500101"]) => ({ email, name: "N", role, districts, supporters: [] });

describe("accounts", { timeout: 60_000 }, () => {
  it("creates a user with a hashed one-time password that must be changed, and audits it", async () => {
    const db = fixtureDb();
    const made = await createAccount(db, input("a@duikou.test"), "one-time-pass-123", actor);
    expect(made.ok).toBe(true);
    const row = db.select().from(user).where(eq(user.email, "a@duikou.test")).get()!;
    expect(row).toMatchObject({ role: "editor", scopeDistricts: "500101", mustChangePassword: true, disabled: false });
    const cred = db.select().from(account).where(eq(account.userId, row.id)).get()!;
    expect(cred.password).not.toContain("one-time-pass-123");
    expect(await verifyPassword({ hash: cred.password!, password: "one-time-pass-123" })).toBe(true);
    expect(db.select().from(auditLog).all()).toMatchObject([{ action: "user.create", subject: "a@duikou.test", actorEmail: "admin@duikou.test", ip: "10.0.0.1", outcome: "ok" }]);
  });

  it("refuses a taken email and unknown scope codes, writing nothing", async () => {
    const db = fixtureDb();
    await createAccount(db, input("a@duikou.test"), "one-time-pass-123", actor);
    expect(await createAccount(db, input("a@duikou.test"), "one-time-pass-123", actor)).toEqual({ ok: false, error: { code: "email-taken" } });
    expect(await createAccount(db, input("b@duikou.test", "editor", ["999999"]), "one-time-pass-123", actor)).toEqual({ ok: false, error: { code: "unknown-district", codes: ["999999"] } });
    expect(db.select().from(user).all()).toHaveLength(1);
  });

  it("changes role and scope with the old and new values in the audit trail", async () => {
    const db = fixtureDb();
    const made = await createAccount(db, input("a@duikou.test"), "one-time-pass-123", actor);
    if (!made.ok) throw new Error("setup");
    expect(changeAccount(db, made.id, { role: "editor", districts: ["500102"], supporters: ["330000"] }, actor)).toEqual({ ok: true });
    const entry = db.select().from(auditLog).where(eq(auditLog.action, "user.update")).get()!;
    expect(JSON.parse(entry.detail!)).toEqual({ scopeDistricts: { from: "500101", to: "500102" }, scopeSupporters: { from: "", to: "330000" } });
  });

  it("disabling ends every session; the last administrator cannot be disabled or demoted", async () => {
    const db = fixtureDb();
    const admin = await createAccount(db, input("boss@duikou.test", "admin", []), "one-time-pass-123", actor);
    if (!admin.ok) throw new Error("setup");
    expect(changeAccount(db, admin.id, { disabled: true }, actor)).toEqual({ ok: false, error: { code: "last-admin" } });
    expect(changeAccount(db, admin.id, { role: "viewer" }, actor)).toEqual({ ok: false, error: { code: "last-admin" } });
    const second = await createAccount(db, input("boss2@duikou.test", "admin", []), "one-time-pass-123", actor);
    if (!second.ok) throw new Error("setup");
    db.insert(session).values({ id: "s1", token: "t1", userId: admin.id, expiresAt: new Date(Date.now() + 3600_000) }).run();
    expect(changeAccount(db, admin.id, { disabled: true }, actor)).toEqual({ ok: true });
    expect(db.select().from(session).all()).toHaveLength(0);
  });

  it("a password reset replaces the hash, ends sessions and requires a change again", async () => {
    const db = fixtureDb();
    const made = await createAccount(db, input("a@duikou.test"), "one-time-pass-123", actor);
    if (!made.ok) throw new Error("setup");
    db.update(user).set({ mustChangePassword: false }).run();
    db.insert(session).values({ id: "s1", token: "t1", userId: made.id, expiresAt: new Date(Date.now() + 3600_000) }).run();
    expect(await resetPassword(db, made.id, "another-one-time-456", actor)).toEqual({ ok: true, email: "a@duikou.test" });
    const cred = db.select().from(account).where(eq(account.userId, made.id)).get()!;
    expect(await verifyPassword({ hash: cred.password!, password: "one-time-pass-123" })).toBe(false);
    expect(await verifyPassword({ hash: cred.password!, password: "another-one-time-456" })).toBe(true);
    expect(db.select().from(user).get()!.mustChangePassword).toBe(true);
    expect(db.select().from(session).all()).toHaveLength(0);
  });
});

describe("sign-in slowing in the database", () => {
  it("slows the account after 3 failures and the address after 10, and a success clears the account", () => {
    const db = fixtureDb();
    const t0 = 1_000_000;
    for (let i = 0; i < 2; i++) expect(recordFailure(db, { email: "a@x.cn", ip: "10.0.0.9" }, t0 + i)).toBe(0);
    expect(recordFailure(db, { email: "A@X.cn", ip: "10.0.0.9" }, t0 + 2)).toBe(5);
    expect(throttleWait(db, { email: "a@x.cn", ip: "10.9.9.9" }, t0 + 1002)).toBe(4);
    recordSuccess(db, "a@x.cn");
    expect(throttleWait(db, { email: "a@x.cn", ip: "10.9.9.9" }, t0 + 1000)).toBe(0);
    // Seven more failures from the same address, each for a different email: the tenth slows the address.
    for (let i = 0; i < 6; i++) recordFailure(db, { email: `u${i}@x.cn`, ip: "10.0.0.9" }, t0 + 10 + i);
    expect(throttleWait(db, { email: "new@x.cn", ip: "10.0.0.9" }, t0 + 20)).toBe(0);
    expect(recordFailure(db, { email: "u9@x.cn", ip: "10.0.0.9" }, t0 + 30)).toBe(5);
    expect(throttleWait(db, { email: "new@x.cn", ip: "10.0.0.9" }, t0 + 31)).toBe(5);
    expect(throttleWait(db, { email: "new@x.cn", ip: "10.0.0.8" }, t0 + 31)).toBe(0);
  });
});

describe("audit filters", () => {
  it("keeps good values and names the bad ones", () => {
    const { filters, dropped } = parseAuditFilters(new URLSearchParams("action=auth.sign-in&outcome=maybe&from=2026-11-01&to=11/30&person=wang&page=2&x=1"));
    expect(filters).toEqual({ action: "auth.sign-in", from: "2026-11-01", person: "wang", page: 2 });
    expect(dropped.sort()).toEqual(["outcome", "to", "x"]);
  });
  it("reads dates as whole days in China time", () => {
    expect(dayStartUtc("2026-11-29")).toBe("2026-11-28T16:00:00.000Z");
    expect(dayEndUtc("2026-11-29")).toBe("2026-11-29T16:00:00.000Z");
  });
});
