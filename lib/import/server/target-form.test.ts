import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fixtureDb } from "@/lib/testing/test-db";
import { readDataVersion } from "@/db/data-version";
import * as s from "@/db/schema";
import { findTargetCell, MANUAL_TARGET_SOURCE_ID } from "@/db/target-write";
import { ADMIN } from "../testing/people";
import { deleteTarget, saveTarget } from "./target-form";
import { undoBatch, undoBlocker } from "./undo";

function db() {
  const d = fixtureDb();
  d.insert(s.sources).values({ id: MANUAL_TARGET_SOURCE_ID, titleZh: "录入", titleEn: "Entered", publisher: null, publishedOn: null, note: null }).run();
  d.insert(s.targets).values({ scope: "pairing", supporterCode: "310000", districtCode: "500101", metric: "funds", periodFrom: 2021, periodTo: 2025, targetValue: 7500, sourceId: "demo-generator", isDemo: true, updatedAt: "2026-01-01" }).run();
  return d;
}

const actor = { id: "u1", email: "editor@example.org", ip: "203.0.113.9" };
const input = { scope: "pairing" as const, district: "500101", supporter: "310000", metric: "funds" as const, periodFrom: 2021, periodTo: 2025, targetValue: 6000, note: "plan" };

describe("saveTarget", () => {
  it("corrects the target in the cell: real replaces demo, version bumped, audited old → new", () => {
    const d = db();
    const before = readDataVersion(d);
    const { created } = saveTarget(d, input, actor);
    expect(created).toBe(false);
    const row = findTargetCell(d, input);
    expect(row).toMatchObject({ targetValue: 6000, isDemo: false, sourceId: MANUAL_TARGET_SOURCE_ID });
    expect(d.select().from(s.targets).all()).toHaveLength(1);
    expect(readDataVersion(d)).toBe(before + 1);
    const audit = d.select().from(s.auditLog).where(eq(s.auditLog.action, "targets.update")).get();
    expect(audit?.actorEmail).toBe("editor@example.org");
    expect(JSON.parse(audit?.detail ?? "{}")).toMatchObject({ before: { targetValue: 7500, isDemo: true }, after: { targetValue: 6000, isDemo: false } });
  });

  it("adds a target in an empty cell (NULL codes match as a cell) and deletes it", () => {
    const d = db();
    const program = { ...input, scope: "program" as const, district: null, supporter: null };
    expect(saveTarget(d, program, actor).created).toBe(true);
    expect(saveTarget(d, { ...program, targetValue: 9 }, actor).created).toBe(false);
    const row = findTargetCell(d, program);
    expect(row?.targetValue).toBe(9);
    expect(deleteTarget(d, row?.id ?? -1, actor)).toBe(true);
    expect(findTargetCell(d, program)).toBeUndefined();
    expect(deleteTarget(d, 999, actor)).toBe(false);
    expect(d.select().from(s.auditLog).all().map((a) => a.action)).toEqual(["targets.create", "targets.update", "targets.delete"]);
  });
});

describe("target writes as batches", () => {
  it("a correction is a form batch; undo puts the demonstration target back exactly, bumps the version and audits", () => {
    const d = db();
    const demo = d.select().from(s.targets).all();
    const { batchId } = saveTarget(d, input, actor);
    expect(d.select().from(s.importBatches).where(eq(s.importBatches.id, batchId)).get()).toMatchObject({ kind: "form", state: "applied", updated: 1, actorEmail: "editor@example.org", targets: JSON.stringify([{ district: "500101", supporter: "310000" }]) });
    const version = readDataVersion(d);
    expect(undoBatch(d, batchId, ADMIN, null)).toMatchObject({ ok: true });
    expect(d.select().from(s.targets).all()).toEqual(demo);
    expect(readDataVersion(d)).toBe(version + 1);
    expect(d.select().from(s.auditLog).all().map((a) => a.action)).toEqual(["targets.update", "batch.revert"]);
  });

  it("a deleted target comes back with its id, unless a target added since holds its cell", () => {
    const d = db();
    const demo = d.select().from(s.targets).all();
    const id = demo[0]!.id;
    deleteTarget(d, id, actor);
    const deleted = d.select().from(s.importBatches).all().at(-1)!;
    expect(deleted).toMatchObject({ kind: "form", deleted: 1 });
    const { batchId: added } = saveTarget(d, input, actor);
    expect(undoBlocker(d, deleted.id)).toEqual({ message: "targetCellTaken", params: { batch: deleted.id, target: expect.any(Number) } });
    expect(undoBatch(d, added, ADMIN, null)).toMatchObject({ ok: true });
    expect(undoBatch(d, deleted.id, ADMIN, null)).toMatchObject({ ok: true });
    expect(d.select().from(s.targets).all()).toEqual(demo);
  });
});
