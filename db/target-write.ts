import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { TargetInput } from "@/lib/progress/target-input";
import { recordAudit } from "./audit";
import type { Db } from "./client";
import { bumpDataVersion } from "./data-version";
import { targets } from "./schema";

/** Source of targets entered through the form; the audit trail says who entered each and on what basis. */
export const MANUAL_TARGET_SOURCE_ID = "targets-entered";

export type Actor = { id: string; email: string; ip: string | null };
type TargetRow = typeof targets.$inferSelect;

const nullable = (column: typeof targets.districtCode | typeof targets.supporterCode, value: string | null | undefined): SQL =>
  value ? eq(column, value) : isNull(column);

/** The target already in the input's cell (scope × codes × metric × period), if any. */
export function findTargetCell(db: Pick<Db, "select">, input: Pick<TargetInput, "scope" | "district" | "supporter" | "metric" | "periodFrom" | "periodTo">): TargetRow | undefined {
  return db
    .select()
    .from(targets)
    .where(and(eq(targets.scope, input.scope), nullable(targets.districtCode, input.district), nullable(targets.supporterCode, input.supporter), eq(targets.metric, input.metric), eq(targets.periodFrom, input.periodFrom), eq(targets.periodTo, input.periodTo)))
    .get();
}

const subjectOf = (t: Pick<TargetInput, "scope" | "district" | "supporter" | "metric" | "periodFrom" | "periodTo">) =>
  `target ${t.scope} ${[t.supporter, t.district].filter(Boolean).join("→") || "program"} ${t.metric} ${t.periodFrom}-${t.periodTo}`;

const summary = (t: TargetRow) => ({ id: t.id, targetValue: t.targetValue, baseline: t.baseline, profile: t.profile, isDemo: t.isDemo, sourceId: t.sourceId, note: t.note });

/**
 * Adds a target or corrects the one in its cell (a real target replaces a demonstration one), in
 * one transaction with the data version and the audit entry (old → new values).
 */
export function saveTarget(db: Db, input: TargetInput, actor: Actor, now = new Date()): { id: number; created: boolean } {
  return db.transaction((tx) => {
    const existing = findTargetCell(tx, input);
    const values = {
      scope: input.scope,
      districtCode: input.district ?? null,
      supporterCode: input.supporter ?? null,
      metric: input.metric,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      targetValue: input.targetValue,
      baseline: input.baseline ?? null,
      profile: input.profile ? JSON.stringify(input.profile) : null,
      sourceId: MANUAL_TARGET_SOURCE_ID,
      isDemo: false,
      note: input.note,
      updatedAt: now.toISOString(),
    };
    const row = existing
      ? tx.update(targets).set(values).where(eq(targets.id, existing.id)).returning().get()
      : tx.insert(targets).values(values).returning().get();
    bumpDataVersion(tx, now);
    recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: existing ? "targets.update" : "targets.create",
      subject: subjectOf(input),
      detail: { before: existing ? summary(existing) : null, after: summary(row) },
      ip: actor.ip,
      outcome: "ok",
    }, now);
    return { id: row.id, created: !existing };
  });
}

/** Deletes one target (its old values go to the audit trail); false when there is no such target. */
export function deleteTarget(db: Db, id: number, actor: Actor, now = new Date()): boolean {
  return db.transaction((tx) => {
    const existing = tx.select().from(targets).where(eq(targets.id, id)).get();
    if (!existing) return false;
    tx.delete(targets).where(eq(targets.id, id)).run();
    bumpDataVersion(tx, now);
    recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: "targets.delete",
      subject: subjectOf({ scope: existing.scope, district: existing.districtCode, supporter: existing.supporterCode, metric: existing.metric as TargetInput["metric"], periodFrom: existing.periodFrom, periodTo: existing.periodTo }),
      detail: { before: summary(existing) },
      ip: actor.ip,
      outcome: "ok",
    }, now);
    return true;
  });
}

export function getTargetById(db: Pick<Db, "select">, id: number): TargetRow | undefined {
  return db.select().from(targets).where(eq(targets.id, id)).get();
}
