import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { TargetInput } from "@/lib/progress/target-input";
import type { Db } from "./client";
import { targets } from "./schema";

// Reading targets by cell or id. Writes go through batches (lib/import/server/target-form.ts and
// the import), so each can be undone.

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

export function getTargetById(db: Pick<Db, "select">, id: number): TargetRow | undefined {
  return db.select().from(targets).where(eq(targets.id, id)).get();
}
