import { describe, expect, it } from "vitest";
import facts from "@/db/seed/data/facts.json";
import { placeName, placeNameOf, placeNames } from "./place-names";

describe("the name table", () => {
  it("holds every district and supporter of the facts, full and short, in both languages", () => {
    for (const p of [...facts.districts, ...facts.supporters]) {
      const names = placeNames(p.code);
      expect(names, p.code).toEqual({ zh: p.zh, en: p.en, shortZh: p.short.zh, shortEn: p.short.en });
      // A short form is a shortening of its full form, never another name.
      expect(p.zh.startsWith(p.short.zh.replace(/县$/, "")), p.zh).toBe(true);
      expect(p.en.startsWith(p.short.en), p.en).toBe(true);
    }
    expect(facts.districts).toHaveLength(14);
    expect(facts.supporters).toHaveLength(23);
  });

  it("names 忠县 / Zhong County, short 忠县 / Zhong; 石柱 and 广西 by their place names", () => {
    expect(placeNameOf("500233", "zh-CN")).toBe("忠县");
    expect(placeNameOf("500233", "en")).toBe("Zhong County");
    expect(placeNameOf("500233", "zh-CN", "short")).toBe("忠县");
    expect(placeNameOf("500233", "en", "short")).toBe("Zhong");
    expect(placeNameOf("500240", "zh-CN", "short")).toBe("石柱县");
    expect(placeNameOf("500240", "en", "short")).toBe("Shizhu");
    expect(placeNameOf("450000", "en", "short")).toBe("Guangxi");
  });

  it("falls back to a place's own names when the table does not know it", () => {
    expect(placeName({ code: "999999", nameZh: "新区", nameEn: "New District" }, "en", "short")).toBe("New District");
    expect(placeNameOf("999999", "en")).toBe("999999");
  });
});
