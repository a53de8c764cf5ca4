import { describe, expect, it } from "vitest";
import zh from "./i18n/messages/zh-CN/core.json";
import en from "./i18n/messages/en/core.json";
import { catalogNames, describeFilters, filterSlug, type CaptionText } from "./describe";
import { DEFAULT_FILTERS } from "./filters";

const names = {
  district: (c: string) => ({ "500101": { zh: "万州区", en: "Wanzhou District" }, "500102": { zh: "涪陵区", en: "Fuling District" } })[c],
  supporter: (c: string) => ({ "310000": { zh: "上海市", en: "Shanghai" } })[c],
};
const textFrom = (messages: typeof zh): CaptionText => (key, values = {}) =>
  messages.filters.caption[key].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

describe("describeFilters", () => {
  it("words the filter as the issue asks (区县：万州区；年份：2013–2022)", () => {
    const filters = { ...DEFAULT_FILTERS, districts: ["500101"], yearFrom: 2013 };
    expect(describeFilters(filters, names, "zh-CN", textFrom(zh))).toBe("区县：万州区；年份：2013–2022");
    expect(describeFilters(filters, names, "en", textFrom(en))).toBe("Districts: Wanzhou District; Years: 2013–2022");
  });

  it("says 全库区 without a scope filter, and lists sectors and supporters", () => {
    expect(describeFilters(DEFAULT_FILTERS, names, "zh-CN", textFrom(zh))).toBe("全库区；年份：1992–2022");
    const filters = { ...DEFAULT_FILTERS, supporters: ["310000"], sectors: ["citrus" as const] };
    expect(describeFilters(filters, names, "zh-CN", textFrom(zh))).toBe("支援方：上海市；产业：柑橘；年份：1992–2022");
  });

  it("shortens long lists", () => {
    const filters = { ...DEFAULT_FILTERS, districts: ["500101", "500102", "500101", "500102", "500101"] };
    expect(describeFilters(filters, names, "zh-CN", textFrom(zh))).toContain("等5个");
  });
});

describe("filterSlug", () => {
  it("names files after the filter", () => {
    expect(filterSlug({ ...DEFAULT_FILTERS, districts: ["500101"], yearFrom: 2013 })).toBe("500101_2013-2022");
    expect(filterSlug(DEFAULT_FILTERS)).toBe("all_1992-2022");
  });
});

describe("a province with its cities", () => {
  const catalog = {
    districts: [],
    supporters: [
      { code: "440000", nameZh: "广东省", nameEn: "Guangdong", parentCode: null },
      { code: "440100", nameZh: "广州市", nameEn: "Guangzhou", parentCode: "440000" },
      { code: "440300", nameZh: "深圳市", nameEn: "Shenzhen", parentCode: "440000" },
    ],
  };
  it("is one entry naming the cities it covers, as the profile's codes or the filter's province", () => {
    const lookup = catalogNames(catalog);
    const byFilter = { ...DEFAULT_FILTERS, supporters: ["440000"] };
    const byProfile = { ...DEFAULT_FILTERS, supporters: ["440000", "440100", "440300"] };
    expect(describeFilters(byFilter, lookup, "zh-CN", textFrom(zh))).toBe("支援方：广东省（含广州市、深圳市）；年份：1992–2022");
    expect(describeFilters(byProfile, lookup, "zh-CN", textFrom(zh))).toBe("支援方：广东省（含广州市、深圳市）；年份：1992–2022");
    expect(describeFilters(byFilter, lookup, "en", textFrom(en))).toBe("Supporters: Guangdong (with Guangzhou, Shenzhen); Years: 1992–2022");
    expect(describeFilters({ ...byFilter, excludeCities: true }, lookup, "zh-CN", textFrom(zh))).toBe("支援方：广东省（不含下属城市）；年份：1992–2022");
  });
});
