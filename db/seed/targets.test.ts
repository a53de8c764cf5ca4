import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "@/lib/filters";
import { METRIC_KEYS } from "@/lib/metrics";
import { getProgress } from "@/lib/queries/progress";
import { emptyTestDb } from "@/lib/testing/test-db";
import * as s from "../schema";
import { seedDatabase } from "./load";
import { DEMO_PLAN_PERIOD } from "./target-generator";

function seeded() {
  const db = emptyTestDb();
  seedDatabase(db);
  return db;
}

describe("demonstration targets", () => {
  const db = seeded();
  const all = db.select().from(s.targets).all();

  it("cover every pairing and every district with records in the plan period, all labelled demo", () => {
    const pairings = db.select().from(s.pairings).all();
    const funds = all.filter((t) => t.metric === "funds");
    expect(funds.filter((t) => t.scope === "pairing")).toHaveLength(pairings.length);
    // 石柱 has no pairing on record, hence no records and no target.
    expect(funds.filter((t) => t.scope === "district").map((t) => t.districtCode)).not.toContain("500240");
    expect(all.every((t) => t.isDemo && t.sourceId === "demo-targets" && t.periodFrom === 2021 && t.periodTo === 2025)).toBe(true);
    expect(all.filter((t) => t.scope === "program").map((t) => t.metric).sort()).toEqual([...METRIC_KEYS].sort());
  });

  it("read as plausible progress: some ahead, some behind, one or two far behind", () => {
    const rows = getProgress(db, DEFAULT_FILTERS, "pairing", "funds", DEMO_PLAN_PERIOD);
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses).toEqual(new Set(["on-track", "at-risk", "behind"]));
    expect(rows.filter((r) => (r.ofPace ?? 1) > 1.1).length).toBeGreaterThan(0);
    const far = rows.filter((r) => (r.ofPace ?? 1) < 0.5);
    expect(far.length).toBeGreaterThanOrEqual(1);
    expect(far.length).toBeLessThanOrEqual(2);
  });

  it("are the same on every seed run", () => {
    const again = seeded().select().from(s.targets).all();
    const strip = (rows: typeof all) => rows.map(({ updatedAt: _u, id: _i, ...rest }) => rest);
    expect(strip(again)).toEqual(strip(all));
  });
});
