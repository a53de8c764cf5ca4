import "server-only";
import type { Db } from "@/db/client";
import { findTargetCell } from "@/db/target-write";
import type { ProgressStatus } from "@/lib/progress/status";
import { thresholdsFromEnv } from "@/lib/progress/thresholds";
import { targetAssessor, type TargetCellValues } from "@/lib/queries/progress";
import type { ValidTargetRow } from "../validate-targets";
import { targetValues } from "./target-store";

/**
 * What the targets sheet would do, without writing: each row new, changed (old → new per field)
 * or unchanged, and the status of its pairing (district, supporter, program) before → after,
 * against today's actuals, with the thresholds /progress uses.
 */
export type TargetStatusView = { status: ProgressStatus; ofPace: number | null; target: number; actual: number | null };
export type TargetDiff = { field: string; from: string | number | boolean | null; to: string | number | boolean | null };
export type PlannedTarget = ValidTargetRow & {
  action: "new" | "changed" | "unchanged";
  targetId: number | null;
  diffs: TargetDiff[];
  statusBefore: TargetStatusView | null;
  statusAfter: TargetStatusView;
};

const COMPARED = ["targetValue", "baseline", "profile", "note", "isDemo"] as const;

export function planTargets(db: Db, rows: readonly ValidTargetRow[]): PlannedTarget[] {
  const assess = targetAssessor(db, thresholdsFromEnv());
  const view = (t: TargetCellValues): TargetStatusView => {
    const a = assess(t);
    return { status: a.status, ofPace: a.ofPace, target: a.target, actual: a.actual };
  };
  return rows.map((row) => {
    const existing = findTargetCell(db, row.input);
    const after = targetValues(row.input, existing?.sourceId ?? "", new Date(0));
    const diffs: TargetDiff[] = existing
      ? COMPARED.filter((f) => (existing[f] ?? null) !== (after[f] ?? null)).map((f) => ({ field: f, from: existing[f] ?? null, to: after[f] ?? null }))
      : [];
    const action = !existing ? "new" : diffs.length ? "changed" : "unchanged";
    return { ...row, action, targetId: existing?.id ?? null, diffs, statusBefore: existing ? view(existing) : null, statusAfter: view(after) };
  });
}
