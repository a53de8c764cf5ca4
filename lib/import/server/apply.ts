import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { suspendIndexes } from "@/db/bulk-indexes";
import { bumpDataVersion } from "@/db/data-version";
import { rebuildRollup, rebuildRollupCells, type RollupCell } from "@/db/rollup";
import { importBatches, sources, BATCH_KINDS } from "@/db/schema";
import type { Person } from "@/lib/auth/scope";
import type { MetricKey } from "@/lib/metrics";
import { prepared, shapeOf, updateRecord, RecordInserts } from "./record-store";
import type { CommitRow, Plan, PlannedRow } from "./plan";
import { writeTargetLogged } from "./target-store";

/**
 * Writing a planned batch, inside the caller's transaction: the batch row and its source, the
 * records (each remembering its batch), what changed (for undo), the demonstration records of
 * every touched cell retired, the rollup, the audit entry and the data version.
 */
export type BatchMeta = { kind: (typeof BATCH_KINDS)[number]; person: Pick<Person, "id" | "email">; ip: string | null; fileName: string | null; sha256: string | null; refused: number };
export type BatchCounts = { inserted: number; updated: number; unchanged: number; refused: number; retired: number };

/**
 * A batch that brings at least this many rows of a metric, and at least half as many as its table
 * holds, inserts them with the table's indexes dropped and makes them again at the end (db/bulk-indexes.ts).
 */
const BULK_ROWS = 10_000;

export function createBatch(tx: Db, meta: BatchMeta, now: Date): number {
  const row = tx.insert(importBatches)
    .values({ kind: meta.kind, state: "applied", createdAt: now.toISOString(), actorId: meta.person.id, actorEmail: meta.person.email, fileName: meta.fileName, sha256: meta.sha256, refused: meta.refused })
    .returning({ id: importBatches.id })
    .get();
  return row.id;
}

/** The source every record of a batch cites: the file (or form), who sent it, when, its hash. */
export function createBatchSource(tx: Db, batchId: number, meta: BatchMeta, now: Date): string {
  const id = `batch-${batchId}`;
  const what = meta.kind === "form" ? { zh: "单条录入", en: "Single-record form" } : { zh: `导入文件「${meta.fileName ?? ""}」`, en: `Imported file "${meta.fileName ?? ""}"` };
  tx.insert(sources).values({
    id,
    titleZh: `${what.zh}（批次 ${batchId}，${meta.person.email}）`,
    titleEn: `${what.en} (batch ${batchId}, ${meta.person.email})`,
    publisher: meta.person.email,
    publishedOn: now.toISOString().slice(0, 10),
    note: meta.sha256 ? `SHA-256 ${meta.sha256}` : null,
    isDemo: false,
  }).run();
  return id;
}

/** `metric` is the record's metric, or "targets" for a plan target (./target-store.ts). */
export function logChange(tx: Db, batchId: number, metric: MetricKey | "targets", recordId: number, op: "insert" | "update" | "delete", before: unknown, after: unknown): void {
  // One prepared statement rather than the query builder: an import logs a change per row.
  prepared(tx, "insert into batch_changes (batch_id, metric, record_id, op, before, after) values (?, ?, ?, ?, ?, ?)")
    .run(batchId, metric, recordId, op, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after));
}

/** Retires the demonstration records still counting in each cell; returns how many. */
export function retireDemoCells(tx: Db, batchId: number, cells: Plan["retireCells"]): number {
  let retired = 0;
  for (const metric of new Set(cells.map((c) => c.metric))) {
    const { table } = shapeOf(metric);
    // One statement per metric over the cells as a JSON list: a statement per cell scanned the table hundreds of times.
    const keys = JSON.stringify(cells.filter((c) => c.metric === metric).map((c) => `${c.district}|${c.year}`));
    retired += prepared(tx, `update "${table}" set retired_by_batch = ? where is_demo = 1 and retired_by_batch is null and district_code || '|' || year in (select value from json_each(?))`)
      .run(batchId, keys).changes;
  }
  return retired;
}

export function applyPlan(tx: Db, plan: Plan, meta: BatchMeta, now: Date = new Date()): { batchId: number; counts: BatchCounts } {
  const batch = new BatchWriter(tx, meta, now);
  for (const row of plan.rows) batch.write(row);
  batch.ambiguous(plan.ambiguous.length);
  return batch.finish(plan);
}

/**
 * A batch written row by row (the commit writes each row as it is planned, ./commit.ts): the
 * batch row and its source first, then the records (each remembering its batch) with what
 * changed (for undo), and at the end the targets, the demonstration records retired, the batch's
 * counts, the rollup of the cells written, the data version and the audit entry. Inside the
 * caller's transaction.
 */
export class BatchWriter {
  readonly batchId: number;
  private readonly sourceId: string;
  readonly counts: BatchCounts;
  private readonly targets = new Map<string, { district: string | null; supporter: string | null }>();
  /** Every cell (metric × district × year) a record was written in, before and after: what the rollup rebuilds. */
  private readonly cells = new Map<string, RollupCell>();
  private readonly inserts: RecordInserts;
  /** Per metric, the largest record id before this batch's first insert: the batch's new records are the ones above it. */
  private readonly insertedAbove = new Map<MetricKey, number>();
  /** What the batch writes on every record it writes, and on every new one: they win over the row's fields. */
  private readonly own: Record<string, string | number | boolean | null>;
  private readonly ownNew: Record<string, string | number | boolean | null>;
  /** What re-creates the indexes dropped for a bulk insert. */
  private readonly suspended: (() => void)[] = [];

  /** `expectedRows`: how many rows of each metric the batch brings at most (the pending file's count), to choose a bulk insert. */
  constructor(private readonly tx: Db, private readonly meta: BatchMeta, private readonly now: Date, private readonly expectedRows: Partial<Record<MetricKey, number>> = {}) {
    this.batchId = createBatch(tx, meta, now);
    this.sourceId = createBatchSource(tx, this.batchId, meta, now);
    this.counts = { inserted: 0, updated: 0, unchanged: 0, refused: meta.refused, retired: 0 };
    this.inserts = new RecordInserts(tx);
    this.own = { sourceId: this.sourceId, batchId: this.batchId, isDemo: false, retiredByBatch: null };
    this.ownNew = { ...this.own, periodFrom: null };
  }

  /** Rows that matched more than one stored record: refused, counted with the file's refused rows. */
  ambiguous(count: number): void {
    this.counts.refused += count;
  }

  private touch(metric: MetricKey, district: unknown, year: unknown): void {
    const key = `${metric}|${district}|${year}`;
    if (!this.cells.has(key)) this.cells.set(key, { metric, district: String(district), year: Number(year) });
  }

  write(row: PlannedRow<CommitRow>): void {
    const { tx, batchId } = this;
    const metric = row.record.metric;
    const v = row.record.values;
    const pair = `${v.districtCode}|${v.supporterCode}`;
    if (!this.targets.has(pair)) this.targets.set(pair, { district: String(v.districtCode), supporter: String(v.supporterCode) });
    if (row.action === "unchanged") {
      this.counts.unchanged++;
      return;
    }
    this.touch(metric, v.districtCode, v.year);
    if (row.action === "new") {
      if (!this.insertedAbove.has(metric)) this.firstInsert(metric);
      // The row's fields with the batch's own; logged for undo in finish(), all at once, from the records as inserted.
      this.inserts.add(metric, v, this.ownNew);
      this.counts.inserted++;
    } else {
      // Object.assign, not a spread with further properties: V8 took some 15 µs per object for that (1.5 s per 100,000 rows).
      const values: Record<string, string | number | boolean | null> = Object.assign({}, v, this.own);
      // A correction (the form's may move a record to another district or year) also changes the cell it leaves.
      this.touch(metric, row.before.districtCode, row.before.year);
      // A correction keeps a multi-year record's span (period_from); the import reports single years.
      updateRecord(tx, metric, row.recordId, values);
      logChange(tx, batchId, metric, row.recordId, "update", row.before, Object.assign({}, row.before, values));
      this.counts.updated++;
    }
  }

  private firstInsert(metric: MetricKey): void {
    const above = maxRecordId(this.tx, metric);
    this.insertedAbove.set(metric, above);
    // The largest id bounds the table's size from above (ids only grow).
    const expected = this.expectedRows[metric] ?? 0;
    if (expected >= BULK_ROWS && expected * 2 >= above) this.suspended.push(suspendIndexes(this.tx, shapeOf(metric).table));
  }

  /**
   * One undo entry per record this batch inserted (op insert, before and after null: undo deletes
   * the record, and the record itself is what was inserted, with its batch id, until a later batch
   * changes it and logs it as its before), written by one statement per metric. Ids only grow
   * (AUTOINCREMENT) and nothing else writes inside the transaction, so the batch's new records are
   * exactly those above the largest id before its first insert that carry its batch id; a record
   * it updated is older. (A JSON copy of each new record was a third of the undo log's cost.)
   */
  private logInserts(): void {
    this.inserts.flush();
    for (const [metric, above] of this.insertedAbove) {
      prepared(this.tx, `insert into batch_changes (batch_id, metric, record_id, op, before, after)
        select ?, ?, id, 'insert', null, null from "${shapeOf(metric).table}" where id > ? and batch_id = ? order by id`)
        .run(this.batchId, metric, above, this.batchId);
    }
  }

  finish(plan: Pick<Plan, "targets" | "retireCells" | "effects">): { batchId: number; counts: BatchCounts } {
    const { tx, batchId, counts, meta, now } = this;
    this.logInserts();
    for (const restore of this.suspended.splice(0)) restore();
    for (const planned of plan.targets) {
      const { district, supporter } = planned.input;
      this.targets.set(`${district ?? ""}|${supporter ?? ""}`, { district: district ?? null, supporter: supporter ?? null });
      if (planned.action === "unchanged") {
        counts.unchanged++;
        continue;
      }
      // Compared again inside the transaction: a target changed since the preview is read as it is now.
      const { before } = writeTargetLogged(tx, batchId, planned.input, this.sourceId, now);
      if (before) counts.updated++;
      else counts.inserted++;
    }
    counts.retired = retireDemoCells(tx, batchId, plan.retireCells);
    for (const c of plan.retireCells) this.touch(c.metric, c.district, c.year);
    tx.update(importBatches).set({ ...counts, targets: JSON.stringify([...this.targets.values()]) }).where(eq(importBatches.id, batchId)).run();
    rebuildRollupCells(tx, this.cells.values());
    bumpDataVersion(tx);
    recordAudit(tx, {
      actorId: meta.person.id, actorEmail: meta.person.email, ip: meta.ip, outcome: "ok",
      action: meta.kind === "form" ? "records.form" : "records.import",
      subject: `batch ${batchId}${meta.fileName ? ` ${meta.fileName}` : ""}`,
      detail: { batchId, sha256: meta.sha256, ...counts, effects: plan.effects.filter((e) => e.district === null), targets: plan.targets.filter((t) => t.action !== "unchanged").length },
    }, now);
    return { batchId, counts };
  }
}

function maxRecordId(tx: Db, metric: MetricKey): number {
  return (prepared(tx, `select coalesce(max(id), 0) as id from "${shapeOf(metric).table}"`).get() as { id: number }).id;
}

/** Counts and targets on the batch row, the rollup rebuilt, the data version bumped. */
export function finishBatch(tx: Db, batchId: number, counts: Partial<BatchCounts> & { deleted?: number }, targets: { district: string | null; supporter: string | null }[]): void {
  tx.update(importBatches).set({ ...counts, targets: JSON.stringify(targets) }).where(eq(importBatches.id, batchId)).run();
  rebuildRollup(tx);
  bumpDataVersion(tx);
}
