import { describe, expect, it } from "vitest";
import { cmapFormat4, lookupFormat4, postVersion3, readSfntTables, writeSfnt } from "./sfnt";

describe("cmapFormat4", () => {
  it("maps every code point it was given, in runs and alone, and nothing else", () => {
    const mapping = new Map<number, number>([[0x20, 1], [0x30, 5], [0x31, 9], [0x32, 2], [0x4e07, 3], [0x5dde, 4], [0xff1a, 7]]);
    const cmap = cmapFormat4(mapping);
    for (const [code, glyph] of mapping) expect(lookupFormat4(cmap, code)).toBe(glyph);
    for (const code of [0x21, 0x2f, 0x33, 0x4e08, 0xffff]) expect(lookupFormat4(cmap, code)).toBe(0);
  });

  it("declares one Unicode BMP subtable with a consistent length", () => {
    const cmap = cmapFormat4(new Map([[0x41, 1]]));
    const view = new DataView(cmap.buffer);
    expect([view.getUint16(2), view.getUint16(4), view.getUint16(6), view.getUint32(8)]).toEqual([1, 3, 1, 12]);
    expect(view.getUint16(12)).toBe(4);
    expect(view.getUint16(14)).toBe(cmap.byteLength - 12);
  });
});

describe("writeSfnt", () => {
  const head = new Uint8Array(54);
  new DataView(head.buffer).setUint32(12, 0x5f0f3cf5);
  const tables = new Map([["head", head], ["maxp", new Uint8Array([0, 0, 0x50, 0, 0, 3])], ["cmap", cmapFormat4(new Map([[0x41, 1]]))]]);
  const font = writeSfnt(tables);

  it("round-trips its tables, sorted and 4-byte aligned", () => {
    const read = readSfntTables(font);
    expect([...read.keys()]).toEqual(["cmap", "head", "maxp"]);
    expect([...read.get("maxp")!]).toEqual([0, 0, 0x50, 0, 0, 3]);
    const view = new DataView(font.buffer);
    for (let i = 0; i < 3; i++) expect(view.getUint32(12 + i * 16 + 8) % 4).toBe(0);
  });

  it("sets head.checkSumAdjustment so the whole font sums to the magic number", () => {
    const view = new DataView(font.buffer);
    let sum = 0;
    for (let i = 0; i < font.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it("writes post version 3 from the original header", () => {
    const original = new Uint8Array(40).fill(7);
    const post = postVersion3(original);
    expect(post.byteLength).toBe(32);
    expect(new DataView(post.buffer).getUint32(0)).toBe(0x00030000);
    expect(post[8]).toBe(7);
  });
});
