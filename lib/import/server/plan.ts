import "server-only";
import type { Db } from "@/db/client";
import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import { VALUE_FIELD } from "../columns";
import { naturalKey, type Issue, type ValidRow } from "../validate";
import { activeRealRecords, type StoredRecord } from "./record-store";
import type { PlannedTarget } from "./target-plan";

/**
 * What a set of valid rows would do to the database, without writing: each row new, changed
 * (old → new per field) or unchanged, the demonstration figures it would retire (its cell:
 * district × metric × year), and every metric's total before → after, program-wide and per district.
 */
export type PlannedRow = ValidRow & ({ action: "new" } | { action: "unchanged"; recordId: number } | { action: "changed"; recordId: number; before: StoredRecord; diffs: { field: string; from: string | number | null; to: string | number | null }[] });
export type Ambiguous = { row: ValidRow; issue: Issue };
export type Effect = { metric: MetricKey; district: string | null; before: number; after: number };
export type Plan = { rows: PlannedRow[]; ambiguous: Ambiguous[]; effects: Effect[]; retireCells: { metric: MetricKey; district: string; year: number }[]; /** The targets sheet's rows (./target-plan.ts). */ targets: PlannedTarget[] };

const storedKey = (metric: MetricKey, r: StoredRecord) => naturalKey({ metric, values: r });

export function planRows(db: Db, rows: readonly ValidRow[]): Plan {
  const steps = planRowsSteps(db, rows);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** planRows in steps of a thousand rows, so a commit re-planning a large file can hand back between them. */
export function* planRowsSteps(db: Db, rows: readonly ValidRow[]): Generator<void, Plan> {
  let done = 0;
  const plan: Plan = { rows: [], ambiguous: [], effects: [], retireCells: [], targets: [] };
  const delta = new Map<string, number>();
  const add = (metric: MetricKey, district: string, value: number) => {
    for (const k of [`${metric}|`, `${metric}|${district}`]) delta.set(k, (delta.get(k) ?? 0) + value);
  };
  const cells = new Map<string, { metric: MetricKey; district: string; year: number }>();
  for (const metric of METRIC_KEYS) {
    const mine = rows.filter((r) => r.record.metric === metric);
    if (!mine.length) continue;
    const districts = [...new Set(mine.map((r) => String(r.record.values.districtCode)))];
    const existing = new Map<string, StoredRecord[]>();
    for (const rec of activeRealRecords(db, metric, districts)) {
      const k = storedKey(metric, rec);
      existing.set(k, [...(existing.get(k) ?? []), rec]);
    }
    const valueField = VALUE_FIELD[metric];
    for (const row of mine) {
      if (++done % 1000 === 0) yield;
      const v = row.record.values;
      const matches = existing.get(naturalKey(row.record)) ?? [];
      if (matches.length > 1) {
        plan.ambiguous.push({ row, issue: { column: "", header: "", message: "ambiguousMatch", params: { count: matches.length, ids: matches.map((m) => m.id).join(", ") } } });
        continue;
      }
      const match = matches[0];
      const district = String(v.districtCode);
      if (!match) {
        plan.rows.push({ ...row, action: "new" });
        add(metric, district, Number(v[valueField]));
      } else {
        const diffs = Object.entries(v)
          .filter(([field, value]) => (match[field] ?? null) !== (value ?? null))
          .map(([field, value]) => ({ field, from: match[field] ?? null, to: value ?? null }));
        if (!diffs.length) {
          plan.rows.push({ ...row, action: "unchanged", recordId: match.id });
          continue;
        }
        plan.rows.push({ ...row, action: "changed", recordId: match.id, before: match, diffs });
        add(metric, district, Number(v[valueField]) - Number(match[valueField]));
      }
      const year = Number(v.year);
      cells.set(`${metric}|${district}|${year}`, { metric, district, year });
    }
  }
  plan.retireCells = [...cells.values()];
  // Rows with a joint_prior credit a joint figure's further partners; totals count each figure once.
  // Demonstration figures still counting in the cells that receive a real figure stop counting.
  const demoOf = db.$client.prepare("select coalesce(sum(demo_total), 0) as n from metric_rollup where metric = ? and district_code = ? and year = ? and joint_prior = ''");
  for (const c of plan.retireCells) add(c.metric, c.district, -Number((demoOf.get(c.metric, c.district, c.year) as { n: number }).n));
  const totals = db.$client.prepare("select district_code as district, sum(total) as total from metric_rollup where metric = ? and joint_prior = '' group by district_code");
  for (const metric of METRIC_KEYS) {
    if (!delta.has(`${metric}|`)) continue;
    const byDistrict = new Map((totals.all(metric) as { district: string; total: number }[]).map((r) => [r.district, r.total]));
    const program = [...byDistrict.values()].reduce((a, b) => a + b, 0);
    plan.effects.push({ metric, district: null, before: program, after: program + (delta.get(`${metric}|`) ?? 0) });
    for (const [k, d] of delta) {
      const [m, district] = k.split("|");
      if (m !== metric || !district) continue;
      const b = byDistrict.get(district) ?? 0;
      plan.effects.push({ metric, district, before: b, after: b + d });
    }
  }
  return plan;
}
