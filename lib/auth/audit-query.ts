import "server-only";
import { and, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { dayEndUtc, dayStartUtc, type AuditFilters } from "./audit-filters";

export const AUDIT_PAGE_SIZE = 50;
export type AuditRow = typeof auditLog.$inferSelect;

function conditions(f: AuditFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.outcome) where.push(eq(auditLog.outcome, f.outcome));
  if (f.from) where.push(gte(auditLog.at, dayStartUtc(f.from)));
  if (f.to) where.push(lt(auditLog.at, dayEndUtc(f.to)));
  if (f.person) {
    // LIKE wildcards typed by the reader are matched literally.
    const pattern = `%${f.person.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(sql`${auditLog.actorEmail} LIKE ${pattern} ESCAPE '\\'`, sql`${auditLog.subject} LIKE ${pattern} ESCAPE '\\'`));
  }
  return where.length ? and(...where) : undefined;
}

/** One page, newest first, and how many entries match. */
export function getAuditPage(db: Db, f: AuditFilters): { rows: AuditRow[]; total: number } {
  const where = conditions(f);
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((f.page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows, total };
}

/** Every matching entry, newest first, a thousand at a time (keyset on id), for the CSV export. */
export function* auditBatches(db: Db, f: AuditFilters): Generator<AuditRow[]> {
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = db
      .select()
      .from(auditLog)
      .where(and(conditions(f), lt(auditLog.id, before)))
      .orderBy(desc(auditLog.id))
      .limit(1000)
      .all();
    if (rows.length === 0) return;
    yield rows;
    before = rows[rows.length - 1]!.id;
  }
}

/** The actions present in the log, for the filter's list. */
export function getAuditActions(db: Db): string[] {
  return db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((r) => r.action);
}
