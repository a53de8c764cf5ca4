import { describe, expect, it } from "vitest";
import { parseAmount, parseYear } from "./normalise";
import { buildLookup } from "./reference";

describe("cell normalisation", () => {
  it("converts units written in the cell to 万元 and reads separators and full-width digits", () => {
    // 5亿元 = 50,000 万元; 3000万元 = 3,000 万元; 1,234,000元 = 123.4 万元 (not whole → refused).
    expect(parseAmount("5亿元", { money: true })).toEqual({ ok: true, value: 50_000 });
    expect(parseAmount("3000万元", { money: true })).toEqual({ ok: true, value: 3_000 });
    expect(parseAmount("１２，３４５", { money: true })).toEqual({ ok: true, value: 12_345 });
    expect(parseAmount("1,234,000元", { money: true })).toEqual({ ok: false, reason: "fraction" });
    expect(parseAmount("12,340,000元", { money: true })).toEqual({ ok: true, value: 1_234 });
    expect(parseAmount("1.1亿", { money: true })).toEqual({ ok: true, value: 11_000 });
    expect(parseAmount("5所", { money: false, unitWords: ["所"] })).toEqual({ ok: true, value: 5 });
    expect(parseAmount("5亿元", { money: false, unitWords: ["所"] })).toEqual({ ok: false, reason: "unit" });
    expect(parseAmount("-3", { money: true })).toEqual({ ok: false, reason: "negative" });
    expect(parseAmount("abc", { money: true })).toEqual({ ok: false, reason: "notNumber" });
    expect(parseAmount("", { money: true })).toEqual({ ok: false, reason: "empty" });
  });

  it("reads years as numbers or text and names an Excel date serial", () => {
    expect(parseYear(2021, 2026)).toEqual({ ok: true, value: 2021 });
    expect(parseYear("２０２１年", 2026)).toEqual({ ok: true, value: 2021 });
    expect(parseYear("2021.0", 2026)).toEqual({ ok: true, value: 2021 });
    expect(parseYear(44197, 2026)).toEqual({ ok: false, reason: "serialDate" });
    expect(parseYear(1991, 2026)).toEqual({ ok: false, reason: "range" });
    expect(parseYear(2027, 2026)).toEqual({ ok: false, reason: "range" });
    expect(parseYear("21年", 2026)).toEqual({ ok: false, reason: "range" });
  });
});

describe("reference lookup", () => {
  const lookup = buildLookup({
    districts: [
      { code: "500101", zh: "万州区", en: "Wanzhou District" },
      { code: "500240", zh: "石柱土家族自治县", en: "Shizhu Tujia Autonomous County" },
      { code: "500154", zh: "开州区", en: "Kaizhou District", formerCode: "500234" },
    ],
    supporters: [
      { code: "310000", zh: "上海市", en: "Shanghai" },
      { code: "440000", zh: "广东省", en: "Guangdong" },
      { code: "440300", zh: "深圳市", en: "Shenzhen", parent: "440000" },
      { code: "640000", zh: "宁夏回族自治区", en: "Ningxia" },
    ],
    pairings: new Set(["440000|500101"]),
  });

  it("recognises districts and supporters by code, full name, short name and English name", () => {
    for (const text of ["万州区", "万州", "500101", "Wanzhou", "wanzhou district", " 万州 "]) expect(lookup.district(text)?.code, text).toBe("500101");
    expect(lookup.district("石柱")?.code).toBe("500240");
    expect(lookup.district("500234")?.code).toBe("500154");
    for (const text of ["上海市", "上海", "310000", "shanghai"]) expect(lookup.supporter(text)?.code, text).toBe("310000");
    expect(lookup.supporter("宁夏")?.code).toBe("640000");
    expect(lookup.supporter("深圳")?.code).toBe("440300");
    expect(lookup.district("万")).toBeNull();
    expect(lookup.supporter("火星")).toBeNull();
  });

  it("counts a city's province pairing as a known pairing", () => {
    expect(lookup.isPairing("440300", "500101")).toBe(true);
    expect(lookup.isPairing("310000", "500101")).toBe(false);
  });
});
