import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import * as s from "@/db/schema";
import { fixtureDb } from "@/lib/testing/test-db";
import { DEFAULT_FILTERS, type Filters } from "../filters";
import { getCompare } from "./compare";
import { getFlows } from "./flows";
import { getDistrictProfile, getSupporterProfile } from "./profiles";

let db: Db;
beforeAll(() => {
  db = fixtureDb();
  // Named results and sub-level pairings, which the shared fixture leaves out.
  db.insert(s.highlights).values([
    { districtCode: "500101", supporterCode: "330200", textZh: "宁波成果", textEn: "Ningbo result", year: 2023, sourceId: "real" },
    { districtCode: "500102", supporterCode: "330000", textZh: "浙江成果", textEn: "Zhejiang result", year: 2021, sourceId: "real" },
    { districtCode: "500101", supporterCode: null, textZh: "无支援方成果", textEn: "Result without supporter", year: null, sourceId: "real" },
  ]).run();
  db.insert(s.subPairings).values([{ supporterCode: "330000", districtCode: "500102", supportingUnit: "杭州某学校", receivingUnit: "涪陵某学校", sinceYear: null, sourceId: "real" }]).run();
});
const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

describe("getFlows", () => {
  it("sums each supporter → district pair, largest first, with its pairing's confidence", () => {
    expect(getFlows(db, f(), "funds")).toEqual([
      { supporterCode: "330000", districtCode: "500102", value: 8000, demo: 2000, joint: 0, confidence: "high" },
      { supporterCode: "310000", districtCode: "500101", value: 4000, demo: 3000, joint: 0, confidence: "high" },
      { supporterCode: "330200", districtCode: "500101", value: 500, demo: 500, joint: 0, confidence: "medium-high" },
    ]);
  });

  it("keeps pairings without figures as zero rows, within the filter's scope", () => {
    expect(getFlows(db, f(), "cadres")?.map((r) => [r.supporterCode, r.districtCode, r.value])).toEqual([
      ["330200", "500101", 3],
      ["310000", "500101", 0],
      ["330000", "500102", 0],
    ]);
    expect(getFlows(db, f({ supporters: ["310000"] }), "cadres")?.map((r) => [r.supporterCode, r.value])).toEqual([["310000", 0]]);
  });

  it("applies years and sectors, and is null where the sector filter does not apply", () => {
    expect(getFlows(db, f({ yearFrom: 2021, yearTo: 2021, sectors: ["citrus"] }), "funds")?.filter((r) => r.value > 0)).toEqual([
      { supporterCode: "310000", districtCode: "500101", value: 3000, demo: 3000, joint: 0, confidence: "high" },
    ]);
    expect(getFlows(db, f({ sectors: ["citrus"] }), "trained")).toBeNull();
  });
});

describe("getCompare", () => {
  it("gives each metric per compared district and year, multi-year records marked", () => {
    const data = getCompare(db, f(), "district", ["500101", "500102"]);
    expect(data.funds).toEqual(
      expect.arrayContaining([
        { metric: "funds", code: "500101", year: 2020, value: 1000, demo: 0, cumulative: 0, joint: 0 },
        { metric: "funds", code: "500101", year: 2021, value: 3500, demo: 3500, cumulative: 0, joint: 0 },
        { metric: "funds", code: "500102", year: 2022, value: 8000, demo: 2000, cumulative: 6000, joint: 0 },
      ]),
    );
    expect(data.funds).toHaveLength(3);
    expect(data.schools).toEqual([{ metric: "schools", code: "500101", year: 2000, value: 1, demo: 1, cumulative: 0, joint: 0 }]);
  });

  it("compares a province with its city counted in its line (unless excluded) and lets the other side narrow", () => {
    // In 500101: 上海 310000 has 4000; 浙江's city 宁波 330200 has 500 (2021), 浙江 itself nothing.
    const data = getCompare(db, f({ districts: ["500101"] }), "supporter", ["310000", "330000"]);
    const sum = (code: string) => data.funds?.filter((p) => p.code === code).reduce((a, p) => a + p.value, 0);
    expect([sum("310000"), sum("330000")]).toEqual([4000, 500]);
    const own = getCompare(db, f({ districts: ["500101"], excludeCities: true }), "supporter", ["310000", "330000"]);
    expect(own.funds?.every((p) => p.code === "310000")).toBe(true);
  });

  it("marks metrics the sector filter does not apply to as null", () => {
    const data = getCompare(db, f({ sectors: ["citrus"] }), "district", ["500101", "500102"]);
    expect(data.trained).toBeNull();
    expect(data.funds?.map((p) => [p.code, p.value])).toEqual(expect.arrayContaining([["500101", 3000], ["500102", 2000]]));
  });
});

describe("profiles", () => {
  it("reads a district with its supporters, named results and sub-pairings", () => {
    const profile = getDistrictProfile(db, "500101");
    expect(profile?.district.nameZh).toBe("万州区");
    expect(profile?.pairings.map((p) => [p.supporterCode, p.confidence, p.supporterParentCode])).toEqual([
      ["310000", "high", null],
      ["330200", "medium-high", "330000"],
    ]);
    expect(profile?.highlights.map((h) => [h.textZh, h.supporterZh, h.sourceZh])).toEqual([
      ["无支援方成果", null, "真实来源"],
      ["宁波成果", "宁波市", "真实来源"],
    ]);
    expect(profile?.subPairings).toEqual([]);
    expect(getDistrictProfile(db, "999999")).toBeNull();
  });

  it("reads a province with its cities and the districts both support", () => {
    const profile = getSupporterProfile(db, "330000");
    expect(profile?.cities.map((c) => c.code)).toEqual(["330200"]);
    expect(profile?.parent).toBeNull();
    expect(profile?.pairings.map((p) => [p.supporterCode, p.districtCode])).toEqual([
      ["330000", "500102"],
      ["330200", "500101"],
    ]);
    expect(profile?.highlights.map((h) => h.supporterCode).sort()).toEqual(["330000", "330200"]);
    expect(profile?.subPairings.map((r) => r.supportingUnit)).toEqual(["杭州某学校"]);
  });

  it("reads a city with its province and only its own pairings", () => {
    const profile = getSupporterProfile(db, "330200");
    expect(profile?.parent?.code).toBe("330000");
    expect(profile?.cities).toEqual([]);
    expect(profile?.pairings.map((p) => p.districtCode)).toEqual(["500101"]);
    expect(getSupporterProfile(db, "abc")).toBeNull();
  });
});
