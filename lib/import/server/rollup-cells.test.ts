import { describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { rebuildRollup } from "@/db/rollup";
import { seedDatabase } from "@/db/seed/load";
import { ADMIN } from "../testing/people";
import { tablesHash } from "../testing/db-hash";
import { xlsxOf } from "../testing/workbook";
import { saveRecord } from "./form";
import { commitPending, previewUpload } from "./service";
import { undoBatch } from "./undo";

/**
 * An import (and a form save) rebuilds only the rollup cells it wrote (db/rollup.ts
 * rebuildRollupCells). The reference is the full rebuild of every metric: after each write the
 * rollup and top-record tables must be exactly what rebuildRollup makes from the records.
 */
const ROLLUP_TABLES = ["metric_rollup", "top_record_index"];

function seededDb(): Db {
  const db = openDatabase(":memory:");
  migrateDatabase(db);
  seedDatabase(db);
  return db;
}

/** The rollup as the write left it, and as a full rebuild makes it from the same records. */
function rollupAndFullRebuild(db: Db): { written: string; rebuilt: string } {
  const written = tablesHash(db.$client, ROLLUP_TABLES);
  db.transaction((tx) => rebuildRollup(tx));
  return { written, rebuilt: tablesHash(db.$client, ROLLUP_TABLES) };
}

function expectSameAsFullRebuild(db: Db): void {
  const { written, rebuilt } = rollupAndFullRebuild(db);
  expect(written).toBe(rebuilt);
}

async function importSheets(db: Db, sheets: { name: string; rows: unknown[][] }[], name: string): Promise<number> {
  const preview = await previewUpload(db, await xlsxOf(sheets), name, ADMIN);
  if (!preview.ok) throw new Error(preview.refusal.message);
  const committed = commitPending(db, preview.preview.token, ADMIN, null);
  if (!("batchId" in committed)) throw new Error(JSON.stringify(committed));
  // Every row written: a refused row would leave its cell untested.
  expect(preview.preview.refused).toEqual([]);
  return committed.batchId;
}

const FUNDS = ["区县", "支援方", "年份", "金额（万元）", "资金类别", "行业", "备注"];
const PROJECTS = ["区县", "支援方", "年份", "项目名称", "项目数（个）", "投资额（万元）", "项目状态", "行业", "备注"];

describe("rollup of the cells a write touched", () => {
  it("equals the full rebuild after imports, a correction that moves a record, and their undo", async () => {
    const db = seededDb();
    const seeded = tablesHash(db.$client, ROLLUP_TABLES);
    const cells = (metric: string) => (db.$client.prepare("select count(distinct district_code || '|' || year) as n from metric_rollup where metric = ?").get(metric) as { n: number }).n;
    // A few cells out of hundreds: the per-cell path, not the whole-metric one.
    expect(cells("funds")).toBeGreaterThan(100);

    // 忠县 2022 holds the joint 山东 + 沈阳 funds records (credit rows for the partner); 万州 2018 a real 上海 figure.
    const first = await importSheets(db, [
      { name: "引入资金", rows: [FUNDS, ["忠县", "山东省", 2022, 1200, "无偿援助", "教育", null], ["万州区", "上海市", 2018, 800, "经济合作", "文化旅游", null], ["巫山县", "广东省", 2010, 300, "其他（未细分）", null, "a"]] },
      { name: "产业合作项目", rows: [PROJECTS, ["丰都县", "河北省", 2015, "测试项目", 2, 5000, "已签约", null, null]] },
    ], "first.xlsx");
    expectSameAsFullRebuild(db);
    const afterFirst = tablesHash(db.$client, ROLLUP_TABLES);
    expect(afterFirst).not.toBe(seeded);

    // A later file changes one of those rows and adds one elsewhere.
    const second = await importSheets(db, [
      { name: "引入资金", rows: [FUNDS, ["巫山县", "广东省", 2010, 450, "其他（未细分）", null, "a"], ["奉节县", "辽宁省", 2021, 90, "无偿援助", null, null]] },
    ], "second.xlsx");
    expectSameAsFullRebuild(db);

    // The form moves the 万州 2018 record to 云阳 2019: both cells change.
    const id = (db.$client.prepare("select id from fund_records where batch_id = ? and district_code = '500101'").get(first) as { id: number }).id;
    const moved = saveRecord(db, "funds", id, { districtCode: "云阳县", supporterCode: "上海市", year: 2019, amountWan: 800, kind: "经济合作", sector: "文化旅游", note: null }, ADMIN, null);
    expect(moved.ok).toBe(true);
    expect(db.$client.prepare("select district_code as d, year as y from fund_records where id = ?").get(id)).toEqual({ d: "500235", y: 2019 });
    expectSameAsFullRebuild(db);

    // Undone in reverse, every write leaves the rollup as the records make it, and finally as seeded.
    if (!moved.ok) return;
    for (const batch of [moved.batchId, second, first]) {
      expect(undoBatch(db, batch, ADMIN, null).ok).toBe(true);
      expectSameAsFullRebuild(db);
    }
    expect(tablesHash(db.$client, ROLLUP_TABLES)).toBe(seeded);
  });

  it("equals the full rebuild when the import writes most of a metric's cells (the metric rebuilt whole)", async () => {
    const db = seededDb();
    const districts = (db.$client.prepare("select name_zh as n from districts order by code").all() as { n: string }[]).map((d) => d.n);
    const rows: unknown[][] = [FUNDS];
    // Every district in every year 1992–2022 with 上海 as supporter: all the funds cells there are.
    for (const d of districts) for (let y = 1992; y <= 2022; y++) rows.push([d, "上海市", y, 10 + y - 1992, "无偿援助", null, null]);
    await importSheets(db, [{ name: "引入资金", rows }], "all.xlsx");
    expectSameAsFullRebuild(db);
  });

  it("a bulk import (indexes dropped and made again in the transaction) leaves the schema as it was, and undo the tables", async () => {
    const db = seededDb();
    const schema = () => db.$client.prepare("select type, name, tbl_name, sql from sqlite_master order by name").all();
    const schemaBefore = schema();
    const tablesBefore = tablesHash(db.$client);
    const districts = (db.$client.prepare("select name_zh as n from districts order by code").all() as { n: string }[]).map((d) => d.n);
    const supporters = (db.$client.prepare("select name_zh as n from supporters order by code").all() as { n: string }[]).map((d) => d.n);
    const kinds = ["无偿援助", "经济合作", "其他（未细分）"];
    const rows: unknown[][] = [FUNDS];
    // 12,000 distinct rows: more than the 10,000 and than half the funds table, so the bulk path runs (lib/import/server/apply.ts BULK_ROWS).
    for (let i = 0; rows.length <= 12_000; i++) rows.push([districts[i % 14], supporters[Math.floor(i / 14) % 23], 1992 + (Math.floor(i / 322) % 31), 10 + (i % 900), kinds[Math.floor(i / 9982) % 3], null, `#${i}`]);
    const batch = await importSheets(db, [{ name: "引入资金", rows }], "bulk.xlsx");
    expect(db.$client.prepare("select count(*) as n from fund_records where batch_id = ?").get(batch)).toEqual({ n: 12_000 });
    expect(schema()).toEqual(schemaBefore);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    expectSameAsFullRebuild(db);
    expect(undoBatch(db, batch, ADMIN, null).ok).toBe(true);
    expect(tablesHash(db.$client)).toBe(tablesBefore);
  }, 60_000);
});
