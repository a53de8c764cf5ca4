import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { parseScope, personFromRow, toRole } from "./person";
import { refusalMessage } from "./refusal-message";
import { localeFromHeaders } from "./request-locale";
import { isCrossSite } from "./same-origin";
import { cappedExpiry, SESSION_MAX_SECONDS } from "./session-policy";

const h = (init: Record<string, string>) => new Headers(init);

describe("isCrossSite", () => {
  it("accepts a POST whose Origin is this host", () => {
    expect(isCrossSite(h({ origin: "http://127.0.0.1:3107", host: "127.0.0.1:3107" }))).toBe(false);
  });
  it("refuses another origin, another port of the same host, and the opaque origin", () => {
    expect(isCrossSite(h({ origin: "https://evil.example", host: "127.0.0.1:3107" }))).toBe(true);
    expect(isCrossSite(h({ origin: "http://127.0.0.1:3999", host: "127.0.0.1:3107" }))).toBe(true);
    expect(isCrossSite(h({ origin: "null", host: "127.0.0.1:3107" }))).toBe(true);
  });
  it("judges by Sec-Fetch-Site when there is no Origin", () => {
    expect(isCrossSite(h({ "sec-fetch-site": "cross-site", host: "a" }))).toBe(true);
    expect(isCrossSite(h({ "sec-fetch-site": "same-site", host: "a" }))).toBe(true);
    expect(isCrossSite(h({ "sec-fetch-site": "same-origin", host: "a" }))).toBe(false);
  });
  it("lets a request with neither header through to the session and scope checks", () => {
    expect(isCrossSite(h({ host: "a" }))).toBe(false);
  });
  it("accepts an origin the administrator trusts", () => {
    expect(isCrossSite(h({ origin: "https://portal.example", host: "a" }), ["https://portal.example"])).toBe(false);
  });
  it("uses the forwarded host behind a proxy", () => {
    expect(isCrossSite(h({ origin: "https://duikou.example", host: "127.0.0.1:3000", "x-forwarded-host": "duikou.example" }))).toBe(false);
  });
});

describe("clientIp", () => {
  it("takes the first forwarded address", () => {
    expect(clientIp(h({ "x-forwarded-for": "10.1.2.3, 172.16.0.1" }))).toBe("10.1.2.3");
    expect(clientIp(h({ "x-real-ip": "::1" }))).toBe("::1");
  });
  it("ignores what is not an address", () => {
    expect(clientIp(h({ "x-forwarded-for": "<script>" }))).toBeNull();
    expect(clientIp(h({}))).toBeNull();
  });
});

describe("person rows", () => {
  it("splits scopes and drops blanks and repeats", () => {
    expect(parseScope(" 500101,,500102,500101 ")).toEqual(["500101", "500102"]);
    expect(parseScope("")).toEqual([]);
  });
  it("reads an unknown role as viewer", () => {
    expect(toRole("root")).toBe("viewer");
    expect(toRole("editor")).toBe("editor");
  });
  it("builds the Person the scope check takes", () => {
    const p = personFromRow({ id: "u1", email: "a@b.cn", name: "A", role: "editor", scopeDistricts: "500101", scopeSupporters: "", disabled: false });
    expect(p).toEqual({ id: "u1", email: "a@b.cn", name: "A", role: "editor", districts: ["500101"], supporters: [], disabled: false });
  });
});

describe("refusalMessage", () => {
  it("names the district an editor may not change, in either language", () => {
    const reason = { code: "out-of-scope", district: "500102", supporter: null } as const;
    const nameOf = (c: string) => ({ "500102": "涪陵区" })[c];
    expect(refusalMessage(reason, "zh-CN", nameOf)).toBe("您的账户无权修改涪陵区的数据。");
    expect(refusalMessage(reason, "en", () => "Fuling")).toBe("Your account may not change figures for Fuling.");
  });
  it("says program-wide when the target has neither district nor supporter", () => {
    expect(refusalMessage({ code: "out-of-scope", district: null, supporter: null }, "zh-CN")).toContain("全库区");
  });
  it("has a sentence for every other reason", () => {
    for (const code of ["signed-out", "disabled", "viewer", "admin-only", "no-scope", "not-uploader", "cross-site", "must-change-password"] as const) {
      expect(refusalMessage({ code }, "en")).toMatch(/^[A-Z].+\.$/);
      expect(refusalMessage({ code }, "zh-CN")).toMatch(/。$/);
    }
  });
});

describe("localeFromHeaders", () => {
  it("prefers the language cookie, then Accept-Language, then Chinese", () => {
    expect(localeFromHeaders(h({ cookie: "a=1; NEXT_LOCALE=en", "accept-language": "zh-CN" }))).toBe("en");
    expect(localeFromHeaders(h({ "accept-language": "en-GB,en;q=0.9" }))).toBe("en");
    expect(localeFromHeaders(h({}))).toBe("zh-CN");
  });
});

describe("cappedExpiry", () => {
  it("never extends a session past 7 days from sign-in", () => {
    const signedIn = new Date("2026-01-01T00:00:00Z");
    const late = new Date("2026-01-09T00:00:00Z");
    expect(cappedExpiry(late, signedIn).getTime()).toBe(signedIn.getTime() + SESSION_MAX_SECONDS * 1000);
    const early = new Date("2026-01-01T08:00:00Z");
    expect(cappedExpiry(early, signedIn)).toEqual(early);
  });
});
