import fontkit from "@pdf-lib/fontkit";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import facts from "@/db/seed/data/facts.json";
import { interfaceCharacters } from "./interface-characters";
import { INTERFACE_FONT_FILES } from "./interface-font";

// The committed subsets, read back by a real font reader (fontkit), not by the script that cut them.
const fonts = Object.entries(INTERFACE_FONT_FILES).map(([weight, url]) => {
  const bytes = fs.readFileSync(path.join("public", url));
  return { weight, url, bytes, font: fontkit.create(bytes) };
});

function missing(text: string): string[] {
  const chars = [...new Set(text)].filter((c) => /\S/.test(c) && c.codePointAt(0)! < 0x1f000);
  return fonts.flatMap(({ weight, font }) => chars.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!)).map((c) => `${weight}:${c}`));
}

const HINT = "a message or seed file has characters the interface font lacks: run `npm run fonts:interface` and commit";

describe("the interface font subsets", () => {
  it("are Noto Sans SC, regular and bold, named by the hash of their content (cacheable for good)", () => {
    expect(fonts.map((f) => f.font.postscriptName).sort()).toEqual(["NotoSansSC-Bold", "NotoSansSC-Regular"]);
    for (const { url, bytes } of fonts) {
      const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
      expect(url).toMatch(new RegExp(`-${hash}\\.woff2$`));
    }
  });

  it("hold every district and supporter name, full and short (facts.json)", () => {
    const names = [...facts.districts, ...facts.supporters].flatMap((p) => Object.values(p).filter((v): v is string => typeof v === "string"));
    expect(missing(names.join("")), HINT).toEqual([]);
  });

  it("hold every character of every Chinese message", () => {
    const dir = "lib/i18n/messages/zh-CN";
    const text = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("");
    expect(missing(text), HINT).toEqual([]);
  });

  it("hold every character the repository's sources can show that Noto Sans SC draws (the set the script cuts)", () => {
    // A character the full font lacks too (e.g. ▾) falls back to the next family in the stack either way.
    const full = fontkit.create(fs.readFileSync("node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"));
    const drawable = [...interfaceCharacters(process.cwd())].filter((c) => full.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(drawable.length).toBeGreaterThan(900);
    expect(missing(drawable.join("")), HINT).toEqual([]);
  });

  it("are the files the stylesheet declares, one @font-face per weight", () => {
    const css = fs.readFileSync("app/interface-font.css", "utf8");
    const declared = [...css.matchAll(/font-weight: (\d+);[^}]*url\("([^"]+)"\)/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(declared)).toEqual({ ...INTERFACE_FONT_FILES });
  });
});
