import { describe, expect, it } from "vitest";
import { loadSeedData } from "./facts";
import { generateDemoRecords } from "./generator";

const { facts, real } = loadSeedData();
const demo = generateDemoRecords(facts, real, { seed: 20231011, scale: 1 });
const sum = <T>(rows: T[], value: (r: T) => number) => rows.reduce((n, r) => n + value(r), 0);

describe("demonstration names", () => {
  it.each([
    ["schools", demo.schools.map((r) => r.name)],
    ["projects", demo.projects.map((r) => r.name)],
    ["trainings", demo.trainings.map((r) => r.programme)],
  ] as const)("never repeats a %s name, and every one says 示例", (_kind, names) => {
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^示例(学校|项目|培训班) \d{3,}/);
  });

  it("numbers demo schools from 001 (the issue's example reads 示例学校 015)", () => {
    expect(demo.schools.some((r) => r.name.startsWith("示例学校 015（"))).toBe(true);
    expect(demo.schools.length).toBe(445 - 8);
  });
});

describe("demonstration spread", () => {
  const shanghaiWanzhouFreeAid = (year: number) =>
    sum(demo.funds.filter((r) => r.supporterCode === "310000" && r.districtCode === "500101" && r.kind === "free_aid" && r.year === year), (r) => r.amountWan);

  it("lets a real record displace demo data only in the years it covers (上海→万州 free aid: 1992–2015, 2018, 2019)", () => {
    expect(shanghaiWanzhouFreeAid(2015)).toBe(0);
    expect(shanghaiWanzhouFreeAid(2018)).toBe(0);
    expect(shanghaiWanzhouFreeAid(2019)).toBe(0);
    expect(shanghaiWanzhouFreeAid(2016)).toBeGreaterThan(0);
    expect(shanghaiWanzhouFreeAid(2020)).toBeGreaterThan(0);
    // 辽宁→奉节: the 27-year figure ends in 2019, so 2020–2022 carry demo funds again.
    const fengjie = demo.funds.filter((r) => r.supporterCode === "210000" && r.districtCode === "500236" && r.kind === "free_aid");
    expect(fengjie.every((r) => r.year > 2019)).toBe(true);
    expect(fengjie.length).toBeGreaterThan(0);
  });

  it("weights unverified pairings down (安徽→长寿 gets less than 江苏→云阳)", () => {
    const pair = (s: string, d: string) => sum(demo.funds.filter((r) => r.supporterCode === s && r.districtCode === d), (r) => r.amountWan);
    expect(pair("340000", "500115")).toBeLessThan(pair("320000", "500235"));
    const unverified = facts.pairings.filter((p) => p.confidence === "unverified");
    const reportedProvinces = facts.pairings.filter((p) => p.confidence !== "unverified" && !facts.supporters.find((s) => s.code === p.supporter)?.parent);
    const mean = (pairs: typeof unverified) => sum(pairs, (p) => pair(p.supporter, p.district)) / pairs.length;
    expect(mean(unverified)).toBeLessThan(0.5 * mean(reportedProvinces));
  });

  it("starts 四川→开州 no earlier than 1997 (开县 was in Sichuan until then; no source gives the start)", () => {
    const kaizhou = facts.pairings.find((p) => p.supporter === "510000" && p.district === "500154");
    expect(kaizhou?.since).toBeNull();
    const years = demo.funds.filter((r) => r.supporterCode === "510000").map((r) => r.year);
    expect(Math.min(...years)).toBe(1997);
  });
});

describe("real figures whose end year is not stated", () => {
  it("displace their amount of demo data instead of blocking the span, so 忠县 no longer ranks last", () => {
    const zhongTraining = sum(demo.trainings.filter((r) => r.districtCode === "500233"), (r) => r.participants);
    expect(zhongTraining).toBeGreaterThan(0);
    const byDistrict = new Map<string, number>();
    for (const r of [...demo.funds, ...real.funds.map((x) => ({ districtCode: x.district, amountWan: x.amountWan }))]) {
      byDistrict.set(r.districtCode, (byDistrict.get(r.districtCode) ?? 0) + r.amountWan);
    }
    const ranking = [...byDistrict.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranking.indexOf("500233")).toBeLessThan(ranking.length - 1);
  });
});
