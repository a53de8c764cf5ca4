import { cleanExportText } from "./clean-text";
import { neutraliseCell } from "./neutralise";

/**
 * CSV as officials open it: UTF-8 with a byte-order mark (Excel otherwise guesses GBK and shows
 * mojibake), CRLF line ends, text neutralised against formula injection. The notes (title,
 * filters, unit, source, as-of, demonstration label) lead the file as rows whose first cell
 * starts with "#": Excel shows them as the first rows, and parsers skip them
 * (papaparse `comments: "#"`, pandas `comment="#"`), so the data below still parses.
 */
export const BOM = "\uFEFF";
export type Cell = string | number | null | undefined;
export type Note = readonly [label: string, value: string];

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = neutraliseCell(cleanExportText(cell));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

export function csvNoteRow([label, value]: Note): string {
  // The label cell is written raw: it starts with "#", which marks the row as a note.
  return `#${cleanExportText(label).replace(/[",\r\n]/g, " ")},${csvField(value)}\r\n`;
}

export function buildCsv(notes: readonly Note[], columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + notes.map(csvNoteRow).join("") + csvRow(columns) + rows.map(csvRow).join("");
}
