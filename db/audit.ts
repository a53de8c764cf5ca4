import type { Db } from "./client";
import { AUDIT_OUTCOMES, auditLog } from "./schema";

type Tx = Pick<Db, "insert">;

export type AuditEntry = {
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown> | null;
  ip?: string | null;
  outcome: (typeof AUDIT_OUTCOMES)[number];
};

/** Appends one entry; call inside the write's own transaction so the trail and the data agree. */
export function recordAudit(tx: Tx, entry: AuditEntry, now: Date = new Date()): void {
  tx.insert(auditLog)
    .values({
      at: now.toISOString(),
      actorId: entry.actorId,
      actorEmail: entry.actorEmail,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.ip ?? null,
      outcome: entry.outcome,
    })
    .run();
}
