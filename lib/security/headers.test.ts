import { describe, expect, it } from "vitest";
import { API_POLICY, apiCacheControl, handlerSetsCacheControl, newNonce, pagePolicy, STATIC_SECURITY_HEADERS } from "./headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("security headers", () => {
  it("allows scripts only with the request's nonce, and no eval in production", () => {
    const policy = directives(pagePolicy("abc123", false));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(pagePolicy("abc123", false)).not.toContain("unsafe-eval");
    expect(pagePolicy("abc123", true)).toContain("'unsafe-eval'");
  });

  it("forbids framing and plugins, allows blob:/data: only for images, fonts and workers", () => {
    const policy = directives(pagePolicy("n", false));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "blob:", "data:"]);
    expect(policy.get("font-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(directives(API_POLICY).get("default-src")).toEqual(["'none'"]);
  });

  it("sends nosniff, a referrer policy, a permissions policy and COOP everywhere", () => {
    expect(STATIC_SECURITY_HEADERS).toMatchObject({ "x-content-type-options": "nosniff", "cross-origin-opener-policy": "same-origin", "x-frame-options": "DENY" });
    expect(STATIC_SECURITY_HEADERS["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(STATIC_SECURITY_HEADERS["permissions-policy"]).toContain("camera=()");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("never stores records or exports; revalidates other data", () => {
    expect(apiCacheControl("/api/records")).toBe("no-store");
    expect(apiCacheControl("/api/records/export")).toBe("no-store");
    expect(apiCacheControl("/api/export/font")).toBe("no-store");
    expect(apiCacheControl("/api/totals")).toBe("no-cache");
  });
});

describe("handlerSetsCacheControl", () => {
  it("leaves the chart APIs and the content-keyed font subsets to their handlers, nothing else", () => {
    for (const p of ["/api/totals", "/api/series", "/api/breakdown", "/api/top-records", "/api/flows", "/api/export/font/400/Tg"]) expect(handlerSetsCacheControl(p), p).toBe(true);
    for (const p of ["/api/export/font", "/api/records", "/api/records/export", "/api/totals/x", "/api/export/font/400", "/api/progress"]) expect(handlerSetsCacheControl(p), p).toBe(false);
  });
});
