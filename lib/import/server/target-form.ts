import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/db/audit";
import type { Db } from "@/db/client";
import { bumpDataVersion } from "@/db/data-version";
import { importBatches, targets } from "@/db/schema";
import { MANUAL_TARGET_SOURCE_ID, type Actor } from "@/db/target-write";
import type { TargetInput } from "@/lib/progress/target-input";
import { createBatch } from "./apply";
import { deleteTargetLogged, writeTargetLogged, type TargetRow } from "./target-store";

/**
 * The single-target form's writes: each one a "form" batch (listed on /data/batches, undoable
 * like a record batch), in one transaction with the data version and the audit entry (old → new).
 */
type Cell = { scope: string; districtCode: string | null; supporterCode: string | null; metric: string; periodFrom: number; periodTo: number };

export const targetSubject = (t: Cell) => `target ${t.scope} ${[t.supporterCode, t.districtCode].filter(Boolean).join("→") || "program"} ${t.metric} ${t.periodFrom}-${t.periodTo}`;

export const targetSummary = (t: TargetRow) => ({ id: t.id, targetValue: t.targetValue, baseline: t.baseline, profile: t.profile, isDemo: t.isDemo, sourceId: t.sourceId, note: t.note });

/** Counts and the touched district / supporter on a target-only batch, and the data version (no record changed, so no rollup). */
function finishTargetBatch(tx: Db, batchId: number, counts: { inserted?: number; updated?: number; deleted?: number }, t: Cell): void {
  tx.update(importBatches).set({ ...counts, targets: JSON.stringify([{ district: t.districtCode, supporter: t.supporterCode }]) }).where(eq(importBatches.id, batchId)).run();
}

/** Adds a target or corrects the one in its cell (a real target replaces a demonstration one). */
export function saveTarget(db: Db, input: TargetInput, actor: Actor, now = new Date()): { id: number; created: boolean; batchId: number } {
  return db.transaction(() => {
    const tx = db;
    const batchId = createBatch(tx, { kind: "form", person: actor, ip: actor.ip, fileName: null, sha256: null, refused: 0 }, now);
    const { before, after } = writeTargetLogged(tx, batchId, input, MANUAL_TARGET_SOURCE_ID, now);
    finishTargetBatch(tx, batchId, before ? { updated: 1 } : { inserted: 1 }, after);
    bumpDataVersion(tx, now);
    recordAudit(tx, {
      actorId: actor.id, actorEmail: actor.email, ip: actor.ip, outcome: "ok",
      action: before ? "targets.update" : "targets.create",
      subject: targetSubject(after),
      detail: { batchId, before: before ? targetSummary(before) : null, after: targetSummary(after) },
    }, now);
    return { id: after.id, created: !before, batchId };
  });
}

/** Deletes one target (its old values go to the batch and the audit trail); false when there is no such target. */
export function deleteTarget(db: Db, id: number, actor: Actor, now = new Date()): boolean {
  return db.transaction(() => {
    const tx = db;
    const existing = tx.select().from(targets).where(eq(targets.id, id)).get();
    if (!existing) return false;
    const batchId = createBatch(tx, { kind: "form", person: actor, ip: actor.ip, fileName: null, sha256: null, refused: 0 }, now);
    deleteTargetLogged(tx, batchId, existing);
    finishTargetBatch(tx, batchId, { deleted: 1 }, existing);
    bumpDataVersion(tx, now);
    recordAudit(tx, {
      actorId: actor.id, actorEmail: actor.email, ip: actor.ip, outcome: "ok",
      action: "targets.delete", subject: targetSubject(existing), detail: { batchId, before: targetSummary(existing) },
    }, now);
    return true;
  });
}
