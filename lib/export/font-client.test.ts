import { describe, expect, it } from "vitest";
import { encodeFontChars, MAX_FONT_CODE_LENGTH } from "./font-chars-code";
import { fontSubset, toBase64 } from "./font-client";
import { fontWeightOf } from "./dom-to-svg";

describe("toBase64", () => {
  it("encodes bytes as base64, also past the chunk size", () => {
    expect(toBase64(new Uint8Array([0, 1, 2, 253, 254, 255]))).toBe(Buffer.from([0, 1, 2, 253, 254, 255]).toString("base64"));
    const big = new Uint8Array(100_000).map((_, i) => (i * 7) & 0xff);
    expect(toBase64(big)).toBe(Buffer.from(big).toString("base64"));
  });
});

describe("fontWeightOf", () => {
  it("draws 600 and heavier with the bold subset", () => {
    expect(["400", "500", "normal"].map(fontWeightOf)).toEqual([400, 400, 400]);
    expect(["600", "700", "bold", "900"].map(fontWeightOf)).toEqual([700, 700, 700, 700]);
  });
});

describe("fontSubset", () => {
  it("asks by GET with the characters in the path, and by POST when they would not fit a URL", async () => {
    const calls: { url: string; method: string; body?: string }[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      calls.push({ url, method: init?.method ?? "GET", body: init?.body as string | undefined });
      return new Response(new Uint8Array([0, 1, 0, 0]));
    }) as typeof fetch;
    try {
      await fontSubset(400, "万州");
      expect(calls).toEqual([{ url: `/api/export/font/400/${encodeFontChars("万州")}`, method: "GET", body: undefined }]);
      // 3200 characters 33 code points apart (from U+20000): each gap takes 2 digits, 6400 in all, past the cap.
      const many = Array.from({ length: 3200 }, (_, i) => String.fromCodePoint(0x20000 + i * 33)).join("");
      expect(encodeFontChars(many).length).toBeGreaterThan(MAX_FONT_CODE_LENGTH);
      await fontSubset(700, many);
      expect(calls[1]!.method).toBe("POST");
      expect(calls[1]!.url).toBe("/api/export/font");
      expect(JSON.parse(calls[1]!.body!)).toEqual({ weight: 700, text: many });
    } finally {
      globalThis.fetch = original;
    }
  });
});
