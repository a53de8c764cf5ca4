import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { importBatches } from "@/db/schema";
import { targetInScope, type Person } from "@/lib/auth/scope";
import { IMPORT_LIMITS, ImportRefused, type FileRefusal } from "../limits";
import { readCsv, type CsvEncoding } from "../read-csv";
import { readXlsx } from "../read-xlsx";
import type { RawSheet } from "../raw-sheet";
import { validateSheets, type Issue, type RefusedRow, type SheetNotice, type ValidRow } from "../validate";
import { applyPlan, applyPlanSteps, type BatchCounts } from "./apply";
import { currentYear, lookupFromDb } from "./lookup";
import { dropPending, loadPending, savePending, type Pending } from "./pending";
import { planRows, planRowsSteps, type Effect, type Plan, type PlannedRow } from "./plan";
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

function sameFile(db: Db, sha256: string): { batch: number; date: string } | null {
  const b = db.select({ id: importBatches.id, at: importBatches.createdAt }).from(importBatches)
    .where(and(eq(importBatches.sha256, sha256), eq(importBatches.state, "applied"))).get();
  return b ? { batch: b.id, date: b.at.slice(0, 10) } : null;
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

export async function previewUpload(db: Db, bytes: Buffer, fileName: string, person: Person): Promise<{ ok: true; preview: Preview } | { ok: false; refusal: FileRefusal }> {
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
      rows: plan.rows.map(({ sheet, rowNumber, record, warnings }): ValidRow => ({ sheet, rowNumber, record, warnings })),
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

export type CommitResult = { ok: true; batchId: number; counts: BatchCounts } | { ok: true; duplicateOf: { batch: number; date: string } } | { ok: false; refusal: FileRefusal };

/**
 * Writes a previewed upload. The plan is made again inside the transaction, so a figure
 * changed since the preview is compared with what is stored now, not with what was.
 */
export function commitPending(db: Db, token: string, person: Person, ip: string | null): CommitResult {
  const pending = loadPending(token);
  if (!pending) return { ok: false, refusal: { message: "expired" } };
  if (pending.personId !== person.id) return { ok: false, refusal: { message: "notYours" } };
  const result = db.transaction((): CommitResult => {
    const duplicateOf = sameFile(db, pending.sha256);
    if (duplicateOf) return { ok: true, duplicateOf };
    const plan = planRows(db, pending.rows);
    plan.targets = planTargets(db, pending.targets ?? []);
    if (!plan.rows.some((r) => r.action !== "unchanged") && !plan.targets.some((t) => t.action !== "unchanged")) return { ok: false, refusal: { message: "nothing" } };
    return { ok: true, ...applyPlan(db, plan, { kind: "import", person, ip, fileName: pending.fileName, sha256: pending.sha256, refused: pending.refused.length }) };
  });
  if (result.ok) dropPending(token);
  return result;
}

export { loadPending };
export type { Pending } from "./pending";

// One commit at a time: a second would wait for the write lock with the event loop blocked.
let commitQueue: Promise<unknown> = Promise.resolve();

/**
 * The route's commit: the same single transaction, on a connection of its own, handing control
 * back between steps, so pages keep being served from the other connection (WAL: they read the
 * data as it was until the commit) while a large file is written. All or nothing as before.
 */
export function commitPendingAsync(db: Db, token: string, person: Person, ip: string | null, read: Pending | null = null): Promise<CommitResult> {
  const run = commitQueue.then(() => commitOnOwnConnection(db, token, person, ip, read));
  commitQueue = run.catch(() => undefined);
  return run;
}

async function commitOnOwnConnection(db: Db, token: string, person: Person, ip: string | null, read: Pending | null): Promise<CommitResult> {
  const file = db.$client.name;
  if (db.$client.memory || !file) return commitPending(db, token, person, ip);
  // The route has read the pending file already (for the guard); parsing it again costs a second on a large file.
  const pending = read ?? loadPending(token);
  if (!pending) return { ok: false, refusal: { message: "expired" } };
  if (pending.personId !== person.id) return { ok: false, refusal: { message: "notYours" } };
  const writer = openDatabase(file);
  let result: CommitResult;
  try {
    writer.$client.exec("BEGIN IMMEDIATE");
    try {
      result = await (async (): Promise<CommitResult> => {
        const duplicateOf = sameFile(writer, pending.sha256);
        if (duplicateOf) return { ok: true, duplicateOf };
        const planning = planRowsSteps(writer, pending.rows);
        let plan: Plan;
        for (;;) {
          const step = planning.next();
          if (step.done) {
            plan = step.value;
            break;
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
        plan.targets = planTargets(writer, pending.targets ?? []);
        if (!plan.rows.some((r) => r.action !== "unchanged") && !plan.targets.some((t) => t.action !== "unchanged")) return { ok: false, refusal: { message: "nothing" } };
        const steps = applyPlanSteps(writer, plan, { kind: "import", person, ip, fileName: pending.fileName, sha256: pending.sha256, refused: pending.refused.length });
        // Hand back after the first step, then every ~10 ms: a page being served needs many turns of the event loop.
        let slice = -Infinity;
        for (;;) {
          const step = steps.next();
          if (step.done) return { ok: true, ...step.value };
          if (performance.now() - slice < 10) continue;
          await new Promise((resolve) => setImmediate(resolve));
          slice = performance.now();
        }
      })();
      writer.$client.exec(result.ok && "batchId" in result ? "COMMIT" : "ROLLBACK");
    } catch (error) {
      writer.$client.exec("ROLLBACK");
      throw error;
    }
  } finally {
    writer.$client.close();
  }
  if (result.ok) dropPending(token);
  return result;
}
