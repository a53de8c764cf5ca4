import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import type { FUND_KINDS } from "../schema";
import type { RealRecords } from "./facts";

type FundKind = (typeof FUND_KINDS)[number];

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

type RealRow = { supporter: string; district: string; periodFrom?: number; year: number; coversSupporters?: string[]; endInferred?: boolean };

/** The cells a real record speaks for: each partner × its span's years × its fund kinds. */
function keysOf<T extends RealRow>(metric: MetricKey, r: T, kinds: (FundKind | null)[]): string[] {
  const from = r.periodFrom ?? r.year;
  return [r.supporter, ...(r.coversSupporters ?? [])].flatMap((s) =>
    Array.from({ length: r.year - from + 1 }, (_, k) => from + k).flatMap((y) => kinds.map((kind) => coverageKey(metric, s, r.district, y, kind))),
  );
}

/** Every real record of a metric with its value and covered cells. */
function realSpans(real: RealRecords, metric: MetricKey): { keys: string[]; value: number; endInferred: boolean }[] {
  const rows = <T extends RealRow>(list: T[], value: (r: T) => number, kinds: (r: T) => (FundKind | null)[]) =>
    list.map((r) => ({ keys: keysOf(metric, r, kinds(r)), value: value(r), endInferred: r.endInferred ?? false }));
  switch (metric) {
    case "funds":
      return rows(real.funds, (r) => r.amountWan, (r) => [r.kind, ...(r.coversKinds ?? [])]);
    case "projects":
      return rows(real.projects, (r) => r.quantity, () => [null]);
    case "trained":
      return rows(real.trainings, (r) => r.participants, () => [null]);
    case "schools":
      return rows(real.schools, (r) => r.quantity, () => [null]);
    case "cadres":
      return rows(real.cadres, (r) => r.persons, () => [null]);
  }
}

/** Cells that real figures for stated years speak for: the generator adds nothing there. */
export function* coverageKeysOf(real: RealRecords): Generator<string> {
  for (const metric of METRIC_KEYS) for (const span of realSpans(real, metric)) if (!span.endInferred) yield* span.keys;
}

/** Real figures whose end year the source does not state: they displace their amount of demo data. */
export function inferredSpans(real: RealRecords, metric: MetricKey) {
  return realSpans(real, metric).filter((span) => span.endInferred);
}

