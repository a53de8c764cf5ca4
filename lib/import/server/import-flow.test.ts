import { describe, expect, it } from "vitest";
import { fixtureDb } from "@/lib/testing/test-db";
import { readDataVersion } from "@/db/data-version";
import { ADMIN, WANZHOU_EDITOR } from "../testing/people";
import { tablesHash, wholeDbHash } from "../testing/db-hash";
import { csvOf, xlsxOf } from "../testing/workbook";
import { FUNDS_HEADER, FUNDS_ROWS } from "../testing/funds-rows";
import { commitPending, previewUpload } from "./service";
import { switchDemoOff, undoBatch, undoBlocker } from "./undo";

// Fixture funds (lib/testing/test-db.ts), by hand: 1000 + 3000 + 500 + 6000 + 2000 = 12,500 万元;
// 万州 (500101) 4,500, of which the 2021 cell holds 3,500 of demonstration figures.
const HEADER = FUNDS_HEADER;
const ROWS = FUNDS_ROWS;

const fundsTotal = (db: ReturnType<typeof fixtureDb>, district?: string) =>
  (db.$client.prepare(`select coalesce(sum(total), 0) as n from metric_rollup where metric = 'funds' ${district ? "and district_code = ?" : ""}`).get(...(district ? [district] : [])) as { n: number }).n;

describe("import flow", () => {
  it("previews without writing, commits exactly the previewed effect, and undo restores the tables", async () => {
    const db = fixtureDb();
    const before = tablesHash(db.$client);
    const wholeBefore = wholeDbHash(db.$client);
    const file = await xlsxOf([{ name: "引入资金", rows: ROWS }]);
    const result = await previewUpload(db, file, "funds.xlsx", ADMIN);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const p = result.preview;
    expect(wholeDbHash(db.$client)).toBe(wholeBefore);
    expect(p.counts).toEqual({ new: 2, changed: 1, unchanged: 0, refused: 0 });
    const changed = p.rows.find((r) => r.action === "changed");
    expect(changed?.diffs).toContainEqual({ field: "amountWan", from: 1000, to: 2000 });
    // +2000 new in 万州, +1000 change, −3500 demo retired, +1000 new in 涪陵 (its 2022 cell loses 2000 demo).
    expect(p.effects.find((e) => e.metric === "funds" && e.district === null)).toEqual({ metric: "funds", district: null, before: 12_500, after: 12_500 + 2000 + 1000 - 3500 + 1000 - 2000 });
    expect(p.effects.find((e) => e.district === "500101")).toMatchObject({ before: 4500, after: 4000 });

    const version = readDataVersion(db);
    const committed = commitPending(db, p.token!, ADMIN, "127.0.0.1");
    expect(committed).toMatchObject({ ok: true, counts: { inserted: 2, updated: 1, unchanged: 0, retired: 3 } });
    expect(fundsTotal(db)).toBe(11_000);
    expect(fundsTotal(db, "500101")).toBe(4000);
    expect(readDataVersion(db)).toBe(version + 1);

    // The same file again is recognised and changes nothing.
    const again = await previewUpload(db, file, "copy.xlsx", ADMIN);
    expect(again.ok && again.preview.duplicateOf?.batch).toBe(1);
    expect(again.ok && again.preview.canCommit).toBe(false);
    if (again.ok) expect(commitPending(db, again.preview.token, ADMIN, null)).toEqual({ ok: true, duplicateOf: { batch: 1, date: expect.any(String) } });

    if (!("batchId" in committed)) throw new Error("not committed");
    expect(undoBatch(db, committed.batchId, ADMIN, null).ok).toBe(true);
    expect(tablesHash(db.$client)).toBe(before);
    expect(fundsTotal(db)).toBe(12_500);
    expect(undoBlocker(db, committed.batchId)?.message).toBe("alreadyUndone");
  });

  it("refuses the 万州 editor's rows for 涪陵 and writes only theirs", async () => {
    const db = fixtureDb();
    const result = await previewUpload(db, Buffer.from(csvOf(ROWS)), "funds.csv", WANZHOU_EDITOR);
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.preview.counts.refused).toBe(1);
    expect(result.preview.refused[0]).toMatchObject({ rowNumber: 4, issues: [{ column: "A", message: "outOfScope" }] });
    const committed = commitPending(db, result.preview.token!, WANZHOU_EDITOR, null);
    expect(committed).toMatchObject({ ok: true, counts: { inserted: 1, updated: 1 } });
    expect(fundsTotal(db, "500102")).toBe(8000);
  });

  it("refuses to undo a batch whose records a later batch changed", async () => {
    const db = fixtureDb();
    const first = await previewUpload(db, await xlsxOf([{ name: "引入资金", rows: ROWS.slice(0, 2) }]), "a.xlsx", ADMIN);
    if (!first.ok) throw new Error("preview");
    const a = commitPending(db, first.preview.token!, ADMIN, null);
    const second = await previewUpload(db, await xlsxOf([{ name: "引入资金", rows: [HEADER, ["万州", "上海", 2021, 2500, "经济合作", "柑橘", "改"]] }]), "b.xlsx", ADMIN);
    if (!second.ok) throw new Error("preview");
    expect(second.preview.counts).toMatchObject({ new: 0, changed: 1 });
    const b = commitPending(db, second.preview.token!, ADMIN, null);
    if (!("batchId" in a) || !("batchId" in b)) throw new Error("commit");
    expect(undoBlocker(db, a.batchId)).toEqual({ message: "conflict", params: { batch: a.batchId, later: b.batchId } });
    expect(undoBatch(db, b.batchId, ADMIN, null).ok).toBe(true);
    expect(undoBatch(db, a.batchId, ADMIN, null).ok).toBe(true);
    expect(fundsTotal(db)).toBe(12_500);
  });

  it("switches demonstration data off as an undoable batch", () => {
    const db = fixtureDb();
    const before = tablesHash(db.$client);
    const off = switchDemoOff(db, ADMIN, null);
    expect(off).toMatchObject({ ok: true, retired: 2 + 1 + 0 + 0 + 0 + 1 + 2 + 1 + 1 });
    // Real funds only: 1000 + 6000.
    expect(fundsTotal(db)).toBe(7000);
    if (!off.ok) return;
    expect(undoBatch(db, off.batchId, ADMIN, null).ok).toBe(true);
    expect(tablesHash(db.$client)).toBe(before);
  });
});
