import "server-only";
import { drizzleAdapter } from "@better-auth/drizzle-adapter";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { account, session, user, verification } from "@/db/schema";
import { clientIp } from "./client-ip";
import { trustedOrigins } from "./same-origin";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";
import { authSecret } from "./secret";
import { SESSION_IDLE_SECONDS, SESSION_REFRESH_SECONDS, cappedExpiry } from "./session-policy";
import { recordFailure, recordSuccess, throttleWait } from "./throttle";


const ipOf = (headers: Headers | undefined) => (headers ? clientIp(headers) : null);
const typedEmail = (body: unknown) => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : "";
};

function slowed(seconds: number): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    { code: "SIGN_IN_SLOWED", message: `Too many failed sign-ins; try again in ${seconds} s.`, retryAfter: seconds },
    { "Retry-After": String(seconds) },
  );
}

function createAuth(db: Db, secure: boolean) {
  return betterAuth({
    appName: "Duikou",
    secret: authSecret(),
    // Unset: the address is taken from each request, so http://localhost and an intranet name both work.
    baseURL: process.env.BETTER_AUTH_URL || undefined,
    trustedOrigins: trustedOrigins(),
    database: drizzleAdapter(db, { provider: "sqlite", schema: { user, session, account, verification } }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Only administrators create accounts (user:add, /admin/users).
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
    },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: SESSION_REFRESH_SECONDS,
      // A signed copy of the session in a cookie for a minute: most checks read no table at all.
      cookieCache: { enabled: true, maxAge: 60 },
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false },
        scopeDistricts: { type: "string", input: false, required: false },
        scopeSupporters: { type: "string", input: false, required: false },
        disabled: { type: "boolean", input: false, required: false },
        mustChangePassword: { type: "boolean", input: false, required: false },
      },
    },
    // The library's own limiter keeps counts in memory per path; the per-account and per-address
    // slowing below replaces it for sign-in and is visible to the person.
    rateLimit: { enabled: false },
    advanced: {
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
      // Secure (and __Secure- prefixed) cookies exactly when the page is served over HTTPS; over
      // plain http (localhost, an intranet name without TLS) a Secure cookie would never come back.
      useSecureCookies: secure,
    },
    databaseHooks: {
      session: {
        create: {
          before: async (s) => {
            const row = db.select({ disabled: user.disabled }).from(user).where(eq(user.id, s.userId)).get();
            if (row?.disabled) throw new APIError("FORBIDDEN", { code: "ACCOUNT_DISABLED", message: "This account is disabled." });
          },
        },
        update: {
          // Idle expiry slides; the absolute limit since sign-in does not.
          before: async (data, ctx) => {
            const createdAt = ctx?.context.session?.session.createdAt;
            if (!createdAt || !data.expiresAt) return;
            return { data: { ...data, expiresAt: cappedExpiry(new Date(data.expiresAt), new Date(createdAt)) } };
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-in/email") {
          const email = typedEmail(ctx.body);
          const ip = ipOf(ctx.headers);
          const wait = throttleWait(db, { email, ip });
          if (wait > 0) {
            recordAudit(db, { actorId: null, actorEmail: email, action: "auth.sign-in", ip, outcome: "refused", detail: { reason: "slowed", wait } });
            throw slowed(wait);
          }
        }
        if (ctx.path === "/sign-out") {
          const current = await getSessionFromCtx(ctx).catch(() => null);
          if (current) recordAudit(db, { actorId: current.user.id, actorEmail: current.user.email, action: "auth.sign-out", ip: ipOf(ctx.headers), outcome: "ok" });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const ip = ipOf(ctx.headers);
        if (ctx.path === "/sign-in/email") {
          const email = typedEmail(ctx.body);
          const newSession = ctx.context.newSession;
          if (newSession && !isAPIError(ctx.context.returned)) {
            recordSuccess(db, email);
            recordAudit(db, { actorId: newSession.user.id, actorEmail: newSession.user.email, action: "auth.sign-in", ip, outcome: "ok" });
            return;
          }
          const returned = ctx.context.returned;
          const code = isAPIError(returned) ? String(returned.body?.code ?? returned.status) : "unknown";
          if (code === "SIGN_IN_SLOWED") return;
          const wait = recordFailure(db, { email, ip });
          recordAudit(db, { actorId: null, actorEmail: email, action: "auth.sign-in", ip, outcome: "failed", detail: { reason: code, ...(wait ? { wait } : {}) } });
          if (wait > 0) throw slowed(wait);
        }
        if (ctx.path === "/change-password") {
          const current = ctx.context.session ?? (await getSessionFromCtx(ctx).catch(() => null));
          const returned = ctx.context.returned;
          const ok = !isAPIError(returned);
          if (ok && current) db.update(user).set({ mustChangePassword: false, updatedAt: new Date() }).where(eq(user.id, current.user.id)).run();
          recordAudit(db, {
            actorId: current?.user.id ?? null,
            actorEmail: current?.user.email ?? null,
            action: "user.password-change",
            subject: current?.user.email ?? null,
            ip,
            outcome: ok ? "ok" : "failed",
            detail: ok ? null : { reason: isAPIError(returned) ? String(returned.body?.code ?? returned.status) : "unknown" },
          });
        }
      }),
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Served over HTTPS: directly, or behind a proxy that terminates TLS and says so. */
export function isHttps(headers: Headers, url?: string): boolean {
  if (headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https") return true;
  return url?.startsWith("https:") ?? false;
}

// Two instances per server process (plain http and HTTPS, differing only in cookie security),
// each made on first use so that importing this module (e.g. during `next build`) opens no
// database and writes no secret.
const globalForAuth = globalThis as unknown as { duikouAuth?: { plain?: Auth; secure?: Auth } };

export function getAuth(secure = false): Auth {
  const cache = (globalForAuth.duikouAuth ??= {});
  const key = secure ? "secure" : "plain";
  return (cache[key] ??= createAuth(getDb(), secure));
}

/** The instance whose cookies match how this request was served. */
export function authFor(headers: Headers, url?: string): Auth {
  return getAuth(isHttps(headers, url));
}
