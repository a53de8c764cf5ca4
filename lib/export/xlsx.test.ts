import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildXlsx, numberFormat } from "./xlsx";

describe("buildXlsx", () => {
  it("writes typed numbers, neutralised text and a notes sheet", async () => {
    const buffer = await buildXlsx({
      dataSheet: "数据",
      notesSheet: "说明",
      columns: ["受援区县", "合计（亿元）"],
      rows: [["万州区", 12.3456], ['=HYPERLINK("http://x","y")', 3]],
      notes: [["标题", "引入资金"], ["示例数据", "含示例数据"]],
      decimals: 2,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const data = workbook.getWorksheet("数据")!;
    expect(data.rowCount).toBe(3);
    expect(data.getCell("A2").value).toBe("万州区");
    expect(data.getCell("B2").value).toBe(12.3456);
    expect(data.getCell("B2").numFmt).toBe("#,##0.00##");
    expect(data.getCell("A3").value).toBe('\'=HYPERLINK("http://x","y")');
    expect(data.getCell("A3").formula).toBeUndefined();
    const notes = workbook.getWorksheet("说明")!;
    expect(notes.getCell("A2").value).toBe("示例数据");
    expect(notes.getCell("B1").value).toBe("引入资金");
  });

  it("shows integers without decimals and leaves unknown precision to Excel", () => {
    expect(numberFormat(0)).toBe("#,##0");
    expect(numberFormat(undefined)).toBeUndefined();
    expect(numberFormat(2)).toBe("#,##0.00##");
  });
});
