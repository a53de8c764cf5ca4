import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { bumpDataVersion } from "@/db/data-version";
import { rebuildRollup, rebuildRollupSteps } from "@/db/rollup";
import { importBatches, sources, BATCH_KINDS } from "@/db/schema";
import type { Person } from "@/lib/auth/scope";
import type { MetricKey } from "@/lib/metrics";
import { prepared, shapeOf, insertRecord, updateRecord } from "./record-store";
import type { Plan } from "./plan";
import { writeTargetLogged } from "./target-store";

/**
 * Writing a planned batch, inside the caller's transaction: the batch row and its source, the
 * records (each remembering its batch), what changed (for undo), the demonstration records of
 * every touched cell retired, the rollup, the audit entry and the data version.
 */
export type BatchMeta = { kind: (typeof BATCH_KINDS)[number]; person: Pick<Person, "id" | "email">; ip: string | null; fileName: string | null; sha256: string | null; refused: number };
export type BatchCounts = { inserted: number; updated: number; unchanged: number; refused: number; retired: number };

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

/** Rows written between two chances to hand back (a few milliseconds of work); the caller decides when to. */
const ROWS_PER_STEP = 100;

export function applyPlan(tx: Db, plan: Plan, meta: BatchMeta, now: Date = new Date()): { batchId: number; counts: BatchCounts } {
  const steps = applyPlanSteps(tx, plan, meta, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** applyPlan in steps: the caller may hand control back between them (all inside one transaction). */
export function* applyPlanSteps(tx: Db, plan: Plan, meta: BatchMeta, now: Date = new Date()): Generator<void, { batchId: number; counts: BatchCounts }> {
  const batchId = createBatch(tx, meta, now);
  const sourceId = createBatchSource(tx, batchId, meta, now);
  const counts: BatchCounts = { inserted: 0, updated: 0, unchanged: 0, refused: meta.refused + plan.ambiguous.length, retired: 0 };
  const targets = new Map<string, { district: string | null; supporter: string | null }>();
  for (const [i, row] of plan.rows.entries()) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const metric = row.record.metric;
    const v = row.record.values;
    targets.set(`${v.districtCode}|${v.supporterCode}`, { district: String(v.districtCode), supporter: String(v.supporterCode) });
    if (row.action === "unchanged") {
      counts.unchanged++;
      continue;
    }
    const values = { ...v, sourceId, batchId, isDemo: false, retiredByBatch: null };
    if (row.action === "new") {
      Object.assign(values, { periodFrom: null });
      const id = insertRecord(tx, metric, values);
      logChange(tx, batchId, metric, id, "insert", null, { ...values, id });
      counts.inserted++;
    } else {
      // A correction keeps a multi-year record's span (period_from); the import reports single years.
      updateRecord(tx, metric, row.recordId, values);
      logChange(tx, batchId, metric, row.recordId, "update", row.before, { ...row.before, ...values });
      counts.updated++;
    }
  }
  for (const planned of plan.targets) {
    const { district, supporter } = planned.input;
    targets.set(`${district ?? ""}|${supporter ?? ""}`, { district: district ?? null, supporter: supporter ?? null });
    if (planned.action === "unchanged") {
      counts.unchanged++;
      continue;
    }
    // Compared again inside the transaction: a target changed since the preview is read as it is now.
    const { before } = writeTargetLogged(tx, batchId, planned.input, sourceId, now);
    if (before) counts.updated++;
    else counts.inserted++;
  }
  counts.retired = retireDemoCells(tx, batchId, plan.retireCells);
  yield;
  tx.update(importBatches).set({ ...counts, targets: JSON.stringify([...targets.values()]) }).where(eq(importBatches.id, batchId)).run();
  yield* rebuildRollupSteps(tx);
  bumpDataVersion(tx);
  recordAudit(tx, {
    actorId: meta.person.id, actorEmail: meta.person.email, ip: meta.ip, outcome: "ok",
    action: meta.kind === "form" ? "records.form" : "records.import",
    subject: `batch ${batchId}${meta.fileName ? ` ${meta.fileName}` : ""}`,
    detail: { batchId, sha256: meta.sha256, ...counts, effects: plan.effects.filter((e) => e.district === null), targets: plan.targets.filter((t) => t.action !== "unchanged").length },
  }, now);
  return { batchId, counts };
}

/** Counts and targets on the batch row, the rollup rebuilt, the data version bumped. */
export function finishBatch(tx: Db, batchId: number, counts: Partial<BatchCounts> & { deleted?: number }, targets: { district: string | null; supporter: string | null }[]): void {
  tx.update(importBatches).set({ ...counts, targets: JSON.stringify(targets) }).where(eq(importBatches.id, batchId)).run();
  rebuildRollup(tx);
  bumpDataVersion(tx);
}
