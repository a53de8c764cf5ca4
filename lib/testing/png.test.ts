import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodePng, encodePng, hasPngSignature, luminanceVariance } from "./png";

describe("test PNG helpers", () => {
  it("round-trips an image and measures whether it is blank", () => {
    const rgba = new Uint8Array(4 * 3 * 2).fill(255);
    const blank = decodePng(encodePng(3, 2, rgba));
    expect([blank.width, blank.height, blank.channels]).toEqual([3, 2, 4]);
    expect(luminanceVariance(blank)).toBe(0);
    rgba.set([0, 0, 0, 255], 4);
    const marked = decodePng(encodePng(3, 2, rgba));
    expect(hasPngSignature(encodePng(3, 2, rgba))).toBe(true);
    expect(luminanceVariance(marked)).toBeGreaterThan(1000);
  });

  it("undoes the sub, up, average and Paeth filters", () => {
    // 2×2 RGB, one row with filter 1 (sub) and one with filter 4 (Paeth).
    const rows = [1, 10, 20, 30, 5, 5, 5, 4, 1, 1, 1, 2, 2, 2];
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
    const chunk = (type: string, body: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length);
      head.write(type, 4, "ascii");
      return Buffer.concat([head, body, Buffer.alloc(4)]);
    };
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.from(rows))), chunk("IEND", Buffer.alloc(0))]);
    expect([...decodePng(png).pixels]).toEqual([10, 20, 30, 15, 25, 35, 11, 21, 31, 17, 27, 37]);
  });
});
