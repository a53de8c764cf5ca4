import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { seedDatabase } from "@/db/seed/load";
import { emptyTestDb } from "@/lib/testing/test-db";
import { DEFAULT_FILTERS, type Filters } from "../filters";
import { METRICS, type MetricKey } from "../metrics";
import { DEFAULT_RECORD_QUERY } from "../record-query";
import { getBreakdown } from "./breakdown";
import { getCompare } from "./compare";
import { getFlows } from "./flows";
import { getRecords } from "./records";
import { getYearlySeries } from "./series";
import { getTotals } from "./totals";

// Expected figures come from the source reports (reference/pairings.md):
// 山东省 + 沈阳市 → 忠县: 4.25亿元 free aid + 13亿元 economic cooperation, 3000+ trained, 120+ cadres, all joint;
// 江西省 + 云南省 → 武隆区: 487 cadre person-times, joint.
const SHANDONG = "370000";
const SHENYANG = "210100";
const JIANGXI = "360000";
const YUNNAN = "530000";
const ZHONG = "500233";
/** What the by-supporter view credits twice: each joint figure once more, to the second partner (万元 / persons). */
const JOINT = { funds: 42_500 + 130_000, trained: 3000, cadres: 120 + 487 } as const;

let db: Db;
beforeAll(() => {
  db = emptyTestDb();
  seedDatabase(db);
}, 60_000);
const f = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const total = (metric: MetricKey, filters: Filters) => getTotals(db, filters).find((t) => t.metric === metric)?.value ?? 0;
const real = (row: { value: number; demo: number } | undefined) => (row ? row.value - row.demo : 0);

describe("joint records (one figure for several supporters)", () => {
  it("counts every joint figure once in the program totals", () => {
    for (const metric of ["funds", "trained", "cadres"] as const) expect(total(metric, f())).toBe(METRICS[metric].publishedTotal);
  });

  it("shows 沈阳市's and 云南省's joint figures under them in the by-supporter breakdown", () => {
    const bySupporter = (metric: MetricKey) => getBreakdown(db, f(), metric, "supporter") ?? [];
    const shenyang = (metric: MetricKey) => bySupporter(metric).find((r) => r.code === SHENYANG);
    expect(real(shenyang("funds"))).toBe(172_500);
    expect(shenyang("funds")?.joint).toBe(172_500);
    expect(real(shenyang("trained"))).toBe(3000);
    expect(real(shenyang("cadres"))).toBe(120);
    expect(real(bySupporter("cadres").find((r) => r.code === YUNNAN))).toBe(487);
    // 江西省 keeps its own credit for the joint exchange too, not 41% of all cadres on its own.
    expect(real(bySupporter("cadres").find((r) => r.code === JIANGXI))).toBe(487);
  });

  it("lets the by-supporter bars exceed the total by exactly the joint figures credited to further partners", () => {
    for (const metric of ["funds", "trained", "cadres"] as const) {
      const sum = (getBreakdown(db, f(), metric, "supporter") ?? []).reduce((n, r) => n + r.value, 0);
      expect(sum - total(metric, f())).toBe(JOINT[metric]);
    }
    // By district, nothing is counted twice.
    const byDistrict = (getBreakdown(db, f(), "cadres", "district") ?? []).reduce((n, r) => n + r.value, 0);
    expect(byDistrict).toBe(1200);
  });

  it("counts a joint figure once when several of its partners are selected", () => {
    const both = f({ supporters: [SHANDONG, SHENYANG] });
    expect(total("cadres", both)).toBe(total("cadres", f({ supporters: [SHANDONG] })) + total("cadres", f({ supporters: [SHENYANG] })) - 120);
    expect(total("trained", both)).toBe(total("trained", f({ supporters: [SHANDONG] })) + total("trained", f({ supporters: [SHENYANG] })) - 3000);
    const series = (getYearlySeries(db, both, "cadres") ?? []).reduce((n, p) => n + p.value, 0);
    expect(series).toBe(total("cadres", both));
    // A partner alone sees the joint figure.
    expect(total("trained", f({ supporters: [SHENYANG] }))).toBeGreaterThanOrEqual(3000);
  });

  it("gives 沈阳市 → 忠县 its joint flow in the Sankey data", () => {
    const flow = (getFlows(db, f(), "trained") ?? []).find((r) => r.supporterCode === SHENYANG && r.districtCode === ZHONG);
    expect(flow?.joint).toBe(3000);
    expect(real(flow)).toBe(3000);
    const lead = (getFlows(db, f(), "trained") ?? []).find((r) => r.supporterCode === SHANDONG && r.districtCode === ZHONG);
    expect(lead?.joint).toBe(3000);
    expect(real(lead)).toBe(3000);
  });

  it("shows the joint figure for each supporter compared, and once per district", () => {
    const bySupporter = getCompare(db, f(), "supporter", [SHANDONG, SHENYANG]).cadres ?? [];
    const sum = (code: string) => bySupporter.filter((p) => p.code === code).reduce((n, p) => n + p.value - p.demo, 0);
    expect(sum(SHENYANG)).toBe(120);
    expect(sum(SHANDONG)).toBe(120);
    const byDistrict = getCompare(db, f(), "district", [ZHONG, "500156"]).cadres ?? [];
    expect(byDistrict.filter((p) => p.code === ZHONG).reduce((n, p) => n + p.value - p.demo, 0)).toBe(120);
  });

  it("lists the joint record among 沈阳市's records, with the partners named", () => {
    const page = getRecords(db, f({ supporters: [SHENYANG] }), "cadres", DEFAULT_RECORD_QUERY);
    const joint = page?.rows.find((r) => !r.isDemo);
    expect(joint).toMatchObject({ value: 120, isDemo: false, supporterCode: SHANDONG, partnersZh: "山东省、沈阳市", partnersEn: "Shandong, Shenyang" });
    expect(page?.total).toBe(page?.rows.length);
    const both = getRecords(db, f({ supporters: [SHANDONG, SHENYANG] }), "cadres", { ...DEFAULT_RECORD_QUERY, pageSize: 500 });
    expect(both?.rows.filter((r) => !r.isDemo)).toHaveLength(1);
    expect(both?.total).toBe(both?.rows.length);
    const single = getRecords(db, f({ supporters: [SHANDONG] }), "funds", { ...DEFAULT_RECORD_QUERY, q: "" });
    expect(single?.rows.every((r) => r.isDemo || r.partnersZh === "山东省、沈阳市")).toBe(true);
  });
});
