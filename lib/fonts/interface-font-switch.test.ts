import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { nonceOf, pagePolicy } from "@/lib/security/headers";
import { INTERFACE_FONT_HEAD_SCRIPT, INTERFACE_FONT_STAMP } from "./interface-font-switch";

/** Runs the head script against a stand-in for localStorage and <html>; returns the classes it set. */
function runHeadScript(stored: () => string | null): string[] {
  const classes: string[] = [];
  const localStorage = { getItem: () => stored() };
  const document = { documentElement: { classList: { add: (c: string) => classes.push(c) } } };
  new Function("localStorage", "document", INTERFACE_FONT_HEAD_SCRIPT)(localStorage, document);
  return classes;
}

describe("interface font switch", () => {
  it("records the committed subset files, regular then bold", () => {
    const files = fs.readdirSync("public/fonts").filter((f) => f.startsWith("noto-sans-sc-ui-")).sort();
    expect(INTERFACE_FONT_STAMP).toBe(files.map((f) => `/fonts/${f}`).join(" "));
  });

  it("switches before the first paint only when this browser recorded these very files", () => {
    expect(runHeadScript(() => INTERFACE_FONT_STAMP)).toEqual(["ui-font"]);
    expect(runHeadScript(() => null)).toEqual([]);
    // An older subset (other URLs) is not in the cache any more: the system font until fetched again.
    expect(runHeadScript(() => "/fonts/noto-sans-sc-ui-400-000000000000.woff2 /fonts/noto-sans-sc-ui-700-000000000000.woff2")).toEqual([]);
    // Storage refused (privacy settings): no error before the page's own scripts.
    expect(
      runHeadScript(() => {
        throw new Error("SecurityError");
      }),
    ).toEqual([]);
  });

  it("puts the request's CSP nonce on the head script", () => {
    expect(nonceOf(pagePolicy("q1w2+e3/r4==", false))).toBe("q1w2+e3/r4==");
    expect(nonceOf(null)).toBeUndefined();
    expect(nonceOf("default-src 'self'")).toBeUndefined();
  });
});
