import fontkit from "@pdf-lib/fontkit";
import { describe, expect, it } from "vitest";
import { subsetFont } from "./font-subset";
import { lookupFormat4, readSfntTables } from "./sfnt";

describe("subsetFont", () => {
  it("keeps only the glyphs asked for, with a cmap fontkit (and so browsers and pdf-lib) can read", async () => {
    const text = "引入资金：按受援区县 万州区 2013–2022 亿元 Abc";
    const bytes = await subsetFont(400, text);
    expect(bytes.byteLength).toBeLessThan(40_000);
    const tables = readSfntTables(bytes);
    expect([...tables.keys()].sort()).toEqual(expect.arrayContaining(["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"]));
    const font = fontkit.create(bytes);
    const distinct = new Set([" ", ...text]).size;
    expect(font.numGlyphs).toBe(distinct + 1);
    for (const char of "万州区亿元A2–") {
      const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
      expect(glyph.id, char).toBeGreaterThan(0);
      expect(glyph.advanceWidth).toBeGreaterThan(0);
      expect(glyph.path.toSVG().length, char).toBeGreaterThan(0);
    }
    expect(font.glyphForCodePoint("省".codePointAt(0)!).id).toBe(0);
    expect(lookupFormat4(tables.get("cmap")!, "万".codePointAt(0)!)).toBe(font.glyphForCodePoint("万".codePointAt(0)!).id);
  });

  it("draws every glyph with the same outline and advance as the full font", async () => {
    const fs = await import("node:fs");
    const full = fontkit.create(fs.readFileSync("node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"));
    const text = "万州区涪陵区渝中区大渡口区江北区沙坪坝区九龙坡区南岸区北碚区渝北区巴南区长寿区江津区开州区云阳县奉节县巫山县巫溪县忠县丰都县武隆区石柱土家族自治县夷陵区秭归县兴山县巴东县上海市浙江省宁波市引入资金（亿元）示例数据：按受援区县 1,794.00 –—·；Funds";
    const sub = fontkit.create(await subsetFont(700, text));
    for (const char of new Set(text)) {
      const code = char.codePointAt(0)!;
      const a = full.glyphForCodePoint(code);
      const b = sub.glyphForCodePoint(code);
      expect(b.path.toSVG(), char).toBe(a.path.toSVG());
      expect(b.advanceWidth, char).toBe(a.advanceWidth);
    }
  });
});
