import "server-only";
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { PassThrough } from "node:stream";
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

/**
 * The part readers of exceljs 4.4.0's streaming WorkbookReader (pinned exactly in package.json). Its own
 * `read` unzips with unzipper and, now and then under load, handed on xl/workbook.xml with no
 * bytes ("Cannot read properties of undefined (reading 'sheets')" on a file that read fine a
 * moment before). The guard has already opened the ZIP with JSZip, so the parts are fed from
 * there, one at a time, in the order the reader needs them.
 */
type PartReader = {
  _parseRels(stream: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(stream: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(stream: NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseStyles(stream: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(chunks: AsyncIterable<Buffer>, sheetNo: string): Iterable<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
};

/** One part's inflated bytes as a Node stream (JSZip's own stream is readable-stream 2, without async iteration). */
function partStream(file: JSZip.JSZipObject): PassThrough {
  const out = new PassThrough();
  const source = file.nodeStream("nodebuffer");
  source.on("error", (error) => out.destroy(error));
  source.pipe(out);
  return out;
}

/** Every worksheet of an XLSX in tab order, row by row (streamed), after the guard has checked the ZIP. */
export async function readXlsx(bytes: Buffer): Promise<RawSheet[]> {
  const { zip, sheets: parts } = await inspectXlsx(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
    worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore",
  }) as unknown as PartReader;
  const sheets: RawSheet[] = [];
  let total = 0;
  try {
    // The guard has checked that the rels, the workbook and every listed sheet are there.
    await reader._parseRels(partStream(zip.file("xl/_rels/workbook.xml.rels")!));
    await reader._parseWorkbook(partStream(zip.file("xl/workbook.xml")!));
    // Without the part the reader keeps no table: a cell pointing into one is then named as unreadable, not read as blank.
    const shared = zip.file("xl/sharedStrings.xml");
    if (shared) for await (const _ of reader._parseSharedStrings(partStream(shared)));
    const styles = zip.file("xl/styles.xml");
    if (styles) await reader._parseStyles(partStream(styles));
    for (const part of parts) {
      const sheet: RawSheet = { name: part.name, rows: [] };
      for (const { value: rows } of reader._parseWorksheet(partStream(zip.file(part.path)!), part.sheetNo)) {
        for await (const row of rows) {
          const values = row.values as ExcelJS.CellValue[];
          if (values.length - 1 > IMPORT_LIMITS.maxColumns)
            throw new ImportRefused({ message: "tooManyColumns", params: { sheet: sheet.name, row: row.number, max: IMPORT_LIMITS.maxColumns } });
          const cells = values.slice(1).map(toCell);
          if (cells.every((c) => c === null || c === "")) continue;
          if (++total > IMPORT_LIMITS.maxRows + sheets.length + 1) throw new ImportRefused({ message: "tooManyRows", params: { max: IMPORT_LIMITS.maxRows } });
          sheet.rows.push({ rowNumber: row.number, cells });
        }
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
  return sheets;
}
