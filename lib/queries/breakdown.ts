import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { districts, metricRollup, supporters } from "@/db/schema";
import { metricApplies, type Filters } from "../filters";
import type { MetricKey } from "../metrics";
import { coveredSupporters } from "../profile-scope";
import { rollupWhere } from "./conditions";

export type BreakdownDimension = "district" | "supporter";

export type BreakdownRow = {
  code: string;
  nameZh: string;
  nameEn: string;
  /** For a city: its province's short name; for a district: null. */
  parentZh: string | null;
  parentEn: string | null;
  value: number;
  demo: number;
  /** Part of value from joint records; by supporter it is credited to every partner in full. */
  joint: number;
};

/**
 * The metric per district or per supporter, largest first. Every district or supporter in scope is
 * listed, zeros included. By district the rows add up to the filtered total; by supporter a joint
 * record shows in full under each partner, so the rows can add up to more (the chart says so).
 */
export function getBreakdown(db: Db, filters: Filters, metric: MetricKey, by: BreakdownDimension): BreakdownRow[] | null {
  if (!metricApplies(filters, metric)) return null;
  const key = by === "district" ? metricRollup.districtCode : metricRollup.supporterCode;
  const sums = db
    .select({ code: key, value: sql<number>`sum(${metricRollup.total})`, demo: sql<number>`sum(${metricRollup.demoTotal})`, joint: sql<number>`sum(${metricRollup.jointTotal})` })
    .from(metricRollup)
    .where(rollupWhere(filters, metric, by === "supporter" ? "each" : "once"))
    .groupBy(key)
    .all();
  const byCode = new Map(sums.map((r) => [r.code, r]));
  const scope = by === "district" ? filters.districts : filters.supporters;
  const inScope = (code: string) => scope.length === 0 || scope.includes(code);

  let rows: BreakdownRow[];
  if (by === "district") {
    rows = db
      .select()
      .from(districts)
      .all()
      .filter((d) => inScope(d.code))
      .map((d) => ({ code: d.code, nameZh: d.nameZh, nameEn: d.nameEn, parentZh: null, parentEn: null, value: byCode.get(d.code)?.value ?? 0, demo: byCode.get(d.code)?.demo ?? 0, joint: byCode.get(d.code)?.joint ?? 0 }));
  } else {
    const all = db.select().from(supporters).all();
    const names = new Map(all.map((s) => [s.code, s]));
    const covered = coveredSupporters(filters, all);
    rows = all
      // Without a supporter filter, list the supporters that contributed; with one, the chosen ones.
      .filter((s) => (scope.length ? covered.has(s.code) : byCode.has(s.code)))
      .map((s) => {
        const parent = s.parentCode ? names.get(s.parentCode) : undefined;
        return {
          code: s.code,
          nameZh: s.nameZh,
          nameEn: s.nameEn,
          parentZh: parent?.nameZh ?? null,
          parentEn: parent?.nameEn ?? null,
          value: byCode.get(s.code)?.value ?? 0,
          demo: byCode.get(s.code)?.demo ?? 0,
          joint: byCode.get(s.code)?.joint ?? 0,
        };
      });
  }
  return rows.sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}
