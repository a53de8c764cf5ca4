import { describe, expect, it } from "vitest";
import { safeNextPath, signInHref } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site with its filters", () => {
    expect(safeNextPath("/districts/500101?from=2013&to=2022&sector=citrus")).toBe("/districts/500101?from=2013&to=2022&sector=citrus");
  });
  it("refuses other sites, however they are spelt", () => {
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "evil", "/\nx"]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
  it("falls back on nothing, an array's first item, and an overlong value", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(["/map", "/x"])).toBe("/map");
    expect(safeNextPath(`/${"a".repeat(2100)}`)).toBe("/");
  });
  it("builds a sign-in link that round-trips", () => {
    const path = "/?district=500101,500102&from=2013";
    const href = signInHref(path);
    expect(safeNextPath(new URL(href, "http://x").searchParams.get("next"))).toBe(path);
    expect(signInHref("/")).toBe("/sign-in");
  });
});
