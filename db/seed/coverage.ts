import type { MetricKey } from "@/lib/metrics";
import type { RealRecords } from "./facts";

/** Cells (metric × supporter × district × year [× fund kind]) that real records already speak for. */
export type Coverage = Set<string>;

export function coverageKey(metric: MetricKey, supporter: string, district: string, year: number, kind: string | null): string {
  return `${metric}|${supporter}|${district}|${year}|${kind ?? ""}`;
}

/** What the real records contribute to each metric, in stored units. */
export function realTotals(real: RealRecords): Record<MetricKey, number> {
  const sum = <T>(rows: T[], value: (row: T) => number) => rows.reduce((acc, r) => acc + value(r), 0);
  return {
    funds: sum(real.funds, (r) => r.amountWan),
    projects: sum(real.projects, (r) => r.quantity),
    trained: sum(real.trainings, (r) => r.participants),
    schools: sum(real.schools, (r) => r.quantity),
    cadres: sum(real.cadres, (r) => r.persons),
  };
}
