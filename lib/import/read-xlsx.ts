import "server-only";
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { IMPORT_LIMITS, ImportRefused } from "./limits";
import type { Cell } from "./normalise";
import type { RawSheet } from "./raw-sheet";
import { inspectXlsx } from "./xlsx-guard";

/** exceljs cell values → the plain cells validation reads; formulas, dates and errors are named, not guessed. */
export function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return { problem: "date" };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) return { problem: "formula" };
    if ("error" in value) return { problem: "error" };
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    // A hyperlink cell typed by hand: its text is what the person sees and means.
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  return { problem: "rich" };
}

/** Every worksheet of an XLSX, row by row (streamed), after the guard has checked the ZIP. */
export async function readXlsx(bytes: Buffer): Promise<RawSheet[]> {
  const parts = await inspectXlsx(bytes);
  const names = new Map(parts.map((p) => [p.sheetNo, p.name]));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore",
  });
  const sheets: RawSheet[] = [];
  let total = 0;
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { id: number | string };
      const sheet: RawSheet = { name: names.get(String(ws.id)) ?? `Sheet${ws.id}`, rows: [] };
      for await (const row of ws) {
        const values = row.values as ExcelJS.CellValue[];
        if (values.length - 1 > IMPORT_LIMITS.maxColumns)
          throw new ImportRefused({ message: "tooManyColumns", params: { sheet: sheet.name, row: row.number, max: IMPORT_LIMITS.maxColumns } });
        const cells = values.slice(1).map(toCell);
        if (cells.every((c) => c === null || c === "")) continue;
        if (++total > IMPORT_LIMITS.maxRows + sheets.length + 1) throw new ImportRefused({ message: "tooManyRows", params: { max: IMPORT_LIMITS.maxRows } });
        sheet.rows.push({ rowNumber: row.number, cells });
      }
      sheets.push(sheet);
    }
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    // The person reads one sentence; the server's log keeps what the reader met, to tell a damaged
    // file from a reader fault.
    console.error(`import: exceljs could not read an XLSX: ${error instanceof Error ? error.message : String(error)}`);
    throw new ImportRefused({ message: "unreadableXlsx" });
  }
  // Sheets are emitted in file order; keep the workbook's tab order for messages.
  const order = new Map(parts.map((p, i) => [p.name, i]));
  return sheets.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
}
