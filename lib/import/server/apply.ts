import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { bumpDataVersion } from "@/db/data-version";
import { rebuildRollup } from "@/db/rollup";
import { batchChanges, importBatches, sources, BATCH_KINDS } from "@/db/schema";
import type { Person } from "@/lib/auth/scope";
import type { MetricKey } from "@/lib/metrics";
import { shapeOf, insertRecord, updateRecord } from "./record-store";
import type { Plan } from "./plan";

/**
 * Writing a planned batch, inside the caller's transaction: the batch row and its source, the
 * records (each remembering its batch), what changed (for undo), the demonstration records of
 * every touched cell retired, the rollup, the audit entry and the data version.
 */
export type BatchMeta = { kind: (typeof BATCH_KINDS)[number]; person: Person; ip: string | null; fileName: string | null; sha256: string | null; refused: number };
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

export function logChange(tx: Db, batchId: number, metric: MetricKey, recordId: number, op: "insert" | "update" | "delete", before: unknown, after: unknown): void {
  tx.insert(batchChanges).values({ batchId, metric, recordId, op, before: before === null ? null : JSON.stringify(before), after: after === null ? null : JSON.stringify(after) }).run();
}

/** Retires the demonstration records still counting in each cell; returns how many. */
export function retireDemoCells(tx: Db, batchId: number, cells: Plan["retireCells"]): number {
  let retired = 0;
  for (const c of cells) {
    const { table } = shapeOf(c.metric);
    retired += tx.$client
      .prepare(`update "${table}" set retired_by_batch = ? where is_demo = 1 and retired_by_batch is null and district_code = ? and year = ?`)
      .run(batchId, c.district, c.year).changes;
  }
  return retired;
}

export function applyPlan(tx: Db, plan: Plan, meta: BatchMeta, now: Date = new Date()): { batchId: number; counts: BatchCounts } {
  const batchId = createBatch(tx, meta, now);
  const sourceId = createBatchSource(tx, batchId, meta, now);
  const counts: BatchCounts = { inserted: 0, updated: 0, unchanged: 0, refused: meta.refused + plan.ambiguous.length, retired: 0 };
  const targets = new Map<string, { district: string; supporter: string }>();
  for (const row of plan.rows) {
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
  counts.retired = retireDemoCells(tx, batchId, plan.retireCells);
  finishBatch(tx, batchId, counts, [...targets.values()]);
  recordAudit(tx, {
    actorId: meta.person.id, actorEmail: meta.person.email, ip: meta.ip, outcome: "ok",
    action: meta.kind === "form" ? "records.form" : "records.import",
    subject: `batch ${batchId}${meta.fileName ? ` ${meta.fileName}` : ""}`,
    detail: { batchId, sha256: meta.sha256, ...counts, effects: plan.effects.filter((e) => e.district === null) },
  }, now);
  return { batchId, counts };
}

/** Counts and targets on the batch row, the rollup rebuilt, the data version bumped. */
export function finishBatch(tx: Db, batchId: number, counts: Partial<BatchCounts> & { deleted?: number }, targets: { district: string | null; supporter: string | null }[]): void {
  tx.update(importBatches).set({ ...counts, targets: JSON.stringify(targets) }).where(eq(importBatches.id, batchId)).run();
  rebuildRollup(tx);
  bumpDataVersion(tx);
}
