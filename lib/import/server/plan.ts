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
/** What the commit needs of a valid row (the pending rows file keeps no warnings: the preview showed them). */
export type CommitRow = Pick<ValidRow, "sheet" | "rowNumber" | "record">;
export type RowAction = { action: "new" } | { action: "unchanged"; recordId: number } | { action: "changed"; recordId: number; before: StoredRecord; diffs: { field: string; from: string | number | null; to: string | number | null }[] };
export type PlannedRow<R extends CommitRow = ValidRow> = R & RowAction;
export type Ambiguous<R extends CommitRow = ValidRow> = { row: R; issue: Issue };
export type Effect = { metric: MetricKey; district: string | null; before: number; after: number };
export type Plan = { rows: PlannedRow[]; ambiguous: Ambiguous[]; effects: Effect[]; retireCells: { metric: MetricKey; district: string; year: number }[]; /** The targets sheet's rows (./target-plan.ts). */ targets: PlannedTarget[] };

const storedKey = (metric: MetricKey, r: StoredRecord) => naturalKey({ metric, values: r });

export type RetireCell = { metric: MetricKey; district: string; year: number };

export function isAmbiguous<R extends CommitRow>(planned: PlannedRow<R> | Ambiguous<R>): planned is Ambiguous<R> {
  return "issue" in planned;
}

/**
 * Plans rows one at a time against what is stored, keeping only what the totals need, so the
 * commit can plan and write each row as it is read from the pending file (no list of 100,000
 * planned rows in memory). `districts`: every district the rows name (what an import can match
 * is loaded once per metric, for those districts). Rows must not repeat a natural key (validation
 * refuses duplicates within a file), so writing one row never changes how a later one matches.
 */
export class RowPlanner {
  private readonly existing = new Map<MetricKey, Map<string, StoredRecord[]>>();
  private readonly delta = new Map<string, number>();
  private readonly cells = new Map<string, RetireCell>();

  constructor(private readonly db: Db, private readonly districts: readonly string[]) {}

  private stored(metric: MetricKey): Map<string, StoredRecord[]> {
    let byKey = this.existing.get(metric);
    if (!byKey) {
      byKey = new Map();
      for (const rec of activeRealRecords(this.db, metric, this.districts)) {
        const k = storedKey(metric, rec);
        const list = byKey.get(k);
        if (list) list.push(rec);
        else byKey.set(k, [rec]);
      }
      this.existing.set(metric, byKey);
    }
    return byKey;
  }

  private add(metric: MetricKey, district: string, value: number): void {
    for (const k of [`${metric}|`, `${metric}|${district}`]) this.delta.set(k, (this.delta.get(k) ?? 0) + value);
  }

  plan<R extends CommitRow>(row: R): PlannedRow<R> | Ambiguous<R> {
    const metric = row.record.metric;
    const v = row.record.values;
    const matches = this.stored(metric).get(naturalKey(row.record)) ?? [];
    if (matches.length > 1) return { row, issue: { column: "", header: "", message: "ambiguousMatch", params: { count: matches.length, ids: matches.map((m) => m.id).join(", ") } } };
    const match = matches[0];
    const district = String(v.districtCode);
    const valueField = VALUE_FIELD[metric];
    let planned: PlannedRow<R>;
    if (!match) {
      // Object.assign, not a spread with further properties: V8 makes that slow (a commit plans 100,000 rows).
      planned = Object.assign({}, row, { action: "new" as const });
      this.add(metric, district, Number(v[valueField]));
    } else {
      const diffs = Object.entries(v)
        .filter(([field, value]) => (match[field] ?? null) !== (value ?? null))
        .map(([field, value]) => ({ field, from: match[field] ?? null, to: value ?? null }));
      if (!diffs.length) return Object.assign({}, row, { action: "unchanged" as const, recordId: match.id });
      planned = Object.assign({}, row, { action: "changed" as const, recordId: match.id, before: match, diffs });
      this.add(metric, district, Number(v[valueField]) - Number(match[valueField]));
    }
    const year = Number(v.year);
    this.cells.set(`${metric}|${district}|${year}`, { metric, district, year });
    return planned;
  }

  /** The cells whose demonstration figures stop counting, and every metric's total before → after. Call before the rollup is rebuilt. */
  finish(): { retireCells: RetireCell[]; effects: Effect[] } {
    const retireCells = [...this.cells.values()];
    const effects: Effect[] = [];
    // Rows with a joint_prior credit a joint figure's further partners; totals count each figure once.
    // Demonstration figures still counting in the cells that receive a real figure stop counting.
    const demoOf = this.db.$client.prepare("select coalesce(sum(demo_total), 0) as n from metric_rollup where metric = ? and district_code = ? and year = ? and joint_prior = ''");
    for (const c of retireCells) this.add(c.metric, c.district, -Number((demoOf.get(c.metric, c.district, c.year) as { n: number }).n));
    const totals = this.db.$client.prepare("select district_code as district, sum(total) as total from metric_rollup where metric = ? and joint_prior = '' group by district_code");
    for (const metric of METRIC_KEYS) {
      if (!this.delta.has(`${metric}|`)) continue;
      const byDistrict = new Map((totals.all(metric) as { district: string; total: number }[]).map((r) => [r.district, r.total]));
      const program = [...byDistrict.values()].reduce((a, b) => a + b, 0);
      effects.push({ metric, district: null, before: program, after: program + (this.delta.get(`${metric}|`) ?? 0) });
      for (const [k, d] of this.delta) {
        const [m, district] = k.split("|");
        if (m !== metric || !district) continue;
        const b = byDistrict.get(district) ?? 0;
        effects.push({ metric, district, before: b, after: b + d });
      }
    }
    return { retireCells, effects };
  }
}

/** Every row planned, metric by metric (the preview lists them in that order). */
export function planRows(db: Db, rows: readonly ValidRow[]): Plan {
  const planner = new RowPlanner(db, [...new Set(rows.map((r) => String(r.record.values.districtCode)))]);
  const plan: Plan = { rows: [], ambiguous: [], effects: [], retireCells: [], targets: [] };
  for (const metric of METRIC_KEYS) {
    for (const row of rows) {
      if (row.record.metric !== metric) continue;
      const planned = planner.plan(row);
      if (isAmbiguous(planned)) plan.ambiguous.push(planned);
      else plan.rows.push(planned);
    }
  }
  return { ...plan, ...planner.finish() };
}
