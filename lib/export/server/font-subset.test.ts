import fontkit from "@pdf-lib/fontkit";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { subsetFont } from "./font-subset";

/** The table directory of an SFNT font, read here by hand so the test does not trust the subsetter. */
function tableTags(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => String.fromCharCode(...bytes.subarray(12 + i * 16, 16 + i * 16)));
}

// HarfBuzz compiles its wasm on first use: seconds on a busy machine.
describe("subsetFont", { timeout: 30_000 }, () => {
  it("keeps only the glyphs asked for, with a cmap fontkit (and so browsers and pdf-lib) can read", async () => {
    const text = "引入资金：按受援区县 万州区 2013–2022 亿元 Abc";
    const bytes = await subsetFont(400, text);
    expect(bytes.byteLength).toBeLessThan(40_000);
    expect(tableTags(bytes)).toEqual(expect.arrayContaining(["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"]));
    const font = fontkit.create(Buffer.from(bytes));
    const distinct = new Set([" ", ...text]).size;
    expect(font.numGlyphs).toBe(distinct + 1);
    for (const char of "万州区亿元A2–") {
      const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
      expect(glyph.id, char).toBeGreaterThan(0);
      expect(glyph.advanceWidth).toBeGreaterThan(0);
      expect(glyph.path.toSVG().length, char).toBeGreaterThan(0);
    }
    expect(font.glyphForCodePoint("省".codePointAt(0)!).id).toBe(0);
  });

  it("draws every glyph with the same outline and advance as the full font", async () => {
    const full = fontkit.create(fs.readFileSync("node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"));
    const text = "万州区涪陵区渝中区大渡口区江北区沙坪坝区九龙坡区南岸区北碚区渝北区巴南区长寿区江津区开州区云阳县奉节县巫山县巫溪县忠县丰都县武隆区石柱土家族自治县夷陵区秭归县兴山县巴东县上海市浙江省宁波市引入资金（亿元）示例数据：按受援区县 1,794.00 –—·；Funds";
    const sub = fontkit.create(Buffer.from(await subsetFont(700, text)));
    for (const char of new Set(text)) {
      const code = char.codePointAt(0)!;
      const a = full.glyphForCodePoint(code);
      const b = sub.glyphForCodePoint(code);
      expect(b.path.toSVG(), char).toBe(a.path.toSVG());
      expect(b.advanceWidth, char).toBe(a.advanceWidth);
    }
  });

  it("answers the same question twice from its cache", async () => {
    const a = subsetFont(400, "重复的问题");
    expect(subsetFont(400, "重复的问题")).toBe(a);
    expect((await a).byteLength).toBeGreaterThan(0);
  });
});
