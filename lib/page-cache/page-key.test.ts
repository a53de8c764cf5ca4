import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./page-key";

const request = (url: string, extra: Partial<{ method: string; locale: string; headers: Record<string, string> }> = {}) => {
  const u = new URL(url, "http://x");
  return { method: extra.method ?? "GET", pathname: u.pathname, search: u.search, locale: extra.locale ?? "zh-CN", headers: new Headers(extra.headers ?? {}) };
};

describe("pageCacheKey", () => {
  it("gives one key to every spelling of the same view", () => {
    const a = pageCacheKey(request("/?to=2022&district=500101&from=2013"));
    expect(a).toBe(pageCacheKey(request("/?from=2013&district=500101&to=2022&sector=")));
    expect(a).toBe("zh-CN|/|district=500101&from=2013&to=2022");
  });

  it("keeps languages, pages and filters apart", () => {
    const keys = [
      pageCacheKey(request("/")),
      pageCacheKey(request("/", { locale: "en" })),
      pageCacheKey(request("/map")),
      pageCacheKey(request("/?district=500101")),
      pageCacheKey(request("/districts/500101")),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("lets everything but a document GET of a dashboard page render", () => {
    expect(pageCacheKey(request("/", { method: "POST" }))).toBeNull();
    expect(pageCacheKey(request("/", { headers: { rsc: "1" } }))).toBeNull();
    expect(pageCacheKey(request("/?_rsc=abc"))).toBeNull();
    // What proxy.ts sees of a router prefetch once Next.js has stripped its flight headers
    // (recorded from Chromium on /compare): next-url and a fetch()'s metadata.
    expect(pageCacheKey(request("/map", { headers: { "next-url": "/compare", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" } }))).toBeNull();
    expect(pageCacheKey(request("/map", { headers: { "sec-fetch-dest": "empty" } }))).toBeNull();
    expect(pageCacheKey(request("/map", { headers: { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" } }))).toBe("zh-CN|/map|");
    expect(pageCacheKey(request("/api/totals"))).toBeNull();
    expect(pageCacheKey(request("/sign-in"))).toBeNull();
    expect(pageCacheKey(request("/data/import"))).toBeNull();
    expect(pageCacheKey(request("/districts/50010"))).toBeNull();
    expect(pageCacheKey(request(`/?q=${"x".repeat(2000)}`))).toBeNull();
  });

  it("renders for anyone carrying a cookie besides the language (a session or its signed copy)", () => {
    expect(pageCacheKey(request("/", { headers: { cookie: "NEXT_LOCALE=en" } }))).toBe("zh-CN|/|");
    expect(pageCacheKey(request("/", { headers: { cookie: "better-auth.session_token=abc.def" } }))).toBeNull();
    expect(pageCacheKey(request("/districts/500101", { headers: { cookie: "NEXT_LOCALE=zh-CN; __Secure-better-auth.session_data=xyz" } }))).toBeNull();
  });
});
