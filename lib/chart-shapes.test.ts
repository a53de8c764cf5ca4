import { describe, expect, it } from "vitest";
import { breakdownData, breakdownLabel, breakdownSummary, rankedRows, stackedTable, trendData, trendRows, trendSummary } from "./chart-shapes";
import type { BreakdownRow } from "./queries/breakdown";

const t = (key: string, values: Record<string, string | number> = {}) => `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})`;
const row = (code: string, value: number, demo: number, parent?: [string, string]): BreakdownRow => ({
  code, nameZh: `区${code}`, nameEn: `D${code}`, parentZh: parent?.[0] ?? null, parentEn: parent?.[1] ?? null, value, demo, joint: 0,
});

describe("trend shaping", () => {
  const points = [
    { year: 2021, value: 30_000, demo: 10_000, cumulative: 0, spanFrom: null },
    { year: 2022, value: 80_000, demo: 20_000, cumulative: 50_000, spanFrom: 1992 },
  ];
  const span = (from: number, to: number) => `${from}–${to}累计`;

  it("draws a multi-year figure apart, labelled with its span, and the years without it", () => {
    expect(trendData(points, "funds", span)).toEqual([
      { key: "span-1992-2022", label: "1992–2022累计", real: 0, cumulative: 5, demo: 0, total: 5 },
      { key: "2021", label: "2021", real: 2, cumulative: 0, demo: 1, total: 3 },
      { key: "2022", label: "2022", real: 1, cumulative: 0, demo: 2, total: 3 },
    ]);
  });

  it("never makes a multi-year figure the highest year, and names it apart", () => {
    // 2022 holds 8亿 with the 5亿 1992–2022 total; as a year it is 3亿, equal to 2021, so 2021 (first) stays highest.
    expect(trendSummary(points, "funds", "zh-CN", t, t)).toBe(
      "summaryTrend(metric=引入资金,unit=亿元,from=2021,to=2022,total=11,peakYear=2021,peak=3)summarySpan(from=1992,to=2022,value=5,unit=亿元)",
    );
    const only = [{ year: 2015, value: 50_000, demo: 0, cumulative: 50_000, spanFrom: 1992 }];
    expect(trendSummary(only, "funds", "zh-CN", t, t)).toContain("summaryNoYear");
    expect(trendSummary([{ year: 2020, value: 0, demo: 0, cumulative: 0, spanFrom: null }], "funds", "zh-CN", t, t)).toContain("summaryTrendEmpty");
  });

  it("tabulates real, demo and total columns", () => {
    const table = stackedTable("年份", trendRows(points, span), "funds", "zh-CN", t);
    expect(table.rows).toEqual([["1992–2022累计", 5, 0, 5], ["2021", 2, 1, 3], ["2022", 1, 2, 3]]);
    expect(table.decimals).toBe(2);
    expect(table.columns).toEqual(["年份", "withUnit(label=real(),unit=亿元)", "withUnit(label=demo(),unit=亿元)", "withUnit(label=total(),unit=亿元)"]);
  });
});

describe("breakdown shaping", () => {
  it("labels a city with its province", () => {
    expect(breakdownLabel(row("330200", 1, 0, ["浙江省", "Zhejiang"]), "zh-CN")).toBe("区330200（浙江）");
    expect(breakdownLabel(row("330200", 1, 0, ["浙江省", "Zhejiang"]), "en")).toBe("D330200 (Zhejiang)");
  });

  it("converts to display units and names the leader with its share", () => {
    const rows = [row("1", 3, 1), row("2", 1, 1)];
    expect(breakdownData(rows, "projects", "zh-CN")[0]).toMatchObject({ real: 2, demo: 1, total: 3 });
    expect(breakdownSummary(rows, "projects", "zh-CN", t, t)).toBe("summaryBreakdown(metric=产业合作项目,unit=个,top=区1,value=3,share=75%,count=2,total=4)");
  });

  it("counts only rows with data and names those left out of the ranking", () => {
    const rows = [row("1", 3, 1), row("2", 1, 1), row("500240", 0, 0)];
    expect(breakdownSummary(rows, "projects", "zh-CN", t, t)).toBe(
      "summaryBreakdown(metric=产业合作项目,unit=个,top=区1,value=3,share=75%,count=2,total=4)leftOutOfRanking(names=区500240)",
    );
    expect(rankedRows(rows).map((r) => r.code)).toEqual(["1", "2"]);
  });
});
