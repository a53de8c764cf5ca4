import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { DEFAULT_FILTERS } from "@/lib/filters";
import { fixtureDb } from "@/lib/testing/test-db";
import { getProgress, getScopeProgress, getTargetPeriods } from "./progress";

const plan = { from: 2021, to: 2025 };
const target = (over: Partial<typeof s.targets.$inferInsert>): typeof s.targets.$inferInsert => ({
  scope: "pairing", metric: "funds", periodFrom: 2021, periodTo: 2025, targetValue: 1000, sourceId: "demo-generator", isDemo: true, updatedAt: "2026-01-01", ...over,
});

// Fixture funds in 2021–2022: 上海→万州 3000 (2021), 宁波→万州 500 (2021), 浙江→涪陵 2000 (2022) plus a
// real 1992–2022 total of 6000 that cannot count in a 2021–2025 plan. Two of five years gone: pace 40%.
function db() {
  const d = fixtureDb();
  d.insert(s.targets).values([
    target({ supporterCode: "310000", districtCode: "500101", targetValue: 7500 }), // 3000 / 7500 = 40% → 100% of pace
    target({ supporterCode: "330200", districtCode: "500101", targetValue: 1500 }), // 33.3% → 83.3% of pace: at risk
    target({ supporterCode: "330000", districtCode: "500102", targetValue: 10000 }), // 20% → 50%: behind
    target({ supporterCode: "310000", districtCode: "500102", targetValue: 1000 }), // no such pairing, no records
    target({ scope: "district", districtCode: "500101", targetValue: 10000 }), // 3500 → 35% → 87.5%: at risk
    target({ scope: "program", targetValue: 20000, profile: JSON.stringify([0.16, 0.18, 0.2, 0.22, 0.24]) }), // due 34%; 5500 → 27.5% → 80.9%
    target({ scope: "district", districtCode: "500101", periodFrom: 2023, periodTo: 2023, targetValue: 50 }),
  ]).run();
  return d;
}

describe("getProgress", () => {
  const d = db();

  it("lists pairings worst first with hand-computed statuses", () => {
    const rows = getProgress(d, DEFAULT_FILTERS, "pairing", "funds", plan);
    expect(rows.map((r) => [r.key, r.status, r.actual])).toEqual([
      ["330000|500102", "behind", 2000],
      ["330200|500101", "at-risk", 500],
      ["310000|500102", "no-data", null],
      ["310000|500101", "on-track", 3000],
    ]);
    expect(rows[0]?.ofPace).toBeCloseTo(0.5, 9);
    expect(rows[1]?.ofPace).toBeCloseTo(500 / 1500 / 0.4, 9);
    expect(rows[2]?.caveats).toContain("unverified-pairing");
  });

  it("narrows by the district filter and sums a supporter's pairings", () => {
    expect(getProgress(d, { ...DEFAULT_FILTERS, districts: ["500101"] }, "pairing", "funds", plan).map((r) => r.key)).toEqual(["330200|500101", "310000|500101"]);
    const shanghai = getProgress(d, DEFAULT_FILTERS, "supporter", "funds", plan).find((r) => r.key === "310000");
    expect(shanghai).toMatchObject({ target: 8500, actual: 3000, derived: true, status: "at-risk" });
  });

  it("reads district targets against every supporter's records in the district", () => {
    const rows = getProgress(d, DEFAULT_FILTERS, "district", "funds", plan);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: "500101", target: 10000, actual: 3500, status: "at-risk" });
    expect(rows[0]?.ofPace).toBeCloseTo(0.875, 9);
  });

  it("says not started for a period after the as-of date", () => {
    expect(getProgress(d, DEFAULT_FILTERS, "district", "funds", { from: 2023, to: 2023 })[0]?.status).toBe("not-started");
    expect(getTargetPeriods(d)).toEqual(["2021-2025", "2023"]);
  });
});

describe("getScopeProgress", () => {
  const d = db();

  it("uses the program target, with its yearly profile, when nothing narrows the view", () => {
    const row = getScopeProgress(d, DEFAULT_FILTERS, "funds", plan);
    expect(row).toMatchObject({ target: 20000, actual: 5500, status: "at-risk", demoTarget: true });
    expect(row?.expected).toBeCloseTo(0.34, 9);
  });

  it("uses the selected districts' or the filtered pairings' targets", () => {
    expect(getScopeProgress(d, { ...DEFAULT_FILTERS, districts: ["500101"] }, "funds", plan)).toMatchObject({ target: 10000, actual: 3500 });
    expect(getScopeProgress(d, { ...DEFAULT_FILTERS, supporters: ["330000"] }, "funds", plan)).toMatchObject({ target: 10000, actual: 2000, status: "behind" });
    expect(getScopeProgress(d, DEFAULT_FILTERS, "schools", plan)).toBeNull();
  });
});
