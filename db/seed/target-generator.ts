import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import { PROGRAM } from "@/lib/program";
import { expectedShare } from "@/lib/progress/pace";
import type { targets } from "../schema";
import type { ReferenceFacts } from "./facts";
import { between, createRng } from "./random";

export const DEMO_TARGET_SOURCE_ID = "demo-targets";
export const DEMO_PLAN_PERIOD = { from: 2021, to: 2025 } as const;

/** Funds in a five-year plan usually ramp up; the demonstration district and program fund targets say so. */
export const DEMO_FUNDS_PROFILE = [0.16, 0.18, 0.2, 0.22, 0.24] as const;

/** Actual to date of the plan period, by metric × supporter × district (stored unit). */
export type PeriodActuals = ReadonlyMap<string, number>;
export const actualKey = (metric: MetricKey, supporter: string, district: string) => `${metric}|${supporter}|${district}`;

export type DemoTarget = Omit<typeof targets.$inferInsert, "id">;

export type TargetGeneratorOptions = { seed: number; updatedAt: string };

/** Targets look like plan figures: funds in whole millions of yuan (100 万元), counts whole. */
function planFigure(metric: MetricKey, value: number): number {
  if (metric === "funds") return Math.max(100, Math.round(value / 100) * 100);
  return Math.max(1, Math.round(value));
}

/**
 * Demonstration targets for the 2021–2025 plan: every pairing and every district, for each
 * metric with activity in the period so far (a plan names no schools where none are built),
 * plus the program, as the sum of the district targets. Each target is set back from the
 * demonstration actual to date by a drawn "pace ratio" r (target = actual ÷ (pace × r)), so
 * progress reads r of the pace: most near it, some ahead, some behind, and two pairings far
 * behind. Pure: same inputs, same targets.
 */
export function generateDemoTargets(facts: ReferenceFacts, actuals: PeriodActuals, options: TargetGeneratorOptions): DemoTarget[] {
  const rng = createRng(options.seed ^ 0x7a2_9e7);
  const period = DEMO_PLAN_PERIOD;
  const asOf = PROGRAM.asOfDate;
  const linear = expectedShare(period, asOf);
  const ramp = expectedShare(period, asOf, DEMO_FUNDS_PROFILE);
  const base = { periodFrom: period.from, periodTo: period.to, sourceId: DEMO_TARGET_SOURCE_ID, isDemo: true, updatedAt: options.updatedAt, baseline: null, note: null };
  const out: DemoTarget[] = [];

  const pairings = [...facts.pairings].sort((a, b) => a.supporter.localeCompare(b.supporter) || a.district.localeCompare(b.district));
  // Two pairings fall far behind: one on every metric, one on funds only.
  const farBehindAll = pairings[Math.floor(rng() * pairings.length)];
  const rest = pairings.filter((p) => p !== farBehindAll);
  const farBehindFunds = rest[Math.floor(rng() * rest.length)];

  for (const p of pairings) {
    for (const metric of METRIC_KEYS) {
      const actual = actuals.get(actualKey(metric, p.supporter, p.district)) ?? 0;
      if (actual === 0) continue;
      const far = p === farBehindAll || (p === farBehindFunds && metric === "funds");
      const r = far ? between(rng, 0.3, 0.45) : between(rng, 0.6, 1.4);
      out.push({ ...base, scope: "pairing", supporterCode: p.supporter, districtCode: p.district, metric, targetValue: planFigure(metric, actual / (linear * r)), profile: null });
    }
  }

  const programTotals = new Map<MetricKey, number>();
  for (const d of [...facts.districts].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const metric of METRIC_KEYS) {
      let actual = 0;
      for (const [key, value] of actuals) if (key.startsWith(`${metric}|`) && key.endsWith(`|${d.code}`)) actual += value;
      if (actual === 0) continue;
      const pace = metric === "funds" ? ramp : linear;
      const targetValue = planFigure(metric, actual / (pace * between(rng, 0.7, 1.3)));
      programTotals.set(metric, (programTotals.get(metric) ?? 0) + targetValue);
      out.push({ ...base, scope: "district", supporterCode: null, districtCode: d.code, metric, targetValue, profile: metric === "funds" ? JSON.stringify(DEMO_FUNDS_PROFILE) : null });
    }
  }
  for (const [metric, targetValue] of programTotals) {
    out.push({ ...base, scope: "program", supporterCode: null, districtCode: null, metric, targetValue, profile: metric === "funds" ? JSON.stringify(DEMO_FUNDS_PROFILE) : null, note: "sum of the district targets" });
  }
  return out;
}
