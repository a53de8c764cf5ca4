import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { importBatches } from "@/db/schema";
import type { Person } from "@/lib/auth/scope";
import type { FileRefusal } from "../limits";
import { BatchWriter, type BatchCounts } from "./apply";
import type { PendingMeta } from "./pending";
import { isAmbiguous, RowPlanner, type CommitRow } from "./plan";
import { planTargets } from "./target-plan";

/**
 * Writing a previewed upload, inside the caller's transaction. The plan is made again here, so a
 * figure changed since the preview is compared with what is stored now, not with what was. Kept
 * apart from the preview's code so the commit thread (./import-threads.ts) loads only what it needs.
 */
export type CommitResult = { ok: true; batchId: number; counts: BatchCounts } | { ok: true; duplicateOf: { batch: number; date: string } } | { ok: false; refusal: FileRefusal };

/** Whom the commit writes as: what a batch and its audit entry keep of the person. */
export type Committer = Pick<Person, "id" | "email">;

/** The applied batch of the same file, if any: the same file uploaded twice changes nothing. */
export function sameFile(db: Db, sha256: string): { batch: number; date: string } | null {
  const b = db.select({ id: importBatches.id, at: importBatches.createdAt }).from(importBatches)
    .where(and(eq(importBatches.sha256, sha256), eq(importBatches.state, "applied"))).get();
  return b ? { batch: b.id, date: b.at.slice(0, 10) } : null;
}

/** Whether the result wrote a batch (the caller commits), or wrote nothing (the caller rolls back). */
export function wroteBatch(result: CommitResult): result is { ok: true; batchId: number; counts: BatchCounts } {
  return result.ok && "batchId" in result;
}

/**
 * Plans and writes each row as it is read (./plan.ts RowPlanner, ./apply.ts BatchWriter): no list
 * of every row in memory. When nothing turns out to be new or changed, the result says so and
 * the caller rolls the transaction back (the batch row written first goes with it).
 */
export function commitRows(tx: Db, pending: PendingMeta, rows: Iterable<CommitRow>, person: Committer, ip: string | null, now: Date = new Date()): CommitResult {
  const duplicateOf = sameFile(tx, pending.sha256);
  if (duplicateOf) return { ok: true, duplicateOf };
  const targets = planTargets(tx, pending.targets);
  const districts = [...new Set(pending.writes.flatMap((w) => (w.district ? [w.district] : [])))];
  const planner = new RowPlanner(tx, districts);
  const batch = new BatchWriter(tx, { kind: "import", person, ip, fileName: pending.fileName, sha256: pending.sha256, refused: pending.refused.length }, now, pending.metricRows);
  for (const row of rows) {
    const planned = planner.plan(row);
    if (isAmbiguous(planned)) batch.ambiguous(1);
    else batch.write(planned);
  }
  if (batch.counts.inserted + batch.counts.updated === 0 && !targets.some((t) => t.action !== "unchanged")) return { ok: false, refusal: { message: "nothing" } };
  return { ok: true, ...batch.finish({ targets, ...planner.finish() }) };
}

/** commitRows in a transaction of its own on `db`: BEGIN IMMEDIATE takes the write lock first; committed only when a batch was written. */
export function commitRowsInTransaction(db: Db, pending: PendingMeta, rows: Iterable<CommitRow>, person: Committer, ip: string | null): CommitResult {
  db.$client.exec("BEGIN IMMEDIATE");
  try {
    const result = commitRows(db, pending, rows, person, ip);
    db.$client.exec(wroteBatch(result) ? "COMMIT" : "ROLLBACK");
    return result;
  } catch (error) {
    if (db.$client.inTransaction) db.$client.exec("ROLLBACK");
    throw error;
  }
}
