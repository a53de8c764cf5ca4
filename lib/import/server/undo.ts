import "server-only";
import { and, desc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/audit";
import { batchChanges, importBatches, sources } from "@/db/schema";
import type { Person } from "@/lib/auth/scope";
import { METRIC_KEYS, type MetricKey } from "@/lib/metrics";
import { createBatch, finishBatch } from "./apply";
import { deleteRecord, insertRecord, shapeOf, updateRecord, type StoredRecord } from "./record-store";
import { TARGET_CHANGE, targetCellTakenBy, undoTargetChange } from "./target-store";

/**
 * Undoing a batch: every change it made, in reverse, then its demonstration retirements, as a
 * new "revert" batch in one transaction with its audit entry. Refused when a later batch still
 * applied changed one of the same records (undo that one first).
 */
export type UndoRefusal = { message: "notFound" | "alreadyUndone" | "conflict" | "targetCellTaken" | "notRevertible"; params: Record<string, number> };

export function undoBlocker(db: Db, batchId: number): UndoRefusal | null {
  const batch = db.select().from(importBatches).where(eq(importBatches.id, batchId)).get();
  if (!batch) return { message: "notFound", params: { batch: batchId } };
  if (batch.kind === "revert") return { message: "notRevertible", params: { batch: batchId } };
  if (batch.state === "reverted") return { message: "alreadyUndone", params: { batch: batchId } };
  const later = db
    .select({ id: batchChanges.batchId })
    .from(batchChanges)
    .innerJoin(importBatches, eq(importBatches.id, batchChanges.batchId))
    .where(and(
      gt(batchChanges.batchId, batchId),
      eq(importBatches.state, "applied"),
      sql`(${batchChanges.metric}, ${batchChanges.recordId}) in (select metric, record_id from batch_changes where batch_id = ${batchId})`,
    ))
    .orderBy(desc(batchChanges.batchId))
    .limit(1)
    .get();
  if (later) return { message: "conflict", params: { batch: batchId, later: later.id } };
  // A target this batch deleted cannot come back where a target added since holds its cell.
  for (const c of db.select().from(batchChanges).where(and(eq(batchChanges.batchId, batchId), eq(batchChanges.metric, TARGET_CHANGE), eq(batchChanges.op, "delete"))).all()) {
    const taken = targetCellTakenBy(db, c);
    if (taken !== null) return { message: "targetCellTaken", params: { batch: batchId, target: taken } };
  }
  return null;
}

/** Who and where a batch wrote: for the undo's scope check (lib/auth/scope.ts batch.revert). */
export function batchTargets(db: Db, batchId: number): { uploaderId: string | null; targets: { district: string | null; supporter: string | null }[] } | null {
  const batch = db.select({ actorId: importBatches.actorId, targets: importBatches.targets }).from(importBatches).where(eq(importBatches.id, batchId)).get();
  if (!batch) return null;
  return { uploaderId: batch.actorId, targets: JSON.parse(batch.targets) as { district: string | null; supporter: string | null }[] };
}

/** Demonstration records retired by `batchId` go back to counting, unless a real figure still holds their cell. */
export function releaseRetired(tx: Db, batchId: number): void {
  for (const metric of METRIC_KEYS) {
    const { table } = shapeOf(metric);
    tx.$client.prepare(`
      update "${table}" as d set retired_by_batch = (
        select max(r.batch_id) from "${table}" r
        where r.is_demo = 0 and r.batch_id is not null and r.retired_by_batch is null
          and r.batch_id <> ? and r.district_code = d.district_code and r.year = d.year
          and exists (select 1 from import_batches b where b.id = r.batch_id and b.state = 'applied'))
      where d.retired_by_batch = ?`).run(batchId, batchId);
    // While demonstration data is switched off, it stays off.
    const off = tx.select({ id: importBatches.id }).from(importBatches)
      .where(and(eq(importBatches.kind, "demo-off"), eq(importBatches.state, "applied"), ne(importBatches.id, batchId))).get();
    if (off) tx.$client.prepare(`update "${table}" set retired_by_batch = ? where is_demo = 1 and retired_by_batch is null`).run(off.id);
  }
}

export function undoBatch(db: Db, batchId: number, person: Person, ip: string | null, now: Date = new Date()): { ok: true; revertId: number } | { ok: false; refusal: UndoRefusal } {
  return db.transaction(() => {
    const blocker = undoBlocker(db, batchId);
    if (blocker) return { ok: false as const, refusal: blocker };
    const batch = db.select().from(importBatches).where(eq(importBatches.id, batchId)).get()!;
    const revertId = createBatch(db, { kind: "revert", person, ip, fileName: batch.fileName, sha256: null, refused: 0 }, now);
    const changes = db.select().from(batchChanges).where(eq(batchChanges.batchId, batchId)).orderBy(desc(batchChanges.id)).all();
    for (const c of changes) {
      if (c.metric === TARGET_CHANGE) {
        undoTargetChange(db, c);
        continue;
      }
      const metric = c.metric as MetricKey;
      const before = c.before ? (JSON.parse(c.before) as StoredRecord) : null;
      if (c.op === "insert") deleteRecord(db, metric, c.recordId);
      else if (c.op === "update" && before) updateRecord(db, metric, c.recordId, before);
      else if (c.op === "delete" && before) insertRecord(db, metric, before);
    }
    releaseRetired(db, batchId);
    // The batch's own source is cited by nothing any more.
    const stillCited = [...METRIC_KEYS.map((m) => shapeOf(m).table), "targets"].some((table) => db.$client.prepare(`select 1 from "${table}" where source_id = ? limit 1`).get(`batch-${batchId}`));
    if (!stillCited) db.delete(sources).where(inArray(sources.id, [`batch-${batchId}`])).run();
    db.update(importBatches).set({ state: "reverted", revertedBy: revertId }).where(eq(importBatches.id, batchId)).run();
    db.update(importBatches).set({ revertOf: batchId }).where(eq(importBatches.id, revertId)).run();
    finishBatch(db, revertId, { inserted: 0, updated: changes.length, deleted: 0 }, JSON.parse(batch.targets));
    recordAudit(db, {
      actorId: person.id, actorEmail: person.email, ip, outcome: "ok", action: "batch.revert",
      subject: `batch ${batchId}`, detail: { batchId, revertId, kind: batch.kind, changes: changes.length },
    }, now);
    return { ok: true as const, revertId };
  });
}

/** Switches every demonstration record off as one batch (undo switches it back on). */
export function switchDemoOff(db: Db, person: Person, ip: string | null, now: Date = new Date()): { ok: true; batchId: number; retired: number } | { ok: false } {
  return db.transaction(() => {
    if (demoIsOff(db)) return { ok: false as const };
    const batchId = createBatch(db, { kind: "demo-off", person, ip, fileName: null, sha256: null, refused: 0 }, now);
    let retired = 0;
    for (const metric of METRIC_KEYS)
      retired += db.$client.prepare(`update "${shapeOf(metric).table}" set retired_by_batch = ? where is_demo = 1 and retired_by_batch is null`).run(batchId).changes;
    finishBatch(db, batchId, { retired }, []);
    recordAudit(db, { actorId: person.id, actorEmail: person.email, ip, outcome: "ok", action: "demo.switch", subject: "off", detail: { batchId, retired } }, now);
    return { ok: true as const, batchId, retired };
  });
}

export function demoIsOff(db: Db): number | null {
  return db.select({ id: importBatches.id }).from(importBatches).where(and(eq(importBatches.kind, "demo-off"), eq(importBatches.state, "applied"))).get()?.id ?? null;
}
