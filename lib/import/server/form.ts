import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/audit";
import type { Person } from "@/lib/auth/scope";
import type { MetricKey } from "@/lib/metrics";
import { VALUE_FIELD } from "../columns";
import type { Cell } from "../normalise";
import { parseRecord, type RowIssue } from "../record-schema";
import { applyPlan, createBatch, finishBatch, logChange } from "./apply";
import { currentYear, lookupFromDb } from "./lookup";
import { planRows } from "./plan";
import { deleteRecord, getRecord, type StoredRecord } from "./record-store";

/**
 * The single-record form's writes: the same schema as the import (parseRecord), the same batch
 * machinery (so each save or delete is a batch that can be undone), one transaction each.
 */
export type FormResult =
  | { ok: true; batchId: number; recordId: number | null }
  | { ok: false; status: 400 | 404 | 409; issues?: RowIssue[]; message?: "notFound" | "demoRecord" | "unchanged" };

/** A record the form may change: real and still counting. */
export function editableRecord(db: Db, metric: MetricKey, id: number): StoredRecord | null {
  const r = getRecord(db, metric, id);
  return r && r.isDemo === 0 && r.retiredByBatch === null ? r : null;
}

export function parseForm(db: Db, metric: MetricKey, cells: Record<string, Cell>) {
  return parseRecord(metric, cells, lookupFromDb(db), currentYear());
}

/** Adds (id null) or corrects one record. A correction may change its key fields too. */
export function saveRecord(db: Db, metric: MetricKey, id: number | null, cells: Record<string, Cell>, person: Person, ip: string | null): FormResult {
  const parsed = parseForm(db, metric, cells);
  if (!parsed.ok) return { ok: false, status: 400, issues: parsed.issues };
  return db.transaction((): FormResult => {
    const row = { sheet: "form", rowNumber: 1, record: parsed.record, warnings: [] };
    const plan = planRows(db, [row]);
    if (id === null) {
      const planned = plan.rows[0];
      if (!planned) return { ok: false, status: 409, message: "unchanged" };
      if (planned.action === "unchanged") return { ok: false, status: 409, message: "unchanged" };
      const { batchId } = applyPlan(db, plan, { kind: "form", person, ip, fileName: null, sha256: null, refused: 0 });
      return { ok: true, batchId, recordId: planned.action === "changed" ? planned.recordId : null };
    }
    const before = editableRecord(db, metric, id);
    if (!before) return { ok: false, status: 404, message: getRecord(db, metric, id) ? "demoRecord" : "notFound" };
    // Correcting record `id`: plan it as a change of exactly that record.
    const diffs = Object.entries(parsed.record.values).filter(([f, v]) => (before[f] ?? null) !== (v ?? null)).map(([field, v]) => ({ field, from: before[field] ?? null, to: v ?? null }));
    if (!diffs.length) return { ok: false, status: 409, message: "unchanged" };
    const year = Number(parsed.record.values.year);
    const district = String(parsed.record.values.districtCode);
    const { batchId } = applyPlan(db, { rows: [{ ...row, action: "changed", recordId: id, before, diffs }], ambiguous: [], effects: [], retireCells: [{ metric, district, year }], targets: [] }, { kind: "form", person, ip, fileName: null, sha256: null, refused: 0 });
    return { ok: true, batchId, recordId: id };
  });
}

export function removeRecord(db: Db, metric: MetricKey, id: number, person: Person, ip: string | null): FormResult {
  return db.transaction((): FormResult => {
    const before = editableRecord(db, metric, id);
    if (!before) return { ok: false, status: 404, message: getRecord(db, metric, id) ? "demoRecord" : "notFound" };
    const now = new Date();
    const batchId = createBatch(db, { kind: "form", person, ip, fileName: null, sha256: null, refused: 0 }, now);
    deleteRecord(db, metric, id);
    logChange(db, batchId, metric, id, "delete", before, null);
    finishBatch(db, batchId, { deleted: 1 }, [{ district: String(before.districtCode), supporter: String(before.supporterCode) }]);
    recordAudit(db, {
      actorId: person.id, actorEmail: person.email, ip, outcome: "ok", action: "records.delete",
      subject: `${metric} ${id}`, detail: { batchId, metric, before, value: before[VALUE_FIELD[metric]] },
    }, now);
    return { ok: true, batchId, recordId: null };
  });
}
