import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { readDataVersion } from "@/db/data-version";
import * as s from "@/db/schema";
import { fixtureDb } from "@/lib/testing/test-db";
import { ADMIN, WANZHOU_EDITOR } from "../testing/people";
import { xlsxOf } from "../testing/workbook";
import { issueTexts } from "./describe";
import { commitPending, commitPendingAsync, previewUpload } from "./service";
import { undoBatch } from "./undo";

const HEADER = ["范围", "区县", "支援方", "指标", "起始年份", "结束年份", "目标值（资金为万元）", "基线值", "年度分解", "依据"];

/**
 * Fixture actuals (lib/testing/test-db.ts), by hand, for 2021–2025 as of 2022-12-31 (linear pace
 * 2 of 5 years = 40%): 上海→万州 funds 3,000 (2021; the 2020 record is before the period);
 * 涪陵 2,000 (2022; the 1992–2022 total is left out as it starts before the period).
 * Demo target 上海→万州 7,500: 3,000 / 7,500 = 40% = 100% of pace, on track.
 * Imported 10,000: 30% = 75% of pace, below 80%: behind. 涪陵 5,000: 40%, on track.
 */
function withDemoTarget() {
  const db = fixtureDb();
  db.insert(s.targets).values({ scope: "pairing", supporterCode: "310000", districtCode: "500101", metric: "funds", periodFrom: 2021, periodTo: 2025, targetValue: 7500, sourceId: "demo-generator", isDemo: true, note: null, updatedAt: "2026-01-01T00:00:00.000Z" }).run();
  return db;
}

const ROWS = [
  HEADER,
  ["结对", "万州", "上海", "引入资金", 2021, 2025, "1亿元", null, null, "十四五规划"],
  ["区县", "涪陵区", null, "funds", "2021", 2025, 5000, null, null, "涪陵 2021 年工作方案"],
  ["区县", "万州区", "上海市", "引入资金", 2021, 2025, 100, null, null, "多填了支援方"],
  ["结对", "万州", "上海", "培训人才", 2021, 2020, 100, null, null, "年份颠倒"],
];

describe("targets through the import", () => {
  it("previews status before → after, commits as a batch, and undo puts the demonstration target back exactly", async () => {
    const db = withDemoTarget();
    const demo = db.select().from(s.targets).all();
    const result = await previewUpload(db, await xlsxOf([{ name: "目标", rows: ROWS }]), "targets.xlsx", ADMIN);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = result.preview;
    expect(p.targetCounts).toEqual({ new: 1, changed: 1, unchanged: 0 });
    const pairing = p.targetRows.find((r) => r.input.scope === "pairing");
    expect(pairing).toMatchObject({ action: "changed", input: { targetValue: 10_000 }, statusBefore: { status: "on-track", target: 7500, actual: 3000 }, statusAfter: { status: "behind", target: 10_000, actual: 3000 } });
    expect(pairing?.statusAfter.ofPace).toBeCloseTo(0.75, 9);
    expect(p.targetRows.find((r) => r.input.scope === "district")).toMatchObject({ action: "new", statusBefore: null, statusAfter: { status: "on-track", actual: 2000 } });
    // Refused in the single-target form's own sentences, with row and column.
    const zh = issueTexts("zh-CN");
    const refused = p.refused.map((r) => r.issues.map((i) => zh.issue(r.rowNumber, i))).flat();
    expect(refused).toEqual(["第 4 行 C 列（支援方）：此范围不需要“支援方”，请留空。", "第 5 行 F 列（结束年份）：结束年份不能早于起始年份。"]);
    expect(db.select().from(s.targets).all()).toEqual(demo);

    const version = readDataVersion(db);
    const committed = commitPending(db, p.token, ADMIN, null);
    expect(committed).toMatchObject({ ok: true, counts: { inserted: 1, updated: 1 } });
    if (!committed.ok || !("batchId" in committed)) return;
    expect(readDataVersion(db)).toBe(version + 1);
    expect(db.select().from(s.targets).all().map((t) => [t.scope, t.districtCode, t.targetValue, t.isDemo, t.sourceId])).toEqual([
      ["pairing", "500101", 10_000, false, `batch-${committed.batchId}`],
      ["district", "500102", 5000, false, `batch-${committed.batchId}`],
    ]);
    expect(undoBatch(db, committed.batchId, ADMIN, null)).toMatchObject({ ok: true });
    expect(db.select().from(s.targets).all()).toEqual(demo);
    expect(readDataVersion(db)).toBe(version + 2);
    expect(db.select().from(s.auditLog).all().map((a) => a.action)).toEqual(["records.import", "batch.revert"]);
  });

  it("refuses an editor's targets outside their districts, a program-wide one included", async () => {
    const db = withDemoTarget();
    const rows = [HEADER, ["区县", "涪陵", null, "引入资金", 2021, 2025, 5000, null, null, "x"], ["全库区", null, null, "引入资金", 2021, 2025, 5000, null, null, "x"], ["结对", "万州", "上海", "引入资金", 2021, 2025, 8000, null, "1,1,1,1,1", "x"]];
    const result = await previewUpload(db, await xlsxOf([{ name: "Targets", rows }]), "t.xlsx", WANZHOU_EDITOR);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.refused.map((r) => [r.rowNumber, r.issues[0]?.message])).toEqual([[2, "outOfScope"], [3, "outOfScope"]]);
    expect(result.preview.targetCounts).toEqual({ new: 0, changed: 1, unchanged: 0 });
  });

  it("commits on a connection of its own while the server's connection keeps reading the data as it was", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duikou-target-"));
    const file = path.join(dir, "t.db");
    await withDemoTarget().$client.backup(file);
    const db = openDatabase(file);
    const result = await previewUpload(db, await xlsxOf([{ name: "目标", rows: ROWS.slice(0, 3) }]), "targets.xlsx", ADMIN);
    if (!result.ok) throw new Error("preview refused");
    const values = () => db.select({ v: s.targets.targetValue }).from(s.targets).all().map((r) => r.v);
    const committing = commitPendingAsync(db, result.preview.token, ADMIN, null);
    // One turn of the event loop in, the commit has made its first step (the targets written on its own connection) and handed back.
    await new Promise((resolve) => setImmediate(resolve));
    expect(values()).toEqual([7500]);
    expect(await committing).toMatchObject({ ok: true, counts: { inserted: 1, updated: 1 } });
    expect(values()).toEqual([10_000, 5000]);
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
