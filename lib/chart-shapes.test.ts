import { describe, expect, it } from "vitest";
import { breakdownData, breakdownLabel, breakdownSummary, stackedTable, trendData, trendSummary } from "./chart-shapes";
import type { BreakdownRow } from "./queries/breakdown";

const t = (key: string, values: Record<string, string | number> = {}) => `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})`;
const row = (code: string, value: number, demo: number, parent?: [string, string]): BreakdownRow => ({
  code, nameZh: `区${code}`, nameEn: `D${code}`, parentZh: parent?.[0] ?? null, parentEn: parent?.[1] ?? null, value, demo, joint: 0,
});

describe("trend shaping", () => {
  const points = [
    { year: 2021, value: 30_000, demo: 10_000, cumulative: 0 },
    { year: 2022, value: 80_000, demo: 20_000, cumulative: 50_000 },
  ];

  it("splits each year into real, cumulative and demo parts in display units", () => {
    expect(trendData(points, "funds")).toEqual([
      { key: "2021", label: "2021", real: 2, cumulative: 0, demo: 1, total: 3 },
      { key: "2022", label: "2022", real: 1, cumulative: 5, demo: 2, total: 8 },
    ]);
  });

  it("summarises total and peak year in one sentence", () => {
    expect(trendSummary(points, "funds", "zh-CN", t)).toBe("summaryTrend(metric=引入资金,unit=亿元,from=2021,to=2022,total=11,peakYear=2022,peak=8)");
    expect(trendSummary([{ year: 2020, value: 0, demo: 0, cumulative: 0 }], "funds", "zh-CN", t)).toContain("summaryTrendEmpty");
  });

  it("tabulates real, demo and total columns", () => {
    const table = stackedTable("年份", points.map((p) => ({ label: String(p.year), value: p.value, demo: p.demo })), "funds", "zh-CN", t);
    expect(table.rows).toEqual([["2021", 2, 1, 3], ["2022", 6, 2, 8]]);
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
    expect(breakdownSummary(rows, "projects", "zh-CN", t)).toBe("summaryBreakdown(metric=产业合作项目,unit=个,top=区1,value=3,share=75%,count=2,total=4)");
  });
});
