import { describe, expect, it } from "vitest";
import { toBase64 } from "./font-client";
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
