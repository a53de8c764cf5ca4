import { and, between, gte, sql } from "drizzle-orm";
import { isMetricKey } from "@/lib/metrics";
import { PROGRAM } from "@/lib/program";
import type { Db } from "../client";
import { metricRollup, targets } from "../schema";
import type { ReferenceFacts } from "./facts";
import { actualKey, DEMO_PLAN_PERIOD, generateDemoTargets } from "./target-generator";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Loads the demonstration targets inside the seed's transaction, after the rollup: they are set
 * against the actuals to date of the plan period (multi-year real records reaching back before
 * it are left out, as in progress itself).
 */
export function insertDemoTargets(tx: Tx, facts: ReferenceFacts, seed: number): number {
  const rows = tx
    .select({ metric: metricRollup.metric, supporter: metricRollup.supporterCode, district: metricRollup.districtCode, total: sql<number>`sum(${metricRollup.total})` })
    .from(metricRollup)
    .where(and(between(metricRollup.year, DEMO_PLAN_PERIOD.from, Math.min(DEMO_PLAN_PERIOD.to, PROGRAM.asOfYear)), gte(metricRollup.periodStart, DEMO_PLAN_PERIOD.from)))
    .groupBy(metricRollup.metric, metricRollup.supporterCode, metricRollup.districtCode)
    .all();
  const actuals = new Map(rows.flatMap((r) => (isMetricKey(r.metric) ? [[actualKey(r.metric, r.supporter, r.district), r.total] as [string, number]] : [])));
  const demo = generateDemoTargets(facts, actuals, { seed, updatedAt: new Date().toISOString() });
  for (let i = 0; i < demo.length; i += 400) tx.insert(targets).values(demo.slice(i, i + 400)).run();
  return demo.length;
}

