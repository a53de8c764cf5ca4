import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { targets } from "@/db/schema";
import { findTargetCell } from "@/db/target-write";
import type { TargetInput } from "@/lib/progress/target-input";
import { logChange } from "./apply";

/**
 * Targets written as part of a batch: each change is logged whole (every column before and
 * after) under the pseudo-metric "targets", so undo puts back exactly what was there — a
 * demonstration target with its source and date, or nothing.
 */
export const TARGET_CHANGE = "targets";

export type TargetRow = typeof targets.$inferSelect;

export function targetValues(input: TargetInput, sourceId: string, now: Date): Omit<TargetRow, "id"> {
  return {
    scope: input.scope,
    districtCode: input.district ?? null,
    supporterCode: input.supporter ?? null,
    metric: input.metric,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    targetValue: input.targetValue,
    baseline: input.baseline ?? null,
    profile: input.profile ? JSON.stringify(input.profile) : null,
    sourceId,
    isDemo: false,
    note: input.note,
    updatedAt: now.toISOString(),
  };
}

/** Adds the target or corrects the one in its cell, logging the change; returns the row before (if any) and after. */
export function writeTargetLogged(tx: Db, batchId: number, input: TargetInput, sourceId: string, now: Date): { before: TargetRow | undefined; after: TargetRow } {
  const before = findTargetCell(tx, input);
  const values = targetValues(input, sourceId, now);
  const after = before
    ? tx.update(targets).set(values).where(eq(targets.id, before.id)).returning().get()
    : tx.insert(targets).values(values).returning().get();
  logChange(tx, batchId, TARGET_CHANGE, after.id, before ? "update" : "insert", before ?? null, after);
  return { before, after };
}

export function deleteTargetLogged(tx: Db, batchId: number, existing: TargetRow): void {
  tx.delete(targets).where(eq(targets.id, existing.id)).run();
  logChange(tx, batchId, TARGET_CHANGE, existing.id, "delete", existing, null);
}

/** Reverses one logged target change (the caller walks a batch's changes newest first). */
export function undoTargetChange(tx: Db, change: { recordId: number; op: "insert" | "update" | "delete"; before: string | null }): void {
  const before = change.before ? (JSON.parse(change.before) as TargetRow) : null;
  if (change.op === "insert") tx.delete(targets).where(eq(targets.id, change.recordId)).run();
  else if (change.op === "update" && before) {
    const { id: _id, ...rest } = before;
    tx.update(targets).set(rest).where(eq(targets.id, change.recordId)).run();
  } else if (change.op === "delete" && before) tx.insert(targets).values(before).run();
}

/**
 * A deleted target cannot come back while another target holds its cell (added after the
 * delete): the id of that target, else null.
 */
export function targetCellTakenBy(db: Db, change: { op: string; before: string | null }): number | null {
  if (change.op !== "delete" || !change.before) return null;
  const before = JSON.parse(change.before) as TargetRow;
  const now = findTargetCell(db, { scope: before.scope, district: before.districtCode, supporter: before.supporterCode, metric: before.metric as TargetInput["metric"], periodFrom: before.periodFrom, periodTo: before.periodTo });
  return now && now.id !== before.id ? now.id : null;
}
