import type { ChartTable } from "@/lib/chart-shapes";
import type { Cell } from "./csv";

/**
 * A chart's table as exports write it: numbers as numbers. Tables built before ChartTable carried
 * numbers hold formatted strings ("1,794.5"); those are read back to numbers so a spreadsheet
 * can sum them. Anything else ("—", "12.3%", names) stays text.
 */
const FORMATTED_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

export function typedCell(cell: string | number): Cell {
  if (typeof cell === "number") return cell;
  const text = cell.trim();
  return FORMATTED_NUMBER.test(text) ? Number(text.replace(/,/g, "")) : cell;
}

export function typedRows(table: ChartTable): Cell[][] {
  return table.rows.map((row) => row.map(typedCell));
}
