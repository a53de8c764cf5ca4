import { describe, expect, it } from "vitest";
import { compareChartData, compareSummary, compareTable, compareTotals, compareYears } from "./compare-shapes";
import type { ComparePoint } from "./queries/compare";

const t = (key: string, values: Record<string, string | number> = {}) => `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})`;
const p = (code: string, year: number, value: number, cumulative = 0, demo = 0): ComparePoint => ({ metric: "funds", code, year, value, demo, cumulative, joint: 0 });
const points = [p("500101", 2020, 10_000), p("500101", 2021, 30_000, 0, 30_000), p("500102", 2021, 5_000), p("500102", 2022, 65_000, 60_000)];
const entities = [{ code: "500101", label: "万州区" }, { code: "500102", label: "涪陵区" }];
const codes = entities.map((e) => e.code);

describe("compare shaping", () => {
  it("fills every year with zeros and leaves multi-year records out of the yearly values", () => {
    const years = compareYears(points, codes, 2020, 2022);
    expect(years).toEqual([
      { year: 2020, values: { "500101": 10_000, "500102": 0 } },
      { year: 2021, values: { "500101": 30_000, "500102": 5_000 } },
      { year: 2022, values: { "500101": 0, "500102": 5_000 } },
    ]);
    expect(compareChartData(years, "funds")).toEqual([
      { year: 2020, "500101": 1, "500102": 0 },
      { year: 2021, "500101": 3, "500102": 0.5 },
      { year: 2022, "500101": 0, "500102": 0.5 },
    ]);
  });

  it("totals everything, multi-year records included", () => {
    expect(compareTotals(points, codes)).toEqual([
      { code: "500101", value: 40_000, demo: 30_000, cumulative: 0 },
      { code: "500102", value: 70_000, demo: 0, cumulative: 60_000 },
    ]);
  });

  it("tabulates years, the multi-year part and the total", () => {
    const years = compareYears(points, codes, 2020, 2022);
    const table = compareTable(years, compareTotals(points, codes), entities, "funds", "zh-CN", t);
    expect(table.columns).toEqual(["compare.year()", "万州区（亿元）", "涪陵区（亿元）"]);
    expect(table.rows).toEqual([
      ["2020", "1", "0"],
      ["2021", "3", "0.5"],
      ["2022", "0", "0.5"],
      ["compare.cumulative()", "0", "6"],
      ["compare.total()", "4", "7"],
    ]);
  });

  it("ranks the entities in one sentence with the ratio of largest to smallest", () => {
    const totals = compareTotals(points, codes);
    expect(compareSummary(totals, entities, "funds", { from: 2020, to: 2022 }, "zh-CN", t, t)).toBe(
      "compare.summary(metric=引入资金,unit=亿元,from=2020,to=2022,list=万州区 4亿元，涪陵区 1亿元compareExtra(value=6,unit=亿元))compare.summaryRatio(top=万州区,bottom=涪陵区,ratio=4)",
    );
  });

  it("never lets a multi-year total make the largest: 丰都's 66 projects are a flat line and named apart", () => {
    const batch = compareTotals([p("500230", 2022, 66, 66), p("500101", 2021, 3)], ["500230", "500101"]);
    const names = [{ code: "500230", label: "丰都县" }, { code: "500101", label: "万州区" }];
    expect(compareSummary(batch, names, "projects", { from: 1992, to: 2022 }, "zh-CN", t, t)).toBe(
      "compare.summary(metric=产业合作项目,unit=个,from=1992,to=2022,list=万州区 3个，丰都县 0个compareExtra(value=66,unit=个))compare.summaryZero(bottom=丰都县)",
    );
  });

  it("says when the smallest has nothing, and when nobody has anything", () => {
    const zero = compareTotals([p("500101", 2020, 10_000)], codes);
    expect(compareSummary(zero, entities, "funds", { from: 2020, to: 2022 }, "en", t, t)).toBe(
      "compare.summary(metric=Funds introduced,unit=yuan,from=2020,to=2022,list=万州区 100 million yuan, 涪陵区 0 yuan)compare.summaryZero(bottom=涪陵区)",
    );
    expect(compareSummary(compareTotals([], codes), entities, "funds", { from: 2020, to: 2022 }, "zh-CN", t, t)).toBe("compare.summaryEmpty(metric=引入资金,unit=亿元,from=2020,to=2022)");
  });
});
