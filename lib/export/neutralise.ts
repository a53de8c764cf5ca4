/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return, which
 * some strip before looking) as a formula, so a record title like =HYPERLINK(...) would become
 * a live link in the official's Excel. Such text gets a leading apostrophe: it then reads as
 * text everywhere. Numbers are written as numbers and never pass through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
