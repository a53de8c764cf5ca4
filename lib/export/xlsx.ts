import ExcelJS from "exceljs";
import type { Cell, Note } from "./csv";
import { cleanExportText } from "./clean-text";
import { neutraliseCell } from "./neutralise";

/**
 * An Excel workbook of one table: a data sheet (numbers typed as numbers, header frozen) and a
 * notes sheet (title, filters, unit, source, as-of, demonstration label). Runs in the browser
 * for chart exports and in Node for tests; record exports stream instead (see record-export).
 */
export type XlsxSpec = {
  dataSheet: string;
  notesSheet: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  notes: readonly Note[];
  /** Fraction digits shown for numbers (the cell keeps full precision). */
  decimals?: number;
};

export function xlsxValue(cell: Cell): string | number | null {
  if (cell === null || cell === undefined) return null;
  return typeof cell === "number" ? cell : neutraliseCell(cleanExportText(cell));
}

/** Excel number format: grouped, `decimals` digits always shown and two more when the value has them. */
export function numberFormat(decimals: number | undefined): string | undefined {
  if (decimals === undefined) return undefined;
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}##` : "#,##0";
}

/**
 * How a sheet prints: A4 landscape, every column on one page width (fitToPage is the flag Excel
 * and LibreOffice read; fitToHeight 0 lets the rows run over as many pages as they need), the
 * header row repeated on every page, narrow margins.
 */
export function printSetup(): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** "A1:N1": the header row an autofilter sits on (Excel extends it down over the data). */
export function headerRange(columns: number): string {
  let n = columns;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `A1:${letters || "A"}1`;
}

/**
 * A note's value as a cell: a count or a year is a number a spreadsheet can use; text is stored
 * as text (an XLSX text cell is never run as a formula, so it needs no apostrophe).
 */
export function noteValue(value: Cell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const text = cleanExportText(value);
  return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text;
}

export function addNotesSheet(workbook: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter, name: string, notes: readonly Note[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(cleanExportText(name), { pageSetup: { ...printSetup(), orientation: "portrait", printTitlesRow: undefined } });
  sheet.columns = [{ width: 16 }, { width: 90 }];
  for (const [label, value] of notes) {
    const row = sheet.addRow([noteValue(label), noteValue(value)]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  }
  return sheet;
}

export async function buildXlsx(spec: XlsxSpec): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Duikou";
  const sheet = workbook.addWorksheet(cleanExportText(spec.dataSheet), { views: [{ state: "frozen", ySplit: 1 }], pageSetup: printSetup() });
  sheet.autoFilter = headerRange(spec.columns.length);
  sheet.addRow(spec.columns.map(xlsxValue)).font = { bold: true };
  for (const row of spec.rows) sheet.addRow(row.map(xlsxValue));
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(...[spec.columns[i] ?? "", ...spec.rows.map((r) => String(r[i] ?? ""))].map((text) => [...text].length));
    column.width = Math.min(60, Math.max(10, longest * 1.6 + 2));
    const format = numberFormat(spec.decimals);
    if (i > 0 && format) column.numFmt = format;
  });
  addNotesSheet(workbook, spec.notesSheet, spec.notes);
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
