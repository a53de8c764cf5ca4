import { describe, expect, it } from "vitest";
import { mapModel, mapSummary, mapTable, pairingStatus, positionText, shortName } from "./map-shapes";
import type { BreakdownRow } from "./queries/breakdown";
import { CATALOG_FIXTURE as catalog } from "./testing/catalog-fixture";

const t = (key: string, values: Record<string, string | number> = {}) => `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})`;
const row = (code: string, value: number, demo = 0): BreakdownRow => ({ code, nameZh: code, nameEn: code, parentZh: null, parentEn: null, value, demo, joint: 0 });
const rows = [row("500101", 40_000, 30_000), row("500102", 80_000, 20_000), row("500233", 10_000, 10_000), row("500240", 0)];

describe("mapModel", () => {
  const model = mapModel(rows, catalog.districts, catalog.pairings, ["500102"], "zh-CN");

  it("gives every district its value, class, pairing status and selection", () => {
    expect(model.data.map((d) => [d.code, d.short, d.value, d.classIndex, d.pairing, d.selected])).toEqual([
      ["500102", "涪陵区", 80_000, 2, "known", true],
      ["500233", "忠县", 10_000, 0, "unverified", false],
      ["500240", "石柱县", 0, null, "none", false],
      ["500101", "万州区", 40_000, 1, "known", false],
    ]);
    expect(model.classes).toHaveLength(3);
  });

  it("treats a district missing from the rows as zero", () => {
    expect(mapModel([], catalog.districts, catalog.pairings, [], "zh-CN").data.every((d) => d.value === 0 && d.classIndex === null)).toBe(true);
  });

  it("tabulates position, value, demonstration part and pairing", () => {
    const table = mapTable(model, catalog.districts, "funds", "zh-CN", t);
    expect(table.rows[0]).toEqual(["涪陵区", "map.position.main(order=4)", "8", "2", "map.pairing.known()"]);
    expect(table.rows[2]).toEqual(["石柱土家族自治县", "map.position.south(near=忠县)", "0", "0", "map.pairing.none()"]);
  });

  it("summarises the largest, the smallest and the districts without data", () => {
    expect(mapSummary(model, "funds", "zh-CN", t)).toBe(
      "map.summary(metric=引入资金,unit=亿元,top=涪陵区,topValue=8,bottom=忠县,bottomValue=1,count=3)map.summaryNone(names=石柱土家族自治县map.noPairingAside())",
    );
    expect(mapSummary(mapModel([], catalog.districts, catalog.pairings, [], "zh-CN"), "schools", "zh-CN", t)).toBe("map.summaryEmpty(metric=援建学校,unit=所)");
  });
});

describe("map words", () => {
  it("shortens autonomous counties and English suffixes for the tiles", () => {
    expect(shortName({ code: "500240", nameZh: "石柱土家族自治县", nameEn: "Shizhu Tujia Autonomous County" }, "zh-CN")).toBe("石柱县");
    expect(shortName({ code: "500240", nameZh: "石柱土家族自治县", nameEn: "Shizhu Tujia Autonomous County" }, "en")).toBe("Shizhu");
    expect(shortName({ code: "500101", nameZh: "万州区", nameEn: "Wanzhou District" }, "en")).toBe("Wanzhou");
  });

  it("says whether a district has pairings, only unverified ones, or none", () => {
    expect(pairingStatus("500101", catalog.pairings)).toBe("known");
    expect(pairingStatus("500233", catalog.pairings)).toBe("unverified");
    expect(pairingStatus("500240", catalog.pairings)).toBe("none");
  });

  it("places a side district by its main-stream neighbour", () => {
    const shizhu = catalog.districts.find((d) => d.code === "500240")!;
    expect(positionText(shizhu, catalog.districts, "en", t)).toBe("map.position.south(near=Zhong County)");
  });
});
