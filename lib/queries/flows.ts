import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { CONFIDENCE_LEVELS, metricRollup, pairings, supporters } from "@/db/schema";
import { metricApplies, type Filters } from "../filters";
import type { MetricKey } from "../metrics";
import { coveredSupporters } from "../profile-scope";
import { rollupWhere } from "./conditions";

export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** One supporter → district flow of a metric; confidence is null when no pairing names the two. */
/** joint: the part from joint records, which show in full on each partner's flow. */
export type FlowRow = { supporterCode: string; districtCode: string; value: number; demo: number; joint: number; confidence: Confidence | null };

/**
 * The metric per supporter × district under a filter, largest first. Every pairing in scope is
 * listed, zeros included, so a pairing with no recorded figure still shows in the table view.
 * Null when the sector filter does not apply to the metric.
 */
export function getFlows(db: Db, filters: Filters, metric: MetricKey): FlowRow[] | null {
  if (!metricApplies(filters, metric)) return null;
  const sums = db
    .select({
      supporterCode: metricRollup.supporterCode,
      districtCode: metricRollup.districtCode,
      value: sql<number>`sum(${metricRollup.total})`,
      demo: sql<number>`sum(${metricRollup.demoTotal})`,
      joint: sql<number>`sum(${metricRollup.jointTotal})`,
    })
    .from(metricRollup)
    .where(rollupWhere(filters, metric, "each"))
    .groupBy(metricRollup.supporterCode, metricRollup.districtCode)
    .all();
  const key = (s: string, d: string) => `${s}>${d}`;
  const confidence = new Map(
    db.select({ s: pairings.supporterCode, d: pairings.districtCode, c: pairings.confidence }).from(pairings).all().map((p) => [key(p.s, p.d), p.c]),
  );
  const rows = new Map<string, FlowRow>(
    sums.map((r) => [key(r.supporterCode, r.districtCode), { ...r, confidence: confidence.get(key(r.supporterCode, r.districtCode)) ?? null }]),
  );
  const inScope = (codes: string[], code: string) => codes.length === 0 || codes.includes(code);
  const covered = [...coveredSupporters(filters, db.select({ code: supporters.code, parentCode: supporters.parentCode }).from(supporters).all())];
  for (const [pair, c] of confidence) {
    const [s = "", d = ""] = pair.split(">");
    if (!rows.has(pair) && inScope(covered, s) && inScope(filters.districts, d)) {
      rows.set(pair, { supporterCode: s, districtCode: d, value: 0, demo: 0, joint: 0, confidence: c });
    }
  }
  return [...rows.values()].sort((a, b) => b.value - a.value || a.supporterCode.localeCompare(b.supporterCode) || a.districtCode.localeCompare(b.districtCode));
}
