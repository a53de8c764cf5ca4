import type { Cell } from "./normalise";

/** A sheet as read from the file: non-empty rows with their spreadsheet row numbers (1-based). */
export type RawSheet = { name: string; rows: { rowNumber: number; cells: Cell[] }[] };

/** "A", "B" … "AA": the column letter a spreadsheet shows, for messages. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
