import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, user } from "@/db/schema";
import { fixtureDb } from "@/lib/testing/test-db";
import { createAccount } from "./accounts";
import { getAuth } from "./auth";
import { authorizeWrite } from "./guard";

// The guard end to end on a real (in-memory) database and real better-auth sessions: accounts
// made as user:add makes them, cookies from a real sign-in, requests as a browser would send them.
process.env.BETTER_AUTH_SECRET = "test-secret-for-unit-tests-only-0123456789";
const db = fixtureDb();
(globalThis as unknown as { duikouDb: typeof db }).duikouDb = db;

const SITE = "http://127.0.0.1:3107";
const PASSWORD = "correct-horse-battery";
const cookies: Record<string, string> = {};

async function signIn(email: string): Promise<string> {
  const response = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, headers: new Headers({ origin: SITE, host: "127.0.0.1:3107" }), asResponse: true });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

function post(cookie: string | null, extra: Record<string, string> = {}): Request {
  return new Request(`${SITE}/api/admin/users`, { method: "POST", headers: { host: "127.0.0.1:3107", origin: SITE, ...(cookie ? { cookie } : {}), ...extra } });
}

const actor = { id: null, email: null, ip: null };
const wanzhouFuling = { kind: "records.write", targets: [{ district: "500102", supporter: "330000" }] } as const;

// Password hashing (scrypt) is slow on purpose, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

beforeAll(async () => {
  await createAccount(db, { email: "admin@duikou.test", name: "Admin", role: "admin", districts: [], supporters: [] }, PASSWORD, actor);
  await createAccount(db, { email: "wanzhou@duikou.test", name: "Wanzhou editor", role: "editor", districts: ["500101"], supporters: [] }, PASSWORD, actor);
  await createAccount(db, { email: "viewer@duikou.test", name: "Viewer", role: "viewer", districts: [], supporters: [] }, PASSWORD, actor);
  // One-time passwords must be changed first; these accounts have done so.
  db.update(user).set({ mustChangePassword: false }).run();
  for (const who of ["admin", "wanzhou", "viewer"]) cookies[who] = await signIn(`${who}@duikou.test`);
});

const lastAudit = () => db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;

describe("authorizeWrite", () => {
  it("lets an administrator manage accounts", async () => {
    const result = await authorizeWrite({ kind: "users.manage" }, post(cookies.admin!));
    expect(result.ok && result.person.email).toBe("admin@duikou.test");
  });

  it("lets the 万州区 editor write for 万州区", async () => {
    const result = await authorizeWrite({ kind: "records.write", targets: [{ district: "500101", supporter: "310000" }] }, post(cookies.wanzhou!));
    expect(result.ok).toBe(true);
  });

  it("refuses the 万州区 editor a write for 涪陵区: 403, a sentence naming 涪陵区, an audit entry", async () => {
    const result = await authorizeWrite(wanzhouFuling, post(cookies.wanzhou!));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(403);
    expect(await result.response.json()).toMatchObject({ error: "您的账户无权修改涪陵区与浙江省的数据。" });
    expect(lastAudit()).toMatchObject({ action: "records.write", actorEmail: "wanzhou@duikou.test", outcome: "refused" });
  });

  it("answers in English when the requester reads English", async () => {
    const result = await authorizeWrite(wanzhouFuling, post(`${cookies.wanzhou!}; NEXT_LOCALE=en`));
    expect(!result.ok && (await result.response.json()).error).toBe("Your account may not change figures for Fuling District and Zhejiang.");
  });

  it("refuses an editor and a viewer the account pages' writes", async () => {
    for (const who of ["wanzhou", "viewer"]) {
      const result = await authorizeWrite({ kind: "users.manage" }, post(cookies[who]!));
      expect(!result.ok && result.response.status).toBe(403);
    }
  });

  it("answers 401 without a session, and with a made-up cookie", async () => {
    for (const cookie of [null, "better-auth.session_token=forged.value"]) {
      const result = await authorizeWrite({ kind: "users.manage" }, post(cookie));
      expect(!result.ok && result.response.status).toBe(401);
    }
  });

  it("refuses even an administrator's write sent from another site", async () => {
    const result = await authorizeWrite({ kind: "users.manage" }, post(cookies.admin!, { origin: "https://evil.example" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(403);
    expect((await result.response.json()).reason).toBe("cross-site");
    expect(lastAudit()).toMatchObject({ action: "users.manage", actorEmail: "admin@duikou.test", outcome: "refused" });
  });

  it("takes a role change into account at once, without a new sign-in", async () => {
    db.update(user).set({ role: "viewer" }).where(eq(user.email, "wanzhou@duikou.test")).run();
    const result = await authorizeWrite({ kind: "records.write", targets: [{ district: "500101", supporter: null }] }, post(cookies.wanzhou!));
    expect(!result.ok && result.response.status).toBe(403);
    db.update(user).set({ role: "editor" }).where(eq(user.email, "wanzhou@duikou.test")).run();
  });

  it("refuses writes until a one-time password has been changed", async () => {
    db.update(user).set({ mustChangePassword: true }).where(eq(user.email, "admin@duikou.test")).run();
    const result = await authorizeWrite({ kind: "users.manage" }, post(cookies.admin!));
    expect(!result.ok && (await result.response.json()).reason).toBe("must-change-password");
    db.update(user).set({ mustChangePassword: false }).where(eq(user.email, "admin@duikou.test")).run();
  });
});
