import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { targetInScope, type Person } from "@/lib/auth/scope";
import { IMPORT_LIMITS, ImportRefused, type FileRefusal } from "../limits";
import { readCsv, type CsvEncoding } from "../read-csv";
import { readXlsx } from "../read-xlsx";
import type { RawSheet } from "../raw-sheet";
import { validateSheets, type Issue, type RefusedRow, type SheetNotice } from "../validate";
import { commitRowsInTransaction, sameFile, wroteBatch, type CommitResult } from "./commit";
import { currentYear, lookupFromDb } from "./lookup";
import { dropPending, loadPending, pendingRows, savePending } from "./pending";
import { planRows, type Effect, type PlannedRow } from "./plan";
import { planTargets, type PlannedTarget } from "./target-plan";

/**
 * The import as the routes see it: an upload becomes a preview (nothing written) kept under a
 * token; confirming the token writes it in one transaction. Every refusal is a FileRefusal with
 * a message key, never an exception escaping to a 500.
 */
export type PreviewRow = { sheet: string; rowNumber: number; action: PlannedRow["action"]; metric: string; values: Record<string, string | number | null>; diffs?: { field: string; from: string | number | null; to: string | number | null }[]; warnings: Issue[] };
export type PreviewTargetRow = Pick<PlannedTarget, "sheet" | "rowNumber" | "action" | "input" | "diffs" | "statusBefore" | "statusAfter">;
export type Preview = {
  /** Names the stored preview (for confirming and for the refused-rows file). */
  token: string;
  /** Whether confirming would write anything (not the same file again, some row new or changed). */
  canCommit: boolean;
  fileName: string;
  sha256: string;
  encoding: CsvEncoding | "xlsx";
  duplicateOf: { batch: number; date: string } | null;
  counts: { new: number; changed: number; unchanged: number; refused: number };
  rows: PreviewRow[];
  /** The targets sheet: counts and every row with its status before → after. */
  targetCounts: { new: number; changed: number; unchanged: number };
  targetRows: PreviewTargetRow[];
  refused: RefusedRow[];
  notices: SheetNotice[];
  effects: Effect[];
  retireCells: number;
};

export const PREVIEW_ROWS_SHOWN = 200;

export function sha256Of(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** XLSX by its ZIP signature, CSV by name; anything else is named in the refusal. */
export async function readUpload(bytes: Buffer, fileName: string): Promise<{ sheets: RawSheet[]; encoding: CsvEncoding | "xlsx" }> {
  if (bytes.length === 0) throw new ImportRefused({ message: "emptyFile" });
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw new ImportRefused({ message: "tooLarge", params: { max: IMPORT_LIMITS.maxBytes / 1024 / 1024 } });
  const lower = fileName.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith(".xlsx") || (zip && !lower.endsWith(".csv"))) {
    if (!zip) throw new ImportRefused({ message: "notZip" });
    return { sheets: await readXlsx(bytes), encoding: "xlsx" };
  }
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
    if (zip) throw new ImportRefused({ message: "wrongType", params: { name: fileName } });
    const { sheet, encoding } = readCsv(bytes, fileName);
    return { sheets: [sheet], encoding };
  }
  throw new ImportRefused({ message: "wrongType", params: { name: fileName } });
}

export function scopeOf(person: Person, parentOf: (s: string) => string | null) {
  return (district: string | null, supporter: string | null) => person.role === "admin" || targetInScope(person, { district, supporter }, parentOf);
}

/** Read and validated in a function of its own, so the raw cells of a large file can be freed before planning. */
async function readAndValidate(db: Db, bytes: Buffer, fileName: string, person: Person) {
  const { sheets, encoding } = await readUpload(bytes, fileName);
  const lookup = lookupFromDb(db);
  const inScope = scopeOf(person, lookup.parentOf);
  return { encoding, validated: validateSheets(sheets, { lookup, maxYear: currentYear(), inScope, targetInScope: inScope }) };
}

export type PreviewResult = { ok: true; preview: Preview } | { ok: false; refusal: FileRefusal };

/** In this thread; the route runs it in a thread of its own (./import-threads.ts). */
export async function previewUpload(db: Db, bytes: Buffer, fileName: string, person: Person): Promise<PreviewResult> {
  try {
    const sha256 = sha256Of(bytes);
    const { encoding, validated } = await readAndValidate(db, bytes, fileName, person);
    const plan = planRows(db, validated.rows);
    const targets = planTargets(db, validated.targets);
    const refused: RefusedRow[] = [...validated.refused, ...plan.ambiguous.map((a) => ({ sheet: a.row.sheet, rowNumber: a.row.rowNumber, issues: [a.issue], cells: [] }))];
    const duplicateOf = sameFile(db, sha256);
    const writable = plan.rows.some((r) => r.action !== "unchanged") || targets.some((t) => t.action !== "unchanged");
    const token = savePending({
      personId: person.id, fileName, sha256, createdAt: Date.now(),
      rows: plan.rows,
      targets: targets.map(({ sheet, rowNumber, input }) => ({ sheet, rowNumber, input })),
      refused, notices: validated.notices, headers: validated.headers,
    });
    const count = (a: PlannedRow["action"]) => plan.rows.filter((r) => r.action === a).length;
    const countTargets = (a: PlannedTarget["action"]) => targets.filter((r) => r.action === a).length;
    return {
      ok: true,
      preview: {
        token, canCommit: !duplicateOf && writable, fileName, sha256, encoding, duplicateOf,
        counts: { new: count("new"), changed: count("changed"), unchanged: count("unchanged"), refused: refused.length },
        rows: plan.rows.slice(0, PREVIEW_ROWS_SHOWN).map((r) => ({
          sheet: r.sheet, rowNumber: r.rowNumber, action: r.action, metric: r.record.metric, values: r.record.values,
          diffs: r.action === "changed" ? r.diffs : undefined, warnings: r.warnings,
        })),
        targetCounts: { new: countTargets("new"), changed: countTargets("changed"), unchanged: countTargets("unchanged") },
        targetRows: targets.slice(0, PREVIEW_ROWS_SHOWN).map(({ sheet, rowNumber, action, input, diffs, statusBefore, statusAfter }) => ({ sheet, rowNumber, action, input, diffs, statusBefore, statusAfter })),
        refused, notices: validated.notices, effects: plan.effects, retireCells: plan.retireCells.length,
      },
    };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

/**
 * Writes a previewed upload in one transaction on the given connection, in this thread (tests,
 * scripts, an in-memory database). The server's route uses commitPendingAsync (./import-threads.ts).
 */
export function commitPending(db: Db, token: string, person: Person, ip: string | null): CommitResult {
  const pending = loadPending(token);
  if (!pending) return { ok: false, refusal: { message: "expired" } };
  if (pending.personId !== person.id) return { ok: false, refusal: { message: "notYours" } };
  const result = commitRowsInTransaction(db, pending, pendingRows(token, pending), person, ip);
  if (wroteBatch(result)) dropPending(token);
  return result;
}

export { loadPending };
export type { PendingMeta } from "./pending";
export type { CommitResult } from "./commit";
